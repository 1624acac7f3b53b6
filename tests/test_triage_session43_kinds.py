"""Kinds found in session 43, each in words of our own.

From the session-42 newcomer check: the pay that did not go out ("the payroll failed",
« la banque a rejeté le virement des salaires ») and a bank account emptied by fraud were
urgent only by the learned second opinion (`possible`), and the rules alone missed them;
an emptied account said after « ce n'est pas urgent » was made to wait by that word.
"""

from __future__ import annotations

import pytest

from tests.triage_support import rules

AT = "2026-12-04T10:00:00+01:00"


# --- urgent: the pay that did not go out, an account emptied ------------------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("sms", "heads up the payroll failed"),
        ("voicemail", "hi it's dan the pay run failed overnight so none of the staff got paid"),
        ("sms", "Nobody got paid this morning, can you check what happened?"),
        (
            "email",
            "Bonjour Madame,\nJe reviens vers vous car la banque a refusé le virement des "
            "salaires de novembre. Les vendeuses attendent leur paie.\nBien à vous,\nSylvie",
        ),
        ("voicemail", "oui c'est marc la paie est pas passée personne a été payé ce matin"),
        ("sms", "Les salaires n'ont pas été versés, le fichier a été rejeté par la banque"),
        (
            "email",
            "Hi Nathalie, the bank has returned all the salary payments, apparently a wrong "
            "mandate reference. Thanks, Aoife",
        ),
        ("sms", "someone drained our business account overnight, 9k gone"),
        ("voicemail", "bonjour c'est annie notre compte pro a été vidé cette nuit rappelez-moi"),
    ],
)
def test_the_pay_not_gone_out_or_an_account_emptied_is_urgent(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "bonjour c'est hélène ce n'est pas urgent hein mais le compte de l'association a été "
        "vidé par un virement frauduleux cette nuit",
        "No rush at all, but I think our account got drained by fraudulent payments last night.",
        "pas de panique mais la paie a échoué, les gars ont rien reçu",
    ],
)
def test_a_calm_word_does_not_make_such_harm_wait(text: str) -> None:
    answer = rules(text, channel="voicemail", at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Hi, the payroll failed back in October but it's been sorted since, thanks again.",
        "Bonne nouvelle : personne n'a été payé en retard ce mois-ci. Merci !",
        "If the payroll fails again in January we'll move banks, can we talk about it next week?",
        "We closed the old account last week: it was emptied and the balance moved to the new "
        "one. For your records.",
        "Could you explain to the auditor, by the end of the month, why the salary transfers "
        "failed in March?",
    ],
)
def test_the_pay_or_an_account_in_the_past_or_in_good_news_is_not_urgent(text: str) -> None:
    answer = rules(text, at=AT)
    assert not answer["urgent"], answer["reasons"]


# --- not urgent: "today" dating what the sender met with; a fault the sender grades ------------


@pytest.mark.parametrize(
    "text",
    [
        # realtext36: each read as "deadline 'today' with something at stake"
        "Hi, great tool! Today I encountered an error: the sync quit by itself after two days "
        "of running. Log below.",
        "Today, I got another 150 alert emails saying the webhook failed. This has been going "
        "on for months.",
        "Some hotel networks block the tunnel. We found one today at a client's office, the "
        "error says the service needs a restart.",
    ],
)
def test_today_dating_what_the_sender_met_with_is_no_deadline(text: str) -> None:
    answer = rules(text, at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Not a critical bug :) but the Donate button only opens the payment site's home page.",
        "Not a blocker, but the export button does nothing in Firefox since the update.",
        "Ce n'est pas bloquant mais l'export en PDF ne fonctionne plus depuis la mise à jour.",
    ],
)
def test_a_fault_the_sender_grades_as_minor_is_not_urgent(text: str) -> None:
    answer = rules(text, at=AT)
    assert not answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Today the booking page is down and customers can't book, please look now.",
        "The declaration must be filed today, and today I found that the export crashes.",
        "Not a major issue but the server room is flooded since this morning.",
    ],
)
def test_a_harm_or_deadline_of_today_stays_urgent(text: str) -> None:
    answer = rules(text, at=AT)
    assert answer["urgent"], answer["reasons"]


# --- trial45: calm words that do not cover the matter; carbon monoxide; someone else's deadline -


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        # the calm word on the rest, said after the matter ("otherwise" after it)
        (
            "email",
            "Hi Ana,\nThe refund to our members was returned, the bank wants the right IBAN "
            "before 4pm or the money goes back to the insurer. No big deal otherwise.\nTom",
        ),
        # a calm word of greeting, then the pay that will not reach people today
        (
            "voicemail",
            "hello it's rita we're all good here just a thing the drivers' wages were meant "
            "to go out today and they didn't so they won't get paid for the weekend bye",
        ),
        # carbon monoxide said by its signs, with a calm word around it
        (
            "voicemail",
            "salut c'est léa tout va bien sinon juste le poêle de l'atelier sent bizarre et "
            "deux bénévoles ont des vertiges voilà à jeudi",
        ),
        ("sms", "the boiler's acting up and my husband and I both have headaches since lunch"),
        ("voicemail", "hi the CO alarm keeps going off in the basement, probably nothing"),
        # what someone else wants by a time today
        ("sms", "call me pls, the notary wants the signed mandate by 4 today"),
        ("email", "Bonjour, la banque veut le justificatif avant midi. Merci, Marc"),
    ],
)
def test_urgent_said_calmly_or_by_its_signs(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "The boiler was serviced last week. By the way I had a headache all day yesterday "
        "from the roadworks.",
        "Le chauffage est réparé, merci ! Les enfants n'ont plus mal à la tête.",
        "We tested the CO detectors in all flats, all fine, certificate attached.",
        "They want a call today to go over the budget.",
        "hi it's jen we're all fine here, the kids loved the workshop, talk soon",
    ],
)
def test_no_harm_and_no_deadline_is_not_urgent(text: str) -> None:
    answer = rules(text, at=AT)
    assert not answer["urgent"], answer["reasons"]


