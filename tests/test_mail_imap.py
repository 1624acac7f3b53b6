"""Reading client emails and the consultant's updates from a real IMAP server (Dovecot)."""

from __future__ import annotations

import base64

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from boundaries.integrations.mail.cycle import MailCycle
from boundaries.store import Store
from boundaries.store.outbox import Outbox
from tests.gateway_support import Receiver
from tests.mail_servers import Dovecot, SmtpServer
from tests.mail_support import at, crlf, example_with_mail, parsed

OUTLOOK_REPLY_FR = crlf("""
From: Marc Dubois <marc@horizon.example>
To: Claire Martin <claire@conseil.example>
Subject: RE: Point d'avancement : subvention région
Date: Tue, 1 Dec 2026 10:12:40 +0100
Message-ID: <AM0PR07MB1234ABCD@AM0PR07MB1234.eurprd07.prod.outlook.com>
Thread-Topic: Point d'avancement : subvention région
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_AM0PR07MB1234_"

--_000_AM0PR07MB1234_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour Claire,

O=F9 en est le dossier de subvention de la r=E9gion ? Le bureau me pose la q=
uestion.

Bien cordialement,
Marc Dubois
Pr=E9sident - Association Horizon

________________________________
De : Claire Martin <claire@conseil.example>
Envoy=E9 : lundi 30 novembre 2026 15:02
=C0 : Marc Dubois <marc@horizon.example>
Objet : Point d'avancement : subvention r=E9gion

Bonjour Marc, le dossier de subvention r=E9gion est d=E9pos=E9 depuis vendredi.

--_000_AM0PR07MB1234_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Bonjour Claire,</p><p>O=F9 en est le dossier de subvention d=
e la r=E9gion ?</p></body></html>

--_000_AM0PR07MB1234_--
""")

SENT_UPDATE = crlf("""
From: Claire Martin <claire@conseil.example>
To: Marc Dubois <marc@horizon.example>
Subject: Point d'avancement : subvention région
Date: Mon, 30 Nov 2026 15:02:11 +0100
Message-ID: <update-1@conseil.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour Marc,

Le dossier de subvention de la région est déposé depuis vendredi ; la région répond
d'ici trois semaines. Le budget est à jour.

Claire
""")

GMAIL_HTML_ONLY_URGENT = crlf("""
From: Karim Benali <karim@velo-solidaire.example>
To: claire@conseil.example
Subject: Site en panne
Date: Tue, 1 Dec 2026 11:03:00 +0100
Message-ID: <CAJ8x=Zr4mGq9w@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bonjour Claire,</div><div><br></div><div>Notre site est =
en panne depuis ce matin, plus aucune commande ne passe. Tu peux regarder au =
plus vite ?</div><div><br></div><div>Karim</div></div><br><div class=3D"gmail=
_quote"><div dir=3D"ltr" class=3D"gmail_attr">Le lun. 30 nov. 2026 =C3=A0 09:=
12, Claire Martin &lt;<a href=3D"mailto:claire@conseil.example">claire@conseil.=
example</a>&gt; a =C3=A9crit&nbsp;:<br></div><blockquote class=3D"gmail_quote">=
Tout est en ordre pour la migration.</blockquote></div>
""")

FORWARDED_EN = crlf("""
From: Jen Park <jen@harboryoutharts.example>
To: Claire Martin <claire@conseil.example>
Subject: Fwd: Venue contract for the spring show
Date: Tue, 1 Dec 2026 09:40:00 -0500
Message-ID: <fwd-77@harboryoutharts.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hi Claire, the venue sent the contract for the spring show, could we go over it on
our Thursday call?

---------- Forwarded message ---------
From: Bookings <bookings@venue.example>
Date: Mon, Nov 30, 2026 at 4:12 PM
Subject: Venue contract for the spring show

Please find the contract attached. Payment due within 30 days.
""")

# newcomer9 M2: a bottom-posted reply in the thread of an earlier subject adds a matter.
BOTTOM_POSTED_ADDS = crlf("""
From: Jen Park <jen@harboryoutharts.example>
To: Claire Martin <claire@conseil.example>
Subject: Re: grant report
Date: Tue, 1 Dec 2026 06:00:00 -0500
Message-ID: <bottom-1@harboryoutharts.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

On Mon, Nov 30, 2026 at 5:00 PM Claire Martin <claire@conseil.example> wrote:
> Hi Jen, I will look at the grant report on Thursday.
>
> Claire

Thanks Claire. Could we also add the volunteer insurance renewal to Thursday's call?

Jen
""")

