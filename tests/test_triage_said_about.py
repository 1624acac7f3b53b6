"""Kinds found by newcomer6 (H2) and on the author-t set (issue 8), each in words of our own:
a voicemail that says what it is about is not content-free, whoever left it; the sender
confirming something done today owes nothing today; a hospital named as a place or a client
is no harm; trouble said to be someone else's ("…, not us")."""

from __future__ import annotations

import pytest

from tests.triage_support import triage

AT = "2026-12-08T11:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "topic_word"),
    [
        ("bonjour c'est sophie c'est au sujet du bail", "bail"),
        ("hello this is ray it's about the roof repair", "roof"),
        ("c'est pour le contrat de maintenance", "contrat"),
        ("it's about the payroll", "payroll"),
        ("oui bonjour c'est Nadia à propos de l'inscription", "inscription"),
        ("hi, Priya here, regarding the catering order", "catering"),
    ],
)
def test_a_voicemail_naming_what_it_is_about_is_not_content_free(text: str, topic_word: str):
    out = triage(text, "voicemail", at=AT)
    assert out["content_free"] is False, out
    assert out["intent"] == "scheduling", out  # the call is what it asks for (SPEC §5)
    assert topic_word in out["topic"], out


def test_the_thing_after_pour_le_is_the_topic_not_what_follows_it():
    out = triage("salut c'est Hugo c'est pour le plan du jardin", "voicemail", at=AT)
    assert out["topic"].startswith("plan"), out


@pytest.mark.parametrize(
    "text",
    [
        "hi it's Tom, call me back",
        "bonjour c'est Laure, rappelez-moi",
        "c'est Mehdi de la menuiserie Bertin, merci de me rappeler",
    ],
)
def test_who_is_calling_and_a_call_back_stay_content_free(text: str):
    out = triage(text, "voicemail", at=AT)
    assert out["content_free"] is True, out
    assert out["topic"] == "", out


def test_a_caller_naming_themselves_then_a_problem_says_what_it_is_about():
    out = triage("c'est Léon, l'imprimante de l'accueil ne marche plus", "voicemail", at=AT)
    assert out["content_free"] is False, out


def test_a_topic_word_later_in_a_story_is_not_a_call_about_it():
    out = triage(
        "the piece on the radio was about a school in Leeds, we laughed about it all morning",
        "voicemail",
        at=AT,
    )
    assert out["intent"] != "scheduling", out


@pytest.mark.parametrize(
    "text",
    [
        "Just to confirm the new tills were delivered today, all boxed in the back office.",
        "We can confirm the payment went out today by bank transfer.",
    ],
)
def test_the_sender_confirming_something_done_today_owes_nothing_today(text: str):
    assert triage(text, at=AT)["urgent"] is False


def test_a_confirmation_asked_for_today_is_still_a_deadline():
    out = triage("Could you confirm the order to the supplier today? They close at 5.", at=AT)
    assert out["urgent"] is True, out


def test_a_hospital_named_as_a_client_or_a_place_is_no_harm():
    text = "Bonjour, le directeur de l'hôpital m'a demandé si les relevés arrivent bien."
    out = triage(text, at=AT)
    assert out["urgent"] is False, out


@pytest.mark.parametrize(
    "text",
    [
        "Mon associé vient d'être hospitalisé, je dois signer le bail à sa place avant midi.",
        "Our receptionist was taken to the hospital after a fall, nobody can open the clinic.",
    ],
)
def test_someone_taken_to_hospital_is_still_harm(text: str):
    assert triage(text, at=AT)["urgent"] is True


@pytest.mark.parametrize(
    "text",
    [
        "The cyberattack in the news this morning hit a clinic in Galway, not us. Everything "
        "is working here.",
        "L'inondation dont parle le journal, c'est à l'autre dépôt, pas chez nous. Tout roule.",
    ],
)
def test_trouble_said_to_be_someone_elses_is_not_urgent(text: str):
    out = triage(text, at=AT)
    assert out["urgent"] is False, out


@pytest.mark.parametrize(
    "text",
    [
        "A technician we dismissed on Monday signed in to the booking system last night from "
        "home. Can you lock his account?",
        "Notre comptable a démissionné ce matin après une dispute. Elle a toujours ses codes "
        "pour la banque en ligne.",
        # told at length, across a sentence, as an assistant writes it
        "Je vous informe que notre chef de chantier a quitté l'entreprise hier soir, sans "
        "préavis et en assez mauvais termes avec la direction. Il a toujours accès au serveur "
        "de plans depuis chez lui.",
    ],
)
def test_someone_who_has_left_and_still_gets_in_is_urgent(text: str):
    out = triage(text, at=AT)
    assert out["urgency"] == "urgent", out  # the rules' word, not only a second opinion


