"""The one schema of `boundaries.toml`: structure, defaults and documentation of every key."""

from __future__ import annotations

import json
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class StandingCallSpec(_Strict):
    """One standing call: `{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30 }`."""

    rrule: str = Field(description="RFC 5545 recurrence rule (without DTSTART), local time.")
    start: str = Field(description='Local start time, "HH:MM".')
    minutes: int = Field(gt=0, le=480, description="Length of the call in minutes.")
    since: date | None = Field(
        default=None,
        description="First day the rule counts from (matters for INTERVAL and COUNT).",
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
        description='Blocks like "mon-fri 09:00-12:30" or "sat 10:00-12:00".',
    )


class ClientSpec(_Strict):
    """`[[client]]`: one organisation you work for and the terms of its access."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_\-]*$", description="Short lowercase id.")
    name: str = Field(min_length=1, description="The organisation's name.")
    language: Literal["fr", "en"] | None = Field(
        default=None, description="Language of greetings and replies (default: yours)."
    )
    region: str | None = Field(default=None, description="Default region for its phone numbers.")
    phones: list[str] = Field(default_factory=list, description="Numbers it calls from.")
    emails: list[str] = Field(default_factory=list, description="Addresses it writes from.")
    standing_calls: list[StandingCallSpec] = Field(
        default_factory=list, description="Its standing calls (see below)."
    )
    adhoc_calls_per_week: int = Field(
        default=1, ge=0, le=50, description="Calls that may ring through outside standing calls."
    )
    urgent_line: bool = Field(default=True, description='Offer "press 1 if urgent".')
    hourly_rate: float = Field(default=0.0, ge=0, description="Your hourly rate for it.")
    currency: str = Field(default="EUR", pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")
    billed_hours_per_week: float | None = Field(
        default=None,
        gt=0,
        le=168,
        description="Hours a week the rate pays for; needed for the availability premium.",
    )


class ServiceSpec(_Strict):
    """`[service]` (optional): settings of the live service."""

    public_url: str | None = Field(
        default=None, description="Public base URL the provider calls (signatures use it)."
    )
    twilio_auth_token: str | None = Field(
        default=None, description="Provider auth token; prefer TWILIO_AUTH_TOKEN."
    )
    notify: list[str] = Field(
        default_factory=list, description="Apprise URLs notified of emergencies."
    )
    api_token: str | None = Field(
        default=None, description="Bearer token of the JSON API; prefer BOUNDARIES_API_TOKEN."
    )
    refocus_minutes: int = Field(
        default=23, ge=0, le=240, description="Minutes of focus lost per interruption."
    )


class SpeechSpec(_Strict):
    """`[speech]` (optional): transcribing recordings the provider could not transcribe."""

    engine: Literal["none", "pocketsphinx", "faster-whisper"] = Field(
        default="none", description="Offline engine, or none."
    )
    model_path: str | None = Field(
        default=None, description="Local model folder (faster-whisper); nothing is downloaded."
    )


class ConfigSpec(_Strict):
    """The whole file."""

    consultant: ConsultantSpec
    clients: list[ClientSpec] = Field(default_factory=list, alias="client")
    service: ServiceSpec = Field(default_factory=ServiceSpec)
    speech: SpeechSpec = Field(default_factory=SpeechSpec)


SECTIONS: list[tuple[str, type[BaseModel]]] = [
    ("[consultant]", ConsultantSpec),
    ("[[client]]", ClientSpec),
    ("standing_calls = [{ … }]", StandingCallSpec),
    ("[service]", ServiceSpec),
    ("[speech]", SpeechSpec),
]


def reference_markdown() -> str:
    """The configuration reference, generated from the schema (kept in the README)."""
    out: list[str] = []
    for title, model in SECTIONS:
        out.append(f"#### `{title}`\n")
        out.append((model.__doc__ or "").strip() + "\n")
        out.append("| key | default | meaning |")
        out.append("| --- | --- | --- |")
        for name, field in model.model_fields.items():
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
