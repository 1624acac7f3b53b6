"""`boundaries coach`: the advice of `domain.coach`, the client's figures in words, the script."""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from babel.lists import format_list

from boundaries.domain.agenda import reply_moment
from boundaries.domain.coach import Advice, WeekEvidence, advise, beyond
from boundaries.domain.figures import ClientFigures, Contact, Period, client_figures
from boundaries.domain.model import Client, Config
from boundaries.domain.premium import missing_key, missing_why, premium
from boundaries.domain.schedule import Calendar, Slot
from boundaries.i18n import in_zone, recurring, weekly
from boundaries.reporting import wording as w

NOTICE_DAYS = 30
"""A new rate takes effect on the first of the month at least this many days away."""


def working_days(config: Config, period: Period, unrecorded: Sequence[date] = ()) -> int:
    """Days of the period on which the consultant has working hours (at least 1), but for
    those of the whole weeks with nothing recorded (`unrecorded`: their Mondays,
    `ClientFigures.unrecorded`)."""
    blocks = config.consultant.blocks
    gaps = set(unrecorded)
    days = 0
    for i in range(period.days):
        day = period.first + timedelta(days=i)
        if blocks[day.weekday()] and day - timedelta(days=day.weekday()) not in gaps:
            days += 1
    return max(days, 1)


def effective_date(today: date) -> date:
    """The first of the month at least `NOTICE_DAYS` after `today`."""
    later = today + timedelta(days=NOTICE_DAYS)
    if later.day == 1:
        return later
    return (later.replace(day=28) + timedelta(days=4)).replace(day=1)


def standing_call_words(
    lang: str, config: Config, cal: Calendar, client: Client, contacts: list[Contact], now: datetime
) -> tuple[str, str, int]:
    """The standing calls to name, as (“le lundi à 13 h et le jeudi à 13 h”, “lundi”, 2): the
    client's own, every one of a week (a letter that named only Monday's told a client with
    two calls a week that the terms were one, newcomer51 §3), else the weekday it calls most
    at 10:00 (the consultant's time). The script is said or sent to the client, so the days
    and hours are the client's own, its zone named where its clock is not the consultant's
    (“Wednesdays at 10:00 Eastern Time”)."""
    zone = config.consultant.zone
    week = _week_of_calls(cal, client.id, now)
    if week:
        reader = config.client_zone(client)
        habits = [
            recurring(s, _next_of_habit(cal, client.id, s), w.language(lang), reader.zone)
            for s in week
        ]
        if reader.named(week[0]):
            habits[-1] = in_zone(habits[-1], w.language(lang), reader.zone)
        listed = str(format_list(habits, locale=w.locale(lang)))
        return listed, w.weekday(lang, week[0].astimezone(reader.zone).date()), len(week)
    nxt = cal.next_call(client.id, now)
    if nxt is not None:
        start = nxt.start
    else:
        days = Counter(c.at.astimezone(zone).weekday() for c in contacts if c.channel == "call")
        working = [d for d in range(5) if config.consultant.blocks[d]] or [0]
        best = max(working, key=lambda d: (days.get(d, 0), -d))
        today = now.astimezone(zone).date()
        ahead = today + timedelta(days=(best - today.weekday()) % 7 or 7)
        start = datetime(ahead.year, ahead.month, ahead.day, 10, 0, tzinfo=zone)
    reader = config.client_zone(client)
    local = start.astimezone(reader.zone)
    day = w.weekday(lang, local.date())
    said = weekly(local, w.language(lang), reader.zone)
    if reader.named(start):
        said = in_zone(said, w.language(lang), reader.zone)
    return said, day, 1


def _next_of_habit(cal: Calendar, client_id: str, start: datetime) -> datetime | None:
    """The start (UTC) of the client's next standing call after `start` on the same weekday
    and hour, looked for over the next 40 days; None when there is none."""
    at = cal.next_call(client_id, start)
    while at is not None and at.start < start + timedelta(days=40):
        if (at.start.weekday(), at.start.time()) == (start.weekday(), start.time()):
            return at.start
        at = cal.next_call(client_id, at.start)
    return None


