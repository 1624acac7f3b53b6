"""`boundaries call-test`: sign and post a webhook to a running service, print its TwiML."""

from __future__ import annotations

import secrets

import click

from boundaries.cli.options import checked_public_url


@click.command("call-test")
@click.option("--from", "caller", required=True, help="The caller's number, e.g. +33123456789.")
@click.option("--url", default="http://127.0.0.1:8000", show_default=True, help="The service.")
@click.option(
    "--public-url",
    callback=checked_public_url,
    help="The URL the service checks signatures against (default --url).",
)
@click.option("--digits", help="Then press these keys in the voicemail menu (e.g. 1).")
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
    call_sid = "CA" + secrets.token_hex(16)
    steps = [("/twilio/voice", {"CallSid": call_sid, "From": caller, "To": "+33100000000"})]
    if digits:
        steps.append(("/twilio/gather", {"CallSid": call_sid, "Digits": digits}))
    for path, params in steps:
        headers = {"X-Twilio-Signature": signatures.sign(signed_base + path, params)}
        try:
            response = httpx.post(base + path, data=params, headers=headers, timeout=10)
        except httpx.HTTPError as exc:
            raise click.ClickException(
                f"cannot reach {base}: {exc}. Fix: start it with `boundaries serve` (or make run)."
            ) from None
        click.echo(f"POST {path} -> {response.status_code}")
        click.echo(response.text)
        if response.status_code != 200:
            raise SystemExit(1)
