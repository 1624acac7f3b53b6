"""The reply, the agendas, the JSON API and the calendar feed tell a client the same thing
about where each topic is taken up (SPEC §10, §11; newcomer2 M9, L3): a topic asked again
after an agenda went out that already lists it is said to be on it and is not listed again;
a request to move or call off a call is answered on its own and is on no agenda; the feed's
"agenda so far" holds the emails' topics as well as the voicemails'. Real SQLite/PostgreSQL,
the mail cycle against a real SMTP server, the feed and the API over real HTTP."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import icalendar
import pytest

from boundaries.integrations.mail.cycle import MailCycle
from boundaries.store import Store, StoredEvent
from boundaries.store.calendar import CalendarStore
from boundaries.store.outbox import Outbox
from boundaries.triage import Message, classify
from boundaries.web.app import create_app
from tests.gateway_support import PUBLIC, TOKEN, Clock, ServerThread
from tests.mail_servers import SmtpServer
from tests.mail_support import example_with_mail, parsed, voicemail

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2026, 11, 30, tzinfo=PARIS)  # Horizon's standing call: Friday 10:00
API = "api-token-for-tests"


def at(day: int, hh: int, mm: int = 0) -> datetime:
    """A moment of the week of Monday 30 November (day 0 is Monday)."""
    return MONDAY + timedelta(days=day, hours=hh, minutes=mm)


def bodies(smtp: SmtpServer) -> dict[str, str]:
    """What the SMTP server received, by subject: the plain-text bodies."""
    out = {}
    for record in smtp.received():
        msg = parsed(record)
        out[str(msg["Subject"])] = msg.get_body(("plain",)).get_content()
    return out


def test_a_topic_asked_again_is_on_the_agenda_already_sent_and_a_move_is_on_none(
    db_url: str, smtp: SmtpServer
):
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    account = store.account_id()
    cycle = MailCycle(config, store)
    voicemail(store, account, "V1", "horizon", at(2, 14), "c'est marc, pour le budget 2027")
    move = "salut c'est marc on peut décaler le point de vendredi à lundi"
    voicemail(store, account, "V2", "horizon", at(2, 15), move)
    cycle.run(at(2, 17))  # Wednesday's reply
    # Thursday 10:00: the agenda of Friday's call, whose date Marc put in question, waits
    # for the consultant (newcomer9 M3); she keeps the date and approves it.
    cycle.run(at(3, 10))
    assert not [s for s in bodies(smtp) if s.startswith("Ordre du jour")]
    Outbox(store, account).approve("agenda:horizon:2026-12-04T09:00Z", at(3, 10, 1))
    cycle.run(at(3, 10, 2))
    first = bodies(smtp)
    [agenda] = [b for s, b in first.items() if s.startswith("Ordre du jour")]
    # The request is acknowledged, never listed as a topic of the call.
    assert "« budget 2027 »" in agenda and "- « point de vendredi »" not in agenda
    assert "revoir la date de ce point" in agenda
    [wednesday] = [b for s, b in first.items() if not s.startswith("Ordre du jour")]
    assert "notre rendez-vous (« point de vendredi »)" in wednesday
    # Thursday: the same topic again, after its agenda went out, before the call.
    voicemail(store, account, "V3", "horizon", at(3, 11), "c'est marc, pour le budget 2027")
    cycle.run(at(3, 17))
    [thursday] = [b for s, b in bodies(smtp).items() if s not in first]
    assert "Votre sujet est déjà à l'ordre du jour que je vous ai envoyé :" in thursday
    assert "« budget 2027 »" in thursday and "11 décembre" not in thursday
    # The next agenda does not list it again: it has nothing to list.
    cycle.run(at(10, 10))
    assert not [s for s in bodies(smtp) if s.startswith("Ordre du jour") and "11 décembre" in s]
    store.close()


def test_one_matter_named_twice_is_one_agenda_line_in_its_fuller_words(
    db_url: str, smtp: SmtpServer
):
    """newcomer9 L4: « budget » (a voicemail) and « budget prévisionnel » (another message)
    are one matter for one client: one line, the fuller wording; the invoice stays apart,
    and so does « budget formation » beside them (which budget « budget » meant is then not
    said). The reply and the agenda list the same lines."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    account = store.account_id()
    cycle = MailCycle(config, store)
    said = [
        "c'est marc, on peut parler du budget",  # topic « budget »
        "c'est marc, pouvez-vous regarder le budget prévisionnel avant vendredi ?",
        "c'est marc, on peut parler de la facture de novembre vendredi",
        "c'est marc, on peut parler du budget formation vendredi",
    ]
    for i, text in enumerate(said):
        voicemail(store, account, f"L4-{i}", "horizon", at(2, 14, i), text)
    cycle.run(at(2, 17))  # Wednesday's reply
    cycle.run(at(3, 10))  # Thursday 10:00: the agenda of Friday's call goes out
    sent = bodies(smtp)
    [agenda] = [b for s, b in sent.items() if s.startswith("Ordre du jour")]
    [reply] = [b for s, b in sent.items() if not s.startswith("Ordre du jour")]
    for body in (agenda, reply):
        assert body.count("« budget prévisionnel »") == 1, body
        assert "« budget »" not in body and "« facture de novembre »" in body
        assert body.count("« budget formation »") == 1
    store.close()


