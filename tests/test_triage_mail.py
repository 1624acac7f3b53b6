"""Email new text: history, forwards, footers, sign-offs and HTML bodies (issue 8, item 1)."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Message, classify
from boundaries.triage.mail import new_text, new_text_html, read_mail

AT = datetime.fromisoformat("2027-03-09T09:30:00+01:00")


def email(text: str, subject: str = "") -> Message:
    return Message("m", "email", text, subject=subject, at=AT)


# The four reproductions of issue 8: each was urgent and came out not urgent.
FOOTER_WORD_IN_BODY = (
    "Our donation page has been down since this morning.\n"
    "This email is confidential and intended solely for the named addressee.\n"
    "Please get it back up today, the appeal goes out at noon.\n\nDave"
)
BODY_LINE_LIKE_A_QUOTE_HEADER = (
    "Bonjour Claire,\nLe bailleur nous a écrit :\n"
    "nous devons libérer la salle avant demain midi sinon il change les serrures.\n"
    "Qu'est-ce qu'on fait ?\nMarc"
)
BOTTOM_POSTED = (
    "> Did the bank confirm the transfer?\n"
    "No, and the payroll transfer bounced this morning, staff won't be paid tomorrow.\n"
    "> Anything else?\nNo.\nDave"
)
THANKS_OPENER = (
    "Bonjour Claire,\nMerci !\n"
    "Par contre le virement des salaires a été rejeté, personne ne sera payé demain.\nMarc"
)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        (FOOTER_WORD_IN_BODY, "the appeal goes out at noon"),
        (BODY_LINE_LIKE_A_QUOTE_HEADER, "change les serrures"),
        (BOTTOM_POSTED, "staff won't be paid tomorrow"),
        (THANKS_OPENER, "personne ne sera payé demain"),
    ],
)
def test_the_message_itself_is_kept_and_judged_urgent(body: str, kept: str):
    assert kept in new_text(body)
    verdict = classify(email(body))
    assert verdict.urgent and verdict.urgency == "urgent", verdict.reasons


def test_quoted_lines_of_a_bottom_posted_reply_are_history():
    text = new_text(BOTTOM_POSTED)
    assert "Did the bank confirm" not in text and "Anything else" not in text


@pytest.mark.parametrize(
    "body",
    [
        "Thanks, got it.\n\nOn Mon, Nov 3, 2025 at 10:12 AM Claire Martin <claire@example.org> "
        "wrote:\n> The site is down, urgent!\n> Claire",
        "Merci, c'est noté.\n\nLe lun. 3 nov. 2025 à 10:12, Claire Martin <claire@example.org> "
        "a écrit :\n> Le site est en panne depuis ce matin.",
        "Noted, thanks.\n\n-----Original Message-----\nFrom: Claire Martin\nSent: Monday, "
        "3 November 2025 10:12\nTo: Dave\nSubject: server\n\nThe server is down since 8am.",
        "Bien reçu.\n\nDe : Claire Martin <claire@example.org>\nEnvoyé : lundi 3 novembre 2025\n"
        "À : Marc\nObjet : serveur\n\nLe serveur est en panne.",
        "Ok.\n\nOn 3 Nov 2025, at 10:12, Claire Martin <claire@example.org> wrote:\n\n"
        "The site is down and we cannot take donations.",
    ],
)
def test_history_after_a_quote_header_is_not_the_new_text(body: str):
    text = new_text(body)
    assert "down" not in text and "panne" not in text
    assert len(text.split()) <= 3


@pytest.mark.parametrize(
    "body",
    [
        "Thanks, see below.\n\nOn Mon, Nov 3, 2025 at 10:12 AM Claire Martin "
        "<claire.martin@example.org>\nwrote:\n> Where is the grant report?",
        "Merci, voir plus bas.\n\nLe lun. 3 nov. 2025 à 10:12, Claire Martin\n"
        "<claire.martin@example.org> a écrit :\n> Où en est le rapport ?",
    ],
)
def test_a_quote_header_wrapped_over_two_lines_never_becomes_the_topic(body: str):
    text = new_text(body)
    assert "wrote" not in text and "écrit" not in text and "example.org" not in text
    topic = classify(email(body)).topic.lower()
    assert "wrote" not in topic and "ecrit" not in topic and "martin" not in topic


def test_interleaved_reply_keeps_every_answer_and_drops_every_quote():
    body = (
        "On Mon, Nov 3, 2025 at 10:12 AM Claire <c@example.org> wrote:\n"
        "> Is the venue confirmed?\nNo, they cancelled this morning.\n"
        "> And the caterer?\nThe caterer is fine.\n"
    )
    text = new_text(body)
    assert "they cancelled this morning" in text and "The caterer is fine" in text
    assert "venue confirmed" not in text


def test_forwarded_content_is_what_the_client_hands_over_now():
    body = (
        "See below, what do we do?\n\n---------- Forwarded message ---------\n"
        "From: City Bank <alerts@bank.example>\nDate: Mon, 3 Nov 2025 at 08:02\n"
        "Subject: Payment rejected\nTo: Dave <dave@example.org>\n\n"
        "Your payroll transfer of 42,000 EUR was rejected today.\n"
    )
    mail = read_mail(body)
    assert mail.forwarded
    assert "payroll transfer of 42,000 EUR was rejected" in mail.new
    assert "alerts@bank.example" not in mail.new


@pytest.mark.parametrize(
    "footer",
    [
        "This email and any attachments are confidential and intended solely for the "
        "addressee. If you have received this email in error please delete it.",
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à "
        "leurs destinataires.",
        "Pensez à l'environnement avant d'imprimer ce courriel.",
        "To unsubscribe from this list, click here.",
    ],
)
def test_footers_are_boilerplate_at_the_end(footer: str):
    body = f"Where are we on the grant report?\n\nThanks,\nDave\n\n{footer}"
    assert new_text(body) == "Where are we on the grant report?\n\nThanks,"


def test_signature_after_a_closing_formula_is_cut():
    body = (
        "Can you send the budget by Friday?\n\nBest regards,\nDave Smith\nDirector, Example "
        "Trust\n+44 20 1234 5678\nwww.example.org"
    )
    assert new_text(body) == "Can you send the budget by Friday?\n\nBest regards,"


def test_a_reply_that_removes_most_of_the_body_is_judged_on_the_fuller_text_too():
    body = (
        "Any thoughts?\n\n> Our donation page has been down since this morning and the appeal "
        "goes out at noon, we are losing donations every minute."
    )
    verdict = classify(email(body))
    assert verdict.urgent and verdict.urgency == "possible", verdict.reasons
    # Pointed at ("See below."), the quoted message is handed over: clear evidence.
    handed = classify(email(body.replace("Any thoughts?", "See below.")))
    assert handed.urgent and handed.urgency == "urgent", handed.reasons


def test_html_only_body_is_converted_and_its_quoted_part_is_history():
    html = (
        '<div dir="ltr">Hi Claire,<div><br></div><div>The <b>payroll</b> transfer bounced this '
        "morning, staff won't be paid tomorrow.</div><div>Dave</div></div>"
        '<div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 3, 2025 at 10:12 AM '
        "Claire &lt;claire@example.org&gt; wrote:<br></div><blockquote>Did the bank confirm "
        "the transfer?</blockquote></div>"
    )
    text = new_text_html(html)
    assert "payroll transfer bounced this morning" in text
    assert "Did the bank confirm" not in text and "wrote" not in text


# newcomer10 H2: a body that is a signature block and nothing else says nothing; the name in
# it is never its new text nor its topic (it would go on the client's agenda).
@pytest.mark.parametrize(
    "body",
    [
        "-- \nMarc Dubois\nAssociation Horizon",
        "--\nMarc Dubois | Président\nAssociation Horizon\n12 rue des Lilas, 69003 Lyon",
        "Jen Park\nProgram Director, Harbor Youth Arts\n+1 212 555 0147",
        "Jen Park\njen@harboryoutharts.example",
        "<p>-- <br>Marc Dubois<br>Association Horizon</p>",  # HTML, "-- " escaped by html2text
    ],
)
def test_a_body_that_is_only_a_signature_says_nothing(body: str):
    assert new_text(body) == ""
    result = classify(email(body))
    assert result.content_free and result.topic == ""


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("Budget vendredi", "Budget vendredi"),
        ("Jen Park\n+1 212 555 0147\nCan you call me back about the lease?", "lease"),
        ("-- \nCan you call me back about the lease?", "lease"),
    ],
)
def test_a_short_message_or_one_below_a_signature_is_kept(body: str, kept: str):
    assert kept in new_text(body)
