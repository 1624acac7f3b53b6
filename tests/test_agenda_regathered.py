"""An agenda composed ahead of its time (`mail sync --now` looking ahead) goes out with the
topics left after it was composed and before it went out (trial35 §4: a topic told on Friday
was in the report but not on the agenda the client got on Sunday). Only ever more: an agenda
the consultant edited keeps her words."""

from __future__ import annotations

from dataclasses import replace

from boundaries.integrations.mail.cycle import MailCycle
from boundaries.store import Store
from boundaries.store.outbox import Outbox, Outgoing
from tests.mail_support import at, example_with_mail, voicemail

BUDGET = "c'est marc, au sujet du budget de la fête de quartier, ça peut attendre le point"
BROCHURE = "c'est encore marc, au sujet de la brochure du camp d'été, ça peut attendre le point"


def _agenda(store: Store):
    [row] = [e for e in Outbox(store, store.account_id()).entries() if e.kind == "agenda"]
    return row


def test_an_agenda_composed_ahead_takes_the_topics_left_before_it_goes_out(store: Store):
    _, config = example_with_mail("")
    account = store.account_id()
    voicemail(store, account, "RE1", "horizon", at(9), BUDGET)
    cycle = MailCycle(config, store)
    cycle.compose(at(12, days=2), settled=at(9, 5))  # Thursday noon, looked at on Tuesday
    early = _agenda(store)
    assert "budget de la fête de quartier" in early.text
    assert "brochure" not in early.text
    voicemail(store, account, "RE2", "horizon", at(14), BROCHURE)
    cycle.compose(early.due_at)  # the agenda's own time, on the real clock
    due = _agenda(store)
    assert (due.key, due.state) == (early.key, "queued")
    assert "budget de la fête de quartier" in due.text and "brochure du camp" in due.text
    assert set(due.detail["sids"]) == {"RE1", "RE2"}


def _agenda_row(sids: list[str], text: str, held: bool = False) -> Outgoing:
    return Outgoing(
        key="agenda:horizon:2026-12-04T09:00Z",
        kind="agenda",
        to="marc@horizon.example",
        subject="Ordre du jour",
        text=text,
        html=None,
        message_id="<a@conseil.example>",
        due_at=at(10, days=2),
        client_id="horizon",
        held=held,
        detail={"call_start": "2026-12-04T09:00:00+00:00", "sids": sids},
    )


def test_an_agenda_is_only_ever_regathered_with_more_and_never_over_her_words(store: Store):
    outbox = Outbox(store, store.account_id())
    assert outbox.add([_agenda_row(["A", "B"], "budget, brochure")])
    # composed again from fewer messages (older than the look-back): its words stay
    assert not outbox.regather(_agenda_row(["A"], "budget"))
    assert outbox.regather(_agenda_row(["A", "B", "C"], "budget, brochure, local"))
    [row] = outbox.entries()
    assert row.text == "budget, brochure, local" and row.detail["sids"] == ["A", "B", "C"]
    # one the consultant edited (held for her approval, then rewritten) keeps her words
    key = "agenda:horizon:2026-12-11T09:00Z"
    mine = replace(_agenda_row(["A"], "budget", held=True), key=key, message_id="<b@c.example>")
    assert outbox.add([mine])
    outbox.edit(key, "Ordre du jour", "Le budget, rien d'autre.")
    assert not outbox.regather(replace(mine, detail={**mine.detail, "sids": ["A", "B"]}))
    [edited] = [e for e in outbox.entries() if e.key == key]
    assert edited.text == "Le budget, rien d'autre."


def test_a_second_look_ahead_regathers_the_agenda_the_first_one_composed(store: Store):
    """trial38 §3: `mail sync --now` ahead twice, a topic left in between: the queued agenda
    kept the first look's topics while the reply and the report named both."""
    _, config = example_with_mail("")
    account = store.account_id()
    voicemail(store, account, "RE1", "horizon", at(9), BUDGET)
    cycle = MailCycle(config, store)
    cycle.compose(at(12, days=2), settled=at(9, 5))
    voicemail(store, account, "RE2", "horizon", at(14), BROCHURE)
    cycle.compose(at(12, days=2), settled=at(14, 5))  # the same look ahead, later
    again = _agenda(store)
    assert set(again.detail["sids"]) == {"RE1", "RE2"} and "brochure du camp" in again.text


MOVE = "bonjour claire c'est marc je ne pourrai pas être là vendredi pour le point"


def test_a_queued_agenda_is_held_as_soon_as_its_call_is_asked_to_move(store: Store):
    """trial38 §6: an agenda composed ahead stayed queued, presenting the call as on, until
    its own moment, although the client had asked to move that call; the consultant's outbox
    contradicted the request. A live cycle holds it at once, in the words that say the
    request was heard, with the topics left since."""
    _, config = example_with_mail("")
    account = store.account_id()
    voicemail(store, account, "RE1", "horizon", at(9), BUDGET)
    cycle = MailCycle(config, store)
    cycle.compose(at(12, days=2), settled=at(9, 5))  # Thursday noon, looked at on Tuesday
    assert _agenda(store).state == "queued"
    voicemail(store, account, "RE2", "horizon", at(11), MOVE)
    cycle.compose(at(11, 5))  # the next live cycle, two days before the agenda's moment
    held = _agenda(store)
    assert held.state == "waiting_approval", held
    assert held.detail["held_because"]["reason"] == "call_in_question"
    assert "budget de la fête de quartier" in held.text
    assert held.text != _composed_ahead_text(config), held.text


