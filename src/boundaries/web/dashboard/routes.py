"""The dashboard's pages (SPEC §12): login, the week, a client, the outbox, calendar, settings.

Every page but the login needs a session; without one a GET is sent to the login and a
POST refused. Every form carries the session's CSRF token; a POST without it is a 403.
A service serves one account (`serve --account`): a session of another account gets a page
saying so (403) and nothing else but signing out and choosing a language (SPEC §2, §12).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from boundaries.domain.model import Config
from boundaries.i18n import day as written_day
from boundaries.languages import LANGUAGES
from boundaries.store import Store, StoreError
from boundaries.store.calendar import CalendarStore
from boundaries.store.users import Logins, Session
from boundaries.web.auth import Gate, new_token, same_token
from boundaries.web.dashboard import faults, source
from boundaries.web.dashboard.charts import THEMES, Trend, trend_svg
from boundaries.web.dashboard.pages import client_view, said_view, settings_view, week_view
from boundaries.web.dashboard.requests import FormRefused, read_form, safe_next, weeks_asked
from boundaries.web.dashboard.words import Words, browser_language

HERE = Path(__file__).parent
LOGIN_CSRF = "boundaries_login_csrf"
REPORT_TTL = 30.0
"""Seconds a page's report is reused by the charts that page shows (one per client on the
week page). A page itself always reads a fresh one: its figures, agenda and event list are
read in the same request, so they never contradict each other. Measured (bench/report.py's
stores, SQLite): 50 ms (5 clients) to 210 ms (50 clients) for 4 weeks, 0.8 s to 4.3 s for
three whole years, once per page view rather than once per chart."""
Page = Callable[[Request, Session], Awaitable[Response]]
MACHINE_PATHS = ("/twilio/", "/api/", "/calendar/", "/static/", "/healthz", "/openapi")
"""Paths read by programs, not people: their 404 stays plain text."""


async def _favicon(request: Request) -> Response:
    """`/favicon.ico`, asked by browsers before any page says where its icon is: a permanent
    redirect to the dashboard's SVG icon (no login needed, like `/static/`)."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


