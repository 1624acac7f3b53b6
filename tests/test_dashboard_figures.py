"""The dashboard over real HTTP (SPEC §8, §12): every per-client figure the report has, in
both languages; long messages as excerpts with their whole text a link away; outbox refusals
worded for the page, in its language, without command-line advice."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from boundaries.store import StoredEvent
from boundaries.store.outbox import Outbox, Outgoing
from boundaries.web.dashboard.source import week_report
from tests.dashboard_support import END_OF_MONTH, Site, csrf_of, running_site, signed_in

FIGURES = {
    "fr": ("ont sonné", "rafales", "sans objet (55 %)", "demandes de point d'avancement",
           "déjà traitées par e-mail", "réponses différées envoyées",
           "en attente de votre accord", "jugé"),
    "en": ("rang you", "bursts", "content-free (55%)", "status checks",
           "already answered by email", "deferral replies sent", "waiting for your approval",
           "judged urgent"),
}  # fmt: skip


def held(key: str, client: str = "horizon") -> Outgoing:
    return Outgoing(
        key=key,
        kind="reply",
        to="marc@horizon.example",
        subject="Votre message de ce vendredi",
        text="Bonjour Marc,\n\nJ'ai bien reçu votre message.\n\nClaire",
        html=None,
        message_id=f"<{key}@conseil.example>",
        due_at=END_OF_MONTH,
        client_id=client,
        held=True,
    )


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    with running_site(f"sqlite:///{tmp_path / 'b.sqlite3'}") as s:
        Outbox(s.store, s.store.account_id()).add([held("reply:horizon:2026-11-06")])
        yield s


def readable(page: str) -> str:
    """A page's text as a reader sees it: entities decoded, no-break spaces as spaces."""
    return html.unescape(page).replace("\u202f", " ").replace("\xa0", " ")


def in_lang(client: httpx.Client, lang: str) -> None:
    client.post("/language", data={"csrf": csrf_of(client.get("/").text), "lang": lang})


def figures_of(page: str, client_id: str) -> dict[str, str]:
    """The data-figure values of one client's card (or of the client page)."""
    start = page.find(f'data-client="{client_id}"')
    part = page[start:] if start >= 0 else page
    part = part.split("</dl>", 1)[0]
    return dict(re.findall(r'data-figure="([a-z_.]+)"(?: [^>]*)?>([^<]*)<', part))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_per_client_figure_of_the_report_is_on_the_week_and_the_client_page(
    site: Site, lang: str
):
    payload = week_report(site.config, site.store, site.store.account_id(), END_OF_MONTH, None)
    horizon = next(c for c in payload["clients"] if c["id"] == "horizon")
    assert horizon["replies_waiting"] == 1 and horizon["replies_sent"] == 20
    with signed_in(site) as client:
        in_lang(client, lang)
        week = readable(client.get("/").text)
        page = readable(client.get("/clients/horizon").text)
    for shown in (week, page):
        for label in FIGURES[lang]:
            assert label in shown, (lang, label)
        values = figures_of(shown, "horizon")
        # urgent_messages: the report's figure the dashboard lacked (newcomer55 §11)
        for key in ("rung", "bursts", "content_free", "status_checks", "already_answered",
                    "replies_sent", "replies_waiting", "urgent_presses",
                    "urgent_messages"):  # fmt: skip
            assert values[key] == str(horizon[key]), key


def huge_email(site: Site) -> str:
    """A 500 KB email from Horizon, stored as the inbox stores one; its Message-ID."""
    sid = "<huge-1@horizon.example>"
    text = "Bonjour Claire, voici le compte rendu complet de la réunion. " + " ".join(
        f"Point {i} : la discussion a porté sur le budget et le calendrier." for i in range(8000)
    )
    site.store.record(
        site.store.account_id(),
        [
            StoredEvent(
                kind="email",
                at=END_OF_MONTH - timedelta(hours=1),
                action="agenda",
                client="horizon",
                sid=sid,
                detail={"subject": "Compte rendu", "text": text, "triage": {"topic": "x"}},
            )
        ],
    )
    return sid


