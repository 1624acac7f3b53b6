"""Newcomer21/22's content-free kinds, in words of our own: a call-back padded with where the
caller is and fillers ("em", "eh", "aye"), or asking to call back a named person, says
nothing more; a call-back that tells what arrived or happened says something."""

from __future__ import annotations

import pytest

from tests.triage_support import triage

CONTENT_FREE = [
    (
        "voicemail",
        "aye hi it's Fiona from the Bright Start playgroup in Motherwell, em, just "
        "returning your call, eh, give us a ring",
    ),
    (
        "voicemail",
        "oui bonjour, cabinet vétérinaire des Acacias, merci de rappeler le docteur Lemaire, merci",
    ),
    ("voicemail", "hello, surgery here, could you call Dr Okafor back when you can"),
]

SAYS_SOMETHING = [
    ("sms", "ring me!! the new signage came in and it looks brilliant"),
    ("voicemail", "salut c'est Nico, le colis est arrivé, rappelle-moi"),
]


@pytest.mark.parametrize(("channel", "text"), CONTENT_FREE)
def test_a_call_back_with_only_who_and_where_is_content_free(channel: str, text: str):
    answer = triage(text, channel)
    assert answer["content_free"] and answer["topic"] == "", answer["reasons"]


@pytest.mark.parametrize(("channel", "text"), SAYS_SOMETHING)
def test_a_call_back_that_tells_what_happened_is_not_content_free(channel: str, text: str):
    answer = triage(text, channel)
    assert not answer["content_free"] and answer["topic"], answer["reasons"]
