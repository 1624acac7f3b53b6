"""Urgency told in the words of small businesses and trades (newcomer17 H1–H3, M1, M2).

Written for these tests in the shapes an outside tester found: a client wanted now in a
meeting with whoever sits across the table (buyers, a union, a mediator, an insurer's
assessor), what the business runs on giving way now, "nobody hurt but…", and the
alarming messages that are not today's (an old alert forwarded, someone else's story)."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Message, classify
from tests.triage_support import rules

AT = datetime.fromisoformat("2027-03-09T10:15:00+01:00")  # a Tuesday morning


def urgent(channel: str, text: str, subject: str = "") -> tuple[bool, tuple[str, ...]]:
    verdict = classify(Message("m", channel, text, subject=subject, at=AT))
    return verdict.urgent, verdict.reasons


WANTED_NOW = [
    (
        "sms",
        "on est en rdv avec la banquière là, elle pose des questions sur la trésorerie, tu "
        "peux nous rejoindre en visio ?",
    ),
    (
        "voicemail",
        "Paul c'est Karine on est en réunion avec le syndicat présentement pis ils "
        "veulent t'entendre sur les horaires peux-tu appeler dans la salle",
    ),
    (
        "email",
        "Hi Paul,\n\nWe're in with the buyers from Greenway Foods now and they're asking "
        "about the volume discount. Could you dial in? Link below.\n\nAmy",
    ),
    ("sms", "suppliers' procurement panel here right now asking for you, can you ring in?"),
    (
        "email",
        "Paul,\n\nThe loss adjuster is with me at the warehouse right now and wants to "
        "speak to you about the claim. Can you call me?\n\nNiamh",
    ),
    (
        "sms",
        "le notaire de l'acquéreur est là avec nous, il voudrait vous poser une question, "
        "vous pouvez appeler maintenant ?",
    ),
    (
        "voicemail",
        "Paul we're in the mediation with the former driver now and the mediator "
        "wants you to confirm the figure can you call in",
    ),
    (
        "sms",
        "on a les acheteurs de chez Carrefour dans le bureau là, ils veulent te parler du contrat",
    ),
]


@pytest.mark.parametrize(("channel", "text"), WANTED_NOW)
def test_wanted_now_with_someone_across_the_table(channel: str, text: str) -> None:
    is_urgent, reasons = urgent(channel, text)
    assert is_urgent, reasons


GAVE_WAY = [
    (
        "voicemail",
        "oui c'est Bruno de la fromagerie le compresseur de la cave a lâché cette "
        "nuit on perd de la marchandise rappelez-moi",
    ),
    (
        "voicemail",
        "c'est Anne du domaine, la cuve 4 fuit, on a déjà perdu trois cents litres, rappelle-moi",
    ),
    (
        "voicemail",
        "bonjour c'est Lucas de la boulangerie le four chauffe plus depuis six heures "
        "ce matin toute la fournée est bloquée rappelez-moi vite",
    ),
    (
        "voicemail",
        "hi Paul it's Dee at the clinic the steriliser failed its cycle this morning so "
        "we've no clean kits for the afternoon list call me back",
    ),
    (
        "voicemail",
        "hi Paul it's Sean the forklift's gone and the yard is full we can't get the "
        "vans out call me back",
    ),
    (
        "sms",
        "bad news, the van's been clamped outside the depot with all of today's deliveries in it",
    ),
    (
        "email",
        "Paul,\n\nOur flour mill went into administration this morning. We have no flour "
        "delivery for tomorrow's bake.\n\nGino",
    ),
]


@pytest.mark.parametrize(("channel", "text"), GAVE_WAY)
def test_what_the_business_runs_on_gave_way_now(channel: str, text: str) -> None:
    is_urgent, reasons = urgent(channel, text)
    assert is_urgent, reasons


def test_nobody_hurt_but_the_goods_are_exposed_is_still_urgent() -> None:
    is_urgent, reasons = urgent(
        "voicemail",
        "Paul, c'est Mélissa. Le toit du hangar a cédé sous la neige ce matin, personne blessé "
        "mais le stock est exposé à la pluie. Appelle-moi.",
    )
    assert is_urgent, reasons


def test_nobody_hurt_alone_still_calms() -> None:
    is_urgent, reasons = urgent(
        "email",
        "Hi Paul,\n\nA shelf came down in the stock room this morning, nobody was hurt. We've "
        "tidied up.\n\nAmy",
    )
    assert not is_urgent, reasons


OLD_FORWARDS = [
    (
        "Paul, found this old alert while clearing my inbox - worth a word at our next call?\n\n"
        "---------- Forwarded message ---------\nFrom: Monitoring <alerts@watch.example>\n"
        "Date: Tue, 4 Aug 2026 at 02:10\nSubject: CRITICAL: shop website down\n\n"
        "CRITICAL: shop website down. The site is unreachable.",
        "Fwd: CRITICAL: shop website down",
    ),
    (
        "Bonjour Paul,\n\nPour info, je vous transfère l'alerte de l'an dernier. Rien à faire."
        "\n\n---------- Message transféré ---------\nDe : Alertes\nObjet : URGENT site en panne"
        "\n\nURGENT : le site est inaccessible, intervention requise.",
        "TR: URGENT : site en panne",
    ),
    (
        "---------- Forwarded message ---------\nFrom: Alerts <alerts@watch.example>\n"
        "Date: Mon, 12 Oct 2026 at 03:12\nSubject: CRITICAL: till server down\n\n"
        "CRITICAL: till server down since 03:00.",
        "Fwd: CRITICAL: till server down",
    ),
]


@pytest.mark.parametrize(("text", "subject"), OLD_FORWARDS)
def test_an_old_alert_handed_over_is_not_todays(text: str, subject: str) -> None:
    is_urgent, reasons = urgent("email", text, subject)
    assert not is_urgent, reasons
    assert any(r.startswith("not urgent: it hands over an old message") for r in reasons)


def test_an_alert_forwarded_the_day_it_came_counts() -> None:
    is_urgent, reasons = urgent(
        "email",
        "---------- Forwarded message ---------\nFrom: Alerts <alerts@watch.example>\n"
        "Date: Tue, 9 Mar 2027 at 09:50\nSubject: CRITICAL: till server down\n\n"
        "CRITICAL: till server down since 09:45.",
        "Fwd: CRITICAL: till server down",
    )
    assert is_urgent, reasons


@pytest.mark.parametrize(
    "notice",
    [
        "Madame, Monsieur, votre cotisation reste impayée. À défaut de règlement au plus tard "
        "le 10 mars 2027, une majoration de 10 % sera appliquée.",
        "Your annual return is overdue. If it is not filed by 10 March 2027 a penalty of "
        "£1,500 will be charged.",
    ],
)
def test_an_old_notice_whose_own_deadline_is_within_a_day_counts(notice: str) -> None:
    """newcomer29: a reminder dated weeks ago, found in the spam folder the day before its
    deadline, is today's matter, however old its header."""
    is_urgent, reasons = urgent(
        "email",
        "Just found this in the spam folder, I thought it was paid?\n\n"
        "---------- Forwarded message ---------\nFrom: Tax office <noreply@tax.example>\n"
        f"Date: Mon, 15 Feb 2027 at 09:00\nSubject: Reminder\n\n{notice}",
        "Fwd: Reminder",
    )
    assert is_urgent, reasons


