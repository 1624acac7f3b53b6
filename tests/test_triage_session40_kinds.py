"""Kinds found in session 40: blind sets newcomer78, newcomer79 and realtext32, and the
content-free call-backs left from newcomer76.

Content-free: asking to be tried on another line ("could you try me on the mobile
instead", « essayez plutôt sur mon portable », « tu peux essayer de me joindre sur le
portable ») says nothing beyond a call back; with a matter named beside it, it is that
matter's call.
"""

from __future__ import annotations

import pytest

from tests.triage_support import triage

AT = "2026-12-03T10:00:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "hi it's dan could you try me on the mobile instead thanks",
        "bonjour c'est dan essayez plutôt sur mon portable merci",
        "salut c'est dan tu peux essayer de me joindre sur le portable plutôt merci",
    ],
)
def test_another_line_asked_for_is_content_free(text: str) -> None:
    answer = triage(text, "voicemail", at=AT)
    assert answer["content_free"], answer["reasons"]
    assert answer["intent"] == "unknown"


def test_another_line_beside_a_matter_is_its_call() -> None:
    answer = triage(
        "bonjour c'est dan de la pharmacie le serveur des ordonnances est planté essayez de "
        "me joindre sur le portable",
        "voicemail",
        at=AT,
    )
    assert not answer["content_free"]
    assert answer["intent"] == "scheduling"
    assert answer["urgent"], answer["reasons"]
