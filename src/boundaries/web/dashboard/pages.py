"""What each page shows, from the report object (SPEC §8) and the configuration.

Figures are passed through as the report gives them; only their formatting happens here.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import asdict, is_dataclass
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from boundaries.domain.model import Config
from boundaries.integrations.mail.inbox import sid_of
from boundaries.integrations.notify.urls import shown
from boundaries.store.records import StoredEvent
from boundaries.web.dashboard.words import Words

PERIODS = (1, 4, 8, 12)
"""The periods the week view offers, in calendar weeks up to today (`Period.last_weeks`): 1 is
this week so far (SPEC §12, the week at a glance: trial52 §7 found no way to see it alone)."""
RECENT_DAYS = 14
RECENT_MAX = 40


def _allowance_share(c: dict[str, Any]) -> float:
    allowance = c.get("adhoc_allowance") or 0
    used = c.get("adhoc_used_max_week") or 0
    return 1.0 if not allowance and used else (used / allowance if allowance else 0.0)


def card(c: dict[str, Any], words: Words) -> dict[str, Any]:
    """One client's figures ready for a card: the raw values and how they read."""
    premium = c.get("premium")
    share = _allowance_share(c)
    return {
        "raw": c,
        "name": c.get("name") or words("week.unknown"),
        "known": c["id"] != "unknown" and c.get("name") is not None,
        "next_call": words.moment(c.get("next_standing_call")),
        "allowance_state": "over" if share > 1 else ("full" if share == 1 else "ok"),
        "allowance_percent": min(int(share * 100), 100),
        "premium": (
            {
                "percent": words.increase(premium["percent"]),
                "suggested": words.money(premium["suggested_rate"], premium["currency"]),
                "current": words.money(premium["current_rate"], premium["currency"]),
                "explanation": premium.get("explanation", ""),
                # "+0 %" is a figure, not an alarm: shown in the text's colour (trial44 §17)
                "asked": premium["percent"] > 0,
            }
            if premium and not c.get("nothing_recorded")
            else None
        ),
        # Without a premium: no figures (nothing recorded in the period: no "+0 %", trial36
        # §5), or the key to add, or to set above 0 (newcomer6 L2).
        "no_premium": (
            "week.no_figures"
            if c.get("nothing_recorded")
            else "week.no_premium_zero"
            if c.get("premium_missing_why") == "zero"
            else "week.no_premium"
        ),
        "hours_lost": words.number(c.get("hours_lost"), 2),
        # The content-free share of voicemails, as the report writes it (SPEC §8).
        "content_free_share": words.percent(
            100 * c["content_free"] / c["voicemails"] if c.get("voicemails") else 0.0
        ),
        "trend": [
            {
                "week": words.day(t["week"]),
                "calls": t["calls"],
                "interruptions": t["interruptions"],
                "voicemails": t["voicemails"],
                # a week with nothing recorded for any client has no figures, not zeros
                "recorded": t.get("recorded", True),
            }
            for t in c.get("trend", [])
        ],
    }


def week_view(
    payload: dict[str, Any],
    config: Config,
    words: Words,
    weeks: int | None,
    in_question: Collection[str] = (),
) -> dict[str, Any]:
    """The week at a glance: a card per client (busiest first), totals, the period;
    `in_question`: the clients whose next standing call they asked to move or call off
    (marked so beside it, as the client page says it: trial40 §4)."""
    clients = [card(c, words) for c in payload["clients"] if c["calls"] or c["id"] != "unknown"]
    for c in clients:
        c["in_question"] = c["raw"]["id"] in in_question
    clients.sort(key=lambda k: (not k["known"], -k["raw"]["interruptions"], k["name"]))
    totals = {
        key: sum(c["raw"].get(key) or 0 for c in clients)
        for key in ("calls", "interruptions", "voicemails", "urgent_presses")
    }
    return {
        "clients": clients,
        "totals": totals,
        "hours_lost": words.number(sum(c["raw"].get("hours_lost") or 0 for c in clients), 2),
        "hours_lost_value": sum(c["raw"].get("hours_lost") or 0 for c in clients),
        "period_from": words.day(payload["from"]),
        "period_to": words.day(payload["to"]),
        "weeks": weeks,
        "periods": PERIODS,
        "has_clients": bool(config.clients),
    }


def _recent(events: list[StoredEvent], client_id: str, now: datetime) -> list[StoredEvent]:
    since = now - timedelta(days=RECENT_DAYS)
    mine = [e for e in events if e.client == client_id and since <= e.at <= now]
    if not mine:  # a quiet fortnight: show the last ones instead of nothing
        mine = [e for e in events if e.client == client_id and e.at <= now][-RECENT_MAX:]
    return list(reversed(mine[-RECENT_MAX:]))


KIND_ACTIONS = {("agenda_item", "owed"): "agenda"}
"""Stored actions that one kind means differently from the others, as the page names them:
an agenda item stored "owed" is a topic on the agenda (`actions.agenda`), not a reply owed
(`actions.owed`, a `reply_owed` row's)."""


