"""Answered-by that finds the update, and only that one (issue 8, item 6): the kinds of status
check the earlier rules missed or linked to the wrong email, each in words of our own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from boundaries.triage.answered import known_caller
from boundaries.triage.answered_items import describe
from boundaries.triage.answered_link import asked_after_thanks
from boundaries.triage.batch import load_updates, triage_batch

UPDATES = [
    {
        "id": "u-stock",
        "to": "ines@fromagerie-alpage.example",
        "subject": "Stock sync repaired",
        "text": "Hi Inès, the stock sync between the till and the web shop is repaired: the "
        "cheese counts now match and the missing orders of Monday were replayed. Sam",
        "at": "2026-11-16T17:00:00+01:00",
    },
    {
        "id": "u-gift",
        "to": "ines@fromagerie-alpage.example",
        "subject": "Gift vouchers",
        "text": "Hi Inès, the printed gift vouchers are ordered from the printer and arrive "
        "next week. Sam",
        "at": "2026-11-10T09:00:00+01:00",
    },
]


def _index(tmp_path: Path, *updates: dict[str, Any]) -> Any:
    """The updates written as an --updates file and loaded as the CLI loads it."""
    path = tmp_path / "updates.jsonl"
    path.write_text("".join(json.dumps(u) + "\n" for u in updates), encoding="utf-8")
    return load_updates(path)


@pytest.fixture
def updates(tmp_path: Path) -> Any:
    return _index(tmp_path, *UPDATES)


def _answer(updates: Any, text: str, sender: str, subject: str = "") -> dict[str, Any]:
    data = {
        "id": "m",
        "channel": "email",
        "text": text,
        "from": sender,
        "subject": subject,
        "at": "2026-11-30T09:00:00+01:00",
    }
    return triage_batch([json.dumps(data)], updates)[0]


def test_thanks_for_one_piece_of_work_then_a_question_on_another_is_not_linked_to_the_first(
    updates: Any,
) -> None:
    text = (
        "The stock counts look right again, thanks a lot. Where are we with the loyalty "
        "card for regulars? We spoke about it before the sync trouble with the web shop.\n\nInès"
    )
    answer = _answer(updates, text, "ines@fromagerie-alpage.example", "Re: Stock sync repaired")
    assert answer["intent"] == "status_check"
    assert "answered_by" not in answer, answer["reasons"]


def test_a_question_is_read_alone_only_after_thanks_for_work() -> None:
    thanked = "The refunds all went through, thanks. Is the newsletter out? It was due Monday."
    assert asked_after_thanks(thanked) == ("Is the newsletter out?", True)
    signed = "Is the newsletter out? It was due Monday.\n\nThanks so much,\nInès Rey"
    assert asked_after_thanks(signed)[1] is False


# Updates of their own for the kinds below: a step announced for a date, a done piece of work,
# and two clients with the same kind of work (a till talking to a card terminal).
LATER = [
    {
        "id": "u-terminal",
        "to": "remi@zinc-bar.example",
        "subject": "Nouveau terminal de paiement",
        "text": "Bonjour Rémi,\n\nLe nouveau terminal de paiement est commandé, livraison prévue "
        "le 3 décembre ; je viendrai l'installer le 4 décembre au matin.\n\nSam",
        "at": "2026-11-20T10:00:00+01:00",
    },
    {
        "id": "u-newsletter",
        "to": "coach@rugby-ouest.example",
        "subject": "December newsletter ready",
        "text": "Hi Glen,\n\nThe December newsletter is built and scheduled: it goes to all "
        "members automatically, with the fixture list and the kit order form.\n\nSam",
        "at": "2026-11-10T10:00:00+00:00",
    },
    {
        "id": "u-zinc-till",
        "to": "remi@zinc-bar.example",
        "subject": "Till and card terminal connected",
        "text": "Hi Rémi,\n\nThe till is now connected to the card terminal: the amount goes "
        "across by itself, nobody has to type it twice.\n\nSam",
        "at": "2026-11-25T10:00:00+01:00",
    },
    {
        "id": "u-zinc-wifi",
        "to": "remi@zinc-bar.example",
        "subject": "Guest wifi password",
        "text": "Hi Rémi,\n\nThe guest wifi has a new password, printed on the menus.\n\nSam",
        "at": "2026-11-21T10:00:00+01:00",
    },
    {
        "id": "u-lune-till",
        "to": "ana@cafe-lune.example",
        "subject": "Card terminal talks to the till",
        "text": "Hi Ana,\n\nYour card terminal and your till talk to each other now: amounts are "
        "sent across automatically.\n\nSam",
        "at": "2026-11-24T10:00:00+01:00",
    },
]


@pytest.fixture
def later(tmp_path: Path) -> Any:
    path = tmp_path / "later.jsonl"
    path.write_text("".join(json.dumps(u) + "\n" for u in LATER), encoding="utf-8")
    return load_updates(path)


def _message(updates: Any, text: str, sender: str, at: str, channel: str = "email") -> dict:
    data = {"id": "m", "channel": channel, "text": text, "from": sender, "at": at}
    return triage_batch([json.dumps(data)], updates)[0]


def test_an_update_that_announced_a_step_does_not_answer_a_check_after_that_date(
    later: Any,
) -> None:
    answer = _message(
        later,
        "Bonjour Sam, le nouveau terminal de paiement est-il installé ?",
        "remi@zinc-bar.example",
        "2026-12-09T09:00:00+01:00",
    )
    assert answer["intent"] == "status_check"
    assert "answered_by" not in answer, answer["reasons"]


def test_a_check_weeks_later_that_reports_a_new_twist_is_not_answered_by_the_old_update(
    later: Any,
) -> None:
    answer = _message(
        later,
        "Hi Sam, has the December newsletter gone out? Half the members say they still have "
        "not received anything.",
        "coach@rugby-ouest.example",
        "2026-11-30T09:00:00+00:00",
    )
    assert answer["intent"] == "status_check"
    assert "answered_by" not in answer, answer["reasons"]


@pytest.mark.parametrize(
    ("text", "at"),
    [
        # weeks later, a plain question: the update still answers it
        ("Hi Sam, where are we with the December newsletter?", "2026-11-30T09:00:00+00:00"),
        # the same twist a few days after the update: it is what the update told
        (
            "Hi Sam, has the December newsletter gone out? Some members say they have not "
            "received anything.",
            "2026-11-13T09:00:00+00:00",
        ),
    ],
)
def test_a_plain_check_weeks_later_or_a_twist_days_later_is_still_linked(
    later: Any, text: str, at: str
) -> None:
    answer = _message(later, text, "coach@rugby-ouest.example", at)
    assert answer.get("answered_by") == "u-newsletter", answer["reasons"]


def test_a_caller_who_names_the_firm_of_an_update_address_is_matched_among_its_updates(
    later: Any,
) -> None:
    answer = _message(
        later,
        "hi it's Paul from the Zinc, just wondering if the till and the card machine are "
        "talking to each other now, thanks",
        "+33612345678",
        "2026-11-27T09:00:00+01:00",
        channel="voicemail",
    )
    assert answer.get("answered_by") == "u-zinc-till", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Slt Sam c Rémi, la caisse et le terminal c bon ?",  # text-speak « c'est »
        "le terminal il marche avec la caisse maintenant? Rémi",  # a name closing a text
        "hello it's Paul from the Zinc, is the till sorted?",  # the firm of the address
    ],
)
def test_a_text_from_a_phone_number_says_whose_updates_it_follows(later: Any, text: str) -> None:
    zinc = next(u for u in later.updates if u.id == "u-zinc-till")
    lune = next(u for u in later.updates if u.id == "u-lune-till")
    assert known_caller(text, zinc, later.people)
    assert not known_caller(text, lune, later.people)
    assert later.caller_addresses(text, "+33612345678") == {"zinc-bar.example"}


def test_things_that_work_together_are_no_other_item() -> None:
    assert not describe("are the till and the card machine talking to each other?", True).another
    assert describe("and is the other shop's till done?", True).another == {"other"}


@pytest.mark.parametrize(
    "text",
    [
        "tu peux ajouter le cours de yoga du jeudi au planning des cours ?",
        "Can help to add the Thursday class to the course planning?",
    ],
)
def test_a_question_that_asks_for_new_work_on_reported_work_stays_a_request(
    tmp_path: Path, text: str
) -> None:
    update = {
        "id": "u-planning",
        "to": "lea@studio-souffle.example",
        "subject": "Planning en ligne des cours",
        "text": "Bonjour Léa, le planning en ligne des cours est publié sur le site. Sam",
        "at": "2026-11-26T10:00:00+01:00",
    }
    path = tmp_path / "u.jsonl"
    path.write_text(json.dumps(update) + "\n", encoding="utf-8")
    answer = _message(
        load_updates(path), text, "lea@studio-souffle.example", "2026-11-28T10:00:00+01:00"
    )
    assert answer["intent"] == "request", answer["reasons"]


def test_words_of_two_senses_do_not_name_another_piece_of_work(tmp_path: Path) -> None:
    # "bid" is a tender as much as a grant application; finance that "came through" was
    # approved as much as paid (newcomer26)
    updates = [
        {
            "id": "u-tender",
            "to": "gail@brightclean.example",
            "subject": "Riverside tender",
            "text": "Hi Gail, the Riverside school tender was submitted on the portal today, "
            "receipt attached. Sam",
            "at": "2026-11-20T17:00:00+00:00",
        },
        {
            "id": "u-loan",
            "to": "gail@brightclean.example",
            "subject": "Minibus finance",
            "text": "Hi Gail, the lender approved the finance for the new minibus: 36 months. "
            "Papers attached to sign. Sam",
            "at": "2026-11-24T12:00:00+00:00",
        },
    ]
    path = tmp_path / "updates.jsonl"
    path.write_text("".join(json.dumps(u) + "\n" for u in updates), encoding="utf-8")
    index = load_updates(path)
    for text, want in [
        ("did the riverside bid go in?", "u-tender"),
        ("has the finance on the new minibus come through yet?", "u-loan"),
    ]:
        data = {
            "id": "m",
            "channel": "sms",
            "text": text,
            "from": "gail@brightclean.example",
            "at": "2026-11-27T09:00:00+00:00",
        }
        assert triage_batch([json.dumps(data)], index)[0].get("answered_by") == want, text


@pytest.mark.parametrize(
    ("update_at", "check_at"),
    [
        ("2026-11-16T17:00:00", "2026-11-30T09:00:00+01:00"),
        ("2026-11-16T17:00:00+01:00", "2026-11-30T09:00:00"),
    ],
)
def test_times_with_and_without_an_offset_still_compare(
    tmp_path: Path, update_at: str, check_at: str
) -> None:
    # a time without an offset is read as UTC: no "can't compare offset-naive" failure and
    # the link is still found (newcomer28 P1)
    path = tmp_path / "updates.jsonl"
    path.write_text(json.dumps({**UPDATES[0], "at": update_at}) + "\n", encoding="utf-8")
    data = {
        "id": "m",
        "channel": "email",
        "text": "Hi, is the stock sync between the till and the web shop repaired?",
        "from": "ines@fromagerie-alpage.example",
        "at": check_at,
    }
    assert triage_batch([json.dumps(data)], load_updates(path))[0]["answered_by"] == "u-stock"


def test_a_french_check_names_the_month_and_the_paper_of_an_english_update(tmp_path: Path):
    """newcomer30: « Le rapport d'octobre est prêt ? » is answered by the "October performance
    report" sent the day before; the month and the paper are the same words in French."""
    reports = [
        {
            "id": "u-oct",
            "to": "stephane@solaire.example",
            "subject": "October performance report",
            "text": "Hi Stéphane, attached is the October performance report for the three "
            "sites: availability 99.1 %, one inverter fault fixed. Best, Sam",
            "at": "2026-11-21T09:00:00+01:00",
        },
        {
            "id": "u-ins",
            "to": "stephane@solaire.example",
            "subject": "Insurance renewal",
            "text": "Hi Stéphane, the site insurance is renewed until next November. Sam",
            "at": "2026-11-15T09:00:00+01:00",
        },
    ]
    path = tmp_path / "updates.jsonl"
    path.write_text("".join(json.dumps(u) + "\n" for u in reports), encoding="utf-8")
    check = {
        "id": "m",
        "channel": "email",
        "text": "Bonjour,\n\nLe rapport d'octobre est prêt ?\n\nStéphane",
        "from": "stephane@solaire.example",
        "at": "2026-11-22T09:00:00+01:00",
    }
    answer = triage_batch([json.dumps(check)], load_updates(path))[0]
    assert answer["intent"] == "status_check" and answer["answered_by"] == "u-oct"


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # newcomer31: the trouble the update put right came back, days later
        (
            "hi, the card reader has gone and declined every card again this morning, any news?",
            None,
        ),
        (
            "Bonjour, la caisse est de nouveau en panne depuis ce matin, vous avez du nouveau ?",
            None,
        ),
        # a plain check, or one that asks again, is still answered
        ("Sorry to ask again, is the card reader sorted?", "u-reader"),
    ],
)
def test_trouble_back_after_the_fix_is_not_answered_by_it(
    tmp_path: Path, text: str, linked: str | None
):
    fixed = {
        "id": "u-reader",
        "to": "till@bakehouse.example",
        "subject": "Card reader fixed",
        "text": "Hi, the card reader declined cards because of an expired certificate; I "
        "renewed it and every card goes through now. Sam",
        "at": "2026-11-20T16:00:00+01:00",
    }
    path = tmp_path / "updates.jsonl"
    path.write_text(json.dumps(fixed) + "\n", encoding="utf-8")
    check = {
        "id": "m",
        "channel": "email",
        "text": text,
        "from": "till@bakehouse.example",
        "at": "2026-11-22T09:00:00+01:00",
    }
    answer = triage_batch([json.dumps(check)], load_updates(path))[0]
    assert answer["intent"] == "status_check", answer["reasons"]
    assert answer.get("answered_by") == linked, answer["reasons"]


