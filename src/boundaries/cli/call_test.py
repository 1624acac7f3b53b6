"""`boundaries call-test`: sign and post a webhook to a running service, print its TwiML."""

from __future__ import annotations

import secrets
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

import click

from boundaries.cli.language import told
from boundaries.cli.options import checked_public_url


@click.command("call-test")
@click.option("--from", "caller", required=True, help="The caller's number, e.g. +33123456789.")
@click.option("--url", default="http://127.0.0.1:8000", show_default=True, help="The service.")
@click.option(
    "--public-url",
    callback=checked_public_url,
    help="The URL the service checks signatures against (default --url).",
)
@click.option(
    "--digits",
    help="Then press these keys in the voicemail menu (e.g. 1), when the answer offers one.",
)
@click.option("--token", envvar="TWILIO_AUTH_TOKEN", required=True, help="Or TWILIO_AUTH_TOKEN.")
def call_test_command(
    caller: str, url: str, public_url: str | None, digits: str | None, token: str
) -> None:
    """Place a pretend call: post a signed /twilio/voice webhook and print the TwiML answer.

    Example:

        \b
        TWILIO_AUTH_TOKEN=local-demo-token boundaries call-test --from "+33 1 23 45 67 89"
    """
    import httpx

    from boundaries.integrations.twilio.signature import Signatures

    signatures = Signatures(token)
    base = url.rstrip("/")
    signed_base = (public_url or url).rstrip("/")
    call = {
        "CallSid": "CA" + secrets.token_hex(16),
        "AccountSid": "AC" + "0" * 32,
        "From": caller,
        "To": "+33100000000",
        "Direction": "inbound",
        "CallStatus": "ringing",
    }

    def post(signed_url: str, params: dict[str, str]) -> str:
        """Post `params` signed for `signed_url` (as the provider signs) to this service."""
        split = urlsplit(signed_url)
        path = split.path + (f"?{split.query}" if split.query else "")
        headers = {"X-Twilio-Signature": signatures.sign(signed_url, params)}
        try:
            response = httpx.post(base + path, data=params, headers=headers, timeout=10)
        except httpx.HTTPError as exc:
            raise click.ClickException(told("call_test.unreachable", base=base, why=exc)) from None
        click.echo(f"POST {path} -> {response.status_code}")
        click.echo(response.text)
        if response.status_code == 403:
            click.echo(told("call_test.refused_signature"), err=True)
        if response.status_code != 200:
            raise SystemExit(1)
        return response.text

    answer = post(signed_base + "/twilio/voice", call)
    if not digits:
        return
    menu = gather_action(answer)
    if menu is None:
        click.echo(
            f"No keys pressed: this answer offers no menu to press {digits} in (the call rings "
            "through, or the caller has no urgent line), so the provider would send none.",
            err=True,
        )
        return
    # What the provider posts to the menu's action once the keys are pressed.
    post(urljoin(signed_base + "/", menu), dict(call, CallStatus="in-progress", Digits=digits))


def gather_action(twiml: str) -> str | None:
    """The `action` of the `<Gather>` menu in a TwiML answer (absolute, or relative to the
    webhook), or None when the answer holds no menu or is not TwiML."""
    try:
        root = ElementTree.fromstring(twiml)
    except ElementTree.ParseError:
        return None
    gather = root.find(".//Gather")
    if gather is None:
        return None
    return gather.get("action") or "/twilio/voice"
