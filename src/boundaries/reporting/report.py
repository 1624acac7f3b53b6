"""The `report --json` object of SPEC §8, from figures, the premium and recorded steps."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from boundaries.domain.coach import beyond
from boundaries.domain.figures import ClientFigures, Period
from boundaries.domain.model import Client, Config
from boundaries.domain.premium import Premium, also_missing, missing_key, missing_why, premium
from boundaries.domain.schedule import Calendar
from boundaries.reporting import wording as w


def report_json(
    config: Config,
    figures: list[ClientFigures],
    period: Period,
    now: datetime,
    steps: Mapping[str, str] | None = None,
    calendar: Calendar | None = None,
    lang: str | None = None,
) -> dict[str, Any]:
    """One object: `from`, `to` (ISO dates), `weeks`, and `clients` (SPEC §8). `steps` maps a
    client id to its latest recorded conversation step. Explanations are in `lang` ("fr" or
    "en": the dashboard's page language), else the consultant's language; minutes have one
    decimal, hours two."""
    cal = calendar or Calendar(config)
    lang = lang or config.consultant.language
    clients = []
    for f in figures:
        client = config.client(f.id)
        clients.append(_client_json(config, cal, client, f, now, (steps or {}).get(f.id), lang))
    return {
        "from": period.first.isoformat(),
        "to": period.last.isoformat(),
        "weeks": round(period.weeks, 2),
        "clients": clients,
    }


def _client_json(
    config: Config,
    cal: Calendar,
    client: Client | None,
    f: ClientFigures,
    now: datetime,
    step: str | None,
    lang: str,
) -> dict[str, Any]:
    t = f.total
    found = premium(client, f.demanded_hours_per_week) if client else None
    also = also_missing(client) if client else None  # the rate missing as well
    nxt = cal.next_call(client.id, now) if client else None
    out: dict[str, Any] = {
        "id": f.id,
        "name": client.name if client else None,
        "calls": t.calls,
        "rung": t.rung,
        "interruptions": t.interruptions,
        # Unknown callers have no terms (README, "Unknown callers … have no terms"): no
        # allowance, nothing demanded beyond terms, no premium, no agenda, no step.
        "adhoc_allowance": f.adhoc_allowance if client else None,
        "adhoc_used_max_week": f.adhoc_used_max_week if client else None,
        "bursts": t.bursts,
        "voicemails": t.voicemails,
        "content_free": t.content_free,
        "status_checks": t.status_checks,
        "already_answered": t.already_answered,
        "urgent_presses": t.urgent_presses,
        "urgent_messages": t.urgent_messages,
        "minutes_on_calls": round(t.minutes_on_calls, 1),
        "hours_lost": round(f.hours_lost, 2),
        # Deferral replies (SPEC §8): sent in the period, and waiting for approval now.
        # Unknown callers never get one.
        "replies_sent": t.replies_sent if client else None,
        "replies_waiting": f.replies_waiting if client else None,
        "demanded_calls": t.demanded_calls if client else None,
        "demanded_hours_per_week": round(f.demanded_hours_per_week, 2) if client else None,
        # no day of the period recorded anything (the service was not running): no figures,
        # which the dashboard says instead of "+0 %" (trial36 §5)
        "nothing_recorded": f.nothing_recorded,
        "premium": premium_json(lang, client, f, found) if client and found else None,
        "premium_missing": missing_key(client) if client else None,
        "premium_missing_why": missing_why(client) if client else None,
        # the rate missing as well (both keys to give before a premium can be made)
        "premium_missing_also": also[0] if also else None,
        "premium_missing_also_why": also[1] if also else None,
        "next_standing_call": (
            nxt.start.astimezone(config.consultant.zone).isoformat() if nxt else None
        ),
        "agenda": list(f.agenda),
        # with no standing call: the topics noted, with no call to take them up
        "noted": list(f.noted),
        # topics already waiting for a later call (heard after the next call's agenda went
        # out: the reply names that later call), so no topic is on no call
        "later_agendas": [
            {"standing_call": start.astimezone(config.consultant.zone).isoformat(), "topics": ts}
            for start, ts in f.later_agendas
        ],
        "step": step,
        "trend": [
            {
                "week": monday.isoformat(),
                "calls": wk.calls,
                "rung": wk.rung,
                "interruptions": wk.interruptions,
                "voicemails": wk.voicemails,
                "bursts": wk.bursts,
                "adhoc_used": wk.adhoc_used,
                # nothing recorded for any client that week: no figures, not zeros (trial37 §6)
                "recorded": monday not in f.unrecorded,
            }
            for monday, wk in sorted(f.by_week.items())
        ],
    }
    return out


def premium_json(lang: str, client: Client, f: ClientFigures, p: Premium) -> dict[str, Any]:
    """The premium object of SPEC §8 with its explanation in `lang`."""
    return {
        "current_rate": p.current_rate,
        "suggested_rate": p.suggested_rate,
        "percent": p.percent,
        "currency": p.currency,
        "explanation": explain(lang, client, f, p),
    }


def explain(lang: str, client: Client, f: ClientFigures, p: Premium) -> str:
    """One sentence with the figures that justify the premium, in `lang`: what the client
    asked beyond its standing calls and allowance (a client with no standing call: beyond its
    allowance alone), that it asked nothing, or that nothing was recorded in the period (no
    figures to price, trial36 §5)."""
    current = w.money(lang, p.current_rate, p.currency)
    alone = "_alone" if not client.standing_calls else ""
    if f.nothing_recorded:
        return w.say(lang, "premium.unrecorded", client=client.name, current=current)
    if f.total.demanded_calls == 0:
        return w.say(
            lang,
            f"premium.nothing{alone}",
            client=client.name,
            allowance=f.adhoc_allowance,
            current=current,
        )
    # no more than the coach lets pass (one call a fortnight beyond the allowance): said, so
    # that the report and the coach do not seem to disagree (trial38 §5a: "stays within its
    # terms" beside "11 % more")
    tolerated = (
        w.say(lang, "premium.tolerated")
        if not beyond(f.adhoc_demand_per_week, f.adhoc_allowance)
        else ""
    )
    return (
        w.say(
            lang,
            f"premium.explanation{alone}",
            client=client.name,
            # the figure the report's own line gives (`demanded_hours_per_week`, to 2 decimals):
            # one value, written the same way in both places (newcomer51 §9: 5,6 h then 5,7 h)
            demanded=w.counted(lang, round(p.demanded_hours_per_week, 2), 1),
            allowance=f.adhoc_allowance,
            calls=w.counted(lang, f.total.demanded_calls),
            # the days averaged over: whole weeks with nothing recorded are not (`unrecorded`)
            days=w.counted(
                lang, round(f.averaging_weeks * 7) if f.weeks >= 1 else round(f.weeks * 7)
            ),
            each=w.number(lang, f.average_call_minutes + f.refocus_minutes, 0),
            billed=w.counted(lang, p.billed_hours_per_week, 1),
            percent=w.percent(lang, p.percent),
            suggested=w.money(lang, p.suggested_rate, p.currency),
            current=current,
        )
        + tolerated
    )