# newcomer34 and newcomer27, in words of our own: whether a third party answered is told by
# what it decided or acknowledged; a question about one site is not answered by the update
# on another site of the same client.
SITES = [
    {
        "id": "u-loan",
        "to": "marie@glaces-du-port.example.fr",
        "subject": "Prêt vitrine réfrigérée",
        "text": "Bonjour Marie,\n\nBonne nouvelle : la banque a accepté le prêt de 20 000 € "
        "pour la vitrine. L'offre arrive par courrier.\n\nSam",
        "at": "2026-11-20T10:00:00+01:00",
    },
    {
        "id": "u-lease",
        "to": "marie@glaces-du-port.example.fr",
        "subject": "Bail kiosque",
        "text": "Bonjour Marie,\n\nLa mairie a accordé le renouvellement du bail du kiosque de "
        "Sète pour trois ans.\n\nSam",
        "at": "2026-11-21T10:00:00+01:00",
    },
]


@pytest.fixture
def sites(tmp_path: Path) -> Any:
    return _index(tmp_path, *SITES)


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Bonjour Sam,\n\nLa banque a répondu pour le prêt ?\n\nMarie", "u-loan"),
        ("Hi Sam,\n\nAny word back from the bank about the loan?\n\nMarie", "u-loan"),
        ("Bonjour,\n\nLa mairie a répondu pour le bail du kiosque de Sète ?\n\nMarie", "u-lease"),
        # the same question about another site: the update on Sète does not answer it
        ("Bonjour,\n\nLa mairie a répondu pour le bail du kiosque de Agde ?\n\nMarie", None),
        ("Bonjour,\n\nLe bail du kiosque de Agde est renouvelé ?\n\nMarie", None),
    ],
)
def test_a_third_partys_decision_answers_whether_it_replied_for_that_site_only(
    sites: Any, text: str, linked: str | None
) -> None:
    answer = _answer(sites, text, "marie@glaces-du-port.example.fr")
    assert answer["intent"] == "status_check", answer["reasons"]
    assert answer.get("answered_by") == linked, answer["reasons"]


