"""Deferral replies and agendas: who gets one, when, and what it says (SPEC §1.4-5, §10)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from boundaries.config import ConfigError, parse_config
from boundaries.domain.agenda import agendas_between, agendas_due, taking_call
from boundaries.domain.heard import as_told, is_agenda_topic
from boundaries.domain.replies import (
    DeferralReply,
    Heard,
    UpdateRef,
    deferral_replies,
    reply_moment,
)
from boundaries.domain.schedule import Calendar
from boundaries.letters import day, moment
from boundaries.triage import Message, classify
from tests.conftest import BASE_TOML
from tests.mail_support import PARIS, at, triaged

GOLDEN = Path(__file__).parent / "golden" / "mail"
UPDATE_GOLDEN = os.environ.get("BOUNDARIES_UPDATE_GOLDEN") == "1"

HARBOR = """
[[client]]
id = "harbor"
name = "Harbor Youth Arts"
language = "en"
region = "US"
phones = ["+1 212 555 0147"]
emails = ["jen@harbor.example"]
standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=TH", start = "16:00", minutes = 30 }]
urgent_line = false

[mail]
reply_at = "17:00"
agenda_hours_before = 24
"""
CONFIG = parse_config(BASE_TOML + HARBOR)
CALENDAR = Calendar(CONFIG)


UPDATE_FR = UpdateRef("<u1@conseil.example>", "Subvention région : dossier déposé", at(15, days=-1))


def vm(sid: str, when: datetime, words: str | None, client: str = "horizon", **kw: object) -> Heard:
    """A voicemail as the live service hears it: its topic is the triage's, unless given."""
    if words and "topic" not in kw:
        kw["topic"] = classify(Message(sid, "voicemail", words, at=when)).topic
    return Heard(sid, client, when, "voicemail", words, **kw)  # type: ignore[arg-type]


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE_GOLDEN or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def test_three_voicemails_in_one_day_get_exactly_one_reply_at_reply_at():
    heard = [
        vm("a", at(9, 5), "salut c'est marc rappelle-moi", content_free=True),
        vm("b", at(9, 12), "c'est marc, c'est au sujet de l'assemblée générale", topic="ag"),
        vm("c", at(9, 20), "c'est encore marc, pour le budget 2027", topic="budget"),
    ]
    assert deferral_replies(CONFIG, CALENDAR, heard, at(16, 59)) == []
    [reply] = deferral_replies(CONFIG, CALENDAR, heard, at(17, 0))
    assert reply.key == "reply:horizon:2026-12-01"
    assert reply.send_at == at(17, 0) and reply.caused_by == ("a", "b", "c")
    # Later cycles compose the same reply under the same key, never a second one.
    assert [r.key for r in deferral_replies(CONFIG, CALENDAR, heard, at(23, 0))] == [reply.key]


def test_voicemail_after_reply_at_is_answered_the_next_working_day():
    friday_evening = at(18, 30, days=3)
    [reply] = deferral_replies(
        CONFIG, CALENDAR, [vm("a", friday_evening, "pour le budget", topic="budget")], at(0, days=9)
    )
    assert reply.send_at == at(17, 0, days=6)  # Monday 17:00
    assert reply.key == "reply:horizon:2026-12-07"
    assert "du vendredi 4 décembre" in reply.letter.text
    assert reply_moment(CONFIG, at(10, days=4)) == at(17, 0, days=6)  # Saturday too


def test_urgent_messages_and_unknown_callers_get_no_reply():
    heard = [
        vm("a", at(9), "le site est en panne depuis ce matin", urgent=True),
        vm("b", at(9, 30), "bonjour c'est un démarchage", client=None),  # type: ignore[arg-type]
    ]
    assert deferral_replies(CONFIG, CALENDAR, heard, at(23)) == []


def test_emailed_check_in_gets_a_reply_but_other_emails_only_go_on_the_agenda():
    check_in = Heard(
        "m1", "horizon", at(11), "email", "Où en est le budget ?", intent="status_check"
    )
    request = Heard(
        "m2", "horizon", at(11), "email", "Peux-tu m'envoyer le devis ?", intent="request"
    )
    assert [
        r.caused_by for r in deferral_replies(CONFIG, CALENDAR, [check_in, request], at(18))
    ] == [("m1",)]


