"""Where the dashboard's figures and outbox come from: one function and one port to rewire.

The figures are SPEC §8's `report --json` object, made by the report's own functions
(issue 11) so that the pages and the CLI can never disagree. Until those functions are in
this tree, `provisional_report` builds the same shape from the stored events.
"""

from __future__ import annotations

import importlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar, week_start
from boundaries.errors import BoundariesError
from boundaries.store import Store


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError:
        return None


def week_report(
    config: Config,
    store: Store,
    account_id: int,
    now: datetime,
    weeks: int | None,
    account: str = "default",
) -> dict[str, Any]:
    """The report object of SPEC §8 (`from`, `to`, `weeks`, `clients`: one object per
    client with `calls`, `rung`, `interruptions`, … `trend`) for the last `weeks` calendar
    weeks up to `now`, or from the first stored event when `weeks` is None.

    Made exactly as `boundaries report --json [--weeks N] --now NOW --account ACCOUNT` makes
    it (issue 11's `gather`, `client_figures`, `report_json`), so the pages and the CLI
    cannot disagree; `provisional_report` until those are in this tree."""
    parts = _report_parts()
    if parts is None:
        return provisional_report(config, store, account_id, now, weeks)
    sources, figures, report = parts
    evidence = sources.gather(config, None, _url(store), account, weeks, now)
    calendar = Calendar(config)
    found = figures.client_figures(
        config, evidence.contacts, evidence.period, calendar, evidence.now
    )
    steps = sources.latest_steps(evidence.steps)
    payload: dict[str, Any] = report.report_json(
        config, found, evidence.period, evidence.now, steps, calendar
    )
    return payload


def _report_parts() -> tuple[Any, Any, Any] | None:
    names = ("boundaries.cli.sources", "boundaries.domain.figures", "boundaries.reporting.report")
    found = [_module(n) for n in names]
    return None if any(m is None for m in found) else (found[0], found[1], found[2])


def _url(store: Store) -> str:
    """The store's URL with its password, for code that opens the store itself."""
    return store.engine.url.render_as_string(hide_password=False)


def provisional_report(
    config: Config, store: Store, account_id: int, now: datetime, weeks: int | None
) -> dict[str, Any]:
    """Counts straight from stored calls, in the report's shape (until issue 11 lands)."""
    zone = config.consultant.zone
    today = now.astimezone(zone).date()
    events = [e for e in store.events(account_id) if e.at <= now]
    monday = today - timedelta(days=today.weekday())
    if weeks is not None:
        first = monday - timedelta(weeks=weeks - 1)
    else:
        first = min([e.at.astimezone(zone).date() for e in events[:1]] + [today])
    events = [e for e in events if e.at.astimezone(zone).date() >= first]
    calendar = Calendar(config)
    refocus = config.service.refocus_minutes
    mondays = []
    d = first - timedelta(days=first.weekday())
    while d <= today:
        mondays.append(d)
        d += timedelta(weeks=1)
    clients: list[dict[str, Any]] = []
    for client in config.clients:
        calls = [e for e in events if e.kind == "call" and e.client == client.id]
        rung = [e for e in calls if e.action == "connect"]
        interruptions = [e for e in rung if calendar.slot_at(client.id, e.at) is None]
        voicemails = [e for e in calls if e.action != "connect"]
        adhoc: Counter[date] = Counter(week_start(zone, e.at) for e in calls if e.used_allowance)
        minutes = sum(float(e.detail.get("duration_min", 0) or 0) for e in rung)
        by_week: dict[date, Counter[str]] = defaultdict(Counter)
        for e in calls:
            wk = by_week[week_start(zone, e.at)]
            wk["calls"] += 1
            wk["interruptions"] += e in interruptions
            wk["voicemails"] += e in voicemails
        nxt = calendar.next_call(client.id, now)
        clients.append(
            {
                "id": client.id,
                "name": client.name,
                "calls": len(calls),
                "rung": len(rung),
                "interruptions": len(interruptions),
                "adhoc_allowance": client.adhoc_calls_per_week,
                "adhoc_used_max_week": max(adhoc.values(), default=0),
                "bursts": 0,
                "voicemails": len(voicemails),
                "content_free": 0,
                "status_checks": 0,
                "already_answered": 0,
                "urgent_presses": sum(bool(e.detail.get("urgent_press")) for e in calls),
                "urgent_messages": 0,
                "minutes_on_calls": round(minutes, 1),
                "hours_lost": round((minutes + refocus * len(interruptions)) / 60, 2),
                "demanded_hours_per_week": 0.0,
                "premium": None,
                "next_standing_call": nxt.start.astimezone(zone).isoformat() if nxt else None,
                "agenda": [],
                "step": None,
                "trend": [
                    {"week": m.isoformat(), **{k: by_week[m][k] for k in _TREND}} for m in mondays
                ],
            }
        )
    return {
        "from": first.isoformat(),
        "to": today.isoformat(),
        "weeks": round(((today - first).days + 1) / 7, 2),
        "clients": clients,
    }


