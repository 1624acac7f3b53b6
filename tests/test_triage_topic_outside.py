"""Topics told to clients in replies and agendas (SPEC §5 `topic`, §10), on the kinds an
outside tester found wrong (newcomer19 H6–H11, M9, L1–L3): each test is a case of that kind
in other words than the tester's."""

from __future__ import annotations

import pytest

from boundaries.triage import Message, classify


def topic(text: str, channel: str = "email", subject: str = "") -> str:
    return classify(Message("t", channel, text, subject=subject)).topic


# H6: a server's tag before "Re:" hides neither the reply nor the new matter it raises.
@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "[External] Re: Monthly check-in",
            "Great, thanks. Another thing: the warehouse barcode scanner contract.\n\nIona",
            "warehouse barcode scanner contract",
        ),
        (
            "[EXT] RE: Printer lease",
            "Perfect. Separately, the directors want to discuss the intranet search tool.\n\nAli",
            "intranet search tool",
        ),
        (
            "[Externe] RE: Sauvegardes",
            "Merci. Par ailleurs, la gérante voudrait qu'on parle du contrat de téléphonie"
            " mobile.\n\nNadia",
            "contrat de téléphonie mobile",
        ),
        (
            "EXTERNAL: Re: Monthly check-in",
            "Great, thanks. Another thing: the warehouse barcode scanner contract.\n\nIona",
            "warehouse barcode scanner contract",
        ),
    ],
)
def test_a_tagged_reply_names_the_matter_it_adds(subject: str, text: str, expected: str) -> None:
    named = topic(text, subject=subject).lower()
    assert named.startswith(expected), named


def test_a_tagged_subject_is_read_past_its_tags() -> None:
    from boundaries.triage.mail import untagged_subject

    assert untagged_subject("[External] [list] Re: Backups") == "Re: Backups"
    assert untagged_subject("*EXTERNAL* Fwd: invoice") == "Fwd: invoice"
    assert untagged_subject("[External]") == "[External]"  # nothing after it: kept
    assert topic("Can you look at this?", subject="[EXT] Firewall renewal") == "Firewall renewal"


# H7: text-speak for "about" never heads a topic.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hey can we talk bout the loyalty app pls", "loyalty app"),
        ("can we chat abt the staff rota software", "staff rota software"),
        ("need a word bout the printer toner order x", "printer toner order"),
    ],
)
def test_text_speak_about_is_not_part_of_the_topic(text: str, expected: str) -> None:
    assert topic(text, channel="sms").lower() == expected


# H11: a day or a month cut short is no matter.
@pytest.mark.parametrize("text", ["still ok for thurs 2pm?", "are we still on for sat 9am?"])
def test_a_shortened_day_is_never_the_topic(text: str) -> None:
    assert topic(text, channel="sms") == ""


# M9: "a quick word", "a chat" name the call, not what it is about.
@pytest.mark.parametrize(
    "text",
    [
        "Hi, it's Morag at the Wellgate office. Wanted a quick word. Ring me back.",
        "Hi, it's Dev from the depot. Just wanted a quick chat. Call me back.",
    ],
)
def test_a_word_or_a_chat_names_no_topic(text: str) -> None:
    verdict = classify(Message("t", "voicemail", text))
    assert verdict.topic == ""


# H11: what a thank-you thanks for, or a note is filed for, is not its matter.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bonjour,\n\nLe souci de vendredi sur l'imprimante est résolu, le dépanneur est"
            " venu. Merci pour ton aide.\n\nOdile",
            {"imprimante", "dépanneur", "souci de vendredi"},
        ),
        (
            "Hi,\n\nThe alarm panel was serviced on Monday. No action needed, just for your"
            " records.\n\nJo",
            {"alarm panel"},
        ),
    ],
)
def test_thanks_and_records_are_not_the_topic(text: str, expected: set[str]) -> None:
    assert topic(text).lower() in expected


