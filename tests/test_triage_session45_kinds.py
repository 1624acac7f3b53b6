"""Kinds found in session 45, each in words of our own or as the reproduction gave it.

From two blind sets (an event producer's clients, a care-home consultant's) and a
newcomer's trial: a question asked aloud before "call me" is a request; a call-back with
only where to reach the caller, a goodbye in dialect, a wish to talk or a firm's name in the
signature is content-free; a harm recalled, handled by the consultant, supposed, or a drill's
is no harm now; someone missing found unhurt is over, someone found on the floor is not;
access details given to a message that asked for them are urgent; the consultant's own words
quoted back and a "bug" that bothers are not; topics without a time word, a signature, a
linking word or the product's own subject.
"""

from __future__ import annotations

import pytest

from tests.triage_support import rules, triage

AT = "2026-12-01T10:00:00+01:00"  # a Tuesday morning


# --- intent: a question asked aloud, then "call me" -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hi greg lee at northstaff um the home wants two nurses tonight and one of ours has a "
        "lapsed dbs check can i send her or not priya's on a train so if you could get back to "
        "me before six",
        "hi it's lee again they want a senior carer tonight and marcia would be on her fourth "
        "night in a row is that allowed with the working time rules i need to tell the home "
        "within the hour so call me",
        "greg c'est séb le logiciel de soins est planté depuis six heures la distribution "
        "commence à huit heures est-ce que tu as le contact direct chez l'éditeur rappelle-moi",
    ],
)
def test_a_question_asked_aloud_before_call_me_is_a_request(text: str) -> None:
    answer = rules(text, channel="voicemail", at=AT)
    assert answer["intent"] == "request", answer["reasons"]


def test_a_call_asked_about_a_matter_told_is_still_scheduling() -> None:
    answer = rules(
        "hi it's jen the grant report went in this morning all fine give me a call about the "
        "board pack when you can",
        channel="voicemail",
        at=AT,
    )
    assert answer["intent"] == "scheduling", answer["reasons"]


# --- content-free ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("voicemail", "oui salut grégoire c'est gwen de la coop à rostrenen euh rappelle-moi "
         "quand t'as deux minutes hein y a rien qui presse allez kenavo"),
        ("voicemail", "bonjour monsieur lemaire thomas schaeffer des foyers du rhin je "
         "souhaiterais m'entretenir avec vous pourriez-vous me rappeler au zéro trois "
         "quatre-vingt-huit euh vous avez le numéro je vous remercie bonne journée"),
        ("email", "Bonjour Grégoire,\n\nPourrais-tu me rappeler quand tu as un moment ? Je suis "
         "au bureau jusqu'à 16h, après sur mon GSM.\n\nBien à toi,\n\nMarc Delvaux\nDirecteur\n"
         "Centre de jour Les Trois Ponts asbl\nRue des Brasseurs 12, 5000 Namur\n"
         "Tél. 081 00 00 00 – GSM 0475 00 00 00"),
    ],
)  # fmt: skip
def test_a_call_back_with_where_to_reach_and_a_goodbye_is_content_free(
    channel: str, text: str
) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["content_free"] and answer["intent"] == "unknown", answer["reasons"]
    assert answer["topic"] == ""


def test_a_wish_to_talk_about_a_matter_is_not_content_free() -> None:
    answer = rules(
        "bonjour c'est thomas je voulais vous parler du budget de la maison d'accueil rappelez-moi",
        channel="voicemail",
        at=AT,
    )
    assert not answer["content_free"], answer["reasons"]


# --- not urgent: over, recalled, supposed, a drill ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chère Aïssatou,\n\nMerci encore pour l'édition 2025. Vous vous souvenez de l'incident "
        "de l'an dernier : la coupure générale pendant la plénière, la salle évacuée dans la "
        "pénombre. Le bureau souhaite un groupe électrogène dédié cette année ; pouvez-vous "
        "demander un devis d'ici avril ?\n\nPr Diallo",
        "Bonjour,\n\nPetite mise au point : tu te souviens du plafond qui coulait dans la salle 2 "
        "en plein panel, les invités évacués vers le hall ? La toiture a été refaite cet hiver. "
        "On peut garder la salle pour les tables rondes.\n\nBonne journée",
        "Dear Aïssatou,\n\nI remain in awe of how calmly you handled the evacuation when the "
        "fire alarm went off in the middle of dinner. Could we look at dates for next June?\n\n"
        "Margaret",
    ],
)
def test_a_harm_recalled_or_handled_by_the_consultant_is_not_urgent(text: str) -> None:
    answer = rules(text, channel="email", at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Heading to Cannes tonight, back on the 25th. Maxime has all the files. Reachable on "
        "WhatsApp if it's on fire",
        "Off to the airport this evening. Ring me only if something's on fire, otherwise email.",
    ],
)
def test_a_fire_only_supposed_is_not_urgent(text: str) -> None:
    answer = rules(text, channel="sms", at=AT)
    assert not answer["urgent"], answer["reasons"]