def test_a_quoted_messages_own_date_is_no_deadline() -> None:
    """newcomer30: « Pour info. » above « > Le 9 mars 2027 à 09:14, X a écrit : » and a
    notice of February's course: the attribution's date is when it was written."""
    is_urgent, reasons = urgent(
        "email",
        "Pour info.\nMartine\n\n> Le 9 mars 2027 à 09:14, Comité régional <contact@crg.example> "
        "a écrit :\n>\n> Bonjour à tous,\n> Le stage régional aura lieu à Reims du 15 au 19 "
        "février 2028. Les inscriptions ouvriront le 5 janvier.\n> Le comité",
        "Fwd: Stage régional",
    )
    assert not is_urgent, reasons


def test_someone_elses_incident_is_a_story() -> None:
    is_urgent, reasons = urgent(
        "email",
        "Bonjour Paul,\n\nPetite anecdote : chez notre confrère de Liège, la chambre froide est "
        "tombée en panne hier et ils ont tout perdu. Ça vaudrait la peine d'en parler jeudi."
        "\n\nSophie",
        "Chambre froide",
    )
    assert not is_urgent, reasons


def intent(channel: str, text: str, subject: str = "") -> str:
    return str(classify(Message("m", channel, text, subject=subject, at=AT)).intent)


@pytest.mark.parametrize(
    ("channel", "text", "expected"),
    [
        # wanted now in a meeting: asked to join one, however it is put (SPEC §5 scheduling)
        (
            "sms",
            "buyers from Aldi in the office right now asking for you, can you ring in?",
            "scheduling",
        ),
        (
            "sms",
            "l'expert du repreneur est là avec nous, il voudrait vous poser deux questions, "
            "vous pouvez appeler maintenant ?",
            "scheduling",
        ),
        # a meeting to come checked
        ("sms", "r u still ok for fri 2pm or do u want to move it", "scheduling"),
        ("sms", "Nadia ici, pour la nouvelle carte des desserts on en parle mardi ?", "scheduling"),
        # the consultant's view asked
        ("sms", "c koi le mieux selon toi, CDI ou CDD pour la nouvelle vendeuse ?", "request"),
        (
            "email",
            "Hi Paul,\n\nWhat do you advise if a driver refuses a route on "
            "safety grounds? It's for the handbook.\n\nAmy",
            "request",
        ),
        # a formal favour asked
        (
            "email",
            "Bonjour,\n\nAuriez-vous l'amabilité de nous faire parvenir un devis pour "
            "l'audit énergétique ?\n\nCordialement,\nDidier",
            "request",
        ),
        # asked in the conditional or the formal (newcomer18 M6, M8, M9)
        (
            "email",
            "Bonjour,\n\nSerait-il envisageable que vous nous prépariez un chiffrage "
            "pour la mise aux normes ?\n\nCordialement,\nHervé",
            "request",
        ),
        (
            "email",
            "Hi Paul,\n\nI'd welcome your view on whether we should renew the van leases.\n\nJo",
            "request",
        ),
        # time asked for (newcomer18 M7, M10)
        (
            "voicemail",
            "oui allô c'est Réjean, t'aurais-tu un vingt minutes la semaine "
            "prochaine pour la saison d'été",
            "scheduling",
        ),
        ("sms", "want to discuss the spring menu at our next call", "scheduling"),
        # a reminder of something awaited
        (
            "email",
            "Bonjour,\n\nJe me permets de vous relancer au sujet du devis n° 88 que nous "
            "attendons toujours.\n\nCordialement,\nLéa",
            "status_check",
        ),
    ],
)
def test_intent_said_as_trades_say_it(channel: str, text: str, expected: str) -> None:
    assert intent(channel, text) == expected


