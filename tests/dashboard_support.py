"""Test helpers for the dashboard: the example month in a store, logins for two accounts, the
real app under uvicorn, and a signed-in HTTP client."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from boundaries.config import load_config
from boundaries.domain.model import Config
from boundaries.simulation.engine import simulate
from boundaries.simulation.events import in_time_order, load_events
from boundaries.simulation.record import trace_to_stored
from boundaries.store import Store
from boundaries.store.users import Logins
from boundaries.web.app import create_app
from boundaries.web.auth import hash_password
from boundaries.web.dashboard.source import Approved, OutboxActionError, OutgoingMail
from tests.conftest import EXAMPLES
from tests.gateway_support import TOKEN, Clock, ServerThread

# The end of the example month: what `boundaries report --now` is given in the tests.
END_OF_MONTH = datetime.fromisoformat("2026-11-06T18:00:00+01:00")
CLAIRE = ("claire@conseil.example", "correct horse battery staple")
OTHER = ("paul@autre-cabinet.example", "another long passphrase")
CSRF_FIELD = re.compile(r'name="csrf" value="([^"]+)"')


def example_store(url: str) -> tuple[Store, Config]:
    """A store holding the example month (replayed as `serve --load-history` does), a login
    for its consultant, and a login for a second account that has no data."""
    config = load_config(EXAMPLES / "boundaries.toml")
    store = Store.open(url)
    events, _ = in_time_order(load_events(EXAMPLES / "events.jsonl", config.consultant.region))
    result = simulate(config, events, "boundaries", trace=True)
    store.record(store.account_id(), trace_to_stored(events, result))
    logins = Logins(store)
    logins.add_user(store.account_id(), CLAIRE[0], hash_password(CLAIRE[1]))
    logins.add_user(store.account_id("autre-cabinet"), OTHER[0], hash_password(OTHER[1]))
    return store, config


@dataclass
class Site:
    """The running app: its base URL, its clock, its store."""

    url: str
    clock: Clock
    store: Store
    config: Config
    outbox: Any = None


@contextmanager
def running_site(
    url: str, secure_cookies: bool = False, outbox: Any = None, config: Config | None = None
) -> Iterator[Site]:
    """The whole app under uvicorn on a free loopback port, stopped afterwards; `config` in
    place of the example's (its store holds the example month all the same)."""
    store, example = example_store(url)
    config = config or example
    clock = Clock(END_OF_MONTH)
    app = create_app(
        config,
        store,
        TOKEN,
        clock=clock,
        secure_cookies=secure_cookies,
        config_path=str(EXAMPLES / "boundaries.toml"),
        outbox=outbox,
    )
    try:
        with ServerThread(app) as server:
            yield Site(server.url, clock, store, config)
    finally:
        store.close()


def csrf_of(html: str) -> str:
    """The first CSRF token in a page."""
    found = CSRF_FIELD.search(html)
    assert found, "no CSRF field in the page"
    return found.group(1)


@contextmanager
def signed_in(site: Site, who: tuple[str, str] = CLAIRE) -> Iterator[httpx.Client]:
    """An HTTP client holding a session of `who`."""
    with httpx.Client(base_url=site.url, follow_redirects=False, timeout=30) as client:
        page = client.get("/login")
        answer = client.post(
            "/login", data={"csrf": csrf_of(page.text), "email": who[0], "password": who[1]}
        )
        assert answer.status_code == 303, answer.text
        yield client


def screenshots_dir() -> Path:
    """Where the browser tests leave their screenshots (artifacts, not committed)."""
    path = Path(__file__).resolve().parent.parent / "var" / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path


class HeldReplies:
    """Stands in for the mail outbox (issue 9) until it is merged: per account, messages that
    approve, edit and discard change exactly as SPEC §10 says. Replace with the store's
    outbox and a real SMTP server once `boundaries.store.outbox` exists."""

    def __init__(self, messages: dict[int, list[OutgoingMail]]) -> None:
        self.by_account = messages

    def __call__(self, _store: Store, account_id: int) -> HeldReplies.Box:
        return HeldReplies.Box(self.by_account.setdefault(account_id, []))

    class Box:
        def __init__(self, messages: list[OutgoingMail]) -> None:
            self.items = messages

        def messages(self) -> list[OutgoingMail]:
            return list(self.items)

        def _change(self, key: str, allowed: tuple[str, ...], **values: Any) -> None:
            for i, m in enumerate(self.items):
                if m.key == key:
                    if m.state not in allowed:
                        raise OutboxActionError(f"{key} is {m.state}", "state", m.state)
                    self.items[i] = replace(m, **values)
                    return
            raise OutboxActionError(f"no message with key {key!r}", "no_message")

        def approve(self, key: str, now: datetime, planned: Any = None) -> Approved:
            self._change(key, ("waiting_approval", "failed"), state="queued")
            return Approved()

        def discard(self, key: str) -> None:
            self._change(key, ("waiting_approval", "queued", "failed"), state="discarded")

        def edit(self, key: str, subject: str, text: str) -> None:
            if not subject.strip() or not text.strip():
                raise OutboxActionError("a message needs a subject and a text", "empty")
            self._change(key, ("waiting_approval", "failed"), subject=subject, text=text)
