"""The outbox against a real SMTP server on loopback: sent once, retried, refused, held."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from boundaries.cli.main import cli
from boundaries.integrations.mail.cycle import FIRST_RETRY, CycleReport, MailCycle
from boundaries.store import Store, StoredEvent
from boundaries.store.outbox import Outbox, Outgoing
from tests.conftest import EXAMPLES
from tests.gateway_support import (
    PUBLIC,
    TOKEN,
    Clock,
    Provider,
    ServerThread,
    free_port,
    provider_sid,
)
from tests.mail_servers import SmtpServer
from tests.mail_support import at, example_with_mail, parsed, voicemail

MARC = "+33123456789"


def seed_day(store: Store, account: int) -> None:
    """Voicemails of three clients on Tuesday: replies are due at 17:00."""
    voicemail(store, account, "RE1", "horizon", at(13, 0), "salut c'est marc rappelle-moi")
    voicemail(store, account, "RE2", "horizon", at(13, 5), "c'est marc, pour le budget 2027")
    voicemail(store, account, "RE3", "velo", at(15), "c'est Karim, au sujet du devis des vélos")
    voicemail(store, account, "RE4", "harbor", at(16), "hi it's jen, about the spring show")


def test_outbox_stores_a_key_once_and_gives_each_row_to_one_claimant(store: Store):
    outbox = Outbox(store, store.account_id())
    message = Outgoing(
        "reply:x:2026-12-01", "reply", "a@b.example", "S", "T", None, "<1@b>", at(17)
    )
    assert outbox.add([message]) == 1
    assert outbox.add([message, Outgoing(**{**message.__dict__, "message_id": "<2@b>"})]) == 0
    first, second = outbox.claim(at(17), "one"), outbox.claim(at(17), "two")
    assert [e.key for e in first] == ["reply:x:2026-12-01"] and second == []
    assert first[0].state == "sending" and first[0].attempts == 1


def test_a_day_with_three_voicemails_yields_one_reply_at_reply_at(db_url: str, smtp: SmtpServer):
    """End to end: signed webhooks into the real app, then the mail cycle minute by minute."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    clock = Clock(at(12, 40))
    from boundaries.web.app import create_app

    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=clock)
    with ServerThread(app) as server:
        provider = Provider(server.url)
        for i, (minute, said) in enumerate(
            [
                (40, "salut c'est marc rappelle-moi"),
                (45, "c'est marc, c'est pour le budget 2027"),
                (50, "c'est encore marc, au sujet de l'assemblée générale"),
            ]
        ):
            clock.now = at(12, minute)
            call = {"CallSid": provider_sid("CA", i), "From": MARC, "To": "+33100000000"}
            assert "<Record" in provider.post("/twilio/voice", call).text
            provider.post(
                "/twilio/recording",
                {
                    **call,
                    "RecordingSid": provider_sid("RE", i),
                    "RecordingUrl": "https://api.twilio.com/r",
                    "RecordingDuration": "12",
                },
            )
            r = provider.post(
                "/twilio/transcription",
                {
                    **call,
                    "RecordingSid": provider_sid("RE", i),
                    "TranscriptionSid": provider_sid("TR", i),
                    "TranscriptionStatus": "completed",
                    "TranscriptionText": said,
                },
            )
            assert r.status_code == 200
    cycle = MailCycle(config, store)
    assert cycle.run(at(16, 59)).sent == 0 and smtp.received() == []
    assert cycle.run(at(17, 0)).sent == 1
    for minute in range(1, 5):
        assert cycle.run(at(17, minute)).sent == 0
    [received] = smtp.received()
    msg = parsed(received)
    assert received["to"] == ["marc@horizon.example"]
    assert msg["Subject"].startswith("Bien reçu vos messages")
    body = msg.get_body(("plain",)).get_content()
    assert "vendredi 4 décembre à 10 h" in body and "« budget 2027 »" in body
    [row] = Outbox(store, store.account_id()).entries()
    assert (row.key, row.state, row.attempts) == ("reply:horizon:2026-12-01", "sent", 1)
    assert msg["Message-ID"].strip() == row.message_id
    store.close()


