"""Webhook throughput against the floor of any webhook that must store before it answers.

In one run, on this machine, with the same client (`wrk`, Debian's package; `make bench`
installs it) and 16 requests in flight:

1. the floor: a bare Starlette endpoint in its own uvicorn process that parses the form and
   commits one row to SQLite (rollback journal, `synchronous=FULL`, as the service), the
   database work on the thread pool like the service's;
2. the same floor with `synchronous=NORMAL`: what FULL costs (every commit waits for fsync);
3. signed `/twilio/voice` on `boundaries serve` (SQLite): each request a new call, decided and
   stored, and its throughput as a ratio to the floor (goal >= 0.5, p99 < 50 ms);
4. the same webhook while 4 more clients send 10,000-parameter unsigned bodies (goal: p99 of
   the genuine calls < 50 ms);
5. in this process: the signature check of 10,000 parameters against 100, per parameter
   (about 1 when it is linear; the library's own check on a multi-dict is quadratic).

Everything is measured `--runs` times (3 by default) and the medians printed, with the load
average before, after each run and at the end: on a shared machine the figures move with it.

Without wrk the figures come from an httpx client in this process, which competes with the
servers for the two cores and understates them.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import hmac
import os
import secrets
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token"
CALLERS = ["+33123456789", "+33472001122", "+12125550147", "+33970123456"]
FLOOD_BODY = "&".join(f"{i}=" for i in range(10_000))


def sign(url: str, params: dict[str, str]) -> str:
    data = url + "".join(k + params[k] for k in sorted(params))
    return base64.b64encode(hmac.new(TOKEN.encode(), data.encode(), hashlib.sha1).digest()).decode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# -- the floor ------------------------------------------------------------------------------


def floor_app(database: str, synchronous: str, journal: str = "DELETE") -> object:
    """Parse the form, commit one row, answer TwiML: what any storing webhook must do
    (`journal`: SQLite's journal mode, the service's by default)."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    setup = sqlite3.connect(database)
    setup.execute(f"PRAGMA journal_mode={journal}")
    setup.execute(
        "CREATE TABLE IF NOT EXISTS event (id INTEGER PRIMARY KEY, sid TEXT UNIQUE, "
        "caller TEXT, at TEXT, detail TEXT)"
    )
    setup.commit()
    setup.close()

    # One writer connection, writers queued on a lock: SQLite has one writer anyway, and
    # threads polling its busy handler would make the floor slower than it needs to be.
    conn = sqlite3.connect(database, timeout=5, check_same_thread=False)
    conn.execute(f"PRAGMA journal_mode={journal}")  # a rollback journal is per connection
    conn.execute(f"PRAGMA synchronous={synchronous}")
    writer = threading.Lock()

    def store(sid: str, caller: str) -> None:
        with writer, conn:
            conn.execute(
                "INSERT OR IGNORE INTO event (sid, caller, at, detail) VALUES (?, ?, ?, ?)",
                (sid, caller, time.strftime("%Y-%m-%dT%H:%M:%SZ"), "{}"),
            )

    async def voice(request: Request) -> Response:
        form = await request.form()
        await run_in_threadpool(store, str(form.get("CallSid", "")), str(form.get("From", "")))
        return Response("<Response><Record/></Response>", media_type="application/xml")

    return Starlette(routes=[Route("/twilio/voice", voice, methods=["POST"])])


def serve_floor(port: int, database: str, synchronous: str, journal: str = "DELETE") -> None:
    import uvicorn

    app = floor_app(database, synchronous, journal)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)  # type: ignore[arg-type]


# -- clients --------------------------------------------------------------------------------

WRK_SCRIPT = """
local requests = dofile(os.getenv("BENCH_REQUESTS"))
local i = 0
request = function()
  i = i + 1
  local r = requests[(i - 1) % #requests + 1]
  return wrk.format("POST", "/twilio/voice", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Twilio-Signature"] = r[2],
  }, r[1])
end
"""

