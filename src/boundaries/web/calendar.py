"""`GET /calendar/<token>.ics`: the standing-calls feed behind its secret (SPEC §11).

A wrong or missing token is a plain 404 (nothing says a feed exists); the token is compared
as a SHA-256 hash in constant time. The answer carries ETag and Last-Modified so calendar
programs can poll cheaply (RFC 9110 §13: If-None-Match, If-Modified-Since → 304).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from boundaries.domain.model import Config
from boundaries.integrations.calendar.agenda import stored_agenda
from boundaries.integrations.calendar.feed import AgendaSource, etag_of, standing_calls_feed
from boundaries.integrations.calendar.live import LiveCalendar
from boundaries.store.database import StoreError

log = logging.getLogger(__name__)

CALENDAR = "text/calendar; charset=utf-8"


class Feed:
    """Builds the feed and remembers when each version of its content was first served."""

    def __init__(
        self,
        config: Config,
        live: LiveCalendar,
        agenda: Callable[[datetime], AgendaSource],
        clock: Callable[[], datetime],
    ) -> None:
        self.config = config
        self.live = live
        self.agenda = agenda
        self.clock = clock
        self._first_seen: dict[str, datetime] = {}

    def build(self) -> tuple[bytes, str, datetime]:
        """(body, ETag, Last-Modified) of the feed now."""
        now = self.clock()
        calendar = self.live.current()
        skipped = calendar.skipped
        agenda = self.agenda(now)  # read once: the draft and the body say the same
        draft = standing_calls_feed(self.config, now, skipped, agenda)
        etag = etag_of(draft)
        changed = self._first_seen.setdefault(etag, now.astimezone(UTC).replace(microsecond=0))
        if len(self._first_seen) > 256:
            self._first_seen = {etag: changed}
        body = standing_calls_feed(self.config, now, skipped, agenda, stamp=changed)
        return body, etag, changed


def calendar_routes(
    config: Config,
    live: LiveCalendar,
    clock: Callable[[], datetime],
    agenda: Callable[[datetime], AgendaSource] | None = None,
) -> list[Route]:
    """The feed's route; `agenda` gives the topics known at a moment, by default what each
    upcoming call's agenda email lists so far (`integrations.calendar.agenda.stored_agenda`)."""
    store = live.store
    agenda = agenda or stored_agenda(config, store.store, store.account_id)
    feed = Feed(config, live, agenda, clock)

    async def ics(request: Request) -> Response:
        token = str(request.path_params.get("token", ""))
        try:
            known = await run_in_threadpool(store.token_matches, token)
            if not known:
                return PlainTextResponse("Not Found\n", status_code=404)
            body, etag, changed = await run_in_threadpool(feed.build)
        except StoreError as exc:
            log.error("calendar feed: %s", exc)
            return PlainTextResponse("the store is unavailable; try again\n", status_code=503)
        headers = {
            "ETag": etag,
            "Last-Modified": format_datetime(changed, usegmt=True),
            "Cache-Control": "private, max-age=300",
        }
        if _not_modified(request, etag, changed):
            return Response(status_code=304, headers=headers)
        return Response(body, media_type=CALENDAR, headers=headers)

    return [Route("/calendar/{token}.ics", ics, methods=["GET", "HEAD"])]


def _not_modified(request: Request, etag: str, changed: datetime) -> bool:
    match = request.headers.get("if-none-match")
    if match is not None:
        tags = {t.strip().removeprefix("W/") for t in match.split(",")}
        return etag in tags or "*" in tags
    since = request.headers.get("if-modified-since")
    if since:
        try:
            when = parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return changed <= when
    return False
