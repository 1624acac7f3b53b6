"""A long rambling voicemail with its news in the middle (newcomer25, newcomer26): the learned
second opinion reads stretches of the transcript on their own, so a greeting, the weather
and the week's gossip do not dilute "the walk-in freezer died". A voicemail that rambles about
nothing stays not urgent. In words of our own."""

from __future__ import annotations

from boundaries.triage.model import Message
from boundaries.triage.second_opinion import WINDOW_CHARS, model_passages
from tests.triage_support import triage

BURIED = (
    "hey it's Priya at Lakeside Sound, uh, hope you had a lovely weekend, the weather was "
    "gorgeous here, we went up the lake, so, the choir session tomorrow, the big one, the hire "
    "lot just phoned and the mics and the desk won't turn up, someone nicked their van. Sixty "
    "singers walking in at ten. Anyway, how's the family, how did your lad get on with his "
    "exams? Ring me when you can."
)
IDLE = (
    "hey it's Priya at Lakeside Sound, uh, hope you had a lovely weekend, the weather was "
    "gorgeous here, we went up the lake, so, the choir session went really well on Friday, "
    "the sixty singers loved the room and the mixes come next week. Anyway, how's the family, "
    "how did your lad get on with his exams? Ring me when you can."
)


def test_news_buried_in_a_rambling_voicemail_is_found():
    answer = triage(BURIED, "voicemail")
    assert answer["urgent"], answer["reasons"]


def test_a_rambling_voicemail_about_nothing_stays_calm():
    answer = triage(IDLE, "voicemail")
    assert not answer["urgent"], answer["reasons"]


def test_only_voicemails_are_read_in_stretches():
    spoken = model_passages(Message("m", "voicemail", BURIED))
    written = model_passages(Message("m", "email", BURIED))
    assert len(spoken) > len(written)
    assert all(len(p) <= WINDOW_CHARS for p in spoken[len(written) :])
