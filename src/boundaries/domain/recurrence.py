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

from boundaries.errors import Said, Term, catalogued

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
    """A recurrence rule that cannot be used; the message says what to write instead: the
    entry `key` of [rule] in locales/<lang>/config.toml filled with `values`, `words(lang)` in
    any language, `str()` the English."""

    def __init__(self, key: str, /, **values: object) -> None:
        self.words = catalogued("config", "rule." + key, **values)
        super().__init__(self.words("en"))


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
        raise RuleError("empty", example=EXAMPLE)
    rules = []
    for line in lines:
        name, sep, value = line.partition(":")
        prop = name.split(";", 1)[0].strip().upper() if sep else ""
        if not sep or "=" in prop:
            rules.append(line)
        elif prop == "RRULE":
            rules.append(value)
        else:
            raise _other_property(prop, name, value, zone)
    if len(rules) > 1:
        raise RuleError("several")
    rule = _parse_parts(rules[0], zone)
    if rule.needs_anchor and not has_since:
        raise RuleError("no_day", rule=rule.text, fix=_day_fix(rule))
    if rule.interval != 1 and not has_since:
        unit = _UNITS[rule.freq]
        raise RuleError(
            "interval",
            n=rule.interval,
            unit=Term("config", "rule." + unit),
            units=Term("config", f"rule.{unit}s"),
        )
    if rule.count is not None and not has_since:
        raise RuleError("count", n=rule.count)
    return rule


def _day_fix(rule: Rule) -> str:
    if rule.freq == "WEEKLY":
        return rule.text + ";BYDAY=TH"
    if rule.freq == "MONTHLY":
        return rule.text + ";BYDAY=1TH"
    return rule.text + ";BYMONTH=1;BYMONTHDAY=15"


def _other_property(prop: str, name: str, value: str, zone: ZoneInfo) -> RuleError:
    """The refusal of a property line pasted with the rule (EXDATE, DTSTART, RDATE…), with
    the keys of the standing call to write instead."""
    if prop == "EXDATE":
        days = [_stamp_day(v.strip(), zone) for v in value.split(",") if v.strip()]
        listed = ", ".join(f'"{d.isoformat()}"' for d in days if d is not None)
        return RuleError("exdate", dates=listed or '"YYYY-MM-DD"')
    if prop == "DTSTART":
        stamp = _STAMP.match(value.strip().upper())
        local = _stamp(stamp, zone) if stamp else None
        if local is not None:
            return RuleError("dtstart", day=local.date().isoformat(), start=f"{local:%H:%M}")
        return RuleError("dtstart", day="YYYY-MM-DD", start="HH:MM")
    if prop == "RDATE":
        return RuleError("rdate")
    return RuleError("other_line", name=name.strip(), example=EXAMPLE)


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
            raise RuleError("part", part=piece.strip(), example=EXAMPLE)
        if key in values:
            raise RuleError("twice", key=key)
        if key in _TIME_PARTS:
            raise RuleError("time_part", key=key)
        if key not in PARTS:
            raise RuleError("unknown_part", key=key, parts=", ".join(PARTS))
        values[key] = value
    freq = values.get("FREQ")
    if freq is None:
        raise RuleError("no_freq", example=EXAMPLE)
    if freq in ("SECONDLY", "MINUTELY", "HOURLY"):
        raise RuleError("too_frequent", freq=freq, example=EXAMPLE)
    if freq not in FREQUENCIES:
        raise RuleError("not_a_frequency", freq=freq, frequencies=", ".join(FREQUENCIES))
    if "UNTIL" in values and "COUNT" in values:
        raise RuleError("until_and_count")
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
        raise RuleError("wkst", day=values["WKST"], days=", ".join(DAYS))
    if "BYSETPOS" in values and not any(k.startswith("BY") and k != "BYSETPOS" for k in values):
        raise RuleError("bysetpos")
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
        raise RuleError("positive", key=key, raw=raw)
    return int(raw)


def _until(raw: str | None, zone: ZoneInfo) -> datetime | None:
    """UNTIL as a local wall time: a date means the whole of that day (as calendars show it)."""
    if raw is None:
        return None
    m = _STAMP.match(raw)
    local = _stamp(m, zone) if m else None
    if local is None:
        raise RuleError("until", raw=raw)
    if m is not None and m.group(2) is None:
        return datetime.combine(local.date(), time(23, 59, 59))
    return local


def _numbers(key: str, raw: str, lo: int, hi: int, signed: bool = True) -> None:
    for item in raw.split(","):
        m = re.fullmatch(r"([+-]?)(\d{1,3})", item.strip())
        ok = m is not None and lo <= int(m.group(2)) <= hi and (signed or not m.group(1))
        if not ok:
            span = _span("rule.span_signed" if signed else "rule.span", lo, hi)
            raise RuleError("out_of_range", key=key, raw=raw, item=item, span=span)


def _span(key: str, lo: int, hi: int) -> Said:
    """The numbers a part takes, "1 to 31 or -31 to -1", in any language."""
    return Said(catalogued("config", key, lo=lo, hi=hi))


def _byday(raw: str, freq: str) -> None:
    for item in raw.split(","):
        m = _BYDAY.match(item.strip())
        if m is None:
            raise RuleError("byday", raw=raw, item=item)
        if m.group(2) is not None:
            if freq not in ("MONTHLY", "YEARLY"):
                raise RuleError("byday_numbered", raw=raw, item=item)
            n = int(m.group(2))
            if not 1 <= n <= 53:
                span = _span("rule.span", 1, 53)
                raise RuleError("out_of_range", key="BYDAY", raw=raw, item=item, span=span)
