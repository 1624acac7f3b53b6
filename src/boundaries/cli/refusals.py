"""Refusals of the commands that take a client and a day (`coach`, `skip`), said in the
consultant's language from the catalogue's `refusals` section (SPEC §2, §9)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from boundaries.domain.model import Config
from boundaries.errors import SaidError
from boundaries.reporting import wording as w
from boundaries.simulation.events import EARLIEST, LATEST


def refusal(key: str, **values: object) -> SaidError:
    """A refusal from the catalogue (`key`, "section.name"), said in the consultant's
    language (SPEC §2); `values` fill it in every language alike."""
    return SaidError(lambda lang: w.say(lang, key, **values))


def on_day(value: str | None, example: date) -> date | None:
    """The day of an `--on` option: an ISO date within the years events may carry. Checked
    once the configuration is read, so that its refusal is in the consultant's language;
    `example` is a day the command would take (a call to come for `skip`, today for `coach
    --record`), written as the fix.

    Raises `SaidError` (the value and its fix named) when it is not such a date."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise refusal("refusals.not_a_date", value=value, example=example.isoformat()) from None
    if not EARLIEST.date() <= day < LATEST.date():
        raise refusal(
            "refusals.out_of_years", value=value, first=EARLIEST.year, last=LATEST.year - 1
        )
    return day


def unknown_client(client_id: str, config_path: str, config: Config) -> SaidError:
    """The refusal of a `--client` the configuration does not hold, naming those it does."""
    known = ", ".join(c.id for c in config.clients) or "-"
    return refusal("refusals.unknown_client", client=client_id, config=config_path, known=known)


def unknown_step(value: str, steps: Sequence[str]) -> SaidError:
    """The refusal of a `--record` that names no step, listing the steps with what each is
    in the consultant's language (« talk (la conversation directe …) »). Checked once the
    configuration is read: exit 1 in that language, not click's English usage error."""

    def words(lang: str) -> str:
        listed = w.say(lang, "refusals.step_separator").join(
            w.say(lang, "refusals.step", name=step, said=w.say(lang, f"steps.{step}"))
            for step in steps
        )
        return w.say(lang, "refusals.unknown_step", value=value, steps=listed)

    return SaidError(words)
