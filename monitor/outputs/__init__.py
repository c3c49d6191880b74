"""Outputs: alerts, notifications, digests, case handouts, bulk exports and saved views."""
