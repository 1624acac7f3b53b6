"""Urgent kinds told in the words of people who are not technical (issue 8, session 4): a
service lost, mail bouncing, money taken for nothing, nobody able to get in, a bank's new
details, a site showing a casino, a mailbox sending spam, personal data found on Google; and
the content-free and intent rules these messages meet."""

from __future__ import annotations

import json

import pytest

from boundaries.triage import Intent, Message, classify
from boundaries.triage.batch import triage_line

URGENT = [
    "Bonjour, cela fait une semaine que je n'ai plus internet au bureau, on ne peut pas bosser.",
    "ma fibre HS depuis 3 jours, je télétravaille",
    "Panne fibre depuis lundi, toujours rien.",
    "plus rien ne fonctionne, la box reste rouge depuis hier",
    "ça capte plus du tout ici, remettez la connexion svp",
    "We've had no internet since this morning and the tills run online.",
    "No phone service at all at the front desk today, patients can't reach us.",
    "Hi, all our emails to students are bouncing back since this morning.",
    "Les mails de confirmation ne partent plus depuis la mise à jour.",
    "le site prend l'argent mais les élèves ne reçoivent pas de confirmation",
    "The booking page takes the payment but no booking shows up in the diary.",
    "Nobody in the office can log in to the accounts package this morning.",
    "I opened the app this morning and all my contacts are gone.",
    "unable to directly book, an error message is showing",
    "Le fournisseur nous écrit qu'il a changé de compte bancaire et demande de payer la facture "
    "de 14 800 $ sur le nouveau compte aujourd'hui.",
    "Julien le site de la radio affiche une page de casino en russe, les auditeurs appellent",
    "Our practice email's sending spam to all our patients, 50 replies already.",
    "A student says when he searches his name on Google he can see his NRIC number and his "
    "address from our website.",
    "Les mariés Durand ont reçu la facture des Petit avec toutes leurs infos perso.",
]


CALM = [
    "Merci, internet est revenu, tout fonctionne de nouveau.",
    "Could you check why a few newsletters land in spam at Orange? No hurry.",
    "We are changing bank next year; I'll send the new bank details in January.",
    "Can we add Google reviews to the home page?",
]


@pytest.mark.parametrize("text", CALM)
def test_calm_despite_the_same_words(text: str) -> None:
    assert not classify(Message("m", "email", text)).urgent


@pytest.mark.parametrize(
    "text",
    [
        "[no transcription available]",
        "(transcription failed)",
        "[transcription indisponible]",
        "Transcript unavailable.",
    ],
)
def test_a_provider_placeholder_is_a_failed_transcript(text: str) -> None:
    verdict = classify(Message("m", "voicemail", text))
    assert verdict.intent is Intent.UNKNOWN and not verdict.content_free and not verdict.topic


def test_a_transcript_that_speaks_of_transcription_is_read() -> None:
    verdict = classify(Message("m", "voicemail", "the transcription of the contract is ready"))
    assert verdict.intent is not Intent.UNKNOWN and verdict.topic


@pytest.mark.parametrize(
    ("text", "topic_word"),
    [
        ("oui c'est paul euh par rapport à la facture de novembre rappelez-moi", "facture"),
        ("oui bonjour c'est nadia vis-à-vis du devis rappelez-moi svp", "devis"),
        (
            "hi it's gary from the food bank the freezer is broke and we got two tons of meat "
            "going bad today call me",
            "meat",
        ),
    ],
)
def test_a_call_back_that_names_its_topic_is_scheduling(text: str, topic_word: str) -> None:
    verdict = classify(Message("m", "voicemail", text))
    assert verdict.intent is Intent.SCHEDULING and not verdict.content_free
    assert topic_word in verdict.topic


def test_being_waited_for_in_a_video_room_is_scheduling() -> None:
    verdict = classify(Message("m", "sms", "Je suis dans la salle de visio, tu nous rejoins ?"))
    assert verdict.intent is Intent.SCHEDULING and not verdict.content_free


MORE_URGENT = [
    "Hi,\n\nSome context on the goals for next year.\n\nMost importantly, payments on the shop "
    "have been failing since 6am, every card is declined with error 402.\n\nAnna",
    "> Did the backup run?\nIt did, but the restore fails and all of this week's invoices are "
    "gone from the accounting software.\n\nPeter",
    "Toutes nos données clients ont disparu du logiciel ce matin.",
    # A dated quote header with nothing above it and unquoted text below: handed over as is.
    "On Mon, Nov 30, 2026 at 8:15 AM Jake Miller <jake@example.com> wrote:\n\nAll our emails to "
    "customers are bouncing back with 'mailbox unavailable' since this morning.",
    "Le lun. 30 nov. 2026 à 08:10, Paul Martin <paul@asso.example> a écrit :\n\nLa salle est "
    "inondée, l'événement de ce soir est compromis, on fait quoi ?",
]


