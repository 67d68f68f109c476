"""The live-server helper itself: a real process that starts, answers, dies and comes back."""

from __future__ import annotations

import requests
from tests.support.live_server import LiveServer
from tests.support.server_fixtures import DEMO_PASSWORD


def test_seeded_server_answers_and_survives_sigkill(seeded_server: LiveServer) -> None:
    token = seeded_server.login("member-partinico", DEMO_PASSWORD)
    me = requests.get(seeded_server.api("/me"), headers=seeded_server.auth(token), timeout=10)
    assert me.json()["city_id"] == "partinico"
    seeded_server.kill()
    assert not seeded_server.running
    seeded_server.restart()
    # The token lives in the database, not in the process: it still works.
    me = requests.get(seeded_server.api("/me"), headers=seeded_server.auth(token), timeout=10)
    assert me.status_code == 200


def test_admin_runs_on_the_servers_database(live_server: LiveServer) -> None:
    live_server.admin("create-city", "rome", "--name", "Rome", "--country", "IT")
    live_server.admin("create-user", "ada", "--city", "rome", "--password-stdin",
                      stdin="a long enough password\n")
    token = live_server.login("ada", "a long enough password")
    directory = requests.get(live_server.api("/directory"), headers=live_server.auth(token),
                             timeout=10).json()
    assert [city["id"] for city in directory["cities"]] == ["rome"]
