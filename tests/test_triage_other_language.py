"""A message in neither French nor English (trial35 §7): the triage cannot read it, so it is
`unknown` with no topic, and the consultant is told to read or listen to it, as for a
transcript the provider could not make (SPEC §5); its words are never quoted back to the
client as "your topic". French and English written tersely, in shorthand or in pidgin are
not taken for another language."""

from __future__ import annotations

import json

import pytest

from boundaries.triage.batch import triage_batch
from tests.replay_support import one_voicemail, simulated_mail
from tests.triage_support import rules


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("こんにちは、さくらの太郎です。契約書の件でお電話ください。", "Japanese"),
        ("Hallo, hier ist Peter, bitte rufen Sie mich zurück wegen der Rechnung", "German"),
        ("Здравствуйте, это Ольга, перезвоните мне пожалуйста", "Russian"),
        ("Buongiorno, sono Luca, mi richiami per la fattura del mese scorso, grazie", "Italian"),
    ],
)
def test_a_message_in_another_language_is_unknown_with_no_topic(text: str, language: str):
    answer = rules(text, "voicemail")
    assert answer["intent"] == "unknown" and not answer["content_free"], answer
    assert answer["topic"] == ""
    assert answer["lang"] in ("fr", "en")
    assert any(f"written in {language}" in r for r in answer["reasons"]), answer["reasons"]


def test_the_language_hint_gives_the_answer_its_language():
    line = json.dumps({"id": "m", "channel": "sms", "lang": "fr", "text": "Hola, soy Marta, "
                       "llámame por lo del contrato de alquiler, por favor"})  # fmt: skip
    [answer] = triage_batch([line], learned=False)
    assert answer["lang"] == "fr" and answer["intent"] == "unknown", answer


@pytest.mark.parametrize(
    "text",
    [
        "Card machine declining everything since 9. Lost 3 sales already",
        "Sam hope u don finish the october accounts. Chairman dey ask",
        "Ingrid, mod 4-6 PPL online ? Élèves demandent. QCM rev ETA ? LB",
        "Bonne annee Si Thibault, sa7a w l3afia, inchallah 2027 meilleure. Youssef",
        "CPF Oct done? Directors asking",
    ],
)
def test_terse_french_or_english_is_not_another_language(text: str):
    assert not any("written in" in r for r in rules(text, "sms")["reasons"])


def test_an_urgent_message_in_another_language_is_still_read_by_the_second_opinion():
    line = json.dumps(
        {
            "id": "m",
            "channel": "voicemail",
            "text": "Hallo hier ist Peter von der Bäckerei unsere Webseite ist seit heute "
            "morgen down die Kunden können nicht mehr bestellen bitte dringend zurückrufen",
        }
    )
    [answer] = triage_batch([line])
    assert answer["urgent"] and answer["urgency"] == "possible", answer["reasons"]
    assert answer["topic"] == ""


def test_the_reply_to_a_voicemail_in_another_language_asks_what_it_is_about(tmp_path):
    events = tmp_path / "events.jsonl"
    said = "Hallo, hier ist Peter, bitte rufen Sie mich zurück wegen der Rechnung"
    one_voicemail(events, "04 72 00 11 22", "2026-10-13T09:03:00+02:00",
                  "2026-10-13T10:03:00+02:00", said)  # fmt: skip
    output = simulated_mail(events)
    mail = output.split("reply:velo:", 1)[1]
    assert "Rechnung" not in mail and "Peter" not in mail
    assert "de quoi il s'agit" in mail
    # as the live service says it (trial36 §6), never "your message did not say"
    assert "J'écouterai votre message vocal" in mail and "ne précisait pas" not in mail


def test_a_bilingual_auto_reply_is_an_auto_reply_not_a_message_in_another_language():
    line = json.dumps(
        {
            "id": "m",
            "channel": "email",
            "subject": "Automatic reply: Re: heat pump quote",
            "text": "I am out of office until Monday 4 January with limited access to e-mail. "
            "For urgent matters please contact Pieter.\n\nIk ben afwezig tot en met maandag 4 "
            "januari. Voor dringende zaken kunt u contact opnemen met Pieter Jansen van de "
            "technische dienst.",
        }
    )
    [answer] = triage_batch([line], learned=False)
    assert answer["intent"] == "info", answer
    assert any("automatic reply" in r for r in answer["reasons"]), answer["reasons"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hoi Claire, de website ligt plat en de inschrijving sluit vanavond, bel me aub",
         "Dutch"),
        ("Hola, soy Lucía, ¿me puedes llamar sobre la factura de noviembre?", "Spanish"),
    ],
)  # fmt: skip
def test_a_few_words_that_look_french_do_not_make_a_message_french(text: str, language: str):
    # trial36 §2: « de », « en », « la » let Dutch and Spanish pass as French, and their
    # fragments were quoted back to the client as topics
    answer = rules(text, "voicemail")
    assert answer["topic"] == "" and answer["intent"] == "unknown", answer
    assert any(f"written in {language}" in r for r in answer["reasons"]), answer["reasons"]
