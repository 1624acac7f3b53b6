"""The `[service]` and `[speech]` sections: the public URL, the notification URLs and the speech
engine, checked offline when the file is read, so that `check` names what `serve` would
otherwise only find out later, from a caller (SPEC §3, §7)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from boundaries.config.calendars import Problems
from boundaries.config.schema import MIN_API_TOKEN, ServiceSpec, SpeechSpec
from boundaries.domain.model import Service, Speech
from boundaries.errors import BoundariesError

WEBHOOK_PATH = "/twilio/"


def public_url_problem(url: str) -> str | None:
    """Why `url` cannot be the public base URL the provider calls (and signs: SPEC §7), with
    the fix; None when it can. An http(s) address with a host, and no login, query, fragment
    or webhook path (`serve` adds /twilio/voice and the others to it)."""
    fix = (
        "Fix: write the address the provider reaches `serve` at, without the webhook path, "
        "e.g. 'https://calls.example.org'."
    )
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError as exc:
        return f"{url!r} is not a web address ({exc}). {fix}"
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return f"{url!r} is not a web address (https://host). {fix}"
    if any(c.isspace() for c in url.strip()):
        return f"{url!r} is not a web address: it holds a space. {fix}"
    if parts.username is not None or parts.password is not None:
        return f"{url!r} holds a login; signatures are computed without it. {fix}"
    if parts.query or parts.fragment or url.strip().endswith(("?", "#")):
        return f"{url!r} holds a query or a fragment ('?', '#'). {fix}"
    if WEBHOOK_PATH in parts.path.rstrip("/") + "/":
        return f"{url!r} holds a webhook path ({WEBHOOK_PATH}…): `serve` adds it itself. {fix}"
    return None


def service_settings(spec: ServiceSpec, out: Problems) -> Service:
    """The `[service]` section; a public URL or a notification URL that cannot be used is a
    problem at its key. Notification URLs are read by Apprise offline (nothing is sent)."""
    if spec.public_url is not None and (problem := public_url_problem(spec.public_url)):
        out.add(("service", "public_url"), problem)
    if spec.notify:
        from boundaries.integrations.notify.urls import url_problem

        for j, url in enumerate(spec.notify):
            if (problem := url_problem(url)) is not None:
                out.add(("service", "notify", j), problem)
    return Service(
        public_url=spec.public_url.strip() if spec.public_url else None,
        twilio_auth_token=spec.twilio_auth_token,
        notify=tuple(u.strip() for u in spec.notify),
        refocus_minutes=spec.refocus_minutes,
        api_token=spec.api_token,
        provider_api_url=spec.provider_api_url,
    )


def speech_settings(spec: SpeechSpec, folder: Path, out: Problems) -> Speech:
    """The `[speech]` section: the engine's library is installed, and faster-whisper's
    `model_path` (relative to the configuration file's folder) is a model folder. Nothing is
    loaded: a model takes seconds and memory, which `serve` spends when it starts."""
    from boundaries.integrations.speech.base import engine_problem, model_folder_problem

    model_path = spec.model_path
    if model_path is not None:
        path = Path(model_path).expanduser()
        model_path = str(path if path.is_absolute() else folder / path)
    if spec.engine == "none":
        return Speech(spec.engine, model_path)
    if spec.engine == "faster-whisper" and (problem := model_folder_problem(model_path)):
        out.add(("speech", "model_path"), problem)
    if (problem := engine_problem(spec.engine)) is not None:
        out.add(("speech", "engine"), problem)
    return Speech(spec.engine, model_path)


API_TOKEN_ENV = "BOUNDARIES_API_TOKEN"


class ApiTokenError(BoundariesError):
    """The JSON API's token from the environment is too short to be a secret."""


def api_token_from_env() -> str | None:
    """The JSON API's bearer token from BOUNDARIES_API_TOKEN (None when unset or empty);
    `ApiTokenError` when it is shorter than `[service] api_token` may be."""
    value = os.environ.get(API_TOKEN_ENV) or None
    if value is not None and len(value) < MIN_API_TOKEN:
        raise ApiTokenError(
            f"{API_TOKEN_ENV} is too short: at least {MIN_API_TOKEN} characters (a shorter "
            "one can be guessed). Fix: set it to a long random token, e.g. the output of "
            "`openssl rand -hex 32`."
        )
    return value
