"""Email cleaning must never delete the message itself (issue 8, item 1).

Each case was found by a tester from outside the team and came out content-free or not
urgent: a footer word inside a body without blank lines, a line that starts like a mobile
signature but goes on, a postscript after the signature, a forwarded block with nothing
written above it, a one-line note above a forwarded notice, and HTML bodies.
"""

from __future__ import annotations

import pytest

from boundaries.triage import Message, classify
from boundaries.triage.mail import looks_like_html, read_mail


def email(text: str) -> Message:
    return Message("m", "email", text)


URGENT_EMAILS = {
    "footer word as an ordinary word, no blank line": (
        "Hi Sam,\nOur booking system stopped taking payments an hour ago.\n"
        "Unsubscribe requests are piling up too because people think we've been hacked.\n"
        "Can you look at it today?\nThanks\nJen"
    ),
    "'disclaimer' as a noun in the only paragraph": (
        "Hi,\nThe disclaimer on our website was replaced overnight by a gambling ad - I think "
        "we have been hacked. Can you take the site down today?\nPaul"
    ),
    "confidentiality sentence in the middle, French": (
        "Bonjour Claire,\nLe serveur de messagerie est en panne depuis ce matin, plus personne "
        "ne reçoit rien.\nCe message est confidentiel, mais je dois vous dire que la direction "
        "est furieuse.\nPouvez-vous intervenir aujourd'hui ?\nMarc"
    ),
    "footer sentence between two lines of the message": (
        "Bonjour Claire,\nLe site des dons est en panne depuis ce matin.\n"
        "Ce courriel et ses pièces jointes sont confidentiels.\n"
        "Il faut le remettre en ligne aujourd'hui, l'appel part à midi.\nMarc"
    ),
    "a line that starts like a mobile signature and goes on": (
        "Sent from my phone so excuse typos: the server is down and nobody can work. "
        "Please fix today.\nJen"
    ),
    "the same in French": (
        "Envoyé depuis mon téléphone, désolée : le serveur est en panne, personne ne peut "
        "travailler. Merci d'intervenir aujourd'hui.\nLéa"
    ),
    "postscript after a -- signature": (
        "Hi Sam,\nSee you Thursday.\n--\nJen Blake\nOperations\n\n"
        "PS: our payroll transfer was rejected this morning, staff won't be paid tomorrow!"
    ),
    "short postscript after the sign-off": (
        "Hi Sam,\nThanks for Thursday.\nThanks,\nJen\nPS: site down!"
    ),
    "forwarded Outlook block with nothing above it": (
        "De : Banque Populaire <alerte@banque.example>\nEnvoyé : lundi 30 novembre 2026 07:45\n"
        "À : Marc\nObjet : Rejet de virement\n\nVotre virement de salaires de 32 000 EUR a été "
        "rejeté. Il doit être renouvelé avant 14h aujourd'hui."
    ),
    "forwarded Outlook block with nothing above it, English": (
        "From: Host Support <support@host.example>\nSent: Monday, November 30, 2026 7:45 AM\n"
        "To: Jen\nSubject: Account suspended\n\nYour hosting account has been suspended for "
        "non-payment. All sites are offline until the balance is paid."
    ),
    "one-line note above a forwarded legal notice": (
        "Pouvez-vous regarder ? C'est pour demain.\n\nDe : Service juridique "
        "<juridique@fournisseur.example>\nEnvoyé : lundi 30 novembre 2026 08:02\nÀ : Marc\n"
        "Objet : Mise en demeure\n\nSans paiement de la facture 2231 avant demain 10h, nous "
        "saisirons le tribunal."
    ),
    "HTML body with entities": (
        "<html><head><style>p{margin:0}</style></head><body><p>Bonjour,</p><p>Le serveur de "
        "paie est en panne&nbsp;; les salaires ne partiront pas demain.</p><p>Merci de me "
        "rappeler.</p></body></html>"
    ),
}


@pytest.mark.parametrize("text", URGENT_EMAILS.values(), ids=list(URGENT_EMAILS))
def test_cleaning_keeps_what_makes_an_email_urgent(text: str) -> None:
    verdict = classify(email(text))
    assert verdict.urgent, verdict.reasons
    assert not verdict.content_free


def test_a_real_footer_at_the_end_is_still_removed() -> None:
    body = (
        "Hi Sam,\nCan you send me the March invoice?\nThanks\nJen\n\n"
        "This email is confidential and intended solely for the named addressee.\n"
        "If you received it in error, please delete it.\n\nTo unsubscribe, click here."
    )
    new = read_mail(body).new
    assert "March invoice" in new
    assert "confidential" not in new and "unsubscribe" not in new.lower()


def test_a_mobile_signature_line_is_still_removed() -> None:
    new = read_mail("Can you call the printer about Friday?\n\nSent from my iPhone").new
    assert new == "Can you call the printer about Friday?"


def test_html_history_in_blockquote_is_not_new_text() -> None:
    html = (
        "<div>Hi,<br><br>Can we move Thursday's call to 3pm?<br><br>Paul</div>"
        "<blockquote>On Fri, 27 Nov 2026 at 10:12 Sam wrote:<br>Here is the agenda for "
        "Thursday, with the three points we discussed.</blockquote>"
    )
    assert looks_like_html(html)
    new = read_mail(html).new
    assert "move Thursday" in new and "agenda" not in new
    assert "<" not in new and "&" not in new


def test_plain_text_is_not_taken_for_html() -> None:
    assert not looks_like_html("Q&A session at 3 < 4 pm? Tom & Jerry")


def test_topic_of_an_html_email_has_no_tags_or_entities() -> None:
    verdict = classify(email(URGENT_EMAILS["HTML body with entities"]))
    assert verdict.topic and "<" not in verdict.topic and "&" not in verdict.topic
    assert "nbsp" not in verdict.topic and "div" not in verdict.topic.split()


def test_fuller_text_reason_names_the_urgency_not_the_intent() -> None:
    verdict = classify(email(URGENT_EMAILS["one-line note above a forwarded legal notice"]))
    assert any("urgent" in r or "dans la journée" in r for r in verdict.reasons)


@pytest.mark.parametrize(
    "body",
    [
        # newcomer31: a one-line notice in a footer's words is the whole message, not a footer
        "The office is closed on Friday for the holiday.",
        "Nos bureaux seront fermés lundi pour l'inventaire.",
        "En cas d'urgence pendant les vacances, le gardien a les clés de la salle.",
    ],
)
def test_a_footer_never_takes_the_whole_message(body: str) -> None:
    assert read_mail(body).new == body
    verdict = classify(Message("x", "email", body))
    assert not verdict.content_free, verdict.reasons


def test_a_footer_below_a_message_is_still_removed() -> None:
    body = "Server down since 9.\n\nOur offices are closed from 24 December to 2 January."
    assert read_mail(body).new == "Server down since 9."
