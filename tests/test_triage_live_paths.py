"""The service judges what `boundaries triage` judges (issue 8).

The inbox reader, the replies composed from stored voicemails and the simulator ask the same
questions as the command the triage is measured with: which update answers a status check,
and whether an email whose new text is a line above a long history is urgent. They must get
the same answers, or the figures measured on the command say nothing about the service.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from boundaries.config.loader import load_config
from boundaries.integrations.mail.heard import Updates
from boundaries.integrations.mail.parse import parse
from boundaries.store import StoredEvent
from boundaries.triage.batch import load_updates, triage_line

ROOT = Path(__file__).resolve().parents[1]
MARC = "marc@horizon.example"  # Association Horizon's address in the example configuration
SENT = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
ASKED = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)

UPDATES = [
    (
        "upd-portal",
        "Member portal password resets",
        "Hi Marc, the password reset emails for the member portal go out again: the mail "
        "provider had blocked them, I moved them to the new sending service this morning.",
    ),
    (
        "upd-export",
        "Donations export",
        "Hi Marc, the monthly donations export for the accountant is ready, it is in the "
        "shared folder as usual.",
    ),
    (
        "upd-letter",
        "December newsletter",
        "Hi Marc, the December newsletter is drafted; I still need the photos of the new "
        "premises from Paul.",
    ),
]
# One word in common with the portal update ("member"), about something else entirely: a
# link by that word alone would tell Marc his question was already answered.
OTHER_ITEM = "Hi Claire, did the export of the member list for the insurer go out? Marc"


def _update_file(tmp_path: Path) -> Path:
    path = tmp_path / "updates.jsonl"
    lines = [
        {
            "id": i,
            "to": MARC,
            "subject": s,
            "text": t,
            "at": (SENT + timedelta(hours=n)).isoformat(),
        }
        for n, (i, s, t) in enumerate(UPDATES)
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def _stored_updates() -> Updates:
    config = load_config(ROOT / "examples" / "boundaries.toml")
    rows = [
        StoredEvent(
            "update", SENT + timedelta(hours=n), "sent", "horizon", i,
            {"to": MARC, "subject": s, "text": t},
        )
        for n, (i, s, t) in enumerate(UPDATES)
    ]  # fmt: skip
    return Updates(config, rows)


def _command_answer(tmp_path: Path, text: str) -> dict[str, object]:
    line = json.dumps(
        {"id": "q", "channel": "email", "from": MARC, "text": text, "at": ASKED.isoformat()}
    )
    return triage_line(line, load_updates(_update_file(tmp_path)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OTHER_ITEM, None),
        ("Hi Claire, are the password reset emails reaching our members again? Marc", "upd-portal"),
    ],
)
def test_the_service_links_a_status_check_as_the_command_does(
    tmp_path: Path, text: str, expected: str | None
) -> None:
    answer = _command_answer(tmp_path, text)
    assert answer["intent"] == "status_check"
    assert answer.get("answered_by") == expected
    ref = _stored_updates().answering("horizon", text, "", ASKED, "en")
    assert (ref.id if ref is not None else None) == expected


def test_the_service_answers_with_shared_words_when_the_encoder_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import boundaries.triage.answered_meaning as meaning

    def broken() -> object:
        raise RuntimeError("model file unreadable")

    monkeypatch.setattr(meaning, "encoder", broken)
    ref = _stored_updates().answering("horizon", OTHER_ITEM, "", ASKED, "en")
    assert ref is not None and ref.id == "upd-portal"  # words alone, as before: no crash


def test_an_update_sent_after_the_check_and_before_the_reply_answers_it() -> None:
    # trial34 §4: a voicemail at 10:00 asked where the portal stood, the consultant answered
    # by email at 15:00, and the reply written at 17:00 still "noted the topic"
    config = load_config(ROOT / "examples" / "boundaries.toml")
    answered = SENT.replace(day=26, hour=14)
    rows = [
        StoredEvent(
            "update", answered, "sent", "horizon", "upd-portal",
            {"to": MARC, "subject": UPDATES[0][1], "text": UPDATES[0][2]},
        )
    ]  # fmt: skip
    check = "Hi Claire, are the password reset emails reaching our members again? Marc"
    reply_time = SENT.replace(day=26, hour=16)
    ref = Updates(config, rows, reply_time).answering("horizon", check, "", ASKED, "en")
    assert ref is not None and ref.id == "upd-portal"
    # the same update written after the reply does not answer it then
    late = Updates(config, rows, answered - timedelta(minutes=1))
    assert late.answering("horizon", check, "", ASKED, "en") is None
    # and an update after the check about another item still answers nothing
    assert (
        Updates(config, rows, reply_time).answering("horizon", OTHER_ITEM, "", ASKED, "en") is None
    )


def _raw_email(body: bytes, content_type: bytes = b"text/plain; charset=utf-8") -> bytes:
    return (
        b"From: Marc Dubois <" + MARC.encode() + b">\r\nTo: claire@conseil.example\r\n"
        b"Subject: Re: site\r\nDate: Thu, 26 Nov 2026 09:00:00 +0100\r\n"
        b"Message-ID: <live-1@horizon.example>\r\nContent-Type: " + content_type + b"\r\n\r\n"
        + body
    )  # fmt: skip


def test_the_inbox_judges_the_whole_body_when_the_new_text_is_a_line_above_history() -> None:
    body = (
        b"What do you make of this? Marc\r\n\r\n"
        b"On Thu, Nov 26, 2026 at 7:41 AM Julie Perrin <julie@horizon.example> wrote:\r\n"
        b"> Marc, since this morning the donation page only shows an error 500 and nobody\r\n"
        b"> can give. The December appeal went out to 4,000 people at seven.\r\n"
        b"> Julie\r\n"
    )
    email = parse(_raw_email(body))
    assert email.text == "What do you make of this? Marc"  # what is stored and replied to
    line = json.dumps({"id": "x", "channel": "email", "text": email.triage_text})
    assert triage_line(line)["urgent"] is True
    short = json.dumps({"id": "x", "channel": "email", "text": email.text})
    assert triage_line(short)["urgent"] is False  # what the inbox judged before


@pytest.mark.parametrize(
    ("raw", "content_type", "expected"),
    [
        (b"Le site est en panne, caf\xe9 ferm\xe9", b"text/plain", "café fermé"),
        (b"Co\xfbt : 120 \x80", b"text/plain; charset=us-ascii", "Coût : 120 €"),
        (b"R\xe9union \xa4", b"text/plain; charset=iso-8859-15", "Réunion €"),
        ("Réunion à 10 h".encode(), b"text/plain; charset=utf-8", "Réunion à 10 h"),
    ],
)
def test_a_body_in_a_legacy_encoding_is_read_not_mangled(
    raw: bytes, content_type: bytes, expected: str
) -> None:
    email = parse(_raw_email(raw, content_type))
    assert expected in email.text and "\ufffd" not in email.text
