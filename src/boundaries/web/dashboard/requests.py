"""What the dashboard reads from a request: bounded forms, the period, where to go next."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request

MAX_FORM = 64 * 1024  # bytes of a dashboard form (an edited reply fits easily)


class FormRefused(Exception):
    """A POST body the dashboard does not read: `problem` names why ("too_long" for 413,
    "not_form" for 415: another content type, or text that is not UTF-8), the key of its
    message in the [error] and [login] sections of locales/<lang>/dashboard.toml."""

    def __init__(self, problem: str, status: int) -> None:
        super().__init__(problem)
        self.problem = problem
        self.status = status


async def read_form(request: Request, limit: int = MAX_FORM) -> dict[str, str]:
    """A URL-encoded form of at most `limit` bytes (the last value of a repeated field);
    never read further than `limit`. An empty body without a content type is an empty form
    (then refused for its missing CSRF token, 403, not as "too long": trial60 §5). Raises
    `FormRefused` (413 larger, 415 another content type or not UTF-8)."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    declared = request.headers.get("content-length", "0")
    if not declared.isdigit() or int(declared) > limit:
        raise FormRefused("too_long", 413)
    if ctype not in ("application/x-www-form-urlencoded", ""):
        raise FormRefused("not_form", 415)
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise FormRefused("too_long", 413)
    if ctype == "" and body:
        raise FormRefused("not_form", 415)
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except (UnicodeDecodeError, ValueError):
        raise FormRefused("not_form", 415) from None


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
