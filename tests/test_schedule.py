"""Standing-call slots and working time in the consultant's zone, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from boundaries.domain.schedule import Calendar, end_of_working_day, week_start

PARIS = ZoneInfo("Europe/Paris")


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def test_standing_call_keeps_its_local_time_across_the_dst_change(base_config):
    cal = Calendar(base_config)
    before = cal.next_call("horizon", paris(2026, 10, 19, 0, 0))  # Fri 23 Oct, CEST
    after = cal.next_call("horizon", paris(2026, 10, 26, 0, 0))  # Fri 30 Oct, CET
    assert before is not None and after is not None
    assert before.start.astimezone(PARIS).hour == 10
    assert after.start.astimezone(PARIS).hour == 10
    assert before.start.astimezone(UTC).hour == 8
    assert after.start.astimezone(UTC).hour == 9


def test_slot_opens_ten_minutes_before_and_ends_with_the_call(base_config):
    cal = Calendar(base_config)
    assert cal.slot_at("horizon", paris(2026, 11, 27, 9, 49)) is None
    assert cal.slot_at("horizon", paris(2026, 11, 27, 9, 50)) is not None
    assert cal.slot_at("horizon", paris(2026, 11, 27, 10, 29)) is not None
    assert cal.slot_at("horizon", paris(2026, 11, 27, 10, 30)) is None
    assert cal.slot_at("horizon", paris(2026, 11, 26, 10, 0)) is None  # a Thursday


def test_slot_lookup_works_across_the_new_year(base_config):
    cal = Calendar(base_config)
    assert cal.slot_at("horizon", paris(2027, 1, 1, 10, 5)) is not None  # a Friday
    nxt = cal.next_call("horizon", paris(2026, 12, 31, 23, 0))
    assert nxt is not None and nxt.start == paris(2027, 1, 1, 10, 0)


def test_review_is_at_the_end_of_the_working_day(base_config):
    c = base_config.consultant
    assert end_of_working_day(c, paris(2026, 11, 27, 9, 0)) == paris(2026, 11, 27, 18, 0)
    # After Friday's end the next review is Monday's.
    assert end_of_working_day(c, paris(2026, 11, 27, 19, 0)) == paris(2026, 11, 30, 18, 0)


def test_weeks_run_monday_to_sunday_in_the_consultant_zone():
    sunday_late = paris(2026, 11, 29, 23, 30)  # Sunday 22:30 UTC
    assert week_start(PARIS, sunday_late).isoformat() == "2026-11-23"
    assert week_start(PARIS, sunday_late + timedelta(minutes=31)).isoformat() == "2026-11-30"