@pytest.mark.parametrize(
    "text",
    [
        "salut c'est Bruno, le disque de sauvegarde il clignote en rouge depuis ce matin",
        "hi it's Gwen, the NAS in the back office keeps clicking and the backup didn't run",
        "the external drive with the archive on it is blinking amber, is that bad?",
    ],
)
def test_a_disk_that_blinks_red_or_clicks_is_failing(text: str):
    out = triage(text, "voicemail", at=AT)
    assert out["urgency"] == "urgent", out


def test_a_disk_that_clicked_and_was_replaced_is_over():
    out = triage("the backup drive was clicking so we swapped it last week, all fine", at=AT)
    assert out["urgent"] is False, out


def test_an_alarm_going_is_sounding_and_is_what_the_call_is_about():
    out = triage(
        "hi it's Orla the freezer alarm is going again can you ring me", "voicemail", at=AT
    )
    assert out["urgent"] is True, out
    assert out["content_free"] is False, out


def test_an_alarm_going_to_be_serviced_is_no_harm():
    assert triage("The alarm is going to be serviced next month.", at=AT)["urgent"] is False


@pytest.mark.parametrize(
    "text",
    [
        "L'assureur nous raye de la liste demain si on renvoie pas le formulaire.",
        "Le Trésor public annonce une saisie sur le compte à partir de demain.",
        "The landlord says they will seize the equipment tomorrow morning.",
    ],
)
def test_a_threat_for_tomorrow_said_as_a_condition_or_a_seizure_is_urgent(text: str):
    out = triage(text, at=AT)
    assert out["urgency"] == "urgent", out


@pytest.mark.parametrize(
    "text",
    [
        "Si vous ne pouvez pas demain, on décale la réunion à jeudi.",
        "La saisie des factures de novembre sera faite demain par Inès.",
    ],
)
def test_a_choice_of_day_or_data_entry_is_no_threat(text: str):
    assert triage(text, at=AT)["urgent"] is False


@pytest.mark.parametrize(
    "text",
    [
        "FYI the fire brigade was on our street this morning but not for us, a van caught fire "
        "outside the florist. All fine here.",
        "The bank wrote that they will close the dormant euro account in 90 days. We don't use "
        "it, so no action needed.",
        "Heads-up: the rail strike on Friday is for the northern line. No action for you.",
        "Le fournisseur d'énergie annonce une coupure dans le quartier voisin jeudi, rien à faire "
        "de ton côté.",
    ],
)
def test_a_notice_the_sender_says_needs_no_action_is_not_urgent(text: str):
    out = triage(text, at=AT)
    assert out["urgent"] is False, out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the booking site is down since eight, nobody can pay, ring me", "booking site"),
        (
            "la caisse est en panne depuis ce matin, personne ne peut encaisser, rappelle-moi",
            "caisse",
        ),
    ],
)
def test_the_topic_of_a_harm_told_in_a_call_back_is_what_broke(text: str, word: str):
    out = triage(text, "voicemail", at=AT)
    assert word in out["topic"].lower(), out
    assert "nobody" not in out["topic"] and "personne" not in out["topic"], out


def test_a_name_that_is_not_ours_on_our_own_page_is_our_trouble():
    text = (
        "Since this morning our donation form shows another charity's bank details, not ours. "
        "Two donors have already paid into it."
    )
    out = triage(text, at=AT)
    assert out["urgent"] is True, out


@pytest.mark.parametrize(
    "text", ["Le devis pour la toiture, t'en es rendu où ?", "On est rendus où avec l'appli ?"]
)
def test_quebec_french_asks_where_it_stands(text: str):
    assert triage(text, at=AT)["intent"] == "status_check"


def test_what_not_to_worry_about_is_no_call_about_it():
    out = triage(
        "hi it's Dee don't worry about the water leak message from earlier the plumber has been",
        "voicemail",
        at=AT,
    )
    assert out["intent"] != "scheduling", out


def test_c_est_without_its_apostrophe_is_read_as_c_est():
    # speech-to-text often drops the apostrophe; the topic is the thing named after « pour le »
    out = triage("c est Hugo c est pour le plan du jardin", "voicemail", at=AT)
    assert out["topic"].startswith("plan"), out


@pytest.mark.parametrize(
    "text",
    [
        "hi it's Sam it's about the thing we talked about",
        "bonjour c'est Inès c'est pour le truc",
        "c'est au sujet de la réunion",
    ],
)
def test_what_it_is_about_naming_nothing_is_content_free(text: str):
    # newcomer7 M4: the reply must then ask what it is about (SPEC §10)
    out = triage(text, "voicemail", at=AT)
    assert out["content_free"] is True, out
    assert out["topic"] == "", out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it's about the committee minutes", "committee minutes"),
        ("c'est au sujet de la facture numéro 3188", "facture numéro 3188"),
        ("Where are we with invoice 7741?", "invoice 7741"),
    ],
)
def test_a_topic_keeps_its_record_word_and_its_number(text: str, expected: str):
    assert triage(text, "voicemail", at=AT)["topic"] == expected


def test_minutes_of_time_are_no_topic():
    out = triage("can you call me back in 10 minutes about the roof", "voicemail", at=AT)
    assert out["topic"] == "roof", out


