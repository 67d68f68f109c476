"""Throw-away server databases: a SQLite file, or a fresh PostgreSQL database.

PostgreSQL is used when INCLUCITIES_TEST_DATABASE_URL names a server (for instance
postgresql+psycopg://postgres@127.0.0.1:5432/test); each database made here has a random
name on that server and is dropped afterwards.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, redirect_stdout
from pathlib import Path

# Cheap password hashing for tests (a real deployment keeps argon2's default cost); set
# before any server code reads its settings, and inherited by every server process.
TEST_ENV = {
    "INCLUCITIES_ARGON2_TIME_COST": "1",
    "INCLUCITIES_ARGON2_MEMORY_KIB": "1024",
    "INCLUCITIES_ARGON2_PARALLELISM": "1",
}
for _name, _value in TEST_ENV.items():
    os.environ.setdefault(_name, _value)

POSTGRES_ENV = "INCLUCITIES_TEST_DATABASE_URL"
DEMO_PASSWORD = "demo password 2026"
DEMO_COORDINATOR = "coordinator"


def demo_member(city_id: str) -> str:
    """The seed-demo user name of the member of ``city_id``."""
    return f"member-{city_id}"


def postgres_server_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


def _psycopg_conninfo(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _postgres_admin(statement: str) -> None:
    import psycopg

    base = postgres_server_url()
    assert base is not None
    with psycopg.connect(_psycopg_conninfo(base), autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


def _postgres_url(name: str) -> str:
    from sqlalchemy.engine import make_url

    base = postgres_server_url()
    assert base is not None
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def create_postgres_database(template: str | None = None) -> str:
    name = f"inclucities_test_{uuid.uuid4().hex[:16]}"
    suffix = f" TEMPLATE {template}" if template else ""
    _postgres_admin(f'CREATE DATABASE "{name}"{suffix}')
    return _postgres_url(name)


def drop_postgres_database(url: str) -> None:
    from sqlalchemy.engine import make_url

    name = make_url(url).database
    _postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def migrate_and_seed(url: str, seed: bool) -> None:
    """Bring a database to the newest schema and, if asked, run seed-demo on it."""
    from inclucities_server.__main__ import main

    with redirect_stdout(io.StringIO()):
        assert main(["migrate", "--database-url", url]) == 0
        if seed:
            real_stdin = sys.stdin
            sys.stdin = io.StringIO(DEMO_PASSWORD + "\n")
            try:
                assert main(["admin", "seed-demo", "--password-stdin",
                             "--database-url", url]) == 0
            finally:
                sys.stdin = real_stdin


class DatabaseFactory:
    """Makes copies of a prepared (migrated, optionally seeded) database quickly.

    PostgreSQL takes a checkpoint for every DROP DATABASE (a second or more), so databases
    are dropped in a background thread while the next tests run, and waited for at close.
    """

    def __init__(self, backend: str, folder: Path, seed: bool) -> None:
        self.backend = backend
        self.folder = folder
        self.made: list[str] = []
        self.dropping: list[Future[None]] = []
        self.dropper = ThreadPoolExecutor(max_workers=1)
        if backend == "sqlite":
            self.template = f"sqlite:///{folder / 'template.sqlite3'}"
        else:
            self.template = create_postgres_database()
        migrate_and_seed(self.template, seed)

    def new(self) -> str:
        if self.backend == "sqlite":
            source = Path(self.template.removeprefix("sqlite:///"))
            target = self.folder / f"db-{uuid.uuid4().hex[:12]}.sqlite3"
            shutil.copyfile(source, target)
            url = f"sqlite:///{target}"
        else:
            from sqlalchemy.engine import make_url

            url = create_postgres_database(template=make_url(self.template).database)
        self.made.append(url)
        return url

    def discard(self, url: str) -> None:
        """Drop a database made by ``new`` (in the background for PostgreSQL)."""
        if self.backend == "postgresql" and url in self.made:
            self.made.remove(url)
            self.dropping.append(self.dropper.submit(drop_postgres_database, url))

    def close(self) -> None:
        for url in list(self.made):
            self.discard(url)
        if self.backend == "postgresql":
            self.dropping.append(self.dropper.submit(drop_postgres_database, self.template))
        self.dropper.shutdown(wait=True)
        for future in self.dropping:
            future.result()


@contextmanager
def database_factory(backend: str, folder: Path, seed: bool) -> Iterator[DatabaseFactory]:
    factory = DatabaseFactory(backend, folder, seed)
    try:
        yield factory
    finally:
        factory.close()
