"""The outbox page on the store's own outbox (SPEC §10, issue 9), over real HTTP: approve,
discard, and another account's messages out of reach. Runs once the outbox is in this tree."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from boundaries.i18n import written
from tests.dashboard_support import END_OF_MONTH, OTHER, Site, csrf_of, running_site, signed_in

outbox = pytest.importorskip("boundaries.store.outbox", reason="the outbox (issue 9) not merged")


def held(key: str, client: str = "horizon") -> Any:
    return outbox.Outgoing(
        key=key,
        kind="reply",
        to="marc@horizon.example",
        subject="Votre message de ce vendredi",
        text="Bonjour Marc,\n\nJ'ai bien reçu votre message.\n\nClaire",
        html=None,
        message_id=f"<{key}@conseil.example>",
        due_at=END_OF_MONTH,
        client_id=client,
        held=True,
    )


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    with running_site(f"sqlite:///{tmp_path / 'b.sqlite3'}") as s:
        box = outbox.Outbox(s.store, s.store.account_id())
        box.add([held("reply:horizon:2026-11-06"), held("reply:horizon:2026-11-05")])
        yield s


def state(site: Site, key: str) -> str:
    found = outbox.Outbox(site.store, site.store.account_id()).get(key)
    assert found is not None
    return str(found.state)


def test_approving_on_the_page_queues_the_stored_message(site: Site):
    with signed_in(site) as client:
        page = client.get("/outbox")
        assert "reply:horizon:2026-11-06" in page.text
        answer = client.post(
            "/outbox",
            data={"csrf": csrf_of(page.text), "key": "reply:horizon:2026-11-06",
                  "action": "approve"},
        )  # fmt: skip
        assert answer.status_code == 303
    assert state(site, "reply:horizon:2026-11-06") == "queued"
    assert state(site, "reply:horizon:2026-11-05") == "waiting_approval"


def test_discarding_on_the_page_keeps_it_from_being_sent(site: Site):
    with signed_in(site) as client:
        token = csrf_of(client.get("/outbox").text)
        client.post(
            "/outbox", data={"csrf": token, "key": "reply:horizon:2026-11-05", "action": "discard"}
        )
    assert state(site, "reply:horizon:2026-11-05") == "discarded"


def test_another_account_cannot_see_or_approve_these_messages(site: Site):
    with signed_in(site, OTHER) as client:
        page = client.get("/outbox")
        assert "reply:horizon" not in page.text and "marc@" not in page.text
        answer = client.post(
            "/outbox",
            data={"csrf": csrf_of(page.text), "key": "reply:horizon:2026-11-06",
                  "action": "approve"},
        )  # fmt: skip
        assert answer.status_code == 403  # a login of another account acts on nothing here
    assert state(site, "reply:horizon:2026-11-06") == "waiting_approval"


def test_a_reply_approved_on_the_page_leaves_through_the_smtp_server(site: Site, tmp_path: Path):
    from boundaries.integrations.mail.cycle import MailCycle
    from tests.mail_servers import SmtpServer
    from tests.mail_support import example_with_mail, parsed

    smtp = SmtpServer(tmp_path / "smtp")
    smtp.start()
    try:
        _, config = example_with_mail(f'smtp_url = "{smtp.url}"\napprove_replies = true')
        cycle = MailCycle(config, site.store)
        assert cycle.run(END_OF_MONTH).sent == 0  # held: nothing leaves before approval
        assert smtp.received() == []
        with signed_in(site) as client:
            token = csrf_of(client.get("/outbox").text)
            client.post(
                "/outbox",
                data={"csrf": token, "key": "reply:horizon:2026-11-06", "action": "approve"},
            )
        assert cycle.run(END_OF_MONTH).sent == 1
        [received] = smtp.received()
        assert received["to"] == ["marc@horizon.example"]
        assert parsed(received)["Subject"] == "Votre message de ce vendredi"
        assert state(site, "reply:horizon:2026-11-05") == "waiting_approval"
        # The page dates a sent message by when it went, not when it was due (newcomer48 §4).
        with signed_in(site) as client:
            page = client.get("/outbox").text
        sent, waiting = (_header(page, key) for key in ("2026-11-06", "2026-11-05"))
        assert "state-sent" in sent and "· le " in sent and "6 nov." not in sent, sent
        assert "prévu le ven. 6 nov. à 18 h" in waiting, waiting
    finally:
        smtp.stop()


def _header(page: str, day: str) -> str:
    """The line under a message's subject on the outbox page (client, kind, state, date)."""
    article = page.split(f'data-key="reply:horizon:{day}"', 1)[1]
    return article.split('<p class="muted">', 1)[1].split("</p>", 1)[0]