def _week_of_calls(cal: Calendar, client_id: str, now: datetime) -> list[datetime]:
    """The starts (UTC) of the client's standing calls in the week from its next one, one per
    weekday and hour (a skipped or moved one leaves the week's habit as it is)."""
    first = cal.next_call(client_id, now)
    if first is None:
        return []
    starts: list[datetime] = []
    seen: set[tuple[int, object]] = set()
    at: Slot | None = first
    while at is not None and at.start < first.start + timedelta(days=7):
        habit = (at.start.weekday(), at.start.time())
        if habit not in seen:
            seen.add(habit)
            starts.append(at.start)
        at = cal.next_call(client_id, at.start)
    return starts


RECENT = timedelta(days=3)
"""A period that ended at most this long before the script's day is "the last …" (a weekend
and a day between the last event and the letter)."""


def script_values(
    lang: str,
    config: Config,
    cal: Calendar,
    client: Client,
    figures: ClientFigures,
    period: Period,
    contacts: list[Contact],
    now: datetime,
    steps_taken: list[str],
    written_on: date | None = None,
) -> dict[str, Any]:
    """Everything a script may say, already formatted for `lang`. A rate rise takes effect
    from `effective_date` of `written_on`, the day the letter is written (default: `now`'s
    day): a store's evidence ends at its last event, which may be weeks back (newcomer51
    §15: 29 days' notice instead of 30)."""
    t = figures.total
    n = w.number
    recent = (written_on or now.astimezone(config.consultant.zone).date()) - period.last <= RECENT
    share = 100 * t.content_free / t.voicemails if t.voicemails else 0.0
    found = premium(client, figures.demanded_hours_per_week)
    # Each figure said with a noun is written once, and its noun's number taken from that
    # very text (CLDR, Babel): "about 1 hour", « 0,8 heure », "1.5 hours", never "1 hours".
    # the calls a direct conversation is about: outside the standing calls, not the standing
    # calls themselves (trial34 §1: "you called me 15 times" of 14 standing calls)
    unplanned = t.calls_outside
    unplanned_per_day = w.counted(
        lang, unplanned / working_days(config, period, figures.unrecorded), 1
    )
    unplanned_per_week = w.counted(lang, unplanned / max(figures.averaging_weeks, 1 / 7), 1)
    lost = w.counted(lang, figures.hours_lost, 1)
    # A weekly average as the demand is (`averaging_weeks`: a partial week is not multiplied
    # up to seven days, and a Monday in the period does not halve it).
    lost_per_week = w.counted(lang, figures.hours_lost_per_week, 1)
    demanded = w.counted(lang, figures.demanded_hours_per_week, 1)
    billed = w.counted(lang, client.billed_hours_per_week or 0, 1)
    proposed, day, standing_calls = standing_call_words(lang, config, cal, client, contacts, now)
    effective = effective_date(written_on or now.astimezone(config.consultant.zone).date())
    return {
        "client": client.name,
        "consultant": config.consultant.name,
        "weeks": n(lang, period.weeks, 0) if period.weeks >= 1 else n(lang, period.weeks, 1),
        # "the last 26 days" only of a period that ends about when the script is read; of
        # one that ended weeks before, "the 26 days" (trial40 §7: « les 26 derniers jours (du
        # 12 oct. au 6 nov.) » in a letter written on 5 December)
        "span": w.span(lang, period.days, period.days - figures.unrecorded_days, last=recent),
        "span_last": recent,
        # the days it covers: « du 9 nov. au 29 nov. », "Nov 9 to Nov 29"
        "span_dates": w.say(
            lang,
            "span.dates",
            first=w.short_day(lang, period.first),
            last=w.short_day(lang, period.last),
        ),
        "calls": t.calls,
        "unplanned": unplanned,
        "unplanned_per_day": str(unplanned_per_day),
        "unplanned_per_day_one": unplanned_per_day.form == "one",
        # "about 0 a working day" is no figure to say (trial34 §1)
        "unplanned_daily": w.as_written(lang, str(unplanned_per_day)) > 0,
        # fewer than one a working day is said by the week: "about 1.5 calls a week", not
        # "about 0.3 calls a working day", a figure too small to open the talk with (trial39
        # §9); averaged over the weeks the demand is (`averaging_weeks`)
        "unplanned_weekly": w.as_written(lang, str(unplanned_per_day)) < 1,
        "unplanned_per_week": str(unplanned_per_week),
        "unplanned_per_week_one": unplanned_per_week.form == "one",
        "bursts": t.bursts,
        "voicemails": t.voicemails,
        "content_free": t.content_free,
        "content_free_share": w.percent(lang, share),
        "status_checks": t.status_checks,
        "already_answered": t.already_answered,
        "interruptions": t.interruptions,
        "hours_lost": str(lost),
        "hours_lost_one": lost.form == "one",
        # Whether anything was lost or asked, as the figure is written (0.04 h is "0"): a
        # script never says "about 0 hours" nor asks a rise for nothing.
        "lost": w.as_written(lang, str(lost)) > 0,
        "hours_lost_per_week": str(lost_per_week),
        "demanded_per_week": str(demanded),
        # CLDR number of each figure as written: « 0,8 heure perdue », "0.8 hours"
        "hours_lost_per_week_one": lost_per_week.form == "one",
        "demanded_per_week_one": demanded.form == "one",
        "demands": w.as_written(lang, str(demanded)) > 0,
        # "well beyond" only over twice the allowance, as the coach's "not worked" verdict:
        # below it, a client it called better is not told "well beyond" (trial38 §5c)
        "far_beyond": beyond(figures.adhoc_demand_per_week, 2 * figures.adhoc_allowance),
        "allowance": figures.adhoc_allowance,
        "times_a_week": w.times_a_week(lang, figures.adhoc_allowance),
        "standing_call": proposed,
        "standing_call_day": day,
        "standing_calls": standing_calls,  # how many a week it names
        "has_standing_call": bool(client.standing_calls),
        # What pressing 1 does, promised only where it holds (SPEC §7): offered at all, and an
        # alert only through a notification channel (else the message is heard first).
        "urgent_line": client.urgent_line,
        "alerted": config.service.has_channel,
        # An answer by email is promised only where one can be sent: [mail] smtp_url and an
        # address for the client (as the greeting does).
        "answers_by_mail": bool(config.mail.smtp_url and client.emails),
        # "the same day" only where it holds in the client's own zone: a Sydney client's
        # morning message is answered at 17:00 Paris, 3 a.m. the next day there (newcomer55 §13)
        "same_day_answer": answered_same_day(config, client, now),
        "current_rate": w.money(lang, client.hourly_rate or 0.0, client.currency),
        "suggested_rate": w.money(lang, found.suggested_rate, found.currency) if found else None,
        "percent": w.percent(lang, found.percent) if found else None,
        "billed": str(billed),
        "billed_one": billed.form == "one",
        "missing_key": missing_key(client),
        "missing_zero": missing_why(client) == "zero",  # given as 0: to set, not to add
        "effective": w.day(lang, effective),
        "steps_taken": [w.say(lang, f"steps.{s}") for s in steps_taken],
    }


