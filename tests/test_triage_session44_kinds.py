"""Kinds found in session 44, each in words of our own.

From two blind sets (a customs and freight consultant's clients, a restaurant consultant's)
and a newcomer's trial: goods held where they cross a border, a refrigerated load or a
freezer warming, a driver waiting who leaves at a time, staff gone before tonight's service,
a delivery the day waits on, a threat to report the business today, kit taped off after a fire
put out, an inspector's call reported with its own time; and what is none of these: a drill
held, a colleague away, a "where now?" subject, a call the sender asks to be let into.
"""

from __future__ import annotations

import pytest

from tests.triage_support import rules

AT = "2026-11-20T10:20:00+01:00"  # a Friday morning
SATURDAY = "2026-11-28T17:40:00+01:00"


# --- urgent ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("sms", "Lorry held at Calais by the French customs, they want the T1. Can you help?"),
        ("sms", "truck stopped at Dover, border force say the export declaration is missing"),
        (
            "email",
            "Hello, our container is stuck in Rotterdam: the line won't release it without the "
            "original bill of lading. Regards, Piet",
        ),
        ("voicemail", "oui bonjour les palettes sont bloquées à la douane de roissy il manque "
         "le certificat d'origine"),
        ("voicemail", "c'est karim le conteneur est retenu au port de tanger ils veulent la "
         "facture originale"),
    ],
)  # fmt: skip
def test_goods_held_where_they_cross_are_urgent(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "the truck was stuck in traffic near the port so the driver will be an hour late",
        "Last month our container was held at customs in Le Havre for a week. How do we "
        "avoid that on the next one?",
        "le camion est bloqué dans les bouchons, il arrivera vers midi",
    ],
)
def test_traffic_or_a_hold_long_past_is_not_urgent(text: str) -> None:
    answer = rules(text, channel="email", at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("voicemail", "salut c'est bernard le groupe froid du camion affiche dix degrés depuis "
         "une heure"),
        ("sms", "reefer showing 11 degrees, driver says the unit keeps cutting out"),
        ("sms", "the chest freezer is at -4 this morning, full of stock"),
        ("voicemail", "le congélateur affiche moins cinq depuis cette nuit"),
    ],
)  # fmt: skip
def test_a_refrigerated_load_or_a_freezer_warming_is_urgent(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Our freezer runs at -20 degrees; is that right for ice cream?",
        "We have two freezers at 3 sites, could you include them in the audit plan?",
        "The freezer was at -6 on Sunday when the door was left open; it was back to -19 "
        "within the hour.",
    ],
)
def test_a_freezer_cold_enough_or_counted_or_warm_in_the_past_is_not_urgent(text: str) -> None:
    answer = rules(text, channel="email", at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("channel", "text", "at"),
    [
        ("voicemail", "hi it's joris the lorry is waiting at the terminal and the driver "
         "leaves at three if the paperwork isn't sorted", AT),
        ("voicemail", "le chauffeur attend devant l'entrepôt il repart à onze heures si "
         "personne ne signe le bon", AT),
        ("sms", "mon chef de partie a rendu son tablier, il part ce soir. 50 couverts", AT),
        ("sms", "the kitchen porter called in sick and we have 90 covers tonight", AT),
        ("voicemail", "c'est lucas la livraison de poisson est jamais arrivée ce matin et on "
         "a le service de ce soir", AT),
        ("voicemail", "on a pas été livrés en légumes il me reste rien pour tout le samedi "
         "soir tu connais quelqu'un", SATURDAY),
        ("voicemail", "hi it's ana a diner reacted to the sesame in a dish an hour ago she's "
         "fine now but her husband says he'll report us to environmental health today", AT),
    ],
)  # fmt: skip
def test_the_day_s_work_left_without_what_it_needs_is_urgent(
    channel: str, text: str, at: str
) -> None:
    answer = rules(text, channel=channel, at=at)
    assert answer["urgent"], answer["reasons"]


