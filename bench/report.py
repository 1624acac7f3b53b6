"""Report speed: three years of stored events for 50 clients, SQLite and PostgreSQL.

The store is filled the way the live service fills it (SPEC §7): a `call` row per call, a
`status` row for each connected call, a `transcription` row (with its triage) for each
voicemail, and the `reply_owed`/`agenda_item` rows the report does not read. Then, on each
database, in the same run:

- baseline: one `SELECT client_id, count(*) FROM event GROUP BY client_id` over that table;
- report: what `boundaries report --json` does after loading the config (read the evidence,
  compute every client's figures and premium, build the JSON object).

It prints `ratio = report / baseline` per database (goal <= 5). Without `--postgres URL` a
throwaway PostgreSQL is started on a free loopback port (scripts/test-postgres.sh) and
stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import text

from boundaries.cli.sources import gather, latest_steps
from boundaries.config import parse_config
from boundaries.domain.figures import client_figures
from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar
from boundaries.reporting.report import report_json
from boundaries.store import Store, StoredEvent
from timing import median_of

ROOT = Path(__file__).resolve().parent.parent
PARIS = ZoneInfo("Europe/Paris")
DAYS = ("MO", "TU", "WE", "TH", "FR")
START = date(2023, 11, 27)  # a Monday, three years before the report
WEEKS = 156
VERDICTS = [
    {"content_free": True, "intent": "unknown", "urgent": False, "topic": ""},
    {"content_free": False, "intent": "status_check", "urgent": False, "topic": "dossier"},
    {"content_free": False, "intent": "request", "urgent": False, "topic": "devis"},
    {"content_free": False, "intent": "scheduling", "urgent": False, "topic": "réunion"},
    {"content_free": False, "intent": "request", "urgent": True, "topic": "site en panne"},
]


def config_text(clients: int) -> str:
    out = [
        "[consultant]",
        'name = "Bench"',
        'email = "bench@example.org"',
        'phone = "+33 6 12 34 56 78"',
        'timezone = "Europe/Paris"',
        'working_hours = ["mon-fri 09:00-12:30", "mon-fri 14:00-18:00"]',
    ]
    for i in range(clients):
        minute = 9 * 60 + (i // 5) * 45  # ten distinct 30-minute slots a weekday
        out += [
            "[[client]]",
            f'id = "c{i:02d}"',
            f'name = "Client {i}"',
            f'phones = ["+33 1 40 00 {i:02d} 00"]',
            f'emails = ["c{i}@example.org"]',
            f'standing_calls = [{{ rrule = "FREQ=WEEKLY;BYDAY={DAYS[i % 5]}", '
            f'start = "{minute // 60:02d}:{minute % 60:02d}", minutes = 30 }}]',
            f"adhoc_calls_per_week = {1 + i % 3}",
            "hourly_rate = 90.0",
            "billed_hours_per_week = 5",
        ]
    return "\n".join(out) + "\n"


def stored_events(config: Config, seed: int = 11) -> Iterator[StoredEvent]:
    """Three years of a live account: most clients call a few times a week, some a lot."""
    rng = random.Random(seed)
    for i, client in enumerate(config.clients):
        per_week = 25 if i % 10 == 0 else rng.randint(2, 8)
        for week in range(WEEKS):
            monday = START + timedelta(weeks=week)
            for n in range(per_week):
                day = monday + timedelta(days=rng.randrange(5))
                minute = rng.randrange(8 * 60, 19 * 60)
                at = datetime(day.year, day.month, day.day, tzinfo=PARIS) + timedelta(
                    minutes=minute
                )
                sid = f"CA{i:02d}{week:03d}{n:03d}"
                connect = rng.random() < 0.25
                yield StoredEvent(
                    kind="call",
                    at=at,
                    action="connect" if connect else "voicemail",
                    client=client.id,
                    sid=sid,
                    caller=client.phones[0],
                    used_allowance=connect and rng.random() < 0.7,
                    detail={"reason": "bench", "lang": "fr", "repeat": 1},
                )
                if connect:
                    yield StoredEvent(
                        kind="status",
                        at=at + timedelta(minutes=10),
                        action="completed",
                        client=client.id,
                        sid=f"{sid}:completed:3",
                        detail={"call_sid": sid, "sequence": "3", "duration": 600},
                    )
                    continue
                verdict = rng.choice(VERDICTS)
                yield StoredEvent(
                    kind="transcription",
                    at=at + timedelta(minutes=1),
                    action=str(verdict["intent"]),
                    client=client.id,
                    sid=f"TR{sid}",
                    caller=client.phones[0],
                    detail={"call_sid": sid, "status": "completed", "text": "…", "triage": verdict},
                )
                yield StoredEvent(
                    kind="agenda_item",
                    at=at + timedelta(minutes=1),
                    action="owed",
                    client=client.id,
                    sid=f"TR{sid}",
                    detail={"topic": verdict["topic"]},
                )


def fill(store: Store, config: Config) -> int:
    account = store.account_id()
    batch: list[StoredEvent] = []
    n = 0
    for event in stored_events(config):
        batch.append(event)
        if len(batch) == 5000:
            n += store.record(account, batch)
            batch = []
    n += store.record(account, batch)
    return n


def measure(
    url: str, config: Config, runs: int
) -> tuple[int, tuple[float, float], tuple[float, float]]:
    store = Store.open(url)
    try:
        rows = fill(store, config)
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    finally:
        store.close()
    now = datetime.combine(START + timedelta(weeks=WEEKS) - timedelta(days=1), datetime.min.time())
    now = now.replace(hour=20, tzinfo=PARIS).astimezone(UTC)

    def baseline() -> None:
        s = Store.open(url, migrate=False)
        try:
            with s.engine.connect() as conn:
                conn.execute(text("SELECT client_id, count(*) FROM event GROUP BY client_id")).all()
        finally:
            s.close()

    def report() -> None:
        evidence = gather(config, None, url, "default", None, now)
        calendar = Calendar(config)
        figures = client_figures(config, evidence.contacts, evidence.period, calendar, now)
        report_json(config, figures, evidence.period, now, latest_steps(evidence.steps), calendar)

    return rows, median_of(runs, baseline), median_of(runs, report)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--postgres", metavar="URL", help="An empty PostgreSQL database to use.")
    args = parser.parse_args()
    config = parse_config(config_text(args.clients))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(("sqlite", measure(f"sqlite:///{tmp}/bench.sqlite3", config, args.runs)))
        if args.postgres:
            results.append(("postgresql", measure(args.postgres, config, args.runs)))
        else:
            port = free_port()  # the server's folder must be reachable by the postgres user
            pg_dir = f"{tempfile.gettempdir()}/boundaries-bench-pg-{port}"
            env = dict(os.environ, BOUNDARIES_PG_PORT=str(port), BOUNDARIES_PG_DIR=pg_dir)
            script = str(ROOT / "scripts" / "test-postgres.sh")
            url = subprocess.run(
                [script, "start"], env=env, check=True, capture_output=True, text=True
            ).stdout.strip()
            try:
                results.append(("postgresql", measure(url, config, args.runs)))
            finally:
                subprocess.run([script, "stop"], env=env, check=False)
    for name, (rows, (base_s, base_cpu), (report_s, report_cpu)) in results:
        print(
            f"{name}: {rows} rows; medians of {args.runs}: baseline {base_s * 1000:.1f} ms "
            f"(cpu {base_cpu * 1000:.1f}); report {report_s * 1000:.1f} ms "
            f"(cpu {report_cpu * 1000:.1f})"
        )
        print(f"{name}: ratio = {report_s / base_s:.2f} (report / GROUP BY count; goal <= 5)")
        if name == "sqlite":  # PostgreSQL's work is in the server, not in this process
            print(f"{name}: cpu ratio = {report_cpu / base_cpu:.2f} (this process's CPU time)")


if __name__ == "__main__":
    main()
