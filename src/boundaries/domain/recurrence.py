"""Reading a standing call's RFC 5545 recurrence rule: what is accepted, and the fix for the rest.

One reader serves the configuration check, the decision, the simulator and the feed, so that
a rule means the same thing everywhere. The rule is written without DTSTART: its anchor is
the standing call's `since` date (see `domain.schedule.anchor`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# Parts in the order RFC 5545 §3.3.10 lists them; the normalised rule keeps this order.
PARTS = (
    "FREQ",
    "UNTIL",
    "COUNT",
    "INTERVAL",
    "BYDAY",
    "BYMONTHDAY",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYMONTH",
    "BYSETPOS",
    "WKST",
)
_TIME_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")
_BYDAY = re.compile(r"^([+-]?)(\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_STAMP = re.compile(r"^(\d{8})(?:T(\d{6})(Z?))?$")
_RANGES = {
    "BYMONTHDAY": (1, 31),
    "BYYEARDAY": (1, 366),
    "BYWEEKNO": (1, 53),
    "BYSETPOS": (1, 366),
}
EXAMPLE = "FREQ=WEEKLY;BYDAY=FR"
_UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}


class RuleError(ValueError):
    """A recurrence rule that cannot be used; the message says what to write instead."""


@dataclass(frozen=True)
class Rule:
    """A checked rule: `text` is normalised (UNTIL in local time, parts in RFC order)."""

    text: str
    freq: str
    count: int | None
    interval: int
    until: datetime | None  # local wall time, naive
    parts: tuple[tuple[str, str], ...]

    def has(self, name: str) -> bool:
        return any(k == name for k, _ in self.parts)

    @property
    def needs_anchor(self) -> bool:
        """Whether the day of the calls comes from the anchor date rather than the rule."""
        by = {k for k, _ in self.parts}
        if self.freq == "WEEKLY":
            return "BYDAY" not in by
        if self.freq == "MONTHLY":
            return not by & {"BYDAY", "BYMONTHDAY"}
        if self.freq == "YEARLY":
            day_given = bool(by & {"BYDAY", "BYMONTHDAY"})
            return not ("BYYEARDAY" in by or ("BYWEEKNO" in by and "BYDAY" in by)) and not (
                ("BYMONTH" in by and day_given) or _numbered_byday(self)
            )
        return False

    @property
    def counts_from_anchor(self) -> bool:
        """Whether which occurrences exist depends on where counting starts (COUNT, INTERVAL)."""
        return self.count is not None or self.interval != 1 or self.needs_anchor


def _numbered_byday(rule: Rule) -> bool:
    return any(k == "BYDAY" and re.search(r"\d", v) for k, v in rule.parts)


def read_rule(raw: str, zone: ZoneInfo, has_since: bool) -> Rule:
    """Check a standing call's `rrule` text; raise `RuleError` naming the fix.

    Accepts what calendar exports contain (RFC 5545 §3.3.10): FREQ DAILY to YEARLY, UNTIL as
    a date, a local time or a UTC time (converted to the consultant's local time), COUNT,
    INTERVAL, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST, with or without
    an "RRULE:" prefix. Other properties pasted with it (EXDATE, DTSTART, RDATE) are refused
    with the key to write instead.
    """
    lines = [ln.strip() for ln in re.split(r"[\r\n]+", raw.strip()) if ln.strip()]
    if not lines:
        raise RuleError(f"the rule is empty. Fix: write a rule such as '{EXAMPLE}'.")
    rules = []
    for line in lines:
        name, sep, value = line.partition(":")
        prop = name.split(";", 1)[0].strip().upper() if sep else ""
        if not sep or "=" in prop:
            rules.append(line)
        elif prop == "RRULE":
            rules.append(value)
        else:
            raise RuleError(_other_property(prop, name, value, zone))
    if len(rules) > 1:
        raise RuleError(
            "holds more than one RRULE. Fix: give each rule its own standing call "
            "(standing_calls = [{ rrule = ... }, { rrule = ... }])."
        )
    rule = _parse_parts(rules[0], zone)
    if rule.needs_anchor and not has_since:
        raise RuleError(
            f"{rule.text!r} does not say on which day the call falls, so it would depend on "
            f"where counting starts. Fix: name the day (e.g. '{_day_fix(rule)}'), or add "
            'since = "YYYY-MM-DD" (the date of the first call; its day is kept).'
        )
    if rule.interval != 1 and not has_since:
        unit = _UNITS[rule.freq]
        raise RuleError(
            f"INTERVAL={rule.interval} (every {rule.interval} {unit}s) counts {unit}s from a "
            f"first call that is not given, so which {unit}s have the call would be a guess. "
            'Fix: add since = "YYYY-MM-DD" (the date of one of these calls; the series runs '
            f"every {rule.interval} {unit}s from it), or remove INTERVAL for every {unit}."
        )
    if rule.count is not None and not has_since:
        raise RuleError(
            f"COUNT={rule.count} counts calls from a first date that is not given. Fix: add "
            'since = "YYYY-MM-DD" (the date of the first call), or use UNTIL=YYYYMMDD.'
        )
    return rule


def _day_fix(rule: Rule) -> str:
    if rule.freq == "WEEKLY":
        return rule.text + ";BYDAY=TH"
    if rule.freq == "MONTHLY":
        return rule.text + ";BYDAY=1TH"
    return rule.text + ";BYMONTH=1;BYMONTHDAY=15"


def _other_property(prop: str, name: str, value: str, zone: ZoneInfo) -> str:
    if prop == "EXDATE":
        days = [_stamp_day(v.strip(), zone) for v in value.split(",") if v.strip()]
        listed = ", ".join(f'"{d.isoformat()}"' for d in days if d is not None)
        listed = listed or '"YYYY-MM-DD"'
        return (
            "holds an EXDATE line: an exception is a key of its own, not part of the rule. "
            f"Fix: keep only the RRULE in 'rrule' and add exdates = [{listed}] "
            "to this standing call."
        )
    if prop == "DTSTART":
        stamp = _STAMP.match(value.strip().upper())
        local = _stamp(stamp, zone) if stamp else None
        fix = 'since = "YYYY-MM-DD" and start = "HH:MM"'
        if local is not None:
            fix = f'since = "{local.date().isoformat()}" and start = "{local:%H:%M}"'
        return f"holds a DTSTART line. Fix: keep only the RRULE in 'rrule' and write {fix}."
    if prop == "RDATE":
        return (
            "holds an RDATE line: extra single dates are not standing calls. Fix: remove it; "
            "for a regular extra call add another standing call."
        )
    return (
        f"holds a {name.strip()!r} line, which is not a recurrence rule. Fix: keep only "
        f"the rule, e.g. '{EXAMPLE}'."
    )


def _stamp_day(value: str, zone: ZoneInfo) -> date | None:
    m = _STAMP.match(value.upper())
    if not m:
        return None
    local = _stamp(m, zone)
    return local.date() if local else None


def _stamp(m: re.Match[str], zone: ZoneInfo) -> datetime | None:
    try:
        day = datetime.strptime(m.group(1), "%Y%m%d")
        if m.group(2) is None:
            return day
        at = datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    if m.group(3):
        return at.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)
    return at


def _parse_parts(text: str, zone: ZoneInfo) -> Rule:
    text = text.strip().rstrip(";")
    if text.upper().startswith("RRULE:"):
        text = text[6:]
    values: dict[str, str] = {}
    for piece in text.split(";"):
        key, sep, value = piece.partition("=")
        key, value = key.strip().upper(), value.strip().upper()
        if not sep or not key or not value:
            raise RuleError(
                f"cannot read {piece.strip()!r}: each part is KEY=VALUE, separated by ';'. "
                f"Fix: write it like '{EXAMPLE}'."
            )
        if key in values:
            raise RuleError(f"{key} is given twice. Fix: keep one {key}=….")
        if key in _TIME_PARTS:
            raise RuleError(
                f"{key} is not used: the time of the call is the 'start' key. Fix: remove "
                f'{key}=… and write start = "HH:MM" (one standing call per time of day).'
            )
        if key not in PARTS:
            raise RuleError(
                f"unknown part {key!r}. Fix: use only {', '.join(PARTS)} (RFC 5545 §3.3.10)."
            )
        values[key] = value
    freq = values.get("FREQ")
    if freq is None:
        raise RuleError(f"FREQ is missing. Fix: start the rule with FREQ=, e.g. '{EXAMPLE}'.")
    if freq in ("SECONDLY", "MINUTELY", "HOURLY"):
        raise RuleError(
            f"FREQ={freq} repeats more than daily: not a standing call. "
            f"Fix: use DAILY, WEEKLY, MONTHLY or YEARLY, e.g. '{EXAMPLE}'."
        )
    if freq not in FREQUENCIES:
        raise RuleError(f"FREQ={freq} is not a frequency. Fix: use {', '.join(FREQUENCIES)}.")
    if "UNTIL" in values and "COUNT" in values:
        raise RuleError("UNTIL and COUNT together are not allowed (RFC 5545). Fix: keep one.")
    count = _positive(values, "COUNT")
    interval = _positive(values, "INTERVAL") or 1
    until = _until(values.get("UNTIL"), zone)
    for key, (lo, hi) in _RANGES.items():
        if key in values:
            _numbers(key, values[key], lo, hi)
    if "BYMONTH" in values:
        _numbers("BYMONTH", values["BYMONTH"], 1, 12, signed=False)
    if "BYDAY" in values:
        _byday(values["BYDAY"], freq)
    if "WKST" in values and values["WKST"] not in DAYS:
        raise RuleError(f"WKST={values['WKST']} is not a day. Fix: use one of {', '.join(DAYS)}.")
    if "BYSETPOS" in values and not any(k.startswith("BY") and k != "BYSETPOS" for k in values):
        raise RuleError(
            "BYSETPOS needs another BY… part to pick from (RFC 5545). "
            "Fix: e.g. 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' (last weekday)."
        )
    if until is not None:
        values["UNTIL"] = until.strftime("%Y%m%dT%H%M%S")
    parts = tuple((k, values[k]) for k in PARTS if k in values)
    return Rule(
        text=";".join(f"{k}={v}" for k, v in parts),
        freq=freq,
        count=count,
        interval=interval,
        until=until,
        parts=parts,
    )


def _positive(values: dict[str, str], key: str) -> int | None:
    raw = values.get(key)
    if raw is None:
        return None
    if not raw.isdigit() or int(raw) < 1:
        raise RuleError(f"{key}={raw} must be a whole number from 1. Fix: e.g. {key}=2.")
    return int(raw)


def _until(raw: str | None, zone: ZoneInfo) -> datetime | None:
    """UNTIL as a local wall time: a date means the whole of that day (as calendars show it)."""
    if raw is None:
        return None
    m = _STAMP.match(raw)
    local = _stamp(m, zone) if m else None
    if local is None:
        raise RuleError(
            f"UNTIL={raw} is not a date. Fix: write UNTIL=20271231, UNTIL=20271231T235959 "
            "(local time) or UTC with a Z: UNTIL=20271231T225959Z."
        )
    if m is not None and m.group(2) is None:
        return datetime.combine(local.date(), time(23, 59, 59))
    return local


def _numbers(key: str, raw: str, lo: int, hi: int, signed: bool = True) -> None:
    for item in raw.split(","):
        m = re.fullmatch(r"([+-]?)(\d{1,3})", item.strip())
        ok = m is not None and lo <= int(m.group(2)) <= hi and (signed or not m.group(1))
        if not ok:
            span = f"{lo} to {hi}" + (f" or -{hi} to -{lo}" if signed else "")
            raise RuleError(f"{key}={raw}: {item!r} is out of range. Fix: use {span}.")


def _byday(raw: str, freq: str) -> None:
    for item in raw.split(","):
        m = _BYDAY.match(item.strip())
        if m is None:
            raise RuleError(
                f"BYDAY={raw}: {item!r} is not a day. Fix: use MO, TU, WE, TH, FR, SA, SU "
                "(with a number in monthly rules: 1MO first Monday, -1FR last Friday)."
            )
        if m.group(2) is not None:
            if freq not in ("MONTHLY", "YEARLY"):
                raise RuleError(
                    f"BYDAY={raw}: a numbered day like {item!r} only fits MONTHLY or YEARLY "
                    "rules (RFC 5545). Fix: drop the number, or use FREQ=MONTHLY."
                )
            n = int(m.group(2))
            if not 1 <= n <= 53:
                raise RuleError(f"BYDAY={raw}: {item!r} is out of range. Fix: use 1 to 53.")
