"""A letter's words before they are written: its template, its values, and the moments and
days it names, formatted in the client's zone only when it is rendered (SPEC §10)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from boundaries.domain.heard import UpdateRef
from boundaries.domain.model import ClientZone
from boundaries.letters import Letter, day, moment, render


@dataclass(frozen=True)
class Words:
    """A letter's template and what fills it, formatted only when it is rendered.

    `moments` are instants written as « vendredi 4 décembre à 10 h » in the client's zone
    (its name added where the client's clock is not the consultant's: `ClientZone`);
    `days` are instants or lists of instants written as days (« mardi 1er décembre »; None
    stays None);
    `calls` are lists of {"at": instant, …} whose "at" is written as a moment."""

    template: str
    lang: str
    zone: ClientZone
    values: dict[str, Any]
    moments: dict[str, datetime | None] = field(default_factory=dict)
    days: dict[str, datetime | tuple[datetime, ...] | None] = field(default_factory=dict)
    pointers: tuple[UpdateRef, ...] = ()
    calls: dict[str, tuple[dict[str, Any], ...]] = field(default_factory=dict)

    def moment(self, at: datetime) -> str:
        """`at` as the client reads it: its own local time, its zone named where needed."""
        return moment(at, self.lang, self.zone.zone, self.zone.named(at))

    def day(self, at: datetime) -> str:
        """The client's local day of `at`."""
        return day(at, self.lang, self.zone.zone)

    def render(self) -> Letter:
        """Subject, text and HTML in `lang`, every date in the client's zone."""
        days: dict[str, Any] = {
            k: [self.day(d) for d in v] if isinstance(v, tuple) else self.day(v) if v else None
            for k, v in self.days.items()
        }
        return render(
            self.template,
            self.lang,
            **self.values,
            **{k: self.moment(v) if v else None for k, v in self.moments.items()},
            **days,
            **{k: [{**c, "at": self.moment(c["at"])} for c in v] for k, v in self.calls.items()},
            pointers=[{"subject": p.subject or "—", "date": self.day(p.at)} for p in self.pointers],
            day_of=self.day,
        )
