"""Simulation speed: a year of events for 20 clients (~250k), as a ratio to parsing the file.

Both baselines are measured in this run on the same file:

- parse: reading the file into validated events (`load_events`: JSON, ISO 8601 times, phone
  numbers), the part of `boundaries simulate` that only parses;
- json: reading the lines and decoding their JSON, nothing else.

The simulation is the whole `boundaries simulate` work (parsing, deciding every call,
triaging every voicemail and email, counting). It prints `ratio = simulate / parse`
(goal <= 2, issue 11) and, for reference, the ratio to plain JSON decoding.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from boundaries.config import parse_config
from boundaries.simulation.engine import simulate
from boundaries.simulation.events import load_events
from timing import median_of

PARIS = ZoneInfo("Europe/Paris")
DAYS = ("MO", "TU", "WE", "TH", "FR")
VOICEMAILS = [
    "",
    "salut c'est {n} rappelle-moi",
    "hi it's {n} call me back",
    "bonjour c'est {n} je voulais savoir où on en est du dossier {k}",
    "hi it's {n} just checking in on the {k} report how's it going",
    "c'est {n} est-ce que tu pourrais m'envoyer le devis {k}",
    "hi {n} here can we move our meeting {k} to friday",
    "c'est {n} le site {k} est en panne et les inscriptions ferment ce soir",
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
        day = DAYS[i % 5]
        hour = 9 + (i // 5) * 2
        out += [
            "[[client]]",
            f'id = "c{i:02d}"',
            f'name = "Client {i}"',
            f'phones = ["+33 1 40 00 {i:02d} 00"]',
            f'emails = ["c{i}@example.org"]',
            f'standing_calls = [{{ rrule = "FREQ=WEEKLY;BYDAY={day}", start = "{hour:02d}:00",'
            " minutes = 30 }]",
            f"adhoc_calls_per_week = {1 + i % 3}",
        ]
    return "\n".join(out) + "\n"


def write_events(path: Path, clients: int, per_day: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    start = date(2026, 1, 5)
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for d in range(364):
            day = start + timedelta(days=d)
            base = datetime(day.year, day.month, day.day, tzinfo=PARIS)
            seconds = sorted(rng.randrange(7 * 3600, 20 * 3600) for _ in range(per_day))
            for s in seconds:
                m = s // 60
                at = (base + timedelta(seconds=s)).isoformat()
                i = rng.randrange(clients + 2)
                roll = rng.random()
                if i >= clients:  # unknown caller
                    event = {"at": at, "type": "call", "from": f"+33 9 70 00 {i:02d} 11"}
                elif roll < 0.8:
                    text = rng.choice(VOICEMAILS).format(n=f"client{i}", k=rng.randrange(50))
                    event = {
                        "at": at,
                        "type": "call",
                        "from": f"+33 1 40 00 {i:02d} 00",
                        "duration_min": rng.choice([5, 10, 15]),
                        "voicemail": text,
                        "would_press_urgent": rng.random() < 0.01,
                    }
                elif roll < 0.93:
                    event = {
                        "at": at,
                        "type": "email_in",
                        "from": f"c{i}@example.org",
                        "subject": f"Dossier {rng.randrange(50)}",
                        "text": "Bonjour, où en est le dossier ? Merci",
                    }
                elif roll < 0.98:
                    event = {
                        "at": at,
                        "type": "email_out",
                        "to": f"c{i}@example.org",
                        "subject": "Point",
                        "text": "Le dossier est déposé.",
                    }
                else:
                    until = (base + timedelta(minutes=m + 90)).isoformat()
                    event = {"at": at, "type": "away", "until": until}
                fh.write(json.dumps(event, ensure_ascii=False) + "\n")
                n += 1
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--per-day", type=int, default=690, help="events a day (~250k a year)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    config = parse_config(config_text(args.clients))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.jsonl"
        n = write_events(path, args.clients, args.per_day)

        def decode() -> None:
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    json.loads(line)

        def parse() -> None:
            load_events(path, config.consultant.region)

        def run() -> None:
            events = load_events(path, config.consultant.region)
            simulate(config, events, "boundaries")

        json_s, json_cpu = median_of(args.runs, decode)
        parse_s, parse_cpu = median_of(args.runs, parse)
        sim_s, sim_cpu = median_of(args.runs, run)
    print(f"events: {n} (medians of {args.runs} runs; wall clock, then CPU time)")
    print(f"json: {json_s:.3f} s, cpu {json_cpu:.3f} s ({n / json_s:,.0f} events/s)")
    print(f"parse: {parse_s:.3f} s, cpu {parse_cpu:.3f} s ({n / parse_s:,.0f} events/s)")
    print(f"simulate: {sim_s:.3f} s, cpu {sim_cpu:.3f} s ({n / sim_s:,.0f} events/s)")
    print(f"ratio to json decoding = {sim_s / json_s:.2f}")
    print(f"ratio = {sim_s / parse_s:.2f} (simulate / parse; goal <= 2)")
    print(f"cpu ratio = {sim_cpu / parse_cpu:.2f} (simulate / parse, CPU time)")


if __name__ == "__main__":
    main()