def test_a_huge_message_is_an_excerpt_with_a_link_to_the_whole(site: Site):
    huge_email(site)
    with signed_in(site) as client:
        page = client.get("/clients/horizon").text
        assert len(page) < 100_000  # the list stays readable: no 500 KB body in it
        assert "Bonjour Claire, voici le compte rendu complet" in page
        assert "Point 7999" not in page
        [link] = re.findall(r'<a href="(/clients/horizon/said\?[^"]+)">Lire en entier</a>', page)
        whole = client.get(html.unescape(link))
        assert whole.status_code == 200
        assert "Point 7999 : la discussion a porté sur le budget" in html.unescape(whole.text)
        # Only this client's messages, and only this account's, are read this way.
        query = urlsplit(html.unescape(link)).query
        assert client.get(f"/clients/velo/said?{query}").status_code == 404
        assert client.get("/clients/horizon/said?kind=email&sid=nope").status_code == 404


@pytest.mark.parametrize(
    ("lang", "empty", "unknown", "sent"),
    [
        ("fr", "Il faut un objet et un texte", "n'est pas dans vos envois", "« envoyé »"),
        ("en", "A message needs a subject and a text", "is not in your outbox", "“sent”"),
    ],
)
def test_outbox_refusals_are_worded_for_the_page_in_its_language(
    site: Site, lang: str, empty: str, unknown: str, sent: str
):
    key = "reply:horizon:2026-11-06"
    with signed_in(site) as client:
        in_lang(client, lang)
        token = csrf_of(client.get("/outbox").text)
        answers = [
            client.post(
                "/outbox",
                data={"csrf": token, "key": key, "action": "approve", "subject": "", "text": ""},
            ),
            client.post("/outbox", data={"csrf": token, "key": "reply:nope", "action": "discard"}),
        ]
        box = Outbox(site.store, site.store.account_id())
        box.approve(key, END_OF_MONTH)  # then sent, while the page still offers to discard it
        [entry] = box.claim(END_OF_MONTH, "t")
        box.mark_sent(entry, END_OF_MONTH)
        discard = {"csrf": token, "key": key, "action": "discard"}
        answers.append(client.post("/outbox", data=discard))
    texts = [readable(a.text) for a in answers]
    assert [a.status_code for a in answers] == [400, 404, 409]
    for expected, text in zip((empty, unknown, sent), texts, strict=True):
        assert expected in text
        assert "Fix:" not in text and "`boundaries" not in text and "boundaries outbox" not in text
        assert 'href="/outbox"' in text
    # Nothing stored was changed by the refused actions.
    found = Outbox(site.store, site.store.account_id()).get(key)
    assert found is not None and found.state == "sent"
    assert found.subject == "Votre message de ce vendredi"


def test_a_failed_message_can_be_corrected_and_sent_again_from_the_page(site: Site):
    key = "reply:horizon:2026-11-06"
    box = Outbox(site.store, site.store.account_id())
    box.approve(key, END_OF_MONTH)
    [entry] = box.claim(END_OF_MONTH, "t")
    box.mark_failed(entry, "550 5.1.1 mailbox unavailable")
    with signed_in(site) as client:
        token = csrf_of(client.get("/outbox").text)
        answer = client.post(
            "/outbox",
            data={"csrf": token, "key": key, "action": "approve", "subject": "Votre message",
                  "text": "Bonjour Marc,\n\nBien reçu.\n\nClaire"},
        )  # fmt: skip
    assert answer.status_code == 303
    found = box.get(key)
    assert found is not None and found.state == "queued" and found.subject == "Votre message"


def test_the_week_view_offers_this_week_alone(site: Site):
    """trial52 §7: "the week at a glance" (SPEC §12) offered the whole period and the last 4, 8
    or 12 weeks, never this week alone. « Cette semaine » shows this calendar week so far."""
    with signed_in(site) as client:
        home = client.get("/")
        assert '<a href="/?weeks=1"' in home.text and "Cette semaine" in home.text
        week = client.get("/?weeks=1")
        assert week.status_code == 200
        monday = END_OF_MONTH.date() - timedelta(days=END_OF_MONTH.weekday())
        period = re.search(r'<p class="period">([^<]+)</p>', week.text)
        assert period is not None and period.group(1).startswith(f"Du {monday.day} "), period
        current = re.search(r'<a href="/\?weeks=1" aria-current="true">([^<]+)</a>', week.text)
        assert current is not None and current.group(1) == "Cette semaine", week.text[:2000]
