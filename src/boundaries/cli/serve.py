"""`boundaries serve`: the live service the business number points at."""

from __future__ import annotations

import logging

import click

from boundaries.cli.options import config_option, database_option
from boundaries.config import load_config


@click.command("serve")
@config_option
@database_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--public-url",
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
    "--secure-cookies/--no-secure-cookies",
    default=None,
    help="Mark the dashboard's cookies Secure (HTTPS only). Default: on, except on a loopback "
    "address without an https public URL.",
)
def serve_command(
    config_path: str,
    database: str | None,
    host: str,
    port: int,
    public_url: str | None,
    history_path: str | None,
    log_level: str,
    secure_cookies: bool | None,
) -> None:
    """Run the web service: Twilio-protocol webhooks, /healthz and the JSON API.

    The auth token comes from TWILIO_AUTH_TOKEN (or TWILIO_AUTH_TOKEN_FILE, or
    [service] twilio_auth_token); every webhook without a valid signature gets 403.

    Example:

        TWILIO_AUTH_TOKEN=... boundaries serve --config boundaries.toml \\
            --public-url https://calls.example.org
    """
    import uvicorn

    from boundaries.integrations.twilio.signature import auth_token
    from boundaries.simulation.engine import simulate
    from boundaries.simulation.events import in_time_order, load_events
    from boundaries.simulation.record import trace_to_stored
    from boundaries.store import Store
    from boundaries.web.app import create_app

    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    config = load_config(config_path)
    token = auth_token(config.service.twilio_auth_token)
    store = Store.open(database)
    if history_path:
        events, _ = in_time_order(load_events(history_path, config.consultant.region))
        result = simulate(config, events, "boundaries", trace=True)
        added = store.record(store.account_id(), trace_to_stored(events, result))
        click.echo(f"History: {added} new event(s) stored from {history_path}.")
    url = public_url or config.service.public_url
    secure = cookies_secure(secure_cookies, host, url)
    app = create_app(
        config, store, token, public_url=url, secure_cookies=secure, config_path=config_path
    )
    click.echo(
        f"Dashboard: http://{host}:{port}/ (sign in with a login from `boundaries user add`)."
    )
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)


LOOPBACK = ("127.0.0.1", "::1", "localhost")


def cookies_secure(choice: bool | None, host: str, public_url: str | None) -> bool:
    """Whether the dashboard's cookies are `Secure`. Plain-HTTP cookies are refused on any
    address but loopback (a session cookie sent in clear can be stolen, ASVS V3.4.1)."""
    https = bool(public_url and public_url.lower().startswith("https://"))
    if choice is None:
        return https or host not in LOOPBACK
    if not choice and host not in LOOPBACK:
        raise click.BadParameter(
            f"cookies without Secure are only allowed on a loopback address, not {host}. "
            "Fix: serve behind HTTPS (and drop --no-secure-cookies), or listen on 127.0.0.1.",
            param_hint="--no-secure-cookies",
        )
    return choice
