"""Errors a person can cause or fix; each carries one clear sentence."""


class CoprodError(Exception):
    """A problem to show the user as one sentence (never a traceback)."""


class NotFound(CoprodError):
    """A session, participant, view or key that does not exist."""


class InvalidInput(CoprodError):
    """Input that breaks a rule; nothing was written."""