def approved_as_edited(client: Any, key: str, subject: str, text: str) -> Any:
    """The page's answer to approving `key` with the subject and text edited on it."""
    token = csrf_of(client.get("/outbox").text)
    data = {"csrf": token, "key": key, "action": "approve", "subject": subject, "text": text}
    return client.post("/outbox", data=data)


def test_a_reply_edited_on_the_page_is_approved_as_written(site: Site):
    with signed_in(site) as client:
        answer = approved_as_edited(
            client,
            "reply:horizon:2026-11-06",
            "Votre message de vendredi",
            "Bonjour Marc,\n\nBien reçu, on en parle vendredi.\n\nClaire",
        )
        assert answer.status_code == 303
    found = outbox.Outbox(site.store, site.store.account_id()).get("reply:horizon:2026-11-06")
    assert found is not None and found.state == "queued"
    assert found.subject == "Votre message de vendredi"
    assert "on en parle vendredi" in found.text


def test_only_a_message_waiting_for_approval_or_failed_can_be_edited(site: Site):
    """A queued message is on its way: no longer edited (a failed one is: see
    test_dashboard_figures); and a message needs a subject and a text."""
    box = outbox.Outbox(site.store, site.store.account_id())
    box.approve("reply:horizon:2026-11-06", END_OF_MONTH)
    with pytest.raises(outbox.OutboxError):
        box.edit("reply:horizon:2026-11-06", "Autre sujet", "Autre texte")
    with pytest.raises(outbox.OutboxError):
        box.edit("reply:horizon:2026-11-05", "", "Un texte sans sujet")


def held_agenda(key: str, call_start: str) -> Any:
    """An agenda held because Marc asked to move its call (as the mail cycle stores it)."""
    return outbox.Outgoing(
        key=key,
        kind="agenda",
        to="marc@horizon.example",
        subject="Ordre du jour de notre point (date à confirmer)",
        text="Bonjour,\n\nVous m'avez demandé de revoir la date de ce point.\n\nClaire",
        html=None,
        message_id=f"<{key}@conseil.example>",
        due_at=END_OF_MONTH,
        client_id="horizon",
        held=True,
        detail={
            "call_start": call_start,
            "topics": ["budget"],
            "held_because": {
                "reason": "call_in_question",
                "asked": ["2020-03-04T16:30:00+00:00"],
                "named": ["point de vendredi"],
                "sids": ["<m@h>"],
            },
        },
    )


def test_an_agenda_held_for_a_call_in_question_says_why_and_one_past_its_call_is_refused(
    site: Site,
):
    """newcomer9 M3: the consultant sees why the agenda waits, in the page's language; an
    agenda whose call has begun is not sent, however late the approval comes."""
    key = "agenda:horizon:2020-03-06T09:00Z"
    outbox.Outbox(site.store, site.store.account_id()).add(
        [held_agenda(key, "2020-03-06T09:00:00+00:00")]
    )
    with signed_in(site) as client:
        page = client.get("/outbox")
        text = " ".join(page.text.replace("&#39;", "'").split())
        assert (
            "le client a demandé de déplacer ou d'annuler ce point (« point de vendredi »" in text
        )
        answer = client.post(
            "/outbox", data={"csrf": csrf_of(page.text), "key": key, "action": "approve"}
        )
        assert answer.status_code == 409
        assert "un point qui a déjà commencé" in answer.text.replace("&#39;", "'")
    assert state(site, key) == "waiting_approval"