def test_a_question_asked_in_the_abstract_is_not_urgent_even_for_the_second_opinion() -> None:
    line = json.dumps(
        {
            "id": "m",
            "channel": "email",
            "text": "What would happen if our database ever got deleted? Do we have backups? "
            "Just curious, for our risk register.",
        }
    )
    assert triage_line(line)["urgent"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Le frigo des vaccins du cabinet est monté à 14 °C pendant la nuit, on fait quoi des "
        "doses ?",
        "Tu pourrais me dire si on prend l'option A ou B pour le traiteur ?",
        "I wanted to ask what you think we should do about the vacant treasurer role.",
        "Le rapport d'activité est à rendre pour fin janvier, tu pourras t'en occuper ?",
        "Pouvez-vous décider si on garde l'ancien logo sur la plaquette ?",
    ],
)
def test_a_decision_asked_for_is_a_request(text: str) -> None:
    assert classify(Message("m", "email", text)).intent is Intent.REQUEST


# A third outside tester's kinds (issue 8, session 4): French forms of the same breakages,
# `>` blocks handed over by the line above them, and harms that are not happening.
FRENCH_AND_FORWARDED = [
    "Nos boîtes mail envoient du spam à tous nos contacts depuis ce matin.",
    "notre messagerie balance des pubs à tous nos contacts depuis 1h",
    "Plus personne ne peut se connecter à l'extranet depuis 8h.",
    "Plus aucun collaborateur n'arrive à se connecter à l'intranet.",
    "Nos fiches de paie sont accessibles publiquement via un lien partagé.",
    "Le terminal de paiement refuse toutes les cartes depuis l'ouverture.",
    "The card reader declines every card since we opened.",
    "Salut Claire,\nJe te transfère le message de la banque, à traiter stp.\n\n>> Votre virement "
    "de 9 800 € a été rejeté : IBAN bénéficiaire invalide.\n>> Les salaires ne pourront être "
    "versés demain.\n\nMarc",
    "Hi Sam,\nForwarding this from the bank, can you deal with it:\n\n> Your account is frozen; "
    "no payments will go through today.\n\nRob",
]


def test_a_quote_under_a_short_message_that_says_pour_info_is_still_history() -> None:
    text = (
        "Bonjour Sophie,\nPour info, les bulletins de paie d'octobre ont bien été reçus par tous "
        "les salariés, aucune réclamation.\nBonne journée\nHélène\n\nEnvoyé de mon iPhone\n\n"
        "> Le 4 nov. 2026 à 17:31, Sophie Martin a écrit :\n>\n> Bonjour Hélène, les bulletins "
        "partent ce soir, la paie doit être validée avant 18 h."
    )
    assert not classify(Message("m", "email", text)).urgent


@pytest.mark.parametrize(
    "text",
    [
        "Il y a deux ans, le fichier des adhérents avait fuité. Pouvez-vous l'évoquer dans le "
        "rapport de l'an prochain ?",
        "Et si un jour le site tombait en panne, qui appeler ? Question générale.",
        "If the server ever crashed, what would we do? Just thinking ahead.",
        "Last week the site was down for an hour but it's been fine since, just FYI.",
        "Last year our mailbox sent spam for a day; we changed the password and it never "
        "happened again. Just telling you.",
    ],
)
def test_a_harm_not_happening_now_is_not_urgent(text: str) -> None:
    assert triage_line(json.dumps({"id": "m", "channel": "email", "text": text}))["urgent"] is False


@pytest.mark.parametrize(
    "text", ["[no speech detected]", "The caller did not leave a message.", "(aucun message)"]
)
def test_more_placeholders_are_failed_transcripts(text: str) -> None:
    verdict = classify(Message("m", "voicemail", text))
    assert verdict.intent is Intent.UNKNOWN and not verdict.topic


@pytest.mark.parametrize("text", URGENT + MORE_URGENT + FRENCH_AND_FORWARDED)
def test_urgent_told_in_plain_words_in_a_reply_or_under_a_forwarding_line(text: str) -> None:
    verdict = classify(Message("m", "email", text))
    assert verdict.urgent and not verdict.possible and not verdict.content_free, verdict.reasons
