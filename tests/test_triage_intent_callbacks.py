"""A call-back asked in dialect or in text-speak says no more than who is calling (SPEC §5,
content-free), however it is put (newcomer19 M10, newcomer20 M4): a "bell" with a word
before it, "gi'"/"giz" for "give us", being asked to drop or flick a text, "try me back",
« on a essayé de vous joindre », and a blessing as the goodbye."""

from __future__ import annotations

import pytest

from tests.triage_support import triage


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("och it's Fiona, gie us a wee ring when ye're free, ta", "voicemail"),
        ("alright it's Gaz, giz a quick bell when you can", "voicemail"),
        ("hiya its Tania, drop us a text when ur about", "sms"),
        ("hey Sam it's Rangi, flick me a msg when you get a chance", "sms"),
        ("hello it's Priti, try me back on my mobile please, thanks", "voicemail"),
        (
            "bonjour c'est Aminata, nous avons tenté de vous joindre, rappelez-nous, Dieu vous "
            "bénisse",
            "voicemail",
        ),
    ],
)
def test_a_call_back_in_any_words_is_content_free(text: str, channel: str) -> None:
    got = triage(text, channel)
    assert got["content_free"] is True, got["reasons"]
    assert got["intent"] == "unknown"
    assert got["topic"] == ""


def test_did_you_get_a_call_back_is_no_call_back_request() -> None:
    got = triage("Did you get a call back from the bank about the overdraft?", "sms")
    assert got["content_free"] is False, got["reasons"]