def test_different_matters_are_never_merged():
    from boundaries.domain.heard import same_matter

    assert same_matter("budget", "budget previsionnel")
    assert same_matter("factures", "facture")
    assert not same_matter("budget 2026", "budget 2027")
    assert not same_matter("facture novembre", "facture decembre")
    assert not same_matter("budget previsionnel", "budget formation")
    assert not same_matter("de", "de la salle")  # a linking word names nothing


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("privacy policy", "privacy policies"),
        ("yoga class", "yoga classes"),
        ("box", "boxes"),
        ("analysis", "analyses"),
        ("local", "locaux"),
        ("journal", "journaux"),
        ("bail", "baux"),
        ("travaux", "travail"),
        ("e-mail", "email"),
        ("newsletter", "news-letter"),
        ("e-mail campaign", "email campaigns"),
        ("bail du local", "baux des locaux"),
    ],
)
def test_a_plural_of_any_form_or_a_hyphen_names_the_same_matter(one: str, other: str):
    """newcomer10 M5: plurals read by the English and French stemmers, not by "-s"/"-x"
    only; a hyphen inside a word changes nothing. Both ways, as keys or as topics."""
    from boundaries.domain.heard import comparable, matter_key, same_matter

    for a, b in ((one, other), (other, one)):
        assert same_matter(comparable(a), comparable(b))
        assert same_matter(matter_key(a), matter_key(b))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("privacy policy", "cookie policies"),
        ("university", "universe"),
        ("yoga classes 2026", "yoga class 2027"),
        ("bail", "local"),
    ],
)
def test_a_stem_in_common_never_merges_different_matters(one: str, other: str):
    from boundaries.domain.heard import comparable, same_matter

    assert not same_matter(comparable(one), comparable(other))