# newcomer18's kinds, in words written for these tests
MORE_URGENT = [
    # cold lost where goods are kept, however it is said
    (
        "voicemail",
        "bonjour c'est Gaël du mareyage, la chambre froide du quai elle remonte, on "
        "est à plus neuf, on a deux tonnes de lotte dedans, rappelez-moi",
    ),
    ("sms", "groupe froid de l'atelier HS, 800 kg de viande dedans. Gaël"),
    (
        "voicemail",
        "c'est Gaël, la chambre froide ne tient plus le froid, la marchandise va être "
        "perdue si personne ne passe, rappelez-moi",
    ),
    # the tax authorities on the premises now, by their everyday names
    ("sms", "revenue inspector in the Cork shop now asking for the till rolls, can u ring me"),
    ("sms", "tax man in the office now wanting the ledgers, what do i show him"),
    # money paid to a fraudster
    (
        "email",
        "Bonjour,\n\nUn client nous signale une fausse facture à notre en-tête avec un "
        "nouvel IBAN ; il a déjà réglé 12 000 EUR.\n\nSophie",
    ),
    (
        "email",
        "Hi Paul,\n\nSomeone has emailed all our members from what looks like our "
        "treasurer's account asking them to pay their subscriptions to new bank details.\n\nJo",
    ),
]


