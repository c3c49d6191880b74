"""Small named exceptions. Library code raises them; only the CLI and the dashboard turn them
into advice for a person (one line, no traceback, exit code 2 on the command line)."""


class MonitorError(Exception):
    """Base for every error that is the user's input, not our bug."""

    exit_code = 2


class ConfigError(MonitorError):
    """feeds.yaml or settings are wrong; the message names file, line, feed and field."""


class DataFileError(MonitorError):
    """A data file (labels, import, taxonomy, approved messages) cannot be used as given."""


class ModelLoadError(MonitorError):
    """A model directory is missing, from another version, or tampered with."""


class StorageError(MonitorError):
    """The database cannot be reached or is not in the expected shape."""


class AuthError(MonitorError):
    """Login failed, or the user's role does not allow the action."""


class DemoAccountError(AuthError):
    """A demo account (or a published demo password) used while demo mode is off."""
