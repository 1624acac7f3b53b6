"""A topic is quoted to the client in replies and agendas (SPEC §5, §10): it is a phrase of
the client's own, written as they wrote it, never a word that only says how pressing the
message is, a lone word naming the kind of exchange, nor the tail of a phrase."""

from __future__ import annotations

import pytest

from boundaries.triage import Message, classify
from boundaries.triage.text import normalise, tokens


def topic(text: str, channel: str = "voicemail", subject: str = "") -> str:
    return classify(Message("t", channel, text, subject=subject)).topic


PRESSING = {
    "urgent",
    "urgente",
    "urgence",
    "urgentissime",
    "emergency",
    "grave",
    "asap",
    "rush",
    "important",
    "importante",
    "prioritaire",
    "priority",
    "presse",
}


@pytest.mark.parametrize(
    ("text", "channel", "subject"),
    [
        ("merci pour la facture, rien d'urgent", "email", "Test"),
        ("merci pour la facture, rien d'urgent", "email", ""),
        ("bonjour c'est paul, rien de grave, juste pour le planning", "voicemail", ""),
        ("hi it's jen, nothing urgent, no rush at all, the invoice is paid", "voicemail", ""),
        ("pas urgentissime mais important", "email", ""),
        ("URGENCE rappelle", "sms", ""),
        ("Rien ne presse, le devis peut attendre", "email", "Facture"),
        ("ce n'est pas prioritaire, c'est pour la newsletter", "voicemail", ""),
        ("not an emergency, just the rota for December", "sms", ""),
        ("It's important but not ASAP: the logo files", "email", ""),
    ],
)
def test_no_word_that_only_says_how_pressing_becomes_a_topic(text, channel, subject):
    got = topic(text, channel, subject)
    assert not set(tokens(normalise(got))) & PRESSING, got


def test_nothing_urgent_thank_you_names_the_invoice_not_urgent():
    assert topic("merci pour la facture, rien d'urgent", "email", "Test") == "facture"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("c'est marc est-ce que le rapport d'activité est parti", "rapport d'activité"),
        ("c'est marc tu as reçu la facture de l'hébergeur ?", "facture de l'hébergeur"),
        ("c'est marc, le rendez-vous chez le notaire est confirmé ?", "notaire"),
    ],
)
def test_a_topic_keeps_the_elisions_and_hyphens_the_client_wrote(text, expected):
    assert expected in topic(text)


def test_a_topic_is_the_whole_phrase_a_cue_ends_in_not_its_tail():
    got = topic("c'est marc tu peux m'envoyer le devis pour la refonte du site")
    assert got == "devis pour la refonte du site"


@pytest.mark.parametrize(
    ("text", "channel", "subject"),
    [
        ("Salut Claire, on peut faire un point demain ? Marc", "email", "Réunion"),
        ("Salut Claire, on peut faire un point demain ? Marc", "email", "Rendez-vous"),
        ("hi, can we have a quick call tomorrow? Jen", "email", "Meeting"),
        ("c'est marc, tu peux me passer un petit coup de fil ?", "voicemail", ""),
        ("c'est marc, j'ai une petite question, rappelle-moi", "voicemail", ""),
    ],
)
def test_a_lone_word_naming_the_kind_of_exchange_is_no_topic(text, channel, subject):
    got = topic(text, channel, subject)
    generic = {"point", "reunion", "rendez", "vous", "meeting", "call", "quick", "coup", "fil"}
    generic |= {"petit", "petite", "question", "de"}
    assert not got or not set(tokens(normalise(got))) <= generic, got


def test_a_kind_of_exchange_stays_beside_what_it_is_about():
    got = topic("Bonjour Claire, je voudrais faire le point budget avec vous. Marc", "email")
    assert "budget" in got


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, all good.\n\n> On Tue, Claire wrote:\n> The server is down, can you check?",
        "Thanks, sounds fine!\n\nOn Mon 2 Nov, Claire wrote:\n> Shall we move to Friday?",
        "Cheers, looks good to me.\nDave",
    ],
)
def test_praise_in_a_thank_you_is_no_topic(text):
    """trial49 §6: "good" out of "Thanks, all good" went on as the topic of a thank-you."""
    assert topic(text, "email") == ""


def test_what_a_thank_you_is_for_stays_its_topic():
    assert topic("Merci pour le devis de la toiture, c'est parfait.", "sms") == (
        "devis de la toiture"
    )


def test_a_move_only_never_takes_the_greeted_name_for_its_topic():
    """trial50 §4: "Claire" went on the client's agenda as the matter of a moved call."""
    text = (
        "Hi Claire,\n\nI can't make Thursday's call, something came up. Could we do Friday "
        "instead?\n\nJen"
    )
    verdict = classify(Message("t", "email", text, subject="Thursday"))
    assert verdict.moves_call and "claire" not in verdict.topic.lower()


def test_matters_added_without_their_verb_are_no_call_back_only():
    """trial50 §9: « et aussi du budget, et du local » was read as content-free."""
    verdict = classify(
        Message(
            "t", "voicemail", "Re-bonjour c'est Marc, et aussi du budget, et du local, rappelle-moi"
        )
    )
    assert not verdict.content_free and "budget" in verdict.topic


@pytest.mark.parametrize(
    ("text", "never"),
    [
        (
            "Bonjour, c'est le cabinet comptable. La déclaration de TVA doit partir avant minuit "
            "ce soir et il nous manque vos factures de novembre.",
            "comptable",
        ),
        (
            "Bonjour, ici Maître Lefèvre, avocat de la partie adverse. L'audience en référé est "
            "fixée à demain 9 heures au tribunal de Lyon. Merci de faire le nécessaire.",
            "adverse",
        ),
    ],
)
def test_who_introduces_themself_is_no_topic(text, never):
    """trial50 §4: the self-introduction went on the client's agenda as its topic."""
    found = topic(text, "voicemail")
    assert found and never not in found and "nécessaire" not in found, found
