"""Kinds found in session 46, each in words of our own or as the reproduction gave it.

A site that does not come up for anyone, said "isn't loading", or said of the site named just
before with "it"; a trouble going on for hours; a fix asked for politely ("if you fixed that I
would appreciate it") is no fix told; a fire at the reader's own place; a gap on tonight's
rota ("il vient pas", "nobody to cover tonight"); a state told alone is not content-free; a
caller's firm whose name holds a harm word is no harm.
"""

from __future__ import annotations

import pytest

from tests.answered_support import linked_update, sent_update
from tests.triage_support import rules

AT = "2026-12-01T10:00:00+01:00"  # a Tuesday morning


def _urgent(answer: dict[str, object]) -> bool:
    return answer["urgency"] == "urgent"


# --- a site down, however it is said -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Not sure if you know, but the domain isnt loading.",  # realtext38
        "Hello, @dan\n\nCan you check the site again? It's offline.",  # realtext38
        "Hi, quick one: our webshop won't load for anyone, customers are emailing us.",
        "I looked at the booking page this morning, it's down.",
        "The website is not responding since 8, we can't take orders.",
        "I have been experiencing this issue for many hours, if you fixed that, I would "
        "appreciate it",  # realtext38
        "Bonjour, on a ce souci depuis des heures, personne ne peut se connecter au portail.",
    ],
)
def test_a_site_that_does_not_come_up_is_urgent(text: str) -> None:
    answer = rules(text, at=AT)
    assert _urgent(answer), answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "The app is great, it's down to you which colour we pick.",
        "The website redesign: it's down to the last two options, no rush.",
        "We had this problem for hours last month, it's fixed now.",
        "The site was down for hours on Sunday but it's back and stable.",
    ],
)
def test_down_to_a_choice_or_a_trouble_over_is_not_urgent(text: str) -> None:
    answer = rules(text, at=AT)
    assert answer["urgency"] == "none", answer["reasons"]


def test_a_state_told_alone_is_not_content_free() -> None:
    answer = rules("It's offline.", at=AT)
    assert answer["content_free"] is False, answer["reasons"]


# --- a fire at the reader's place --------------------------------------------------------------


def test_a_fire_at_your_warehouse_is_urgent() -> None:
    answer = rules(
        "hi it's the fire brigade here, there is a fire at your warehouse",
        channel="voicemail",
        at=AT,
    )
    assert _urgent(answer), answer["reasons"]


# --- a gap on tonight's rota -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "voicemail",
            "salut grégoire c'est claire je te fais un petit point sur amandine ses deux "
            "premières semaines se passent très bien tout le monde l'aime bien voilà et sinon "
            "le veilleur de ce soir à neudorf vient de m'appeler il a de la fièvre il vient pas "
            "et j'ai personne sur la liste je vais sans doute faire la nuit moi-même voilà bon "
            "week-end",
        ),  # newcomer89
        ("sms", "the night carer called in, she's got a fever, I've got nobody to cover tonight"),
        ("sms", "elle vient pas ce soir, j'ai personne pour la remplacer"),
    ],
)
def test_a_gap_on_tonights_rota_is_urgent(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at="2026-03-13T17:05:00+01:00")
    assert _urgent(answer), answer["reasons"]


def test_someone_not_coming_to_a_meeting_is_no_gap() -> None:
    answer = rules("Paul vient pas demain à la réunion, on décale ?", channel="sms", at=AT)
    assert answer["urgency"] == "none", answer["reasons"]


# --- a caller's firm ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("sms", "Hi it's Dan from Flood Restoration Ltd"),
        ("email", "Bonjour, c'est Marc de la société Incendie Services."),
    ],
)
def test_a_firm_named_with_a_harm_word_is_no_harm(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["urgency"] == "none", answer["reasons"]
    assert answer["content_free"] is True, answer["reasons"]


# --- the sender takes it on --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["bon je gère", "je m'en occupe", "no worries, I'll handle it", "leave it with me"]
)
def test_the_sender_taking_it_on_tells_something(text: str) -> None:
    answer = rules(text, channel="sms", at=AT)
    assert answer["content_free"] is False, answer["reasons"]
    assert answer["intent"] == "info", answer["reasons"]


@pytest.mark.parametrize("text", ["bon je gère", "je m'en occupe", "no worries, I'll handle it"])
def test_taking_it_on_names_no_topic(text: str) -> None:
    assert rules(text, channel="sms", at=AT)["topic"] == ""