def test_kit_left_out_of_use_after_a_fire_put_out_is_not_over() -> None:
    """The fire is over; the fryers the fire officer taped off until inspected are not, with
    eighty covers booked tonight (newcomer87)."""
    text = (
        "hi it's tom small drama last night a pan caught fire nobody hurt we put it out and "
        "the fire officer has taped off the range until it's been inspected by an engineer "
        "and we have seventy booked tonight if you know anyone who can come out today"
    )
    answer = rules(text, channel="voicemail", at=AT)
    assert answer["urgent"], answer["reasons"]
    assert answer["intent"] == "request", answer["reasons"]
    over = "small drama last night a pan caught fire nobody hurt we put it out all fine now"
    assert not rules(over, channel="voicemail", at=AT)["urgent"]


def test_an_inspection_reported_by_a_call_keeps_its_own_time() -> None:
    """ "rang this afternoon to say they're coming tomorrow at 10": the call's time dates the
    call, the visit's is tomorrow morning, and the question asks help for it (newcomer87)."""
    text = (
        "Trading standards rang this morning to say they're coming tomorrow at 9 to check "
        "the labels. Could you come by first thing to go over them with us?"
    )
    answer = rules(text, channel="email", at="2026-11-19T16:10:00+00:00")
    assert answer["urgent"], answer["reasons"]


def test_a_belief_that_it_was_fixed_is_not_the_end_of_it() -> None:
    """ "I thought this was fixed" over a rejection again this morning (newcomer86)."""
    text = (
        "the declaration was refused again this morning, the truck is waiting at the border "
        "and the driver leaves at four. I thought this was fixed?"
    )
    answer = rules(text, channel="voicemail", at=AT)
    assert answer["urgent"], answer["reasons"]
    assert not any("over" in r for r in answer["reasons"]), answer["reasons"]


# --- not urgent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("email", "For the file: we ran the fire drill this morning. Full evacuation in three "
         "minutes, the alarm heard everywhere. Notes attached."),
        ("email", "Bonjour, l'alarme du congélateur de dimanche : fausse alerte. La sonde "
         "s'était décollée, le stock est intact."),
        ("email", "Sorry to chase, Paul is on leave this week and I can't reach him. Did we "
         "get the EORI number yet?"),
        ("voicemail", "hi it's sam you two are meeting this afternoon about the audit i'd like "
         "to join for the part on the samples can you dial me in"),
    ],
)  # fmt: skip
def test_a_drill_a_false_alarm_a_colleague_away_or_a_call_to_join_is_not_urgent(
    channel: str, text: str
) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert not answer["urgent"], answer["reasons"]


def test_a_call_the_sender_asks_to_be_let_into_is_scheduling() -> None:
    text = "you're on with the broker at 3, can you dial me in or send me the link?"
    assert rules(text, channel="sms", at=AT)["intent"] == "scheduling"


def test_where_now_in_a_subject_is_no_meeting_happening_now() -> None:
    answer = rules(
        "Any news from the council on the licence since the neighbour objected? Are we "
        "heading for a hearing?",
        channel="email",
        subject="Licence - where now?",
        at=AT,
    )
    assert not answer["urgent"], answer["reasons"]


def test_someone_out_of_reach_for_hours_is_still_urgent() -> None:
    text = "my dad went out at six with the van and we can't reach him since, his phone rings out"
    assert rules(text, channel="voicemail", at=AT)["urgent"]


def test_a_truck_waiting_in_french_is_no_meeting() -> None:
    """« le camion attend à Zeebrugge » is not "attend a meeting" (newcomer86)."""
    text = "le camion attend à zeebrugge depuis ce matin"
    assert rules(text, channel="voicemail", at=AT)["intent"] != "scheduling"


# --- answered-by: an update that seems to answer, on another item -------------------------------


def _update(uid: str, to: str, subject: str, text: str, at: str):  # type: ignore[no-untyped-def]
    from tests.answered_support import sent_update

    return sent_update(uid, to, subject, text, at)


def test_a_check_on_the_item_of_another_day_is_not_answered() -> None:
    """newcomer87: « le mariage Dubois du douze décembre » linked to the update on « Mariage
    Lefebvre-Martin du 28/11 »."""
    from tests.answered_support import linked_update

    sender = "lea@traiteur.example"
    updates = [
        _update("u1", sender, "Mariage Ricci du 5/12 : menu validé",
                "Coucou Léa,\n\nLes mariés ont validé le menu : velouté, suprême de volaille, "
                "pièce montée. 120 couverts.\n\nBastien", "2026-11-16T19:30:00+01:00"),
    ]  # fmt: skip
    other = "léa ici dis-moi le mariage martin du dix-neuf décembre les mariés ont choisi le menu ?"
    same = "léa ici dis-moi le mariage ricci du cinq décembre les mariés ont choisi le menu ?"
    at = "2026-11-20T18:05:00+01:00"
    assert linked_update(other, sender, updates, at=at) is None
    assert linked_update(same, sender, updates, at=at) == "u1"


