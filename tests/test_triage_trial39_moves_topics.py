"""trial39 §1 and §2, as kinds in words of our own: everyday ways of moving or calling off a
call put it in question (the reply then offers no call the client said is off), with the other
matter kept as the topic; and topics a client would read back that name nothing: a subject
line that names nothing the body asks, the words that announce another matter, "otherwise
nothing special"."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

WEDNESDAY = "2026-12-09T10:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "matter"),
    [
        ("Hi it's Sam, the call is off this week, I'm at a conference. Nothing urgent.", ""),
        (
            "Could we do the call on Friday instead? We also need to talk about the grant budget.",
            "grant budget",
        ),
        (
            "Can we push Thursday's call back an hour? Also the board wants the audit letter.",
            "audit letter",
        ),
        (
            "Hi Claire, postponing Thursday. Will the membership report be ready?",
            "membership report",
        ),
        (
            "jeudi ça ne va pas être possible pour moi, on se cale un autre créneau ? Et j'ai "
            "besoin du rapport annuel pour le CA.",
            "rapport annuel",
        ),
        ("c'est Paul, pas de point cette semaine, je suis souffrant.", ""),
        ("salut c'est Paul, on avance le point à mercredi ? sinon rien de particulier", ""),
        (
            "Bonjour c'est Paul, je ne serai pas joignable jeudi matin, on décale à 15 h ? Il y a "
            "aussi la révision du loyer à voir.",
            "révision du loyer",
        ),
        (
            "Merci. Du coup pour jeudi, on peut le décaler à 16 h ? Et il faudrait parler du "
            "stagiaire de janvier.",
            "stagiaire de janvier",
        ),
    ],
)
def test_a_call_moved_or_called_off_in_everyday_words_is_put_in_question(text, matter):
    said = rules(text, "voicemail", at=WEDNESDAY)
    assert said.get("moves_call"), said
    if matter:
        assert matter in said["topic"].lower(), said["topic"]
    assert said["topic"].lower() not in ("sinon", "travelling", "souffrant"), said["topic"]


def test_a_meeting_said_cancelled_with_no_sign_it_is_ours_is_not_our_call():
    said = rules("La réunion est annulée.", "email", at=WEDNESDAY)
    assert not said.get("moves_call"), said


@pytest.mark.parametrize(
    ("subject", "text", "topic"),
    [
        (
            "Fwd address",
            "Hi, it's Sam from my phone. Where are we on the volunteer handbook?",
            "volunteer handbook",
        ),
        ("Sent from my iPhone", "Where are we on the volunteer handbook?", "volunteer handbook"),
        ("RE: Point d'étape", "Pouvez-vous me dire où en est le bail du local ?", "bail du local"),
    ],
)
def test_a_subject_that_names_nothing_the_body_asks_yields_to_the_body(subject, text, topic):
    said = rules(text, "email", at=WEDNESDAY, subject=subject)
    assert topic in said["topic"].lower(), said["topic"]


@pytest.mark.parametrize(
    ("subject", "text", "topic"),
    [
        ("Invoice 318", "It still shows the old VAT number, can you fix it?", "invoice 318"),
        ("Budget 2027", "Can we go through it on Friday?", "budget 2027"),
    ],
)
def test_a_subject_stays_the_topic_when_the_body_asks_about_it(subject, text, topic):
    said = rules(text, "email", at=WEDNESDAY, subject=subject)
    assert said["topic"].lower() == topic, said["topic"]


def test_an_attachment_alone_has_no_topic():
    assert rules("", "email", at=WEDNESDAY, subject="Pièce jointe")["topic"] == ""


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Separately the venue contract needs your eyes before Friday.", "venue contract"),
        ("Au passage, le devis du traiteur est arrivé.", "devis du traiteur"),
        ("Par ailleurs, le bail du local arrive à échéance.", "bail du local"),
    ],
)
def test_the_words_announcing_another_matter_are_no_part_of_its_topic(text, topic):
    said = rules(text, "email", at=WEDNESDAY)["topic"].lower()
    assert said.startswith(topic) and not said.startswith(("separately", "passage", "ailleurs"))


@pytest.mark.parametrize(
    ("channel", "text", "topic"),
    [
        (
            "voicemail",
            "bonjour c'est Paul il faudrait parler de la trésorerie et du rapport annuel merci",
            "trésorerie et rapport annuel",
        ),
        (
            "voicemail",
            "hi it's Sam we need to discuss the catering and the venue contract",
            "catering and venue contract",
        ),
    ],
)
def test_two_matters_named_together_are_both_the_topic(channel, text, topic):
    """trial40 §1: « le budget 2027 et le rapport d'activité » kept the second alone; the
    reply told the client only that one was noted."""
    assert rules(text, channel, at=WEDNESDAY)["topic"].lower() == topic


@pytest.mark.parametrize(
    "text",
    [
        "hi it's Dave and the website is down",
        "salut c'est Marc et le serveur est tombé",
        "I called and the line was busy",
    ],
)
def test_a_name_or_a_verb_before_and_is_no_first_matter(text):
    said = rules(text, "voicemail", at=WEDNESDAY)["topic"].lower()
    assert " and " not in said and " et " not in said, said
