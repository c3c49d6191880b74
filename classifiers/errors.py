"""Errors about the classifier's inputs (label files, model folders): the user's input, not our bug.

`UserInputError` is the base of every such error in the project; monitor/errors.py names it
`MonitorError` and derives the monitor's own errors from it, so the CLI, the API and the dashboard
catch both with one `except MonitorError`.
"""


class UserInputError(Exception):
    """Base for every error that is the user's input, not our bug."""

    exit_code = 2


class DataFileError(UserInputError):
    """A data file (labels, import, taxonomy, approved messages) cannot be used as given."""


class ModelLoadError(UserInputError):
    """A model directory is missing, from another version, or tampered with."""