def test_one_matter_in_two_plurals_is_one_agenda_line(db_url: str, smtp: SmtpServer):
    """newcomer10 M5 through the mail cycle: « bail du local » and « baux des locaux » are
    one line of Horizon's agenda and reply."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    account = store.account_id()
    cycle = MailCycle(config, store)
    said = [
        "c'est marc, on peut parler du bail du local vendredi",
        "c'est marc, pouvez-vous regarder les baux des locaux avant vendredi ?",
    ]
    for i, text in enumerate(said):
        voicemail(store, account, f"M5-{i}", "horizon", at(2, 14, i), text)
    cycle.run(at(2, 17))  # Wednesday's reply
    cycle.run(at(3, 10))  # Thursday 10:00: the agenda of Friday's call goes out
    sent = bodies(smtp)
    [agenda] = [b for s, b in sent.items() if s.startswith("Ordre du jour")]
    for body in sent.values():
        lines = [line for line in body.splitlines() if "bail" in line or "baux" in line]
        assert len(lines) == 1, body
    assert "« baux des locaux »" in agenda or "« bail du local »" in agenda
    store.close()


def test_the_feed_and_the_api_list_the_emails_topics_as_the_agenda_does(db_url: str):
    """Harbor's and Vélo's pending topics are emails: the feed writes their next occurrence
    out with them, in the order the agenda email and /api/agenda give."""
    _, config = example_with_mail('reply_at = "17:00"')
    store = Store.open(db_url)
    account = store.account_id()
    voicemail(store, account, "V1", "horizon", at(1, 9), "c'est marc, pour le budget 2027")
    # Each before the agenda of the client's next call goes out: Vélo's Tuesday 16:00 call
    # (sent Monday 16:00), Harbor's Wednesday 16:00 (Tuesday 16:00), Horizon's Friday 10:00.
    emails = [
        ("horizon", at(1, 10), "marc@horizon.example", "Subvention",
         "Où en est le dossier de subvention ?"),
        ("velo", at(0, 10), "karim@velo-solidaire.example", "Vélos",
         "Peux-tu regarder le stock des vélos ?"),
        ("harbor", at(1, 10), "jen@harboryoutharts.example", "Spring show",
         "Could you review the venue contract for the spring show?"),
    ]  # fmt: skip
    for i, (client, when, sender, subject, said) in enumerate(emails):
        verdict = classify(Message(f"<m{i}@x>", "email", said, subject, sender, when))
        store.record(
            account,
            [
                StoredEvent(
                    kind="email",
                    at=when,
                    action="agenda",
                    client=client,
                    sid=f"<m{i}@x>",
                    detail={"subject": subject, "text": said, "triage": verdict.as_json("m")},
                )
            ],
        )
    token = CalendarStore(store, account).rotate_token()
    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=Clock(at(1, 12)), api_token=API)
    with ServerThread(app) as server, httpx.Client(base_url=server.url, timeout=20) as http:
        feed = http.get(f"/calendar/{token}.ics")
        api = http.get("/api/agenda", headers={"Authorization": f"Bearer {API}"})
    store.close()
    assert feed.status_code == 200 and api.status_code == 200
    described: dict[str, str] = {}  # the next occurrence's description, by client
    for event in icalendar.Calendar.from_ical(feed.content).walk("VEVENT"):
        if event.get("recurrence-id") is not None:
            client_id = str(event["uid"]).removeprefix("standing-").split("-")[0]
            described[client_id] = str(event.get("description", ""))
    by_client = {a["client"]: [t["topic"] for t in a["topics"]] for a in api.json()}
    for client_id in ("horizon", "velo", "harbor"):
        said = described.get(client_id, "")
        listed = [line[2:] for line in said.splitlines() if line.startswith("- ")]
        assert listed == by_client[client_id] and listed, (client_id, said)
    assert "Subvention" in by_client["horizon"] and "budget 2027" in by_client["horizon"]


@pytest.mark.parametrize(
    ("said", "moves"),
    [
        ("salut c'est marc on peut décaler le point de vendredi à lundi", True),
        ("hi it's jen, could we move friday's call to next week?", True),
        ("Bonjour, pouvons-nous annuler le rendez-vous de demain ? Merci", True),
        ("salut c'est marc on peut faire un point demain ?", False),
        ("c'est marc est-ce que tu pourrais m'envoyer le modèle de convention", False),
    ],
)
def test_the_triage_tells_a_request_to_move_a_call(said: str, moves: bool):
    verdict = classify(Message("m", "voicemail", said))
    assert verdict.moves_call is moves
    assert ("moves_call" in verdict.as_json("m")) is moves


def test_one_matter_in_two_spellings_keeps_its_clean_label_and_a_kind_of_thing_merges_nothing(
    db_url: str, smtp: SmtpServer
):
    """newcomer11 M2: the same matter asked twice keeps its well-formed, earlier wording
    (« statuts de l'association », not a later one run on into its next clause), "e-mail"
    and "email" are one line, and « travaux du samedi » is not swallowed by « travaux de la
    cour »: their distinguishing words differ."""
    _, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    store = Store.open(db_url)
    account = store.account_id()
    cycle = MailCycle(config, store)
    said = [
        "c'est marc, on peut voir le e-mail de relance aux adhérents vendredi ?",
        "c'est marc, il faudrait aussi revoir l'email de relance aux adhérents.",
        "c'est marc, on peut parler des statuts de l'association vendredi ?",
        "c'est marc, aussi le statut de l'association, la préfecture a répondu.",
        "c'est marc, on peut parler des vélos électriques vendredi ?",
        "c'est marc, et le vélo électrique, la batterie est morte.",
        "c'est marc, pouvez-vous regarder les travaux de la cour vendredi ?",
        "c'est marc, aussi les travaux du samedi, il faut trouver des bénévoles.",
    ]
    for i, text in enumerate(said):
        voicemail(store, account, f"M2-{i}", "horizon", at(2, 9, 10 * i), text)
    cycle.run(at(2, 17))  # Wednesday's reply
    cycle.run(at(3, 10))  # Thursday 10:00: the agenda of Friday's call goes out
    sent = bodies(smtp)
    [agenda] = [b for s, b in sent.items() if s.startswith("Ordre du jour")]
    [reply] = [b for s, b in sent.items() if not s.startswith("Ordre du jour")]
    for body in (agenda, reply):
        lines = [x for x in body.splitlines() if x.startswith("- «")]
        assert lines == [
            "- « e-mail de relance »",
            "- « statuts de l'association »",
            "- « vélos électriques »",
            "- « travaux de la cour »",
            "- « travaux du samedi »",
        ], body
    store.close()


def test_the_well_formed_wording_of_one_matter_is_kept():
    from boundaries.domain.heard import fuller, well_formed

    assert fuller("statuts de l'association", "statut de association la préfecture") == (
        "statuts de l'association"
    )
    assert fuller("vélo électrique la batterie", "vélos électriques") == "vélos électriques"
    assert fuller("e-mail de relance", "revoir l'email de relance") == "e-mail de relance"
    assert fuller("statuts de l'association", "statut de l'association") == (
        "statuts de l'association"
    )  # the same words: the earlier
    assert fuller("budget", "budget prévisionnel") == "budget prévisionnel"
    assert well_formed("demande à la mairie") and well_formed("report of the board")
    assert not well_formed("assurances bénévoles le courtier a répondu")


@pytest.mark.parametrize("bare", ["travaux", "work", "meeting", "réunion", "dossier"])
def test_a_bare_kind_of_thing_never_swallows_a_named_matter(bare: str):
    from boundaries.domain.heard import matter_key, same_matter

    for named in (f"{bare} de la cour", f"{bare} du samedi", f"{bare} budget"):
        assert not same_matter(matter_key(bare), matter_key(named))
        assert not same_matter(matter_key(named), matter_key(bare))
    assert same_matter(matter_key("travaux"), matter_key("travail"))
    assert not same_matter(matter_key("travaux du samedi"), matter_key("travaux de la cour"))


def test_a_topic_heard_too_late_for_the_next_call_is_on_the_later_one_everywhere(
    db_url: str, smtp: SmtpServer, tmp_path
):
    """newcomer51 §2: Friday 4 at 08:30, before that day's 10:00 call whose agenda time
    (Thursday 10:00) passed with nothing to send, Marc leaves a topic. Its reply goes at
    17:00, after the call, and names Friday 11: the report, the dashboard, /api/agenda,
    the calendar feed and the agenda email all put it on Friday 11 (before: the report and
    the dashboard on Friday 4, the API and the feed on none)."""
    import json

    from click.testing import CliRunner

    from boundaries.cli.main import cli
    from boundaries.integrations.calendar.agenda import stored_feed
    from boundaries.web.dashboard.source import week_report
    from boundaries.web.mail_api import agendas_now

    text, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    path = tmp_path / "boundaries.toml"
    path.write_text(text, encoding="utf-8")
    store = Store.open(db_url)
    account = store.account_id()
    cycle = MailCycle(config, store)
    cycle.run(at(3, 10))  # Thursday 10:00: nothing to list, no agenda for Friday 4
    voicemail(store, account, "LATE1", "horizon", at(4, 8, 30), "c'est marc pour le stand du salon")
    now = at(4, 8, 40)
    friday_4 = datetime(2026, 12, 4, 10, tzinfo=PARIS)
    friday_11 = datetime(2026, 12, 11, 10, tzinfo=PARIS)
    # /api/agenda: Friday 4 holds nothing, Friday 11 the topic
    horizon = [a for a in agendas_now(config, store, account, now) if a["client"] == "horizon"]
    assert [(datetime.fromisoformat(a["call_start"]), [t["topic"] for t in a["topics"]])
            for a in horizon] == [(friday_4, []), (friday_11, ["stand du salon"])]  # fmt: skip
    # the report (from the store) and the dashboard read the same
    done = CliRunner().invoke(
        cli,
        ["report", "--config", str(path), "--database", db_url, "--client", "horizon",
         "--json", "--now", now.isoformat()],
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    [c] = json.loads(done.output)["clients"]
    assert c["next_standing_call"] == friday_4.isoformat() and c["agenda"] == [], c
    assert c["later_agendas"] == [
        {"standing_call": friday_11.isoformat(), "topics": ["stand du salon"]}
    ]
    page = week_report(config, store, account, now, None)
    [d] = [x for x in page["clients"] if x["id"] == "horizon"]
    assert (d["agenda"], d["later_agendas"]) == (c["agenda"], c["later_agendas"])
    readable = CliRunner().invoke(
        cli,
        ["report", "--config", str(path), "--database", db_url, "--client", "horizon",
         "--now", now.isoformat()],
    )  # fmt: skip
    assert "Ordre du jour : rien en attente" in readable.output, readable.output
    assert "En attente du point suivant, vendredi 11 décembre à 10 h" in readable.output
    # the feed: the topic in Friday 11's description, none in Friday 4's
    feed = icalendar.Calendar.from_ical(stored_feed(config, store, account, now))
    described = {
        e["DTSTART"].dt.astimezone(PARIS): str(e.get("DESCRIPTION", ""))
        for e in feed.walk("VEVENT")
        if "RECURRENCE-ID" in e and "Horizon" in str(e["SUMMARY"])
    }
    assert list(described) == [friday_11] and "stand du salon" in described[friday_11]
    # the reply names Friday 11, and Friday 11's agenda email lists the topic
    cycle.run(at(4, 17))
    [reply] = bodies(smtp).values()
    assert "vendredi 11 décembre" in reply and "« stand du salon »" in reply, reply
    cycle.run(at(10, 10))
    [agenda] = [b for s, b in bodies(smtp).items() if s.startswith("Ordre du jour")]
    assert "« stand du salon »" in agenda
    store.close()
