"""Broken operations told in other words: a service lost, mail that bounces, money taken for
nothing, nobody able to get in, a transfer the bank sent back (SPEC §5: a concrete breakage
or money risk needs the consultant today).

Each kind sits behind the words it cannot do without: a substring test (a C-speed scan)
decides whether its pattern is tried at all, so a message that holds none of those words
costs next to nothing. Measured on the triage benchmark's mix: the same patterns inside
`urgency.CANNOT` tripled the time of that table (issue 8, ≥ 1,000 messages/s).

All patterns run over normalised text (lowercase, no accents, see `text.normalise`).
"""

from __future__ import annotations

import re

from boundaries.triage.cues import ON_PURPOSE, any_of
from boundaries.triage.gate import Gated

_SERVICES = (
    "internet", "connexion", "connection", "wifi", "wi fi", "reseau", "network", "fibre",
    "ligne", "telephone", "phone", "signal", "service", "adsl", "broadband", "box", "co ",
    "4g", "5g", "tonalite", "dial tone", "electricite", "courant", "acces", "mail", "standard",
    "chauffage", "heating", "eau", "water", "power", "son", "sound", "carte", "cb", "caisse",
    "terminal",
)  # fmt: skip

_LOST = ("plus", "pas", " pu ", "sans", "aucun", " hs", "panne", "coupure", "coupe", "saute",
         "plante", " no ", "without", "not had")  # fmt: skip

_MONEY_WORDS = ("pay", "paid", "paie", "money", "argent", "virement", "transfer", "fund", "fond",
                "went to", "gone to")  # fmt: skip
_ELSEWHERE = ("wrong", "old ", "ancien", "mauvais", "someone else", "quelqu'un d'autre",
              "inconnu", "don't know", "do not know", "don't recognise", "don't recognize",
              "stranger")  # fmt: skip

# Not when done on purpose (`cues.ON_PURPOSE`): public links, blank labels to fill in.
_NOT_ON_PURPOSE = f"(?!{ON_PURPOSE})"

Gate = tuple[tuple[str, ...], ...]
"""Groups of words: a kind is tried only when each group has one of its words in the text."""

_FLOWS = (
    r"(mails?|e mails?|emails?|courriels?|messages?|commandes?|resas?|reservations?|paiements?|"
    r"virements?|appels?|inscriptions?|demandes?|formulaires?|orders?|bookings?|payments?|"
    r"calls?|enquiries|inquiries|applications|registrations|leads|donations|dons|submissions?|"
    r"soumissions?|candidatures?|tickets?|entries)"
)
"""What flows in to a business every day: mail, orders, bookings, payments, calls (not an
app's own notifications or alerts)."""

_RECORDS = (
    r"(inscriptions|registrations|donnees|data|commandes|orders|fichiers|files|reservations|"
    r"bookings|prescriptions|ordonnances|contacts|adherents|members|clients|customers|factures|"
    r"invoices|photos|dossiers|entries|notes|emails|records|posts|pages|documents|messages|"
    r"accounts|backups|appointments|collections|folders?|projects|repos|repositories|"
    r"workspaces?|databases?|spreadsheets?|articles|history|work|projets|travail|changes|"
    r"edits|modifications)"
)
"""What a business keeps and cannot lose: records, files, the work itself."""
_RECORDS_MORE = r"(" + _RECORDS[1:-1] + r"|results|test results|reports|payslips|timesheets|list)"
"""`_RECORDS` and the results and reports a lab, a clinic or payroll keeps."""
_WHOSE = (
    r" (all |all of |toutes les |tous les |tous mes |toutes mes |tous nos |toutes nos |the |les "
    r"|nos |our |my |mes |most of |most of my |all my |all our |la plupart de mes |une partie "
    r"de mes )?"
)

_SENT = (
    r"(mails?|e mails?|emails?|messages?|submissions?|enquiries|inquiries|forms?|tickets?|"
    r"applications?|registrations?|entries|leads)"
)
"""What people send in through a form or by mail: "did not come through" means it was lost
(a payment that "didn't go through" is one customer's card, not a breakage)."""

_LOADS = (
    r"(trucks?|lorry|lorries|camions?|semi|semis|trailers?|remorques?|containers?|conteneurs?|"
    r"shipments?|consignments?|goods|marchandises?|pallets?|palettes?|cargo|loads?|"
    r"chargements?|envois?|expeditions?|parcels?|colis|reefers?)"
)
"""What a small firm's goods cross a border in: the load and the vehicle carrying it."""
_LOADS_GATE = (
    "truck", "lorr", "camion", "semi", "trailer", "remorque", "container", "conteneur",
    "shipment", "consignment", "goods", "marchandise", "pallet", "palette", "cargo", "load",
    "chargement", "envoi", "expedition", "parcel", "colis", "reefer",
)  # fmt: skip

