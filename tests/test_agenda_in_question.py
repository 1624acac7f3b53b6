"""A standing call whose date a client put in question (newcomer9 M3): which call a request to
move or call off names, the same for the reply and the agenda; the agenda of that call is held
for the consultant with the reason shown, says the request was heard, and never goes out on
its own. Against a real SMTP server on loopback."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.config import parse_config
from boundaries.domain.agenda import agendas_due
from boundaries.domain.heard import Heard
from boundaries.domain.moves import moved_call
from boundaries.domain.replies import DeferralReply, deferral_replies
from boundaries.domain.schedule import Calendar
from boundaries.integrations.calendar.agenda import stored_agenda
from boundaries.integrations.mail.cycle import MailCycle
from boundaries.store import Store, StoredEvent
from boundaries.store.calendar import CalendarStore
from boundaries.store.outbox import Outbox, OutboxError
from boundaries.triage import Message, classify
from boundaries.web.mail_api import agendas_now
from tests.conftest import EXAMPLES
from tests.mail_servers import SmtpServer
from tests.mail_support import at, example_with_mail, parsed, triaged, voicemail

CONFIG = parse_config((EXAMPLES / "boundaries.toml").read_text(encoding="utf-8"))
CALENDAR = Calendar(CONFIG)
ADDRESSES = {"horizon": "marc@horizon.example", "harbor": "jen@harbor.example"}


def friday(days: int = 0) -> datetime:
    """Horizon's standing call: Friday 4 December 2026 at 10:00 Paris, `days` later."""
    return at(10, days=3 + days).astimezone(UTC)


def wednesday(days: int = 0) -> datetime:
    """Harbor's standing call: Wednesday 2 December 2026 at 16:00 Paris, `days` later."""
    return at(16, days=1 + days).astimezone(UTC)


@pytest.mark.parametrize(
    ("client", "words", "call"),
    [
        ("horizon", "On peut décaler le point de vendredi à lundi prochain ?", friday()),
        ("horizon", "On peut décaler le point de vendredi prochain ? Merci.", friday()),
        ("horizon", "Est-ce qu'on peut annuler notre point ? Merci.", friday()),
        ("horizon", "On peut reporter le point du 18 décembre ? Je serai en congés.", friday(14)),
        ("horizon", "Pourrait-on décaler le point de la semaine prochaine ?", friday(7)),
        ("harbor", "hi, could we move the call on December 16 to the 17th? thanks", wednesday(14)),
        ("harbor", "could we move next week's call? I'm travelling", wednesday(7)),
        ("harbor", "could we move wednesday's call to friday? thanks", wednesday()),
    ],
)
def test_a_request_to_move_a_call_names_the_occurrence_it_speaks_of(
    client: str, words: str, call: datetime
):
    heard = triaged("m", at(9), words, client)
    assert heard.moves_call, heard
    assert moved_call(CONFIG, CALENDAR, heard) == call


def test_a_skipped_call_is_in_question_no_more():
    """`boundaries skip` is the consultant's answer: the next real call is not the one asked."""
    heard = triaged("m", at(9), "On peut décaler le point de vendredi ?", "horizon")
    skipped = Calendar(CONFIG, {("horizon", friday().date())})
    assert moved_call(CONFIG, skipped, heard) is None


def test_a_request_about_a_later_call_leaves_the_next_call_offered_and_its_agenda_free():
    """The reply hid the next call's date for any move request, even one about a later call;
    now the reply and the agenda read the same call as in question."""
    heard = [
        triaged(
            "m",
            at(9),
            "On peut reporter le point du 18 décembre ? Je serai en congés.",
            "horizon",
            "voicemail",
        ),
        triaged("t", at(9, 30), "c'est Marc, c'est pour le budget 2027", "horizon", "voicemail"),
    ]
    assert heard[0].moves_call and heard[1].topic
    [reply] = deferral_replies(CONFIG, CALENDAR, heard, at(18))
    assert reply.next_call == friday()
    text = " ".join(reply.letter.text.split())
    assert "vendredi 4 décembre à 10 h" in text and "en question" not in text, text
    assert "« point du 18 décembre »" in text, text  # the request is still answered
    [agenda] = agendas_due(CONFIG, CALENDAR, heard, at(10, days=2))
    assert agenda.call_start == friday() and not agenda.in_question
    # The call it does name: its agenda waits for the consultant.
    [later] = agendas_due(CONFIG, CALENDAR, [*heard, _topic("u", 14)], at(10, days=16))
    assert later.call_start == friday(14) and later.in_question


