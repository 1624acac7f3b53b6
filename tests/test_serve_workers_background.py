"""`boundaries serve --workers N` runs the account's background work once: the mail cycle
sends what is due and the busy calendars are read (SPEC §10, §11). With several workers the
service used to start neither: replies and agendas waited in the outbox for ever (session
26)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from boundaries.store import Store
from boundaries.store.outbox import Outbox, Outgoing
from tests.live_process import Served
from tests.mail_servers import SmtpServer
from tests.mail_support import example_with_mail, parsed

pytestmark = pytest.mark.slow


def _queued(db_url: str) -> None:
    """A reply due a minute ago, queued in the default account's outbox."""
    store = Store.open(db_url)
    due = datetime.now(UTC) - timedelta(minutes=1)
    Outbox(store, store.account_id()).add(
        [
            Outgoing(
                "reply:horizon:2026-12-01",
                "reply",
                "marc@horizon.example",
                "Bien reçu votre message",
                "Bonjour,\n\nJ'ai bien reçu votre message, merci.\n\nClaire Martin",
                None,
                "<reply-horizon@conseil.example>",
                due,
                client_id="horizon",
            )
        ]
    )
    store.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_a_reply_due_leaves_whatever_the_number_of_workers(
    workers: int, db_url: str, smtp: SmtpServer, tmp_path: Path
) -> None:
    text, _ = example_with_mail(f'smtp_url = "{smtp.url}"')
    config = tmp_path / "boundaries.toml"
    config.write_text(text, encoding="utf-8")
    Store.open(db_url).close()  # the schema, before the outbox row
    _queued(db_url)
    with Served(config, db_url, tmp_path / "serve.log", workers=workers) as served:
        deadline = time.time() + 30
        while not smtp.received() and time.time() < deadline:
            time.sleep(0.2)
        log = served.output()
    [received] = smtp.received()
    assert received["to"] == ["marc@horizon.example"], log
    assert parsed(received)["Subject"] == "Bien reçu votre message"
    store = Store.open(db_url)
    [row] = Outbox(store, store.account_id()).entries()
    assert row.state == "sent"
    store.close()
