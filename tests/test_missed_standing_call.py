"""A client who rings for their own standing call while the consultant is away (SPEC §3: in
its slot a client's call rings; §10: deferral replies) left no message to defer: no reply asks
them what the call was about or says the call took place, and the figures do not count it
as a voicemail that said nothing (a newcomer's replay of the shipped example, session 24:
velo's three "content-free" voicemails were all the consultant's missed calls)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.domain.replies import deferral_replies
from tests.conftest import EXAMPLES
from tests.mail_support import at
from tests.test_mail_compose import CALENDAR, CONFIG, vm

CONFIG_FILE = str(EXAMPLES / "boundaries.toml")


def test_a_silent_voicemail_in_the_client_s_own_slot_gets_no_deferral_reply():
    # horizon's standing call is Friday 10:00 (slot from 09:50): Friday is 3 days after at()'s
    silent = vm("a", at(9, 55, days=3), "", content_free=True)
    assert deferral_replies(CONFIG, CALENDAR, [silent], at(23, 0, days=3)) == []
    # the same silence outside the slot is asked what it is about, as before
    later = vm("b", at(11, 30, days=3), "", content_free=True)
    [reply] = deferral_replies(CONFIG, CALENDAR, [later], at(23, 0, days=3))
    assert reply.caused_by == ("b",)
    # in the slot, a voicemail that says what it is about is still answered
    said = vm("c", at(9, 55, days=3), "c'est marc, c'est pour le budget 2027", topic="budget")
    [reply] = deferral_replies(CONFIG, CALENDAR, [said], at(23, 0, days=3))
    assert reply.caused_by == ("c",)


def _events(tmp_path: Path) -> Path:
    # the shipped example's lines 32 and 34: away 14:30-16:30, velo rings at its Thursday
    # 16:00 standing call and, unanswered, leaves nothing
    path = tmp_path / "events.jsonl"
    rows = [
        {"at": "2026-10-15T14:30:00+02:00", "type": "away", "until": "2026-10-15T16:30:00+02:00"},
        {
            "at": "2026-10-15T16:00:00+02:00",
            "type": "call",
            "from": "04 72 00 11 22",
            "duration_min": 20,
            "voicemail": "",
        },
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_the_replay_sends_velo_nothing_for_the_call_the_consultant_missed(tmp_path: Path):
    events = _events(tmp_path)
    result = CliRunner().invoke(
        cli, ["simulate", "--config", CONFIG_FILE, "--events", str(events), "--mail"]
    )
    assert result.exit_code == 0, result.output
    assert "de quoi il s'agit" not in result.output
    assert "0 réponse différée" in result.output  # the example speaks French


def test_the_report_does_not_count_the_missed_call_as_a_voicemail_that_said_nothing(
    tmp_path: Path,
):
    events = _events(tmp_path)
    result = CliRunner().invoke(
        cli, ["report", "--config", CONFIG_FILE, "--events", str(events), "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    velo = next(c for c in data["clients"] if c["id"] == "velo")
    assert velo["voicemails"] == 1 and velo["content_free"] == 0