def test_reply_names_the_next_standing_call_in_the_clients_language():
    assert moment(at(10, days=3), "fr", PARIS) == "vendredi 4 décembre à 10 h"
    assert moment(at(10, days=3), "en", PARIS) == "Friday, December 4 at 10:00 AM"
    assert moment(at(10, 30, days=3), "fr", PARIS) == "vendredi 4 décembre à 10 h 30"
    assert day(at(9), "fr", PARIS) == "mardi 1er décembre"
    [reply] = deferral_replies(
        CONFIG, CALENDAR, [vm("a", at(9), "le budget", topic="budget")], at(18)
    )
    assert "vendredi 4 décembre à 10 h" in reply.letter.text
    assert "vendredi 4 décembre à 10 h" in reply.letter.subject


def test_content_free_voicemail_gets_a_polite_request_for_one_line():
    [reply] = deferral_replies(
        CONFIG,
        CALENDAR,
        [vm("a", at(9), "salut c'est marc rappelle-moi", content_free=True)],
        at(18),
    )
    assert reply.ask_for_topic and not reply.topics
    assert "une ligne pour me dire de quoi il s'agit" in reply.letter.text


def test_voicemail_with_unknown_words_is_acknowledged_without_a_made_up_topic():
    [reply] = deferral_replies(CONFIG, CALENDAR, [vm("a", at(9), None)], at(18))
    assert reply.unheard and not reply.topics and not reply.ask_for_topic
    assert "J'écouterai votre message vocal" in reply.letter.text
    assert "J'ai noté" not in reply.letter.text


def test_status_check_already_answered_gets_a_pointer_to_the_update():
    update = UpdateRef(
        "<u1@conseil.example>", "Subvention région : dossier déposé", at(15, days=-1)
    )
    heard = [
        vm("a", at(9), "où en est la subvention", intent="status_check", answered_by=update),
    ]
    [reply] = deferral_replies(CONFIG, CALENDAR, heard, at(18))
    assert reply.pointers == (update,) and not reply.topics
    assert "le lundi 30 novembre (« Subvention région : dossier déposé »)" in reply.letter.text


def test_an_english_pointer_names_the_update_and_no_dangling_it():
    """trial46: "On where things stand: I wrote to you about it on …" — "it" had nothing to
    refer to; the update's subject is what the client looks for."""
    update = UpdateRef("<u2@conseil.example>", "Grant report submitted", at(15, days=-1))
    heard = [
        vm("a", at(9), "did you send the grant report", client="harbor", intent="status_check",
           answered_by=update),
    ]  # fmt: skip
    [reply] = deferral_replies(CONFIG, CALENDAR, heard, at(18))
    text = " ".join(reply.letter.text.split())
    assert '("Grant report submitted") has the answer' in text, text
    assert "about it" not in text, text


def test_replies_match_the_golden_files_in_both_languages():
    update = UpdateRef(
        "<u1@conseil.example>", "Subvention région : dossier déposé", at(15, days=-1)
    )
    fr = [
        vm("a", at(9, 5), "salut c'est marc euh rappelle-moi", content_free=True),
        vm("b", at(9, 10), "c'est marc, on peut décaler le point de vendredi à lundi"),
        vm("c", at(9, 20), "où en est la subvention", intent="status_check", answered_by=update),
    ]
    en = [
        vm("d", at(18, 10), "hi it's jen from harbor, about the grant report", client="harbor"),
        vm("e", at(18, 20), None, client="harbor"),
    ]
    replies = deferral_replies(CONFIG, CALENDAR, fr + en, at(18, days=1))
    assert [r.key for r in replies] == ["reply:horizon:2026-12-01", "reply:harbor:2026-12-02"]
    for reply in replies:
        letter = reply.letter
        golden(f"reply_{reply.lang}.txt", f"Subject: {letter.subject}\n\n{letter.text}")
        golden(f"reply_{reply.lang}.html", letter.html)