def _shown_action(e: StoredEvent, alerts: dict[str, str]) -> str:
    """The action as the consultant should read it: a call or message that raised an alert
    reads the alert's own outcome ("notify_sent", "notify_failed", "notify_pending"), never
    "you were alerted" when the notification failed or has not gone yet (SPEC §7); an action
    a kind means in its own way reads as that kind means it (`KIND_ACTIONS`)."""
    if e.action != "notify":
        return KIND_ACTIONS.get((e.kind, e.action), e.action)
    message_id = e.detail.get("message_id")
    key = sid_of(f"email:{message_id}") if e.kind == "email" and message_id else e.sid
    return f"notify_{alerts[key]}" if key in alerts else e.action


def _agenda_row(action: str, e: StoredEvent, has_calls: bool) -> str:
    """ "on the agenda" only for what an agenda can hold (trial37 §9): for a client with no
    standing call the topic is noted (`noted_item`), and a message with no topic (in another
    language, or that names nothing) is to read (`review`)."""
    if action != "agenda":
        return action
    if not has_calls:
        return "noted_item"
    triage = e.detail.get("triage")
    topic = triage.get("topic") if isinstance(triage, dict) else e.detail.get("topic")
    if e.kind in ("email", "transcription") and not topic:
        return "review"
    return action


def _reason(e: StoredEvent, words: Words) -> str:
    """Why, in the page's language: a decision's `why` and `facts`, a notification's notice
    kind; a stored English reason only on an English page (rows stored before reasons had
    keys), else nothing rather than another language."""
    why = e.detail.get("why")
    if e.kind == "notification":
        why = f"notice_{e.detail.get('notice') or e.detail.get('reason') or ''}"
    if isinstance(why, str) and why:
        facts = e.detail.get("facts")
        return words.reason(why, facts if isinstance(facts, dict) else {}, e.at)
    legacy = e.detail.get("reason")
    return str(legacy) if words.lang == "en" and isinstance(legacy, str) and " " in legacy else ""


EXCERPT = 300
"""Characters of a message shown in a page's list of events, at most (cut at a word)."""


def said_of(e: StoredEvent) -> str:
    """What a stored event says: a voicemail's transcript, an email's text, else its subject."""
    found = e.detail.get("voicemail") or e.detail.get("text") or e.detail.get("subject")
    return str(found) if found else ""


def excerpt(text: str, limit: int = EXCERPT) -> tuple[str, bool]:
    """The start of `text` for a list (README "Dashboard"): whole when it has at most `limit`
    characters, else cut at the last space before `limit` with "…" (a 16,000-character
    transcript or a 500 KB email is read on its own page). Returns (excerpt, whether cut)."""
    text = " ".join(text.split()) if len(text) <= limit * 4 else " ".join(text[: limit * 4].split())
    if len(text) <= limit:
        return text, False
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]
    return cut.rstrip(" ,;:.-") + " …", True


def said_link(client_id: str, e: StoredEvent) -> str | None:
    """The page that shows the whole of what `e` says (None when it has no natural key)."""
    if not e.sid:
        return None
    query = urlencode({"kind": e.kind, "sid": e.sid})
    return f"/clients/{quote(client_id, safe='')}/said?{query}"


def said_view(config: Config, client_id: str, e: StoredEvent, words: Words) -> dict[str, Any]:
    """One event's whole message: the client, when, what kind, and every word of it; and,
    for a transcript the provider sent longer than is kept, how much was kept (trial39 §9:
    a cut transcript was shown as whole)."""
    client = config.client(client_id)
    assert client is not None
    cut = e.detail.get("text_cut")
    kept = (
        {"kept": words.number(cut.get("kept"), 0), "sent": words.number(cut.get("sent"), 0)}
        if isinstance(cut, dict) and cut.get("sent")
        else None
    )
    return {
        "client": client,
        "at": words.moment(e.at),
        "kind": e.kind,
        "said": said_of(e),
        "cut": kept,
    }


