"""Trouble told as news (newcomer26): someone else's misfortune with the sender's word that it
is not theirs ("not one of ours", « chez nous rien »), or a past incident told as a story or
for the file with nothing left of it ("just sharing", « je vous raconte », "nothing
outstanding"). The rules say "not urgent", so the learned second opinion, which reads
"collapsed" or "break-in", does not raise it. Each case is in words of our own; each has an
urgent twin that must stay urgent."""

from __future__ import annotations

import pytest

from tests.triage_support import assert_calm_and_said, judged, triage

NEWS = [
    (
        "email",
        "Did you hear? A crane toppled on a site in Sheffield this morning, one driver in "
        "hospital. Not one of ours, thankfully. Makes you think.",
    ),
    (
        "voicemail",
        "oui bonjour c'est Josiane, vous avez vu, la boulangerie d'en face a été cambriolée "
        "cette nuit, la vitrine explosée, les gendarmes partout. Chez nous rien, tout est "
        "en ordre. Bon je vous raconte, c'est tout.",
    ),
    (
        "email",
        "Ye'll have seen it: the garage up the road had a fire in the paint booth on Monday, "
        "two engines out. We're fine, our booth was inspected in October.",
    ),
    (
        "email",
        "For the insurer's renewal form: in March the shop was burgled, a laptop and the "
        "float taken, police ref 2231. The claim was paid in May. Nothing outstanding.",
    ),
    (
        "email",
        "Funny one: a customer locked herself in the stock room on Saturday, the handle came "
        "off in her hand. We got her out in two minutes, she is fine. Just sharing!",
    ),
]

URGENT_TWINS = [
    (
        "email",
        "Just so you know, one of our apprentices rang: his landlord cut the power and he has "
        "been sleeping in the van since last night, no money for food. I think he is ok but "
        "really shaken.",
    ),
    (
        "email",
        "A crane toppled on our site in Sheffield this morning, one driver in hospital and "
        "the HSE inspector is on the way.",
    ),
    (
        "voicemail",
        "oui bonjour c'est Josiane, la boutique a été cambriolée cette nuit, la vitrine est "
        "explosée, les gendarmes sont là, rappelez-moi vite",
    ),
]


@pytest.mark.parametrize(("channel", "text"), NEWS)
def test_trouble_told_as_news_is_not_urgent_and_says_why(channel: str, text: str):
    assert_calm_and_said(text, channel)


@pytest.mark.parametrize(("channel", "text"), URGENT_TWINS)
def test_the_same_trouble_of_our_own_is_urgent(channel: str, text: str):
    assert triage(text, channel)["urgent"]


# newcomer29, in words of our own: "that's not us" and « on n'y est pour rien » about another's
# trouble; "our shop is fine" after the neighbour's break-in; a stolen thing found again; a
# check that found everything in order, told after the fright.
MORE_NEWS = [
    (
        "email",
        "Hi,\n\nYou may see the story about the bouncy castle accident in Leeds. That's not us, "
        "it's the other hire firm on the ring road. Just wanted you to know in case anyone "
        "asks.\n\nKev",
    ),
    (
        "email",
        "Bonjour,\n\nJuste pour info : dégât des eaux hier chez une cliente qui avait fait "
        "poser son chauffe-eau par un autre plombier. Les pompiers sont passés, personne de "
        "blessé. On n'y est pour rien, mais elle veut un devis pour le remplacement.\n\nPaul",
    ),
    (
        "email",
        "Hi Sam,\n\nJust to share, the café next to us was broken into last night, the police "
        "came and took statements. Our shop is fine, nothing missing. Just for your info.\n\nMei",
    ),
    (
        "sms",
        "Super nouvelle, les gendarmes ont retrouvé ma remorque volée sur un parking ! Plus "
        "besoin de la déclaration de vol.",
    ),
    (
        "voicemail",
        "oui c'est Odile euh ce matin la DGCCRF est passée pour un contrôle des prix ils ont "
        "tout vérifié tout était en ordre j'avais une de ces peurs mais voilà c'est fini "
        "bonne journée",
    ),
    (
        "email",
        "Morning,\n\nCould you draw up next season's price list? We want to put the evening "
        "hack up by three pounds. No rush at all, before Christmas is fine.\n\nBarry",
    ),
]
MORE_TWINS = [
    (
        "voicemail",
        "clients are getting invoices from our address with new bank details, it's not us who "
        "sent them and one has already paid, call me",
    ),
    ("sms", "The police found our stolen van this morning, it's burnt out and we've jobs today."),
    # newcomer31: asked to confirm "it's not us" is no word that it is not
    (
        "sms",
        "bank rang, someone's moving money out of the club account from a laptop in Perth, "
        "they've put a hold till 5 and need me to confirm it's not us",
    ),
    ("email", "Our shop window was smashed last night and the alarm is still going off."),
]


