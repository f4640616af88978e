"""Errors a user can cause: shown as one clear line by the CLI (the trace only under --debug)."""


class UserError(Exception):
    """A problem with the user's input or setup (unknown source, no warehouse yet, bad week...)."""


class RunFailed(Exception):
    """A run that failed for a reason stated in one line (exit 1); `summary` is what it did."""

    def __init__(self, message: str, summary: dict | None = None) -> None:  # type: ignore[type-arg]
        super().__init__(message)
        self.summary = summary