WITH_BIG_ATTACHMENT = (
    crlf("""
From: Marc Dubois <marc@horizon.example>
To: claire@conseil.example
Subject: Compte rendu de l'AG
Date: Tue, 1 Dec 2026 11:30:00 +0100
Message-ID: <big-1@horizon.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset="utf-8"

Voici le compte rendu de l'assemblée générale, à relire pour le prochain point.

--b1
Content-Type: application/pdf; name="cr-ag.pdf"
Content-Disposition: attachment; filename="cr-ag.pdf"
Content-Transfer-Encoding: base64
""")
    + base64.encodebytes(b"%PDF-1.4 " + b"x" * 2_000_000).replace(b"\n", b"\r\n")
    + b"--b1--\r\n"
)

MALFORMED = crlf("""
From: Marc Dubois <marc@horizon.example>
To: claire@conseil.example
Subject: =?utf-8?B?broken
Message-ID: <broken-1@horizon.example>
MIME-Version: 1.0
Content-Type: multipart/mixed

this is not a multipart body at all
""")

STRANGER = crlf("""
From: Newsletter <news@promo.example>
To: claire@conseil.example
Subject: Nos offres de formation
Message-ID: <promo-1@promo.example>
Content-Type: text/plain; charset="utf-8"

Découvrez nos offres.
""")


@pytest.fixture(autouse=True)
def imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOUNDARIES_IMAP_PASSWORD", Dovecot.password)


def setup(
    db_url: str, imap: Dovecot, extra: str = "", service: str = ""
) -> tuple[Store, MailCycle]:
    _, config = example_with_mail(f'imap_url = "{imap.url}"\n{extra}', service)
    store = Store.open(db_url)
    return store, MailCycle(config, store)


def test_urgent_client_email_notifies_the_consultant_within_one_cycle(db_url: str, imap: Dovecot):
    imap.append("INBOX", GMAIL_HTML_ONLY_URGENT)
    with Receiver() as receiver:
        store, cycle = setup(db_url, imap, service=f'notify = ["{receiver.url}"]')
        report = cycle.run(at(11, 4))
        assert report.urgent_notified == 1 and report.emails_read == 1
        [notice] = receiver.wait(1)
        assert "Atelier Vélo Solidaire" in notice["title"]
        assert "panne depuis ce matin" in notice["message"]
        # The next cycle does not notify again.
        assert cycle.run(at(11, 5)).urgent_notified == 0
        assert len(receiver.received) == 1
    [event] = [e for e in store.events(store.account_id()) if e.kind == "email"]
    assert event.action == "notify" and event.client == "velo"
    assert event.detail["text"].startswith("Bonjour Claire")
    assert "Tout est en ordre" not in event.detail["text"]  # the quoted history is cut
    store.close()


