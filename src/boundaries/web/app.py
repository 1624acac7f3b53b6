"""The ASGI application (Starlette): webhooks with signature checks, health, JSON API."""

from __future__ import annotations

import hmac
import logging
import os
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import ImmutableMultiDict
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.notify import AppriseNotifier, Notice, Notifier
from boundaries.integrations.speech import SpeechToText, load_engine
from boundaries.integrations.twilio.recordings import RecordingFetcher
from boundaries.integrations.twilio.signature import Signatures
from boundaries.integrations.twilio.webhooks import Answer, BadRequest, Gateway
from boundaries.store import Store
from boundaries.web.mail_api import mail_routes, outbox_health
from boundaries.web.openapi import openapi

log = logging.getLogger("boundaries.web")

MAX_BODY = 64 * 1024
MAX_VALUE = 8 * 1024
FORM = "application/x-www-form-urlencoded"
XML = "application/xml"


def _problem(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


class Webhooks:
    """Shape and signature checks in front of the gateway's callbacks."""

    def __init__(
        self, gateway: Gateway, signatures: Signatures, public_url: str | None, notifier: Notifier
    ) -> None:
        self.gateway = gateway
        self.signatures = signatures
        self.public_url = public_url.rstrip("/") if public_url else None
        self.notifier = notifier
        # SQLite has one writer: callbacks run one after another on the event loop, which is
        # faster than threads queueing for its lock. Server databases get the thread pool.
        self.inline = gateway.store.engine.dialect.name == "sqlite"

    def signed_url(self, request: Request) -> str:
        """The URL the provider signed: the public URL when configured, with the query."""
        if self.public_url is None:
            return str(request.url)
        query = request.url.query
        return self.public_url + request.url.path + (f"?{query}" if query else "")

    async def read_form(self, request: Request) -> ImmutableMultiDict[str, str] | Response:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != FORM:
            return _problem(415, f"expected {FORM}, got {ctype or 'no content type'}")
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY):
            return _problem(413, f"request body larger than {MAX_BODY} bytes")
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return _problem(413, f"request body larger than {MAX_BODY} bytes")
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except (UnicodeDecodeError, ValueError):
            return _problem(400, "request body is not UTF-8 form data")
        if any(len(v) > MAX_VALUE or len(k) > 256 for k, v in pairs):
            return _problem(413, f"a form value is longer than {MAX_VALUE} characters")
        return ImmutableMultiDict(pairs)

    def endpoint(
        self, handler: Callable[[Any], Answer]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def view(request: Request) -> Response:
            form = await self.read_form(request)
            if isinstance(form, Response):
                return form
            signature = request.headers.get("x-twilio-signature")
            if not self.signatures.valid(self.signed_url(request), form, signature):
                return _problem(403, "missing or invalid X-Twilio-Signature")
            params = {k: form[k] for k in form}
            try:
                if self.inline:
                    answer = handler(params)
                else:
                    answer = await run_in_threadpool(handler, params)
            except BadRequest as exc:
                return _problem(400, str(exc))
            except Exception:
                log.exception(
                    "webhook %s failed; answering with a plain voicemail", request.url.path
                )
                if request.url.path in ("/twilio/voice", "/twilio/gather"):
                    return Response(self.gateway.fallback(), media_type=XML)
                return Response("<Response/>", media_type=XML)
            task = None
            if answer.notices or answer.later:
                task = BackgroundTask(self.follow_up, answer.notices, answer.later)
            return Response(answer.twiml, media_type=XML, background=task)

        return view

    async def follow_up(
        self, notices: list[Notice], later: list[Callable[[], list[Notice]]]
    ) -> None:
        """After the answer: slow work (local transcription), then the notices."""
        for work in later:
            try:
                notices = notices + await run_in_threadpool(work)
            except Exception:
                log.exception("follow-up work failed")
        for notice in notices:
            await run_in_threadpool(self.notifier.send, notice)


def create_app(
    config: Config,
    store: Store,
    token: str,
    public_url: str | None = None,
    notifier: Notifier | None = None,
    api_token: str | None = None,
    clock: Callable[[], datetime] | None = None,
    speech: SpeechToText | None = None,
) -> Starlette:
    """The whole service for one consultant account."""
    # Without a public URL the TwiML points back with relative URLs, which the provider
    # resolves against the URL it called.
    base = public_url or ""
    if speech is None and config.speech.engine != "none":
        speech = load_engine(config.speech.engine, model_path=config.speech.model_path)
    gateway = Gateway(
        config,
        store,
        base,
        clock=clock or (lambda: datetime.now(UTC)),
        speech=speech,
        recordings=RecordingFetcher(token) if speech is not None else None,
    )
    hooks = Webhooks(
        gateway, Signatures(token), public_url, notifier or AppriseNotifier(config.service.notify)
    )
    api_token = api_token or os.environ.get("BOUNDARIES_API_TOKEN") or config.service.api_token
    calendar = Calendar(config)

    incoming = hooks.endpoint(gateway.incoming)
    after_dial = hooks.endpoint(gateway.after_dial)

    async def voice(request: Request) -> Response:
        if request.query_params.get("after") == "dial":
            return await after_dial(request)
        return await incoming(request)

    async def healthz(_: Request) -> Response:
        outbox = await run_in_threadpool(outbox_health, store, gateway.account_id)
        return JSONResponse({"status": "ok", "outbox": outbox})

    def authorised(request: Request) -> bool:
        given = request.headers.get("authorization", "")
        if not api_token or not given.lower().startswith("bearer "):
            return False
        return hmac.compare_digest(given[7:].strip().encode(), api_token.encode())

    async def api_events(request: Request) -> Response:
        if not authorised(request):
            return JSONResponse({"error": "missing or wrong bearer token"}, status_code=401)
        since: datetime | None = None
        raw = request.query_params.get("since")
        if raw:
            try:
                since = datetime.fromisoformat(raw)
            except ValueError:
                return JSONResponse({"error": "'since' must be ISO 8601"}, status_code=400)
            if since.tzinfo is None:
                since = since.replace(tzinfo=UTC)
        try:
            limit = int(request.query_params.get("limit", "200"))
        except ValueError:
            return JSONResponse({"error": "'limit' must be an integer"}, status_code=400)
        if not 1 <= limit <= 1000:
            return JSONResponse({"error": "'limit' must be between 1 and 1000"}, status_code=400)
        rows = await run_in_threadpool(store.events, gateway.account_id, since, limit)
        return JSONResponse([r.as_json() for r in rows])

    async def api_clients(request: Request) -> Response:
        if not authorised(request):
            return JSONResponse({"error": "missing or wrong bearer token"}, status_code=401)
        now = datetime.now(UTC)
        out = []
        for c in config.clients:
            nxt = calendar.next_call(c.id, now)
            out.append(
                {
                    "id": c.id,
                    "name": c.name,
                    "language": c.language,
                    "adhoc_calls_per_week": c.adhoc_calls_per_week,
                    "urgent_line": c.urgent_line,
                    "next_standing_call": nxt.start.isoformat() if nxt else None,
                }
            )
        return JSONResponse(out)

    async def spec(_: Request) -> Response:
        return JSONResponse(openapi())

    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/openapi.json", spec, methods=["GET"]),
        Route("/api/events", api_events, methods=["GET"]),
        Route("/api/clients", api_clients, methods=["GET"]),
        Route("/twilio/voice", voice, methods=["POST"]),
        Route("/twilio/gather", hooks.endpoint(gateway.gather), methods=["POST"]),
        Route("/twilio/recording", hooks.endpoint(gateway.recording), methods=["POST"]),
        Route("/twilio/transcription", hooks.endpoint(gateway.transcription), methods=["POST"]),
        Route("/twilio/status", hooks.endpoint(gateway.status), methods=["POST"]),
    ]
    routes += mail_routes(config, store, gateway.account_id, authorised)
    app = Starlette(routes=routes)
    app.state.gateway = gateway
    return app
