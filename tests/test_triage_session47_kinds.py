"""Kinds found in session 47, each in words of our own or as the reproduction gave it.

An attempt to reach the consultant, said any way ("just trying to get hold of you", « j'essaie
de vous atteindre depuis ce matin », "sorry I missed you, try me later", "call the practice
back"), says nothing of a matter: with a name and a call-back request it is content-free, and
beside a matter it takes nothing from it.
"""

from __future__ import annotations

import pytest

from tests.triage_support import rules

AT = "2026-12-01T10:00:00+01:00"  # a Tuesday morning


# --- an attempt to reach is no matter ------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "voicemail",
            "oui bonjour madame vasseur c'est matthias rochat euh j'essaie de vous atteindre "
            "depuis ce matin euh rappelez-moi volontiers sur mon natel quand vous avez un moment "
            "merci adieu",
        ),  # newcomer90
        (
            "sms",
            "Hi it's Tom from Redland Road, could you call the practice back when you get a mo?",
        ),
        (
            "voicemail",
            "yeah hi it's tom from redland road um just trying to get hold of you um yeah if you "
            "could call the practice back that'd be great thanks bye",
        ),  # newcomer90
        ("voicemail", "ciarán here again sorry missed you try me later"),  # newcomer90
        ("voicemail", "hiya it's bev been trying to reach you all morning ring me back ta"),
        ("voicemail", "bonjour c'est Odile on essaie de vous joindre depuis hier rappelez-moi"),
        ("sms", "Salut c'est Greg, rappelle-moi sur mon gsm stp"),
    ],
)
def test_an_attempt_to_reach_with_a_name_is_content_free(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["content_free"], answer
    assert answer["intent"] == "unknown" and answer["topic"] == ""


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "hi it's jo the boiler at the school has been leaking since this morning been trying "
            "to reach you all morning call me back",
            "boiler",
        ),
        (
            "bonjour c'est paul j'essaie de vous joindre depuis ce matin le serveur de caisse est "
            "en panne rappelez-moi",
            "serveur",
        ),
    ],
)
def test_an_attempt_to_reach_beside_a_harm_keeps_the_harm(text: str, topic: str) -> None:
    answer = rules(text, channel="voicemail", at=AT)
    assert not answer["content_free"]
    assert answer["urgency"] == "urgent", answer["reasons"]
    assert topic in answer["topic"]


def test_trying_to_reach_someone_else_is_a_matter() -> None:
    """Not the caller's attempt to reach the consultant: the supplier cannot be reached."""
    answer = rules(
        "hi it's jo we've been trying to reach the scaffolders all morning and nobody answers, "
        "call me back",
        channel="voicemail",
        at=AT,
    )
    assert not answer["content_free"], answer


# --- a thank-you beside a question is courtesy; a status asked in other words -----------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "email",
            "Monsieur Garnier,\n\nMerci pour votre point du 12. Le conseil municipal souhaiterait "
            "savoir où en est le devis pour les vitraux de la façade sud.\n\nBien cordialement,\n"
            "Gérard Lemonnier",
        ),  # newcomer91
        (
            "email",
            "Hi Thibault,\n\nSorry, with the pipe drama I've completely lost track. Did the "
            "insulation inspection with building control actually happen, and did we pass?\n\n"
            "Thanks so much for sorting everything on Wednesday, honestly.\n\nPriya",
        ),  # newcomer91
        (
            "email",
            "Hi Thibault,\n\nSorry to be a pest – has the DAC come through from the council yet? "
            "Our accessibility officer is asking.\n\nAoife",
        ),  # newcomer91
        (
            "voicemail",
            "allo si thibault bonjour c'est benjelloun euh la réception provisoire c'est quand "
            "finalement parce que je dois dire aux infirmières quand elles commencent merci",
        ),  # newcomer91
        ("sms", "Merci pour hier soir ! Le permis de construire, c'est prévu quand déjà ?"),
        ("email", "Thanks for the quick fix on Monday. Has the grant money landed yet?"),
    ],
)
def test_a_status_asked_beside_thanks_is_a_status_check(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["intent"] == "status_check", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the quick turnaround on the report, much appreciated.",
        "Merci pour le compte rendu, tout est clair de notre côté.",
    ],
)
def test_a_thank_you_that_asks_nothing_stays_info(text: str) -> None:
    assert rules(text, at=AT)["intent"] == "info"


# --- a tool made useless; access refused as typed -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La nouvelle version comporte des bugs au niveau des playlists, ce qui rend le Kitsu "
        "inutilisable pour une production. Avez-vous déjà eu un retour similaire ?",  # realtext39
        "Moi ainsi qu'un ami n'arrivont pas a nous connecter a muffin. Merci de regler ce bug",
        "Since this morning's update the booking app is unusable, nobody can take a booking.",
        "The last release made the dashboard unusable for our support team.",
        "Depuis la mise à jour, le logiciel de paie est carrément inutilisable.",
    ],
)
def test_a_tool_made_unusable_or_a_login_refused_is_urgent(text: str) -> None:
    answer = rules(text, at=AT)
    assert answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "The old meeting room was unusable last winter, glad it's sorted now.",
        "Le parking était inutilisable pendant les travaux l'an dernier, c'est réglé.",
    ],
)
def test_an_unusable_thing_in_the_past_is_not_urgent(text: str) -> None:
    answer = rules(text, at=AT)
    assert answer["urgency"] == "none", answer["reasons"]
