"""What SQLite's rollback journal costs the service against WAL (newcomer 2, H2).

WAL maps the `-shm` file into memory, and a process whose `-shm` is made immutable is killed
with SIGBUS; the service therefore uses a rollback journal (`journal_mode=DELETE`, see
`store/connections.py`). Two costs are measured, in one run, with `wrk` and 16 requests in
flight (as `bench/webhook.py`):

1. commits: the floor of `bench/webhook.py` (a bare endpoint committing one row,
   `synchronous=FULL`) in WAL, DELETE and TRUNCATE modes, and signed `/twilio/voice` on
   `boundaries serve` in WAL and DELETE modes (requests/s, p99);
2. readers against writers: with a rollback journal a commit waits until no reader is in the
   middle of a statement (a reader never blocks a WAL commit). The same webhook, on a store
   holding three years of 50 clients (`bench/report.py`'s data, ~150k rows), while another
   process runs `boundaries report` over it in a loop: requests/s, p99, the slowest answer,
   and how many were not answered 200 (a commit that waited more than the 5 s busy timeout
   answers 503 on the data callbacks; `/twilio/voice` still answers with a voicemail).

Usage: `.venv/bin/python bench/journal.py [--seconds 8] [--runs 1]`.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from boundaries.config import parse_config
from boundaries.store import Store
from report import config_text, fill
from webhook import (
    ROOT,
    TOKEN,
    WRK_SCRIPT,
    _calls,
    _lua_string,
    _parse_wrk,
    _start,
    _stop,
    floor,
    free_port,
)

# `boundaries serve` with the journal mode of `store/connections.py` replaced by argv[1].
SERVE_WITH_JOURNAL = (
    "import sys; import boundaries.store.connections as c; c.JOURNAL_MODE = sys.argv[1]; "
    "from boundaries.cli.app import cli; sys.argv = ['boundaries', *sys.argv[2:]]; cli()"
)


def wrk_all(base: str, seconds: float, concurrency: int, tmp: str) -> dict[str, float]:
    """requests/s, p99 and max (ms), and answers other than 200, of signed new calls."""
    lines = ["return {"]
    for body, signature in _calls(base, int(seconds * 3000) + 5000):
        lines.append(f"{{{_lua_string(body)}, {_lua_string(signature)}}},")
    lines.append("}")
    requests = Path(tmp) / "requests.lua"
    requests.write_text("\n".join(lines))
    script = Path(tmp) / "voice.lua"
    script.write_text(WRK_SCRIPT)
    env = dict(os.environ, BENCH_REQUESTS=str(requests))
    cmd = ["wrk", "-t1", f"-c{concurrency}", f"-d{int(seconds)}s", "--latency", "--timeout", "20s"]
    out = subprocess.run(
        [*cmd, "-s", str(script), base + "/twilio/voice"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    rps, p99, non2xx = _parse_wrk(out.stdout)
    latency = out.stdout.split("Latency")[1].split()
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    worst = latency[2]
    unit = next(u for u in ("us", "ms", "s") if worst.endswith(u))
    return {"rps": rps, "p99": p99, "max": float(worst[: -len(unit)]) * scale[unit], "bad": non2xx}


def serve(journal: str, database: str, config: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-c", SERVE_WITH_JOURNAL, journal, "serve", "--config", str(config)]
    cmd += ["--database", database, "--port", str(port), "--log-level", "warning"]
    return _start(cmd, base, dict(os.environ, TWILIO_AUTH_TOKEN=TOKEN)), base


def reader_loop(journal: str, database: str, config: Path, stop: Path) -> subprocess.Popen[bytes]:
    """`boundaries report --json` over the store, again and again until `stop` exists."""
    report = (
        f"{sys.executable} -c {_sh(SERVE_WITH_JOURNAL)} {journal} report --json "
        f"--config {config} --database {database} --weeks 520 >/dev/null"
    )
    return subprocess.Popen(["bash", "-c", f"while [ ! -e {stop} ]; do {report}; done"])


def _sh(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def filled(journal: str, tmp: str, config_file: Path) -> str:
    """A store of `bench/report.py`'s three years, in `journal` mode; its URL."""
    import boundaries.store.connections as connections

    connections.JOURNAL_MODE = journal
    url = f"sqlite:///{tmp}/filled-{journal}.sqlite3"
    store = Store.open(url)
    try:
        fill(store, parse_config(config_file.read_text()))
    finally:
        store.close()
    connections.JOURNAL_MODE = "DELETE"
    return url


def one_run(seconds: float, concurrency: int) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for journal in ("WAL", "DELETE", "TRUNCATE"):
            rps, p99 = floor(seconds, concurrency, tmp, "FULL", journal)
            out[f"floor {journal}"] = {"rps": rps, "p99": p99, "max": float("nan"), "bad": 0}
        example = ROOT / "examples" / "boundaries.toml"
        for journal in ("WAL", "DELETE"):
            proc, base = serve(journal, f"sqlite:///{tmp}/voice-{journal}.sqlite3", example)
            try:
                out[f"voice {journal}"] = wrk_all(base, seconds, concurrency, tmp)
            finally:
                _stop(proc)
        config = Path(tmp) / "fifty.toml"
        config.write_text(config_text(50))
        for journal in ("WAL", "DELETE"):
            url = filled(journal, tmp, config)
            proc, base = serve(journal, url, config)
            stop = Path(tmp) / f"stop-{journal}"
            reader = reader_loop(journal, url, config, stop)
            try:
                time.sleep(3.0)  # the first report is under way
                out[f"voice+report {journal}"] = wrk_all(base, seconds, concurrency, tmp)
            finally:
                stop.touch()
                reader.wait(timeout=300)
                _stop(proc)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    one, five, fifteen = os.getloadavg()
    print(f"before: load average {one:.2f} {five:.2f} {fifteen:.2f}")
    runs = [one_run(args.seconds, args.concurrency) for _ in range(args.runs)]
    for name in runs[0]:
        m = {k: statistics.median(r[name][k] for r in runs) for k in runs[0][name]}
        print(
            f"{name:24} {m['rps']:7.0f} req/s  p99 {m['p99']:7.1f} ms  max {m['max']:7.1f} ms  "
            f"not 200: {m['bad']:.0f}"
        )
    one, five, fifteen = os.getloadavg()
    print(f"after: load average {one:.2f} {five:.2f} {fifteen:.2f}")


if __name__ == "__main__":
    main()