def answered_same_day(config: Config, client: Client, now: datetime) -> bool:
    """Whether a message the client leaves at 10:00 its time on the next working day after
    `now` is answered the same day of its calendar (`reply_moment`, SPEC §10): true for a
    client in the consultant's zone or behind it (New York for Paris), false for one far ahead
    (Sydney), whose answer comes in its night and is read the next day."""
    zone = config.client_zone(client).zone
    day = now.astimezone(zone).date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    left = datetime.combine(day, time(10, 0), tzinfo=zone)
    answered = reply_moment(config, left.astimezone(UTC)).astimezone(zone)
    return answered.date() == day and answered.hour >= 7


def conversation(
    lang: str,
    config: Config,
    cal: Calendar,
    client: Client,
    contacts: list[Contact],
    period: Period,
    now: datetime,
    taken: list[tuple[str, date]],
    written_on: date | None = None,
    reader: str | None = None,
) -> tuple[Advice, str | None, str | None]:
    """The advice on `client` (`taken`: its recorded (step, local day), oldest first), the
    step whose script to show and that script, as `boundaries coach` and the dashboard show
    them (SPEC §8). `contacts`: every client's, over `period`. The script is in `lang` (said
    or sent to the client); what in it is for the consultant alone (the rate note without a
    rate, the questions before the decision) is in `reader`, the language of the view around
    it (default: the consultant's; trial45 B5: French questions under an English view).

    After a recorded step the script's figures cover the weeks the verdict judged
    (`Advice.window`), so that a rate letter asks for the demand the verdict saw, not an
    average diluted or swollen by the weeks before; without a recorded step (or before a
    whole week has passed since the step's week) they cover the whole period."""
    figures = next(
        f for f in client_figures(config, contacts, period, cal, now) if f.id == client.id
    )
    # the weeks in which anything was recorded, for any client: the others are no evidence
    zone = config.consultant.zone
    days = {c.at.astimezone(zone).date() for c in contacts}
    recorded_weeks = {day - timedelta(days=day.weekday()) for day in days}
    advice = advise(figures, period, taken, recorded_weeks)
    script_step = advice.next_step if advice.next_step else advice.step
    if script_step is None:
        return advice, None, None
    window = advice.window or period
    if advice.window is not None:
        figures = next(
            f for f in client_figures(config, contacts, window, cal, now) if f.id == client.id
        )
    mine = [c for c in contacts if c.client == client.id]
    # the steps taken before the one the script is for (at the last step, `decide` is that
    # step: "despite the steps already taken (the decision to part ways…)", trial37 §5)
    steps = [s for s, _ in taken if s != script_step]
    values = script_values(lang, config, cal, client, figures, window, mine, now, steps, written_on)
    own = reader or config.consultant.language
    if own != lang and script_step in ("rates", "decide"):
        mine_values = script_values(
            own, config, cal, client, figures, window, mine, now, steps, written_on
        )
    else:
        mine_values = values
    if script_step == "rates" and values["demands"] and not values["suggested_rate"]:
        # no billed rate to raise: not a letter for the client but a note for the consultant,
        # in the consultant's language (trial34 §10: an English note in a French view)
        return advice, script_step, w.script(own, "rates_note", **mine_values)
    if script_step == "rates" and not values["demands"]:
        # "no rise to announce": a word for the consultant, not a letter
        return advice, script_step, w.script(own, "rates", **mine_values)
    if script_step == "decide":
        # questions for the consultant around the words to say to the client (in its own)
        words = w.script(lang, "decide_words", **values).strip()
        return advice, script_step, w.script(own, "decide", **mine_values, words=words)
    return advice, script_step, w.script(lang, script_step, **values)


