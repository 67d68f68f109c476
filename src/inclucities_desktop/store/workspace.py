"""Opening a workspace: one SQLite file in a data folder, migrated to the current schema.

A workspace that a newer app wrote, or a file that is not a healthy workspace, is refused
with a clear error and left untouched; an older workspace is copied aside before it is
migrated.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

log = logging.getLogger(__name__)

DATABASE_FILE = "workspace.sqlite3"
# The newest migration this version of the app knows; a test checks it against Alembic.
SCHEMA_HEAD = "0005_outbox_sent"
SQLITE_HEADER = b"SQLite format 3\x00"
_IMMEDIATE = "inclucities_immediate"


class WorkspaceError(Exception):
    """A workspace that cannot be opened; the message is meant for the user."""


class NewerWorkspaceError(WorkspaceError):
    pass


class CorruptWorkspaceError(WorkspaceError):
    pass


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # The journal mode is set once the file is known to be ours (_use_write_ahead_log):
    # switching it writes to the file, and a refused file must stay untouched.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
    # Transactions are begun by _begin below, not by the driver's own guesswork (which
    # starts one only at the first write, so a read-then-write was not atomic).
    dbapi_connection.isolation_level = None


def _begin(connection: Connection) -> None:
    # A writing transaction takes the write lock at once (IMMEDIATE): the window's
    # autosave and a sync on another thread then never interleave a read and a write,
    # such as "is this field pending?" and "write the server's value".
    immediate = connection.get_execution_options().get(_IMMEDIATE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Workspace:
    """A data folder and the SQLAlchemy engine over its database."""

    def __init__(self, data_dir: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.engine = engine

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A connection in a transaction that commits on success (holds the write lock)."""
        with self.engine.connect() as connection:
            connection.execution_options(**{_IMMEDIATE: True})
            with connection.begin():
                yield connection

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as connection:
            yield connection

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(data_dir: Path | str) -> Workspace:
    """Open (creating if needed) the workspace in ``data_dir`` at the current schema."""
    folder = Path(data_dir).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WorkspaceError(f"Cannot create the workspace folder {folder}: {error}") from error
    path = folder / DATABASE_FILE
    _refuse_non_sqlite(path)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    try:
        _bring_schema_up_to_date(engine, path)
        _use_write_ahead_log(engine)
    except WorkspaceError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as error:
        engine.dispose()
        raise CorruptWorkspaceError(
            f"The workspace database {path} is damaged and cannot be read ({error.args[0]}). "
            "It has not been changed; restore it from a backup or choose another folder."
        ) from error
    return Workspace(folder, engine)


def _use_write_ahead_log(engine: Engine) -> None:
    # WAL with synchronous=NORMAL survives a killed process (not a power cut) and keeps
    # each autosave commit to a single cheap append. The mode is stored in the file.
    with engine.connect() as connection:
        # On the driver's connection: outside any transaction, as SQLite requires.
        connection.connection.driver_connection.execute(  # type: ignore[union-attr]
            "PRAGMA journal_mode=WAL"
        )


def _refuse_non_sqlite(path: Path) -> None:
    if not path.exists():
        return
    if not path.is_file():
        raise WorkspaceError(
            f"{path} is not a file, so it cannot be the workspace database. "
            "It has not been changed; choose another folder."
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise WorkspaceError(f"Cannot read the workspace database {path}: {error}") from error
    if header and header != SQLITE_HEADER:
        raise CorruptWorkspaceError(
            f"{path} is not an IncluCities workspace database (it may be damaged). "
            "It has not been changed; restore it from a backup or choose another folder."
        )


def _current_revision(connection: Connection) -> str | None:
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise CorruptWorkspaceError(
                "This database holds tables but is not an IncluCities workspace. "
                "It has not been changed."
            )
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _bring_schema_up_to_date(engine: Engine, path: Path) -> None:
    with engine.connect() as connection:
        revision = _current_revision(connection)
    if revision == SCHEMA_HEAD:
        return  # the common case: no Alembic import on start-up
    from alembic.script import ScriptDirectory

    config = _alembic_config()
    scripts = ScriptDirectory.from_config(config)
    if revision is not None and not _is_known(scripts, revision):
        raise NewerWorkspaceError(
            f"This workspace was written by a newer version of IncluCities (schema "
            f"{revision}). Please update the app; the workspace has not been changed."
        )
    if revision is not None:
        backup = path.with_name(f"{path.name}.before-{SCHEMA_HEAD}")
        shutil.copy2(path, backup)
        log.info("Workspace at schema %s copied to %s before migrating", revision, backup)
    from alembic import command

    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _is_known(scripts: Any, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except Exception:  # alembic raises its own error types for unknown ids
        return False


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return config


def alembic_head() -> str | None:
    """The head revision of the packaged migrations (for the consistency test)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()