def _topic(sid: str, days: int) -> Heard:
    return triaged(sid, at(9, days=days), "c'est Marc, pour la convention", "horizon", "voicemail")


def test_the_reply_still_hides_the_next_call_when_that_is_the_one_in_question():
    heard = [
        triaged(
            "m", at(9), "On peut décaler le point de vendredi à lundi ?", "horizon", "voicemail"
        ),
        triaged("t", at(9, 30), "c'est Marc, c'est pour le budget 2027", "horizon", "voicemail"),
    ]
    [reply] = deferral_replies(CONFIG, CALENDAR, heard, at(18))
    assert reply.next_call is None
    assert "la date de notre rendez-vous est à revoir" in " ".join(reply.letter.text.split())


def test_a_move_asked_by_email_after_the_message_a_reply_answers_is_not_offered():
    """trial41 §3: a status check by email, then a move request by email the same day (no
    reply of its own): the agenda was held, and the reply proposed that very call."""
    heard = [
        triaged(
            "s", at(9), "Bonjour Claire, où en est la demande de subvention ?", "horizon", "email"
        ),
        triaged(
            "m",
            at(11),
            "Bonjour, on peut décaler notre point de vendredi ? Marc",
            "horizon",
            "email",
        ),
    ]
    [reply] = deferral_replies(CONFIG, CALENDAR, heard, at(18))
    assert reply.next_call is None, reply.letter.subject
    assert "vendredi 4 décembre" not in reply.letter.subject + reply.letter.text


def _email(
    store: Store,
    account: int,
    sid: str,
    when: datetime,
    subject: str,
    text: str,
    client: str = "horizon",
) -> None:
    """A client's email, stored as `mail sync` stores it (triaged, by Message-ID)."""
    verdict = classify(Message(sid, "email", text, subject, ADDRESSES[client], when))
    store.record(
        account,
        [
            StoredEvent(
                kind="email",
                at=when,
                action="review" if verdict.moves_call else "agenda",
                client=client,
                sid=sid,
                detail={"subject": subject, "text": text, "triage": verdict.as_json(sid)},
            )
        ],
    )


MOVE = "On peut décaler le point de vendredi à lundi prochain ? Je serai en déplacement vendredi."