def test_agenda_lists_topics_since_the_previous_call_marking_those_answered():
    update = UpdateRef(
        "<u1@conseil.example>", "Subvention région : dossier déposé", at(15, days=-1)
    )
    heard = [
        vm("old", at(9, days=-7), "la convention de partenariat", topic="convention"),  # last week
        vm("a", at(9), "salut c'est marc rappelle-moi", content_free=True),
        vm("b", at(9, 10), "c'est marc, pour le budget 2027", topic="budget"),
        vm("c", at(9, 20), "où en est la subvention", intent="status_check", answered_by=update),
        vm("d", at(11, days=2), "et encore le budget 2027", topic="budget"),  # same topic
        vm("late", at(11, days=3), "le rapport annuel", topic="rapport"),  # after the agenda went
        vm("u", at(9, 30), "incendie", urgent=True),
    ]
    assert agendas_due(CONFIG, CALENDAR, heard, at(9, 59, days=2)) == []
    [agenda] = agendas_due(CONFIG, CALENDAR, heard, at(10, days=2))  # Thursday 10:00
    assert agenda.key == "agenda:horizon:2026-12-04T09:00Z"
    assert [t.sid for t in agenda.topics] == ["b", "c"]
    assert agenda.topics[1].answered_by == update
    assert "déjà traité par e-mail le lundi 30 novembre" in agenda.letter.text
    golden("agenda_fr.txt", f"Subject: {agenda.letter.subject}\n\n{agenda.letter.text}")
    golden("agenda_fr.html", agenda.letter.html)


def test_no_agenda_when_there_is_nothing_to_discuss():
    heard = [vm("a", at(9), "rappelle-moi", content_free=True), vm("b", at(9), None)]
    assert agendas_due(CONFIG, CALENDAR, heard, at(10, days=2)) == []


def test_english_agenda_matches_its_golden_file():
    update = UpdateRef("<u2@conseil.example>", "Grant report: draft attached", at(12))
    heard = [
        vm("a", at(9), "hi it's jen, about the spring show budget", client="harbor"),
        vm(
            "b",
            at(9, 30),
            "how's the grant report going",
            client="harbor",
            intent="status_check",
            answered_by=update,
        ),
    ]
    [agenda] = agendas_due(CONFIG, CALENDAR, heard, at(16, days=1))  # Wed 16:00, call Thu 16:00
    assert agenda.to == "jen@harbor.example"
    assert "Thursday, December 3 at 10:00 AM Eastern Time" in agenda.letter.subject
    golden("agenda_en.txt", f"Subject: {agenda.letter.subject}\n\n{agenda.letter.text}")
    golden("agenda_en.html", agenda.letter.html)


def test_every_topic_of_a_replay_lands_in_exactly_one_agenda_or_is_late_for_one_call():
    """Each topic is on the agenda email of the call it is taken up at, or, when it came
    after that email went out (newcomer6 H3), a late topic of that call and on no email."""
    heard = [vm(str(i), at(9 + i % 8, days=i), f"sujet {i}", topic=f"t{i}") for i in range(20)]
    agendas = agendas_between(CONFIG, CALENDAR, heard, heard[0].at, heard[-1].at)
    listed = {t.sid: a.call_start for a in agendas for t in a.topics}
    assert len(listed) == sum(len(a.topics) for a in agendas)  # never on two emails
    late = 0
    for h in heard:
        taken = taking_call(CONFIG, CALENDAR, "horizon", h.at)
        assert taken is not None
        if taken[1]:
            late += 1
            assert h.sid not in listed, h
        else:
            assert listed[h.sid] == taken[0], h
    assert 0 < late < len(heard)


@pytest.mark.parametrize(
    ("snippet", "key", "words"),
    [
        ('smtp_url = "ftp://host"', "mail.smtp_url", "unknown scheme"),
        ('imap_url = "imaps://claire:secret@imap.example"', "mail.imap_url", "password"),
        ('reply_at = "5pm"', "mail.reply_at", "HH:MM"),
        ("agenda_hours_before = -1", "mail.agenda_hours_before", "must be at least 0. Fix:"),
        ("smtp_port = 25", "mail.smtp_port", "unknown key"),
    ],
)
def test_bad_mail_settings_are_refused_naming_key_and_line(snippet: str, key: str, words: str):
    text = BASE_TOML + "\n[mail]\n" + snippet + "\n"
    with pytest.raises(ConfigError) as err:
        parse_config(text)
    message = str(err.value)
    line = text.splitlines().index(snippet) + 1
    assert key in message and words in message and f"boundaries.toml:{line}:" in message, message


