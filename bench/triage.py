"""Triage throughput: the whole `boundaries triage` process against plain JSON parsing.

Writes N distinct messages (voicemails, emails, texts in French and English, with names,
numbers and topics varied so that no two are alike), then times, in this run and on one
core where `taskset` exists:

- json: a Python process that only decodes the same lines (one core);
- triage: `boundaries triage < messages > /dev/null` (rules and the learned second opinion)
  on every core this process may use (batches after the first go to worker processes,
  `triage/parallel.py`), then on one core;
- rules only: `boundaries triage --rules-only` on the same messages, one core, to show what
  the second opinion costs in this run;
- start-up: `boundaries triage < /dev/null`.

Prints messages per second (goal >= 1,000) on the usable cores and on one, the ratio
triage / json, and the start-up time (goal < 0.5 s).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMES = ["marc", "sophie", "dave", "jen", "karim", "élodie", "tom", "linda", "paul", "inès"]
TOPICS_FR = ["budget", "dossier de subvention", "rapport d'activité", "site", "convention"]
TOPICS_EN = ["grant report", "budget", "website", "volunteer survey", "bylaws"]
TEMPLATES = [
    ("voicemail", "salut c'est {n} rappelle-moi au {num}"),
    ("voicemail", "bonjour c'est {n} je voulais savoir où on en est du {tf} numéro {k}"),
    ("voicemail", "hi it's {n} just checking in on the {te} {k} how's it going"),
    ("voicemail", "hey it's {n} the {te} portal closes at five today and file {k} is missing"),
    ("email", "Bonjour Claire,\n\nPourriez-vous m'envoyer le {tf} {k} ?\n\nMerci,\n{n}"),
    ("email", "Hi Claire,\n\nCan we move our call to Friday {k}?\n\nThanks,\n{n}"),
    ("sms", "{n}: le site {k} est en panne depuis ce matin !"),
    ("sms", "fyi the {te} {k} went out, thx {n}"),
]


def write_messages(path: Path, n: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            channel, template = rng.choice(TEMPLATES)
            text = template.format(
                n=rng.choice(NAMES),
                num=f"06 {rng.randrange(10, 99)} {rng.randrange(10, 99)} {i % 100:02d}",
                tf=rng.choice(TOPICS_FR),
                te=rng.choice(TOPICS_EN),
                k=i,
            )
            msg = {
                "id": str(i),
                "channel": channel,
                "text": text,
                "at": "2026-11-10T10:00:00+01:00",
            }
            fh.write(json.dumps(msg, ensure_ascii=False) + "\n")


def timed(cmd: list[str], stdin: Path | None, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        with stdin.open("rb") if stdin else open("/dev/null", "rb") as fh:
            t0 = time.perf_counter()
            subprocess.run(cmd, stdin=fh, stdout=subprocess.DEVNULL, check=True)
            best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    triage = [sys.executable, "-m", "boundaries", "triage"]
    decode = [
        *pin,
        sys.executable,
        "-c",
        "import json, sys\nfor line in sys.stdin: json.loads(line)",
    ]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "messages.jsonl"
        write_messages(path, args.messages)
        json_s = timed(decode, path, args.runs)
        triage_s = timed(triage, path, args.runs)
        one_core_s = timed([*pin, *triage], path, args.runs) if pin else triage_s
        rules_s = timed([*pin, *triage, "--rules-only"], path, args.runs)
        startup_s = timed(triage, None, max(args.runs, 5))
    rate = args.messages / triage_s
    print(f"messages: {args.messages}; cores this process may use: {cores}")
    print(f"json (one core): {json_s:.3f} s")
    print(f"triage ({cores} cores): {triage_s:.3f} s = {rate:,.0f} messages/s (goal >= 1,000)")
    print(f"ratio = {triage_s / json_s:.2f} (triage / json parsing)")
    if pin:
        print(
            f"triage (one core): {one_core_s:.3f} s = {args.messages / one_core_s:,.0f} "
            f"messages/s; ratio = {one_core_s / json_s:.2f}"
        )
    print(
        f"rules only (one core): {rules_s:.3f} s = {args.messages / rules_s:,.0f} messages/s; "
        f"the second opinion costs {one_core_s / rules_s:.2f}x"
    )
    print(f"start-up: {startup_s:.3f} s (goal < 0.5 s)")


if __name__ == "__main__":
    main()
