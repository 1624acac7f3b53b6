"""An urgent transcript of a call that rang through (its `<Dial>` callback lost) is set aside
as `unmatched` and owes no reply, but it alerted the consultant: the figures count it as an
urgent message (trial35 §10: the alert went out, report and dashboard said 0)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from boundaries.domain.figures import Period, client_figures
from boundaries.reporting.evidence import stored_contacts
from boundaries.store.evidence import StoredCall, StoredSaid

AT = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def _call() -> StoredCall:
    return StoredCall(AT, "harbor", "CA1", "+12125550147", "connect", False, False,
                      None, None, None, None, None, None, None, None, None)  # fmt: skip


def _transcript(urgent: bool) -> StoredSaid:
    return StoredSaid("transcription", AT, "harbor", "TR1", "unmatched", "CA1", None,
                      False, "info", urgent, "website", None)  # fmt: skip


def test_an_urgent_transcript_of_a_call_that_rang_through_is_an_urgent_message():
    [contact] = stored_contacts([_call()], [_transcript(urgent=True)])
    assert contact.answered and contact.urgent
    assert not contact.voicemail and not contact.status_check and contact.topic == ""


def test_the_report_counts_it(example_config):
    contacts = stored_contacts([_call()], [_transcript(urgent=True)])
    week = Period(date(2026, 11, 30), date(2026, 12, 6))
    [harbor] = [f for f in client_figures(example_config, contacts, week) if f.id == "harbor"]
    assert harbor.total.urgent_messages == 1 and harbor.total.voicemails == 0


def test_a_calm_one_stays_a_call_and_nothing_more():
    [contact] = stored_contacts([_call()], [_transcript(urgent=False)])
    assert contact.answered and not contact.urgent
