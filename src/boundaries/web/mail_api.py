"""The mail part of the JSON API: the outbox and the agenda of each next standing call."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from boundaries.domain.agenda import AgendaTopic, agenda_key
from boundaries.domain.model import Config
from boundaries.integrations.calendar.agenda import upcoming_agendas
from boundaries.store import Store, StoreError
from boundaries.store.outbox import STATES, Outbox

log = logging.getLogger("boundaries.web.mail_api")

# Placeholders are written without angle brackets: a "<token>" vanishes wherever the text
# is shown as HTML or Markdown (a browser, a chat notice, a ticket), leaving "Bearer '".
NO_TOKEN = (
    "the JSON API is off: no API token is configured. Fix: set [service] api_token in the "
    "configuration (or BOUNDARIES_API_TOKEN), restart, and send the header "
    "'Authorization: Bearer API_TOKEN' (API_TOKEN: that token)"
)
WRONG_TOKEN = (
    "missing or wrong bearer token. Fix: send the header 'Authorization: Bearer API_TOKEN' "
    "(API_TOKEN: [service] api_token of the configuration, or BOUNDARIES_API_TOKEN)"
)


def api_refusal(request: Request, api_token: str | None) -> Response | None:
    """None when the request carries the API token (SPEC §7), else the 401 to answer: it says
    when no token is configured at all, so the API cannot be used until one is set."""
    if not api_token:
        return JSONResponse({"error": NO_TOKEN}, status_code=401)
    given = request.headers.get("authorization", "")
    if given.lower().startswith("bearer ") and hmac.compare_digest(
        given[7:].strip().encode(), api_token.encode()
    ):
        return None
    return JSONResponse({"error": WRONG_TOKEN}, status_code=401)


def outbox_health(store: Store, account_id: int) -> dict[str, Any]:
    """Outbox figures for /healthz: how many messages in each state. /healthz needs no login:
    a failure is said by its cause and fix (`StoreError.public`), never by its message, which
    may name the database; the message goes to the log."""
    try:
        return Outbox(store, account_id).counts()
    except StoreError as exc:  # health must answer even when the store does not
        log.error("/healthz: the outbox could not be read: %s", exc)
        return {"error": exc.public}
    except Exception:
        log.exception("/healthz: the outbox could not be read")
        return {"error": "an unexpected error. Fix: the service log has it, with its traceback."}


def agendas_now(config: Config, store: Store, account_id: int, now: datetime) -> list[Any]:
    """Each client's next standing call and the topics gathered for it so far, then each
    later call that already holds topics (heard after the next call's agenda went out, they
    wait for the call the deferral reply names), as `upcoming_agendas` reads them: the one
    rule of the feed, `report` and the dashboard (SPEC §10, §11). Late topics (taken up at
    the call, on no email) are marked `late`."""
    outbox = Outbox(store, account_id)
    by_id = {c.id: c for c in config.clients}
    out = []
    for client_id, calls in upcoming_agendas(config, store, account_id, now, True).items():
        for n, call in enumerate(calls):
            if n and not call.topics:
                continue
            key = agenda_key(client_id, call.slot.start)
            sent = outbox.get(key)
            composed = bool(by_id[client_id].emails and call.topics)
            out.append(
                {
                    "client": client_id,
                    "call_start": call.slot.start.isoformat(),
                    "key": key if composed or sent else None,
                    "state": sent.state if sent else None,
                    "topics": [
                        {
                            "topic": t.topic,
                            "at": t.at.isoformat(),
                            "late": t.late,
                            "answered_by": _update(t),
                        }
                        for t in call.topics
                    ],
                }
            )
    return out


def _update(topic: AgendaTopic) -> dict[str, str] | None:
    """The update that already answered a topic: its subject and date (ISO), or None."""
    ref = topic.answered_by
    return {"subject": ref.subject, "at": ref.at.isoformat()} if ref else None


def mail_routes(
    config: Config,
    store: Store,
    account_id: int,
    refuse: Callable[[Request], Response | None],
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> list[Route]:
    """GET /api/outbox and GET /api/agenda, behind the API's bearer token; the agenda as of
    the service's `clock` (the one the webhooks and the feed read)."""

    async def api_outbox(request: Request) -> Response:
        refusal = refuse(request)
        if refusal is not None:
            return refusal
        state = request.query_params.get("state")
        if state is not None and state not in STATES:
            return JSONResponse(
                {"error": f"'state' must be one of {', '.join(STATES)}"}, status_code=400
            )
        rows = await run_in_threadpool(Outbox(store, account_id).entries, state)
        return JSONResponse([r.as_json() for r in rows])

    async def api_agenda(request: Request) -> Response:
        refusal = refuse(request)
        if refusal is not None:
            return refusal
        found = await run_in_threadpool(agendas_now, config, store, account_id, clock())
        return JSONResponse(found)

    return [
        Route("/api/outbox", api_outbox, methods=["GET"]),
        Route("/api/agenda", api_agenda, methods=["GET"]),
    ]


def _get(summary: str, params: list[dict[str, Any]], items: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "security": [{"bearer": []}],
            "parameters": params,
            "responses": {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"type": "array", "items": items}}},
                },
                "400": {"description": "bad parameter"},
                "401": {"description": "missing or wrong bearer token"},
            },
        }
    }


def mail_paths() -> dict[str, Any]:
    """The OpenAPI description of the mail routes."""
    text = {"type": "string"}
    nullable = {"type": ["string", "null"]}
    outbox_item = {
        "type": "object",
        "required": ["key", "kind", "to", "subject", "state", "attempts", "last_error"],
        "properties": {
            "key": text,
            "kind": {"type": "string", "enum": ["reply", "agenda", "notification"]},
            "client": nullable,
            "to": text,
            "subject": text,
            "state": {"type": "string", "enum": list(STATES)},
            "attempts": {"type": "integer"},
            "last_error": nullable,
            "due_at": text,
            "next_attempt_at": text,
            "sent_at": nullable,
            "message_id": text,
        },
    }
    agenda_item = {
        "type": "object",
        "properties": {
            "client": text,
            "call_start": text,
            "key": nullable,
            "state": nullable,
            "topics": {"type": "array", "items": {"type": "object"}},
        },
    }
    state = {
        "name": "state",
        "in": "query",
        "required": False,
        "schema": {"type": "string", "enum": list(STATES)},
    }
    return {
        "/api/outbox": _get("Outgoing emails and their state (SPEC §10)", [state], outbox_item),
        "/api/agenda": _get(
            "Each client's next standing call and its agenda so far, then later calls already "
            "holding topics",
            [],
            agenda_item,
        ),
    }