def test_mail_settings_are_read_with_their_defaults():
    config = parse_config(
        BASE_TOML + '\n[mail]\nsmtp_url = "smtp+starttls://claire@smtp.example:587"\n'
    )
    assert config.mail.smtp_url == "smtp+starttls://claire@smtp.example:587"
    assert (config.mail.inbox, config.mail.sent_folder, config.mail.agenda_hours_before) == (
        "INBOX",
        "Sent",
        24,
    )
    assert config.mail.reply_at.hour == 17 and config.mail.approve_replies is False


def test_simulate_mail_shows_how_many_replies_and_agendas_and_one_of_each():
    from click.testing import CliRunner

    from boundaries.cli.main import cli
    from tests.conftest import EXAMPLES

    result = CliRunner().invoke(
        cli,
        [
            "simulate",
            "--config",
            str(EXAMPLES / "boundaries.toml"),
            "--events",
            str(EXAMPLES / "events.jsonl"),
            "--mail",
        ],
    )
    assert result.exit_code == 0, result.output
    # the example's consultant speaks French, and so do its clients
    lines = result.output.splitlines()
    summary = next(line for line in lines if line.startswith("Courrier que"))
    assert "réponses différées" in summary and "ordres du jour" in summary
    assert result.output.count("Objet : ") == 2
    assert "--- Une réponse différée, reply:" in result.output
    assert "--- Un ordre du jour, agenda:" in result.output


