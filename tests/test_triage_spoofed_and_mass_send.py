"""newcomer52's misses, each kind in words of our own: a mail sent in the firm's name with
new bank details, the buyer to pay tomorrow, where « ce n'est pas nous » says "not sent by
us", not "not our trouble"; a mailbox sending hundreds of messages on its own. Urgent; a
campaign that will send hundreds of emails next week is not."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

WEDNESDAY = "2026-11-18T11:47:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "Le notaire de l'acheteur nous transfère un mail soi-disant de notre cabinet avec un "
        "nouveau RIB. Ce n'est pas nous. L'acheteur doit faire le virement demain.",
        "A supplier got an email supposedly from us with new bank details. It wasn't us. "
        "They are going to make the payment this afternoon.",
        "Morag's mailbox is sending hundreds of emails to clients on its own, can't stop it",
        "ma boîte envoie des centaines de mails toute seule depuis ce matin",
    ],
)
def test_a_spoofed_payment_or_a_mailbox_sending_on_its_own_is_urgent(text: str) -> None:
    answer = rules(text, "email", WEDNESDAY)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "We are sending hundreds of emails for the campaign next week, can you check the template?",
        "The phishing story in the paper was about another firm in Lyon, ce n'est pas nous.",
    ],
)
def test_a_planned_mailing_or_anothers_trouble_is_not(text: str) -> None:
    answer = rules(text, "email", WEDNESDAY)
    assert not answer["urgent"], answer["reasons"]
