"""The outbox and the agenda over the JSON API and /healthz, through real HTTP."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from boundaries.store import Store
from boundaries.store.outbox import Outbox, Outgoing
from boundaries.web.app import create_app
from tests.gateway_support import PUBLIC, TOKEN, ServerThread
from tests.mail_support import example_with_mail, voicemail

API_TOKEN = "api-secret-for-mail-tests"


def test_outbox_and_agenda_are_in_the_api_and_health(store: Store):
    _, config = example_with_mail('reply_at = "17:00"')
    account = store.account_id()
    now = datetime.now(UTC)
    outbox = Outbox(store, account)
    outbox.add(
        [
            Outgoing(
                "reply:horizon:x",
                "reply",
                "marc@horizon.example",
                "Bien reçu",
                "T",
                None,
                "<x@conseil.example>",
                now,
            )
        ]
    )
    [claimed] = outbox.claim(now, "t")
    outbox.mark_failed(claimed, "MAIL FROM: server answered 550 5.7.1 Relaying denied")
    voicemail(
        store,
        account,
        "TR1",
        "horizon",
        now - timedelta(hours=1),
        "c'est marc, au sujet du budget 2027",
    )
    app = create_app(config, store, TOKEN, public_url=PUBLIC, api_token=API_TOKEN)
    auth = {"Authorization": f"Bearer {API_TOKEN}"}
    with ServerThread(app) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        health = http.get("/healthz").json()
        assert health["outbox"]["failed"] == 1 and health["outbox"]["queued"] == 0
        # A reply that did not go out waits for the operator: degraded, saying why and what to do.
        assert health["status"] == "degraded"
        [reason] = [r for r in health["reasons"] if "outgoing email" in r]
        assert (
            "1 outgoing email failed and waits for you" in reason
            and "boundaries outbox approve" in reason
        )
        assert http.get("/api/outbox").status_code == 401
        [row] = http.get("/api/outbox", headers=auth).json()
        assert row["state"] == "failed" and "550 5.7.1 Relaying denied" in row["last_error"]
        assert http.get("/api/outbox?state=nonsense", headers=auth).status_code == 400
        assert http.get("/api/outbox?state=sent", headers=auth).json() == []
        agendas = http.get("/api/agenda", headers=auth).json()
        # The triage's topic, as the dashboard shows it: never the transcript itself; on the
        # next call, or on the one after when it came too late for the next one (the test
        # runs on the real clock: a Thursday evening puts it on the following Friday's)
        topics = [t["topic"] for a in agendas if a["client"] == "horizon" for t in a["topics"]]
        assert topics == ["budget 2027"], agendas
        spec = http.get("/openapi.json").json()
        assert {"/api/outbox", "/api/agenda"} <= set(spec["paths"])


def test_the_api_says_when_no_token_is_configured(store: Store, monkeypatch):
    monkeypatch.delenv("BOUNDARIES_API_TOKEN", raising=False)
    _, config = example_with_mail('reply_at = "17:00"')
    assert config.service.api_token is None
    app = create_app(config, store, TOKEN, public_url=PUBLIC)
    wrong = {"Authorization": "Bearer guess"}
    with ServerThread(app) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        for path in ("/api/events", "/api/clients", "/api/outbox", "/api/agenda"):
            answer = http.get(path, headers=wrong)
            assert answer.status_code == 401
            assert "no API token is configured" in answer.json()["error"]
            assert "api_token" in answer.json()["error"]
            # The header to send keeps a visible placeholder wherever the text is shown: no
            # "<token>" that HTML or Markdown viewers swallow, leaving "Bearer '" (newcomer7 L5).
            assert "'Authorization: Bearer API_TOKEN'" in answer.json()["error"]
            assert "<" not in answer.json()["error"]
    app = create_app(config, store, TOKEN, public_url=PUBLIC, api_token=API_TOKEN)
    with ServerThread(app) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        answer = http.get("/api/events", headers=wrong)
        assert answer.status_code == 401 and "wrong bearer token" in answer.json()["error"]
        assert "'Authorization: Bearer API_TOKEN'" in answer.json()["error"]
        assert "<" not in answer.json()["error"]
