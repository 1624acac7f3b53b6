"""`boundaries serve`: the live service the business number points at."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import click

from boundaries.cli.language import read_config, speak, told
from boundaries.cli.options import (
    account_option,
    checked_public_url,
    config_option,
    database_option,
)
from boundaries.cli.startup import (
    check_database_folder,
    check_port,
    taken_back_unless_started,
)
from boundaries.config import advice
from boundaries.config.service import api_token_from_env
from boundaries.errors import BoundariesError
from boundaries.i18n import said

if TYPE_CHECKING:
    from boundaries.domain.model import Config
    from boundaries.integrations.calendar.live import LiveCalendar
    from boundaries.integrations.mail.loop import MailWatch
    from boundaries.simulation.events import Event
    from boundaries.store import Store


@click.command("serve")
@config_option
@database_option
@account_option(
    "Whose service this is: every call, message, job and figure it stores or reads is this "
    "account's, and only this account's logins see its dashboard. Give each consultant "
    "sharing a database a service of their own with their own --account."
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--public-url",
    callback=checked_public_url,
    help="Public base URL the provider calls (signatures are checked against it); "
    "default: [service] public_url, else the URL as received.",
)
@click.option(
    "--load-history",
    "history_path",
    type=click.Path(dir_okay=False),
    help="Events (JSON Lines, as for simulate) to decide and store first, as past history.",
)
@click.option("--log-level", default="info", type=click.Choice(["debug", "info", "warning"]))
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes (several need PostgreSQL to be worth it; decisions stay exact).",
)
@click.option(
    "--secure-cookies/--no-secure-cookies",
    default=None,
    help="Mark the dashboard's cookies Secure (HTTPS only). Default: on, except on a loopback "
    "address without an https public URL.",
)
def serve_command(
    config_path: str,
    database: str | None,
    account: str,
    host: str,
    port: int,
    public_url: str | None,
    history_path: str | None,
    log_level: str,
    workers: int,
    secure_cookies: bool | None,
) -> None:
    """Run the web service: Twilio-protocol webhooks, /healthz, the JSON API, the calendar
    feed and the dashboard (at /, behind a login from `boundaries user add`).

    With a [mail] server configured it also runs the mail cycle every minute (as
    `boundaries mail sync` does once).

    One service serves one account (--account, default "default"). Several consultants
    sharing a database each run their own service, with their own configuration, auth token,
    port and --account; the other commands then take the same --account.

    The auth token comes from TWILIO_AUTH_TOKEN (or TWILIO_AUTH_TOKEN_FILE, or
    [service] twilio_auth_token); every webhook without a valid signature gets 403.

    Example:

        \b
        TWILIO_AUTH_TOKEN=... boundaries serve --config boundaries.toml \\
            --public-url https://calls.example.org
    """
    from boundaries.integrations.twilio.signature import auth_token
    from boundaries.simulation.events import in_time_order, load_events

    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    config = read_config(config_path)
    for warning in advice.warnings(config):  # as `check` shows them; the service still runs
        logging.getLogger("boundaries.config").warning("%s: %s", config_path, warning)
    token = auth_token(config.service.twilio_auth_token)
    api_token_from_env()  # refused before anything is created, as a short [service] api_token
    # Everything that can refuse the start is checked before the database is created.
    check_port(host, port)
    url = public_url or config.service.public_url
    secure = cookies_secure(secure_cookies, host, url)
    history = None
    if history_path:
        loaded = load_events(history_path, config.consultant.region, option="--load-history")
        events, _ = in_time_order(loaded)
        history = (events, history_path)
    # last, as it says a new database is about to be created (trial39 §9: it was said, then
    # --no-secure-cookies refused the start and no file was made)
    check_database_folder(database)
    with taken_back_unless_started(database) as started:
        where = (host, port, log_level, workers)
        _serve(
            config, config_path, (database, account), token, where, url, secure, history, started
        )


def _serve(
    config: Config,
    config_path: str,
    stored: tuple[str | None, str],
    token: str,
    where: tuple[str, int, str, int],
    url: str | None,
    secure: bool,
    history: tuple[list[Event], str] | None,
    started: list[bool],
) -> None:
    """Open the store (`stored`: database URL, account), store `history` (events, file name)
    in that account, and run uvicorn on `where` (host, port, log level, workers); `started[0]`
    is set once it served. Exits 3 when uvicorn could not start, as uvicorn does."""
    host, port, log_level, workers = where
    database, account = stored
    import uvicorn

    from boundaries.integrations.mail.loop import MailWatch
    from boundaries.simulation.engine import simulate
    from boundaries.simulation.record import trace_to_stored
    from boundaries.store import Store
    from boundaries.web.app import create_app

    speak(config.consultant.language)  # account messages in the consultant's language
    store = Store.open(database)
    try:  # an account kept for another consultant is refused before anything is written
        store.consultant_account(
            account, (config.consultant.name, config.consultant.email), serves=True
        )
    except BoundariesError:
        store.close()
        raise
    if history is not None:
        events, history_path = history
        # The history is replayed as `simulate` replays it: busy during the meetings of the
        # files of [calendar] busy (newcomer12 M5), addresses left out with a note.
        from boundaries.integrations.calendar.simulated import replay_calendars, simulated_busy

        calendars = replay_calendars(config, (), False)
        for note in calendars.notes(config.consultant.language):
            click.echo(note, err=True)
        busy = simulated_busy(config, events, calendars.paths, calendars.origin)
        result = simulate(config, events, "boundaries", trace=True, busy=busy)
        added = store.record(store.account_id(account), trace_to_stored(events, result))
        click.echo(told("serve.history", added=added, path=history_path, account=account))
    lang = config.consultant.language
    click.echo(said("accounts", lang, "serve.dashboard", host=host, port=port, name=account))
    if workers > 1:
        import os

        from boundaries.store import database_url
        from boundaries.web.factory import (
            ACCOUNT_VAR,
            CONFIG_VAR,
            PUBLIC_URL_VAR,
            SECURE_COOKIES_VAR,
            SUPERVISOR_VAR,
        )

        os.environ.update({CONFIG_VAR: config_path, "DATABASE_URL": database_url(database)})
        # each worker stops when this process is gone, even killed (`factory.follow_supervisor`)
        os.environ[SUPERVISOR_VAR] = str(os.getpid())
        os.environ[ACCOUNT_VAR] = account
        os.environ["TWILIO_AUTH_TOKEN"] = token
        if url:
            os.environ[PUBLIC_URL_VAR] = url
        os.environ[SECURE_COOKIES_VAR] = "1" if secure else "0"
        # The work done once for the account, not once per worker: this process, which
        # supervises the workers, runs the mail cycle and reads the busy calendars (writing
        # the standing calls to CalDAV); each worker decides with the copies stored here
        # (`factory.from_environment`). Without it several workers sent no reply (session 26).
        stop_background = _background(config, store, account)
        try:
            uvicorn.run(
                "boundaries.web.factory:from_environment",
                factory=True,
                workers=workers,
                host=host,
                port=port,
                log_level=log_level,
                access_log=False,
            )
        finally:
            stop_background()
            store.close()
        started[0] = True
        return
    watch = MailWatch()
    app = create_app(
        config,
        store,
        token,
        public_url=url,
        account=account,
        secure_cookies=secure,
        config_path=config_path,
        freeze_heap=True,
        mail_watch=watch,
    )
    # the app's own calendar and mail watch, so that /healthz tells how they stand
    stop_background = _background(config, store, account, app.state.live_calendar, watch)
    server = uvicorn.Server(
        uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False)
    )
    try:
        server.run()
    except KeyboardInterrupt:  # Ctrl-C: uvicorn stopped, then re-raised the signal
        pass
    finally:
        started[0] = server.started
        stop_background()
        store.close()
    if not server.started:
        raise SystemExit(3)  # uvicorn's STARTUP_FAILURE


def _background(
    config: Config,
    store: Store,
    account: str,
    live: LiveCalendar | None = None,
    watch: MailWatch | None = None,
) -> Callable[[], None]:
    """Start the account's background work in this process: the busy calendars (last good
    copies at once, then refreshed every `refresh_minutes`, each good copy stored) with the
    standing calls written to CalDAV on the same rhythm (SPEC §11), and the mail cycle every
    minute ([mail], SPEC §10), told to `watch`. `live`: the app's own calendar (one worker),
    else one of this process's. Returns what stops them."""
    from boundaries.integrations.calendar.live import LiveCalendar
    from boundaries.integrations.mail.loop import start_mail_loop
    from boundaries.store.calendar import CalendarStore

    if live is None:
        live = LiveCalendar(config, CalendarStore(store, store.account_id(account)))
    caldav = _caldav_writer(config, store, account) if config.calendar.caldav_url else None
    live.start(also=caldav)
    stop_mail = start_mail_loop(config, store, account, watch=watch)

    def stop() -> None:
        stop_mail()
        live.stop()

    return stop


