"""What a message asks, however it is put (outside testers newcomer19 M6–M8 and newcomer20
M5–M8; SPEC §5): the consultant's view or a judgement asked politely is a request; time
together asked for (a slot, "at our next call", "when can we look at it", « jaser »,
« voudrait qu'on parle de ») is scheduling; "where things are with" asks a status even when
put as "could you let me know"; news passed on ("thought you'd like to know", « c'est pour
vous dire que ») and a thank-you for help are information."""

from __future__ import annotations

import pytest

from tests.triage_support import triage


@pytest.mark.parametrize(
    ("text", "channel", "intent"),
    [
        # a view, a judgement or new work asked for: request
        (
            "Dear Sam,\n\nI'd be keen to get your take on selling the old minibus.\n\nRuth",
            "email",
            "request",
        ),
        (
            "Hi,\n\nA courier left our back door open overnight. Would that be a breach?\n\nIan",
            "email",
            "request",
        ),
        (
            "Bonjour,\n\nTu saurais me renvoyer la facture de septembre ? Je ne la trouve plus."
            "\n\nNadia",
            "email",
            "request",
        ),
        (
            "Bonjour,\n\nEst-ce qu'on devrait changer les mots de passe après le départ de Luc ?"
            "\n\nPaul",
            "email",
            "request",
        ),
        (
            "Dear Sam,\n\nThe shipment is held at the port. Please do the needful at your end."
            "\n\nRavi",
            "email",
            "request",
        ),
        # time together asked for: scheduling
        (
            "Hi Sam,\n\nWould you have a free slot on Thursday to look over the grant bid?\n\nKate",
            "email",
            "scheduling",
        ),
        (
            "Salut, aurais-tu un petit moment demain pour jaser de la nouvelle imprimante?",
            "sms",
            "scheduling",
        ),
        (
            "Bonjour,\n\nLe trésorier aimerait qu'on discute du budget informatique.\n\nAline",
            "email",
            "scheduling",
        ),
        (
            "Thanks for the invoice! Next thing: the staff rota app, when can we go over it?"
            "\n\nBen",
            "email",
            "scheduling",
        ),
        (
            "Great, cheers. Could we run through the payroll changes during our usual catch-up?"
            "\n\nAmy",
            "email",
            "scheduling",
        ),
        # a status asked politely: status_check
        (
            "Hi Sam,\n\nCould you tell me where things are with the website move? Our launch is "
            "in March.\n\nOla",
            "email",
            "status_check",
        ),
        # news passed on, or thanks: info
        (
            "Hi,\n\nThought you'd want to know the new fibre line went in this morning.\n\nTim",
            "email",
            "info",
        ),
        (
            "Hi Sam,\n\nThe audit went well, nothing flagged. Many thanks for all the help.\n\nJo",
            "email",
            "info",
        ),
    ],
)
def test_intent_follows_what_is_asked_whatever_the_words(
    text: str, channel: str, intent: str
) -> None:
    got = triage(text, channel)
    assert got["intent"] == intent, got["reasons"]
    assert got["content_free"] is False


def test_a_meeting_asked_with_est_ce_qu_on_stays_scheduling() -> None:
    got = triage("Est-ce qu'on peut se voir jeudi pour parler du site ?", "sms")
    assert got["intent"] == "scheduling", got["reasons"]


def test_overdue_payers_are_no_news_of_being_late() -> None:
    got = triage(
        "Merci ! Autre question : est-ce qu'on peut relancer les locataires en retard par SMS ?",
        "email",
    )
    assert got["intent"] == "request", got["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour,\n\nSi on se faisait voler les portables, l'assurance nous couvrirait ?\n\nLéa",
        "Bonjour,\n\nPour plus tard : si la fibre lâchait un samedi, qui on appellerait ?\n\nLéa",
        "Hi,\n\nThe backups failed twice last spring. Can we trial a restore next month?\n\nJon",
    ],
)
def test_what_we_would_do_asked_is_a_request(text: str) -> None:
    got = triage(text, "email")
    assert got["intent"] == "request", got["reasons"]


def test_tu_saurais_passer_is_a_visit_asked() -> None:
    got = triage("tu saurais passer au bureau jeudi ?", "sms")
    assert got["intent"] == "scheduling", got["reasons"]


def test_asked_to_dial_in_however_softened_is_scheduling() -> None:
    got = triage(
        "Hi,\n\nThe landlord's surveyor is with us now about the damp. Any chance you could hop "
        "on the call?\n\nMo",
        "email",
    )
    assert got["intent"] == "scheduling", got["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour,\n\nSi le transporteur faisait faillite, quelles seraient nos options ?\n\nAwa",
        "Hi,\n\nIf a laptop got stolen, would the insurance really cover us?\n\nGreg",
    ],
)
def test_a_what_if_question_asks_for_an_answer(text: str) -> None:
    got = triage(text, "email")
    assert got["intent"] == "request", got["reasons"]