def test_a_check_on_an_item_of_its_own_day_is_not_answered_by_an_older_update() -> None:
    """newcomer86: "Is today's truck through Dover yet?" linked to a week-old update on
    another load."""
    from tests.answered_support import linked_update

    sender = "ops@brewery.example"
    updates = [
        _update("u1", sender, "Dover load - released",
                "Hi Sam,\n\nThe truck through Dover was released at 14:10 and delivers to Lille "
                "tomorrow morning.\n\nÉlodie", "2026-11-12T15:05:00+01:00"),
    ]  # fmt: skip
    assert linked_update("Is today's truck through Dover yet?", sender, updates,
                         at="2026-11-19T13:15:00+00:00") is None  # fmt: skip
    assert linked_update("Is the truck through Dover yet?", sender, updates,
                         at="2026-11-12T17:15:00+01:00") == "u1"  # fmt: skip


def test_a_check_asking_since_a_turn_the_update_could_not_know_is_not_answered() -> None:
    """newcomer87: "Any news … since number 9 objected?" three weeks after the update that
    said no one had objected so far."""
    from tests.answered_support import linked_update

    sender = "nigel@pub.example"
    updates = [
        _update("u1", sender, "Licence variation - update",
                "Hi Nigel,\n\nThe licence variation went in to the council on 10 November. "
                "The consultation ends on 8 December; no objections so far. If none comes in, "
                "it is granted without a hearing.\n\nBastien",
                "2026-11-12T12:30:00+00:00"),
    ]  # fmt: skip
    turned = (
        "Any news from the council on the licence variation since number 9 objected? Are we "
        "heading for a hearing?"
    )
    plain = "Any news on the licence variation?"
    at = "2026-11-16T10:00:00+00:00"
    assert linked_update(turned, sender, updates, at=at) is None
    assert linked_update(plain, sender, updates, at=at) == "u1"


def test_a_check_on_a_delivery_the_update_never_names_is_not_answered() -> None:
    """newcomer87: "did you hear anything from them about the delivery" (of the order forms,
    by the printer) linked to the update on the forms' prices."""
    from tests.answered_support import linked_update

    sender = "tom@bakery.example"
    updates = [
        _update("u1", sender, "Christmas order forms - prices",
                "Hi Tom,\n\nThe order form prices are done and the form is in the shared "
                "folder.\n\nBastien", "2026-11-18T12:15:00+01:00"),
    ]  # fmt: skip
    at = "2026-11-25T11:10:00+01:00"
    other = ("The printer was to deliver the order forms on Monday. Did you hear anything from "
             "them about the delivery?")  # fmt: skip
    assert linked_update(other, sender, updates, at=at) is None
    assert linked_update("How's the order form going?", sender, updates, at=at) == "u1"


@pytest.mark.parametrize(
    "text",
    [
        "This has not happened yet and maybe I am overthinking. If the tenant refuses to go at "
        "the end of the stay, how do I deal with it, short of calling the police?",
        "I wanted to share what happened to me a few days ago, it may help other hosts. A "
        "guest arrived at 6 pm and minutes later a power outage hit the whole town.",
        "Je voulais vous raconter ce qui m'est arrivé il y a quelques jours : coupure de "
        "courant dans tout le quartier juste après l'arrivée des voyageurs.",
    ],
)
def test_a_story_shared_or_a_harm_not_happened_yet_is_not_urgent(text: str) -> None:
    """realtext37: a host's story of a power outage days ago, told to help others, and a
    worry "This has not happened yet … short of calling the police"."""
    answer = rules(text, channel="email", at=AT)
    assert not answer["urgent"], answer["reasons"]


