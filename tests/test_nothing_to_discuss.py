"""A message that only thanks or acknowledges has nothing to discuss (newcomer4 H2; SPEC §5
`info`, §10): the triage says so (`nothing_to_discuss`), and then no deferral reply quotes it
as "your topic" nor asks whether it can wait, no agenda lists it, and an agenda never quotes
the same words twice on one line. The mail cycle against a real SMTP server, the replay
through the CLI."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.domain.agenda import agenda_for, previous_start
from boundaries.domain.heard import Heard, UpdateRef
from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.mail.cycle import MailCycle
from boundaries.store import Store, StoredEvent
from boundaries.triage import Message, classify
from tests.conftest import EXAMPLES
from tests.mail_servers import SmtpServer
from tests.mail_support import example_with_mail, parsed, voicemail

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2026, 11, 30, tzinfo=PARIS)  # Horizon's standing call: Friday 10:00


def at(day: int, hh: int, mm: int = 0) -> datetime:
    return MONDAY + timedelta(days=day, hours=hh, minutes=mm)


ONLY_THANKS = [
    ("voicemail", "oui c est marc juste pour te dire merci pour le rapport c est parfait", ""),
    ("email", "Thanks Claire, all good!", "Re: Annual report sent"),
    ("email", "Merci beaucoup, parfait !\nMarc", "Re: Rapport annuel envoyé"),
    ("email", "Bonjour Claire, merci pour hier, c'était super.\nMarc", ""),
    ("email", "Got it, thanks!", "Re: Invoice 2026-120"),
    ("sms", "Bien reçu, merci. Bonne soirée", ""),
    ("voicemail", "hi claire it's tom just calling to say thank you so much for your help", ""),
    # earlier messages taken back (trial51 §1: "good ignore" was quoted in the reply)
    ("voicemail", "all good, ignore my last 3 calls, sorted it out myself", ""),
    ("sms", "Oublie mes deux derniers messages, c'est réglé. Merci !", ""),
]
THANKS_AND_MORE = [
    ("sms", "merci pour la facture, tu peux m'envoyer le devis aussi ?", ""),
    ("sms", "merci ! au fait le serveur redémarre tout seul depuis ce matin", ""),
    ("voicemail", "merci pour le rapport il faudrait aussi envoyer le devis au bureau", ""),
    ("email", "Merci, rappelle-moi quand tu peux.", "Re: Budget"),
    ("email", "Merci !", "Rapport annuel"),  # a new email: its subject brings something
    ("email", "Pour info, merci", "TR: facture"),  # a forward hands something over
    ("email", "Thanks, all good. The invoice address changed to 4 rue Haute.", "Re: x"),
    ("sms", "merci pour le devis on signe la semaine prochaine", ""),
    ("sms", "thanks, also the website is down", ""),
    ("voicemail", "ignore my last message about the invoice, but can you send the report?", ""),
]


@pytest.mark.parametrize(("channel", "text", "subject"), ONLY_THANKS)
def test_a_message_that_only_thanks_has_nothing_to_discuss(channel: str, text: str, subject: str):
    verdict = classify(Message("m", channel, text, subject))
    assert verdict.nothing_to_discuss, verdict
    assert verdict.intent == "info" and not verdict.urgent
    assert verdict.as_json("m")["nothing_to_discuss"] is True


@pytest.mark.parametrize(("channel", "text", "subject"), THANKS_AND_MORE)
def test_a_thank_you_that_asks_or_tells_something_has_something_to_discuss(
    channel: str, text: str, subject: str
):
    verdict = classify(Message("m", channel, text, subject))
    assert not verdict.nothing_to_discuss, verdict
    assert "nothing_to_discuss" not in verdict.as_json("m")


def _email(store: Store, account: int, sid: str, when: datetime, subject: str, text: str) -> None:
    verdict = classify(Message(sid, "email", text, subject, "marc@horizon.example", when))
    store.record(
        account,
        [
            StoredEvent(
                kind="email",
                at=when,
                action="review" if verdict.nothing_to_discuss else "agenda",
                client="horizon",
                sid=sid,
                detail={"subject": subject, "text": text, "triage": verdict.as_json(sid)},
            )
        ],
    )


def test_a_thank_you_gets_no_deferral_reply_and_is_on_no_agenda(db_url: str, smtp: SmtpServer):
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    account = store.account_id()
    cycle = MailCycle(config, store)
    thanks = "oui c est marc juste pour te dire merci pour le rapport c est parfait bonne journée"
    voicemail(store, account, "V1", "horizon", at(1, 12), thanks)
    _email(store, account, "<e1@x>", at(1, 13), "Re: Budget 2027 : version envoyée",
           "Bonjour Claire, merci pour hier, c'était super.\nMarc")  # fmt: skip
    cycle.run(at(1, 17))  # Tuesday's replies: nothing owed
    assert [parsed(r)["Subject"] for r in smtp.received()] == []
    # Wednesday: a real topic beside another thank-you; the reply and agenda list it alone.
    voicemail(store, account, "V2", "horizon", at(2, 11), "c'est marc, pour le budget 2027")
    voicemail(store, account, "V3", "horizon", at(2, 12), "merci encore pour le rapport, top")
    cycle.run(at(2, 17))
    cycle.run(at(3, 10))  # Thursday 10:00: the agenda of Friday's call
    sent = {str(parsed(r)["Subject"]): parsed(r) for r in smtp.received()}
    store.close()
    assert len(sent) == 2, list(sent)
    for msg in sent.values():
        text = msg.get_body(("plain",)).get_content()
        assert "« budget 2027 »" in text
        assert "rapport" not in text and "Budget 2027 : version" not in text, text


def test_the_replay_sends_no_reply_nor_agenda_for_thanks(tmp_path: Path):
    events = tmp_path / "thanks.jsonl"
    rows = [
        {"at": "2026-11-03T12:45:00+01:00", "type": "call", "from": "+33 1 23 45 67 89",
         "voicemail": "oui c est marc juste pour te dire merci pour le rapport c est parfait"},
        {"at": "2026-11-03T12:50:00+01:00", "type": "email_in",
         "from": "jen@harboryoutharts.example", "subject": "Re: Annual report sent",
         "text": "Thanks Claire, all good!"},
    ]  # fmt: skip
    events.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["simulate", "--config", str(EXAMPLES / "boundaries.toml"), "--events", str(events),
         "--mail"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "« rapport »" not in result.output and "Annual report sent" not in result.output
    assert "Bien reçu votre message" not in result.output


def test_an_agenda_line_does_not_quote_the_update_that_bears_its_topic(base_config: Config):
    """A check-in answered by an update whose subject is the topic itself: the line names
    the day it was answered, not the same words a second time."""
    tuesday = datetime(2026, 12, 1, 9, tzinfo=PARIS)
    update = UpdateRef("u1", "Re: Budget 2027 : version envoyée au bureau", tuesday)
    other = UpdateRef("u2", "Comptes annuels", tuesday)
    heard = [
        Heard("a", "horizon", tuesday, "email", "où en est-on ?", intent="status_check",
              topic="Budget 2027 : version envoyée au bureau", answered_by=update),
        Heard("b", "horizon", tuesday, "email", "et le bilan ?", intent="status_check",
              topic="bilan", answered_by=other),
    ]  # fmt: skip
    calendar = Calendar(base_config)
    call = calendar.next_call("horizon", tuesday)
    assert call is not None
    client = base_config.client("horizon")
    assert client is not None
    previous = previous_start(calendar, "horizon", call.start)
    agenda = agenda_for(base_config, calendar, client, call.start, heard, previous)
    assert agenda is not None
    for text in (agenda.letter.text, agenda.letter.html):
        assert text.count("Budget 2027 : version envoyée au bureau") == 1, text
        assert "Comptes annuels" in text  # another update's subject is still named
