"""A calm word covers only its own clause (issue 8, an eleventh outside tester, session 10).

"Till it's sorted" waits for the end of a problem, it does not report it; "since the power
came back" dates when the problem began; "nothing serious I think" is a guess, not the
sender's word on it; and a calm word about one matter ("no rush on the newsletter") does not
cover another one announced after it ("oh and while I've got you…"). Each is judged by the
rest of the message — here, all urgent — while the same calm words said plainly still calm.
"""

from __future__ import annotations

import pytest

from boundaries.triage.resolved import problem_over
from boundaries.triage.text import normalise
from tests.triage_support import triage


@pytest.mark.parametrize(
    "text",
    [
        "we can only take cash until it's fixed",
        "we're writing orders on paper till it's sorted",
        "on fait tout à la main en attendant que ce soit réglé",
        "none of the tills work since the electricity came back on",
        "plus rien ne marche depuis que le courant est revenu",
    ],
)
def test_a_problem_waited_on_or_dated_is_not_over(text: str) -> None:
    assert problem_over(normalise(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "the router rebooted and everything works again",
        "it's been fine ever since the power came back",
        "tout fonctionne depuis que le courant est revenu",
    ],
)
def test_a_problem_said_over_is_still_over(text: str) -> None:
    assert problem_over(normalise(text)) is not None


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "hello it's priya at the bakery the card machine has given up completely and we're "
            "taking cash only until it's fixed so half the queue is walking out",
            "voicemail",
        ),
        (
            "hi it's tom at the surgery none of the computers can reach the server since the "
            "electricity came back and reception can't check anyone in",
            "voicemail",
        ),
        (
            "Bonjour,\n\nJe vous fais suivre l'alerte de la banque. Probablement rien de grave, "
            "sans doute un message automatique.\n\n---------- Message transféré ----------\n"
            "Objet : Virement en attente\n\nUn virement de 12 900,00 € vers un nouveau "
            "bénéficiaire sera exécuté aujourd'hui à 17h sauf opposition de votre part.",
            "email",
        ),
        (
            "hi it's dan from the sports club ringing about the fixture list for january no "
            "rush on that whatsoever um oh and while i've got you the booking site is taking "
            "payments twice from every parent this morning",
            "voicemail",
        ),
        # newcomer33 amb-08, stor-06: "oh and" said on in a voicemail, and a sentence that
        # opens on "one thing", announce another matter that the calm word does not cover
        (
            "hiya it's Mo, the invoice is all sorted, oh and the walk-in freezer died overnight "
            "and all the stock is thawing",
            "voicemail",
        ),
        (
            "Hi,\n\nAll good on our side, the new tills are great.\n\nOne thing the cleaners "
            "noticed this morning: the back door was forced and the safe is gone.\n\nAnna",
            "email",
        ),
    ],
)
def test_the_rest_of_the_message_decides(text: str, channel: str) -> None:
    got = triage(text, channel)
    assert got["urgent"] is True, got["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "no rush at all, the fixture list can wait until january",
        "rien de grave, la imprimante refonctionne, je voulais juste vous le dire",
    ],
)
def test_calm_said_plainly_stays_calm(text: str) -> None:
    got = triage(text, "voicemail")
    assert got["urgent"] is False, got["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour,\n\nD'abord merci pour la plaquette. Ensuite, une faute dans le titre, rien de "
        "grave. Enfin, le point le plus pressant : le dossier de subvention doit être déposé "
        "demain avant midi et il manque l'attestation de l'expert-comptable.\n\nBien à vous",
        "Hi,\n\nThanks for the new menu, looks great. The typo on page two can wait, no rush. "
        "Finally, and this one matters: the licence renewal must be filed by 5pm today or the "
        "bar cannot open tonight.\n\nBest",
    ],
)
def test_a_calm_word_on_one_matter_leaves_the_last_of_several_matters_to_be_judged(text: str):
    assert triage(text, at="2026-12-07T10:00:00+01:00")["urgent"] is True
