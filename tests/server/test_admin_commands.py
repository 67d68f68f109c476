"""The admin commands and the deploy steps on a real database: in this process through the
real entry point (quick), and as real processes where the process itself matters."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from dataclasses import dataclass

import pytest
import requests
import sqlalchemy as sa
from tests.support.live_server import LiveServer

from inclucities_server.__main__ import main


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


class Admin:
    """``inclucities-server admin ...`` on one database, run through ``main`` here."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __call__(self, *args: str, stdin: str = "", check: bool = True) -> Ran:
        out, err, real_stdin = io.StringIO(), io.StringIO(), sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code = main(["admin", *args, "--database-url", self.url])
                except SystemExit as exit_:
                    code = int(exit_.code or 0)
        finally:
            sys.stdin = real_stdin
        if check:
            assert code == 0, err.getvalue()
        return Ran(code, out.getvalue(), err.getvalue())


def test_passwords_are_never_taken_from_an_argument(empty_database_url: str) -> None:
    admin = Admin(empty_database_url)
    admin("create-city", "rome", "--name", "Rome")
    refused = admin("create-user", "ada", "--city", "rome", "--password",
                                "a long enough password", check=False)
    assert refused.returncode == 2 and "unrecognized arguments" in refused.stderr
    short = admin("create-user", "ada", "--city", "rome", "--password-stdin",
                              stdin="short\n", check=False)
    assert short.returncode == 1 and "at least 10 characters" in short.stderr
    member = admin("create-user", "ada", "--password-stdin", stdin="x" * 12 + "\n",
                               check=False)
    assert member.returncode == 1 and "--city" in member.stderr
    admin("create-user", "ada", "--city", "rome", "--password-stdin",
          stdin="a long enough password\n")
    again = admin("create-user", "ada", "--city", "rome", "--password-stdin",
                              stdin="a long enough password\n", check=False)
    assert again.returncode == 1 and "exists already" in again.stderr


def test_roles_pairs_and_seed_demo(live_server: LiveServer) -> None:
    admin = Admin(live_server.database_url)
    seeded = live_server.admin("seed-demo")  # a real process, printing the passwords
    lines = [line.split("\t") for line in seeded.stdout.splitlines() if "\t" in line]
    assert [name for name, _ in lines][:2] == ["coordinator", "member-brussels"]
    assert len(lines) == 9
    username, password = lines[4]
    assert username == "member-partinico"
    token = live_server.login(username, password)
    assert admin("seed-demo", check=False).returncode == 1  # not twice
    admin("unpair", "mechelen", "partinico")
    assert admin("unpair", "mechelen", "partinico", check=False).returncode == 1
    admin("pair", "mechelen", "partinico")
    assert admin("pair", "rome", "partinico", check=False).returncode == 1
    admin("set-role", "member-partinico", "--role", "coordinator")
    me = requests.get(live_server.api("/me"), headers=live_server.auth(token), timeout=10).json()
    assert me["role"] == "coordinator" and me["city_id"] is None


def test_postgresql_behind_the_schema_is_refused_until_migrated(
        server_backend: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.support.databases import create_postgres_database, drop_postgres_database

    if server_backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'fresh.sqlite3'}"
        # Serving a SQLite file migrates it on the way.
        with LiveServer(url) as server:
            assert server.running
        return
    url = create_postgres_database()
    try:
        command = [sys.executable, "-m", "inclucities_server", "--database-url", url,
                   "--port", "1"]
        refused = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert refused.returncode == 2
        assert "inclucities-server migrate" in refused.stderr
        server = LiveServer(url)
        assert "migrated from empty" in server.command("migrate").stdout
        assert "already at" in server.command("migrate").stdout
        with server:
            assert server.running
        engine = sa.create_engine(url)
        with engine.connect() as connection:
            assert connection.execute(sa.text("SELECT value FROM change_counter")).scalar() == 0
        engine.dispose()
    finally:
        drop_postgres_database(url)


def test_help_is_there(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["admin", "--help"], ["migrate", "--help"]):
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 0
        assert "usage: inclucities-server" in capsys.readouterr().out
