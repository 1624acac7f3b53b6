"""The consultant, their clients and their standing calls, as plain immutable values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from email.utils import parseaddr
from functools import cached_property
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class WorkingHours:
    """One recurring block of working time, e.g. Monday to Friday 09:00-12:30."""

    days: frozenset[int]  # 0 = Monday
    start: time
    end: time

    def __str__(self) -> str:
        days = ",".join(WEEKDAYS[d] for d in sorted(self.days))
        return f"{days} {self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class StandingCall:
    """A recurring call with one client: RFC 5545 rule, local start time, length.

    `rrule` is normalised by `domain.recurrence.read_rule` (UNTIL in local time); `since` is
    its one anchor (see `domain.schedule.anchor`); `exdates` are local dates it does not
    happen on.
    """

    rrule: str
    start: time
    minutes: int
    since: date | None = None
    exdates: tuple[date, ...] = ()


@dataclass(frozen=True)
class Client:
    """An organisation the consultant works for, and the terms of its access."""

    id: str
    name: str
    language: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    standing_calls: tuple[StandingCall, ...]
    adhoc_calls_per_week: int
    urgent_line: bool
    hourly_rate: float | None  # None: not in its config (0 is a rate given as 0)
    currency: str
    billed_hours_per_week: float | None = None  # what the rate pays for (SPEC §8 premium)
    timezone: str | None = None  # IANA zone it lives in, when known (config, else its numbers)
    country: str | None = None  # ISO 3166 country of its numbers (or its `region`), when known
    # every country of its numbers and its `region` (several when they span borders)
    countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClientZone:
    """Where a client reads the times it is told: the zone they are given in, and whether
    to name it.

    A client in another zone is given its own local time, named ("10:00 AM Eastern Time"):
    it reads any time as its own. A client whose zone is unknown but whose country differs
    from the consultant's is given the consultant's time, named too. Otherwise times are
    the consultant's and need no name.
    """

    zone: ZoneInfo  # the zone times are given in
    home: ZoneInfo  # the consultant's zone
    always_named: bool = False  # the client's own zone is unknown and may differ

    def named(self, at: datetime) -> bool:
        """Whether the time `at` (aware) must carry its zone's name for this client: the
        client's clock and the consultant's differ at that moment, or the client's is
        unknown."""
        if self.always_named:
            return True
        return at.astimezone(self.zone).utcoffset() != at.astimezone(self.home).utcoffset()


@dataclass(frozen=True)
class Consultant:
    """The person whose time Boundaries protects."""

    name: str
    email: str
    phone: str
    timezone: str
    language: str
    working_hours: tuple[WorkingHours, ...]
    region: str | None = None  # default region of phone numbers written without "+"

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def blocks(self) -> tuple[tuple[tuple[time, time], ...], ...]:
        """Working blocks of each weekday (0 = Monday), as (start, end) pairs."""
        return tuple(
            tuple((h.start, h.end) for h in self.working_hours if d in h.days) for d in range(7)
        )

    @cached_property
    def day_ends(self) -> tuple[time | None, ...]:
        """When each weekday's work ends (None on a day off): the time of the daily review."""
        return tuple(max((end for _, end in day), default=None) for day in self.blocks)


@dataclass(frozen=True)
class Service:
    """Operational settings of the live service."""

    public_url: str | None = None
    twilio_auth_token: str | None = None
    notify: tuple[str, ...] = ()
    refocus_minutes: int = 23
    api_token: str | None = None
    provider_api_url: str = "https://api.twilio.com"

    @property
    def has_channel(self) -> bool:
        """Whether an emergency can be pushed to the consultant at once: `notify` lists a URL
        (the loader refuses those Apprise cannot use, SPEC §3). Greetings, replies and scripts
        promise an alert only then (SPEC §7); otherwise an urgent message is heard first."""
        return bool(self.notify)


@dataclass(frozen=True)
class Speech:
    """Which offline speech-to-text engine transcribes recordings, if any."""

    engine: str = "none"
    model_path: str | None = None


@dataclass(frozen=True)
class Mail:
    """How replies and agendas are sent and clients' emails read (SPEC §10).

    URLs keep only the user name; passwords are read from the environment or a file when a
    connection is opened, never kept here (so they never reach a log or a repr).
    """

    smtp_url: str | None = None
    imap_url: str | None = None
    smtp_password_file: str | None = None
    imap_password_file: str | None = None
    inbox: str = "INBOX"
    sent_folder: str = "Sent"
    sender: str | None = None  # `from`; None means the consultant's own address
    reply_at: time = time(17, 0)
    approve_replies: bool = False
    agenda_hours_before: int = 24


@dataclass(frozen=True)
class CalendarSources:
    """The consultant's own calendars to read busy times from, and where to write (§11)."""

    busy: tuple[str, ...] = ()
    refresh_minutes: int = 15
    caldav_url: str | None = None
    caldav_username: str | None = None


@dataclass(frozen=True)
class Config:
    """A validated `boundaries.toml`."""

    consultant: Consultant
    clients: tuple[Client, ...]
    service: Service = field(default_factory=Service)
    speech: Speech = field(default_factory=Speech)
    mail: Mail = field(default_factory=Mail)
    calendar: CalendarSources = field(default_factory=CalendarSources)

    @cached_property
    def _by_phone(self) -> dict[str, Client]:
        return {phone: c for c in self.clients for phone in c.phones}

    @cached_property
    def _by_email(self) -> dict[str, Client]:
        return {email.lower(): c for c in self.clients for email in c.emails}

    @cached_property
    def _by_id(self) -> dict[str, Client]:
        return {c.id: c for c in self.clients}

    def client_by_phone(self, e164: str) -> Client | None:
        """The client calling from this E.164 number, or None for an unknown caller."""
        return self._by_phone.get(e164)

    def client_by_email(self, address: str) -> Client | None:
        """The client writing from this address ("Marc <marc@x.org>" too), or None."""
        found = self._by_email.get(address.strip().lower())
        if found is None and "<" in address:
            found = self._by_email.get(parseaddr(address)[1].strip().lower())
        return found

    def client(self, client_id: str) -> Client | None:
        return self._by_id.get(client_id)

    def client_zone(self, client: Client) -> ClientZone:
        """The zone the times told to `client` are given in (greetings, replies, agendas,
        scripts): its own when known, else the consultant's, named when the client's country
        is not the consultant's (see `ClientZone`)."""
        home = self.consultant.zone
        if client.timezone is not None:
            return ClientZone(ZoneInfo(client.timezone), home)
        # (numbers in several countries, one not the consultant's: it may be abroad, trial49)
        abroad = any(c != self.consultant.region for c in client.countries) or (
            client.country is not None and client.country != self.consultant.region
        )
        return ClientZone(home, home, always_named=abroad)