def test_thought_you_should_know_said_last_keeps_the_topic_on_the_news() -> None:
    got = triage(
        "hi it's Niamh I've locked myself out of the booking laptop it's grand I'll wait "
        "it out just thought you should know in case bye",
        "voicemail",
    )
    assert got["topic"] == "booking laptop", got["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Ma carte de bus est périmée, on fait la réunion en visio demain matin ?",
        "Le parking est fermé, on fait le point chez toi jeudi ?",
    ],
)
def test_a_present_verb_after_a_new_subject_is_no_question_whether_work_is_done(
    text: str,
) -> None:
    """« … est périmée, on fait la réunion … ? »: the comma is lost in reading, and "fait"
    after "on" is a verb asking to meet, not a participle asking whether work is done."""
    got = triage(text, "sms")
    assert got["intent"] == "scheduling", got["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # newcomer30, in words of our own: work asked as a question with any verb, a pronoun
        # or two before it, over a status word said in passing
        "Bonjour, la banque n'a toujours pas reçu le mandat. Tu peux le leur renvoyer ce matin ?",
        "La préfecture a avancé le rendez-vous à demain 9h. Vous pouvez nous déposer le dossier "
        "ce soir ?",
        "Le camion est à la fourrière. Tu peux faire le paiement en ligne ?",
        "Madame, nous vous saurions gré de nous faire savoir si vous seriez disposée à présider "
        "notre assemblée du 23 janvier.",
        # newcomer30 mx-17, fe-06, so-07: the same asked the other way round, what must be
        # done said to the consultant, and a need opening a sentence after the news
        "Merci pour le devis. La mutuelle a rejeté tous nos dossiers ce matin, code adhérent "
        "faux. Pouvez-vous vous en charger ?",
        "La grue est en panne, le chef refuse de commencer sans. Faut voir avec le loueur avant "
        "midi.",
        "Le virement des salaires est bloqué. Il faudrait que vous relanciez la banque avant ce "
        "soir.",
        "Burst pipe in the stockroom overnight, half the flour is ruined. Need your help today.",
    ],
)
def test_work_asked_in_french_is_a_request_over_a_status_word(text: str) -> None:
    got = triage(text, "email")
    assert got["intent"] == "request", got["reasons"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Tu peux embarquer sur le Teams là ? On est avec le fournisseur.", "scheduling"),
        ("Vous pouvez me dire où en est la demande de subvention ?", "status_check"),
        ("Vous avez avancé sur le dossier de la mutuelle ?", "status_check"),
        # asked the other way round: a time to meet, someone to go with, what stands
        ("Pourriez-vous nous proposer deux créneaux la semaine du 11 ?", "scheduling"),
        ("Le notaire propose mardi 14h. Pourriez-vous m'accompagner ?", "scheduling"),
    ],
)
def test_joining_a_call_or_asking_where_things_stand_are_not_requests(
    text: str, intent: str
) -> None:
    got = triage(text, "sms")
    assert got["intent"] == intent, got["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # a contact asked for, a decision handed over (newcomer97)
        "Le traiteur vient d'annuler pour ce soir, 120 personnes. T'aurais pas un nom?",
        "Do you have a number for a locksmith? The office door won't lock.",
        "The crate can go on the 4.40 flight or sit overnight in an unheated shed. Your call",
        "On peut garder les caisses ici ou les renvoyer à Lisbonne. À vous de voir.",
    ],
)
def test_a_contact_asked_for_or_a_decision_handed_over_is_a_request(text: str) -> None:
    assert triage(text, "sms")["intent"] == "request"


@pytest.mark.parametrize(
    "text",
    [
        # whom to warn, where to put things, advice, leave for a step, a choice of one's own
        # two steps beside a status word (newcomer95, newcomer96, newcomer97)
        "Une éduc a la varicelle, elle a bossé toute la semaine avec les bébés. Je préviens "
        "qui, la PMI, les parents ?",
        "Le fonds local a pris l'eau, une trentaine de volumes trempés. On les met où en "
        "attendant ?",
        "The pallets came off the lorry soaked. Where do we put them for now?",
        "Our fees policy only says siblings in full-time education. What would you advise?",
        "Owner's not picking up. Ok for us to authorise the diver in the morning?",
        "le virement est toujours pas rentré est-ce que je laisse partir la toile ou je bloque "
        "tout rappelle-moi",
    ],
)
def test_what_to_do_asked_after_the_news_is_a_request(text: str) -> None:
    got = triage(text, "sms")
    assert got["intent"] == "request", got["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # what to prepare, whether the law allows it, someone to stand in (newcomer95-97)
        "la DREETS vient d'appeler ils font un contrôle sur place demain il faut préparer quoi "
        "exactement",
        "un docker s'est pris la main dans le treuil Maïwenn est en route elle demande ce qu'il "
        "faut faire pour la déclaration",
        "Riaan wants to mail everyone who ever bought from us, are we allowed to do that under "
        "POPIA or must we ask them first",
        "Kévin est malade ce matin et il faut un accompagnateur pour l'examen. Tu connais qq1 "
        "dispo ?",
        "Le terminal a débité la cliente deux fois. Comment je fais le remboursement ?",
        "Le contrôleur veut voir le registre des entrées. Je lui donne quoi ?",
        # newcomer99: a choice of one's own next step, what to hand over, a copy, help asked
        "Le transitaire dit qu'il manque le certificat d'analyse. T'as ça ou je demande au labo ?",
        "Three diners were sick after the oysters. What we need to give the SFA today?",
        "The inspector wants the HACCP plan. Have you got a copy you can send now?",
        "Can help check our Singapore pricing? I need the landed cost for the boxes.",
    ],
)
def test_what_to_prepare_or_whether_it_is_allowed_is_a_request(text: str) -> None:
    got = triage(text, "voicemail")
    assert got["intent"] == "request", got["reasons"]


def test_offering_help_is_no_request_for_it() -> None:
    # realtext33: "is there maybe any way we can help?" from a customer waiting on a fix
    got = triage(
        "It's now Tuesday and there is no update. Any news on the fix? Is there any way we can "
        "help?",
        "email",
    )
    assert got["intent"] == "status_check", got["reasons"]
