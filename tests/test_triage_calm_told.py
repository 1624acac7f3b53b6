"""Urgency (SPEC §5: urgent means the consultant is needed today): messages that name a harm
but say it is handled, told for the record, asked of no one, or not a harm at all
(newcomer45, newcomer46 false alarms). The first case of each kind is the tester's; the
others are the same kind in other words; the last test keeps the real harms urgent."""

from __future__ import annotations

import pytest

from tests.triage_support import rules

AT = "2026-11-24T09:00:00+01:00"


@pytest.mark.parametrize(
    ("text", "channel", "subject"),
    [
        # handled: fixed, under control, a spare doing the work
        (
            "FYI, the water heater in unit 14 burst Saturday night and flooded the utility room. "
            "Plumber came Sunday, everything's fixed and dried out. Invoice for the books.",
            "email",
            "",
        ),
        (
            "Suite à l'inondation d'hier : tout est sous contrôle, l'assureur a envoyé quelqu'un "
            "dans l'après-midi et le fournisseur a remplacé les vaccins.",
            "email",
            "",
        ),
        ("La cave a été inondée cette nuit, tout est de nouveau sous contrôle.", "sms", ""),
        ("Lorry tail lift packed in. Got the spare one going, sorted. Just so u know", "sms", ""),
        # told for the record, all clear
        (
            "Good news: the board got everything signed Friday afternoon (we went to the "
            "hospital with the papers), and the bank confirmed the rate. Mrs Proulx is home now "
            "too.",
            "email",
            "",
        ),
        (
            "Might be nothing, but the night guard found the padlock on unit B-14 cut this "
            "morning. Police came and made a report, we fitted a new lock and nothing seems to "
            "be missing. Just for the insurance file.",
            "email",
            "",
        ),
        # nothing asked of the consultant, whatever the harm told
        (
            "Le chauffage de l'aile B est en panne depuis ce matin, les élèves ont été déplacés "
            "à la bibliothèque. Le technicien passe cet après-midi. Pas besoin d'intervenir, "
            "c'est juste pour que vous sachiez qu'une facture arrivera.",
            "email",
            "",
        ),
        # an insurance policy, not the police; a person who does not reply, not a machine
        ("Radiant a-t-il envoyé un prix ? Notre police se termine le 30.", "email", ""),
        ("Votre police d'assurance habitation arrive à échéance en janvier.", "email", ""),
        ("Les badges sont arrivés chez vous ? Le fournisseur ne répond plus", "sms", ""),
        ("Le notaire ne répond pas depuis lundi, tu as des nouvelles ?", "sms", ""),
        # a time that dates a call already made
        (
            "Did the grant paperwork actually go in? A woman from the DFAC rang this afternoon "
            "asking about our figures.",
            "email",
            "",
        ),
        # a reply's subject names the thread's matter; the body is calm
        (
            "Ils ont viré 30 000 ce matin. Reste 17 200. Tu peux me préparer un échéancier pour "
            "le reste, genre sur 3 mois ? Pas le feu.\n\nKarim",
            "email",
            "Re: Mise en demeure SCI Vitrolles Horizon",
        ),
        # a formal notice the client asks us to draft, within the week
        (
            "Ils nous doivent 47 200 € depuis fin août. Tu peux me préparer une mise en demeure "
            "propre, avec les bons articles ? Dans la semaine ça ira.",
            "email",
            "",
        ),
    ],
)
def test_a_harm_handled_or_no_harm_at_all_is_not_urgent(text: str, channel: str, subject: str):
    answer = rules(text, channel, AT, subject)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "La police est là, on a été cambriolés cette nuit, les ordinateurs ont disparu.",
        "Le serveur ne répond plus depuis ce matin, personne ne peut travailler.",
        "We received a mise en demeure this morning: pay by tomorrow or they go to court.",
        "The basement flooded overnight and it's still coming in, the pump can't keep up.",
        "Is the board pack ready? The meeting is this afternoon.",
    ],
)
def test_a_harm_going_on_stays_urgent(text: str):
    answer = rules(text, "email", AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        # realtext18: a system being set up, not yet in use
        "I installed BTCPay on my VPS. I had not started using it but after the update I keep "
        "getting a 502. What should I do?",
        "J'ai installé GeoNature citizen sur un serveur Debian 11 ; impossible de valider une "
        "observation, le bouton reste grisé.",
        "When installing the plugin on the latest wordpress, nothing works unfortunately.",
        # put right by the sender, or a way round it in place
        "After updating to 1.27.0 I cannot login to my account. Downgrading to 1.26.0 solves "
        "the issue immediately.",
        "Website was getting 502 errors after the cPanel update. Got the webserver back up by "
        "restarting everything. How can I check what the culprit is?",
    ],
)
def test_a_breakage_on_a_system_being_set_up_or_worked_around_is_not_urgent(text: str):
    assert not rules(text, "email", AT)["urgent"], rules(text, "email", AT)["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "After installing the latest update the shop is down, customers cannot pay.",
        "Since the update this morning nobody can log in to the booking site.",
    ],
)
def test_an_update_that_broke_a_live_system_stays_urgent(text: str):
    assert rules(text, "email", AT)["urgent"]
