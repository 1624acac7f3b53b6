"""Urgency kinds that blind sets of session 50 found (newcomer101 funeral homes, florists,
print shops, locksmiths and cleaners; newcomer102 charities, libraries, parishes and
housing; newcomer103 pharmacies, labs, workshops and IT for small firms; realtext42 public
issue reports), each written here in other words, with the false alarms the new rules must
not raise (SPEC §5: a concrete harm, breakage, safety or money risk, or a deadline within
about a day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Message, classify

AT = datetime.fromisoformat("2026-12-01T09:15:00+01:00")  # a Tuesday morning


def rules(channel: str, text: str) -> tuple[bool, tuple[str, ...]]:
    """The rules' verdict (the learned second opinion is not asked here: `classify`)."""
    verdict = classify(Message("t", channel, text, at=AT))
    return verdict.urgent and not verdict.possible, verdict.reasons


URGENT = [
    # goods lost unless something is sent today, the ask two sentences later
    (
        "email",
        "Small thing first, the new catalogue looks great. Then: the port is holding our tulip "
        "bulbs over a phytosanitary form - if they don't have it by 4pm today the pallet gets "
        "destroyed. I think Sam filed it in the Imports folder. Could you send it over?",
    ),
    (
        "sms",
        "La douane bloque les cartons de Taïwan, si le certificat d'origine est pas envoyé "
        "avant 17h aujourd'hui la marchandise sera renvoyée à l'expéditeur",
    ),
    # a deadline within a day told as a condition, its cost a long time later
    (
        "voicemail",
        "hi it's Paul the pension provider says if we don't sign the new scheme by midnight "
        "tonight the staff lose the employer match for all of next year can you ring me",
    ),
    # what the day's work needs, still not received, needed tomorrow morning
    (
        "sms",
        "Les codes d'accès du chantier de Blagnac j'ai toujours rien reçu. On fait comment "
        "demain 7h avec les gars ?",
    ),
    # a safety system out where people sleep or work (not a fire)
    (
        "voicemail",
        "bonjour c'est Marie de la résidence le tableau d'alarme incendie indique un défaut "
        "au bâtiment B depuis ce matin et le technicien ne répond pas on a quarante résidents",
    ),
    ("sms", "Smoke detectors on the top floor aren't working, the volunteers sleep there tonight"),
    # a phone line people call gone dead
    (
        "email",
        "Morning, sorry to bother you on a Sunday. The emergency repairs number is going to a "
        "dead tone since yesterday evening, residents cannot report leaks. Could you look?",
    ),
    ("sms", "le standard de l'accueil sonne dans le vide depuis 8h, personne peut nous joindre"),
    # invoices that cannot be issued, a customer collecting at a time today
    (
        "sms",
        "Till system won't sync since morning, can't issue invoices. Customer picks up 40 "
        "chairs at 3pm and pays on invoice",
    ),
    # wanted now in a meeting with someone outside: the client's customer, a professional by
    # title, another firm
    (
        "voicemail",
        "hi it's Sue we're on Teams with Doctor Patel right now about the new scanners can you "
        "join the same link as last week we're waiting",
    ),
    ("sms", "Tu peux te connecter à la visio avec la pharmacie Morel maintenant ? On t'attend"),
    (
        "voicemail",
        "it's Rob we're on the zoom with the Riverside people right now they want the numbers "
        "can you jump on",
    ),
    # what an update broke, told as a bug report
    ("email", "Since this morning's upgrade, the latest update breaks the booking form."),
    # a deadline in one item of a numbered list, "no rush" in another (newcomer105)
    (
        "email",
        "1. The new rota is fine, thanks. 2. The accountant needs the November mileage claims "
        "by 10am tomorrow or the staff won't be reimbursed this month. Could you export them? "
        "3. No rush on the logo question, it can wait till January.",
    ),
    # an account taken over, told as "probably nothing" (newcomer104)
    (
        "email",
        "Probably silly, but I had two 'new login' alerts last night from Singapore and now "
        "my password doesn't work on the bookings account. Probably nothing?",
    ),
    # a meeting starting now with another firm (« commence là »)
    ("sms", "La réunion avec le distributeur commence là, tu te connectes ? on t'attend"),
    # money leaking on every sale
    (
        "email",
        "Since the update the shop charges $0 delivery on every order, we're out about $9 a "
        "parcel and orders keep coming in.",
    ),
    # a customer hurt by the service, talking of a lawyer
    (
        "sms",
        "Une cliente a une brûlure au visage après le soin, elle parle d'avocat. Je fais quoi ?",
    ),
    ("sms", "a customer got burned by the steamer this morning, she's talking about suing"),
    # what a storm tore loose hanging over where people pass, the insurer's days further on
    (
        "voicemail",
        "bonjour c'est Luc le vent de cette nuit a arraché des tôles du hangar y en a deux qui "
        "pendent au-dessus du parking on ouvre à huit heures l'assureur veut le constat sous "
        "cinq jours vous pouvez me rappeler",
    ),
]


@pytest.mark.parametrize(("channel", "text"), URGENT)
def test_each_is_urgent_on_the_rules_alone(channel: str, text: str) -> None:
    urgent, reasons = rules(channel, text)
    assert urgent, reasons


NOT_URGENT = [
    # a span before something else, not a time left
    "Could the app text volunteers 48 hours before their shift to confirm they're coming?",
    # an insurance file of a past break-in; people who read badly
    "Any news on the shop break-in claim? The insurer's assessor hasn't called us.",
    "Pourriez-vous faire une fiche simple pour l'équipe ? Plusieurs ne lisent pas bien le "
    "français. Pour fin décembre.",
    # a data source instead of another
    "For the newsletter we'd like to take the emails from the new CRM instead of the old "
    "spreadsheet. Could you show Amy how, sometime this month?",
    # old papers falling apart, for next year's budget
    "Les vieux registres tombent en morceaux, il faudrait un devis pour les numériser, pour "
    "le budget 2027.",
    # the fire brigade's report or remarks; a fire-safety check; an appointment at hospital
    "Le rapport des remarques des pompiers après le contrôle incendie est arrivé ?",
    "Rapport pompiers : on a jusqu'à quand pour changer les panneaux ?",
    "Jeudi je peux pas, j'ai un rendez-vous à l'hôpital avec mon père, on décale à vendredi ?",
    # a line down yesterday, back now; a line that will close next month
    "the phone line was dead for an hour yesterday but it's back now",
    "Our old number goes dead on 1 February when we move, just so you know.",
    # a person worn out; a vendor's demo; someone beside the sender
    "I'm totally burned out after the audit, can we push Friday's call to next week?",
    "je suis avec le monsieur de la caisse, il nous fait la démo, tu peux te connecter ?",
    "the GM is with me now and would like you on the phone if you have five minutes",
    # wanted now in a meeting with the client's own people only
    "the trustees are on zoom right now, can you hop on?",
    "on est en visio avec toute l'équipe là, tu peux te joindre ?",
]


@pytest.mark.parametrize("text", NOT_URGENT)
def test_each_is_not_urgent_on_the_rules(text: str) -> None:
    urgent, reasons = rules("sms", text)
    assert not urgent, reasons
