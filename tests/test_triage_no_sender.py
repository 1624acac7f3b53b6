"""A message with no sender is not relabelled a status check by some client's update
(SPEC §5: answered-by is about the same client's matter; issue 8, an eleventh outside
tester): "could we get the rota updated before Saturday?" stays a request."""

from __future__ import annotations

import json
from pathlib import Path

from boundaries.triage.batch import load_updates, triage_batch

UPDATE = {
    "id": "u-rota",
    "to": "kate@shelter.example",
    "subject": "Volunteer rota rebuilt",
    "text": "Hi Kate,\n\nThe volunteer rota is rebuilt in the shared calendar.\n\nSam",
    "at": "2026-06-05T10:00:00Z",
}
CHECK = (
    "Hello,\n\nCould we get the volunteer rota updated before Saturday? Two of our drivers "
    "are away.\n\nThanks,\nIrene"
)


def _answer(tmp_path: Path, sender: str | None) -> dict[str, object]:
    path = tmp_path / "updates.jsonl"
    path.write_text(json.dumps(UPDATE) + "\n", encoding="utf-8")
    message = {"id": "m", "channel": "email", "text": CHECK, "subject": "rota"}
    message["at"] = "2026-06-10T09:00:00Z"
    if sender:
        message["from"] = sender
    return triage_batch([json.dumps(message)], load_updates(path))[0]


def test_no_sender_is_not_relabelled_by_another_clients_update(tmp_path: Path) -> None:
    got = _answer(tmp_path, None)
    assert got["intent"] == "request", got["reasons"]
    assert got.get("answered_by") is None