def test_passwords_come_from_the_environment_or_a_file_and_never_show(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from boundaries.integrations.mail.settings import MailSettingsError, endpoint

    monkeypatch.delenv("BOUNDARIES_SMTP_PASSWORD", raising=False)
    monkeypatch.delenv("BOUNDARIES_SMTP_PASSWORD_FILE", raising=False)
    secret = tmp_path / "smtp-password"
    secret.write_text("s3cret-from-file\n")
    server = endpoint("smtps://claire@smtp.example", "BOUNDARIES_SMTP_PASSWORD", str(secret))
    assert (server.port, server.password, server.user) == (465, "s3cret-from-file", "claire")
    assert "s3cret" not in repr(server) and "s3cret" not in str(server)
    monkeypatch.setenv("BOUNDARIES_SMTP_PASSWORD", "from-env")
    assert endpoint("smtp+starttls://c@h", "BOUNDARIES_SMTP_PASSWORD", str(secret)).password == (
        "from-env"
    )
    monkeypatch.delenv("BOUNDARIES_SMTP_PASSWORD")
    with pytest.raises(MailSettingsError, match="cannot read the password file"):
        endpoint("smtps://c@h", "BOUNDARIES_SMTP_PASSWORD", str(tmp_path / "missing"))


@pytest.mark.parametrize(
    ("words", "wants", "never"),
    [
        (
            ["salut c'est marc rappelle-moi", None],
            ["L'un de vos messages ne précisait pas son objet", "vos messages vocaux"],
            ["Votre message ne précisait", "J'écouterai votre message vocal"],
        ),
        (
            ["salut c'est marc rappelle-moi", "c'est encore marc rappelle-moi"],
            ["Vos messages ne précisaient pas leur objet"],
            ["Votre message ne précisait"],
        ),
        ([None, None], ["J'écouterai vos messages vocaux"], ["votre message vocal"]),
    ],
)
def test_several_voicemails_get_one_request_for_a_line_in_the_right_number(
    words: list[str | None], wants: list[str], never: list[str]
):
    heard = [
        vm(f"v{i}", at(9 + i), said, content_free=said is not None) for i, said in enumerate(words)
    ]
    [reply] = deferral_replies(CONFIG, CALENDAR, heard, at(18))
    for letter in (reply.letter.text, reply.letter.html):
        assert letter.count("une ligne") == 1, letter
        for said in wants:
            assert said in letter.replace("&#39;", "'"), (said, letter)
        for said in never:
            assert said not in letter.replace("&#39;", "'"), (said, letter)


def test_an_english_reply_asks_for_one_line_once_in_the_right_number():
    heard = [
        vm("a", at(9), "hi it's jen call me back", client="harbor", content_free=True),
        vm("b", at(10), None, client="harbor"),
    ]
    [reply] = deferral_replies(CONFIG, CALENDAR, heard, at(18))
    text = reply.letter.text
    assert text.count("one line") == 1, text
    assert "One of your messages didn't say what it was about" in text
    assert "Your message didn't say" not in text


def heard_as_triaged(sid: str, when: datetime, words: str, client: str) -> Heard:
    """A voicemail with every field the live service takes from the triage's verdict."""
    return triaged(sid, when, words, client, "voicemail")


@pytest.mark.parametrize(
    ("words", "client", "ask"),
    [
        ("it's about the thing we discussed", "harbor", "Could you reply with one line"),
        ("hi it's jen, it's about my call earlier", "harbor", "Could you reply with one line"),
        ("it's about the meeting", "harbor", "Could you reply with one line"),
        ("c'est pour le truc", "horizon", "une ligne pour me dire de quoi il s'agit"),
        ("bonjour c'est Marc, c'est pour la réunion", "horizon", "une ligne pour me dire"),
        ("c'est pour le point de vendredi", "horizon", "une ligne pour me dire"),
    ],
)
def test_a_voicemail_that_names_no_topic_is_asked_for_one_line(words: str, client: str, ask: str):
    """newcomer7 M4: "it's about …" with nothing that names a topic is neither content-free
    nor given a topic by the triage; the reply must still ask what it is about, as for a
    content-free one, and no agenda line is made of it."""
    heard = heard_as_triaged("a", at(9), words, client)
    assert not heard.urgent and not heard.topic, heard
    [reply] = deferral_replies(CONFIG, CALENDAR, [heard], at(18))
    assert reply.ask_for_topic and not reply.topics
    for letter in (reply.letter.text, reply.letter.html.replace("&#39;", "'")):
        assert ask in letter, letter
    assert not is_agenda_topic(heard)


def test_a_voicemail_with_a_topic_or_a_request_to_move_the_call_is_not_asked():
    for words, client in (
        ("it's about the invoice", "harbor"),
        ("c'est pour le devis", "horizon"),
    ):
        heard = heard_as_triaged("a", at(9), words, client)
        [reply] = deferral_replies(CONFIG, CALENDAR, [heard], at(18))
        assert reply.topics and not reply.ask_for_topic, (words, reply.letter.text)
    moved = vm("m", at(9), "on peut décaler notre point de vendredi ?", moves_call=True, topic="")
    [reply] = deferral_replies(CONFIG, CALENDAR, [moved], at(18))
    assert not reply.ask_for_topic, reply.letter.text


@pytest.mark.parametrize(
    ("client", "move", "other", "call_day", "in_question", "offers"),
    [
        (
            "horizon",
            "Bonjour, c'est Marc. On peut décaler le point de vendredi prochain à lundi ? Merci.",
            "Re-bonjour, c'est encore Marc, rappelle-moi.",
            "4 décembre",
            "la date de notre rendez-vous est à revoir",
            ("on en parle", "je vous propose d'en parler", "lors de notre prochain point,"),
        ),
        (
            "horizon",
            "Bonjour, c'est Marc. On peut annuler le point de vendredi ? Merci.",
            "C'est Marc, c'est au sujet du budget 2027 de l'association.",
            "4 décembre",
            "la date de notre rendez-vous est à revoir",
            ("on en parle", "je vous propose d'en parler", "lors de notre prochain point,"),
        ),
        (
            "harbor",
            "hi it's jen, could we move next thursday's call to friday? thanks",
            "hi it's jen again, call me back",
            "December 3",
            "the date of our call is in question",
            ("let's talk", "can this wait", "for our next call, on"),
        ),
        (
            "harbor",
            "hi it's jen, could we cancel thursday's call? thanks",
            "hi it's jen, it's about the grant report for the city council",
            "December 3",
            "the date of our call is in question",
            ("let's talk", "can this wait", "for our next call, on"),
        ),
    ],
    ids=["fr-callback", "fr-topic", "en-callback", "en-topic"],
)
def test_a_call_asked_to_move_is_never_offered_as_the_place_to_talk(
    client: str, move: str, other: str, call_day: str, in_question: str, offers: tuple[str, ...]
):
    """newcomer8 M1: « on peut décaler le point de mardi prochain ? » with a call-back in the
    same reply got « on en parle mardi 8 décembre » in its subject and « je vous propose d'en
    parler lors de notre prochain point, mardi 8 décembre »: the call in question, offered
    as the place to discuss it. Whatever else the reply answers, it names no call to talk
    at, and says why."""
    heard = [
        heard_as_triaged("m", at(9), move, client),
        heard_as_triaged("o", at(10), other, client),
    ]
    assert heard[0].moves_call and not heard[1].moves_call, heard
    [reply] = deferral_replies(CONFIG, CALENDAR, heard, at(18))
    assert reply.next_call is None
    letter = reply.letter
    for text in (letter.subject, letter.text, letter.html.replace("&#39;", "'")):
        plain = " ".join(text.replace("<strong>", "").replace("</strong>", "").split())
        assert call_day not in plain, plain
        for offer in offers:
            assert offer not in plain, (offer, plain)
    assert in_question in " ".join(letter.text.split())
    # The request itself is still answered on its own, with its day as the client said it,
    # an English day with its capital (trial48 M1: (“wednesday”) from a transcript).
    assert as_told(heard[0].topic) in letter.text
    if "thursday" in heard[0].topic:
        assert "Thursday's call" in letter.text and "thursday's call" not in letter.text


def test_the_call_asked_to_move_keeps_its_day_as_said():
    """newcomer8 M1: « le point de mardi prochain » was quoted back as « point de mardi »."""
    heard = heard_as_triaged(
        "m", at(9), "On peut décaler le point de mardi prochain à mercredi ? Merci.", "horizon"
    )
    assert heard.moves_call and heard.topic == "point de mardi prochain"


LONDON_EN = """
[[client]]
id = "thames"
name = "Thames Arts"
language = "en"
timezone = "Europe/London"
phones = ["+44 20 7946 0018"]
emails = ["amy@thames.example"]
standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=TH", start = "10:00", minutes = 30 }]
urgent_line = false
"""


def reply_read_at(consultant_zone: str, reply_at: str, client: str, words: str) -> DeferralReply:
    """The reply to one voicemail left at 09:00 on Tuesday 1 December, consultant's time."""
    text = BASE_TOML.replace('timezone = "Europe/Paris"', f'timezone = "{consultant_zone}"')
    config = parse_config(text + LONDON_EN + f'\n[mail]\nreply_at = "{reply_at}"\n')
    left = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo(consultant_zone))
    [reply] = deferral_replies(
        config, Calendar(config), [vm("a", left, words, client)], left.replace(hour=23, minute=59)
    )
    return reply


