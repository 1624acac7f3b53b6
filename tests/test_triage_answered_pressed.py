"""Answered-by (SPEC §5) is not told by when the words are, nor on a message a deadline within
the day made urgent (newcomer64/65 and twenty testers' sets: wrong links on « la TVA … c'est
aujourd'hui le dernier jour », on a hypothetical question sharing "goods, next, one" with an
update, and on « la banque me demande si … » read as an "application")."""

from __future__ import annotations

import json

from boundaries.triage.answered import UpdateIndex, topic_keys
from boundaries.triage.batch import triage_line
from tests.answered_support import linked_update, sent_update

CLAIRE = "claire.muller@muller-associes.example"
VAT = sent_update(
    "vat",
    CLAIRE,
    "TVA de novembre",
    "Bonjour Claire,\n\nLa déclaration de TVA de novembre est déposée et le paiement est "
    "programmé.\n\nBien à vous,\nAgnès",
    "2026-12-10T17:00:00+01:00",
)


def answer(text: str, sender: str, at: str, *updates) -> dict[str, object]:
    line = json.dumps({"id": "c", "channel": "voicemail", "text": text, "at": at, "from": sender})
    return triage_line(line, UpdateIndex(list(updates)))


def test_a_status_check_pressed_by_a_deadline_today_is_not_linked():
    got = answer(
        "Bonjour c'est Claire Muller, la fiduciaire dit que la TVA de novembre doit être payée "
        "aujourd'hui, c'est le dernier jour sinon il y a des pénalités. Vous pouvez me "
        "confirmer où on en est ?",
        CLAIRE,
        "2026-12-15T09:00:00+01:00",
        VAT,
    )
    assert got["urgent"] and got["intent"] == "status_check", got
    assert got.get("answered_by") is None, got["reasons"]
    assert any("deadline within the day" in r for r in got["reasons"]), got["reasons"]


def test_the_same_check_without_a_deadline_today_is_linked():
    linked = linked_update(
        "Bonjour, la TVA de novembre, on en est où ?",
        CLAIRE,
        [VAT],
        at="2026-12-15T09:00:00+01:00",
    )
    assert linked == "vat"


def test_a_question_whether_it_is_ready_for_tonight_still_links():
    update = sent_update(
        "reminders",
        "priya@lantern-walk.example",
        "Volunteer shift reminders set up",
        "Hi Priya,\n\nThe reminder emails and texts for the volunteer shifts are set up: each "
        "volunteer gets one two days before and one on the morning.\n\nClaire",
        "2026-11-20T10:00:00+00:00",
    )
    got = answer(
        "Hi Claire, Priya here. Quick q: are the reminder texts for volunteer shifts set up? "
        "The board asked tonight. Thx!",
        "priya@lantern-walk.example",
        "2026-11-24T15:00:00+00:00",
        update,
    )
    assert got.get("answered_by") == "reminders", got["reasons"]


def test_words_of_when_and_a_lone_one_are_no_words_of_the_work():
    assert not topic_keys("next one after the end of the day, now, later this weekend")
    assert topic_keys("the perfume parcels held at customs") >= {"perfum", "parcel"}


def test_the_verb_demander_is_not_an_application():
    assert "applic" not in topic_keys("La banque me demande si la douane a accepté la garantie")
    assert "applic" in topic_keys("La demande de RTC a été déposée hier")


def test_a_check_on_another_product_range_by_its_code_is_not_linked():
    """newcomer64: the HX seals were linked to the update on the TK-40 bearings."""
    jl = "jl.dethier@meusepieces.example"
    update = sent_update(
        "tk40",
        jl,
        "Roulements TK-40 – demande de RTC déposée",
        "Bonjour Jean-Luc,\n\nLa demande de renseignement tarifaire contraignant (RTC) pour les "
        "roulements de la gamme TK-40 a été déposée hier auprès des douanes.\n\nThibault",
        "2026-12-02T16:30:00+01:00",
    )
    other = "Thibault, pour les joints de la gamme HX, on demande aussi un RTC ? C'est lancé ?"
    same = "Thibault, le RTC pour la gamme TK 40, c'est lancé ?"
    assert linked_update(other, jl, [update], at="2026-12-14T16:40:00+01:00") is None
    assert linked_update(same, jl, [update], at="2026-12-14T16:40:00+01:00") == "tk40"


def test_a_carriers_automated_notice_is_not_linked_to_the_booking_update():
    """newcomer64: a roll-over SMS ending on "Reply HELP for info", read as a status check,
    was linked to the booking update by "booking, Fos, Oceanis"; a client's own question on
    the booking still is."""
    from datetime import datetime

    from boundaries.triage.answered_link import answered_link
    from boundaries.triage.model import Intent

    update = sent_update(
        "booking",
        "+33655500188",
        "Shanghai – booking confirmé chez Oceanis",
        "Bonjour Hélène,\n\nLe booking est confirmé chez Oceanis Line, départ de Fos le 9 "
        "décembre.\n\nThibault",
        "2026-12-01T18:05:00+01:00",
    )
    at = datetime.fromisoformat("2026-12-05T02:14:00+01:00")

    def linked(text: str) -> str | None:
        link = answered_link(
            UpdateIndex([update]), Intent.STATUS_CHECK, text, sender="+33655500188", at=at,
            lang="fr", meaning=False,
        )  # fmt: skip
        return link.update.id if link.update is not None else None

    notice = "OCEANIS: Booking OCLN FOS 2612 rolled to MV KESTREL STAR. Reply HELP for info."
    assert linked(notice) is None
    assert linked("Le booking Oceanis au départ de Fos, on en est où ?") == "booking"