def test_places_are_sites_named_after_de_or_in_not_months_or_sentence_starts() -> None:
    from boundaries.triage.answered_items import places

    assert places("le labo de Cluses et la boutique d'Annecy") == {"Cluses", "Annecy"}
    assert places("the shop in Thornbury is done in March") == {"Thornbury"}
    assert places("Cluses a répondu.") == set()


@pytest.mark.parametrize(
    ("to", "sender"),
    [
        # newcomer36: addresses as a mail client exports them found no link, silently
        ("Marie Roux <marie@glaces-du-port.example.fr>", "marie@glaces-du-port.example.fr"),
        ("marie@glaces-du-port.example.fr", "Marie Roux <marie@glaces-du-port.example.fr>"),
        (
            "marie@glaces-du-port.example.fr; compta@glaces-du-port.example.fr",
            "marie@glaces-du-port.example.fr",
        ),
    ],
)
def test_addresses_written_with_a_name_or_as_a_list_still_tell_the_client(
    tmp_path: Path, to: str, sender: str
) -> None:
    index = _index(tmp_path, {**SITES[0], "to": to})
    answer = _answer(index, "Bonjour,\n\nLa banque a répondu pour le prêt ?", sender)
    assert answer.get("answered_by") == "u-loan", answer["reasons"]


