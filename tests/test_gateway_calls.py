"""What a caller hears (SPEC §4, §7), over real HTTP against the app, on SQLite and
PostgreSQL: the greeting says an agenda went out only when the outbox sent it."""

from __future__ import annotations

import html
import re
import secrets
from datetime import datetime
from zoneinfo import ZoneInfo

from boundaries.store.outbox import Outbox, Outgoing
from tests.test_notifications import MARC, Service, service

PARIS = ZoneInfo("Europe/Paris")
VELO = "+33472001122"  # Atelier Vélo Solidaire: standing calls Tuesdays and Thursdays 16:00


def sid(prefix: str = "CA") -> str:
    return prefix + secrets.token_hex(16)


def said(twiml: str) -> str:
    """What the caller hears: the words of every <Say>."""
    return html.unescape(" ".join(re.findall(r"<Say[^>]*>(.*?)</Say>", twiml)))


def call(live: Service, caller: str, call_sid: str | None = None) -> tuple[str, str]:
    call_sid = call_sid or sid()
    r = live.provider.post("/twilio/voice", {"CallSid": call_sid, "From": caller})
    assert r.status_code == 200, r.text
    return call_sid, r.text


# -- M8: the greeting says an agenda went out only when it did ---------------------------------


def test_the_greeting_says_the_agenda_is_sent_only_once_the_outbox_sent_it(db_url):
    with service(db_url, []) as live:
        # Tuesday 06:30: Vélo's call is at 16:00 and nothing went out for it.
        live.clock.now = datetime(2026, 12, 1, 6, 30, tzinfo=PARIS)
        words = said(call(live, VELO)[1])
        assert re.search(r"Votre prochain point est prévu mardi 1(er)? décembre à 16 h\.", words)
        assert "déjà envoyé" not in words and "y sera inscrit" not in words
        # Thursday evening: Friday's agenda for Horizon waits for approval, then is sent.
        live.clock.now = datetime(2026, 12, 3, 19, 0, tzinfo=PARIS)
        outbox = Outbox(live.store, live.account)
        key = "agenda:horizon:2026-12-04T09:00Z"
        outbox.add(
            [
                Outgoing(
                    key=key,
                    kind="agenda",
                    to="marc@horizon.example",
                    subject="Ordre du jour",
                    text="…",
                    html=None,
                    message_id="<agenda@test>",
                    due_at=datetime(2026, 12, 3, 10, 0, tzinfo=PARIS),
                    client_id="horizon",
                    held=True,
                )
            ]
        )
        waiting = said(call(live, MARC)[1])
        assert "Votre prochain point est prévu vendredi 4 décembre à 10 h." in waiting
        assert "déjà envoyé" not in waiting
        outbox.approve(key, live.clock.now)
        [claimed] = outbox.claim(live.clock.now, "test")
        outbox.mark_sent(claimed, live.clock.now)
        sent = said(call(live, MARC)[1])
        assert "vendredi 4 décembre à 10 h ; son ordre du jour est déjà envoyé" in sent