# --- intent: someone else to call, work asked while they wait ----------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "voicemail",
            "thibault c'est antoine les tuiles sont arrachées il pleut dedans casanova il répond "
            "pas au téléphone vous pouvez le joindre vous",
        ),
        ("voicemail", "c'est antoine les gendarmes sont là au portail vous pouvez les appeler"),
        (
            "voicemail",
            "c'est nordine faut que t'appelles la voirie aujourd'hui avant qu'ils ferment",
        ),
        ("voicemail", "it's gaz the pipe's gone, the ashworths are both at work can you ring em"),
        ("sms", "glass panel cracked, they're remaking it. can you let fennick know?"),
        (
            "voicemail",
            "hey it's ben the food safety inspector just turned up she's in the kitchen now asking "
            "for the grease trap certificate can you email it to me right now",
        ),
    ],
)
def test_someone_else_to_call_or_work_while_they_wait_is_a_request(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["intent"] == "request", answer["reasons"]


def test_a_call_back_to_the_sender_stays_content_free() -> None:
    answer = rules("c'est Marc vous pouvez me joindre au bureau rappelez-moi", "voicemail", AT)
    assert answer["content_free"] is True, answer["reasons"]


# --- status asked, and what it names -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Hi Thibault, is the steel still coming Thursday? I need to move the car", "steel"),
        ("Thibault,\n\nWhere's CO-09 at? I'd like to approve it this week.\n\nDeclan", None),
        ("Morning,\n\nHow did Wednesday's snag walk go in the end?\n\nAoife", "snag walk"),
        ("is the report done yet? I need it for the board", "report"),
        ("where's the quote? I need it for the bank", "quote"),
        ("la formation c'est-tu demain soir pis la mise en ligne ça a bougé ?", None),
        ("la réunion de lundi, c'est toujours prévu ?", None),
    ],
)
def test_a_status_asked_names_what_it_asks_about(text: str, topic: str | None) -> None:
    answer = rules(text, channel="sms", at=AT)
    assert answer["intent"] == "status_check", answer["reasons"]
    if topic is not None:
        assert answer["topic"] == topic


def test_a_reminder_asked_is_no_call_back() -> None:
    answer = rules(
        "Tu me rappelles la date du comité de la banque pour le prêt ? Le notaire me la demande.",
        channel="sms",
        at=AT,
    )
    assert answer["content_free"] is False, answer["reasons"]
    assert answer["intent"] != "scheduling", answer["reasons"]


# --- false alarms: words that name no harm here ------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "email",
            "My neighbour tells me the workmen have been using my balcony to store render, and "
            "that they start at 7am with the radio on. I have no objection to the works "
            "themselves, which are long overdue, but could you ask them to keep off the "
            "balcony please?",
        ),
        (
            "email",
            "Could you ask AéroTech to run a training on the fire suppression system "
            "before we open? I don't want anyone setting it off by accident during service.",
        ),
        (
            "email",
            "Please also confirm the date on which the fire alarm cause-and-effect was re-tested.",
        ),
        (
            "email",
            "We passed the reassessment this morning and the assessor praised the way we "
            "handled the break-in last week.",
        ),
        (
            "voicemail",
            "allô c'est geneviève avec toute l'affaire j'ai perdu le fil la formation "
            "c'est demain soir ?",
        ),
        (
            "voicemail",
            "c'est arnaud ajoute à l'ordre du jour la question des gardes et aussi le "
            "camion ambulance il est à qui dans la valorisation",
        ),
        (
            "voicemail",
            "bonjour c'est laurent du centre d'urgences vétérinaires je voulais savoir "
            "si vous avez eu un prix pour les terminaux à trois heures",
        ),
        (
            "voicemail",
            "c'est geneviève j'aimerais qu'on se parle jeudi pour l'horaire des fêtes si "
            "jeudi midi ça te va ce serait parfait sinon donne-moi une heure",
        ),
        (
            "email",
            "Pour les entretiens de cet après-midi, est-ce que tu pourrais te connecter en "
            "visio pour celui de 15 h ? Si tu ne peux pas, aucun souci, je te ferai un compte "
            "rendu.",
        ),
        (
            "sms",
            "Bonsoir, le contrôle de la salle de radio a bien eu lieu aujourd'hui ? Ça a "
            "donné quoi ?",
        ),
        (
            "voicemail",
            "just so you know the glass for meeting room three got cracked in transit "
            "so that's the sixteenth now not the seventh",
        ),
        (
            "email",
            "Thanks for today's call, the plan is clearer. I want to know where our fees "
            "sit against three practices before we set the 2027 prices.",
        ),
    ],
)
def test_words_that_name_no_harm_here_are_not_urgent(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at="2026-11-18T17:30:00+01:00")
    assert answer["urgency"] != "urgent", answer["reasons"]


