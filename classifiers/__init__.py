"""Narrative classifier, approved-message matcher and distortion checks."""
