"""The ASGI application (Starlette): webhooks with signature checks, health, JSON API."""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from boundaries.config.service import api_token_from_env
from boundaries.domain.model import Config
from boundaries.domain.moves import calls_in_question
from boundaries.instants import InstantError, parse_instant
from boundaries.integrations.calendar.live import LiveCalendar
from boundaries.integrations.mail.heard import heard_from_store
from boundaries.integrations.mail.loop import MailWatch
from boundaries.integrations.notify import AppriseNotifier, Notifier
from boundaries.integrations.notify.apprise_notifier import delivered
from boundaries.integrations.notify.queue import resume_undelivered
from boundaries.integrations.speech import SpeechToText, load_engine
from boundaries.integrations.twilio.followup import FollowUp
from boundaries.integrations.twilio.recordings import RecordingFetcher
from boundaries.integrations.twilio.signature import Signatures
from boundaries.integrations.twilio.webhooks import Answer, BadRequest, Gateway
from boundaries.jobs import JobRunner
from boundaries.store import JobQueue, Store, StoreError
from boundaries.store.calendar import CalendarStore
from boundaries.store.faults import SLOW
from boundaries.triage import second_opinion
from boundaries.web.auth import SecurityHeaders
from boundaries.web.calendar import calendar_routes
from boundaries.web.dashboard.routes import Dashboard
from boundaries.web.dashboard.source import OutboxPort, outbox_for
from boundaries.web.edge import Edge, Refused
from boundaries.web.health import Health, missing_channel
from boundaries.web.mail_api import api_refusal, mail_routes, outbox_health
from boundaries.web.openapi import openapi

log = logging.getLogger("boundaries.web")


IN_QUESTION_SECONDS = 30.0
"""How long a client's calls in question are reused by the greetings: reading what clients
said on every call cost a quarter of the voice webhook's throughput (bench/webhook.py); a
request to move a call is heard within this long of its transcript."""


def _calls_in_question(
    config: Config, store: Store, account_id: int, live: LiveCalendar
) -> Callable[[str, datetime], frozenset[datetime]]:
    """For the greeting and the client page: the standing calls (start, UTC) a client asked
    to move or call off and not yet answered (`domain.moves.calls_in_question` over what the
    store heard, topics only: no sentence encoder on a call's path). A store that fails takes
    none to be in question: the greeting must go out whatever happens (SPEC §7)."""

    # client id -> (when it was read, monotonic; the moment it was read for; the starts)
    known: dict[str, tuple[float, datetime, frozenset[datetime]]] = {}
    reuse = timedelta(seconds=IN_QUESTION_SECONDS)

    def asked(client_id: str, at: datetime) -> frozenset[datetime]:
        now = time.monotonic()
        cached = known.get(client_id)
        # reused for a moment at or after the one it was read for, never for an earlier one
        # (a provider's retry of an older call is answered for that call's time, before the
        # request it must not hide: trial39 §5)
        if (
            cached is not None
            and now - cached[0] < IN_QUESTION_SECONDS
            and cached[1] <= at < cached[1] + reuse
        ):
            return cached[2]
        try:
            heard = heard_from_store(config, store, account_id, at, answers=False)
        except StoreError:
            return frozenset()
        mine = [h for h in heard if h.client_id == client_id]
        found = calls_in_question(config, live.current(), mine, at)
        starts = frozenset(start for (_, start) in found)
        if cached is None or at >= cached[1]:
            known[client_id] = (now, at, starts)
        return starts

    return asked


async def client_gone(request: Request, exc: Exception) -> Response:
    """A client that closed the connection before its request's body was read: one warning
    line, not a 60-line traceback (trial37 §11); nothing was done, so nothing is lost (the
    provider retries its webhooks). The answer reaches no one; 400 says it was incomplete."""
    log.warning("%s %s: the client closed the connection before its request was read; "
                "nothing was done", request.method, request.url.path)  # fmt: skip
    return PlainTextResponse("incomplete request", status_code=400)


