"""The `[service]` and `[speech]` sections: the public URL, the notification URLs and the speech
engine, checked offline when the file is read, so that `check` names what `serve` would
otherwise only find out later, from a caller (SPEC §3, §7)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from boundaries.config.calendars import Problems
from boundaries.config.errors import told
from boundaries.config.schema import MIN_API_TOKEN, ServiceSpec, SpeechSpec
from boundaries.domain.model import Service, Speech
from boundaries.errors import Said, SaidError, catalogued

WEBHOOK_PATH = "/twilio/"


def public_url_problem(url: str) -> Said | None:
    """Why `url` cannot be the public base URL the provider calls (and signs: SPEC §7), with
    the fix (English as a `str`, any language by `said`); None when it can. An http(s)
    address with a host, and no login, query, fragment or webhook path (`serve` adds
    /twilio/voice and the others to it)."""
    fix = told("service.public_url_fix")
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError as exc:
        return told("service.public_url_unreadable", url=url, why=exc, fix=fix)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return told("service.public_url_not_web", url=url, fix=fix)
    if any(c.isspace() for c in url.strip()):
        return told("service.public_url_space", url=url, fix=fix)
    if parts.username is not None or parts.password is not None:
        return told("service.public_url_login", url=url, fix=fix)
    if parts.query or parts.fragment or url.strip().endswith(("?", "#")):
        return told("service.public_url_query", url=url, fix=fix)
    if WEBHOOK_PATH in parts.path.rstrip("/") + "/":
        return told("service.public_url_webhook", url=url, path=WEBHOOK_PATH, fix=fix)
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


class ApiTokenError(SaidError):
    """The JSON API's token from the environment is too short to be a secret."""


def api_token_from_env() -> str | None:
    """The JSON API's bearer token from BOUNDARIES_API_TOKEN (None when unset or empty);
    `ApiTokenError` when it is shorter than `[service] api_token` may be."""
    value = os.environ.get(API_TOKEN_ENV) or None
    if value is not None and len(value) < MIN_API_TOKEN:
        raise ApiTokenError(
            catalogued("config", "service.api_token_env", env=API_TOKEN_ENV, n=MIN_API_TOKEN)
        )
    return value
