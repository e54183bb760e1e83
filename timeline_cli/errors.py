"""The one error type the CLI turns into a one-line message and an exit status."""
from __future__ import annotations

# Exit statuses, documented in the README.
EXIT_OK = 0
EXIT_ERROR = 1        # the command could not do its job (bad store, unknown id...)
EXIT_USAGE = 2        # the user asked for something malformed (bad date, bad option)
EXIT_SKIPPED = 3      # ingest finished, but some inputs were skipped
EXIT_INTERRUPTED = 130


class TimelineError(Exception):
    """A problem the user can fix; `str(err)` is the whole message."""

    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class UsageError(TimelineError):
    def __init__(self, message: str) -> None:
        super().__init__(message, EXIT_USAGE)


class UnreadableInput(TimelineError):
    """An input that is not an article text (empty, binary, undecodable, too large): skipped."""
