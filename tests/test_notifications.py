"""Notifications that cannot fail silently (SPEC §7): an honest greeting without a channel, a
durable queue with retries, a visible pending/sent/failed state, failures in /healthz, and a
failed notice that does not suppress a later alert of the same burst."""

from __future__ import annotations

import json
import logging
import os
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from boundaries.cli.app import cli
from boundaries.config import parse_config
from boundaries.integrations.notify import AppriseNotifier, Notifier
from boundaries.store import JobQueue, Store, StoredEvent
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES, in_english
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, Receiver, ServerThread, free_port

PARIS = ZoneInfo("Europe/Paris")
MONDAY_10 = datetime(2026, 11, 30, 10, 0, tzinfo=PARIS)
MARC = "+33123456789"  # Association Horizon, French, urgent line
JEN = "+12125550147"  # Harbor Youth Arts, English, urgent line
API_TOKEN = "api-secret-for-tests"
ALERTED = {"fr": "vient d'être signalée", "en": "has just been alerted"}
HONEST = {"fr": "n'est pas joignable tout de suite", "en": "cannot be reached right now"}


def _sid(prefix: str = "CA") -> str:
    return prefix + secrets.token_hex(16)


@dataclass
class Service:
    provider: Provider
    store: Store
    clock: Clock
    account: int

    def events(self, kind: str) -> list[StoredEvent]:
        return [e for e in self.store.events(self.account) if e.kind == kind]

    def away(self) -> None:
        """The consultant is away for two hours: an urgent press notifies."""
        self.store.record(
            self.account,
            [
                StoredEvent(
                    kind="away",
                    at=self.clock.now - timedelta(minutes=5),
                    action="away",
                    sid="away-" + secrets.token_hex(4),
                    detail={"until": (self.clock.now + timedelta(hours=2)).isoformat()},
                )
            ],
        )

    def urgent_press(self, caller: str) -> str:
        call_sid = _sid()
        r = self.provider.post("/twilio/voice", {"CallSid": call_sid, "From": caller})
        assert r.status_code == 200 and "<Gather" in r.text, r.text
        r = self.provider.post("/twilio/gather", {"CallSid": call_sid, "Digits": "1"})
        assert r.status_code == 200, r.text
        return r.text

    def wait_for(self, action: str, n: int = 1, timeout: float = 15.0) -> list[StoredEvent]:
        deadline = time.time() + timeout
        while time.time() < deadline:
            notes = self.events("notification")
            if sum(e.action == action for e in notes) >= n:
                return notes
            time.sleep(0.1)
        raise AssertionError(f"no {n} {action} notification(s): {self.events('notification')}")

    def health(self) -> dict[str, object]:
        r = self.provider.http.get(self.provider.base_url + "/healthz")
        assert r.status_code == 200
        return dict(r.json())


def with_notify(notify: list[str]) -> str:
    """The example configuration with these `[service] notify` URLs."""
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    urls = ", ".join(f'"{u}"' for u in notify)
    return text.replace("[service]\n", f"[service]\nnotify = [{urls}]\n")


@contextmanager
def service(
    db_url: str,
    notify: list[str],
    notifier: Notifier | None = None,
    secure_cookies: bool = True,
) -> Iterator[Service]:
    """The example configuration with these notify URLs, served on loopback; without
    `secure_cookies` a signed-in client over plain HTTP can read the dashboard's pages."""
    store = Store.open(db_url)
    clock = Clock(MONDAY_10)
    app = create_app(
        parse_config(with_notify(notify)),
        store,
        TOKEN,
        public_url=PUBLIC,
        clock=clock,
        api_token=API_TOKEN,
        notifier=notifier,
        secure_cookies=secure_cookies,
    )
    try:
        with ServerThread(app) as server:
            yield Service(Provider(server.url), store, clock, store.account_id())
    finally:
        store.close()