XML = "application/xml"
# Callbacks whose caller must hear a voicemail whatever happens; the others carry data and
# answer 503 when it cannot be stored, so that the provider shows the failure and retries.
VOICE_PATHS = ("/twilio/voice", "/twilio/gather")
ANSWER_SECONDS = 10.0
"""How long a callback waits for its work (mostly the store) before it is answered without
it: Twilio waits 15 s for a webhook's answer, then drops the call to its own error message
(https://www.twilio.com/docs/usage/webhooks/webhooks-faq, "request timeout"). A call then
gets a plain voicemail and its decision is not stored (`Store.answer_by`); a data callback
gets 503, and the provider's retry is stored once."""


def _problem(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


class Webhooks:
    """Shape and signature checks in front of the gateway's callbacks."""

    def __init__(
        self,
        gateway: Gateway,
        signatures: Signatures,
        public_url: str | None,
        answer_seconds: float = ANSWER_SECONDS,
    ) -> None:
        self.gateway = gateway
        self.answer_seconds = answer_seconds
        self.signatures = signatures
        self.public_url = public_url.rstrip("/") if public_url else None
        self.edge = Edge(signatures, public_url)

    def endpoint(
        self, handler: Callable[[Any], Answer]
    ) -> Callable[[Request], Awaitable[Response]]:
        async def view(request: Request) -> Response:
            try:  # size, count, repeats, null bytes, signature, then shapes (web/edge.py)
                params = await self.edge.form(request)
            except Refused as refused:
                return refused.response()
            path = request.url.path
            try:
                answer = await self._in_time(handler, params, path)
            except BadRequest as exc:
                if path in VOICE_PATHS:  # a signed call: the caller hears a voicemail, not an error
                    log.warning("%s: the caller gets a plain voicemail: %s", path, exc)
                    return Response(await self._fallback(params, path), media_type=XML)
                return _problem(400, str(exc))
            except StoreError as exc:
                if path in VOICE_PATHS:
                    log.error(
                        "%s: the store failed, the caller gets a plain voicemail: %s", path, exc
                    )
                    return Response(await self._fallback(params, path), media_type=XML)
                log.error("%s: answered 503 so that the provider retries: %s", path, exc)
                return PlainTextResponse(
                    "the event could not be stored; retry later\n",
                    status_code=503,
                    headers={"Retry-After": "30"},
                )
            except Exception:
                if path in VOICE_PATHS:
                    log.exception("webhook %s failed; answering with a plain voicemail", path)
                    return Response(await self._fallback(params, path), media_type=XML)
                log.exception("webhook %s failed; answered 500 so that the provider retries", path)
                return _problem(500, "the callback could not be handled; retry later")
            return Response(answer.twiml, media_type=XML)

        return view

    async def _fallback(self, params: Any, path: str) -> str:
        """`Gateway.fallback` on a worker thread: a press of 1 may alert through the channel
        at once, which must not stall the loop."""
        return await run_in_threadpool(self.gateway.fallback, params, path)

    async def _in_time(self, handler: Callable[[Any], Answer], params: Any, path: str) -> Answer:
        """`handler(params)` in the thread pool (a held lock never stalls the loop), waited
        for `answer_seconds` at most; past that, `StoreError` (slow): a store that stopped
        answering mid-run (a frozen server, a stalled network) must not leave the provider
        waiting until it drops the call (trial37 §1a). The work goes on in its thread; a
        decision it finishes too late is not stored (`Store.answer_by`)."""
        store = self.gateway.store
        deadline = time.monotonic() + self.answer_seconds

        def work() -> Answer:
            with store.answer_by(deadline):
                return handler(params)

        task = asyncio.ensure_future(run_in_threadpool(work))
        try:
            return await asyncio.wait_for(asyncio.shield(task), self.answer_seconds)
        except TimeoutError:
            task.add_done_callback(lambda done: _finished_late(done, path))
            error = StoreError(
                f"no answer from the store within {self.answer_seconds:g} s", SLOW,
                "sqlite" if store.sqlite else "postgresql",
            )  # fmt: skip
            store.health.failed(error)
            raise error from None


def _finished_late(done: asyncio.Future[Any], path: str) -> None:
    """Say in the log how a callback's work answered too late ended (and retrieve its error)."""
    if done.cancelled():
        return
    error = done.exception()
    if error is None:
        log.warning("%s: the work answered too late finished and was stored", path)
    else:
        log.warning("%s: the work answered too late ended without storing: %s", path, error)


LATE_PRESS_SECONDS = 2.0
"""How often the service tries again to store the presses of 1 a failing store could not take."""


async def _store_late_presses(followup: FollowUp, every: float = LATE_PRESS_SECONDS) -> None:
    """Store the presses of 1 held in memory while the store failed (`FollowUp.
    store_late_presses`) as soon as it answers, until cancelled (the service's lifespan runs
    it): a press whose call sends nothing more is counted too (trial51 §6). A store still
    failing is said once in the log, when it first fails."""
    failing = False
    while True:
        await asyncio.sleep(every)
        if not followup.unstored_presses:
            continue
        try:
            await run_in_threadpool(followup.store_late_presses)
            failing = False
        except StoreError as exc:
            if not failing:
                log.error("presses of 1 wait to be stored: %s", exc)
            failing = True
        except Exception:  # never let the loop die: the next round tries again
            log.exception("storing the presses of 1 held during a store failure failed")


def _freeze_heap() -> None:
    """Move what start-up built (configuration, libraries, the learned model once loaded) out
    of the garbage collector's reach (`gc.freeze`, Python docs): a full collection over it
    takes about 0.2 s here, a pause every thread of the worker shares, which was most of the
    webhooks' p99 (`bench/webhook.py`)."""
    second_opinion.LOADER.ready(None)
    gc.collect()
    gc.freeze()


def create_app(
    config: Config,
    store: Store,
    token: str,
    public_url: str | None = None,
    account: str = "default",
    notifier: Notifier | None = None,
    api_token: str | None = None,
    clock: Callable[[], datetime] | None = None,
    speech: SpeechToText | None = None,
    job_lease: float = 15.0,
    secure_cookies: bool = True,
    config_path: str | None = None,
    calendar_url: str | None = None,
    outbox: Callable[[Store, int], OutboxPort] | None = None,
    freeze_heap: bool = False,
    mail_watch: MailWatch | None = None,
    answer_seconds: float = ANSWER_SECONDS,
) -> Starlette:
    """The whole service for one consultant account, with its dashboard (SPEC §12) behind a
    login; `secure_cookies=False` only for plain HTTP on loopback.

    `account` names the account `config` describes (`serve --account`): every row the service
    writes, every count a decision reads, its jobs and its dashboard are that account's, so
    several services can share one store (SPEC §2); `token` is that consultant's auth token.

    Background work (notifications, local transcriptions) runs from the job table, by a runner
    started with the application; `job_lease` (seconds) is how long a claimed job stays with
    this process without a heartbeat (a killed process's jobs resume after it).
    `freeze_heap`: a server process of its own (`serve`) freezes its start-up heap once
    started (`_freeze_heap`); an application inside a test process leaves the heap alone.
    `answer_seconds`: how long a provider callback waits for the store (`ANSWER_SECONDS`)."""
    # Without a public URL the TwiML points back with relative URLs, which the provider
    # resolves against the URL it called.
    base = public_url or ""
    if speech is None and config.speech.engine != "none":
        speech = load_engine(config.speech.engine, model_path=config.speech.model_path)
    notifier = notifier or AppriseNotifier(config.service.notify)
    gateway = Gateway(
        config,
        store,
        base,
        account=account,
        clock=clock or (lambda: datetime.now(UTC)),
        speech=speech,
        recordings=RecordingFetcher(token, config.service.provider_api_url)
        if speech is not None
        else None,
        has_channel=notifier.has_channel,
        alert_now=partial(delivered, notifier),
    )
    warning = missing_channel(config, notifier.has_channel)
    if warning:
        log.warning("%s", warning)
    hooks = Webhooks(gateway, Signatures(token), public_url, answer_seconds)
    runner = JobRunner(
        JobQueue(store), gateway.account_id, gateway.followup.job_kinds(notifier), lease=job_lease
    )
    gateway.followup.wake = runner.wake
    live = LiveCalendar(config, CalendarStore(store, gateway.account_id), gateway.clock)
    gateway.live_calendar = live.current
    in_question = _calls_in_question(config, store, gateway.account_id, live)
    gateway.greetings.in_question = in_question
    probes: dict[str, Callable[[], Any]] = {
        "outbox": lambda: outbox_health(store, gateway.account_id)
    }
    if mail_watch is not None:
        # the running mail loop's servers, by kind and since when only (anyone reads /healthz)
        probes["mail"] = mail_watch.public_json
    if config.calendar.busy:
        # /healthz needs no login: each calendar by its position and host only (newcomer 7, L3).
        probes["busy_calendars"] = lambda: [s.public_json() for s in live.states()]
    # /healthz needs no login: the warning counts the clients, the log above names them.
    public_warning = missing_channel(config, notifier.has_channel, named=False)
    health = Health(
        store,
        JobQueue(store),
        gateway.account_id,
        notifier.has_channel,
        public_warning,
        probes=probes,
    )
    api_token = api_token or api_token_from_env() or config.service.api_token

    incoming = hooks.endpoint(gateway.incoming)
    after_dial = hooks.endpoint(gateway.after_dial)

    async def voice(request: Request) -> Response:
        if request.query_params.get("after") == "dial":
            return await after_dial(request)
        return await incoming(request)

    async def healthz(_: Request) -> Response:
        report = await health.report()
        code = 503 if report["status"] == "failing" else 200
        return JSONResponse(report, status_code=code)

    def refuse(request: Request) -> Response | None:
        return api_refusal(request, api_token)

    async def api_events(request: Request) -> Response:
        refusal = refuse(request)
        if refusal is not None:
            return refusal
        since: datetime | None = None
        raw = request.query_params.get("since")
        if raw:
            try:
                since = parse_instant(raw)
            except InstantError as exc:
                return JSONResponse({"error": f"'since': {exc}"}, status_code=400)
        try:
            limit = int(request.query_params.get("limit", "200"))
        except ValueError:
            return JSONResponse({"error": "'limit' must be an integer"}, status_code=400)
        if not 1 <= limit <= 1000:
            return JSONResponse({"error": "'limit' must be between 1 and 1000"}, status_code=400)
        rows = await run_in_threadpool(store.events, gateway.account_id, since, limit)
        return JSONResponse([r.as_json() for r in rows])

    async def api_clients(request: Request) -> Response:
        refusal = refuse(request)
        if refusal is not None:
            return refusal
        now = datetime.now(UTC)
        out = []
        for c in config.clients:
            nxt = live.current().next_call(c.id, now)
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
    routes += mail_routes(config, store, gateway.account_id, refuse, gateway.clock)
    routes += calendar_routes(config, live, gateway.clock)

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        # The learned second opinion loads in the background (each worker once): webhooks
        # wait for it only a bounded time (triage/second_opinion.py `verdicts`).
        second_opinion.LOADER.start()
        # A notice that failed for want of a working channel is sent once the service starts
        # with one: its error named that fix (newcomer15 M4).
        try:
            await run_in_threadpool(
                resume_undelivered, store, gateway.account_id, notifier, datetime.now(UTC)
            )
        except StoreError as exc:
            log.error("failed notices are not sent again: %s", exc)
        await runner.start()
        watch = asyncio.create_task(health.watch(), name="boundaries-store-recheck")
        presses = asyncio.create_task(
            _store_late_presses(gateway.followup), name="boundaries-late-presses"
        )
        if freeze_heap:
            threading.Thread(target=_freeze_heap, name="boundaries-gc-freeze", daemon=True).start()
        try:
            yield
        finally:
            watch.cancel()
            presses.cancel()
            await runner.stop()
            health.close()

    dashboard = Dashboard(
        config,
        store,
        gateway.account_id,
        account,
        clock or (lambda: datetime.now(UTC)),
        secure_cookies=secure_cookies,
        config_path=config_path,
        calendar_url=calendar_url,
        outbox=outbox or outbox_for,
        in_question=in_question,
    )
    app = Starlette(
        routes=[*routes, *dashboard.routes()],
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={404: dashboard.not_found, ClientDisconnect: client_gone},
        lifespan=lifespan,
    )
    app.state.gateway = gateway
    app.state.jobs = runner
    app.state.live_calendar = live
    return app
