"""The server's settings: defaults, overridden by INCLUCITIES_* environment variables.

Everything a worker needs comes from here, so ``inclucities-server --workers N`` can hand
the command line's choices to each worker process through the environment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "IncluCities Server"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
DATABASE_FILE = "inclucities-server.sqlite3"

ENV_DATABASE_URL = "INCLUCITIES_DATABASE_URL"


def default_database_url() -> str:
    folder = Path(user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{folder / DATABASE_FILE}"


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SystemExit(f"{name} must be a whole number, not {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    database_url: str = field(default_factory=default_database_url)
    token_days: int = 30
    # One section may hold a pasted 5 MB report; a push carries up to 500 changes.
    max_body_bytes: int = 16 * 1024 * 1024
    max_value_bytes: int = 8 * 1024 * 1024
    # Failed sign-ins allowed per window, per account and per client address.
    throttle_window_seconds: int = 15 * 60
    throttle_account_failures: int = 10
    throttle_address_failures: int = 50
    # argon2id cost; changing them rehashes each password at its next sign-in.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 64 * 1024
    argon2_parallelism: int = 4

    @classmethod
    def from_env(cls, database_url: str | None = None) -> Settings:
        defaults = cls()
        return cls(
            database_url=database_url
            or os.environ.get(ENV_DATABASE_URL, "").strip()
            or defaults.database_url,
            token_days=_int("INCLUCITIES_TOKEN_DAYS", defaults.token_days),
            max_body_bytes=_int("INCLUCITIES_MAX_BODY_BYTES", defaults.max_body_bytes),
            max_value_bytes=_int("INCLUCITIES_MAX_VALUE_BYTES", defaults.max_value_bytes),
            throttle_window_seconds=_int(
                "INCLUCITIES_THROTTLE_WINDOW_SECONDS", defaults.throttle_window_seconds
            ),
            throttle_account_failures=_int(
                "INCLUCITIES_THROTTLE_ACCOUNT_FAILURES", defaults.throttle_account_failures
            ),
            throttle_address_failures=_int(
                "INCLUCITIES_THROTTLE_ADDRESS_FAILURES", defaults.throttle_address_failures
            ),
            argon2_time_cost=_int("INCLUCITIES_ARGON2_TIME_COST", defaults.argon2_time_cost),
            argon2_memory_kib=_int("INCLUCITIES_ARGON2_MEMORY_KIB", defaults.argon2_memory_kib),
            argon2_parallelism=_int(
                "INCLUCITIES_ARGON2_PARALLELISM", defaults.argon2_parallelism
            ),
        )
