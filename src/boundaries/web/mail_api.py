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

from boundaries.domain.agenda import agenda_for, agenda_key, previous_start
from boundaries.domain.model import Config
from boundaries.integrations.mail.heard import heard_from_store
from boundaries.integrations.mail.unsent import agenda_gathering
from boundaries.store import Store, StoreError
from boundaries.store.calendar import CalendarStore
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
    """Each client's next standing call and the topics gathered for it so far."""
    calendar = CalendarStore(store, account_id).calendar(config)
    heard = heard_from_store(config, store, account_id, now)
    outbox = Outbox(store, account_id)
    # gathered as the agenda email gathers them: one whose held agenda was never sent
    # carries nothing, its topics are the next call's, and so are those no agenda that went
    # out carried (`agenda_gathering`)
    gathered_with = agenda_gathering(config, calendar, outbox, heard, now)
    gathering = gathered_with.calendar
    out = []
    for client in config.clients:
        nxt = calendar.next_call(client.id, now)
        if nxt is None:
            continue
        carries = gathering.has_call(client.id, nxt.start)  # False: its agenda was not sent
        agenda = agenda_for(
            config,
            gathering,
            client,
            nxt.start,
            heard if carries else (),
            previous_start(gathering, client.id, nxt.start),
            late=True,  # what the call takes up, its late topics included (`taking_call`)
            carried=gathered_with.carried,
        )
        sent = outbox.get(agenda_key(client.id, nxt.start))
        out.append(
            {
                "client": client.id,
                "call_start": nxt.start.isoformat(),
                "key": agenda.key if agenda else (sent.key if sent else None),
                "state": sent.state if sent else None,
                "topics": [
                    {
                        "topic": t.topic,
                        "at": t.at.isoformat(),
                        "late": t.late,
                        "answered_by": (
                            {"subject": t.answered_by.subject, "at": t.answered_by.at.isoformat()}
                            if t.answered_by
                            else None
                        ),
                    }
                    for t in (agenda.topics if agenda else ())
                ],
            }
        )
    return out


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
            "Each client's next standing call and its agenda so far", [], agenda_item
        ),
    }
