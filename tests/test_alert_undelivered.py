"""An emergency alert that did not reach the consultant shows at once, not when its last
attempt gives up minutes later (SPEC §7): `/healthz` turns "degraded" with the reason and
every dashboard page carries a banner naming the urgent message, until it is delivered."""

from __future__ import annotations

import time
from contextlib import AbstractContextManager

from boundaries.store import JobQueue
from tests.dashboard_support import csrf_of
from tests.gateway_support import Receiver, free_port
from tests.test_dashboard_events import signed_in
from tests.test_notifications import JEN, MARC, Service
from tests.test_notifications import service as notifications_service


def service(db_url: str, notify: list[str]) -> AbstractContextManager[Service]:
    """The example configuration with these notify URLs, cookies without `Secure`."""
    return notifications_service(db_url, notify, secure_cookies=False)


def _failed_once(live: Service) -> None:
    """Wait until the alert's first delivery attempt failed and another one is due."""
    jobs = JobQueue(live.store)
    deadline = time.time() + 15
    while time.time() < deadline:
        found = jobs.list(live.account)
        if found and found[0].state == "pending" and found[0].last_error:
            return
        time.sleep(0.1)
    raise AssertionError(f"the alert did not fail once: {jobs.list(live.account)}")


def test_an_alert_being_retried_degrades_healthz_and_shows_on_every_page_until_delivered(db_url):
    port = free_port()  # nothing listens there yet: the notification service is down
    with service(db_url, [f"json://127.0.0.1:{port}/notify"]) as live:
        live.away()
        live.urgent_press(MARC)
        _failed_once(live)
        health = live.health()
        assert health["status"] == "degraded"
        notifications = health["notifications"]
        assert isinstance(notifications, dict) and notifications["retrying"] == 1
        assert notifications["failed_24h"] == 0  # not failed for good: still being tried
        assert any("tried again" in r and "notify" in r for r in health["reasons"])  # type: ignore[union-attr]
        with signed_in(live) as client:
            for path in ("/", "/clients/horizon", "/outbox"):
                page = client.get(path).text
                assert 'id="undelivered-alerts"' in page, path
                banner = page.split('id="undelivered-alerts"')[1].split("</section>")[0]
                assert "Association Horizon" in banner and "nouvel essai en cours" in banner
                assert 'href="/clients/horizon"' in banner
            with Receiver(port) as receiver:  # the notification service is back
                live.wait_for("sent", timeout=30)
                assert len(receiver.wait(1)) == 1
                deadline = time.time() + 5  # the job is done just after its "sent" event
                while time.time() < deadline and live.health()["status"] != "ok":
                    time.sleep(0.1)
                assert live.health()["status"] == "ok"
                assert 'id="undelivered-alerts"' not in client.get("/").text


def test_an_alert_with_no_channel_says_so_on_the_pages_in_both_languages(db_url):
    with service(db_url, []) as live:  # no channel: the alert fails at its first attempt
        live.away()
        live.urgent_press(MARC)
        live.wait_for("failed")
        with signed_in(live) as client:
            deadline = time.time() + 5  # the job fails just after its event
            page = client.get("/").text
            while 'id="undelivered-alerts"' not in page and time.time() < deadline:
                time.sleep(0.1)
                page = client.get("/").text
            banner = page.split('id="undelivered-alerts"')[1].split("</section>")[0]
            # newcomer58 §3: one try for want of a channel is no "given up after several
            # attempts", and there are no addresses to check: the cause and its fix are named
            assert "aucun canal de notification" in banner and "abandonnée" not in banner
            assert "ajoutez-en un" in banner
            client.post("/language", data={"csrf": csrf_of(page), "lang": "en"})
            page = client.get("/").text
            banner = page.split('id="undelivered-alerts"')[1].split("</section>")[0]
            assert "did not reach you" in banner and "no notification channel" in banner
            assert "given up" not in banner


def test_a_delivered_alert_puts_no_banner_on_the_pages(db_url):
    with Receiver() as receiver, service(db_url, [receiver.url]) as live:
        live.away()
        live.urgent_press(MARC)
        live.wait_for("sent")
        with signed_in(live) as client:
            assert 'id="undelivered-alerts"' not in client.get("/").text
        assert live.health()["notifications"]["retrying"] == 0  # type: ignore[index]


def test_a_second_press_while_the_alert_fails_is_not_told_it_was_delivered(db_url):
    """newcomer58 §1: the burst's alert was failing (its target down), and the next caller
    pressing 1 heard "has already been alerted"; they hear the honest words instead, and
    once the alert is delivered a later press hears "already" again."""
    port = free_port()
    with service(db_url, [f"json://127.0.0.1:{port}/notify"]) as live:
        live.away()
        first = live.urgent_press(JEN)
        assert "has just been alerted" in first
        _failed_once(live)
        second = live.urgent_press(JEN)
        assert "already been alerted" not in second and "just been alerted" not in second
        assert "cannot be reached right now" in second and "heard first" in second
        with Receiver(port):
            live.wait_for("sent", timeout=30)
            third = live.urgent_press(JEN)
        assert "has already been alerted" in third