def test_smtp_down_for_ten_minutes_then_back_delivers_every_message_once(
    db_url: str, smtp: SmtpServer
):
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"\nagenda_hours_before = 0')
    store = Store.open(db_url)
    seed_day(store, store.account_id())
    cycle = MailCycle(config, store)
    smtp.mode("421")
    for minute in range(0, 3):
        report = cycle.run(at(17, minute))
        assert report.sent == 0
    smtp.mode("451")
    for minute in range(3, 5):
        cycle.run(at(17, minute))
    smtp.stop()  # the server is gone altogether: connection refused
    for minute in range(5, 10):
        assert cycle.run(at(17, minute)).sent == 0
    outbox = Outbox(store, store.account_id())
    waiting = outbox.entries()
    assert len(waiting) == 3 and all(e.state == "queued" for e in waiting)
    assert any("451" in (e.last_error or "") for e in waiting) or any(
        "connexion impossible" in (e.last_error or "")
        for e in waiting  # fr consultant
    )
    smtp.mode("accept")
    smtp.start()
    for minute in range(10, 60):
        cycle.run(at(17, minute))
    received = smtp.received()
    ids = Counter(parsed(r)["Message-ID"].strip() for r in received)
    assert len(received) == 3 and set(ids.values()) == {1}
    assert sorted(r["to"][0] for r in received) == [
        "jen@harboryoutharts.example",
        "karim@velo-solidaire.example",
        "marc@horizon.example",
    ]
    assert all(e.state == "sent" and e.attempts > 1 for e in outbox.entries())
    store.close()


def test_a_permanent_refusal_is_shown_with_the_servers_words(
    db_url: str, smtp: SmtpServer, tmp_path: Path
):
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    voicemail(store, store.account_id(), "RE1", "horizon", at(13), "pour le budget 2027")
    smtp.mode("550")
    report = MailCycle(config, store).run(at(17))
    assert report.failed == 1 and report.sent == 0
    result = CliRunner().invoke(cli, ["outbox", "--json", "--database", db_url])
    assert result.exit_code == 0, result.output
    assert '"state": "failed"' in result.output
    assert "550 5.1.1 Mailbox unavailable: no such user here" in result.output
    # Nothing more happens to it by itself...
    assert MailCycle(config, store).run(at(17, 30)).sent == 0
    # ...until the consultant sends it again.
    smtp.mode("accept")
    approve = CliRunner().invoke(
        cli, ["outbox", "--database", db_url, "approve", "reply:horizon:2026-12-01"]
    )
    assert approve.exit_code == 0, approve.output
    assert MailCycle(config, store).run(at(17, 31)).sent == 1
    assert len(smtp.received()) == 1
    store.close()


def test_an_interrupted_send_is_not_sent_again_by_itself(store: Store, smtp: SmtpServer):
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    voicemail(store, store.account_id(), "RE1", "horizon", at(13), "pour le budget 2027")
    cycle = MailCycle(config, store)
    cycle.compose(at(17))
    [claimed] = cycle.outbox.claim(at(17), "a-process-that-then-died")
    report = cycle.run(at(17, 30))
    assert report.interrupted == [claimed.key] and report.sent == 0
    [row] = cycle.outbox.entries()
    assert row.state == "failed" and "may or may not have been delivered" in (row.last_error or "")
    assert smtp.received() == []


def test_held_replies_wait_for_approval_and_a_discarded_one_is_never_sent(
    db_url: str, smtp: SmtpServer
):
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"\napprove_replies = true')
    store = Store.open(db_url)
    seed_day(store, store.account_id())
    cycle = MailCycle(config, store)
    cycle.run(at(17))
    outbox = Outbox(store, store.account_id())
    assert {e.state for e in outbox.entries()} == {"waiting_approval"} and smtp.received() == []
    runner = CliRunner()
    ok = runner.invoke(cli, ["outbox", "--database", db_url, "approve", "reply:velo:2026-12-01"])
    assert ok.exit_code == 0, ok.output
    gone = runner.invoke(
        cli, ["outbox", "--database", db_url, "discard", "reply:harbor:2026-12-01"]
    )
    assert gone.exit_code == 0, gone.output
    cycle.run(at(17, 1))
    assert [r["to"] for r in smtp.received()] == [["karim@velo-solidaire.example"]]
    states = {e.key: e.state for e in outbox.entries()}
    assert states["reply:harbor:2026-12-01"] == "discarded"
    assert states["reply:horizon:2026-12-01"] == "waiting_approval"
    again = runner.invoke(
        cli, ["outbox", "--database", db_url, "approve", "reply:harbor:2026-12-01"]
    )
    assert again.exit_code == 1 and "discarded" in again.output
    assert "Fix:" in again.output and "never sent" in again.output
    # discarding it twice (a script run again) is no error: what was asked holds (trial45 B12)
    twice = runner.invoke(
        cli, ["outbox", "--database", db_url, "discard", "reply:harbor:2026-12-01"]
    )
    assert twice.exit_code == 0 and "already discarded" in twice.output, twice.output
    sent_one = runner.invoke(
        cli, ["outbox", "--database", db_url, "discard", "reply:velo:2026-12-01"]
    )
    assert sent_one.exit_code == 1 and "sent" in sent_one.output, sent_one.output
    unknown = runner.invoke(cli, ["outbox", "--database", db_url, "approve", "reply:nobody:1"])
    assert unknown.exit_code == 1 and "no message with key" in unknown.output
    store.close()