@pytest.mark.parametrize(("channel", "text"), MORE_URGENT)
def test_more_urgent_kinds(channel: str, text: str) -> None:
    is_urgent, reasons = urgent(channel, text)
    assert is_urgent, reasons


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "NEWSLETTER — Union des boulangers\n\nAlerte : rappel de farine contaminée dans "
            "trois départements. Urgence sanitaire déclarée.\n\nÀ lire sur notre site.",
            "Lettre d'information de mars",
        ),
        (
            "Bonjour,\n\nLettre d'information des pharmaciens : alerte sanitaire rougeole dans "
            "le Finistère.\n\nPour vous désinscrire, cliquez ici.",
            "Newsletter",
        ),
    ],
)
def test_a_newsletter_alert_is_news_not_a_clients_harm(text: str, subject: str) -> None:
    is_urgent, reasons = urgent("email", text, subject)
    assert not is_urgent, reasons


def test_a_client_telling_of_a_mailing_gone_wrong_is_still_judged() -> None:
    is_urgent, reasons = urgent(
        "email",
        "Hi Paul,\n\nOur newsletter went out this morning with every member's home address "
        "visible in the To line. People are replying all.\n\nPour vous désinscrire : écrivez à "
        "liste@club.example",
        "newsletter",
    )
    assert is_urgent, reasons


def test_a_theft_at_another_office_is_not_ours() -> None:
    is_urgent, reasons = urgent(
        "voicemail",
        "salut c'est Réjean, y a eu un vol au bureau de Tadoussac mais c'est dans un autre "
        "bureau, pas nous autres, on en jase à notre appel",
    )
    assert not is_urgent, reasons


@pytest.mark.parametrize(
    ("subject", "text", "matter"),
    [
        (
            "Re: budget deck",
            "Hi Paul,\n\nThanks, that answers the budget question, all sorted. Separately, could "
            "we look at the volunteer recruitment plan next time?\n\nJo",
            "volunteer recruitment plan",
        ),
        (
            "Re: site web",
            "Salut,\n\nParfait pour le site, c'est réglé. Par contre j'aimerais qu'on jase du "
            "plan de formation 2027 à notre prochain appel.",
            "plan de formation",
        ),
        (
            "Re: TVA",
            "Bonjour,\n\nMerci, c'est réglé pour la TVA. Autre sujet : le renouvellement du bail "
            "de l'entrepôt, pourriez-vous regarder les conditions ?",
            "renouvellement du bail",
        ),
    ],
)
def test_a_reply_turning_to_another_matter(subject: str, text: str, matter: str) -> None:
    topic = classify(Message("m", "email", text, subject=subject, at=AT)).topic
    assert matter in topic.lower(), topic


@pytest.mark.parametrize(
    "text",
    [
        # a drill announced: alarms that "will go off" lose nothing
        "fyi we're running a fire drill at the bakery at 3pm today, the alarms will go off, no "
        "need to call",
        # someone else's harm, told as a story, is not asked of the second opinion either
        "my brother's café got broken into last night, all the tills gone. makes me think, are "
        "we covered? ask at thursday's call",
    ],
)
def test_alarming_words_that_are_not_todays_harm(text: str) -> None:
    is_urgent, reasons = urgent("sms", text)
    assert not is_urgent, reasons


@pytest.mark.parametrize(
    "text",
    [
        "hi sophie its dave we are in a board meeting on zoom now can you join us",
        "c est luc on est en réunion du bureau là maintenant sur zoom tu peux nous rejoindre",
    ],
)
def test_a_board_meeting_going_on_that_wants_the_consultant_reads_the_same_in_both_languages(
    text: str,
):
    """newcomer51 §7: urgent in English, not in French (« réunion du bureau » is an
    association's board meeting). Both are the client's own body: the unscheduled group call
    SPEC §1 deflects, not urgent in either language (trial51 §3, the README); someone outside
    in it makes it urgent (`test_..._with_someone_outside_in_it`)."""
    answer = rules(text, "voicemail")
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "hi sophie its dave we are in a meeting with the bank on zoom now can you join us",
        "c est luc on est en visio avec l'assureur là maintenant tu peux nous rejoindre",
    ],
)
def test_a_meeting_going_on_that_wants_the_consultant_is_urgent_with_someone_outside_in_it(
    text: str,
):
    answer = rules(text, "voicemail")
    assert answer["urgent"], answer["reasons"]
