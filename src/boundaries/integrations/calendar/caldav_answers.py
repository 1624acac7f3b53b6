"""What a CalDAV server's answer (or silence) means for `calendar push`, with its own fix.

The caldav library reports every failure its own way ("PutError at '200 OK…", a requests
ConnectionError with its retries): here each is told apart by what happened, so that the fix
named is the one that helps. Nothing is stored on our side, so every failure can be retried.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

from boundaries.errors import SaidError, Term, catalogued

PASSWORD_ENV = "BOUNDARIES_CALDAV_PASSWORD"
CALDAV_CALENDAR = "{urn:ietf:params:xml:ns:caldav}calendar"
DAV_COLLECTION = "{DAV:}collection"
READING = Term("calendar", "doing.reading")
"""What was being done, as `answered` and `from_library` name it (locales/*/calendar.toml)."""


class CalDAVError(SaidError):
    """The CalDAV calendar cannot be written; the message says what to check, in any
    language (locales/<lang>/calendar.toml [caldav]; `str()` is the English)."""

    @classmethod
    def said_as(cls, key: str, /, **values: object) -> CalDAVError:
        """The error of entry `key` of the [caldav] section, filled with `values`."""
        return cls(catalogued("calendar", "caldav." + key, **values))


def where(url: str) -> str:
    """The server of `url` as host:port (no user or password), as messages name it."""
    parts = urlsplit(url)
    host = parts.hostname or "?"
    if ":" in host:
        host = f"[{host}]"
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{host}:{port}"


def path_of(url: str) -> str:
    """The calendar's path in `url`, as messages name it ("/claire/calls/")."""
    return urlsplit(url).path or "/"


def unreachable(url: str, exc: BaseException) -> CalDAVError:
    """Nothing usable answered at the address's host and port: the connection was refused,
    the host is unknown, it did not answer in time, or its certificate cannot be trusted."""
    text = " ".join(_chain(exc)).lower()
    names = {type(e).__name__ for e in _causes(exc)}
    server, host = where(url), urlsplit(url).hostname or "?"
    if "SSLError" in names or "certificate" in text or "ssl" in text:
        return CalDAVError.said_as("untrusted", server=server)
    if "timeout" in text or "timed out" in text or {"Timeout", "ConnectTimeout"} & names:
        return CalDAVError.said_as("timeout", server=server)
    if any(
        word in text
        for word in (
            "name or service not known",
            "nodename nor servname",
            "getaddrinfo",
            "name resolution",
            "no address associated",
            "temporary failure in name",
        )
    ):
        return CalDAVError.said_as("no_host", host=host)
    if "refused" in text:
        return CalDAVError.said_as("refused", server=server)
    return CalDAVError.said_as("unreachable", server=server, answer=_first_words(exc))


def answered(
    url: str, status: int, what: Term, user: str | None, content_type: str = ""
) -> CalDAVError:
    """The server answered `what` (a phrase of the [doing] section: "reading the calendar",
    "writing a standing call") with HTTP `status`, which is not what a CalDAV calendar answers."""
    server, path = where(url), path_of(url)
    if status == 401:
        if not user:
            return CalDAVError.said_as("login_asked", server=server, env=PASSWORD_ENV)
        return CalDAVError.said_as(
            "login_refused", server=server, user=repr(user), env=PASSWORD_ENV
        )
    if status == 403:
        if user:
            return CalDAVError.said_as("forbidden_user", server=server, user=repr(user), path=path)
        return CalDAVError.said_as("forbidden", server=server, path=path)
    if status in (404, 409, 410):
        return CalDAVError.said_as("no_calendar", path=path, server=server, status=status)
    if status in (405, 501):
        # the method is not known there (PROPFIND, REPORT): a web server, not a calendar
        # (trial37 §7: a plain web server's 501 was "failed while reading the calendar")
        page = "answered_page" if "html" in content_type.lower() else "answered_http"
        return not_caldav(url, Term("calendar", "caldav." + page, what=what, status=status))
    if status >= 500:
        return CalDAVError.said_as("server_failed", server=server, what=what, status=status)
    page = "answered_page" if "html" in content_type.lower() else "answered_http"
    return not_caldav(url, Term("calendar", "caldav." + page, what=what, status=status))


def not_caldav(url: str, how: Term) -> CalDAVError:
    """The server at the address does not speak CalDAV (`how`, a phrase of the [caldav]
    section, says what it did instead)."""
    return CalDAVError.said_as("not_caldav", server=where(url), how=how)


def resource_problem(url: str, multistatus: str) -> CalDAVError | None:
    """Why the PROPFIND answer `multistatus` (207) shows that `url` is not a calendar the
    standing calls can be written to, or None when it is one."""
    try:
        tree = ElementTree.fromstring(multistatus)
    except ElementTree.ParseError:
        return not_caldav(url, Term("calendar", "caldav.not_xml"))
    kinds = {child.tag for kind in tree.iter("{DAV:}resourcetype") for child in kind}
    if CALDAV_CALENDAR in kinds:
        return None
    if DAV_COLLECTION in kinds:
        return CalDAVError.said_as("folder", path=path_of(url), server=where(url))
    return CalDAVError.said_as("single_file", path=path_of(url), server=where(url))


def from_library(url: str, exc: BaseException, what: Term, user: str | None) -> CalDAVError:
    """A failure the caldav library raised while `what`, told apart like `answered`: its
    errors carry the HTTP status only in their text ("PutError at '…', reason 409 Conflict")."""
    names = {type(e).__name__ for e in _causes(exc)}
    if (
        names
        & {"ConnectionError", "Timeout", "SSLError", "ConnectTimeout", "ReadTimeout", "OSError"}
        or "timed out" in " ".join(_chain(exc)).lower()
    ):
        return unreachable(url, exc)  # a read that timed out did not refuse (trial37 §7)
    reason = str(getattr(exc, "reason", "") or "")
    if type(exc).__name__ == "AuthorizationError":
        status = 403 if "forbidden" in reason.lower() else 401
        return answered(url, status, what, user)
    found = re.match(r"\s*(\d{3})\b", reason)
    if found:
        html = "html" if "<html" in reason.lower() else ""
        return answered(url, int(found.group(1)), what, user, html)
    if type(exc).__name__ == "NotFoundError":
        return answered(url, 404, what, user)
    return CalDAVError.said_as(
        "refused_doing", server=where(url), what=what, answer=_first_words(exc)
    )


def _causes(exc: BaseException) -> list[BaseException]:
    out: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and seen not in out:
        out.append(seen)
        seen = seen.__cause__ or seen.__context__
    for e in list(out):
        out.extend(a for a in e.args if isinstance(a, BaseException))
        reason = getattr(e, "reason", None)
        if isinstance(reason, BaseException):
            out.append(reason)
    return out


def _chain(exc: BaseException) -> list[str]:
    return [str(e) for e in _causes(exc)]


def _first_words(exc: BaseException) -> str:
    """An error's text, short and without quotes left open: its first line, at most 120
    characters, else its type's name."""
    text = " ".join(str(exc).split("\n", 1)[0].split()).replace("'", "").replace('"', "")
    if len(text) > 120:
        text = text[:117] + "..."
    return text or type(exc).__name__