def _caldav_writer(config: Config, store: Store, account: str) -> Callable[[], object]:
    """Writes the standing calls of `account` to the CalDAV calendar when the feed's content
    changed."""
    from boundaries.integrations.calendar.agenda import stored_feed
    from boundaries.integrations.calendar.caldav_sync import publish

    log = logging.getLogger("boundaries.caldav")
    last: list[bytes] = []

    def write() -> None:
        feed = stored_feed(config, store, store.account_id(account), datetime.now(UTC))
        if last and last[0] == feed:
            return
        pushed = publish(config, feed)
        log.info(
            "CalDAV: %d standing call(s) written, %d removed, %d already up to date",
            *pushed,
        )
        last[:] = [feed]

    return write


LOOPBACK = ("127.0.0.1", "::1", "localhost")


def cookies_secure(choice: bool | None, host: str, public_url: str | None) -> bool:
    """Whether the dashboard's cookies are `Secure`. Plain-HTTP cookies are refused on any
    address but loopback (a session cookie sent in clear can be stolen, ASVS V3.4.1)."""
    https = bool(public_url and public_url.lower().startswith("https://"))
    if choice is None:
        return https or host not in LOOPBACK
    if not choice and host not in LOOPBACK:
        raise click.BadParameter(
            told("option.insecure_cookies", host=host),
            param_hint="--no-secure-cookies",
        )
    return choice