KINDS: tuple[tuple[Gate, Gated], ...] = (
    # Money leaking on every sale: "the webshop is charging $0 shipping on every order … we're
    # out roughly $12 a parcel and it keeps going" (newcomer104), « le site facture 0 € de
    # livraison sur toutes les commandes ».
    (
        (("$0", "€0", "£0", " 0 ", "0$", "0€", "out roughly", "out about", "losing"),),
        any_of(
            r"(charging|charges|charged|billing|bills|showing|shows|facture|facturent|affiche|"
            r"compte|comptent) (\$|€|£)? ?0(\.00|,00)?( ?\$| ?€| ?£| euros?| dollars?)?( [a-z]+)"
            r"{0,3} (on|for|sur|pour|a) (every|each|all|chaque|toutes les|tous les)",
            r"(we're|we are|we've been) (out|losing|down) (roughly |about |around |nearly )?"
            r"(\$|€|£) ?\d+ (a|per|on each|on every) (parcel|order|sale|booking|ticket|item|"
            r"delivery)",
        ),
    ),
    # A phone line people call dead: "Out-of-hours repairs line is going to a dead tone since
    # last night, tenants can't report anything" (newcomer102), « le standard sonne dans le
    # vide depuis ce matin », « la ligne d'astreinte est muette ».
    (
        (("line", "ligne", "standard", "number", "numero", "phone", "telephon"),),
        any_of(
            r"(line|helpline|hotline|number|phone|phones|switchboard|ligne|standard|numero|"
            r"telephone|telephones)( [a-z']+){0,3} (is |are |keeps |has been )?(going|goes|went|"
            r"go) (straight )?to (a |an )?(dead (tone|air|line)|silence|nothing|an error|a "
            r"fast busy)",
            r"(line|helpline|hotline|number|phone|phones|switchboard)( [a-z']+){0,2} (is|are|'s|"
            r"has been|have been|keeps) (dead|not ringing|not connecting|not working)",
            r"(ligne|standard|numero|telephone|telephones)( [a-z']+){0,4} (est |sont )?(muets?|"
            r"muettes?|morte?s?|hs|en panne|coupee?s?|ne sonne(nt)? (pas|plus)|sonne(nt)? dans le "
            r"vide)",
        ),
    ),
    # What keeps people safe out of order where they are: « la centrale incendie affiche
    # défaut zone trois … les détecteurs du deuxième étage ne répondent pas » (newcomer102),
    # "the fire alarm panel is showing a fault", "smoke detectors not working on level 2".
    (
        (
            ("incendie", "fire", "detect", "sprinkler", "smoke", "fumee", "secours", "emergency"),
            ("pas", "plus", "defaut", "fault", "not", "n't", "down", "dead", "panne", " hs"),
        ),
        any_of(
            r"(centrale|alarme|panneau|systeme|detection) (incendie|de securite incendie|"
            r"d'incendie)( [a-z']+){0,3} (affiche|affichait|indique|est|sont|signale) "
            r"(un |une |en )?(defaut|panne|hs|erreur)",
            r"(detecteurs?( de fumee| incendie)?|sprinklers?|alarmes? incendie|eclairages? de "
            r"secours|blocs? de secours|extincteurs? automatiques?)( [a-z']+){0,4} (ne |n')?"
            r"(repond|repondent|fonctionne|fonctionnent|marche|marchent|sonne|sonnent|"
            r"se declenche|se declenchent|s'allume|s'allument) (pas|plus)",
            r"(fire alarm|fire panel|alarm panel|fire detection|smoke (detectors?|alarms?)|"
            r"detectors?|sprinklers?|emergency lighting|emergency lights)( [a-z']+){0,3} "
            r"(is |are )?(showing|shows|reporting|in) (a |an )?(fault|error)",
            r"(fire alarm|fire panel|alarm panel|fire detection|smoke (detectors?|alarms?)|"
            r"detectors?|sprinklers?|emergency lighting|emergency lights)( [a-z']+){0,3} "
            r"(is |are |aren't |isn't |are not |is not )?(not working|not responding|down|dead|"
            r"out of order|faulty|(didn't|did not|don't|won't) (go off|sound|respond|work))",
        ),
    ),
    # What flows in has stopped: « je reçois plus les résas depuis ce matin », "we're not
    # getting any orders since 9", "no bookings have come through since yesterday".
    (
        (
            ("recoi", "recev", "getting", "receiving", "coming", "come through", "came through"),
            ("plus", "pas", "aucun", "rien", "not", "no ", "n't", "stopped", "zero"),
        ),
        any_of(
            r"(je|j'|on|nous|ils|elles|elle|il) (ne |n')?(recois|recoit|recevons|recoivent|"
            r"recevez) (plus|aucun|aucune|plus aucun|plus aucune|plus rien|plus de|plus les|"
            r"plus nos|plus mes|plus d') ?(de |d'|les |nos |mes |des |d )?" + _FLOWS,
            r"(we're|we are|i'm|i am|we've|we have|i've|i have)( been)? (not|no longer) "
            r"(getting|receiving) (any |our |the )?" + _FLOWS,
            r"(we|i)( stopped| have stopped| haven't been| have not been|'ve not been|"
            r"'ve stopped) (getting|receiving) "
            r"(any |our |the )?" + _FLOWS,
            r"(no|zero|none of the|none of our) " + _FLOWS + r" (are |have |has )?(been )?"
            r"(coming|come|came|getting|got) (in|through)",
            r"(we|i|they|you)( have|'ve)? (haven't|have not|hasn't|has not|not) been (seeing|"
            r"getting|receiving) (any )?" + _FLOWS,
        ),
    ),
    # What flows in is lost on the way: "the test submission did not come through", « le
    # message ne semble pas partir », « les tickets ne sont plus créés après validation ».
    (
        (("through", "partir", "arriv", "plus cree", "plus envoye", "plus enregistre"),),
        any_of(
            r"(test )?" + _SENT + r"( [a-z']+){0,5} (did not|didn't|does not|doesn't|do not|"
            r"don't|never|isn't|is not|aren't|are not|not|no longer|won't|will not) (come|coming|"
            r"go|going|get|getting) through",
            _FLOWS + r"( [a-z']+){0,4} (ne |n')(semble |semblent )?(pas|plus|jamais) "
            r"(partir|arriver|parvenir)",
            _FLOWS + r"( [a-z']+){0,4} (n'arrive|n'arrivent|ne part|ne partent|ne parvient|"
            r"ne parviennent) (plus|pas|jamais)",
            _FLOWS + r"( [a-z']+){0,4} ne (sont|est) plus (cree|crees|creee|creees|envoye|envoyes|"
            r"envoyee|envoyees|enregistre|enregistres|enregistree|enregistrees|recu|recus|"
            r"recue|recues)",
        ),
    ),
    # A service lost: no internet, no line, no connection (since…).
    (
        (_SERVICES, _LOST),
        any_of(
            r"(n'ai|n'a|n'avons|ai|avons|a) (plus|pas|toujours pas|plus du tout) (d'|de |du |la )?"
            r"(internet|connexion|co|wifi|reseau|fibre|telephone|ligne|electricite|courant|acces|"
            r"mails?|emails?|tonalite|adsl|4g|eau|chauffage|gaz|lumiere)",
            r"toujours (pas|plus) (d'|de |du )(internet|eau|courant|electricite|chauffage|reseau|"
            r"wifi|telephone|tonalite|connexion|ligne)",
            r"plus (de |d')(telephone|internet|reseau|courant|electricite|eau|chauffage|wifi) "
            r"(ni|et|ou) ",
            # A note (or a sentence, a PS) that starts with what is gone: « plus d'internet au
            # bureau », « Ok pour jeudi. PS : plus d'internet à la pharmacie », after the one
            # word it is addressed to: « @freebox Plus de connexion internet » (realtext31)
            r"(^ ([a-z0-9_]+ )?|\. |\bps ?:? |\bp s ?:? )(pu|plus) (d'|de |du )"
            r"(internet|eau|courant|electricite|chauffage|reseau|wifi|"
            r"telephone|tonalite|connexion|gaz|lumiere)(?! (gazeuse|plate|minerale|pour|for))",
            # « l'ancien est débranché donc plus de carte en attendant »
            r"(donc|alors|du coup|et|so) (pu|plus) (de |d')(carte|cb|paiement par carte|caisse|"
            r"terminal|internet|telephone|reseau|courant|electricite|eau|chauffage|wifi)",
            # « plus d'accès au logiciel de caisse », « pu d'accès à la messagerie »
            r"(^ |\. |\bps ?:? |\bp s ?:? )(pu|plus) (d'|d )acces (a|au|aux) ",
            r"(plus rien|y a rien|rien) (ne |n')?(qui )?(marche|fonctionne|marchent|fonctionnent)"
            r"(?! (pas|mal))",
            # Spoken « on a pu d'eau » (« plus » said « pu », which `normalise` leaves as the
            # participle after « a »): only before a utility, where "could" makes no sense.
            r"(on|j'|il|elle|nous|ils|elles) (a|ai|avons|ont) pu (d'|de |du )(eau|chauffage|gaz|"
            r"lumiere|courant|electricite|internet|reseau|wifi|connexion|telephone|tonalite)"
            r"(?! (gazeuse|plate|minerale|pour|for))",
            r"(sans|pas de|plus de|aucune?) (internet|connexion|co|wifi|reseau|fibre|ligne|"
            r"telephone|acces|tonalite) (depuis|ce matin|aujourd'hui|toute la journee|"
            r"pour travailler)",
            # Heating, water, power or sound gone where people are: « plus de chauffage dans
            # l'école », « y a plus de son dans la salle », "no heating in the hall".
            r"(plus de|pas de|plus d'|pas d'|sans|no|without) (chauffage|eau|courant|electricite|"
            r"son|heating|heat|water|power|electricity|sound) (dans|a|au|a la|en|in|at|on|since|"
            r"depuis|ce matin|this morning)",
            r"(internet|connexion|co|wifi|reseau|fibre|ligne|box|telephone|standard|4g|5g|adsl)"
            r"( [a-z']+){0,2} (est |sont )?(hs|coupee?s?|en panne|saute|sautent|plante|plantent)",
            r"(panne|coupure) (de |d')?(fibre|internet|reseau|ligne|connexion|telephone|adsl)",
            r"(no|without) (internet|connection|connectivity|wifi|wi fi|service|signal|phone|"
            r"phones|network|email|broadband|dial tone) (for|since|at all|all day|this morning|"
            r"today)",
            r"(have|has|had|we've|i've) (had )?(no|not had any?) (internet|connection|wifi|"
            r"service|signal|phone|network|broadband|email)",
        ),
    ),
    ((("rien ne",),), any_of(r"plus rien ne (fonctionne|marche|passe|s'affiche|s'ouvre|charge)")),
    # « ça capte plus » (the box has no signal); « je capte pas » alone is "I don't get it".
    (
        (("capte",),),
        any_of(r"(ne |n')?(capte|captent) (plus|rien)", r"(ne |n')(capte|captent) pas"),
    ),
    # Records gone.
    (
        (
            (
                "gone",
                "missing",
                "disappeared",
                "vanished",
                "lost",
                "disparu",
                "effac",
                "supprim",
                "perdu",
                "wiped",
                "deleted",
                "removed",
                "erased",
                "overwr",
                "ecras",
            ),
        ),
        any_of(
            # told by what did it: « le site a effacé toutes les inscriptions »
            # (not by the writer: « on a supprimé les dossiers » is a thing done on purpose)
            # (not by the writer: « on a supprimé les dossiers » is a thing done on purpose);
            # an update or a sync that took the writer's own work: "Postman updated itself and
            # removed all my collections", "that action deleted my folder!" (realtext19)
            r"(?<!on )(?<!nous )(?<!we )(?<!i )(?<!they )(?<!vous )(?<!you )"
            rf"((a|ont) (efface|supprime|perdu|ecrase)|(has|have) (wiped|deleted|lost|removed|"
            rf"erased|overwritten)){_WHOSE}{_RECORDS}",
            r"(it|itself and|update|upgrade|sync|synchronization|synchronisation|action|"
            r"migration|app|application|mise a jour|synchro)( has| have| had| just| a)? "
            rf"(deleted|removed|wiped|erased|overwrote|overwritten|lost|supprime|efface|ecrase)"
            rf"{_WHOSE}{_RECORDS}",
            r"(deleted|removed|wiped|erased|supprime|efface)( [a-z']+){0,3} "
            rf"{_RECORDS}( [a-z']+){{0,3}} (without (asking|warning|notice|any warning|"
            r"confirmation)|sans (prevenir|demander|confirmation|avertissement))",
            rf"{_RECORDS}( [a-z']+){{0,6}} (are|is|were|was|have|has) (all |completely |now )?"
            r"(been )?(gone|missing|disappeared|vanished|lost|deleted|wiped|erased)"
            # not "2 emails have gone completely unanswered" (realtext19)
            r"(?! (completely |totally |largely |mostly )?(unanswered|unread|unnoticed|through|"
            r"out|up|down|well|smoothly|fine|ignored)\b)"
            # nor a clean-up asked for: "the old drafts were deleted as we asked"
            r"(?!( [a-z']+){0,4} (as (we|you|i|agreed|planned|requested|asked|discussed)|on "
            r"purpose|deliberately|comme (prevu|convenu|demande)|a (ma|notre) demande)\b)",
            # gone, said without an auxiliary: "after the update all the invoices disappeared",
            # "the invoice list went missing", "test results missing since the system update"
            # (realtext30)
            rf"{_RECORDS}( (list|lists|table|page|view|tab))? (all |suddenly |just )?(disappeared|"
            r"vanished|went missing|got deleted|got wiped|got lost)\b",
            rf"{_RECORDS_MORE}( [a-z0-9']+){{0,4}} missing (since|after|post|following) (the |an "
            r"|our |last |a )?([a-z]+ ){0,2}(update|upgrade|migration|sync|release|install|"
            r"installation)\b",
            # all of it removed: "my entire Data folder on my computer was removed" (realtext28);
            # "the old invoices were removed" alone is a clean-up
            rf"(all|entire|whole) (of )?(my |our |the |its )?(data )?{_RECORDS}( [a-z']+){{0,5}} "
            r"(was|were|has been|have been|got) (removed|deleted|wiped|erased)",
            r"(donnees|fichiers|contacts|factures|commandes|photos|mails|dossiers|documents|"
            r"fiches|rendez vous|reservations|clients|adherents|projets|collections|articles|"
            r"tableaux|sauvegardes|travail|base|historique|modifications)( [a-z']+){0,4} "
            r"(ont|a|sont|est)"
            r" (tous |toutes )?(disparu|disparus|disparues|ete effacees?|ete effaces|ete perdus|"
            r"ete perdues|ete supprimees?|ete supprimes|perdus|perdues|ete ecrase|ete ecrases|"
            r"ete ecrasees?)",
        ),
    ),
    # Mail that does not go out or comes back.
    (
        (
            ("mail", "message", "courriel", "newsletter"),
            (
                "bounc",
                "reviennent",
                "rejet",
                "deliver",
                "not going out",
                "not arriving",
                "ne partent",
                "n'arrivent",
                "ne passent",
                "plus",
            ),
        ),
        any_of(
            r"(emails?|e-mails?|mails?|messages?|courriels?|newsletters?)( [a-z']+){0,6} (are |is |"
            r"keep |keeps |sont |est )?(still )?(bouncing|bounce back|bounced|being rejected|"
            r"not (being )?delivered|not going out|not arriving|reviennent|rejetes|rejetees)",
            r"(emails?|mails?|messages?|courriels?)( [a-z']+){0,4} (ne |n')?(partent|arrivent|"
            r"passent) (pas|plus)",
        ),
    ),
    # Money taken and nothing in return.
    (
        (
            (" but ", " mais ", " and never", " and doesn't", " and does not", " sans "),
            (
                "money",
                "argent",
                "payment",
                "paiement",
                "card",
                "customers",
                "clients",
                "gens",
                "people",
            ),
        ),
        any_of(
            r"(takes|took|taking|charges|charged|prend|a pris|prennent|debite|encaisse) (the |l'|"
            r"leur |their )?(money|argent|payment|paiement|card)( [a-z']+){0,3} (but|mais)",
            # "charges customers and never sends the order", « débite les clients sans … »
            r"(takes|charges|charged|charging|prend|debite|debitent|encaisse|preleve) (the |les |"
            r"our |nos )?(customers|clients|people|gens|money|argent|payments?|paiements?)"
            r"( [a-z']+){0,2} (and never|and doesn't|and does not|but never|sans (jamais )?"
            r"(envoyer|transmettre|enregistrer))",
        ),
    ),
    # Nobody can get in.
    (
        (("nobody", "no one", "none of"),),
        any_of(
            r"(nobody|no one|none of (us|them|our [a-z]+|the [a-z]+))( [a-z']+){0,4} (can|could|"
            r"is able to|are able to) (log ?in|sign ?in|get (in|into|on)|access|connect|pay|"
            r"book|order|print|use|work|reach|open|check out|register|receive)"
        ),
    ),
    # "unable to directly book": the usual breakage with an adverb in the way.
    (
        (("can't", "cannot", "couldn't", "unable to", "not able to"), ("ly ",)),
        any_of(
            r"(can't|cannot|couldn't|unable to|not able to) [a-z]+ly (log ?in|sign ?in|access|"
            r"connect|open|load|use|pay|book|order|print|receive|login|register|check out|"
            r"download|upload|save|submit)"
        ),
    ),
    # A hacked mailbox: « nos boîtes mail envoient du spam à tous nos contacts ».
    (
        (
            (
                "spam",
                " pubs",
                "bizarre",
                "weird",
                "phishing",
                "tous nos contacts",
                "tous mes contacts",
                "tous les contacts",
                "all our contacts",
                "all my contacts",
            ),
        ),
        any_of(
            r"(envoie|envoient|a envoye|ont envoye|balance|balancent|sending|sends|sent|spamme|"
            r"spamment)( [a-z']+){0,4} (du spam|des spams|spam|des pubs|des messages bizarres|"
            r"des mails bizarres|weird (emails|messages)|phishing|a tous (nos|mes|les) contacts|"
            r"to all (our|my|the) contacts)",
        ),
    ),
    # Nobody can get in, in French: « Plus personne ne peut se connecter ».
    (
        (
            (
                "personne ne",
                "personne n'",
                "personne peut",
                "personne arrive",
                "personne qui",
                "aucun",
            ),
            (
                "connecter",
                "acceder",
                "entrer",
                "payer",
                "travailler",
                "imprimer",
                "commander",
                "reserver",
                "envoyer",
                "recevoir",
                "ouvrir",
                "creer",
                "inscrire",
            ),
        ),
        any_of(
            r"((plus )?personne( qui)?|(aucun|aucune)( d'entre (nous|eux|elles)|( de (nos|mes|"
            r"vos|ses|leurs|ces|des|tes))? [a-z]+)) (ne |n')?(peut|peuvent|arrive|arrivent|"
            r"parvient) (plus )?(a |d')?(se connecter|acceder|entrer|payer|travailler|imprimer|"
            r"commander|reserver|envoyer|recevoir|ouvrir|creer|s'inscrire)"
        ),
    ),
    # Money sent to the wrong place: "the link is sending the payments to an old number",
    # « les virements partent sur l'ancien compte », "it went to a name we don't know".
    (
        (_MONEY_WORDS, _ELSEWHERE),
        any_of(
            r"(payments?|paiements?|money|argent|virements?|transfers?|funds|fonds|payouts?|"
            r"deposits?)( [a-z']+){0,4} (are |is |were |was |sont |est )?(going|go|goes|went|"
            r"gone|sent|paid|partent|part|vont|va|arrivent|arrive|partis|parti|landing|routed|"
            r"redirected|ending up|ended up|verses?) (to|on|sur|vers|a|into|dans|au|chez)"
            r"( [a-z']+){0,3} (the wrong|a wrong|an old|the old|someone else|another|un ancien|"
            r"une ancienne|l'ancien|l'ancienne|le mauvais|la mauvaise|un autre|une autre|"
            r"quelqu'un d'autre|un inconnu|a stranger)",
            r"(sending|sends|sent|envoie|envoient|verse|versent|redirects?|redirige|redirigent)"
            r" (the |all the |les |tous les )?(payments?|paiements?|money|argent|virements?|"
            r"transfers?|funds|fonds|payouts?)( [a-z']+){0,2} (to|vers|sur|a|au) (the wrong|"
            r"a wrong|an old|the old|someone else|another|un ancien|une ancienne|l'ancien|"
            r"l'ancienne|le mauvais|la mauvaise|un autre|une autre)",
            r"(paying|pay|paid|payent|paient|versent|virent) (in|into|to|on|sur|a|au|vers)"
            r"( [a-z']+){0,2} (the wrong|a wrong|an old|the old|le mauvais|la mauvaise|un ancien|"
            r"une ancienne|l'ancien|l'ancienne)",
            r"(went|gone|paid) to (a name|an account|a number|someone) (we|i) (don't|do not) "
            r"(know|recognise|recognize)",
        ),
    ),
    # People kept waiting now, for minutes or hours, or sent away: "customers downtown are
    # waiting forty minutes", « les patients attendent depuis une heure ».
    (
        (("wait", "queu", "attend", "away", "poireaut"),),
        any_of(
            r"(customers|clients|patients|guests|passengers|riders|parents|students|visitors|"
            r"people|callers|drivers|kids|children|members|diners|shoppers|gens|familles|eleves|"
            r"passagers|visiteurs|membres|enfants|convives|usagers)( [a-z']+){0,3} (are|have been|"
            r"were|sont|ont) (left |ete )?(waiting|queuing|queueing|stuck|attendent|attendu|"
            r"poireautent) (for |depuis |pendant )?(over |more than |plus de |presque |almost )?"
            r"(\d+|an|one|two|three|half an|ten|fifteen|twenty|thirty|forty|fifty|une|deux|trois|"
            r"dix|quinze|vingt|trente|quarante|cinquante)( [a-z]+)? ?(min|mins|minutes|hour|hours|"
            r"hrs|heure|heures|h)",
            r"(customers|clients|patients|guests|passengers|parents|students|visitors|people|"
            r"gens|familles|eleves|passagers|visiteurs|usagers)( [a-z']+){0,3} (attendent|"
            r"poireautent|font la queue) (depuis |pendant )?(plus de |presque )?(\d+|une|deux|"
            r"trois|dix|quinze|vingt|trente|quarante|cinquante) ?(min|minutes|heure|heures|h)",
            r"(turning|turned|sending|sent) (customers|clients|patients|guests|people|passengers|"
            r"parents|visitors) away",
        ),
    ),
    # Data reset by an update or wiped: "all the settings are back to default and the
    # catalog is empty".
    (
        (
            (
                "default",
                "reset",
                "wiped",
                "empty",
                "vide",
                "zero",
                "reinitialis",
                "efface",
                " 0",
                "free",
                "rien",
                "0",
            ),
        ),
        any_of(
            r"(settings|data|catalog|catalogue|database|inventory|products|accounts|configuration|"
            r"config|parametres|donnees|reglages|base|inventaire|produits|comptes)( [a-z']+){0,3}"
            r" (are|is|were|was|have been|has been|got|sont|est|a ete|ont ete)"
            r" (all |tous |toutes )?"
            r"(back to (the )?default|reset|wiped|erased|empty|vides?|remis a zero|"
            r"reinitialises?|reinitialisees?)",
            r"(prices|prix|tarifs|stock|stocks|totals|balances|soldes|montants|quantities|"
            r"quantites)"
            r"( [a-z']+){0,4} (all |tous |toutes )?(went|gone|go|are|were|sont|ont|have|has|"
            r"passes|retombes|revenus|revenues|tombes) (all )?"
            r"(back |revenus |passes )?(to zero|a zero|to 0|a 0|at 0|at zero|0|zero|been reset|"
            r"ete remis a zero)",
            r"(prices|prix|products?|produits?|articles?|items?)( [a-z']+){0,4} (shows?|showing|"
            r"display|displays|s'affichent|affichent|affiche|priced|are priced|reset|tous|toutes|"
            r"all)( to| at| a)? (0|zero|\$ ?0|£ ?0|€ ?0)\b",
            r"(prices|prix|tarifs)( [a-z']+){0,3} (reset|were reset|got reset|have been reset|"
            r"wiped|reinitialises|ont ete reinitialises)",
            r"(wiped|reset|erased|efface|effaces|reinitialise|reinitialises) (our |the |all |les |"
            r"nos |tous les )?(prices|prix|tarifs)",
            # "the shop sells everything at 0.00", « le site vend tout à 0 € »
            r"(sells?|selling|sold|vend|vendent|vendu|affiche|affichent|shows?|showing|lists?|"
            r"listing) (everything|all( the)? (items|products)|all|tout|tous les "
            r"(produits|articles)|les (produits|articles)) (at|for|a|pour) (0|zero|free|rien)\b",
        ),
    ),
    # A system that cannot be reached now: "your server is unreachable since 06:42",
    # « le site est inaccessible ». Not "was": a past outage is told in the past.
    (
        (
            (
                "unreachable",
                "injoignable",
                "inaccessible",
                "unavailable",
                "indisponible",
                "not reachable",
                "not responding",
                "joignable",
            ),
        ),
        any_of(
            r"(server|serveur|servers|serveurs|site|sites|website|websites|web site|shop|store|"
            r"boutique|system|systeme|platform|plateforme|portal|portail|app|application|appli|"
            # an API named as a thing ("the API", « l'API »), a service not in an HTTP status
            # line of a log ("503 Service Temporarily Unavailable")
            # (or a subject's first word: "API indisponible", realtext40)
            r"(?<=l')apis?|(?<=(he|ur|es|re) )apis?|(?<=^ )apis?|(?<![0-9] )services?|mailbox|"
            r"messagerie|"
            r"boite mail|"
            r"database|base|intranet|extranet|caisse|logiciel|software|vps|host|hebergement|"
            r"booking|reservations?|planning|agenda|standard|ligne|line|phone line|phones?|"
            r"telephone|accueil telephonique|back office)( (?!(will|be|sera|seront|va|vont|"
            r"would|could|might|may|was|were|ete|etait|etaient)\b)[a-z0-9'-]+){0,3} (is |are |"
            r"n'est |ne sont |has been |"
            r"have been |est |sont |reste |restent |remains |still |seems |seem |semble |"
            r"semblent |looks |looked )?(still |toujours |completely |totally |totalement |"
            r"completement |to be |etre )?(unreachable|injoignable|injoignables|inaccessible|"
            r"inaccessibles|unavailable|indisponible|indisponibles|not reachable|not responding|"
            r"plus joignable|plus joignables|pas joignable)"
            r"(?! (on|le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week|\d)|"
            r"la (nuit|semaine)|du \d|from \d|from (mon|tue|wed|thu|fri|sat|sun)|between|entre|"
            r"until|jusqu'|pendant|during|for the|"
            r"tomorrow|demain|tonight|ce soir|cette nuit|next|this weekend|ce week|saturday|sunday|"
            r"samedi|dimanche|when|quand|while|pendant|if|si)\b)",
            # what an incident does to them: « un dysfonctionnement affecte l'ensemble des API
            # et les rend momentanément indisponibles » (realtext23)
            r"(panne|incident|dysfonctionnement|probleme|bug|erreur|attaque|coupure|crash)"
            r"[^.?!]{0,80} (les|le|la|l') ?(rend|rendent|a rendus?|a rendue|ont rendus?|"
            r"ont rendue)( [a-z]+){0,2} (inaccessibles?|indisponibles?|injoignables?)",
        ),
    ),
    # Payments or orders no longer taken: « la boutique ne prend plus les paiements », "the
    # shop is not taking payments".
    (
        (
            ("prend", "accept", "taking", "take", "process", "encaiss"),
            (
                "paiement",
                "payment",
                "carte",
                "card",
                "commande",
                "order",
                "reservation",
                "booking",
                " cb",
                " dons",
                "encaiss",
            ),
        ),
        any_of(
            r"(n'encaisse|n'encaissent|encaisse|encaissent) plus (rien|aucun|les|de|d')",
            r"(ne |n')?(prend|prennent|accepte|acceptent|passe|passent) (plus|aucun|aucune) "
            r"(les |de |d'|la |le |aucun |aucune )?(paiements?|cartes?|cb|commandes?|"
            r"reservations?|virements?|dons)(?! (a partir|des (le |janvier|fevrier|mars|avril|mai|"
            r"juin|juillet|aout|septembre|octobre|novembre|decembre)|from|starting))",
            r"(isn't|is not|aren't|are not|stopped|no longer|won't|can't|cannot)"
            r" (taking|accepting|take|accept|takes|accepts|processing|process) (any |the |our |"
            r"card |online )?(payments?|cards?|orders?|bookings?|reservations?|card payments?)",
        ),
    ),
    # Water coming in where it should not: "water coming through the ceiling onto the server
    # rack", « de l'eau qui coule du plafond ».
    (
        (("water", "eau"),),
        any_of(
            r"(water|eau)( [a-z']+){0,2} (coming|pouring|leaking|dripping|running|qui coule|coule|"
            r"coulent|qui tombe|tombe|ruisselle|goutte|s'infiltre) (in|through|from|down|onto|"
            r"into|everywhere|du plafond|par le plafond|partout|dans|sur|a travers)",
        ),
    ),
    # Every card refused: « le terminal refuse toutes les cartes ».
    (
        (
            ("refus", "rejet", "decline", "reject"),
            ("toutes", "tous", "every", "all ", "each", "any ", "chaque"),
        ),
        any_of(
            r"(refuse|refusent|rejette|rejettent|declines?|rejects?) (toutes les|tous les|every|"
            r"all|each|any) (cartes?|paiements?|cards?|payments?|transactions?|virements?|"
            r"connexions?|connections?|logins?|log ins?|acces|identifiants|passwords?)",
            # "says 'declined' for every card", « affiche transaction refusée pour toutes les
            # cartes », « toutes les cartes sont refusées »
            r"(declined|rejected|refused|refusee?s?|rejetee?s?)'?( [a-z']+){0,2} (for|on|with|pour|"
            r"sur|avec) (toutes les|tous les|every|all|each|any|chaque) (cartes?|cards?|"
            r"paiements?|payments?|transactions?|clients?|customers?)",
            r"(toutes les|tous les|every|all( the)?|each|chaque) (cartes?|cards?|paiements?|"
            r"payments?|transactions?)( [a-z']+){0,3} (sont|are|is|get|gets|getting|being|est|"
            r"se font|have been|ont ete) (refusee?s?|rejetee?s?|declined|rejected|refused)",
        ),
    ),
    # The means of taking money out of order: « le TPE ne marche pas », "card machine dead",
    # « les paiements en ligne sont bloqués », "the payment page shows an error".
    (
        (
            ("tpe", "terminal", "caisse", "till", "card", "carte", "pos", "paiement", "payment"),
            (
                "pas",
                "plus",
                " pu ",
                "hs",
                "mort",
                "dead",
                "down",
                "broken",
                "plant",
                "bloqu",
                "frozen",
                "error",
                "erreur",
                "panne",
                "charge",
            ),
        ),
        any_of(
            r"(tpe|terminal|terminal de paiement|caisse|till|card (machine|reader|terminal)|"
            r"lecteur de cartes?|paiements? en ligne|online payments?|payment page|"
            r"page de paiement)( [a-z']+){0,3} ((ne |n')?(marche|marchent|fonctionne|fonctionnent|"
            r"passe|passent|charge|s'allume) (pas|plus)|(est |sont )?(plus|pu) capables? de)",
            r"(tpe|terminal|terminal de paiement|caisse|till|card (machine|reader|terminal)|"
            r"lecteur de cartes?|paiements? en ligne|online payments?|payment page|"
            r"page de paiement)( [a-z']+){0,3}( (est|sont|is|are|s'est|has|have))?( all| tous)?"
            r"( completement| totalement| completely)? (hs|mort|morte|dead|down|broken|plante|"
            r"plantee|bloque|bloques|bloquee|bloquees|en panne|frozen|not working|shows an error|"
            r"affiche une erreur|crashed)\b",
        ),
    ),
    # Heating, sound or power gone where people are, told without a verb: "Heating gone at
    # the daycare this morning", « Chauffage HS à la crèche ce matin ».
    (
        (
            (
                "heating",
                "heat",
                "chauffage",
                "sound",
                "sono",
                "son ",
                "power",
                "courant",
                "electricite",
                "lights",
                "lumiere",
                "eau",
                "water",
            ),
            ("gone", " hs", "dead", " out", "coupe", "panne", " off"),
        ),
        any_of(
            r"(heating|heat|chauffage|sound system|sound|sono|son|power|courant|electricite|"
            r"lights|lumiere|eau|water)( [a-z']+){0,4} (gone|hs|dead|out|off|coupee?|en panne)"
            r"( [a-z']+){0,4} (this morning|today|tonight|ce matin|aujourd'hui|ce soir|since|"
            r"depuis)",
        ),
    ),
    # A system down, said the way it is said: « le système est planté », "everything is
    # broken", « ça bugue de partout, on est bloqués ».
    (
        (("plant", "broke", "break", "casse", "bugue", "bloque", "crash", "hs"),),
        any_of(
            # what an update broke: "Latest Update Breaks the Plugin", « la mise à jour a cassé
            # mon site » (realtext42)
            r"(update|upgrade|mise a jour|maj|new version|nouvelle version|release)( [a-z']+)?"
            r" (breaks|broke|has broken|have broken|a casse|casse)\b",
            r"(systeme|logiciel|ordinateur|ordi|pc|serveur|reseau|site|caisse|appli|application)"
            r"( [a-z']+){0,3} (est|a|sont|ont) (plante|plantee|crashe|hs|en panne|casse|cassee)",
            # the same, going on now: « les nouvelles caisses plantent », « l'appli bugue
            # sans arrêt », "the tills keep crashing" (newcomer69)
            r"(systemes?|logiciels?|ordinateurs?|ordis?|pcs?|serveurs?|caisses?|applis?|"
            r"applications?|terminaux|terminal|tablettes?|tpe|imprimantes?)( [a-z']+){0,2} "
            r"(plante|plantent|bugue|buguent|crashe|crashent)(?! (pas|jamais)\b| plus\b(?! (aucun|"
            r"aucune|rien|personne|de|d')\b))",
            r"(everything|tout)( is| est)? (broken|down|casse|plante|en panne|hs)",
            r"(bugue|plante) de partout",
            r"(on est|nous sommes|on est tous|we're|we are) (tous |all |completement |"
            r"totalement |completely )?(bloques|bloquees|blocked)(?! (sur|on|par|by) (le|la|"
            r"the) (choix|choice|devis|quote|design))",
        ),
    ),
    # Wrong data going out to customers now: « le mail de confirmation part avec le mauvais
    # nom », "the booking page shows the wrong date", « la billetterie affiche complet alors
    # qu'on a vendu quarante places ».
    (
        (("mauvais", "wrong", "complet", "sold out", "blank", "vide", "blanc"),),
        any_of(
            r"(part|partent|envoie|envoient|sends|send|goes out|go out|going out|affiche|"
            r"affichent|shows|show|showing|imprime|prints)( [a-z']+){0,3} (avec )?(le |la |les |"
            r"the |a )?(mauvais|mauvaise|mauvaises|wrong) (nom|noms|prix|date|dates|heure|"
            r"adresse|montant|name|names|price|prices|date|time|address|amount|totals?)",
            r"(affiche|affichent|shows|showing|says)( [a-z']+){0,2} (complet|sold out|full|"
            r"fully booked)( [a-z']+){0,3} (alors qu|while|but|even though|although)",
            # Not asked for: "could we print blank labels for the volunteers to fill in".
            r"(printing|prints|print(?<!could we print)(?<!can we print)(?<!we could print)"
            r"(?<!to print)|imprime|"
            r"imprimante)( [a-z']+){0,2} (only |que des )?(blank|empty|vides|blanches|blancs|"
            r"pages blanches|blank pages)" + _NOT_ON_PURPOSE,
        ),
    ),
    # What the screen shows, told by someone who does not name the fault: « l'écran de la
    # caisse est tout noir », "the website says forbidden on every page", « ça affiche des
    # trucs en chinois », "the till has gone haywire", « ça veut plus rien savoir ».
    (
        (
            (
                "noir",
                "black",
                "bleu",
                "blue",
                "bsod",
                "blank",
                "forbidden",
                "denied",
                "refuse",
                "interdit",
                "403",
                "chinois",
                "chinese",
                "gibberish",
                "charabia",
                "bizarre",
                "weird",
                "haywire",
                "fou",
                "folle",
                "error",
                "erreur",
                "referme",
                "closes",
                "vides",
                "empty",
                "voyant",
                "light",
                "n'importe quoi",
                "rien savoir",
                "clignot",
                "blink",
                "flash",
                "cliquetis",
                "click",
                "grinding",
            ),
        ),
        any_of(
            r"(ecran|screen|screens|ecrans|display|moniteur|monitor)( [a-z']+){0,4} (est |is |are "
            r"|sont |went |goes |has gone |have gone |gone |reste |stays |stay |s'est mis )?"
            r"(tout |toute |all |completely |completement )?(noirs?|noires?|black|blank|"
            r"en noir|bleu|blue)(?! (and white|et blanc|background|fond|font|text|texte|logo|"
            r"theme|colou?r|couleur))",
            # the crash screen of Windows: « un écran bleu avec un visage triste »
            r"(ecran bleu|blue screen|bsod)(?! (background|fond|theme|font|logo))",
            r"(says|say|shows|show|showing|displays|affiche|affichent|dit|marque)( [a-z']+){0,2} "
            r"(forbidden|access denied|403|acces refuse|acces interdit|interdit|error 500|"
            r"erreur 500)",
            r"(every|each|all the|toutes les|chaque) pages?( [a-z']+){0,4} (says|say|shows|"
            r"show|affiche|affichent|dit|give|gives|donne|donnent) (a |an |un |une )?(forbidden|"
            r"access denied|403|error|erreur|acces refuse|interdit)",
            r"(affiche|affichent|shows|showing|displays|full of|plein de|pleine de)( [a-z']+){0,2}"
            r" (trucs |texte |text |caracteres |characters |symbols |signes )?(en chinois|in "
            r"chinese|chinese|gibberish|charabia|bizarres|weird|strange|etranges)"
            r"(?! (colou?rs?|font|police|logo))",
            r"(site|website|till|caisse|system|systeme|app|appli|logiciel|computer|ordi|"
            r"ordinateur|printer|imprimante|terminal|tpe)('s| has| is)? (gone |going |went )?"
            r"(all )?(haywire|crazy|mad|bonkers|nuts|all weird|completely weird)",
            r"(site|caisse|ordi|ordinateur|logiciel|appli|application|systeme|imprimante|"
            r"terminal|tpe|tablette|telephone|serveur)( (il|elle))? fait n'importe quoi",
            r"(veut|veulent) (plus|pu|pus) rien savoir",
            r"(est|sont|s'est) (devenu|devenue|devenus) (fou|folle|fous|dingue|n'importe quoi)",
            # a machine's screen showing an error (`normalise` keeps "error error error" once)
            r"(screen|ecran|display)( [a-z']+){0,6} (just |only |juste )?(says|shows|displays|"
            r"affiche|dit|marque) (an |a |une )?(error|erreur)\b",
            # a window that shuts as soon as it opens
            r"(s'ouvre|s'ouvrent) et (se referme|se ferment|se referment|disparait|disparaissent)"
            r" (aussitot|tout de suite|immediatement|direct|directement)",
            r"(opens|open) and (closes|close|shuts|disappears) (straight away|immediately|at once|"
            r"right away|again)",
            # a print-out with its columns empty: the medication sheet, the rota
            r"(colonnes|cases|champs|lignes) (toutes )?(vides|blanches)",
            r"(empty|blank) (columns|fields|boxes|rows)",
            # a machine's warning light
            r"(server|serveur|nas|box|router|routeur|disque|disk|onduleur|ups)( [a-z']+){0,6} "
            r"(voyant|light|led)( [a-z']+){0,2} (orange|rouge|red|amber|clignote|blinking|"
            r"flashing)",
            r"(voyant|light|led) (est |is )?(orange|rouge|red|amber)",
            # a disk that blinks red or clicks: « le disque externe il clignote rouge », "the
            # backup drive is making a clicking noise" (it is failing; the data goes with it)
            r"(disque|disk|drive|nas|serveur|server)( [a-z']+){0,6} (clignote|clignotent|blinks|"
            r"blinking|flashing|flashes) (en )?(rouge|orange|red|amber)",
            r"(disque|disk|drive|nas)( [a-z']+){0,8} (cliquetis|clicking|clicks|grinding)",
        ),
    ),
    # Every slot booked twice: "the booking page now double-books every slot"; bookings
    # taken beyond what there is: « on a des surréservations sur le week-end d'ouverture »,
    # "it takes bookings on dates we have no bikes left" (newcomer78).
    (
        (("double", "surbook", "surreserv", "overbook", "plus de", "no more", "none left"),),
        any_of(
            r"(double ?books?|double ?booking|double ?booked|surbooke|surbooking|surreserve)"
            r"( [a-z']+){0,2} (every|all|each|tous|toutes|chaque)",
            r"(on a|we have|we've got|we've had|there are|il y a|y a|we got|on se retrouve avec) "
            r"(des |deja des |already |some |several |plusieurs |[0-9]+ )?(surreservations|"
            r"surbookings|overbookings|double bookings)",
            r"(accepte|acceptent|prend|prennent|accepts|takes|is taking|are taking|taking) (des |"
            r"les )?(reservations|commandes|bookings|orders) (sur|pour|on|for) [a-z0-9' ]{0,30}"
            r"(plus de|no more|none left|no longer|pas de|out of)",
        ),
    ),
    # Private files open to anyone: "shared with a public link … she could see the other
    # kids' forms", « accessible à tout le monde ».
    (
        (("public", "anyone", "n'importe qui", "tout le monde"),),
        any_of(
            # found open, not opened by the writer for someone ("I've shared the agenda by
            # public link for the volunteers"; one shared by mistake is personal data sent to
            # the wrong people, see `urgency.MISDIRECTED`)
            r"(shared(?<!i've shared)(?<!i have shared)(?<!we've shared)(?<!we have shared)|"
            r"partages?(?<!j'ai partage)(?<!on a partage)(?<!nous avons partage)(?<!j'ai partages)"
            r"(?<!on a partages)|share|accessible|visible|open)"
            r"( [a-z']+){0,3} (with |via |"
            r"par |to )?(a |un )?(public link|lien public|anyone|n'importe qui|tout le monde|"
            r"the public|le public)" + _NOT_ON_PURPOSE,
        ),
    ),
    # The pay that did not go out: "the payroll failed", "payroll run failed this morning,
    # nobody got paid", « la paye est pas passée », « la banque a rejeté le virement des
    # salaires », "the bank sent back the salary transfers" (session-42 newcomer check:
    # each missed without the learned second opinion).
    (
        (
            (
                "payroll",
                "pay run",
                "payrun",
                "paie",
                "paye",
                "salair",
                "salari",
                "salary",
                "wage",
                "paid",
                "nobody",
                "no one",
                "personne",
            ),
        ),
        any_of(
            r"(payroll|pay run|payrun|paie|paye|salaires|salaries|salary|wages)( run| transfers?|"
            r" payments?| file| batch| du mois| de ce mois| de novembre| de decembre)?( [a-z]+)?"
            r" (has |have |just |completely |totally )?(failed|did not go (through|out)|didn't go "
            r"(through|out)|hasn't gone (through|out)|has not gone (through|out)|haven't gone "
            r"(through|out)|(was|were|got|has been|have been) (rejected|returned|bounced|"
            r"blocked)|bounced|a echoue|ont echoue|(n')?est pas (passee|passe|partie|parti)|"
            r"(ne )?sont pas (passes|partis|passees|parties)|(n')?(a|ont) pas ete (verses?|"
            r"vires?|payes?|passes?|faits?))",
            # what did not go out today: "it didn't so they won't get paid for the weekend"
            r"(staff|employees|workers|artists|drivers|team|they|people|everyone|salaries|wages)"
            r"( [a-z]+){0,2} (won't|will not|wont|are not going to|aren't going to) (get |be )?"
            r"paid (this|for the|on|today|tomorrow|tonight)",
            r"(ne seront pas|ne vont pas etre|seront pas|vont pas etre) (payes|payees|verses|"
            r"versees|vires) (ce|cette|demain|aujourd'hui|ce soir|pour le|avant)",
            r"(nobody|no one|noone|none of (us|them|the staff|our staff|the team|the employees|"
            r"our employees)) (got|has been|have been|was|were|is|are|gets|will be|will get) paid"
            r"(?! (late|twice|double|too))",
            # not « personne n'a été payé en retard » (good news)
            r"personne (n'a ete|a ete|n'a|ne sera|sera|n'est|est) (pas )?(ete )?(paye|payee|"
            r"payes)(?! (en retard|deux fois|en double|trop))",
            r"(banque|bank)( [a-z]+){0,2} (a |has |have |just |vient de |nous a |a tout )?(rejete|"
            r"rejected|refuse|refused|bounced|returned|retourne|renvoye|sent back|declined|"
            r"bloque|blocked|stopped|stoppe) (le |la |les |our |the |notre |nos |tous les |all |"
            r"all the |all our )?(virements?|transfers?|paiements?|payments?|paie|paye|payroll|"
            r"salaires|salaries|salary|wages)",
        ),
    ),
    # A bank account emptied: « notre compte bancaire a été vidé cette nuit », "our account
    # got drained overnight", "they cleaned out the business account" (session-42 newcomer
    # check).
    (
        (
            ("vide", "drain", "emptied", "cleaned out", "siphon"),
            ("compte", "account"),
        ),
        any_of(
            # not one closed on purpose: "the old account was emptied and closed"
            r"(?<!old )(?<!ancien )(?<!previous )(comptes?|accounts?)( [a-z']+){0,3} (a ete |"
            r"ont ete |has been |have been |was |"
            r"were |got |est |sont |ete )?(entierement |completely |totally |fully )?(vide|"
            r"videe|vides|videes|drained|emptied|cleaned out|siphonne|siphonnes)",
            r"(drained|emptied|cleaned out|vide|vider|videe|siphonne) (our|my|his|her|their|the|"
            r"notre|mon|son|leur|le|nos|mes) (business |bank |joint |savings )?(comptes?|"
            r"accounts?)",
        ),
    ),
    # Money held back, as a payment provider writes it: "Your balance is negative;
    # withdrawals are blocked", "payouts are on hold", « les virements sont suspendus »; or
    # as its client tells it: "all payouts are again on hold", "the money is blocked",
    # "3.200 euro stuck", « 2 000 € bloqués » (newcomer78).
    (
        (
            (
                "balance",
                "solde",
                "withdrawal",
                "payout",
                "retrait",
                "versement",
                "virement",
                "reversed",
                "money",
                "argent",
                "fund",
                "fond",
                "stuck",
                "bloque",
            ),
        ),
        any_of(
            r"(balance|solde)( [a-z]+){0,2} (is |est )?(now )?(negative|negatif|in the red)",
            r"(withdrawals?|payouts?|retraits?|versements?|virements?|transfers?|money|argent|"
            r"funds|fonds)( [a-z]+){0,2} (are |is |sont |est |have been |has been |ont ete |"
            r"a ete )?(again |now |still |all |encore |toujours |de nouveau |a nouveau )?"
            r"(blocked|on hold|suspended|frozen|stuck|bloques|bloquees|bloque|bloquee|suspendus|"
            r"suspendues|geles|gelees)",
            r"\d+ (euros?|eur|dollars?|usd|chf|francs?|pounds?|gbp|k) (are |is |sont )?(still |"
            r"encore |toujours )?(stuck|blocked|frozen|on hold|bloques|bloquees|geles|gelees)",
            r"(reversed|have reversed|has reversed) (\d+ |a |the |all )?(payments?|charges?|"
            r"transactions?)",
            r"(payments?|charges?|transactions?)( [a-z0-9]+){0,4} (was|were|has been|have been) "
            r"reversed",
        ),
    ),
    # A transfer or payment written up as the bank writes it: "… has been rejected".
    (
        (
            ("rejet", "reject", "refus", "return", "bounc", "declin", "retourn"),
            (
                "virement",
                "transfer",
                "payment",
                "paiement",
                "prelevement",
                "payroll",
                "paie",
                "wire",
            ),
        ),
        any_of(
            r"(virements?|transfers?|payments?|paiements?|prelevements?|payroll|paie|wire)"
            r"( [^ ?!]+){0,8} (a ete|ont ete|has been|have been|was|were|got) (rejete|rejetes|"
            r"rejetee|rejetees|rejected|refuse|refuses|refusee|refusees|returned|bounced|"
            r"declined|retourne|retournes)"
        ),
    ),
    # The shop taken off the platform it sells through: « on est plus sur Livreo depuis ce
    # matin » (newcomer72), "we've been delisted from Deliveroo", "our Etsy shop was
    # suspended this morning", « notre boutique a été déréférencée ».
    (
        (
            (
                "plus sur",
                "delist",
                "dereferenc",
                "removed from",
                "taken off",
                "kicked off",
                "suspend",
                "desactiv",
                "deactivat",
                "disabled",
                "visible",
                "ferme",
                "restrict",
            ),
        ),
        any_of(
            # active, as the platform or the client says it: "Etsy suspended my shop this
            # morning", "We've suspended your shop", « Amazon a désactivé notre compte
            # vendeur » (newcomer78)
            r"(suspended|deactivated|disabled|closed|restricted|delisted|removed) (my|our|your)"
            r"( [a-z0-9]+)? (shop|store|listings|seller account|merchant account|store page)\b",
            r"(a|ont) (suspendu|desactive|ferme|restreint|dereference|bloque) (mon|ma|notre|votre|"
            r"ta|ton) (boutique|compte vendeur|compte marchand|magasin en ligne|fiche)",
            # every listing out of sight: « plus aucune annonce visible », "your listings are no
            # longer visible"
            r"(plus aucune|aucune de mes|aucune de nos) (annonces?|fiches?|produits?|offres?)"
            r"( [a-z]+){0,2} (n'est |ne sont |n'apparait |n'apparaissent )?(plus )?(visibles?|en "
            r"ligne)",
            r"(all )?(my|our|your|the) (listings|products|offers|ads)( [a-z]+){0,2} (are|have been|"
            r"were) (no longer|not) (visible|live|online|showing)",
            r"(on est|on n'est|nous sommes|nous ne sommes|je suis|je ne suis|le resto est|le "
            r"restaurant est|la boutique est|le magasin est) plus (sur|visibles? sur|en ligne sur"
            r"|referencee?s? sur) [a-z0-9]+ depuis (ce matin|hier|cette nuit|midi|ce midi|\d)",
            r"(delisted|removed|taken off|kicked off|dropped|suspended|deactivated|disabled)"
            r"( us)? (from |off |on )?(the )?(deliveroo|uber ?eats|just ?eat|doordash|amazon|"
            r"etsy|ebay|shopify|google|the app|the platform|the marketplace)",
            r"(our|my)( [a-z0-9]+)? (shop|store|listing|listings|restaurant|seller account|"
            r"store page|page)"
            r"( on [a-z0-9]+)? (was|were|has been|have been|got|is) (delisted|removed|taken down|"
            r"suspended|deactivated|disabled)",
            r"(notre|ma|la) (boutique|fiche|page|compte vendeur|vitrine)( [a-z0-9]+){0,3} (a ete|"
            r"est) (dereferencee|suspendue|desactivee|supprimee|retiree)",
            r"(on a ete|nous avons ete|j'ai ete) (dereference|dereferences|suspendu|suspendus|"
            r"desactive|desactives|retire|retires) (de|d'|sur|par) [a-z0-9]+",
        ),
    ),
    # A mailbox or an account sending on its own: "Morag's email is sending hundreds of
    # messages to clients on its own, can't stop it", « ma boîte envoie des centaines de mails
    # toute seule » (newcomer52)
    (
        (
            ("sending", "envoie", "envoit", "sends", "sent out"),
            (
                "hundreds",
                "thousands",
                "dozens",
                "loads of",
                "tons of",
                "centaines",
                "milliers",
                "dizaines",
                "plein de",
            ),
            ("own", "itself", "seul", "stop", "arret", "spam"),
        ),
        any_of(
            r"(sending|sends|sent out|envoie|envoit|envoient)( out)? (hundreds|thousands|dozens|"
            r"loads|tons|des centaines|des milliers|des dizaines|plein) (of |de |d')?(e ?mails?|"
            r"messages?|mails|courriels|spam|texts|sms)[^.?!]{0,60}(on its own|by itself|all by "
            r"itself|toute seule|tout seul|tous seuls|can't stop|cannot stop|can not stop|won't "
            r"stop|impossible de l'arreter|n'arrive pas a l'arreter|on n'arrive pas a l'arreter)"
        ),
    ),
    # Goods, or the vehicle carrying them, held where they cross, by whoever must let them
    # through: "truck stopped at Dover, Border Force say no export dec", « le camion est
    # bloqué à la douane », "our container is stuck in Antwerp, the line won't release it
    # without the original B/L" (newcomer86: the load waits, charged by the hour, perishables
    # warming). Not traffic ("stuck in traffic"), nor what was held and is over ("was held").
    (
        (
            _LOADS_GATE,
            (
                "held",
                "stuck",
                "stopped",
                "blocked",
                "detained",
                "impounded",
                "turned back",
                "retenu",
                "bloque",
                "immobilise",
                "arrete",
                "refoule",
                "saisi",
                "seized",
            ),
            (
                "border",
                "customs",
                "douane",
                "frontiere",
                "port",
                "quai",
                "dock",
                "terminal",
                "cbsa",
                "cbp",
                "hmrc",
                "release",
                "libere",
                "papers",
                "paperwork",
                "papiers",
                "documents",
                "certificat",
                "certificate",
                "declaration",
                "export dec",
                "import dec",
                "t1",
                "dae",
                "b/l",
                "b l",
                "eori",
                "inspection",
                "controle",
                "vet",
                "veto",
            ),
        ),
        any_of(
            r"\b" + _LOADS + r"( (?!was |were |had |avait |etait |etaient )[a-z0-9',/-]+){0,4} "
            # (not "gets stopped": what happens if, or every time)
            r"(is |are |has been |have been |got |'s |s |est |sont |a ete |ont ete |reste "
            r"|restent )?(still |now |again |toujours |encore |de nouveau )?(being )?(held|stuck|"
            r"stopped|blocked|detained|impounded|turned back|retenue?s?|bloquee?s?|immobilisee?s?|"
            r"arretee?s?|refoulee?s?|saisie?s?|seized)( (?!traffic|the traffic|bouchons|les "
            r"bouchons|embouteillages?|la circulation|a red light|the lights|roadworks|les "
            r"travaux)[a-z0-9',/-]+){0,3} (at|in|by|a|au|aux|en|par|dans|sur)\b(?! (traffic|the "
            r"traffic|bouchons|les bouchons|embouteillages?|la circulation|a red light|the lights|"
            r"roadworks|les travaux)\b)",
        ),
    ),
)