# H9: a phrase is never cut before its noun, and runs on through "de nos", "of our".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi,\n\nCould we look at the staff holiday planner for the Leeds office next"
            " week?\n\nBen",
            "staff holiday planner for the leeds office",
        ),
        (
            "Bonjour,\n\nPourriez-vous regarder la sauvegarde des postes de notre agence de"
            " Lyon ?\n\nInès",
            "sauvegarde des postes de notre agence",
        ),
    ],
)
def test_a_long_phrase_keeps_its_noun(text: str, expected: str) -> None:
    assert topic(text).lower() == expected


# H9: who asks for the discussion is not what it is about.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bonjour,\n\nLe conseil syndical souhaite qu'on regarde le contrat de"
            " vidéosurveillance.\n\nAgnès",
            "contrat de vidéosurveillance",
        ),
        (
            "Hi,\n\nThe finance committee would like to look at the claims portal.\n\nRuth",
            "claims portal",
        ),
    ],
)
def test_who_asks_is_not_the_topic(text: str, expected: str) -> None:
    assert topic(text).lower() == expected


# H10: a colleague who covers is not the matter; "on leave" is English, not « on ».
def test_a_colleague_covering_is_not_the_topic() -> None:
    text = "Hi,\n\nFor info, I'm on holiday from 22 December to 2 January; Priya will cover.\n\nLiz"
    assert topic(text).lower() == "holiday"
    text = "Hi,\n\nHeads up, I'll be on leave next week; Tom will take calls.\n\nLiz"
    assert topic(text).lower() == "leave"


# L1: a verb saying when a thing ends or starts is no part of the thing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi,\n\nJust so you know, the alarm monitoring contract expires in April.\n\nDee",
            "alarm monitoring contract",
        ),
        (
            "Bonjour,\n\nPour info, le contrat de maintenance des copieurs expire le 31"
            " mars.\n\nLéa",
            "contrat de maintenance des copieurs",
        ),
    ],
)
def test_a_verb_of_ending_is_not_in_the_topic(text: str, expected: str) -> None:
    assert topic(text).lower() == expected


# L3: a proper noun inside a sentence keeps its capital; a sentence's first word, a line in
# title case, do not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi,\n\nCould we talk about the Sage payroll export?\n\nKim", "Sage payroll export"),
        (
            "Bonjour,\n\nOn pourrait parler du serveur de l'agence de Liège ?\n\nMarc",
            "serveur de l'agence de Liège",
        ),
        ("Printer toner is low again, can you order some?", "printer toner"),
        ("Hi,\n\nCan we push Wednesday's session to next week?\n\nKim", "Wednesday's session"),
        ("Hi,\n\nNew Laptop Order For Reception Staff\n\nKim", "laptop order for reception staff"),
    ],
)
def test_a_proper_noun_keeps_its_capital(text: str, expected: str) -> None:
    assert topic(text) == expected


# H8: the Québec « jaser de » is a verb of discussing, and « vers » links a phrase.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Salut,\n\nOn voudrait jaser de la refonte du portail client à la prochaine"
            " rencontre.\n\nMaxime",
            "refonte du portail client",
        ),
        (
            "Allô,\n\nFaudrait jaser du transfert des courriels vers Google Workspace.\n\nÉmilie",
            "transfert des courriels vers Google Workspace",
        ),
    ],
)
def test_jaser_is_no_part_of_the_topic(text: str, expected: str) -> None:
    assert topic(text) == expected


# L2: a New Zealand greeting is no part of the topic.
def test_kia_ora_is_a_greeting() -> None:
    text = "Kia ora, tills at both shops offline since this morning"
    assert "kia" not in topic(text, channel="sms").lower()


# L1: a subject's "about" is no part of the matter; a topic never starts on « du ».
@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Question about the VPN", "the VPN"),
        ("Question&nbsp;regarding payslips", "payslips"),
        ("Petite question concernant Sage", "Sage"),
    ],
)
def test_a_subject_says_what_after_about(subject: str, expected: str) -> None:
    assert topic("Can you call me?", subject=subject) == expected


