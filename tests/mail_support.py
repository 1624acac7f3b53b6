"""Shared pieces of the mail tests: a config pointing at the test servers, stored messages."""

from __future__ import annotations

import email
from datetime import datetime
from email.policy import default as DEFAULT_POLICY
from typing import Any

from boundaries.config import parse_config
from boundaries.domain.model import Config
from boundaries.store import Store, StoredEvent
from boundaries.triage import Message, classify
from tests.conftest import EXAMPLES


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
