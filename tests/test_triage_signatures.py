"""Signatures, on-call lines and footers at the end of an email are not the message (probe14
kind 7): they decide neither the urgency, nor content-free, nor the topic."""

from __future__ import annotations

from datetime import datetime

from boundaries.triage import Message, classify
from boundaries.triage.mail import read_mail

AT = datetime.fromisoformat("2027-05-12T10:00:00+02:00")  # a Wednesday morning


def email(text: str, subject: str = "") -> Message:
    return Message("m", "email", text, subject=subject, at=AT)


ON_CALL = (
    "Bonjour,\n\nPouvez-vous me renvoyer la facture de mars ?\n\nCordialement,\n"
    "Luc Berthier\nAmbulances Berthier — urgences 24h/24 : 05 00 00 00 00"
)
PHYSIO = (
    "Could you ring me back?\n\n--\nAmira Patel\nOffice Manager | Northside Physio\n"
    "3 Quay Street, Exeter EX2 4AN\nT: 01392 000 000\n\n"
    "CONFIDENTIAL: This message and its attachments are confidential and may contain health "
    "information about patients. If you received it in error, please delete it."
)
NOTARY = (
    "Bonjour,\n\nPouvez-vous me rappeler ?\n\nBien à vous,\n\nHélène Girard\nNotaire associée\n"
    "Étude Girard & Lemaire — Notaires à Nantes\n8 quai de la Fosse, 44000 Nantes\n"
    "Tél. 02 40 00 00 00"
)
NO_CLOSING = (
    "The card terminal at the front desk rejects every payment since the update.\n\n"
    "Owen\nOwen Price | Duty Manager\nHarbour Hotel Group"
)
MAILING_LIST = (
    "Where can I find the release notes for version 4?\n\n"
    "You received this message because you are subscribed to the Friends of the Library "
    "group.\nTo unsubscribe from this group, send an email to friends+unsubscribe@example.org."
)


def test_an_on_call_line_in_the_signature_does_not_make_a_request_urgent() -> None:
    verdict = classify(email(ON_CALL, "Facture"))
    assert not verdict.urgent, verdict.reasons
    assert "24h/24" not in read_mail(ON_CALL).fuller


def test_a_call_back_above_a_signature_and_a_confidentiality_footer_is_content_free() -> None:
    verdict = classify(email(PHYSIO))
    assert read_mail(PHYSIO).new == "Could you ring me back?"
    assert verdict.content_free and verdict.topic == "", verdict.reasons
    assert not verdict.urgent


def test_a_firm_signature_with_its_address_is_not_the_topic() -> None:
    verdict = classify(email(NOTARY))
    assert "Notaire" not in read_mail(NOTARY).new
    assert verdict.content_free and verdict.topic == "", (verdict.topic, verdict.reasons)


def test_a_signature_without_a_closing_formula_is_cut_from_the_name_that_signs() -> None:
    mail = read_mail(NO_CLOSING)
    assert mail.new == "The card terminal at the front desk rejects every payment since the update."
    topic = classify(email(NO_CLOSING)).topic.lower()
    assert "owen" not in topic and "harbour" not in topic and "manager" not in topic


def test_the_name_that_signs_stays_for_telling_who_writes() -> None:
    # The answered-by link tells whose matter a status check is about by its signer.
    mail = read_mail(NO_CLOSING)
    assert "Owen" in mail.signed and "Owen" not in mail.new


def test_a_mailing_list_footer_is_not_the_message() -> None:
    assert read_mail(MAILING_LIST).new == "Where can I find the release notes for version 4?"


def test_a_message_line_after_the_name_is_kept() -> None:
    body = (
        "Can you send me the May invoice?\n\nMarc\n\n"
        "la caisse ne démarre plus depuis ce matin, on ne peut rien encaisser"
    )
    assert "la caisse ne démarre plus" in read_mail(body).new
    assert classify(email(body)).urgent


def test_a_softener_is_not_a_call_back_that_makes_room_for_names() -> None:
    # "when you get a chance" softens a request; it asks for no call.
    verdict = classify(
        email(
            "The scanner's on its last roller. Could you order two more when you get a chance?",
            "scanner roller",
        )
    )
    assert verdict.intent.value == "request", verdict.reasons


def test_a_first_name_with_kisses_signs_the_message() -> None:
    body = "Hi Sam!!\n\nCould you change the colours on the flyer again?? Sorry 😅\n\nMaya xx"
    assert read_mail(body).new.endswith("Sorry 😅")
    assert "maya" not in classify(email(body, "PLEASE READ")).topic.lower()


LOWERCASE_FIRM = (
    "Good morning,\n\nCould you send me the renewal quote for the backup service?\n\n"
    "Kind regards,\nDr Maeve Byrne\nVeterinary surgeon\n\nRiverside animal hospital\n"
    "7 Mill Road, Cork T12 X2Y3\nTel. 021 000 0000"
)
LEGAL_FORM_AND_FRENCH_NOTICE = (
    "Bonjour,\n\nLe cabinet sera fermé vendredi après-midi pour l'inventaire.\n\n"
    "Bien à vous,\nCarine Hoffmann\n\nHoffmann & Kieffer S.à r.l.\n3, rue du Fort – "
    "L-1234 Luxembourg\nTél. +352 00 00 00\n\nAVIS DE CONFIDENTIALITÉ : ce courriel peut "
    "contenir des renseignements personnels. Si vous l'avez reçu par erreur, merci de le "
    "détruire."
)


def test_a_firm_named_in_lowercase_words_above_its_address_is_signature() -> None:
    new = read_mail(LOWERCASE_FIRM).new
    assert new.endswith("Kind regards,")
    assert "animal hospital" not in new and "Mill Road" not in new


def test_a_firm_with_a_legal_form_and_a_french_notice_are_not_the_message() -> None:
    new = read_mail(LEGAL_FORM_AND_FRENCH_NOTICE).new
    assert new.endswith("Bien à vous,")
    assert "renseignements personnels" not in new and "S.à r.l." not in new
    verdict = classify(email(LEGAL_FORM_AND_FRENCH_NOTICE))
    assert not verdict.urgent and not verdict.possible, verdict.reasons
