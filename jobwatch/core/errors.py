"""Errors a user can cause: shown as one clear line by the CLI (the trace only under --debug)."""


class UserError(Exception):
    """A problem with the user's input or setup (unknown source, no warehouse yet, bad week...)."""