class Dashboard:
    """The pages of one service. `account_id` (named `account`) is the account `config`
    describes; a login of another account is told which service serves it, and sees no data
    of either account here."""

    def __init__(
        self,
        config: Config,
        store: Store,
        account_id: int,
        account: str,
        clock: Callable[[], datetime],
        secure_cookies: bool = True,
        config_path: str | None = None,
        calendar_url: str | None = None,
        outbox: Callable[[Store, int], source.OutboxPort] = source.outbox_for,
        in_question: Callable[[str, datetime], frozenset[datetime]] | None = None,
    ) -> None:
        """`in_question(client id, now)`: the standing calls (start, UTC) the client asked to
        move or call off and that are not answered yet (the live service's, web/app.py), shown
        on the client's page."""
        self.config = config
        self.in_question = in_question
        self.outbox_for = outbox
        self.store = store
        self.account_id = account_id
        self.account = account
        self.clock = clock
        self.secure = secure_cookies
        self.config_path = config_path
        self.calendar_url = calendar_url
        self.gate = Gate(Logins(store), clock)
        self.cookie = "__Host-boundaries" if secure_cookies else "boundaries_session"
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self._reports: dict[tuple[int, int | None, str], tuple[float, dict[str, Any]]] = {}

    # -- plumbing ---------------------------------------------------------------------------

    def routes(self) -> list[BaseRoute]:
        g = self.guarded
        return [
            Route("/", g(self.page(self.week)), methods=["GET"]),
            Route("/login", g(self.login_page), methods=["GET"]),
            Route("/login", g(self.login), methods=["POST"]),
            Route("/logout", g(self.form(self.logout, any_account=True)), methods=["POST"]),
            Route("/language", g(self.form(self.language, any_account=True)), methods=["POST"]),
            Route("/clients/{client_id}", g(self.page(self.client)), methods=["GET"]),
            Route("/clients/{client_id}/said", g(self.page(self.said)), methods=["GET"]),
            Route("/outbox", g(self.page(self.outbox)), methods=["GET"]),
            Route("/outbox", g(self.form(self.outbox_action)), methods=["POST"]),
            Route("/calendar", g(self.page(self.calendar)), methods=["GET"]),
            Route("/settings", g(self.page(self.settings)), methods=["GET"]),
            Route("/charts/{client_id}.{theme}.svg", g(self.page(self.chart)), methods=["GET"]),
            # browsers ask for /favicon.ico whatever the page links (a 404 in their console)
            Route("/favicon.ico", _favicon, methods=["GET", "HEAD"]),
            Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
        ]

    def guarded(
        self, view: Callable[[Request], Awaitable[Response]]
    ) -> Callable[[Request], Awaitable[Response]]:
        """`view`, answering 503 with a page naming the cause when the store cannot be read
        (or a form's write fails); under a banner naming the cause when it reads but cannot
        store (`faults`)."""

        def render(request: Request, cause: str, lang: str | None) -> Response:
            # This page says what is wrong and what to do: no banner above it saying the same
            # thing another way ("this page shows what the database holds").
            context = {"cause": cause, "store_trouble": None}
            return self.render(request, None, "store_fault.html", context, 503, lang)

        return faults.guarded(view, render, lambda: faults.store_trouble(self.store))

    def words(self, session: Session | None, lang: str | None = None) -> Words:
        chosen = lang or (session.language if session else None) or self.config.consultant.language
        return Words(chosen, self.config.consultant.zone)

    async def session_of(self, request: Request) -> Session | None:
        return await run_in_threadpool(self.gate.session, request.cookies.get(self.cookie))

    def page(self, handler: Page) -> Callable[[Request], Awaitable[Response]]:
        """A GET page: with a session of this service's account, the handler; with one of
        another account, the page saying which service serves it; without, the login."""

        async def view(request: Request) -> Response:
            session = await self.session_of(request)
            if session is None:
                target = request.url.path
                return RedirectResponse("/login?next=" + quote(target, safe="/"), status_code=303)
            if not self.mine(session):
                return self.elsewhere(request, session)
            request.state.undelivered = await run_in_threadpool(
                source.undelivered_alerts, self.store, self.account_id, self.clock()
            )
            return await handler(request, session)

        return view

    def elsewhere(self, request: Request, session: Session) -> Response:
        """What a login of another account gets for any page: which account this service
        serves and which one to open instead; no data of either account (403)."""
        context = {"served": self.account, "yours": session.user.account}
        # the other account's login has its own language, not this service's (trial44 §15):
        # the one it chose, else its browser's
        lang = (
            session.language
            or session.user.language
            or browser_language(request.headers.get("accept-language"))
        )
        return self.render(request, session, "elsewhere.html", context, 403, lang)

    def form(
        self, handler: Page, any_account: bool = False
    ) -> Callable[[Request], Awaitable[Response]]:
        """A POST: needs a session (else 303 to the login) and its CSRF token (else 403), and
        a session of this service's account unless `any_account` (signing out, the language)."""

        async def view(request: Request) -> Response:
            session = await self.session_of(request)
            if session is None:
                return RedirectResponse("/login", status_code=303)
            try:
                form = await read_form(request)
            except FormRefused as refused:
                context = {"problem": refused.problem}
                return self.render(request, session, "error.html", context, refused.status)
            request.state.form = form
            token = form.get("csrf")
            if not same_token(session.csrf, token if isinstance(token, str) else None):
                return self.render(request, session, "error.html", {"problem": "csrf"}, 403)
            if not any_account and not self.mine(session):
                return self.elsewhere(request, session)
            return await handler(request, session)

        return view

    def render(
        self,
        request: Request,
        session: Session | None,
        name: str,
        context: dict[str, Any],
        status: int = 200,
        lang: str | None = None,
    ) -> Response:
        words = self.words(session, lang)
        base = {
            "t": words,
            "lang": words.lang,
            "languages": LANGUAGES,
            "session": session,
            "csrf": session.csrf if session else "",
            "path": request.url.path,
            "consultant": self.config.consultant.name if session and self.mine(session) else "",
            # The store reads but cannot store: every page says so (`faults.store_trouble`).
            "store_trouble": getattr(request.state, "store_trouble", None),
            # Emergency alerts that did not reach the consultant: every page says so at once.
            "undelivered": self.undelivered(request, words),
            # A session of another account sees its pages without the navigation to ours.
            "elsewhere": session is not None and not self.mine(session),
        }
        return self.templates.TemplateResponse(
            request, name, {**base, **context}, status_code=status
        )

    def undelivered(self, request: Request, words: Words) -> list[dict[str, Any]]:
        """The banner's lines for the alerts `page` found undelivered: when the urgent
        message came, from whom (a link to the client's page), and whether it is being tried
        again, failed for good, or had no notification channel to go to."""
        out = []
        for alert in getattr(request.state, "undelivered", None) or []:
            client = self.config.client(alert.client) if alert.client else None
            out.append(
                {
                    "when": words.moment(alert.at),
                    "who": client.name if client else (alert.caller or words("alerts.unknown")),
                    "link": f"/clients/{quote(client.id, safe='')}" if client else None,
                    # without a channel nothing was tried: that is the cause to name
                    "state": alert.state if self.config.service.notify else "no_channel",
                }
            )
        return out

    async def not_found(self, request: Request, _exc: Exception) -> Response:
        """A path no route serves: the dashboard's own 404 page, in the session's language
        (else `?lang=`, else the consultant's), for a person; the webhooks, the API, the feed
        and files keep a plain 404 (`MACHINE_PATHS`)."""
        path = request.url.path
        if path.startswith(MACHINE_PATHS) or path.endswith((".ics", ".json", ".svg")):
            return PlainTextResponse("Not Found", status_code=404)
        try:
            session = await self.session_of(request)
        except StoreError:
            session = None  # the page says nothing of the account: no session is needed
        lang = request.query_params.get("lang")
        chosen = lang if lang in LANGUAGES and session is None else None
        return self.render(request, session, "error.html", {"problem": "no_page"}, 404, chosen)

    def mine(self, session: Session) -> bool:
        """Whether the session's login belongs to the account this service serves."""
        return session.user.account_id == self.account_id

    def report(self, session: Session, weeks: int | None, fresh: bool = False) -> dict[str, Any]:
        """The report object of this service's account, its explanations in the page's
        language. `fresh` (a page) reads it from the store now; otherwise (a chart) the one a
        page made in the last `REPORT_TTL` seconds for the same period and language is
        reused, so a chart shows what its page shows."""
        lang = self.words(session).lang
        key = (self.account_id, weeks, lang)
        cached = self._reports.get(key)
        if not fresh and cached and time.monotonic() - cached[0] < REPORT_TTL:
            return cached[1]
        payload = source.week_report(
            self.config, self.store, self.account_id, self.clock(), weeks, self.account, lang
        )
        self._reports[key] = (time.monotonic(), payload)
        return payload

    # -- login ------------------------------------------------------------------------------

    async def login_page(self, request: Request) -> Response:
        if await self.session_of(request) is not None:
            return RedirectResponse("/", status_code=303)
        return self.login_form(request, None, 200)

    def login_form(self, request: Request, problem: str | None, status: int) -> Response:
        lang = request.query_params.get("lang")
        token = request.cookies.get(LOGIN_CSRF) or new_token()
        response = self.render(
            request,
            None,
            "login.html",
            {"problem": problem, "login_csrf": token, "next": safe_next(request)},
            status,
            lang=lang if lang in LANGUAGES else None,
        )
        response.set_cookie(
            LOGIN_CSRF, token, httponly=True, samesite="strict", secure=self.secure, path="/login"
        )
        return response

    async def login(self, request: Request) -> Response:
        try:
            form = await read_form(request, limit=8 * 1024)
        except FormRefused as refused:
            return self.login_form(request, refused.problem, refused.status)
        given = form.get("csrf")
        if not same_token(
            request.cookies.get(LOGIN_CSRF), given if isinstance(given, str) else None
        ):
            return self.login_form(request, "csrf", 403)
        email, password = str(form.get("email") or ""), str(form.get("password") or "")
        address = request.client.host if request.client else "unknown"
        result = await run_in_threadpool(self.gate.log_in, email[:254], password, address)
        if result.throttled:
            return self.login_form(request, "throttled", 429)
        if result.user is None or result.token is None:
            return self.login_form(request, "wrong", 401)
        response = RedirectResponse(safe_next(request, form.get("next")), status_code=303)
        response.set_cookie(
            self.cookie,
            result.token,
            max_age=14 * 24 * 3600,
            httponly=True,
            samesite="lax",
            secure=self.secure,
            path="/",
        )
        response.delete_cookie(
            LOGIN_CSRF, path="/login", secure=self.secure, httponly=True, samesite="strict"
        )
        return response

    async def logout(self, request: Request, session: Session) -> Response:
        await run_in_threadpool(self.gate.log_out, request.cookies.get(self.cookie))
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(self.cookie, path="/", secure=self.secure, httponly=True)
        return response

    async def language(self, request: Request, session: Session) -> Response:
        chosen = str(request.state.form.get("lang") or "")
        if chosen in LANGUAGES:
            await run_in_threadpool(self.gate.logins.set_language, session.id, chosen)
        return RedirectResponse(safe_next(request, request.state.form.get("back")), 303)

    # -- pages ------------------------------------------------------------------------------

    async def week(self, request: Request, session: Session) -> Response:
        weeks = weeks_asked(request)
        payload = await run_in_threadpool(self.report, session, weeks, True)
        words = self.words(session)
        asked = await run_in_threadpool(self._next_calls_in_question, payload)
        view = week_view(payload, self.config, words, weeks, asked)
        box = self.outbox_for(self.store, self.account_id)
        messages = await run_in_threadpool(box.messages)
        # replies and agendas counted apart: an agenda held for a move request is no reply
        # (trial41 §10: "Replies waiting: 2" of two held agendas)
        waiting = [m.kind for m in messages if m.state == "waiting_approval"]
        view["waiting"] = len(waiting)
        view["waiting_replies"] = waiting.count("reply")
        view["waiting_agendas"] = len(waiting) - view["waiting_replies"]
        return self.render(request, session, "week.html", view)

    def _next_calls_in_question(self, payload: dict[str, Any]) -> set[str]:
        """The clients whose next standing call (the report's `next_standing_call`) they
        asked to move or call off and that is not answered yet (`in_question`)."""
        if self.in_question is None:
            return set()
        now = self.clock()
        out = set()
        for c in payload["clients"]:
            nxt = c.get("next_standing_call")
            if c["id"] == "unknown" or not nxt:
                continue
            if datetime.fromisoformat(nxt).astimezone(UTC) in self.in_question(c["id"], now):
                out.add(c["id"])
        return out

    async def client(self, request: Request, session: Session) -> Response:
        client_id = request.path_params["client_id"]
        config = self.config
        if config.client(client_id) is None:
            return self.render(request, session, "error.html", {"problem": "no_client"}, 404)
        payload = await run_in_threadpool(self.report, session, weeks_asked(request), True)
        words = self.words(session)
        now = self.clock()
        talk = await run_in_threadpool(
            source.conversation,
            config,
            self.store,
            self.account,
            client_id,
            words.lang,
            now,
        )
        events = await run_in_threadpool(self.store.events, self.account_id)
        asked = (
            await run_in_threadpool(self.in_question, client_id, now) if self.in_question else ()
        )
        view = client_view(
            payload, config, client_id, words, talk, events, weeks_asked(request), sorted(asked)
        )
        return self.render(request, session, "client.html", view)

    async def said(self, request: Request, session: Session) -> Response:
        """The whole of one message a client left (the client page lists an excerpt)."""
        client_id = request.path_params["client_id"]
        kind, sid = request.query_params.get("kind", ""), request.query_params.get("sid", "")
        config = self.config
        found = None
        if config.client(client_id) is not None and kind and sid:
            found = await run_in_threadpool(self.store.find, self.account_id, kind, sid)
        if found is None or found.client != client_id:
            return self.render(request, session, "error.html", {"problem": "no_event"}, 404)
        view = said_view(config, client_id, found, self.words(session))
        return self.render(request, session, "said.html", view)

    async def chart(self, request: Request, session: Session) -> Response:
        client_id, theme = request.path_params["client_id"], request.path_params["theme"]
        payload = await run_in_threadpool(self.report, session, weeks_asked(request))
        found = next((c for c in payload["clients"] if c["id"] == client_id), None)
        if found is None or theme not in THEMES:
            return Response("no such chart\n", status_code=404, media_type="text/plain")
        words = self.words(session)
        trend = Trend(
            labels=tuple(words.day(t["week"]) for t in found["trend"]),
            calls=tuple(t["calls"] for t in found["trend"]),
            interruptions=tuple(t["interruptions"] for t in found["trend"]),
            recorded=tuple(t.get("recorded", True) for t in found["trend"]),
            calls_label=words("chart.calls"),
            interruptions_label=words("chart.interruptions"),
        )
        size = (6.0, 2.4) if request.query_params.get("size") == "wide" else (4.2, 2.0)
        svg = await run_in_threadpool(trend_svg, trend, theme, size)
        return Response(svg, media_type="image/svg+xml", headers={"cache-control": "private"})

    async def outbox(self, request: Request, session: Session) -> Response:
        box = self.outbox_for(self.store, self.account_id)
        lang = self.words(session).lang
        messages = [  # the service's own reasons in the page's language
            replace(m, last_error=m.withdrawn(lang)) if m.withdrawn else m
            for m in await run_in_threadpool(box.messages)
        ]
        notice = request.query_params.get("done")
        available = bool(self.config.mail.smtp_url)
        if notice == "approved" and not available:
            notice = "approved_unsent"  # queued, but nothing leaves without smtp_url
        called_off = _called_off(self.words(session), request.query_params) if notice else None
        return self.render(
            request,
            session,
            "outbox.html",
            {
                "messages": messages,
                "available": available,
                "notice": notice
                if notice in ("approved", "approved_unsent", "discarded")
                else None,
                "names": {c.id: c.name for c in self.config.clients},
                "called_off": called_off,
            },
        )

    async def outbox_action(self, request: Request, session: Session) -> Response:
        form = request.state.form
        key, action = str(form.get("key") or ""), str(form.get("action") or "")
        box = self.outbox_for(self.store, self.account_id)
        try:
            if action == "approve":
                subject, text = form.get("subject"), form.get("text")
                if isinstance(subject, str) and isinstance(text, str):
                    current = next((m for m in box.messages() if m.key == key), None)
                    if current and (subject, text) != (current.subject, current.text):
                        await run_in_threadpool(box.edit, key, subject.strip(), text)
                # the calls as they stand (skips, the rules as they are now): a reply that
                # names one called off or moved says so, as `boundaries outbox approve` does
                calendar = await run_in_threadpool(
                    CalendarStore(self.store, self.account_id).calendar, self.config
                )
                approved = await run_in_threadpool(
                    box.approve, key, self.clock(), calendar.has_call
                )
                query = {"done": "approved"}
                if approved and approved.off:
                    query.update(off=",".join(approved.off), edited=str(int(approved.edited)))
                return RedirectResponse("/outbox?" + urlencode(query), status_code=303)
            if action == "discard":
                await run_in_threadpool(box.discard, key)
                return RedirectResponse("/outbox?done=discarded", status_code=303)
        except source.OutboxActionError as exc:
            # Worded in the page's language for someone at the page, not at a terminal.
            words = self.words(session)
            state = words.label("outbox", f"state_{exc.state}") if exc.state else ""
            detail = words(f"outbox_problem.{exc.problem}", state=state)
            context = {"problem": "outbox", "detail": detail, "back": "/outbox"}
            # no such message: 404 (trial60 §7); a form to fill: 400; a state moved on: 409
            status = {"empty": 400, "lines": 400, "no_message": 404}.get(exc.problem, 409)
            return self.render(request, session, "error.html", context, status)
        return self.render(request, session, "error.html", {"problem": "action"}, 400)

    async def calendar(self, request: Request, session: Session) -> Response:
        # The address is shown only where the service was given it; otherwise, when one was
        # made (`boundaries calendar url`), the page says so and since when: only its hash is
        # stored (newcomer51 §5: the page said there was none).
        since = None
        if self.calendar_url is None:
            since = await run_in_threadpool(CalendarStore(self.store, self.account_id).feed_since)
        context = {"feed": self.calendar_url, "since": since}
        return self.render(request, session, "calendar.html", context)

    async def settings(self, request: Request, session: Session) -> Response:
        view = settings_view(self.config, self.config_path)
        return self.render(request, session, "settings.html", view)


def _called_off(words: Words, query: Mapping[str, str]) -> str | None:
    """What the outbox page says after approving a reply that names calls called off or moved
    since it was written (`off`: their local days, ISO dates; `edited`: "1" when the
    consultant edited it), in the page's language, as `boundaries outbox approve` says it;
    None when there are none (or the query is not one the page wrote)."""
    days = []
    for text in (query.get("off") or "").split(",")[:10]:
        try:
            days.append(date.fromisoformat(text))
        except ValueError:
            continue
    if not days:
        return None
    named = words("outbox.and").join(written_day(d, words.lang) for d in days)
    told = "outbox.off_edited" if query.get("edited") == "1" else "outbox.off_renamed"
    return str(words(told, days=named))
