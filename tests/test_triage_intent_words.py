"""Intent from what the sentence asks, not one word (issue 8, an eleventh outside tester,
session 10): "instead of" compares things, it offers no time; asking for a slot is
scheduling; a future-tense ask (« vous pourrez me préparer… ? ») and "what would that
involve?" are requests; a document handed "pour ta compta" is information; a thing named
alone and asked about (« Alors ce devis ? »), « … sont parties ? » and a spoken « … ou pas »
ask where work stands; "pls call re the venue" names its topic."""

from __future__ import annotations

import pytest

from tests.triage_support import triage


@pytest.mark.parametrize(
    ("text", "channel", "intent"),
    [
        (
            "The brochure came out in blue instead of green, can you fix the file?",
            "email",
            "request",
        ),
        (
            "Pourriez-vous nous proposer deux créneaux pour revoir les plannings ?",
            "email",
            "scheduling",
        ),
        ("Thursday instead of Friday for our call?", "sms", "scheduling"),
        ("Tu pourras me préparer un devis pour les deux écrans ?", "email", "request"),
        (
            "We'd like a second shop on the booking page next year. What would that involve?",
            "email",
            "request",
        ),
        (
            "Pour ta compta.\n\n---------- Message transféré ----------\nObjet : Facture\n\n"
            "Votre facture de 42 € est disponible.",
            "email",
            "info",
        ),
        ("Alors cette convention ?", "sms", "status_check"),
        ("Les relances aux adhérents sont parties ?", "email", "status_check"),
        (
            "oui c'est gilles euh c'est réglé le souci de l'imprimante ou pas",
            "voicemail",
            "status_check",
        ),
        ("pls call re the spring fair stalls", "sms", "scheduling"),
        # newcomer35: in capitals, without its question mark
        ("HAS THE PAYROLL RETURN GONE IN. LETTER FROM THE REVENUE TODAY.", "email", "status_check"),
        ("just wondering is it ok to bring the van round on Friday", "sms", "scheduling"),
    ],
)
def test_intent_follows_what_is_asked(text: str, channel: str, intent: str) -> None:
    got = triage(text, channel)
    assert got["intent"] == intent, got["reasons"]
    assert got["content_free"] is False


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        # newcomer33/34, in words of our own: a yes-or-no on the work passed on, said
        # without its mark, or asked beside a call-back, or asked to pass it on; the rules
        # say so themselves (the learned model alone missed them in longer messages)
        (
            "hiya it's Gwen, just ringing to see has the licence renewal gone in yet, ta",
            "voicemail",
        ),
        (
            "Bonjour,\n\nPaul m'a demandé de vérifier avec vous si la caisse de retraite avait "
            "répondu pour le rachat de trimestres.\n\nMerci",
            "email",
        ),
        (
            "oui c'est Bruno, la demande de permis pour l'extension, vous l'avez déposée ou pas, "
            "rappelez-moi",
            "voicemail",
        ),
        ("I'm seeing the funder on Monday. Can I tell them the quarterly report is in?", "email"),
    ],
)
def test_a_yes_or_no_on_the_work_passed_on_is_a_status_check(text: str, channel: str) -> None:
    got = triage(text, channel)
    assert got["intent"] == "status_check", got["reasons"]
    assert any(r.startswith("status_check: passes on a question") for r in got["reasons"])
