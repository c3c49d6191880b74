"""Small named exceptions. Library code raises them; only the CLI and the dashboard turn them
into advice for a person (one line, no traceback, exit code 2 on the command line)."""

from classifiers.errors import DataFileError, ModelLoadError, UserInputError

# The base class lives in classifiers/ (the lowest layer) so the classifier's own input errors are
# MonitorErrors too without classifiers/ importing monitor/.
MonitorError = UserInputError

__all__ = ["AlertError", "AuthError", "ConfigError", "DataFileError", "ModelLoadError", "MonitorError", "StorageError"]


class ConfigError(MonitorError):
    """feeds.yaml or settings are wrong; the message names file, line, feed and field."""


class StorageError(MonitorError):
    """The database cannot be reached or is not in the expected shape."""


class AuthError(MonitorError):
    """Login failed, or the user's role does not allow the action."""


class DemoAccountError(AuthError):
    """A demo account (or a published demo password) used while demo mode is off."""


class AlertError(MonitorError):
    """An alert that does not exist, or a bad alert/digest request (bad date, no recipients)."""