def test_an_agenda_held_for_a_call_since_skipped_is_refused_and_a_withdrawn_one_not_offered(
    site: Site,
):
    """newcomer10 H1: after `boundaries skip`, « Valider et envoyer » queued the agenda of the
    cancelled call. Dates from today: the page approves on the real clock."""
    from datetime import UTC, datetime, timedelta

    from boundaries.store.calendar import CalendarStore

    start = (datetime.now(UTC) + timedelta(days=30)).replace(hour=9, minute=0, second=0)
    start = start.replace(microsecond=0)
    key = f"agenda:horizon:{start:%Y-%m-%dT%H:%MZ}"
    agenda = held_agenda(key, start.isoformat())
    agenda.detail["call_day"] = start.date().isoformat()  # 10:00 Paris: that day there too
    box = outbox.Outbox(site.store, site.store.account_id())
    box.add([agenda])
    CalendarStore(site.store, site.store.account_id()).skip("horizon", start.date())
    with signed_in(site) as client:
        page = client.get("/outbox")
        answer = client.post(
            "/outbox", data={"csrf": csrf_of(page.text), "key": key, "action": "approve"}
        )
        assert answer.status_code == 409
        said = " ".join(answer.text.replace("&#39;", "'").split())
        assert "un point annulé ou déplacé" in said and "ordre du jour suivant" in said, said
        assert state(site, key) == "waiting_approval"
        # Once withdrawn (what `skip` and the mail cycle do), it is no longer said to be held.
        box.withdraw_agendas(start - timedelta(days=1), lambda _client, _start: False)
        assert state(site, key) == "discarded"
        page = client.get("/outbox")
        text = " ".join(page.text.replace("&#39;", "'").split())
        assert "le client a demandé de déplacer" not in text
        assert "a été annulé (`boundaries skip`) ou déplacé" in text and "called off" not in text
        # its call's day as French writes it, not "Tue 2026-12-08 16:00" (trial44 §14)
        local = start  # withdrawn in UTC, as `withdraw_agendas` is called here
        reason = text[text.index("son point (") :].split(") a été annulé")[0]
        said = written(local, "EEE d MMM HH:mm", "fr")
        assert reason == f"son point ({said} UTC", reason


MISSING = ("smtp_url is not set. Add smtp_url", "smtp_url n'est pas renseigné. Ajoutez smtp_url")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("mail", [None, "approve_replies = true"])
def test_without_smtp_url_the_page_names_it_and_says_an_approved_message_waits_for_it(
    tmp_path: Path, mail: str | None, lang: str
):
    """Newcomer 13, L1: the page names the key that is missing (with no [mail] section, or
    one without smtp_url), and an approval says the message leaves once smtp_url is set, not
    "with the next mail cycle", which sends nothing without it."""
    from boundaries.config import load_config
    from tests.conftest import EXAMPLES
    from tests.mail_support import example_with_mail

    # No [mail] section at all, or one without smtp_url (replies held for approval).
    config = load_config(EXAMPLES / "boundaries.toml")
    if mail is not None:
        _, config = example_with_mail(mail)
    with running_site(f"sqlite:///{tmp_path / 'b.sqlite3'}", config=config) as s:
        outbox.Outbox(s.store, s.store.account_id()).add([held("reply:horizon:2026-11-06")])
        with signed_in(s) as client:
            page = client.get("/outbox")
            client.post("/language", data={"csrf": csrf_of(page.text), "lang": lang})
            page = client.get("/outbox")
            said = MISSING[0] if lang == "en" else MISSING[1]
            assert said in page.text.replace("&#39;", "'"), page.text
            answer = client.post(
                "/outbox",
                data={"csrf": csrf_of(page.text), "key": "reply:horizon:2026-11-06",
                      "action": "approve"},
            )  # fmt: skip
            assert answer.status_code == 303
            after = client.get(answer.headers["location"]).text.replace("&#39;", "'")
    leaves = "it leaves once smtp_url is set" if lang == "en" else "il partira une fois smtp_url"
    assert leaves in after, after
    assert "next mail cycle" not in after and "prochain relevé" not in after
    assert state(s, "reply:horizon:2026-11-06") == "queued"


def _next_friday_10(weeks: int) -> Any:
    """Horizon's standing call (Fridays 10:00 Paris) `weeks` weeks from today: dates computed
    from today, as the page and `outbox approve` run on the real clock."""
    from datetime import date, datetime, time, timedelta
    from zoneinfo import ZoneInfo

    today = date.today()
    friday = today + timedelta(days=(4 - today.weekday()) % 7 + 7 * weeks)
    return datetime.combine(friday, time(10), ZoneInfo("Europe/Paris"))


