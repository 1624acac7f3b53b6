"""The README's quick tour, run exactly as written: each command of its first shell block,
taken from the README itself, so the test fails as soon as the README and the product drift.

The commands run with bash in a fresh folder that sees the project's `examples/` and `tests/`
(as a clone does) and `.venv/bin` first on PATH. `boundaries serve` runs in the background
until the end, on a free port given with `--port`, and `call-test` is pointed at it with
`--url`: the only two additions, because port 8000 may be taken on a shared machine.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT
from tests.gateway_support import free_port

README = ROOT / "README.md"


def tour_commands() -> list[str]:
    """The commands of the shell block under '## A quick tour of the CLI', continuation
    lines joined, comments and blank lines left out."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## A quick tour of the CLI", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the tour has no ```sh block"
    joined = block.group(1).replace("\\\n", " ")
    commands = []
    for line in joined.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            commands.append(line)
    return commands


def test_the_tour_names_only_files_that_are_shipped():
    for command in tour_commands():
        for word in command.split():
            if re.fullmatch(r"[\w./-]+\.(jsonl|toml|wav)", word) and word != "trace.jsonl":
                assert (ROOT / word).is_file(), f"{word} (in `{command}`) is not shipped"


@pytest.mark.slow
def test_the_readme_tour_runs_as_written(tmp_path: Path):
    for shared in ("examples", "tests"):
        (tmp_path / shared).symlink_to(ROOT / shared)
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("DATABASE_URL", None)
    env.pop("BOUNDARIES_CONFIG", None)
    env["COLUMNS"] = "80"
    port = free_port()
    server: subprocess.Popen[bytes] | None = None
    outputs: dict[str, str] = {}
    try:
        for command in tour_commands():
            if " boundaries serve " in f" {command} ":
                server = subprocess.Popen(
                    ["bash", "-c", f"{command} --port {port}"],
                    cwd=tmp_path,
                    start_new_session=True,  # its own process group, stopped as a whole
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
                _wait_for(port, server)
                continue
            if " boundaries call-test " in f" {command} ":
                command += f" --url http://127.0.0.1:{port}"
            done = subprocess.run(
                ["bash", "-c", command],
                cwd=tmp_path,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert done.returncode == 0, f"`{command}` failed:\n{done.stdout}\n{done.stderr}"
            assert "Traceback" not in done.stderr, done.stderr
            outputs[command] = done.stdout
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
    assert server is not None, "the tour no longer starts the live service"
    # A few things the tour promises, checked on what it printed.
    triaged = next(out for cmd, out in outputs.items() if "examples/messages.jsonl" in cmd)
    messages = (ROOT / "examples" / "messages.jsonl").read_text(encoding="utf-8").splitlines()
    answers = [json.loads(line) for line in triaged.splitlines()]
    assert [a["id"] for a in answers] == [json.loads(m)["id"] for m in messages]
    assert any("answered_by" in a for a in answers)
    called = next(out for cmd, out in outputs.items() if "call-test" in cmd)
    assert "POST /twilio/voice -> 200" in called
    listed = next(out for cmd, out in outputs.items() if cmd.startswith("boundaries events --json"))
    assert len(listed.splitlines()) > 0
    assert (tmp_path / "trace.jsonl").is_file()
    # newcomer8 L1: "a saved replay reports exactly as the replay itself" holds where the
    # tour reads the store, before the live test call stores an event dated today.
    stored = next(out for cmd, out in outputs.items() if cmd.startswith("boundaries report")
                  and "--events" not in cmd and "--json" in cmd)  # fmt: skip
    replayed = subprocess.run(
        ["boundaries", "report", "--config", "examples/boundaries.toml", "--events",
         "examples/events.jsonl", "--client", "horizon", "--json"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    assert _figures(json.loads(stored)) == _figures(json.loads(replayed.stdout))


def _figures(report: dict[str, object]) -> dict[str, object]:
    """A report's period and its first client's figures, its next standing call aside (that
    one depends on the day the tour runs)."""
    client = dict(report["clients"][0])  # type: ignore[index]
    client.pop("next_standing_call", None)
    return {"from": report["from"], "to": report["to"], "weeks": report["weeks"], **client}


def _wait_for(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.time() + 60
    while time.time() < deadline:
        if server.poll() is not None:
            err = server.stderr.read().decode() if server.stderr else ""
            raise AssertionError(f"`boundaries serve` of the tour exited:\n{err}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("`boundaries serve` of the tour did not start within 60 s")


def test_the_tour_says_to_stop_make_run_whose_service_and_store_it_does_not_share():
    """Newcomer3 M5: right after `make run` (still serving on 8000, store in var/), the
    tour's `serve` failed on the port and its commands read another store."""
    text = README.read_text(encoding="utf-8")
    intro = text[
        text.index("## A quick tour of the CLI") : text.index(
            "```sh", text.index("## A quick tour")
        )
    ]
    assert "Stop `make run` first" in intro and "var/boundaries.sqlite3" in intro
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "before following the README's tour" in makefile


def test_the_events_generator_answers_help_and_refuses_options():
    """trial43: `examples/generate_events.py --help` printed the whole month of events."""
    script = str(ROOT / "examples" / "generate_events.py")
    helped = subprocess.run([sys.executable, script, "--help"], capture_output=True, text=True)
    assert helped.returncode == 0 and "examples/events.jsonl" in helped.stdout
    assert not any(line.startswith("{") for line in helped.stdout.splitlines())
    refused = subprocess.run(
        [sys.executable, script, "--weeks", "2"], capture_output=True, text=True
    )
    assert refused.returncode == 2 and "unrecognized arguments" in refused.stderr
    made = subprocess.run([sys.executable, script], capture_output=True, text=True, check=True)
    assert made.stdout == (ROOT / "examples" / "events.jsonl").read_text("utf-8")