@pytest.mark.parametrize(
    ("zone", "reply_at", "client", "said", "never"),
    [
        # 17:00 in Montreal is 23:00 in Paris, 22:00 in London: the day is over there.
        (
            "America/Montreal",
            "17:00",
            "horizon",
            ["Je n'ai pas été disponible aujourd'hui", "Bien cordialement,"],
            ["Bonne fin de journée", "pas disponible aujourd'hui", "Bonne soirée"],
        ),
        (
            "America/Montreal",
            "17:00",
            "thames",
            ["I wasn't free today", "Best regards,"],
            ["I'm not free today"],
        ),
        # 14:00 in Montreal is 20:00 in Paris: an evening.
        (
            "America/Montreal",
            "14:00",
            "horizon",
            ["Je n'ai pas été disponible aujourd'hui", "Bonne soirée,"],
            ["Bonne fin de journée", "pas disponible aujourd'hui"],
        ),
        # 17:00 in Paris is 16:00 in London, 17:00 in Paris: the afternoon, as before.
        (
            "Europe/Paris",
            "17:00",
            "horizon",
            ["Je ne suis pas disponible aujourd'hui", "Bonne fin de journée,"],
            ["Bien cordialement", "Bonne soirée"],
        ),
        # the day is not "most" gone at 16:00 in London, nor said to be (trial38 §7)
        ("Europe/Paris", "17:00", "thames", ["I'm not free today"], ["wasn't free", "most of"]),
        # 11:00 in Paris is 10:00 in London, and 11:00 for a Paris consultant replying early.
        (
            "Europe/Paris",
            "11:00",
            "horizon",
            ["Je ne suis pas disponible aujourd'hui", "Bonne journée,"],
            ["Bonne fin de journée", "Bien cordialement"],
        ),
        # newcomer55 §15: 09:00 in Tokyo is 01:00 in Paris, the reply at 11:00 is 03:00 there
        # (02:00 in London): the client's day has barely begun, so it is not "over"
        (
            "Asia/Tokyo",
            "11:00",
            "horizon",
            ["Je n'ai pas pu vous répondre plus tôt", "Bien cordialement,"],
            ["pas été disponible aujourd'hui", "pas disponible aujourd'hui"],
        ),
        (
            "Asia/Tokyo",
            "11:00",
            "thames",
            ["I couldn't get back to you sooner", "Best regards,"],
            ["wasn't free today", "I'm not free today"],
        ),
    ],
    ids=[
        "paris-23h",
        "london-22h",
        "paris-20h",
        "paris-17h",
        "london-16h",
        "paris-11h",
        "paris-3h",
        "london-2h",
    ],
)
def test_a_reply_is_worded_for_the_hour_the_client_reads_it(
    zone: str, reply_at: str, client: str, said: list[str], never: list[str]
):
    """newcomer8 L4: a consultant in Montreal replying at 17:00 wrote « Je ne suis pas
    disponible aujourd'hui » … « Bonne fin de journée » to a Paris client at 23:00 its time.
    The wording follows the client's own hour when the reply goes out, text and HTML."""
    words = (
        "c'est au sujet du budget 2027" if client == "horizon" else "it's about the grant report"
    )
    reply = reply_read_at(zone, reply_at, client, words)
    for letter in (reply.letter.text, reply.letter.html.replace("&#39;", "'")):
        flat = " ".join(letter.split())
        for s in said:
            assert s in flat, (s, flat)
        for s in never:
            assert s not in flat, (s, flat)


