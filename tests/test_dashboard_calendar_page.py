"""The dashboard's calendar page says whether a subscription address exists (SPEC §12, the
calendar link): after `boundaries calendar url` it said there was none (newcomer51 §5). Only
the address's hash is stored, so the page says when it was made and how to get a new one."""

from __future__ import annotations

from datetime import UTC, datetime
from html import unescape
from pathlib import Path

from boundaries.store.calendar import CalendarStore
from tests.dashboard_support import running_site, signed_in


def test_the_page_says_an_address_exists_once_one_was_made(tmp_path: Path) -> None:
    with running_site(f"sqlite:///{tmp_path / 'b.sqlite3'}") as site:
        with signed_in(site) as client:
            before = unescape(client.get("/calendar").text)
        assert "Pas encore d'adresse d'abonnement" in before
        made = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
        token = CalendarStore(site.store, site.store.account_id()).rotate_token(made)
        with signed_in(site) as client:
            after = unescape(client.get("/calendar").text)
        assert "Pas encore d'adresse" not in after
        assert "a été créée le lun. 30 nov." in after, after
        assert token not in after  # the secret itself is never on the page