def test_status_check_by_email_points_to_the_update_read_from_sent(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    imap.append("Sent", SENT_UPDATE)
    imap.append("INBOX", OUTLOOK_REPLY_FR)
    store, cycle = setup(db_url, imap, f'smtp_url = "{smtp.url}"')
    report = cycle.run(at(10, 15))
    assert (report.updates_read, report.emails_read) == (1, 1)
    events = {e.kind: e for e in store.events(store.account_id())}
    assert events["update"].sid == "<update-1@conseil.example>"
    email = events["email"]
    assert (
        email.action == "answered" and email.detail["answered_by"] == "<update-1@conseil.example>"
    )
    assert "Le bureau me pose la question" in email.detail["text"]
    assert "Envoyé" not in email.detail["text"]  # Outlook's quoted header and below are cut
    cycle.run(at(17))
    [received] = smtp.received()
    body = parsed(received).get_body(("plain",)).get_content()
    assert "lundi 30 novembre (« Point d'avancement : subvention région »)" in body
    # the reply answers the client's email in its thread (newcomer4 L6)
    outlook_id = "<AM0PR07MB1234ABCD@AM0PR07MB1234.eurprd07.prod.outlook.com>"
    assert parsed(received)["In-Reply-To"] == outlook_id
    assert outlook_id in parsed(received)["References"]
    store.close()


def test_forwarded_email_goes_on_the_agenda_and_strangers_are_left_alone(
    db_url: str, imap: Dovecot
):
    imap.append("INBOX", FORWARDED_EN)
    imap.append("INBOX", STRANGER)
    store, cycle = setup(db_url, imap, "agenda_hours_before = 24")
    cycle.run(at(16))
    [event] = [e for e in store.events(store.account_id()) if e.kind == "email"]
    assert event.client == "harbor" and event.action == "agenda"
    # What a client forwards is what it hands over now: it is part of the message (issue 8).
    assert event.detail["text"].startswith("Hi Claire, the venue sent the contract")
    assert "Payment due within 30 days" in event.detail["text"]
    # Harbor's standing call is Thursday 16:00 in New York: its agenda goes a day before.
    cycle.run(at(22, days=1))
    [agenda] = Outbox(store, store.account_id()).entries()
    assert agenda.kind == "agenda" and agenda.to == "jen@harboryoutharts.example"
    assert "Venue contract for the spring show" in agenda.text
    store.close()


def test_the_agenda_carries_the_matter_a_reply_adds_not_only_its_thread(db_url: str, imap: Dovecot):
    imap.append("INBOX", BOTTOM_POSTED_ADDS)
    store, cycle = setup(db_url, imap, "agenda_hours_before = 24")
    cycle.run(at(16))
    [event] = [e for e in store.events(store.account_id()) if e.kind == "email"]
    assert event.detail["triage"]["topic"] == "volunteer insurance renewal"
    cycle.run(at(22, days=1))
    [agenda] = Outbox(store, store.account_id()).entries()
    assert agenda.kind == "agenda" and agenda.to == "jen@harboryoutharts.example"
    assert "volunteer insurance renewal" in agenda.text
    store.close()


def test_big_attachments_and_malformed_messages_never_stop_the_cycle(db_url: str, imap: Dovecot):
    imap.append("INBOX", MALFORMED)
    imap.append("INBOX", WITH_BIG_ATTACHMENT)
    imap.append("INBOX", FORWARDED_EN)
    store, cycle = setup(db_url, imap)
    report = cycle.run(at(12))
    events = {e.sid: e for e in store.events(store.account_id()) if e.kind == "email"}
    assert events["<broken-1@horizon.example>"].action == "error"
    assert "malformed" in events["<broken-1@horizon.example>"].detail["error"]
    big = events["<big-1@horizon.example>"]
    assert big.action == "agenda" and "compte rendu" in big.detail["text"]
    assert big.detail["size"] > 2_000_000  # read in part: only its first bytes were fetched
    assert "<fwd-77@harboryoutharts.example>" in events
    assert any("malformed" in e for e in report.errors)
    store.close()


def test_a_new_uidvalidity_stores_nothing_twice(db_url: str, imap: Dovecot):
    imap.append("Clients", FORWARDED_EN)
    imap.append("Clients", GMAIL_HTML_ONLY_URGENT)
    store, cycle = setup(db_url, imap, 'inbox = "Clients"')
    assert cycle.run(at(12)).emails_read == 2
    imap.recreate("Clients")  # same messages, new UIDVALIDITY: read again from the start
    imap.append("Clients", OUTLOOK_REPLY_FR)
    report = cycle.run(at(12, 1))
    assert report.emails_read == 1 and report.urgent_notified == 0
    assert len([e for e in store.events(store.account_id()) if e.kind == "email"]) == 3
    store.close()


def test_a_wrong_password_is_reported_and_the_outbox_still_runs(
    db_url: str, imap: Dovecot, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("BOUNDARIES_IMAP_PASSWORD", "wrong")
    store, cycle = setup(db_url, imap)
    report = cycle.run(at(12))
    assert any("identification refusée" in e for e in report.errors)  # fr consultant
    assert "wrong" not in " ".join(report.errors)  # the password never shows
    # the server's words as text, not as Python bytes (trial47 B4: "(b'[AUTHENTICATIONFAILED]")
    assert "(b'" not in " ".join(report.errors) and "AUTHENTICATIONFAILED" in " ".join(
        report.errors
    )
    store.close()


FORWARD_UNDER_A_NOTE = crlf("""
From: Karim Benali <karim@velo-solidaire.example>
To: Claire Martin <claire@conseil.example>
Subject: banque
Date: Tue, 1 Dec 2026 10:40:00 +0100
Message-ID: <fwd-bank-1@velo-solidaire.example>
Content-Type: text/plain; charset="utf-8"

Salut Claire,
Je te transfère le message de la banque, à traiter stp.

> Votre virement de 9 800 € (salaires novembre) a été rejeté : IBAN bénéficiaire invalide.
> Les salaires ne pourront pas être versés demain.

Karim
""")


def test_a_bank_notice_forwarded_under_a_note_notifies_as_urgent(db_url: str, imap: Dovecot):
    # Issue 8: what the client hands over counts, in the live inbox as in `boundaries triage`.
    imap.append("INBOX", FORWARD_UNDER_A_NOTE)
    with Receiver() as receiver:
        store, cycle = setup(db_url, imap, service=f'notify = ["{receiver.url}"]')
        assert cycle.run(at(10, 45)).urgent_notified == 1
        receiver.wait(1)
    [event] = [e for e in store.events(store.account_id()) if e.kind == "email"]
    assert event.action == "notify" and event.detail["triage"]["urgency"] == "urgent"
    assert "IBAN" in event.detail["text"]  # the forwarded notice is part of what is stored
    store.close()


def test_an_urgent_email_read_while_its_alert_could_not_be_stored_alerts_on_the_next_cycle(
    db_url: str, imap: Dovecot, monkeypatch: pytest.MonkeyPatch
):
    """newcomer13 H1's kind, by email: the store failed when the alert of an urgent email was
    to be stored. The email is read again on the next cycle; it must not be taken as done
    without its alert."""
    from boundaries.store import StoreError

    imap.append("INBOX", GMAIL_HTML_ONLY_URGENT)
    with Receiver() as receiver:
        store, cycle = setup(db_url, imap, service=f'notify = ["{receiver.url}"]')
        real = store.record
        failed = []

        def record(account_id, events, jobs=()):  # type: ignore[no-untyped-def]
            events = list(events)
            if not failed and any(e.kind == "notification" for e in events):
                failed.append(True)
                raise StoreError("database or disk is full (injected)")
            return real(account_id, events, jobs)

        monkeypatch.setattr(store, "record", record)
        cycle.run(at(11, 4))
        assert failed
        report = cycle.run(at(11, 5))
        assert report.urgent_notified == 1, report
        [notice] = receiver.wait(1)
        assert "Atelier Vélo Solidaire" in notice["title"]
    emails = [e for e in store.events(store.account_id()) if e.kind == "email"]
    assert len(emails) == 1 and emails[0].action == "notify"
    store.close()


def test_a_second_text_under_a_known_message_id_is_neither_stored_nor_alerted(
    db_url: str, imap: Dovecot
):
    """trial33 §4: a new body under a stored Message-ID alerted the consultant, while the
    stored email kept the old text: an alert with no email behind it. A Message-ID names one
    message (RFC 5322 §3.6.4)."""
    urgent_copy = FORWARDED_EN.replace(
        b"Hi Claire, the venue sent the contract for the spring show, could we go over it on",
        b"Hi Claire, URGENT the venue flooded overnight and the show is tonight, call me",
    )
    assert urgent_copy != FORWARDED_EN
    with Receiver() as receiver:
        store, cycle = setup(db_url, imap, service=f'notify = ["{receiver.url}"]')
        imap.append("INBOX", FORWARDED_EN)
        assert cycle.run(at(12)).emails_read == 1
        imap.append("INBOX", urgent_copy)
        report = cycle.run(at(12, 1))
        assert report.emails_read == 0 and report.urgent_notified == 0
        assert receiver.received == []
    kinds = [e.kind for e in store.events(store.account_id())]
    assert kinds.count("email") == 1 and "notification" not in kinds
    store.close()


def test_mail_sync_says_in_french_that_an_urgent_email_raised_no_alert(
    db_url: str, imap: Dovecot, tmp_path
) -> None:
    """trial44 §13: with no notification channel, `mail sync` under a French configuration
    printed the job runner's English log line ("job notify … failed for good after 1
    attempt(s): no notification channel") between its French lines. Now the cycle's report
    says it in the consultant's language, with its fix, and the log line stays off."""
    imap.append("INBOX", GMAIL_HTML_ONLY_URGENT)
    text, config = example_with_mail(f'imap_url = "{imap.url}"')
    assert config.consultant.language == "fr" and not config.service.notify
    path = tmp_path / "boundaries.toml"
    path.write_text(text, encoding="utf-8")
    Store.open(db_url).close()
    done = CliRunner().invoke(
        cli,
        [
            "mail",
            "sync",
            "--config",
            str(path),
            "--database",
            db_url,
            "--now",
            at(11, 4).isoformat(),
        ],
    )
    assert "failed for good" not in done.output and "attempt(s)" not in done.output, done.output
    assert "1 message urgent a été enregistré sans alerte" in done.output, done.output
    assert "[service] notify" in done.output
    store = Store.open(db_url)
    try:
        [event] = [e for e in store.events(store.account_id()) if e.kind == "email"]
        assert event.action == "notify"  # stored as urgent: nothing lost
    finally:
        store.close()
