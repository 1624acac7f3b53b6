"""Accents survive every way a mail program writes them: HTML character references in a body
(`cr&eacute;neau`) and 8-bit or encoded-word headers (`Subject: V\\xe9los`), read from a real
IMAP server (Dovecot) and sent on by a real SMTP server, and through `boundaries triage`."""

from __future__ import annotations

import hashlib
import json

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.integrations.mail.cycle import MailCycle
from boundaries.integrations.mail.parse import parse
from boundaries.store import Store
from boundaries.triage import Message, classify
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


# newcomer9 M1: a web mailer's multipart/alternative whose text/plain part is empty (or only
# blank lines) while the HTML part holds the message.
BLANK_PLAIN_BESIDE_HTML = crlf("""
From: Marc Dubois <marc@horizon.example>
To: claire@conseil.example
Subject: Re: point vendredi
Date: Tue, 1 Dec 2026 11:00:00 +0100
Message-ID: <blank-plain-1@horizon.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=20
  =20

--b1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<p>Bonjour Claire,</p><p>Les statuts modifi=C3=A9s de l'association sont =C3=A0 =
relire pour l'AG.</p><p>Marc</p>
--b1--
""")


def _utf16_message(body: str, codec: str, declared: str, subject: str = "") -> bytes:
    """A message whose body is `body` in `codec`, declared as `declared`, base64 encoded, as a
    mail program that writes UTF-16 sends it (Python's own `set_content` mangles the line
    ends of UTF-16, so the bytes are made here)."""
    import base64

    payload = base64.encodebytes(body.encode(codec)).decode("ascii")
    return crlf(f"""
From: Karim Benali <karim@velo-solidaire.example>
To: claire@conseil.example
Subject: {subject}
Date: Tue, 1 Dec 2026 16:00:00 +0100
Message-ID: <wide-{codec}@velo-solidaire.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="{declared}"
Content-Transfer-Encoding: base64

{payload}""")


SUBVENTION = "Claire, la subvention régionale est refusée, il faut en parler jeudi.\nKarim\n"