# newcomer33, in words of our own: what was taken is back or was never taken, a lost child
# found, a past matter said settled or closed, a visit that went well, trouble at another
# shop; each says so, so the second opinion is not asked either.
SETTLED = [
    (
        "voicemail",
        "hi it's Kwame from the studio, you might hear the PA speakers were stolen on Friday, "
        "the police have recovered them and we have them back already, no problem, bye",
    ),
    (
        "voicemail",
        "it's Thandi, just to let you know someone tried to force the back gate last night, the "
        "guards came straight away, nothing taken, the gate's welded already, bye",
    ),
    (
        "voicemail",
        "allô c'est Ginette du centre aéré, hier un petit s'était éloigné pendant la balade, on "
        "l'a retrouvé au bout de vingt minutes, il allait bien, les parents sont au courant",
    ),
    (
        "email",
        "Hi,\n\nFor the insurer's file: the slip in the changing room last spring was all settled "
        "back in June, the family were happy with it.\n\nSean",
    ),
    (
        "email",
        "Bonjour,\n\nPour vos archives : le sinistre de la vitrine de janvier dernier est clos, "
        "l'assurance a remboursé.\n\nLaurent",
    ),
    (
        "voicemail",
        "c'est Loïc, le contrôle de l'hygiène au restaurant ça s'est bien passé finalement, ils "
        "ont rien trouvé à redire, voilà",
    ),
    (
        "voicemail",
        "c'est Awa, le braquage à la supérette dont tout le monde parle, c'est une autre "
        "boutique hein. Nous on est tranquilles.",
    ),
]
SETTLED += [
    # newcomer34, in words of our own: a past check that ended well; an accident's record
    # filled in, no hurry said
    (
        "email",
        "Bonjour,\n\nPour le dossier : le contrôle fiscal de l'an dernier, tout s'était bien "
        "terminé, ils nous ont envoyé le courrier de fin aujourd'hui.\n\nSerge",
    ),
    (
        "email",
        "Hello,\n\nA helper tripped on a box in the stockroom yesterday, only a bruise. We filled "
        "in the accident book. Should we tell anyone? No hurry.\n\nMargaret",
    ),
]
SETTLED += [
    # newcomer34, in words of our own: the stolen things returned and the case wrapped up;
    # a joke taken back, "sorted now"; a fault booked for January, "not to worry"
    (
        "email",
        "Hi,\n\nFor your files: the break-in at the unit from August is all wrapped, the "
        "police returned the stolen drills and the lad got a caution.\n\nGord",
    ),
    ("sms", "warehouse on fire!!! 😂 nah jokes, the kettle steamed up the alarm. sorted now"),
    (
        "voicemail",
        "hi it's Siobhán, tiny thing, the card reader at the bar isn't working, it's on the list "
        "for the engineer in January, not to worry",
    ),
]
SETTLED_TWINS = [
    ("sms", "Vol à l'atelier cette nuit, la caisse a disparu et la porte est fracturée."),
    ("sms", "The police found the van this morning but it's burnt out and we've jobs today."),
    ("sms", "Someone broke into the office overnight, the laptops and the safe are gone."),
    # someone in our care missing now (was no harm before)
    ("sms", "Le petit s'est perdu pendant la balade, on le cherche depuis une heure."),
    ("sms", "two pupils are missing after the museum trip, the coach leaves at 3"),
]


