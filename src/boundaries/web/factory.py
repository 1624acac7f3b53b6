"""The application built from the environment, for several worker processes:
`uvicorn --factory boundaries.web.factory:from_environment --workers 4` (what
`boundaries serve --workers N` runs). Each worker opens its own store and job runner; the
mail cycle and the reading of busy calendars run once, in the process that started them."""

from __future__ import annotations

import logging
import os
import signal
import threading
import time

from starlette.applications import Starlette

from boundaries.config import load_config
from boundaries.config.errors import ConfigError, Problem
from boundaries.config.service import public_url_problem
from boundaries.errors import Said
from boundaries.integrations.twilio.signature import auth_token
from boundaries.store import Store
from boundaries.store.accounts import account_name_problem
from boundaries.web.app import create_app

CONFIG_VAR = "BOUNDARIES_CONFIG"
ACCOUNT_VAR = "BOUNDARIES_ACCOUNT"
PUBLIC_URL_VAR = "BOUNDARIES_PUBLIC_URL"
SECURE_COOKIES_VAR = "BOUNDARIES_SECURE_COOKIES"
log = logging.getLogger(__name__)

SUPERVISOR_VAR = "BOUNDARIES_SUPERVISOR_PID"
"""Set by `serve --workers N` to its own process id: a worker whose parent is no longer that
process stops (`follow_supervisor`)."""
SUPERVISOR_CHECK_SECONDS = 1.0
"""How often a worker looks whether the process that started it is still there."""


def follow_supervisor(supervisor: int, check: float = SUPERVISOR_CHECK_SECONDS) -> threading.Thread:
    """Start a daemon thread that stops this worker (SIGTERM to itself: uvicorn's graceful
    stop) once its parent is no longer `supervisor`, the `serve --workers N` process: killed
    with SIGKILL, that process cannot stop its workers, which went on answering webhooks on
    its port with no parent and made a restart fail with "port in use" (trial50 §7). Linux
    gives an orphan a new parent (`os.getppid` changes); polled every `check` seconds."""

    def watch() -> None:
        while os.getppid() == supervisor:
            time.sleep(check)
        log.warning(
            "the serve process %s that started this worker is gone: this worker stops",
            supervisor,
        )
        os.kill(os.getpid(), signal.SIGTERM)

    thread = threading.Thread(target=watch, name="follow-supervisor", daemon=True)
    thread.start()
    return thread


def from_environment() -> Starlette:
    """The service for `BOUNDARIES_CONFIG` (default boundaries.toml), `DATABASE_URL` (default
    the SQLite file here), `BOUNDARIES_ACCOUNT` (default "default", as `serve --account`), the
    token as for `serve`, and `BOUNDARIES_PUBLIC_URL` (default
    [service] public_url), `BOUNDARIES_SECURE_COOKIES` ("0" for plain HTTP on loopback,
    as `serve` decides). Raises `BoundariesError` subclasses with the fix on bad setup."""
    logging.getLogger("alembic").setLevel(logging.WARNING)
    supervisor = os.environ.get(SUPERVISOR_VAR, "")
    if supervisor.isdigit():
        follow_supervisor(int(supervisor))
    config = load_config(os.environ.get(CONFIG_VAR, "boundaries.toml"))
    token = auth_token(config.service.twilio_auth_token)
    store = Store.open(os.environ.get("DATABASE_URL"))
    account = os.environ.get(ACCOUNT_VAR) or "default"
    if account_name_problem(account) is not None:
        named = Said(lambda lang: account_name_problem(account, lang) or "")
        raise ConfigError(ACCOUNT_VAR, [Problem(ACCOUNT_VAR, named)])
    store.consultant_account(
        account, (config.consultant.name, config.consultant.email), serves=True
    )
    public_url = os.environ.get(PUBLIC_URL_VAR) or config.service.public_url
    if public_url and (problem := public_url_problem(public_url)) is not None:
        raise ConfigError(PUBLIC_URL_VAR, [Problem(PUBLIC_URL_VAR, problem)])
    secure = os.environ.get(SECURE_COOKIES_VAR, "1") != "0"
    app = create_app(
        config,
        store,
        token,
        public_url=public_url,
        account=account,
        secure_cookies=secure,
        config_path=os.environ.get(CONFIG_VAR, "boundaries.toml"),
        freeze_heap=True,
    )
    # The process that started the workers reads the busy calendars and stores each copy
    # (`serve`): a worker decides with those copies, read again every minute.
    app.state.live_calendar.start(fetch=False)
    return app