def test_someone_missing_found_unhurt_and_brought_back_is_over() -> None:
    answer = rules(
        "Mr Dowsett found at 1am at the bus station, cold & tired but unhurt. Police brought him "
        "back. Daughter here now. Notification done, safeguarding told. Dean",
        channel="sms",
        at=AT,
    )
    assert not answer["urgent"], answer["reasons"]


def test_someone_found_on_the_floor_is_not_over() -> None:
    answer = rules(
        "salut grégoire c'est gwen euh sinon madame guillou on l'a retrouvée par terre ce matin à "
        "huit heures quand annie est arrivée elle était froide on attend les pompiers",
        channel="voicemail",
        at=AT,
    )
    assert answer["urgent"], answer["reasons"]


def test_an_exercise_that_plays_an_evacuation_is_not_urgent() -> None:
    answer = rules(
        "Bonjour Monsieur Lemaire,\n\nLa clinique organise le mercredi 25 mars un exercice afflux "
        "massif de blessés avec la protection civile. Nous simulerons l'évacuation partielle de "
        "l'aile de réadaptation, avec alarme et victimes fictives. Accepteriez-vous d'y "
        "participer comme observateur ?\n\nLaurent Chappuis",
        channel="email",
        at=AT,
    )
    assert answer["urgency"] != "urgent", answer["reasons"]


def test_a_procedure_in_force_since_this_morning_is_news_not_trouble() -> None:
    answer = rules(
        "Monsieur,\n\nJe vous informe que la procédure de double contrôle est en vigueur depuis ce "
        "matin dans toute l'aile. Les formations ont eu lieu la semaine dernière.\n\nAvec nos "
        "remerciements,\nLa direction",
        channel="email",
        at=AT,
    )
    assert not answer["urgent"], answer["reasons"]


# --- trial47 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("voicemail", "bonjour c'est la trésorière de l'atelier vélo on a reçu un mail de la "
         "banque qui demande de confirmer vos identifiants je l'ai fait ce matin est ce que "
         "c'est normal"),
        ("sms", "got a text from HMRC asking me to verify my bank details, I clicked and entered "
         "them before I thought. is that bad?"),
    ],
)  # fmt: skip
def test_access_details_given_to_a_message_that_asked_for_them_are_urgent(
    channel: str, text: str
) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["urgency"] == "urgent", answer["reasons"]


def test_a_message_asking_for_details_that_nobody_answered_is_not_urgent() -> None:
    answer = rules(
        "Bonjour, un mail nous demande de mettre à jour nos coordonnées bancaires, je n'ai pas "
        "cliqué, c'est une arnaque ?",
        channel="email",
        at=AT,
    )
    assert not answer["urgent"], answer["reasons"]


def test_the_consultants_own_words_quoted_back_do_not_make_a_question_urgent() -> None:
    answer = rules(
        "Bonjour Claire,\n\nPetite question : le contrat de prestation expire le 31 décembre, "
        "faut-il prévoir un avenant ?\n\nCordialement,\nMarc\n\nLe mar. 1 déc. 2026 à 10:02, "
        "Claire Martin <claire@conseil.example> a écrit :\n> URGENT : la préfecture exige les "
        "statuts signés avant ce soir sinon le dossier est rejeté.",
        channel="email",
        at=AT,
    )
    assert not answer["urgent"] and answer["intent"] == "request", answer["reasons"]


def test_sorry_to_bug_you_is_no_bug() -> None:
    answer = rules(
        "hey its jen lol sry to bug u again r u free 2morrow for a quick chat abt the gala seating",
        channel="sms",
        at=AT,
    )
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("channel", "text", "subject", "topic"),
    [
        ("voicemail", "yeah hi it's jen the payroll thing we talked about last month was a total "
         "disaster but it's all sorted now anyway call me back about the newsletter", "",
         "newsletter"),
        ("email", "We got the grant! No action needed. -- Jen", "Great news!", "grant"),
        ("sms", "Rappel : AG samedi, tu viens ?", "", "AG"),
        ("voicemail", "salut c'est marc j'ai vu ton mail de mardi sur les statuts c'est bon pour "
         "moi merci", "", "statuts"),
        ("voicemail", "bonjour c'est sophie un bénévole s'est blessé à la main mais tout va "
         "bien sinon je vous rappelle pour le planning", "", "planning"),
    ],
)  # fmt: skip
def test_the_topic_names_the_matter(channel: str, text: str, subject: str, topic: str) -> None:
    answer = rules(text, channel=channel, at=AT, subject=subject)
    assert answer["topic"] == topic, (answer["topic"], answer["reasons"])


def test_a_typo_of_urgent_is_not_the_topic() -> None:
    answer = rules("urgnt le site est down depuis ce matin plus aucun don ne passe", "sms", AT)
    assert "urgnt" not in answer["topic"] and answer["urgent"], answer