@pytest.mark.parametrize(
    ("sent", "linked"),
    [("2026-11-20T10:00:00+01:00", "u-loan"), ("2099-01-01T10:00:00+01:00", None)],
)
def test_a_message_without_at_is_answered_only_by_updates_sent_before_now(
    tmp_path: Path, sent: str, linked: str | None
) -> None:
    """SPEC §5: a message without `at` is judged as just arrived (newcomer36: an update dated
    in the future answered it)."""
    index = _index(tmp_path, {**SITES[0], "at": sent})
    data = {
        "id": "m",
        "channel": "email",
        "from": "marie@glaces-du-port.example.fr",
        "text": "Bonjour,\n\nLa banque a répondu pour le prêt ?",
    }
    answer = triage_batch([json.dumps(data)], index)[0]
    assert answer.get("answered_by") == linked, answer["reasons"]


OFF_SUBJECT = {
    "id": "u-leader",
    "to": "marinette@ferme-des-sucs.example.fr",
    "subject": "LEADER : avis favorable du comité",
    "text": "Bonjour Marinette,\n\nLe comité du GAL a donné un avis favorable hier pour le broyeur "
    "et la cabane de vente. La notification suit par courrier.\n\nClaire",
    "at": "2026-11-20T10:00:00+01:00",
}