# A mailing to every customer gone wrong (a wrong date, the wrong list), with the fallout
# going on: "the reminder texts went out this morning and they all say tomorrow … the phones
# have not stopped ringing", « les rappels sont partis à tout le monde avec la mauvaise date ».
MASS_SEND: tuple[tuple[Gate, Gated], ...] = (
    (
        (
            (
                "went out",
                "were sent",
                "got sent",
                "gone out",
                "sont partis",
                "sont parties",
                "est partie",
                "est parti",
                "ont ete envoye",
                "a ete envoye",
            ),
            (
                "wrong",
                "all say",
                "everyone",
                "everybody",
                "every ",
                "all of them",
                "tout le monde",
                "a tous",
                "erron",
                "faux",
                "fausse",
                "mauvais",
                "mauvaise",
                "stopped ringing",
                "arrete pas",
            ),
        ),
        any_of(
            # (not "the corrected invoices went out … every customer who got the wrong one")
            r"(?<!corrected )(?<!corriges )(?<!corrigees )(?<!new )(reminders?|texts?|sms|emails?|"
            r"e mails?|messages?|newsletters?|mailing|invoices?|rappels?|relances?|factures?|"
            r"convocations?)( [a-z']+){0,4} (went out|were sent|got sent|have gone out|has gone "
            r"out|sont partis|sont parties|est partie|est parti|ont ete envoyes|ont ete envoyees|"
            r"a ete envoyee|a ete envoye)( [^.?!]{0,80})? (wrong(?! one)|all say|errone|erronee|"
            r"erronees|faux|fausses?|mauvaise?s?)",
        ),
    ),
)

