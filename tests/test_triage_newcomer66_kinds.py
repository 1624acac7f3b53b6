"""Newcomer66 and newcomer67's missed urgent messages, as kinds in words of our own: any fluid
escaping (oil, glycol, fuel), not water and gas only; a crew "back on site" is no service back
on, and "as soon as I have it back" is a time to come, not a thing recovered; a firm's name in
two languages above a confidentiality footer is a sign-off, so the footer goes; a piece of
work named with the evening it is for; a time today that a far date only ends; four-digit
clock times and the formal « ce jour »; each person's own marks shown to the others."""

from __future__ import annotations

import pytest

from boundaries.triage.mail import read_mail
from tests.triage_support import rules

WEDNESDAY = "2026-11-04T10:00:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "The caretaker says there's hydraulic fluid dripping from the lift motor onto the "
        "floor of the plant room. What do we do?",
        "Fuite de fioul à la chaufferie, ça part vers le regard. Qui j'appelle ?",
        "De l'huile coule sous le compresseur du groupe froid depuis ce matin.",
        "We've got a coolant leak on the chiller in block C, the tray is nearly full.",
    ],
)
def test_any_fluid_escaping_is_harm_happening_now(text: str):
    answer = rules(text, "sms", at=WEDNESDAY)
    assert answer["urgent"], answer["reasons"]


def test_an_oil_leak_fixed_last_month_is_not_urgent():
    answer = rules(
        "For the file: the oil leak on the compressor was fixed last month, nothing since.",
        "email",
        at=WEDNESDAY,
    )
    assert not answer["urgent"], answer["reasons"]


def test_a_crew_back_on_site_tomorrow_is_no_service_back_on():
    answer = rules(
        "The electrician won't go ahead without your sign-off on the load figures. The crew "
        "is back on site tomorrow at 7 and it's the last slot before the holidays.",
        "email",
        at=WEDNESDAY,
    )
    assert not any("problem is over" in r for r in answer["reasons"]), answer["reasons"]


def test_the_power_back_on_is_still_over():
    answer = rules("Power cut this morning, the power is back on now.", "sms", at=WEDNESDAY)
    assert not answer["urgent"], answer["reasons"]


def test_a_form_sent_back_as_soon_as_signed_is_not_a_thing_recovered():
    answer = rules(
        "The grant portal closes at midnight tonight and the form needs your signature on "
        "page 3. Could you sign it today? I'll upload it as soon as I have it back.",
        "email",
        at=WEDNESDAY,
    )
    assert answer["urgent"], answer["reasons"]


def test_a_bilingual_firm_name_above_a_confidentiality_footer_is_a_sign_off():
    body = (
        "Hi,\n\nThe rebate form has to be in by midnight tonight, can you sign section 2?\n\n"
        "Thanks,\nLouise\n\nCommission scolaire du Littoral / Littoral School Board\n"
        "Ce courriel est confidentiel. / This email is confidential. Si vous l'avez reçu par "
        "erreur, veuillez le détruire. / If received in error, please delete it."
    )
    new = read_mail(body).new
    assert "confidentiel" not in new and "sign section 2" in new, new
    answer = rules(body, "email", at=WEDNESDAY)
    assert answer["intent"] != "status_check", answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi, it's Sam. It's about the trustees' papers for tonight. Call me back when you can.",
        "Bonjour, c'est Anne, c'est pour le diaporama de demain matin, rappelez-moi.",
    ],
)
def test_a_call_back_about_work_for_tonight_or_tomorrow_is_urgent(text: str):
    answer = rules(text, "voicemail", at=WEDNESDAY)
    assert answer["urgent"], answer["reasons"]


def test_a_call_back_about_a_meeting_tomorrow_is_not_a_deadline():
    answer = rules(
        "Hi it's Sam, about the meeting for tomorrow, call me back.", "voicemail", at=WEDNESDAY
    )
    assert not answer["urgent"], answer["reasons"]


def test_a_time_today_that_a_far_date_only_ends_is_still_today():
    answer = rules(
        "Pouvez-vous m'envoyer votre RIB ? Notre banque n'accepte plus de virements après "
        "aujourd'hui 16h jusqu'au 5 janvier et je voudrais régler la facture avant.",
        "sms",
        at=WEDNESDAY,
    )
    assert not any("days away" in r for r in answer["reasons"]), answer["reasons"]


def test_a_need_with_its_own_far_date_is_not_due_at_the_talks_time():
    answer = rules(
        "Bonjour, le bilan est à déposer le 20 janvier, on en parle demain à 11h ?",
        "sms",
        at=WEDNESDAY,
    )
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Les carnets de vol des 3 élèves ne sont pas validés dans le LMS. Tu peux les valider "
        "avant 1300 ?",
        "Pouvez-vous me renvoyer les attestations signées pour ce jour ? Merci.",
    ],
)
def test_four_digit_times_and_the_formal_today_are_within_a_day(text: str):
    answer = rules(text, "sms", at=WEDNESDAY)
    assert any("within a day" in r for r in answer["reasons"]), answer["reasons"]


def test_a_flights_records_are_no_theft():
    answer = rules(
        "Les carnets de vol et les heures de vol du trimestre sont à jour dans le LMS, tu "
        "pourras jeter un œil la semaine prochaine ?",
        "email",
        at=WEDNESDAY,
    )
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "À ce jour nous n'avons pas reçu le devis, pouvez-vous l'envoyer la semaine prochaine ?",
        "Pour information, l'avis d'appel à candidatures a été publié ce jour. Date limite de "
        "dépôt des dossiers : 29 janvier.",
    ],
)
def test_so_far_or_done_today_is_no_time_limit(text: str):
    answer = rules(text, "email", at=WEDNESDAY)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Small thing: since the update the portal shows each trainee's exam marks to the "
        "other trainees in the cohort. Probably not intended?",
        "Depuis la mise à jour, l'espace en ligne affiche les résultats de tous les apprentis "
        "aux autres apprentis du groupe.",
    ],
)
def test_each_persons_marks_shown_to_the_others_is_personal_data_exposed(text: str):
    answer = rules(text, "email", at=WEDNESDAY)
    assert answer["urgent"], answer["reasons"]
