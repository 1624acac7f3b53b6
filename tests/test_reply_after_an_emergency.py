"""trial51 §5: on the day a client pressed 1 or left an urgent message, its deferral reply for
that day's other voicemails still ended "If something is genuinely urgent, call and press 1":
a lecture to a client who just did. The line is left out that day, and kept on others."""

from __future__ import annotations

from dataclasses import replace

from boundaries.config import parse_config
from boundaries.domain.replies import deferral_replies
from boundaries.domain.schedule import Calendar
from tests.conftest import EXAMPLES
from tests.mail_support import at, triaged

CONFIG = parse_config((EXAMPLES / "boundaries.toml").read_text(encoding="utf-8"))
CALENDAR = Calendar(CONFIG)
URGENT_LINE = "appuyez sur 1"


def _reply_text(heard: list) -> str:
    [reply] = deferral_replies(CONFIG, CALENDAR, heard, at(18))
    return " ".join(reply.letter.text.split())


def test_a_reply_the_day_of_an_emergency_leaves_out_the_urgent_line():
    topic = triaged("v1", at(9), "c'est Marc, c'est pour le budget 2027", "horizon", "voicemail")
    pressed = replace(
        triaged("v2", at(11), "c'est Marc, rappelle-moi", "horizon", "voicemail"), urgent=True
    )
    assert URGENT_LINE not in _reply_text([topic, pressed])


def test_a_reply_on_an_ordinary_day_keeps_the_urgent_line():
    topic = triaged("v1", at(9), "c'est Marc, c'est pour le budget 2027", "horizon", "voicemail")
    assert URGENT_LINE in _reply_text([topic])
