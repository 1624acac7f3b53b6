"""A topic whose own agenda never went out (its call passed while the mail cycle was down, or
the email was read late) or went out without it (read after it was sent) goes on the next
agenda composed, and on no other; `/api/agenda` and the calendar feed say the same
(newcomer11 H1). Against real IMAP (Dovecot) and SMTP servers on loopback, with every moment
given (`run(now)`): nothing depends on the day the tests run."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.config import parse_config
from boundaries.domain.agenda import ComposedAgenda, carried_over, gathered, previous_start
from boundaries.domain.heard import Heard
from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.calendar.agenda import stored_agenda
from boundaries.integrations.mail.cycle import MailCycle
from boundaries.store import Store
from boundaries.store.calendar import CalendarStore
from boundaries.store.outbox import Outbox
from boundaries.web.mail_api import agendas_now
from tests.conftest import EXAMPLES
from tests.mail_servers import Dovecot, SmtpServer
from tests.mail_support import at, crlf, example_with_mail, parsed, voicemail

# Harbor's standing call: Wednesdays 16:00 Paris (15:00 UTC); its agenda goes a day before.
CALL_9 = at(16, days=8).astimezone(UTC)
CALL_16 = at(16, days=15).astimezone(UTC)
CALL_23 = at(16, days=22).astimezone(UTC)


def jen(mid: str, subject: str, text: str, date: str) -> bytes:
    """An email from Harbor's Jen as her mail program sends it."""
    return crlf(f"""
From: Jen Park <jen@harboryoutharts.example>
To: Claire Martin <claire@conseil.example>
Subject: {subject}
Date: {date}
Message-ID: <{mid}@harboryoutharts.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

{text}

Jen
""")


CAMP = jen(
    "camp",
    "Summer camp",
    "Hi Claire, can we go over the summer camp staffing plan?",
    "Mon, 7 Dec 2026 10:00:00 -0500",
)
BUDGET = jen(
    "budget",
    "Budget review",
    "Hi Claire, can we go over the budget review for next year?",
    "Mon, 14 Dec 2026 09:00:00 -0500",
)
GALA = jen(
    "gala",
    "Gala",
    "Hi Claire, could we talk about the seating plan for the gala?",
    "Mon, 21 Dec 2026 09:00:00 -0500",
)


@pytest.fixture(autouse=True)
def imap_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOUNDARIES_IMAP_PASSWORD", Dovecot.password)


def setup(db_url: str, imap: Dovecot, smtp: SmtpServer) -> tuple[Store, MailCycle]:
    _, config = example_with_mail(
        f'imap_url = "{imap.url}"\nsmtp_url = "{smtp.url}"\nagenda_hours_before = 24'
    )
    return Store.open(db_url), MailCycle(config, Store.open(db_url))


def agendas(smtp: SmtpServer, store: Store, kind: str = "agenda") -> list[str]:
    """The agendas (or replies) the client received, their plain text, in order."""
    rows = Outbox(store, store.account_id()).entries()
    ids = {e.message_id for e in rows if e.kind == kind}
    out = []
    for record in smtp.received():
        msg = parsed(record)
        if str(msg["Message-ID"]).strip() in ids:
            out.append(msg.get_body(("plain",)).get_content())
    return out


def views(cycle: MailCycle, store: Store, now: datetime, start: datetime) -> tuple[list, list]:
    """The topics of Harbor's call at `start` in `/api/agenda` (its next call at `now`) and in
    the calendar feed."""
    account = store.account_id()
    [api] = [
        a
        for a in agendas_now(cycle.config, store, account, now)
        if a["client"] == "harbor" and a["call_start"] == start.isoformat()
    ]
    # the calls as the feed reads them: the store's skips applied
    calendar = CalendarStore(store, account).calendar(cycle.config)
    previous = previous_start(calendar, "harbor", start)
    feed = stored_agenda(cycle.config, store, account)(now)("harbor", previous, start)
    return [t["topic"] for t in api["topics"]], list(feed)


