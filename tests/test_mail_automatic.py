"""Robots' answers (out-of-office, vacation notices, bounces) and bulk mailings are no client
messages (H1 of newcomer4; fix5): stored as read, never triaged, alerted on, put on an agenda
or answered, and counted apart by `mail sync`; and our own messages ask other robots not to
answer them (RFC 3834). A mailing list's delivery of a client's own message is that client's
message (newcomer7 M3): triaged, alerted on when urgent, put on the agenda."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.domain.automatic import automatic, list_delivery
from boundaries.integrations.mail.cycle import MailCycle
from boundaries.store import Store
from boundaries.store.outbox import Outbox
from tests.conftest import EXAMPLES
from tests.gateway_support import Receiver
from tests.mail_servers import Dovecot, SmtpServer
from tests.mail_support import at, crlf, example_with_mail, parsed


def email(message_id: str, sender: str, subject: str, headers: str, body: str) -> bytes:
    return crlf(
        f"From: {sender}\nTo: claire@conseil.example\nSubject: {subject}\n"
        f"Date: Tue, 1 Dec 2026 11:00:00 +0100\nMessage-ID: <{message_id}>\n{headers}"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}"
    )


MARC = "Marc Dubois <marc@horizon.example>"
JEN = "Jen Park <jen@harboryoutharts.example>"
KARIM = "Karim Benali <karim@velo-solidaire.example>"

# Each says something a triage would act on: an urgency, a topic, a question.
ROBOTS = [
    email(  # RFC 3834, French Outlook subject: "Pour toute urgence" must alert nobody
        "oof-1@horizon.example",
        MARC,
        "Réponse automatique : Bien reçu vos messages",
        "Auto-Submitted: auto-replied\nX-Autoreply: yes\n",
        "Je suis absent du bureau jusqu'au 7 décembre inclus. Pour toute urgence, le serveur "
        "est en panne, contactez Sophie au 01 23 45 67 00 avant demain midi.",
    ),
    email(  # Exchange: no Auto-Submitted, only its own headers
        "oof-2@harboryoutharts.example",
        JEN,
        "Automatic reply: Agenda for our call",
        "X-MS-Exchange-Inbox-Rules-Loop: jen@harboryoutharts.example\n"
        "X-Auto-Response-Suppress: All\n",
        "I am out of the office until Monday. For anything urgent, please call our main line.",
    ),
    email(  # Sendmail vacation: Precedence only
        "oof-3@velo-solidaire.example",
        KARIM,
        "Re: Bien reçu votre message",
        "Precedence: auto_reply\n",
        "Je suis en congés, je lirai vos messages à mon retour. Où en est le devis ?",
    ),
    email(  # no header at all: the subject alone, as a last resort
        "oof-4@horizon.example",
        MARC,
        "Absence du bureau : Ordre du jour de notre point",
        "",
        "Je suis absent jusqu'au 7 décembre. Le budget 2027 sera traité à mon retour.",
    ),
    email(  # a bounce under a client's domain: null sender
        "ndr-1@horizon.example",
        "postmaster@horizon.example",
        "Undeliverable: Bien reçu vos messages",
        "Return-Path: <>\n",
        "Delivery has failed to these recipients: marc@horizon.example",
    ),
]
PERSON = email(  # a person's subject that starts like an out-of-office one
    "person-1@horizon.example",
    MARC,
    "Out of office next week, can we talk about the budget 2027?",
    "",
    "Bonjour Claire, je suis absent la semaine prochaine : peut-on parler du budget 2027 "
    "à notre point ?",
)


@pytest.mark.parametrize(
    ("headers", "subject", "sender"),
    [
        ({"Auto-Submitted": "auto-replied"}, "Re: devis", ""),
        ({"auto-submitted": "Auto-Generated; owner-email=x@y"}, "", ""),
        ({"X-Autoreply": "yes"}, "", ""),
        ({"X-Autorespond": "Vacation"}, "", ""),
        ({"Precedence": "bulk"}, "", ""),
        ({"Precedence": "Junk"}, "", ""),
        ({"X-Auto-Response-Suppress": "All"}, "", ""),
        ({"X-MS-Exchange-Inbox-Rules-Loop": "a@b.example"}, "", ""),
        # a robot's answer a list delivered is still a robot's
        ({"Auto-Submitted": "auto-replied", "List-Id": "<ca.horizon.example>"}, "", ""),
        ({"List-Id": "<ca.horizon.example>"}, "Réponse automatique : Réunion", ""),
        ({"Return-Path": "<>"}, "", ""),
        ({"Content-Type": 'multipart/report; report-type="delivery-status"'}, "", ""),
        ({}, "Hello", "MAILER-DAEMON@mx.horizon.example"),
        ({}, "Automatic reply: Agenda for our call", ""),
        ({}, "Réponse automatique : Bien reçu vos messages", ""),
        ({}, "RÉPONSE AUTOMATIQUE: point", ""),
        ({}, "Out of Office: Agenda", ""),
        ({}, "Absence du bureau : Ordre du jour", ""),
        ({}, "Message d'absence : devis", ""),
        ({}, "Auto-reply: your message", ""),
        ({}, "Undelivered Mail Returned to Sender", ""),
        ({}, "Non remis : Ordre du jour", ""),
        ({}, "Delivery Status Notification (Failure)", ""),
    ],
)
def test_a_robots_answer_is_told_by_its_headers_else_its_subject(
    headers: dict[str, str], subject: str, sender: str
):
    assert automatic(headers, subject, sender) is not None


@pytest.mark.parametrize(
    ("headers", "subject"),
    [
        ({"Auto-Submitted": "no"}, "Re: devis"),
        ({"Precedence": "first-class"}, "Budget"),
        ({"X-Auto-Response-Suppress": "None"}, "Budget"),
        ({"Return-Path": "<marc@horizon.example>"}, "Budget"),
        ({"Content-Type": "multipart/mixed"}, "Budget"),
        ({}, "Out of office next week, can we move the call?"),
        ({}, "Absence de Marc lundi"),
        ({}, "Auto : assurance du véhicule"),
        ({}, "Re: Automatic reply settings for the shared mailbox"),
        ({}, "Vacation: dates for the team"),
    ],
)
def test_what_a_person_writes_is_never_taken_for_a_robot(headers: dict[str, str], subject: str):
    assert automatic(headers, subject, "marc@horizon.example") is None


LIST_HEADERS = [
    {"List-Id": "Horizon team <team.lists.horizon.example>"},
    {"list-unsubscribe": "<mailto:leave@lists.horizon.example>"},
    {"List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    {"List-Post": "<mailto:team@lists.horizon.example>"},
    {"List-Help": "<mailto:help@lists.horizon.example>"},
    {"List-Subscribe": "<https://lists.horizon.example/join>"},
    {"List-Owner": "<mailto:owner@lists.horizon.example>"},
    {"List-Archive": "<https://lists.horizon.example/archive>"},
    {"Mailing-List": "list ca-horizon@googlegroups.com; contact ca-horizon+owners@example.com"},
    {"Mailing-List": "contact team-help@horizon.example; run by ezmlm", "Precedence": "bulk"},
    {"X-Mailing-List": "team@horizon.example"},
    {"Precedence": "list"},
    # Mailman 2 without List-Id
    {"X-BeenThere": "ca@lists.horizon.example"},
    {"X-Mailman-Version": "2.1.39"},
    {"Sender": '"CA" <ca-bounces@lists.horizon.example>'},
    {"Errors-To": "ca-bounces+claire=conseil.example@lists.horizon.example"},
    # Sympa and Majordomo: the list's owner address as Sender
    {"Sender": "owner-bureau@listes.horizon.example"},
    {"Sender": "bureau-request@lists.horizon.example"},
]


@pytest.mark.parametrize("headers", LIST_HEADERS)
def test_a_list_delivery_is_told_but_is_no_robots_answer(headers: dict[str, str]):
    """A list header says a list delivered the message, not that a robot wrote it."""
    assert list_delivery(headers) is not None
    assert automatic(headers, "Le serveur est en panne", "marc@horizon.example") is None


@pytest.mark.parametrize(
    "headers",
    [
        {"Sender": "marc@horizon.example"},
        {"Sender": "Marc <marc.bounces@horizon.example>"},
        {"Errors-To": "marc@horizon.example"},
        {"Precedence": "first-class"},
        {},
    ],
)
def test_a_persons_own_headers_are_no_list(headers: dict[str, str]):
    assert list_delivery(headers) is None


@pytest.mark.parametrize(
    ("subject", "topic"),
    [
        ("[ca-horizon] Réunion du bureau", "Réunion du bureau"),
        ("Re: [CA] Compte rendu", "Compte rendu"),
        ("[CA] Re: Compte rendu", "Compte rendu"),
        ("TR: [ca-horizon] [External] Budget 2027", "Budget 2027"),
        ("[Devis 2041]", "[Devis 2041]"),  # a subject that is only brackets keeps its words
    ],
)
def test_a_lists_subject_tag_is_no_part_of_the_topic(subject: str, topic: str):
    """newcomer7 L7: the client would read "[ca-horizon]" in the agenda."""
    from boundaries.triage.topic import from_subject

    assert from_subject(subject) == topic


@pytest.mark.parametrize(
    ("subject", "read"),
    [
        ("[ca-horizon] Réunion du bureau", "Réunion du bureau"),
        ("Re: [CA] Compte rendu", "Re: Compte rendu"),
        ("[CA] Re: Compte rendu", "Re: Compte rendu"),
        ("TR: [ca] [External] Budget", "TR: Budget"),
        ("[Devis 2041]", "[Devis 2041]"),
        ("Budget [v2]", "Budget [v2]"),
    ],
)
def test_the_triage_reads_a_list_posts_subject_without_the_lists_tag(subject: str, read: str):
    from boundaries.domain.automatic import without_list_tag

    assert without_list_tag(subject) == read


@pytest.fixture(autouse=True)
def imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOUNDARIES_IMAP_PASSWORD", Dovecot.password)


def test_out_of_office_replies_are_stored_but_never_alert_nor_reach_an_agenda_or_a_reply(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    for raw in [*ROBOTS, PERSON]:
        imap.append("INBOX", raw)
    imap.append(
        "Sent",
        ROBOTS[0].replace(b"To: claire@", b"X: x\r\nCc: marc@horizon.example\r\nTo: claire@"),
    )
    with Receiver() as receiver:
        _, config = example_with_mail(
            f'imap_url = "{imap.url}"\nsmtp_url = "{smtp.url}"',
            f'notify = ["{receiver.url}"]',
        )
        store = Store.open(db_url)
        cycle = MailCycle(config, store)
        report = cycle.run(at(11, 5))
        assert report.urgent_notified == 0 and report.updates_read == 0
        assert receiver.received == []
        events = {e.sid: e for e in store.events(store.account_id()) if e.kind == "email"}
        robots = {
            f"<{mid}>"
            for mid in (
                "oof-1@horizon.example",
                "oof-2@harboryoutharts.example",
                "oof-3@velo-solidaire.example",
                "oof-4@horizon.example",
            )
        }
        for sid in robots:  # stored, with why, and no verdict
            assert events[sid].action == "automatic", events[sid]
            assert events[sid].detail["automatic"] and "triage" not in events[sid].detail
            assert not events[sid].notified
        assert events["<oof-1@horizon.example>"].detail["text"].startswith("Je suis absent")
        assert "<ndr-1@horizon.example>" not in events  # not a client's address: left alone
        assert events["<person-1@horizon.example>"].action == "agenda"  # a person still counts
        # The day's replies (17:00) and the coming agendas: nothing of the robots.
        for moment in (at(17), at(22, 1), at(10, 1, days=2)):  # Harbor's, Marc's agendas
            cycle.run(moment)
        assert receiver.received == []
    sent = Outbox(store, store.account_id()).entries()
    texts = " ".join(e.subject + e.text for e in sent)
    for said in (
        "absent du bureau",
        "Automatic reply",
        "out of the office",
        "congés",
        "Réponse automatique",
        "Absence du bureau",
        "Undeliverable",
    ):
        assert said.lower() not in texts.lower(), (said, texts)
    assert not any(e.to == "karim@velo-solidaire.example" for e in sent)  # nothing to answer
    # The person's message is on Marc's agenda; Marc got no deferral reply for the robot.
    assert any("budget" in e.text.lower() for e in sent if e.to == "marc@horizon.example"), [
        (e.key, e.subject, e.text) for e in sent
    ]
    for received in smtp.received():  # and every message we send asks robots not to answer
        msg = parsed(received)
        assert msg["Auto-Submitted"] == "auto-generated"
        assert "OOF" in msg["X-Auto-Response-Suppress"]
    store.close()


GOOGLE_GROUP = (
    "List-Id: <ca-horizon.googlegroups.com>\n"
    "Mailing-list: list ca-horizon@googlegroups.com;"
    " contact ca-horizon+owners@googlegroups.com\n"
    "List-Post: <https://groups.google.com/group/ca-horizon/post>,"
    " <mailto:ca-horizon@googlegroups.com>\n"
    "List-Unsubscribe: <mailto:googlegroups-manage+1+unsubscribe@googlegroups.com>\n"
    "Precedence: list\n"
    "X-Google-Group-Id: 1234567890\n"
)
FOOTER = (
    "\n\n-- \nYou received this message because you are subscribed to the Google Groups "
    '"ca-horizon" group.\nTo unsubscribe from this group and stop receiving emails from it, '
    "send an email to ca-horizon+unsubscribe@googlegroups.com.\n"
)
LISTS = [
    email(  # a client's urgent post to a list both are on: RFC 2919 List-Id only
        "list-1@horizon.example",
        MARC,
        "[equipe] Le serveur est en panne, urgent",
        "List-Id: Equipe Horizon <equipe.lists.horizon.example>\n",
        "Le serveur est en panne depuis ce matin, urgent : qui peut regarder avant midi ?",
    ),
    email(  # through a Google Group, tagged subject, addressed to the consultant by name
        "gg-1@horizon.example",
        MARC,
        "[ca-horizon] Budget 2027",
        GOOGLE_GROUP,
        "Claire, on peut voir le budget 2027 au prochain point ?" + FOOTER,
    ),
    email(  # the tag's words are no topic either, wherever the triage reads the subject
        "gg-3@horizon.example",
        MARC,
        "[ca-horizon] Réunion du bureau",
        GOOGLE_GROUP,
        "Bonjour à tous, la réunion du bureau est déplacée à jeudi 18h." + FOOTER,
    ),
    email(  # Mailman 2 without List-Id: X-BeenThere, X-Mailman-Version, a -bounces Sender
        "mm-1@velo-solidaire.example",
        KARIM,
        "[CA] Compte rendu de l'assemblée générale",
        "X-BeenThere: ca@lists.velo-solidaire.example\nX-Mailman-Version: 2.1.39\n"
        'Sender: "CA" <ca-bounces@lists.velo-solidaire.example>\n',
        "Bonjour à tous, pouvons-nous revoir le compte rendu de l'assemblée générale "
        "ensemble au prochain point ?",
    ),
    email(  # a Google Group that rewrote From (DMARC): the author is in X-Original-From
        "gg-2@harboryoutharts.example",
        "'Jen Park' via Harbor board <harbor-board@googlegroups.com>",
        "[harbor-board] Grant application",
        "List-Id: <harbor-board.googlegroups.com>\n"
        "X-Original-From: Jen Park <jen@harboryoutharts.example>\n"
        "Reply-To: Jen Park <jen@harboryoutharts.example>\n",
        "Can we go over the grant application at our next call?",
    ),
    email(  # Mailman's DMARC rewrite: "… via CA" in From, the author in Reply-To
        "mm-2@velo-solidaire.example",
        "Karim Benali via CA <ca@lists.velo-solidaire.example>",
        "[CA] Le local est inondé",
        "List-Id: CA <ca.lists.velo-solidaire.example>\nPrecedence: list\n"
        "Reply-To: Karim Benali <karim@velo-solidaire.example>\n",
        "Urgent : le local est inondé, l'eau monte, qui peut venir couper le compteur ?",
    ),
    email(  # someone else's post to the same list: not a client's address, left alone
        "list-2@horizon.example",
        "Sophie Leroy <sophie@horizon.example>",
        "[ca-horizon] Pot de départ",
        GOOGLE_GROUP,
        "Le serveur est en panne, urgent, qui peut regarder ?",
    ),
    email(  # a client's out-of-office, delivered by the list: still a robot's answer
        "oof-list@horizon.example",
        MARC,
        "[ca-horizon] Réponse automatique : Budget 2027",
        GOOGLE_GROUP + "Auto-Submitted: auto-replied\n",
        "Je suis absent jusqu'au 7 décembre. Pour toute urgence, appelez Sophie.",
    ),
    email(  # a bulk mailing: Precedence: bulk only
        "bulk-1@velo-solidaire.example",
        KARIM,
        "Lettre d'information : où en est le devis ?",
        "Precedence: bulk\n",
        "Où en est le devis ? Répondez-nous avant vendredi, c'est urgent.",
    ),
]


def test_a_clients_own_message_through_a_mailing_list_is_triaged_robots_are_not(
    db_url: str, imap: Dovecot, smtp: SmtpServer, tmp_path: Path
):
    """newcomer7 M3 and L7: a list header says a list delivered the message, not that a
    robot wrote it. A client's post is triaged (urgent → notified; else the agenda, without
    the list's [tag]); out-of-office and bulk mail stay automatic; a stranger's post is not
    read."""
    for raw in [*LISTS, PERSON]:
        imap.append("INBOX", raw)
    with Receiver() as receiver:
        text, _ = example_with_mail(
            f'imap_url = "{imap.url}"\nsmtp_url = "{smtp.url}"',
            f'notify = ["{receiver.url}"]',
        )
        config = tmp_path / "boundaries.toml"
        config.write_text(text, encoding="utf-8")
        Store.open(db_url).close()
        runner = CliRunner()
        base = ["mail", "sync", "--config", str(config), "--database", db_url]
        first = runner.invoke(cli, [*base, "--now", at(11, 5).isoformat(), "--json"])
        assert first.exit_code == 0, first.output
        counts = json.loads(first.stdout)
        assert (counts["emails_read"], counts["automatic_read"]) == (7, 2), counts
        assert counts["urgent_notified"] == 2
        for moment in (at(17), at(22, 1), at(10, 1, days=2), at(10, 1, days=3)):
            again = runner.invoke(cli, [*base, "--now", moment.isoformat()])
            assert again.exit_code == 0, again.output
    store = Store.open(db_url)
    events = {e.sid: e for e in store.events(store.account_id()) if e.kind == "email"}
    for mid, client in (
        ("list-1@horizon.example", "horizon"),
        ("mm-2@velo-solidaire.example", "velo"),
    ):
        urgent = events[f"<{mid}>"]
        assert urgent.action == "notify" and urgent.notified and urgent.client == client, urgent
        assert urgent.detail["list"].startswith("List-Id"), urgent.detail
    for mid, client in (
        ("gg-1@horizon.example", "horizon"),
        ("mm-1@velo-solidaire.example", "velo"),
        ("gg-2@harboryoutharts.example", "harbor"),
    ):
        event = events[f"<{mid}>"]
        assert event.action == "agenda" and event.client == client, event
        assert event.detail["list"] and "triage" in event.detail, event.detail
    topics = {e.sid: e.detail["triage"]["topic"] for e in events.values() if "triage" in e.detail}
    assert not any("[" in t or "horizon" in t.lower() for t in topics.values()), topics
    for mid, why in (
        ("oof-list@horizon.example", "Auto-Submitted"),
        ("bulk-1@velo-solidaire.example", "Precedence: bulk"),
    ):
        event = events[f"<{mid}>"]
        assert event.action == "automatic" and not event.notified, event
        assert event.detail["automatic"].startswith(why), event.detail
    assert "<list-2@horizon.example>" not in events
    sent = Outbox(store, store.account_id()).entries()
    store.close()
    agendas = {e.to: e.text for e in sent if e.kind == "agenda"}
    assert "budget 2027" in agendas["marc@horizon.example"].lower(), agendas
    assert "compte rendu" in agendas["karim@velo-solidaire.example"].lower(), agendas
    assert "grant application" in agendas["jen@harboryoutharts.example"].lower(), agendas
    texts = " ".join(e.subject + e.text for e in sent)
    for said in ("[ca-horizon]", "[CA]", "[harbor-board]", "absent jusqu", "Lettre d"):
        assert said not in texts, (said, texts)


def test_a_replayed_out_of_office_is_no_agenda_topic(tmp_path: Path):
    events = tmp_path / "events.jsonl"
    lines = [
        {
            "at": "2026-11-03T12:50:00+01:00",
            "type": "email_in",
            "from": "jen@harboryoutharts.example",
            "subject": "Automatic reply: Agenda for our call",
            "text": "I am out of the office until Monday. For anything urgent, call our main line.",
        },
        {
            "at": "2026-11-03T12:55:00+01:00",
            "type": "email_in",
            "from": "marc@horizon.example",
            "subject": "Réponse automatique : Bien reçu",
            "text": "Pour toute urgence, appelez Sophie.",
        },
    ]
    events.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        [
            "simulate",
            "--config",
            str(EXAMPLES / "boundaries.toml"),
            "--events",
            str(events),
            "--mail",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Automatic reply" not in result.output.split("Subject: Agenda", 1)[-1]
    assert "Réponse automatique" not in result.output.split("Subject:", 1)[-1]
    assert "notify" not in result.output