# --- trial48: calm or casual urgent matters ----------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        # a second stake of one table, after a condition set aside
        (
            "voicemail",
            "Bonjour Claire, c'est Marc. Rien d'urgent hein, mais le bailleur a dit que si le "
            "loyer n'est pas payé d'ici demain il change les serrures. Bon, on en parle vendredi.",
        ),
        # text-speak
        ("sms", "Hey Claire!! Payroll didnt go thru, staff r gonna be unpaid friday"),
        # spoken French without « ne », before « depuis »
        ("sms", "les dons passent plus depuis ce matin"),
        # a note that hands over a `>` block, on the greeting's line
        (
            "email",
            "Bonjour, voir ci-dessous.\n\n> De : Mairie\n> Objet : Fermeture de la salle\n> La "
            "salle municipale sera fermée pour raisons de sécurité à compter de demain, les "
            "activités doivent être annulées.\n\nMarc Durand\nPrésident, Association Horizon",
        ),
    ],
)
def test_calm_or_casual_urgent_matters_are_urgent(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at="2026-12-05T23:00:00+01:00")
    assert _urgent(answer), answer["reasons"]


def test_a_time_that_suits_is_still_no_breakage() -> None:
    assert rules("ça marche plus tard ?", channel="sms", at=AT)["urgency"] == "none"


def test_a_call_back_in_text_speak_is_content_free() -> None:
    answer = rules("cc claire c marc tu peux mrappeler stp", channel="sms", at=AT)
    assert answer["content_free"] is True, answer["reasons"]
    assert answer["topic"] == ""


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "sms",
            "zoom now? the inspector from the ministry is here asking about the cctv "
            "retention, i dont know what to tell her",
        ),
        (
            "sms",
            "Are you able to jump on a Teams call right now? Buyer's architect is on, they "
            "have questions on the balcony glazing",
        ),
        (
            "voicemail",
            "la formation a bien commencé ce matin par contre la connexion pour votre "
            "intervention à onze heures trente elle marche pas le lien il nous dit que la réunion "
            "n'existe pas est-ce que vous pouvez nous renvoyer un lien ou nous appeler "
            "directement on vous attend dans la salle",
        ),
        ("sms", "are we still on for 3?"),
        ("sms", "Are we still on for the staff training Monday at 3? Want to tell the team."),
    ],
)
def test_a_meeting_to_join_or_check_stays_scheduling(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["intent"] == "scheduling", answer["reasons"]


def test_what_the_sender_runs_is_no_taking_it_on() -> None:
    answer = rules(
        "Chez nous, on gère plusieurs ouvertures de caisse dans la journée. Comment faire la "
        "clôture de chacune ?",
        at=AT,
    )
    assert answer["intent"] != "info", answer["reasons"]


# --- answered-by: a check that tells news the update could not hold, or disputes it -----------

JEN = "jen@harbor.example"
MARC = "marc@horizon.example"
UPDATES = [
    sent_update(
        "up1",
        JEN,
        "Grant report",
        "Hi Jen, the grant report draft went to the foundation this morning; they answer by "
        "Nov 20. Claire",
        "2026-11-02T10:00:00+01:00",
    ),
    sent_update(
        "up2",
        MARC,
        "Subvention région",
        "Bonjour Marc, le dossier de subvention de la région a été déposé vendredi. Claire",
        "2026-11-02T11:00:00+01:00",
    ),
]


@pytest.mark.parametrize(
    ("text", "sender", "subject"),
    [
        (
            "Hi Claire, the foundation replied to the grant report, they want changes by Friday. "
            "Where are we on that? Jen",
            JEN,
            "",
        ),
        (
            "Bonjour Claire,\n\nSuite à ton mail, je ne comprends pas : tu dis que le dossier est "
            "déposé mais la région dit ne rien avoir reçu. Où en est-on ?\n\nMarc",
            MARC,
            "Re: Subvention région",
        ),
    ],
)
def test_a_check_with_news_since_or_disputing_the_update_is_not_answered_by_it(
    text: str, sender: str, subject: str
) -> None:
    """trial48 T9: the reply would send the client back to the update they question."""
    at = "2026-11-03T10:00:00+01:00"
    assert linked_update(text, sender, UPDATES, at=at, subject=subject) is None


def test_the_plain_check_is_still_answered_by_the_update() -> None:
    text = "Hi Claire, where are we on the grant report? Jen"
    assert linked_update(text, JEN, UPDATES, at="2026-11-03T10:00:00+01:00") == "up1"


@pytest.mark.parametrize(
    "text", ["Salut, c'est bon pour vendredi 10h ?", "are we good for Friday at 10?"]
)
def test_a_time_confirmed_is_scheduling(text: str) -> None:
    """trial48 T7: « c'est bon pour vendredi 10h ? » was read as a status check."""
    assert rules(text, channel="sms", at=AT)["intent"] == "scheduling"


def test_a_thing_confirmed_is_still_a_status_check() -> None:
    assert rules("c'est bon pour le devis ?", channel="sms", at=AT)["intent"] == "status_check"


def test_a_name_signed_after_thanks_on_the_last_line_is_no_topic() -> None:
    """trial48 T5: "Jen" was the topic, to go into an agenda sent to Jen."""
    answer = rules(
        "Hi Claire, next month the audit is going to be a disaster if we don't start planning "
        "now. Can we put it on Wednesday's agenda? Thanks, Jen",
        at=AT,
    )
    assert answer["topic"] == "audit", answer["reasons"]


def test_an_ampersand_ends_a_clause_in_the_topic() -> None:
    answer = rules(
        "hey claire can u call me b4 3 today, cheque bounced & the landlord is threatening "
        "eviction",
        channel="sms",
        at=AT,
    )
    assert answer["topic"] == "cheque bounced", answer["reasons"]


def test_whether_they_came_back_asked_is_no_answer_told() -> None:
    """A guard from newcomer88: the check asks whether the caterer came back, which the
    update says; it is still answered by it."""
    update = sent_update(
        "cater",
        "olivia@harbourlight.example",
        "Gala 12 June – catering quote in",
        "Hi Olivia,\n\nSaffron & Sage have come back: GBP 95 per head for three courses. Shall I "
        "hold the tasting?\n\nAïssatou",
        "2026-03-12T17:15:00+00:00",
    )
    text = (
        "hi aïssatou olivia here from harbour light um just wondering whether the caterer ever "
        "came back with a per head figure for the gala because the board meets on thursday"
    )
    got = linked_update(
        text, "olivia@harbourlight.example", [update], "2026-03-16T09:10:00+00:00", "voicemail"
    )
    assert got == "cater"


def test_something_come_loose_hanging_over_a_door_is_urgent_even_said_calmly() -> None:
    answer = rules(
        "hi thibault it's martin um nothing dramatic just a bit awkward the tiles on the north "
        "side a few of them have slipped in the wind last night and two are sort of hanging on "
        "the gutter right above the front door where the kids go in and out so we've taped the "
        "door shut um just wanted you to know anyway apart from that everything's great",
        channel="voicemail",
        at=AT,
    )
    assert _urgent(answer), answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "the christmas lights are hanging over the front door, looks lovely",
        "the reception desk is wrapped and ready to ship, we just need the loading dock time "
        "confirmed for tomorrow morning by four o'clock today",
    ],
)
def test_decor_hanging_and_goods_wrapped_are_no_harm_and_no_problem_over(text: str) -> None:
    answer = rules(text, channel="voicemail", at=AT)
    assert not any("problem is over" in r or "harm happening" in r for r in answer["reasons"])