def test_an_answer_to_the_products_own_reply_takes_nothing_from_its_subject() -> None:
    answer = triage(
        "Parfait, vendredi ça me va.\n\nLe mar. 1 déc. 2026 à 17:00, Claire Martin "
        "<claire@conseil.example> a écrit :\n> Bonjour Marc,\n> Bien reçu vos messages.\n> "
        "Claire",
        channel="email",
        at=AT,
        subject="Re: Bien reçu vos messages : on en parle vendredi 11 décembre",
    )
    assert answer["topic"] == "" and not answer["urgent"], answer


# --- status checks and the update that answers them ------------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("voicemail", "oui grégoire c'est marc le conseil m'a demandé où est-ce qu'on en est avec "
         "le dossier de renouvellement"),
        ("voicemail", "oui bonjour c'est josée madame gagnon me demande où on est rendus dans le "
         "recrutement des préposés"),
        ("voicemail", "hi greg it's lee i've lost your email so where did we land on the "
         "compliance audit"),
        ("email", "Hi Greg,\n\nYou said you'd look at holiday pay for irregular hours. Where have "
         "you got to with that?\n\nPriya"),
        ("voicemail", "hi greg it's lee priya asked me to ask did we ever hear anything back from "
         "the trust about the staff bank contract"),
        ("voicemail", "bonjour c'est béatrice pour le planning des veilles d'avril euh où est-ce "
         "que vous en êtes"),
    ],
)  # fmt: skip
def test_a_status_asked_the_long_way_round_is_a_status_check(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["intent"] == "status_check", answer["reasons"]


def _update(uid: str, to: str, subject: str, text: str, at: str):  # type: ignore[no-untyped-def]
    from tests.answered_support import sent_update

    return sent_update(uid, to, subject, text, at)


def test_a_check_about_what_was_sent_on_a_date_after_the_update_is_not_answered_by_it() -> None:
    """newcomer89: « le rapport d'activité que je t'ai envoyé le cinq février » (a voicemail)
    linked to an update of 26 January that said the report was still to be finished."""
    from tests.answered_support import linked_update

    updates = [
        _update("u1", "marc.delvaux@troisponts.example",
                "Renouvellement de l'agrément AVIQ – état du dossier",
                "Bonjour Marc,\n\nLe dossier de renouvellement de l'agrément est complet, à deux "
                "pièces près :\n- le rapport d'activité 2025, que tu dois encore finaliser ;\n- "
                "le plan de sécurité incendie mis à jour après les travaux.\n\nTout le reste est "
                "relu et rangé. Je propose une remise à l'AVIQ le 27 février, l'échéance étant "
                "au 6 mars.\n\nGrégoire Lemaire", "2026-01-26T11:15:00+01:00"),
    ]  # fmt: skip
    at = "2026-03-05T12:10:00+01:00"
    after = (
        "oui grégoire c'est marc euh est-ce que tu as pu relire le rapport d'activité que je t'ai "
        "envoyé le cinq février parce que le ca le voudrait pour le dix mars et je ne sais pas "
        "si tu l'as regardé ou pas dis-moi où tu en es merci"
    )
    assert linked_update(after, "", updates, at=at, channel="voicemail") is None
    before = "oui grégoire c'est marc euh où en est le renouvellement de l'agrément aviq"
    early = "2026-02-03T09:00:00+01:00"  # before the step the update announced for 27 February
    assert linked_update(before, "", updates, at=early, channel="voicemail") == "u1"


def test_work_asked_as_done_together_is_a_request() -> None:
    answer = rules(
        "Hi Claire, following up on your update of Tuesday about the donor database migration, "
        "thanks, that answers it. Could we also add the volunteer list to the scope? Best, Jen",
        channel="email",
        at=AT,
    )
    assert answer["intent"] == "request", answer["reasons"]


def test_the_day_someone_is_off_sick_is_no_deadline() -> None:
    """newcomer89: "Sharon's off sick today and Mrs Hollis's brother has just phoned asking
    where things are" read as a deadline today."""
    away = rules(
        "Hi Greg,\n\nSharon's off sick today and Mrs Hollis's brother has just phoned asking "
        "where things are. Has the response to the Hollis complaint gone out yet?\n\nDean",
        channel="email",
        at=AT,
    )
    assert not away["urgent"], away["reasons"]
    shift = rules("chef called in sick today and we have 90 covers tonight", "voicemail", AT)
    assert shift["urgent"], shift["reasons"]


def test_goodbye_is_not_all_good() -> None:
    """newcomer88: "… three more for the top table I thought you ought to know that's all
    goodbye" read as "all good", the rest left unread."""
    answer = rules(
        "aïssatou good evening harriet here just to let you know the patron is now coming "
        "tomorrow with two guests so that's three more for the top table that's all goodbye",
        channel="voicemail",
        at=AT,
    )
    assert not any("all good" in r for r in answer["reasons"]), answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "the booking page isnt working since this morning",
        "our website doesnt load since this morning, clients are calling",
    ],
)
def test_a_negation_typed_without_its_apostrophe_is_read(text: str) -> None:
    """realtext38: "the domain isnt loading" (the typo map had only dont and cant)."""
    answer = rules(text, channel="sms", at=AT)
    assert answer["urgent"], answer["reasons"]