@pytest.mark.parametrize(("caller", "lang"), [(MARC, "fr"), (JEN, "en")])
def test_without_a_channel_the_caller_is_not_told_the_consultant_was_alerted(
    db_url, caller, lang, caplog
):
    caplog.set_level(logging.WARNING)
    with service(db_url, []) as live:
        live.away()
        said = live.urgent_press(caller)
        assert ALERTED[lang] not in said and HONEST[lang] in said and "<Record" in said
        # The emergency is stored, and its notice is visibly failed, not silently dropped.
        [note] = live.wait_for("failed")
        assert "notify" in note.detail["error"]
        health = live.health()
        deadline = time.time() + 5  # the job is marked failed just after its event
        while time.time() < deadline and health["notifications"]["failed_24h"] == 0:  # type: ignore[index]
            time.sleep(0.1)
            health = live.health()
        assert health["status"] == "degraded"
        notifications = health["notifications"]
        assert isinstance(notifications, dict)
        assert notifications["channel"] is False and notifications["failed_24h"] == 1
        assert "urgent_line" in str(notifications["warning"])
        reasons = health["reasons"]
        assert isinstance(reasons, list) and len(reasons) == 2
        assert "urgent_line" in reasons[0] and "1 notification could not be" in reasons[1]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "no notification channel" in logged  # said when the service starts
    assert "failed for good" in logged  # and when the notice fails


def test_with_a_channel_the_caller_hears_the_alert_and_the_notice_is_sent(db_url):
    with Receiver() as receiver, service(db_url, [receiver.url]) as live:
        live.away()
        said = live.urgent_press(MARC)
        assert ALERTED["fr"] in said
        assert [n.action for n in live.wait_for("sent")] == ["sent"]
        assert len(receiver.wait(1)) == 1
        assert live.health()["status"] == "ok"


def test_a_notice_whose_receiver_is_down_is_retried_until_it_is_delivered(db_url):
    port = free_port()
    url = f"json://127.0.0.1:{port}/notify"
    with service(db_url, [url]) as live:
        live.away()
        live.urgent_press(MARC)
        deadline = time.time() + 10
        jobs = JobQueue(live.store)
        while time.time() < deadline:
            [job] = jobs.list(live.account)
            if job.attempts >= 1 and job.state == "pending":
                break
            time.sleep(0.1)
        assert job.state == "pending" and job.last_error, job
        [note] = live.events("notification")
        assert note.action == "pending"  # still being retried: shown as such
        jobs_health = live.health()["jobs"]
        assert isinstance(jobs_health, dict) and jobs_health["retrying"] == 1
        with Receiver(port) as receiver:
            live.wait_for("sent", timeout=20)
            assert len(receiver.wait(1)) == 1
        [job] = jobs.list(live.account)
        deadline = time.time() + 5  # the job is done just after its "sent" event
        while job.state != "done" and time.time() < deadline:
            time.sleep(0.1)
            [job] = jobs.list(live.account)
        assert job.state == "done" and job.attempts >= 2


def test_a_notice_that_failed_for_want_of_a_channel_is_sent_once_the_service_restarts_with_one(
    db_url,
):
    """newcomer15 M4: the error says "add one and restart the service"; after that fix the
    urgent press is delivered, and /healthz no longer reports it as failed."""
    with service(db_url, []) as live:
        live.away()
        live.urgent_press(MARC)
        [note] = live.wait_for("failed")
        assert "restart the service: it then sends this notice" in note.detail["error"]
        [job] = JobQueue(live.store).list(live.account)
        deadline = time.time() + 5  # the job is marked failed just after its event
        while job.state != "failed" and time.time() < deadline:
            time.sleep(0.1)
            [job] = JobQueue(live.store).list(live.account)
        assert job.state == "failed"
        reasons = " ".join(str(r) for r in live.health()["reasons"])  # type: ignore[attr-defined]
        assert "add a [service] notify URL" in reasons and "restart the service" in reasons
    with Receiver() as receiver, service(db_url, [receiver.url]) as live:
        [note] = live.wait_for("sent")
        [delivered] = receiver.wait(1)
        assert "Horizon" in json.dumps(delivered, ensure_ascii=False)
        assert "no notification channel" in note.detail["failed_before"]
        [job] = JobQueue(live.store).list(live.account)
        deadline = time.time() + 5  # the job is done just after its "sent" event
        while job.state != "done" and time.time() < deadline:
            time.sleep(0.1)
            [job] = JobQueue(live.store).list(live.account)
        assert job.state == "done"
        health = live.health()
        assert health["status"] == "ok", health["reasons"]
        # delivered: its call reads as notified, as one whose notice went out at once
        [call] = live.events("call")
        assert call.action == "notify" and call.notified


