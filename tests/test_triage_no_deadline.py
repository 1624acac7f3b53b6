"""Times that set the consultant no deadline (SPEC §5: urgent is a deadline within about a
day for the consultant). The first case of each kind is a tester's false alarm (newcomer38);
the others are the same kind in other words. The last tests show the same words still make a
deadline where they are one.

The rules are judged alone (`learned=False`): the learned second opinion may still read a
message as `possible`, which is its own business (tests/test_triage_second_opinion.py).
"""

from __future__ import annotations

import json

import pytest

from boundaries.triage.batch import triage_line
from tests.triage_support import rules as rules_alone


def rules(text: str, channel: str = "email") -> dict:
    return rules_alone(text, channel, at="2026-11-23T09:45:00+01:00")


NO_DEADLINE = [
    # a farewell
    "Bonjour Camille,\n\nOù en est le transfert ? Thomas voudrait que la paie de décembre se "
    "fasse déjà chez eux.\n\nMerci et à demain pour le point,\n\nInès",
    "Hi, the new payroll provider sent their contract, I've put it in the folder. See you "
    "tomorrow, Raj",
    "Salut, j'ai mis les contrats des saisonniers dans le drive. Allez, à demain !",
    # a quantity of hours
    "Bonjour Camille,\n\nPour votre information, Mme Samia Haddad passera à temps partiel (24 h "
    "par semaine) à compter du 4 janvier. L'avenant a été signé vendredi.\n\nBonne journée",
    "FYI Tom goes down to 20 hours a week from February, contract amendment signed today.",
    # the sender's own next step
    "Coaches timesheets Oct in dropbox. 2 missing (Kyle, Amrit). Je te les envoie demain matin",
    "Two expense claims still missing from the drivers, I'll send them over this afternoon.",
    "les fiches horaires manquantes de novembre, je vous les transmets ce soir",
    # a last day dated further off, or the last day of another step
    "STC Olivieri t'en es où ? Dernier jour le 5/12, je dois prévoir la trésorerie",
    "Bonjour Camille,\n\nJonas a finalement presté son préavis jusqu'au 4 décembre. Pourriez-vous "
    "préparer ses documents de sortie pour qu'on puisse les lui remettre le dernier jour ?\n\nInès",
    "Reminder: Aoife's last day is the 18th of December, can you prepare her final payslip?",
    # a time told in the past, in another sentence than the step asked
    "Dear Camille,\n\nGood news: the board approved the new coach. The chair called her this "
    "afternoon and she has accepted. I will send you the details for her offer letter next "
    "week.\n\nPriya",
    # leave she cannot take, not payments that cannot be taken
    "Answers below.\n> Holiday: standard 5.6 weeks?\n--> Yes, and she can't take it May to "
    "September (wedding season), she already knows.\nFiona",
    # a span of hours
    "Bonjour, le site mentionne en semaine de 9h à 18h, votre page FB de 9h à 17h. Pouvez-vous "
    "me donner les heures d'ouverture exactes ? Merci",
    "The shop's open from 9 to 5 on Saturdays now, could you update the staff rota template?",
    # a call asked for today: insistence, not a deadline (SPEC §5)
    "Hi Camille, can you give me a ring today? Thanks, Roberta",
    "Would you have five minutes for a call today or tomorrow? Siobhan",
    "tu peux m'appeler cet après-midi ? c'est pour le budget de l'an prochain",
    # "all" of this, not all the staff
    "So I've decided to hire Eilidh instead of paying her per wedding. Would you be able to draw "
    "up a contract? I'm completely new to all of this, payroll included. Fiona",
]


@pytest.mark.parametrize("text", NO_DEADLINE)
def test_a_time_that_sets_the_consultant_no_deadline_is_not_urgent(text: str):
    answer = rules(text)
    assert answer["urgency"] != "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # work asked of the consultant for today (newcomer38 n38-169, n38-162)
        "hi Raj here um the bonus payment is going out with the November salary tomorrow "
        "morning but the directors just added a bonus for two supervisors can you revise the "
        "sheet and the CPF today please",
        "elle peut commencer demain en fait est-ce que tu peux faire le nécessaire pour qu'elle "
        "soit déclarée et tout pour demain neuf heures merci",
        "Could you fix the VAT rate on the booking form this afternoon? Guests are being charged "
        "twice.",
        "Pourriez-vous corriger le fichier des virements avant midi ? Merci",
        # until tomorrow, not a goodbye
        "La banque nous donne jusqu'à demain midi pour le RIB, sinon le prélèvement des "
        "salaires est rejeté.",
        # the time of the step asked of the consultant
        "Can you send me the signed contract this afternoon? She starts tomorrow morning and "
        "can't work without it.",
        "Il me faut les fiches de paie avant ce soir, les salariés ne sont pas payés sinon.",
        # the last day is today
        "C'est le dernier jour de la campagne et le formulaire de dons est planté depuis ce "
        "matin !",
        # the sender's own step, but something is asked of the consultant before the time
        "Je t'envoie le fichier, il faut que la déclaration soit déposée avant ce soir sinon "
        "on a une pénalité.",
        # personal data and the wrong recipients told together
        "The payroll file with everyone's salaries went to the whole staff list instead of the "
        "managers this morning, can we recall it?",
    ],
)
def test_the_same_words_still_make_a_deadline_or_harm_where_they_are_one(text: str):
    assert rules(text)["urgent"] is True, rules(text)["reasons"]


def test_the_sender_s_own_step_tomorrow_leaves_nothing_urgent_at_all():
    """The reproduction end to end, with the second opinion: no tier at all."""
    line = json.dumps(
        {
            "id": "n38-018",
            "channel": "sms",
            "text": "Coaches timesheets Oct in dropbox. 2 missing (Kyle, Amrit). Je te les "
            "envoie demain matin",
            "at": "2026-11-05T18:20:00+01:00",
        }
    )
    assert triage_line(line)["urgent"] is False
