"""The sync subcommands as a user runs them: real processes against a real server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.support.databases import database_factory
from tests.support.live_server import LiveServer, free_port
from tests.support.server_fixtures import DEMO_PASSWORD
from tests.sync.cli_runner import cli_env, run_cli

pytestmark = pytest.mark.slow


def test_login_sync_status_and_conflicts_from_the_command_line(
        server: Any, tmp_path: Path) -> None:
    env = cli_env(tmp_path, INCLUCITIES_PASSWORD=DEMO_PASSWORD)
    one, two = tmp_path / "one", tmp_path / "two"
    document = tmp_path / "plan.json"
    document.write_text(json.dumps({
        "id": "cli-plan-1", "title": "Plan from the command line", "city": "fuenlabrada",
        "language": "es", "sections": {"context_needs": "Base.\n"}}), encoding="utf-8")
    for folder in (one, two):
        done = run_cli(folder, env, "login", server.url, "member-fuenlabrada")
        assert done.returncode == 0, done.stderr
        assert "Signed in to" in done.stdout and "member-fuenlabrada" in done.stdout
    assert run_cli(one, env, "apply", str(document)).returncode == 0
    done = run_cli(one, env, "sync")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("pushed ") and "conflicts 0" in done.stdout
    assert len(done.stdout.splitlines()) == 1
    assert run_cli(two, env, "sync").returncode == 0

    for folder, text in ((one, "Mine.\n"), (two, "Theirs.\n")):
        change = tmp_path / "change.json"
        change.write_text(json.dumps({"id": "cli-plan-1", "sections": {"context_needs": text}}),
                          encoding="utf-8")
        assert run_cli(folder, env, "apply", str(change)).returncode == 0
    assert run_cli(two, env, "sync").returncode == 0
    done = run_cli(one, env, "sync")
    assert done.returncode == 0 and "conflicts 1" in done.stdout
    listed = json.loads(run_cli(one, env, "conflicts", "--json").stdout)
    assert [(c["kind"], c["mine"], c["theirs"]) for c in listed] == [
        ("edit", "Mine.\n", "Theirs.\n")]
    status = run_cli(one, env, "status").stdout
    assert "Open conflicts: 1" in status and "Signed in: yes" in status
    assert "Token kept in: keyring" in status

    assert run_cli(one, env, "logout").returncode == 0
    done = run_cli(one, env, "sync")
    assert done.returncode == 1 and "sign in again" in done.stderr


def test_sync_fails_with_a_clear_message_when_the_server_is_unreachable(
        tmp_path: Path) -> None:
    env = cli_env(tmp_path, INCLUCITIES_PASSWORD=DEMO_PASSWORD)
    folder = tmp_path / "ws"
    with database_factory("sqlite", tmp_path / "db", seed=True) as factory:
        gone = LiveServer(factory.new(), log_path=tmp_path / "server.log").start()
        try:
            assert run_cli(folder, env, "login", gone.url, "member-livadia").returncode == 0
        finally:
            gone.stop()
    done = run_cli(folder, env, "sync")
    assert done.returncode == 1
    assert "Cannot reach the sync server" in done.stderr, done.stderr
    assert "edits are kept" in done.stderr
    folder = tmp_path / "other"
    done = run_cli(folder, env, "login", f"http://127.0.0.1:{free_port()}", "member-livadia")
    assert done.returncode == 1
    assert "Cannot reach the sync server" in done.stderr
    assert "connection refused" in done.stderr


def test_wrong_password_and_no_password(server: Any, tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    done = run_cli(folder, cli_env(tmp_path, INCLUCITIES_PASSWORD="wrong one"),
                   "login", server.url, "member-livadia")
    assert done.returncode == 1 and "password is not right" in done.stderr
    done = run_cli(folder, cli_env(tmp_path), "login", server.url, "member-livadia")
    assert done.returncode == 1 and "no password given" in done.stderr