def coach_json(
    advice: Advice, lang: str, script_step: str | None, script: str | None
) -> dict[str, Any]:
    """What `coach --json` prints."""
    return {
        "client": advice.client_id,
        "step": advice.step,
        "on": advice.on.isoformat() if advice.on else None,
        "verdict": str(advice.verdict),
        "adhoc_demand_per_week": round(advice.demand_per_week, 2),
        "adhoc_allowance": advice.allowance,
        # the weeks the verdict and the script's figures cover (None: the whole period)
        "judged": (
            {
                "from": window.first.isoformat(),
                "to": window.last.isoformat(),
                "weeks": len(advice.judged),
            }
            if (window := advice.window) is not None
            else None
        ),
        "before": [_week(wk) for wk in advice.before],
        "after": [_week(wk) for wk in advice.after],
        "next_step": advice.next_step,
        "move_on": advice.move_on,
        "script_step": script_step,
        "lang": lang,
        "script": script,
    }


def _week(wk: WeekEvidence) -> dict[str, Any]:
    return {
        "week": wk.week.isoformat(),
        "calls": wk.calls,
        "interruptions": wk.interruptions,
        "adhoc_demand": wk.adhoc_demand,
        "complete": wk.complete,
        "recorded": wk.recorded,
    }


def promises_a_standing_call(client: Client, script_step: str | None) -> bool:
    """The step's script speaks of "our standing call" (agreed in the direct conversation)
    while the configuration gives the client none: the replies and agendas, which follow the
    configuration, would not keep that promise (trial34 §2)."""
    return script_step in ("pushback", "defer", "rates") and not client.standing_calls


