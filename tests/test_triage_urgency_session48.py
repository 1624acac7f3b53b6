"""Urgency kinds that blind sets of session 48 found (newcomer95 schools and nurseries,
newcomer96 boatyards and harbours, newcomer97 museums and archives), each written here in
other words: harms no rule read, some told with "no rush" or « pas de panique » by their
sender (SPEC §5: a concrete harm, safety or legal risk, or a deadline within about a day, is
urgent whatever the tone), and false alarms where a time or a harm word is not one today."""

from __future__ import annotations

from datetime import datetime

import pytest

from boundaries.triage import Message, classify

AT = datetime.fromisoformat("2026-11-18T15:00:00+01:00")  # a Wednesday afternoon


def rules(channel: str, text: str, subject: str = "") -> tuple[bool, tuple[str, ...]]:
    """The rules' verdict (the learned second opinion is not asked here: `classify`)."""
    verdict = classify(Message("t", channel, text, subject=subject, at=AT))
    return verdict.urgent, verdict.reasons


URGENT = [
    # someone in the client's care missing, told calmly
    (
        "sms",
        "Pas de panique mais une élève de CE2 n'est pas rentrée chez elle après l'étude "
        "d'après son père. On a fait le tour de la cour.",
    ),
    (
        "voicemail",
        "hi it's Sue just so you know one of the boys from the after school club hasn't come "
        "home his mum's been ringing round we've checked the building",
    ),
    # a fall from a height, an injury told by the limb, the casualty department
    (
        "voicemail",
        "hi it's Tom bit of an incident this morning one of the lads slipped off the scaffold "
        "fell about three metres onto the yard he's talking but his arm's not right so Jo's "
        "taken him to A and E do we need to report it",
    ),
    (
        "voicemail",
        "aye hello it's Moira a guest slipped on the ice on our own drive this afternoon and "
        "broke her wrist the path's still like glass mind no rush ring us tomorrow",
    ),
    # a load left in a hoist's slings with a hydraulic part leaking, "no rush"
    (
        "voicemail",
        "morning it's Dave bit of an odd one we were lifting the yacht out and the hydraulic "
        "ram on the crane has started leaking so we've stopped with her a couple of metres up "
        "in the slings she's steady but I won't lower her till someone's looked no rush "
        "whenever",
    ),
    # a boat sunk, fuel spreading in the harbour
    (
        "voicemail",
        "bonjour c'est Paul le voilier au ponton C a coulé cette nuit il est posé sur le fond "
        "et il y a du gasoil qui part vers l'entrée du port j'ai mis un barrage rappelez-moi",
    ),
    # goods or collections soaked, « rien de grave »
    (
        "sms",
        "Rien de grave sinon que la réserve a pris l'eau, une vingtaine de cartons d'archives "
        "trempés. On les met où?",
    ),
    # an email recalled too late: « rappeler le mail » is no call asked
    (
        "sms",
        "J'ai essayé de rappeler le mail, trop tard : 40 parents l'ont déjà ouvert avec les "
        "adresses de tout le monde. Je préviens le DPO.",
    ),
    # documents needed "in the next half hour" by an inspector on the premises
    (
        "voicemail",
        "hiya it's Pam the fire safety officer's here doing an inspection he just turned up "
        "and he wants our risk assessment could you send it over in the next half hour ta",
    ),
    # a decision needed before an event tomorrow at a clock time with minutes
    (
        "sms",
        "Une candidate n'a pas son attestation de secourisme. Elle passe l'épreuve demain "
        "8h30. Je la présente ou pas ?",
    ),
]


@pytest.mark.parametrize(("channel", "text"), URGENT)
def test_each_is_urgent_on_the_rules_alone(channel: str, text: str) -> None:
    urgent, reasons = rules(channel, text)
    assert urgent, reasons