def test_an_approval_given_later_than_the_next_cycles_clock_is_still_taken(
    store: Store, smtp: SmtpServer
):
    # The CLI and the dashboard stamp an approval with the wall clock; a cycle may run for an
    # earlier moment (a late machine, `mail sync --now`). Approved means due at once: the
    # approval's own time must never hold the message again.
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"\napprove_replies = true')
    seed_day(store, store.account_id())
    cycle = MailCycle(config, store)
    cycle.run(at(17))
    outbox = Outbox(store, store.account_id())
    outbox.approve("reply:velo:2026-12-01", datetime(2027, 6, 1, 9, tzinfo=at(17).tzinfo))
    assert cycle.run(at(17, 1)).sent == 1
    assert [r["to"] for r in smtp.received()] == [["karim@velo-solidaire.example"]]


@pytest.mark.slow
def test_two_mail_sync_processes_at_once_send_nothing_twice(
    db_url: str, smtp: SmtpServer, tmp_path: Path
):
    text, _ = example_with_mail(f'smtp_url = "{smtp.url}"')
    config_path = tmp_path / "boundaries.toml"
    config_path.write_text(text, encoding="utf-8")
    store = Store.open(db_url)
    account = store.account_id()
    outbox = Outbox(store, account)
    outbox.add(
        Outgoing(
            f"agenda:t{i}",
            "agenda",
            f"c{i}@x.example",
            f"S{i}",
            "T",
            None,
            f"<{i}@conseil.example>",
            at(16),
        )
        for i in range(30)
    )
    seed_day(store, account)  # and three replies both processes will compose at once
    store.close()
    command = [
        sys.executable,
        "-m",
        "boundaries",
        "mail",
        "sync",
        "--config",
        str(config_path),
        "--database",
        db_url,
        "--now",
        at(17).isoformat(),
        "--json",
    ]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in runs]
    assert all(p.returncode == 0 for p in runs), outputs
    received = smtp.received()
    ids = Counter(parsed(r)["Message-ID"].strip() for r in received)
    assert len(ids) == 33 and set(ids.values()) == {1}


def test_unknown_words_get_an_honest_reply_and_an_urgent_press_gets_none(
    store: Store, smtp: SmtpServer
):
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    account = store.account_id()
    store.record(
        account,
        [
            # A recording whose transcript never came.
            StoredEvent(
                "voicemail",
                at(11),
                "recorded",
                "horizon",
                "RE1",
                {"call_sid": "CA1", "duration": 25},
            ),
            # A transcript the provider failed to produce.
            StoredEvent(
                "voicemail", at(12), "recorded", "velo", "RE2", {"call_sid": "CA2", "duration": 30}
            ),
            StoredEvent(
                "transcription",
                at(12, 1),
                "unknown",
                "velo",
                "TR2",
                {
                    "call_sid": "CA2",
                    "recording_sid": "RE2",
                    "status": "failed",
                    "text": "",
                    "triage": {"intent": "unknown", "content_free": False},
                },
            ),
            # Jen pressed 1: urgent, whatever her words sound like.
            StoredEvent("urgent_press", at(13), "notify", "harbor", "CA3"),
        ],
    )
    voicemail(store, account, "TR3", "harbor", at(13, 1), "hi it's jen, about the show")
    store.update(
        account,
        "transcription",
        "TR3",
        detail={**store.find(account, "transcription", "TR3").detail, "call_sid": "CA3"},
    )  # type: ignore[union-attr]
    MailCycle(config, store).run(at(17))
    received = {r["to"][0]: parsed(r).get_body(("plain",)).get_content() for r in smtp.received()}
    assert sorted(received) == ["karim@velo-solidaire.example", "marc@horizon.example"]
    for body in received.values():
        assert "J'écouterai votre message vocal" in body and "J'ai noté" not in body


