"""Kinds found in session 40 on the blind sets newcomer78 (e-commerce operations) and
newcomer79 (manufacturing quality), and the content-free call-backs left from newcomer76,
each in words of our own.

Urgency: money held by a payment provider as its client tells it ("all payouts are again on
hold", "the money is blocked", « 2 000 € bloqués »); a wrong price said in words or at nothing
(« à douze euros au lieu de mille deux cents », « tous les articles sont à zéro euro »); a shop
suspended in the active voice or every listing gone from sight; bookings taken beyond the
stock; a customer file seen by other customers told at length. Not urgent: someone ill as the
reason to move tomorrow's call; « et sinon » opening another matter; « tout est remboursé »;
« bonne fin de journée »; a firefighters' trainer; "right now" of something else than a meeting.

Intent: a question asked aloud in a transcript without a question mark (« est-ce que tu peux
… », « est-ce qu'on … ou est-ce qu'on … », « je sais pas si … », "do we have to …"), a
question in brackets beside a call-back, a status asked aloud (« y'en est où », « elle est
partie ou pas », « si vous aviez pu faire … », "how the … is going"); « on décale demain ».

Content-free: asking to be tried on another line, "do you have five minutes for a quick
call?", a formal « auriez-vous l'obligeance de me rappeler », a subject that names only a
telephone.

Answered-by: tags of capitals and digits tell items apart ("REC-2640" is not "REC-2611"); an
earlier update does not answer what a later one left open; a future of avoir or être (« on
les aura quand ? ») and "nothing" are no topic words; someone writing again is pressing, not
news; a trouble asked as the other branch of a question ("back, or still blocked?") is not
told back; a deadline the step was done before is no step announced; the sender's not
knowing what to say is no twist; "the fifth chargeback" is another one.

From a newcomer's trial (trial42): a grave harm (flooded premises, a formal notice due
tomorrow, accounts frozen) is not made to wait by the sender's manner ("pas de panique",
"rien d'urgent"), a small one still is; an unscheduled group call now is not urgent; words
of the exchange (« jeter un oeil », "what time") are no topic; « je voulais juste faire le
point » is content-free; an update does not answer another matter raised beside; a caller
who pressed 1 gets no deferral reply nor agenda line in the replay and the report, as live.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from tests.answered_support import linked_update, sent_update
from tests.conftest import EXAMPLES
from tests.replay_support import simulated_mail
from tests.triage_support import rules, triage

AT = "2026-12-03T10:00:00+01:00"


# --- content-free ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hi it's dan could you try me on the mobile instead thanks",
        "bonjour c'est dan essayez plutôt sur mon portable merci",
        "salut c'est dan tu peux essayer de me joindre sur le portable plutôt merci",
    ],
)
def test_another_line_asked_for_is_content_free(text: str) -> None:
    answer = triage(text, "voicemail", at=AT)
    assert answer["content_free"], answer["reasons"]
    assert answer["intent"] == "unknown"


def test_another_line_beside_a_matter_is_its_call() -> None:
    answer = triage(
        "bonjour c'est dan de la pharmacie le serveur des ordonnances est planté essayez de "
        "me joindre sur le portable",
        "voicemail",
        at=AT,
    )
    assert not answer["content_free"]
    assert answer["intent"] == "scheduling"
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Hello Sam,\n\nHave you got ten minutes for a quick call this week?\n\nRuth", ""),
        ("t'as deux minutes pour un appel ?", ""),
        (
            "Madame,\n\nAuriez-vous l'obligeance de me rappeler au 04 72 00 11 22 ?\n\nBien "
            "cordialement,\n\nJ. Perrin",
            "Appel",
        ),
        ("Bonjour,\n\nPouvez-vous me rappeler sur mon gsm ?\n\nMerci.", "Téléphone"),
    ],
)
def test_a_call_asked_for_in_other_words_is_content_free(text: str, subject: str) -> None:
    answer = triage(text, "sms" if not subject and "\n" not in text else "email", AT, subject)
    assert answer["content_free"], answer["reasons"]


def test_a_short_call_at_a_time_is_still_scheduling() -> None:
    answer = triage("Have you got ten minutes for a quick call at 4?", "sms", at=AT)
    assert answer["intent"] == "scheduling"
    assert not answer["content_free"]


def test_a_farewell_wish_is_no_deadline() -> None:
    answer = rules("Bonjour, le devis est-il prêt ?\n\nMerci et bonne fin de journée.", at=AT)
    assert not answer["urgent"], answer["reasons"]


# --- urgency ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi, since last night all our payouts are again on hold and 4.100 euro is stuck. "
        "Where are we with this?",
        "hi it's meg from the bakery um the money is blocked at the payment company call me",
        "on a 2 300 euros bloqués chez le prestataire de paiement depuis hier",
    ],
)
def test_money_held_as_the_client_tells_it_is_urgent(text: str) -> None:
    answer = rules(text, "sms", at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "le site affiche les lampes à quinze euros au lieu de cent cinquante, on en a déjà vendu "
        "huit",
        "the shop is charging two hundred forty dollars instead of twenty for the mug, twelve "
        "orders so far",
        "depuis la mise à jour tous les articles sont à zéro euro sur la boutique, deux "
        "commandes passées",
    ],
)
def test_a_wrong_price_in_words_or_at_nothing_is_urgent(text: str) -> None:
    answer = rules(text, "voicemail", at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "on passe la livraison à zéro euro pour les fêtes, ça te va ?",
        "we are at 0 euros of sales today on the shop, a quiet day",
        "we got two chairs instead of three for the stand, no matter",
    ],
)
def test_a_price_given_away_or_counted_is_not_urgent(text: str) -> None:
    answer = rules(text, "sms", at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "The marketplace suspended our shop this morning, nothing shows any more.",
        "Bonjour, plus aucune annonce visible sur la plateforme depuis cette nuit.",
        "We've suspended your store following a report. Your listings are no longer visible.",
    ],
)
def test_a_shop_taken_off_its_platform_is_urgent(text: str) -> None:
    answer = rules(text, "email", at=AT)
    assert answer["urgent"], answer["reasons"]


def test_a_shop_suspended_long_ago_is_not_urgent() -> None:
    answer = rules("They suspended my shop last year for a week, nothing since.", "sms", at=AT)
    assert not answer["urgent"], answer["reasons"]


def test_bookings_taken_beyond_the_stock_are_urgent() -> None:
    answer = rules(
        "le site de location prend des réservations sur des dates où on a plus de vélos, on a "
        "déjà des surréservations pour samedi",
        "voicemail",
        at=AT,
    )
    assert answer["urgent"], answer["reasons"]


def test_a_customer_file_sent_to_other_customers_told_at_length_is_urgent() -> None:
    answer = rules(
        "un client m'appelle il a reçu en pièce jointe d'une newsletter un tableau avec les "
        "noms et les adresses mail de beaucoup d'autres clients, qu'est-ce qu'on fait",
        "voicemail",
        at=AT,
    )
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Could we push our call of tomorrow 9am to Friday? Both kids are sick.",
        "On décale demain à jeudi ? Je suis malade.",
    ],
)
def test_someone_ill_moving_tomorrows_call_is_not_urgent(text: str) -> None:
    answer = rules(text, "sms", at=AT)
    assert not answer["urgent"], answer["reasons"]
    assert answer["intent"] == "scheduling"


def test_someone_ill_with_work_due_tomorrow_stays_urgent() -> None:
    answer = rules(
        "la comptable est malade et la déclaration doit partir demain, tu peux t'en charger ?",
        "sms",
        at=AT,
    )
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "bonjour c'est léa le code promo fonctionne depuis ce matin voilà et sinon on a déjà "
        "deux cents commandes c'est super bonne journée",
        "Bonsoir, tout est remboursé et le mail d'excuse est parti. Tu peux m'écrire une "
        "petite analyse de ce double prélèvement d'ici la semaine prochaine ?",
        "coucou c'est lucie on peut décaler la formation de lundi le formateur des pompiers "
        "n'est pas dispo",
    ],
)
def test_calm_news_with_alarming_words_is_not_urgent(text: str) -> None:
    answer = rules(text, "voicemail", at=AT)
    assert not answer["urgent"], answer["reasons"]


def test_a_threat_after_sinon_stays_urgent() -> None:
    answer = rules("il faut régler la facture aujourd'hui sinon ils coupent le site", "sms", AT)
    assert answer["urgent"], answer["reasons"]


def test_right_now_of_something_else_is_no_meeting() -> None:
    answer = rules(
        "We found a display bug in the app this morning; two users have it at home right now. "
        "Do we have to notify the regulator?",
        at=AT,
    )
    assert not any("meeting" in r for r in answer["reasons"]), answer["reasons"]
    assert answer["intent"] == "request"


# --- intent -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "salut c'est marc euh sophie est malade est-ce que tu peux animer la formation demain "
        "matin à sa place rappelle-moi",
        "bonsoir c'est le chef d'équipe la cuve monte en température est-ce qu'on la vide ou "
        "est-ce qu'on attend le technicien rappelez-moi",
        "oui c'est paul on a trois palettes douteuses je sais pas si on les expédie ou pas "
        "rappelle-moi",
        "hi it's tom the client wants the test certificates today do you have the latest ones "
        "call me back",
    ],
)
def test_a_question_asked_aloud_is_a_request(text: str) -> None:
    answer = rules(text, "voicemail", at=AT)
    assert answer["intent"] == "request", answer["reasons"]


def test_a_question_in_brackets_beside_a_call_back_is_a_request() -> None:
    answer = rules(
        "Bonjour,\n\nLe lot 12 est parti hier avec une étiquette fausse. Je pense qu'il faut le "
        "rappeler, mais je veux être sûr de la marche à suivre (prévenir la DGCCRF ?). Peux-tu "
        "m'appeler ce matin ?\n\nLuc",
        at=AT,
    )
    assert answer["intent"] == "request", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "oui allô c'est jean chez dubé faque la nouvelle imprimante y'en est où rappelle-moi",
        "salut c'est rémi le dossier de garantie il est parti chez le fabricant ou pas "
        "rappelle-moi",
        "bonjour c'est anne je voulais savoir si vous aviez pu relire le contrat merci",
        "Could you tell me how the move of the stock to the new warehouse is going?",
        "bonjour c'est loïc nos achats me demandent si c'est bon pour commander je sais plus "
        "où on en est rappelez-moi",
    ],
)
def test_a_status_asked_aloud_is_a_status_check(text: str) -> None:
    answer = rules(text, "voicemail" if "?" not in text else "email", at=AT)
    assert answer["intent"] == "status_check", answer["reasons"]


def test_a_day_moved_is_scheduling() -> None:
    answer = rules("On décale demain à 15h ?", "sms", at=AT)
    assert answer["intent"] == "scheduling", answer["reasons"]


# --- answered-by --------------------------------------------------------------------------

CLAIM = sent_update(
    "u1",
    "qualite@cartonnages.example",
    "Réclamation REC-3101 – odeur",
    "Bonjour,\n\nLes analyses sur la réclamation REC-3101 sont conformes ; la cause est un "
    "séchage trop court.\n\nKarim",
    "2026-11-20T10:00:00+01:00",
)


def test_another_tag_is_another_item() -> None:
    text = "Bonjour, où en est l'analyse de la réclamation REC-3155 transmise lundi ?"
    assert linked_update(text, "dg@cartonnages.example", [CLAIM], at=AT) is None
    same = "Bonjour, où en est l'analyse de la réclamation REC-3101 ?"
    assert linked_update(same, "dg@cartonnages.example", [CLAIM], at=AT) == "u1"


def test_an_earlier_update_does_not_answer_what_a_later_one_left_open() -> None:
    first = sent_update(
        "u1",
        "lea@imprimerie.example",
        "Encre E-20 – conformité",
        "Bonjour Léa,\n\nÉchantillons de l'encre E-20 partis au labo ; résultats attendus en "
        "fin de mois pour le client fromager.\n\nKarim",
        "2026-11-02T10:00:00+01:00",
    )
    later = sent_update(
        "u2",
        "lea@imprimerie.example",
        "Encre E-20 – résultats",
        "Bonjour Léa,\n\nRésultats du labo : tout est conforme, sauf le plomb, encore en "
        "attente : le labo refait l'essai.\n\nKarim",
        "2026-11-25T10:00:00+01:00",
    )
    text = (
        "salut karim c'est léa pour l'encre e-20 le nouvel essai sur le plomb c'est pour quand "
        "les résultats parce que le client fromager s'impatiente"
    )
    found = linked_update(text, "+33 6 00 00 00 01", [first, later], AT, "voicemail")
    assert found is None


SHOP = sent_update(
    "u1",
    "nadia@atelier.example",
    "Litige – commode Louise",
    "Bonjour Nadia,\n\nJ'ai répondu au litige de la cliente sur la commode Louise avec les "
    "photos et le bon du transporteur. La plateforme répond sous 7 jours.\n\nAurélie",
    "2026-11-20T10:00:00+01:00",
)


def test_nothing_heard_is_no_topic_word() -> None:
    text = "Toujours rien de la plateforme… c'est normal ? Tu as eu une réponse pour le colis ?"
    assert linked_update(text, "nadia@atelier.example", [SHOP], at=AT) is None


def test_someone_writing_again_is_pressing_not_news() -> None:
    text = (
        "Et le litige de la commode ? La plateforme a dit quoi ? La cliente m'a encore écrit ce "
        "matin."
    )
    assert linked_update(text, "nadia@atelier.example", [SHOP], at=AT) == "u1"


def test_a_trouble_asked_as_the_other_branch_is_not_told_back() -> None:
    update = sent_update(
        "u1",
        "tom@velos.example",
        "Flux marketplace – erreurs corrigées",
        "Salut Tom,\n\nLes erreurs du flux marketplace sont corrigées : 900 annonces de pneus "
        "réactivées ce midi.\n\nAurélie",
        "2026-11-18T16:00:00+01:00",
    )
    text = (
        "Bonjour, les annonces de pneus sur la marketplace, elles sont revenues ou c'est encore "
        "bloqué ?"
    )
    assert linked_update(text, "tom@velos.example", [update], at="2026-11-19T08:30:00+01:00") == (
        "u1"
    )


def test_a_deadline_met_is_no_step_announced() -> None:
    update = sent_update(
        "u1",
        "priya@tea.example",
        "Disputes – responses submitted",
        "Hi Priya,\n\nAll three card disputes were answered this morning, two days before the "
        "26 November deadline, with tracking and proof of delivery.\n\nA.",
        "2026-11-24T09:50:00+00:00",
    )
    text = (
        "Hi, with all the chaos I lost track: did the dispute responses go in before the deadline?"
    )
    assert linked_update(text, "priya@tea.example", [update], at="2026-12-01T09:30:00+00:00") == (
        "u1"
    )


def test_not_knowing_what_to_say_is_no_twist() -> None:
    update = sent_update(
        "u1",
        "jenna@box.example",
        "Payment reserve – 60% released",
        "Hi Jenna,\n\nThe payment provider released 60% of the reserve today; the rest is due "
        "on 20 December.\n\nA.",
        "2026-11-24T15:30:00-05:00",
    )
    text = (
        "Hi, where are we with the payment reserve? Max asked me this morning whether the "
        "supplier payments are safe and I didn't know what to tell him."
    )
    found = linked_update(text, "jenna@box.example", [update], at="2026-12-03T10:20:00-05:00")
    assert found == "u1"


# --- a newcomer's trial (trial42) -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "le fisc nous met en demeure, il faut payer avant demain midi, rien d'urgent hein",
        "Les bureaux sont inondés, l'eau monte dans la cave des serveurs. Pas de panique.",
        "cool, pas urgent, juste pour info la banque a gelé tous nos comptes ce matin, on ne "
        "peut plus payer les salaires jeudi",
        "il pleut dans la salle des serveurs depuis ce matin bon rien de grave on en parle lundi",
    ],
)
def test_a_calm_word_does_not_make_a_grave_harm_wait(text: str) -> None:
    answer = rules(text, "voicemail", at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "la photocopieuse est en panne, pas d'urgence, on en parle vendredi",
        "the slider on the home page is gone, no rush at all",
    ],
)
def test_a_calm_word_still_makes_a_small_trouble_wait(text: str) -> None:
    answer = rules(text, "sms", at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Tu peux te joindre à la visio maintenant ? On t'attend.",
        "can you hop on the zoom now? we're all waiting for you",
    ],
)
def test_an_unscheduled_group_call_now_is_not_urgent(text: str) -> None:
    answer = rules(text, "sms", at=AT)
    assert not answer["urgent"], answer["reasons"]
    assert answer["intent"] == "scheduling"


def test_a_group_call_now_with_an_outside_party_asking_stays_urgent() -> None:
    answer = rules(
        "on est en visio avec la banque pour le prêt, ils ont des questions, tu peux nous "
        "rejoindre maintenant ?",
        "sms",
        at=AT,
    )
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("tu peux jeter un oeil au devis ?", "devis"),
        ("tu peux jeter un oeil ?", ""),
        ("what time is our call on Thursday?", ""),
    ],
)
def test_words_of_the_exchange_are_no_topic(text: str, topic: str) -> None:
    assert rules(text, "sms", at=AT)["topic"] == topic


def test_checking_in_the_french_way_is_content_free() -> None:
    answer = rules("salut c'est paul je voulais juste faire le point rappelle-moi", "voicemail")
    assert answer["content_free"], answer["reasons"]
    about = rules("salut c'est paul je voulais faire le point sur le budget rappelle-moi")
    assert not about["content_free"]


def test_an_update_does_not_answer_the_other_matter_raised_beside() -> None:
    update = sent_update(
        "u1",
        "paul@trust.example",
        "Board papers sent",
        "Hi Paul,\n\nThe board papers went out to the trustees this morning.\n\nA.",
        "2026-12-01T10:00:00+00:00",
    )
    text = "Where are we with the board papers, and also we need to talk about the roof repairs."
    assert linked_update(text, "paul@trust.example", [update], at=AT) is None
    alone = "Where are we with the board papers?"
    assert linked_update(alone, "paul@trust.example", [update], at=AT) == "u1"


SAID_AFTER_PRESSING = "hi it's jen about the grant budget figures for the board, call me back"


def pressed_events(folder: Path, pressed: bool) -> Path:
    """Events for `simulate`/`report`: three calls from a client that go to voicemail with
    nothing said, then one that says `SAID_AFTER_PRESSING`, the caller pressing 1 or not."""
    calls = [{"at": f"2026-11-02T{h}:00-05:00", "voicemail": ""} for h in ("09", "10", "11")]
    last = {
        "at": "2026-11-02T14:30:00-05:00",
        "voicemail": SAID_AFTER_PRESSING,
        "would_press_urgent": pressed,
    }
    lines = [
        json.dumps({"type": "call", "from": "+1 212 555 0147", "duration_min": 2, **call})
        for call in [*calls, last]
    ]
    events = folder / "events.jsonl"
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return events


def test_a_replayed_voicemail_after_pressing_1_gets_no_reply_nor_agenda_line(
    tmp_path: Path,
) -> None:
    """trial42 §2: live, a caller who pressed 1 said it was urgent, so their voicemail gets no
    deferral reply and no agenda line (`integrations.mail.heard`); the replay does the same."""
    assert "grant budget" not in simulated_mail(pressed_events(tmp_path, pressed=True))
    listed = "“grant budget figures for the board”"
    assert listed in simulated_mail(pressed_events(tmp_path, pressed=False))


def test_the_report_lists_no_agenda_topic_for_a_call_that_pressed_1(tmp_path: Path) -> None:
    """trial42 §2: the report's agenda was the only view listing a pressed caller's topic."""
    args = ["report", "--config", str(EXAMPLES / "boundaries.toml")]
    events = pressed_events(tmp_path, pressed=True)
    result = CliRunner().invoke(cli, [*args, "--events", str(events), "--json"])
    assert result.exit_code == 0, result.output
    agendas = [topic for c in json.loads(result.output)["clients"] for topic in c["agenda"]]
    assert agendas == []


REFUND = sent_update(
    "u1",
    "ops@shop.example",
    "Mr Lee – refund",
    "Hi,\n\nMr Lee's refund of £120 was approved by the payment provider today; it should "
    "reach his card within five working days.\n\nA.",
    "2026-11-20T10:00:00+00:00",
)


def test_someone_pressing_again_is_no_news_of_the_matter() -> None:
    text = (
        "Hi, where are we with Mr Lee's refund? He rang again this morning and I didn't "
        "know what to tell him."
    )
    assert linked_update(text, "ops@shop.example", [REFUND], at=AT) == "u1"


def test_a_complaint_taken_further_is_news() -> None:
    text = (
        "Hi, where are we with Mr Lee's refund? He rang again this morning and has complained "
        "to the ombudsman that he still hasn't been paid."
    )
    assert linked_update(text, "ops@shop.example", [REFUND], at=AT) is None