def test_mail_sync_sends_a_notice_that_failed_for_want_of_a_channel_once_there_is_one(
    db_url, tmp_path
):
    """`serve` sends such notices again on start; `mail sync` (from cron, or by hand after
    adding a channel) does too, so they do not wait for a restart."""
    with service(db_url, []) as live:
        live.away()
        live.urgent_press(MARC)
        live.wait_for("failed")
        deadline = time.time() + 5  # the job is marked failed just after its event
        while JobQueue(live.store).list(live.account)[0].state != "failed":
            assert time.time() < deadline
            time.sleep(0.1)
    with Receiver() as receiver:
        config = tmp_path / "boundaries.toml"
        config.write_text(with_notify([receiver.url]), encoding="utf-8")
        runner = CliRunner()
        synced = runner.invoke(
            cli, ["mail", "sync", "--config", str(config), "--database", db_url, "--json"]
        )
        assert synced.exit_code == 0, synced.output
        assert json.loads(synced.output.splitlines()[-1])["notices_resumed"] == 1
        [delivered] = receiver.wait(1)
        assert "Horizon" in json.dumps(delivered, ensure_ascii=False)
        again = runner.invoke(cli, ["mail", "sync", "--config", str(config), "--database", db_url])
        assert again.exit_code == 0 and "Sent again" not in again.output  # once
    store = Store.open(db_url)
    try:
        account = store.account_id()
        [note] = [e for e in store.events(account) if e.kind == "notification"]
        assert note.action == "sent" and "no notification channel" in note.detail["failed_before"]
        [call] = [e for e in store.events(account) if e.kind == "call"]
        assert call.notified
    finally:
        store.close()


def test_a_notice_failed_without_a_channel_stays_failed_when_the_service_restarts_without_one(
    db_url,
):
    with service(db_url, []) as live:
        live.away()
        live.urgent_press(MARC)
        live.wait_for("failed")
    with service(db_url, []) as live:
        time.sleep(1.5)  # the runner polls every second
        assert [n.action for n in live.events("notification")] == ["failed"]
        [job] = JobQueue(live.store).list(live.account)
        assert job.state == "failed" and job.attempts == 1


def test_a_failed_notice_does_not_suppress_a_later_alert_of_the_same_burst(db_url):
    with service(db_url, []) as live:
        live.away()
        live.urgent_press(MARC)
        live.wait_for("failed")
        live.clock.now += timedelta(minutes=5)  # same burst
        call_sid = _sid()
        assert live.provider.post("/twilio/voice", {"CallSid": call_sid, "From": MARC})
        r = live.provider.post(
            "/twilio/transcription",
            {
                "CallSid": call_sid,
                "TranscriptionSid": _sid("TR"),
                "TranscriptionText": "le local est inondé, il y a de l'eau partout",
                "TranscriptionStatus": "completed",
            },
        )
        assert r.status_code == 200
        assert len(live.wait_for("failed", n=2)) == 2  # the urgent voicemail notified again
        live.clock.now += timedelta(minutes=5)
        live.urgent_press(MARC)  # and so does a second press of the same burst
        assert len(live.wait_for("failed", n=3)) == 3
        presses = live.events("urgent_press")
        assert [p.action for p in presses] == ["notify", "notify"]


def test_events_and_the_api_show_the_state_of_each_notification(db_url):
    with Receiver() as receiver, service(db_url, [receiver.url]) as live:
        live.away()
        live.urgent_press(MARC)
        live.wait_for("sent")
        api = live.provider.http.get(
            live.provider.base_url + "/api/events",
            headers={"Authorization": f"Bearer {API_TOKEN}"},
        ).json()
        assert [e["action"] for e in api if e["kind"] == "notification"] == ["sent"]
    listed = CliRunner().invoke(cli, ["events", "--json", "--database", db_url])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert [r["action"] for r in rows if r["kind"] == "notification"] == ["sent"]


def test_check_warns_when_an_urgent_line_has_no_notification_channel(tmp_path):
    runner = CliRunner()
    bare = runner.invoke(cli, ["check", "--config", str(EXAMPLES / "boundaries.toml")])
    assert bare.exit_code == 0, bare.output
    # in the consultant's language: the example's writes French
    assert "aucun canal de notification n'est configuré" in " ".join(bare.output.split())
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    config = tmp_path / "boundaries.toml"
    config.write_text(text.replace("[service]\n", '[service]\nnotify = ["ntfy://x/y"]\n'))
    ok = runner.invoke(cli, ["check", "--config", str(config)])
    assert ok.exit_code == 0 and "aucun canal de notification" not in ok.output