@pytest.mark.parametrize("columns", [80, 60])
def test_the_outbox_table_never_cuts_the_key_that_approve_and_discard_take(
    db_url: str, smtp: SmtpServer, columns: int
):
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"\napprove_replies = true')
    store = Store.open(db_url)
    seed_day(store, store.account_id())
    MailCycle(config, store).run(at(17))
    keys = [e.key for e in Outbox(store, store.account_id()).entries()]
    store.close()
    assert keys
    result = CliRunner().invoke(
        cli, ["outbox", "--database", db_url], env={"COLUMNS": str(columns)}
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for key in keys:
        assert any(line.startswith(key + " ") for line in lines), (key, result.output)
    if columns == 80:
        assert all(len(line) <= 80 for line in lines), result.output
    # Each message's kind, address and subject are there, one line each, not a word a line.
    assert len(lines) <= 2 + 4 * len(keys) + 1, result.output


# `mail sync` from cron or a script: a cycle that fell short exits non-zero (SPEC §9; the
# newcomer's M7: an unreachable mailbox exited 0), with each problem and its fix on stderr.


def _sync(config: Path, db_url: str, when: datetime, *extra: str) -> Result:
    """`mail sync` on the service's store (made here when the test has not: `mail sync`
    refuses a database that does not exist)."""
    Store.open(db_url).close()
    args = ["mail", "sync", "--config", str(config), "--database", db_url]
    return CliRunner().invoke(cli, [*args, "--now", when.isoformat(), *extra])


@pytest.mark.parametrize("as_json", [False, True])
def test_mail_sync_exits_non_zero_when_the_mailbox_cannot_be_reached(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_json: bool
):
    monkeypatch.setenv("BOUNDARIES_IMAP_PASSWORD", "pw")
    closed = free_port()  # nothing listens there
    text, _ = example_with_mail(f'imap_url = "imaps://claire@127.0.0.1:{closed}"')
    config = tmp_path / "boundaries.toml"
    config.write_text(text, encoding="utf-8")
    result = _sync(config, db_url, at(12), *(["--json"] if as_json else []))
    assert result.exit_code == 1, result.output
    # the example consultant is French: so is every word of the problem (newcomer58 §4)
    [problem] = [line for line in result.stderr.splitlines() if line.startswith("Problème :")]
    assert f"127.0.0.1:{closed}" in problem and "connexion impossible" in problem
    assert "Solution : vérifiez l'hôte et le port" in problem and "imap_url" in problem
    assert "Fix:" not in problem and "cannot" not in problem
    assert "Traceback" not in result.output
    if as_json:  # stdout stays one JSON object, which holds the error too
        assert json.loads(result.stdout)["errors"] == [problem.removeprefix("Problème : ")]


def test_mail_sync_exits_non_zero_while_the_smtp_server_is_down_and_loses_nothing(
    db_url: str, tmp_path: Path
):
    smtp = SmtpServer(tmp_path / "smtp")  # not started yet: its port refuses connections
    text, _ = example_with_mail(f'smtp_url = "{smtp.url}"')
    config = tmp_path / "boundaries.toml"
    config.write_text(text, encoding="utf-8")
    store = Store.open(db_url)
    voicemail(store, store.account_id(), "RE1", "horizon", at(13), "pour le budget 2027")
    store.close()
    down = _sync(config, db_url, at(17))
    assert down.exit_code == 1, down.output
    assert "connexion impossible" in down.stderr and "Solution :" in down.stderr
    assert "smtp_url" in down.stderr and "Fix:" not in down.stderr
    smtp.start()
    try:
        up = _sync(config, db_url, at(17, 10))
        assert up.exit_code == 0, up.output
        assert "envoyés : 1," in up.stdout and "Problème" not in up.stderr
        assert len(smtp.received()) == 1
    finally:
        smtp.stop()


def test_a_temporary_smtp_refusal_names_the_server_and_what_to_do(
    db_url: str, smtp: SmtpServer, tmp_path: Path
):
    """Newcomer 2, L10: a 451 printed "Problem: end of DATA: server answered 451 …", with
    neither the server nor a fix."""
    text, _ = example_with_mail(f'smtp_url = "{smtp.url}"')
    config = tmp_path / "boundaries.toml"
    config.write_text(text, encoding="utf-8")
    store = Store.open(db_url)
    voicemail(store, store.account_id(), "RE1", "horizon", at(13), "pour le budget 2027")
    store.close()
    smtp.mode("451")
    result = _sync(config, db_url, at(17))
    assert result.exit_code == 1, result.output
    [problem] = [line for line in result.stderr.splitlines() if line.startswith("Problème :")]
    server = f"127.0.0.1:{smtp.port}"
    assert server in problem and "451" in problem and "refus temporaire" in problem, problem
    assert "Solution :" in problem and "repart à un prochain relevé" in problem
    store = Store.open(db_url)
    [waiting] = Outbox(store, store.account_id()).entries()
    store.close()
    assert waiting.state == "queued" and "Solution :" in (waiting.last_error or "")
    smtp.mode("550")
    refused = _sync(config, db_url, at(18))
    assert refused.exit_code == 1
    store = Store.open(db_url)
    [failed] = Outbox(store, store.account_id()).entries()
    store.close()
    assert failed.state == "failed" and server in (failed.last_error or "")
    assert "outbox approve" in (failed.last_error or "")


def test_mail_sync_without_a_server_configured_is_not_a_failure(db_url: str, tmp_path: Path):
    store = Store.open(db_url)
    voicemail(store, store.account_id(), "RE1", "horizon", at(13), "pour le budget 2027")
    store.close()
    result = _sync(EXAMPLES / "boundaries.toml", db_url, at(17))
    assert result.exit_code == 0, result.output
    assert "Remarque : pas de smtp_url dans [mail]" in result.stderr, result.stderr
    assert "Problem" not in result.stderr and "Problème" not in result.stderr


def test_the_outbox_table_shows_the_whole_subject_and_error_and_show_prints_a_held_text(
    db_url: str, tmp_path: Path
):
    # newcomer4 L4: the SMTP cause and the call a subject names were cut out of the middle.
    smtp = SmtpServer(tmp_path / "smtp")  # never started: connections are refused
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"\napprove_replies = true')
    store = Store.open(db_url)
    seed_day(store, store.account_id())
    cycle = MailCycle(config, store)
    cycle.run(at(17))
    cycle.run(at(10, 1, days=2))  # Marc's agenda (Friday 10:00) is due: it cannot go
    entries = {e.key: e for e in Outbox(store, store.account_id()).entries()}
    store.close()
    agenda = next(e for e in entries.values() if e.kind == "agenda" and e.last_error)
    for columns in (80, 60):
        result = CliRunner().invoke(
            cli, ["outbox", "--database", db_url], env={"COLUMNS": str(columns)}
        )
        assert result.exit_code == 0, result.output
        if columns == 80:
            assert all(len(line) <= 80 for line in result.output.splitlines()), result.output
        flat = " ".join(result.output.split())
        assert "…" not in result.output
        assert " ".join(agenda.subject.split()) in flat, flat
        assert " ".join(agenda.last_error.split()) in flat, flat  # the cause, whole
    held = entries["reply:velo:2026-12-01"]
    assert held.state == "waiting_approval"
    shown = CliRunner().invoke(cli, ["outbox", "--database", db_url, "show", held.key])
    assert shown.exit_code == 0, shown.output
    assert f"Subject: {held.subject}" in shown.output and held.text.strip() in shown.output
    missing = CliRunner().invoke(cli, ["outbox", "--database", db_url, "show", "reply:nobody:1"])
    assert missing.exit_code == 1 and "Fix:" in missing.output
    assert "Traceback" not in missing.output


def test_a_reply_never_says_an_agenda_was_sent_while_the_outbox_has_not_sent_it(
    db_url: str, tmp_path: Path
):
    # newcomer4 L5: SMTP down, the agenda queued, yet the reply said « que je vous ai envoyé ».
    smtp = SmtpServer(tmp_path / "smtp")  # never started: connections are refused
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"\napprove_replies = true')
    store = Store.open(db_url)
    account = store.account_id()
    voicemail(store, account, "RE1", "horizon", at(13), "c'est marc, pour le budget 2027")
    cycle = MailCycle(config, store)
    cycle.run(at(10, 1, days=2))  # Friday's agenda is due Thursday 10:00: it cannot go
    voicemail(store, account, "RE2", "horizon", at(12, days=2), "c'est marc, le budget 2027")
    cycle.run(at(17, days=2))
    outbox = Outbox(store, account)
    agenda = outbox.get("agenda:horizon:2026-12-04T09:00Z")
    assert agenda is not None and agenda.state == "queued"
    reply = outbox.get("reply:horizon:2026-12-03")
    assert reply is not None, [e.key for e in outbox.entries()]
    assert "envoyé" not in reply.text and "déjà" not in reply.text, reply.text
    assert "budget" in reply.text
    store.close()


def _within(moment: datetime, before: datetime, after: datetime) -> bool:
    """Whether `moment` (a `Date:` header has whole seconds) falls in [before, after]."""
    return before - timedelta(seconds=1) <= moment <= after + timedelta(seconds=1)


@pytest.mark.parametrize("later", [0, 5], ids=["at_reply_at", "hours_later"])
def test_mail_sync_now_decides_what_is_due_but_a_real_sending_is_dated_by_the_real_clock(
    db_url: str, smtp: SmtpServer, tmp_path: Path, later: int
):
    """Newcomer 8, M2: `mail sync --now` sent real mail with `Date:` and `sent_at` taken
    from --now (hours in the future, or in the past, where it sorts below older mail)."""
    text, _ = example_with_mail(f'smtp_url = "{smtp.url}"\nagenda_hours_before = 0')
    config = tmp_path / "boundaries.toml"
    config.write_text(text, encoding="utf-8")
    store = Store.open(db_url)
    voicemail(store, store.account_id(), "RE1", "horizon", at(13), "pour le budget 2027")
    store.close()
    # A replayed moment (the reply is due at 17:00 and composed within hours of it), which
    # is not the real clock's on any day the test runs.
    when = at(17) + timedelta(hours=later)
    before = datetime.now(UTC)
    result = _sync(config, db_url, when)
    after = datetime.now(UTC)
    assert result.exit_code == 0, result.output
    [received] = smtp.received()
    dated = parsedate_to_datetime(parsed(received)["Date"])
    assert _within(dated, before, after), (dated, before, after)
    store = Store.open(db_url)
    [row] = Outbox(store, store.account_id()).entries()
    store.close()
    assert row.state == "sent" and row.sent_at is not None
    assert _within(row.sent_at, before, after), (row.sent_at, before, after)


@pytest.mark.parametrize("hours", [-5, 5], ids=["past", "future"])
def test_a_retry_from_a_replayed_moment_never_holds_the_live_services_outbox(
    store: Store, smtp: SmtpServer, hours: int
):
    """Newcomer 8, M2: a failed attempt at `mail sync --now` five hours ahead set the retry
    five hours ahead, and the running service held an approved reply that long. A replay of
    the past retries on its own clock; the service (real clock) never waits past the real
    retry's wait."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    outbox = Outbox(store, store.account_id())
    real = datetime.now(UTC)
    replayed = real + timedelta(hours=hours)
    due = min(real, replayed) - timedelta(minutes=1)
    outbox.add([Outgoing("reply:x:1", "reply", "a@b.example", "S", "T", None, "<1@b>", due)])
    smtp.mode("451")
    cycle = MailCycle(config, store)
    report = CycleReport(replayed.isoformat())
    cycle.send(replayed, report)
    assert report.retrying == 1
    [row] = outbox.entries()
    assert row.state == "queued" and row.next_attempt_at <= datetime.now(UTC) + FIRST_RETRY
    assert row.next_attempt_at <= replayed + FIRST_RETRY  # a replay goes on from its moment
    smtp.mode("accept")
    live = CycleReport("")
    cycle.send(datetime.now(UTC) + FIRST_RETRY, live)  # the service's next minutes
    assert live.sent == 1 and len(smtp.received()) == 1
    [row] = outbox.entries()
    assert row.sent_at is not None and row.sent_at <= datetime.now(UTC)


def test_a_replayed_future_moment_does_not_call_a_send_under_way_interrupted(
    store: Store, smtp: SmtpServer
):
    """The sending lease runs on the real clock: `mail sync --now` hours ahead must not turn
    the message the live service is sending right now into `failed`."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    outbox = Outbox(store, store.account_id())
    real = datetime.now(UTC)
    outbox.add([Outgoing("reply:x:1", "reply", "a@b.example", "S", "T", None, "<1@b>", real)])
    [claimed] = outbox.claim(real, "the-live-service")
    report = CycleReport("")
    MailCycle(config, store).send(real + timedelta(hours=5), report)
    assert report.interrupted == [] and outbox.entries()[0].state == "sending"
    assert outbox.mark_sent(claimed, datetime.now(UTC))


def test_mail_sync_at_a_moment_ahead_of_the_clock_sends_nothing_early(
    db_url: str, smtp: SmtpServer, tmp_path: Path
):
    """newcomer51 §4: `mail sync --now <later today>` sent a reply at once that named a call
    4 hours away as past. It composes what will be due, but real mail leaves at its time."""
    from boundaries.domain.agenda import reply_moment

    text, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    path = tmp_path / "boundaries.toml"
    path.write_text(text, encoding="utf-8")
    store = Store.open(db_url)
    left = datetime.now(UTC)
    if reply_moment(config, left) - left < timedelta(minutes=10):
        left += timedelta(hours=1)  # its reply then falls on the next reply moment
    voicemail(store, store.account_id(), "RE1", "horizon", left, "c'est marc, pour le budget")
    due = reply_moment(config, left)
    store.close()
    result = _sync(path, db_url, due + timedelta(minutes=1))
    assert result.exit_code == 0, result.output
    assert smtp.received() == []
    assert "--now est en avance sur l'horloge" in result.stderr
    store = Store.open(db_url)
    [row] = [e for e in Outbox(store, store.account_id()).entries() if e.kind == "reply"]
    assert (row.state, row.attempts, row.due_at) == ("queued", 0, due)
    store.close()


@pytest.mark.parametrize(
    ("lang", "summary", "note"),
    [
        ("fr", "Lu 0 e-mail de clients", "Remarque : pas d'imap_url dans [mail]"),
        ("en", "Read 0 client emails", "Note: no [mail] imap_url"),
    ],
)
def test_mail_sync_speaks_the_consultants_language(
    db_url: str, tmp_path: Path, lang: str, summary: str, note: str
):
    """newcomer51 §13: `mail sync` said what it did in English to a French consultant, while
    every other command spoke French."""
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    config = tmp_path / "boundaries.toml"
    config.write_text(text.replace('language = "fr"', f'language = "{lang}"', 1), "utf-8")
    result = _sync(config, db_url, at(17))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(summary), result.stdout
    assert note in result.stderr, result.stderr
    other = "Read " if lang == "fr" else "Lu "
    assert other not in result.stdout


def test_a_look_ahead_never_withdraws_an_agenda_nor_rewrites_a_stored_reply(
    db_url: str, tmp_path: Path
):
    """newcomer58 §2: `mail sync --now` four days ahead (to see what will go out) discarded
    the agenda of a call that had not begun, "because the mail server or the mail cycle was
    down", and rewrote the queued reply for the previewed day. A look ahead composes what
    will be due; only the real clock settles what is stored."""
    from boundaries.domain.schedule import Calendar

    text, config = example_with_mail("")
    path = tmp_path / "boundaries.toml"
    path.write_text(text, encoding="utf-8")
    real = datetime.now(UTC)
    store = Store.open(db_url)
    said = "c'est marc, au sujet du budget de la fête de quartier, ça peut attendre le point"
    voicemail(store, store.account_id(), "RE58", "horizon", real - timedelta(minutes=2), said)
    store.close()
    calendar = Calendar(config)
    call = calendar.next_call("horizon", real + timedelta(days=2))
    assert call is not None
    before = _sync(path, db_url, call.start - timedelta(hours=1))  # its agenda is due by then
    assert before.exit_code == 0, before.output
    store = Store.open(db_url)
    outbox = Outbox(store, store.account_id())
    agendas = {e.key: e.state for e in outbox.entries() if e.kind == "agenda"}
    replies = {e.key: (e.subject, e.text) for e in outbox.entries() if e.kind == "reply"}
    store.close()
    assert agendas and set(agendas.values()) == {"queued"}, agendas
    after = _sync(path, db_url, call.start + timedelta(hours=1))  # after the call, ahead
    assert after.exit_code == 0, after.output
    store = Store.open(db_url)
    outbox = Outbox(store, store.account_id())
    for key in agendas:
        [row] = [e for e in outbox.entries() if e.key == key]
        assert row.state == "queued", (row.state, row.last_error)
    assert {e.key: (e.subject, e.text) for e in outbox.entries() if e.kind == "reply"} == replies
    store.close()


def test_a_message_that_cannot_be_written_as_an_email_fails_saying_why(
    store: Store, smtp: SmtpServer
):
    """trial33 §3: a subject with a line break (stored before edits refused one) crashed every
    mail cycle, stayed "sending", then was called "interrupted … may have been delivered"."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    outbox = Outbox(store, store.account_id())
    outbox.add(
        [
            Outgoing(
                "reply:horizon:2026-12-01", "reply", "marc@horizon.example",
                "Objet\r\nBcc: x@evil.example", "Bonjour", None, "<k@conseil.example>", at(17),
            )
        ]
    )  # fmt: skip
    report = MailCycle(config, store).run(at(17))
    assert report.failed == 1 and report.sent == 0
    [row] = outbox.entries()
    assert row.state == "failed"
    assert "ne peut pas être écrit comme un e-mail" in (row.last_error or "")
    assert "interrompu" not in (row.last_error or "") and smtp.received() == []


def test_an_edit_with_a_subject_of_several_lines_is_refused(store: Store):
    outbox = Outbox(store, store.account_id())
    outbox.add(
        [
            Outgoing(
                "reply:horizon:2026-12-01", "reply", "marc@horizon.example", "Objet",
                "Bonjour", None, "<k@conseil.example>", at(17), held=True,
            )
        ]
    )  # fmt: skip
    with pytest.raises(Exception, match="one line") as info:
        outbox.edit("reply:horizon:2026-12-01", "Objet\nBcc: x@evil.example", "Bonjour")
    assert getattr(info.value, "problem", None) == "lines"
    [row] = outbox.entries()
    assert row.subject == "Objet"


def test_a_queued_reply_follows_a_change_of_reply_at(store: Store):
    """trial33 §7: after `reply_at` changed, a reply queued and never tried kept its old time
    (and `outbox approve` said it left at the next cycle); one tried already keeps its retry
    time."""
    _, config = example_with_mail('reply_at = "17:00"')
    voicemail(store, store.account_id(), "RE1", "horizon", at(13), "pour le budget 2027")
    # `mail sync --now 17:00` run at 13:30: a look ahead stores the reply due at 17:00
    MailCycle(config, store).compose(at(17), settled=at(13, 30))
    outbox = Outbox(store, store.account_id())
    [row] = outbox.entries()
    assert row.state == "queued" and row.due_at == at(17)
    _, earlier = example_with_mail('reply_at = "14:30"')
    MailCycle(earlier, store).compose(at(14, 40))
    [row] = outbox.entries()
    assert row.state == "queued" and row.due_at == row.next_attempt_at == at(14, 30)
    # tried once already (the server refused for now): its retry time is kept
    [claimed] = outbox.claim(at(14, 40), "t")
    outbox.mark_retry(claimed, at(14, 55), "451 try later")
    MailCycle(config, store).compose(at(17, 1))
    [row] = outbox.entries()
    assert row.next_attempt_at == at(14, 55)


def test_a_reply_queued_under_another_day_is_withdrawn_once_its_messages_have_their_reply(
    store: Store,
):
    """trial51 §8: a look ahead queued tomorrow's reply to a voicemail left after `reply_at`;
    `reply_at` then moved later, the voicemail fell before it, and today's reply answered it.
    Tomorrow's stayed queued for the same voicemail (SPEC §9: no reply is sent twice). It is
    withdrawn, with the key of the reply that answers it, in the consultant's words."""
    _, early = example_with_mail('reply_at = "15:00"')
    voicemail(store, store.account_id(), "RE1", "horizon", at(16), "pour le budget 2027")
    # `mail sync --now` for Wednesday 15:00, run on Tuesday at 16:30
    MailCycle(early, store).compose(at(15, days=1), settled=at(16, 30))
    outbox = Outbox(store, store.account_id())
    [tomorrow] = outbox.entries()
    assert tomorrow.key == "reply:horizon:2026-12-02" and tomorrow.state == "queued"
    _, late = example_with_mail('reply_at = "17:00"')
    MailCycle(late, store).compose(at(17, 1))
    rows = {e.key: e for e in outbox.entries()}
    assert rows["reply:horizon:2026-12-01"].state == "queued"
    gone = rows["reply:horizon:2026-12-02"]
    assert gone.state == "discarded"
    assert "reply:horizon:2026-12-01" in (gone.last_error or "")
    assert "reply:horizon:2026-12-01" in (gone.error_said("fr") or "")
    assert "deux réponses" in (gone.error_said("fr") or "")
    # a later cycle leaves both as they are: one reply for the voicemail
    MailCycle(late, store).compose(at(17, 30))
    states = Counter(e.state for e in outbox.entries())
    assert states == {"queued": 1, "discarded": 1}


def test_a_reply_whose_messages_are_answered_only_in_part_elsewhere_stays(store: Store):
    """The withdrawal of trial51 §8 takes only a reply every message of which has its reply
    elsewhere: one that also answers a message no other reply answers still goes."""
    _, early = example_with_mail('reply_at = "15:00"')
    account = store.account_id()
    voicemail(store, account, "RE1", "horizon", at(16), "pour le budget 2027")
    voicemail(store, account, "RE2", "horizon", at(9, days=1), "et pour le devis du local")
    MailCycle(early, store).compose(at(15, days=1), settled=at(16, 30))
    outbox = Outbox(store, store.account_id())
    [tomorrow] = outbox.entries()
    assert set(tomorrow.detail["caused_by"]) == {"RE1", "RE2"}
    _, late = example_with_mail('reply_at = "17:00"')
    MailCycle(late, store).compose(at(17, 1))
    rows = {e.key: e.state for e in outbox.entries()}
    assert rows == {"reply:horizon:2026-12-01": "queued", "reply:horizon:2026-12-02": "queued"}
