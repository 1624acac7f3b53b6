"""Kinds found in session 47, each in words of our own or as the reproduction gave it.

An attempt to reach the consultant, said any way ("just trying to get hold of you", « j'essaie
de vous atteindre depuis ce matin », "sorry I missed you, try me later", "call the practice
back"), says nothing of a matter: with a name and a call-back request it is content-free, and
beside a matter it takes nothing from it.
"""

from __future__ import annotations

import pytest

from tests.answered_support import linked_update, sent_update
from tests.triage_support import rules

AT = "2026-12-01T10:00:00+01:00"  # a Tuesday morning


# --- an attempt to reach is no matter ------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "voicemail",
            "oui bonjour madame vasseur c'est matthias rochat euh j'essaie de vous atteindre "
            "depuis ce matin euh rappelez-moi volontiers sur mon natel quand vous avez un moment "
            "merci adieu",
        ),  # newcomer90
        (
            "sms",
            "Hi it's Tom from Redland Road, could you call the practice back when you get a mo?",
        ),
        (
            "voicemail",
            "yeah hi it's tom from redland road um just trying to get hold of you um yeah if you "
            "could call the practice back that'd be great thanks bye",
        ),  # newcomer90
        ("voicemail", "ciarán here again sorry missed you try me later"),  # newcomer90
        ("voicemail", "hiya it's bev been trying to reach you all morning ring me back ta"),
        ("voicemail", "bonjour c'est Odile on essaie de vous joindre depuis hier rappelez-moi"),
        ("sms", "Salut c'est Greg, rappelle-moi sur mon gsm stp"),
        (
            "voicemail",
            "good afternoon elodie this is máire hegarty secretary of the ballintemple court "
            "management company i'd be grateful if you could return my call at your convenience "
            "thank you",
        ),  # newcomer92: the courtesy of a formal call-back asks nothing more
    ],
)
def test_an_attempt_to_reach_with_a_name_is_content_free(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["content_free"], answer
    assert answer["intent"] == "unknown" and answer["topic"] == ""


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "hi it's jo the boiler at the school has been leaking since this morning been trying "
            "to reach you all morning call me back",
            "boiler",
        ),
        (
            "bonjour c'est paul j'essaie de vous joindre depuis ce matin le serveur de caisse est "
            "en panne rappelez-moi",
            "serveur",
        ),
    ],
)
def test_an_attempt_to_reach_beside_a_harm_keeps_the_harm(text: str, topic: str) -> None:
    answer = rules(text, channel="voicemail", at=AT)
    assert not answer["content_free"]
    assert answer["urgency"] == "urgent", answer["reasons"]
    assert topic in answer["topic"]


def test_trying_to_reach_someone_else_is_a_matter() -> None:
    """Not the caller's attempt to reach the consultant: the supplier cannot be reached."""
    answer = rules(
        "hi it's jo we've been trying to reach the scaffolders all morning and nobody answers, "
        "call me back",
        channel="voicemail",
        at=AT,
    )
    assert not answer["content_free"], answer


# --- a thank-you beside a question is courtesy; a status asked in other words -----------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        (
            "email",
            "Hi Thibault,\n\nSorry, with the pipe drama I've completely lost track. Did the "
            "insulation inspection with building control actually happen, and did we pass?\n\n"
            "Thanks so much for sorting everything on Wednesday, honestly.\n\nPriya",
        ),  # newcomer91
        (
            "email",
            "Hi Thibault,\n\nSorry to be a pest – has the DAC come through from the council yet? "
            "Our accessibility officer is asking.\n\nAoife",
        ),  # newcomer91
        (
            "voicemail",
            "allo si thibault bonjour c'est benjelloun euh la réception provisoire c'est quand "
            "finalement parce que je dois dire aux infirmières quand elles commencent merci",
        ),  # newcomer91
        ("sms", "Merci pour hier soir ! Le permis de construire, c'est prévu quand déjà ?"),
        ("email", "Thanks for the quick fix on Monday. Has the grant money landed yet?"),
    ],
)
def test_a_status_asked_beside_thanks_is_a_status_check(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["intent"] == "status_check", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the quick turnaround on the report, much appreciated.",
        "Merci pour le compte rendu, tout est clair de notre côté.",
    ],
)
def test_a_thank_you_that_asks_nothing_stays_info(text: str) -> None:
    assert rules(text, at=AT)["intent"] == "info"


