"""Settings that are valid but leave part of the product doing nothing: warned about by
`check` and logged by `serve` at start (SPEC §3, §9). A refusal is for what cannot work; a
warning for what works as written but almost certainly not as meant."""

from __future__ import annotations

from boundaries.domain.model import Config


def warnings(config: Config) -> list[str]:
    """One sentence per setting that makes a part of the product useless, each naming the
    key, what follows from it and the fix; empty when there is none."""
    found: list[str] = []
    if not config.consultant.working_hours:
        found.append(
            "consultant.working_hours is empty: you are never within working hours, so no "
            "ad-hoc call ever rings and an urgent press only notifies (standing calls still "
            'ring). Fix: list your hours, e.g. ["mon-fri 09:00-18:00"], or remove the key '
            "for that default."
        )
    if not config.clients:
        found.append(
            "no [[client]] is configured: every caller gets the neutral voicemail of an "
            "unknown caller and nothing is counted. Fix: add a [[client]] table for each "
            "organisation you work for (see README)."
        )
    for client in config.clients:
        if not client.phones and not client.emails:
            found.append(
                f"client {client.id} has no phones and no emails: none of its calls or emails "
                "can be recognised, so it is never screened, answered or counted. Fix: add "
                'phones = ["+33 1 23 45 67 89"] and/or emails = ["name@example.org"].'
            )
        elif not client.phones:
            found.append(
                f"client {client.id} has no phones: its calls are taken for an unknown "
                "caller's (no allowance, no urgent line, not counted). Fix: add the numbers "
                'it calls from, e.g. phones = ["+33 1 23 45 67 89"].'
            )
    calendar = config.calendar
    if calendar.caldav_url and not calendar.caldav_username:
        found.append(
            "[calendar] caldav_url is set without caldav_username: writing the standing "
            "calls there will fail at the login. Fix: add caldav_username (the password "
            "from BOUNDARIES_CALDAV_PASSWORD)."
        )
    if config.speech.model_path and config.speech.engine != "faster-whisper":
        found.append(
            f'[speech] model_path is not used by engine = "{config.speech.engine}" (only '
            "faster-whisper reads a model folder). Fix: remove model_path, or set engine = "
            '"faster-whisper".'
        )
    return found
