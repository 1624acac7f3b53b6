"""Who calls is never what the call is about (newcomer16 H5, M1, M3, M4, L1).

A topic goes into the deferral reply and the agenda the client reads (SPEC §5, §10): a
topic made of the caller's own name, title or organisation would tell a client "I've noted
your topic: 'Sam Taylor'". A call-back relayed by an assistant, a desk or an office that
names nothing else is content-free, and the reply asks what it is about. The messages
below are written for these tests, in the shapes the outside tester found."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Message, classify

AT = datetime.fromisoformat("2027-02-03T18:30:00+01:00")  # a Wednesday evening


def judged(channel: str, text: str, subject: str = "") -> tuple[bool, str]:
    verdict = classify(Message("m", channel, text, subject=subject, at=AT))
    return verdict.content_free, verdict.topic


# Relayed or titled: only who calls, for whom, and a call asked for.
RELAYED = [
    "Bonjour Madame Morel, ici Sandrine, l'assistante de Monsieur Dufresne à la mairie de "
    "Vitry. Il souhaiterait que vous le rappeliez dès que possible. Merci, bonne journée.",
    "Bonsoir, ici le secrétariat du docteur Lambert, de la part de Madame Girard. Elle vous "
    "demande de la rappeler. Son numéro : 01 45 67 89 00. Merci.",
    "Bonjour, ici l'accueil de la clinique vétérinaire des Tilleuls, de la part du docteur "
    "Morin. Il aimerait que vous le rappeliez. Bonne soirée.",
    "hi claire um this is kevin calling on behalf of mark jensen at northwind uh he asked me "
    "to have you give him a call back when you have a minute thanks bye",
    "hello anna uh this is priya calling on behalf of tom baker at baker logistics he'd like "
    "you to ring him back thanks",
    "Good morning, this is Helen, assistant to Dr Patel at St Mary's Hospice. Dr Patel asked "
    "me to let you know she'd like a call back. Thanks.",
    "Good afternoon, this is Rob, PA to Councillor Green. The councillor would like a call "
    "back when convenient. Thank you.",
    "Bonjour, le cabinet de Maître Durand, pour Monsieur Faure. Merci de le rappeler.",
    "Bonjour, l'étude de Maître Lenoir, pour Madame Caron. Pourriez-vous la rappeler ?",
    "Bonjour, Cécile Marchand, Présidente du Comité départemental de la Ligue contre le "
    "cancer. Rappelez-moi s'il vous plaît.",
    "Hi Claire, Nick Bell, Chief Executive, Westside Food Bank. Please call me.",
    "Hello Sam, Maria Lopez, Head of Operations, Lopez Brothers Removals. Call me back please.",
]


@pytest.mark.parametrize("text", RELAYED)
def test_a_relayed_or_titled_call_back_names_nothing(text: str) -> None:
    content_free, topic = judged("voicemail", text)
    assert content_free, topic
    assert topic == ""


# A matter named beside who calls: the topic is the matter, never the caller.
NAMED = [
    (
        "Hey Claire, Sam Taylor. Wanted to pick your brain on the merger with Riverside Trust. "
        "Call me.",
        "riverside trust",
        {"sam", "taylor"},
    ),
    (
        "Hi Jo, Dan Whitfield. Wanted your thoughts on the pension scheme switch. Ring me.",
        "pension scheme switch",
        {"dan", "whitfield"},
    ),
    (
        "Hi it's Laura Smith from Smith and Partners calling about Smith and Partners' annual "
        "review. Call back please.",
        "annual review",
        {"laura", "smith", "partners"},
    ),
    (
        "Oui Claire, Jean-Marc, rappelle-moi pour le comité de pilotage de jeudi.",
        "comité de pilotage de jeudi",
        {"claire", "jean-marc"},
    ),
    (
        "Oui Paul, Anne-Sophie, rappelle-moi pour le conseil de surveillance de mardi.",
        "conseil de surveillance de mardi",
        {"paul", "anne-sophie"},
    ),
    (
        "Hi Claire, Nick Bell, Chief Executive, Westside Food Bank, about the volunteer rota "
        "software. Please call me.",
        "volunteer rota software",
        {"nick", "bell", "chief", "westside"},
    ),
]


@pytest.mark.parametrize(("text", "matter", "caller"), NAMED)
def test_the_topic_is_the_matter_not_who_calls(text: str, matter: str, caller: set[str]) -> None:
    content_free, topic = judged("voicemail", text)
    assert not content_free
    assert matter in topic.lower()
    assert not caller & set(topic.lower().split()), topic


# The words of the topic as a careful person would write them on an agenda.
WORDING = [
    # a plural possessive owns the thing ("the trustees' away day"), a compound included
    ("Hi Claire, it's Tom, about the trustees' away day. Call me back.", "trustees' away day"),
    ("Hi Ann, it's Joe, about the volunteers' rota. Ring me back.", "volunteers' rota"),
    # a false start: the speaker starts the phrase again
    (
        "uh yeah hi this is uh Gary Lopez I'm the treasurer at Westside Food Bank and um it's "
        "about the audit the annual audit um call me",
        "annual audit",
    ),
    (
        "hi it's mo about the lease the shop lease renewal call me back",
        "shop lease renewal",
    ),
    # a cue that ends on the matter's first word starts the topic there
    ("Bonjour, c'est Inès, rappelle-moi pour le plan de formation.", "plan de formation"),
    # a placeholder ("le machin") before the matter gives way to it when the words run long
    (
        "ouais salut claire c'est dédé de l'asso bon euh tu sais le machin là le la demande de "
        "mécénat auprès de la fondation orange ben faudrait qu'on en cause voilà rappelle",
        "mécénat",
    ),
    # a spoken correction: the corrected phrase, not the one given up
    (
        "bonjour c'est lina de la crèche j'aurais besoin de l'attestation pour la caf enfin pour "
        "la msa merci de me rappeler",
        "msa",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORDING)
def test_topic_wording(text: str, expected: str) -> None:
    _, topic = judged("voicemail", text)
    assert expected in topic.lower(), topic


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # capitals that open a text message without a greeting name its matter
        ("Smart School Demo Login. How do I set the demo login page for a new school?", "demo"),
        ("Deceptive Site Warning. My site gets a deceptive site warning in every browser.", "site"),
    ],
)
def test_a_heading_in_capitals_is_no_caller(text: str, kept: str) -> None:
    _, topic = judged("sms", text)
    assert kept in topic.lower(), topic


def test_a_third_party_named_after_a_greeting_is_not_who_writes() -> None:
    text = (
        "Bonjour Alex,\n\nMme Perrin de la fiduciaire m'a appelé, elle attend toujours l'export "
        "comptable d'octobre. Je lui envoie moi-même ?\n\nMeilleures salutations\nPierre-Alain"
    )
    _, topic = judged("email", text, "Octobre")
    assert "salutations" not in topic.lower()
    assert topic


# Call-backs that say nothing else, under what is no message: the health warning French law
# puts on wine and spirits mail, the French letter's closing formula, a transcriber's long
# note, a text signed after the name addressed (newcomer17 M7, H5).
BARE_CALL_BACKS = [
    (
        "email",
        "Bonjour Paul,\n\nPouvez-vous me rappeler ?\n\nMarie Vernet\nChâteau Vernet – Côtes du "
        "Rhône\n\nL'abus d'alcool est dangereux pour la santé, à consommer avec modération.",
    ),
    (
        "email",
        "Bonjour Monsieur,\n\nJe vous serais obligé de bien vouloir me rappeler à votre "
        "convenance.\n\nJe vous prie d'agréer, Monsieur, l'expression de mes salutations "
        "distinguées.\n\nJ. Caron",
    ),
    (
        "voicemail",
        "[message transcrit automatiquement par la messagerie] Bonjour, c'est Odile Perrin. "
        "Rappelez-moi s'il vous plaît. [fin du message — qualité de la transcription : faible]",
    ),
    ("sms", "Paul - Dario. Ring when free."),
    # an association's standing and confidentiality said in one closing paragraph
    (
        "email",
        "Bonjour,\n\nMerci de me rappeler.\n\nNadia Ferrand\nCoordinatrice\nMaison des "
        "Familles\n12 rue Garibaldi — 42000 Saint-Étienne\n\nLa Maison des Familles est agréée "
        "par la CAF de la Loire. Association loi 1901 reconnue d'utilité publique. Les "
        "informations contenues dans ce message relatives à nos financements sont "
        "confidentielles.",
    ),
]


@pytest.mark.parametrize(("channel", "text"), BARE_CALL_BACKS)
def test_a_bare_call_back_under_what_is_no_message(channel: str, text: str) -> None:
    content_free, topic = judged(channel, text)
    assert content_free, topic


# A reply that closes its thread, then raises another matter (newcomer16 M5): the topic is the
# new matter, not the thread's subject, a day agreed to or what a verb acts on first.
REPLIES = [
    (
        "Re: Friday",
        "Friday works for me! Unrelated: could you suggest someone for a fire risk check?\n\n"
        "> On 1 Mar, Paul wrote:\n> Friday at 10?",
        "fire risk check",
    ),
    (
        "Re: Jeudi",
        "Jeudi c'est parfait.\n\nAutre chose : le bureau veut revoir le règlement intérieur "
        "avant l'assemblée.\n\nMarc",
        "règlement intérieur",
    ),
    (
        "Re: Next session",
        "Tuesday works. Separately, our treasurer flagged the restricted reserves policy - can "
        "we add that to the agenda?\n\nTom",
        "reserves policy",
    ),
]


@pytest.mark.parametrize(("subject", "text", "matter"), REPLIES)
def test_a_reply_raising_another_matter(subject: str, text: str, matter: str) -> None:
    _, topic = judged("email", text, subject)
    assert matter in topic.lower(), topic


@pytest.mark.parametrize(
    ("subject", "text", "matter"),
    [
        (
            "Odd thing",
            "Hi Paul,\n\nNot to worry you but someone seems to have got into our customer "
            "database, three customers got strange emails asking for card details.\n\nSue",
            "customer database",
        ),
        (
            "Concern",
            "Hi Paul,\n\nI'm afraid we have a safeguarding concern, one of the coaches was "
            "reported by a parent this morning. Training is at 5 today.\n\nEmma",
            "safeguarding",
        ),
    ],
)
def test_a_vague_subject_gives_way_to_what_happened(subject: str, text: str, matter: str) -> None:
    _, topic = judged("email", text, subject)
    assert matter in topic.lower(), topic


# A text that names its matter after "re" (no article) is not content-free, and a text signed
# at its start with a name and a place gives the matter, not the signature (newcomer18 M12, H6).
@pytest.mark.parametrize(
    ("text", "matter"),
    [
        ("Hamish here - re deer fencing grant. ring me", "deer fencing grant"),
        ("Hamish here re: deer fencing grant, ring me", "deer fencing grant"),
        ("re deer fencing grant application. ring me", "deer fencing grant"),
        ("Hamish Grant, Strathglass Estate - re deer fencing grant. ring me", "deer fencing"),
    ],
)
def test_a_text_naming_its_matter_after_re(text: str, matter: str) -> None:
    content_free, topic = judged("sms", text)
    assert not content_free
    assert matter in topic.lower(), topic
    assert "strathglass" not in topic.lower()


@pytest.mark.parametrize(
    ("channel", "text", "stray"),
    [
        (
            "voicemail",
            "bonjour c'est Pascale, l'exercice incendie est jeudi prochain à dix "
            "heures, pas besoin de rappeler",
            "besoin",
        ),
        ("sms", "lol the printer at the depot jammed again, all fixed now", "lol"),
    ],
)
def test_no_stray_word_for_a_topic(channel: str, text: str, stray: str) -> None:
    _, topic = judged(channel, text)
    assert stray not in topic.lower().split(), topic


def test_a_subject_naming_only_who_to_call_back_names_nothing() -> None:
    content_free, topic = judged(
        "email",
        "Bonjour,\n\nMerci de rappeler M. Garnier au 04 72 10 20 30.\n\nCordialement,\n\nL'accueil",
        "Message de M. Garnier",
    )
    assert content_free, topic
