"""Writes the files the README's tour uses: examples/messages.jsonl (what clients said, for
`boundaries triage`), examples/sent.jsonl (the consultant's own updates, for `--updates`) and
examples/voicemail.wav (a spoken English voicemail, for `boundaries transcribe`).

The JSON Lines files are deterministic; the recording is synthesised with Debian's espeak-ng
and sox (`apt-get install espeak-ng sox`). All three are committed, so the tour needs none of
this; run it again after changing it:

    python examples/make_tour_files.py
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The consultant's updates, sent before the messages below arrived.
SENT = [
    {
        "id": "update-2026-11-23-harbor",
        "to": "jen@harboryoutharts.example",
        "subject": "Grant report sent to the foundation",
        "text": "Hi Jen, the grant report went to the foundation this afternoon; they confirmed "
        "receipt and will answer by mid-December. Claire",
        "at": "2026-11-23T16:10:00+01:00",
    },
    {
        "id": "update-2026-11-24-horizon",
        "to": "marc@horizon.example",
        "subject": "Migration du site : terminée",
        "text": "Bonjour Marc, la migration du site est terminée et les anciennes adresses "
        "redirigent vers les nouvelles pages. Claire",
        "at": "2026-11-24T11:30:00+01:00",
    },
]

# What clients said: a voicemail, an email, a text each, in French and English.
MESSAGES = [
    {
        "id": "vm-1",
        "channel": "voicemail",
        "text": "salut c'est marc rappelle-moi",
        "from": "+33123456789",
        "at": "2026-11-25T09:12:00+01:00",
    },
    {
        "id": "mail-1",
        "channel": "email",
        "subject": "Grant report?",
        "text": "Hi Claire, where are we with the grant report? Has it gone to the foundation "
        "yet? Thanks, Jen",
        "from": "jen@harboryoutharts.example",
        "at": "2026-11-25T09:40:00-05:00",
    },
    {
        "id": "sms-1",
        "channel": "sms",
        "text": "Le site ne répond plus depuis ce matin et les inscriptions ferment ce soir à "
        "minuit, peux-tu regarder ?",
        "from": "+33472001122",
        "at": "2026-11-25T10:05:00+01:00",
    },
    {
        "id": "mail-2",
        "channel": "email",
        "subject": "Migration du site",
        "text": "Bonjour Claire, où en est la migration du site ? Marc",
        "from": "marc@horizon.example",
        "at": "2026-11-25T14:20:00+01:00",
    },
    {
        "id": "vm-2",
        "channel": "voicemail",
        "text": "hi it's jen could we move friday's call to next week the board meets that day",
        "from": "+12125550147",
        "at": "2026-11-26T08:30:00-05:00",
    },
]

SPOKEN = "Hi Claire, it's Jen from Harbor Youth Arts. Please call me back about the grant report."


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )


def write_voicemail(path: Path) -> None:
    """16 kHz mono 16-bit WAV of `SPOKEN` (an English voice, as pocketsphinx expects)."""
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed for {path.name}. Fix: apt-get install espeak-ng sox")
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.wav"
        subprocess.run(
            ["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(raw), SPOKEN], check=True
        )
        subprocess.run(
            ["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(path)], check=True
        )


def main() -> None:
    write_jsonl(HERE / "sent.jsonl", SENT)
    write_jsonl(HERE / "messages.jsonl", MESSAGES)
    write_voicemail(HERE / "voicemail.wav")


if __name__ == "__main__":
    main()