# --- a tool made useless; access refused as typed -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La nouvelle version comporte des bugs au niveau des playlists, ce qui rend le Kitsu "
        "inutilisable pour une production. Avez-vous déjà eu un retour similaire ?",  # realtext39
        "Moi ainsi qu'un ami n'arrivont pas a nous connecter a muffin. Merci de regler ce bug",
        "Since this morning's update the booking app is unusable, nobody can take a booking.",
        "The last release made the dashboard unusable for our support team.",
        "Depuis la mise à jour, le logiciel de paie est carrément inutilisable.",
    ],
)
def test_a_tool_made_unusable_or_a_login_refused_is_urgent(text: str) -> None:
    answer = rules(text, at=AT)
    assert answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "The old meeting room was unusable last winter, glad it's sorted now.",
        "Le parking était inutilisable pendant les travaux l'an dernier, c'est réglé.",
    ],
)
def test_an_unusable_thing_in_the_past_is_not_urgent(text: str) -> None:
    answer = rules(text, at=AT)
    assert answer["urgency"] == "none", answer["reasons"]


# --- newcomer92: deadlines in the passive, a case supposed, work stopped, weather, electrics -----


@pytest.mark.parametrize(
    "text",
    [
        "Notre assureur nous indique que l'attestation décennale ne sera émise que si le "
        "questionnaire est retourné avant demain midi. Pourriez-vous compléter la partie "
        "chiffre d'affaires ?",  # newcomer92
        "Le formulaire est à retourner avant demain midi, sinon le dossier passe au trimestre "
        "suivant.",
        "The grant will only be paid if the claim form is returned before noon tomorrow.",
    ],
)
def test_a_deadline_in_the_passive_is_urgent(text: str) -> None:
    answer = rules(text, at="2026-11-20T10:00:00+01:00")
    assert answer["urgency"] == "urgent", answer["reasons"]


def test_the_senders_own_long_step_today_is_no_deadline() -> None:
    text = (
        "Salut Élodie,\n\nPour le chantier de Hem, peux-tu préparer l'attestation de conformité "
        "pour le Consuel ? Kévin finit la pose la semaine du 16. Je t'envoie le schéma "
        "unifilaire et les fiches techniques des micro-onduleurs dans la journée.\n\nMerci !"
    )  # newcomer92
    answer = rules(text, at="2026-11-05T09:00:00+01:00")
    assert answer["urgency"] == "none", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Une question que l'on me pose souvent : si l'onduleur commun tombait en panne en plein "
        "hiver, qui prendrait en charge la réparation ?",  # newcomer92
        "Et si la borne venait à tomber en panne un week-end, qui viendrait ?",
    ],
)
def test_a_breakdown_supposed_in_the_past_tense_is_not_urgent(text: str) -> None:
    assert rules(text, at=AT)["urgency"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Elodie, Seb. Inspection du travail sur le chantier de Castelnau, ils ont vu un "
        "gars sans harnais sur le toit. Ils parlent d'arret de chantier. Tu peux m'appeler?",
        "The labour inspector is on the job now and they're talking about shutting the site down.",
    ],
)
def test_work_stopped_by_an_inspector_is_urgent(text: str) -> None:
    answer = rules(text, channel="sms", at=AT)
    assert answer["urgency"] == "urgent", answer["reasons"]


def test_a_planned_site_shutdown_is_not_urgent() -> None:
    answer = rules("Rappel : arrêt de chantier pour les congés du 20 décembre au 4 janvier.", at=AT)
    assert answer["urgency"] == "none", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Elodie on est a Hem, toiture decouverte sur 2 rangs, la pluie arrive vers 11h d'apres "
        "meteo france et la bache qu'on a est trop courte. Le client a son parquet juste en "
        "dessous.",  # newcomer92
        "Storm forecast for this afternoon and the roof at Nairn is still stripped, we've no "
        "sheeting left.",
        "No rush but the customer in Glanmire says theres a hum off the DC isolator and its warm "
        "to touch. Told her not to go near it.",  # newcomer92
        "Le client dit que l'onduleur chauffe et sent le brûlé depuis ce matin.",
    ],
)
def test_weather_onto_an_open_roof_or_electrics_heating_is_urgent(text: str) -> None:
    answer = rules(text, channel="sms", at=AT)
    assert answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "The new inverter is warm to the touch when it's working hard in summer, the manual says "
        "that's normal.",
        "Rain is forecast all week, we'll start the roof when it clears.",
    ],
)
def test_weather_without_an_open_roof_or_normal_warmth_is_not_urgent(text: str) -> None:
    assert rules(text, at=AT)["urgency"] == "none"