_TREND = ("calls", "interruptions", "voicemails")


@dataclass(frozen=True)
class OutgoingMail:
    """An outbox message as the outbox page shows it."""

    key: str
    kind: str
    client_id: str | None
    to: str
    subject: str
    text: str
    state: str
    attempts: int
    last_error: str | None
    due_at: datetime


class OutboxPort(Protocol):
    """What the outbox page needs from the outbox of SPEC §10 (issue 9)."""

    def messages(self) -> list[OutgoingMail]: ...

    def approve(self, key: str, now: datetime) -> None: ...

    def discard(self, key: str) -> None: ...

    def edit(self, key: str, subject: str, text: str) -> None: ...


class OutboxActionError(BoundariesError):
    """An outbox action that cannot be done (unknown key, wrong state); the message says why."""


class NoOutbox:
    """No outbox in this installation yet: nothing waits, nothing can be acted on."""

    def messages(self) -> list[OutgoingMail]:
        return []

    def approve(self, key: str, now: datetime) -> None:
        raise OutboxActionError(f"no message with key {key!r} in the outbox.")

    def discard(self, key: str) -> None:
        raise OutboxActionError(f"no message with key {key!r} in the outbox.")

    def edit(self, key: str, subject: str, text: str) -> None:
        raise OutboxActionError(f"no message with key {key!r} in the outbox.")


def outbox_for(store: Store, account_id: int) -> OutboxPort:
    """The store's outbox for one account, or `NoOutbox` where mail is not built in."""
    module = _module("boundaries.store.outbox")
    if module is None:
        return NoOutbox()
    return _StoreOutbox(module.Outbox(store, account_id), module.OutboxError)


class _StoreOutbox:
    """The store's outbox behind the port; its refusals become `OutboxActionError`."""

    def __init__(self, outbox: Any, errors: type[Exception]) -> None:
        self.outbox = outbox
        self.errors = errors

    def messages(self) -> list[OutgoingMail]:
        return [
            OutgoingMail(
                e.key,
                e.kind,
                e.client_id,
                e.to,
                e.subject,
                e.text,
                e.state,
                e.attempts,
                e.last_error,
                e.due_at,
            )
            for e in self.outbox.entries()
        ]

    def approve(self, key: str, now: datetime) -> None:
        try:
            self.outbox.approve(key, now)
        except self.errors as exc:
            raise OutboxActionError(str(exc)) from None

    def discard(self, key: str) -> None:
        try:
            self.outbox.discard(key)
        except self.errors as exc:
            raise OutboxActionError(str(exc)) from None

    def edit(self, key: str, subject: str, text: str) -> None:
        edit = getattr(self.outbox, "edit", None)
        if edit is None:
            raise OutboxActionError(
                "this outbox cannot change a message yet. Approve it as it is, or discard it "
                "and write to the client yourself."
            )
        try:
            edit(key, subject=subject, text=text)
        except self.errors as exc:
            raise OutboxActionError(str(exc)) from None


def conversation(
    config: Config,
    store: Store,
    account: str,
    client_id: str,
    lang: str,
    now: datetime,
) -> dict[str, Any] | None:
    """The conversation step a client is at and the script of the next one, made as
    `boundaries coach --client ID --json --lang LANG --now NOW` makes them (SPEC §8,
    issue 11); None until the coaching is in this tree."""
    parts = _report_parts()
    coach = _module("boundaries.domain.coach")
    coaching = _module("boundaries.reporting.coaching")
    wording = _module("boundaries.reporting.wording")
    client = config.client(client_id)
    if parts is None or coach is None or coaching is None or wording is None or client is None:
        return None
    sources, figures, _report = parts
    evidence = sources.gather(config, None, _url(store), account, None, now)
    calendar = Calendar(config)
    found = next(
        f
        for f in figures.client_figures(
            config, evidence.contacts, evidence.period, calendar, evidence.now
        )
        if f.id == client.id
    )
    taken = [(step, day) for cid, step, day in evidence.steps if cid == client.id]
    advice = coach.advise(found, evidence.period, taken)
    script_step = advice.next_step if advice.next_step else advice.step
    script = None
    if script_step is not None:
        mine = [c for c in evidence.contacts if c.client == client.id]
        values = coaching.script_values(
            lang,
            config,
            calendar,
            client,
            found,
            evidence.period,
            mine,
            evidence.now,
            [s for s, _ in taken],
        )
        script = wording.script(lang, script_step, **values)
    out: dict[str, Any] = coaching.coach_json(advice, lang, script_step, script)
    return out
