"""Accents survive every way a mail program writes them: HTML character references in a body
(`cr&eacute;neau`) and 8-bit or encoded-word headers (`Subject: V\\xe9los`), read from a real
IMAP server (Dovecot) and sent on by a real SMTP server, and through `boundaries triage`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.integrations.mail.cycle import MailCycle
from boundaries.integrations.mail.parse import parse
from boundaries.store import Store
from tests.mail_servers import Dovecot, SmtpServer
from tests.mail_support import at, crlf, example_with_mail, parsed

# An HTML-only message whose accents are all character references, as some webmails write.
HTML_ENTITIES = crlf("""
From: Karim Benali <karim@velo-solidaire.example>
To: claire@conseil.example
Subject: Affiche
Date: Tue, 1 Dec 2026 09:10:00 +0100
Message-ID: <entities-1@velo-solidaire.example>
MIME-Version: 1.0
Content-Type: text/html; charset="us-ascii"

<html><body><p>Bonjour Claire,</p><p>Tu peux relire l&#39;affiche de la f&ecirc;te de
quartier et valider le cr&eacute;neau de r&eacute;union du comit&#xE9; ?</p>
<p>Merci&nbsp;!</p><p>Karim</p></body></html>
""")

# An old mail program: the Subject in raw Latin-1 bytes, no RFC 2047 encoding, and a body
# declared as nothing at all.
LATIN1_SUBJECT = crlf(
    """
From: Karim Benali <karim@velo-solidaire.example>
To: claire@conseil.example
Subject: Vélos
Date: Tue, 1 Dec 2026 09:20:00 +0100
Message-ID: <latin1-1@velo-solidaire.example>
MIME-Version: 1.0
Content-Type: text/plain
Content-Transfer-Encoding: 8bit

Bonjour Claire, pourras-tu regarder le stock des vélos de la boutique ?
Karim
""",
    "latin-1",
)


@pytest.fixture(autouse=True)
def imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOUNDARIES_IMAP_PASSWORD", Dovecot.password)


def setup(db_url: str, imap: Dovecot, smtp: SmtpServer) -> tuple[Store, MailCycle]:
    _, config = example_with_mail(f'imap_url = "{imap.url}"\nsmtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    return store, MailCycle(config, store)


def test_html_character_references_keep_their_accents_in_triage():
    line = {
        "id": "h2",
        "channel": "email",
        "subject": "",
        "text": "<p>Tu peux valider le cr&eacute;neau de r&eacute;union du comit&eacute; ?</p>",
    }
    result = CliRunner().invoke(cli, ["triage", "--rules-only"], input=json.dumps(line) + "\n")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["topic"] == "créneau de réunion du comité"


def test_an_html_email_written_in_character_references_is_stored_with_its_accents(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    imap.append("INBOX", HTML_ENTITIES)
    store, cycle = setup(db_url, imap, smtp)
    assert cycle.run(at(9, 15)).emails_read == 1
    [event] = [e for e in store.events(store.account_id()) if e.kind == "email"]
    text = event.detail["text"]
    assert "l'affiche de la fête de quartier" in text
    assert "créneau de réunion du comité" in text
    assert "\xa0" not in text and "fete" not in text and "creneau" not in text
    store.close()


def test_a_raw_latin1_subject_reaches_the_agenda_as_written(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    imap.append("INBOX", LATIN1_SUBJECT)
    store, cycle = setup(db_url, imap, smtp)
    cycle.run(at(9, 30))
    [event] = [e for e in store.events(store.account_id()) if e.kind == "email"]
    assert event.detail["subject"] == "Vélos"
    assert event.detail["triage"]["topic"] == "Vélos"
    # Vélo's Thursday 16:00 call: its agenda goes out on Wednesday at 16:00.
    cycle.run(at(16, 1, days=1))
    [sent] = smtp.received()
    body = parsed(sent).get_body(("plain",)).get_content()
    assert "« Vélos »" in body
    assert "\ufffd" not in body
    store.close()


@pytest.mark.parametrize(
    ("header", "subject"),
    [
        (b"Subject: V\xe9los", "Vélos"),  # Latin-1, undeclared
        (b"Subject: V\xc3\xa9los \xc5\x93uvres", "Vélos œuvres"),  # UTF-8 (RFC 6532)
        (b"Subject: \x93Devis\x94 pour l\x92atelier", "“Devis” pour l’atelier"),  # cp1252
        (b"Subject: =?utf-8?q?V=C3=A9los?=", "Vélos"),  # RFC 2047
        (b"Subject: =?us-ascii?q?V=E9los?= et =?iso-8859-1?q?caf=E9?=", "Vélos et café"),
        (b"Subject: =?utf-8?B?broken", "=?utf-8?B?broken"),  # a broken word stays as written
    ],
)
def test_headers_are_read_as_mail_programs_read_them(header: bytes, subject: str):
    raw = b"From: Karim <karim@velo-solidaire.example>\r\n" + header + b"\r\n\r\nbody\r\n"
    assert parse(raw).subject == subject
