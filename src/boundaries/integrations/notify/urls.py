"""Whether an Apprise URL can be used, told offline: Apprise reads the URL as it would before
sending, and nothing is sent. `check` and `serve` refuse a URL it cannot use (SPEC §3), and
only a usable URL is a notification channel (SPEC §7)."""

from __future__ import annotations

import difflib
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any

from boundaries.errors import Said, catalogued

SERVICES_PAGE = "https://appriseit.com/services/"
EXAMPLE = "ntfy://ntfy.sh/your-topic"
_QUIET = threading.Lock()


@dataclass(frozen=True)
class Service:
    """What Apprise says about one of its services (scheme): enough to word the fix."""

    name: str
    template: str
    setup_url: str
    enabled: bool
    packages: tuple[str, ...]


def url_problem(url: str) -> Said | None:
    """Why Apprise cannot use the notification URL `url` on this machine, with the fix (words
    of [notify] in locales/<lang>/config.toml: English as a `str`, any language by `said`);
    None when it can. Offline: the URL is parsed (by the service's own Apprise plugin) and
    never sent to. The message names the scheme only, never the rest of the URL, which holds
    tokens and topics."""
    raw = url.strip()
    if "://" not in raw:
        return _told("no_scheme", example=EXAMPLE, page=SERVICES_PAGE)
    scheme = raw.split("://", 1)[0].lower()
    known = _services()
    service = known.get(scheme)
    if service is None:
        near = difflib.get_close_matches(scheme, known, n=1, cutoff=0.6)
        if scheme in ("http", "https"):
            fix = _told("web_hook", scheme=scheme)
        else:
            fix = _told("did_you_mean", near=near[0]) if near else _told("spelling")
        return _told("unknown", scheme=scheme, fix=fix, page=SERVICES_PAGE)
    if not service.enabled:
        if not service.packages:
            return _told("no_system", scheme=scheme, service=service.name, page=SERVICES_PAGE)
        needs = " ".join(f"'{p}'" for p in service.packages)
        return _told("needs", scheme=scheme, service=service.name, packages=needs)
    if not _loads(raw):
        return _told(
            "malformed",
            scheme=scheme,
            service=service.name,
            template=service.template,
            setup=service.setup_url,
        )
    return None


def _told(key: str, /, **values: object) -> Said:
    """The entry `key` of [notify] in locales/<lang>/config.toml, filled with `values`."""
    return Said(catalogued("config", "notify." + key, **values))


def shown(url: str) -> str:
    """A notification URL as a page or a log may show it: its scheme and Apprise's name of the
    service, every other part hidden (`ntfy:// (ntfy) ••••••`). Tokens, passwords, topics and
    chat ids all sit in the rest of the URL, in a different place for each service, and a
    public ntfy topic is itself the secret, so none of it is shown."""
    raw = url.strip()
    if "://" not in raw:
        return "••••••"
    scheme = raw.split("://", 1)[0].lower()
    service = _services().get(scheme)
    return f"{scheme}:// ({service.name}) ••••••" if service else f"{scheme}:// ••••••"


def usable(urls: list[str] | tuple[str, ...]) -> list[str]:
    """The URLs of `urls` that Apprise can use (see `url_problem`), in their order."""
    return [u for u in urls if url_problem(u) is None]


def _loads(url: str) -> bool:
    import apprise

    with _quiet():
        try:
            return apprise.Apprise.instantiate(url, suppress_exceptions=False) is not None
        except Exception:  # the plugin refused a part of the URL
            return False


@cache
def _services() -> dict[str, Service]:
    """Every scheme Apprise knows (enabled or not), with its service."""
    import apprise

    out: dict[str, Service] = {}
    with _quiet():
        details = apprise.Apprise().details(show_requirements=True, show_disabled=True)
    for entry in details["schemas"]:
        templates: Any = entry.get("details", {}).get("templates") or ("{schema}://…",)
        requirements: Any = entry.get("requirements") or {}
        packages = requirements.get("packages_required") or ()
        if isinstance(packages, str):
            packages = (packages,)
        schemes = [*(entry.get("protocols") or ()), *(entry.get("secure_protocols") or ())]
        for scheme in schemes:
            out.setdefault(
                str(scheme).lower(),
                Service(
                    name=str(entry.get("service_name", scheme)),
                    template="'" + str(templates[0]).replace("{schema}", str(scheme)) + "'",
                    setup_url=str(entry.get("setup_url") or SERVICES_PAGE),
                    enabled=bool(entry.get("enabled", True)),
                    packages=tuple(str(p) for p in packages),
                ),
            )
    return out


@contextmanager
def _quiet() -> Iterator[None]:
    """Apprise's own log lines about a URL being read are not shown: the caller words the
    problem (and those lines may repeat parts of the URL)."""
    logger = logging.getLogger("apprise")
    with _QUIET:
        was = logger.disabled
        logger.disabled = True
        try:
            yield
        finally:
            logger.disabled = was
