"""Newcomer57's urgency kinds, each in words of our own: a deadline told by reference to a time
said earlier ("before then", « d'ici là »), a deadline date right after its marker whatever
slot follows it, someone shut in a lift, work at height without protection, a cold room
warming up, what keeps someone going running out within the hour, and a meeting going on now
told in a phone's shorthand; with the guards that keep their look-alikes calm."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

URGENT = [
    # a deadline by reference to a time said before it
    (
        "voicemail",
        "hello it's Dermot the fire officer phoned he's calling round tomorrow at ten to look "
        "at the kitchen extraction after the smoke last week and he's after the cleaning "
        "certificates so can you get them to me before then cheers",
        None,
    ),
    (
        "email",
        "L'expert de l'assurance a appelé, il vient demain matin constater les dégâts dans la "
        "réserve suite au dégât des eaux, il veut les factures du matériel. Vous pouvez me les "
        "transmettre d'ici là ?",
        None,
    ),
    # a deadline date just after its marker, whatever slot it keeps
    (
        "sms",
        "Le couvreur demande une réponse avant le 5 pour tenir la date du 12, on valide ?",
        "2026-12-04T15:00:00+01:00",
    ),
    (
        "email",
        "The caterer needs our numbers before the 9th to hold the booking slot on the 20th. "
        "Could you send them?",
        "2026-12-08T11:00:00+00:00",
    ),
    # someone shut in a lift now, however calm
    (
        "voicemail",
        "it's Mhairi the lift in block B is jammed between floors with a pensioner in it "
        "she's okay just frightened the engineer says an hour",
        None,
    ),
    ("sms", "Un locataire est bloqué dans l'ascenseur depuis 20 min, le dépanneur arrive", None),
    # work at height without protection now
    (
        "sms",
        "the scaffolders are up on the gable working with no harness, nobody's stopping them",
        None,
    ),
    (
        "voicemail",
        "bonjour c'est Awa les gars de l'étanchéité ils bossent au bord du toit sans garde-corps "
        "sans rien j'ai peur qu'il y en ait un qui tombe",
        None,
    ),
    # a cold room or a fridge warming up now
    (
        "voicemail",
        "hiya it's Tom at the deli the cold room is reading eleven degrees since lunch and "
        "we've the christening buffet tonight",
        None,
    ),
    ("sms", "La vitrine réfrigérée est montée à 14 degrés, le technicien ne répond pas", None),
    # what keeps someone going runs out soon
    (
        "voicemail",
        "c'est Fatou le groupe électrogène est arrêté et il ne reste plus qu'une heure "
        "d'oxygène à la clinique vétérinaire",
        None,
    ),
    ("sms", "generator's down at the care flat, her chair has about an hour of battery left", None),
    # a meeting going on now, in a phone's shorthand
    ("sms", "were all on the teams w the landlord now, u joining?", None),
    # a time after the question with no day named before it: today's
    ("sms", "Le rapport est prêt ? Le conseil se réunit à 14h.", None),
]

CALM = [
    # "before then" of a day further ahead
    (
        "email",
        "The board meets next Thursday at ten and the chair wants the accounts, could you send "
        "them over before then?",
        None,
    ),
    # a lift someone was shut in last year, since mended
    (
        "email",
        "Back in March a tenant was stuck in the lift for an hour; it has been mended. Could "
        "you dig out the maintenance contract for the AGM next month?",
        None,
    ),
    # protection mentioned in a quote, not missing now
    (
        "email",
        "The roofer's quote for February includes the harness anchors and the edge protection.",
        None,
    ),
    # a fridge at its right temperature
    ("sms", "New fridge installed, it holds 3 degrees nicely, thanks for sorting it", None),
    # a meeting next week one is asked to join
    ("email", "Next Thursday we're all on the zoom with the landlord, are you joining?", None),
    # a rent indexed to a price index: no page found by a search engine
    (
        "email",
        "Pour info : au 1er janvier le loyer sera indexé (indice santé), la provision de "
        "charges passe à 980 € par mois. On en parle à la réunion de janvier.",
        "2026-11-20T17:05:00+01:00",
    ),
    # an outage dated by its week, behind a request for later
    (
        "email",
        "Suite à la coupure de la semaine dernière (quatre heures sans courant), pourriez-vous "
        "chercher des devis pour un onduleur ?",
        "2026-11-20T10:00:00+01:00",
    ),
    # the alarm's maintainer, not an alarm going off
    (
        "voicemail",
        "oui c'est Paul je voulais savoir si le technicien de l'alarme a confirmé sa visite "
        "avant la commission de sécurité du mois prochain merci",
        "2026-11-20T10:00:00+01:00",
    ),
    # a fire marshal's visit two weeks ahead
    (
        "email",
        "The fire marshal wants to walk through the depot on December 10 and asked for the "
        "extinguisher logs. Could you gather them?",
        "2026-11-25T09:00:00-04:00",
    ),
    # a time after the question, of the day named before it (newcomer57 n57-126's kind)
    (
        "sms",
        "Notre rencontre de jeudi prochain, on peut la faire à 8h ? J'ai un vêlage prévu à 10h.",
        "2026-11-20T18:30:00-05:00",
    ),
    # a drip the sender judged harmless and gave a day
    (
        "sms",
        "Le cumulus de l'atelier fuit par le groupe de sécurité depuis hier soir, ça coule dans "
        "le seau. Rien de méchant, il faudrait juste que le plombier passe jeudi.",
        "2026-11-20T10:00:00+01:00",
    ),
]


@pytest.mark.parametrize(("channel", "text", "at"), URGENT)
def test_urgent_kinds_of_newcomer57(channel: str, text: str, at: str | None):
    answer = rules(text, channel, at)
    assert answer["urgent"] is True, answer["reasons"]
    assert answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(("channel", "text", "at"), CALM)
def test_their_look_alikes_stay_calm(channel: str, text: str, at: str | None):
    answer = rules(text, channel, at)
    assert answer["urgent"] is False, answer["reasons"]