def client_view(
    payload: dict[str, Any],
    config: Config,
    client_id: str,
    words: Words,
    talk: dict[str, Any] | None,
    events: list[StoredEvent],
    weeks: int | None,
    in_question: Sequence[datetime] = (),
) -> dict[str, Any]:
    """One client: its card, agenda, conversation step and script, recent events;
    `in_question`: the starts (UTC) of its standing calls it asked to move or call off, not
    answered yet (their agendas are held for the consultant, trial38 §6)."""
    client = config.client(client_id)
    assert client is not None
    found = next((c for c in payload["clients"] if c["id"] == client_id), None)
    now = datetime.fromisoformat(payload["to"] + "T23:59:59").replace(tzinfo=config.consultant.zone)
    alerts = {e.sid: e.action for e in events if e.kind == "notification" and e.sid}
    recent = []
    for e in _recent(events, client_id, now):
        shown, cut = excerpt(said_of(e))
        recent.append(
            {
                "at": words.moment(e.at),
                "kind": e.kind,
                "action": _agenda_row(_shown_action(e, alerts), e, bool(client.standing_calls)),
                "reason": _reason(e, words),
                "said": shown,
                # the whole of a long message is one link away, never printed in the list
                "whole": said_link(client_id, e) if cut else None,
                "urgent": bool(e.detail.get("urgent_press")),
            }
        )
    step = (talk or {}).get("step") or (found or {}).get("step")
    return {
        "client": client,
        "card": card(found, words) if found else None,
        "agenda": (found or {}).get("agenda") or [],
        "in_question": [words.moment(start) for start in in_question],
        # with no standing call: the topics noted, with no call to take them up
        "noted": (found or {}).get("noted") or [],
        # topics already waiting for a later call (heard too late for the next one)
        "later": [
            {"when": words.moment(later["standing_call"]), "topics": later["topics"]}
            for later in (found or {}).get("later_agendas") or []
        ],
        "step": step,
        "talk": talk,
        "recent": recent,
        "weeks": weeks,
        "periods": PERIODS,
    }


def settings_view(config: Config, path: str | None) -> dict[str, Any]:
    """The configuration as read-only sections, secrets hidden (tokens; of a notification URL
    all but its service, `notify.urls.shown`), and the file to edit."""
    if path is None:
        return {"path": None, "sections": []}
    hidden = {"twilio_auth_token", "api_token"}

    def plain(value: Any) -> Any:
        if is_dataclass(value) and not isinstance(value, type):
            return {k: plain(v) for k, v in asdict(value).items() if not k.startswith("_")}
        if isinstance(value, tuple | list):
            return [plain(v) for v in value]
        return value

    def rows(section: Any) -> list[tuple[str, str]]:
        data = plain(section)
        return [
            (k, "••••••" if k in hidden and v else _show(v))
            for k, v in data.items()
            if v not in (None, (), [])
        ]

    service = rows(config.service)
    if config.service.notify:  # Apprise URLs hold tokens and topics: the service's name only
        notify = ", ".join(shown(u) for u in config.service.notify)
        service = [(k, notify if k == "notify" else v) for k, v in service]
    # Server and calendar addresses: scheme, login and host only; a private calendar's path
    # is its secret (newcomer51 §10: the page left [mail] and [calendar] out).
    addresses = {"smtp_url", "imap_url", "caldav_url", "busy"}
    mail, calendar = (
        [(k, _addresses(getattr(part, k)) if k in addresses else v) for k, v in rows(part)]
        for part in (config.mail, config.calendar)
    )

    sections = [("consultant", rows(config.consultant))]
    sections += [(f"client {c.id}", rows(c)) for c in config.clients]
    sections += [("service", service), ("mail", mail), ("calendar", calendar)]
    sections += [("speech", rows(config.speech))]
    # the whole path, whatever folder the service was started in (trial41 §10: « live.toml »
    # for a service started with --config w/live.toml)
    return {"path": str(Path(path).resolve()), "sections": sections}


def _addresses(value: str | tuple[str, ...] | None) -> str:
    """Server or calendar addresses as the settings page shows them: "imaps://claire@
    mail.example.org:993", "https://calendar.example.org/…" (a path, which for a private
    calendar holds its secret, and any password are left out); a file path as written."""
    if value is None:
        return ""
    listed = (value,) if isinstance(value, str) else value
    out = []
    for raw in listed:
        parts = urlsplit(raw)
        if not parts.scheme or not parts.hostname:
            out.append(raw if "://" not in raw else "••••••")
            continue
        who = f"{parts.username}@" if parts.username else ""
        try:
            port = f":{parts.port}" if parts.port else ""
        except ValueError:
            port = ""
        rest = "/…" if parts.path.strip("/") or parts.query else ""
        out.append(f"{parts.scheme}://{who}{parts.hostname}{port}{rest}")
    return ", ".join(out)


DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _show(value: Any) -> str:
    """A configuration value written the way boundaries.toml writes it; keys left empty
    (no exception dates, no rule) are not shown."""
    if isinstance(value, list | tuple):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, dict):
        if {"days", "start", "end"} <= value.keys():  # working hours: "mon-fri 09:00-12:30"
            return f"{_days(value['days'])} {_show(value['start'])}-{_show(value['end'])}"
        return ", ".join(
            f"{k} = {_show(v)}" for k, v in value.items() if v is not None and v not in ((), [], "")
        )
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value)


def _days(days: Any) -> str:
    ordered = sorted(int(d) for d in days)
    if ordered and ordered == list(range(ordered[0], ordered[-1] + 1)) and len(ordered) > 2:
        return f"{DAYS[ordered[0]]}-{DAYS[ordered[-1]]}"
    return ",".join(DAYS[d] for d in ordered)