def test_a_topic_whose_call_passed_with_no_agenda_goes_on_the_next_one(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    """The cycle was down over Wednesday 9 December: Monday's email is read on Thursday, after
    the call it belonged to. The agenda of the 16th lists it beside a topic read on time, and
    the agenda of the 23rd does not list it again."""
    store, cycle = setup(db_url, imap, smtp)
    imap.append("INBOX", CAMP)
    report = cycle.run(at(10, 5, days=9))  # Thursday 10 December, after the call of the 9th
    assert report.emails_read == 1 and report.agendas_queued == 0
    # the consultant's views already put it on the next call, as the email will
    assert views(cycle, store, at(10, 5, days=9), CALL_16) == (
        ["Summer camp"],
        ["Summer camp"],
    )
    imap.append("INBOX", BUDGET)
    cycle.run(at(16, 0, days=13))  # Monday 14 December: read on time
    # Tuesday 15: the agenda of the 16th is composed; while it waits to be sent (the SMTP
    # server is slow or down), the views list what it lists
    cycle.compose(at(16, 5, days=14))
    both = ["Summer camp", "Budget review"]
    assert views(cycle, store, at(16, 6, days=14), CALL_16) == (both, both)
    report = cycle.run(at(16, 7, days=14))
    assert report.sent == 1
    [sent] = agendas(smtp, store)
    assert "Summer camp" in sent and "Budget review" in sent
    row = Outbox(store, store.account_id()).get("agenda:harbor:2026-12-16T15:00Z")
    assert row is not None and row.state == "sent"
    assert row.detail["sids"] == [
        "<camp@harboryoutharts.example>",
        "<budget@harboryoutharts.example>",
    ]
    # once it went out, the topics are that agenda's, and on no other one
    assert views(cycle, store, at(16, 10, days=14), CALL_16)[0] == [
        "Summer camp",
        "Budget review",
    ]
    imap.append("INBOX", GALA)
    cycle.run(at(16, 5, days=21))  # Tuesday 22: the agenda of the 23rd
    second = agendas(smtp, store)[1]
    assert "Gala" in second
    assert "Summer camp" not in second and "Budget review" not in second
    store.close()
    cycle.store.close()


def test_a_topic_read_after_its_agenda_went_out_goes_on_the_next_one(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    """The agenda of the 9th went out on Tuesday with the budget; Monday's email about the
    summer camp was delivered late, on Wednesday morning. It is not on the call of the 9th
    (its email did not list it), but on the agenda of the 16th, which does not list the
    budget again."""
    early_budget = BUDGET.replace(b"14 Dec 2026 09:00", b"7 Dec 2026 09:00").replace(
        b"next year", b"this year"
    )
    store, cycle = setup(db_url, imap, smtp)
    imap.append("INBOX", early_budget)
    cycle.run(at(16, 0, days=6))  # Monday 7 December
    report = cycle.run(at(16, 5, days=7))  # Tuesday 8: the agenda of the 9th goes
    assert report.sent == 1
    imap.append("INBOX", CAMP)
    report = cycle.run(at(10, 5, days=8))  # Wednesday 9, before the call
    assert report.emails_read == 1 and report.agendas_queued == 0
    now = at(10, 10, days=8)
    assert views(cycle, store, now, CALL_9) == (
        ["Budget review"],
        ["Budget review"],
    )
    # the feed's next occurrence lists it already
    feed = stored_agenda(cycle.config, store, store.account_id())(now)
    assert list(feed("harbor", CALL_9, CALL_16)) == ["Summer camp"]
    cycle.run(at(16, 5, days=14))  # Tuesday 15: the agenda of the 16th
    first, second = agendas(smtp, store)
    assert "Summer camp" not in first
    assert "Summer camp" in second and "Budget review" not in second
    store.close()
    cycle.store.close()


def test_a_reply_promises_a_late_read_topic_for_the_call_whose_agenda_lists_it(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    """Jen's voicemail of Tuesday 15:30 was transcribed after the agenda of Wednesday 9 went
    out at 16:00 without it: the day's reply does not say it is on the agenda sent, it
    promises it for the call of the 16th, whose agenda lists it."""
    store, cycle = setup(db_url, imap, smtp)
    imap.append("INBOX", BUDGET.replace(b"14 Dec 2026", b"7 Dec 2026"))
    cycle.run(at(16, 0, days=6))  # Monday 7 December
    assert cycle.run(at(16, 5, days=7)).sent == 1  # Tuesday 8: the agenda of the 9th goes
    said = "Hi Claire, it's Jen. Can we talk about the volunteer training schedule? Thanks."
    voicemail(store, store.account_id(), "RE-late", "harbor", at(15, 30, days=7), said)
    cycle.run(at(17, 5, days=7))  # the day's reply
    [text] = agendas(smtp, store, "reply")
    assert "December 16" in text and "December 9" not in text
    cycle.run(at(16, 5, days=14))
    assert "volunteer training schedule" in agendas(smtp, store)[1]
    store.close()
    cycle.store.close()


def test_a_voicemail_whose_call_passed_while_the_cycle_was_down_goes_on_the_next_agenda(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    """The webhook stored Jen's voicemail on Monday 7 December; the mail cycle was down from
    then until Thursday 10, over the agenda and the call of the 9th. Nothing was sent for
    that call: the agenda of the 16th lists the voicemail's topic."""
    store, cycle = setup(db_url, imap, smtp)
    said = "Hi Claire, it's Jen. Can we talk about the volunteer training schedule? Thanks."
    voicemail(store, store.account_id(), "RE-down", "harbor", at(15, 0, days=6), said)
    report = cycle.run(at(10, 5, days=9))  # Thursday 10: the cycle is back
    assert report.agendas_queued == 0
    cycle.run(at(16, 5, days=14))  # Tuesday 15: the agenda of the 16th
    [sent] = agendas(smtp, store)
    assert "volunteer training schedule" in sent
    store.close()
    cycle.store.close()


def test_an_agenda_sent_for_a_call_skipped_afterwards_carries_nothing(
    db_url: str, imap: Dovecot, smtp: SmtpServer, tmp_path: Path
):
    """The agenda of the 16th went out on Tuesday with the summer camp (read late, carried
    over) and the budget; then the consultant calls that Wednesday off (`boundaries skip`).
    The call did not take place, so its topics were never taken up: the views of the 23rd
    list them at once, the agenda of the 23rd lists them beside the gala, `skip` and
    `outbox approve` say so, and `skip --undo` before the 16th gives them back to that call
    (newcomer14 H1; SPEC §11: the agenda moves to the next call)."""
    store, cycle = setup(db_url, imap, smtp)
    config_file = tmp_path / "b.toml"
    config_file.write_text(example_with_mail("")[0], encoding="utf-8")
    imap.append("INBOX", CAMP)
    cycle.run(at(10, 5, days=9))  # Thursday 10 December, after the call of the 9th
    imap.append("INBOX", BUDGET)
    cycle.run(at(16, 0, days=13))
    assert cycle.run(at(16, 7, days=14)).sent == 1  # Tuesday 15: the agenda of the 16th
    both = ["Summer camp", "Budget review"]
    key = "agenda:harbor:2026-12-16T15:00Z"

    def skip(*undo: str) -> str:
        args = ["skip", "--config", str(config_file), "--database", db_url, "--client", "harbor"]
        done = CliRunner().invoke(
            cli, [*args, "--on", "2026-12-16", "--now", at(17, 0, days=14).isoformat(), *undo]
        )
        assert done.exit_code == 0, done.output
        return done.output

    said = skip()  # the consultant writes French
    assert f"Son ordre du jour {key} est déjà parti chez le client" in said, said
    assert "ses sujets passent à l'ordre du jour du point suivant" in said
    assert "Prochain point fixe : mercredi 23 décembre à 16 h." in said
    now = at(17, 5, days=14)
    assert views(cycle, store, now, CALL_23) == (both, both)
    approve = CliRunner().invoke(cli, ["outbox", "--database", db_url, "approve", key])
    assert approve.exit_code == 1 and "Traceback" not in approve.output
    went = "already went out to the client, before its call was called off"
    assert went in approve.output, approve.output
    assert "is not sent" not in approve.output and "next agenda" in approve.output
    # called off by mistake: restored before the call, the topics are the 16th's again
    assert f"Son ordre du jour {key}, envoyé avant l'annulation, compte" in skip("--undo")
    assert views(cycle, store, now, CALL_16) == (both, both)
    feed = stored_agenda(cycle.config, store, store.account_id())(now)
    assert list(feed("harbor", CALL_16, CALL_23)) == []
    skip()
    imap.append("INBOX", GALA)
    report = cycle.run(at(16, 5, days=21))  # Tuesday 22: the agenda of the 23rd
    assert report.sent == 1
    _, second = agendas(smtp, store)
    assert "Summer camp" in second and "Budget review" in second and "Gala" in second
    # once that one went out, they are its own; `report` shows what it lists
    assert views(cycle, store, at(16, 10, days=21), CALL_23)[0] == [*both, "Gala"]
    shown = CliRunner().invoke(
        cli,
        ["report", "--config", str(config_file), "--database", db_url, "--client", "harbor",
         "--json", "--now", at(16, 10, days=21).isoformat()],
    )  # fmt: skip
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["clients"][0]["agenda"] == [*both, "Gala"]
    store.close()
    cycle.store.close()


WEDNESDAY = 'rrule = "FREQ=WEEKLY;BYDAY=WE", start = "16:00"'
THURSDAY = 'rrule = "FREQ=WEEKLY;BYDAY=TH", start = "11:00"'


def test_an_agenda_sent_for_a_call_moved_afterwards_carries_nothing():
    """The same for a call moved by a change of the configuration after its agenda went out
    (Harbor's call from Wednesdays 16:00 to Thursdays 11:00): the topics it listed are
    gathered for the next call that takes place, Thursday 17 December, and not for the old
    Wednesday."""
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    moved = parse_config(text.replace(WEDNESDAY, THURSDAY))
    camp = Heard(
        "<camp>", "harbor", at(16, days=5).astimezone(UTC), "email", "summer camp?",
        intent="request", topic="summer camp staffing plan",
    )  # fmt: skip
    sent = ComposedAgenda("harbor", CALL_16, carries=True, sids=frozenset({"<camp>"}))
    now = at(17, days=14)  # Tuesday 15, after the Wednesday agenda went out
    thursday = at(11, days=16).astimezone(UTC)
    calendar = Calendar(moved)
    assert carried_over(moved, calendar, [camp], [sent], now) == {"<camp>": thursday}
    # as planned, the Wednesday's agenda carried it
    plain = parse_config(text)
    assert carried_over(plain, Calendar(plain), [camp], [sent], now) == {"<camp>": CALL_16}


def test_a_rule_changed_afterwards_does_not_bring_back_the_topics_of_calls_that_took_place():
    """Harbor's rule moves from Wednesdays 16:00 to Thursdays 11:00 on Tuesday 15 December,
    after the agenda of the 16th went out. The call of the 9th took place under the old rule
    (its agenda was composed on the 8th, the rule in force then): its topic stays its own.
    Only the call of the 16th, still to come when the rule changed, was moved: its topic
    alone goes to Thursday 17 (newcomer15 H1; SPEC §10: the topics since the previous call)."""
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    moved = parse_config(text.replace(WEDNESDAY, THURSDAY))

    def email(sid: str, day: int, topic: str) -> Heard:
        return Heard(
            sid, "harbor", at(10, days=day).astimezone(UTC), "email", f"{topic}?",
            intent="request", topic=topic,
        )  # fmt: skip

    camp, budget = email("<camp>", 6, "summer camp staffing plan"), email("<budget>", 13, "budget")
    ninth = ComposedAgenda(
        "harbor", CALL_9, True, frozenset({"<camp>"}), seen=at(16, 5, days=7).astimezone(UTC)
    )
    sixteenth = ComposedAgenda(
        "harbor", CALL_16, True, frozenset({"<budget>"}), seen=at(16, 5, days=14).astimezone(UTC)
    )
    now = at(12, days=15)  # Wednesday 16, after the old Wednesday's start: a replay, or late

    def topics(config: Config, start: datetime) -> list[str]:
        calendar = Calendar(config)
        got = carried_over(config, calendar, [camp, budget], [ninth, sixteenth], now)
        assert got.get("<camp>") == CALL_9  # discussed on the 9th, under the old rule
        before = previous_start(calendar, "harbor", start)
        lines = gathered(config, calendar, "harbor", start, [camp, budget], before, carried=got)
        return [t.topic for t in lines]

    assert topics(moved, at(11, days=16).astimezone(UTC)) == ["budget"]
    # the same when only the start time moves (16:00 to 16:30)
    later = parse_config(text.replace(WEDNESDAY, WEDNESDAY.replace("16:00", "16:30")))
    assert topics(later, at(16, 30, days=15).astimezone(UTC)) == ["budget"]


def test_the_agenda_after_a_rule_change_lists_only_the_topics_of_the_moved_call(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    """The same through the mail cycle: the agendas of the 9th and the 16th went out under
    the Wednesday rule; the consultant then moves Harbor to Thursdays 11:00. The agenda of
    Thursday 17 lists the budget (the moved call's), not the summer camp, discussed on the
    9th."""
    store, cycle = setup(db_url, imap, smtp)
    imap.append("INBOX", CAMP)
    cycle.run(at(16, 0, days=6))  # Monday 7 December
    assert cycle.run(at(16, 5, days=7)).sent == 1  # Tuesday 8: the agenda of the 9th
    imap.append("INBOX", BUDGET)
    cycle.run(at(16, 0, days=13))
    assert cycle.run(at(16, 5, days=14)).sent == 1  # Tuesday 15: the agenda of the 16th
    text, _ = example_with_mail(
        f'imap_url = "{imap.url}"\nsmtp_url = "{smtp.url}"\nagenda_hours_before = 24'
    )
    moved = MailCycle(parse_config(text.replace(WEDNESDAY, THURSDAY)), Store.open(db_url))
    assert moved.run(at(11, 5, days=15)).sent == 1  # Wednesday 16: the agenda of Thursday 17
    _, _, third = agendas(smtp, store)
    assert "Budget review" in third and "Summer camp" not in third, third
    store.close()
    cycle.store.close()
    moved.store.close()


def test_a_reply_not_sent_yet_is_rewritten_when_the_call_it_names_is_skipped(
    db_url: str, imap: Dovecot, smtp: SmtpServer, tmp_path: Path
):
    """Jen's voicemail of Thursday 3 December is answered at 17:00 by a reply held for
    approval that offers the call of Wednesday 9; on Friday the consultant skips that call,
    then approves the reply, and the cycle runs after the 20-hour grace of new replies. The
    reply that goes out names the call of the 16th, the one that will really happen, and
    `skip` and `outbox approve` say it is rewritten (newcomer15 H2; SPEC §10, §11). One the
    consultant edited keeps her words: both say so."""
    _, config = example_with_mail(
        f'imap_url = "{imap.url}"\nsmtp_url = "{smtp.url}"\nagenda_hours_before = 24\n'
        "approve_replies = true"
    )
    store, cycle = Store.open(db_url), MailCycle(config, Store.open(db_url))
    config_file = tmp_path / "b.toml"
    config_file.write_text(example_with_mail("")[0], encoding="utf-8")
    said = "Hi Claire, it's Jen. Can we talk about the volunteer training schedule? Thanks."
    voicemail(store, store.account_id(), "RE-held", "harbor", at(10, 0, days=2), said)
    cycle.run(at(17, 5, days=2))  # Thursday 3: the reply, held
    key = "reply:harbor:2026-12-03"
    outbox = Outbox(store, store.account_id())
    held = outbox.get(key)
    assert held is not None and held.state == "waiting_approval"
    assert "December 9" in held.subject + held.text, held.text
    skipped = CliRunner().invoke(
        cli,
        ["skip", "--config", str(config_file), "--database", db_url, "--client", "harbor",
         "--on", "2026-12-09", "--now", at(9, 0, days=3).isoformat()],
    )  # fmt: skip
    assert skipped.exit_code == 0, skipped.output
    assert f"La réponse {key}, pas encore envoyée, proposait ce point" in skipped.output
    assert "la réécrit pour nommer le point suivant" in skipped.output
    approved = CliRunner().invoke(cli, ["outbox", "--database", db_url, "approve", key])
    assert approved.exit_code == 0, approved.output
    assert "called off or moved since it was written" in approved.output
    assert "rewrites it to name the next call" in approved.output
    assert cycle.run(at(14, 0, days=3)).sent == 1  # Friday 4, 14:00
    [text] = agendas(smtp, store, "reply")
    assert "December 16" in text and "December 9" not in text, text
    sent = outbox.get(key)
    assert sent is not None and "December 9" not in sent.subject
    assert sent.detail["call_days"] == ["2026-12-16"]
    # a reply the consultant edited is hers: the cycle leaves it, skip and approve say so
    voicemail(store, store.account_id(), "RE-edit", "harbor", at(10, 0, days=7), said)
    cycle.run(at(17, 5, days=7))  # Tuesday 8: the reply offers the call of the 16th
    edited_key = "reply:harbor:2026-12-08"
    outbox.edit(edited_key, "Re: your call", "Hi Jen, let's talk on Wednesday 16. Claire")
    skipped = CliRunner().invoke(
        cli,
        ["skip", "--config", str(config_file), "--database", db_url, "--client", "harbor",
         "--on", "2026-12-16", "--now", at(18, 0, days=7).isoformat()],
    )  # fmt: skip
    assert f"La réponse {edited_key}, pas encore envoyée, que vous avez modifiée" in skipped.output
    approved = CliRunner().invoke(cli, ["outbox", "--database", db_url, "approve", edited_key])
    assert "you edited it: it goes out as you wrote it" in approved.output, approved.output
    cycle.compose(at(18, 5, days=7))
    kept = outbox.get(edited_key)
    assert kept is not None and kept.text == "Hi Jen, let's talk on Wednesday 16. Claire"
    store.close()
    cycle.store.close()


def test_an_email_read_in_the_cycle_that_sends_the_agenda_goes_on_it(
    db_url: str, imap: Dovecot, smtp: SmtpServer
):
    """Jen's second email is dated 16:15, ten minutes ahead of the cycle that reads it at
    16:05 on Tuesday 8 December and sends the agenda of the 9th (due at 16:00): it is stamped
    with the moment it was read, after the agenda's send moment. The agenda that goes out
    in that cycle lists it beside the first one, the views say the same (not late), and the
    agenda of the 16th does not list it again: no topic falls between two agendas
    (newcomer15 H3; SPEC §9, §10). The gala email, dated days ahead (a replay), read alone
    in the cycle of the 16th's agenda, makes that agenda go out."""
    store, cycle = setup(db_url, imap, smtp)
    imap.append("INBOX", CAMP)
    cycle.run(at(16, 0, days=6))  # Monday 7 December
    imap.append("INBOX", BUDGET.replace(b"Mon, 14 Dec 2026 09:00", b"Tue, 8 Dec 2026 10:15"))
    report = cycle.run(at(16, 5, days=7))  # Tuesday 8, 16:05: the budget's Date is ahead
    assert report.emails_read == 1 and report.sent == 1
    [first] = agendas(smtp, store)
    assert "Summer camp" in first and "Budget review" in first, first
    both = ["Summer camp", "Budget review"]
    assert views(cycle, store, at(16, 30, days=7), CALL_9) == (both, both)
    [api] = [
        a for a in agendas_now(cycle.config, store, store.account_id(), at(16, 30, days=7))
        if a["client"] == "harbor"
    ]  # fmt: skip
    assert [t["late"] for t in api["topics"]] == [False, False]
    imap.append("INBOX", GALA)
    cycle.run(at(16, 5, days=14))  # Tuesday 15: the agenda of the 16th
    _, second = agendas(smtp, store)
    assert "Gala" in second and "Budget review" not in second and "Summer camp" not in second
    store.close()
    cycle.store.close()
