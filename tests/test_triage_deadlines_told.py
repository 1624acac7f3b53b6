"""Urgency (SPEC §5: a deadline within about 24 hours of `at`) told in ways the rules missed
(newcomer45, newcomer46): a clock time said in words in a transcript, an offer or a term that
lapses, a reply an outside party demands by then, a term reported by a letter, and a hard
deadline today asked about in an unhurried way. The first case of each kind is the tester's;
the others are the same kind in other words, and the last tests keep the calm cases calm."""

from __future__ import annotations

import pytest

from boundaries.triage.text import normalise
from tests.triage_support import rules

AT = "2026-11-30T10:12:00+01:00"


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("pour demain dix-sept heures", "pour demain 17 h"),
        ("demain huit heures et demie", "demain 8 h 30"),
        ("vers vingt et une heures", "vers 21 h"),
        ("tomorrow nine a m Lagos time", "tomorrow 9 am lagos time"),
        ("by ten o'clock", "by 10:00"),
        ("at 9 a m", "at 9 am"),
    ],
)
def test_a_clock_time_said_in_words_is_read_as_digits(said: str, written: str):
    assert normalise(said).strip() == written


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # newcomer45 n45-214, newcomer46 n46-184
        (
            "oui bonjour c'est maître Delvaux euh ma secrétaire me dit que le rapport de la "
            "chambre est arrivé euh ce matin et qu'ils demandent notre réponse euh pour demain "
            "dix-sept heures euh merci au revoir",
            "voicemail",
        ),
        (
            "momo euh finalement le maître d'ouvrage il a remis la réception demain huit heures "
            "il veut que tu sois là pour le pv tu peux ou pas dis-moi vite",
            "voicemail",
        ),
        ("la banque attend notre réponse avant demain midi pour le prêt", "sms"),
        # newcomer45 n45-092: an offer that lapses
        (
            "Thank you for your update yesterday. DBS now informs us that the letter of offer "
            "lapses if not accepted by tomorrow 12 noon. Is an e-signature acceptable?",
            "email",
        ),
        ("L'offre de la banque devient caduque demain midi si on ne signe pas.", "email"),
        # newcomer45 n45-114: a term reported by a letter that came this morning
        (
            "I had another look at his letter and it's dated 20 October, and a letter from his "
            "solicitor came this morning saying the one month is up tomorrow",
            "email",
        ),
        ("The notice came today stating our grace period is up tonight.", "email"),
        # newcomer46 n46-144: unhurried words, a hard deadline today
        (
            "Slight snag. HMRC have sent a letter saying our VAT return was never filed, with a "
            "penalty notice attached. The letter says the deadline to appeal is today. Could "
            "you have a look at some point?",
            "email",
        ),
        (
            "La date limite de recours est aujourd'hui, tu peux regarder quand tu as le temps ?",
            "email",
        ),
    ],
)
def test_a_deadline_told_this_way_is_urgent(text: str, channel: str):
    answer = rules(text, channel, AT)
    assert answer["urgent"] and answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "The deadline for the grant report is in March. Could you have a look at some point?",
        "j'attends votre retour demain, bonne journée",
        "The inspector came this morning and signed off everything, says we're fine for tomorrow",
        "ça fait deux heures que j'essaie de vous joindre, rappelez-moi",
        # a meeting to join at an hour said in words (the example's horizon voicemails):
        # the pronoun before « rejoindre » is no work asked
        "c'est marc on fait un point avec le bureau à quinze heures sur zoom tu peux nous "
        "rejoindre",
    ],
)
def test_a_time_that_sets_no_deadline_stays_calm(text: str):
    assert rules(text, "email", AT)["urgency"] != "urgent"
