"""A problem the sender says is over ("it works again", « c'est bon maintenant, ça remarche »).

SPEC §5: urgent means the consultant is needed today. A message that reports a breakage as
fixed, gone or a false alarm needs no one today, even though it names the breakage. The
reading is kept narrow because a wrong `urgent = false` is the worst error the product can
make: the words must state the end of the problem (not ask about it: "is it fixed now?"),
must not be negated ("it's not working again"), and nothing may follow that brings a
problem back ("the site is back, but payments still fail", « mais », "still", "again").

All patterns run over normalised text (lowercase, no accents, see `text.normalise`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from boundaries.triage.cues import any_of
from boundaries.triage.text import sentences

_FOUND_SAFE = (
    # someone missing found safe, or brought back: "Mr Dowsett found at 1am at the bus
    # station, cold & tired but unhurt. Police brought him back" (newcomer89), « retrouvé sain
    # et sauf », « ramenée par les gendarmes »
    r"(found|located|traced) ([a-z0-9']+ ){0,12}(but |and )?(unhurt|unharmed|safe and well|"
    r"safe and sound|safe|uninjured|not hurt)\b",
    r"(police|they|we|someone|staff|the police|a neighbour|his son|her son|his daughter|her "
    r"daughter) (brought|drove|took) (him|her|them) (back|home)\b",
    r"(retrouve|retrouvee|retrouves|retrouvees) (sain et sauf|saine et sauve|sains et saufs|"
    r"en bonne sante|indemnes?)",
    r"(ramene|ramenee|ramenes|ramenees|raccompagne|raccompagnee) (a la maison|au foyer|a "
    r"l'ehpad|a la residence|chez (lui|elle)|par (la police|les gendarmes|les pompiers))",
)
FOUND_SAFE = any_of(*_FOUND_SAFE)
"""Someone missing found unhurt, or brought back (newcomer89): over whatever words of harm
stand beside it ("Police brought him back")."""

OVER = any_of(
    # English
    r"(works|work|working|is working|are working|runs|running|loads|loading) (again|fine now|"
    r"properly now|normally now|now)",
    r"(started|starts|began|begun) (to work|working|to load|loading) again",
    # "the power is back on", not the crew "back on site Thursday" (newcomer66)
    r"(is|are|it's|its|we're|were|everything's|everything is|all) back (up|online|"
    r"on(?! (site|the site|board|track|schedule|duty|shift|leave|holiday|the road|"
    r"the job|the case|the project|the rota|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|\d))|to normal)",
    # "phones were down this morning, JT fault, all back now" (newcomer37)
    r"\b(all|everything|everything's|it's all|it's|it is|it was) back (now|again)",
    r"(it's|its|it has|has|have|we've|everything's|everything has|all has) been back (up|online|"
    r"on|to normal)",
    r"back (up and running|in business|to normal)",
    r"(it's|its|it is|all|everything's|everything is|all's) (fine|ok|okay|good|sorted) now",
    r"now (it's|its|it is|all|everything's|everything is|all's) (fine|ok|okay|good|sorted|"
    r"working)",
    # what came back is the broken thing, not an answer ("the test results came back and the
    # server is down", "he came back to me"), nor a result ("the swab from the drain came back
    # presumptive positive", newcomer63)
    r"(?<!results )(?<!result )(?<!answers )(?<!answer )(?<!reply )(?<!replies )(?<!report )"
    r"(?<!reports )(?<!quote )(?<!quotes )(?<!he )(?<!she )(?<!they )(?<!bank )(?<!test )"
    r"(?<!tests )(?<!analysis )(?<!check )(?<!checks )(?<!sample )(?<!samples )(?<!swab )"
    r"(?<!swabs )(?<!scan )(?<!scans )"
    # a document that came back is work returned, not a service ("the contract came back
    # today and they need the signed copy by five")
    r"(?<!contract )(?<!contracts )(?<!paperwork )(?<!papers )(?<!form )(?<!forms )"
    r"(?<!letter )(?<!draft )(?<!proofs )(?<!proof )(?<!documents )(?<!invoice )(?<!file )"
    r"(?<!lease )(?<!agreement )"
    r"came (back|back on|back up|back online|good)( by itself| on its own| after)?"
    # someone who came back with a question, not a service ("the investors came back after
    # this morning's committee with one question", newcomer68)
    r"(?![^.?!]{0,60}\bwith (a |one |two |three |some |more |further |a few |few |their |"
    r"new )?(questions?|quer(y|ies)|comments?|requests?|points?|feedback|remarks?|"
    r"conditions?|counter|proposal|offer|demands?))"
    r"(?! (with|from|signed|undeliver|rejected|bounced|as undeliverable|an error|error|"
    r"positive|negative|presumptive|contaminated|abnormal|high|above|over the limit|"
    r"non conforming|failed|a fail))",
    r"(is|are|it's|its|all|has|have|got|get|everything's|everything is)( now| finally| just| "
    r"since)?( been)? (fixed|sorted|solved|resolved)"
    r"( now| itself| themselves)?",
    # up to three words between, none of them a negation: "this problem still has not been
    # fixed" is not over
    r"(problem|issue|error|bug|glitch|outage|fault|crash|downtime|incident)"
    r"( (?!(not|never|no|still|yet|[a-z]+n't)\b)[a-z']+){0,3} "
    r"(is |has |was )?(been )?(solved|resolved|fixed|gone|sorted)",
    r"(can|could|are able to|is able to) (now )?(log ?in|sign ?in|access it|connect|pay|book|order|"
    r"get in|use it|print|send) (again|now)",
    r"(has|have) (sorted|fixed|refunded|reversed|corrected|cancelled) (it|everything|all|them)"
    r"( out)?",
    r"(fixed|sorted|solved|resolved) (it|itself|themselves|the (problem|issue|error)|"
    r"(the|these|those|all|both|all the|all these) (problems|issues|errors|bugs))",
    # The sender is back on a state that works, for today: "Rollback to 3.1.1 resolved the
    # issues", "I've gone back to the previous version and the alarm works without error",
    # "it's working totally fine when I am using an older version", « j'ai réinstallé la
    # version précédente et tout refonctionne » (realtext22). "Forced to revert … once again"
    # and « obligé de downgrader » say no more than the route taken: not read here.
    r"(roll ?back|rolled back|rolling back|reverting|reverted|revert|downgrading|downgraded|"
    r"downgrade|going back|went back|gone back|reinstalled|reinstalling|reinstalle|"
    r"reinstallant|revenu|revenus|retour)( to| a| en| sur)? [^.?!]{0,50}\b(resolved|resolves|"
    r"solved|solves|fixed|fixes|sorted|make it work|made it work|works|worked|refonctionne|"
    r"remarche|fonctionne|fonctionnent|marche|marchent|regle|resolu)",
    r"(works?|working|worked|runs|running|fonctionne|marche)( (totally|just|perfectly|"
    r"completely|tres|parfaitement))? (fine|flawlessly|perfectly|normally|well|ok|okay|bien|"
    r"correctement|normalement|without (errors?|problems?|issues?)|sans (erreur|probleme|souci))"
    r" (with|on|using|when (i am |i'm |we are |we're |i )?(using|use|install)|in|avec|sur|en"
    r"|dans) (an? |the |l'|la |une |my |our )?(older|previous|old|earlier|prior|ancienne|"
    r"precedente|version precedente)",
    # a way round found and in use: "I was able to find a workaround", « on a un contournement »
    r"(found|have|had|using|use|with|got) (a|an|this|the) (good |simple |easy )?(workaround|"
    r"work around)",
    r"(good |simple |easy )?workaround (for now|for the moment|works|worked|in place)",
    r"(trouve|avons|a|ai|avec) (un|une) (contournement|solution de contournement)",
    # said alone at the end of the news: "… the new till is in. All done", "nah jokes, di
    # drain block … sorted now", "the shoplifting thing is all wrapped" (newcomer34)
    r"(?<![a-z] )all (done|sorted|wrapped|wrapped up|squared away)(?! (by|before|today|"
    r"tomorrow|for|with the))",
    r"(?<!be )(?<!get it )(?<!get them )(?<!gets )(?<!get )(?<!needs )(?<!need )sorted now",
    # (not goods packed: "the reception desk is wrapped and ready to ship", newcomer91)
    r"is (all )?wrapped( up)?\b(?! (and|&) (ready|waiting|on|in))",
    r"never ?mind",
    r"(it's|it has|has|have|they've|we've|it's all) been (fine|ok|okay|working|stable|good) "
    r"(since|ever since)",
    r"(all|everything|everything's|it's|its|been) (fine|ok|okay|good|stable|working|normal) "
    r"(since|ever since|since then)",
    r"tout (va|marche|fonctionne|roule|est rentre dans l'ordre)( bien| normalement| nickel)? "
    r"depuis",
    r"(it )?never happened again",
    r"(we've|we have|i've|i have|have) had no (problems?|issues?|trouble) since",
    r"false alarm",
    # an alarm gone to see, and nothing found: « je vais voir : rien de mouillé, rien
    # d'anormal », "went down to check, nothing wrong" (newcomer97)
    r"(alarm|alarme|sonde|probe|sensor|capteur|detector|detecteur)[^?]{0,160}\b(rien "
    r"d'anormal|rien de (mouille|grave|casse|special|suspect)|nothing (wrong|abnormal|amiss|"
    r"unusual|there)|all (dry|fine|normal|clear))\b",
    # the alarm's cause harmless: "somebody see smoke an call them, but it was only the raku
    # firing" (newcomer29), « c'était juste le grille-pain »
    r"(smoke|fumee|alarm|alarme|fire (service|brigade|people)|pompiers|police|gendarmes)"
    r"[a-z' ]{0,120} (it was|it's|its|turned out it was|c'etait|c'est) (only|just|juste|"
    r"seulement|que) (the|a|an|our|my|un|une|le|la|les|l'|notre|mon|ma|du|de la)\b"
    r"(?! ?(beginning|start|first|tip|debut|premier|premiere|commencement)\b)",
    # "false positive confirmed by the vendor … Machines back online" (newcomer31)
    r"false positive",
    r"(machines|systems|servers|sites|computers|tills|terminals|everything|all) (are |is )?"
    r"back (online|up|on(?! (site|the site|board|track|schedule|duty|shift|leave|holiday|the road|"
    r"the job|the case|the project|the rota|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|\d))|to normal)",
    r"(fault|faults|alarm|alarms|error|errors|warning|warnings) (is |are |has been |have been |"
    r"now )?(cleared|reset|acknowledged)",
    r"(defaut|defauts|alarme|alarmes|erreur|erreurs) (est |sont |a ete |ont ete )?"
    r"(acquitte|acquittee|acquittes|acquittees|efface|effacee|effaces|effacees|leve|levee)",
    # the event the thread was about is behind: "inspection went well", « la visite s'est
    # bien passée »
    r"(inspection|audit|visit|migration|installation|install|update|upgrade|switchover|"
    r"launch|demo|hearing|check|controle|visite|mise a jour|bascule|lancement|audience|"
    r"passage)( [a-z']+){0,3} (went|passed|went off) (well|fine|smoothly|without a hitch)",
    r"(inspection|audit|visite|migration|installation|mise a jour|bascule|lancement|"
    r"controle|audience|passage)( [a-z']+){0,3} (s'est|se sont) (bien|tres bien|"
    r"parfaitement) (passe|passee|passes|passees|deroule|deroulee|deroules|deroulees)",
    # a visit that found nothing wrong: "the inspector came today and found nothing", "audit
    # this morning, we passed with no remarks", « contrôle ce matin, rien à signaler »
    # (what lies between tells when it was, not what is ahead or wrong)
    r"(inspect\w*|audit\w*|visit|control|controle\w*|visite|inspecteur|inspectrice)"
    r"( (?!(is|are|will|tomorrow|next|but|not|no|still|est(?! passee?\b)|sera|demain|prochaine?|"
    r"mais|pas)\b)"
    r"[a-z']+){0,9}( :)? (and |, )?((everything|all|we|it|everyone) passed"
    r"(?! (the|its|our|on|away|out)\b)|found nothing|(no|zero) (remarks|findings|issues|"
    r"non conformit\w+|observations|actions)|rien a signaler|aucune (remarque|observation|"
    r"non conformite|reserve|anomalie)|r a s\b|ras\b|tout (etait|est) (en ordre|conforme|"
    r"nickel|bon)|(everything|all) (was|is) (in order|fine|compliant|correct))",
    # what was stolen or lost is found again: « la police a retrouvé mon boîtier volé »,
    # "they recovered the stolen van" (newcomer29); « plus besoin de la déclaration »
    r"(retrouve|retrouvee|retrouves|retrouvees|recupere|recuperee|found|recovered|got back|"
    r"returned|brought back|rendu|rendue|rendus|restitue|restituee|restitues) "
    r"(mon|ma|mes|notre|nos|le|la|les|my|our|the) ([a-z']+ )?(vole|volee|voles|volees|stolen)"
    r"(?! [a-z' ]{0,40}(wrecked|burnt|burned|damaged|smashed|stripped|empty|epave|brule|"
    r"brulee|detruit|detruite|endommage|endommagee|vide))",
    # ... or taken back, or never taken: "the police have recovered it, we have it back
    # already", « on l'a retrouvé, il était correct », "someone tried to cut the fence …
    # nothing taken" (newcomer33)
    r"(police|they|we|he|she|i)( have| has|'ve)? (recovered|found) (it|them|him|her)\b"
    r"(?! [a-z' ]{0,40}(wrecked|burnt|burned|damaged|smashed|stripped|empty|dead|injured|"
    r"hurt))",
    r"(we|i|they)( have|'ve| got|'ve got| have got)? (it|them) back( already| now| safe)?\b",
    # put right by the sender, or a way round it in place: "got the webserver back up by
    # restarting everything", "downgrading to 1.26.0 solves the issue immediately" (realtext18)
    r"got (it|them|everything|the [a-z]+|our [a-z]+) back (up|online|working)",
    r"(downgrading|downgraded|rolling back|rolled back|reverting|reverted|going back) "
    r"([a-z0-9.'-]+ ){0,5}(solves|solved|fixes|fixed|resolves|resolved|restores|restored)",
    r"(revenir|retour|revenu|retrograder) ([a-z0-9.'-]+ ){0,5}(regle|resout|corrige|"
    r"retablit|a regle|a resolu|a corrige)",
    r"(on|nous|ils|la police|les gendarmes) (l'a|l'ont|les a|les ont|l'avons|les avons) "
    r"(retrouve|retrouvee|retrouves|retrouvees|recupere|recuperee|recuperes|recuperees)"
    r"(?! [a-z' ]{0,40}(mort|morte|blesse|blessee|brule|brulee|detruit|detruite|vide|"
    r"endommage|endommagee|epave|par terre|au sol|a terre|sur le sol|tombee?|inconsciente?|"
    r"en hypothermie))",
    *_FOUND_SAFE,
    r"(nothing|rien) (was |n'a ete |a ete |seems to be |appears to be |seems |is )?(taken|"
    r"stolen|missing|vole|pris|emporte)\b",
    # the harm handled: « tout est sous contrôle », "everything's under control" (newcomer45)
    r"(tout est|tout est de nouveau|c'est|la situation est|everything's|everything is|it's "
    r"all|all|it's|things are) (now |de nouveau |maintenant )?(sous controle|under control)",
    # of the harm itself: "yesterday's stolen bag is under control" (newcomer76)
    r"(is|are|was|were|est|sont|etait|has been|a ete) (now |de nouveau |maintenant |bien )?"
    r"(sous controle|under control|maitrisee?s?)\b",
    # a spare doing the work: "tail lift packed in. Got the spare one going, sorted"
    # (newcomer46)
    r"(got|have|put|fitted|installed|on a mis|on a installe|j'ai mis) (the |a |our |le |la |"
    r"un |une )?(spare|backup|replacement|other|new|rechange|secours|neuf|neuve)( one| lock| "
    r"part)? (going|in|on|running|fitted|working|en place|qui marche|qui tourne)\b",
    # one borrowed or hired in its place: « le vidéoproj est HS, j'en ai emprunté un à la MJC »,
    # "printer's dead, borrowed one from next door" (newcomer50)
    r"(j'en ai|on en a|nous en avons|j en ai|on a) (emprunte|loue|trouve|recupere) (un|une|"
    r"un autre|une autre)\b",
    r"(borrowed|hired|rented|got|found) (one|another|a spare|a replacement)( one)? (from|at|off)\b",
    # a past matter said settled, closed or already dealt with: "that was all settled back
    # in September", « l'accident de mars dernier est clos », "we already swapped all nine
    # of ours last week", « ça s'est bien passé finalement, ils ont rien trouvé à redire »
    r"(was|were|is|has been|have been|all) (all )?settled\b(?! (today|by|before|tomorrow))",
    r"(accident|sinistre|litige|plainte|incident|affaire|histoire)( [a-z']+){0,12} (est|a ete) "
    r"(clos|close|classe|classee|regle|reglee|cloture|cloturee)\b",
    # an accident already declared to the insurer or the social-security body: the harm is
    # past and handled, what is left is paperwork (newcomer74: « la déclaration d'accident du
    # travail … a été transmise ce matin à notre assureur-loi », « la MSA a accepté la
    # déclaration d'accident », "the accident report was filed")
    r"declaration (d'accident|de l'accident)( [a-z0-9'.-]+){0,16} (a ete |est |a bien ete )?"
    r"(faite|effectuee|transmise|envoyee|acceptee|enregistree|validee|deposee)\b",
    r"(j'ai|on a|nous avons|ont|a) (fait|effectue|transmis|envoye|accepte|enregistre|depose)"
    r"( [a-z']+){0,3} la declaration (d'accident|de l'accident)",
    r"accident (report|claim)( [a-z']+){0,8} (was |has been |have been )?(filed|submitted|"
    r"sent|lodged|accepted)\b",
    r"(filed|submitted|sent|lodged) (the|an|our) accident (report|claim)",
    r"(we|i|they|he|she)( have|'ve| had)? already (swapped|replaced|changed|fixed|sorted|"
    r"removed|updated|returned|recalled|refunded|repaired) (all|every|them|it|the|our|each)\b",
    r"(ca|tout|cela) s'(est|etait) (bien|tres bien) (passe|termine|fini)( finalement)?",
    # « l'accident de ce matin … c'est rien finalement, juste le rétro » (newcomer75)
    r"(c'est|c'etait|ce n'est|ce n'etait|c est) (rien|pas grave|pas grand chose|rien de grave)"
    r" (finalement|au final|en fait|en fin de compte)",
    r"(rien de grave|nothing serious|no harm done|nothing major) (finalement|au final|in the end|"
    r"after all)",
    r"rien (trouve )?a redire",
    r"plus besoin (de|d')( (la|le|l'|les|faire|porter))? ?(declaration|plainte|intervention|"
    r"depannage|constat|passage|venir)",
    r"(no longer|don't|do not) need (the|a|an|to) (claim|report|police report|insurance|"
    r"engineer|technician|plumber|locksmith|call ?out|visit|come)",
    # found the fix, not found the problem: "a member just found it" tells a discovery
    r"(found|figured out) (the (fix|solution)|what (it was|was wrong))",
    r"figured (it|the (problem|issue)) out",
    r"(is|are|it's|its|all|has been|have been|been|got) (all )?(cleaned|cleared) up",
    r"(you|we) can close (this|it|the (ticket|issue|case|thread))",
    r"no longer (a problem|an issue|needed|necessary)",
    # French
    r"(re)?(fonctionne|fonctionnent|marche|marchent) (de nouveau|a nouveau|maintenant|"
    r"correctement maintenant|normalement maintenant)",
    r"(remarche|remarchent|refonctionne|refonctionnent|remarcher|refonctionner)",
    r"(l'histoire|l'affaire|l'incident|le dossier|le sujet) est (clos|close|cloture|cloturee|"
    r"regle|reglee|termine|terminee)",
    r"c'est bon (maintenant|finalement|c'est regle|ca (re)?marche|ca (re)?fonctionne|"
    r"tout (re)?fonctionne|tout (re)?marche|j'ai trouve|on a trouve)",
    r"(probleme|souci|bug|erreur|panne|incident|coupure|plantage)"
    r"( (?!(pas|plus|toujours|jamais|non|n'est|n'a|n'ont|ne|rien)\b)[a-z']+){0,5} "
    r"(est |a ete )?(resolu|regle|corrige|repare)e?s?",
    # all it took: « il m'a suffi de redémarrer le service », "a restart was all it took"
    r"il (m'a|nous a|leur a|lui a|a) suffi (de|d')",
    r"(was|is) all it took",
    r"(there's|there is|there was|nothing|found nothing|rien|il n'y a rien|il n'y avait rien) "
    r"(wrong|de (grave|casse|anormal)) (with|avec)",
    # an outage told with its length in the past: "went down for two hours yesterday",
    # « a été coupé pendant deux heures » (not "has been down for two hours": still going)
    r"(?<!been )(went|was|were) (down|offline|out|unavailable|unreachable|dead) (for|during) "
    r"(about |around |nearly |almost |roughly )?(\d+|a few|a couple of|an|one|two|three|four|five|"
    r"ten|fifteen|twenty|thirty|forty) (minutes?|mins?|hours?|hrs?)"
    # the day it happened belongs to the words (it is past, not a time to come)
    r"( (on|last) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)| yesterday| "
    r"last night| overnight| this morning)?",
    r"(a ete|ont ete|etait|etaient|est reste|est restee|sont restes) (en panne|coupe|coupee|"
    r"coupes|indisponible|indisponibles|hors service|hors ligne|inaccessible|inaccessibles) "
    r"(pendant|durant) (environ |pres de |presque )?(\d+|quelques|une|deux|trois|quatre|cinq|dix|"
    r"quinze|vingt|trente) (minutes?|heures?|h)\b"
    r"( (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)( dernier)?| hier( soir| matin)?|"
    r" cette nuit| ce matin)?",
    r"(c'est|tout est|tout est rentre|c'est rentre) (dans l'ordre|regle|resolu|reparti|repare)",
    r"(est|sont) (retabli|retablie|retablis|retablies)",
    r"(a|ont|avons|as) tout (regularise|corrige|repare|rembourse|remis en ordre|retabli|annule)",
    r"(peut|peuvent|pouvons|pouvez) (de nouveau|a nouveau|maintenant|enfin) (se connecter|"
    r"payer|commander|reserver|acceder|imprimer|envoyer)",
    r"(revenu|revenue|revenus|revenues|de retour) en ligne",
    r"(reseau|internet|courant|electricite|site|connexion|ligne|wifi|serveur|c'est|tout est|"
    r"ca) (est )?"
    r"(revenu|revenue|de retour)(?! a (celui|celle|l'ancien|l'ancienne|la version|zero|"
    r"l'origine))",
    r"fausse (alerte|alarme)",
    # the alarm told, then said to have been a drill: "It was our IT provider's phishing
    # simulation. Nothing happened" (newcomer77), « c'était un exercice »
    r"(it was|it's|that was|this was|twas) (only |just )?(a|an|our|the|their)( [a-z'-]+){0,4} "
    r"(simulation|drill|exercise|test run|false alarm)\b",
    r"(c'etait|c'est|c etait) (seulement |juste )?(un|une|notre|le|la)( [a-z'-]+){0,4} "
    r"(exercice|simulation|fausse alerte|fausse alarme)\b",
    r"faux positif",
    # restarted, restored, back as it was: « tout a redémarré normalement », « restauré, tout
    # est là », "both resolved within the hour", « la patrouille a levé le doute »
    r"(a|ont|avons|est|sont) (re)?(redemarre|redemarrer|reparti|repartis|repris)e?s? "
    r"(normalement|correctement|sans (souci|probleme)|comme avant)",
    r"(restaure|restauree|restaures|recupere|recuperee|recuperes|retrouve|retrouvee|retrouves)"
    r"s?,? (et )?tout est (la|revenu|recupere|bon)",
    r"(a|ont|avons) leve le doute",
    r"(both|all|each|every one|all of them)( were| was)? (resolved|fixed|sorted|cleared)",
    r"(ca va|c'est bon|tout va bien|ca remarche) (ce matin|maintenant|depuis|a present)",
    r"(ne |n')(s'est|se sont|est|sont) (pas|plus|jamais) (reproduit|reproduits|reproduite|"
    r"reproduites|revenu|revenue|revenus|revenues|reapparu|reapparue)",
    r"(laissez|laisse|laissons) tomber",
    r"on peut (cloturer|fermer|clore) (ce|le|cette) (sujet|ticket|demande|discussion)",
    r"(j'ai|on a|nous avons) trouve (la solution|le correctif)",
    # found again, put out, mended, closed: "turned up in the boot of my car", "panic over",
    # "the fire brigade put it out", "the leak was fixed", "the insurer closed the claim",
    # « l'informaticien l'a relancé », « la mairie a tout refait » (newcomer19 M3, newcomer20 M1)
    r"(panic|scare|drama|crisis) (is )?over",
    # closed by whoever looked into it: "PDPC has now closed the case", "fully closed by OSHA
    # with no citation", "closed out", « l'enquête est close », "it's handled", "fire services
    # contained it" (newcomer22 eng-03, fun-10, lang-07, camp-13, cow-08, wine-13)
    r"(case|investigation|inquiry|enquiry|incident|matter|claim|complaint|file|ticket|breach|"
    r"review)( [a-z']+){0,4} (is|was|has been|have been|has now been|is now|now) (formally |"
    r"fully |officially |now )*(closed|closed out|settled)",
    # « l'incident survenu le 1er décembre sur la route est désormais clos » (newcomer71)
    r"(incident|dossier|sinistre|enquete|affaire|litige|probleme|alerte)( [a-z'0-9]+){0,8} "
    r"(est|a ete|sont|ont ete) (desormais |maintenant |officiellement |definitivement )?"
    r"(clos|close|clot|clotures?|cloturees?|classee?s?|regle|reglee?s?)\b",
    r"(closed|closing) (the|our|their|this|that) (case|file|investigation|inquiry|matter|claim)",
    r"closed out",
    r"(with )?no (citation|fine|penalty)",
    r"no (further )?action (is |was )?(needed|required|necessary)",
    r"no further action",
    # closed by an authority with nothing more to come: "closed the laptop incident file
    # without further action", « classer le dossier sans suite » (newcomer76)
    r"without (any )?further (action|steps|measures)",
    r"(classe|classee|classer|classes) (le dossier |l'affaire |la plainte |l'incident )?"
    r"sans suite",
    r"(it's|it is|that's|all|everything's|everything is|it's all|it has been|it's been) "
    r"(been )?(handled|dealt with|taken care of)",
    r"(contained|extinguished|put out) (it|the fire|the blaze)",
    r"(was|were|is|are|has been|have been) (quickly |fully )?(contained|extinguished|put out)",
    r"(l'enquete|la procedure|la plainte|le dossier|l'affaire|l'incident|le sinistre|le litige)"
    r"( [a-z']+){0,4} (est|a ete) (close|clos|classe|classee|cloture|cloturee|clotures)",
    r"aucune (faute|responsabilite|sanction|suite) (retenue|engagee|donnee)",
    # (« il a déjà réglé 12 000 € » to a fraudster is no fix: "tout" says it is put right)
    r"(a|ont|avons) deja (tout (regle|repare|rembourse|pris en charge)|fait le necessaire|"
    r"pris en charge)",
    r"(c'est|tout est) (gere|pris en charge)",
    # refunded in full: « tout est remboursé », "everyone has been refunded" (newcomer78)
    r"(tout est|tout a ete|tous ont ete|toutes ont ete|tous sont|everything (is|has been|was)|"
    r"everyone (has been|was|is)|all (have been|has been|were)) (deja |already |now )?(rembourse|"
    r"remboursee|rembourses|remboursees|refunded|reimbursed|recredite|recredites)",
    # done since: "it was due yesterday and we paid it this morning"
    r"(we|i|they|she|he|we've|i've|they've) (already )?(paid|settled|filed|submitted|lodged) "
    r"(it|them)",
    r"(on l'a|je l'ai|nous l'avons|il l'a|elle l'a|on les a|je les ai) (deja )?(paye|payee|payes|"
    r"payees|regle|reglee|depose|deposee)",
    # already put right: "the reprint is already done", « la réimpression est déjà faite »
    # (newcomer21 prt-07)
    r"(is|are|was|were|has been|have been|it's|its|all) already (been )?(done|sorted|fixed|"
    r"handled|dealt with|taken care of|replaced|reprinted|resolved|corrected|redone|refunded)",
    r"(est|sont|a ete|ont ete|c'est) deja (regle|reglee|reglees|regles|fait|faite|faites|faits|"
    r"corrige|corrigee|corriges|corrigees|refait|refaite|refaits|refaites|remplace|remplacee|"
    r"remplaces|remplacees|traite|traitee|reimprime|reimprimee|rembourse|remboursee)",
    # an alarm that was none: "turns out it was a scam call", "it was a misunderstanding",
    # "confirmed no leak", « c'était un malentendu » (newcomer21 acc-05, ngo-06, est-08). Not
    # "please ignore my last email", which may open a worse problem.
    r"(turns|turned) out (that )?(it was|it's|it is|to be|they were|there was) (just |only |all "
    r")?(a |an )?(scam|hoax|prank|misunderstanding|mix-up|mix up|mistake|duplicate|false alarm|"
    r"test|drill|joke|nothing|fake|phishing|spam|the neighbou?r's)",
    r"(it was|it's|that was|this was) (all )?(just |only )?(a |an )?(misunderstanding|mix-up|"
    r"false alarm|hoax|prank|duplicate entry|typo in the (report|spreadsheet|figures))",
    r"confirmed (that )?(there (was|is) )?(no|not a|it wasn't a|it was not a) (gas )?(leak|fire|"
    r"breach|fraud|damage|danger|problem|issue|intrusion|virus)",
    # « c'était l'exercice annuel », "it was the annual drill"
    r"(c'etait|ce n'etait que) (juste |seulement |en fait )?(l'|le |la )(exercice|test|"
    r"simulation)",
    r"(it was|it's|that was|this was) (just |only )?(the|a|an|our) (annual |monthly |weekly |"
    r"yearly |quarterly |termly |planned |scheduled |routine |usual )?(fire )?(drill|test|"
    r"exercise)",
    r"(c'etait|il s'agissait d'|il s'agissait de|ce n'etait qu'|c'etait juste) (juste |seulement "
    r"|en fait )?(un |une )?(malentendu|arnaque|canular|erreur de saisie|doublon|test|exercice|"
    r"blague|fausse alerte|faux mail|faux appel|mail frauduleux)",
    r"(finally|at last|enfin) (arrived|here|delivered|came in|landed|got through|released|"
    r"cleared|arrive|arrivee|livre|livree|debloque|debloquee|dedouane)",
    r"all clear",
    r"(turned|turns|has turned|showed|popped) up (in|at|under|behind|on|again)",
    r"(was|were|has been|have been|got) (recovered|handed in|given back)",
    r"(put|putting|got) (it|the fire|the blaze|them) out",
    r"(fire|blaze|flames?) (was |were |has been |is )?(put out|out|extinguished)",
    r"(was|were|got|has been|have been) (fixed|repaired|mended|patched|sealed|unblocked|"
    r"restored)(?! (by|before|until|tomorrow|tonight|on|next)\b)",
    r"(closed|settled|paid out on|paid) the claim|claim (is |was |has been )?(closed|settled|"
    r"paid)",
    r"paid out,? (and )?closed",
    # « l'assurance a finalement tout remboursé. Affaire close. » (newcomer30); "Case closed."
    r"(a|ont) (finalement |enfin )?tout (rembourse|indemnise|pris en charge)",
    r"(affaire|dossier|sinistre|case|claim) (close|clos|classee?|reglee?|closed|settled)"
    r"(?= ?(\.|!|$))",
    # a benign cause found: "turns out the door just wasn't shut properly"
    r"(turns|turned) out (that )?(the|it|a|our) [a-z' ]{0,30}(wasn't|was not|weren't|were not|"
    r"hadn't been|had not been)",
    r"(all|everything)('s| is)? back (to (normal|\d+)|up|online|in (place|order))",
    # « il retire sa plainte, c'est fini cette histoire »
    r"(retire|retirent|a retire|ont retire) (sa|leur) plainte",
    r"c'est (fini|termine|regle) (cette histoire|cette affaire|ce souci)",
    r"(l'a|les a|l'ont|les ont|a ete|ont ete|(?<!s')est) (relance|relancee|relances|redemarre|"
    r"redemarree|repare|reparee|repares|remis en (route|service|marche|etat)|remise en (route|"
    r"service|marche|etat))",
    r"(feu|incendie|flammes?) (a ete |est |sont )?(eteint|eteinte|eteints|maitrise|maitrisee)",
    r"tout (fonctionne|marche|remarche|refonctionne|va bien) (ce matin|maintenant|a nouveau|"
    r"de nouveau|a present|aujourd'hui)",
    r"(a|ont|avons) tout (refait|remplace|nettoye|seche|remis en etat)",
    # « le serveur qui était tombé hier est reparti et tout fonctionne » (trial50 §3); not « il
    # est reparti chez lui » (gone home)
    r"(serveur|serveurs|site|systeme|machine|reseau|connexion|internet|wifi|caisse|logiciel|"
    r"appli|application|imprimante|chaudiere|chauffage|courant|electricite|ligne|production|"
    r"ca|tout)( [a-z']+){0,4} (est|sont) (bien )?(reparti|repartie|repartis|reparties)(?! (chez|"
    r"a|au|aux|en|vers|pour|dans|avec)\b)( et (tout|ca) (fonctionne|marche|roule|tourne|"
    r"va bien))?",
    r"et tout (fonctionne|marche|refonctionne|remarche)( (bien|normalement|parfaitement|"
    r"correctement))? ?(\.|!|$)",
    r"(sinistre|dossier|declaration) (est |a ete )?(clos|cloture|regle|indemnise)",
)
# Words just before the match that negate it ("isn't working again", « ne remarche pas »).
_NEGATED = re.compile(
    r"(\bnot|n't|\bne|\bn'|\bno|\bnever|\bjamais|\bpas|\bnobody|\bno one|\bpersonne|"
    r"\bplus)\s*$"
)
# "again" after what can be done again ("everyone can log in again") ends the problem too.
_AGAIN = any_of(r"again", r"de nouveau", r"a nouveau")
_ABLE = re.compile(
    r"\b(can|could|able to|works?|working|peut|peuvent|pouvons|marche|marchent|fonctionne|"
    r"fonctionnent)\b[a-z' ]{0,25}$"
)
# Words just before the match that make it the START of the problem, not its end: "nothing
# works since the power came back", « plus rien ne marche depuis que le courant est revenu ».
_SINCE = re.compile(r"\b(since|depuis que|depuis qu')\b[^.?!]{0,30}$")
# ... unless what holds since then is good: "it's been fine ever since it came back".
_FINE_SINCE = re.compile(
    r"\b(fine|ok|okay|good|stable|smooth|working|works|no (problems?|issues?|trouble)|"
    r"marche|fonctionne|nickel|bien|aucun (probleme|souci))\b[^.?!]{0,25}\b(since|depuis)\b"
)
_RESTARTED = re.compile(r"\b(turned|switched|plugged|unplugged|eteint|debranche)\b[a-z' ]{0,25}$")
# Words just before the match that make it a wish, not a fact ("il faut que ça remarche",
# "I hope the problem is solved", "we need to get this resolved").
_WISHED = re.compile(
    r"\b(faut|faudrait|besoin|hope|hopes|hoping|hopefully|hopefull|hopefuly|wish|want|wants|"
    r"need|needs|so that|pour que|afin que|"
    r"until|till(?= ?$| (it|it's|its|we|we're|they|then|someone|somebody|you|the [a-z]+ (is|are)))|"
    r"'til|tant que|en attendant que|get this|get it|"
    # « pour le faire remarcher »: to make it work again, wished (newcomer37)
    r"(?:le|la|les|l') ?faire(?= ?$)|"
    r"(to|need|needs|want|wants|gotta|must|should|could|would|'d|like) have it|"
    r"must be|should be|doit|"
    r"doivent|pourvu|"
    r"esperons|j'espere|espere|souhaite|souhaitons|voudrais|voulons|if|si|once|une fois que|"
    # a time to come: "I'll submit it as soon as I have it back" (newcomer66)
    r"as soon as|soon as|des que|aussitot que|by the time|whenever|"
    r"unless|a moins que|sauf si|provided|pourvu que|as long as|tant que|sinon|otherwise|"
    r"or else|sans quoi|faute de quoi|"
    r"when|quand|lorsque|"
    # someone else's belief, not a fact: « Nolwenn pense qu'on l'a payée, elle cherche le
    # virement » (newcomer62: a bailiff due back tomorrow read as over)
    r"pense|pensent|croit|croient|thinks|believes|reckons|supposedly|soi disant|"
    # the sender's own guess, not a fact either: « moi je crois qu'on l'a payée en août, tu
    # peux vérifier » under a bailiff's deadline tonight (newcomer68)
    r"crois|croyons|pensons|think|believe|reckon|me semble|nous semble|normalement|"
    # a belief the news has just undone: "I thought this was fixed" over a rejection again
    # this morning, « je croyais que c'était réglé » (newcomer86)
    r"thought|assumed|was told|were told|been told|supposed|pensais|pensait|pensions|"
    r"croyais|croyait|croyions|m'avait dit|nous avait dit|on m'a dit|cense|censee|censes)\b"
    r"[^?!]{0,25}$"
)
# Words just before the match that ask to make sure of it or to bring it about, not a fact:
# "just want to make sure the bundle deals are all sorted because the ad goes out tonight",
# "can you get the code working again" (newcomer70)
_CHECKED = re.compile(
    r"\b(make sure|making sure|ensure|s'assurer|assure toi|assurez vous|verifier (que|si)|"
    r"check (that|whether|if)|(can|could|would) (you|u|someone|somebody) (get|make|have)|"
    r"(peux|pouvez|pourrais|pourriez) (tu |vous )?(faire|remettre)|"
    # asked, in a transcript that has no "?": « est-ce que le serveur a été réparé parce que
    # là on peut plus envoyer les reçus » (trial44), "wanted to know if they fixed it"
    r"est ce que|est ce qu'|savoir si|demandais si|demande si|wondering (if|whether)|"
    r"(want|wanted|wanna|like) to know (if|whether)|(do|did) (you|u) know (if|whether)|"
    r"any idea (if|whether)|tell me (if|whether))\b[^?!.]{0,40}$"
)
# "turned up at": a thing found again ("the keys turned up at reception"), unless it is people
# arriving ("the environment directorate turned up at the pumping station this morning and
# suspended the works", newcomer71)
_ARRIVED = re.compile(r"(turned|turns|has turned|showed|popped) up")
_WHO_CAME = re.compile(
    r"\b(inspectors?|inspection|police|officers?|directorate|authorit(y|ies)|bailiffs?|agents?|"
    r"council|customs|auditors?|inspecteurs?|gendarmes?|huissiers?|he|she|they|someone|somebody|"
    r"people|men|guys|crew|team|contractors?|protesters?|journalists?|reporters?)\b[^.?!]*$"
)
# Words after the match that bring a problem back.
_STILL = any_of(
    r"but",
    r"however",
    r"although",
    r"except",
    r"still",
    r"again",
    r"yet",
    r"mais",
    r"puis",
    r"ensuite",
    r"(and|but) then",
    r"par contre",
    r"en revanche",
    r"autre (chose|sujet|point)",
    r"(other|another) (thing|matter|point)",
    r"separately",
    r"cependant",
    r"toutefois",
    r"sauf",
    r"toujours",
    r"encore",
    r"de nouveau",
    r"a nouveau",
    r"(an)?other",
    r"autres?",
    r"new (issue|problem|error|bug)",
    # a new sentence that opens on the present: "Yesterday's outage is fixed. Today it's
    # email: nothing is going out."
    r"\. (today|now|this morning|this afternoon|ce matin|cet apres midi|aujourd'hui|"
    r"maintenant)\b",
    # « là » (now), not the article « La sonde … » of a sentence about the same matter
    r"\. la (on|il|elle|ils|elles|c'est|ca|je|j'|nous|tout|rien|plus|y a|ya|le|les)\b",
    r"(and|but|yet) now",
    r"nouveau (probleme|souci|bug)",
    r"nouvelle (erreur|panne)",
    # another matter announced: "all sorted with the rota. btw HSE just closed the kitchen"
    # opening a sentence ("all sorted with the projector btw, it was the cable" ends on it)
    r"\. (btw|by the way|au fait|oh and|while i've got you|pendant que j'y pense|unrelated|"
    r"on another note|in other news|par ailleurs|d'autre part)",
    r"\. (also|and also|ps|p s|aussi|meanwhile|sinon)\b",
    # said on in a voicemail: "the gloves, that's all sorted, oh and they mentioned the
    # trainer defibs have been recalled" (newcomer33 amb-08); a sentence that opens on "one
    # thing": "All good here. One thing the guys noticed this morning: …"
    r"(oh|ah) (and|et)",
    r"\. (just )?(one|a|une) (small |quick |little |petite )?(thing|chose)\b",
    # the fire put out, the kit it left out of use: "dev put it out … the fire officer has
    # taped off both fryers until they've been inspected" (newcomer87)
    r"(taped off|cordoned off|sealed off|condemned|red tagged|out of action|out of service|"
    r"out of use|hors service|sous scelles|interdite? d'utilisation)",
    r"until (they|it|the|a|an|we)( [a-z']+){0,3} (been |is |are |get |gets )?(inspected|"
    r"checked|repaired|signed off|certified|cleared|replaced)",
    r"jusqu'a (nouvel ordre|ce qu'(un|une|il|ils|elle|elles|on) ([a-z']+ ){0,3}(controle|"
    r"verifie|repare|inspecte|certifie|valide))",
)
# A "but" or an "again" that brings no problem back: thanks said twice, a question on
# another matter (« tout a l'air de remarcher ce matin. Mais du coup je me demandais : les
# sauvegardes tournent vraiment ? »).
_NOT_BACK = re.compile(
    r"\b(merci encore|encore merci|thanks again|thank you again|again thanks|mais du coup|"
    r"mais (une|j'ai une|petite) question|but (i was|i'm|i am) wondering|but (a|one) (quick )?"
    r"question|(never|not|won't|doesn't|does not|ne) (happens?|occurs?|happening) again|"
    r"(ne )?se (reproduise|reproduisent) (plus|pas)|(stop|prevent|avoid|keep) (this|it|that)"
    r"( from)? (happening|occurring) again|"
    # the fright told, then the end of it: « j'étais morte de trouille mais voilà c'est fini »
    r"mais (voila|bon)( [a-z']+){0,2} (c'est fini|c'est termine|c'est passe|tout va bien|"
    r"tout est rentre dans l'ordre)|but (anyway|there you go|there we go),? (it's|all) "
    r"(over|done|fine|good))\b"
)
# A time to come right after the words: they tell what will happen, not what has.
_LATER = re.compile(
    r" (tonight|tomorrow|ce soir|demain|cette nuit|next|la semaine prochaine|"
    r"this (evening|weekend|friday|saturday|sunday)|on (monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)( prochain)?"
    r"\b|in (an|one|two|\d+) (hours?|days?|minutes?)|dans (une|deux|\d+) (heures?|jours?))"
)
_SENTENCE_END = re.compile(r"[?!.]")  # normalised text keeps only these
_ASKED_AFTER = re.compile(r" (ou pas|ou non|or not|oui ou non|yes or no)\b")


def problem_over(core: str) -> str | None:
    """The words saying the problem is over, or None.

    `core` is normalised text (`text.normalise`). None when no such words are found, when
    they are asked about (their sentence ends with "?"), negated, wished for ("il faut que
    ça remarche", "I hope it's fixed"), or followed anywhere in
    the message by words that bring a problem back ("but", "still", "another", « mais »,
    « encore »).
    """
    for found in OVER.finditer(core):
        before = core[max(0, found.start() - 12) : found.start()]
        lead = core[max(0, found.start() - 60) : found.start()]
        if _NEGATED.search(before) or _WISHED.search(lead) or _CHECKED.search(lead):
            continue
        if _ARRIVED.match(found.group(0)) and _WHO_CAME.search(lead):
            continue  # someone who turned up, not a thing found again
        if _SINCE.search(lead[-40:]) and not _fine_since(lead):
            continue  # it names when the problem began
        end = _SENTENCE_END.search(core, found.end())
        if end is not None and end.group(0) == "?":
            continue
        if _ASKED_AFTER.match(core, found.end()):
            continue  # « ça remarche ou pas ? », "is it working again or not": asked
        if (
            _LATER.match(core, found.end())
            and not _done_within(core, found)
            and not _PASSIVE_DONE.match(found.group(0))
        ):
            continue  # "it runs again tonight at 11pm": it will, nothing is over
        courtesy = [m.span() for m in _NOT_BACK.finditer(core, found.end())]
        if any(
            not _positive_again(core, m)
            and not _BUT_WELL.match(core, m.start())
            and not any(a <= m.start() < b for a, b in courtesy)
            for m in _STILL.finditer(core, found.end())
        ):
            continue
        return found.group(0)
    return None


_PASSIVE_DONE = re.compile(r"(a|ont|avons|est|sont) ete |(has|have|had) been |(was|were) ")
"""A repair told in the passive past: the day after it is when it was done (« la fuite a été
réparée lundi », newcomer95), not a time to come."""


def _done_within(core: str, found: re.Match[str]) -> bool:
    """ "put it out in 20 minutes": a past deed and how long it took, not a time to come
    (the past of "put" is "put": only a "will" before it makes it a promise)."""
    return found.group(0).startswith(("put ", "got ")) and (
        re.search(r"(will|'ll|going to|gonna|can|could)\s*$", core[: found.start()]) is None
    )


def _fine_since(lead: str) -> bool:
    """Whether `lead` says something has been good since ("fine ever since"), not that
    nothing has worked since ("nothing works since", « plus rien ne marche depuis »)."""
    fine = _FINE_SINCE.search(lead)
    if fine is None:
        return False
    return (
        re.search(
            r"\b(nothing|not|no longer|rien|plus|pas|jamais)\b|n't", lead[: fine.start()][-25:]
        )
        is None
    )


_BUT_WELL = re.compile(
    r"(but|mais) (in the end |finally |au final |finalement |en fin de compte )?(everything|all|"
    r"it all|they all|tout|tous|toutes|tout le monde)( [a-z']+)?( has| have| was| were| est| "
    r"sont| a| ont)? ?(went out|got out|got delivered|was delivered|were delivered|arrived|"
    r"made it|fine|ok|okay|good|sorted|done|parti|partis|parties|livre|livres|livree|livrees|"
    r"arrive|arrives|passe|passes|bon|reparti|repartis)\b"
)
"""A "but" that ends well: "we lost two hours of deliveries but everything went out in the
end" (newcomer75), not a problem back."""


def _positive_again(core: str, word: re.Match[str]) -> bool:
    """`word` is an "again" that says a thing can be done again, not that it broke again."""
    if _AGAIN.fullmatch(word.group(0)) is None:
        return False
    before = core[max(0, word.start() - 40) : word.start()]
    if _RESTARTED.search(before):
        return True  # "turned it off and on again": what fixed it
    return _ABLE.search(before) is not None and _NEGATED.search(before.split(" can")[0]) is None


# A calming sentence about another thing than the problem: "The booking site is down. The
# newsletter issue from last week is solved", « la messagerie ne marche plus. L'imprimante
# remarche ». What it names (a determiner and a noun) is found nowhere else in the message.
_THING = re.compile(
    r"(?<!\w)((the|le|la|les|our|nos|notre|votre|your|my|mon|ma|mes|du|des|this|that|"
    r"ce|cette|cet) |l'|d')([a-z]{2,})"
)
_GENERIC = frozenset(
    "problem problems probleme problemes issue issues souci soucis bug bugs error erreur "
    "erreurs panne thing things truc chose choses way moment morning matin soir evening "
    "end fin day jour week semaine time fois instant coup "
    # the state gone back to, which the rest has no cause to name (« revenu à la version
    # précédente et tout fonctionne »)
    "version versions ancienne precedente release firmware snapshot build workaround "
    "contournement".split()
)


def elsewhere(raw: str, calming: str, normalise: Callable[[str], str]) -> str | None:
    """The rest of `raw` without the sentence holding `calming` (normalised words that say a
    problem is over, or that there is nothing to do), when that sentence is about another
    thing: every thing it names ("the printer", « l'imprimante ») is absent from the rest.
    None when the calming words are about the message's own subject (or name nothing)."""
    said = sentences(raw)
    calm = next((s for s in said if calming in normalise(s)), None)
    if calm is None or len(said) < 2:
        return None
    rest = " ".join(s for s in said if s is not calm)
    named = {m.group(3) for m in _THING.finditer(normalise(calm))} - _GENERIC
    rest_words = set(normalise(rest).split())
    if not named or any(word in rest_words for word in named):
        return None
    return rest
