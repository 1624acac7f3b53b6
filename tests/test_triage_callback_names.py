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
    # newcomer33/34: "gimme a holler", « une fois que vous avez cinq minutes »
    ("voicemail", "yeah hi it's Lou-Ann... uh... gimme a holler when you get a sec"),
    ("sms", "Gaëtan ici. Rappelez-moi svp, une fois que vous avez cinq minutes"),
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


# newcomer32: with one content word left after the greeting, that word was taken for a name
# the greeting missed; a word after a determiner is a thing, one after "from the" is whom the
# caller is with.
ONE_THING_TOLD = [
    ("voicemail", "hi it's Jen great news we got the grant"),
    ("voicemail", "morning this is Raj we got the keys"),
    ("sms", "coucou c'est Léa on a eu la subvention"),
]
ONLY_WHO = [
    ("voicemail", "hi it's Jen from the foundation"),
    ("voicemail", "bonjour c'est Marc de la mairie"),
    ("voicemail", "hello this is Dave Pritchard"),
    ("sms", "ok so the thing is"),  # newcomer34: half a message, its second half to come
]


@pytest.mark.parametrize(("channel", "text"), ONE_THING_TOLD)
def test_one_thing_told_after_a_greeting_is_not_taken_for_a_name(channel: str, text: str):
    answer = triage(text, channel)
    assert not answer["content_free"] and answer["intent"] == "info", answer["reasons"]
    assert answer["topic"], answer["reasons"]


@pytest.mark.parametrize(("channel", "text"), ONLY_WHO)
def test_who_is_calling_and_with_whom_is_still_content_free(channel: str, text: str):
    answer = triage(text, channel)
    assert answer["content_free"], answer["reasons"]
