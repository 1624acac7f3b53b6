"""`/healthz` says when the running mail loop cannot reach its servers (newcomer48 §7: with
the IMAP server stopped, clients' emails went unread, urgent ones included, and with the SMTP
server down replies waited, while /healthz said "ok" and only the log knew). Real loopback
ports with nothing listening stand for a stopped server."""

from __future__ import annotations

import time
from datetime import datetime

import httpx

from boundaries.integrations.mail.cycle import MailCycle
from boundaries.integrations.mail.loop import MailWatch, start_mail_loop
from boundaries.store import Store
from boundaries.web.app import create_app
from tests.gateway_support import PUBLIC, TOKEN, ServerThread, free_port
from tests.mail_support import example_with_mail

NOW = datetime.fromisoformat("2026-12-01T17:00:00+01:00")


def test_a_cycle_names_the_servers_it_could_not_reach(tmp_path):
    imap, smtp = free_port(), free_port()  # nothing listens there
    _, config = example_with_mail(
        f'imap_url = "imap://claire@127.0.0.1:{imap}"\nsmtp_url = "smtp://127.0.0.1:{smtp}"'
    )
    store = Store.open(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    try:
        report = MailCycle(config, store).run(NOW)
    finally:
        store.close()
    assert report.unreachable[:1] == ["imap"], report


def test_healthz_is_degraded_while_the_inbox_cannot_be_reached_and_ok_once_it_is(tmp_path):
    watch = MailWatch()
    _, config = example_with_mail('smtp_url = "smtp://127.0.0.1:25"')
    store = Store.open(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    app = create_app(config, store, TOKEN, public_url=PUBLIC, mail_watch=watch)
    try:
        with ServerThread(app) as server, httpx.Client(base_url=server.url, timeout=20) as http:
            watch.saw("2026-12-01T16:00:00+00:00", ["imap"])
            down = http.get("/healthz").json()
            watch.saw("2026-12-01T16:01:00+00:00", [])
            back = http.get("/healthz").json()
    finally:
        store.close()
    assert down["status"] == "degraded"
    [reason] = [r for r in down["reasons"] if "mail cycle" in r]
    assert "inbox (IMAP) since 2026-12-01T16:00:00+00:00" in reason
    assert "urgent ones included" in reason and "Fix: `boundaries mail sync" in reason
    assert "claire@" not in str(down) and "127.0.0.1" not in str(down["mail"])
    assert back["mail"]["unreachable"] == {} and not any("mail cycle" in r for r in back["reasons"])


def test_the_running_loop_tells_the_watch(tmp_path):
    imap = free_port()
    _, config = example_with_mail(f'imap_url = "imap://claire@127.0.0.1:{imap}"')
    store = Store.open(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    try:
        watch = loop_until_imap_unreachable(config, store)
    finally:
        store.close()
    assert "imap" in watch.public_json()["unreachable"]


def loop_until_imap_unreachable(config, store: Store) -> MailWatch:
    """Run the mail loop until its watch says the inbox (IMAP) cannot be reached, at most
    30 s, then stop it; the watch as it ended."""
    watch = MailWatch()
    stop = start_mail_loop(config, store, "default", interval=0.2, watch=watch)
    try:
        deadline = time.monotonic() + 30
        while "imap" not in watch.public_json()["unreachable"] and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        stop()
    return watch


def test_the_running_loop_logs_in_english_under_a_french_consultant(tmp_path, caplog):
    """trial33 §6: `serve`'s log read « connexion impossible … Solution : » (README: the log
    stays English); `mail sync` at the terminal still speaks the consultant's language."""
    imap = free_port()
    _, config = example_with_mail(f'imap_url = "imap://claire@127.0.0.1:{imap}"')
    assert config.consultant.language == "fr"
    store = Store.open(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    caplog.set_level("WARNING", logger="boundaries")
    loop_until_imap_unreachable(config, store)
    logged = " ".join(r.getMessage() for r in caplog.records if r.getMessage().startswith("mail:"))
    try:
        terminal = MailCycle(config, store).run(NOW)
    finally:
        store.close()
    assert "cannot connect" in logged and "Solution" not in logged, logged
    assert any("Solution" in e for e in terminal.errors), terminal.errors