# An intrusion going on, told in plain words by someone who does not name it (newcomer19 H2,
# H3): a machine or a mailbox acting by itself, someone in control of a computer, files
# renamed or encrypted, a password changed by someone else.
INTRUSION: tuple[tuple[Gate, Gated], ...] = (
    (
        (
            (
                "on its own",
                "by itself",
                "tout seul",
                "toute seule",
                "tous seuls",
                "toutes seules",
                "all by itself",
                "de lui meme",
                "d'elle meme",
            ),
        ),
        any_of(
            r"(moves?|moving|moved|opens?|opening|opened|types?|typing|clicks?|clicking|sends?|"
            r"sending|sent|deletes?|deleting|bouge|bougent|ouvre|ouvrent|tape|clique|envoie|"
            r"envoient|efface|supprime|s'ouvre|s'ouvrent)( [a-z'@]+){0,8} (on its own|by itself|"
            r"all by itself|tout seul|toute seule|tous seuls|toutes seules|de lui meme|"
            r"d'elle meme)",
            r"(on its own|by itself|tout seul|toute seule|tous seuls|toutes seules) (moving|"
            r"opening|typing|clicking|sending|deleting)",
        ),
    ),
    (
        (
            (
                "controll",
                "controle",
                "remote",
                "distance",
                "la main",
                "install",
                "took over",
                "taken over",
            ),
        ),
        any_of(
            r"(someone|somebody|a man|a guy|a woman|a stranger|quelqu'un|un (homme|monsieur|"
            r"gars|type|inconnu)|he|she|they|il|elle|ils)( [a-z']+){0,6} "
            r"(is |are |was |has been |were )?"
            r"(controlling|in control of|has taken over|took over|taking over|a pris (la main|le "
            r"controle)|prend (la main|le controle)|controle (son|mon|notre|le|la))",
            r"(controlled|controlling|controle|pilote|pilotee|accessed|used) (remotely|a distance)",
            r"(let|allowed|laisse|laissee|a laisse|gave) (him|her|them|le|la|les|lui|leur) "
            r"(install|installer|remote|access|acces|control|controle|prendre la main)",
        ),
    ),
    (
        (("renamed", "renommes", "encrypt", "chiffr", "crypte", "rancon", "ransom note"),),
        any_of(
            r"(files?|fichiers?|documents?|docs|folders?|dossiers?|drive|serveur|server)"
            r"( [a-z']+){0,6} (encrypted|chiffres|chiffrees|cryptes|cryptees)",
            r"(renamed|renommes|renommees)( [a-z']+){0,5} (locked|encrypted|crypt|crypted|"
            r"extension|strange|weird|bizarre)",
            r"(ransom note|demande de rancon|note de rancon)",
        ),
    ),
    (
        (("password", "mot de passe", "mdp", "passcode"),),
        any_of(
            r"(someone|somebody|quelqu'un|un inconnu|a hacker|hackers|un pirate|des pirates)"
            r"( [a-z']+){0,3} (changed|has changed|have changed|reset|a change|a modifie|"
            r"ont change|a reinitialise) (the |our |my |his |her |le |la |notre |mon |son |nos )?"
            r"(password|mot de passe|mdp|passcode)",
            # sign-in alerts from elsewhere, then the password no longer works: "three 'new
            # sign-in' alerts overnight … from Lagos, and now the password doesn't work for
            # me" (newcomer104), « des alertes de connexion … et mon mot de passe ne marche
            # plus »
            r"(sign in|signin|login|log in|connexion|connection)s?'? (alerts?|attempts?|"
            r"notifications?|emails?)[^.?!]{0,160}\b(password|mot de passe|mdp)( [a-z']+){0,3} "
            r"(doesn't|does not|no longer|won't|isn't|ne marche (plus|pas)|ne fonctionne (plus|"
            r"pas)|marche (plus|pas)|fonctionne (plus|pas)|n'est plus (bon|valide)|a ete change)",
        ),
    ),
)

_ALL_KINDS = KINDS + MASS_SEND + INTRUSION
_GATES = tuple(
    tuple(re.compile("|".join(map(re.escape, group))) for group in gate) for gate, _ in _ALL_KINDS
)


_ANY_GATE = re.compile("|".join(re.escape(w) for gate, _ in _ALL_KINDS for w in gate[0]))
"""Any word of any kind's first group: most messages hold none, and are done in one scan."""


def broken(core: str) -> str | None:
    """The words telling a breakage of one of the `KINDS` (or an `INTRUSION` going on) in
    normalised text, or None."""
    if _ANY_GATE.search(core) is None:
        return None
    for gate, (_, pattern) in zip(_GATES, _ALL_KINDS, strict=True):
        for group in gate:
            if group.search(core) is None:
                break
        else:
            found = pattern.search(core)
            if found is not None:
                return found.group(0)
    return None
