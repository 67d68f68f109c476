"""The session token, kept in the operating system's keyring (never in a plain file).

When the system has no secure keyring (a Linux machine without a Secret Service, a
container), the token is kept in memory for this session only, and ``storage`` says so
for the window or the command line to show. A keyring that stores secrets in plain text
(keyrings.alt's files, any backend that ranks itself below 1) is used only when the user
explicitly chose that (``allow_plaintext``).
"""

from __future__ import annotations

import contextlib
import logging
from enum import StrEnum

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE_NAME = "IncluCities Desktop"


class TokenStorage(StrEnum):
    KEYRING = "keyring"  # the OS keyring: kept across sessions, protected by the system
    PLAINTEXT = "plaintext"  # a keyring that writes plain files, chosen by the user
    MEMORY = "memory"  # no usable keyring: forgotten when the app closes


def token_key(server_url: str, username: str) -> str:
    """The keyring's user name for one account on one server."""
    return f"{server_url}|{username}"


def backend_kind(backend: KeyringBackend) -> TokenStorage:
    """How safely ``backend`` keeps a secret."""
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return TokenStorage.MEMORY
    if module.startswith("keyrings.alt") or _priority(backend) < 1:
        return TokenStorage.PLAINTEXT
    return TokenStorage.KEYRING


def _priority(backend: KeyringBackend) -> float:
    try:
        return float(backend.priority)
    except Exception:  # a backend whose priority check fails is not one to trust
        return 0.0


class CredentialStore:
    """Saves, finds and forgets tokens; falls back to memory when no keyring is safe."""

    def __init__(self, *, allow_plaintext: bool = False) -> None:
        self.allow_plaintext = allow_plaintext
        self._memory: dict[str, str] = {}

    @property
    def storage(self) -> TokenStorage:
        """Where a token saved now would be kept."""
        kind = backend_kind(keyring.get_keyring())
        if kind is TokenStorage.PLAINTEXT and not self.allow_plaintext:
            return TokenStorage.MEMORY
        return kind

    def save(self, server_url: str, username: str, token: str) -> TokenStorage:
        """Keep ``token``; returns where it went."""
        key = token_key(server_url, username)
        self._memory[key] = token  # also for this session, whatever the keyring does
        storage = self.storage
        if storage is TokenStorage.MEMORY:
            return storage
        try:
            keyring.set_password(SERVICE_NAME, key, token)
        except KeyringError as error:
            log.warning("The keyring refused the token (%s); kept in memory only", error)
            return TokenStorage.MEMORY
        return storage

    def load(self, server_url: str, username: str) -> str | None:
        key = token_key(server_url, username)
        if key in self._memory:
            return self._memory[key]
        if self.storage is TokenStorage.MEMORY:
            return None
        try:
            return keyring.get_password(SERVICE_NAME, key)
        except KeyringError as error:
            log.warning("The keyring could not be read (%s)", error)
            return None

    def forget(self, server_url: str, username: str) -> None:
        key = token_key(server_url, username)
        self._memory.pop(key, None)
        if self.storage is TokenStorage.MEMORY:
            return
        # Nothing stored there (PasswordDeleteError), or the keyring is gone: forgotten.
        with contextlib.suppress(KeyringError):
            keyring.delete_password(SERVICE_NAME, key)
