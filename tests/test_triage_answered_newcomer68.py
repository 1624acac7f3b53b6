"""Answered-by (SPEC §5: a wrong link is worse than none), newcomer68 and newcomer69's kinds in
words of our own: a check asking whether a step has happened by now is not answered by an
update that names that step only as to come, nor by one that asks the client to watch for
it; a question whether something may be done is new work, not a status check; a terse check
naming something only one update names is answered by that update."""

from __future__ import annotations

import json

from boundaries.triage.answered import UpdateIndex
from boundaries.triage.batch import triage_line
from tests.answered_support import linked_update, sent_update

RUTH = "ruth.okafor@brightmoor-homes.example"
ASKED = "2026-12-10T09:00:00+00:00"

APPROVED = sent_update(
    "approved",
    RUTH,
    "Harbour Capital – credit decision",
    "Hi Ruth,\n\nHarbour Capital's credit committee approved the £2m facility this afternoon. "
    "Terms as agreed: five years, 2.1% over base, no personal guarantee. Their lawyers will "
    "send the facility agreement early next week; I'll go through it with Sam.\n\nBest,\nNadia",
    "2026-12-02T17:00:00+00:00",
)
RECEIVED = sent_update(
    "received",
    RUTH,
    "Harbour Capital – facility agreement received",
    "Hi Ruth,\n\nHarbour Capital's lawyers sent the facility agreement this morning. It matches "
    "the terms; one covenant needs a word with Sam before you sign.\n\nBest,\nNadia",
    "2026-12-08T11:00:00+00:00",
)
YET = "Hi Nadia,\n\nHave Harbour Capital's lawyers sent the facility agreement yet?\n\nRuth"


def test_a_step_asked_about_by_now_is_not_answered_by_an_update_that_promised_it():
    assert linked_update(YET, RUTH, [APPROVED], at=ASKED) is None


def test_the_update_that_reports_the_step_done_answers_it():
    assert linked_update(YET, RUTH, [APPROVED, RECEIVED], at=ASKED) == "received"


FILED = sent_update(
    "filed",
    RUTH,
    "R&D tax credit claim filed",
    "Hi Ruth,\n\nThe R&D tax credit claim was filed with HMRC this morning, for £188,000. "
    "Could you keep an eye out for HMRC's acknowledgment letter? The lender wants a copy.\n\n"
    "Best,\nNadia",
    "2026-12-01T16:00:00+00:00",
)


def test_a_thing_the_update_asked_the_client_to_watch_for_is_left_open():
    check = "Hi Nadia,\n\nHas HMRC sent the acknowledgment for the tax credit claim yet?\n\nRuth"
    assert linked_update(check, RUTH, [FILED], at=ASKED) is None


def test_whether_something_may_be_done_is_new_work_not_a_status_check():
    line = json.dumps(
        {
            "id": "q",
            "channel": "email",
            "from": RUTH,
            "at": ASKED,
            "text": "Hi Nadia,\n\nQuick question: can the company claim the R&D credit on the "
            "contractors' fees too? Our accountant isn't sure.\n\nThanks,\nRuth",
        }
    )
    answer = triage_line(line, UpdateIndex([FILED]))
    assert answer["intent"] == "request", answer["reasons"]
    assert answer.get("answered_by") is None


def test_a_terse_check_naming_what_one_update_alone_names_is_answered_by_it():
    other = sent_update(
        "payroll",
        RUTH,
        "December payroll",
        "Hi Ruth,\n\nDecember payroll is approved and goes out on the 18th.\n\nNadia",
        "2026-12-03T09:00:00+00:00",
    )
    assert linked_update("Any word from Harbour?", RUTH, [APPROVED, other], at=ASKED) == (
        "approved"
    )


def test_the_next_morning_an_update_that_says_in_progress_still_answers_not_yet():
    # newcomer52: "in progress, done by Thursday" sent the evening before answers « c'est bon
    # ou pas encore ? » (a week on, a step only promised no longer answers "…yet?", above)
    restore = sent_update(
        "restore",
        RUTH,
        "Archivage - suite de la bascule",
        "Bonjour Ruth,\n\nLa bascule d'hier s'est bien passée dans l'ensemble. Trois "
        "dossiers (Martin, SCI Les Pins, Lopez) avaient des pièces manquantes après l'import : "
        "la reprise depuis la sauvegarde est en cours et sera terminée jeudi au plus tard.\n\n"
        "Bien à vous,\nNadia",
        "2026-12-08T18:30:00+01:00",
    )
    check = "Les 3 dossiers qui manquaient dans l'archive c bon ou pas encore ? Ruth"
    assert linked_update(check, RUTH, [restore], at="2026-12-09T09:10:00+01:00", channel="sms") == (
        "restore"
    )
