"""Dashboard pages when the store fails: 503 with a page naming the cause (SPEC §7, §9).

The webhooks answer a store failure with 503 so that the provider retries; the pages do the
same for a person, in their language, with the cause `store/faults.py` named and where to
find the fix (the log and `/healthz`), and never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from boundaries.i18n import LANGUAGES
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


def check_store(store: Store) -> None:
    """Raise `StoreError` when the store is failing as `/healthz` sees it: it cannot be read,
    could not store an event now (read-only file or server, journal lost), or its last write
    failed and none has worked since. A page that reads fine from a store that cannot store
    the provider's callbacks must not look normal (SPEC §7, §9)."""
    store.ping()
    store.check_writable()
    failure = store.health.failure
    if failure is not None:
        raise StoreError(failure.message, failure.cause)


def guarded(view: View, render: Render, probe: Callable[[], None] | None = None) -> View:
    """`view`, answering 503 with `render`'s page (cause, `?lang=` when it is one we speak)
    and `Retry-After` when the store raises `StoreError`, or when `probe` (run first, e.g.
    `check_store`) does; the error and its fix are logged at ERROR level without a
    traceback."""

    async def guarded_view(request: Request) -> Response:
        try:
            if probe is not None:
                await run_in_threadpool(probe)
            return await view(request)
        except StoreError as exc:
            log.error("%s: answered 503, the store failed: %s", request.url.path, exc)
            cause = exc.cause if exc.cause in CAUSES else "error"
            lang = request.query_params.get("lang")
            response = render(request, cause, lang if lang in LANGUAGES else None)
            response.headers["Retry-After"] = RETRY_AFTER
            return response

    return guarded_view
