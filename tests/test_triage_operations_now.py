"""What a business runs on, broken now, in words the rules missed on held-out messages: a
door that no longer locks, a printer giving blank pages before tonight's round (Québec « à
soir »), bookings for rooms there are not with more coming any minute, card payments gone
while a terminal is swapped, and "is it working again or not?" asked, not said.

Written for these tests in other words than the held-out sets'."""

from __future__ import annotations

import pytest

from tests.triage_support import judged

URGENT = [
    (
        "sms",
        "the fire exit at the warehouse won't shut properly since the storm, nobody on "
        "site tonight",
    ),
    ("voicemail", "oui c'est Lise la porte du local se ferme plus à clé pis on part à cinq heures"),
    (
        "voicemail",
        "c'est Réjean l'imprimante des étiquettes sort juste des pages blanches pis "
        "la livraison part à soir",
    ),
    (
        "email",
        "Hi,\n\nThe site still takes bookings for New Year but we don't have the rooms. "
        "Two came in this morning and more could land any minute.\n\nRuth",
    ),
    (
        "sms",
        "le caissier a débranché l'ancien terminal donc plus de carte jusqu'à nouvel "
        "ordre, tu peux appeler le fournisseur ?",
    ),
    (
        "voicemail",
        "salut c'est Marc le logiciel de paie ça remarche ou pas parce que l'URSSAF "
        "veut les fichiers pour demain matin neuf heures",
    ),
]


@pytest.mark.parametrize(("channel", "text"), URGENT)
def test_operations_broken_now_are_urgent(channel, text):
    urgent, reasons = judged(channel, text)
    assert urgent, reasons


CALM = [
    ("sms", "the payroll software works again, thanks!"),
    ("sms", "the old card terminal is going back to the supplier next week, new one works"),
]


@pytest.mark.parametrize(("channel", "text"), CALM)
def test_working_again_is_not(channel, text):
    urgent, reasons = judged(channel, text)
    assert not urgent, reasons