def _triaged_vm(sid: str, when: datetime, words: str, client: str) -> Heard:
    """A voicemail with the triage's topic and `due`, as the live service stores them."""
    verdict = classify(Message(sid, "voicemail", words, at=when))
    assert not verdict.urgent, verdict.reasons
    due = datetime.fromisoformat(verdict.due).date() if verdict.due else None
    return vm(sid, when, words, client, topic=verdict.topic, due=due)


@pytest.mark.parametrize(
    "client, words, asks, says",
    [
        (
            "horizon",
            "bonjour c'est Marc, le bilan pour la banque, on doit le rendre pour le jeudi 3",
            "je vous propose d'en parler",
            "d'ici le jeudi 3 décembre, avant notre prochain point",
        ),
        (
            "harbor",
            "hi it's Jen, the grant report for the council, we must file it before 2nd",
            "can this wait",
            "by Wednesday, December 2, before our next call",
        ),
    ],
)
def test_a_reply_asks_no_wait_past_the_deadline_the_client_gave(client, words, asks, says):
    """trial51 §4: "we must file before 10th" got "can this wait for our next call, on
    Thursday, December 31?". A day the client needs something by, before the next call, is
    not waited past: the reply says the consultant comes back before then, and proposes no
    call."""
    [reply] = deferral_replies(CONFIG, CALENDAR, [_triaged_vm("a", at(9), words, client)], at(23))
    text = " ".join(reply.letter.text.split())
    assert asks not in text and says in text, text
    assert reply.next_call is None


def test_a_deadline_after_the_next_call_leaves_the_call_proposed():
    words = "bonjour c'est Marc, le rapport annuel, on doit le rentrer pour le 15"
    [reply] = deferral_replies(
        CONFIG, CALENDAR, [_triaged_vm("a", at(9), words, "horizon")], at(23)
    )
    text = " ".join(reply.letter.text.split())
    assert "je vous propose d'en parler" in text and "vendredi 4 décembre" in text, text
    assert "d'ici le" not in text


def test_a_call_asked_to_be_kept_or_moved_gets_its_answer_not_that_call_offered():
    """trial52 §1: « Est-ce qu'on maintient le point de vendredi ou on décale à lundi ? » got
    a reply asking what the message was about and proposing the Friday call itself."""
    words = "Est-ce qu'on maintient le point de vendredi ou on décale à lundi ?"
    verdict = classify(Message("a", "voicemail", words, at=at(9, 30)))
    heard = vm(
        "a",
        at(9, 30),
        words,
        topic=verdict.topic,
        intent=str(verdict.intent),
        moves_call=verdict.moves_call,
        moved=verdict.moved,
    )
    [reply] = deferral_replies(CONFIG, CALENDAR, [heard], at(23))
    text = " ".join(reply.letter.text.split())
    assert "point de vendredi" in text and "de quoi il s'agit" not in text, text
    assert "vendredi 4 décembre" not in text + reply.letter.subject, text