def test_the_update_looked_for_is_still_pointed_to() -> None:
    """A guard from newcomer91: "you said so but I can't find the email" asks for the very
    update; it is no dispute."""
    update = sent_update(
        "septic",
        "claire.whitfield@borie-haute.example",
        "Septic approved, roof 60%",
        "Hi Claire, hi Martin,\n\n- The SPANC approved the septic tank design on Friday (27th). "
        "We can order the tank.\n\nThibault",
        "2026-11-30T19:00:00+01:00",
    )
    text = (
        "Morning Thibault, did the SPANC septic thing ever get approved? Martin swears you said "
        "so but I can't find the email anywhere"
    )
    got = linked_update(
        text, "claire.whitfield@borie-haute.example", [update], "2026-12-01T08:40:00+01:00", "sms"
    )
    assert got == "septic"


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "voicemail",
            "hi it's joe on the front desk the alarm panel shows a fault since the "
            "builders left, someone needs to come in tonight, I'm here till six",
        ),
        (
            "voicemail",
            "it's mr hill again your skip is blocking my drive and I want it moving "
            "this morning not next week",
        ),
        (
            "voicemail",
            "hi it's kev the units are packed, we just need the delivery slot "
            "confirmed by four today or it goes next week",
        ),
        (
            "voicemail",
            "c'est le voisin vos camions ont cassé la clôture faudrait que quelqu'un "
            "vienne me réparer ça aujourd'hui",
        ),
        (
            "voicemail",
            "c'est nordine on a trouvé de l'amiante on a tout arrêté mais faut qu'on "
            "sache quoi faire maintenant",
        ),
        (
            "email",
            "Dear Mr Garnier,\n\nPlease confirm by Friday that the site requirements "
            "below are met.\n\nRegards,\nNiamh",
        ),
    ],
)
def test_work_wanted_without_a_question_is_a_request(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["intent"] == "request", answer["reasons"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("the officer wants a three-way call at one p m today, please confirm by noon if you "
         "can join", "scheduling"),
    ],
)  # fmt: skip
def test_a_confirmation_of_work_done_or_of_a_call_is_no_work_wanted(text: str, intent: str):
    assert rules(text, at=AT)["intent"] == intent
