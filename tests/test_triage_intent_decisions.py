"""Newcomer21's intent kinds, in words of our own: what to do asked bare, a yes-or-no on the
sender's own next step, what the sender must do, an approval or help asked, work handed
over, a request worded with a particle ("dig out"), what the consultant holds ("c toi qui
l'as"). Each is a request (SPEC §5: a request
asks for a decision, a document or an answer); a status check about work in progress stays
one, and "kindly confirm" a meeting is not turned into a request."""

from __future__ import annotations

import pytest

from tests.triage_support import triage

REQUESTS = [
    ("sms", "l'inspecteur est là, il veut le registre du personnel avant midi, c toi qui l'as"),
    ("email", "The auditor wants the signed lease by 4pm. You have the original, I think?"),
    ("email", "The venue needs our insurance certificate emailed by noon today."),
    ("sms", "landlord just served notice on the shop, madam what to do"),
    ("sms", "le client n'a pas payé l'acompte, on livre ou pas ?"),
    (
        "voicemail",
        "salut c'est Paulo, la chambre froide a tenu à sept degrés toute la nuit, "
        "je jette les produits ou pas, rappelle-moi",
    ),
    (
        "email",
        "One of the drivers reversed into a bollard, nobody hurt. I need to know if we "
        "report it to the insurer or just pay for it ourselves.",
    ),
    ("sms", "quote from the roofer is 14k, pls approve the spend so he can start monday"),
    ("email", "We are swamped with the audit, I need your help with the board pack this week."),
    ("sms", "site down since 6, team is on the fix, need you to handle the customer emails"),
    (
        "email",
        "The landlord wants the 2023 service charge breakdown. Could you dig out the "
        "one you prepared last year?",
    ),
]

NOT_REQUESTS = [
    (
        "email",
        "Hi, could you confirm the VAT return went in last week? Thanks, Joe",
        "status_check",
    ),
    ("email", "Bonjour, le dossier de subvention est parti ou pas ? Merci", "status_check"),
    ("email", "Our review is on Thursday at 10. Kindly confirm you can attend.", "scheduling"),
]


@pytest.mark.parametrize(("channel", "text"), REQUESTS)
def test_decisions_approvals_and_handed_over_work_are_requests(channel: str, text: str):
    answer = triage(text, channel)
    assert answer["intent"] == "request", answer["reasons"]


@pytest.mark.parametrize(("channel", "text", "intent"), NOT_REQUESTS)
def test_status_checks_and_meeting_confirmations_keep_their_intent(
    channel: str, text: str, intent: str
):
    answer = triage(text, channel)
    assert answer["intent"] == intent, answer["reasons"]