def test_the_agenda_of_a_call_the_client_asked_to_move_waits_for_the_consultant(
    db_url: str, smtp: SmtpServer, tmp_path
):
    """newcomer9 M3: the agenda went out on its own for the slot the client said he could not
    make, without a word about his request."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    account = store.account_id()
    cycle = MailCycle(config, store)
    voicemail(store, account, "V1", "horizon", at(11), "c'est marc, pour le budget 2027")
    cycle.run(at(17))  # Tuesday's reply
    _email(store, account, "<m@h>", at(17, 30, days=1), "Point de vendredi", MOVE)
    cycle.run(at(10, 5, days=2))  # Thursday: the agenda is due
    subjects = [parsed(r)["Subject"] for r in smtp.received()]
    assert not any(s.startswith("Ordre du jour") for s in subjects), subjects
    key = "agenda:horizon:2026-12-04T09:00Z"
    row = Outbox(store, account).get(key)
    assert row is not None and row.state == "waiting_approval", row
    assert row.subject.endswith("(date à confirmer)"), row.subject
    assert "Vous m'avez demandé de revoir la date de ce point" in row.text
    assert "« point de vendredi »" in row.text and "mercredi 2 décembre" in row.text, row.text
    assert "« budget 2027 »" in row.text
    # The consultant sees why and what to do: in the list, in `show`, in --json.
    runner = CliRunner()
    listed = runner.invoke(cli, ["outbox", "--database", db_url], env={"COLUMNS": "100"})
    flat = " ".join(listed.output.split())
    assert "held: the client asked to move or call off this call" in flat, listed.output
    assert f"boundaries outbox approve {key}" in flat
    shown = runner.invoke(cli, ["outbox", "show", key, "--database", db_url])
    assert "Held: the client asked to move" in shown.output, shown.output
    rows = runner.invoke(cli, ["outbox", "--json", "--database", db_url]).output.splitlines()
    as_json = {r["key"]: r for r in map(json.loads, rows)}
    assert "asked to move" in as_json[key]["held_because"]
    assert as_json["reply:horizon:2026-12-01"]["held_because"] is None
    # Later cycles leave it held; once approved it goes out once, as it was shown.
    for minute in (6, 7):
        cycle.run(at(10, minute, days=2))
    assert len(smtp.received()) == 1
    Outbox(store, account).approve(key, at(10, 9, days=2))  # what `outbox approve` does
    cycle.run(at(10, 10, days=2))
    cycle.run(at(10, 11, days=2))
    agenda = [parsed(r) for r in smtp.received() if "Ordre du jour" in parsed(r)["Subject"]]
    assert len(agenda) == 1
    assert "revoir la date de ce point" in agenda[0].get_body(("plain",)).get_content()
    store.close()


def test_a_held_agenda_whose_call_began_is_never_sent(db_url: str, smtp: SmtpServer):
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    account = store.account_id()
    cycle = MailCycle(config, store)
    voicemail(store, account, "V1", "horizon", at(11), "c'est marc, pour le budget 2027")
    _email(store, account, "<m@h>", at(12), "Point de vendredi", MOVE)
    cycle.run(at(10, 5, days=2))
    outbox, key = Outbox(store, account), "agenda:horizon:2026-12-04T09:00Z"
    with pytest.raises(OutboxError, match=r"began on 2026-12-04 09:00 UTC.*discard"):
        outbox.approve(key, at(10, 1, days=3))
    cycle.run(at(10, 31, days=3))
    row = outbox.get(key)
    assert row is not None and row.state == "discarded" and "began" in (row.last_error or "")
    assert not [r for r in smtp.received() if "Ordre du jour" in parsed(r)["Subject"]]
    store.close()


def test_an_agenda_queued_before_the_request_came_is_held_back(db_url: str, smtp: SmtpServer):
    """The server was down when the agenda was composed; the request came before it was back."""
    store, account, cycle, key = _queued_friday(db_url, smtp)
    _email(store, account, "<m@h>", at(11, days=2), "Point de vendredi", MOVE)
    smtp.mode("accept")
    cycle.run(at(11, 30, days=2))
    row = Outbox(store, account).get(key)
    assert row is not None and row.state == "waiting_approval", row
    assert "revoir la date" in row.text and row.held_because
    assert not [r for r in smtp.received() if "Ordre du jour" in parsed(r)["Subject"]]
    store.close()


def test_a_request_about_a_later_call_holds_that_agenda_only_and_a_skip_answers_it(
    db_url: str, smtp: SmtpServer
):
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    account = store.account_id()
    cycle = MailCycle(config, store)
    voicemail(store, account, "V1", "harbor", at(9), "hi it's jen, about the spring show")
    later = "hi Claire, could we move the call on December 16 to the 17th? thanks"
    _email(store, account, "<j@h>", at(9, 30), "December 16", later, "harbor")
    cycle.run(at(16, 5))  # Tuesday: Wednesday 2's agenda goes out as usual
    sent = [" ".join(parsed(r)["Subject"].split()) for r in smtp.received()]
    assert [s for s in sent if s.startswith("Agenda")] == [
        "Agenda for our call on Wednesday, December 2 at 10:00 AM Eastern Time"
    ], sent
    # The 16th: its agenda waits, worded in English.
    voicemail(store, account, "V2", "harbor", at(9, days=13), "hi it's jen, about the budget")
    cycle.run(at(16, 5, days=14))
    row = Outbox(store, account).get("agenda:harbor:2026-12-16T15:00Z")
    assert row is not None and row.state == "waiting_approval", row
    assert "You asked me to change the date of this call" in row.text, row.text
    assert row.subject.endswith("(date to be confirmed)")
    # Horizon: the call asked about is skipped; the next one's agenda goes out as usual.
    _email(store, account, "<m@h>", at(17, 30, days=1), "Point de vendredi", MOVE)
    CalendarStore(store, account).skip("horizon", friday().astimezone(at(0).tzinfo).date())
    voicemail(store, account, "V3", "horizon", at(9, days=8), "c'est marc, pour le budget 2027")
    cycle.run(at(10, 5, days=9))  # Thursday 10: Friday 11's agenda
    row = Outbox(store, account).get("agenda:horizon:2026-12-11T09:00Z")
    assert row is not None and row.state == "sent" and not row.held_because, row
    store.close()


def _held_friday(db_url: str, smtp: SmtpServer) -> tuple[Store, int, MailCycle, str]:
    """newcomer10's scene: Marc gave two topics, then asked to move Friday's call; on
    Thursday its agenda is held. Returns the store, account, cycle and the agenda's key."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    account = store.account_id()
    cycle = MailCycle(config, store)
    voicemail(store, account, "V1", "horizon", at(11), "c'est marc, pour le budget 2027")
    _email(store, account, "<m@h>", at(12), "Point de vendredi", MOVE)
    cycle.run(at(10, 5, days=2))
    key = "agenda:horizon:2026-12-04T09:00Z"
    assert Outbox(store, account).get(key).state == "waiting_approval"  # type: ignore[union-attr]
    return store, account, cycle, key