NOT_URGENT = [
    # a time offered for a call, and the second choice
    "Are you free for a quick call at 4 today about the payroll file? If not tomorrow morning "
    "is fine",
    # an outage planned by the vendor
    "Dear Madam, we will schedule the upgrade for Saturday 21st night, 10 PM onwards. Portal "
    "will be down for approx. 3 hours. Kindly inform the members.",
    # an inability that hangs on a go-ahead, for a date weeks away
    "Dear Madam, kindly confirm whether the DPO approval is done. Without the same we cannot "
    "open the enrolment module for 5th January. Regards",
    # an alarm gone to see, nothing found
    "Salut, troisième nuit que l'alarme du local 3 me réveille. Je vais voir : rien de mouillé, "
    "rien d'anormal, l'hygromètre dit 50 %. Tu peux voir avec l'installateur pour régler la "
    "sonde ?",
    # « ce soir-là » is that evening, not tonight
    "Bonjour, pouvez-vous me rappeler quand l'éditeur fait la mise à jour ? Je dois prévenir "
    "l'équipe et couper les accès ce soir-là. Cordialement",
    # a thing done at a clock time
    "Bail signé par le maire ce matin et envoyé à 11h20. Ouf. Merci pour ton coup de fil!",
    # a leak repaired on a day gone by
    "Madame, la fuite survenue la nuit du 3 au 4 novembre a été réparée lundi par notre "
    "plombier et la salle a pu rouvrir. Où en est le dossier avec l'assurance ?",
    # someone said not missing
    "False alarm, the boy is not missing, he was at his gran's all along. Sorry!",
    "Hello, our son hasn't come home for Christmas in years, but this year he is. Could we "
    "book the family room for the 24th?",
]


@pytest.mark.parametrize("text", NOT_URGENT)
def test_each_is_not_urgent_on_the_rules(text: str) -> None:
    urgent, reasons = rules("email", text)
    assert not urgent, reasons


def test_a_second_time_offered_makes_neither_a_deadline_but_a_harm_stays() -> None:
    calm, reasons = rules(
        "sms", "Can you call me at 4 today about the payroll file? If not tomorrow morning works."
    )
    assert not calm, reasons
    urgent, _ = rules("sms", "Can you call me at 4 today? The payroll transfer bounced.")
    assert urgent


def test_without_internet_is_a_lack_not_a_condition() -> None:
    urgent, reasons = rules(
        "sms", "Box down since 8, without internet we cannot take card payments"
    )
    assert urgent, reasons


# trial50 §1: a safety emergency worded plainly; §3: insistence and good news read as urgent
@pytest.mark.parametrize(
    ("channel", "text"),
    [
        ("voicemail", "Hi, it's Dave. The office has smelled of gas since this morning, should we "
         "call someone?"),
        ("voicemail", "Not a big deal, but the hall stinks of gas since we opened, what do we do?"),
        ("sms", "il y a de la fumée qui sort du local technique"),
        ("sms", "there's smoke pouring out from under the kitchen door"),
    ],
)  # fmt: skip
def test_gas_smelt_or_smoke_coming_out_is_urgent(channel: str, text: str) -> None:
    urgent, reasons = rules(channel, text)
    assert urgent, reasons


@pytest.mark.parametrize(
    "text",
    [
        "Claire, c'est Marc, ça fait la troisième fois que j'appelle aujourd'hui, c'est pour le "
        "compte-rendu de la réunion de mardi, t'en es où ?",
        "hi it's Jo third time I've called today about the newsletter where are we",
        "Tout va bien de notre côté, pas de panique ! Le serveur qui était tombé hier est "
        "reparti et tout fonctionne.",
    ],
)
def test_the_day_of_the_calls_and_a_server_back_up_are_no_urgency(text: str) -> None:
    urgent, reasons = rules("voicemail", text)
    assert not urgent, reasons


def test_a_server_down_beside_calls_made_today_stays_urgent() -> None:
    urgent, reasons = rules(
        "voicemail", "j'ai appelé trois fois aujourd'hui, le serveur est en panne depuis ce matin"
    )
    assert urgent, reasons


# realtext40: outages told in the words of a subject line, a hedge, a copy the sender lacks
@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("API indisponible", "Bonjour, depuis ce matin plus rien ne répond sur notre intégration."),
        ("Editor broken", "The editor doesnt seem to open anymore, I reinstalled it twice."),
        (
            "Site can't be reached",
            "The wiki was saved last night; I can't download it this morning and I stupidly "
            "don't have a local copy.",
        ),
    ],
)
def test_an_outage_said_briefly_or_hedged_is_urgent(subject: str, text: str) -> None:
    urgent, reasons = rules("email", text, subject)
    assert urgent, reasons


def test_a_copy_on_the_senders_machine_is_still_not_the_live_one() -> None:
    urgent, reasons = rules(
        "email", "On my local copy the build can't be reached since the update, any idea?"
    )
    assert not urgent, reasons
