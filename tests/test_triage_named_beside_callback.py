"""A call-back request that names its matter through the trouble it is about is not
content-free (SPEC §5: content-free says nothing beyond who it is and a request to call
back), and a fire at one of the client's places is a harm (newcomer48: both missed in French,
and in English for a short "the warehouse burned last night")."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

AT = "2026-12-03T10:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("c'est Julien, il y a un problème avec le site, tu peux me rappeler", "site"),
        ("c'est Julien on a un souci avec le planning, tu me rappelles", "planning"),
        ("c'est Julien souci avec le logiciel de caisse, rappelle-moi", "logiciel de caisse"),
        ("c'est Julien ça concerne le recrutement, tu me rappelles", "recrutement"),
        ("Julien à l'appareil, petit souci sur la compta, rappelle-moi", "compta"),
        ("it's Julien, small issue with the payroll, call me back", "payroll"),
    ],
)
def test_the_trouble_named_beside_a_call_back_is_the_matter(text: str, topic: str):
    answer = rules(text, "voicemail", AT)
    assert not answer["content_free"] and answer["intent"] == "scheduling", answer["reasons"]
    assert answer["topic"].lower() == topic


def test_a_call_back_that_names_nothing_stays_content_free():
    answer = rules("c'est Julien, pas de souci, rappelle-moi quand tu peux", "voicemail", AT)
    assert answer["content_free"]


@pytest.mark.parametrize(
    "text",
    [
        "c'est marc, URGENT la salle de l'assemblée a brûlé cette nuit",
        "c'est marc, la salle a brûlé",
        "it's marc, the warehouse burned last night",
        "l'entrepôt a entièrement brûlé cette nuit, on ne peut plus livrer",
    ],
)
def test_a_place_of_theirs_burned_is_urgent(text: str):
    answer = rules(text, "voicemail", AT)
    assert answer["urgent"] and answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "le hangar du voisin, juste à côté de notre entrepôt, a entièrement brûlé cette nuit ; "
        "chez nous rien, tout va bien",
        "j'ai brûlé le gâteau ce matin",
    ],
)
def test_a_neighbour_s_fire_or_a_burned_cake_is_not(text: str):
    assert not rules(text, "email", AT)["urgent"]


@pytest.mark.parametrize(
    "text",
    [
        "c'est Marc, la presse veut une interview sur le projet, rappelle-moi",
        "c'est Marc le journal veut une interview sur le projet rappelle moi",
        "hi it's Jen the board wants the figures before the meeting call me back",
    ],
)
def test_what_a_phrase_after_the_callers_name_goes_on_to_tell_is_the_matter(text: str):
    """newcomer48 §6: « la presse veut une interview » right after the name was read as an
    apposition ("it's Tom the plumber") and the voicemail called content-free."""
    answer = rules(text, "voicemail", AT)
    assert not answer["content_free"] and answer["intent"] == "scheduling", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "hi it's Tom the plumber call me back",
        "salut c'est Julie la nouvelle assistante de direction rappelez-moi",
        "bonjour c'est Marc le président de l'association des parents d'élèves rappelez moi",
        "bonjour ici le père Dumoulin je vous serais reconnaissant de bien vouloir me rappeler",
        "bonjour c'est Lina l'autrice Claire m'a donné votre numéro pourriez-vous me rappeler",
    ],
)
def test_a_title_after_the_callers_name_stays_who_calls(text: str):
    answer = rules(text, "voicemail", AT)
    assert answer["content_free"], answer["reasons"]