def test_jobs_lists_a_failed_notice_with_its_error(db_url):
    with service(db_url, []) as live:
        live.away()
        live.urgent_press(MARC)
        live.wait_for("failed")
    runner = CliRunner()
    listed = runner.invoke(cli, ["jobs", "--json", "--state", "failed", "--database", db_url])
    assert listed.exit_code == 0, listed.output
    [job] = [json.loads(line) for line in listed.output.splitlines()]
    assert job["kind"] == "notify" and job["state"] == "failed" and job["attempts"] == 1
    assert "no notification channel" in job["last_error"]
    table = runner.invoke(cli, ["jobs", "--database", db_url], env={"COLUMNS": "80", "LANG": ""})
    assert table.exit_code == 0 and "failed" in table.output and "1 job." in table.output
    assert all(len(line) <= 80 for line in table.output.splitlines())
    # newcomer58 §6: with the configuration, in the consultant's language and zone, and the
    # error whole (wrapped, never cut mid-word)
    config = str(EXAMPLES / "boundaries.toml")
    french = runner.invoke(
        cli, ["jobs", "--config", config, "--database", db_url], env={"COLUMNS": "80"}
    )
    assert french.exit_code == 0, french.output
    assert french.output.split()[:3] == ["type", "état", "essais"]
    assert "1 tâche. Heures du fuseau Europe/Paris." in french.output
    assert " ".join(job["last_error"].split()) in " ".join(french.output.split())
    assert all(len(line) <= 80 for line in french.output.splitlines())


# A misspelled [service] notify URL (the newcomer's H1): refused before any call comes in.
UNUSABLE = {
    "notaurl": "no scheme",
    "ntfyy://ntfy.sh/claire-urgent": "did you mean ntfy://",
    "pover://only-the-user-key": "pover://{user_key}@{token}",
    "https://hooks.example.org/claire": "jsons://",
}


@pytest.mark.parametrize(("url", "fix"), UNUSABLE.items())
def test_a_notify_url_apprise_cannot_use_is_refused_by_check_with_its_line_and_fix(
    tmp_path, url, fix
):
    text = in_english(with_notify(["ntfy://ntfy.sh/claire", url]))
    config = tmp_path / "boundaries.toml"
    config.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--config", str(config)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    line = next(i for i, row in enumerate(text.splitlines(), 1) if row.startswith("notify"))
    [problem] = [row for row in result.output.splitlines() if "service.notify" in row]
    assert problem.strip().startswith(f"{config}:{line}: service.notify[1]:"), problem
    assert "Fix:" in problem and fix in problem
    # The URL's secrets (token, topic, user key) are not repeated: only its scheme.
    assert url.split("://")[-1] not in problem


def test_serve_refuses_to_start_with_a_notify_url_apprise_cannot_use(tmp_path):
    config = tmp_path / "boundaries.toml"
    config.write_text(in_english(with_notify(["notaurl"])), encoding="utf-8")
    database = tmp_path / "boundaries.sqlite3"
    command = [sys.executable, "-m", "boundaries", "serve", "--config", str(config)]
    command += ["--database", f"sqlite:///{database}", "--port", str(free_port())]
    env = {**os.environ, "TWILIO_AUTH_TOKEN": TOKEN}
    # A service that starts anyway runs until the timeout: a failure, not a hang.
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "service.notify[0]" in done.stderr and "Fix:" in done.stderr
    assert "Traceback" not in done.stderr
    assert not database.exists()  # refused before anything was created


def test_an_unusable_notify_url_is_no_channel_so_the_caller_is_not_told_of_an_alert(db_url):
    # The loader refuses such a URL; a notifier given one anyway does not count it either.
    with service(db_url, [], notifier=AppriseNotifier(["notaurl"])) as live:
        live.away()
        said = live.urgent_press(MARC)
        assert ALERTED["fr"] not in said and HONEST["fr"] in said and "<Record" in said
        notifications = live.health()["notifications"]
        assert isinstance(notifications, dict) and notifications["channel"] is False


def test_a_notice_is_plain_text_that_html_channels_get_escaped():
    """newcomer7 L5's kind: text with angle brackets must not vanish where it is shown as
    HTML (Apprise's email and Telegram channels read HTML)."""
    from apprise import NotifyFormat
    from apprise.decorators import notify

    from boundaries.integrations.notify.apprise_notifier import AppriseNotifier, Notice

    got: list[str] = []

    @notify(on="fixhtmlnotice", body_format=NotifyFormat.HTML)
    def _html_channel(body: str, *_: object, **__: object) -> bool:
        got.append(body)
        return True

    AppriseNotifier(["fixhtmlnotice://"]).deliver(
        Notice("Urgent", "Marc <marc@horizon.example>: le serveur <srv-01> est en panne")
    )
    [body] = got
    assert "&lt;srv-01&gt;" in body and "&lt;marc@horizon.example&gt;" in body, body
