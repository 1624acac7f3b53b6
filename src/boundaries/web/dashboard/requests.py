"""What the dashboard reads from a request: bounded forms, the period, where to go next."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request

MAX_FORM = 64 * 1024  # bytes of a dashboard form (an edited reply fits easily)


async def read_form(request: Request, limit: int = MAX_FORM) -> dict[str, str] | None:
    """A URL-encoded form of at most `limit` bytes (the last value of a repeated field), or
    None when it is larger, not URL-encoded or not UTF-8: never read further than `limit`."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    declared = request.headers.get("content-length", "0")
    if ctype != "application/x-www-form-urlencoded" or not declared.isdigit():
        return None
    if int(declared) > limit:
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except (UnicodeDecodeError, ValueError):
        return None


def weeks_asked(request: Request) -> int | None:
    """`?weeks=N` (1 to 52), else None: the report's whole period."""
    raw = request.query_params.get("weeks", "")
    return int(raw) if raw.isdigit() and 1 <= int(raw) <= 52 else None


def safe_next(request: Request, given: Any = None) -> str:
    """Where to go after a form: a path on this site only (no //host, no scheme)."""
    target = given if isinstance(given, str) else request.query_params.get("next", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
