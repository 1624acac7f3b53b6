"""The call decision: connect or voicemail, a pure function of config, history, now and call."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from boundaries.domain.history import BURST_WINDOW, History, caller_key
from boundaries.domain.model import Client, Config
from boundaries.domain.schedule import Calendar, in_working_hours, local_week_start


class Action(StrEnum):
    """What happens to a call."""

    CONNECT = "connect"
    VOICEMAIL = "voicemail"
    NOTIFY = "notify"  # urgent, consultant unreachable: voicemail + immediate notification


class IncomingCall(NamedTuple):
    """A call as the provider reports it; `urgent_press` when the caller pressed 1.

    Two facts the live service knows and the history does not: `unanswered`, the consultant
    was just rung for this very call and did not pick up (no-answer, busy, failed, canceled),
    so ringing again is no way to reach them; `alerted`, an alert for this client's burst is
    already out (a notification pending or delivered, whichever message raised it)."""

    caller: str
    urgent_press: bool = False
    unanswered: bool = False
    alerted: bool = False


class Decision(NamedTuple):
    """What to do with a call and why: `reason` in English words for logs and `events`, and
    the same reason as a catalogue key `why` with its `facts` (each a string), which the
    dashboard words in the consultant's language (`[reasons]` in locales/<lang>/dashboard.toml).
    """

    action: Action
    reason: str
    client_id: str | None
    language: str
    uses_allowance: bool = False
    offer_urgent_line: bool = False
    in_standing_slot: bool = False
    repeat: int = 1  # position of this call in its run of calls within 20 minutes
    why: str = ""
    facts: tuple[tuple[str, str], ...] = ()


def decide(
    config: Config,
    history: History,
    now: datetime,
    event: IncomingCall,
    calendar: Calendar | None = None,
) -> Decision:
    """Decide one call. `calendar` is an optional cache of `Calendar(config)`."""
    cal = calendar or Calendar(config)
    client = config.client_by_phone(event.caller)
    recent = history.recent_calls(
        caller_key(client.id if client else None, event.caller), now - BURST_WINDOW
    )
    repeat = len(recent) + 1
    if client is None:
        return Decision(
            Action.VOICEMAIL,
            "unknown caller: neutral voicemail",
            None,
            config.consultant.language,
            repeat=repeat,
            why="unknown_caller",
        )

    def out(
        action: Action,
        reason: str,
        why: str,
        *,
        allowance: bool = False,
        slot: bool = False,
        known: dict[str, str] | None = None,
        **facts: object,
    ) -> Decision:
        return Decision(
            action,
            reason,
            client.id,
            client.language,
            uses_allowance=allowance,
            offer_urgent_line=client.urgent_line and action is Action.VOICEMAIL,
            in_standing_slot=slot,
            repeat=repeat,
            why=why,
            facts=tuple((k, str(v)) for k, v in {**(known or {}), **facts}.items()),
        )

    local = now.astimezone(config.consultant.zone)
    current = cal.slot_at(client.id, now)
    if current is not None and not event.unanswered:
        begins = current.start.astimezone(config.consultant.zone)
        return out(
            Action.CONNECT,
            f"standing call with {client.name} ({begins:%a %H:%M})",
            "standing_call",
            slot=True,
            client=client.name,
            start=begins.isoformat(),
        )

    away = _unreachable(config, history, cal, client, now, local)
    if event.urgent_press and client.urgent_line:
        if away is None and not event.unanswered:
            return out(
                Action.CONNECT,
                f"urgent line pressed by {client.name}; you are reachable",
                "urgent_reachable",
                client=client.name,
            )
        if event.alerted or any(c.notified for c in recent):
            return out(
                Action.VOICEMAIL,
                f"urgent line pressed again by {client.name}; already notified for this burst",
                "urgent_again",
                client=client.name,
            )
        if away is None:
            # Rung for this press (or this call) and not picked up: the alert goes at once.
            return out(
                Action.NOTIFY,
                f"urgent line pressed by {client.name}; your phone rang unanswered: "
                "alert raised at once",
                "urgent_unanswered",
                client=client.name,
            )
        # Not "notified": whether the alert reached the consultant is the notification's
        # own outcome (pending, sent or failed), stored apart and shown beside the call.
        return out(
            Action.NOTIFY,
            f"urgent line pressed by {client.name} while {away.text}: alert raised at once",
            "urgent_alert",
            client=client.name,
            unreachable=away.why,
            known=away.facts,
        )
    if away is not None:
        return out(Action.VOICEMAIL, away.text, away.why, known=away.facts)
    # A burst that went to voicemail once stays there (SPEC §4: repeated calls do not break
    # through), even after an urgent press rang in between (trial48 W1: the call after it
    # rang as an ad-hoc call); a call again after one that rang may ring (a line dropped).
    if recent and any(c.action != Action.CONNECT for c in recent):
        return out(
            Action.VOICEMAIL,
            f"repeated call from {client.name} ({repeat} in 20 min): the voicemail has it",
            "repeated",
            client=client.name,
            repeat=repeat,
        )
    used = history.allowance_used(client.id, local_week_start(local))
    allowance = client.adhoc_calls_per_week
    if used < allowance:
        return out(
            Action.CONNECT,
            f"ad-hoc call {used + 1} of {allowance} this week for {client.name}",
            "adhoc",
            allowance=True,
            client=client.name,
            nth=used + 1,
            of=allowance,
        )
    return out(
        Action.VOICEMAIL,
        f"ad-hoc allowance for {client.name} used: {used} of {allowance} this week",
        "allowance_used",
        client=client.name,
        used=used,
        of=allowance,
    )


class Unreachable(NamedTuple):
    """Why the consultant cannot take an ad-hoc call: English `text`, catalogue key `why`."""

    text: str
    why: str
    facts: dict[str, str]


def _unreachable(
    config: Config,
    history: History,
    cal: Calendar,
    client: Client,
    now: datetime,
    local: datetime,
) -> Unreachable | None:
    """Why the consultant cannot take an ad-hoc call now, or None when they can."""
    zone = config.consultant.zone
    if not in_working_hours(config.consultant, local):
        return Unreachable("outside working hours", "outside_hours", {})
    back = history.away_until(now)
    if back is not None:
        until = back.astimezone(zone)
        return Unreachable(
            f"away until {_back_at(until, local)}", "away", {"until": until.isoformat()}
        )
    other = cal.any_slot_at(now, except_client=client.id)
    if other is not None:
        return Unreachable("in another standing call", "other_call", {})
    if cal.busy.busy_until(now) is not None:
        # Only the word: reasons may reach the client's side, the meeting's title must not.
        return Unreachable("busy", "busy", {})
    return None


def _back_at(until: datetime, local: datetime) -> str:
    """When an absence ends, as its reason says it: the hour alone when it ends the same local
    day as `local` ("19:00"), else with its day ("Sun 6 Dec 19:00"): "away until 19:00" for an
    absence that ends next week reads as "back tonight" (SPEC §6). Both in the same zone."""
    if until.date() == local.date():
        return f"{until:%H:%M}"
    return f"{until:%a} {until.day} {until:%b %H:%M}"


def is_reachable(
    config: Config, history: History, now: datetime, calendar: Calendar | None = None
) -> bool:
    """Inside working hours, not away and not busy in an imported calendar (the simulator's
    notion of reachable)."""
    local = now.astimezone(config.consultant.zone)
    if calendar is not None and calendar.busy.busy_until(now) is not None:
        return False
    return in_working_hours(config.consultant, local) and (history.away_until(now) is None)