def test_a_french_imperfect_verb_is_no_part_of_the_topic() -> None:
    text = "Bonjour,\n\nPour info, hier soir la borne wifi clignotait, c'est réglé.\n\nLéo"
    assert topic(text).lower() == "borne wifi"


def test_a_topic_never_starts_on_a_linking_word() -> None:
    text = (
        "allô c'est Anne je voulais savoir si t'avais eu des nouvelles de l'éditeur pour"
        " les licences Adobe merci"
    )
    assert not topic(text, channel="voicemail").lower().startswith(("de ", "du ", "l'"))


# H10: what an anchor asks for is read in its own sentence first.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi,\n\nCould you send the invoice? Our finance manager closes the quarter on the"
            " 10th.\n\nAbi",
            "invoice",
        ),
        (
            "Hi,\n\nCan you send over the payslips for December; the accounts team close the"
            " payroll on Friday.\n\nAbi",
            "payslips for december",  # which payslips (newcomer55)
        ),
    ],
)
def test_the_request_is_read_in_its_own_sentence(text: str, expected: str) -> None:
    assert topic(text).lower() == expected


# H10, H11: who did something is not what the note is about.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi,\n\nGood news: the committee approved next year's budget on Tuesday.\n\nGus",
            "budget",
        ),
        (
            "Hi,\n\nJust so you know the internet went down for an hour but Virgin sorted it and"
            " all fine since.\n\nGus",
            "internet",
        ),
    ],
)
def test_who_acted_is_not_the_topic(text: str, expected: str) -> None:
    assert topic(text).lower() == expected


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Re: stand booking",
            "Great, that's sorted. New question though: do we need public liability cover "
            "for the marquee?\n\nJo",
            "public liability cover",
        ),
        (
            "Re: payroll",
            "Thanks, all fine now. Next up: the pension auto-enrolment letters, when can we "
            "look at them?\n\nAmir",
            "pension auto-enrolment letters",
        ),
        (
            "Re: export licence",
            "Thanks, all clear now. On a different note, we need to renew the fire risk "
            "assessment before May, can you take it on?\n\nKofi",
            "fire risk assessment",
        ),
    ],
)
def test_a_reply_that_turns_to_a_new_matter_names_it(
    subject: str, text: str, expected: str
) -> None:
    """newcomer20 H8: "New question though:", "Next up:", "On a different note, we need to
    renew X" under a closed thread's subject name X, not the thread."""
    named = topic(text, subject=subject).lower()
    assert named.startswith(expected), named


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, ici Sylvie Lambert pour la société Lambert et Associés, merci de me rappeler.",
        "bonjour c'est Karim pour la boulangerie Haddad rappelez-moi svp",
        "allô, oui, c'est Didier, du club de tennis de Wavre, hein, rappelle-moi une fois",
        "hiya it's Pieter van den Berg from the Karoo Wool Co-op, give me a call back",
    ],
)
def test_who_calls_for_which_firm_is_no_topic(text: str) -> None:
    """newcomer19 H5, newcomer20 H6: « pour la société X », « du club de X » after the
    caller's name, a surname's particles ("van den Berg") name who calls: with nothing else,
    the call-back is content-free and no client is told their own firm as the topic."""
    verdict = classify(Message("m", "voicemail", text))
    assert verdict.content_free and verdict.topic == "", (verdict.topic, verdict.reasons)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("c'est Marc, au sujet du budget 2027", "budget"),
        ("c'est Marc, du budget 2027 on en parle ?", "budget"),
    ],
)
def test_a_matter_after_the_callers_name_stays_the_topic(text: str, expected: str) -> None:
    """« c'est Marc, au sujet du budget » names the matter, not where Marc is from."""
    assert expected in classify(Message("m", "voicemail", text)).topic.lower()
