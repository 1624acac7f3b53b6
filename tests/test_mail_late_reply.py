"""A deferral reply that goes out later than its moment is worded for when it goes (newcomer48
§4): the mail server was down at `reply_at`, or the service was not running then. It must not
propose a call that has passed, call the day it was due « aujourd'hui », or wish a good end of
a day that is over; it keeps its key (one reply for the day it answers)."""

from __future__ import annotations

from boundaries.domain.replies import deferral_replies
from boundaries.domain.schedule import Calendar
from boundaries.integrations.mail.cycle import MailCycle
from boundaries.store import Store
from boundaries.store.outbox import Outbox
from tests.mail_servers import SmtpServer
from tests.mail_support import at, example_with_mail, parsed, triaged, voicemail


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_reply_worded_for_a_later_moment_names_the_call_that_passed_and_the_next_one():
    """Tuesday's voicemail, due at 17:00, sent on Friday at 11:00 after Friday's 10:00 call."""
    _, config = example_with_mail("")
    calendar = Calendar(config)
    said = "c'est Marc, au sujet du budget 2027, rappelle-moi"
    heard = [triaged("a", at(9), said, "horizon", channel="voicemail")]
    [on_time] = deferral_replies(config, calendar, heard, at(17))
    [late] = deferral_replies(config, calendar, heard, at(11, days=3), sending_at=at(11, days=3))
    assert on_time.key == late.key == "reply:horizon:2026-12-01"
    assert on_time.send_at == late.send_at == at(17)
    assert on_time.next_call == at(10, days=3)
    assert late.next_call == at(10, days=10)  # the Friday after
    text = _flat(late.letter.text)
    assert "Votre message est arrivé avant notre point du vendredi 4 décembre à 10 h" in text
    assert "vendredi 11 décembre à 10 h" in text and "vendredi 11 décembre" in late.letter.subject
    assert "du mardi 1er décembre" in text and "aujourd'hui" not in text
    assert "Bonne journée, Claire Martin" in text
    assert "Bonne fin de journée" not in text
    # Without a later sending moment (a replay), it is worded for its own moment.
    assert "Je ne suis pas disponible aujourd'hui" in _flat(on_time.letter.text)


def test_a_reply_due_yesterday_evening_sent_this_morning_does_not_say_today(
    db_url: str, smtp: SmtpServer
):
    """The laptop was closed at 17:00: the first cycle runs on Wednesday at 9:00."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    account = store.account_id()
    voicemail(store, account, "RE1", "horizon", at(13), "c'est marc, pour le budget 2027")
    assert MailCycle(config, store).run(at(9, days=1)).sent == 1
    [received] = smtp.received()
    body = _flat(parsed(received).get_body(("plain",)).get_content())
    assert "Je n'ai pas pu vous répondre plus tôt" in body, body
    assert "du mardi 1er décembre" in body and "aujourd'hui" not in body
    assert "Bonne journée," in body and "Bonne fin de journée" not in body
    [row] = Outbox(store, account).entries()
    assert row.key == "reply:horizon:2026-12-01" and row.state == "sent"
    store.close()


def test_a_reply_queued_while_the_server_was_down_is_rewritten_before_it_goes(
    db_url: str, smtp: SmtpServer
):
    """Composed on Tuesday at 17:00, refused by the server until Friday 11:00: it goes out
    worded for Friday, naming the call that was due that morning and the next one."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"\nagenda_hours_before = 0')
    store = Store.open(db_url)
    account = store.account_id()
    voicemail(store, account, "RE1", "horizon", at(13), "c'est marc, pour le budget 2027")
    cycle = MailCycle(config, store)
    smtp.mode("421")
    assert cycle.run(at(17)).sent == 0
    [queued] = [e for e in Outbox(store, account).entries() if e.kind == "reply"]
    assert "Je ne suis pas disponible aujourd'hui" in _flat(queued.text)
    smtp.mode("accept")
    cycle.run(at(11, days=3))
    [reply] = [m for m in map(parsed, smtp.received()) if m["Subject"].startswith("Bien reçu")]
    body = _flat(reply.get_body(("plain",)).get_content())
    assert "Votre message est arrivé avant notre point du vendredi 4 décembre à 10 h" in body, body
    assert "vendredi 11 décembre à 10 h" in body and "aujourd'hui" not in body
    assert "vendredi 11 décembre" in reply["Subject"]
    [row] = [e for e in Outbox(store, account).entries() if e.kind == "reply"]
    assert row.key == "reply:horizon:2026-12-01" and row.state == "sent"
    assert row.due_at == at(17) and row.sent_at is not None
    store.close()


def test_a_reply_waiting_for_approval_is_rewritten_when_its_voicemail_is_heard_since(
    db_url: str,
):
    """trial41 §6: the transcript failed, the reply waiting for approval asked what the
    message was about; the provider's later transcript came, and the reply still asked."""
    from boundaries.store import StoredEvent

    _, config = example_with_mail("approve_replies = true")
    store = Store.open(db_url)
    account = store.account_id()
    failed = StoredEvent(
        kind="transcription", at=at(13), action="unknown", client="horizon", sid="TR1",
        detail={"status": "failed", "text": "", "recording_sid": "RE1", "call_sid": "CA1"},
    )  # fmt: skip
    store.record(account, [failed])
    cycle = MailCycle(config, store)
    cycle.run(at(17))
    [waiting] = [e for e in Outbox(store, account).entries() if e.kind == "reply"]
    assert waiting.state == "waiting_approval"
    assert "de quoi il s'agit" in _flat(waiting.text), waiting.text
    # the provider's later transcript of the same recording, read instead of the failed one
    # (as the telephony gateway stores it: the failed one superseded)
    voicemail(store, account, "TR2", "horizon", at(13, 5), "c'est marc, pour le budget 2027")
    superseded = {**failed.detail, "superseded_by": "TR2"}
    store.update(account, "transcription", "TR1", action="superseded", detail=superseded)
    cycle.run(at(17, 30))
    [reworded] = [e for e in Outbox(store, account).entries() if e.kind == "reply"]
    assert reworded.state == "waiting_approval"
    assert "budget 2027" in _flat(reworded.text), reworded.text
    assert "de quoi il s'agit" not in _flat(reworded.text)
    store.close()
