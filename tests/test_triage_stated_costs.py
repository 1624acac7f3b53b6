"""Kinds a tenth outside tester found (issue 8, session 9): a device or app stuck where it is
needed, a ransom demand, what the breakage costs told without the breakage ("staff unpaid",
"still losing sales"), customers charged twice, personal data shown to or sent to the wrong
side, a former employee still reading the mail, a deadline on a named date within a day of
`at`, and a matter remembered late after a calm word. And the calm cases: a day word that
dates something done ("the inspector came today and everything passed"), "no action needed",
"we don't need it until Easter". Each urgent case failed before its fix and is now found by
the rules, not only by the second opinion."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Message
from boundaries.triage.second_opinion import judge

BY_THE_RULES = [
    # A device or app stuck where it is needed.
    "Our POS is bricked - won't boot past the logo. We're doing cash and IOUs.",
    "vet clinic: anaesthesia monitor app froze mid surgery, on manual",
    "hi it's priya um the front desk computers just show a spinning wheel and we can't pull up "
    "anyone's chart, call me back",
    "Bonjour, la caisse est figée sur l'écran d'accueil depuis l'ouverture.",
    "le module de réservation sur le site il tourne dans le vide depuis hier soir",
    # A ransom demand, files locked.
    "ransom note on all our screens",
    "écran rouge rançon sur tous les pc",
    "All the files on the shared drive have been encrypted and there's a text file asking for "
    "bitcoin.",
    # What it costs, told without the breakage.
    "payroll didnt go thru staff unpaid",
    "is the checkout fixed yet? still losing sales",
    "We keep losing bookings, nothing has come through the website since Friday.",
    "On perd des ventes depuis ce matin, le panier ne valide plus.",
    "no orders coming in since the update last night",
    "plus d'accès au logiciel de caisse, clients qui attendent",
    # Charged more than once.
    "The enrolment form is charging people twice, three students emailed already.",
    "La banque montre les mêmes dons débités deux ou trois fois.",
    "Several customers were double-charged on the webshop this morning.",
    # Personal data shown to or sent to the wrong side.
    "The parent portal is showing other families' children's report cards when parents log in.",
    "we just realised the automated reminder sent a client's settlement figures to the opposing "
    "counsel",
    "Un ancien salarié a encore accès à notre messagerie : il a répondu ce matin à un client.",
    "A former employee still has access to the shared mailbox and has been reading it.",
    # A matter remembered late, after a calm word about another one.
    "Merci pour la maquette, rien ne presse pour la page. Ah, et j'allais oublier : depuis ce "
    "matin la page de dons affiche une erreur après la saisie de la carte.",
]

CALM = [
    "The inspector came today and everything passed. Thanks for getting the logs in order!",
    "FYI the auditors signed off the accounts today. Thanks for the exports.",
    "Just so you know, our office is closed tomorrow for the staff training day. No action needed.",
    "hi it's the church office um the projector in the hall stopped working on sunday but we "
    "don't need it again until easter so whenever",
    "L'audit a eu lieu ce matin et tout s'est bien passé, merci encore.",
    "The fire alarm test went ahead today and it all worked, nothing for you to do.",
    "Aucune action requise de votre part : le contrôle de demain est reporté.",
]


@pytest.mark.parametrize("text", BY_THE_RULES)
def test_urgent_by_the_rules(text: str) -> None:
    verdict = judge(Message("m", "email", text))
    assert verdict.urgent and not verdict.possible, verdict.reasons


@pytest.mark.parametrize("text", CALM)
def test_calm(text: str) -> None:
    verdict = judge(Message("m", "email", text))
    assert not verdict.urgent, verdict.reasons


def test_a_day_word_that_still_needs_something_stays_a_deadline() -> None:
    """Past words about the inspector do not calm a sentence that still needs the logs."""
    text = "The inspector came in this morning and needs the logs today."
    verdict = judge(Message("m", "email", text))
    assert verdict.urgent and not verdict.possible, verdict.reasons


AT = datetime.fromisoformat("2025-05-05T09:00:00+01:00")  # a Monday


@pytest.mark.parametrize(
    "text",
    [
        "The board needs the donations report by May 6 at 9am. Can you export it?",
        "need the rota exported by 9am on Tuesday pls",
        "Le dossier doit être déposé avant le 5 mai à midi. Pouvez-vous relire le budget ?",
        "Please send the figures no later than 6 May.",
    ],
)
def test_a_deadline_on_a_named_day_within_a_day_is_urgent(text: str) -> None:
    """A deadline within about a day of `at` (SPEC §5), with no other word of stake."""
    verdict = judge(Message("m", "email", text, at=AT))
    assert verdict.urgent and not verdict.possible, verdict.reasons
    assert not judge(Message("m", "email", text)).urgent  # without `at`: no day to count from


@pytest.mark.parametrize(
    "text",
    [
        "Could you send the figures by May 20? Thanks",
        "The AGM is on May 6 at 9am, see you there.",
        "Le dossier doit être déposé avant le 15 juin.",
    ],
)
def test_a_named_day_further_off_or_no_deadline_is_calm(text: str) -> None:
    assert not judge(Message("m", "email", text, at=AT)).urgent


def test_a_calm_word_in_a_long_message_leaves_the_rest_to_the_second_opinion() -> None:
    """A "no rush" about one matter of a long email does not tell the whole email is calm:
    the second opinion still reads the rest (it found nothing to say before)."""
    paragraphs = [
        "Merci pour la formation de mardi, les salariés ont trouvé l'outil très clair.",
        "Pour la page « Nos actions », rien ne presse, elle peut sortir quand elle sera prête.",
        "La commission des finances s'est réunie jeudi et renouvelle le contrat de maintenance.",
        "Nous pensons remplacer trois ordinateurs portables de l'équipe de terrain à l'automne.",
        "La boutique solidaire fonctionne bien et les ventes de livres sont en hausse.",
        "Priya rejoindra l'équipe en mai et aura besoin d'une adresse électronique.",
    ]
    verdict = judge(Message("m", "email", "\n\n".join(paragraphs)))
    assert not any(r.startswith("not urgent") for r in verdict.reasons), verdict.reasons
    short = judge(Message("m", "email", paragraphs[1]))
    assert any(r.startswith("not urgent") for r in short.reasons), short.reasons