# --- newcomer93: an injury said by the joint or by what it does, asked into a call with questions -


@pytest.mark.parametrize(
    "text",
    [
        "hey Sam it's Owen uh so Camille just rolled her ankle in the run-through landing the "
        "jump it's swelling pretty fast we're icing it and she's heading to the clinic",
        "Le bassiste s'est pris le pied dans un câble pendant les balances, il boite, il veut "
        "jouer quand même. Concert à 22h.",  # newcomer93
        "one of our dancers twisted her knee in rehearsal, she can't put weight on it",
        "elle s'est fait mal au dos en montant le décor, elle ne peut plus marcher",
    ],
)
def test_an_injury_told_by_the_joint_or_what_it_does_is_urgent(text: str) -> None:
    answer = rules(text, channel="voicemail", at=AT)
    assert answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Camille rolled her ankle last month, she's fully recovered and back in the show.",
        "J'ai pris la main sur le dossier des visas, tout avance.",
        "Il s'est pris la tête avec le régisseur hier, rien de grave.",
    ],
)
def test_an_old_injury_or_an_idiom_is_not_urgent(text: str) -> None:
    assert rules(text, at=AT)["urgency"] == "none"


def test_asked_into_a_call_now_for_questions_only_you_can_answer_is_urgent() -> None:
    answer = rules(
        "Sam we're on the advance call with Laure and the Marseille crew right now can you jump "
        "on the link's in the calendar invite they've questions on the stage plot that only "
        "you can answer",
        channel="voicemail",
        at=AT,
    )  # newcomer93
    assert answer["urgency"] == "urgent" and answer["intent"] == "scheduling", answer


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "juste pour te dire les billets d'avion de Camille sont émis même vol que nous "
            "autres pis son nom est bien écrit cette fois-ci",
            AT,
        ),  # newcomer93: a flight, not a theft
        (
            "Could we push it to Friday same time? Thursday afternoon the studio's booked for "
            "the Fringe auditions, totally forgot.",
            "2026-11-19T08:40:00-05:00",
        ),  # newcomer93: the day a meeting moves to
        (
            "right Sam it's Gaz again third time I've tried you today it's about the seating "
            "plan for Toronto which isn't till December anyway ring us back when you can",
            AT,
        ),  # newcomer93: Gaz is who calls
    ],
)
def test_a_flight_a_meeting_moved_or_a_callers_name_is_no_urgency(text: str, at: str) -> None:
    answer = rules(text, channel="voicemail", at=at)
    assert answer["urgency"] == "none", answer["reasons"]


def test_a_theft_is_still_urgent() -> None:
    answer = rules("Vol de matériel cette nuit sur le chantier, les câbles ont disparu.", at=AT)
    assert answer["urgency"] == "urgent", answer["reasons"]


# --- work asked of someone else to reach, or someone to find, is a request -----------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("sms", "Sam le chauffeur est toujours pas là, il devait être à l'atelier à 7h. Tu sais "
         "les appeler?"),  # newcomer93, Belgian « savoir »
        ("voicemail", "Sam c'est Kevin la halle nous sort une facture d'heures sup c'était pas "
         "dans le contrat je pense tu sais voir avec Laure ou Nathalie"),  # newcomer93
        ("voicemail", "le courtier m'informe qu'il lui manque la liste des interprètes mise à "
         "jour pourriez-vous la lui transmettre aujourd'hui je vous remercie"),  # newcomer93
        ("email", "The coach company has just rung: the driver for tomorrow is off sick. Can you "
         "see whether your usual firm has anyone as a back-up?"),  # newcomer93
        ("voicemail", "the harpsichord hinge has snapped can you ring round and see if anyone's "
         "got one we can borrow"),  # newcomer93
    ],
)  # fmt: skip
def test_someone_to_reach_or_to_find_is_a_request(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["intent"] == "request", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Could you check whether the invoice was paid?",
        "Is the server back up?",
        "Tu sais si le devis est parti ?",
    ],
)
def test_whether_work_is_done_stays_a_status_check(text: str) -> None:
    assert rules(text, at=AT)["intent"] == "status_check"


