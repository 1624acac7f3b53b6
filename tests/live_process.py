"""Test helper: `boundaries serve` as a real process (one or several workers) on a free loopback
port, stopped (or killed) by the test; its log is kept for assertions."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.gateway_support import TOKEN, free_port


class Served:
    """A running `boundaries serve`; `kill()` is kill -9 of the whole process group."""

    def __init__(
        self,
        config: Path,
        database: str,
        log: Path,
        workers: int = 1,
        port: int | None = None,
        account: str | None = None,
        token: str = TOKEN,
    ) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        args = [
            sys.executable,
            "-m",
            "boundaries",
            "serve",
            "--config",
            str(config),
            "--database",
            database,
            "--port",
            str(self.port),
            "--workers",
            str(workers),
            "--log-level",
            "info",
            *(["--account", account] if account else []),
        ]
        env = dict(os.environ, TWILIO_AUTH_TOKEN=token)
        with log.open("ab") as out:
            self.proc = subprocess.Popen(
                args, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("the service exited:\n" + self.output())
            try:
                answered = httpx.get(self.url + "/healthz", timeout=2).status_code in (200, 503)
            except httpx.HTTPError:
                answered = False
            # ours, not another test's service that took the free port first: uvicorn says
            # it is running on it (a race under parallel tests answered 403 to our signature)
            if answered and f"running on http://127.0.0.1:{self.port}" in self.output():
                break
            time.sleep(0.1)
        else:
            self.kill()
            raise RuntimeError("the service did not start:\n" + self.output())
        # Several workers: wait until every one of them has started its application.
        while workers > 1 and self.output().count("Application startup complete") < workers:
            if time.time() > deadline:
                break
            time.sleep(0.1)

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        """kill -9 of the server and its workers, as a crash or an OOM killer would."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=20)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=20)

    def __enter__(self) -> Served:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
