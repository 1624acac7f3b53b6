"""Webhook throughput: signed /twilio/voice (each a new call, decided and stored) against
/healthz, on the same running server with the same client, 16 requests in flight.

The client is `wrk` (Debian's package; `make bench` installs it) fed with pre-signed requests,
each with a new CallSid; without wrk, an httpx client in this process, which competes with the
server for the two cores and understates both figures.

Prints requests/s and p99 latency of both and the ratio of throughputs
(goal: webhook >= 0.5 of /healthz, webhook p99 < 50 ms on this 2-core machine).
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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-token"
CALLERS = ["+33123456789", "+33472001122", "+12125550147", "+33970123456"]


def sign(url: str, params: dict[str, str]) -> str:
    data = url + "".join(k + params[k] for k in sorted(params))
    return base64.b64encode(hmac.new(TOKEN.encode(), data.encode(), hashlib.sha1).digest()).decode()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def load(base: str, path: str, seconds: float, concurrency: int) -> tuple[float, float]:
    latencies: list[float] = []
    stop = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=15) as http:

        async def worker(n: int) -> None:
            i = 0
            while time.perf_counter() < stop:
                t0 = time.perf_counter()
                if path == "/healthz":
                    r = await http.get(base + path)
                else:
                    params = {
                        "CallSid": "CA" + secrets.token_hex(16),
                        "From": CALLERS[(n + i) % len(CALLERS)],
                        "To": "+33180000000",
                    }
                    r = await http.post(
                        base + path,
                        data=params,
                        headers={"X-Twilio-Signature": sign(base + path, params)},
                    )
                if r.status_code != 200:
                    raise RuntimeError(f"{path}: {r.status_code} {r.text[:200]}")
                latencies.append(time.perf_counter() - t0)
                i += 1

        t0 = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(concurrency)))
        elapsed = time.perf_counter() - t0
    latencies.sort()
    p99 = latencies[int(0.99 * (len(latencies) - 1))]
    return len(latencies) / elapsed, p99 * 1000


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


def _lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrk(base: str, path: str, seconds: float, concurrency: int, tmp: str) -> tuple[float, float]:
    """(requests/s, p99 ms) measured by wrk."""
    from urllib.parse import urlencode

    cmd = ["wrk", "-t1", f"-c{concurrency}", f"-d{int(seconds)}s", "--latency"]
    env = dict(os.environ)
    if path != "/healthz":
        lines = ["return {"]
        for n in range(int(seconds * 3000) + 5000):
            params = {
                "CallSid": "CA" + secrets.token_hex(16),
                "From": CALLERS[n % len(CALLERS)],
                "To": "+33180000000",
            }
            body = urlencode(params)
            lines.append(f"{{{_lua_string(body)}, {_lua_string(sign(base + path, params))}}},")
        lines.append("}")
        requests = Path(tmp) / "requests.lua"
        requests.write_text("\n".join(lines))
        script = Path(tmp) / "voice.lua"
        script.write_text(WRK_SCRIPT)
        env["BENCH_REQUESTS"] = str(requests)
        cmd += ["-s", str(script)]
    out = subprocess.run([*cmd, base + path], capture_output=True, text=True, env=env, check=True)
    rps = float(out.stdout.split("Requests/sec:")[1].split()[0])
    p99 = out.stdout.split(" 99%")[1].split()[0]
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    unit = next(u for u in ("us", "ms", "s") if p99.endswith(u))
    return rps, float(p99[: -len(unit)]) * scale[unit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, TWILIO_AUTH_TOKEN=TOKEN)
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "boundaries",
                "serve",
                "--config",
                str(ROOT / "examples" / "boundaries.toml"),
                "--database",
                f"sqlite:///{tmp}/bench.sqlite3",
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            env=env,
        )
        try:
            for _ in range(300):
                try:
                    if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    time.sleep(0.1)
            asyncio.run(load(base, "/twilio/voice", 1.0, 4))  # warm up
            if shutil.which("wrk"):
                client = "wrk"
                health_rps, health_p99 = wrk(base, "/healthz", args.seconds, args.concurrency, tmp)
                hook_rps, hook_p99 = wrk(base, "/twilio/voice", args.seconds, args.concurrency, tmp)
            else:
                client = "httpx (install wrk for a lighter client)"
                health_rps, health_p99 = asyncio.run(
                    load(base, "/healthz", args.seconds, args.concurrency)
                )
                hook_rps, hook_p99 = asyncio.run(
                    load(base, "/twilio/voice", args.seconds, args.concurrency)
                )
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    print(f"client: {client}; concurrency: {args.concurrency}, {args.seconds:.0f} s each")
    print(f"/healthz:      {health_rps:8.0f} req/s   p99 {health_p99:6.1f} ms")
    print(f"/twilio/voice: {hook_rps:8.0f} req/s   p99 {hook_p99:6.1f} ms (goal < 50 ms)")
    print(f"ratio = {hook_rps / health_rps:.2f} (webhook / healthz throughput; goal >= 0.5)")


if __name__ == "__main__":
    main()
