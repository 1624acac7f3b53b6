"""The kinds of urgency the rules must catch in any phrasing (issue 8, item 5; SPEC §5).

Messages have no `at`: they are judged as if they had just arrived, so "today before 3 pm"
and "tomorrow morning" are within a day. Each kind has several phrasings in both languages and
on two channels, and each kind has calm neighbours that must stay not urgent.
"""

from __future__ import annotations

import pytest

from boundaries.triage import Message, classify

KINDS = {
    "deadline without at": [
        "Bonjour, il me faut le bilan signé aujourd'hui avant 15 h pour la banque.",
        "Hi, the funder needs our signed budget before 3pm today, can you send it?",
        "Can you get the revised quote to me by close of business? The client signs tonight.",
        "Pourriez-vous m'envoyer la convention d'ici ce soir ? La mairie la signe demain matin.",
        "we need the final figures by end of day, the auditor comes first thing tomorrow",
        "il faut absolument que le dossier parte avant midi",
    ],
    "deliverable for tomorrow's board": [
        "I need the updated dashboard for the board meeting tomorrow morning.",
        "Could you send the slides for tomorrow's board meeting? It's at 9.",
        "Il me faut la note de synthèse pour le conseil d'administration de demain matin.",
        "the trustees meet tomorrow at 8am and we need the risk register from you before then",
    ],
    "broken access": [
        "Since this morning nobody can log in to the donor database.",
        "I cannot log in to the booking system, it says my account is locked.",
        "Le logiciel de paie ne fonctionne plus depuis 8h45.",
        "Je n'arrive pas à me connecter au site depuis ce matin, impossible de publier les offres.",
        "je n'arrive pas à ouvrir la caisse, les clients attendent",
        "our volunteers can't get into the rota app at all today",
        "the shared drive stopped working at 9, none of us can open any file",
        "the card machine keeps declining every payment",
        "allo c'est josée, la caisse marche pu pis le monde attend pour payer",
        "le terminal répond pu depuis à matin",
    ],
    "credentials or a device with personal data handed over or lost": [
        "A man said he was from the bank and I gave him my email password, is that bad?",
        "j'ai donné mon mot de passe de la messagerie à un monsieur qui disait être du support",
        "FYI our intern left her laptop on the train, it has the members' files on it",
        "L'ordinateur portable de l'accueil a été volé cette nuit, avec les dossiers patients.",
    ],
    "water running from a flat or a ceiling": [
        "Le gardien dit que l'eau coule de chez M. Petit, il est en voyage et on a ses clés.",
        "Il y a de l'eau qui goutte du plafond de la réserve sur les cartons.",
    ],
    "a ticket or a cover that ran out, needed within a day": [
        "Sam's first-aid ticket ran out last week. He's leading the kids' group this afternoon.",
        # in one sentence: "ran out" is not "ran the session" told with its day
        "so her DBS check ran out in the summer and she's on the after-school club tomorrow "
        "morning",
        "the boiler's gas safety certificate ran out in October and guests arrive this afternoon",
        "his forklift training ran out in May and he's on the loading bay this afternoon",
        "Sa carte pro est périmée depuis mars et il fait les visites cet après-midi.",
        "son habilitation électrique n'est plus valable et il intervient demain matin",
    ],
    "emergency services on site, asking for a plan or a register (not routine work)": [
        "feu de broussailles au bord du dépôt, pompiers sur place, ils demandent le plan des "
        "vannes de gaz, tu l'as ?",
        "police are here about the break-in and want the key-holder register, where is it",
    ],
    "sites, servers or systems offline, or shown so by the monitoring": [
        "the SCADA's showing all three sites as offline since about an hour ago, could be the "
        "comms, could be more",
        "both our servers are offline and nobody can get into the shared drive",
        "the alarm panel is flagging the cold store as not responding",
    ],
    "food found spoiled or contaminated with some already gone out": [
        "the QC lad found mould on a pallet of the oat bars and we already shipped forty "
        "boxes to the cafés on Monday",
        "On a trouvé des bris de verre dans le lot 42 de confiture, une partie est déjà livrée "
        "aux épiceries.",
    ],
    "someone listening on the network, or a password shown to anyone (newcomer31)": [
        "Un client nous a dit qu'un autre client renifle le réseau wifi avec un logiciel, on a "
        "des dossiers de patients ici.",
        "is it normal that the admin password for the shop shows in plain text on the home "
        "page since last night's update?",
    ],
    "a device giving off smoke or a burning smell (newcomer31)": [
        "Le chargeur de la trottinette a commencé à fumer dans la réserve, on a tout débranché. "
        "On peut rebrancher ?",
        "the server in the cupboard is beeping non-stop and it smells of burning in there",
    ],
    "someone at the bank account (newcomer31)": [
        "bank just rang, someone's trying to add a new payee on the club account from "
        "abroad, they've frozen it till 4",
    ],
    "work that cannot go ahead without what is broken or locked, within a day (newcomer31)": [
        "The dive log app won't sync and we can't take the group out without it this afternoon.",
        "The shop laptop wants a recovery key and nobody here has it, tomorrow's orders are "
        "all on it.",
    ],
    "a station off air now": [
        "Bonjour, on est hors antenne depuis sept heures, l'émetteur a grillé cette nuit.",
        "We've been off air since 6am, the transmitter took a lightning strike.",
    ],
    "personal data to the wrong people": [
        "Our volunteer sent the list of donors with their addresses to the whole mailing list "
        "by mistake.",
        "On a envoyé par erreur les fiches des bénéficiaires, avec leurs numéros de sécu, à un "
        "autre partenaire.",
        "the payroll spreadsheet with everyone's salaries went to all staff instead of just the "
        "treasurer",
        "Le fichier des adhérents avec les dates de naissance a été transmis à la mauvaise "
        "association.",
        "I accidentally cc'd all the parents on an email that had the children's medical notes",
        "the parent portal is showing other families' info when you log in",
        # written in a second language (newcomer27): the verb unconjugated, "a wrong"
        "This morning our trainee email the client list with passport numbers to a wrong "
        "address, someone we don't know.",
    ],
    "wanted in a meeting happening now": [
        "we're all on the zoom waiting for you, link in your inbox",
        "Camille, on est en visio avec la banque pour le prêt, pouvez-vous nous rejoindre "
        "maintenant ?",
        "Hi, I'm on the Teams call for our 11:00 with the board, are you joining?",
        "on est en réunion avec le bailleur là maintenant, ils veulent voir le tableau de bord",
    ],
    "payments taken twice or accounts taken over": [
        "le terminal débite les clients deux fois en sans contact",
        "the card reader is charging every customer twice since this morning",
        "the bank says someone logged into our account from a new device and we didn't do that",
    ],
    "major money at risk today": [
        "The bank will reject the 40,000 grant transfer today unless we send the signed mandate.",
        "Si on ne paie pas l'URSSAF aujourd'hui on a une majoration de 10 000 euros.",
        "Our biggest client says he'll cancel the 120k contract today if the invoice isn't "
        "corrected.",
        "the funder pulls the 50k grant if the report isn't in by tonight",
        "on risque de perdre la subvention de 30 000 € si le dossier n'est pas déposé ce soir",
    ],
}
CALM = [
    "we're all on zoom right now going over the sponsor list, can you hop on for ten minutes",
    "Louise is out today - is the upload portal live yet? Clients ask where to send slips.",
    "Could you send me the link for tomorrow's meeting?",
    "I need to move our meeting tomorrow, the vet is coming.",
    "Our office will be closed tomorrow. If you need anything, email Sam.",
    "The board meets in March; could you send the slides when you get a chance?",
    "I sent the signed budget to the funder today, all done.",
    "Je n'arrive pas à trouver le temps de relire le rapport, on en parle jeudi ?",
    "Pas grave du tout : l'agenda du site affiche les mois en anglais.",
    "The grant report is due on 31 January, could you start on it next week?",
    "On a reçu le virement de la subvention aujourd'hui, merci !",
    "Could you remind me how to change my email password? No rush.",
    "The courier went to a wrong address this morning; the parcel comes back next week.",
    "The breakfast show goes off air for the Christmas break on the 20th.",
    "My season ticket ran out last month, I'll renew it in January.",
    "We ran the first-aid refresher this morning and everyone passed.",
    "Could you update the fire evacuation plan before the spring term?",
    "Can you find us a damp specialist? There's mould in the back office again.",
    "Could you reset my password? I forgot it, no hurry.",
    "The new heater smells a bit when you first turn it on, is that normal? No rush.",
    "We can't open without a manager on site, so the Sunday rota for March needs one.",
    "The sales figures show footfall down this month, can we talk about it on Thursday?",
    "The dashboard shows the site as offline for two hours on Sunday night, back now.",
    "Le registre de sécurité incendie est à signer à la prochaine visite.",
    "Le yaourt est périmé depuis hier, on en rachète demain matin.",
    "le nouveau portable est arrivé, tu pourras le configurer jeudi ?",
]


@pytest.mark.parametrize(
    ("kind", "text"), [(kind, text) for kind, texts in KINDS.items() for text in texts]
)
@pytest.mark.parametrize("channel", ["email", "voicemail"])
def test_kind_is_urgent_on_clear_evidence(kind: str, text: str, channel: str):
    verdict = classify(Message("x", channel, text))
    assert verdict.urgent and verdict.urgency == "urgent", (kind, verdict.reasons)


@pytest.mark.parametrize("text", CALM)
def test_calm_neighbours_of_those_kinds_stay_not_urgent(text: str):
    verdict = classify(Message("x", "email", text))
    assert not verdict.urgent, verdict.reasons
