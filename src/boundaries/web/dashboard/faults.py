"""Dashboard pages when the store fails (SPEC §7, §9, §12).

A page that cannot be made because the store cannot be read (or a form whose write fails)
answers 503, as the webhooks do, with a page in the person's language naming the cause
`store/faults.py` found and where to find the fix (the log and `/healthz`), and never a
traceback. A store that still reads but cannot store (read-only file, a write that failed
and none has worked since, a journal lost) is what `/healthz` reports as failing with 503;
the pages it can still make are served, each under a banner naming that cause: the
consultant sees what the store holds, and that it may lack what came since (SPEC §12: the
dashboard is where they look when something is wrong).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from boundaries.languages import LANGUAGES
from boundaries.store import Store, StoreError

log = logging.getLogger("boundaries.web.dashboard")

# The causes `store/faults.py` names, each with its sentence in the catalogue's [store_fault].
CAUSES = frozenset(
    {"disk_full", "read_only", "locked", "unreachable", "corrupt", "refused", "no_database"}
    | {"wal_lost", "error"}
)
RETRY_AFTER = "30"  # seconds, as the webhooks' 503 says

View = Callable[[Request], Awaitable[Response]]
# render(request, cause, lang) -> the page `store_fault.html` with that status.
Render = Callable[[Request, str, str | None], Response]


@dataclass(frozen=True)
class Trouble:
    """Why the store cannot store now: `cause` (one of `CAUSES`, said by the catalogue's
    [store_fault]) and `detail`, the store's whole message (it names the database: shown only
    to a login of this service's account, as the log has it)."""

    cause: str
    detail: str


def store_trouble(store: Store) -> Trouble | None:
    """Why the store cannot store now, as `/healthz` sees it: a read-only file or server, a
    journal lost, a full disk, or a last write that failed and neither a write nor the write
    probe (`Store.check_writable`, run here first) has passed since; None when it can.
    Raises `StoreError` when the store cannot even be read: then no page can be made."""
    store.ping()
    try:
        store.check_writable()
    except StoreError as exc:
        return Trouble(exc.cause if exc.cause in CAUSES else "error", str(exc))
    failure = store.health.failure
    if failure is not None:
        return Trouble(failure.cause if failure.cause in CAUSES else "error", failure.message)
    return None


def guarded(view: View, render: Render, probe: Callable[[], Trouble | None] | None = None) -> View:
    """`view`, answering 503 with `render`'s page (cause, `?lang=` when it is one we speak)
    and `Retry-After` when the store raises `StoreError` (in `probe`, run first, e.g.
    `store_trouble`, or in `view`); the error and its fix are logged at ERROR level without
    a traceback. The `Trouble` `probe` returns (the store reads but cannot store) is left in
    `request.state.store_trouble` for the page's banner."""

    async def guarded_view(request: Request) -> Response:
        try:
            if probe is not None:
                request.state.store_trouble = await run_in_threadpool(probe)
            return await view(request)
        except StoreError as exc:
            log.error("%s: answered 503, the store failed: %s", request.url.path, exc)
            cause = exc.cause if exc.cause in CAUSES else "error"
            lang = request.query_params.get("lang")
            response = render(request, cause, lang if lang in LANGUAGES else None)
            response.headers["Retry-After"] = RETRY_AFTER
            return response

    return guarded_view
