"""Fixtures shared by the alert tests."""

from tests.alerts.test_notify import smtp_server  # noqa: F401 (a fixture, for test_resend too)
