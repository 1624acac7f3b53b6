"""Intent and content-free kinds a tenth outside tester found (issue 8, session 9), with
further wordings of each: a call-back said in other words ("give me a shout", « faut
vraiment que vous me rappeliez »), a meeting called off, a need said without a question, a
question that asks for an answer rather than where work stands, a topic named by "re the …" or
by the email's subject, something told as having happened beside a call-back, and a
signature whose fields are separated by bars."""

from __future__ import annotations

import json

import pytest

from boundaries.triage.batch import triage_line
from boundaries.triage.mail import read_mail


def triage(text: str, channel: str = "voicemail", subject: str = "") -> dict[str, object]:
    data = {"id": "m", "channel": channel, "text": text}
    if subject:
        data["subject"] = subject
    return triage_line(json.dumps(data))


@pytest.mark.parametrize(
    "text",
    [
        "yeah hey it's rob from rob's plumbing uh the scheduling app logged everybody out and "
        "none of my guys can see their jobs so um give me a shout",
        "euh oui c'est gérard c'est la troisième fois que j'appelle faut vraiment que vous me "
        "rappeliez c'est pour la couleur des boutons",
        "c'est encore moi faut vraiment qu'on parle du flyer pour la kermesse de juin",
        "Réunion annulée demain, le maire est malade. On reporte.",
        "down with flu, cancel tmrw pls",
        "call me re the grant",
    ],
)
def test_scheduling(text: str) -> None:
    got = triage(text)
    assert got["intent"] == "scheduling", got["reasons"]
    assert got["content_free"] is False


@pytest.mark.parametrize(
    "text",
    [
        "besoin du kbis scanné pr la banque d'ici la fin du mois stp",
        "hi it's nora from the school the inspection is next month and we want the website "
        "policies page checked before then",
        "I need your decision on whether we keep the old booking system running for a month.",
        "We're thinking of switching card terminals in the autumn. Any recommendation?",
        "Pouvez-vous me confirmer que le contrat de maintenance couvre aussi les week-ends ?",
        "What's your policy if the site goes down at the weekend?",
        "whats the password for the admin panel again",
        "Could you quote for linking our loyalty cards to the tills?",
    ],
)
def test_request(text: str) -> None:
    got = triage(text, channel="email")
    assert got["intent"] == "request", got["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Pouvez-vous me dire où en est le dossier de subvention ?",
        "Camille, can you join a Zoom at 4pm with our accountant?",
        "Could you suggest a few times that would work for you?",
    ],
)
def test_what_is_not_a_request(text: str) -> None:
    assert triage(text, channel="email")["intent"] != "request"


def test_something_told_as_having_happened_beside_a_call_back_is_not_content_free() -> None:
    got = triage("hi it's rob the scheduling app logged everybody out give me a shout")
    assert got["content_free"] is False and got["intent"] == "scheduling", got["reasons"]
    calm = triage("hi it's rob from rob's plumbing give me a shout")
    assert calm["content_free"] is True, calm["reasons"]


def test_a_subject_that_names_something_gives_a_call_back_its_topic() -> None:
    got = triage("Call me please.\n\nDan", channel="email", subject="Invoice #203")
    assert got["content_free"] is False and got["intent"] == "scheduling", got["reasons"]


@pytest.mark.parametrize("subject", ["call me", "Demande de rappel", "Re: planning", "ping"])
def test_a_subject_that_only_asks_for_a_call_or_answers_a_thread_names_nothing(
    subject: str,
) -> None:
    assert triage("Call me please.\n\nDan", channel="email", subject=subject)["content_free"]


def test_a_signature_with_fields_between_bars_is_not_the_message() -> None:
    body = (
        "Hi Sam,\n\nPlease give me a call when you have a moment.\n\nThanks,\nRob\n\n"
        "Rob Hart | Owner | Hart Roofing Ltd\nT: 01632 960 123 | www.hartroofing.example\n"
        "Registered in England No. 01234567"
    )
    assert "Hart Roofing" not in read_mail(body).new
    assert triage(body, channel="email")["content_free"] is True


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("salut c'est marc on peut décaler le point de vendredi à lundi", "point de vendredi"),
        (
            "hi it's jen could we move friday's call to next week the board meets that day",
            "friday's call",
        ),
        ("Could we reschedule the weekly check in? Something came up.", "weekly check in"),
    ],
)
def test_a_meeting_moved_is_the_topic_with_its_day(text: str, topic: str) -> None:
    """The topic is quoted to the client in replies and agendas: the meeting being moved,
    not "point" alone or a word of the reason ("board meets")."""
    got = triage(text)
    assert got["intent"] == "scheduling", got["reasons"]
    assert got["topic"] == topic


def test_tu_pourrais_m_envoyer_is_a_request_by_the_rules() -> None:
    text = "c'est marc est-ce que tu pourrais m'envoyer le modèle de convention de partenariat"
    assert triage(text)["intent"] == "request"
