"""What can go wrong when talking to the sync server, each with a message for the user."""

from __future__ import annotations


class SyncError(Exception):
    """A sync step failed; ``str(error)`` is meant for the user."""

    # Worth trying again after a short wait within the same sync (see services/retry).
    transient = False


class ServerUnreachable(SyncError):
    """No answer: connection refused, unknown host name, a timeout, a proxy that fails."""

    transient = True


class TlsError(SyncError):
    """The server's certificate was not trusted or the secure connection failed."""


class WrongPassword(SyncError):
    """The server refused the user name or password at sign-in."""


class SessionExpired(SyncError):
    """The token expired or was revoked; the user signs in again."""


class NotSignedIn(SyncError):
    """No token for this workspace's account (signed out, or kept only in a closed session)."""


class Throttled(SyncError):
    """The server asked to wait (HTTP 429); ``retry_after`` is in seconds when it said."""

    transient = True

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermissionDenied(SyncError):
    """The account may not do what was asked (HTTP 403)."""


class ServerError(SyncError):
    """The server failed (HTTP 5xx)."""

    transient = True


class ProtocolError(SyncError):
    """The server's answer is not what the protocol allows; nothing of it was used."""


class AccountMismatch(SyncError):
    """The workspace belongs to another account or server than the one asked for."""
