"""Newcomer72's, newcomer73's and realtext29's misses and false alarms, as kinds in words of
our own.

Urgent: a deadline within a day told with what follows when it is missed, beside a far-off or
planned date that is its cost or the day of what it is for ("by noon or the refund slips to
February", « répondre avant 17 h sinon ils choisissent pour nous »); the answer wanted by a
time said right after the ask (« pouvez-vous me dire ce soir … », "please make sure … today",
"can you let us know by noon"); what to do asked aloud before an event tonight ("should we
close the terrace … we've a wedding of eighty tonight"); an inspector on the premises ("the
health inspector here for the fridges"); the shop taken off the platform it sells through
since this morning; a fire told where it is or as it started ("fire in the bakery", « le feu a
pris dans la réserve »).

Not urgent: a sample taken for a lab test (« prélevé pour une analyse salmonelle »), the people
kept for a harm (« agents de sécurité incendie », "fire wardens"), a person taken ill who is
back home (« elle est sortie de l'hôpital »), a place called a depot (« au dépôt de Bercy »).

Content-free: a message that only asks how to reach the consultant."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

TUESDAY = "2026-12-08T10:00:00+01:00"


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "sms",
            "Le traiteur annonce une grève prévue le 20 février pendant le congrès. Il faut "
            "leur répondre avant 17 h sinon ils annulent la commande. Tu préfères quoi ?",
        ),
        (
            "voicemail",
            "hi it's dom the bank says they need the signed mandate by noon today or "
            "the refund slips to next month so could you sign it thanks",
        ),
        (
            "email",
            "Bonjour, pouvez-vous me dire ce soir ou demain avant 9 h quelle procédure "
            "suivre pour le nouvel élève allergique au lait ? Il mange à la cantine demain.",
        ),
        (
            "email",
            "The printer has the old menu. Please make sure the corrected file reaches "
            "them today, the menus are printed tonight.",
        ),
        (
            "voicemail",
            "hi it's ros the walk-in freezer is at minus five since this morning "
            "should we close the terrace kitchen we've a wedding of eighty tonight "
            "let me know",
        ),
        (
            "sms",
            "health inspector here for the fridges. wants the temperature logs. where are "
            "they? she's waiting",
        ),
        (
            "sms",
            "on n'est plus sur Mangez-Vite depuis ce matin, plus aucune commande. c'est la "
            "moitié de nos ventes",
        ),
        ("email", "Our Etsy store was suspended overnight and every listing is gone."),
        # a fire told where it is or as it started
        ("sms", "fire in the bakery!! everyone's outside, brigade coming"),
        ("sms", "le feu a pris dans la réserve, on a tout évacué"),
        ("email", "Un incendie s'est déclaré au sous-sol cette nuit, les pompiers sont sur place."),
        # what the routine words must not cover: a fire exit that is broken, a fire officer
        # who came, a lab result over the limit, a reaction to a product still on sale
        (
            "voicemail",
            "hi it's stevie the fire door at the back the push bar's jammed it won't "
            "open so the fire exit's blocked and the school group comes at one",
        ),
        (
            "email",
            "The building's fire officer came this morning and says the basement can "
            "hold thirty people at most; we have sixty booked for tomorrow night.",
        ),
        (
            "email",
            "Les analyses Salmonelle du lot 12 sont revenues à 300 ufc/g. Le lot est "
            "parti hier chez deux clients.",
        ),
        (
            "email",
            "Petite chose : une cliente a appelé, son fils a fait une réaction après un "
            "biscuit « sans arachide » hier soir, il va bien maintenant. On a encore "
            "trente paquets en rayon.",
        ),
    ],
)
def test_deadlines_beside_later_dates_officials_here_and_a_shop_delisted_are_urgent(
    channel: str, text: str
):
    said = rules(text, channel, at=TUESDAY)
    assert said["urgent"], said["reasons"]


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "email",
            "Pour information, les services vétérinaires ont prélevé deux poulets ce matin "
            "pour une analyse salmonelle dans le cadre du contrôle annuel. Résultats dans "
            "une semaine.",
        ),
        (
            "email",
            "Bonjour, les agents de sécurité incendie sont-ils réservés pour le salon ? "
            "La commission de sécurité va me le demander.",
        ),
        ("email", "Quick one: are the fire wardens booked for the gala? The venue asked."),
        (
            "email",
            "Nouvelles d'hier : la cliente va mieux, elle est sortie de l'hôpital ce matin. "
            "On rouvre ce soir comme prévu.",
        ),
        ("sms", "Les palettes sont arrivées cet après-midi au dépôt de Bercy. Tout est en ordre."),
        ("email", "Could you send me the fire in the kitchen procedure we wrote last year?"),
    ],
)
def test_lab_samples_safety_staff_a_guest_home_again_and_a_depot_are_not_urgent(
    channel: str, text: str
):
    said = rules(text, channel, at=TUESDAY)
    assert not said["urgent"], said["reasons"]


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("email", "Hi, is there a way I can contact you by email? Thanks"),
        ("sms", "how can i reach u?"),
        ("sms", "Bonjour, comment puis-je vous joindre par mail ? Merci"),
        ("voicemail", "oui bonjour c'est lucie vous avez un numéro où je peux vous joindre merci"),
        ("email", "Hello, I have a few questions for you. Could you give me your number?"),
    ],
)
def test_a_message_that_only_asks_how_to_reach_the_consultant_is_content_free(
    channel: str, text: str
):
    said = rules(text, channel, at=TUESDAY)
    assert said["content_free"] and said["intent"] == "unknown", said["reasons"]


def test_a_way_to_reach_asked_about_a_matter_is_not_content_free():
    said = rules("How can I contact you about the October invoice? The VAT is wrong.", "email")
    assert not said["content_free"], said["reasons"]


def test_a_fire_with_wardens_evacuating_stays_urgent():
    said = rules("There's a fire in the hall, the fire wardens are evacuating it now.", "email")
    assert said["urgent"], said["reasons"]