def _agendas_sent(smtp: SmtpServer) -> list[str]:
    """The plain text of every agenda the server received."""
    return [
        parsed(r).get_body(("plain",)).get_content()
        for r in smtp.received()
        if "Ordre du jour" in parsed(r)["Subject"]
    ]


def test_skipping_a_call_whose_agenda_is_held_withdraws_it_and_approve_refuses_it(
    db_url: str, smtp: SmtpServer, tmp_path
):
    """newcomer10 H1: after `skip`, the held agenda stayed "waiting approval"; approving it
    (CLI or dashboard) sent the client an agenda for the cancelled call, and its topics went
    again in the next call's agenda."""
    text, _ = example_with_mail(f'smtp_url = "{smtp.url}"')
    path = tmp_path / "b.toml"
    path.write_text(text, encoding="utf-8")
    store, account, cycle, key = _held_friday(db_url, smtp)
    runner = CliRunner()
    skipped = runner.invoke(
        cli,
        [
            *("skip", "--config", str(path), "--client", "horizon", "--on", "2026-12-04"),
            *("--now", "2026-12-03T10:10:00+01:00", "--database", db_url),
        ],
    )
    assert skipped.exit_code == 0, skipped.output
    assert f"Son ordre du jour {key}, pas encore envoyé, est retiré" in skipped.output
    row = Outbox(store, account).get(key)
    assert row is not None and row.state == "discarded" and not row.held_because, row
    assert "called off" in (row.last_error or "") and "next agenda" in (row.last_error or "")
    approved = runner.invoke(cli, ["outbox", "approve", key, "--database", db_url])
    assert approved.exit_code == 1 and "Traceback" not in approved.output, approved.output
    assert "called off" in approved.output and "next agenda" in approved.output
    listed = " ".join(runner.invoke(cli, ["outbox", "--database", db_url]).output.split())
    assert "held: the client" not in listed and "outbox approve" not in listed, listed
    # --undo restores the call and its held agenda; skipping again withdraws it again
    for args in (["--undo"], []):
        again = runner.invoke(
            cli,
            [
                *("skip", "--config", str(path), "--client", "horizon", "--on", "2026-12-04"),
                *("--now", "2026-12-03T10:12:00+01:00", "--database", db_url, *args),
            ],
        )
        assert again.exit_code == 0 and key in again.output, again.output
        state = Outbox(store, account).get(key).state  # type: ignore[union-attr]
        assert state == ("waiting_approval" if args else "discarded"), again.output
    cycle.run(at(10, 30, days=2))
    cycle.run(at(10, 5, days=9))  # Thursday 10: Friday 11's agenda, as usual
    row = Outbox(store, account).get("agenda:horizon:2026-12-11T09:00Z")
    assert row is not None and row.state == "sent" and not row.held_because, row
    [sent] = _agendas_sent(smtp)  # each topic in exactly one agenda
    assert "« budget 2027 »" in sent and "11 décembre" in sent, sent
    store.close()


