"""What a CalDAV server's answer (or silence) means for `calendar push`, with its own fix.

The caldav library reports every failure its own way ("PutError at '200 OK…", a requests
ConnectionError with its retries): here each is told apart by what happened, so that the fix
named is the one that helps. Nothing is stored on our side, so every failure can be retried.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

from boundaries.errors import BoundariesError

PASSWORD_ENV = "BOUNDARIES_CALDAV_PASSWORD"
CALDAV_CALENDAR = "{urn:ietf:params:xml:ns:caldav}calendar"
DAV_COLLECTION = "{DAV:}collection"
EXAMPLE = "e.g. https://cloud.example.org/remote.php/dav/calendars/claire/calls/"


class CalDAVError(BoundariesError):
    """The CalDAV calendar cannot be written; the message says what to check."""


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
        return CalDAVError(
            f"the certificate of the CalDAV server {server} cannot be trusted. Fix: check "
            "that caldav_url names the server's own host (its certificate is issued for it), "
            "or renew the server's certificate."
        )
    if "timeout" in text or "timed out" in text or {"Timeout", "ConnectTimeout"} & names:
        return CalDAVError(
            f"the CalDAV server {server} did not answer in time. Fix: check that it is running "
            "and that this machine can reach it (a firewall, a VPN), then push again."
        )
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
        return CalDAVError(
            f"the host {host} of caldav_url is not found (no DNS name). Fix: check the host "
            "name in caldav_url."
        )
    if "refused" in text:
        return CalDAVError(
            f"nothing answers at {server} (connection refused): is the CalDAV server running? "
            "Fix: start it, or correct the host and port of caldav_url."
        )
    return CalDAVError(
        f"cannot reach the CalDAV server {server} ({_first_words(exc)}). Fix: check that it "
        "is running and that the host and port of caldav_url are right."
    )


def answered(
    url: str, status: int, what: str, user: str | None, content_type: str = ""
) -> CalDAVError:
    """The server answered `what` ("reading the calendar", "writing a standing call") with
    HTTP `status`, which is not what a CalDAV calendar answers."""
    server, path = where(url), path_of(url)
    if status == 401:
        if not user:
            return CalDAVError(
                f"the CalDAV server {server} asks for a login (HTTP 401). Fix: set "
                f"caldav_username under [calendar] and export {PASSWORD_ENV} with its password."
            )
        return CalDAVError(
            f"the CalDAV server {server} refused the login of {user!r} (HTTP 401): the user "
            f"name or the password is wrong. Fix: check caldav_username and {PASSWORD_ENV} "
            "(an app password where the provider has them)."
        )
    if status == 403:
        who = repr(user) if user else "this account"
        return CalDAVError(
            f"the CalDAV server {server} does not let {who} write to "
            f"{path} (HTTP 403). Fix: give the address of a calendar of that account in "
            "caldav_url, or share this calendar with it with write access."
        )
    if status in (404, 409, 410):
        return CalDAVError(
            f"no calendar at {path} on the CalDAV server {server} (HTTP {status}). Fix: create "
            "the calendar (in your calendar program or on the server), or correct the path "
            "in caldav_url."
        )
    if status >= 500:
        return CalDAVError(
            f"the CalDAV server {server} failed while {what} (HTTP {status}). Fix: push again "
            "later; if it lasts, the server's log says why."
        )
    page = " and a web page" if "html" in content_type.lower() else ""
    return not_caldav(url, f"when {what}, it answered HTTP {status}{page}")


def not_caldav(url: str, how: str) -> CalDAVError:
    """The server at the address does not speak CalDAV (`how` says what it did instead)."""
    return CalDAVError(
        f"the server at {where(url)} is not a CalDAV server: {how}. Fix: give the CalDAV "
        f"address of the calendar in caldav_url ({EXAMPLE}), not the address of a web page."
    )


def resource_problem(url: str, multistatus: str) -> CalDAVError | None:
    """Why the PROPFIND answer `multistatus` (207) shows that `url` is not a calendar the
    standing calls can be written to, or None when it is one."""
    try:
        tree = ElementTree.fromstring(multistatus)
    except ElementTree.ParseError:
        return not_caldav(url, "its answer to PROPFIND is not WebDAV XML")
    kinds = {child.tag for kind in tree.iter("{DAV:}resourcetype") for child in kind}
    if CALDAV_CALENDAR in kinds:
        return None
    if DAV_COLLECTION in kinds:
        return CalDAVError(
            f"{path_of(url)} on the CalDAV server {where(url)} is a folder, not a calendar. "
            "Fix: create a calendar and give its address in caldav_url "
            f"({EXAMPLE})."
        )
    return CalDAVError(
        f"{path_of(url)} on the CalDAV server {where(url)} is not a calendar (it is a single "
        f"file). Fix: give the address of the calendar itself in caldav_url ({EXAMPLE})."
    )


def from_library(url: str, exc: BaseException, what: str, user: str | None) -> CalDAVError:
    """A failure the caldav library raised while `what`, told apart like `answered`: its
    errors carry the HTTP status only in their text ("PutError at '…', reason 409 Conflict")."""
    names = {type(e).__name__ for e in _causes(exc)}
    if names & {"ConnectionError", "Timeout", "SSLError", "ConnectTimeout", "OSError"}:
        return unreachable(url, exc)
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
    return CalDAVError(
        f"the CalDAV server {where(url)} refused {what} ({_first_words(exc)}). Fix: check "
        "caldav_url; the server's log says why it refused."
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