@pytest.mark.parametrize(
    ("text", "sender", "linked"),
    [
        # newcomer35: the client asks with the body's words, none of the subject's
        (
            "Bonjour,\n\nDes nouvelles du GAL pour le broyeur et la cabane ?",
            "marinette@ferme-des-sucs.example.fr",
            "u-leader",
        ),
        # the same words from another client are not enough without the subject
        (
            "Bonjour,\n\nDes nouvelles du GAL pour le broyeur et la cabane ?",
            "paul@autre-ferme.example.fr",
            None,
        ),
        # two words of what it is and one of whether it is done are not enough either
        (
            "La cabane et le broyeur, c'est parti ?",
            "marinette@ferme-des-sucs.example.fr",
            None,
        ),
    ],
)
def test_a_check_from_the_same_client_may_share_the_body_not_the_subject(
    tmp_path: Path, text: str, sender: str, linked: str | None
) -> None:
    index = _index(tmp_path, OFF_SUBJECT)
    answer = _answer(index, text, sender)
    assert answer.get("answered_by") == linked, answer["reasons"]


def test_a_favourable_opinion_tells_that_it_was_approved(tmp_path: Path) -> None:
    """« avis favorable », "the green light", "awarded" say the third party approved."""
    from boundaries.triage.answered_items import conflict, describe

    asked = describe("Le dossier LEADER pour le broyeur, c'est accepté ?", question_only=True)
    told = describe("Le comité a donné un avis favorable pour le broyeur.")
    assert conflict(asked, told) is None
    assert conflict(asked, describe("J'ai envoyé le dossier pour le broyeur.")) is not None


@pytest.mark.parametrize(
    ("sent", "linked"),
    [("2026-06-10T10:00:00+01:00", "u-loan"), ("2025-01-10T10:00:00+01:00", None)],
)
def test_an_update_more_than_six_months_old_answers_no_check(
    tmp_path: Path, sent: str, linked: str | None
) -> None:
    """newcomer36: an update of January 2025 answered a check of November 2026."""
    index = _index(tmp_path, {**SITES[0], "at": sent})
    text = "Bonjour,\n\nLa banque a répondu pour le prêt ?"
    answer = _answer(index, text, "marie@glaces-du-port.example.fr")
    assert answer.get("answered_by") == linked, answer["reasons"]