def test_an_agenda_whose_call_was_skipped_otherwise_is_refused_and_withdrawn(
    db_url: str, smtp: SmtpServer
):
    """The same fault by another path: the skip stored without the command (an older
    binary, another process): approve reads the skips, and the next cycle withdraws it."""
    store, account, cycle, key = _held_friday(db_url, smtp)
    CalendarStore(store, account).skip("horizon", friday().astimezone(at(0).tzinfo).date())
    with pytest.raises(OutboxError, match=r"called off.*next agenda") as refused:
        Outbox(store, account).approve(key, at(10, 9, days=2))
    assert refused.value.problem == "withdrawn"
    cycle.run(at(10, 10, days=2))
    row = Outbox(store, account).get(key)
    assert row is not None and row.state == "discarded" and "called off" in (row.last_error or "")
    store.close()


@pytest.mark.parametrize("how", ["discarded", "passed"])
def test_the_topics_of_a_held_agenda_never_sent_go_on_the_next_agenda(
    db_url: str, smtp: SmtpServer, how: str
):
    """newcomer10 M2: once the held agenda was discarded, or its call passed while held, the
    client's topics reached no agenda and the next one was not even composed."""
    store, account, cycle, key = _held_friday(db_url, smtp)
    runner = CliRunner()
    if how == "discarded":
        done = runner.invoke(cli, ["outbox", "discard", key, "--database", db_url])
        assert done.exit_code == 0 and "its topics go on the client's next agenda" in done.output
    else:
        cycle.run(at(10, 5, days=3))  # Friday: its call began while it was held
        row = Outbox(store, account).get(key)
        assert row is not None and row.state == "discarded" and "next agenda" in row.last_error
        # approved on a clock before the call (a replay ran ahead): still refused, with why
        with pytest.raises(OutboxError, match=r"began while it waited.*next agenda"):
            Outbox(store, account).approve(key, at(9, days=2))
    shown = runner.invoke(cli, ["outbox", "show", key, "--database", db_url]).output
    assert "Held:" not in shown and "outbox approve" not in shown, shown  # newcomer10 L2
    # The consultant's views read the same: Friday 4 carries nothing, Friday 11 the budget.
    config = cycle.config
    if how == "discarded":
        now, then = [
            a
            for a in agendas_now(config, store, account, at(11, days=2))
            if a["client"] == "horizon"
        ]
        assert now["call_start"] == friday().isoformat() and now["topics"] == [], now
        assert now["state"] == "discarded", now
        # the topic shows where it waits: on Friday 11, as its agenda email will list it
        assert then["call_start"] == friday(7).isoformat(), then
        assert [t["topic"] for t in then["topics"]] == ["budget 2027"], then
    [later] = [
        a for a in agendas_now(config, store, account, at(9, days=9)) if a["client"] == "horizon"
    ]
    assert [t["topic"] for t in later["topics"]] == ["budget 2027"], later
    feed = stored_agenda(config, store, account)(at(9, days=9))
    assert list(feed("horizon", friday(), friday(7))) == ["budget 2027"]
    assert list(feed("horizon", friday(-7), friday())) == []
    cycle.run(at(10, 5, days=9))  # Thursday 10: Friday 11's agenda
    row = Outbox(store, account).get("agenda:horizon:2026-12-11T09:00Z")
    assert row is not None and row.state == "sent" and not row.held_because, row
    [sent] = _agendas_sent(smtp)
    assert "« budget 2027 »" in sent and "revoir la date" not in sent, sent
    store.close()