@pytest.mark.parametrize(("channel", "text"), MORE_NEWS + SETTLED)
def test_more_trouble_told_as_news_is_not_urgent_and_says_why(channel: str, text: str):
    assert_calm_and_said(text, channel)


@pytest.mark.parametrize(("channel", "text"), MORE_TWINS + SETTLED_TWINS)
def test_their_urgent_twins_stay_urgent(channel: str, text: str):
    answer = triage(text, channel)
    assert answer["urgent"], answer["reasons"]


# newcomer31, in words of our own: a harm told with the sender's word, after it, that nothing
# is wanted of the consultant; a "but" or a harm after that word keeps it urgent.
NOTHING_FOR_YOU = [
    (
        "email",
        "Hi,\n\nFurther to my call, the dishwasher in the staff kitchen has packed up. I've got "
        "an engineer booked for Friday. Nothing you can do, just wanted you aware.\n\nBrad",
    ),
    (
        "email",
        "Dictated to my daughter: a lady whose boat I rigged years ago wrote that her mooring "
        "flooded and the boat sank. Very sad. I only mention it for the client history. "
        "Nothing to be done.",
    ),
    (
        "email",
        "Bonjour, quelqu'un est entré dans l'abri de jardin et a volé la tondeuse. Les "
        "gendarmes sont passés. Rien à faire de votre côté, c'est pour le registre.",
    ),
]
NOTHING_FOR_YOU_BUT = [
    "The dishwasher has packed up. Nothing you can do, but the card machine is down too and "
    "we open at noon.",
    "Nothing to be done about the old van. The server room is flooding right now though!",
]


@pytest.mark.parametrize(("channel", "text"), NOTHING_FOR_YOU)
def test_a_harm_with_nothing_wanted_of_the_consultant_is_calm_and_says_why(channel: str, text: str):
    assert_calm_and_said(text, channel)


@pytest.mark.parametrize("text", NOTHING_FOR_YOU_BUT)
def test_a_but_or_a_harm_after_nothing_for_you_stays_urgent(text: str):
    assert triage(text, "email")["urgent"]


def test_drama_words_alone_name_no_harm():
    """« c'est la cata » (newcomer30, newcomer31) is how bad it feels, not what happened."""
    _, reasons = judged("sms", "Alors c'est la cata ici, la cliente de 15h a annulé")
    assert not any(r.startswith("urgent") for r in reasons), reasons


@pytest.mark.parametrize(
    ("channel", "text"),
    [
        # newcomer29, in words of our own: the alarm's cause was harmless
        (
            "voicemail",
            "hiya it's Bev, you might get a call from the fire brigade, a neighbour saw smoke "
            "from the back and rang them, but it was only the barbecue, they had a laugh and went",
        ),
        ("sms", "Les pompiers sont venus, c'était juste le grille-pain qui fumait."),
    ],
)
def test_an_alarm_whose_cause_was_harmless_is_over(channel: str, text: str):
    assert_calm_and_said(text, channel)


def test_only_the_beginning_is_no_harmless_cause():
    text = "The alarm is going off again and it's only the beginning, the sensors keep failing."
    assert triage(text, "email")["urgent"]


def test_a_thing_of_hers_not_found_is_no_person_missing():
    assert triage("we can't find her passport in the files", "sms")["urgency"] != "urgent"


def test_a_flight_wanted_is_no_theft():
    text = "Le ballon a atterri chez le maire, il veut faire un vol. Rien de grave."
    answer = triage(text, "sms")
    assert not any("'vol'" in r for r in answer["reasons"]), answer["reasons"]


def test_a_flight_cancelled_is_no_theft():
    text = "Une cliente furieuse menace de laisser un avis parce que son vol a été annulé à cause "
    text += "de la météo. On l'a remboursée, je râle juste."
    answer = triage(text, "email")
    assert not any("'vol'" in r for r in answer["reasons"]), answer["reasons"]


def test_a_meeting_that_falls_on_a_day_is_no_fall():
    text = "On peut décaler le point de jeudi à vendredi ? J'ai un conseil de classe qui tombe "
    text += "jeudi."
    assert not triage(text, "email")["urgent"]