def test_a_blank_plain_part_gives_way_to_the_html_part_that_holds_the_message(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    imap.append("INBOX", BLANK_PLAIN_BESIDE_HTML)
    store, cycle = setup(db_url, imap, smtp)
    assert cycle.run(at(11, 15)).emails_read == 1
    [event] = [e for e in store.events(store.account_id()) if e.kind == "email"]
    assert "Les statuts modifiés de l'association sont à relire pour l'AG." in event.detail["text"]
    assert event.action == "agenda"
    assert event.detail["triage"]["lang"] == "fr"  # read from what is said, not from nothing
    assert "statuts" in event.detail["triage"]["topic"]
    store.close()


@pytest.mark.parametrize(
    ("codec", "declared"),
    [
        ("utf-16", "utf-16"),  # with its byte-order mark
        ("utf-16-be", "utf-16be"),  # no mark, the byte order declared
        ("utf-16-le", "utf-16"),  # no mark: little-endian, as Windows writes it
        ("utf-32", "utf-32"),
        ("utf-16-le", "us-ascii"),  # mislabelled: NUL after every letter is UTF-16, not ASCII
        ("utf-16", "iso-8859-1"),  # mislabelled: the byte-order mark wins (WHATWG)
    ],
)
def test_a_wide_body_is_read_in_its_charset_never_as_nul_laden_latin1(codec: str, declared: str):
    email = parse(_utf16_message(SUBVENTION, codec, declared))
    assert email.error is None
    assert email.text.startswith("Claire, la subvention régionale est refusée")
    assert "\x00" not in email.body and "ÿþ" not in email.body


def test_a_utf16_body_with_a_cut_last_byte_is_still_read():
    """Python's `set_content(charset="utf-16")` drops the NUL of the last line end: the body
    is one byte short, and still the client's words."""
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "karim@velo-solidaire.example"
    msg["Subject"] = "Subvention"
    msg.set_content(SUBVENTION, charset="utf-16")
    email = parse(msg.as_bytes())
    assert email.error is None and "\x00" not in email.body
    assert email.text.startswith("Claire, la subvention régionale est refusée")


def test_a_utf16_email_without_subject_is_triaged_on_its_french_words(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    imap.append("INBOX", _utf16_message(SUBVENTION, "utf-16", "utf-16"))
    store, cycle = setup(db_url, imap, smtp)
    assert cycle.run(at(16, 5)).emails_read == 1
    [event] = [e for e in store.events(store.account_id()) if e.kind == "email"]
    assert event.detail["text"].startswith("Claire, la subvention régionale est refusée")
    assert event.detail["triage"]["lang"] == "fr"
    assert "subvention" in event.detail["triage"]["topic"]
    store.close()


@pytest.mark.parametrize(
    ("declared", "payload"),
    [
        ("utf-8", b"\x00\x01\x02binary\x00\x7f\x00data\x00\x00\x05\x06\x07\x08 rest"),  # NULs
        ("utf-32", bytes(range(0x80, 0xFF)) * 4),  # no UTF-32 character in it
    ],
    ids=["nul-characters", "no-utf32-character"],
)
def test_a_body_that_will_not_decode_is_reported_with_its_charset_and_fix(
    db_url: str, imap: Dovecot, smtp: SmtpServer, declared: str, payload: bytes
):
    import base64

    raw = crlf(f"""
From: Karim Benali <karim@velo-solidaire.example>
To: claire@conseil.example
Subject: Subvention
Date: Tue, 1 Dec 2026 16:00:00 +0100
Message-ID: <noise-1@velo-solidaire.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="{declared}"
Content-Transfer-Encoding: base64

{base64.encodebytes(payload).decode("ascii")}""")
    imap.append("INBOX", raw)
    store, cycle = setup(db_url, imap, smtp)
    report = cycle.run(at(16, 5))
    [event] = [e for e in store.events(store.account_id()) if e.kind == "email"]
    assert event.action == "error" and event.client == "velo"
    assert event.detail["subject"] == "Subvention"  # what could be read is kept
    error = event.detail["error"]
    assert f"declared as '{declared}'" in error and "Fix:" in error
    assert any("body not readable as text" in e for e in report.errors)
    store.close()


def test_an_email_whose_words_tell_no_language_is_in_the_clients_own(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    """An attachment sent with a bare subject says nothing a language can be read from: it is
    the French client's French, not English by default (newcomer9 M1)."""
    imap.append(
        "INBOX",
        crlf("""
From: Marc Dubois <marc@horizon.example>
To: claire@conseil.example
Subject: Re: point vendredi
Date: Tue, 1 Dec 2026 11:00:00 +0100
Message-ID: <bare-1@horizon.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

"""),
    )
    store, cycle = setup(db_url, imap, smtp)
    cycle.run(at(11, 15))
    [event] = [e for e in store.events(store.account_id()) if e.kind == "email"]
    assert event.detail["triage"]["lang"] == "fr"
    store.close()


# newcomer10 H3: text in a charset other than the one declared. UTF-8 bytes "fit" ISO-8859-1
# and nearly always Windows-1252, so a wrong 8-bit label must be overruled by the bytes.
FRENCH = "Bonjour Claire, le problème de connexion à la caisse empêche l'atelier d'encaisser."


def _mislabelled(payload: bytes, declared: str, encoding: str = "8bit", subject: str = "") -> bytes:
    return (
        b"From: Karim Benali <karim@velo-solidaire.example>\r\nTo: claire@conseil.example\r\n"
        b"Subject: " + subject.encode("ascii") + b"\r\nDate: Wed, 2 Dec 2026 09:00:00 +0100\r\n"
        b"Message-ID: <mislabelled-1@velo-solidaire.example>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: text/plain; charset="' + declared.encode("ascii") + b'"\r\n'
        b"Content-Transfer-Encoding: " + encoding.encode("ascii") + b"\r\n\r\n" + payload + b"\r\n"
    )


MOJIBAKE = ("Ã", "Â", "â€", "\ufffd", "\x00")
"""What UTF-8 read as Latin-1 or Windows-1252 (or a wrong reading) leaves in a text."""


@pytest.mark.parametrize(
    ("payload", "declared", "encoding"),
    [
        (FRENCH.encode("utf-8"), "iso-8859-1", "8bit"),
        (FRENCH.encode("utf-8"), "windows-1252", "8bit"),
        (FRENCH.encode("utf-8"), "iso-8859-15", "8bit"),
        (FRENCH.encode("utf-8"), "us-ascii", "8bit"),
        (FRENCH.encode("utf-8"), "utf-16", "8bit"),  # no NUL byte at all: no UTF-16
        (FRENCH.encode("utf-8"), "utf-16le", "8bit"),
        (FRENCH.encode("cp1252"), "utf-16", "8bit"),  # Latin-1 text labelled UTF-16
        (
            FRENCH.encode("utf-8").replace(b"\xc3\xa8", b"=C3=A8"),
            "windows-1252",
            "quoted-printable",
        ),
        # Mojibake already in the text: UTF-8 read as Latin-1 by some program, sent as UTF-8.
        (FRENCH.encode("utf-8").decode("cp1252").encode("utf-8"), "utf-8", "8bit"),
    ],
    ids=[
        "utf8-as-latin1",
        "utf8-as-cp1252",
        "utf8-as-latin9",
        "utf8-as-ascii",
        "utf8-as-utf16",
        "utf8-as-utf16le",
        "cp1252-as-utf16",
        "utf8-qp-as-cp1252",
        "double-encoded",
    ],
)
def test_a_body_in_another_charset_than_declared_is_read_as_written(
    payload: bytes, declared: str, encoding: str
):
    email = parse(_mislabelled(payload, declared, encoding))
    assert email.error is None
    assert email.text == FRENCH
    assert not any(mark in email.body for mark in MOJIBAKE)


def test_an_outlook_quote_mark_declared_latin1_is_a_quote_mark():
    """Mail programs read ISO-8859-1 as Windows-1252 (WHATWG): byte 0x92 is "’", never an
    invisible C1 control."""
    email = parse(_mislabelled(b"Pouvez-vous regarder l\x92atelier ?", "iso-8859-1"))
    assert email.text == "Pouvez-vous regarder l’atelier ?"


@pytest.mark.parametrize(
    ("header", "subject"),
    [
        (b"=?iso-8859-1?Q?Subvention_d=C3=A9partementale?=", "Subvention départementale"),
        (b"=?windows-1252?B?U3VidmVudGlvbiBkw6lwYXJ0ZW1lbnRhbGU=?=", "Subvention départementale"),
        (b"=?utf-8?Q?Subvention_d=C3=83=C2=A9partementale?=", "Subvention départementale"),
        (b"=?iso-8859-1?Q?R=E9novation_de_l=92=E9tag=E8re?=", "Rénovation de l’étagère"),
    ],
    ids=["utf8-as-latin1-q", "utf8-as-cp1252-b", "double-encoded", "cp1252-as-latin1"],
)
def test_an_encoded_word_in_another_charset_than_declared_is_read_as_written(
    header: bytes, subject: str
):
    raw = b"From: Karim <karim@velo-solidaire.example>\r\nSubject: " + header + b"\r\n\r\nbody\r\n"
    assert parse(raw).subject == subject


def test_text_in_a_wrong_charset_reaches_the_store_and_the_agenda_as_written(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    """The newcomer's Vélo case: a body of UTF-8 labelled ISO-8859-1, one labelled UTF-16,
    and a subject of UTF-8 in a Latin-1 encoded word; none is stored, triaged or sent to
    the client as mojibake or CJK."""
    cotisation = "Bonjour Claire, on peut parler de la cotisation annuelle jeudi ?"
    subvention = "Bonjour, on peut parler de la subvention départementale jeudi ?"
    for n, (payload, declared, subject) in enumerate(
        [
            (FRENCH.encode("utf-8"), "iso-8859-1", ""),
            (cotisation.encode("utf-8"), "utf-16", ""),
            (
                subvention.encode("utf-8"),
                "utf-8",
                "=?iso-8859-1?Q?Subvention_d=C3=A9partementale?=",
            ),
        ]
    ):
        raw = _mislabelled(payload, declared, subject=subject)
        imap.append("INBOX", raw.replace(b"mislabelled-1@", f"mislabelled-{n}@".encode()))
    store, cycle = setup(db_url, imap, smtp)
    assert cycle.run(at(9, 5, days=1)).emails_read == 3
    events = [e for e in store.events(store.account_id()) if e.kind == "email"]
    texts = sorted(e.detail["text"] for e in events)
    assert texts == sorted([FRENCH, cotisation, subvention])
    for event in events:
        shown = json.dumps(event.detail, ensure_ascii=False)
        assert not any(mark in shown for mark in MOJIBAKE), shown
        assert event.action != "error"
    assert "Subvention départementale" in [e.detail["subject"] for e in events]
    # Vélo's Thursday 16:00 call: its agenda goes out on Wednesday at 16:00.
    cycle.run(at(16, 1, days=1))
    [sent] = smtp.received()
    body = parsed(sent).get_body(("plain",)).get_content()
    assert "« Subvention départementale »" in body
    assert not any(mark in body for mark in MOJIBAKE), body
    assert not any("\u3400" <= c <= "\u9fff" for c in body)
    store.close()


# newcomer10 H2: a text/plain part that is not blank but says nothing beside the HTML part
# that holds the message. The part that holds the message is chosen by what each says.
def _alternative(plain: str, html: str, sender: str = "jen@harboryoutharts.example") -> bytes:
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    msg = MIMEMultipart("alternative")
    msg.attach(MIMEText(plain, "plain", "utf-8"))
    msg.attach(MIMEText(html, "html", "utf-8"))
    msg["From"] = sender
    msg["To"] = "claire@conseil.example"
    msg["Subject"] = ""
    msg["Date"] = "Thu, 03 Dec 2026 09:00:00 -0500"
    msg["Message-ID"] = f"<alt-{hashlib.sha1((plain + html).encode()).hexdigest()}@t.example>"
    return msg.as_bytes()


SIGNATURE = "Jen Park\nProgram Director, Harbor Youth Arts\n+1 212 555 0147"
SIGNATURE_HTML = "<p>Jen Park<br>Program Director, Harbor Youth Arts<br>+1 212 555 0147</p>"


@pytest.mark.parametrize(
    ("plain", "html", "said"),
    [
        (
            "This email is best viewed in HTML. Please enable HTML in your mail program.",
            "<p>Hi Claire, could we go over the volunteer background checks on Wednesday?</p>",
            "could we go over the volunteer background checks on Wednesday?",
        ),
        (
            "To read this message, please use a mail program that can show HTML messages: "
            "yours shows only its text version, which holds nothing of what was written.",
            "<p>Can we talk Friday?</p>",
            "Can we talk Friday?",
        ),
        (
            "Ce message est au format HTML. Activez l'affichage HTML de votre messagerie.",
            "<p>Pouvez-vous relire la convention de partenariat avec la mairie ?</p>",
            "Pouvez-vous relire la convention de partenariat avec la mairie ?",
        ),
        (
            SIGNATURE,
            "<p>Hi Claire, the donor database export keeps failing, can you look at it?</p>"
            + SIGNATURE_HTML,
            "the donor database export keeps failing, can you look at it?",
        ),
        (
            "-- \nMarc Dubois\nAssociation Horizon",
            "<p>Pouvez-vous relire la convention de partenariat avec la mairie ?</p>"
            "<p>-- <br>Marc Dubois<br>Association Horizon</p>",
            "Pouvez-vous relire la convention de partenariat avec la mairie ?",
        ),
        ("\u200b", "<p>Can we discuss the gala seating chart?</p>", "gala seating chart"),
        ("\ufeff\u200d\u2060 \u00a0", "<p>Can we discuss the gala menu?</p>", "gala menu"),
        ("&nbsp;", "<p>Can we discuss the auction catalog?</p>", "auction catalog"),
        ("&#8203;<br>", "<p>Can we discuss the raffle prizes?</p>", "raffle prizes"),
        ("Sent from my iPhone", "<p>Can we discuss the board dinner?</p>", "board dinner"),
    ],
    ids=[
        "view-in-html",
        "long-placeholder",
        "placeholder-fr",
        "signature-only",
        "signature-delimited",
        "zero-width-space",
        "invisible-characters",
        "literal-nbsp",
        "literal-references",
        "mobile-footer",
    ],
)
def test_a_plain_part_that_says_nothing_gives_way_to_the_html_part(
    plain: str, html: str, said: str
):
    email = parse(_alternative(plain, html))
    assert email.error is None
    assert said in email.text
    assert "HTML" not in email.text and "Jen Park" not in email.text and "Marc" not in email.text
    assert "\\-" not in email.body  # html2text's Markdown escapes are not the message's


@pytest.mark.parametrize(
    ("plain", "html", "said"),
    [
        (  # the same message twice: the sender's own text
            "Hi Claire,\n\nCan we talk about the grant report on Friday?\n\nThanks,\nJen",
            "<div>Hi Claire,</div><div>Can we talk about the <b>grant report</b> on Friday?"
            "</div><div>Thanks,<br>Jen</div><p>Harbor Youth Arts | Donate | Newsletter | "
            "Facebook | Instagram | Volunteer with us this summer and bring a friend</p>",
            "Can we talk about the grant report on Friday?\n\nThanks,",
        ),
        (  # an HTML part of images: its captions say less than the plain part
            "Hi Claire,\nThe gala dates, the volunteer rota and the new board members are "
            "below; can you check the rota before Friday?\nJen",
            "<img alt='Harbor Youth Arts'><p>Logo</p>",
            "can you check the rota before Friday?",
        ),
    ],
    ids=["same-message", "images-only-html"],
)
def test_a_plain_part_that_holds_the_message_is_read(plain: str, html: str, said: str):
    email = parse(_alternative(plain, html))
    assert said in email.text


def test_the_message_in_the_html_part_reaches_the_agenda_never_the_signature(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    """The newcomer's Harbor case: a plain part holding the signature alone, another only
    "view in HTML"; the requests in the HTML parts are stored, triaged and put on the
    agenda, never the sender's name nor "mail program"."""
    imap.append(
        "INBOX",
        _alternative(
            SIGNATURE,
            "<p>Hi Claire, the donor database export keeps failing, can you look at it?</p>"
            + SIGNATURE_HTML,
        ),
    )
    imap.append(
        "INBOX",
        _alternative(
            "This email is best viewed in HTML. Please enable HTML in your mail program.",
            "<p>Hi Claire, could we go over the volunteer background checks on our call?</p>"
            "<p>Jen</p>",
        ),
    )
    store, cycle = setup(db_url, imap, smtp)
    assert cycle.run(at(15, 5, days=2)).emails_read == 2
    events = [e for e in store.events(store.account_id()) if e.kind == "email"]
    topics = " | ".join(e.detail["triage"]["topic"] for e in events)
    assert "donor database export" in topics and "background checks" in topics
    assert "jen" not in topics.lower() and "mail program" not in topics
    assert all(e.action != "review" and not e.detail["triage"]["content_free"] for e in events)
    store.close()


@pytest.mark.parametrize(
    ("plain", "sender"),
    [
        ("Jen Park", "Jen Park <jen@harboryoutharts.example>"),
        ("Jen\n", '"Park, Jen" <jen@harboryoutharts.example>'),
    ],
)
def test_a_body_that_is_the_senders_name_alone_says_nothing(plain: str, sender: str):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = sender
    msg["Subject"] = ""
    msg.set_content(plain)
    email = parse(msg.as_bytes())
    assert email.text == "" and email.body == ""
    result = classify(Message("m", "email", email.triage_text, email.subject))
    assert result.topic == "" and result.content_free


def test_a_body_that_names_more_than_the_sender_is_kept():
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Jen Park <jen@harboryoutharts.example>"
    msg["Subject"] = ""
    msg.set_content("Park benches\n")
    assert parse(msg.as_bytes()).text == "Park benches"