def test_the_held_note_gives_the_consultants_local_time(db_url: str, smtp: SmtpServer):
    """newcomer10 L2: the CLI said "on 2026-12-01 11:00 UTC" where every other time is local."""
    store, _account, _cycle, key = _held_friday(db_url, smtp)
    runner = CliRunner()
    shown = runner.invoke(cli, ["outbox", "show", key, "--database", db_url]).output
    assert "on Tue 2026-12-01 12:00 Europe/Paris" in shown and "UTC" not in shown, shown
    store.close()


def test_a_held_agenda_whose_call_was_moved_in_the_configuration_is_withdrawn(
    db_url: str, smtp: SmtpServer
):
    """H1 by another path: the consultant agreed Thursday and changed the standing call in
    the configuration; the agenda held for Friday must not go out for a call that is gone."""
    store, account, _cycle, key = _held_friday(db_url, smtp)
    text, _ = example_with_mail(f'smtp_url = "{smtp.url}"')
    moved = text.replace("BYDAY=FR", "BYDAY=TH", 1)
    assert moved != text
    cycle = MailCycle(parse_config(moved), store)
    cycle.run(at(10, 30, days=2))
    row = Outbox(store, account).get(key)
    assert row is not None and row.state == "discarded" and "moved" in (row.last_error or "")
    with pytest.raises(OutboxError, match="called off"):
        Outbox(store, account).approve(key, at(10, 31, days=2))
    assert not _agendas_sent(smtp)
    store.close()


def test_an_agenda_queued_while_the_server_was_down_is_withdrawn_when_its_call_is_skipped(
    db_url: str, smtp: SmtpServer
):
    """H1's kind without a move request: the agenda waited in the queue (server down) when
    the consultant skipped its call; once the server was back it went out for the cancelled
    call, and its topics again in the next call's agenda."""
    store, account, cycle, key = _queued_friday(db_url, smtp)
    CalendarStore(store, account).skip("horizon", friday().astimezone(at(0).tzinfo).date())
    smtp.mode("accept")
    cycle.run(at(11, days=2))
    row = Outbox(store, account).get(key)
    assert row is not None and row.state == "discarded" and "called off" in (row.last_error or "")
    cycle.run(at(10, 5, days=9))
    [sent] = _agendas_sent(smtp)
    assert "« budget 2027 »" in sent and "11 décembre" in sent, sent
    store.close()


def test_an_agenda_kept_in_the_queue_until_its_call_began_is_not_sent_after_it(
    db_url: str, smtp: SmtpServer
):
    """The mail server refused the agenda until the call had begun: sent then, it reached the
    client after the call it prepared. It is withdrawn instead, and its topics go on the next
    call's agenda."""
    store, account, cycle, key = _queued_friday(db_url, smtp)
    cycle.run(at(9, 55, days=3))  # still down just before the call
    smtp.mode("accept")
    cycle.run(at(10, 20, days=3))  # back while the call is on
    row = Outbox(store, account).get(key)
    assert row is not None and row.state == "discarded", row
    assert "before it could be sent" in (row.last_error or "")
    assert not _agendas_sent(smtp)
    with pytest.raises(OutboxError, match="began before it was sent"):
        Outbox(store, account).approve(key, at(10, 30, days=3))
    cycle.run(at(10, 5, days=9))
    [sent] = _agendas_sent(smtp)
    assert "« budget 2027 »" in sent and "11 décembre" in sent, sent
    store.close()


