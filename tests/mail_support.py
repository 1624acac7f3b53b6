"""Shared pieces of the mail tests: a config pointing at the test servers, stored messages."""

from __future__ import annotations

import email
from datetime import datetime, timedelta
from email.policy import default as DEFAULT_POLICY
from typing import Any
from zoneinfo import ZoneInfo

from boundaries.config import parse_config
from boundaries.domain.heard import Heard
from boundaries.domain.model import Config
from boundaries.store import Store, StoredEvent
from boundaries.triage import Message, classify
from tests.conftest import EXAMPLES

PARIS = ZoneInfo("Europe/Paris")
TUESDAY = datetime(2026, 12, 1, tzinfo=PARIS)
"""The mail tests' day: standing calls are horizon Fri 10:00 and harbor Thu 16:00 (Paris)."""


def at(hh: int, mm: int = 0, days: int = 0) -> datetime:
    """`hh:mm` Paris time, `days` after Tuesday 1 December 2026."""
    return TUESDAY + timedelta(days=days, hours=hh, minutes=mm)


def crlf(text: str, encoding: str = "utf-8") -> bytes:
    """A raw message as a mail server holds it: CRLF line ends, encoded."""
    return text.strip("\n").replace("\n", "\r\n").encode(encoding) + b"\r\n"


def example_with_mail(mail: str, service: str = "") -> tuple[str, Config]:
    """The example configuration with a [mail] section (and extra [service] lines)."""
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    if service:
        text = text.replace("[service]\n", "[service]\n" + service + "\n")
    text += "\n[mail]\n" + mail + "\n"
    return text, parse_config(text)


def voicemail(
    store: Store, account: int, sid: str, client: str | None, at: datetime, said: str
) -> None:
    """A transcribed voicemail, stored as the telephony gateway stores it."""
    verdict = classify(Message(sid, "voicemail", said, at=at))
    store.record(
        account,
        [
            StoredEvent(
                kind="transcription",
                at=at,
                action="urgent" if verdict.urgent else str(verdict.intent),
                client=client,
                sid=sid,
                detail={"status": "completed", "text": said, "triage": verdict.as_json(sid)},
            )
        ],
    )


def parsed(record: dict[str, Any]) -> email.message.EmailMessage:
    """A message the SMTP test server received, parsed."""
    msg = email.message_from_string(str(record["data"]), policy=DEFAULT_POLICY)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def triaged(sid: str, when: datetime, words: str, client: str, channel: str = "email") -> Heard:
    """A message with every field the live service takes from the triage's verdict."""
    v = classify(Message(sid, channel, words, at=when))
    return Heard(
        sid,
        client,
        when,
        channel,
        words,
        content_free=v.content_free,
        urgent=v.urgent,
        intent=str(v.intent),
        topic=v.topic,
        moves_call=v.moves_call,
        moved=v.moved,
        nothing_to_discuss=v.nothing_to_discuss,
    )
