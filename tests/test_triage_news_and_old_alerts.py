"""Alarming words that are news, old or supposed (newcomer19 M2, M5): a mailing titled
within its first words, an old alert handed over for the file even when the rules found
nothing, a supposed attack, a drill. Each says "not urgent", so that the second opinion is
not asked. And their near misses, which stay urgent.

Written for these tests in other words than the tester's."""

from __future__ import annotations

import pytest

from tests.triage_support import judged

CALM = [
    (
        "NCSC Weekly Digest - 8 March\n\nThis week: a ransomware attack on a school trust, "
        "a breach at a payroll provider, and patching advice.\n\nUnsubscribe here.",
        "",
    ),
    (
        "FYI for the records, see below from last January.\n\n---------- Forwarded message "
        "---------\nFrom: NAS monitor\nDate: 14 Jan 2027\nSubject: CRITICAL: RAID degraded\n\n"
        "Disk 2 failed. Data may be at risk.",
        "Fwd: CRITICAL: RAID degraded",
    ),
    (
        "Hi,\n\nIf a hacker got into our booking system, would we even notice? Something for "
        "the April review.\n\nTom",
        "",
    ),
    ("earthquake drill on the third floor friday 11-11:20, ignore the sirens", ""),
]


@pytest.mark.parametrize(("text", "subject"), CALM)
def test_a_mailing_an_old_alert_a_supposition_and_a_drill_say_not_urgent(text, subject):
    urgent, reasons = judged("sms" if "\n" not in text else "email", text, subject)
    assert not urgent, reasons
    assert any(r.startswith("not urgent") for r in reasons), reasons


NEAR_MISSES = [
    # the client's own mailing gone wrong is not a newsletter
    "Hi,\n\nOur newsletter went out this morning with every subscriber's address visible in "
    "the To field. Replies are pouring in.\n\nSue",
    # a server that switched itself off is no problem over
    "Salut, le serveur s'est éteint tout seul et ça sent le brûlé, on n'ose pas le rallumer.",
    # restored, then broken again
    "I ran the update; it said the site was restored to its previous version and now "
    "nothing loads at all.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_their_near_misses_are_not_said_calm(text):
    """Not told a newsletter, a problem over or a supposition: whatever the rules find, the
    second opinion still reads them."""
    _, reasons = judged("email", text)
    assert not any(r.startswith("not urgent") for r in reasons), reasons