# --- newcomer84 (a payroll consultant's clients), in words of our own ---------------------------


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        # a worker who starts within a day and is not declared yet
        (
            "email",
            "Bonjour, Sébastien a embauché une serveuse pour demain midi et il ne vous a rien "
            "transmis pour la déclarer. Vous pouvez vous en occuper ? Merci",
        ),
        (
            "email",
            "Hello, the three seasonal pickers start tomorrow at 6. Their agency says you do the "
            "registrations for them, papers attached. Please confirm all is well before then.",
        ),
        # hurt at work, said by the wound
        (
            "voicemail",
            "hi it's omar one of the porters scalded his hand on the dishwasher this evening "
            "it's looking bad what do we do for the claim",
        ),
        # an answer wanted before an hour in words
        (
            "voicemail",
            "can the apprentice work the night shift i need to know before five when "
            "the rota goes out",
        ),
    ],
)
def test_payroll_clients_urgent_kinds(channel: str, text: str) -> None:
    answer = rules(text, channel=channel, at=AT)
    assert answer["urgent"], answer["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, le nouveau commis commence le lundi 4 janvier, pouvez-vous préparer sa DPAE ?",
        "Quick FYI: the new driver started today, you declared him last week, all good.",
        "I cut my finger slicing bread last week, anyway, about the invoice for November.",
        "We met at four when the office closed, thanks for coming.",
        "Hi, thanks for sorting that. Could you also send me the October payslips as PDFs?",
    ],
)
def test_payroll_clients_not_urgent(text: str) -> None:
    subject = "Re: Payroll failed" if text.startswith("Hi, thanks") else ""
    answer = rules(text, at=AT, subject=subject)
    assert not answer["urgent"], answer["reasons"]


def test_nothing_doing_after_an_attempt_is_no_word_that_it_can_wait() -> None:
    """newcomer85: « j'ai appuyé sur le bouton rouge trois fois rien à faire » (no use) was
    read as « rien à faire » (nothing for you to do), which kept even the second opinion off."""
    answer = rules(
        "salut c'est jo la pompe de la piscine s'est arrêtée j'ai relancé deux fois rien à "
        "faire les clients arrivent dans une heure",
        channel="voicemail",
        at=AT,
    )
    assert not any(r.startswith("not urgent") for r in answer["reasons"]), answer["reasons"]
    said = rules("Merci pour le devis, rien à faire de votre côté pour l'instant.", at=AT)
    assert any(r.startswith("not urgent") for r in said["reasons"]), said["reasons"]


# --- answered-by: the same matter for another person -------------------------------------------


def _garnishment_update():
    from tests.answered_support import sent_update

    return sent_update(
        "u1",
        "compta@transports-roth.example",
        "Saisie sur salaire – M. Keller",
        "Bonjour Madame Roth,\n\nJ'ai traité l'acte de saisie concernant M. Keller : la "
        "déclaration du tiers saisi est partie lundi et la première retenue sera sur la paie "
        "de décembre.\n\nCordialement,\nNathalie",
        "2026-11-09T11:30:00+01:00",
    )


def test_a_check_about_another_person_is_not_answered_by_the_update_on_the_first() -> None:
    """newcomer84: « un second acte de saisie … concernant M. Lang cette fois. Où en
    êtes-vous ? » was linked to the update on M. Ozturk's garnishment (a wrong link)."""
    from tests.answered_support import linked_update

    sender = "compta@transports-roth.example"
    other = (
        "Bonjour Madame Roussel,\n\nNous avons reçu un second acte de saisie sur salaire, "
        "pour M. Brun cette fois. Où en êtes-vous sur ce dossier ?\n\nCordialement"
    )
    same = (
        "Bonjour Madame Roussel,\n\nPour l'acte de saisie sur salaire de M. Keller, où en "
        "êtes-vous ?\n\nCordialement"
    )
    updates = [_garnishment_update()]
    assert linked_update(other, sender, updates, at="2026-11-23T10:40:00+01:00") is None
    assert linked_update(same, sender, updates, at="2026-11-23T10:40:00+01:00") == "u1"
    # a salutation alone on its line names the correspondent, not the matter
    hailed = "Madame Roussel,\n\nL'acte de saisie sur salaire, où en êtes-vous ?"
    assert linked_update(hailed, sender, updates, at="2026-11-23T10:40:00+01:00") == "u1"