# --- trial49: someone who fainted; what to tell them; the sender's two courses ------------------


def test_a_child_who_fainted_and_what_to_tell_the_parents_is_an_urgent_request() -> None:
    answer = rules(
        "one of the kids fainted at the workshop and the parents are asking about our "
        "insurance, I need to know what to tell them right now",
        channel="voicemail",
    )  # trial49 §6
    assert answer["urgency"] == "urgent" and answer["intent"] == "request", answer


def test_a_faint_last_year_is_not_urgent() -> None:
    answer = rules("Last year a volunteer fainted during the gala, so we'd like a first-aider.")
    assert answer["urgency"] == "none", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "She's on the matinee tomorrow at 2. Do we get the understudy ready or wait til the "
        "morning?",  # newcomer93
        "On envoie le dossier lundi ou on attend la réponse de la DRAC ?",
    ],
)
def test_the_senders_two_courses_are_a_decision_asked(text: str) -> None:
    answer = rules(text, channel="sms", at=AT)
    assert answer["intent"] == "request", answer["reasons"]


def test_a_state_asked_with_or_is_still_no_choice() -> None:
    assert rules("Is the contract ready yet or should I chase them?", at=AT)["intent"] != "request"


# --- answered-by: a relative of the update's addressee; when a planned visit comes ---------------

WELD = sent_update(
    "upd-weld",
    "jl.massart@moulin.example",
    "Grille de la prise d'eau – soudure",
    "Bonjour Jean-Luc,\n\nLe soudeur passera jeudi 19 novembre à 14 h pour la grille de la prise "
    "d'eau. Il faudra arrêter la turbine une heure avant.\n\nÉlodie",
    "2026-11-10T10:00:00+01:00",
)


def test_a_relatives_check_is_answered_by_the_update_to_whom_they_name() -> None:
    """newcomer92: « le fils de Jean-Luc » asks when the welder comes; the update went to
    Jean-Luc: the son's phone is no address, his words say whose matter it is."""
    text = (
        "bonjour madame c'est arnaud massart le fils de jean-luc au moulin euh c'était pour "
        "savoir quand le soudeur vient pour la grille parce que mon père est à l'hôpital pour "
        "son genou cette semaine et c'est moi qui dois arrêter la turbine voilà merci"
    )
    got = linked_update(
        text, "+32 475 12 34 56", [WELD], at="2026-11-14T10:00:00+01:00", channel="voicemail"
    )
    assert got == "upd-weld"


def test_a_planned_stay_in_hospital_is_not_urgent_but_an_admission_is() -> None:
    planned = rules("mon père est à l'hôpital pour son genou cette semaine", channel="sms", at=AT)
    assert planned["urgency"] == "none", planned["reasons"]
    rushed = rules("mon père est à l'hôpital, il est tombé du toit ce matin", channel="sms", at=AT)
    assert rushed["urgency"] == "urgent", rushed["reasons"]


def test_the_formal_courtesy_of_a_request_keeps_the_request() -> None:
    answer = rules(
        "Je vous serais reconnaissante de bien vouloir me faire parvenir le devis signé.", at=AT
    )
    assert answer["intent"] == "request" and not answer["content_free"], answer


# --- newcomer92: intents said other ways; French « dont » is no "don't" -------------------------


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "The board would be pleased if you could attend the board meeting on Wednesday 9 "
            "December at 7.30pm. Please let me know if that suits.",
            "scheduling",
        ),
        (
            "the SSEN lads were saying there might be a problem with our protection settings if "
            "they upgrade the line next year so could you maybe look into that when you've time",
            "request",
        ),
        (
            "Alors l'intervention d'hier à Carouge, c'est bon, elles rechargent à nouveau ? J'ai "
            "pas eu de retour du technicien",
            "status_check",
        ),
        (
            "Charger 4 at Mahon sparking at the connector. Taped off the bay. Who do we call for "
            "the warranty guy on a Saturday?",
            "request",
        ),
        (
            "l'arreté pour l'echafaudage finit ce soir 18h et on aura pas fini. Qui fait la "
            "demande de prolongation, toi ou Regis?",
            "request",
        ),
        (
            "Au nom du conseil syndical, je tiens à vous remercier pour la réactivité dont vous "
            "avez fait preuve la semaine dernière. Le plafond sèche.",
            "info",
        ),
    ],
)
def test_newcomer92_intents(text: str, intent: str) -> None:
    answer = rules(text, channel="sms", at=AT)
    assert answer["intent"] == intent, answer["reasons"]


