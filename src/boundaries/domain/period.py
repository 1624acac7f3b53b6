"""A reporting period: local days in the consultant's zone, and the weeks it touches."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class Period:
    """Local days `first`..`last` (inclusive) in the consultant's zone."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def weeks(self) -> float:
        """Length in weeks (days / 7); reports round it to two decimals as `simulate` does."""
        return self.days / 7

    def mondays(self) -> list[date]:
        """The Monday of every week the period touches, oldest first."""
        monday = self.first - timedelta(days=self.first.weekday())
        out = []
        while monday <= self.last:
            out.append(monday)
            monday += timedelta(days=7)
        return out

    def bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """[start, end) in UTC: local midnight of `first` to local midnight after `last`."""
        start = datetime.combine(self.first, time(), zone).astimezone(UTC)
        end = datetime.combine(self.last + timedelta(days=1), time(), zone).astimezone(UTC)
        return start, end

    @classmethod
    def last_weeks(cls, weeks: int, today: date) -> Period:
        """The last `weeks` calendar weeks (Monday first) up to `today`, this one so far."""
        monday = today - timedelta(days=today.weekday())
        return cls(monday - timedelta(days=7 * (weeks - 1)), today)

    @classmethod
    def spanning(cls, contacts: Iterable[datetime], zone: ZoneInfo, today: date) -> Period:
        """From the local day of the earliest moment to the latest (or `today` when none)."""
        days = [at.astimezone(zone).date() for at in contacts]
        return cls(min(days), max(days)) if days else cls(today, today)
