"""Typed errors. The library raises them; only the CLI turns them into messages."""
from __future__ import annotations


class DesignaError(Exception):
    """Base class: every error designa raises on purpose says what to do."""


class ConfigError(DesignaError):
    """A setting, a data file under configs/ or a `--set` value is wrong."""


class MissingStageOutput(DesignaError):
    """A stage's input is missing; the message names the command that makes it."""

    def __init__(self, what: str, command: str) -> None:
        super().__init__(f"Missing {what}. Run `designa {command}` first.")
        self.what = what
        self.command = command


class InputNotFound(DesignaError):
    """A source path given on the command line does not exist."""


class ModelNotFound(DesignaError):
    """None of the configured spaCy models is installed."""


class OutputExists(DesignaError):
    """An output would overwrite files designa did not write; use --force."""


class GoldFileError(DesignaError):
    """A gold or expected file cannot be read."""


class WorkFolderBusy(DesignaError):
    """Another designa process holds the work folder's lock."""


class NotWritable(DesignaError):
    """The work or export folder cannot be written (read-only, no space, no permission)."""


class Interrupted(DesignaError):
    """The user stopped the command (Ctrl-C); what finished is kept."""


class TrainingError(DesignaError):
    """Training a component (`designa train-ner`) failed."""