def test_french_dont_is_read_as_french_and_english_dont_as_dont() -> None:
    from boundaries.triage.text import normalise

    assert " dont vous avez " in normalise("la réactivité dont vous avez fait preuve")
    assert " dont trois " in normalise("douze dossiers dont trois urgents")
    assert " don't know " in normalise("I dont know")


@pytest.mark.parametrize(
    "text",
    [
        "Je me permets de revenir vers vous au sujet de la déclaration SACD. Pourriez-vous "
        "m'indiquer si celle-ci a pu être introduite ?",  # newcomer93
        "do i need to do the prs setlists for the uk gigs or is that sorted? dont want to miss "
        "it again like last year",  # newcomer93
        "alright Sam it's Gaz quick one have we heard owt back about whether the players need "
        "work permits for Toronto",  # newcomer93
    ],
)
def test_newcomer93_status_asked_other_ways(text: str) -> None:
    assert rules(text, channel="sms", at=AT)["intent"] == "status_check"


def test_tell_me_whether_i_may_is_still_a_request() -> None:
    answer = rules("Pourriez-vous m'indiquer si je peux signer le contrat de cession ?", at=AT)
    assert answer["intent"] == "request", answer["reasons"]


# --- newcomer94 (scored blind first): heating off for days said aloud, customers stopped at the
# gates by a thing wrongly dated last year; held-out sets: a panel above the entrance, a
# sign-off asked on FaceTime now, a security hole into others' accounts ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Margaux dsl de te deranger, le chauffage marche pas dans le logement staff du Grand Bec "
        "depuis 2 jours, on dort avec nos doudounes. Il fait -12 la nuit",
        "le terminal nous sort des forfaits avec une date de validité de l'an dernier les "
        "clients passent pas les portiques y en a déjà une quinzaine qui sont revenus furieux",
        "A resident has just told me that one of the panels on the south roof appears to have "
        "slipped and is now resting on the gutter, directly above the main entrance.",
        "on the stage w laure's crew, can u hop on facetime now re the truss over the stage, "
        "they want a sign off before doors",
        "j'ai découvert une faille de sécurité majeure permettant de se connecter aux comptes "
        "d'autres utilisateurs.",
    ],
)
def test_held_out_kinds_are_urgent(text: str) -> None:
    answer = rules(text, channel="sms", at=AT)
    assert answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Le chauffage marche pas très bien depuis qu'on a changé le thermostat, tu peux "
        "regarder la semaine prochaine ?",
        "Last year the gates at the car park stopped people getting through for a day.",
    ],
)
def test_a_mild_fault_or_an_old_one_is_not_urgent(text: str) -> None:
    assert rules(text, channel="sms", at=AT)["urgency"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Margaux jsuis dispo pour le call contrat demain 10h si ça te va, sinon apres 14h. Lucas",
        "Pool guy can come Thursday 10am about the chlorine probe, can you be on video? "
        "Otherwise Friday same time.",
        "Are we still on for 2pm today or should we push to tomorrow? Kayla's stuck in Vancouver",
    ],
)
def test_another_time_offered_or_a_meeting_moved_is_no_deadline(text: str) -> None:
    """newcomer94: « sinon » and "otherwise" before another time offer it, they threaten
    nothing; the day a meeting holds or moves to is the meeting's."""
    answer = rules(text, channel="sms", at="2026-11-25T09:00:00+01:00")
    assert answer["urgency"] != "urgent", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Le dossier doit partir ce soir, sinon on perd la subvention.",
        "Please sign the form today, otherwise the bank cancels the loan offer.",
    ],
)
def test_a_threat_after_otherwise_is_still_a_stake(text: str) -> None:
    answer = rules(text, at="2026-11-25T09:00:00+01:00")
    assert answer["urgency"] == "urgent", answer["reasons"]