def test_what_the_sender_is_hearing_is_no_hearing_going_on() -> None:
    text = (
        "I have a guest staying until Sunday. Some of the things I am hearing about him worry "
        "me, could the police get involved?"
    )
    answer = rules(text, channel="email", at=AT)
    assert not any("meeting" in r for r in answer["reasons"]), answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "the deadine for the grant is tommorow noon and the budget sheet isn't done",
        "Dealine tomorow 9am for the signed lease, can you check it?",
        "le dossier doit partir aujourdhui avant 17h",
    ],
)
def test_time_words_typed_in_a_hurry_still_make_a_deadline(text: str) -> None:
    """trial45: "deadine … tmorow noon" was read as no deadline."""
    answer = rules(text, channel="sms", at=AT)
    assert answer["urgent"], answer["reasons"]


# --- trial46: grave harm said calmly, a forwarded scam, a notice with its term ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi, it's Jen. No rush at all. Somebody moved six thousand dollars out of our business "
        "account overnight and none of us recognise it. Whenever you have a minute.",
        "Jen here, not urgent: the payroll provider says our bank details were changed "
        "yesterday by someone in your name. Talk whenever.",
        "c'est marc, pas pressé, un bénévole a reçu par erreur le fichier avec les adresses et "
        "les numéros de sécu de tous les adhérents",
        "salut c'est karim, tranquille, le mur du jardin penche depuis ce matin et les gamins "
        "jouent juste à côté, on en parle mardi",
        "No rush, but since this morning the client portal shows other customers' invoices to "
        "anyone who logs in.",
    ],
)
def test_a_grave_harm_said_calmly_is_still_urgent(text: str) -> None:
    """trial46: "no rush", « pas pressé », « tranquille » made money taken by a stranger,
    bank details changed by an impostor, personal data before the wrong eyes and a wall
    leaning over children wait."""
    answer = rules(text, channel="voicemail", at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Our bank details were changed in October when we moved banks; can you update the "
        "payroll file?",
        "The old tree by the car park was leaning after last month's storm; the council took "
        "it down last week.",
    ],
)
def test_bank_details_changed_by_the_client_or_a_structure_taken_down_is_not_urgent(
    text: str,
) -> None:
    answer = rules(text, channel="email", at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Fwd: URGENT - verify now",
            "FYI, see below, I think this is phishing.\n\n---------- Forwarded message "
            "---------\nFrom: Mail Admin\nSubject: URGENT\nYour account will be closed today "
            "unless you confirm your password.",
        ),
        (
            "TR: Facture impayée",
            "Pour info, je te transfère, je pense que c'est une arnaque.\n\n---------- Message "
            "transféré ---------\nDe : Service client\nVotre ligne sera coupée aujourd'hui si "
            "vous ne réglez pas 2 100 €.",
        ),
    ],
)
def test_a_suspect_mail_forwarded_to_be_looked_at_is_not_urgent(subject: str, text: str) -> None:
    answer = rules(text, channel="email", subject=subject, at=AT)
    assert not answer["urgent"], answer["reasons"]


def test_a_suspect_mail_acted_on_stays_urgent() -> None:
    text = "FYI, I think this is phishing but I clicked the link and typed our bank password."
    assert rules(text, channel="email", at=AT)["urgent"]


def test_a_formal_notice_with_a_far_term_is_not_urgent_and_one_without_is() -> None:
    far = "c'est marc on a reçu une mise en demeure pour le 15 janvier, on regarde ça au point"
    assert not rules(far, channel="voicemail", at=AT)["urgent"]
    bare = "c'est marc on a reçu une mise en demeure ce matin"
    assert rules(bare, channel="voicemail", at=AT)["urgent"]


@pytest.mark.parametrize(
    "text", ["hi claire did you ever send the grant report thing", "t'as fini par envoyer le devis"]
)
def test_whether_a_step_was_done_asked_loosely_is_a_status_check(text: str) -> None:
    assert rules(text, channel="voicemail", at=AT)["intent"] == "status_check"


def test_a_transcript_of_gaps_and_a_name_is_a_failed_transcription() -> None:
    """SPEC §5: not content-free but `unknown`, and the consultant is told to listen."""
    answer = rules("[inaudible] ... claire ... [inaudible]", channel="voicemail", at=AT)
    assert not answer["content_free"] and answer["intent"] == "unknown", answer
    assert any("listen" in r for r in answer["reasons"]), answer["reasons"]
    heard = rules("[inaudible] the server is down [inaudible]", channel="voicemail", at=AT)
    assert heard["urgent"], heard["reasons"]