def test_a_caller_from_a_firm_in_a_town_and_a_call_back_stays_content_free():
    text = "bonjour c'est Anne Roux des jardins Roux à Namur, je suis là jusqu'à 18 h, rappelle-moi"
    out = triage(text, "voicemail", at=AT)
    assert out["content_free"] is True, out


def test_calling_to_tell_something_is_no_call_about_a_topic():
    text = "c'est Paul de la banque je vous appelle pour vous dire que le prêt est accordé"
    out = triage(text, "voicemail", at=AT)
    assert out["intent"] == "info", out


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("hi it's Nell regarding the boiler service", "boiler service"),
        ("c'est Rémi, au sujet de ce qu'on a évoqué hier", ""),
        ("hi it's Nell regarding the stuff we discussed", ""),
    ],
)
def test_the_marker_and_talk_verbs_are_never_the_topic(text: str, topic: str):
    assert triage(text, "voicemail", at=AT)["topic"] == topic


@pytest.mark.parametrize(
    "text",
    [
        "hello it's Moira, a volunteer put a picture of the kitchen on Instagram and the list of "
        "the children's allergies is on the wall behind her, can you call me",
        "Bonjour, une salariée a publié sur Facebook une photo du bureau : on voit le tableau "
        "avec les noms des résidents et leurs traitements.",
        "the screenshot Dan shared on LinkedIn shows the patients' names in the sidebar",
    ],
)
def test_people_in_care_shown_on_a_social_network_is_urgent(text: str):
    out = triage(text, at=AT)
    assert out["urgency"] == "urgent", out  # personal data out in public, a legal risk


@pytest.mark.parametrize(
    "text",
    [
        "Could you post the team photo on our Facebook page with everyone's names underneath? "
        "They all signed the consent form.",
        "Pourriez-vous mettre sur Instagram les photos du spectacle, avec les prénoms des "
        "enfants comme convenu avec les parents ?",
    ],
)
def test_names_asked_to_be_published_are_no_leak(text: str):
    assert triage(text, at=AT)["urgent"] is False


@pytest.mark.parametrize(
    ("text", "topic_word"),
    [
        # newcomer13 H2: the matter in a sentence of its own, then the call-back request
        (
            "Bonjour Claire, c'est Marc. Je voulais voir avec toi le dossier de subvention "
            "de la région. Rappelle-moi quand tu peux.",
            "subvention",
        ),
        ("Bonjour, c'est Marc. Le dossier de subvention de la région. Rappelle-moi.", "dossier"),
        (
            "Bonjour Claire, c'est Karim. J'aimerais voir avec toi la convention avec la "
            "mairie. Tu peux me rappeler ?",
            "convention",
        ),
        ("Hi Claire, it's Jen. I wanted to see the grant report with you. Call me back.", "grant"),
        ("Hello, Tom here. We need to go over the roof estimate. Give me a ring.", "roof"),
        # newcomer14 H2: the same, unpunctuated, as a speech-to-text engine writes it
        (
            "bonjour claire c est marc je voulais voir avec toi le dossier de subvention de la "
            "région rappelle-moi quand tu peux",
            "subvention",
        ),
        ("hi it's jen I wanted to go over the volunteer rota call me back", "rota"),
        ("hi it's jen I wanted to see the grant report with you call me back", "grant"),
        ("salut c'est paul faudrait discuter du contrat de location rappelle-moi", "contrat"),
    ],
)
def test_a_matter_said_apart_from_the_call_back_request_is_not_content_free(
    text: str, topic_word: str
):
    out = triage(text, "voicemail", at=AT)
    assert out["content_free"] is False, out
    # a question mark leaves the intent to the other cues ("can you call us to plan what
    # comes next?" is labelled a request in real texts)
    assert out["intent"] == "scheduling" or "?" in text, out
    assert topic_word in out["topic"], out


@pytest.mark.parametrize(
    "text",
    [
        # who calls, courtesies and words about the call itself name no matter
        "Hello, it's Margaret. Hope you're well. Call me back when you have a minute.",
        "Bonjour, c'est Anne. J'espère que tu vas bien. Rappelle-moi. Merci, bonne journée.",
        "Hi Claire. This is Tom Baker from the print shop on Main Street. Please call me back.",
        "Hi, Jen here. Harbor Youth Arts. Call me back.",
        "Bonjour Claire. C'est Paul. J'ai une petite question. Rappelle-moi.",
        "Hi Claire, Jen here. Nothing urgent, just give me a call back when you get a chance.",
        "Bonjour, c'est Luc. Rien d'urgent. Tu peux me rappeler ? Bonne fin de journée.",
        "Madame, je vous serais reconnaissante de bien vouloir me rappeler à votre convenance.",
    ],
)
def test_a_call_back_request_in_sentences_that_name_no_matter_stays_content_free(text: str):
    out = triage(text, "voicemail", at=AT)
    assert out["content_free"] is True and out["intent"] == "unknown", out