def coach_text(
    advice: Advice,
    client: Client,
    lang: str,
    script_step: str | None,
    script: str | None,
    replayed: bool = False,
) -> str:
    """The readable view: step, evidence before and after, verdict, next step and script.
    `replayed`: judged from an events file, whose empty weeks are gaps in the file, not a
    service that was not running (trial52 §11)."""
    lines = [w.say(lang, "coach.title", client=client.name), ""]
    lines.append(at_step_said(advice, lang) or w.say(lang, "coach.no_step"))
    lines += ["", w.say(lang, "coach.evidence" if advice.step else "coach.evidence_all")]
    for label, weeks in (("coach.before", advice.before), ("coach.after", advice.after)):
        if not weeks:
            continue
        if advice.step is not None:
            colon = ":" if lang == "en" else " :"
            lines.append(f"  {w.say(lang, label)}{colon}")
        for wk in weeks:
            if not wk.recorded:
                key = "coach.week_not_in_file" if replayed else "coach.week_unrecorded"
                lines.append("    " + w.say(lang, key, week=w.short_day(lang, wk.week)))
                continue
            row = w.say(
                lang,
                "coach.week_row",
                week=w.short_day(lang, wk.week),
                calls=wk.calls,
                # what the verdict judges, beside what the client did (trial40 §6)
                demand=wk.adhoc_demand,
                interruptions=wk.interruptions,
            )
            lines.append(f"    {row}" + ("" if wk.complete else " …"))
    lines += ["", verdict_said(advice, client, lang)]
    if script_step is not None and script is not None:
        lines += ["", next_step_said(advice, lang, script_step)]
        if promises_a_standing_call(client, script_step):
            lines += ["", w.say(lang, "coach.no_standing_call", client=client.name)]
        lines += ["", *script.splitlines()]
    return "\n".join(map(wrap, lines)) + "\n"


def at_step_said(advice: Advice, lang: str) -> str | None:
    """The step taken and its day (« Étape franchie : …, le 2 novembre 2026. »), or None
    without a recorded step."""
    if not (advice.step and advice.on):
        return None
    step_name = w.say(lang, f"steps.{advice.step}")
    return w.say(lang, "coach.at_step", step=step_name, on=w.day(lang, advice.on))


def verdict_said(advice: Advice, client: Client, lang: str) -> str:
    """The coach's verdict on the step taken (too early, worked, partly, not worked…) as the
    readable view and the dashboard say it (`coach.verdict_*` of locales/<lang>/report.toml)."""
    window = advice.window
    values: dict[str, object] = {
        "demand": w.counted(lang, advice.demand_per_week, 1),
        "allowance": w.counted(lang, advice.allowance),
        "weeks": len(advice.judged),
        "judged": w.counted(lang, len(advice.judged)),
        "window": (
            w.say(
                lang,
                "span.dates",
                first=w.short_day(lang, window.first),
                last=w.short_day(lang, window.last),
            )
            if window is not None
            else ""
        ),
        "client": client.name,
    }
    return w.say(lang, f"coach.verdict_{_verdict_key(advice)}", **values)


def next_step_said(advice: Advice, lang: str, script_step: str) -> str:
    """What to do with the script: move on to its step, stay at the current one for now (its
    step comes if this one is not enough), or the last step's own script."""
    step_name = w.say(lang, f"steps.{script_step}")
    key = "coach.next" if advice.move_on or advice.step is None else "coach.stay"
    if advice.verdict.value == "last":
        key = "coach.current"  # the last step's own script: no step comes next
    return w.say(lang, key, step=step_name)


def wrap(line: str, width: int = 80) -> str:
    """A script line wrapped to `width` columns (numbered items keep their indent)."""
    if len(line) <= width:
        return line
    indent = "   " if line[:2].rstrip(".").isdigit() else ""
    return "\n".join(textwrap.wrap(line, width, subsequent_indent=indent, break_on_hyphens=False))


def _verdict_key(advice: Advice) -> str:
    """The catalogue key of the verdict's sentence: "partly" claims the demand came down, so
    where the complete weeks before the step asked no more than those judged after it, the
    sentence says "not there yet" without it (trial40 §6: « C'est mieux » for a client whose
    ad-hoc calls went from 1 to 2 a week)."""
    key = "none" if advice.verdict.value == "no_step" else advice.verdict.value
    if key == "partly":
        before = [w for w in advice.before if w.complete]
        if before and sum(w.adhoc_demand for w in before) / len(before) <= advice.demand_per_week:
            return "partly_same"
    return key