FLOOD_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Twilio-Signature"] = "bm90IGEgc2lnbmF0dXJl"
wrk.body = os.getenv("BENCH_FLOOD")
"""


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _calls(base: str, n: int) -> list[tuple[str, str]]:
    out = []
    for i in range(n):
        params = {
            "CallSid": "CA" + secrets.token_hex(16),
            "AccountSid": "AC" + "0" * 32,
            "From": CALLERS[i % len(CALLERS)],
            "To": "+33180000000",
            "CallStatus": "ringing",
            "Direction": "inbound",
        }
        out.append((urlencode(params), sign(base + "/twilio/voice", params)))
    return out


def _parse_wrk(stdout: str) -> tuple[float, float, int]:
    rps = float(stdout.split("Requests/sec:")[1].split()[0])
    non2xx = (
        int(stdout.split("Non-2xx or 3xx responses:")[1].split()[0]) if "Non-2xx" in stdout else 0
    )
    if " 99%" not in stdout:  # run without --latency
        return rps, float("nan"), non2xx
    p99 = stdout.split(" 99%")[1].split()[0]
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    unit = next(u for u in ("us", "ms", "s") if p99.endswith(u))
    return rps, float(p99[: -len(unit)]) * scale[unit], non2xx


def wrk(
    base: str, seconds: float, concurrency: int, tmp: str, flood: bool = False
) -> tuple[float, float]:
    """(requests/s, p99 ms) of signed new calls, measured by wrk; with `flood`, while another
    wrk sends 10,000-parameter unsigned bodies on 4 connections."""
    lines = ["return {"]
    for body, signature in _calls(base, int(seconds * 3000) + 5000):
        lines.append(f"{{{_lua_string(body)}, {_lua_string(signature)}}},")
    lines.append("}")
    requests = Path(tmp) / "requests.lua"
    requests.write_text("\n".join(lines))
    script = Path(tmp) / "voice.lua"
    script.write_text(WRK_SCRIPT)
    env = dict(os.environ, BENCH_REQUESTS=str(requests), BENCH_FLOOD=FLOOD_BODY)
    cmd = ["wrk", "-t1", f"-c{concurrency}", f"-d{int(seconds)}s", "--latency", "-s", str(script)]
    flooder = None
    if flood:
        flood_script = Path(tmp) / "flood.lua"
        flood_script.write_text(FLOOD_SCRIPT)
        flooder = subprocess.Popen(
            [
                "wrk",
                "-t1",
                "-c4",
                f"-d{int(seconds) + 2}s",
                "-s",
                str(flood_script),
                base + "/twilio/voice",
            ],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        time.sleep(1.0)
    out = subprocess.run(
        [*cmd, base + "/twilio/voice"], capture_output=True, text=True, env=env, check=True
    )
    if flooder is not None:
        flood_out, _ = flooder.communicate(timeout=60)
        flood_rps, _, refused = _parse_wrk(flood_out)
        print(
            f"    (flood: {flood_rps:.0f} unsigned 10,000-parameter bodies/s, "
            f"{refused} refused with 4xx)"
        )
    rps, p99, non2xx = _parse_wrk(out.stdout)
    if non2xx:
        raise RuntimeError(f"{non2xx} genuine requests were not answered 200")
    return rps, p99


async def _httpx_load(base: str, seconds: float, concurrency: int) -> tuple[float, float]:
    calls = _calls(base, 200_000)
    latencies: list[float] = []
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=15) as http:

        async def worker(n: int) -> None:
            i = n
            while time.perf_counter() < stop:
                body, signature = calls[i % len(calls)]
                t0 = time.perf_counter()
                r = await http.post(
                    base + "/twilio/voice",
                    content=body,
                    headers={
                        "X-Twilio-Signature": signature,
                        "content-type": "application/x-www-form-urlencoded",
                    },
                )
                if r.status_code != 200:
                    raise RuntimeError(f"{r.status_code} {r.text[:200]}")
                latencies.append(time.perf_counter() - t0)
                i += concurrency

        t0 = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(concurrency)))
        elapsed = time.perf_counter() - t0
    latencies.sort()
    return len(latencies) / elapsed, latencies[int(0.99 * (len(latencies) - 1))] * 1000


def measure(
    base: str, seconds: float, concurrency: int, tmp: str, flood: bool = False
) -> tuple[float, float]:
    if shutil.which("wrk"):
        return wrk(base, seconds, concurrency, tmp, flood)
    if flood:
        return float("nan"), float("nan")
    return asyncio.run(_httpx_load(base, seconds, concurrency))


# -- servers --------------------------------------------------------------------------------


def _start(cmd: list[str], base: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(cmd, env=env or dict(os.environ))
    for _ in range(300):
        try:
            httpx.post(base + "/twilio/voice", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"{cmd[:4]} did not start")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def floor(
    seconds: float, concurrency: int, tmp: str, synchronous: str, journal: str = "DELETE"
) -> tuple[float, float]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    db = f"{tmp}/floor-{synchronous}-{journal}.sqlite3"
    proc = _start(
        [
            sys.executable,
            __file__,
            "--serve-floor",
            str(port),
            "--db",
            db,
            "--synchronous",
            synchronous,
            "--journal",
            journal,
        ],
        base,
    )
    try:
        asyncio.run(_httpx_load(base, 1.0, 4))  # warm up
        return measure(base, seconds, concurrency, tmp)
    finally:
        _stop(proc)


def webhook(
    seconds: float, concurrency: int, tmp: str
) -> tuple[tuple[float, float], tuple[float, float]]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [
        sys.executable,
        "-m",
        "boundaries",
        "serve",
        "--config",
        str(ROOT / "examples" / "boundaries.toml"),
    ]
    cmd += [
        "--database",
        f"sqlite:///{tmp}/bench.sqlite3",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    proc = _start(cmd, base, dict(os.environ, TWILIO_AUTH_TOKEN=TOKEN))
    try:
        asyncio.run(_httpx_load(base, 1.0, 4))  # warm up
        plain = measure(base, seconds, concurrency, tmp)
        flooded = measure(base, seconds, concurrency, tmp, flood=True)
        return plain, flooded
    finally:
        _stop(proc)


def signature_scaling() -> float:
    """Seconds per parameter of the signature check at 10,000 parameters over at 100."""
    sys.path.insert(0, str(ROOT / "src"))
    from boundaries.integrations.twilio.signature import Signatures
    from boundaries.web.edge import parse_form

    checker = Signatures(TOKEN)

    def per_param(n: int) -> float:
        form = (
            parse_form("&".join(f"{i}=" for i in range(n)).encode())
            if n <= 100
            else {str(i): "" for i in range(n)}
        )
        rounds = max(1, 20_000 // n)
        t0 = time.perf_counter()
        for _ in range(rounds):
            checker.valid("https://calls.example.org/twilio/voice", form, "bm90IGEgc2lnbmF0dXJl")
        return (time.perf_counter() - t0) / rounds / n

    return per_param(10_000) / per_param(100)


def one_run(seconds: float, concurrency: int) -> dict[str, float]:
    """One measurement of everything, in order: floor FULL, floor NORMAL, webhook, flood."""
    with tempfile.TemporaryDirectory() as tmp:
        full = floor(seconds, concurrency, tmp, "FULL")
        normal = floor(seconds, concurrency, tmp, "NORMAL")
        (rps, p99), (f_rps, f_p99) = webhook(seconds, concurrency, tmp)
    return {
        "floor": full[0],
        "floor_p99": full[1],
        "normal": normal[0],
        "normal_p99": normal[1],
        "webhook": rps,
        "webhook_p99": p99,
        "flood": f_rps,
        "flood_p99": f_p99,
        "ratio": rps / full[0],
    }


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument(
        "--runs", type=int, default=3, help="measure everything this many times; print medians"
    )
    parser.add_argument("--serve-floor", type=int, metavar="PORT", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--synchronous", default="FULL", help=argparse.SUPPRESS)
    parser.add_argument("--journal", default="DELETE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_floor:
        serve_floor(args.serve_floor, args.db, args.synchronous, args.journal)
        return
    client = "wrk" if shutil.which("wrk") else "httpx in this process (install wrk)"
    print(f"client: {client}; {args.concurrency} in flight, {args.seconds:.0f} s each")
    print(f"before: {_load()}")
    runs = []
    for n in range(1, args.runs + 1):
        r = one_run(args.seconds, args.concurrency)
        runs.append(r)
        print(
            f"run {n}: floor {r['floor']:.0f} req/s (p99 {r['floor_p99']:.1f} ms), "
            f"NORMAL {r['normal']:.0f}, webhook {r['webhook']:.0f} req/s "
            f"(p99 {r['webhook_p99']:.1f} ms), flooded {r['flood']:.0f} req/s "
            f"(p99 {r['flood_p99']:.1f} ms), ratio {r['ratio']:.2f}; {_load()}"
        )
    m = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"medians of {len(runs)} run(s):")
    print(f"floor, synchronous=FULL:      {m['floor']:7.0f} req/s   p99 {m['floor_p99']:6.1f} ms")
    print(f"floor, synchronous=NORMAL:    {m['normal']:7.0f} req/s   p99 {m['normal_p99']:6.1f} ms")
    print(
        f"/twilio/voice (FULL):         {m['webhook']:7.0f} req/s   "
        f"p99 {m['webhook_p99']:6.1f} ms (goal < 50 ms)"
    )
    print(
        f"/twilio/voice under a flood:  {m['flood']:7.0f} req/s   "
        f"p99 {m['flood_p99']:6.1f} ms (goal < 50 ms)"
    )
    print(f"synchronous=FULL costs the floor {1 - m['floor'] / m['normal']:.0%} of its throughput")
    print(f"ratio = {m['ratio']:.2f} (webhook / floor throughput, median of runs; goal >= 0.5)")
    print(
        "signature check per parameter, 10,000 vs 100 parameters: "
        f"{signature_scaling():.2f} (1 = linear)"
    )
    print(f"after: {_load()}")


if __name__ == "__main__":
    main()
