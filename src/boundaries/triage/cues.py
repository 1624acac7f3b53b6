"""Cue phrases of French and English, as regular expressions over normalised text.

Normalised text is lowercase and accent-free, with single spaces and a space at both ends
(see `text.normalise`), so "rappelez-moi" reads " rappelez moi " and "où" reads " ou ".
Each cue is a (pattern, label) pair; the label is what the consultant reads in `reasons`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Cue = tuple[re.Pattern[str], str]


def cues(*pairs: tuple[str, str]) -> list[Cue]:
    return [(re.compile(p), label) for p, label in pairs]


def matches(text: str, table: Iterable[Cue]) -> list[tuple[str, str]]:
    """(label, matched text) of every cue found."""
    out: list[tuple[str, str]] = []
    for pattern, label in table:
        m = pattern.search(text)
        if m:
            out.append((label, m.group(0).strip()))
    return out


_YOU = r"(you|u|ya)"
_ME = r"(me|moi|m')"

# Asking to be called or written back, or saying one will call again: no content by itself.
CALLBACK = re.compile(
    r"\b("
    r"(please |can you |could you |would you |if you could )?(call|ring|phone|buzz) (me|us)"
    r"( back| right back)?( today| tonight| asap| right away| as soon as (possible|you can))?|call back|(give|get) (me|us) a (call|ring|buzz|shout)( back)?|"
    r"return (my|the) (call|message)|get back to (me|us)|(can|could) you (call|ring)( me)?|"
    r"got a (sec|second|minute|min|moment) to (call|talk|chat)|"
    r"(you can |you could )?reach me( at| on)?|my (number|cell|phone) is|"
    r"i('ll| will) (try|call) (you )?(again |back )?(later|tomorrow|another time)?|"
    r"i tried (you|to (call|reach) you)( earlier)?|you('re| are) on another call|"
    r"(when|whenever) (you|u) (get|have|can|are free|re free|get a chance|get this|have a "
    r"(sec|second|minute|moment|chance))[a-z ]{0,20}?|when you have a few minutes|whenever works|"
    r"at your (earliest )?convenience|"
    r"(tu peux |pouvez vous |pourriez vous |vous pouvez |peux tu |tu pourrais )?(me |nous )?"
    r"(rappeler|rappelle|rappelles|rappelez|appeler|appelle|appelez)( moi| nous)?|"
    r"rappelle(z)? (moi|nous|quand)( vite| aujourd'hui| ce soir| des que possible)?|(tu|vous) (me|m') ?(rappelles|rappelez|appelles|appelez)|"
    r"(je suis |suis )?joignable|mon (numero|portable|telephone)( c'est| est)?|"
    r"je (vous |te |t')?(rappellerai|reessaierai|retenterai|rappelle|rappelerai|recontacterai)"
    r"( plus tard| demain| dans la journee)?|"
    r"j'ai essaye de (t'|vous |te |t )?(appeler|joindre)|(ca|ça) sonnait occupe|"
    r"quand (tu|vous) (peux|pouvez|auras|aurez|as|avez|seras|serez)( un moment| cinq minutes"
    r"| 5 min| deux minutes| le temps| disponible| dispo)?|des que (tu as|tu auras|vous avez|"
    r"vous aurez|possible)( ce| mon)?( message)?|tu me dis"
    r")\b"
)

# Insistence: how hard someone pushes, which is not urgency (SPEC §5).
INSISTENCE = re.compile(
    r"\b(it's urgent|its urgent|this is urgent|c'est urgent|urgent|urgently|asap|a s a p|"
    r"as soon as possible|right away|immediately|right now|now please|today please|"
    r"(the )?(second|third|fourth|3rd|2nd) (time|message|call)|again|au plus vite|rapidement|"
    r"vite|des que possible|en urgence|tout de suite|(la |c'est la )?(deuxieme|troisieme|"
    r"quatrieme) fois|encore moi|need this|j'ai besoin de savoir)\b"
)

GREETING = re.compile(
    r"\b(hi|hello|hey|good (morning|afternoon|evening)|dear|allo|bonjour|bonsoir|salut|coucou|"
    r"yes hello|oui bonjour|madame|monsieur|mr|mrs|ms|miss|thanks?( you)?( so much)?|"
    r"merci( beaucoup| d'avance)?|bye|goodbye|au revoir|bonne (journee|soiree)|talk (to you )?"
    r"soon|take care|a plus|ciao|bises|cheers|please|s'il (te|vous) plait|have a (good|nice|great)"
    r" (day|one)|a bientot|cordialement)\b"
)

SELF_ID = re.compile(
    r"\b(c'est|it's|it is|this is|ici|je m'appelle|my name is|je suis|i'm)"
    r"( (monsieur|madame|mr|mrs|ms|dr))?((?: [a-z'-]+){1,3}?)"
    r"(?=( here| from| with| at| of| de| du| des| euh| um| uh| from| again| encore|$| ))"
)

# Someone naming what the call is about.
TOPIC_MARKER = re.compile(
    r"\b(it's about|its about|it is about|calling about|i'm calling (about|regarding|for)|"
    r"regarding|concerning|with regard to|in regards? to|re :|a propos|au sujet|concernant|"
    r"c'est (pour|au sujet|a propos|concernant) (le|la|les|l'|un|une|des|du|votre|ton|ta|nos)|"
    r"je (vous|t') ?appelle (pour|au sujet|concernant|a propos)|"
    r"(talk|speak|chat) (to you |with you )?about|parler (de|du|des))\b"
)

STATUS = cues(
    (
        r"\b(where are we|where we are|where (it|that|things|this) (stands?|is at|'s at)|"
        r"where (that|it)'s at|where do we stand)\b",
        "asks where it stands",
    ),
    (
        r"\b(how('s| is| are) (the |our |that |it |things )?[a-z ]{0,40}(going|coming along|"
        r"coming|progressing)|coming along|how the [a-z ]{1,30} (are|is) (coming|going))\b",
        "asks how it is going",
    ),
    (
        r"\b(any (news|update|progress|word)|status (of|on)|an update on|update on|"
        r"(checking|check) (in )?on|check on|circling back|following up|follow up on|"
        r"(is|are) (it|that|this|they|we) (done|ready|finished|sent|submitted|still on track|on "
        r"track|up and running|live)|done yet|ready yet|(still|are we) on track|"
        r"did you (get a chance to )?(finish|send|submit|file|get)|have you (finished|sent|"
        r"submitted|heard)|did (the|they|it|he|she) [a-z ]{0,30}(send|go|get|come)|whether the "
        r"[a-z ]{1,40} (went|was|has)|find out (how|where|if|whether)|wondering (if|whether|how)|"
        r"is it (still )?(pending|in progress)|still in progress|still waiting)\b",
        "asks for a status",
    ),
    (
        r"\b(ou (on )?en (est|etait|sommes|etes|es|etiez)|(on|t'en|tu en|vous en) (en )?"
        r"(est|es|etes) ou|ou en est|ou vous en|ou tu en|ca avance|ca en est ou|avez vous pu "
        r"avancer|as tu pu avancer|tu as pu avancer|(a|ont|as|avez|aviez) (bien )?avance|"
        r"pu avancer|ou ca en est|point d'avancement|faire le point|des nouvelles (de|du|des|sur|pour|concernant|\?)|"
        r"(du|quoi de) nouveau (sur|pour|concernant|de|du|\?)|"
        r"avez vous eu des retours|as tu eu des retours|eu des nouvelles|(est|sont)"
        r"( il| elle| ils| elles)?( bien)? (pret|prete|prets|termine|terminee|finalise|"
        r"finalisee|envoye|envoyee|depose|deposee|en cours|toujours d'actualite)|toujours en cours|"
        r"est ce (que|qu'il|qu'elle|qu'ils|qu'on) [a-z' ]{0,40}(est|sont|a|ont) (bien )?(parti|partie|"
        r"parties|partis|pret|prete|termine|fini|envoye|depose|avance)|(l'|les |le |la )?(avez|as|"
        r"ont) (vous |tu )?(bien )?(finalise|termine|envoye|depose|fini|recu|transmis|boucle)|toujours d'actualite|je voulais savoir (ou|si|"
        r"pour)|pour savoir (si|ou|pour)|savez vous ou|sais tu ou|tu penses l'avoir|quand (est ce "
        r"qu')?on (l'|les )?aura|(est|sont) (bien )?partis?)\b",
        "demande où ça en est",
    ),
)

REQUEST = cues(
    (
        r"\b((can|could|would) (you|u) (please )?(send|write|draft|prepare|put|fix|update|make|"
        r"do|help|give us|give me|provide|look|check|find|tell|resend|forward|review|add|get|"
        r"create|set|share|sign)|would you be able to|are you able to|(can|could) you also|"
        r"please (send|write|draft|prepare|fix|update|provide|resend|forward|review|add|share)|"
        r"i need (the|a|an|you to (write|send|draft|prepare|fix|help|update|look|check|review)|"
        r"help)|we need (help|a|an|the|you to)|need help|i('d| would) like (a|an|you to)|"
        r"what are your (rates|fees)|your rates|a quote|your recommendation|recommend|"
        r"would that be possible|is that possible|can we (do|use|have|get)|do (i|we) need to|"
        r"should (i|we)|do you (do|offer|handle)|any chance you could)\b",
        "asks for something",
    ),
    (
        r"\b((pouvez|pourriez|peux|pourrais|pourrait|pourriez) (vous|tu)? ?(nous |me |m'|lui )?"
        r"(l'|les |le |la )?(envoyer|renvoyer|preparer|rediger|faire|regarder|ajouter|corriger|"
        r"aider|proposer un|transmettre|trancher|verifier|mettre|donner|relire|modifier|"
        r"ecrire|creer|chercher|expliquer|dire)|(tu peux|vous pouvez|tu pourrais|vous pourriez) "
        r"(me |nous )?(l'|le |la |les )?(envoyer|regarder|renvoyer|faire|corriger|ajouter|"
        r"preparer|verifier|aider)|(j'aurais|on aurait|nous aurions|j'ai|on a) besoin (de|d'|que)|"
        r"besoin d'aide|est ce (que )?(je|nous|on) (dois|doit|peut|peux)|est ce possible|"
        r"a quel tarif|quel tarif|vos tarifs|un devis|merci de (m'|me |nous )?(envoyer|faire|"
        r"preparer)|est ce que (vous faites|tu fais)|faites vous)\b",
        "demande quelque chose",
    ),
)

SCHEDULING = cues(
    (
        r"\b((join|jump on|hop on|dial in|dial into|get on|come to|be at|be there|attend)"
        r"( us| the| our| a)?( quick| conference| zoom| video| team)? ?(call|meeting|zoom|"
        r"hearing|session)?|(hopping|jumping|getting) on a (quick )?call|conference call|zoom|"
        r"teams call|video call|(can|could) you be there|welcome to join)\b",
        "wants you on a call",
    ),
    (
        r"\b((move|push|reschedule|postpone|shift|bump|cancel) (our|the|my|tomorrow's|"
        r"thursday's|this|your)?( [a-z]+)?( [a-z-]+)? ?(meeting|call|check in|check-in|"
        r"appointment|session|to)|can we (meet|talk|find|schedule|set up|get together|reschedule)|find (an|a) (hour|"
        r"time|slot)|suggest (a few|some) times|(a few|some) times that|are you (free|available)|"
        r"do you have time|would (you|that) work|works for you|set up a (call|meeting|time)|"
        r"schedule a|(meet|meeting) (next|this) week|board retreat|"
        r"(talk|speak|chat) (to you |with you )?about)\b",
        "wants a meeting or a new time",
    ),
    (
        r"\b((can|could) we do (it |that )?(at |on )?(\d|one|two|three|four|five|six|seven|eight|"
        r"nine|ten|eleven|twelve|noon|lunch|the (morning|afternoon)|monday|tuesday|wednesday|"
        r"thursday|friday|next week)|instead|same time|other time|another (day|time)|"
        r"(ou|or) (sometime|some time|later) in the|(a|au) (lundi|mardi|mercredi|jeudi|vendredi)"
        r" (meme heure|a la meme heure)|meme heure)\b",
        "offers another time",
    ),
    (
        r"\b(decaler|reporter|deplacer|annuler) (le |la |notre |votre |un |mon )?|"
        r"\b(rejoindre|vous joindre|te joindre|nous joindre|vous connecter|te connecter|se "
        r"connecter|en visio|visio|sur zoom|haut parleur|un appel (en|a|dans)|"
        r"(serais|seriez|es|etes|serez|seras) (tu |vous )?(dispo|disponible)|disponible pour|"
        r"(aurais|auriez|as|avez) (tu |vous )?(\d+|trente|quinze|vingt|cinq|dix|deux|un) ?"
        r"(minutes|min|moment|heure)|point (telephonique|d'equipe|rapide)|creneaux?|"
        r"rendez vous (de|du|le)|notre rendez vous|votre rendez vous|un cafe|reunion de|"
        r"(venir|participer) a|parler (de|du|des))\b",
        "veut un rendez-vous ou un appel",
    ),
)

INFO = cues(
    (
        r"\b(fyi|for your information|just (so you know|to let you know|letting you know|a heads "
        r"up|wanted to (let you know|say|tell you))|heads up|(wanted|want) to let you know|"
        r"good news|no need to (call|reply|get back)|(pour|a) (info|information)|au fait|"
        r"juste pour (te|vous) (dire|prevenir|informer)|(je voulais|je voulais simplement|"
        r"je voulais juste) (vous|te) (dire|prevenir|informer)|pour (te|vous) prevenir|"
        r"bonne nouvelle|pas besoin de (me )?rappeler|je vous informe)\b",
        "tells you something",
    ),
)

# Time within about a day of the message.
IMMINENT = cues(
    (
        r"\b(today|tonight|this (morning|afternoon|evening)|by (noon|midnight|the end of the "
        r"day|end of day|eod|tonight)|(at|by|before|until) (noon|midnight|\d{1,2}( ?(am|pm|h|"
        r":\d\d))?)(?= |$)|(at|by|before|until) (one|two|three|four|five|six|seven|eight|nine|"
        r"ten|eleven|twelve)( thirty| fifteen| forty five)?( am| pm| o'clock| today| tonight| "
        r"this| tomorrow| sharp)|in (\d+|a few|ten|fifteen|twenty|thirty|five) (min|mins|minutes|hours?)|"
        r"right now|tomorrow( morning| at| by| first thing)?|first thing tomorrow|within the "
        r"hour|end of (the )?day|tonight's|today's)\b",
        "within the day",
    ),
    (
        r"\b(aujourd'hui|ce soir|cet apres midi|ce matin|demain( matin| midi| a| avant)?|"
        r"(a|avant|jusqu'a|d'ici) (midi|minuit|\d{1,2} ?h( ?\d\d)?|\d{1,2} heures)|dans (\d+|dix|"
        r"quinze|vingt|trente|cinq|une|deux) (min|minutes|heures?)|tout de suite|en ce moment|"
        r"maintenant|la tout de suite|cette nuit|ce midi|d'ici ce soir|avant ce soir)\b",
        "dans la journée",
    ),
)

# Something at stake: a harm, a breakage, a legal, safety or money risk, a hard deadline.
STAKE = cues(
    (
        r"\b(down|broken|crash(ed|ing)?|error|blank (page|screen)|not working|doesn't work|"
        r"stopped working|can't (log in|access|find|open|sign|submit)|cannot (access|find|open)|"
        r"hacked|breach|leak(ed)?|virus|ransomware|phishing|fraud|scam|stolen|flood(ed|ing)?|"
        r"fire|smoke|gas leak|injur(ed|y)|accident|ambulance|police|shut (it )?down|shut us down|"
        r"evict(ed|ion)?|lawsuit|sued|court|lawyer|attorney|legal|hearing|inspector|inspection|"
        r"audit|penalt(y|ies)|fined|overdue|bounced|rejected|declined|frozen|payroll|payday|"
        r"deadline|due|closes|closing|submission|portal|expire[sd]?|release (the|it|our)|"
        r"lose|losing|lost|deny|denied|cancel(led|ed)?|wrong|missing|still (don't|do not) have|"
        r"deleted|wiped|disappeared|gone|empty|signed copy|signature|contract|lease|otherwise|"
        r"or else|if (we|it|they|nobody|no one) [a-z' ]{0,30}(don't|doesn't|isn't|can't|won't|"
        r"not)|unless|match|donations?|vote|voting)\b",
        "something at stake",
    ),
    (
        r"\b(panne|en panne|plante|bug|erreur|page d'erreur|ne marche (pas|plus)|ne fonctionne "
        r"(pas|plus)|bloque|pirate|piratage|fuite|virus|fraude|arnaque|vol|vole|inondation|"
        r"incendie|feu|fumee|blesse|accident|pompiers|police|huissier|mise en demeure|plainte|"
        r"tribunal|avocat|juridique|cnil|urssaf|controle|inspection|inspecteur|audit|penalite|"
        r"amende|majoration|impaye|rejete|refuse|bloque|gele|paie|salaires?|date limite|"
        r"delai|echeance|ferme|fermeture du|depot|portail|expire|perdre|perd|perdu|retire|"
        r"reporte|annule|refus|manque|il manque|manquant|efface|supprime|disparu|vide|signer|"
        r"signature|signe|bail|contrat|sinon|faute de|sans (le|la|les|l'|elle|lui|eux|ce|cette)|"
        r"comite|commission|vote|votent|voter|personne (ne )?peut)\b",
        "quelque chose en jeu",
    ),
)

# Clearly not for now: a deadline weeks away or an explicit "no rush".
NOT_NOW = re.compile(
    r"\b(no rush|no hurry|not urgent|whenever you get a chance|no pressure|pas d'urgence|"
    r"pas urgent|pas presse|rien ne presse|pas grave|quand tu auras le temps|"
    r"at some point|next (month|year|season)|le mois prochain|l'annee prochaine)\b"
)

# Harm happening now: urgent whatever the clock says.
HARM_NOW = cues(
    (
        r"\b(hacked|data breach|breach|ransomware|flood(ed|ing)?|on fire|fire (marshal|department|"
        r"alarm)|gas leak|injur(ed|y)|accident|ambulance|police|evict(ed|ion)|site (is )?down|"
        r"(website|page|site|server|system|app) (is |has been |went )?(down|offline|throwing an "
        r"error|crashed)|shut (us |it |the [a-z ]{1,30})?down|bailiff|stolen|fraud)\b",
        "harm happening now",
    ),
    (
        r"\b(pirate|piratage|fuite de donnees|inondation|incendie|pompiers|blesse|accident|"
        r"police|huissier|mise en demeure|expulsion|(site|serveur|page|application) (est |a )?"
        r"(en panne|plante|affiche une page d'erreur|inaccessible|hors service)|page d'erreur|"
        r"en panne|vol|fraude)\b",
        "dommage en cours",
    ),
)