def reply_naming(key: str, *calls: Any) -> Any:
    """A held reply of Horizon that names these standing calls (aware starts), as the mail
    cycle stores it (`detail["calls"]`, `detail["call_days"]`)."""
    from datetime import UTC

    message = held(key)
    message.detail.update(
        calls=[c.astimezone(UTC).isoformat() for c in calls],
        call_days=[c.date().isoformat() for c in calls],
    )
    return message


@pytest.mark.parametrize("edited", [False, True])
def test_approving_a_reply_whose_call_was_called_off_says_so_on_the_page(site: Site, edited: bool):
    """The CLI said it, the page's button said nothing (fix15-agenda): a reply that names a
    call skipped since it was written is rewritten by the cycle (or, edited, goes out as she
    wrote it), and the page says which, in the consultant's language."""
    from boundaries.store.calendar import CalendarStore

    call = _next_friday_10(3)
    key = "reply:horizon:2026-11-04"
    box = outbox.Outbox(site.store, site.store.account_id())
    box.add([reply_naming(key, call)])
    if edited:
        box.edit(key, "Notre point", "Bonjour Marc, à vendredi. Claire")
    CalendarStore(site.store, site.store.account_id()).skip("horizon", call.date())
    with signed_in(site) as client:
        page = client.get("/outbox")
        answer = client.post(
            "/outbox", data={"csrf": csrf_of(page.text), "key": key, "action": "approve"}
        )
        assert answer.status_code == 303
        shown = client.get(answer.headers["location"])
    text = " ".join(shown.text.replace("&#39;", "'").split())
    assert "Validé" in text
    from boundaries.i18n import day

    assert f"votre point du {day(call.date(), 'fr')} avec le client, annulé ou déplacé" in text
    if edited:
        assert "elle part telle que vous l'avez écrite" in text, text
    else:
        assert "la réécrit pour nommer le point suivant" in text, text
    assert state(site, key) == "queued"


def test_approving_a_reply_whose_calls_still_stand_says_nothing_more(site: Site):
    key = "reply:horizon:2026-11-04"
    box = outbox.Outbox(site.store, site.store.account_id())
    box.add([reply_naming(key, _next_friday_10(3))])
    with signed_in(site) as client:
        page = client.get("/outbox")
        answer = client.post(
            "/outbox", data={"csrf": csrf_of(page.text), "key": key, "action": "approve"}
        )
        shown = client.get(answer.headers["location"])
    assert "Validé" in shown.text and "annulé ou déplacé" not in shown.text


def test_a_subject_of_several_lines_is_refused_on_the_page_and_nothing_changes(site: Site):
    """trial33 §3: "Objet\\r\\nBcc: …" was taken (303), then crashed every mail cycle."""
    with signed_in(site) as client:
        answer = approved_as_edited(
            client,
            "reply:horizon:2026-11-06",
            "Objet modifié\r\nBcc: evil@x.example",
            "Bonjour Marc,\n\nBien reçu.\n\nClaire",
        )
        assert answer.status_code == 400
        assert "seule ligne" in answer.text or "single line" in answer.text
    assert state(site, "reply:horizon:2026-11-06") == "waiting_approval"


def test_the_week_page_counts_held_agendas_apart_from_replies(site: Site):
    """trial41 §10: the banner said « Réponses en attente de votre accord : 2 » of two held
    agendas; it counts replies and agendas each under its own name."""
    box = outbox.Outbox(site.store, site.store.account_id())
    with signed_in(site) as client:
        text = " ".join(client.get("/").text.split())
        assert "Réponses en attente de votre accord : 2." in text, text
        box.add([held_agenda("agenda:horizon:2020-03-06T09:00Z", "2020-03-06T09:00:00+00:00")])
        text = " ".join(client.get("/").text.split())
        assert "En attente de votre accord : 2 réponses et 1 ordre du jour." in text, text
        for key in ("reply:horizon:2026-11-06", "reply:horizon:2026-11-05"):
            box.discard(key)
        text = " ".join(client.get("/").text.split())
        assert "Ordres du jour en attente de votre accord : 1." in text, text
        assert "Réponses en attente" not in text
