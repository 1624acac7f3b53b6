"""Triage behaviour: what makes a message urgent, content-free, a status check; the CLI contract."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest

from boundaries.triage import Message, classify
from boundaries.triage.answered import Update, UpdateIndex
from boundaries.triage.batch import triage_line
from boundaries.triage.mail import new_text


def tri(text: str, channel: str = "voicemail", subject: str = "", at: str | None = None):
    when = datetime.fromisoformat(at) if at else None
    return classify(Message("m", channel, text, subject=subject, at=when))


@pytest.mark.parametrize(
    "text",
    [
        "hi it's dave call me back asap it's urgent",
        "c'est la troisième fois que j'appelle rappelle-moi vite c'est urgent",
        "URGENT rappelle moi",
    ],
)
def test_insistence_is_not_urgency(text):
    verdict = tri(text)
    assert not verdict.urgent
    assert verdict.content_free


@pytest.mark.parametrize(
    "text",
    [
        "hi it's ana just so you know the grant portal closes at five today and our budget "
        "file is still missing",
        "bonjour c'est luc le portail de la région ferme à 17 h aujourd'hui et il manque "
        "l'attestation",
        "the office is flooded, water everywhere",
        "le site est en panne depuis ce matin",
    ],
)
def test_calm_deadline_or_harm_is_urgent(text):
    assert tri(text).urgent


def test_a_named_date_is_urgent_only_when_it_is_within_a_day():
    text = "Salut, la date limite de dépôt du dossier est le 15 février, il manque le budget."
    assert tri(text, "email", at="2027-02-14T10:00:00+01:00").urgent
    assert not tri(text, "email", at="2027-01-20T10:00:00+01:00").urgent


@pytest.mark.parametrize(
    "text",
    [
        "the printer is broken again no big deal we'll print tomorrow",
        "hi it's sue the meeting tonight is cancelled we'll reschedule",
        "la réunion de ce soir est annulée on reporte à la semaine prochaine",
        "the deadline for the spring grant is in march can we start on it tomorrow",
        "quick reminder our board meeting is tonight at 7",
        "hey the wifi at the office is down again, we'll work from home today, nothing for you",
        "just so you know i'll be late today, traffic",
        "on a un souci avec le logo, rien d'urgent, on en parle jeudi",
        "tomorrow i'll send you the signed contract",
        "il manque une page au compte rendu, pas pressé",
        "we had a problem with the caterer last year, can we pick someone else for next year",
        "i can't make it to the meeting tomorrow, can we reschedule",
        "je ne peux pas venir à la réunion de demain, on décale ?",
        "sorry i won't be able to join the call tonight",
        "hi it's sam i couldn't find the minutes from today's meeting in the drive no rush",
        "the printer doesn't print in color but that's fine for tomorrow",
        "je n'arrive pas à ouvrir le pdf que tu m'as envoyé ce matin, tu peux le renvoyer",
        "i can't open the attachment from this morning, could you resend it",
        "il n'y a pas de réunion ce soir finalement",
        "we didn't get many signups for tonight's talk but we'll go ahead",
    ],
)
def test_benign_messages_with_a_near_time_or_a_problem_word_are_not_urgent(text):
    assert not tri(text, at="2027-01-12T10:00:00+01:00").urgent


def test_no_rush_vetoes_a_deadline_word():
    assert not tri("no rush, the deadline is tomorrow but it's just a draft").urgent


def test_urgency_reason_names_the_cue():
    verdict = tri("le portail ferme à 17 h aujourd'hui et il manque le budget")
    assert any("urgent" in r and "17 h" in r for r in verdict.reasons)


def test_content_free_voicemail_has_no_topic_and_unknown_intent():
    verdict = tri("allô c'est monsieur dupont de l'association des amis du parc rappelez-moi")
    assert verdict.content_free and verdict.intent == "unknown" and verdict.topic == ""


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Hi its Priya from Harbourside, text me back when ur free", "sms"),
        ("Councillor Baird here. Pls call.", "sms"),
        ("Nadia @ Les Tilleuls, call when free pls", "sms"),
        ("Gimme a bell", "sms"),
        ("ping me when you're around\n\nT.", "email"),
        ("slt c'est Hugo de la Fromagerie, peux tu m appeler stp", "sms"),
        ("Bonjour, c'est Josée du CPE, peux-tu me revenir?", "sms"),
        ("Dispo pour un coup de fil ?", "sms"),
        ("Bonjour,\nMerci de me recontacter dès réception.\nCordialement,\nLucien Vidal", "email"),
        (
            "hello this is brendan walsh from walsh roofing could you give me a bell back",
            "voicemail",
        ),
    ],
)
def test_call_back_requests_in_many_forms_are_content_free(text, channel):
    verdict = tri(text, channel=channel)
    assert verdict.content_free and verdict.intent == "unknown", verdict.reasons


@pytest.mark.parametrize(
    "text", ["", "   ", "[inaudible]", "[inaudible] ... [inaudible]", "(bruit)"]
)
def test_a_failed_voicemail_transcript_is_unknown_not_content_free(text):
    verdict = tri(text)
    assert not verdict.content_free and verdict.intent == "unknown" and not verdict.urgent
    assert "listen" in verdict.reasons[0]


def test_an_empty_text_message_is_not_a_failed_transcript():
    assert tri("", channel="sms").reasons[0] != tri("").reasons[0]


def test_callback_request_with_a_topic_is_scheduling():
    verdict = tri("bonjour c'est paul c'est au sujet du bilan annuel rappelez-moi")
    assert not verdict.content_free and verdict.intent == "scheduling"


def test_no_need_to_call_back_is_not_a_call_back_request():
    verdict = tri("hi it's amy the box of flyers arrived no need to call back")
    assert not verdict.content_free and verdict.intent == "info"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hey where are we on the rent survey", "status_check"),
        ("slt ça avance le rapport ? tu penses l'avoir qd", "status_check"),
        ("could you send me the signed agreement thanks", "request"),
        ("pourriez-vous nous préparer un devis pour la formation", "request"),
        ("can we move our thursday call to friday same time", "scheduling"),
        ("fyi the new treasurer starts monday", "info"),
        # Whether work already under way is finished, asked as a yes/no question.
        ("Hi Sam, is the booking widget fixed now? A guest asked", "status_check"),
        ("the new invoice template, is it live yet?", "status_check"),
        ("Bjr Paul, le formulaire de contact c réglé ou pas ? Un client relance", "status_check"),
        ("Est-ce que les sauvegardes du cabinet sont bien en place maintenant ?", "status_check"),
    ],
)
def test_intents(text, intent):
    assert tri(text, "sms").intent == intent


def test_email_is_judged_by_its_new_text_not_quoted_history():
    body = (
        "Thanks Claire, got it.\n\nBest,\nTom\n\n"
        "On Mon, Oct 5, 2026 at 9:00 AM Claire <c@x.example> wrote:\n"
        "> The site is down and the deadline is today, urgent!"
    )
    assert new_text(body).startswith("Thanks Claire, got it.")
    assert "site is down" not in new_text(body)
    assert not tri(body, "email", subject="Re: report").urgent


def test_french_quote_header_and_signature_are_cut():
    body = (
        "Bonjour,\n\nOù en est le dossier ?\n\nCordialement,\nAnne\n--\nAnne Martin\nPrésidente\n\n"
        "Le lun. 2 nov. 2026 à 10:12, Claire <c@x.example> a écrit :\n> Le site est en panne"
    )
    assert new_text(body) == "Bonjour,\n\nOù en est le dossier ?\n\nCordialement,"


def test_language_of_asr_and_sms_text():
    assert tri("euh oui bonjour c'est moi euh rappelle").lang == "fr"
    assert tri("hey its me call me pls").lang == "en"


def test_status_check_is_linked_to_the_earlier_update_that_answers_it():
    sent = datetime.fromisoformat("2026-11-10T17:00:00+01:00")
    index = UpdateIndex(
        [
            Update.make(
                "u1",
                "marc@horizon.example",
                "Migration du site : c'est fait",
                "Salut Marc,\n\nLa migration du site est terminée.\n\nClaire",
                sent,
            ),
            Update.make(
                "u2", "jen@harbor.example", "Budget draft", "Hi Jen, budget attached.", sent
            ),
        ]
    )
    line = json.dumps(
        {
            "id": "s1",
            "channel": "sms",
            "text": "Salut c'est Marc, on en est où de la migration du site ?",
            "at": "2026-11-12T09:00:00+01:00",
        }
    )
    assert triage_line(line, index)["answered_by"] == "u1"
    earlier = json.loads(line) | {"at": "2026-11-09T09:00:00+01:00"}
    assert "answered_by" not in triage_line(json.dumps(earlier), index)  # update came later


def test_one_shared_common_word_is_not_a_link():
    index = UpdateIndex(
        [Update.make("u1", "a@one.example", "Volunteer survey results", "Hi, results attached.")]
    )
    line = json.dumps(
        {"id": "x", "channel": "sms", "text": "how's the rent survey analysis going?"}
    )
    assert "answered_by" not in triage_line(line, index)


def test_cli_answers_every_line_in_order_and_reports_bad_lines(tmp_path):
    lines = [
        {"id": "a", "channel": "voicemail", "text": "salut c'est marc rappelle-moi"},
        "not json",
        {"id": "b", "channel": "fax", "text": "hello"},
        {"id": "c", "channel": "sms"},
        {"id": "d", "channel": "email", "text": "Where are we on the audit?", "at": "soon"},
        {"id": "e", "channel": "sms", "text": "the server is down since this morning"},
    ]
    stdin = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n"
    proc = subprocess.run(
        [sys.executable, "-m", "boundaries", "triage"],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1 and "4 of 6 lines could not be triaged; each got" in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "b", "c", "d", "e"]
    assert out[0]["content_free"] is True and out[0]["lang"] == "fr"
    assert "error" in out[1] and "not valid JSON" in out[1]["error"]
    assert "channel" in out[2]["error"]
    assert "text" in out[3]["error"]
    assert "ISO 8601" in out[4]["error"]
    assert out[5]["urgent"] is True and out[5]["reasons"]
    for o in (out[0], out[5]):
        assert set(o) >= {"id", "lang", "content_free", "intent", "urgent", "topic"}


def test_cli_refuses_a_missing_updates_file(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "boundaries", "triage", "--updates", str(tmp_path / "no.jsonl")],
        input="",
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1 and "no such file" in proc.stderr and "Traceback" not in proc.stderr
