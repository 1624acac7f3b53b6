"""Call-back requests as others write and say them (held-out content-free misses, session 16):
what only says who is calling and asks for a call stays content-free, however it is signed,
transcribed or relayed, and a matter named in a run-on transcript is not content-free."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Message, classify
from boundaries.triage.classify import failed_transcript
from boundaries.triage.mail import read_mail

AT = datetime.fromisoformat("2027-03-10T10:00:00+01:00")  # a Wednesday morning


def judged(channel: str, text: str, subject: str = "") -> tuple[bool, str, tuple[str, ...]]:
    verdict = classify(Message("m", channel, text, subject=subject, at=AT))
    return verdict.content_free, verdict.topic, verdict.reasons


# Signatures whose lines an email reader took for the message: a province code read as
# « on », a street written « boul. », a firm's legal mentions on one long line.
SIGNED = [
    (
        "Hi Claire,\n\nCould you call me when you get a minute?\n\nRegards,\n\nPriya Raman\n"
        "Office Administrator\nNorthgate Dental Group\n4410 Yonge St., Suite 300\n"
        "North York, ON  M2N 6B5\nT: 416-555-0190",
        "Northgate",
    ),
    (
        "Bonjour Claire,\n\nPouvez-vous me rappeler ?\n\nMerci,\nÉtienne\n\nÉtienne Roy, ing.\n"
        "Directeur de projets | Roy Génie-Conseil inc.\n"
        "2300, boul. Laurier, bureau 410, Québec (Québec)\n418 555-0142",
        "Laurier",
    ),
    (
        "Claire, can you ring me today?\n\nBest,\nTom\n\nTom Hale | Finance Director\n"
        "Hale & Finch Ltd\n\nHale & Finch Ltd – Registered in England and Wales No. 08123456 – "
        "Registered office: 4 Mill Lane, Leeds LS1 4AB",
        "Registered",
    ),
    (
        "Bonjour,\n\nTu peux m'appeler ?\n\nBien à toi,\nSophie\n\nSophie Marchal — Gérante\n"
        "Dupont Conseil SARL – capital social de 10 000 € – RCS Lyon 812 345 678 – "
        "SIRET 812 345 678 00019",
        "SIRET",
    ),
]


@pytest.mark.parametrize(("text", "signature_word"), SIGNED)
def test_a_call_back_above_a_long_signature_is_content_free(text: str, signature_word: str):
    assert signature_word not in read_mail(text, "Appel").new
    content_free, topic, reasons = judged("email", text, "Appel")
    assert content_free and topic == "", reasons


def test_legal_words_in_a_sentence_of_the_message_are_kept():
    text = (
        "Hi Claire,\n\nCan you call me?\n\nThe share capital increase has to be filed with the "
        "registry today or the investor walks away.\n\nTom"
    )
    assert "share capital increase" in read_mail(text, "Call").new
    content_free, _, reasons = judged("email", text, "Call")
    assert not content_free, reasons


# Whom the call is for when someone else leaves the message, dialect, blessings.
SAYS_ONLY_WHO = [
    "good morning this is priya calling for doctor okafor he asked if you could call him back "
    "this afternoon thanks",
    "bonjour c'est sandrine secrétaire de maître dubois elle souhaiterait que vous la "
    "rappeliez merci",
    "hiya it's moira gie us a ring when ye get a minute",
    "morning it's dougie can ye phone the office when ye get a sec cheers",
    "hi it's amaka please give me a call back when you're free god bless",
    # a call asked for that names nothing (newcomer15 H4's controls)
    "hi claire it's jen i wanted to go over a few things with you call me back",
    "bonjour claire c'est marc je voulais voir deux trois trucs avec toi rappelle-moi",
    # who they are, where they are from, insistence, a courtesy: no matter named
    "hi it's ann from st marys the parish office call me back",
    "hello it's claire the new office manager at hillside call me back",
    "hi it's dave give me a call when you get the chance enjoy the rest of your day",
    "it's gareth that's the third time I've rung you today pick up the phone or call me back",
]


@pytest.mark.parametrize("text", SAYS_ONLY_WHO)
def test_a_voicemail_that_only_says_who_and_asks_for_a_call_is_content_free(text: str):
    content_free, topic, reasons = judged("voicemail", text)
    assert content_free and topic == "", (topic, reasons)


# A run-on transcript that names its matter with no verb (newcomer14 H2, left then), or with
# a verb of talking it over however said and past hesitations (newcomer15 H4).
NAMES_A_MATTER = [
    (
        "salut claire c'est léa il faudrait qu'on discute euh du planning des répétitions "
        "rappelle-moi",
        "planning des répétitions",
    ),
    (
        "bonjour c'est paul faudrait qu on regarde ensemble le dossier de la subvention "
        "rappelez moi",
        "dossier de la subvention",
    ),
    ("hi it's sam um we should go through the uh insurance renewal call me", "insurance renewal"),
    ("hi claire it's jen can we talk about the spring newsletter call me back", "newsletter"),
    ("hi claire it's jen from harbor the summer camp budget call me back", "summer camp budget"),
    (
        "salut c'est marc de la régie le contrat de maintenance de l'ascenseur rappelle-moi",
        "contrat de maintenance",
    ),
]


@pytest.mark.parametrize(("text", "matter"), NAMES_A_MATTER)
def test_a_run_on_voicemail_naming_a_matter_is_not_content_free(text: str, matter: str):
    content_free, topic, reasons = judged("voicemail", text)
    assert not content_free, reasons
    assert matter in topic, topic


def test_transcriber_notes_are_neither_the_matter_nor_the_topic():
    text = (
        "hi julien it's hemi from kauri builders [wind noise] the scaffolding quote for the "
        "wharf [cut off] give us a ring back"
    )
    content_free, topic, reasons = judged("voicemail", text)
    assert not content_free, reasons
    assert "scaffolding quote" in topic and "noise" not in topic, topic
    content_free, topic, reasons = judged(
        "voicemail", "hi it's rob [inaudible] call me back [static]"
    )
    assert content_free and topic == "", (topic, reasons)


def test_notes_and_hesitations_alone_are_a_recording_to_listen_to():
    message = Message("m", "voicemail", "[inaudible] … euh … [bruit] … ouais", at=AT)
    assert failed_transcript(message)
    verdict = classify(message)
    assert not verdict.content_free and verdict.topic == "", verdict.reasons
    assert not failed_transcript(Message("m", "voicemail", "euh … ouais", at=AT))


@pytest.mark.parametrize(
    "text", ["Can you ring me when you're free? Gaz", "Can you call me tonight? Cheers, Gaz"]
)
def test_the_name_that_signs_a_text_is_not_its_matter(text: str):
    content_free, topic, reasons = judged("sms", text)
    assert content_free and topic == "", (topic, reasons)


def test_a_last_word_that_answers_is_not_a_name():
    content_free, _, reasons = judged("sms", "Working. Good")
    assert not content_free, reasons
    assert not judged("sms", "Gas smell in the hall, call me. Gaz")[0]


def test_a_caller_who_gives_their_name_first_is_not_the_topic():
    """newcomer15 L1: « Marc à l'appareil » says who is calling."""
    text = "Bonjour Claire, Marc à l'appareil. J'aimerais qu'on discute de la convention."
    content_free, topic, reasons = judged("voicemail", text)
    assert not content_free and "convention" in topic and "Marc" not in topic, (topic, reasons)
    assert judged("voicemail", "bonjour c'est sophie à l'appareil rappelez-moi")[0]


def test_an_offices_standing_notices_in_a_footer_neither_page_nor_name_the_matter():
    """newcomer16 M2: a closure notice and an urgent-matters line under the signature are
    the office's boilerplate; the email only asks for a call."""
    text = (
        "Hi Claire,\n\nCould you give me a ring when you're free?\n\nThanks\nDev\n\n"
        "Dev Shah | Operations Lead | Hillview Trust\n"
        "Our office is closed from 23 December to 3 January. For urgent safeguarding matters "
        "call 0800 000 111.\nThis email is confidential. If you received it in error, please "
        "delete it.\nThis email has been scanned for viruses."
    )
    assert "closed" not in read_mail(text, "Call").new
    verdict = classify(Message("m", "email", text, subject="Call", at=AT))
    assert verdict.content_free and not verdict.urgent, verdict.reasons
