"""The one schema of `boundaries.toml`: structure, defaults and documentation of every key."""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict


class _Strict(BaseModel):
    # Strict types: TOML has booleans, integers and floats, so `urgent_line = "no"` or
    # `hourly_rate = "85"` is a mistake to name, not a value to guess (an integer is still a
    # float). Dates alone also accept "2026-12-25" in quotes, as the README writes them.
    # TOML also has `inf` and `nan`: no number of this file means either, so every float key
    # refuses them, and every number has an upper bound that keeps the figures computed from
    # it (SPEC §8) finite; `tests/test_config_numbers.py` holds each new key to that.
    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, strict=True, allow_inf_nan=False
    )


LaxDate = Annotated[date, Strict(False)]

MAX_HOURLY_RATE = 10_000_000.0
"""The largest hourly rate taken, in any currency (a rate above it is a typo)."""

MIN_API_TOKEN = 16
"""The shortest bearer token of the JSON API taken: anything shorter can be guessed."""

MIN_BILLED_HOURS = 0.1
"""The fewest billed hours a week taken (six minutes): the premium divides by them."""


class StandingCallSpec(_Strict):
    """One standing call: `{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30 }`."""

    rrule: str = Field(description="RFC 5545 recurrence rule (without DTSTART), local time.")
    start: str = Field(description='Local start time, "HH:MM".')
    minutes: int = Field(gt=0, le=480, examples=[30], description="Length of the call in minutes.")
    since: LaxDate | None = Field(
        default=None,
        description="First day the rule counts from: the date of the first call (needed for "
        "COUNT and for rules that name no day, e.g. FREQ=WEEKLY alone).",
    )
    exdates: list[LaxDate] = Field(
        default_factory=list,
        description='Local dates this call does not happen on (EXDATE), e.g. ["2026-12-25"].',
    )


class ConsultantSpec(_Strict):
    """`[consultant]`: who is protected, where connected calls ring, when they work."""

    name: str = Field(min_length=1, description="Your name, used in greetings and replies.")
    email: str = Field(min_length=3, description="Your address; replies are sent from it.")
    phone: str = Field(description="Where connected calls ring (any format; stored as E.164).")
    timezone: str = Field(description='IANA time zone, e.g. "Europe/Paris".')
    language: Literal["fr", "en"] = Field(default="en", description='"fr" or "en".')
    region: str | None = Field(
        default=None,
        description="Default region for phone numbers without +prefix (else from the zone).",
    )
    working_hours: list[str] = Field(
        default_factory=lambda: ["mon-fri 09:00-18:00"],
        description='Blocks like "mon-fri 09:00-12:30", "sat 10:00-12:00" or "sun-thu '
        '09:00-18:00" (a range over the weekend runs into the next week).',
    )


