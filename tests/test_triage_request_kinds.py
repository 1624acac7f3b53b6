"""Newcomer61's requests read as `info` (17 of 65), in words of our own: work asked in a
formal wrapper, decided by the verb it wraps; a thing owed ("we require your …", "we have not
yet received your …"); the consultant's approval that someone awaits, or a piece of work
someone wants from her; a word to pass on to a third party or a call to make to someone
else; leave to go ahead asked. SPEC §5: `request` asks for new work, a decision, a document
or an answer. With the guards: the same wrapper around a call back or a meeting,
and a footer's "please notify the sender"."""

from __future__ import annotations

import pytest

from tests.triage_support import triage

REQUESTS = [
    (
        "email",
        "Madame,\n\nÀ la suite du comité de pilotage, je vous saurais gré de bien vouloir nous "
        "faire parvenir le chiffrage révisé des travaux de toiture.\n\nCordialement,\nJ. Moreau",
    ),
    (
        "email",
        "Dear Ms Okafor,\n\nFurther to our meeting, we would be grateful if you could supply "
        "the signed handover checklist for the north block.\n\nYours sincerely,\nP. Grant",
    ),
    (
        "email",
        "Monsieur,\n\nJe vous serais obligé de bien vouloir examiner la réclamation ci-jointe "
        "de notre locataire.\n\nBien à vous,\nA. Ferrand",
    ),
    (
        "email",
        "Dear Sir,\n\nUnder clause 14 of the facility agreement we require your compliance "
        "statement for the third quarter.\n\nRegards,\nLoan Administration",
    ),
    (
        "email",
        "Hello,\n\nJust a reminder that we still haven't received your timesheets for "
        "November.\n\nThanks,\nPayroll",
    ),
    ("sms", "Le plombier attend ton feu vert pour changer le ballon, 1 200 € HT."),
    ("sms", "Le syndic veut un état des dépenses de votre part avant l'AG. Faisable ?"),
    ("sms", "Caterer needs your sign-off on the revised menu, they order stock on Monday."),
    ("email", "Hi, could you ask the roofer to send his insurance certificate? Thanks, Mo"),
    ("sms", "pls remind the cleaners the back door code changed"),
    ("sms", "livraison des plaques jeudi, faut que l'accès soit libre, tu les préviens ?"),
    ("sms", "le bureau de contrôle passe demain à 8 h, tu appelles le plaquiste ?"),
    ("voicemail", "hi it's Rob, the skip lorry can't get in, could you ring the depot, cheers"),
    ("sms", "devis du menuisier reçu, tu me dis si ok pour signer"),
    ("email", "Hi Tom, the draft lease is in the shared folder. Let me know if it's ok to send."),
]


@pytest.mark.parametrize(("channel", "text"), REQUESTS)
def test_work_asked_however_it_is_worded_is_a_request(channel: str, text: str):
    answer = triage(text, channel, at="2027-03-09T10:15:00+01:00")
    assert answer["intent"] == "request", answer["reasons"]


NOT_REQUESTS = [
    # the same formal wrapper around a call back or a meeting
    (
        "voicemail",
        "Bonjour, maître Lenoir à l'appareil, je vous serais reconnaissant de bien vouloir me "
        "rappeler à votre convenance, merci.",
        {"unknown", "scheduling"},
    ),
    (
        "email",
        "Madame,\n\nJe vous saurais gré de bien vouloir confirmer votre présence à la réunion "
        "de chantier du mercredi 17 à 14 h.\n\nCordialement,\nM. Diallo",
        {"scheduling"},
    ),
    # a footer's instruction to whoever received the mail by mistake asks the consultant
    # nothing
    (
        "email",
        "Hi, the scaffolding came down on Friday as planned, all clear now.\n\nBen\n\nThis "
        "email is confidential. If you are not the intended recipient please notify the sender "
        "and delete it.",
        {"info"},
    ),
]


@pytest.mark.parametrize(("channel", "text", "intents"), NOT_REQUESTS)
def test_the_wrapper_around_a_call_or_a_meeting_is_not_a_request(
    channel: str, text: str, intents: set[str]
):
    answer = triage(text, channel, at="2027-03-09T10:15:00+01:00")
    assert answer["intent"] in intents, answer["reasons"]
