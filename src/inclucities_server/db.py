"""The database: engines for SQLite and PostgreSQL, the schema's state and its migration.

The server keeps no state in its process; everything lives here, so several workers (or
machines) can share one PostgreSQL database.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
# A push opens its transaction with this execution option; on SQLite it becomes
# BEGIN IMMEDIATE, taking the write lock before reading anything.
IMMEDIATE = "inclucities_immediate"
# The newest migration; a test checks it against the migrations folder. Knowing it here
# spares importing Alembic at every start when the schema is up to date.
SCHEMA_HEAD = "0002_history_by_plan"


class SchemaError(Exception):
    """The database's schema does not fit this server; the message says what to do."""


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str) -> Engine:
    if is_sqlite(url):
        return _sqlite_engine(url)
    # No pre-ping: it would cost a round trip per request; connections are recycled instead.
    return sa.create_engine(url, pool_recycle=1800, pool_size=10, max_overflow=20)


def _sqlite_engine(url: str) -> Engine:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN itself (pysqlite would not).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def begin_write(connection: Connection) -> Any:
    """A transaction that will write: on SQLite it takes the write lock at BEGIN.

    A deferred SQLite transaction that reads first and writes later fails at once with
    "database is locked" when another connection wrote in between; taking the lock first
    makes it wait its turn instead.
    """
    connection.execution_options(**{IMMEDIATE: True})
    return connection.begin()


def _alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def schema_head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if "alembic_version" not in sa.inspect(connection).get_table_names():
            return None
        return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> tuple[str | None, str | None]:
    """Bring the schema to the newest migration; answers (before, after)."""
    from alembic import command

    before = current_revision(engine)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
    return before, current_revision(engine)


def ensure_schema(engine: Engine, url: str) -> None:
    """Make sure the schema fits: a SQLite file is migrated, PostgreSQL must be migrated first."""
    head = SCHEMA_HEAD
    current = current_revision(engine)
    if current == head:
        return
    if is_sqlite(url):
        log.info("Migrating the SQLite database from %s to %s", current, head)
        migrate(engine)
        return
    shown = make_url(url).render_as_string(hide_password=True)
    raise SchemaError(
        f"The database {shown} has schema {current or 'none (empty)'}, "
        f"but this server needs {head}. Run `inclucities-server migrate "
        f"--database-url {shown}` first (the deploy step), then start the server again."
    )