class ClientSpec(_Strict):
    """`[[client]]`: one organisation you work for and the terms of its access."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$", description="Short lowercase id.")
    name: str = Field(min_length=1, description="The organisation's name.")
    language: Literal["fr", "en"] | None = Field(
        default=None, description="Language of greetings and replies (default: yours)."
    )
    region: str | None = Field(default=None, description="Default region for its phone numbers.")
    timezone: str | None = Field(
        default=None,
        description="IANA time zone it lives in, for the times its greetings, replies, agendas "
        "and scripts give (default: from its phone numbers, numbers in several countries on one "
        "clock, France and Belgium, giving that clock; else its region; where unknown, your "
        "times, named when any of its countries is not yours).",
    )
    phones: list[str] = Field(default_factory=list, description="Numbers it calls from.")
    emails: list[str] = Field(default_factory=list, description="Addresses it writes from.")
    standing_calls: list[StandingCallSpec] = Field(
        default_factory=list, description="Its standing calls (see below)."
    )
    adhoc_calls_per_week: int = Field(
        default=1, ge=0, le=50, description="Calls that may ring through outside standing calls."
    )
    urgent_line: bool = Field(default=True, description='Offer "press 1 if urgent".')
    hourly_rate: float | None = Field(
        default=None,
        ge=0,
        le=MAX_HOURLY_RATE,
        examples=[85.0],
        description="Your hourly rate for it (at most 10,000,000, in any currency).",
    )
    currency: str = Field(default="EUR", pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")
    billed_hours_per_week: float | None = Field(
        default=None,
        ge=MIN_BILLED_HOURS,
        le=168,
        examples=[10.0],
        description="Hours a week the rate pays for (0.1 to 168); needed for the availability "
        "premium.",
    )


class ServiceSpec(_Strict):
    """`[service]` (optional): settings of the live service."""

    public_url: str | None = Field(
        default=None,
        min_length=1,
        description='Public base URL the provider calls, e.g. "https://calls.example.org" '
        "(signatures are checked against it).",
    )
    twilio_auth_token: str | None = Field(
        default=None, min_length=1, description="Provider auth token; prefer TWILIO_AUTH_TOKEN."
    )
    notify: list[str] = Field(
        default_factory=list,
        description="Apprise URLs notified of emergencies (each is read by Apprise when the file "
        "is checked; nothing is sent then).",
    )
    api_token: str | None = Field(
        default=None,
        min_length=MIN_API_TOKEN,
        description="Bearer token of the JSON API (at least 16 characters); prefer "
        "BOUNDARIES_API_TOKEN. Without one "
        "the API is off: every `/api/…` request gets a 401 that says so.",
    )
    refocus_minutes: int = Field(
        default=23, ge=0, le=240, description="Minutes of focus lost per interruption."
    )
    provider_api_url: str = Field(
        default="https://api.twilio.com",
        pattern=r"^(https://[^/@\s?#]+|http://(127\.0\.0\.1|localhost|\[::1\])(:[0-9]+)?)/?$",
        description="The provider's API base URL: recordings are fetched (with the auth token) "
        "from it only, over HTTPS (http:// only for a loopback test server).",
    )


class SpeechSpec(_Strict):
    """`[speech]` (optional): transcribing recordings the provider could not transcribe."""

    engine: Literal["none", "pocketsphinx", "faster-whisper"] = Field(
        default="none", description="Offline engine, or none."
    )
    model_path: str | None = Field(
        default=None,
        min_length=1,
        description="Local model folder (faster-whisper; relative to this file); nothing is "
        "downloaded.",
    )


class MailSpec(_Strict):
    """`[mail]` (optional): deferral replies, agendas and reading the inbox (SPEC §10)."""

    smtp_url: str | None = Field(
        default=None,
        min_length=1,
        description='Where mail is sent: "smtp://user@host:port", "smtps://…" or '
        '"smtp+starttls://…". Password from BOUNDARIES_SMTP_PASSWORD or `smtp_password_file`.',
    )
    imap_url: str | None = Field(
        default=None,
        min_length=1,
        description='Where mail is read: "imap://user@host:port" or "imaps://…"; the user is '
        "required (a URL without one is refused). Password from "
        "BOUNDARIES_IMAP_PASSWORD or `imap_password_file`.",
    )
    smtp_password_file: str | None = Field(
        default=None,
        min_length=1,
        description="File holding the SMTP password (relative to this file; else the environment).",
    )
    imap_password_file: str | None = Field(
        default=None,
        min_length=1,
        description="File holding the IMAP password (relative to this file; else the environment).",
    )
    inbox: str = Field(
        min_length=1, default="INBOX", description="Folder where clients' emails arrive."
    )
    sent_folder: str = Field(
        min_length=1, default="Sent", description="Folder of your own sent emails."
    )
    from_: str | None = Field(
        default=None,
        min_length=1,
        alias="from",
        description="Sender address (default: your email).",
    )
    reply_at: str = Field(
        default="17:00", description='Local time the day\'s deferral replies go out, "HH:MM".'
    )
    approve_replies: bool = Field(
        default=False, description="Hold replies until you approve them (`boundaries outbox`)."
    )
    agenda_hours_before: int = Field(
        default=24,
        ge=0,
        le=336,
        description="Hours before each standing call its agenda goes; `check` warns "
        "when that falls outside your working hours (a Monday call's agenda on Sunday) and "
        "names the value that puts every call's agenda within them (up to 72 hours, never a "
        "shorter notice), else the one that sends this call's on the working day before, "
        "saying that no single value fits every call.",
    )


class CalendarSpec(_Strict):
    """`[calendar]` (optional): your own calendars, and a CalDAV calendar to write to (§11)."""

    busy: list[str] = Field(
        default_factory=list,
        description="Your calendars (.ics files relative to this file, or https:// addresses, "
        "e.g. a Google or Outlook secret address): while one of their events runs, ad-hoc "
        "calls go to voicemail.",
    )
    refresh_minutes: int = Field(
        default=15, ge=1, le=1440, description="How often `serve` re-reads the busy calendars."
    )
    caldav_url: str | None = Field(
        default=None,
        min_length=1,
        description="A CalDAV calendar (https://) the standing calls are also written to "
        "(optional; needs the extra boundaries[caldav]).",
    )
    caldav_username: str | None = Field(
        default=None,
        min_length=1,
        description="Login of that CalDAV server; the password from BOUNDARIES_CALDAV_PASSWORD.",
    )


class ConfigSpec(_Strict):
    """The whole file."""

    consultant: ConsultantSpec
    clients: list[ClientSpec] = Field(default_factory=list, alias="client")
    service: ServiceSpec = Field(default_factory=ServiceSpec)
    speech: SpeechSpec = Field(default_factory=SpeechSpec)
    mail: MailSpec = Field(default_factory=MailSpec)
    calendar: CalendarSpec = Field(default_factory=CalendarSpec)


SECTIONS: list[tuple[str, type[BaseModel]]] = [
    ("[consultant]", ConsultantSpec),
    ("[[client]]", ClientSpec),
    ("standing_calls = [{ … }]", StandingCallSpec),
    ("[service]", ServiceSpec),
    ("[speech]", SpeechSpec),
    ("[mail]", MailSpec),
    ("[calendar]", CalendarSpec),
]


def reference_markdown() -> str:
    """The configuration reference, generated from the schema (kept in the README)."""
    out: list[str] = []
    for title, model in SECTIONS:
        out.append(f"#### `{title}`\n")
        out.append((model.__doc__ or "").strip() + "\n")
        out.append("| key | default | meaning |")
        out.append("| --- | --- | --- |")
        for key, field in model.model_fields.items():
            name = field.alias or key
            if field.is_required():
                default = "required"
            elif field.default_factory is not None:
                default = f"`{json.dumps(field.default_factory())}`"  # type: ignore[call-arg]
            else:
                default = f"`{json.dumps(field.default)}`"
            out.append(f"| `{name}` | {default} | {field.description or ''} |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(reference_markdown())
