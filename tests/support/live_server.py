"""A real ``inclucities-server`` process on a free loopback port, for end-to-end tests.

    server = LiveServer("sqlite:////tmp/x.sqlite3").start()
    server.admin("seed-demo", "--password-stdin", stdin="a long password\\n")
    token = server.login("member-partinico", "a long password")
    requests.get(server.api("/me"), headers=server.auth(token))
    server.kill(); server.restart(); server.stop()

The process runs ``sys.executable -m inclucities_server`` in its own process group, so
``kill()`` (SIGKILL) also takes down every worker of ``workers > 1``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import requests
from tests.support.databases import TEST_ENV

API = "/api/v1"
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ServerFailed(RuntimeError):
    pass


class LiveServer:
    def __init__(self, database_url: str, workers: int = 1, env: dict[str, str] | None = None,
                 log_path: Path | None = None, port: int | None = None) -> None:
        self.database_url = database_url
        self.workers = workers
        self.port = port or free_port()
        self.env = {**os.environ, **TEST_ENV, **(env or {})}
        self.env.pop("INCLUCITIES_DATABASE_URL", None)
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None
        self._log: Any = None

    # -- addresses ------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def api(self, path: str = "") -> str:
        return f"{self.url}{API}{path}"

    @staticmethod
    def auth(token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    # -- the process ----------------------------------------------------------------------

    def start(self) -> LiveServer:
        if self.process is not None and self.process.poll() is None:
            raise ServerFailed("the server is running already")
        command = [sys.executable, "-m", "inclucities_server", "--database-url",
                   self.database_url, "--host", "127.0.0.1", "--port", str(self.port),
                   "--workers", str(self.workers)]
        self._log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        errors = subprocess.STDOUT if self.log_path else subprocess.PIPE
        self.process = subprocess.Popen(command, env=self.env, stdout=self._log, stderr=errors,
                                        start_new_session=True)
        self._wait_until_up()
        return self

    def _wait_until_up(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerFailed(f"the server exited with {self.process.returncode}: "
                                   f"{self._output()}")
            try:
                up = requests.get(self.api("/health"), timeout=1).status_code == 200
            except requests.RequestException:
                up = False
            if up and (self.workers <= 1 or self._all_workers_up()):
                return
            time.sleep(0.05)
        self.kill()
        raise ServerFailed(f"the server did not answer within {START_TIMEOUT} s: {self._output()}")

    def _all_workers_up(self) -> bool:
        # uvicorn's supervisor answers as soon as one worker listens; give the others the
        # moment they need so that the first requests are shared between them.
        time.sleep(0.5)
        return True

    def _output(self) -> str:
        if self.process is None or self.process.stderr is None:
            return f"see {self.log_path}" if self.log_path else ""
        try:
            return self.process.stderr.read().decode(errors="replace")[-3000:]
        except (OSError, ValueError):
            return ""

    def _signal(self, number: int) -> None:
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, number)

    def stop(self, timeout: float = 15.0) -> None:
        """Ends the server gracefully (SIGTERM), or by SIGKILL if it does not end in time."""
        if self.process is None:
            return
        self._signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        self._close()

    def kill(self) -> None:
        """SIGKILL the server and its workers at once: no clean-up on its side."""
        if self.process is None:
            return
        self._signal(signal.SIGKILL)
        self.process.wait(10)
        self._close()

    def _close(self) -> None:
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()
        if self._log not in (None, subprocess.DEVNULL):
            self._log.close()
        self._log = None

    def restart(self) -> LiveServer:
        """Stops (if running) and starts again on the same port and database."""
        if self.process is not None and self.process.poll() is None:
            self.stop()
        return self.start()

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    # -- working with it -------------------------------------------------------------------

    def admin(self, *args: str, stdin: str | None = None,
              check: bool = True) -> subprocess.CompletedProcess[str]:
        """``inclucities-server admin ARGS`` on this server's database."""
        return self.command("admin", *args, stdin=stdin, check=check)

    def command(self, *args: str, stdin: str | None = None,
                check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "inclucities_server", *args,
             "--database-url", self.database_url],
            input=stdin if stdin is not None else "", capture_output=True, text=True,
            env=self.env, timeout=60)
        if check and result.returncode != 0:
            raise ServerFailed(f"{' '.join(args)} failed ({result.returncode}): {result.stderr}")
        return result

    def login(self, username: str, password: str) -> str:
        answer = requests.post(self.api("/auth/login"),
                               json={"username": username, "password": password}, timeout=10)
        answer.raise_for_status()
        return str(answer.json()["token"])

    def __enter__(self) -> LiveServer:
        return self.start() if not self.running else self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