def _queued_friday(db_url: str, smtp: SmtpServer) -> tuple[Store, int, MailCycle, str]:
    """Friday's agenda for Horizon (a budget voicemail), composed on Wednesday while the mail
    server refused it: queued. The server still refuses until the test says otherwise."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    account = store.account_id()
    cycle = MailCycle(config, store)
    voicemail(store, account, "V1", "horizon", at(11), "c'est marc, pour le budget 2027")
    smtp.mode("421")
    cycle.run(at(10, 5, days=2))
    key = "agenda:horizon:2026-12-04T09:00Z"
    assert Outbox(store, account).get(key).state == "queued"  # type: ignore[union-attr]
    return store, account, cycle, key


def test_two_requests_on_one_day_name_that_day_once():
    """trial36 §8: « vos messages du mardi 20 octobre et du mardi 20 octobre »."""
    heard = [
        triaged("m1", at(9), "On peut décaler le point de vendredi ?", "horizon", "voicemail"),
        triaged("m2", at(15), "Marc encore : on peut décaler le point de vendredi ?", "horizon",
                "voicemail"),
    ]  # fmt: skip
    [agenda] = agendas_due(
        CONFIG,
        CALENDAR,
        [*heard, triaged("t", at(10), "c'est pour le budget 2027", "horizon", "voicemail")],
        at(10, days=2),
    )
    text = " ".join(agenda.letter.text.split())
    assert agenda.in_question and text.count("décembre et du") == 0, text


def _move_then_topic(topic_at: datetime, until: datetime) -> tuple[list[Heard], DeferralReply]:
    """Marc asks on Tuesday 09:00 to move Friday's call, then leaves a topic at `topic_at`:
    what he said, and the reply (due by `until`) to the topic's message."""
    heard = [
        triaged(
            "m", at(9), "On peut décaler le point de vendredi à lundi ?", "horizon", "voicemail"
        ),
        triaged("t", topic_at, "c'est Marc, c'est pour le budget 2027", "horizon", "voicemail"),
    ]
    replies = deferral_replies(CONFIG, CALENDAR, heard, until)
    return heard, next(r for r in replies if "t" in r.caused_by)


def test_a_reply_on_a_later_day_does_not_offer_the_call_asked_to_move_the_day_before():
    """trial35/trial36 (known): only the same reply's requests were seen, so Wednesday's reply
    proposed the Friday call Marc had asked on Tuesday to move. The call stays in question
    until the consultant answers it (`boundaries skip`, or the call is held)."""
    heard, later = _move_then_topic(at(9, days=1), at(18, days=1))
    text = " ".join(later.letter.text.split())
    assert later.next_call is None and "vendredi 4 décembre" not in text, text
    assert "la date de notre rendez-vous est à revoir" in text, text
    assert "budget 2027" in text
    # once the consultant skips that call, the next real call is offered again
    skipped = Calendar(CONFIG, {("horizon", friday().date())})
    replies = deferral_replies(CONFIG, skipped, heard, at(18, days=1))
    later = next(r for r in replies if "t" in r.caused_by)
    assert later.next_call == friday(7), later.letter.text


def test_a_later_reply_never_says_a_call_asked_to_move_took_place():
    """trial38 §6: Marc asked on Tuesday to move Friday's call; the reply to his Thursday
    evening message, sent on Friday after that call's hour, said his message "came before our
    call of Friday 4 December", as if it had taken place."""
    _, later = _move_then_topic(at(19, days=2), at(18, days=3))
    text = " ".join(later.letter.text.split())
    assert "arrivé avant notre point" not in text, text