def _composed_ahead_text(config) -> str:
    """The words of Friday's agenda composed with the budget alone and no request."""
    with_budget = Store.open("sqlite://")
    try:
        account = with_budget.account_id()
        voicemail(with_budget, account, "RE1", "horizon", at(9), BUDGET)
        MailCycle(config, with_budget).compose(at(12, days=2), settled=at(9, 5))
        return _agenda(with_budget).text
    finally:
        with_budget.close()


def test_a_look_ahead_composes_the_replies_due_before_the_moment_it_looks_at(store: Store):
    """trial38 §3: `mail sync --now` two days ahead queued the agenda but not the reply due
    that very evening, while its note said that what is due by then was composed."""
    _, config = example_with_mail("")
    account = store.account_id()
    voicemail(store, account, "RE1", "horizon", at(9), BUDGET)
    MailCycle(config, store).compose(at(12, days=2), settled=at(9, 5))
    [reply] = [e for e in Outbox(store, account).entries() if e.kind == "reply"]
    assert at(9, 5) < reply.due_at < at(12, days=2), reply.due_at
    # worded for the moment it goes out, not for the moment looked at
    alone = Store.open("sqlite://")
    try:
        voicemail(alone, alone.account_id(), "RE1", "horizon", at(9), BUDGET)
        MailCycle(config, alone).compose(reply.due_at)
        [live] = [e for e in Outbox(alone, alone.account_id()).entries() if e.kind == "reply"]
    finally:
        alone.close()
    assert (reply.subject, reply.text) == (live.subject, live.text)


def test_a_reply_queued_ahead_is_rewritten_by_the_next_cycle_once_its_call_is_skipped(
    store: Store,
):
    """trial38 §4: `skip` said the next mail cycle rewrites a queued reply that offers the
    skipped call; after that cycle the reply still offered it (it was rewritten only when it
    fell due)."""
    from datetime import date

    from boundaries.store.calendar import CalendarStore

    _, config = example_with_mail("")
    account = store.account_id()
    voicemail(store, account, "RE1", "horizon", at(9), BUDGET)
    cycle = MailCycle(config, store)
    cycle.compose(at(12, days=2), settled=at(9, 5))  # the reply of Tuesday 17:00, composed ahead
    [before] = [e for e in Outbox(store, account).entries() if e.kind == "reply"]
    assert "vendredi 4 décembre" in before.text, before.text
    assert CalendarStore(store, account).skip("horizon", date(2026, 12, 4))
    cycle.compose(at(10))  # the next live cycle, hours before the reply's moment
    [after] = [e for e in Outbox(store, account).entries() if e.kind == "reply"]
    assert after.state == "queued" and after.due_at == before.due_at
    assert "vendredi 4 décembre" not in after.text and "vendredi 11 décembre" in after.text, (
        after.text
    )


def test_a_voicemail_left_after_a_look_ahead_is_in_the_reply_of_its_day(store: Store):
    """trial39 §3: `mail sync --now` composed the day's reply; a voicemail left afterwards,
    before `reply_at`, was in no reply at all."""
    _, config = example_with_mail("")
    account = store.account_id()
    voicemail(store, account, "RE1", "horizon", at(9), BUDGET)
    cycle = MailCycle(config, store)
    cycle.compose(at(17), settled=at(9, 5))  # the reply of 17:00, composed ahead at 9:05
    voicemail(store, account, "RE2", "horizon", at(11), BROCHURE)
    cycle.compose(at(11, 5))  # the next live cycle
    [reply] = [e for e in Outbox(store, account).entries() if e.kind == "reply"]
    assert set(reply.detail["caused_by"]) == {"RE1", "RE2"}
    assert "budget de la fête de quartier" in reply.text and "brochure du camp" in reply.text


def test_a_look_ahead_after_a_skip_rewrites_the_reply_it_composed(store: Store):
    """trial40 §5: after `skip`, a `mail sync --now` cycle left the queued reply proposing the
    call just skipped; only a cycle on the real clock rewrote it."""
    from datetime import date

    from boundaries.store.calendar import CalendarStore

    _, config = example_with_mail("")
    account = store.account_id()
    voicemail(store, account, "RE1", "horizon", at(9), BUDGET)
    cycle = MailCycle(config, store)
    cycle.compose(at(17), settled=at(9, 5))
    assert CalendarStore(store, account).skip("horizon", date(2026, 12, 4))
    cycle.compose(at(17), settled=at(9, 10))  # the same look ahead again
    [reply] = [e for e in Outbox(store, account).entries() if e.kind == "reply"]
    assert "vendredi 4 décembre" not in reply.text and "vendredi 11 décembre" in reply.text
