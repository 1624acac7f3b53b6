"""Cue phrases of French and English, as regular expressions over normalised text.

Normalised text is lowercase and accent-free, with single spaces and a space at both ends
(see `text.normalise`), so "rappelez-moi" reads " rappelez moi " and "où" reads " ou ".
Each table lists alternatives one per line; a cue is (pattern, label), and the label is what
the consultant reads in `reasons`. Cues describe how people say things, never one message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from boundaries.triage.gate import Gated

Cue = tuple[Gated, str, float]

WEAK = 0.5
"""Weight of a cue that frames a question without saying what kind ("je voulais savoir si")."""


def any_of(*alternatives: str) -> Gated:
    """`phrases` compiled behind its word gate (`gate.Gated`)."""
    return Gated(phrases(*alternatives))


def phrases(*alternatives: str) -> str:
    r"""One pattern matching any of the alternatives as whole words.

    The leading `(?<!\w)` is the start-of-word `\b` for alternatives that begin with a
    letter or digit, as all of these do, and lets the regex engine reject most positions
    faster (about a third less time on the cue tables)."""
    return r"(?<!\w)(" + "|".join(alternatives) + r")\b"


def cues(*entries: tuple[str, str] | tuple[str, str, float]) -> list[Cue]:
    """Compile (pattern, label[, weight]) entries; the weight defaults to 1."""
    out: list[Cue] = []
    for entry in entries:
        weight = entry[2] if len(entry) == 3 else 1.0
        out.append((Gated(entry[0]), entry[1], weight))
    return out


def matches(text: str, table: Iterable[Cue]) -> list[tuple[str, str, float]]:
    """(label, matched text, weight) of every cue found."""
    out: list[tuple[str, str, float]] = []
    for pattern, label, weight in table:
        m = pattern.search(text)
        if m:
            out.append((label, m.group(0).strip(), weight))
    return out


def every_match(text: str, table: Iterable[Cue]) -> list[tuple[str, str, float]]:
    """(label, matched text, weight) of every place each cue is found, in table order: for
    the times of day, where an earlier one may date the past ("she told me today … tonight")."""
    return [
        (label, m.group(0).strip(), weight)
        for pattern, label, weight in table
        for m in pattern.finditer(text)
    ]


# Said as going on now: "since 9am", « depuis ce matin », "the room is flooding".
PRESENT = any_of(
    r"since",
    r"depuis",
    r"(right )?now",
    r"currently",
    r"en ce moment",
    r"actuellement",
    r"this morning",
    r"ce matin",
    r"today",
    r"aujourd'hui",
    r"tonight",
    r"ce soir",
    r"still",
    r"toujours",
    r"(is|are) [a-z]+ing",
)
NO_LONGER = (
    # (whole words: « passent plus depuis ce matin » is no « de », trial48)
    r"(?! (tard|tot|vite|ou moins|que|de|d'|du|facilement|rapidement|mieux|simplement|"
    r"souvent)\b)"
)
"""After « plus »: the « no longer » of spoken French (« ça marche plus »), not the "more" of
« ça marche plus tard ? » (a time that suits)."""


_NUM = r"(\d+|a few|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)"
_NOMBRE = r"(\d+|une|deux|trois|cinq|dix|quinze|vingt|trente)"
_WEEKDAY = (
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|"
    r"fri|sat|sun)"
)
_JOUR = r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"

# Asking to be called or written back, or saying one will call again: no content by itself.
CALLBACK = Gated(
    phrases(
        r"(please |can you |could you |would you |if you could )?(just )?(call|ring|phone|buzz) "
        r"(me|us)"
        r"( back| right back)?( today| tonight| asap| right away| right now| immediately| as soon as "
        r"(possible|you can))?",
        # (not a call moved: "can we push wednesday's call back an hour", trial39 §1)
        r"(?<!'s )(?<!s' )(?<!the )(?<!our )(?<!this )(?<!that )(?<!your )call back",
        # without "me": "can you ring as soon as you can", "pls call re the venue"
        r"(can|could|would) (you|u) (please )?(ring|call|phone)(?= (as soon|asap|when|back|"
        r"today|please|right away|re\b)| ?$| \.)",
        r"(pls|plz|please|kindly) (call|ring|phone)( (me|us))?( back)?(?! (the|a|an|our|their|his|her|"
        r"them|him|it|this|that|my|your)\b)",
        # said any way, in dialect too: "gie us a wee bell", "gi' us a bell", "giz a quick ring",
        # "give me a quick call back" (newcomer19 M10)
        # (with its "would you": left alone it read as a request, newcomer82)
        r"((can|could|would|will) (you|u|ye) (please |just )?|if (you|u) could |please )?"
        r"((give|get|gie|gi'|gi) (me|us)|giz|gis) a (quick |wee |little |small |lil )?(call|ring|"
        r"buzz|shout|bell|tinkle|phone|tingle|holler|yell)( back)?",
        # asked to write: "flick us a txt when ur free", "drop me a line", "shoot me a text"
        r"(flick|drop|shoot|fire|ping|bung) (me|us) a (quick |wee |short )?(txt|text|msg|"
        r"message|line|note|email|mail|whatsapp|sms)",
        # « fais-moi signe », « faites-moi signe »: let me know (trial51 §1: « signe pour la
        # facture du plombier » was the topic)
        r"(fais|faites|fait) (moi|nous) (un )?signe",
        # "try me back on the mobile", "try us again later", "try me on the mobile instead"
        r"try (me|us) ((back|again)( on (the|my|our) (mobile|cell|landline|office|number))?|on "
        r"(the|my|our) (mobile|cell|landline|office|number|other number))",
        # for someone else, back: "she asked if you could give her a call back", "call him back"
        r"(if you could |could you |can you |please )?((give|get) (him|her|them) a (call|ring|"
        r"buzz|bell)|call (him|her|them)) back",
        # relayed, without "back": "he'd like you to ring him back", "give her a call",
        # "return his call", « merci de la recontacter »
        r"(call|ring|phone) (him|her|them) back",
        r"(give|get) (him|her|them) a (call|ring|buzz|bell)",
        r"return (his|her|their) call",
        r"(le|la|les) recontacter",
        # a named person to call back: « merci de rappeler le docteur Moreau », "please call
        # Dr Patel back" (newcomer21 vet-08)
        r"(merci de |pouvez vous |pourriez vous |pourrais tu |peux tu )?(rappeler|recontacter) "
        r"(le docteur|la docteure|le dr|docteur|dr|madame|monsieur|mme|mlle|m|maitre|me|le "
        r"professeur) [a-z'-]+",
        r"(call|ring|phone) (dr|doctor|mrs|mr|ms|miss|professor) [a-z'-]+ back",
        # the caller's own place: "can ye phone the shop when ye get a sec"
        r"(call|ring|phone) (the|our) (shop|office|store|studio|salon|clinic|surgery|yard|depot|"
        r"landline|practice|reception|front desk|site office|garage|workshop|farm|school|hotel|"
        r"pharmacy|ward|unit|warehouse)(?= (when|whenever|back|as soon|asap|today|please)\b| ?$| \.)",
        r"gimme a (call|ring|buzz|shout|bell|holler|yell)( back)?",
        r"hit (me|us) (back|up)",
        r"(answer|pick up) (your|ur|the) (phone|cell|mobile)",
        r"(reponds|repond|repondez|reponde|ecris|ecrivez) (moi|nous)",
        r"decroche(z)?(?= ?$| \.| !| (stp|svp|s'il))",
        r"(text|ping|message|bell|phone|ring) (me|us)( back)?",
        r"(please )?(call|ring|phone|bell) (when|whenever) (free|you can|you're free|you are free|"
        r"ur free|possible)",
        r"please call( back)?(?= ?$| \.| (thanks|thank you|cheers|merci)\b)",
        r"(when|whenever) (you're|you are|your|ur|u r) (free|around|about|available|back)",
        r"(are you |r u )?(free|around|available) for a (quick )?(call|chat|phone call)",
        # "do you have five minutes for a quick call?", « t'as deux minutes pour un appel ? »
        # (newcomer79)
        r"(do you have|have you got|you got|got|t'as|tu as|vous avez|auriez vous|aurais tu|"
        r"avez vous) (a |an |five |5 |two |2 |ten |10 |cinq |deux |dix |quelques )?(minutes?|min|"
        r"mins|sec|second|moment|instant) (for a|pour un|pour une) (quick |short |petit |rapide |"
        r"petite )?(call|chat|phone call|appel|coup de fil|discussion)",
        r"return (my|the) (call|message)",
        r"(just )?returning (your|the) call",
        r"get back to (me|us)",
        r"(can|could) you (call|ring) (me|us)",
        r"got a (sec|second|minute|min|moment) to (call|talk|chat)",
        r"(you can |you could )?reach me( at| on)?",
        r"(my|his|her|their) (number|cell|phone|mobile|direct line) is",
        r"i('ll| will) (try|call) (you )?(again |back )?(later|tomorrow|another time)?",
        r"i tried (you|to (call|reach) you)( earlier)?",
        # an attempt to reach, said every way: "just trying to get hold of you", "been trying to
        # reach you all morning", "sorry I missed you", "try me later" (newcomer90)
        # (the caller's own attempt: not "she's trying to reach you, she will call you")
        r"(i'm |i am |i've been |i have been |we've been |we're |been |i was |we were |just )"
        r"(just )?(trying|tried) to "
        r"(get hold of|get ahold of|reach|get through to|catch|get in touch with|contact|call|"
        r"ring|phone) (you|ya|u)( all day| all morning| all afternoon| since this morning| "
        r"earlier| this morning| today)?",
        r"(sorry )?(i |we )?(just )?missed (you|ya|your call)( again)?",
        r"(i've |i have |i |we've |we )tried (you|ya|u)( (today|all day|all morning|this "
        r"morning|earlier|twice|again))?",
        r"try (me|us) (later|again later|back later|tomorrow|this afternoon|tonight|in the "
        r"morning|whenever)",
        # how often one called: "Rang twice.", « je vous ai déjà appelé deux fois »
        # (newcomer65): insistence, no topic
        r"(i |i've |i have |we |we've |have )?(rang|rung|called|phoned|tried)( you)? (twice|"
        r"three times|a few times|several times|a couple of times)",
        r"(j'ai|on a|je t'ai|je vous ai|on t'a|on vous a) (deja )?(appele|essaye|tente)( [a-z']+)?"
        r" (deux|trois|plusieurs|quatre) fois",
        r"(i |i've |i have )?tried (your|ur|the) (number|phone|line|mobile|cell|office)( (twice|"
        r"again|earlier|a few times|three times|several times))?",
        r"(j'ai|on a) (essaye|tente) (ton|votre|le) (numero|portable|telephone|fixe)( (deux|trois|"
        r"plusieurs) fois)?",
        r"you('re| are) on another call",
        # asked to answer the message itself: "pls reply my message", "reply when you see this"
        r"(pls |plz |please |kindly )?(reply|respond|answer)( to)? (my|our) (message|messages|"
        r"text|texts|mail|email|sms|msg|whatsapp)",
        r"(reply|respond|answer) (when|whenever|once|as soon as) (you|u) (see|get|read)",
        r"(when|whenever) (you|u|ye) ((get|have) a (sec|second|minute|min|mo|moment|chance)|get "
        r"this|get|have|can|are free|re free)",
        r"when you have a few minutes",
        r"whenever works",
        r"at your (earliest )?convenience",
        r"(tu peux |pouvez vous |pourriez vous |vous pouvez |peux tu |tu pourrais )?(me |nous |m'|m )"
        r"(rappeler|appeler)(?! (le|la|les|l'|ce|cette|combien|quel|quelle|si|comment)\b)"
        # « tu peux me rappeler vite fait ? »: quickly (trial34 §3)
        r"( vite fait| dans la journee| dans l'apres midi| en fin de journee)?",
        r"(rappelle|rappelles|rappelez|appelle|appelez)( moi| nous)"
        # Belgian « rappelle-moi une fois » (a softener, no matter)
        r"( vite fait| vite| aujourd'hui| ce soir| des que possible| tout de suite| rapidement|"
        # « rappelez-moi dans la journée si vous pouvez »: when to call, no deadline
        # (newcomer83)
        r" une fois| dans la journee| dans l'apres midi| en fin de journee| volontiers)?",
        # (not a message or a product recalled: « j'ai essayé de rappeler le mail, trop tard »,
        # newcomer97; « rappeler le lot »)
        r"rappel(le|lez|er)(?! (le |la |les |l'|ce |cette |mon |ma |mes |un |une |du )?(mail|"
        r"mails|message|messages|e mail|email|courriel|sms|texto|lot|lots|produit|produits|"
        r"commande|colis|vehicule|vehicules)\b)",
        # spelt as typed in a hurry: « rappel moi stp », « rapel moi »
        r"(rappel|rapel|rappele|rapelle|rapele|rapelez|rapellez) (moi|nous)",
        # the noun as a text asks it: « Fabien serrurerie, rappel stp »
        r"(un )?(rappel|rapel) (stp|svp|s'il (te|vous) plait|merci|asap|urgent|vite)",
        r"(tu|vous) (me|m'|nous|le|la|l') ?(rappelles|rappelez|appelles|appelez|rappeliez|appeliez)"
        # not a reminder asked: « tu me rappelles la date du comité ? » (newcomer90)
        r"(?! (la|le|les|l') ?(date|dates|heure|heures|"
        r"montant|nom|noms|numero|adresse|lien|code|reference|prix|delai|delais|chiffre|horaire|"
        r"horaires|jour|lieu|taux|procedure|regle|regles|conditions|mot de passe)\b)",
        # for someone else: « pourriez-vous la rappeler », « merci de le rappeler »
        r"(le|la) rappeler",
        # the caller's own reachability, not a line or a site "plus joignable"
        r"(je suis |suis |je reste |reste |je serai |serai )joignable",
        r"joignable(?= (au|sur|a|toute|jusqu'a|ce|cet|demain|aujourd'hui))(?<!plus joignable)"
        r"(?<!pas joignable)",
        r"mon (numero|portable|telephone|natel|gsm|mobile|fixe)(?<!depuis mon numero)"
        r"(?<!depuis mon portable)(?<!depuis mon telephone)( c'est| est)?",
        r"je (vous |te |t')?(rappellerai|rappelerai|reessaierai|retenterai|rappelle|"
        r"recontacterai)( plus tard| demain| dans la journee)?",
        r"(je t'|je vous |j')appelais( juste( comme ca)?)?",
        # « on a essayé de vous joindre », « nous avons tenté de vous appeler »
        r"(j'ai|on a|nous avons|j'avais|on avait) (essaye|tente) de (t'|vous |te |t )?(appeler|"
        r"joindre)",
        # « j'essaie de vous atteindre depuis ce matin » (newcomer90): the attempt, not a trouble
        # that has lasted since the morning
        r"(j'essaie|j'essaye|je tente|on essaie|on essaye|nous essayons|je cherche a|on cherche "
        r"a) de (vous |te |t'|t )?(joindre|atteindre|appeler|avoir|contacter)( depuis (ce matin|"
        r"hier|tout a l'heure|midi|lundi|mardi|mercredi|jeudi|vendredi|des heures))?",
        r"ca sonnait occupe",
        # checking in, said the French way: « je voulais juste faire le point, rappelle-moi »
        # (trial42); not « faire le point sur le budget »
        r"(je voulais|je voudrais|j'aimerais|on pourrait|c'etait pour|c'est pour) (juste |"
        r"simplement |rapidement )?faire (un |le |un petit )point(?= ?$| \.| (avec (toi|vous) )?"
        r"(merci|rappelle|rappelez|bisous|a plus|bonne))",
        # « tu peux essayer de me joindre sur le portable », « essayez plutôt sur mon fixe »
        r"(essayer|essaie|essaye|essayez|tenter|tente|tentez) de (me|nous) (joindre|rappeler|"
        r"appeler|contacter)",
        r"(essaie|essaye|essayez|tente|tentez)( plutot)? (sur|au) (mon|le|notre) (portable|fixe|"
        r"mobile|numero|bureau)",
        r"(quand|une fois que|lorsque) (tu|vous) (peux|pouvez|auras|aurez|as|avez|seras|serez)"
        r"( un moment| cinq minutes"
        r"| 5 min| deux minutes| une minute| le temps| disponible)?",
        r"des que (tu as|tu auras|vous avez|vous aurez|possible)( ce| mon)?( message)?",
        r"tu me dis",
        r"(me|nous) (recontacter|revenir|contacter)",
        r"(recontactez|recontacte|contactez|contacte|reviens|revenez)( moi| nous| vers moi| vers nous)",
        r"revenir vers (moi|nous)",
        r"(dispo|disponible|libre)s? pour (un appel|un coup de fil|un call|en parler|un petit appel)",
        r"(passe|passez|donne|donnez)( moi| nous)? un (coup de fil|coup de telephone|appel)",
        r"a (votre|ta) (meilleure )?convenance",
        r"des (reception|que (tu peux|vous pouvez|tu es dispo|vous etes disponible))",
        # a way to reach the consultant asked for, and nothing else (realtext29: "Can i contact
        # you in any way?", "can I have your email address?", « où puis-je vous joindre ? »)
        r"(how|where) (can|could|do|should|may) i (contact|reach|email|write to|get (in touch "
        r"with|hold of)) (you|u)( (by|via|on) (email|e mail|mail|phone|whatsapp|sms))?",
        r"(how|where) i (can|could) (contact|reach|email|write to) (you|u)( (by|via|on) (email|"
        r"e mail|mail|phone))?",
        r"(can|could|may) i (contact|reach|email) (you|u)( (in|by) (any|some|another) way| (by|via|"
        r"on) (email|e mail|mail|phone|whatsapp|sms)| somehow| directly)?(?= ?\?| ?$| \.)",
        r"(what'?s|what is) the (best|easiest) way to (contact|reach|get (in touch with|hold of)) "
        r"(you|u)",
        # "Can you give me a contact?", "my email is …", "I have some questions to ask you"
        # (realtext28): a way to talk asked for, and nothing said of what about
        r"(can|could|would) (you|u) (please )?(give|send) me (a|your|an|the) (contact|number|"
        r"phone number|email|e mail|email address|mail address)",
        r"my (email|e mail|mail)( address)? is",
        r"i (have|got|ve got|'ve got) (some|a few|a couple of|a) questions?( to ask you| for you)?"
        r"(?= ?(\.|\?|!|,|$| can| could))",
        r"(is there|any) (a |another |an other |other )?(way|means|number|address|email) (i|we) "
        r"(can|could) (contact|reach|email|write to) (you|u)( (by|via|on) (email|e mail|mail|"
        r"phone))?",
        r"(can|could|may) i (have|get) (your|ur) (email|e mail|mail|number|phone number|cell|"
        r"mobile)( address)?",
        r"(you have|do you have|have you got|got) (an )?(email|e mail|mail|number|phone) (i|where i"
        r"|that i) can (make contact|contact you|reach you|write to)",
        r"(someone|somebody|anyone) (needs to|should|please|pls|plz) (contact|call|reach|email) "
        r"(me|us)",
        r"(ping|email|mail|text|contact|reach) (me|us) (at|on) [a-z0-9.]+( [a-z0-9]+){0,3}"
        r"(?= ?\?| ?$| \.| thanks| thank you| cheers)",
        # spelt as written in a hurry too: « comment pui-je vous contacté ? » (realtext30)
        r"(comment|ou) (puis je|pui je|puije|je peux|je pourrai|peut on|pourrais je|on peut) vous "
        r"(joindre|contacter|contacte|contactez|ecrire)"
        r"( par (mail|e mail|email|telephone|sms))?",
        r"(est ce que )?(je peux|puis je|pourrais je) vous (joindre|contacter|ecrire) (par (mail|e "
        r"mail|email|telephone|sms)|directement|quelque part)",
        # "I need to get in contact with you, add my discord", "you may message me on telegram
        # or tell me how to reach you", "not something I can discuss publicly" (realtext30)
        r"(i|we) (need|want|would like|'d like) to (get in contact|get in touch|speak|talk) with "
        r"(you|u)( privately| in private)?",
        r"(you may |you can |please |pls )?(add|message|dm|text|ping|contact) me (on|via) "
        r"(discord|telegram|whatsapp|signal|skype|linkedin|twitter)",
        r"(add|here is|here's) my (discord|telegram|whatsapp|signal|skype)",
        r"(or )?tell me how (i can |to )?(reach|contact) (you|u)",
        r"(this is |it's |it is )?not something (i|we) can (discuss|talk about|share|say) "
        r"(publicly|in public|here|openly)( here)?",
        r"(how do i|how can i) (contact|reach) (you|u) (private|privately|in private)",
        r"(avez vous|vous avez|as tu|tu as) un (numero|mail|e mail|email|adresse|telephone)( mail)?"
        r" (ou|pour|auquel|a laquelle) (je peux |on peut |je pourrais )?(vous |te )?(joindre|"
        r"contacter|ecrire)",
        # a wish to speak, and nothing of what about: « je souhaiterais m'entretenir avec vous
        # pourriez-vous me rappeler », « j'aimerais vous parler, merci » (newcomer89); not « je
        # voulais vous parler du budget » (« je voulais … » is left to the caller's
        # introduction, `SELF_ID`, which ends on it)
        r"(je souhaiterais|je souhaite|j'aimerais) (m'entretenir|echanger|"
        r"discuter|parler) avec (vous|toi)(?= ?$| \.| (pourriez|pouvez|peux|pourrais|merci|"
        r"rappelle|rappelez|au|bonne|je vous|je te)\b)",
        r"(je souhaiterais|je souhaite|j'aimerais) (vous|te) parler(?= ?$| "
        r"\.| (pourriez|pouvez|peux|pourrais|merci|rappelle|rappelez|au|bonne|je vous|je te)\b)",
        # the number the consultant has already: « vous avez le numéro », "you have my number"
        r"(vous avez|tu as|t'as|you have|you've got|you got) (le|mon|mes|my|the) (numero|"
        r"coordonnees|number)",
    )
)

# Saying no call back is needed: the opposite of a call-back request.
NO_CALLBACK = Gated(
    phrases(
        r"no need to (call|ring|get back|reply|respond)( me| us)?( back)?",
        r"(you )?(don't|do not) (need to )?(call|get back)( me| us)?( back)?",
        r"pas (besoin|la peine) de (me |nous )?(rappeler|repondre)",
        r"inutile de (me |nous )?rappeler",
    )
)

# Insistence: how hard someone pushes, which is not urgency (SPEC §5).
INSISTENCE = Gated(
    phrases(
        r"it's urgent",
        r"this is urgent",
        r"c'est urgent",
        # not in « rien d'urgent », "nothing urgent": the sender's own "not urgent" (NOT_NOW)
        r"(?<!rien d')(?<!nothing )(?<!not )(?<!pas )(?<!non )(?<!no )urgent",
        r"urgently",
        r"asap",
        r"as soon as possible",
        r"right away",
        r"(it's )?(really|very) important",
        # with when the calls came: "the third time I've called today", « la troisième fois
        # que j'appelle aujourd'hui » (trial50 §3: the day of the calls read as a deadline)
        r"(the )?(second|third|fourth|fifth|3rd|2nd|4th|5th) (time|message|call)( (i've|i have|"
        r"we've|i'm|i am) (called|rung|phoned|tried|calling|ringing|trying|left)( you)?"
        r"( today| this morning| this afternoon)?)?",
        r"again",
        r"au plus vite",
        r"rapidement",
        r"vite",
        r"des que possible",
        r"en urgence",
        r"(ca fait |c'est )?(la )?(deuxieme|troisieme|quatrieme|cinquieme|2e|3e|4e) fois( que "
        r"(j'appelle|je vous appelle|je t'appelle|j'essaie|je laisse un message|je vous ecris|"
        r"je t'ecris|je rappelle)( aujourd'hui| ce matin| cet apres midi| de la journee)?)?",
        r"(j'ai|je vous ai|je t'ai|on vous a|on t'a|i've|i have) (deja )?(appele|essaye|called|"
        r"rung|phoned|tried) (plusieurs fois|trois fois|deux fois|several times|twice|three "
        r"times|a few times)( aujourd'hui| ce matin| today| this morning)?",
        r"encore moi",
        r"j'ai besoin de savoir",
        r"(c'est )?(tres|vraiment) important",
    )
)

GREETING = Gated(
    phrases(
        r"hi",
        r"hello",
        r"hey",
        r"good (morning|afternoon|evening)",
        r"morning",
        r"dear",
        r"allo",
        r"bonjour",
        r"bonsoir",
        r"salut",
        r"coucou",
        r"madame",
        r"monsieur",
        r"mr",
        r"mrs",
        r"ms",
        r"thanks?( you)?( so much)?",
        r"merci( beaucoup| d'avance)?",
        r"bye",
        r"goodbye",
        r"au revoir",
        r"bonne (fin de )?(journee|soiree|semaine)",
        r"bon (week end|weekend|apres midi)",
        r"talk (to you )?soon",
        r"take care",
        r"a plus",
        r"ciao",
        r"tchao",
        # Breton « kenavo », and « allez » that leads a goodbye: « allez kenavo », « allez
        # bisous » (newcomer89)
        r"kenavo",
        # the Swiss and southern goodbye: « merci adieu » (newcomer90)
        r"adieu",
        r"(that|it)('d| would) be (great|lovely|brilliant|grand|fab|ace|wonderful|amazing)",
        r"allez(?= (ciao|tchao|salut|bisous?|bises|kenavo|a plus|a bientot|bonne|au revoir|"
        r"bye|ciao)\b| ?$)",
        r"je (vous|te) remercie( beaucoup| bien)?(?= ?$| \.| (bonne|au revoir|a bientot)\b)",
        # another language's courtesy in a French or English message: « Dai, rappelle-moi.
        # Grazie mille, ciao ! » (newcomer65)
        r"grazie( mille| tante)?",
        r"gracias",
        r"dai",
        r"danke( schon| sehr)?",
        r"obrigad[oa]",
        r"arrivederci",
        r"a presto",
        r"bises",
        r"cheers",
        r"please",
        r"s'il (te|vous) plait",
        r"have a (good|nice|great) (day|one)",
        r"a bientot",
        r"cordialement",
        # the French letter's closing formula
        r"(veuillez|je vous prie d') ?agreer( [a-z']+){0,3} l'expression de (mes|nos) "
        r"(sentiments|salutations)( [a-z]+){0,2}",
        r"(recevez|agreez)( [a-z']+){0,3} (mes|nos) (sinceres |meilleures )?(salutations|"
        r"sentiments)( [a-z]+){0,2}",
        r"(a|en) (votre|ta) (meilleure )?convenance",
        # what `classify` writes for "at your convenience" (no hurry): no matter either
        r"when convenient",
        r"sorry to bother you",
        # the formal courtesy of a call-back asked: "I'd be grateful if you could return my
        # call", « je vous serais reconnaissante de bien vouloir me rappeler » (newcomer92)
        r"(i'd|i would|we'd|we would) be (very |most |extremely |so )?grateful if (you|u) could",
        r"(je vous serais|je te serais|nous vous serions) (tres |vraiment )?(reconnaissante?s?|"
        r"oblige|obligee|obliges)( de)?( bien vouloir)?",
        r"(just )?calling to (say hello|say hi|check in on you)",
        # a check-in that names nothing: "Sam, just checking in" (trial34 §3: its topic was
        # "checking"), "a quick check-in"
        r"(i'm |i was |was )?(just )?checking in( with you| on you| on things)?(?! (about|on|re|for|"
        r"with the|regarding)\b)",
        r"(just )?(a )?quick check ?in",
        r"(and )?see how you('re| are) doing",
        r"how are you( doing)?",
        r"hope (you're|you are|all is|everything is) (well|doing well|good)",
        r"j'espere que (tu vas|vous allez|tout va) bien",
        r"prendre (de tes|de vos) nouvelles",
        r"(comment )?(ca va|vas tu|allez vous)",
        r"desole de (te|vous) deranger",
        # who is calling, the name first: « Marc à l'appareil » (newcomer15 L1)
        r"([a-z'-]+ ){1,2}a l'appareil",
        r"god bless( you)?",
        # « que Dieu vous garde », « Dieu te bénisse » (newcomer20 M4)
        r"(que )?dieu (vous|te|nous) (garde|benisse|protege)",
        r"(many )?blessings",
        r"stay safe",
        r"be well",
        r"prends soin de (toi|vous)",
        # who the call is for, not what: "calling on behalf of karen", « de la part de
        # monsieur Benali », « assistante de maître Roux », "Dr Shah's secretary"
        r"((i'm |i am )?calling |je vous appelle |j'appelle )?(on behalf of|de la part de)"
        r"( (monsieur|madame|mr|mrs|ms|dr|maitre|me))?( (?!(she|he|they|il|elle|who|qui|and|et)\b)"
        r"[a-z'-]+){1,2}?(?= (she|he|they|il|elle|who|qui|and|et|to|pour|qui)\b| ?$| \.)",
        r"(his|her|son|sa) (assistant|assistante|secretary|secretaire|pa)",
        r"(assistant|assistante|secretary|secretaire|pa) (de|of|to|for|du) (monsieur |madame |mr |"
        r"mrs |ms |dr |maitre |me )?[a-z'-]+",
    )
)

# Saying one will call again (not asking to be called): with a topic, it informs.
SELF_CALLBACK = Gated(
    phrases(
        r"i('ll| will) (try|call) (you )?(again |back )?(later|tomorrow|another time)?",
        r"je (vous |te |t')?(rappellerai|rappelerai|reessaierai|retenterai|rappelle|"
        r"recontacterai)( plus tard| demain| dans la journee)?",
    )
)

THANKS = Gated(
    phrases(
        r"thanks?", r"thx", r"thank you", r"merci", r"you're the best", r"(ur|you are) the best"
    )
)

# "It's Tom from Northside Rescue", "c'est monsieur Petit de l'Amicale": who, not what.
# A word of a caller's name or firm: not a verb or a negation ("c'est marc, le serveur de
# test est en panne" names marc, not "marc le serveur de test est en panne").
# (not "a": « des transports Delvaux à Liège » is where the firm is)
# Nor a state said of a thing: "Can you check the site again? It's offline." (realtext38),
# « c'est en panne ».
_NAMED = (
    r"(?: (?!(?:est|sont|is|are|was|were|has|have|had|ont|etait|ne|pas|not|off ?line|down|"
    r"broken|dead|hacked|stuck|flooded|frozen|crashed|gone|missing|locked|cancell?ed|en panne|"
    r"hors (ligne|service)|cassee?|plantee?|bloquee?|inondee?|annulee?|coupee?)\b)[a-z'-]+)"
)
SELF_ID = re.compile(
    r"\b(c'est|it's|it is|this is|ici|je m'appelle|my name is|je suis|i'm)"
    # what it is about is no name: "it is about the quote", « c'est au sujet de la facture »,
    # « c'est pour le devis »
    r"(?! (?:about|regarding|concerning|re|for|au sujet|a propos|concernant|pour|par rapport|"
    r"quant|vis a vis)\b)"
    rf"( (monsieur|madame|mr|mrs|ms|dr))?({_NAMED}{{1,3}}?)"
    # where they sit: "bethan on reception at Pryce Morgan", « à l'accueil de »
    r"( (on|from|at) (the )?(reception|front desk|switchboard)| (a l'accueil|au standard|"
    r"de l'accueil|du standard|au secretariat|du secretariat))?"
    rf"(?P<firm>(?: (from|with|at|of|de|du|des|de la|d'|chez))(?: (the|la|le|l'|les))?"
    rf"{_NAMED}{{1,4}}?"
    # and the town: « de l'association Habitat solidaire à Dakar » (newcomer76)
    rf"(?: (a|in|en|au|of)(?: (the|la|le|l'|les))?{_NAMED}{{1,2}}?)?)?"
    r"(?= (here|from|again|encore|euh|um|uh|i|je|j'ai|just|juste|give|call|calling|rappel\w*|"
    r"please|can|could|would|pouvez|pourriez|tu|vous|on|we|thanks|merci|oui|yes|bonjour|hi)\b"
    r"| ?$| \.)"
)

# Someone naming what the call is about.
TOPIC_MARKER = Gated(
    phrases(
        # a matter added to one told before, its verb left out: « et aussi du budget, et du
        # local, rappelle-moi » (trial50 §9), "also about the premises"
        r"(et )?(aussi|egalement) (du|de la|de l'|des|d'|pour le|pour la|pour les|pour l')",
        r"it's about",
        r"it is about",
        r"calling about",
        r"i'm calling (about|regarding|for)",
        r"regarding",
        r"concerning",
        r"with regard to",
        r"in regards? to",
        r"re :",
        r"re (the|your|our|my|this|that|his|her|their) (?=[a-z])",
        # "re: grouse moor plan", "- re grouse moor management plan. ring me": "re" alone
        # before a matter of two words or more
        r"(?<=[a-z] )re: ?(?=[a-z]{3,})",  # not a reply's subject line ("Re: quick chat")
        r"(?<![a-z'])re (?=[a-z]{3,} [a-z]{3,})",
        # "pls call re xmas party venue": "re" right after the call, then what about
        r"(?<=call )re (?=[a-z]{3,})",
        r"a propos",
        r"au sujet",
        r"concernant",
        r"par rapport (a|au|aux)",
        r"vis a vis (de|du|des|d')",
        r"quant (a|au|aux)",
        r"pour ce qui est (de|du|des)",
        r"(in relation|with respect) to",
        # also as speech-to-text writes it: « c est pour le devis du site »
        r"c ?'? ?est (pour|au sujet|a propos|concernant) (le|la|les|l' ?|un|une|des|du|votre|ton|"
        r"ta|nos)",
        r"je (vous|t') ?appelle (pour|au sujet|concernant|a propos)",
        r"(talk|speak|chat) (to you |with you )?about",
        r"parler (de|du|des)",
        # (not a time: "the payroll thing we talked about last month", trial47)
        r"(about|abt) (the|our|my|your|a|an|that|his|her|their|these|those)|"
        r"(about|abt) (last|next|this)(?! (month|week|year|time|night|monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|morning|afternoon|evening|weekend|spring|summer|autumn|"
        r"fall|winter)\b(?!'s))",
        r"run (an idea|something|a few things) by you",
        r"pour (le|la|les|l') (?!moment|instant|message|appel|rappel|reste)[a-z]{3,}",
        # a matter to go over together, however a transcript runs it on: « je voulais voir
        # avec toi le dossier », « faire le point sur la convention », "I wanted to go over
        # the rota", "see the grant report with you" (newcomer14 H2); not "discuss the" nor
        # "review the", which written requests use for the work itself
        r"(voir|revoir|regarder|discuter|caler|verifier) avec (toi|vous) (de |du |des |sur )?"
        r"(?=(le|la|les|l'|un|une|des|du|ce|cette|cet|ces|nos|notre|mon|ma|mes|ton|ta|tes|"
        r"votre|vos) ?[a-z])",
        r"discuter (de|du|des|d')",
        # (not a review named by its period: « faire le bilan d'octobre », newcomer78)
        r"faire (le|un) (point|bilan) (sur|de|du|des|d')(?! ?(janvier|fevrier|mars|avril|mai|"
        r"juin|juillet|aout|septembre|octobre|novembre|decembre|l'annee|l'exercice|\d)\b)",
        r"(go over|go through) (the|our|my|your|this|that|those|these) (?=[a-z]{3,})",
        r"see (the|our|my|this|that) (?=[a-z ]{3,40} with you\b)",
        # the same, said any way (newcomer15 H4): « il faudrait qu'on parle du … », « j'aimerais
        # qu'on discute de la … », « qu'on regarde ensemble le … », "let's review the …",
        # "we need to discuss the …"
        r"(parl|discut)(e|es|ons|ez|er|erait|erions|erons|ions|iez) (de la |de l'|du |des |d'|"
        r"de |sur )(?=[a-z])",
        r"(regard|revoi|revoy|voi|voy|verifi|cal|prepar)[a-z]* ensemble (le |la |les |l'|du |"
        r"des |ce |cette |nos |notre )(?=[a-z])",
        r"aborder (le |la |les |l'|ce |cette )(?=[a-z])",
        r"(let's|let us|we need to|we should|we must|we have to|we ought to|can we|could we|"
        r"shall we|i'd like to|i would like to|i want to|i wanted to|i'd love to) (review|"
        r"discuss|talk about|talk through|go over|go through|look at|look over|catch up on|"
        r"sort out|plan|finalise|finalize) (the|our|my|your|this|that|these|those) "
        r"(?=[a-z]{3,})",
    )
)

# A call returned about a matter, beside a call-back request: « je vous rappelle pour
# l'assemblée générale, rappelez-moi » (trial44: read as content-free). Only there: alone,
# « je vous rappelle pour … » may tell a call to come, or open a question.
RETURNING_ABOUT = Gated(
    phrases(
        r"je (vous|t') ?rappelle (pour|au sujet|concernant|a propos)( de| du| des)?(?= ?(le |la "
        r"|les |l' ?|un |une |votre |ton |ta )?(?!(moment|instant|message|appel|rappel)\b)"
        r"[a-z]{3,})",
    )
)

# The trouble a call-back request names, with what it is about: « il y a un problème avec le
# site », « petit souci sur la compta », « ça concerne le recrutement », "a problem with the
# website" (newcomer48): said beside "call me back", it names the matter. (Not a topic marker
# of every message: in a written report « un problème avec le site » tells, it asks no call.)
TROUBLE_NAMED = Gated(
    phrases(
        r"(?<!pas de )(?<!sans )((un|une|des|petit|petite|gros|grosse|le|mon|notre) )?(probleme|"
        r"souci|soucis|pepin|bug|"
        r"blocage|question|questions) (avec|sur|au niveau (de|du|des)|concernant|pour|dans|de|"
        r"du|des) (?=[a-z])",
        r"(ca|cela|c ?'? ?est|qui) concerne (?=[a-z])",
        r"(a|an|some|small|little|big|quick) (problem|issue|question|glitch|bug|snag) (with|on|"
        r"about|regarding|in) (?=[a-z])",
    )
)

STATUS = cues(
    (
        phrases(
            # a reminder of something awaited: « je me permets de vous relancer au sujet de la
            # facture… que nous attendons toujours »
            r"je me permets de (vous |te )?relancer",
            # a managing agent's formal reminder and question (newcomer91, once their legal
            # footer no longer lent its « l'avez reçu »): « nous demeurons dans l'attente de
            # votre position », « nous indiquer si cette situation a été vérifiée par vos soins »
            r"(nous |je )?(restons|demeurons|sommes toujours|suis toujours|reste) dans l'attente "
            r"de (votre|ta|vos|tes) (position|retour|reponse|accord|validation|avis|decision)",
            r"(indiquer|confirmer|dire|preciser) si (cette|ce|cet|ces|la|le|les|l')( [a-z'-]+){0,4} "
            r"(a|ont) (bien )?ete (verifiee?s?|validee?s?|faite?s?|reglee?s?|payee?s?|envoyee?s?|"
            r"signee?s?|traitee?s?|deposee?s?|transmise?s?|controlee?s?)",
            r"(nous attendons|on attend|j'attends) toujours|(we are|we're) still waiting for|"
            r"still waiting (on|for)",
            r"where are we",
            r"where we are(?<!stay where we are)(?<!remain where we are)(?<!keep where we are)",
            r"where (it|that|things|this) (stands?|is at|'s at)",
            # whether something sent has reached the consultant: "just wanted to see if you
            # got my email about the board pack" (trial52 §6), « savoir si tu as bien reçu mon
            # mail »
            r"(see|know|check|make sure|wondering|ask|asking) (if|whether) (you|u) (got|"
            r"received|saw|have seen|had a chance to (read|look at|see)|managed to read) (my|our|"
            r"the) (email|e mail|mail|message|text|voicemail|letter|file|documents?)",
            r"(savoir|voir|verifier) si (tu as|vous avez|t'as) (bien )?(recu|eu|vu|lu) (mon|notre|"
            r"le|mes|nos) (mail|email|e mail|courriel|message|sms|texto|dossier|document)",
            # "just checking where the audit stands" (trial52 §2)
            r"where (the |our |my |your |his |her |their )?([a-z']+ ){1,3}(stands|is at|are at)",
            # "could you let me know where things are with the audit report?" (newcomer20 M6):
            # the status asked outweighs the "could you let me" it is asked with
            r"where (things|it|we|this|that|you) (are|is|stand|stands|'re) (with|on)",
            r"where do (we|things|you) stand",
            # « alors ce devis ? », "so, the quote?", « et la convention ? »: a thing named
            # alone and asked about
            r"^ ?(alors|et|so|and|what about|et pour|quid de|du coup) (ce|cette|cet|le|la|les|l'|"
            r"the|our|my|mon|ma|mes|notre|nos) ([a-z']+ ){0,2}[a-z']+(?= \?)",
        ),
        "asks where it stands",
    ),
    (
        # whether work in hand is done, asked as a confirmation: "could you confirm the VAT
        # return went in?", « pouvez-vous me confirmer que le virement est parti ? »
        phrases(
            r"(can|could|would) (you|u) (please )?confirm (that |whether |if )?(the|our|my|it|we|"
            r"you|they|this|that)( [a-z']+){0,5} (went|has gone|have gone|was|were|has been|have "
            r"been|got|is|are) (in|out|through|off|sent|paid|filed|submitted|done|received|"
            r"delivered|approved|signed|lodged|processed|live|up)",
            r"confirmer que (le|la|les|l'|notre|nos|mon|ma|mes)( [a-z']+){0,5} (est|sont|a ete|"
            r"ont ete) (parti|partie|partis|parties|envoye|envoyee|envoyes|paye|payee|payes|"
            r"depose|deposee|deposes|fait|faite|faits|recu|recue|recus|signe|signee|valide|"
            r"validee|en ligne)",
        ),
        "asks whether the work is done",
    ),
    (
        phrases(
            r"how('s| is| are) (the |our |that |it |things )?[a-z ]{0,40}(going|coming along|"
            r"coming|progressing)",
            r"coming along",
            r"how(?= the [a-z ]{1,50} (are|is) (coming|going|progressing))",
            r"how are (we|things) (doing|going|looking) (on|with)",
            r"how('s| is) (the |our |my |that )?[a-z ]{1,40} looking",
            r"shaping up",
        ),
        "asks how it is going",
    ),
    (
        phrases(
            r"any (news|update|progress|word|movement|headway)",
            r"(any|an) eta",
            r"status (of|on)",
            # not the thanks for one: "thanks for the update on the ticketing" (newcomer20 M8)
            # nor one given: "Update on the laptop: it's back", "quick update on the move",
            # "update on our side: …" (newcomer76)
            r"(?<!thanks for the )(?<!thank you for the )(?<!thanks for the latest )(?<!quick )"
            r"(?<!brief )(?<!short )(?<!small )(?<!here's an )(?<!here is an )(?<!just an )"
            r"(an )?update on(?!( [a-z0-9'-]+){1,4} ?:)(?! (our|my) (side|end))",
            r"(checking|check) (in )?on",
            r"circling back",
            # not a reply to the consultant's own message: "following up on your update from
            # Monday: thanks, all clear. One new thing: could you …" (trial43)
            r"following up(?! on your (update|email|mail|message|note|reply|answer)\b)",
            r"follow up on",
            r"touching base (on|about)",
            r"(is|are) (it|that|this|they|we) (done|ready|finished|sent|submitted|still on track|"
            r"on track|up and running|live)",
            r"(done|ready|finished) yet",
            r"where('s| is| are) (the|my|our|your) [a-z]+",
            r"checking (that |if )?(you|u) (got|received|saw|have)",
            r"(is|are) (the|our|my|your) [a-z' ]{1,30} (done|ready|finished|sent|submitted|live|"
            r"signed|approved|final|finalized|complete)",
            # "let me know if the order went out"; not "can you tell me if the new software
            # handles…", a question asked (newcomer19 M6)
            # (not whether a time suits: "please let me know if that suits", newcomer92)
            r"let me know (if|whether) (the|our|my|your|it|that|this)(?! (suits|works|is ok|is "
            r"okay|is convenient|would suit|would work|is possible)\b)",
            r"(has|have) (the|our|my|your) [a-z' ]{1,30} (come back|come through|come in|arrived|"
            r"gone out|gone in|gone off|gone through|landed|cleared|been)",
            r"when (do )?(you think )?[a-z' ]{0,40}(will|would) be (ready|done|finished|sent)",
            r"(still|are we) on track",
            r"did (you|u) (ever |already |actually |get a chance to |end up |manage to )?(finish|"
            r"send|submit|file|get)",
            # « t'as fini par envoyer le rapport », « vous avez pu envoyer » (trial46)
            r"(t'as|tu as|vous avez|as tu|avez vous) (fini par|pu|reussi a) (envoyer|deposer|"
            r"transmettre|faire|finir|signer|payer|regler)",
            # whether a step was done, asked without a question mark in a transcript: "did
            # you fix the shared calendar on the phones yet", "have you sorted the rota yet"
            r"(did|have) (you|u) (already |actually |ever |manage to |managed to )?(fix|fixed|"
            r"sort|sorted|order|ordered|book|booked|pay|paid|chase|chased|renew|renewed|"
            r"install|installed|hear|contact|contacted|sign|signed|set up|upload|"
            r"uploaded|publish|published|post|posted|receive|received|update|updated|cancel|"
            r"cancelled|canceled|register|registered|apply|applied|ring|rang|call|called)\b"
            r"(?! (me|us|him|her)\b)",
            # not in a relative clause: « le boîtier que vous avez installé »
            r"(?:(?<=est ce que )|(?<!que )(?<!qu')(?<!qui )(?<!dont ))"
            r"(t'as|t as|tu as|vous avez|avez vous|as tu) "
            r"(bien |deja |enfin |finalement )?(envoye|fait|regle|corrige|depose|paye|commande|"
            r"reserve|relance|contacte|signe|installe|renouvele|publie|poste|transmis|reussi a)\b",
            r"(had|get|got) a chance to (look|review|finish|send|check|go over)",
            r"have you (finished|sent|submitted|heard)",
            r"did (the|they|it|he|she|our|your) [a-z' ]{0,30}(send|go|get|come|clear|arrive|work|"
            r"pass|land)",
            r"whether the [a-z ]{1,40} (went|was|has)",
            r"find out (how|where)",
            r"(has|have|had) been (filed|sent|submitted|done|approved|finished|completed|signed|"
            r"paid|received)",
            r"got (finished|done|sent|filed|approved|submitted|signed)",
            r"how( did|'d) (the|our|your|it|that) [a-z' ]{0,30}go",
            r"is it (still )?(pending|in progress)",
            r"still in progress",
            r"still waiting",
            r"(ever|yet) (get|got|hear|heard) back",
            r"heard back",
            r"what's (happening|going on) with",
            r"what('s| is) the status",
            r"(did|have) you (receive|get) my (email|mail|message)",
            r"(got|gotten|get|getting) (a?round|round) to",
            r"did (the|it|that|this|our|your) [a-z' ]{0,60}(happen|go ahead|go through|go out|"
            r"go live)",
            # "did we pass?" after an inspection (newcomer91)
            r"did (we|they|you|u|it) (actually |finally |even )?pass\b",
            # the same in French, Québec's « ça a passé ? » beside « c'est passé ? »: whether an
            # inspection or a check went through (newcomer93)
            r"(ca|ça|ils|il|elle|on) (a|ont) (bien |finalement )?passe( ou pas| ou non)?(?= ?\?)",
            # when a planned thing is, asked again: « la réception provisoire c'est quand
            # finalement » (newcomer91), « c'est prévu quand ? », « c'est pour quand déjà ? »
            # when a planned visit comes: « c'était pour savoir quand le soudeur vient pour la
            # grille » (newcomer92), "wanted to know when the scaffolders are coming"
            r"(pour savoir|voulais savoir|voudrais savoir|savoir) quand (le|la|les|l'|vous|tu|on|il|"
            r"elle|ils)( [a-z']+){0,4} (vient|viennent|viendra|viendront|passe|passera|passeront|"
            r"arrive|arrivera|commence|commencera|aura lieu)",
            r"(wanted to know|want to know|to ask|wondering|find out) when (the|they|he|she|you|your)"
            r"( [a-z']+){0,4} (is|are|will be|'s|'re) (coming|starting|arriving|due|happening)",
            r"(c'est|c est|ce sera|ca sera) (quand|pour quand|prevu quand|prevu pour quand)( deja|"
            r" finalement| alors| du coup| exactement)?",
            r"update (me|us) on",
            r"(the |an? )?progress (of|on|with) (the|our|my|your|this|that)",
            r"(working|ok|okay|sorted|fixed|done) (now|again|yet) or (not|nah|what)",
            r"(ok|okay|good|fine|sorted) now(?= ?\?)",
            # "any luck getting the wreaths up?", "where we at with the fixtures page?", "winter
            # menu on the app yet or?", "is it on already or not yet?", "went through ok?"
            r"any luck (getting|with|finding|fixing|sorting|on|tracking)",
            r"where (are )?(we|we're|you|you're|things) at (with|on)",
            r"(yet|already) or( not| no| nah)?( yet)?(?= ?\?| ?$)",
            # "do i need to do the prs setlists … or is that sorted?" (newcomer93): whether it
            # was done, the question's second half
            r"or (is|are|was|has) (that|it|this|they|that all|it all) (been )?(sorted|done|taken "
            r"care of|handled|dealt with|covered|in|gone in|submitted|filed)(?= ?\?)",
            r"or not yet(?= ?\?| ?$)",
            r"(went|gone|go|goes) through (ok|okay|alright|all right|fine)",
            # asked the long way round (newcomer89): « où est-ce qu'on en est avec le dossier »,
            # « où est-ce que vous en êtes », « où on est rendus dans le recrutement », "where
            # did we land on it", "where have you got to with that", "how we're doing against
            # the improvement plan", "did we ever hear anything back from the trust"
            r"ou est ce (qu'on|que on|que nous|que vous|que tu|que t'|qu'il|qu'elle|qu'ils|"
            r"qu'elles|que ca|que c'|qu'en) (en )?(est|sommes|etes|es|sont|en est)( rendue?s?)?",
            r"ou (on|nous|vous|tu|t') (en )?(est|sommes|etes|es) rendue?s?",
            r"where (did|do|have) (we|you|things) (land|landed|get|got|end up|ended up) (on|with)",
            r"where (have|has) (you|u|he|she|they|it|things) (got|gotten) to",
            r"how (are |were )?(we're|we are|we|you're|you are|things are) (doing|getting on|"
            r"going) (against|with|on)",
            # (and in the north of England: "have we heard owt back", newcomer93)
            r"(did|have|has) (we|you|u|they|he|she) (ever |yet )?(hear|heard|get|got) "
            r"(anything|something|word|a word|owt|aught|anythin) (back|from (the |our )?[a-z]+ "
            r"(about|on|re|regarding|over))",
            # whether what was planned still holds: "is the steel still coming Thursday?",
            # « c'est toujours prévu pour lundi ? », « ça tient toujours ? » (newcomer91)
            # (not a meeting of ours: "are we still on for 3?" is scheduling)
            r"(is|are) (the|our|my|your|it|that|this|they|he|she) (?!(meeting|call|visit|site "
            r"visit|training|session|appointment|catch up|catch-up|zoom|rdv|reunion|point)\b)"
            r"([a-z']+ ){0,3}still (coming|going ahead|happening|arriving|scheduled|planned|"
            r"booked|due|confirmed|on track)",
            r"(c'est|est ce|ca|c est) (toujours|bien) (prevu|maintenu|confirme|d'actualite|bon pour)"
            r"|(ca|ils|il|elle|elles) (tient|tiennent|vient|viennent) toujours(?= ?\?)",
            # « c'est toujours mardi prochain ou ça a bougé ? », "or has it moved?"
            r"(ou|or) (ca|c'est|it's|it has|has it) (a |been )?(bouge|change|moved|changed)\b",
            # a code or a name asked after: "Where's CO-09 at?", "how did Wednesday's snag walk
            # go in the end?"
            r"where('s| is| are) ([a-z0-9'-]+ ){1,5}at(?= ?\?)",
            r"how (did|'d) ([a-z0-9'-]+ ){1,5}go(?= in the end| ?\?| ?$| \.)",
        ),
        "asks for a status",
    ),
    (
        # A question passed on, said without a question mark: « le docteur voulait savoir si
        # … c'est fait », "Moira was wondering whether the wireless had been seen to". It
        # outweighs the "c'est fait" it contains.
        phrases(
            # (« pourriez-vous m'indiquer si celle-ci a pu être introduite ? », newcomer93)
            # (« pourriez-vous me dire si l'acompte a été versé », « vous demander s'il vous est
            # parvenu », newcomer95)
            r"(savoir|demande|wondering|know|asks|asked|asking|verifier|check|checking|"
            r"indiquer|(me|nous|m') (dire|confirmer))"
            r"( [a-z']+){0,5}? (si\b|whether|if|"
            r"est ce que|est ce qu')(?! (you|u|vous|tu) (could|can|would|pourr|pouv|peux)"
            r"| (it is|it's|c'est|il est|it would be|ce serait) possible)[^.?!]{0,120} (fait|faite|fini|finie|termine|terminee|bon|pret|prete|"
            r"rentrees?|rentres?|en place|installee?s?|done|finished|ready|seen to|sorted|fixed|"
            r"sent|live|in place|installed|set up|"
            # what a third party did with it: « vérifier avec toi si le CALQ avait répondu »
            # (newcomer33)
            r"repondu|envoyee?s?|recue?s?|partie?s?|signee?s?|acceptee?s?|payee?s?|deposee?s?|"
            r"introduite?s?|transmise?s?|traitee?s?|validee?s?|versee?s?|parvenue?s?|arrivee?s?|"
            r"publiee?s?|commandee?s?|livree?s?|renvoyee?s?|retournee?s?|"
            r"answered|replied|heard back|come through|gone in|gone off|gone out|submitted|"
            r"filed|approved|paid)\b",
            # asked whether a thing the sender awaits came: « vous demander s'il vous est
            # parvenu », "let me know if the parcel was delivered" (newcomer95)
            r"(demander|savoir) s'(il|ils|elle|elles) (vous|nous|t'|te|lui|leur) (est|sont|a|ont) "
            r"(bien |deja )?(parvenue?s?|arrivee?s?|ete (transmise?s?|envoyee?s?|remise?s?))",
            r"(let me know|tell me|confirm|wondering|know) (if|whether) [^.?!]{0,60} (was|were|"
            r"has been|have been|had been|got) (delivered|ordered|booked|received|returned|"
            r"arrived|sent|paid|signed|filed|submitted|approved|done|fixed|sorted)\b",
            # a yes-or-no on the work passed on without its mark: "just ringin' to see has the
            # accreditation thing gone off yet", "wondering did the permit come through"
            r"(to see|wondering|want to know|wanted to know|checking|asking) (has|have|did|is|"
            r"are|was|were) (the|it|that|our|my|your|this|they|he|she)\b(?![^.?!]{0,30}\b("
            r"possible|ok to|okay to|alright to|fine to|allowed)\b)[^.?!]{0,80} (yet|done|"
            r"ready|sent|in|through|back|sorted|finished|filed|submitted|gone|off|out|paid|"
            r"approved|signed|come|arrived)\b",
            # « vous l'avez envoyée ou pas », « tu les as reçus ou non » (newcomer34)
            r"(l'|les |l )(avez|as|a|ont) (bien )?[a-z]+(e|ee|es|ees|i|is|u|us|t)( [a-z']+){0,3} "
            r"ou (pas|non)\b",
            # "Can I tell them our bid is in?": whether the work is done, to pass it on
            r"can (i|we) (tell|confirm to|let) (them|him|her|the [a-z]+)( know)? (that )?(the|"
            r"our|it|we|my)[a-z' ]{0,40} (is|are|has been|have been|was|were|went) (in|done|"
            r"sent|submitted|filed|approved|paid|ready|signed|through)\b",
        ),
        "passes on a question about the work",
        2.0,
    ),
    (
        phrases(
            # not whether a thing can be done, a question of its own: "the accountant was
            # asking whether the new stock system can do FIFO" (newcomer53)
            r"(wondering|see|know|ask|asking|find out|check|checking) (if|whether)"
            r"(?! (you|u) (could|can|would|might))"
            # nor someone to find: "can you ring round and see if anyone's got one we can
            # borrow", "see whether your usual firm has anyone as a back-up" (newcomer93)
            r"(?![a-z' ]{0,40}\b(anyone|anybody|someone|somebody)\b)(?! [a-z' ]{0,40}\b(can|could) (do|handle|"
            r"support|read|export|import|print|run|work|cope|manage|take)\b)",
            r"(did|have) (you|u) (receive|received|get|got) (the|my|our)",
            r"still (don't|do not|haven't|have not) (got|gotten|received|seen|heard)",
        ),
        "asks whether",
        WEAK,
    ),
    (
        phrases(
            r"ou (on |nous |vous )?en (est|etait|sommes|etes|es|etiez)",
            r"(on|t'en|tu en|vous en) (en )?(est|es|etes) ou",
            # québécois: « t'en es rendu où ? », « on est rendus où avec le site ? »
            r"(on|t'en|tu en|vous en|t'es|tu es|vous etes) (en )?((est|es|etes) )?rendue?s? ou",
            r"ou (vous|tu|ca) en",
            r"ca avance",
            r"(il|elle|ils|elles|cela|ca) (avance|avancent|progresse|progressent)( bien)?(?= \?)",
            r"(sera|seront) (en ligne|pret|prete|prets|pretes|fini|finie|termine|terminee|"
            r"livre|livree|disponible) quand",
            r"quand (est ce que |est ce qu')?(il|elle|ils|elles|ca|ce|c')? ?(sera|seront|va etre|"
            r"vont etre) (en ligne|pret|prete|prets|fini|finie|termine|terminee|livre|livree|"
            r"disponible)",
            r"ca en est ou",
            # asked aloud (newcomer79): « y'en est où l'approbation », « elle est partie chez le
            # client ou pas », « est-ce qu'on a un retour »
            r"(y'en|y en|i en) (est|sont) (rendue?s? )?ou",
            r"(est|sont) (bien )?(parti|partie|partis|parties|envoye|envoyee|envoyes|envoyees|"
            r"arrive|arrivee|arrives|arrivees|valide|validee|signe|signee)( [a-z'-]+){0,6} ou (pas|"
            r"non)",
            r"est ce (qu'on|que vous|que tu|qu'ils|qu'elle|qu'il|que nous) (a|avez|as|ont|avons) "
            r"(eu |bien eu |recu )?(un|une|des|du) (retour|retours|reponse|reponses|nouvelles)",
            r"(avez vous|as tu|tu as|vous avez|t'as) (eu le temps|pu) (de |d')?(le |la |les |l')?"
            r"(finaliser|terminer|avancer|regarder|envoyer|finir|boucler|relire|transmettre|"
            r"deposer|faire|jeter|appeler|contacter|relancer|voir|lire|corriger|preparer)",
            r"comment (ca |ça )?(s'est|s'etait|c'est) passe",
            # not a date moved forward: « la mairie a avancé sa visite à demain 9h »
            # nor a date brought forward: « Maroc Telecom a avancé l'installation » (newcomer53)
            r"(a|ont|as|avez|aviez) (bien )?avance(?![a-z' ]{0,30} (a|au|pour) (demain|"
            r"aujourd'hui|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|\d))"
            r"(?! (l'|(la|le|les|sa|son|ses|leur|leurs|notre|votre|nos|vos|un|une|des)\b))",
            r"(pu|su|reussi a) avancer",
            r"point d'avancement",
            # the formal letter's way: « afin de m'enquérir de l'état de transmission du rapport »
            # (newcomer65)
            r"(m'|nous |vous )?enquerir (de|du|des|sur)",
            r"(concernant|quant a|connaitre|savoir|au sujet de|enquerir de|informer de) (l'|l )etat "
            r"(d'avancement|de transmission|du dossier|de la demande|de notre demande)",
            r"des nouvelles (de|du|des|sur|pour|concernant|\?)",
            r"(du|quoi de) nouveau (sur|pour|concernant|de|du|\?)",
            r"(avez vous|as tu) eu des (retours|nouvelles)",
            # « tu as eu le résultat », « c'est pour quand les résultats » (newcomer79)
            r"(tu as|t'as|vous avez|avez vous|as tu) (eu|recu) (le|les|un|une|des|la) (resultats?|"
            r"retours?|reponses?|rapports?|analyses?)",
            r"c'est pour quand (le|la|les|l')",
            r"eu des nouvelles",
            r"(est|sont)( il| elle| ils| elles)?( bien)? (pret|prete|prets|termine|terminee|"
            r"finalise|finalisee|envoye|envoyee|depose|deposee|en cours(?! de)|"
            r"toujours d'actualite)",
            r"toujours en cours",
            r"toujours d'actualite",
            r"je reviens vers (vous|toi) (concernant|au sujet|pour|a propos)",
            r"est ce (que|qu'il|qu'elle|qu'ils|qu'on) [a-z' ]{0,40}(est|sont|a|ont) (bien )?"
            r"(parti|partie|parties|partis|pret|prete|termine|fini|envoye|depose|avance)",
            # "l'avez-vous reçu", « ils l'ont bien reçu ? »; not the statement « des clients ont
            # reçu un mail étrange »
            r"((l'|les )(avez|as|ont)( vous| tu| ils| elles)?|avez vous|as tu|ont ils|ont elles) "
            r"(bien )?(finalise|termine|envoye|depose|fini|recu|transmis|boucle)",
            r"(avez|as|ont) (bien )?(finalise|termine|envoye|depose|fini|recu|transmis|boucle)"
            r"(?=[^.?!]{0,60}\?)",
            r"je voulais savoir (ou|pour)",
            # « je voulais savoir si vous aviez pu faire le bilan d'octobre » (newcomer78)
            r"si (vous|tu) (aviez|avez|avais|as) (deja |bien )?(pu|eu le temps (de|d')) ?"
            r"(le |la |les |l')?[a-z]+(er|ir|re)\b",
            # (not a time confirmed: « c'est bon pour vendredi 10h ? » is scheduling)
            rf"(c'est|est ce) (fait|bon|regle|ok) pour(?! (demain|{_JOUR}|ce (matin|soir)|cet "
            rf"apres midi|\d{{1,2}} ?h)\b)",
            r"quand (penses tu|pensez vous|est ce que)? ?[a-z' ]{0,40}(sera|seront) (pret|prete|"
            r"fini|finie|termine|envoye)",
            r"pour savoir (ou|pour)",
            r"(savez vous|sais tu) ou (on |vous |tu )?en",
            r"qu'est ce qui se passe (avec|pour)",
            r"(aviez|avez|as) (vous |tu )?(pu )?(recu|eu) mon (mail|message|courriel)",
            r"(tu avais|t'avais|vous aviez|avez vous|as tu|tu as) pu (jeter un (oeil|œil)|regarder)",
            r"tu penses l'avoir",
            # « t'as pu t'en occuper ? », « ça donne quoi ? », « ou pas encore ? », « elles
            # partent quand ? »
            r"(avez vous|as tu|tu as|vous avez|t'as|t as) (pu|eu le temps de) (t'en |vous en |t en |"
            r"vous |t')?(occuper|charger|regarder|voir)",
            r"(ca|ce) donne quoi",
            r"ou pas encore(?= ?\?| ?$)",
            r"(partent|part|sortent|sort|arrivent|arrive|passent|passe)( [a-z']+)? quand(?= ?\?| ?$"
            r"| (est ce|parce|car|svp|stp|merci))",
            r"quand (est ce qu')?on (l'|les )?aura",
        ),
        "demande où ça en est",
    ),
    (
        r"\b(est|sont)( bien)? (arrive|arrivee|arrives|recu|recue|recus|passe|passee) \?",
        "demande si c'est arrivé",
    ),
    (
        # A yes/no question whether work already under way is finished or working: "is the
        # Stripe thing sorted now?", "les frais de port c réparé ou pas ?".
        phrases(
            r"(?<!you )(?<!u )(is|are|was|has|have|did)\b[^.?!]{0,60} (fixed|sorted|done|ready|live|"
            r"resolved|set up|"
            r"in place|linked|connected|squared away|scheduled|working (again|now|properly)|"
            r"(?<!a )back up|back online|"
            r"good to go|up and running|restored|switched over|migrated|closed|on the website|"
            r"installed|updated|deployed|published|submitted|delivered|finished|completed|"
            r"uploaded|renewed|sent off|gone out|went out|"
            r"on the site|come back ok|back to normal)(?=[^.?!]{0,40}\?)",
            # not a condition of a request: "can you turn it off until it's fixed?"
            # (not "as a back-up", the noun: newcomer93)
            r"(fixed|sorted|done|ready|live|resolved|squared away|in place|(?<!a )back up)"
            r"(?<!until it's fixed)(?<!until its fixed)(?<!till it's fixed)(?<!until it is fixed)"
            r"(?<!once it's fixed)(?<!when it's fixed)(?<!until it's sorted)(?<!when it's ready)"
            r"(?<!once it's ready)(?<!until it's done)"
            r"( now| yet| already| again| then)?(?= ?\?)",
            r"working (again|now|yet)(?= ?\?)",
            # « c'est bon, elles rechargent à nouveau ? » (newcomer92)
            r"(marche|marchent|fonctionne|fonctionnent|recharge|rechargent|tourne|tournent|repart|"
            r"repartent|remarche|remarchent|charge|chargent)( [a-z']+)? (a nouveau|de nouveau)"
            r"(?= ?\?)",
            # (a word after "on", "qui", "il", "elle", "ça" is a verb, not a participle: « ma
            # carte est périmée, on fait la réunion en visio ? »)
            r"(c'est|c est|est|sont|est ce que|est ce qu'|c)\b[^.?!]{0,60}(?<! on)(?<! qui)"
            r"(?<! il)(?<! elle)(?<! ca) (repare|reparee|repares|"
            # (not « rappelle-moi vite fait ? », quickly: trial34 §3)
            r"regle|reglee|regles|resolu|resolue|(?<!vite )(?<!tout a )fait|faite|pret|prete|"
            r"prets|en ligne|branche|"
            r"branchee|relie|reliee|relies|reliees|passe(?<!de passe)|passee|operationnel|"
            r"operationnelle|remis|"
            r"remise|retabli|retablie|corrige|corrigee|en place|programme|programmee|ferme|fermee|"
            r"actif|active|sauvegardees|sauvegardes|bascule|bascules|basculee|basculees|"
            r"sur le site|de nouveau relie|revenu|revenue|bon maintenant|migre|migree|migres|"
            r"migrees|installe|installee|installes|mis a jour|mise a jour|termine|terminee|fini|"
            r"finie|livre|livree|publie|publiee|deploye|deployee|configure|configuree|renouvele|"
            r"renouvelee|depose|deposee|parti|partie|partis|parties|envoye|envoyee|envoyes|"
            r"arrive|arrivee|arrives|arrivees|"
            # the question is this clause's, not one after a new subject: « le parking est
            # fermé, on fait le point chez toi ? » (the comma is lost in reading); « c fait ou
            # on reste sur whatsapp ? » still asks it
            r"envoyees)(?=((?!(?<! ou) (on|tu|vous|je|nous|il|elle|ils|elles) )[^.?!]){0,40}\?)",
            # Québec's question particle « -tu » after the auxiliary: « ça a-tu avancé ton
            # affaire », « ils ont-tu signé », « t'as-tu fini » (newcomer94)
            r"\b(a|as|ont|avez|est|sont) tu (avance|bouge|abouti|marche|fonctionne|passe|"
            r"debloque|progresse|reussi|recu|fini|regle|signe|rentre|sorti|envoye|depose|"
            r"repondu|rappele|appele|ete (fait|regle|envoye|signe|depose|accepte|approuve))\b",
            # a spoken question without its mark: « c'est fait le truc pour la pac ou pas »
            r"(c'est|c est|est ce que c'est) (fait|regle|bon|fini|pret|reparti|en place)( [a-z']+)"
            r"{0,6} ou pas",
            # (not how a thing asked is done: « tu peux faire le paiement en ligne ? »)
            r"(repare|regle|resolu|(?<!paiement )(?<!payer )(?<!reserver )(?<!commande )en ligne|"
            r"bon|(?<!vite )(?<!tout a )fait|ok)( maintenant| ou pas| finalement)?(?= ?\?)",
        ),
        "asks whether the work is finished",
    ),
    (
        phrases(
            # not a decision asked: « faire savoir si vous seriez disposée à animer l'AG »
            r"(je voulais|pour|j'aimerais|je voudrais) savoir si(?! (vous|tu) (pourr|pouv|peux|"
            r"serie|serai|accepte|voudr|souhait|ete[sz]? d'accord|es d'accord))",
            r"(savoir|voir) si(?! (vous|tu) (pourr|pouv|peux|serie|serai|accepte|voudr|souhait|"
            r"ete[sz]? d'accord|es d'accord))",
            r"faire le point",
            r"toujours pas",
            r"(pas|jamais) (encore )?recu",
        ),
        "demande si",
        WEAK,
    ),
)

REQUEST = cues(
    (
        phrases(
            # the consultant's view asked: « c koi le mieux selon toi », "what do you advise",
            # « le docteur veut savoir quoi dire à l'assurance », « je fais quoi ? »
            r"selon (toi|vous)",
            # asked in the conditional or the formal: « serait-il envisageable que vous nous
            # prépariez… », "I'd welcome your view on…", "what would our exposure be?"
            r"serait il (envisageable|possible|pensable) que (vous|tu)",
            r"(i'd|i would|we'd|we would) (welcome|value|appreciate) (your|any) (view|views|"
            r"thoughts|advice|input|opinion)",
            r"what would (our|the|my) (exposure|liability|position|risk|cost|costs) be",
            # « quels seraient nos recours ? », "would our backups actually save us?"
            r"(quel|quels|quelle|quelles) (seraient|serait) (nos|les|mes|vos|leurs|notre|votre)"
            r"(?! (disponibilites|dispos|dates|creneaux|heures|horaires)\b)",
            r"(would|will|does|do) (our|the|my) [a-z' ]{1,30} (actually |really )?(cover|protect|"
            r"save) (us|me)",
            # (the word alone: a space after it never met the final word boundary before "?")
            r"(couvrirait|couvriraient|couvrirait t elle|couvrirait t il|prendrait en charge)",
            r"what do you (think|reckon|suggest|advise|recommend)",
            r"(tu en penses|vous en pensez|t'en penses) quoi|qu'en (penses|pensez) (tu|vous)",
            r"(quoi|que) (dire|repondre) (a|au|aux)",
            r"(je|on) (fais|fait) (quoi|comment)",
            # « Comment je fais le remboursement ? », « Je lui donne quoi ? » (newcomer98, 99)
            r"comment (je|j'|on) (fais|fait|procede|m'y prends|s'y prend)",
            r"(je|on) (lui|leur) (donne|envoie|montre) quoi",
            r"what (should|do) (we|i) (say|tell|answer)",
            # whom to call, asked: "Who do we call for the warranty guy on a Saturday?", « il
            # faudrait savoir qui on appelle demain matin » (newcomer92)
            r"who (do|should|shall|can|would) (we|i) (call|ring|contact|phone|get|ask|send|tell|"
            r"notify|inform|warn|alert)",
            r"qui (on|est ce qu'on|doit on|faut il|je dois|on doit) (appelle|appeler|contacte|"
            r"contacter|previent|prevenir)",
            # whom to warn or where to put things, asked after the news: « Je préviens qui, la
            # PMI, les parents ? », « On les met où en attendant ? », "where do we put them
            # meanwhile?" (newcomer95, newcomer97)
            # (the options named after it are no topic: the cue runs to the end of its
            # sentence, and the news before it names the matter)
            r"(je|on|nous) (previens|previent|prevenons|appelle|appelons|contacte|contactons|"
            r"informe|informons|avertis|avertit|alerte) qui[^.?!]*",
            r"(je|on|nous) (les |le |la |l'|leur |lui )?(mets|met|mettons|range|rangeons|stocke|"
            r"stockons|entrepose|envoie|envoyons|garde|gardons) ou(?= ?(\?|$| en attendant| pour "
            r"l'instant| pour le moment))[^.?!]*",
            r"where (do|should|shall|can) (we|i) (put|store|keep|send|take|move|leave) (them|it|"
            r"those|these|this|that|him|her|everything|everyone)\b[^.?!]*",
            r"what would (you|u) (advise|suggest|recommend|do)",
            # newcomer99's kinds: a choice of the sender's own next step (« T'as ça ou je
            # demande au labo ? », "Is that OK for today or should they wait until it's
            # fixed?"), what to hand over ("What we need to give SFA today?"), a copy asked
            # ("Have you got a copy you can send now?"), help asked the Singapore way ("Can
            # help check our pricing?"), whether a duty applies (« je voulais savoir pour
            # l'export si on doit mettre le logo »)
            r"ou (je|on|j') (demande|appelle|contacte|relance|vois|ecris|leur demande|lui "
            r"demande) (a|au|aux|le|la|les|l'|avec)\b",
            r"or should (we|they|i|he|she) (wait|hold|stop|close|keep|carry on|go ahead|leave|"
            r"cancel|postpone|call)\b",
            r"what (do )?(we|i) (need|have|must) (to )?(give|send|provide|prepare|show|hand|tell)",
            r"(have|has|got) (you|u) got (a|the|any) (copy|version|file|document|pdf|scan)",
            # (not "is there any way we can help?": the sender offering)
            r"can (you )?help (check|me|us|look|see|with|sort|fix|to)\b|(?<!we )(?<!i )"
            r"(?<!they )(?<!you )(?<!who )(?<!that )(?<!which )can help(?= ?\?)|can help or not",
            # (not a talk asked: « savoir si je peux parler à quelqu'un », realtext8)
            r"savoir( [a-z'-]+){0,8} si (on|nous|je|j') (doit|dois|devons|faut|peut|peux|"
            r"pouvons) (?!(parler|discuter|vous voir|te voir|passer|appeler|rencontrer|vous "
            r"appeler|te parler|vous parler|prendre (un )?(rendez vous|rdv)|se voir|caler|fixer|"
            r"promettre|annoncer|confirmer|compter|dire)\b)",
            # what to prepare, asked: "what do we need to have ready" (newcomer95: an
            # inspection tomorrow), « il faut préparer quoi exactement », « elle demande ce
            # qu'il faut faire pour la déclaration » (newcomer96)
            r"what (do|should|shall|must) (we|i) (need to |have to )?(have ready|get ready|"
            r"prepare|bring|send|provide|show|have on hand|fill in|declare)",
            r"(il faut|faut il|faut|on doit|je dois|doit on) (preparer|fournir|envoyer|prevoir|"
            r"apporter|montrer|remplir|declarer) quoi",
            r"(qu'est ce qu'il faut|qu'est ce qu'on doit|qu'est ce que je dois) (preparer|fournir|"
            r"envoyer|prevoir|apporter|montrer|remplir|declarer|faire)",
            r"(demande|demandent|demandait|veut savoir|voudrait savoir|veulent savoir) ce qu'il "
            r"faut (faire|preparer|fournir|envoyer|declarer|remplir)",
            # whether the law lets the client do it: "are we allowed to do that under POPIA or
            # must we ask them first" (newcomer97), « a-t-on le droit de leur écrire ? »
            r"(are|am|is) (we|i|they) (legally )?(allowed|permitted|entitled) to",
            r"(a t on|a t il|ai je|avons nous|est ce qu'on a|est ce que j'ai|on a) le droit (de|d')",
            # leave asked for a step: "Ok for us to authorise the diver in the morning?"
            r"(ok|okay|alright|fine) (for (us|me|them|him|her) )?to (authori[sz]e|go ahead|proceed|"
            r"book|order|pay|sign|release|send|call in|bring in|hire|start|cancel|refund|let)",
            r"(ok|d'accord) pour (qu'on|que je|que nous|que l'on) ",
            # who of two does it: « Qui fait la demande de prolongation, toi ou Regis ? »
            r"qui (fait|s'occupe de|gere|envoie|appelle|depose|prend)( [a-z']+){1,6} (toi|vous|moi) "
            r"ou [a-z'-]+(?= ?\?)",
            r"who('s| is)? (doing|does|sending|handling|filing|calling)( [a-z']+){1,6} (you|me) or "
            r"[a-z'-]+(?= ?\?)",
            # "I need to know what to tell them right now" (trial49)
            # (not "I don't know what to tell them" beside a status asked: the sets read it so)
            r"(need to know|needs to know|tell (me|us)) what to (tell|say to|say|answer|reply|do)\b",
            # asked with the future: « vous pourrez me préparer un récapitulatif ? »
            r"(vous pourrez|tu pourras|pourrez vous|pourras tu) (me |nous )?(preparer|faire|"
            r"envoyer|regarder|verifier|ajouter|mettre|installer|changer|creer|corriger)",
            # "could we add X to the agenda", "could we get the handbook updated"
            r"(can|could) we (please )?(get|change|update|include) (the|our|a|an|this|that|it)",
            # asked what it would take: "what would that involve?", « qu'est-ce que ça
            # impliquerait ? »
            r"what (would|does|will) (that|it|this) (involve|take|cost|mean for us|require)",
            r"(qu'est ce que|combien) (ca|cela) (impliquerait|implique|couterait|coute|"
            r"demanderait|prendrait)",
            # ("could you maybe look into that when you've time", newcomer92)
            r"(can|could|would) (you|u) (please |maybe |possibly |perhaps |kindly )?(also )?(send|"
            r"write|draft|prepare|put|fix|"
            r"update|do|help|give us|give me|provide|look|check|find|tell|resend|forward|"
            r"review|add|get|create|set|share|sign|upload|take|"
            # someone to find: "can you see whether your usual firm has anyone", "can you ring
            # round and see if anyone's got one" (newcomer93)
            r"see (if|whether)(?=[a-z' ]{0,40}\b(anyone|anybody|someone|somebody)\b)|ring round|"
            r"phone round|call round|ask around)",
            # a choice to confirm: "can u confirm boiler position b4 I start" (newcomer82); not
            # whether work was done ("could you confirm whether the refund went through")
            # (nor a time to meet: "could you confirm 10:00 tomorrow", newcomer63)
            r"(can|could|would) (you|u) (please )?confirm(?! (whether|if|where|when|that|the "
            r"status|receipt|reception|at|on|for|a time|the time|your availability|you're|you "
            r"are|\d))",
            r"(can|could|would) (you|u) (please )?(also )?(?!make it)[a-z]+( out| up| through| back)?"
            r" (it|this|that|them|em|me|us|our|"
            r"my|some|something|up|over|the)",
            # "could you quote for …", "can you build a …"; not a meeting: "can you join a Zoom",
            # "could you suggest a few times"
            r"(can|could|would) (you|u) (please )?(also )?(?!(join|meet|attend|call|ring|phone|"
            r"suggest|propose|pick|find|make|do|jump|hop|dial|pop|come|be)\b)[a-z]+ (a|an|for)\b",
            r"do you know (who|where|how|what|if|whether|anyone|someone)",
            r"(we |i )?need (a new|another|someone|somebody|a replacement|a backup|a plan b)",
            r"please help",
            r"help (us|me)( out)?",
            r"would you be able to",
            r"are you able to",
            r"please (send|write|draft|prepare|fix|update|provide|resend|forward|review|add|share|"
            r"have (the|it|them|this|these|those|everything|a|an|our)|make|bring|finish|print|"
            r"call (the|our|them|him|her)|contact|check|look (at|into)|read|sort|handle|deal with|"
            r"get (it|this|them|the))",
            r"i need (the|a|an|you to [a-z]+|help)",
            # a wish for work said as such: « je voudrais que tu révises nos publications »
            # (newcomer59); not a call or a visit: « j'aimerais que vous me rappeliez », « que
            # tu voies le plafond »
            r"(je voudrais|j'aimerais|je souhaiterais|nous voudrions|nous aimerions|on voudrait|"
            r"on aimerait) (bien )?que (tu|vous) (?!me rappel|nous rappel|m'appel|nous appel|"
            r"me telephon|nous telephon|voies|voyiez|passes|passiez|viennes|veniez|nous voyions)"
            r"[a-z]+",
            # a need or a wish said without a question: « besoin du kbis scanné stp », "we want
            # the policies page checked", "we'd like the viewer set up before then", "I need
            # your decision on …"
            r"^ (j'ai |on a |nous avons )?besoin (du|de|d'|des|de la) ",
            r"(we|i)( would|'d)? (want|like|need) (the|our|a|an|my|this|that|these) [a-z' ]{1,40}"
            r"(checked|set up|updated|fixed|changed|installed|ready|done|looked at|removed|added|"
            r"sorted|moved|renewed)\b",
            r"i need your (decision|answer|approval|go ahead|signature|input|view|advice|ok)",
            # work wanted without a question, as a caller says it (newcomer91): "someone needs
            # to come in tonight", "I want it sorting this morning", "we just need the loading
            # dock time confirmed", « faudrait que quelqu'un vienne me réparer ça », « faut
            # qu'on sache quoi faire », "please confirm by 27 November that …"
            r"(someone|somebody|one of you|one of your) (needs|need|has|have|will have|ll have) "
            r"to (come|be here|be there|fix|sort|look|call|ring|sign|check|go)",
            r"(i|we) (want|need) (it|this|them|that) (sorting|sorted|fixing|fixed|done|doing|"
            r"removed|moving|moved|cleared|clearing|made safe)( [a-z]+)? (today|this (morning|"
            r"afternoon|evening)|tonight|now|right now|asap|by|before|first thing)\b",
            r"(we|i) (just |really |only )?need (the|our|a|an|this|that) [a-z' ]{1,40} "
            r"(confirmed|approved|signed|booked|sent|agreed|validated)\b",
            r"(faut|faudrait|faudra) (que|qu') ?(quelqu'un|quelqu un|qqn|vous|tu|t') ?"
            r"(vienne|viennes|veniez|passe|passes|passiez|repare|regarde|s'occupe|appelle|fasse)",
            r"(faut|faudrait) (qu'on|que on|que je|que nous) (sache|sachions|sachiez) (quoi|ce "
            r"qu|comment|si|qui)",
            # (not a time or whether work was done: "please confirm by 1pm if you can join",
            # "could you please confirm whether members have been notified")
            r"please confirm( (by|before) [a-z0-9 ]{1,30})? that|please confirm (receipt|in "
            r"writing)",
            # asking for an answer, not where work stands: "any recommendation?", « pouvez-vous
            # me confirmer que … », "what's your policy if …", "what's the wifi password again"
            r"any (recommendations?|suggestions?|advice|ideas|tips)(?= ?\?)",
            r"(pouvez|pourriez|peux|pourrais|pourrez|pourras)( vous| tu)? (me|nous) (confirmer|"
            r"dire|indiquer|expliquer|conseiller)(?! (ou|quand|si (c'est|c est|ca|le|la|les) "
            r"[a-z]+ (fait|pret|prete|parti|partie|fini|finie|termine)|l'avancement|une estimation|"
            r"une date|a quelle date|le delai))",
            r"what('s| is) (your|the) (policy|advice|recommendation|view|take|process|procedure)",
            r"what('s| is|s) the (password|login|code|pin|address|link|number|wifi|url) (for|of|to)",
            r"combien de temps (faudrait|faut|faudra|prendrait|prend)",
            # a note or a sentence that starts with what is needed: "need the press release
            # tonight", "… 40 panels gone. Need ur help today" (newcomer30 so-07)
            r"^ (need|needed|needs) (the|a|an|it|this|that|these|those|my|our|your)",
            r"[.!?;] (need|needed|needs) (the|a|an|my|our|your)",
            r"we need (help|a|an|the|you to|to know)",
            r"need help",
            r"i('d| would) like (a|an|you to)",
            r"(ask|asking) if you could",
            r"(know|wondering|wonder|asking|ask|see) (if|whether) (you|u) (could|can|would|might) "
            r"(?!(join|meet|call|come|attend|pop|drop|make it|be (free|available))\b)[a-z]+",
            r"savoir si (vous|tu) (pourriez|pouvez|pourrais|peux|pourrez|pourras) [a-z']+",
            r"if you could (send|write|draft|prepare|look|check|help|do|put|pull|make|give)",
            # "so if you can email it over when you get a sec" (newcomer60)
            r"if (you|u) (can|could) (email|send|forward|mail|text|pass|post) (it|them|that|this|"
            r"those|these|me|us)",
            r"(you|u) could (put|pull|write|draft|send|prepare|make) (together|up|a|an|the|me|us)",
            r"put together",
            r"(please )?(send|forward|resend|email|text) (me|us|over)",
            r"what would (that|it) cost",
            r"hire you",
            r"what are your (rates|fees)",
            r"your rates",
            r"a quote",
            r"your recommendation",
            r"recommend",
            r"can we (do|use|have|get|accept) (a|an|the|this|that|it|some|our)\b"
            r"(?! (quick |short |brief )?(call|chat|meeting|catch ?up|zoom|visio|talk|word)\b)",
            r"kindly (revert|correct|share|send|provide|arrange|fix|remove|check|update the|"
            r"do the needful|look into)",
            r"do (i|we) need to",
            r"should (i|we)",
            r"do you (do|offer|handle)",
            r"any chance you could(?! (dial|join|jump|hop|ring in|call in|phone in|pop|come|"
            r"attend|make it|be there|meet|sit in)\b)",
            r"what (do|should|can) (i|we) do",
            r"how do (i|we)",
            r"take a look",
            r"(i|we) (don't|do not) know what to (do|tell|say)",
            r"please advise",
            r"what do you (advise|suggest|recommend)",
            r"(a|one|quick) (quick )?question (about|on|regarding|for)",
            r"your (opinion|input|thoughts|advice)",
            r"need help (finding|with|to)",
            r"would you be (open|willing|available) to",
            r"any way you could",
            r"(would|'d) be (willing|able|open) to",
            r"wondered if you",
            r"(you'd|you would) have (a|an|some|the) ",
            r"where (did|do|can) (you|i|we) (save|put|find|keep)",
            r"what (happens|would happen|will happen) (if|when)",
            r"(can|could) (you|u) (start|begin|get started|kick off|make a start)",
            r"any (ideas|suggestions|thoughts) (for|on|about|how)",
            r"what (do|does|would|will) [a-z' ]{1,30} (require|expect|want|need) (us|me) to (do|"
            r"have|keep|send|report)",
            # the consultant's view or knowledge asked, however politely (newcomer20 M5):
            # "we'd be grateful for your views on…", "I'd love to get your take on…", "would you
            # happen to know whether…", "whether we need different insurance"
            r"(your|any) (views?|take|steer|perspective|thoughts|opinion|advice|input) (on|about|"
            r"regarding|as to)",
            r"(would|do|does|did) (you|u|anyone) happen to know",
            r"(whether|if) (we|i) (need|must|ought to|have to) (?!(meet|talk|call|chat)\b)",
            # "see if we can recover it"; not a meeting: "see if we could set up a time"
            r"(whether|if) (we|i) (can|could) (?!(arrange|meet|set|talk|call|chat|have|schedule|"
            r"book|find|get together|catch|do|move|switch|reschedule|push|go over|go through|"
            r"discuss|sit|grab|jump|hop|speak|make)\b)[a-z]+",
            r"(i'd|i would|we'd|we would) like (us|you) to (write|draft|prepare|put|set|look|"
            r"review|plan|do|make|build|create|update|check|sort|think)",
            r"we (need|ought|should|have|must|will need) (to )?(look at|look into|review|sort out|"
            r"think about|decide|update|renew|check|plan|prepare|fix)\b",
            # a judgement asked: "is that a problem?", "does this count as a breach?", "worth
            # looking into?" (newcomer19 M8)
            r"(is|would|could) (that|this|it) (be )?(a problem|an issue|a breach|allowed|legal|"
            r"a risk|serious|normal|safe)(?= ?\?)",
            r"(counts?|qualif(y|ies)) as (a|an)",
            r"worth (looking into|a look|checking|doing|fixing|it|the money|considering)",
            r"(please |kindly )?do the needful",
            # a wish that work be done, whoever has it: "the partner would like the file
            # scanning done well before then"
            r"(would like|wants|'d like|want) (the|our|all|this|that|these|those) [a-z' ]{1,40} "
            r"(done|checked|set up|updated|fixed|changed|installed|ready|scanned|sorted|moved|"
            r"renewed|reviewed|sent|finished|in place)\b",
            r"(can|could|would) (you|u) (please )?(also )?(have|take) a (quick )?(look|peek|glance)",
            # someone asked for among the consultant's contacts: "if you know anyone who'll come
            # out on a saturday i'd be very grateful", « t'as quelqu'un dans tes contacts pour
            # un extra ce soir ? » (newcomer87)
            r"(if|si) (you|u|tu|vous) (know|knows|connais|connaissez|have|as|avez) (of )?(anyone|"
            r"anybody|someone|somebody|a good|quelqu'un|qqn|un bon|une bonne)",
            r"(t'as|t as|tu as|as tu|vous avez|avez vous|tu aurais|vous auriez|aurais tu|"
            r"auriez vous|t'aurais|t aurais)( pas)? (quelqu'un|qqn|quelqu un|un contact|un nom|un "
            r"numero|une adresse|des contacts|des noms)",
            # a contact asked for: "do you have a number for a locksmith?", "got a name for a
            # decent electrician?" (newcomer97: « T'aurais pas un nom ? » after a caterer let
            # a vernissage down)
            r"(do|would) (you|u) (have|happen to have|know|got) (a|an|any|the) (number|phone "
            r"number|contact|name|email|recommendation|good one|decent one) (for|of)\b",
            r"(got|have you got|you got) (a|an|any) (number|contact|name) (for|of)\b",
            # the decision handed over: "Your call", « à toi de voir », « c'est vous qui décidez »
            r"(it's |its |that's |thats )?your call(?= ?$| ?\.| ?!)",
            r"a (toi|vous) de (voir|decider|trancher)|c'est (toi|vous) qui (decides|decidez|vois|"
            r"voyez|tranches|tranchez)",
            r"(do|would) (you|u) (know|have) (of )?(anyone|anybody|someone|somebody) (who|that|"
            r"for|to)",
        ),
        "asks for something",
    ),
    # "Help!" at the end asks; "thanks so much for your help" at the end thanks.
    (
        r"(?<!for your )(?<!for the )(?<!for all your )(?<!for all the )(?<!for all of your )"
        r"(?<!for your kind )(?<!pour ton )\bhelp( !)* ?$",
        "asks for help",
    ),
    # A decision asked for outweighs a status word in the same message ("le frigo est monté
    # à 14 °C cette nuit, on fait quoi des doses ?"): SPEC §5, a request asks for a decision.
    (
        phrases(
            r"on fait quoi",
            r"(que|qu'est ce qu'on) (fait on|fait)",
            r"what (should|shall|do) (we|i) do",
            r"what do you (think|suggest|recommend) (we|i) (should|do)",
            r"what (you think|would you suggest|would you recommend) we should",
            r"(tu|vous) (pourrais|pourriez|peux|pouvez) (me|nous) dire si",
            r"(pouvez|pourriez|peux|pourrais) (vous |tu )?(decider|trancher|choisir|valider)",
            r"(can|could) (you|u) (decide|choose|pick|confirm which)",
            r"option [a-z0-9] ou [a-z0-9]",
            r"option [a-z0-9] or [a-z0-9]",
            r"(which|quelle|quel|lequel|laquelle) (one |option |formule )?(should we|do we|"
            r"on prend|choisir|prendre)",
            r"(tu pourras|vous pourrez|pourras tu|pourrez vous) (t'en|vous en) occuper",
            r"(can|could|will) you (take care of|deal with|handle) (it|this|that)",
        ),
        "asks for a decision",
        2.0,
    ),
    (
        # Session 19's kinds (newcomer21), in an entry of their own for its word gate: what to
        # do asked bare ("Sir what to do"), a yes-or-no on the sender's own next step (« on
        # jette tout ou pas », « je fais le shooting ou pas ? »), what the sender must do
        # ("need to know if we report it"), an approval asked ("pls approve the spend",
        # "kindly confirm"), help asked ("I need your help"), work handed over ("need u to
        # handle the comms").
        phrases(
            r"what to do(?= ?(\?|$| now| next| here| about))",
            r"(je|on|nous) (fais|fait|faisons|jette|jetons|garde|gardons|annule|annulons|"
            r"continue|continuons|ouvre|ouvrons|ferme|fermons|rembourse|paie|paye|payons|envoie|"
            r"signe|signons|accepte|acceptons|appelle|previens|previent|lance|lancons|maintiens|"
            r"maintient|reporte|reportons|livre|sert|servons)( [a-z']+){0,6} ou (pas|non)"
            r"(?= ?(\?|$| \.| et))",
            r"(should|do|shall) (we|i) [a-z' ]{1,40} or not",
            r"(know|tell me|tell us) (if|whether) (we|i) (should|must|need|have to|report|tell|"
            r"go|call|inform|notify|close|cancel|stop|open|keep|throw|bin|do|can|are allowed)",
            r"savoir si (on|nous|je|j') (doit|doivent|devons|dois|faut|declare|previent|ferme|"
            r"jette|annule)",
            r"(pls|plz|please|kindly|can you|could you) (approve|sign off|authori[sz]e|okay|ok) "
            r"(the|this|that|it|our|a|an)",
            r"(i|we) need (your|ur) (help|urgent help|support|guidance|go ahead)",
            r"(i|we) need (a|your|an) (view|steer|opinion|read|take|answer|decision|answer) "
            r"(on|about|from you)",
            r"need (u|you|ya) to (handle|take|do|deal|sort|write|send|call|contact|talk|speak|"
            r"manage|cover|check|look|approve|sign)",
            r"merci de (valider|m'envoyer|nous envoyer|regarder|verifier|preparer|faire)",
            # what is wanted is the consultant's to give: "U have the maintenance records",
            # « c toi qui les as », "the insurer wants the policy number you have"
            # (newcomer23)
            # (not "if you got my email about the board pack": whether it came, trial52 §6)
            r"(you|u) (have|hold|keep|kept|got)(?! (my|our|the) (email|e mail|mail|message|text|"
            r"voicemail|letter|note)s?\b) (the|our|my|all the|his|her|their)( [a-z']+){1,5}"
            r"(?= ?(\?|$|\.)| i think| right| no)",
            r"(the|a|our) [a-z' ]{1,30} (you|u) (have|hold|keep|kept)(?! (to|been|a|an)\b)",
            # (not « c'est vous qui avez signé le dernier mandat »: who did it)
            r"(c'est|c|c est) (toi|vous) qui (l'as|les as|l'avez|les avez|as (le|la|les|l')|"
            r"avez (le|la|les|l')|gardes|gardez|detiens|detenez)(?! ?[a-z]+(e|es|i|is|u|us|t)\b)",
            r"(wants?|needs?|asking for|asks for|require[sd]?) (our|the|a|an|your) [a-z' ]{1,30} "
            r"(emailed|sent|signed|uploaded|filed|faxed) (by|before|today|tonight|tomorrow|now)",
        ),
        "asks for a decision",
        2.0,
    ),
    (
        # Work asked aloud, where a transcript has no question mark (newcomer79): « est-ce que
        # tu peux la remplacer demain »
        phrases(
            r"est ce (que|qu') (tu peux|vous pouvez|tu pourrais|vous pourriez) ((me|nous|lui|leur|"
            r"le|la|les|y|en) |m'|l'|t'|s')*(?!(passer|venir|rappeler|appeler|rejoindre|joindre|"
            r"participer|assister|etre|avoir|aller|dire|confirmer)\b)[a-z]+(er|ir|re)\b",
        ),
        "asks for a decision",
        2.0,
    ),
    (
        # A choice between two steps of the sender's own, asked aloud: « est-ce qu'on vide le
        # silo ou est-ce qu'on appelle les pompiers » (newcomer79), « est-ce que je laisse
        # partir ou je bloque tout » beside « le virement est toujours pas rentré »
        # (newcomer97): a decision, whatever status words are near.
        phrases(
            r"est ce (qu'on|que on|que nous|que je|que j') [a-z' ]{2,50} ou (est ce (qu'on|que on|"
            r"que nous|que je|que j')|si (on|nous|je|j')|(je|j'|on|nous) )",
        ),
        "asks for a decision",
        2.0,
    ),
    (
        # What to do asked aloud (newcomer79): « est-ce qu'on vide le silo ou est-ce qu'on
        # appelle les pompiers », « je sais pas si on les bloque », "I don't know whether we
        # hold them"; a duty asked: « faut-il rappeler le lot ? », "do we have to pause the
        # study?"; a document asked for: "do you have the latest ones from the lab". Weak: a
        # status word outweighs them (« Où en est la signature ? Faut-il qu'il signe quelque
        # chose ? » asks where it stands, newcomer46).
        phrases(
            r"(je|j'|on|nous) (ne )?(sais|sait|savons) (pas|plus) (ce qu'il faut|ce que (je dois|on "
            r"doit|nous devons)|si (on|nous) |si je (dois|peux|devrais) |comment (faire|on fait|"
            r"proceder)|qui (prevenir|appeler|informer))",
            r"(i|we) (don't|do not|dont) know (what to do|whether (we|to)|if (we|i) (should|can|"
            r"must|have to|need to)|who to (call|tell|inform|notify))",
            r"(faut il|doit on|devons nous|dois je) (le |la |les |l')?(rappeler|informer|prevenir|"
            r"declarer|arreter|bloquer|stopper|notifier|signaler|vider|evacuer|fermer|detruire|"
            r"jeter|suspendre|retirer)\b",
            r"(do|must) (we|i) (have|need) to [a-z]+",
            # advice asked on any step: « faut-il prévoir un avenant ? », "should we renew"
            # (trial47)
            r"(faut il|faudrait il|doit on|devrait on|devons nous|dois je) (le |la |les |l'|un |"
            r"une |des )?[a-z']{4,}",
            r"should (we|i) (still )?[a-z]{4,}(?! (you|u)\b)",
            r"(do|did) (you|u) have the (latest|new|updated|last|signed|final|current|right) ",
        ),
        "asks for a decision",
        WEAK,
    ),
    (
        # Session 32's kinds (newcomer61's requests read as info): work asked in the formal
        # wrapper, decided by the verb it wraps (« je vous saurais gré de bien vouloir me
        # transmettre … », "we would be grateful if you could provide …"; not « … me
        # rappeler », « … confirmer votre présence », "… confirm the position"); a thing owed
        # ("we require your certificate", "we have not yet received your certificate"); the
        # consultant's approval awaited by someone (« le loueur veut votre accord »,
        # "vendor needs your sign-off"); a word to pass on ("please remind the contractor",
        # "could you ask the architects …", « tu le préviens ? »), a call to make to someone
        # else; leave to go ahead asked
        # (« tu me dis si ok pour envoyer »).
        phrases(
            r"(je vous saurais gre|je vous serais (tres )?(reconnaissante?|obligee?)|je vous prie|"
            r"merci|nous vous remercions|grateful if you (could|would)) (de |d')?(bien vouloir )?"
            r"(nous |me |m'|lui )?(transmettre|faire parvenir|adresser|fournir|envoyer|preparer|"
            r"proceder a (?!(au|le) (reglement|paiement))|consulter|communiquer|retourner|rediger|"
            r"etablir|verifier|corriger|modifier|supprimer|suspendre|regulariser|faire le necessaire|"
            r"y jeter|jeter un oeil|examiner|adapter|indiquer (comment|ce qu)|provide|send|look|"
            r"prepare|review|assist|forward|supply|check|draft|sign|return)",
            r"we require your",
            r"(we|i) (have not|haven't|have still not|still haven't|still have not|have yet to) "
            r"(yet )?(received|had|got|gotten) (your|ur)\b",
            r"(nous n'avons|je n'ai|on n'a) (toujours |pas encore |toujours pas |pas )+(recu|eu) "
            r"(votre|ton|vos|tes)\b",
            r"(veut|veulent|attend|attendent|voudrait|a besoin de|ont besoin de|demande|demandent) "
            r"(votre|ton) (accord|feu vert|validation|aval|ok|go|signature|bon pour accord|"
            r"approbation)",
            r"(wants?|needs?|awaits?|awaiting|waiting for|waiting on|asking for|asks for|requires?) "
            r"(your|ur) (approval|go ahead|sign off|ok|okay|green light|signature|agreement|consent|"
            r"authori[sz]ation)",
            # a piece of work someone wants from the consultant (« le maire veut une note de
            # votre part ce soir », "he needs a written instruction from you"); not what someone
            # awaits, which asks where it stands (« il attend des textes de ta part »)
            r"(veut|veulent|voudrait|voudraient|demande|demandent|wants?|needs?|expects?|would "
            r"like) (une|un|des|le|la|les|a|an|the|some) [a-z' ]{1,40} (de votre part|de ta part|"
            r"from you)\b",
            r"(please|pls|plz|can you|could you|would you|can u|could u|kindly) (also )?(remind|warn|"
            r"alert|tell|inform|notify|ask) (the|our|him|her|them|their|everyone|all)\b(?! sender)",
            r"(please|pls|can you|could you|would you|can u|could u) let (the|our|him|her|them|"
            r"everyone|all) ([a-z]+ )?know",
            # someone named: "can you let fennick know before they hear it" (newcomer91); not
            # the sender ("let me know")
            r"(please|pls|can you|could you|would you|can u|could u) let (?!(me|us)\b)[a-z]+ know",
            r"tu (le|la|les|lui|leur) (previens|avertis)\b",
            # a call to make to someone else is work, not a call back (« tu appelles
            # l'entreprise ? », "could you ring the shop")
            r"(tu appelles|tu peux appeler|tu pourrais appeler|vous pouvez appeler|pouvez vous "
            r"appeler|pourriez vous appeler|peux tu appeler|pourrais tu appeler|tu contactes|"
            r"(can|could|would) (you|u) (call|ring|phone|contact)) (l'|le |la |les |the |our |their "
            r"|his |her |mr |mrs |ms )",
            r"(pouvez vous|pourriez vous|peux tu|pourrais tu|tu peux|tu pourrais) (prevenir|"
            r"avertir|dire a|demander a|rappeler a|informer|signaler a)",
            # (what is left once "let me know" / « tu me dis » is read as a call-back formula)
            r"\b(si|if|whether) (c'est |it's |it is |that's |that is )?(ok|okay|d'accord|alright) "
            r"(pour|to) (?!(you|vous|toi|me|moi)\b)[a-z]+",
        ),
        "asks for something",
        2.0,
    ),
    (
        phrases(
            # not asked to join: "any chance you could dial in?" (newcomer19 M8)
            r"any chance (you|u) (could|can|might)(?! (dial|join|jump|hop|ring in|call in|phone "
            r"in|pop|come|attend|make it|be there|meet|sit in)\b)",
            r"would you mind(?! (dialling|dialing|joining|jumping|hopping|ringing in|calling in|"
            r"popping|coming|attending|meeting|sitting in)\b)",
            # work asked as done together: "could we also add the volunteer list to the scope?"
            # (trial47), « on pourrait ajouter la liste des bénévoles ? »
            r"(could|can|shall|should) we (also |please |maybe |perhaps )?(add|include|extend|"
            r"expand|drop|remove|replace|swap|translate|update|print|order)\b",
            r"(on pourrait|on peut|pourrait on|peut on|pourrions nous|pouvons nous) (aussi |"
            r"egalement |peut etre )?(ajouter|inclure|etendre|retirer|enlever|remplacer|traduire|"
            r"mettre a jour|imprimer|commander)\b",
        ),
        "asks for something",
        2.0,
    ),
    (
        phrases(
            r"est ce possible",
            r"would that be possible",
            r"is that possible",
            # whether a thing can do something: a question of its own, not where work stands
            # ("asking whether the new stock system can do FIFO", newcomer53)
            r"(wondering|know|ask|asking|asked|find out) (if|whether) [a-z' ]{0,40}(can|could) "
            r"(do|handle|support|read|export|import|print|run|work|cope|manage|take)",
            r"(savoir|demande|demandait|demandent) si [a-z' ]{0,40}(peut|pourrait|sait|saurait) "
            r"(faire|gerer|lire|exporter|importer|imprimer|tourner|fonctionner|prendre)",
        ),
        "asks whether it is possible",
        WEAK,
    ),
    (
        phrases(
            # (« pourriez-vous la lui transmettre aujourd'hui », newcomer93)
            r"(pouvez|pourriez|peux|pourrais) (vous |tu )(nous |me |m'|lui )?"
            r"(l'|les |le |la )?(lui |leur )?(envoyer|renvoyer|preparer|rediger|faire|regarder|"
            r"ajouter|corriger|"
            r"aider|proposer un|transmettre|trancher|verifier|mettre|donner|relire|modifier|"
            r"ecrire|creer|chercher|expliquer|dire)",
            r"(tu peux|vous pouvez|tu pourrais|vous pourriez) (me |nous |m'|m )?(l'|le |la |les )?"
            r"(envoyer|regarder|renvoyer|faire|corriger|ajouter|preparer|verifier|aider|relire|"
            r"rediger|completer|remplir|signer|imprimer)",
            # Belgian « savoir » for « pouvoir »: « tu saurais nous envoyer le contrat ? »,
            # « tu saurais regarder ? » (newcomer19 M6)
            r"(tu saurais|vous sauriez|saurais tu|sauriez vous|tu sais|vous savez|sais tu|"
            r"savez vous) (me |nous |m'|lui )?(l'|le |la |les )?(envoyer|renvoyer|regarder|faire|"
            r"preparer|verifier|transmettre|corriger|ajouter|installer|changer|mettre|"
            r"imprimer|donner|dire|relire|jeter|"
            # someone to reach or see about it: « tu sais les appeler ? », « tu sais voir avec
            # Laure ou Nathalie », « tu sais appeler Laure pour qu'elle voie » (newcomer93)
            r"appeler|rappeler|contacter|ecrire|relancer|demander|voir avec|voir si|regler|"
            r"leur ecrire|lui ecrire|"
            # come and fix it; with a day it books a visit (« tu saurais passer mardi ? »)
            rf"passer(?![^.?!]{{0,40}}\b({_JOUR[1:-1]}|demain|\d+ ?h)\b))",
            # « je me demandais si vous pourriez nous proposer une trame » (newcomer20 M7)
            r"(demandais|demande|demandions) si (vous|tu) (pourriez|pouvez|pourrais|peux|pourrez|"
            r"pourras) (?!(passer|venir|rappeler|appeler|me rappeler|nous rappeler|m'appeler)\b)"
            r"[a-z']+",
            # « est-ce qu'on peut facturer … ? », « est-ce qu'on devrait prévoir … ? »
            # not a meeting asked the same way: « est-ce qu'on peut se voir jeudi »
            r"est ce (que (je|nous|on)|qu'on|que j') (dois|doit|devons|devrait|devrions|devrais|"
            r"faut)",
            # a report asked for: « le conseil municipal voudrait un point sur notre plan »
            r"(voudrait|voudraient|aimerait|aimeraient|souhaiterait|souhaiteraient) (un point|une "
            r"presentation|un bilan|un rapport|un compte rendu|une note) (sur|de|du|des|concernant)",
            r"(peux|pouvez|pourrais|pourriez) (tu|vous) (nous |me |m'|y |lui )?[a-z']+ (le|la|"
            r"les|l'|un|une|des|du|ca|cela|ce|nos|mes|notre|mon|ma)",
            r"(j'aurais|on aurait|nous aurions|nous avons|j'ai|on a) besoin (de|d'|des|du|que)",
            # a decision asked: « nous faire savoir si vous seriez disposée à animer l'AG »
            r"savoir si (vous|tu) (seriez|serais|accepteriez|accepterais|voudriez|voudrais|"
            r"souhaitez|souhaiteriez|etes d'accord|es d'accord)",
            # any work asked as a question: « vous pouvez le déposer au club ce soir ? », « tu
            # peux le leur envoyer aujourd'hui ? » (newcomer30); not a visit or a call, which
            # is time together, nor "tell me" or "confirm", which often ask where things stand
            r"(tu peux|vous pouvez|tu pourrais|vous pourriez|tu pourras|vous pourrez) ((me|nous|"
            r"lui|leur|le|la|les|y|en) |m'|l'|t'|s')*(?!(passer|venir|rappeler|appeler|rejoindre|"
            r"joindre|embarquer|participer|assister|connecter|etre|avoir|aller|compter|dire|"
            r"confirmer|tenir)\b)[a-z]+(er|ir|re)\b(?=[^.!?]{0,80}\?)",
            # the same asked the other way round: « pouvez-vous vous en charger ? », « peux-tu
            # leur renvoyer la facture ? » (newcomer30 mx-17)
            # (not a time to meet asked: « pourriez-vous nous proposer deux créneaux ? »)
            r"(peux tu|pouvez vous|pourrais tu|pourriez vous|pourras tu|pourrez vous) ((me|nous|"
            r"vous|te|lui|leur|le|la|les|y|en) |m'|l'|t'|s')*(?!(passer|venir|rappeler|appeler|"
            r"rejoindre|joindre|embarquer|participer|assister|connecter|etre|avoir|aller|compter|"
            r"dire|confirmer|tenir|accompagner|eclairer|rencontrer|retrouver)\b)[a-z]+(er|ir|re)\b"
            r"(?![^.!?]{0,60}(disponibilite|dispo\b|dispos\b|creneau|rendez|horaire|date))"
            r"(?=[^.!?]{0,80}\?)",
            # work for the consultant said as what must be done: « faut voir avec l'assurance
            # avant 14h », « il faudrait que vous relanciez la banque » (newcomer30 fe-06)
            r"(il )?(faut|faudrait|faudra) (que (tu|vous) [a-z]+|voir avec)",
            r"merci de (nous|me|m') ?(les |le |la |l')?(transmettre|envoyer|renvoyer|faire "
            r"parvenir|communiquer)",
            r"(envoie|envoyez|renvoie|renvoyez|transmets|transmettez|fais|faites) (moi|nous)",
            r"(tu as|t'as|vous avez|avez vous|as tu) (un|une) (plan b|idee|solution|contact)",
            r"(tu|vous) (connais|connaissez) (un|une|quelqu'un|qq1|qqn|qqun)",
            r"(est ce que )?(vous avez|avez vous|auriez vous|aurais tu|tu as|as tu|t'as) (un|une|des) "
            # not time: « t'aurais-tu un trente minutes » asks for a meeting
            r"(?!(trente|quinze|vingt|dix|cinq|deux|\d+) ?(minutes|min|heure)|(petit )?(moment|"
            r"minute|instant|creneau|heure)\b)[a-z']+",
            r"(aidez|aide) (moi|nous)",
            r"au secours",
            r"(savez vous|sais tu|tu sais|vous savez) (qui|comment|ou (il|elle|ils|elles|est|sont|"
            r"se trouve|trouver|je|on))",
            r"besoin d'aide",
            r"il faut que (tu|vous)",
            r"est ce (que )?(je|nous|on) (dois|doit|peut|peux)",
            r"(a )?quel tarif",
            r"vos tarifs",
            r"un devis",
            r"merci de (m'|me |nous )?(envoyer|faire|preparer)",
            r"merci de (regarder|verifier|voir|jeter un oeil|corriger|intervenir|reparer|"
            r"contacter|appeler|traiter|regler|relancer|valider)",
            r"(tu|vous) (px|peux|pouvez|pourrais|pourriez) (regarder|verifier|voir|corriger|"
            r"intervenir|reparer|contacter|appeler|traiter|regler)",
            r"est ce que (vous faites|tu fais)",
            r"faites vous",
            r"on fait quoi",
            r"qu'est ce (qu'on|que je|que nous) (fait|fais|doit|dois|faisons)",
            r"que faire",
            r"(tu as|vous avez|avez vous|as tu) (le|la|les|l') ?[a-z]+ \?",
            r"tu l'as \?",
            r"une (petite )?question (sur|pour|concernant|a propos)",
            r"(ton|votre) avis",
            r"(tu aurais|vous auriez|t'aurais|as tu|avez vous|tu as|vous avez) (un|une) "
            r"(avis|idee|conseil|suggestion)",
            r"il (nous|me) (faudrait|faut)",
            r"(nous|me) recontacter",
            # someone else to call: « casanova il répond pas … vous pouvez le joindre vous »,
            # « vous pouvez les appeler », « faut que t'appelles la voirie » (newcomer91); not a
            # call back to the sender (« vous pouvez me joindre »)
            r"(vous pouvez|pouvez vous|pourriez vous|vous pourriez|tu peux|peux tu|pourrais tu|"
            r"tu pourrais) (le|la|les|lui|leur) (joindre|appeler|contacter|telephoner|prevenir|"
            r"relancer)(?! ou (venir|passer))",
            r"(vous pouvez|pouvez vous|pourriez vous|vous pourriez|tu peux|peux tu|pourrais tu|"
            r"tu pourrais) (appeler|contacter|joindre|prevenir|relancer) (le|la|les|l') ?[a-z]",
            r"(faut|faudrait) que (tu|t') ?(appelles|contactes|previennes|relances|telephones)"
            r"|(faut|faudrait) que vous (appeliez|contactiez|preveniez|relanciez|telephoniez)",
            # formal and passed-on asks: « Monsieur le maire vous prie de bien vouloir lui faire
            # parvenir … », « il faudrait envoyer le rapport », « le dentiste aimerait changer »
            # a favour asked in the formal words (« auriez-vous la gentillesse de nous faire
            # parvenir… », « je vous serais reconnaissant de… »)
            r"(auriez vous|pourriez vous avoir|voudriez vous avoir) (la gentillesse|"
            r"l'amabilite|l'obligeance) (de |d')(?!(me |nous |m')?(rappeler|appeler|recontacter|"
            r"contacter|joindre)\b)((me|nous|lui|leur|le|la|les) |m'|l')?[a-z]+(er|ir|re)\b",
            r"je vous serais (reconnaissante?|obligee?) (de|d') ?(bien vouloir )?(me |nous |lui )?"
            r"(faire|envoyer|transmettre|preparer|adresser|communiquer|verifier|fournir|"
            r"indiquer|confirmer|etablir|relire|regarder)",
            r"((vous|te) prie(nt)? de|merci de) bien vouloir (lui |nous |me |leur )?(faire "
            r"parvenir|envoyer|transmettre|adresser|preparer|verifier|corriger|communiquer|"
            r"renouveler|modifier|mettre a jour|installer)",
            r"il (nous )?faudrait (envoyer|faire|preparer|mettre|changer|ajouter|corriger|"
            r"transmettre|modifier|prevoir|creer|installer|renouveler|verifier)",
            r"(aimerait|voudrait|souhaiterait|aimeraient|voudraient|souhaiteraient) (bien )?"
            r"(changer|ajouter|modifier|mettre|avoir|recevoir|creer|installer)",
            r"des (idees|suggestions|pistes) (pour|sur|concernant)",
            r"(que se passe t il|qu'est ce qui se passe|que se passerait il|qu'est ce qui se "
            r"passerait) (si|quand|en cas)",
            # what one would do, asked: « qui on appellerait ? », « que ferait-on ? »
            r"(qui|que|quoi|comment) (on |nous |je )?(appellerait|appellerions|contacterait|"
            r"ferait|ferions|devrait|devrions|pourrait|pourrions)( on| nous| je)?(?= ?\?)",
        ),
        "demande quelque chose",
    ),
    # Whether something could be done, asked about new work ("Would it be possible to add
    # Apple Pay …?", "Can the till print receipts in French?", « est-ce qu'on peut avoir le
    # devis ? »). Weak: a meeting asked the same way ("could we have half an hour on the
    # phone", « serait-il possible de caler une visio ») is scheduling, whose cue outweighs.
    (
        phrases(
            r"((would|will|is) (it |that |there )?be possible|is it possible|is there a way|"
            r"could we|can we) (to |for (you|us|the [a-z]+) to )?(add|plan|get|change|upgrade|"
            r"install|switch|replace|update|print|show|display|accept|offer|build|create|put|"
            r"use|translate|order|buy|remove|redo|export|send|test|try|trial|check)\b",
            r"(can|could) (the|our) [a-z]+ (print|send|show|display|accept|take|handle|export|"
            r"import|be set|be changed|work with)\b",
            r"(est ce qu'on|est ce que nous|on|nous) (peut|pourrait|pourrions|pouvons|peux) "
            r"(avoir|ajouter|afficher|mettre|changer|installer|obtenir|recevoir|imprimer|"
            r"commander|modifier|traduire|accepter)(?! (un |une )?(petit |petite )?(appel|call|"
            r"visio|reunion|rdv|rendez vous|point|echange|tel|coup de fil)\b)",
            # « est-ce qu'on peut facturer les frais de relance ? » (newcomer20 M8); not a
            # meeting asked the same way: « est-ce qu'on peut se voir jeudi »
            r"est ce (que (je|nous|on)|qu'on|que j') (peut|peux|pouvons|pourrait|pourrions|"
            r"pourrais) (?!(se|s'|caler|decaler|reporter|deplacer|avancer|faire|prendre|prevoir|"
            r"remettre|organiser|fixer|parler|discuter|jaser|voir|rencontrer|en|deja|passer|"
            r"changer|trouver|bloquer|garder|commencer|finir|terminer|planifier|programmer)\b)"
            r"[a-z]+er\b",
            r"(serait il|est il|ce serait) possible (d'|de )(?!(caler|fixer|prevoir|faire|organiser|"
            r"se voir|nous voir|vous voir|parler|discuter|echanger|vous appeler|deplacer|decaler|"
            r"reporter|avancer)\b)",
        ),
        "asks whether it could be done",
        WEAK,
    ),
)

SCHEDULING = cues(
    (
        phrases(
            r"(join|jump on|hop on|dial in|dial into|get on|come to|be at)( us| the| our|"
            r" a)?( quick| conference| zoom| video| team)? ?(call|meeting|zoom|hearing|session)?",
            # English "attend a meeting", not French « le camion attend à Zeebrugge »
            r"attend (the|our|this|a (?![a-z]+ (heures?|h)\b)(?=(meeting|call|session|hearing|"
            r"briefing|workshop|presentation|quick|short|brief|team|zoom|video|conference|"
            r"review|walk)))",
            r"(hopping|jumping|getting) on a (quick )?call",
            # a time confirmed: « c'est bon pour vendredi 10h ? », "are we good for Friday
            # at 10?" (trial48)
            rf"(c'est|c est|ca marche|ca va|toujours) (bon |ok |d'accord )?pour (demain|"
            rf"{_JOUR}|ce (matin|soir)|cet apres midi|\d{{1,2}} ?h)",
            rf"(are we|we're|is it|it's) (still )?(good|ok|okay|fine|set|on) for (tomorrow|"
            rf"{_WEEKDAY}|\d{{1,2}}(:\d\d)? ?(am|pm)?\b)",
            r"conference call",
            r"can we (do|have|get|set up|connect on|connect for) (a |an )?(quick |short |brief )?"
            r"(call|chat|meeting|catch ?up|zoom|talk|word)\b",
            r"on s'appelle",
            # "Let's sync sometime next week to kick things off" (trial52 §6)
            r"(let's|lets|can we|could we|shall we|we should|happy to) (quickly |briefly )?"
            r"(sync|sync up|catch up|touch base|meet up|get together)\b",
            # « on se voit chez toi jeudi ? », « on fait le point demain ? »: a meeting asked
            r"(on|nous) (se voit|se retrouve|se rejoint|fait (le|un) point|se fait (le|un) point)"
            r"(?=[^.?!]{0,40}\?)",
            r"(get|put|pop|pencil|book) (something|a time|a date|a slot|a session|a meeting|"
            r"it|us) in (the|your|our) (diary|diaries|calendar|calendars)",
            r"(caler|mettre|bloquer) (un|une|quelque chose|ca|un creneau) (dans|a) (l'|ton |"
            r"votre )?agenda",
            r"zoom",
            r"teams call",
            r"video call",
            r"(can|could) you be there",
            r"welcome to join",
            # at the door, asking to be seen now: "I'm outside your office, are you around?"
            # (trial34 §3: read as a status check on "outside"), « je suis devant ton bureau,
            # t'es là ? »
            r"(i'm|i am|we're|we are) (outside|downstairs|at reception|in (the )?reception|in "
            r"the lobby|at your door|at the door|in the car park|next door|nearby|around the "
            r"corner)[^.?!]{0,40}\b(are you|you) (around|in|there|free|about|in the office)\b",
            r"(je suis|on est|nous sommes) (devant|en bas de|a l'accueil de|pas loin de|a cote "
            r"de) (ton|votre|chez)[^.?!]{0,40}\b(t'es|tu es|vous etes|es tu|etes vous) (la|"
            r"dispo|disponible|libre)\b",
        ),
        "wants you on a call",
    ),
    (
        # to be let into a call, over the "can you" it is asked with: "can you dial me in or
        # send me the link" (newcomer86)
        phrases(
            r"(dial|patch|conference) me (in|into)|add me to the (call|meeting|zoom|teams|"
            r"invite)",
        ),
        "wants to be let into a call",
        2.0,
    ),
    (
        phrases(
            # "move our call to Friday", not "did the move to the new hosting happen?"
            r"(?<!the )(?<!a )(move|push|reschedule|postpone|shift|bump|cancel)"
            r"( (our|the|my|this|your))?( [a-z']+)?( [a-z'-]+)? (meeting|call|check in|"
            r"appointment|session|to)",
            r"can we (meet|talk|find|schedule|set up|get together|reschedule)",
            r"(make|book|set up|fix|arrange) an? (appointment|meeting|visit)",
            r"find (an|a) (hour|time|slot)",
            r"suggest (a few|some) times",
            r"(a few|some) times that",
            r"are you (free|available)",
            r"free to (chat|talk|meet)",
            r"do you have time",
            r"would (you|that) work",
            r"would [a-z ]{1,30} work for (a|you)",
            # a day and an hour offered: "would Wednesday 9am work for the debrief?"
            # (newcomer76)
            rf"would {_WEEKDAY} ([a-z0-9: ]{{1,12}} )?work",
            r"works for you",
            r"set up a (call|meeting|time)",
            r"schedule a",
            r"(meet|meeting) (next|this) week",
            r"board retreat",
            r"(grab|get) (a )?(coffee|lunch|drink)",
            r"(grab|find|book|get|have|take) (a few|\d+|thirty|twenty|fifteen|ten|an?) ?(min|mins|"
            r"minutes|hour|hours)",
            # not time spent: "don't spend any time on it" (newcomer64)
            r"any ?time (after|before|on)(?<!spend any time on)(?<!spending any time on)"
            r"(?<!waste any time on)(?! (it|this|that|them)\b)",
            r"(i'd|i would|we'd|we would) like to (go over|walk through|talk through|run through|"
            r"discuss|review|meet|sit down)",
            r"(go over|walk through|talk through) [a-z' ]{0,30}(together|with you)",
            r"invite you",
            r"(are we|we're|we are) still on",
            r"(we|i) could (talk|meet|chat|catch up|sit down)",
            r"talk sooner",
            r"still on for",
            # a meeting to come checked: "r u still ok for thurs 10am", « toujours bon pour
            # jeudi ? », « on en parle jeudi ? »
            r"(are you|r u|you|u) still (ok|good|on|okay) for",
            r"(want|like|would like|'d like|wanted) to (discuss|talk about|go over|cover|raise) "
            r"[a-z' ]{1,40} (at|on|during) (our|the) (next|standing|weekly|monthly) (call|meeting|"
            r"catch ?up|session|check ?in)",
            r"(toujours|tjs|tjrs) (ok|bon|d'accord) pour",
            r"on en (parle|discute|cause|jase|reparle) (lundi|mardi|mercredi|jeudi|vendredi|"
            r"demain|a la prochaine|au prochain|la semaine prochaine|a notre)",
            r"(toujours |tjs )?(ok|bon|d'accord|valable|maintenu|maintenue|confirme|confirmee) "
            r"pour (la|le|notre|demain|ce|cette) (reunion|reu|rdv|rendez vous|call|appel|point|"
            r"visio)",
            # "can you make it Thursday", not "can you make it bigger"
            r"(can|could) (you|u) make it(?! ((?!later|earlier)[a-z]+er|more|less|look|work|"
            r"so|a bit|slightly|bold|visible|fit|match|red|blue|green|black|white|simpler|easier)\b)",
            r"(your|you have any) availability",
            r"(skip|cancel) (our|the|this|next|tomorrow's|today's) [a-z' ]{0,20}(call|meeting|session|"
            r"check in)",
            r"(?<!or )(?<!and )(?<!to )(?<!book )cancel (tmrw|tomorrow|today|tonight|this afternoon|"
            r"this morning)(?!'s)",
            r"(rdv|rendez vous|reunion|point|appel|visio)( [a-z']+){0,3} (annule|annulee|reporte|"
            r"reportee|decale|decalee)",
            r"(faut|faudrait) (vraiment |absolument )?(qu'on|que l'on|qu'on se) (parle|voie|voit|"
            r"appelle|en parle|rediscute)",
            r"let's (skip|move|push|meet|talk)",
            r"push (it |this )?to \d",
            r"(you|u) around (for|to)",
            r"call in\b",
            r"(start|begin|push it) (at|to) \d",
            r"(talk|speak|chat) (to you |with you )?about",
            rf"{_WEEKDAY}s? (or [a-z]+ )?(works?|work for me|would work)",
            r"(mornings?|afternoons?) (works?|work for me)",
            # a time to go through a matter together, however it is asked (newcomer20 M7,
            # newcomer19 M8): "could we go through the figures at our next call?", "when can we
            # look at it?", "can we go through it friday", "the team would like to discuss the
            # portal", "could you ring in?"
            r"(go through|go over|look at|discuss|cover|talk about|talk through|run through|"
            r"review)( [a-z0-9'-]+){0,6} (at|on|during|in) (our|the|your) (next|upcoming|"
            r"standing|weekly|monthly|usual|regular|[a-z]+day's) (call|meeting|catch ?up|session|"
            r"check ?in|review|visit)",
            r"when (can|could|shall|should|would) we (look at|go through|go over|discuss|meet|talk|"
            r"chat|sit down|review|catch up)",
            r"(would|'d) like to (go over|walk through|talk through|run through|discuss|sit down)",
            r"(ring|dial|phone|call) in(?= ?\?| ?$| \.| (now|please|to|for)\b)",
        ),
        "wants a meeting or a new time",
    ),
    (
        phrases(
            rf"(can|could) we do (it |that )?(at |on )?({_NUM}|noon|lunch|the (morning|afternoon)|"
            rf"{_WEEKDAY}|next week)",
            # another time for a meeting, not "she'll send the photos next week instead"
            # ... nor "green instead of teal"
            r"instead(?<!week instead)(?<!month instead)(?<!later instead)(?<!tomorrow instead)"
            r"(?! of)",
            rf"({_WEEKDAY}|{_NUM}|noon|the (morning|afternoon)|next week) instead of",
            # asked for a slot: « pouvez-vous proposer un créneau ? », "suggest a few times"
            r"(proposer|proposez|propose|suggest|send( me| us)?) (un|des|deux|trois|quelques|a|"
            r"some|a few|two|three) (creneaux?|slots?|times|dates|disponibilites|moments?)",
            # text-speak: "cn we do thurs insted of weds?" (newcomer19 M6)
            rf"(can|cn|could|cld|cud) we (do|make it) {_WEEKDAY}s?\b",
            r"(insted|instaed|instad) of",
            r"same time",
            r"(other|another) (day|time)",
            r"or (sometime|some time|later) in the",
            rf"(a|au) {_JOUR} (meme heure|a la meme heure)",
            r"meme heure",
        ),
        "offers another time",
    ),
    (
        phrases(
            r"(decaler|reporter|deplacer|annuler) (le |la |notre |votre |un |mon )?"
            r"(rendez vous|rdv|reunion|point|appel|rencontre|seance)?",
            # « avancer » a meeting, not « avancer sur le rapport » (make progress, newcomer64)
            r"avancer (le |la |notre |votre |un |mon |ce )(rendez vous|rdv|reunion|point|appel|"
            r"rencontre|seance|call|visio)",
            rf"avancer (a|au) ({_JOUR[1:-1]}|demain|la semaine)",
            # "te connecter" is joining a meeting; "se connecter" is mostly logging in ("on
            # n'arrive pas à se connecter"), a breakage, not a meeting.
            # not "les clients ne peuvent plus nous joindre" (a line down)
            # asked to phone in: « Peux-tu appeler ? » (newcomer19 M8)
            r"(peux|pouvez|pourrais|pourriez) (tu|vous) (appeler|telephoner)(?= ?\?| ?$| \.)",
            r"(rejoindre|(?<!plus )(?<!pas )(?<!arrivent a )(?<!arrive a )(vous|te|nous) joindre|"
            r"vous connecter|te connecter)",
            r"se connecter (a|au|sur) (la |le |l')?(visio|reunion|zoom|teams|appel|meet)",
            r"(en|une|la|salle de|lien de|lien) visio",
            r"(tu|vous) (nous |me )?(rejoins|rejoignez|rejoindras|rejoindrez)",
            r"sur zoom",
            r"haut parleur",
            r"un appel (en|a|dans)",
            r"(serais|seriez|es|etes|serez|seras) (tu |vous )?(dispo|disponible)",
            r"disponible pour",
            # « t'aurais-tu un trente minutes la semaine prochaine » (Québec)
            rf"(aurais|auriez|as|avez) (tu |vous )?(un |genre )?{_NOMBRE} ?(minutes|min|moment|"
            r"heure)",
            r"point (telephonique|d'equipe|rapide)",
            # not the slots a booking page offers: « ne propose plus aucun créneau »
            r"creneaux?(?<!aucun creneau)(?<!aucun creneaux)(?<!de creneau)(?<!de creneaux)",
            r"(notre |votre |le |du )rendez vous",
            r"un cafe",
            r"reunion (de|du|avec)",
            r"(venir|participer) a",
            r"(se|nous|vous) (voir|rencontrer|caler|retrouver)",
            # « est-ce qu'on pourrait se parler demain matin », « faudrait qu'on se parle »
            r"(on pourrait|on peut|qu'on|pourrait on|peut on) se (parler|parle)\b",
            r"(inviter|convier)",
            r"disponible (lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|cette semaine|la semaine)",
            r"pour en parler",
            r"invitation",
            r"parler (de|du|des)",
            # when we meet, not when a truck arrives: « à quelle heure doit-il arriver ? »
            # nor when the trainer comes, asked after its day: « le formateur il arrive à quelle
            # heure », « c'est-tu demain soir pis à quelle heure » (newcomer90)
            r"(?<!arrive )(?<!arrivent )(?<!arrivera )(?<!commence )(?<!vient )(?<!viennent )"
            r"(?<!passe )(?<!livre )(?<!pis )(?<!et )"
            r"a quelle heure(?! (doit|doivent|va|vont|arrive|arrivent|arrivera|arriveront|part|"
            r"partent|partira|sera|seront|est|ouvre|ferme|livre|livrent|commence|finit)\b)",
            rf"plutot que {_JOUR}",
            r"(se )?cal(er|e|ons) (un|une) (point|visio|rdv|rendez vous|appel|reunion|cafe)",
            r"(vos|tes) disponibilites",
            r"(un|une) (rendez vous|rdv|entretien|visio|reunion|rencontre)",
            r"passer (au|a la|chez|a l')",
            r"(on )?decale (a|au|de)(?! (droite|gauche|cote))",
            # « on décale demain au 17 ? » (newcomer78): the day moved, the meeting unsaid
            rf"(on |je )?decale (demain|aujourd'hui|ce soir|cet apres midi|{_JOUR})\b",
            r"(notre|le|un) point (mensuel|hebdo|hebdomadaire|de la semaine)",
        ),
        "veut un rendez-vous ou un appel",
    ),
    (
        # A time for a meeting agreed or put to the consultant (« RDV demain 10h ok pour
        # toi ? », « Ok pour jeudi »): it outweighs the "ok pour" of a plain acknowledgement.
        phrases(
            r"(rdv|rendez-vous|reunion|visio|appel|point|call)( [a-z0-9']+){0,4} (ok|ca va|"
            r"ca te va|ca vous va|c'est bon|ca marche) pour (toi|vous)",
            r"^ ?(ok|d'accord|c'est ok|ca marche) pour (lundi|mardi|mercredi|jeudi|vendredi|"
            r"samedi|demain|la semaine prochaine)",
        ),
        "accepte ou propose une heure de rendez-vous",
        2.0,
    ),
    (
        # Time with the consultant asked for, however softened (newcomer19 M7, newcomer20 M7):
        # "I don't suppose you'd have a slot next Tuesday…", « aurais-tu un moment cette
        # semaine pour jaser du contrat ? », « la directrice voudrait qu'on parle du plan »;
        # it outweighs the "you'd have a" or « aurais-tu un » it is asked with.
        phrases(
            r"(you'd|you would|would you|do you|you|u|will you) (have|got|possibly have) (a|an|any) "
            r"(free )?(slot|window|gap|half hour|hour|moment|few minutes|minute|spare moment)",
            r"(aurais|auriez|as|avez|aurait) (tu |vous )?(un|une) (petit )?(moment|minute|"
            r"instant|creneau|heure)( [a-z']+){0,3} (pour|cette semaine|demain|la semaine)",
            r"(jaser|jase|jasons|jasez|jaserait)( (de|du|des|d'|de la|ensemble))?\b",
            # "can we go through it friday", even after a thank-you
            rf"(can|could|shall) we (go through|go over|look at|discuss|talk through|run through|"
            rf"review|talk about) [a-z' ]{{1,40}}?(on )?({_WEEKDAY}|tomorrow|next week|this week)\b",
            r"(voudrait|voudraient|aimerait|aimeraient|souhaiterait|souhaiteraient|voudrais|"
            r"aimerais|souhaiterais|voudrions|aimerions) (bien |aussi )?qu'on (parle|discute|voie|"
            r"revoie|regarde|fasse le point|en parle|se voie|se parle|aborde)",
            # a matter taken up at the next meeting: « on voudrait revoir la sécurité du wifi à
            # la prochaine réunion »
            r"(revoir|voir|parler|discuter|aborder|regarder|jaser|faire le point)( [a-z']+){0,8} "
            r"(a|lors de|pendant) (la |le |notre )?(prochaine|prochain) (reunion|rencontre|seance|"
            r"visio|point|rendez vous|appel)",
        ),
        "asks for time together",
        2.0,
    ),
)

INFO = cues(
    (
        phrases(
            r"fyi",
            # a document handed over: « pour ta compta », "for your records"
            r"pour (ta|votre|ton|vos) (compta|comptabilite|info|information|dossier|archives|"
            r"classement)",
            r"for (your|the) (records|files|accounts|bookkeeping)",
            r"for your information",
            r"just (so you know|to let you know|letting you know|a heads up)",
            r"heads up",
            r"(wanted|want) to let you know",
            r"(just )?(wanted|want) to (say|tell you|thank)",
            r"good news",
            r"no need to (call|reply|get back)",
            r"no action needed",
            r"(running|be|i'm|i am) (\d+|a few|ten|five|fifteen) (min|mins|minutes) late",
            r"running late",
            r"thanks? (so much )?for",
            r"got it",
            r"looks great",
            r"(i )?don't need anything",
            r"nothing (needed|required) from you",
            r"quick note to say",
            r"(well|all|safely) received",
            r"received,? thanks?",
            r"thanks?,? received",
            r"(just )?(confirming|a reminder)",
            r"i('ll| will) (drop|send|bring|mail)",
            r"(will be|is) closed",
            # news passed on (newcomer19 M6, newcomer20 M8): "thought you'd like to know…",
            # "you'll be pleased to hear…", "please find attached / below our newsletter"
            r"(thought|think|figured) (you'd|you would|you might|you'll|you will|you should|"
            r"i'd|i should) (like to |want to |wish to )?(know|hear|let you know|tell you)"
            # not "just thought you should know in case it's something else": the topic would
            # follow it off the news, to "case"
            r"(?! (just )?in case\b)",
            r"(you'll|you will) be (pleased|glad|happy|relieved) to (know|hear)",
            r"please find (attached|enclosed|below|herewith)",
            # the sender takes it on: "no worries I'll handle it", "leave it with me"
            r"i('ll| will| can) (handle|sort|deal with|take care of|look after) (it|this|that|"
            r"them)\b(?! \?)",
            r"(i've|i have|we've|we have) got (it|this|that) (covered|handled|sorted)",
            r"leave it (with|to) (me|us)",
        ),
        "tells you something",
    ),
    (
        phrases(
            r"(pour|a) (info|information)",
            r"au fait",
            r"juste pour (te|vous) (dire|prevenir|informer)",
            # « c'est pour vous dire que la fuite est réparée » (newcomer20 M8)
            r"(c'est|c est|simplement|seulement) pour (te|vous) (dire|signaler|informer|annoncer)",
            r"je voulais (simplement |juste )?(vous|te) (dire|prevenir|informer)",
            r"pour (te|vous) prevenir",
            r"(vous|te) prevenir",
            r"bonne nouvelle",
            r"pas besoin de (me )?rappeler",
            r"je vous informe",
            # « je tiens à vous remercier pour la réactivité » (newcomer92)
            r"(je tiens|nous tenons|on tient) a (vous|te) remercier",
            # the sender running late, not what is overdue: « les copropriétaires en retard »
            r"(je suis|je serai|j'ai|on sera|on est|nous serons|nous sommes|j'arrive|je vais etre|"
            r"on va etre|serai|suis|arriverai|arrive|je pars|un peu|legerement|peu) en retard",
            # (not asked whether: « nos achats me demandent si c'est bon », newcomer79)
            r"(?<!demandent si )(?<!demande si )(?<!savoir si )(?<!demander si )(tout est|c'est) "
            r"(bon|ok|regle|fait)",
            r"merci pour",
            r"(un )?grand merci",
            r"ok pour",
            r"(bien|c'est) recu",
            r"recu merci",
            r"je (vous|te) (confirme|envoie|rappelle que)",
            r"(sera|est) ferme",
            # the sender takes it on (trial47: « bon je gère » was read as content-free)
            # (« je gère » alone, not « on gère plusieurs caisses », what the sender runs)
            r"(je|on) (gere|vais gerer|va gerer)(?= ?($|[.!,]| (ca|tout|le reste|de mon cote|"
            r"de notre cote)\b))|(je|on) (m'en occupe|s'en occupe|m'en charge|s'en charge)\b"
            r"(?! \?)|nous (nous en occupons|nous en chargeons)|laisse(z)?( moi)? gerer",
        ),
        "vous informe",
    ),
    (
        r"^ (ok|okay|d'accord|parfait|super|great|perfect|noted|note|top|cool|nickel)"
        r"( merci| thanks| thank you| c'est note)?( !)* $",
        "acknowledges",
    ),
)

# "Down" as a figure falls: "bookings are down 20%", "down on last year", "down this month".
_NOT_A_FIGURE = (
    r"(?! ?(\d|%|by |on last|compared|from last|versus|vs |year on year|this (week|month|"
    r"quarter|year|season)|again this|"
    # a fall, not an outage: "he dropped his phone down the toilet" (newcomer56)
    r"(the |a |his |her |my |our )?(toilet|loo|drain|sink|stairs|river|hole|back of)\b))"
)

# Done on purpose, said in the same sentence as the thing done: "shared by public link so the
# partners can download it", « étiquettes vierges à remplir », "set to 'anyone with the link'
# on purpose". `breakage` reads it as a look-ahead from the thing done, `urgency` matches it
# from there.
ON_PURPOSE = (
    r"[^.!?]*\b(on purpose|deliberately|intentionally|expres\b|volontairement|"
    r"as (agreed|requested|planned|discussed|asked)|comme (convenu|demande|prevu)|"
    r"pour que|afin (que|de)|to fill in|a remplir|"
    r"so (that |the |our |they |people |everyone |partners |volunteers |members )"
    r"([a-z]+ )?(can )?)"
)

# The police, not « la police du flyer » (its typeface).
# « vol », a theft, not a flight: « son vol a été annulé pour le vent », « il veut faire un
# vol » (newcomer34)
# The fire brigade called, not one of its trainers, its station or its calendar: « le
# formateur des pompiers est pas dispo » (newcomer79).
FIREFIGHTERS = (
    r"(?<!formateur des )(?<!formatrice des )(?<!formateurs des )(?<!caserne des )"
    r"(?<!calendrier des )(?<!calendriers des )(?<!\bbal des )(?<!ecole des )(?<!stage des )"
    r"(?<!exercice avec les )(?<!formation avec les )(?<!formation des )"
    # nor their inspection of a place, which is booked, passed or awaited (newcomer82: « c'est
    # quand déjà l'inspection des pompiers pour la hotte ? »)
    r"(?<!inspection des )(?<!inspection avec les )(?<!visite des )(?<!controle des )"
    r"(?<!prevention des )(?<!commission des )(?<!rapport des )(?<!avis des )"
    # what they wrote after a visit: « les remarques des pompiers », subject « Rapport
    # pompiers » (newcomer102)
    r"(?<!remarques des )(?<!observations des )(?<!prescriptions des )(?<!passage des )"
    r"(?<!rapport )(?<!rapport des )pompiers"
)
THEFT = (
    r"(?<!son )(?<!mon )(?<!notre )(?<!votre )(?<!leur )(?<!premier )(?<!dernier )"
    r"(?<!faire un )(?<!fait un )(?<!faire le )"
    # a flight's records and lessons: « carnets de vol », « heures de vol », « plan de vol »
    # (newcomer67, a flight school)
    r"(?<!carnet de )(?<!carnets de )(?<!heure de )(?<!heures de )(?<!plan de )(?<!plans de )"
    r"(?<!ecole de )(?<!lecon de )(?<!lecons de )(?<!temps de )(?<!simulateur de )"
    r"(?<!instructeur de )(?<!instructrice de )(?<!briefing de )(?<!billet de )"
    r"(?<!billets de )(?<!numero de )(?<!compagnie de )(?<!personnel de )(?<!examen de )"
    r"(?<!test de )(?<!journal de )(?<!manuel de )(?<!securite des )"
    # the same flight as others, a flight by its number: « émis même vol que nous autres »
    # (newcomer93), « quel vol ? », « vol AF 1234 »
    r"(?<!meme )(?<!quel )(?<!ce )vol"
    r"(?! (que (nous|vous|moi|toi|eux|elles|les autres|l'equipe)\b|[a-z]{2} ?\d|\d))"
    r"(?! ((a ete |est |sera )?(annule|annulee|reporte|retarde|prevu|decale|maintenu|"
    r"complet)|(de |du )(demain|ce|cet|nuit|retour|matin|soir|bapteme|ballon|"
    r"montgolfiere|essai|initiation|test)|(en|a) (montgolfiere|ballon|voile|"
    r"helicoptere|avion)|libre|direct|charter)\b)"
)
ACCIDENT = (
    # an accident, not its record ("the accident book") nor the paperwork filed about one:
    # « la déclaration d'accident du travail a été transmise à l'assureur », « la MSA a
    # accepté la déclaration d'accident » (newcomer74: declared, the person back at work)
    r"(?<!declaration d')(?<!declaration de l')(?<!declare l')(?<!declaree l')"
    r"(?<!declarer l')(?<!declarant l')"
    # nor "setting it off by accident" (newcomer91)
    r"(?<!by )(?<!par )"
    r"accident(?! (book|books|form|forms|log|report form|report|claim|declaration|du travail "
    r"(a ete |est |a bien ete )?(declare|transmis|reconnu|accepte|enregistre|pris en charge)))"
)
_ASKING_FOR_RECORDS = (
    r"(?! ([a-z']+ ){0,2}(asked|asks|ask|want|wants|wanted|requested|request|need|needs|"
    r"a demande|ont demande|demande|demandent|veut|veulent|voudrait|voudraient) ([a-z']+ )"
    r"{0,3}(footage|images|video|videos|recording|recordings|statement|statements|copy|copies|"
    r"details|info|information|list|enregistrements?|copie|temoignages?|declaration|infos?|"
    r"liste))"
)
POLICE = (
    # not a typeface: « c'est quelle police qu'on utilise pour les affiches ? »
    r"police(?<!quelle police)(?<!cette police)(?<!meme police)(?<!autre police)"
    r"(?<!nouvelle police)"
    # nor an insurance policy: « notre police se termine le 30 », « la police d'assurance »
    # (newcomer46); the police force is « la police », never « notre police »
    r"(?<!notre police)(?<!votre police)(?<!ma police)(?<!ta police)(?<!sa police)"
    r"(?<!leur police)(?<!une police)"
    r"(?! (d'assurance|d assurance|multirisque|habitation|auto|responsabilite|rc|se termine|"
    r"expire|arrive a echeance|est resiliee|a renouveler))"
    r"(?! (qu'on utilise|que (l'on|vous|tu|nous) (utilise|utilisez|utilisons)|utilisee|"
    r"d'ecriture|de caracteres|plus grande|plus petite|en gras|arial|helvetica|times))"
    r"(?! (du|de|d'|des)( la| l')? ?(flyer|texte|titre|logo|affiche|caracteres?|ecriture|"
    r"site|lettre|brochure|document|menu|carte|mail|newsletter|invitation|font))"
    # nor an office that issues permits: « la Police du commerce » (Swiss cantons' licensing
    # office), « police des constructions », « police des étrangers » (newcomer69)
    r"(?! (du|des|de la) (commerce|constructions|etrangers|habitants|marches|batiments|"
    r"manifestations|metiers|cimetieres|eaux))"
    # nor paperwork done with them, told as done: "police report filed", "police took her
    # statement" (newcomer71: a report of the steps taken, asking nothing)
    r"(?! (report|statement|reference|ref|crime number|incident number)s? ([a-z']+ )?(was |has "
    r"been |have been )?(filed|made|done|submitted|lodged|obtained|received|sent))"
    r"(?! (took|has taken|have taken|recorded|has recorded) (her|his|their|our|my|a|the) "
    r"(statements?|details|report))"
    # nor a document issued by them: "the police certificate translation", "a police check
    # for the volunteers" (newcomer83: a record to translate, no crime)
    r"(?! (certificates?|checks?|clearances?|record checks?|records? certificates?|vetting|"
    r"background checks?|disclosures?)\b)"
    # nor roadside checks told as what goes on these days: « la police contrôle pas mal au
    # rond-point ces jours-ci » (newcomer98: why the papers are asked for)
    r"(?! (controle|controlent|fait des controles|font des controles)( [a-z'-]+){0,4} (ces "
    r"jours|en ce moment|beaucoup|pas mal|souvent|regulierement))"
)

IMMINENT = cues(
    (
        phrases(
            r"today",
            r"tonight",
            r"this (afternoon|evening)",
            r"(since|until|by|before) this morning",
            r"by (noon|midnight|the end of the day|end of day|eod|tonight)",
            # an hour, not a measure: "exceeds the height by 40 cm", "down by 20 percent"
            r"(at|by|before|until) (noon|midnight|([01]?\d|2[0-4])( ?(am|pm|h|:\d\d))?)(?= |$)"
            r"(?! (cm|mm|m|metres?|meters?|km|kg|kilos?|grams?|feet|foot|ft|inches|percent|per "
            r"cent|pc|pounds|euros?|dollars?|degrees|days|weeks|months|years|pages|words|people|"
            r"units|items|points|calls|sites|shops|stores|branches|locations|venues|sites|"
            r"restaurants|offices|schools|clinics|rooms|flats|houses|properties|outlets)\b)",
            r"(for|at|by) the \d{1,2} ?(am|pm)",
            r"(at|by|before|until) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve)( thirty| fifteen| forty five)?( am| pm| o'clock| today| tonight| this|"
            r" tomorrow| sharp)",
            rf"in {_NUM} (min|mins|minutes|hours?)",
            r"in (an|half an|one|a couple of) hours?",
            r"(is|are) (here|on site|downstairs|at the door|on the phone) (now|right now|today)?",
            r"(wants?|needs?) [a-z' ]{0,40} now",
            r"(at|by|before|until) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve)( thirty| fifteen)?(?= (and|so|but|or|we|i|they|if|unless|otherwise|please)\b"
            r"| ?$| \.)",
            r"right now",
            r"as we speak",
            r"before (they|he|she|we) hang up",
            r"on the (line|phone) (with me )?(right )?now",
            r"last day",
            r"final day",
            r"tomorrow( morning| at| by| first thing)?",
            r"first thing tomorrow",
            r"within the hour",
            r"(within|in) the next (half hour|hour|half an hour|quarter of an hour|(\d{1,2}|ten|"
            r"fifteen|twenty|thirty|forty|few) (min|mins|minutes))",
            r"(within|in) (the next )?(24|twenty four) ?(h|hrs|hours)",
            r"end of (the )?day",
            r"tonight's",
            r"today's",
            # a deadline just missed: the price of missing it may fall today ("the annual
            # return was due yesterday … companies get deregistered", newcomer22 x-09)
            r"(was|were) due( [a-z']+){0,4} (yesterday|last night|this morning)",
            r"(deadline|due date|cut-? ?off) (was|passed) (yesterday|last night|this morning)",
            r"(missed|passed) the (deadline|cut-? ?off|due date) (yesterday|last night|this "
            r"morning)",
            r"a day (late|overdue)",
        ),
        "within the day",
    ),
    (
        phrases(
            r"aujourd'hui",
            r"ce soir",
            # Québec « à soir » (tonight); "more can come any minute"
            r"(?<=a )soir",
            r"(any minute|d'une minute a l'autre)( now)?",
            r"cet apres midi",
            r"(depuis|jusqu'a|avant) ce matin",
            r"demain( matin| midi| a| avant)?",
            r"(a|avant|jusqu'a|d'ici) (midi|minuit|\d{1,2} ?h( ?\d\d)?|\d{1,2} heures)",
            r"(a|avant|jusqu'a|d'ici) (une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|"
            r"douze|treize|quatorze|quinze|seize|dix sept|dix huit|dix neuf|vingt) heures?",
            rf"dans {_NOMBRE} (min|minutes|heures?)",
            # the time left before a cut-off: « il reste 2h avant le cut-off de la banque »
            # (newcomer98)
            rf"(il )?(reste|restent) (plus que |seulement |que )?({_NOMBRE}|\d+) ?(h|heures?|min|"
            r"minutes) (avant|pour)",
            r"(only |just )?(\d+|one|two|three|four|five|an?) (hours?|hrs?|minutes|mins) (left|to "
            r"go) (before|until|till|to)",
            r"dans \d{1,2} ?h\b",
            r"tout de suite",
            r"en ce moment",
            r"dernier jour",
            r"(dans|sous|de) (les )?(24|vingt quatre) ?(h|heures)",
            r"(dans|d'ici) (une|deux|trois|1|2|3) (heure|heures|h)",
            r"(dans|d'ici) (la|une) (prochaine )?(demi heure|heure)",
            # "maintenant" alone is often "next" ("maintenant je souhaite ajouter…"):
            # only "now" that something is needed, blocked or waited for.
            r"(des|tout de suite|immediatement|la|ici) maintenant",
            r"(faut|faudrait|besoin|doit|doivent|attend|attendent|veut|veulent) [a-z' ]{0,40}"
            r"maintenant",
            r"maintenant (bloque|bloques|bloquee|bloquees|en panne|hors service|inaccessible)",
            r"cette nuit",
            r"ce midi",
            r"d'ici ce soir",
            r"avant ce soir",
            # une échéance tout juste manquée
            # (« c'était pour hier », « devait être rendu hier »; not « le compte était encore
            # bloqué hier soir », a state yesterday, newcomer70)
            r"(etait|etaient|devait etre|devaient etre)( (attendue?s?|prevue?s?|due?s?|a rendre|"
            r"a livrer|a payer|a envoyer))? pour hier",
            r"(devait|devaient) (etre )?(rendue?s?|livree?s?|payee?s?|envoyee?s?|faite?s?|prete?s?|"
            r"signee?s?|depose|deposee?s?|finie?s?|termine|terminee?s?)( [a-z']+)? hier"
            r"(?! (soir|matin|apres midi))",
            r"(date limite|echeance|delai) (etait|expirait|a expire|est passee?) hier",
            r"(d'un|un) jour de retard",
        ),
        "dans la journée",
    ),
)

# Something at stake: a harm, a breakage, a legal, safety or money risk, a hard deadline.
STAKE = cues(
    (
        phrases(
            # not a thing to take down ("they want it down by Friday", the scaffolding,
            # newcomer82), a pace or a note ("calm down", "write it down"), a deposit
            r"(?<!it )(?<!them )(?<!calm )(?<!slow )(?<!write )(?<!wrote )(?<!jot )(?<!sit )"
            r"(?<!put )down(?! payment)",
            r"broken",
            r"crash(ed|ing)?",
            r"died",
            r"dead",
            r"towed",
            r"fried",
            r"(flight|train|bus) (got |was )?cancel\w*",
            r"resign\w*",
            r"(quit|walked out)",
            # staff gone for the day's work: « mon second vient de poser son tablier, il se barre
            # ce soir » (newcomer87), "called in sick", "the cleaner didn't show"
            r"(a|vient de|viennent de|ont) (demissionne|pose son tablier|rendu son tablier|claque "
            r"la porte|lache l'equipe)|(se barre|s'est barre|se casse|s'est casse|nous lache|"
            r"nous a lache)",
            r"called in sick|calls? in sick|(didn't|did not|hasn't|has not|never) (show|shown|showed"
            r"|turn up|turned up)( up)?|no show|(est|sont) en arret maladie|(n'est|ne sont) "
            r"(pas|jamais) (venue?s?|arrivee?s?|passee?s?)|(il|elle|ils|elles) (est|sont) "
            r"(pas|jamais) (venue?s?|passee?s?)"
            # texted without a verb: « Fatima pas venue ce matin, pas de nouvelles » (newcomer89)
            r"|(?<!n'est )(?<!ne sont )(?<!est )(?<!sont )(?<!c'est )pas (venue?s?|arrivee?s?|"
            r"passee?s?)(?= (ce matin|cette nuit|ce soir|aujourd'hui|a \d|pour))"
            r"|(ne s'est|ne se sont) pas presentee?s?|(no one|nobody|naebody|personne) (to send|de "
            r"dispo|disponible|available|to cover|to replace|on the list|for (tonight|the night|"
            r"the shift)|pour (le |la |les )?(remplacer|couvrir|la nuit|ce soir)|sur (la|ma|notre) "
            r"liste)"
            # someone on the day's rota who says they are not coming: « le veilleur de ce soir
            # … il a de la fièvre il vient pas » (newcomer89); not to a meeting
            r"|(il|elle|ils|elles) (ne )?(vient|viennent|viendra|viendront) (pas|plus)(?! (a|au|"
            r"aux|a la) (reunion|rdv|rendez|point|appel|call|seminaire|formation|comite|conseil))",
            # a delivery the day's work waits on: « on a pas été livrés en mozza … il me reste
            # six kilos pour tout le samedi soir » (newcomer87), "the fish wasn't delivered"
            r"(pas|jamais) ete livree?s?|(wasn't|was not|weren't|were not|hasn't been|has not "
            r"been|haven't been|have not been|never got|never been) delivered|(delivery|livraison)"
            r"( [a-z']+){0,3} (never came|never arrived|didn't come|didn't arrive|did not come|did "
            r"not arrive|hasn't come|hasn't arrived|n'est (pas|jamais) (venue|arrivee)|est (pas|"
            r"jamais) (venue|arrivee))",
            r"blew (over|away|down|up)",
            r"collaps\w*",
            r"complain(t|ts|ed)?",
            r"plaintes?",
            # the press about to publish: « un journaliste … attend notre réaction »
            r"journalists?",
            r"journalistes?",
            r"reporters?",
            r"(charg\w*|billed|billing) [a-z ]{0,20}(twice|double)",
            r"(double|over).?charg\w*",
            r"out sick",
            # someone who was to do it fallen ill: "the doctor is sick until the end of the week
            # and she had 26 exams tomorrow" (newcomer77)
            r"(is|are|he's|she's|who's|was|were|got|fell|has been|have been|called in|calls in|"
            r"calling in|phoned in|off) (off )?(sick|ill)\b",
            r"(can't|cannot|couldn't|won't|isn't|aren't|doesn't|don't|no longer|unable to|"
            r"not able to) (open|access|use|reach|load|start|work|run|pay|submit|log|connect|"
            r"respond|answer|turn on|unlock|enter|process|issue (any |an? )?(invoices?|receipts?|"
            r"tickets?)|print (any |an? )?(invoices?|receipts?|labels?|tickets?)|take (any )?"
            r"(payments?|orders?|bookings?|cards?))",
            r"no (power|water|heat|heating|internet|wifi|access|signal|electricity|key|keys)\b",
            r"still no",
            r"out of order",
            r"not (responding|loading|starting|opening|turning on)",
            r"(isn't|aren't|wasn't|won't|doesn't|don't|stopped) (working|responding|loading|"
            r"starting|opening|turning on)",
            r"(keeps|keep) (crashing|failing|going off|going down)",
            r"outage",
            r"offline",
            r"evacuat\w*",
            r"emergenc\w*",
            r"crisis",
            r"disaster",
            r"(a |big |huge |serious |major )(problem|issue)",
            r"double.?booked",
            r"(backed|pulled|dropped) out",
            r"fell through",
            r"no.?show",
            r"void",
            r"laps(e|ed|ing)",
            r"revok\w*",
            r"suspend\w*",
            r"terminat\w*",
            r"withdraw\w*",
            r"violation",
            r"citation",
            r"subpoena",
            r"unpaid",
            r"overdrawn",
            r"late fee",
            r"corrupt\w*",
            r"mistake",
            r"incorrect",
            r"unable to",
            r"(can't|cannot|couldn't|won't) (be )?(paid|pay|access|find|open|log|get|submit|sign|"
            r"reach|load|send|print|use)",
            r"last day",
            r"final day",
            r"(file|submit|send in|deposer|envoyer) (the |our |a |le |la |notre )?(grant|"
            r"subvention|application|candidature)",
            # a submission with a closing time: "we have until 5 to submit the tender"
            r"(tender|bid|grant application|appel d'offres|dossier de candidature)",
            r"cut.?off",
            r"(shut|shutting|cut|cutting) (off|down)",
            r"disconnect\w*",
            r"(didn't|did not|hasn't|haven't) (pay|paid)",
            r"need (it|this|them|that) (for|by|before)",
            r"before (they|he|she|we) hang up",
            r"before the (call|meeting|vote|hearing) (ends|is over)",
            r"broke( down)?",
            r"failed",
            r"failing",
            r"won't (start|open|work|load|turn on)",
            r"locked out",
            r"(don't|do not|doesn't|does not) have (the|our|a|it|any|them)[a-z ]{0,30} (ready|done|"
            r"finished|yet)",
            r"not ready",
            r"(no|lost) access",
            r"(is|are|was) (locked|closed|shut)",
            r"defaced",
            r"(can't|cannot|couldn't) get (in|into|through)",
            r"(nobody|no one) can",
            r"spoil",
            r"stuck",
            r"stranded",
            r"(is|are|was) gone",
            r"(still|never) (don't|didn't|haven't) (have|got|received|arrived)",
            r"never (received|arrived|got)",
            # (not the kind of mistake a setting is to prevent: "I am trying to prevent human
            # error as much as possible", realtext4)
            r"(?<!human )(?<!prevent )(?<!avoid )(?<!reduce )(?<!minimise )(?<!minimize )error",
            r"blank (page|screen)",
            # an error page by its code: "sends people to a 404 page", « erreur 500 »
            r"(404|500|502|503)( page| error| errors| not found| bad gateway)",
            r"(error|erreur|page) (404|500|502|503)",
            # « je reçois des 500 en continu », "getting 502s all morning" (realtext40)
            r"(des|de|les|getting|get|got|throwing|throws|renvoie|renvoient|retourne|recois|recoit|"
            r"recevons) (50[0234]s?|erreurs? 50[0234])( en (continu|continue|boucle|permanence)| "
            r"partout| all (day|morning|afternoon|the time)| constantly| every time)?\b",
            r"not working",
            r"doesn't work",
            r"stopped working",
            r"(can't|cannot) (log in|access|find|open|sign|submit)",
            r"hacked",
            r"breach",
            r"leak(ed|ing)?",
            r"virus",
            r"ransomware",
            r"phishing",
            r"fraud",
            r"scam",
            r"stolen",
            r"flood(ed|ing)?",
            r"fire",
            r"smoke",
            # (not a claim's kind: "LETTER OF CLAIM – Personal Injury", newcomer100)
            r"(?<!personal )injur(ed|y)(?! (claim|claims|solicitors?|lawyers?|law|case|cases))",
            ACCIDENT,
            # (not a vehicle owned: « le camion ambulance il est à qui dans la valorisation »)
            r"(?<!camion )(?<!vehicule )(?<!van )ambulance",
            POLICE,
            r"shut (it |us )?down",
            r"evict(ed|ion)?",
            r"lawsuit",
            r"sued",
            r"court",
            r"lawyer",
            r"attorney",
            r"legal",
            r"hearing",
            r"inspect\w*",
            r"audit\w*",
            r"controll?er",
            r"hospital",
            r"penalt(y|ies)",
            r"fined",
            # (not "the works themselves, which are long overdue", newcomer91)
            r"(?<!long )overdue",
            r"bounced",
            r"rejected",
            r"declined",
            r"frozen",
            r"froze",
            r"payroll",
            r"deadline",
            r"due(?! to\b)",
            r"closes",
            r"shuts",
            r"expire[sd]?",
            # an offer or a right that ends unless acted on: "the letter of offer lapses if not
            # accepted by tomorrow 12 noon", "the one month is up tomorrow" (newcomer45)
            r"laps(e|es|ing)",
            # a price that ends: "the charity discount ends at midnight tonight" (newcomer50)
            r"(discount|offer|deal|promo|promotion|pricing|price|rate|remise|reduction|offre|"
            r"promo|tarif)( [a-z']+){0,3} (ends|end|expires|finishes|se termine|prend fin|"
            r"s'arrete|finit)",
            # an offer held until a time, then dearer: "the offer is valid until tomorrow 17:00,
            # after which the price goes up 9%" (newcomer75), « le devis est valable jusqu'à
            # demain midi »
            r"(offer|quote|price|pricing|rate|deal|slot|booking|reservation|offre|devis|prix|"
            r"tarif|creneau|reservation|option)( [a-z0-9']+){0,6} (is |are |stays |remains |est |"
            r"reste )?(valid|good|held|open|valable|valables|maintenue?s?|tenue?s?|bloquee?s?) "
            r"(until|till|jusqu'a|jusqu'au) (today|tonight|tomorrow|noon|midnight|end of (the )?day|"
            r"close of business|cob|eod|demain|ce soir|aujourd'hui|midi|minuit|ce (matin|midi)|"
            r"\d{1,2} ?(h|:|am|pm))",
            # "Sipho's permit runs out tomorrow", « le titre de séjour arrive à échéance »
            r"(runs|run|running) out",
            r"arrive a (echeance|expiration)",
            r"(month|months|weeks?|days?|time|time limit|period|notice|deadline|grace period) "
            r"(is|are|will be) up",
            # a reply an outside party demands by then: "they want our answer by 5 tomorrow"
            r"(want|wants|expect|expects|require|requires|demand|demands|await|awaits) (our|your|"
            r"a|an|the) (answer|reply|response|decision|signature|sign off|approval)",
            # "Tom's lifeguard ticket ran out last week and he's on the school group tomorrow"
            r"(ticket|certificate|cert|check|dbs|mot|licence|license|permit|card|cover|insurance|"
            r"registration|visa|accreditation|qualification|training|badge|clearance)"
            r"( [a-z']+){0,2} (ran out|has run out|had run out|lapsed|has lapsed)",
            r"release (the|it|our)",
            # what the work cannot go ahead without: "the rule is we can't launch without the
            # tracker working" (newcomer31), « on ne peut pas ouvrir sans l'attestation »
            r"(can't|cannot|can not|won't be able to|not allowed to|aren't allowed to) (launch|"
            r"open|operate|run|start|sail|trade|go out|go ahead|take( [a-z]+){1,2} out|drive|fly|serve)"
            r"( [a-z']+){0,3} without",
            r"(ne|n') (peut|peuvent|pouvons|pourra|pourront) pas (ouvrir|partir|demarrer|lancer|"
            r"naviguer|sortir|rouler|servir|operer|travailler)( [a-z']+){0,3} sans",
            # a key or a code no one has: "asks for a BitLocker recovery key and nobody here has
            # it", « personne n'a le code »
            r"(nobody|no one|noone)( here| at the (office|practice|shop))? (has|knows|have|got) "
            r"(it|them|the (key|code|password|pin|recovery key))",
            r"personne (ici )?(n'a|ne connait|n'a jamais eu) (le|la|les) (code|cle|mot de passe|"
            r"identifiants?)",
            r"lose",
            r"losing",
            r"lost",
            r"deny",
            r"denied",
            r"cancel(led|ed)?",
            r"wrong",
            r"missing",
            r"still (don't|do not|haven't) (have|received)",
            r"deleted",
            r"wiped",
            r"disappeared",
            r"empty",
            # (not another time offered: "can you be on video? Otherwise Friday same time",
            # newcomer94)
            r"otherwise(?! (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
            r"later|next week|the next day|same time|any time|anytime|after|before|at \d|\d|"
            r"we can (do|meet|talk|speak)|i can (do|come|meet)|let me know|just)\b)",
            r"or else",
            # the threat after a deadline: "by 4pm today or they pull the event", "or we lose
            # the slot"; not a second choice ("today or we can do Monday", "or they might")
            r"or (they|we|he|she|it|the [a-z]+)('ll| will)? (?!(can|could|might|may|maybe|should|"
            r"would|prefer|want|wanna|just|either|both|also|too|do|did|are|is|were|was|have|had|"
            r"need|needs|go|come|call|ring|phone|email|text|meet|talk|chat|speak|wait|waits|"
            r"send|sends|pop|book|get|try|catch|see|let)\b)[a-z]+",
            # reportable by law: "tested positive for something notifiable"
            r"notifiable",
            r"blank pages?|pages? blanches?",
            r"((don't|do not|haven't|have not) (have |got )?(the |any )?|have no )(rooms|room|"
            r"space|beds|stock|capacity|tables|seats)",
            # a buyer, a landlord or a bank about to walk away: "they'll drop us if we short
            # the contract", "the bank will pull the overdraft"
            r"(drop|dump|cancel|pull|terminate|blacklist|delist|sue|fine|evict) us",
            # reported to an authority: "he's going to report us to the afsca today"
            # (newcomer87), « il va nous signaler à la DDPP », « nous dénoncer à l'inspection »
            r"(report|reporting|reported) (us|me|the (restaurant|shop|business|company|firm|"
            r"practice|school|club)) to",
            r"(nous|me) (signaler|denoncer|signaleront|denonceront|signalera|denoncera) (a|aux|au)"
            r"\b",
            r"(will|ll|going to|gonna) (drop|dump|cancel|pull|terminate|blacklist|delist|sue|"
            r"fine|evict|close|freeze|repossess|cut off) (us|our|the|it)",
            r"if (we|it|they|nobody|no one|it's|its|they're|we're) [a-z' ]{0,30}(don't|doesn't|"
            r"isn't|can't|won't|not)",
            r"unless",
            r"(seize|seizing|seized|repossess\w*) (the|our|your|my|all)",
            # "customs say if not sorted today the horses are seized" (newcomer34 extra-09)
            r"(are|is|will be|get|gets|be|being) (seized|impounded|confiscated|repossessed)",
            # goods lost unless acted on: "if the permit isn't emailed by 3pm today the whole lot
            # gets destroyed" (newcomer101), « sinon la marchandise est détruite »
            r"(are|is|will be|get|gets|be|being|sera|seront|est|sont) (destroyed|incinerated|"
            r"dumped|binned|thrown out|thrown away|detruite?s?|incineree?s?|jetee?s?|"
            r"renvoyee?s? (a l'expediteur|au fournisseur)|returned to sender)",
            r"if not (sorted|done|paid|fixed|signed|stamped|renewed|cleared|resolved|settled)",
            # goods held at the border and charged by the day; cover that has lapsed
            # (newcomer23 arc-22, grm-10)
            r"(held|stuck|blocked|detained|stopped) (at|in|by) (the )?(border|customs|port)",
            r"(start|starts|will start|begin|begins) charging",
            r"(storage|demurrage|detention) (charges?|fees?|costs?)",
            r"(francs|euros|pounds|dollars|eur|chf|usd|gbp|quid|bucks) (a|per) (day|night)",
            r"free (days|time|storage|period)( [a-z']+){0,2} (end|ends|run out|runs out|expire|"
            r"expires|is up)|(jours|delai) de franchise( [a-z']+){0,2} (se termine|finit|expire)",
            r"(insurance|cover|policy|licence|license|registration|permit)( [a-z']+){0,4} (has |"
            r"have |had )?(lapsed|lapse|ran out|run out)",
            # locked out by a landlord: "he's changing the locks at five tonight", "a trespass
            # notice" (newcomer22 gym-05)
            r"(chang\w*|change) (the|our|all the) locks",
            r"lock(ing|ed)? (us|them|me|everyone|the staff) out",
            r"(trespass|eviction|vacate|quit) notice",
            r"notice to (quit|vacate)",
            r"vote",
            r"voting",
        ),
        "something at stake",
    ),
    # "after that it's $150/day", « 90 € par jour » (newcomer71): a charge by the day. Apart
    # from the table above, which is searched alternative by alternative only when each one
    # opens on a word (`gate._Split`): these open on a currency sign or a digit.
    (
        phrases(
            r"[$€£]\s?\d[\d,.]*( (a|per))? (day|night|jour)",
            r"\d[\d,.]*\s?[$€£]( (a|per|par))? (day|night|jour)",
        ),
        "something at stake",
    ),
    (
        phrases(
            r"panne",
            r"plante",
            r"(replante|replantent|replantait)",
            # « la doctoresse est malade et elle a 20 patients demain »
            r"(est|sont|tombee?s?|tombe) (tres |vraiment )?malades?",
            r"(en )?arret maladie",
            r"toujours pas",
            r"(pas|jamais) recu",
            # « le planning … j'ai toujours rien reçu » (newcomer101)
            r"toujours rien (recu|eu|vu)",
            r"(pas|toujours pas) pret",
            r"ferm(e|ee|es|ees)",
            r"(n'a|n'ont|n'avons|n'ai|a|ont) (plus|pas) (acces|les cles|la cle|le code)",
            r"plus (acces|personne)",
            r"perd\w*(?! (le fil|la tete|le nord)\b)",
            r"cass\w*",
            # (not what falls apart with age: « le papier tombe en morceaux », newcomer102)
            r"tomb(e|ee|es)(?! en (morceaux|miettes|ruines?|lambeaux|poussiere|desuetude))",
            r"coupure",
            r"fuit\w*",
            r"inond\w*",
            r"evacu\w*",
            r"bless(e|ure)\w*",
            # (not Gaz, a Gary, saying who calls: "it's Gaz again", newcomer93)
            r"(?<!it's )(?<!its )(?<!this is )(?<!it is )(?<!c'est )(?<!ici )gaz(?! here\b)",
            r"disparu\w*",
            r"effac\w*",
            r"supprim\w*",
            r"manqu\w*",
            r"rejet\w*",
            r"refus\w*",
            r"bloqu\w*",
            r"annul\w*",
            r"resili\w*",
            r"expir\w*",
            # a card, a licence or a ticket no longer valid: « sa carte pro est périmée »,
            # « son habilitation n'est plus valable »
            r"(carte (pro|professionnelle|grise|de sejour|btp|vitale)|permis|habilitation|certificat|attestation|assurance|licence|agrement|visa|"
            r"titre|brevet|caces|badge|autorisation|controle technique)( [a-z']+){0,3} (est |sont "
            r")?(perimee?s?|n'est plus (valide|valable)|ne sont plus (valides|valables))",
            r"suspend\w*",
            r"expuls\w*",
            r"hs(?! (codes?|code|tariff|tarif|classification|number|numbers|heading))",
            r"hors service",
            r"(je|on|nous) n'(arrive|arrivons) (pas|plus)",
            r"personne ne (peut|peux|repond)",
            r"(gros |grave |vrai )(souci|probleme)",
            r"urgence",
            r"galere",
            r"dernier jour",
            r"(dans|sous|de) (les )?(24|vingt quatre) ?(h|heures)",
            r"cloture\w*",
            r"se (clotur|ferm)\w*",
            r"coup(e|ee|es|ees|ure|er)",
            r"ne (repond|repondent|marche|marchent|fonctionne|fonctionnent|demarre|charge|s'ouvre|"
            r"s'allume|passe) (plus|pas)",
            r"a l'arret",
            r"(n'a|n'ont|n'est|ne sont) (pas|jamais) (livre|venu|venue|venus|arrive|arrivee|passe|"
            r"ouvert|ouverte|paye|verse)",
            r"demission\w*",
            r"lach\w*",
            r"laisse tomber",
            r"desist\w*",
            r"retir\w*",
            r"s'est (envole|renverse|effondre)",
            r"(ne |n')?(marche|marchent|fonctionne|fonctionnent|repond|repondent|demarre|"
            r"s'ouvre|s'allume|accede|accedons) (pas|plus" + NO_LONGER + ")",
            r"impossible (de|d')",
            r"(pas|plus) (d'acces|acces|de courant|d'eau|de chauffage|d'internet|de reseau)",
            r"sans (eau|electricite|courant|chauffage|internet|acces|cles)",
            r"panne",
            r"(j'en ai|on en a|nous en avons) besoin (pour|avant)",
            r"effondr\w*",
            r"coince",
            r"impossible de",
            r"ne demarre (pas|plus)",
            r"en rade",
            r"mort",
            r"cata(strophe)?",
            r"annule",
            # (not the verb: "sorry to bug u again", trial47)
            r"(?<!to )bug(?! (u|you|ya|ye|me|him|her|them|us)\b)",
            r"erreur",
            r"ne (marche|fonctionne) (toujours )?(pas|plus)",
            r"bloque",
            r"pirate",
            r"piratage",
            r"cyber ?attaque",
            r"attaque informatique",
            r"rancongiciel",
            r"fuite",
            r"virus",
            r"fraude",
            r"arnaque",
            THEFT,
            r"vole",
            r"inondation",
            r"inonde",
            # not the equipment named after it (« la centrale incendie affiche défaut »,
            # newcomer102: what is out of order is told as a breakage)
            r"(?<!centrale )(?<!alarme )(?<!alarmes )(?<!detecteur )(?<!detecteurs )(?<!porte )(?<!portes )"
            r"(?<!panneau )(?<!controle )(?<!normes )incendie",
            r"feu",
            r"fumee",
            r"blesse",
            ACCIDENT,
            FIREFIGHTERS,
            POLICE,
            r"huissier",
            r"mise en demeure",
            # mis dehors par le bailleur : « il change les serrures ce soir »
            r"(changer|change|changent|changera|changeront) (les|nos|toutes les) serrures",
            r"(nous|les) (mettre|met|mettra|mettent) (a la porte|dehors)",
            r"plainte",
            r"tribunal",
            r"avocat",
            r"juridique",
            r"cnil",
            r"urssaf",
            r"(declarations?|declaration prealable) (d'embauche|a l'embauche)",
            r"dpae",
            r"controle",
            r"inspect\w*",
            r"controleur",
            r"audit\w*",
            r"hopital",
            # not a clinic's name: « le centre d'urgences vétérinaires de Liège » (newcomer90)
            r"(?<!centre d')(?<!centre des )(?<!service d')(?<!service des )(?<!clinique d')"
            r"(?<!pole d')(?<!pole des )urgences(?! (veterinaires?|dentaires?|pediatriques?)\b)",
            r"penalite",
            r"amende",
            r"majoration",
            r"impaye",
            r"rejete",
            r"refuse",
            r"gele",
            r"paie",
            r"salaires?",
            r"date limite",
            r"delai",
            r"echeance",
            # une offre ou un droit qui tombe : « l'offre devient caduque demain »
            r"caduque?s?",
            # une réponse qu'un tiers exige pour l'heure dite : « ils demandent notre réponse
            # pour demain dix-sept heures » (newcomer45)
            r"(demande|demandent|attend|attendent|exige|exigent|reclame|reclament|veut|veulent) "
            r"(notre|votre|nos|vos|une|la) (reponse|retour|decision|signature|accord|validation)",
            r"ferme",
            r"fermeture du",
            r"expire",
            r"perdre",
            r"perd",
            # (not track lost: « avec toute l'affaire j'ai perdu le fil », newcomer90)
            r"perdu(?! (le fil|la tete|le nord)\b)",
            r"retire",
            r"reporte",
            r"annule",
            r"refus",
            r"manque",
            r"manquant",
            r"efface",
            r"supprime",
            r"disparu",
            r"vide",
            # « sinon on perd le créneau », not an alternative offered: « ou sinon en visio »,
            # « sinon propose-nous des créneaux », « sinon tu me dis » (newcomer54)
            # nor a new matter opened: « voilà et sinon on a 340 commandes » (newcomer78)
            r"(?<!\bou )(?<!\bet )(?<!voila )(?<!\bbon )sinon(?! (propose|proposez|proposes|dis|"
            r"dites|tu me dis|vous me dites|donne moi|donnez moi|appelle|appelez|rappelle|rappelez|ecris|ecrivez|envoie moi|envoyez moi|on en parle|"
            r"on se voit|on fait|on peut|en visio|par telephone|par visio|au telephone|demain|"
            r"lundi|mardi|mercredi|jeudi|vendredi|la semaine|tout|a part|pour le reste|rien|ca va|"
            # another time offered: « demain 10h si ça te va, sinon après 14h » (newcomer94)
            r"comment|apres|avant|vers|a \d|plus tard|le matin|l'apres midi|en fin|la veille|"
            r"le lendemain|\d)\b)",
            r"faute de",
            r"(maladie|declaration) (a declaration )?obligatoire",
            r"saisie (sur|conservatoire|attribution|administrative)",
            r"saisir (le|la|les|nos|notre|vos|votre)",
            # a threat said as a condition: « ils coupent la couverture demain si on renvoie
            # pas le formulaire », « si vous ne signez pas »
            # « si vous ne pouvez pas demain » is a choice of day, not a threat
            r"si (on|nous|vous|tu|je|j'|il|elle|ils|elles) (ne |n')?(?!(peux|peut|peuvent|pouvez|"
            r"pouvons|veux|veut|veulent|voulez|voulons|as|a|avez|avons|es|est|etes|sommes|sont|"
            r"arrive|arrivez|arrivons|trouve|trouvez|vois|voit|voyez|sais|sait|savez|aime|aimez|"
            r"preferes|prefere|preferez)\b)[a-z']+ (pas|rien|plus)",
            r"sans (le|la|les|l'|elle|lui|eux|ce|cette)",
            r"comite",
            r"commission",
            r"vote",
            r"votent",
            r"voter",
            r"personne (ne )?peut",
            r"degat",
        ),
        "quelque chose en jeu",
    ),
)

_PRIVATE_DETAILS = (
    r"(?:(mobile|phone|telephone|cell|home|private|personal)? ?(numbers?|addresses|address|"
    r"details|phone|mobile)|dates? of birth|diagnos\w*|reasons? for (the |their )?visit|"
    r"medical (notes?|records?|details|history)|numeros?|telephones?|portables?|adresses?|"
    r"dates? de naissance|motifs? de (la )?(consultation|visite)|coordonnees)"
)
"""Details of a person that strangers must not read (contact details, health): with
`HARM_NOW`'s data-exposed phrases."""


# Harm happening now: urgent whatever the clock says.
_HEATER = (
    r"(chauffage|chaudiere|poele|radiateur a gaz|chauffe eau|heater|heaters|boiler|furnace|"
    r"stove|gas fire|water heater|chauffage d'appoint|brasero)('s)?"
)
_UNWELL = (
    r"(mal (a|au) (la )?(tete|crane|coeur)|maux de tete|headaches?|head ?aches?|dizzy|dizziness|"
    r"light headed|lightheaded|vertiges?|nausee|nauseeux|nauseeuse|nauseous|nausea|somnolents?|"
    r"drowsy|vomi\w*|throwing up|malaises?|faint\w*|evanoui\w*|(feel|feels|feeling|felt|"
    r"a bit|are|is|got) (sick|ill))"
)
_NOT_MENDED = (
    r"( (?!(serviced|servicing|repaired|fixed|replaced|mended|repare|reparee|remplace|entretenu|"
    r"revise|last|yesterday|hier|plus|no longer|n'ont plus)\b)[a-z']+)"
)
"""A word between the heater and the signs, not one that tells it mended or past ("the
boiler was serviced last week, and I had a headache yesterday")."""
MONEY_TAKEN = (
    r"(someone|somebody|quelqu'un|un inconnu|une personne)( [a-z']+){0,3} (transferred|moved|"
    r"took|withdrew|wired|sent|a vire|a transfere|a retire|a preleve|a fait un virement de)"
    r"( [a-z0-9']+){0,4} (out of|from|de|du|depuis) (our|the|my|notre|le|mon|l')( [a-z]+){0,2} "
    r"(account|compte)|(none of us|nobody here|no one here|personne ici|aucun de nous) "
    r"(recogni[sz]es?|knows?|reconnait|connait) (it|this|the (payment|transfer|payee)|ce "
    r"(virement|paiement|prelevement))|(bank details|banking details|rib|iban|coordonnees "
    r"bancaires)( [a-z']+){0,3} (were|was|have been|has been|ont ete|a ete|got) (changed|"
    r"modified|updated|modifiees?|changees?)( [a-z']+){0,6} (by someone|by somebody|par "
    r"quelqu'un|in (your|my|our|his|her) name|en (ton|votre|mon|notre|son) nom|without (us|me)|"
    r"sans (nous|moi))"
)
"""Money taken by someone the client does not know, or the bank details its pay goes to changed
by an impostor: fraud going on now (trial46)."""
STRUCTURE_GIVING_WAY = (
    r"(echafaudage|scaffold\w*|mur|muret|wall|plafond|ceiling|toit|toiture|roof|poutre|beam|"
    r"arbre|tree|grue|crane|balcon|balcony|facade|cheminee|chimney|panneau|sign|enseigne|"
    r"auvent|awning|barriere|fence|rayonnage|racking|shelving)( [a-z']+){0,4} (penche|"
    r"penchent|is leaning|are leaning|leans|has shifted|se fissure|is cracking|bouge|is "
    r"moving|wobbles|is wobbling|se decroche|is coming away|coming loose|menace de tomber|"
    r"risque de tomber|va tomber|about to (fall|collapse|come down|give way)|could (fall|"
    r"collapse|come down) any)"
    # what a storm tore loose, hanging over where people pass: « des plaques de polycarbonate
    # qui pendent au-dessus de l'allée où passent les clients » (newcomer105)
    r"|(plaques?|panneaux?|toles?|tuiles?|vitres?|branches?|gouttieres?|sheets?|panels?|"
    r"tiles?|slates?|branch(es)?|gutters?|glass)( [a-z']+){0,4} (qui )?(pend|pendent|"
    r"pendouille(nt)?|hanging|dangling|hang|hangs) (au dessus|au dessus de|over|above|down "
    r"over|sur) (l'allee|le passage|le parking|la rue|le trottoir|l'entree|les clients|the "
    r"(aisle|walkway|path|car park|parking|street|pavement|sidewalk|entrance|door|customers|"
    r"public))"
)
"""A structure giving way where people are: « l'échafaudage penche depuis ce matin, les
enfants jouent en dessous » (trial46)."""

CARBON_MONOXIDE = (
    r"carbon monoxide|monoxyde( de carbone)?|(co|monoxide) (alarm|detector)s? (is |are |has |"
    r"have |went |keeps )?(going off|beeping|went off|goes off|sounding|triggered)|"
    rf"(detecteur|alarme) (de )?(co|monoxyde)|{_HEATER}{_NOT_MENDED}{{0,18}} {_UNWELL}|"
    rf"{_UNWELL}{_NOT_MENDED}{{0,18}} {_HEATER}"
)
"""A heater and people unwell, near each other; a carbon monoxide alarm (`HARM_NOW`, and
grave in `urgency`: no calm word makes it wait)."""

PERSON_MISSING = (
    r"(n'est|ne sont|n'etait|n'etaient|est|sont) (toujours |encore )?pas (rentree?s?|revenue?s?|"
    r"rentres|arrivee?s?) (chez (lui|elle|eux|soi)|a la maison|au domicile|a l'internat|au "
    r"foyer|a l'ecole|a la creche)|(hasn't|has not|haven't|have not|didn't|did not|never) "
    r"(come|came|got|gotten|made it|turned up|arrived)( back)? (home|to school|to the (home|"
    r"centre|center|hostel|nursery))(?! (for|in|since)\b)|(child|kid|pupil|student|boy|girl|toddler|baby|resident|"
    r"patient|learner|son|daughter|enfant|eleve|gamin|gamine|bambin|residente?|patiente?|"
    r"fils|fille|pensionnaire)( (?!(not|pas|never|jamais|isn't|wasn't|n'est)\b)[a-z0-9'-]+){0,4} "
    r"(is |are |has gone |have gone |went |est |"
    r"sont |a ete |is still |est toujours )?(missing|disparue?s?|introuvables?|unaccounted "
    r"for|nowhere to be found|a fugue|has run away|ran away)|(can't|cannot|couldn't|could not) "
    r"find (him|her|them) anywhere"
)
"""Someone in the client's care missing or not come home: « une élève n'est pas rentrée chez
elle après l'étude », "hasn't come home", "a resident is missing" (newcomer95)."""
FALL_FROM_HEIGHT = (
    r"(fell|fallen|falling|fall of|tombee?s?|chute( de)?) (about |around |roughly |nearly |some "
    r"|from |d'environ |de pres de |de |du haut de )?(\d+|one|two|three|four|five|six|un|deux|"
    r"trois|quatre|cinq|six)( and a half| et demi)? ?(metres?|meters?|m|feet|foot|ft|etages?|"
    r"floors?|storeys?|stories)\b|(fell|fallen|slipped|tombee?s?|glisse) (off|from|du haut "
    r"d[eu']|d'une|d'un|de l'|du|de la) ?(the |a |an )?(ladder|scaffold|scaffolding|roof|stage|"
    r"staging|platform|cherry picker|echelle|echafaudage|toit|toiture|nacelle|mezzanine|"
    r"passerelle)"
)
"""A fall from a height: "fell about two metres onto the hard", « tombé de l'échafaudage »
(newcomer96)."""
LOAD_HANGING = (
    r"((a|one|two|three|half a|\d+) (metres?|meters?|m|feet|foot) (up |off the ground )?|(still|"
    r"left|sat|sitting|hanging|stopped) (her |him |it |the boat )?(up )?)in the slings"
)
"""A boat or a load left in a hoist's slings mid-lift (newcomer96)."""
VESSEL_SINKING = (
    r"(bateau|voilier|navire|barque|canot|chalutier|peniche|vedette|yacht|boat|vessel|dinghy|"
    r"trawler|ketch|ferry|barge)( [a-z0-9'-]+){0,8} (qui )?(a coule|coule|sank|has sunk|sunk|"
    r"capsized|a chavire|chavire|a fait naufrage|is taking (on )?water|taking on water|prend "
    r"l'eau|is sinking|sinking)|(gasoil|gazole|fuel|diesel|oil|hydrocarbures?|mazout)( [a-z'-]+)"
    r"{0,3} (qui )?(part|partent|s'echappe|se repand|fuit|spreading|leaking|spilling|is in the "
    r"water|dans l'eau|dans le bassin|dans le port|vers (la sortie|l'entree))|irisation|oil "
    r"sheen|fuel spill"
)
"""A vessel sunk or taking water, fuel spreading in the water (newcomer96)."""
SOAKED = (
    r"(a|ont|avons|a bien|ont bien) pris l'eau|(books|volumes|archives|boxes|cartons|stock|"
    r"documents|files|paintings|prints|records|registers|livres|ouvrages|dossiers|tableaux|"
    r"registres|caisses|marchandises?)( [a-z0-9'-]+){0,3} (are |were |sont |ont ete )?(soaked|"
    r"sodden|drenched|waterlogged|trempee?s?|detrempee?s?|gorgee?s? d'eau|mouillee?s?)"
)
"""Goods or collections taken by water: « le fonds local a pris l'eau, trente volumes
trempés » (newcomer97)."""
MAIL_RECALL_FAILED = (
    r"(rappel|rappeler|recall|recalling|unsend|retirer)( [a-z']+){0,2} (mail|message|e-mail|"
    r"email|courriel)( [a-z']+){0,4}[^.?!]{0,20}(trop tard|too late|deja ouvert|already (opened|"
    r"read)|(ont|l'ont|have|had) (deja |already )?(ouvert|lu|opened|read))"
)
"""An email recalled too late: sent to the wrong people and already read (newcomer97)."""

ALLERGEN_UNDECLARED = (
    r"(aucune mention|pas de mention|sans (la )?mention|no mention( of)?|not (mentioned|listed|"
    r"declared|labelled|labeled)|undeclared|non declaree?s?)( [a-z']+){0,4} (des? |d'|of |the )?"
    r"(allergen|allergene|sesame|noisettes?|arachides?|cacahuetes?|peanuts?|nuts|gluten|lait|"
    r"milk|oeufs?|eggs?|soja|soy|moutarde|mustard|celeri|celery|crustaces|shellfish|fruits a "
    r"coque|tree nuts|lupin|sulfites?|almonds?|hazelnuts?|walnuts?|cashews?|pistachios?|"
    r"amandes?|noix|wheat|fish|poisson)\b|(allergens?|allergenes?)( [a-z0-9']+){0,5} (disent pas|ne "
    r"disent pas|don't say|doesn't say|do not say|does not say|don't mention|doesn't mention|"
    r"ne mentionnent pas|ne mentionne pas|don't list|doesn't list|are missing|is missing|"
    r"manquent|manque)\b"
)
"""Food on sale without its allergens declared: « aucune mention noisettes ni lait » on 180
bars in the shops, « les affiches allergènes disent pas sésame » (newcomer99)."""
HEAD_INJURY = (
    r"(coup de tete|coup a la tete|choc a la tete|cogne la tete|tape la tete|hit (his|her|their|"
    r"the) head|banged (his|her|their) head|bumped (his|her|their) head|knock(ed)? (to|on) (the|"
    r"his|her) head|head (injury|knock)|head on the)[^.?!]{0,160}\b(vomi|vomit|vomited|vomiting|"
    r"been sick|threw up|throwing up|dizzy|drowsy|confused|somnolent|vertiges?|mal au crane|mal a "
    r"la tete|headaches?|sleepy|blurred)\b"
)
"""A knock to the head followed by vomiting, dizziness or headache: concussion signs (« a pris
un coup de tête samedi … il a vomi », newcomer100)."""
ANIMAL_LOOSE = (
    r"(got out|gotten out|escaped|broke out|s'est echappee?|se sont echappee?s|s'est sauvee?|se "
    r"sont sauvee?s|sont sortie?s|est sortie?)( [a-z']+){0,8} (fence|gate|field|paddock|"
    r"enclosure|stable|box|cloture|barriere|enclos|pre|paddock|ecurie)[^.?!]{0,100}\b(road|"
    r"highway|motorway|freeway|route|nationale|autoroute|departementale)\b|(horses?|pony|ponies|"
    r"cows?|cattle|bull|sheep|cheval|chevaux|poneys?|vaches?|taureau|moutons?|brebis)"
    r"( [a-z']+){0,3} (loose|en liberte|in the road|on the road|sur la route|on the highway)\b"
)
"""Animals loose on a road: "Biscuit's got out through the gap in the road fence again, he's
out on the Melba Highway" (newcomer100)."""
LIFT_TILTED = (
    r"(hoist|car lift|vehicle lift|two post|four post|pont elevateur|pont|elevateur)"
    r"( [a-z0-9'-]+){0,6} (came down crooked|crooked|tilted|tilting|lopsided|on a tilt|at an "
    r"angle|de travers|penche|penchee|bascule|won't (go|come) down|will not (go|come) down|won't "
    r"lower|will not lower|ne (re)?descend (plus|pas))\b"
)
"""A vehicle lift tilted or stuck with a vehicle on it (newcomer98)."""
OVERDUE = (
    r"(repond pas|repond plus|not answering|isn't answering|no answer|not picking up|injoignable|"
    r"unreachable|can't reach|cannot reach|apparait plus|disappeared|no signal)"
    r".{0,160}(should have|should've|devrait etre|devraient etre|aurait du etre|auraient du "
    r"etre|devait etre) (arrive|arrivee|arrives|arrived|back|rentre|rentree|rentres|la|there)"
    r"( [a-z']+){0,2} (depuis (longtemps|une heure|deux heures|\d)|long ago|ages ago|an hour ago|"
    r"hours ago|by now)|(should have|should've|devrait etre|aurait du etre) (arrive|arrivee|"
    r"arrived|back|rentre|rentree|there)( [a-z']+){0,2} (depuis (longtemps|une heure|deux "
    r"heures|\d)|long ago|ages ago|an hour ago|hours ago|by now).{0,160}(repond pas|repond plus|"
    r"not answering|isn't answering|no answer|not picking up|injoignable|unreachable|can't "
    r"reach|cannot reach|apparait plus|no signal)"
)
"""A driver or a vehicle long overdue and out of reach (« il répond pas … il devrait être
arrivé depuis longtemps », newcomer98)."""
CONTAMINATED_SHIPPED = (
    r"(positif|positive|positifs|positives|contamine|contaminee|contaminated)"
    r"[^.?!]{0,120}\b(deja|already) (pompe|pumped|melange|mixed|expedie|expedies|expediee?s|"
    r"shipped|livre|livres|delivered|en rayon|on the shelves|vendu|vendus|sold|dans la cuve|in "
    r"the tank)"
)
"""A positive test on what is already mixed in or shipped: « test antibiotiques positif … le
camion avait déjà pompé dans la cuve » (newcomer99)."""

DEVICE_STOLEN = (
    r"(voler|vole|volee|stolen|stole|nicked|pinched|swiped)( (son|sa|ses|mon|ma|mes|notre|nos|"
    r"leur|a|an|the|his|her|their|my|our|un|une|le|la))?( [a-z']+){0,2} (gsm|telephone|"
    r"portable|phone|mobile|laptop|ordinateur|ordi|tablette|tablet|ipad)[^.?!]{0,120}\b("
    r"connecte|connectee|logged in|signed in|still logged|with access|avec acces|donnees|data|"
    r"adresses|addresses|dossiers|records|fiches|patients)\b|(gsm|telephone|portable|phone|"
    r"mobile|laptop|ordinateur|ordi|tablette|tablet|ipad)( [a-z']+){0,2} (was |has been |got |"
    r"had been |a ete )?(stolen|nicked|pinched|swiped|volee?)\b[^.?!]{0,120}\b(connecte|"
    r"connectee|logged in|signed in|still logged|with access|avec acces|donnees|data|adresses|"
    r"addresses|dossiers|records|fiches|patients)\b"
)
"""A device stolen while it holds or reaches clients' data: « un chauffeur s'est fait voler
son GSM, l'app était connectée avec les adresses clients » (newcomer98)."""

HARM_NOW = cues(
    (
        phrases(
            r"hacked",
            MONEY_TAKEN,
            STRUCTURE_GIVING_WAY,
            # people left without the care they wait for: "four clients without a visit this
            # morning", "residents haven't had their meds" (newcomer89)
            r"(clients|residents|patients|service users|people|client|resident|patient)( [a-z0-9']+)"
            r"{0,2} (without|with no|haven't had|have not had|hasn't had|has not had|not had|"
            r"missed) (a |an |their |his |her |any )?(visit|visits|call|calls|care|meds|"
            r"medication|insulin|breakfast|carer)\b",
            # a stranger at the computers, posing as their support: "said he was from the IT
            # company … plugged a USB stick into the reception PC", « un type qui se disait de
            # chez l'informaticien a branché une clé USB » (newcomer41)
            r"(said|saying|claimed|claiming|pretended|pretending|posing as|posed as|se disait|"
            r"se disant|pretendait|pretendant|s'est presente|se faisait passer pour|a dit qu'il "
            r"(etait|venait))( [a-z']+){0,3} (from|de chez|de la part de|de|du|pour) (the |our |"
            r"your |l'|le |la |un |une )?(it|i t|tech|computer|microsoft|maintenance|support|"
            r"informaticien|informatique|technicien|prestataire|helpdesk|help desk)"
            r"[a-z' .]{0,150}\b(plugged|branche|branchee|usb|installed|installe|went (round|on|"
            r"through) (the|all|our|every)|logged (on|in|into)|s'est connecte|a touche|passe sur)",
            # someone listening on the network: « un membre renifle le réseau avec un
            # logiciel », "someone is sniffing our wifi traffic" (newcomer31)
            r"(sniff\w*|renifl\w*|espionn\w*|intercept\w*)( [a-z']+){0,2} (le |the |our |notre |"
            r"nos )?(reseau|network|wifi|wi fi|traffic|trafic|paquets|packets)",
            # someone else at the bank account: "someones tryin to set up a new payee on the
            # band account" (newcomer31), « quelqu'un a essayé d'ajouter un bénéficiaire »
            r"(someone|somebody|someones|somebodys|quelqu'un)( is|'s| s| was| has been| a)? "
            r"(trying|tryin|tried|attempting|attempted|essaie|essaye) (to |d'|de )?(set up|setup|"
            r"add|create|change|ajouter|creer|modifier)( a| an| un)? (new )?(payee|beneficiaire|"
            r"bank details|rib|iban|direct debit)",
            # a password or key shown to anyone: « le mot de passe admin affiché en clair sur la
            # page d'accueil », "the API key is visible on the public page"
            r"(mot de passe|mots de passe|password|passwords|identifiants|credentials|api key|"
            r"cle api|cle d'api|secret key)( [a-z']+){0,5} (soit |est |is |are |sont )?(affiche|"
            r"affiches|affichee|affichees|visible|visibles|shown|displayed|exposed|expose|"
            r"exposes|shows|showing|appears|appearing|s'affiche|apparait)( [a-z']+){0,3} "
            r"(en clair|in (plain|clear) ?text|publicly|to everyone|a tout"
            r" le monde|sur (la|le|les) (page|site|ecran)|on the (home ?page|website|site|public))",
            # a device or its power giving off smoke or heat: « la batterie a commencé à
            # fumer pendant la charge », « ça sent le chaud dans le placard du serveur »
            r"(batterie|batteries|battery|batteries|chargeur|charger|prise|multiprise|socket|"
            r"plug|cable|cables|serveur|server|onduleur|ups|tableau electrique|fuse box|"
            r"compteur|radiateur|heater)( [a-z']+){0,5} (a commence a |started |starts |is |are |"
            r"began )?(fumer|fume|fumait|smoking|smoked|surchauff\w*|overheat\w*|melting|melted|"
            r"fondu|fondre|prend feu|caught fire|sparking|sparked|crepite|gresille)",
            r"(ca |il |elle )?sent (un peu |fort )?(le chaud|le brule|le grille|le crame|le "
            r"plastique brule)|smells? (of )?(burning|hot plastic|smoke)|burning smell|odeur de "
            r"(brule|chaud|plastique brule|fumee)",
            r"defaced",
            r"compromised",
            r"cyber ?attack\w*",
            r"vandali\w*",
            # (not the paperwork about one: "the template for the data breach log", newcomer71)
            r"data (breach|leak)(?! (log|register|policy|procedure|procedures|template|plan|"
            r"response plan|training|form|forms|checklist|notification template|drill))",
            r"(emailed|sent|posted|published|leaked|(she|he|they|someone|somebody) (email|send|"
            r"mail)) [a-z' ]{0,40}(donor|client|member|patient|student|personal|private|"
            r"confidential) [a-z ]{0,20}(list|data|records|details|file)",
            r"breach(?! (log|register|policy|procedure|procedures|template|plan|response plan|"
            r"training|form|forms|checklist|drill))",
            r"ransomware",
            r"flood(ed|ing)?",
            r"water (leak|damage|is coming)",
            # « l'eau coule de chez Mme Girard », « de l'eau coule du plafond »
            r"(l'|de l')eau (qui )?(coule|fuit|ruisselle|goutte) (de|du|des|par|dans|sous|sur)",
            r"on fire",
            # a fire told where it is or as it started: "fire in the kitchen, everyone out",
            # "the dryer caught fire", « le feu a pris en cuisine », « un incendie s'est déclaré
            # dans l'entrepôt »
            # (not one told as past: "we had a small fire in the wash bay yesterday"; nor a
            # figure of speech: "put out every other fire in the cluster", realtext25)
            r"(?<!had a )(?<!had a small )(?<!had a big )(?<!was a )(?<!was a small )"
            r"(?<!was a big )(?<!had )(?<!other )(?<!every )(?<!out )(?<!out the )(?<!out a )"
            r"(?<!many )(?<!fight )(?<!fighting )(a |there's a |there is a |big |small )?fire "
            r"(in|at|on) (the|our|my|your|their|his|her) [a-z]+",
            r"(caught|catching|catches) fire",
            r"fire (broke|has broken|is spreading|spread)",
            r"(le )?feu (a pris|prend|a demarre|s'est declare|s'est propage|se propage)",
            r"(il y a le|y a le|il y a un|y a un|un) (debut de )?feu (dans|a la|au|en|chez)",
            r"(un )?(debut d')?incendie (s'est declare|a pris|dans (la|le|l'|notre|nos)|a (la|l')|"
            r"au|en cours)",
            r"(les pompiers|the fire brigade|the firefighters|firefighters) (sont|is|are) (la|sur "
            r"place|en route|here|on (the|their) way|on site)",
            # (a fire marshal is an inspector, who visits: `urgency._OFFICIAL`; newcomer57)
            r"fire (department|alarm)(?! (test|tests|testing|drill|drills|check|checks|"
            r"inspection|service|servicing|maintenance|was tested|went ahead|cause|was re tested|"
            r"re tested|retested|certificate|certificates|design|drawings|layout))",
            r"gas leak",
            # carbon monoxide said by its signs: a heater and people with headaches or dizzy,
            # « le chauffage au gaz fait un drôle de bruit et les gamins ont mal à la tête »,
            # "the heater in the hall is making the kids dizzy" (trial45)
            CARBON_MONOXIDE,
            # any fluid escaping where it should not, not water and gas only: "oil running down
            # the tower", "glycol leaking under the heat pump", "a coolant leak" (newcomer66)
            r"(oil|glycol|fuel|diesel|petrol|coolant|refrigerant|antifreeze|hydraulic fluid|"
            r"acid|chemicals?|sewage|steam)( [a-z']+){0,2} (is |are |was |has been )?(leak(s|ed|"
            r"ing)?|running down|dripping|pouring|spilling|spilt|spilled|coming out|escaping|"
            r"seeping)\b",
            r"(leak(s|ed|ing)?|spill(s|ed|ing)?|spilt) (of )?(oil|glycol|fuel|diesel|petrol|"
            r"coolant|refrigerant|antifreeze|hydraulic fluid|acid|chemicals?|sewage|steam)\b",
            r"(oil|glycol|fuel|diesel|coolant|refrigerant|sewage|chemical) (leak|spill)\b",
            r"(smell|smells|smelling) (of )?gas",
            r"gas (smell|odou?r)",
            r"evacuat\w*",
            r"(roof|ceiling|pipe|pipes) (is |are )?(leaking|collapsing|burst)",
            r"leaking (onto|into|through)",
            r"power (is )?(out|cut)",
            r"power outage",
            # the supply cut told as an event, and what keeps cold warming (trial32 §2: "the
            # electricity was cut at the workshop, the freezers … are warming up")
            r"(power|electricity|the power|the electricity|the mains)('s| is| was| has been| got| "
            r"went| has gone)( just)? (cut|cut off|off|out|down)\b",
            r"(power|electricity|mains) (cut|failure|outage|went off|went out)",
            r"(fridge|fridges|freezer|freezers|chiller|chillers|cold room|cold store|walk-in|"
            r"frigo|frigos|congelateur|congelateurs|chambre froide|chambres froides|vitrine "
            r"refrigeree)( [a-z',-]+){0,8} (is |are |'s |'re |est |sont )?(warming up|getting warm|"
            r"defrosting|thawing|melting|remonte en temperature|remontent en temperature|monte en "
            r"temperature|montent en temperature|se rechauffe|se rechauffent|decongele|decongelent|"
            r"en train de (decongeler|chauffer))",
            # (not a claim's kind: "LETTER OF CLAIM – Personal Injury", newcomer100)
            r"(?<!personal )injur(ed|y)(?! (claim|claims|solicitors?|lawyers?|law|case|cases))",
            r"hurt",
            r"fell (off|down|from)",
            # "at the er the staff rota": in a transcript "er" is mostly a hesitation.
            r"(to|in|at) the (hospital|emergency room|a&e|er(?= (now|right now|with|tonight|"
            r"because|after|since|and they|and she|and he)\b| ?$| \.))",
            ACCIDENT,
            # (not a vehicle owned: « le camion ambulance il est à qui dans la valorisation »)
            r"(?<!camion )(?<!vehicule )(?<!van )ambulance",
            # not the police asking for footage or a statement (newcomer41: "the police asked
            # us for footage from last Sunday")
            POLICE + _ASKING_FOR_RECORDS,
            r"evict(ed|ion)",
            r"burglar\w*",
            r"suspicious (transfer|payment|charge|login|activity|wire)",
            r"(unauthori[sz]ed|fraudulent) (transfer|payment|charge|login|access|wire|withdrawal)",
            r"(none of us|nobody|no one) authori[sz]ed",
            # ("her" alone, not "her passport")
            r"(can't|cannot|couldn't|nobody can|no one can) (find|locate) (him|them|"
            r"her(?= ?($|[.,!?]| anywhere| since| for| at))|the (child|kid|boy|girl|student))",
            # someone out of reach for a while, not a colleague away on a trip ("Claire is
            # travelling this week and I can't reach her", newcomer86)
            r"(can't|cannot|couldn't|nobody can|no one can) reach (the (child|kid|boy|girl|"
            r"student)|(him|them|her) (anywhere|at all|since|all (day|morning|night|afternoon|"
            r"evening)|for (hours|two hours|three hours|a day|two days)))",
            r"(never|wasn't|weren't) (got )?picked up",
            r"missing (child|kid|person|student|boy|girl)",
            r"(took|taken|grabbed|stole|stolen) (the|our) (cash|money|till|laptop|laptops|phone|"
            r"wallet|cash box|van|car)",
            r"just (suspended|revoked|froze|frozen|withdrew|pulled out|rejected|denied|terminated|"
            r"evicted|shut)",
            # (not the insurance file of one: "the van break-in claim", newcomer101)
            r"break in(?! (claims?|case|file|report|paperwork|payout|excess))",
            r"broken into",
            # a break-in told by its traces: "the back door was forced and the safe is gone",
            # « la porte a été forcée »
            r"(door|doors|window|lock|locks|shutter|gate|porte|portes|fenetre|serrure|rideau)"
            r"( [a-z']+){0,2} (was|were|has been|have been|a ete|ont ete|est|sont) (forced|"
            r"jemmied|smashed|kicked in|forcee?s?|fracturee?s?)",
            r"(someone|somebody|they|thieves|burglars|quelqu'un|des voleurs|ils) (forced|jemmied|"
            r"smashed|kicked in|ont force|a force|ont fracture|a fracture) (the|our|a|la|le|les|"
            r"notre|nos)",
            r"(the|our) (safe|till|tills|cash box|cash register|strongbox) (is|are|was|were|has "
            r"been|have been) (gone|missing|stolen|empty|emptied)",
            r"(le|la|notre) (coffre|coffre fort|caisse|tiroir caisse) (a ete |est |a )?(vole|"
            r"disparu|vide|videe|embarque)",
            r"alarm (is )?going off",
            r"alarm( [a-z]+){0,3} (is |are |keeps |has been )?(going off|went off|sounding|ringing|"
            r"beeping|won't stop)",
            # "the fridge alarm is going (again)": British for sounding, not "going to be tested"
            r"alarm (is|keeps|has been|was) going(?! to| ahead| forward| well)\b",
            # someone who has left still inside: "a manager we let go last week logged in last
            # night", "he resigned on Friday and still has his login"
            r"(fired|dismissed|sacked|let go|laid off|resigned|quit|walked out|left( us| the "
            r"(company|firm|practice|office))?)( [a-z']+){0,8} (still (has|have|had) (his|her|their|"
            r"an?|the) (access|login|logins|password|passwords|keys|account|vpn|email)|(logged|"
            r"signed|got) (in|on|into)|accessed|used (his|her|their) (login|password|account|"
            r"access))",
            r"(site|website) (is )?down",
            # a hole that lets anyone into others' accounts: « une faille de sécurité majeure
            # permettant de se connecter aux comptes d'autres utilisateurs » (realtext39)
            r"(faille|vulnerabilite|breche) (de securite )?[a-z ]{0,20}(permettant|qui permet) (de "
            r"|d')?(se connecter|acceder|lire|voir|modifier|recuperer)( [a-z']+){0,3} (aux|a|les|"
            r"des) (comptes|donnees|mots de passe|fichiers)",
            r"(vulnerability|security hole|security flaw|exploit|bug) (that |which )?(allows|lets|"
            r"letting|allowing) (anyone|anybody|attackers?|users?|people|me)( [a-z']+){0,3} to "
            r"(log ?in|sign in|access|read|see|view|take over)( [a-z']+){0,2} (other|others'|any|"
            r"another|someone else's)",
            # something heavy hanging loose over where people pass: "two are sort of hanging on
            # the gutter right above the front door where the kids go in and out" (newcomer91),
            # « des tuiles menacent de tomber sur le trottoir »
            # (come loose first: not "the christmas lights are hanging over the front door")
            r"(slipped|come off|came off|come loose|came loose|blown off|blew off|blown down|blew "
            r"down|fallen|fell|broken|broke|snapped|cracked|loose|came away|come away)( [a-z']+)"
            r"{0,25} (hanging|dangling|swinging|resting|sitting|lodged|stuck|perched|about to (fall|"
            r"come down)|could (fall|come down)|"
            # ("one of the panels … has slipped and is now resting on the gutter, directly above
            # the main entrance", newcomer92)
            r"might (fall|come down))( [a-z']+){0,6} (right |directly |just )?(above|over|onto|"
            r"on to) (the "
            r"|a |our |my )?(front |back |main )?(door|entrance|doorway|path|pavement|sidewalk|"
            r"street|road|playground|car park|drive|driveway|people|kids|children)",
            r"(menace|menacent|risque|risquent) de (tomber|s'effondrer|se decrocher)( [a-z']+){0,4}"
            r" (sur|dans) (la|le|les|l') ?(rue|trottoir|passage|porte|entree|cour|parking|gens|"
            r"enfants|passants)",
            # A site that does not come up for anyone: "the domain isnt loading" (realtext38),
            # "the website won't load", "our shop isn't opening"; not one thing it fails to
            # show ("the app won't open the pdf": a bug, `cues.STAKE` reads it)
            r"(sites?|website|web site|domain|homepage|home page|webshop|web shop|online shop|"
            r"e-shop|shop|store|portal|intranet|extranet|checkout|booking page|login page|"
            r"server|servers)(?! (views|visits|traffic|numbers|figures|sales|revenue|stats))"
            r"( [a-z']+){0,2} (isn't|is not|aren't|are not|won't|will not|doesn't|does not|"
            r"has stopped|have stopped|stopped|still not|not) (loading|load|resolving|resolve|"
            r"opening|open|coming up|come up|responding|respond)(?! (the|a|an|my|our|any|some|"
            r"this|that|these|those|pdf|files?|images?|pictures?|photos?)\b)",
            r"(sites?|website|domain|homepage|shop|store|portal|server|servers) (is |are |has "
            r"been |have been )?(unreachable|inaccessible|not reachable|not resolving)",
            # the thing named, then said down with "it": "Can you check the site again? It's
            # offline." (realtext38)
            r"(sites?|website|domain|homepage|home page|webshop|shop|store|portal|intranet|"
            r"checkout|booking page|server|app|system|platform)\b[^.?!]{0,60}?( [.?!;])? (it's|it is|"
            r"it has been|it's been|it went|it seems to be|it appears to be|it looks) (down(?! to\b)|off ?"
            r"line|unreachable|not loading|not working|dead)" + _NOT_A_FIGURE,
            # a trouble going on for hours: "I have been experiencing this issue for many hours"
            # (realtext38), « on a ce souci depuis des heures »
            r"(experienc\w*|having|had|facing|getting|seeing|hitting|stuck with) (this|that|the|"
            r"an?|the same|same|these|those) (issue|problem|error|outage|bug|fault)s? (for|since) "
            r"(many |several |a few |the (last|past) (few )?|two |three |four |five |six |\d+ )?"
            r"(hours|hrs)",
            r"(ce|le|un|cet|cette|la|meme) (probleme|souci|bug|bogue|incident|dysfonctionnement|"
            r"panne|erreur)( [a-z']+){0,3} depuis (des|plusieurs|quelques|deux|trois|quatre|cinq|"
            r"six|\d+) (heures|h)\b",
            # A station off air now: « on est hors antenne depuis six heures », "we've been off
            # air since 6am" (newcomer27); not "off air for the Christmas break"
            r"(off (the )?air|dead air|hors antenne) (since|depuis|right now|now|maintenant)",
            r"(we're|we are|we've been|we have been|on est|nous sommes|on est toujours) "
            # ("we're off air on FM across the north", newcomer37; not a closure planned)
            r"(off (the )?air|hors antenne)(?! (for|over|during|pendant|pour) (the |les |la )?"
            r"(christmas|holidays?|break|weekend|night|maintenance|fetes|vacances|nuit))",
            # Told with a hedge: "the website seems to be down", "the app appears to be broken".
            r"(site|website|server|system|app|page|portal|shop|store|checkout|email|internet)"
            r"( [a-z']+){0,2} (seems|seem|appears|appear|looks) (to be |to have )?(down|off ?line|"
            r"broken|crashed|gone)",
            r"(server|servers|system|site|website|network|till|tills|computer|database|app|"
            r"checkout|crm) (just |has |have )?(crashed|died|went down|is dead|are dead)",
            # Dead, bust, given up, said of what the business runs on ("phones dead",
            # "tills r kaput", "the card machine has given up"): not "my phone is dead".
            r"(?<!my )(?<!ma )(phones?|phone lines?|lines|tills?|card (machine|reader|terminal)s?|"
            r"(payment |card )?terminals?|pos|network|internet|wifi|broadband|server|servers|"
            r"printers?|scanners?|computers?|pcs|system|router|cards)( [a-z']+){0,2} (is |are |r "
            r"|has |have |went |all )?(dead|kaput|bust|fried|given up|gave up|packed up|"
            r"died)(?! (battery|batteries|link|links|pixel|pixels|zone|end))",
            r"dead in the water",
            r"dead as a dodo",
            r"on the fritz",
            r"(checkout|payments?|shop|store|booking|bookings|login|portal|app|api|crm|email|"
            r"emails|server|servers|network|internet|wifi|phones?|phone lines?|till|tills|prod|"
            r"production|terminals?|card (machine|reader)s?|pos|paypoint|scanners?|printers?)"
            r"(?! (views|visits|numbers|figures|sales|revenue|traffic|volumes?|"
            r"takings|rates|stats))( [a-z']+){0,2} (is |are |has been |have been |went |goes )?"
            r"(down|off ?line)" + _NOT_A_FIGURE,
            # What a visitor fills in or signs into, down as a whole: "the donation form is
            # down" (no word between: "page views are down" is a figure, not an outage).
            r"(form|forms|portal|platform|intranet|extranet|vpn|ticketing|webshop|e-shop|"
            r"online shop|checkout page|booking page|signup page|sign-up page|donation page|"
            r"login page|members' area|members area|member area) (is |are |has been |have been "
            r"|went |goes )?(down|off ?line)" + _NOT_A_FIGURE,
            r"(lost|deleted|wiped|erased) (all|everything|all of)( the| our| my)? ?(files|data|emails|"
            r"orders|photos|records|work|documents|bookings|contacts)",
            r"(sites?|website|servers?|systems?|email|portal|page)(?! (views|visits|traffic|"
            r"numbers|figures|sales|revenue|stats))( [a-z']+){0,3} (is |are |has been |have been |"
            r"went )(down|off ?line|crashed|not working|broken)" + _NOT_A_FIGURE,
            # what the monitoring shows: "the SCADA's showing all three sites as offline"
            # (newcomer30 so-14)
            r"(showing|shows|flags|flagging) (all |both )?((?!(and|or|et|ou) )[a-z0-9']+ ){0,3}"
            r"(as (off ?line|down|not responding|unreachable)|off ?line|not responding|"
            r"unreachable)(?! (for|during) )",
            r"(website|page|site|server|system|app) (is |has been |went )?(down|off ?line|throwing "
            r"an error|crashed)",
            # Errors shown to every visitor: "the donation form has been throwing errors since
            # noon", "checkout keeps giving an error".
            r"(form|forms|page|pages|site|website|checkout|portal|app|till|tills|server|system|"
            r"payment|payments|login|booking|bookings) (has been |have been |is |are |keeps |keep "
            r"|started |starts )?(throwing|giving|returning|showing) (errors|an error|error "
            r"messages|error pages|500 errors|a 500|a 404)",
            r"shut (us |it |the [a-z ]{1,30})?down",
            r"bailiff",
            # proceedings brought against the client (trial32 §14: "we were served with a
            # lawsuit this morning" was not urgent; SPEC §5 names legal risk)
            r"(served|been served|were served|was served|got served|just got served) (with )?(a |"
            r"the |court |legal )?(lawsuit|summons|writ|claim|court papers|papers|legal papers|"
            r"proceedings|complaint)",
            # (no "'s suing": a phrase that starts with an apostrophe has no word gate, and
            # its table is then searched whole in every text; "suing us" reads it anyway)
            r"(is|are|has|have) (suing|sued|taking (us|me) to court)|(suing|sue) (us|me)\b",
            r"(filed|brought|issued|lodged) (a )?(lawsuit|claim|proceedings|complaint) against (us|"
            r"me|the (company|firm|charity|practice|club|association))",
            r"(summons|summoned) to (appear|court)|(a|the) summons",
            # A site sending its visitors to a casino or a scam has been hacked.
            r"(redirects?|redirecting|redirected|sends? (people|visitors|users)) (to|towards) "
            r"[a-z' ]{0,25}(casino|porn|scam|spam|gambling|betting|viagra|pharmacy|crypto|"
            r"phishing|malware)",
            # or shows what an intruder put there: « la page d'accueil affiche une publicité
            # pour un casino en ligne », "the homepage shows viagra ads"
            r"(page|site|website|homepage|home page|accueil)[a-z' ,]{0,60} (affiche|affichent|"
            r"montre|shows|is showing|displays|is displaying)[a-z' ,]{0,80}(casino|porn|porno|"
            r"viagra|gambling|betting|paris sportifs|crypto|pirate|hacked)",
            r"stolen",
            r"fraud",
            # Customers charged more than once: "donors are being charged twice", « les dons
            # sont débités deux ou trois fois ».
            r"(charged|billed|debited|taken) (twice|two or three times|three times|multiple "
            r"times|several times|more than once|double)",
            r"double[- ]?(charged|charging|billed|billing|debited)",
            r"(debites?|debitees?|preleves?|prelevees?|factures?|facturees?|encaisses?|"
            r"encaissees?) (deux|trois|plusieurs|deux ou trois) fois",
            r"(debit|prelevement|paiement)s? en double",
            # Errors shown by what visitors fill in, in French: « la page de dons affiche une
            # erreur », « le formulaire renvoie une erreur 500 ».
            r"(formulaire|page|site|paiement|caisse|appli|application|boutique|portail|panier)"
            r"( [a-z']+){0,6} (affiche|affichent|renvoie|renvoient|donne|donnent|met|mettent)"
            r" (une |des |un message d'|des messages d')?erreurs?",
            # What it costs is said, going on now: "staff unpaid", "still losing sales",
            # « on perd des ventes », "no bookings coming in since last night".
            r"(staff|employees|team|workers|drivers|nurses|carers|salaries|wages)( are| were| "
            r"will be| won't be| not)? (unpaid|not (been )?paid)",
            r"(still |we're |we are |we keep |keep )?losing (sales|money|orders|bookings|"
            r"customers|clients|donations|revenue|business)",
            r"(on|nous) (perd|perdons) (des|de l'|de|nos) ?(ventes|argent|commandes|clients|"
            r"reservations|dons|chiffre)",
            r"no (new )?(bookings|orders|reservations|sales|payments|donations|enquiries)( are)?"
            r"( coming| come) (in|through)",
            r"(plus )?aucune? (reservation|commande|vente|inscription|paiement|don)s? (qui )?"
            r"(ne )?(rentre|arrive|passe)",
            # A device or app stuck where it is needed: "froze mid surgery", "POS is bricked",
            # "the screens just show a spinning wheel", « la caisse est figée ».
            r"(app|application|system|software|screen|screens|computer|computers|pc|pcs|till|"
            r"tills|pos|terminal|monitor|server|tablet|tablets|laptop|printer|scanner)( [a-z']+)"
            r"{0,3} (froze|is frozen|are frozen|has frozen|keeps freezing|is bricked|bricked|"
            r"won't boot|will not boot|won't start|is stuck|are stuck|just show(s)? a spinning|"
            # "the check-in app keeps logging out on two of the ipads" (newcomer50)
            r"keeps (logging|signing|kicking) (us |me |people |everyone |users |staff )?out|"
            r"keeps crashing|keeps restarting|keeps hanging|keeps freezing)",
            # « la caisse … il arrête pas de planter quand on scanne » (newcomer70): a crash
            # again and again, whatever the device is called
            r"(n'|n )?arrete(nt)? pas de (planter|bugger|beuguer|bugguer|crasher|freezer|redemarrer|"
            r"se bloquer|se figer|s'eteindre|nous deconnecter|deconnecter)",
            r"(keeps|kept|keep) (crashing|freezing|hanging|restarting|rebooting|shutting down|"
            r"logging (us|me|people|everyone) out)( [a-z']+){0,4} (when|whenever|every time|each "
            r"time|during|while)",
            r"spinning wheel",
            # stuck on a screen: "the tills are showing a message about an update and they
            # won't go past it", « les caisses restent bloquées sur la mise à jour » (newcomer41)
            r"(won't|wont|will not|can't|cannot|doesn't|does not|don't|do not) (go|get|move) "
            r"(past|beyond) (it|this|that|the (screen|message|update|logo|login|loading))",
            r"(stuck|frozen|hanging) (on|at) (the |an |a )?(update|updating|loading|logo|boot|"
            r"startup|start up|restart|black|blue|white|error) ?(screen|message|page|bar)?",
            r"(reste|restent|restee|restees|est|sont) (bloque|bloques|bloquee|bloquees|fige|figee|"
            r"figes|figees) sur (la |l'|une |un |le |l'ecran (de |d')?)?(mise a jour|"
            r"chargement|logo|demarrage|ecran noir|ecran bleu|message d'erreur)",
            r"(caisse|logiciel|ecran|ecrans|ordinateur|ordinateurs|pc|application|appli|terminal|"
            r"tablette|serveur|systeme)( [a-z']+){0,3} (est |sont )?(fige|figee|figes|figees|"
            r"gele|gelee|geles|bloque sur|bloquee sur)",
            r"tourne dans le vide",
            # A device that will not start again, said plainly: « la trayeuse redémarre plus »,
            # « la caisse ne s'allume plus » (not a person: « il répond plus »).
            r"(machine|trayeuse|caisse|caisses|terminal|tpe|ordinateur|ordi|pc|serveur|box|"
            r"routeur|imprimante|telephone|standard|appli|application|logiciel|systeme|camera|"
            r"cameras|alarme|portail|badgeuse|borne|bornes|frigo|chambre froide|congelateur|"
            r"chaudiere|pompe)( [a-z']+){0,3} (ne |n')?(redemarre|demarre|s'allume|se lance|"
            r"s'ouvre|repond|charge|se connecte|imprime|marche|fonctionne) plus",
            r"(cartes?|cb|cheques?|tickets?|titres?|paiements?|badges?) ([a-z']+ ){0,3}"
            r"(refuses?|refusees?|rejetes?|rejetees?) (partout|systematiquement|a chaque fois)",
            r"(cards?|payments?|vouchers?|badges?) ([a-z']+ ){0,3}(declined|refused|rejected) "
            r"(everywhere|every time|each time|across the board)",
            # every buyer turned away at the till: "the card payment thing on the website has
            # been saying declined for everyone since lunchtime" (newcomer80), « les paiements
            # sont refusés pour tous les clients »
            r"(cards?|payments?|checkout|paiements?|cb|cartes?)( [a-z']+){0,8} (declined|refused|"
            r"rejected|failing|fails|failed|refuses?|refusees?|rejetes?|rejetees?|echouent) "
            r"(for|to|pour|a) (everyone|everybody|every (customer|client|buyer|guest|one)|all "
            r"(the |our |of our )?(customers|clients|buyers|guests|users)|tout le monde|tous (les|"
            r"nos) (clients|acheteurs|adherents|membres))",
            r"(completement |totalement )?dans les choux",
            # Personal or confidential figures sent to the other side of a dispute.
            r"(to|with) (the )?(opposing|other side's|other party's) (counsel|lawyer|solicitor|"
            r"party|side)",
            r"(a|au|aux) (l'avocat|avocat) (de la partie adverse|adverse)|a la partie adverse",
            # A hacked site or mailbox: casino pages shown, spam sent to everyone.
            r"(shows|showing|displays|displaying) (a |an )?[a-z' ]{0,15}(casino|porn|scam|gambling|"
            r"viagra|crypto)",
            # mail or pages of theirs sending people elsewhere: "the booking email has a link to
            # some pharmacy site that's definitely not us" (newcomer80)
            r"(links?|redirects?|redirecting|redirige|lien|liens) (to |vers )?(a |an |some |un |une |"
            r"des )?(kind of |sort of |genre de )?(casino|porn|scam|gambling|pharmacy|viagra|"
            r"pharmacie|phishing|hameconnage)",
            r"(email|e-mail|account|mailbox|address|inbox)('s)?( [a-z']+){0,2} (is |has been |keeps |"
            r"started )?(sending|sent) (out )?(spam|phishing|emails? to (all|every)|"
            r"messages? to (all|every))",
        ),
        "harm happening now",
    ),
    (
        # Session 18's kinds, in an entry of their own so that each keeps a word gate
        # (`gate._MOST`): an outbreak, a fire spreading, an animal down, an earthquake.
        phrases(
            # an outbreak on the farm or the premises: a legal standstill from the day it is
            # suspected (notifiable diseases; newcomer20 H4)
            r"(suspected |confirmed |positive for |case of |cases of |outbreak of )?(foot and "
            r"mouth|foot & mouth|fmd|bluetongue|anthrax|bird flu|avian (flu|influenza)|swine "
            r"fever|bovine tb|tb reactors?|brucellosis|rabies|legionella|listeria|"
            # a germ found in the water or the food people take: "the borehole water test
            # came back showing E. coli" (newcomer33 camp-08)
            r"e ?\.? ?coli|salmonella|norovirus|cryptosporidium|campylobacter)(?! (vaccin\w*|"
            r"training|webinar|guidance|update|rules|talk|course|jab))",
            r"(fievre aphteuse|fievre catarrhale|grippe aviaire|influenza aviaire|peste porcine|"
            r"tuberculose bovine|brucellose|legionellose|listeria|e ?\.? ?coli|salmonelle|"
            r"salmonellose|"
            r"norovirus)(?! (vaccin\w*|formation|webinaire|reglementation))",
            # a person or an animal found ill: "the mare we're hauling tonight tested positive
            # for strangles this morning" (newcomer34 mix-23), « testé positif à la grippe »
            r"(tested|tests|test came back|came back|swabbed) positive\b",
            r"(testee?s?|depistee?s?) positi(f|fs|ve|ves)\b",
            r"(under|placed under|put under|sous) (quarantine|quarantaine|movement restrictions?|"
            r"standstill)",
            r"(mis|mise|placee?s?) (en|sous) (quarantaine|sequestre)",
            r"fire( [a-z']+){0,3} (is )?(spreading|raging|burning|getting closer)",
            # (not a person worn out: "I'm completely burned out", "feeling burnt out")
            r"(?<!i'm )(?<!i am )(?<!completely )(?<!totally )(?<!feeling )(?<!feel )(?<!so )"
            r"(?<!really )(?<!getting )(?<!she's )(?<!he's )(?<!we're )(?<!they're )"
            r"(burned|burnt|burning) (down|out)",
            r"caught fire",
            # a place of theirs burned, however briefly said: "the warehouse burned last night"
            # (newcomer48); not a dish or a CD
            r"(room|hall|venue|warehouse|office|offices|shop|store|workshop|factory|building|kitchen|barn|van|truck|lorry|house|studio|premises|site|depot|garage|restaurant|school|unit|stock|car)( [a-z']+){0,3} (has |have |was |were |got )?(completely |totally |"
            r"partly |entirely |half )?(burned|burnt)\b",
            r"earthquake|tremblement de terre|seisme",
            # one of ours held by the police or at a border now (newcomer34 extra-09)
            r"(was|were|has been|have been|got|is being|been) (arrested|detained|taken into "
            r"custody)",
            # (not « ça s'est arrêté net »: stopped)
            r"(a ete|ont ete|est|sont) (interpelle|interpellee|interpelles|place en garde a vue|"
            r"placee en garde a vue|places en garde a vue)",
            r"(a ete|ont ete) (arrete|arretee|arretes) par (la police|les gendarmes|la gendarmerie|"
            r"les policiers|la douane|les douaniers)",
            r"en garde a vue",
            # someone in our care missing now: "a camper's gone missing on the trail", « le
            # petit s'est perdu, on le cherche depuis une heure » (found again: `resolved`)
            r"(child|children|kids?|pupils?|campers?|boys?|girls?|toddlers?|students?|residents?|"
            r"patients?|petite?s?|enfants?|eleves?|gamine?s?|fillettes?|garcons?|pensionnaires?)"
            r"( [a-z']+){0,3} (is |has "
            r"gone |went |has been |have gone |are |est |sont )?(missing|disparue?s?|introuvables?)",
            r"(s'est|se sont) (perdue?s?|egaree?s?|enfuie?s?|sauvee?s?)(?! de vue)",
            r"(on|nous) (le|la|les) cherch(e|ons) (depuis|partout)",
            r"a fugue",
            # an animal in distress now: "heifer down", "calving gone wrong"
            r"(cow|cows|heifer|heifers|ewe|ewes|horse|mare|bull|calf|sow|animal|animals) "
            r"(is |are )?down\b",
            r"(calving|lambing|foaling|farrowing|birth|delivery) (has )?gone wrong",
            r"(velage|agnelage|mise bas) (qui se passe mal|difficile|qui tourne mal)",
            # an animal that cannot get up, told as the farmer tells it: « elle est couchée
            # elle se relève pas », "she can't get up" (newcomer81)
            r"se (releve|relevent) (pas|plus)",
            r"(can't|cannot|can not|won't) (get|stand) up",
            # something leaking or overflowing into water now: "the slurry's after going over
            # the top into the drain that runs down to the river" (newcomer81), « le fioul
            # part dans le ruisseau », "diesel leaking into the stream"
            r"(slurry|manure|diesel|fuel|oil|sewage|effluent|chemicals?|pesticides?|lisier|purin|"
            r"fioul|gasoil|mazout|hydrocarbures?|eaux usees|effluents?|produits?)[a-z' ]{0,50}"
            r"(into|in|down|to|dans|vers|jusqu'a) (the |a |le |la |l'|un |une )?[a-z' ]{0,25}"
            r"(river|stream|brook|ditch|watercourse|lake|pond|drain|sea|riviere|ruisseau|"
            r"fosse|cours d'eau|etang|lac|mer|nappe)",
            # a harm told over but its effect going on: "still blacklisted", "still suspended"
            r"still (blacklisted|suspended|flagged|banned|frozen)",
            # a roof open with the weather coming onto it: « toiture découverte sur 2 rangs, la
            # pluie arrive vers 11h » (newcomer92), "the roof's stripped and there's a storm
            # forecast tonight"
            r"(toiture|toit|roof|roof's|charpente)( [a-z'-]+){0,3} (est |is |still )?(decouverte?|"
            r"ouverte?|a nu|open|stripped|off|uncovered|exposed|pas bachee?|not covered)\b"
            r"[^?!]{0,120}\b(pluie|rain|orage|storm|averses?|showers?|grele|hail|downpour)\b"
            r"(?![^.?!]{0,40}\b(last|hier|yesterday|ago|la semaine derniere)\b)",
            r"(pluie|rain|orage|storm|averses?|showers?|grele|hail|downpour)( [a-z'-]+){0,6} "
            r"(arrive|arrivent|coming|forecast|due|prevue?|prevus|annoncee?|expected|on its way|on "
            r"the way)\b[^?!]{0,120}\b(toiture|toit|roof)( [a-z'-]+){0,3} (est |is |still )?"
            r"(decouverte?|ouverte?|a nu|open|stripped|off|uncovered|exposed|pas bachee?|not "
            r"covered)\b",
            # electrics that heat, hum or spark: "a hum off the DC isolator and its warm to
            # touch" (newcomer92), « l'onduleur chauffe et sent le brûlé »
            r"(isolator|inverter|onduleur|sectionneur|breaker|disjoncteur|fuse ?box|consumer unit|"
            r"tableau electrique|socket|sockets|prise|cable|cables|battery|batterie|charger|"
            r"chargeur|borne|switch|interrupteur|compteur|meter|wiring|junction box)( [a-z'-]+){0,4}"
            r" ('s |is |are |s |its |it's |est |sont )?(warm to (the )?touch|hot to (the )?touch|"
            r"very hot|tres chaude?|brulante?|buzzing|humming|crackling|sparking|smoking|smells? of "
            r"burning|smells? burnt|chauffe|gresille|fume|crepite|sent le brule|fait des "
            r"etincelles)",
            r"(a |un )?(hum|humming|buzz|buzzing|crackling|sparks?|smoke|burning smell|smell of "
            r"burning|bourdonnement|gresillement|odeur de brule|etincelles|fumee) (off|from|coming "
            r"from|behind|du|de la|de l'|sur le|sur la|qui sort du|qui sort de la)( the| a| le| la)?"
            r"( [a-z'-]+){0,2} (isolator|inverter|onduleur|sectionneur|breaker|disjoncteur|"
            r"fuse ?box|consumer unit|tableau electrique|socket|prise|battery|batterie|charger|"
            r"chargeur|borne|meter|compteur)",
            # someone who lost consciousness: "one of the kids fainted at the workshop" (trial49),
            # « une bénévole a fait un malaise »
            r"(fainted|passed out|blacked out|lost consciousness|s'est evanouie?|a fait un malaise|"
            r"a perdu connaissance|est tombee? dans les pommes)",
            # a warning already given to keep away: "told her not to go near it", « je lui ai
            # dit de ne pas y toucher »
            r"(told|asked) (her|him|them|everyone|everybody|the (customer|client|tenants?|"
            r"residents?|staff|kids|family)) (not to (go near|touch|use)|to (stay|keep) (away|"
            r"clear|out))",
            r"(je|on) (lui|leur) (ai|a) (dit|demande) de (ne pas|ne plus|pas) (y )?(toucher|"
            r"s'approcher|approcher|utiliser|rentrer)",
        ),
        "harm happening now",
    ),
    (
        # Session 19's kinds (newcomer21), in an entry of their own for its word gate.
        phrases(
            # a line or a hose that gave way: "the hydraulic line burst", « le flexible a
            # lâché »
            r"(hydraulic|hydraulics|hose|hoses|line|lines|pipe|pipes|main|water main|tank|valve|"
            r"seal|boiler|cylinder|tyre|tire)( has| have| just| has just)? (burst|split|ruptured|"
            r"blown|blew|sheared|snapped|gave way)",
            r"(flexible|tuyau|tuyaux|conduite|canalisation|durite|verin|cuve|vanne)( hydraulique)?"
            r" (a|vient d'|ont|viennent d') ?(eclate|pete|lache|cede|rompu|casse)",
            # a load left hanging: "she's hanging there in the slings", « suspendu dans le vide »
            r"(hanging|dangling|stuck) (there |up )?(in|from) (the )?(slings?|straps|air|crane|"
            r"hoist|lift)",
            r"(suspendue?s?|coincee?s?) (dans le vide|en l'air|dans les sangles)",
            # a cold room or a fridge warming up now: « la chambre froide positive est à neuf
            # degrés », "the walk-in fridge is at 12 degrees" (newcomer57; they keep 0-4 °C)
            # … or a refrigerated load: « le groupe froid affiche neuf degrés », "the reefer
            # is showing 9 degrees" (newcomer86)
            r"(chambre froide|chambres froides|frigo|frigos|refrigerateur|fridge|fridges|walk-in|"
            r"walk in|cold room|cold store|chiller|vitrine refrigeree|groupe froid|groupe frigo|"
            r"reefer|reefers|reefer unit|fridge unit|cooling unit|camion frigo|semi frigo|"
            r"refrigerated (truck|van|trailer|container|lorry))( [a-z',-]+){0,5} (is |are |"
            r"est |sont |reads |reading |affiche |indique |shows |showing |monte |montee |went up "
            r"|up )?(at |a |to |up to |jusqu'a )?(8|9|1\d|2\d|huit|neuf|dix|onze|douze|treize|quatorze|"
            r"quinze|seize|vingt|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            r"twenty)( ?°| ?degres| ?degrees| ?deg\b| ?c\b)",
            # a freezer warming up (kept at -18 °C): "the freezer is at -5 since last night",
            # « le congélateur affiche moins six » (newcomer87)
            r"(freezer|freezers|congelateur|congelateurs|surgelateur|cellule de congelation|"
            r"chambre negative|negative room)( (?!was |were |had |etait |avait )[a-z',-]+){0,5} "
            r"(is |are |est |sont |reads |reading |affiche |indique |shows |showing |monte |"
            r"montee |went up |remonte |climbed |rose |has been |have been |is still |est encore "
            r"|est toujours |est reste |sits |sitting )(at |a |to |up to |jusqu'a )?((-|minus |moins )?([0-9]|1[0-2])|"
            r"(minus |moins )(un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|one|two|"
            r"three|four|five|six|seven|eight|nine|ten|eleven|twelve))(( ?°| ?degres| ?degrees| "
            r"?deg\b| ?c\b)|\b(?! ?(%|percent|pour cent|minutes?|mins?|hours?|hrs?|h\b|heures?|"
            r"days?|jours?|am|pm|o'clock|items?|products?|produits?|cartons?|boxes|kg|kilos?|"
            r"euros?|eur|pounds?|dollars?|of|de|d'|des|sur|out)\b))",
            # food that may harm who eats it (newcomer63, a food-safety consultant's clients):
            # an allergic reaction, a foreign body in what was served, a pathogen found, an
            # allergen the label goes without (a label that "does not say" it reads as a denial
            # of the harm, `urgency._DENIED`: not caught)
            r"(allergic reaction|anaphyla\w*|reaction allergique|choc anaphylactique|(a fait|ont "
            r"fait|fait) une (grosse |forte |petite )?(reaction|allergie))",
            r"(bits|pieces|fragments|shards|chunks) of (metal|glass|plastic|wire)|(morceaux|bouts|"
            r"eclats|fragments|debris) de (metal|verre|plastique|fil de fer)",
            r"(positive|positif|positifs|positives|presumptive positive|presomptif positif) (for|"
            r"pour|a|en) (listeria|salmonell\w*|e coli|stec|norovirus|legionell\w*|campylobacter|"
            r"clostridium|bacillus cereus)",
            r"(listeria|salmonell\w*|e coli|stec|norovirus|legionell\w*|campylobacter)( [a-z.]+){0,"
            r"3} (detected|detecte|detectee|detectes|found|trouvee?|present|presente|positive|positif)",
            r"(etiquette|etiquettes|label|labels|packaging|emballage|emballages)( [a-z']+){0,4} "
            r"(sans|without) (la mention |the |any )?[\"']?(may contain|peut contenir|traces? (de|"
            r"d'|of)|allergen (warning|statement))",
            # what keeps someone or something going runs out within the hour or two: « il lui
            # reste une heure de batterie » (a patient's device, newcomer57), "an hour of fuel"
            r"(reste|restent|plus que|plus qu'|only|just|has|have|got|about)( plus)?( que| qu')? ?"
            r"(une|deux|1|2|an|one|two|half an|30|trente|quelques|a few|20|vingt) (heures?|h|hours?|"
            r"minutes|min) (de |d'|of )?(batterie|battery|autonomie|oxygene|oxygen|fuel|carburant|"
            r"gasoil|diesel|fioul)",
            # work at height with no protection now: "the roofers are working with no
            # harness", « ils travaillent sans harnais sans garde-corps » (newcomer57)
            r"(travaill\w*|bossent|bosse|working|work|are up|sont)( [a-z',-]+){0,4} (sans|without|"
            r"with no|no) (aucun |any )?(harnais|harness(es)?|garde corps|edge protection|fall "
            r"protection|ligne de vie|protection antichute|(anti-?)?fall arrest|guard ?rails?)",
            # someone shut in a lift or a cold room now: "stuck between floors wi' a member in
            # it", « une résidente coincée dans l'ascenseur » (newcomer57)
            r"(lift|elevator|cabin)( [a-z',-]+){0,4}('s| is)? (stuck|jammed|stopped|stalled)"
            r"( [a-z',-]+){0,4} (with|wi'|wi) (a|an|some|someone|somebody|people|two|three|four|"
            r"one of)( [a-z',-]+){0,3} in it",
            r"(stuck|trapped|shut) (between|in between) (two )?floors( [a-z',-]+){0,3} (with|wi'|wi)",
            r"(someone|somebody|people|member|resident|tenant|guest|child|kid|customer|patient|"
            r"client|staff|lady|man|woman|nurse|driver|cleaner|worker|pupil)s?( is| are|'s| got| has"
            r" been| have been)? (stuck|trapped|shut|locked) in (the |a )?(lift|elevator|cold room|"
            r"freezer|walk-in|walk in|chiller)",
            r"(coincee?s?|bloquee?s?|enfermee?s?) (dans|a l'interieur de) (l'ascenseur|la cabine|"
            r"la chambre froide|le congelateur|la chambre negative)",
            r"(ascenseur|cabine)( est| s'est)? (bloquee?|coincee?|arretee?) entre (deux|les) etages"
            r"( [a-z',-]+){0,3} avec",
            # asbestos disturbed: "cut the asbestos sheet with a grinder", « de l'amiante
            # percé sans protection »
            r"(cut|cutting|disturbed|disturbing|broke|broken|drilled|drilling|sanded|sanding|"
            r"smashed|exposed to|breathing|breathed)( [a-z',-]+){0,6} asbestos",
            r"asbestos( (?!(no|not|clear|nothing|never|without)\b)[a-z',-]+){0,10} (cut|disturbed|"
            r"broken|drilled|sanded|smashed|dust)",
            r"(decoupe|decoupee|perce|percee|casse|cassee|ponce|poncee|exposes? a|respire)"
            r"( [a-z',-]+){0,6} (l'amiante|d'amiante|amiante)",
            r"(l'amiante|d'amiante|amiante)( (?!(pas|aucune?|rien|sans|ni)\b)[a-z',-]+){0,10} "
            r"(decoupee?s?|percee?s?|cassee?s?|poncee?s?|poussiere)",
            # an expert's finding of danger: "he says the board is a fire risk", « l'électricien
            # dit que le tableau est dangereux »; not "says nothing is dangerous"
            r"(says|said|reckons|found|flagged|declared|told us|used the words?|calls it|called "
            r"it)( (?!(not|nothing|never|no|none|isn't|wasn't|aren't)\b)[a-z',]+){0,10} (a )?"
            r"(fire risk|fire hazard|dangerous|unsafe|not safe|a hazard|a death trap|live wires?)",
            r"(dit|a dit|juge|jugee|declare|a declare|a trouve|parle d[e'])"
            r"( (?!(pas|rien|aucune?|jamais|plus|ne)\b|n')[a-z',]+){0,10} (dangereux|dangereuse|"
            r"dangereuses|risque d'incendie|risque d'electrocution|pas sure?|pas securitaire|"
            r"hors norme)",
        ),
        "harm happening now",
    ),
    (
        phrases(
            # « on s'est fait hacker », "hacking"; not the noun ("the group hack up by two quid":
            # a ride out on horseback, newcomer29)
            r"hack(e|ee|es|ees|er|ing|ed)",
            # the noun with what they did, not alone: « la sécurité par rapport à des
            # hackers » is a worry (realtext25)
            r"hackers? (got|get|have|has|had|broke|are|were|took|stole|ont|a|sont|se sont|"
            r"nous ont|m'ont|l'ont|ont pris|ont vole)",
            r"(on est|nous sommes|je suis|ils sont) (devant la porte|enfermes?|bloques? dehors|"
            r"coinces?)",
            r"pirate",
            r"piratage",
            r"fuite de donnees",
            r"inondations?",
            r"inonde(e|s|es)?",
            # « l'eau monte dans la salle serveur », « il pleut dans la salle informatique »
            # (trial42)
            r"l'eau monte dans (la|le|les|l'|notre|nos|mon|ma|mes)",
            r"il pleut dans (la|le|les|l'|notre|nos|mon|ma|mes)",
            # water on what carries the current: « l'eau coule toujours sur le tableau
            # électrique » (trial44), "the rain is running down onto the electrical panel"
            r"(eau|pluie|water|rain)( [a-z']+){0,3} (coule|coulent|ruisselle|tombe|goutte|"
            r"rentre|entre|arrive|running|pouring|dripping|coming|leaking|getting|gets|got)"
            r"( [a-z']+){0,3} (sur|dans|onto|on|into|in|over)( [a-z']+){0,2} (tableau electrique|"
            r"tableau general|disjoncteurs?|compteur electrique|prises? electriques?|"
            r"(electrical|electric|power|breaker) (panel|box|board|cabinet)|fuse ?box|"
            r"consumer unit|sockets|wiring|switchboard|distribution board)\b",
            r"degat des eaux",
            r"fuite d'eau",
            r"fuite de gaz",
            # tout fluide qui s'échappe : « fuite glycol sous la PAC », « de l'huile coule »
            r"fuites? (de |d')?(glycol|huile|fioul|fuel|gasoil|gazole|mazout|carburant|liquide|"
            r"fluide|frigorigene|vapeur|acide|produits? chimiques?|eaux usees)\b",
            r"(huile|glycol|fioul|gasoil|gazole|mazout|carburant|acide|frigorigene)( [a-z']+)"
            r"{0,2} (qui )?(fuit|fuient|coule|coulent|goutte|s'ecoule|suinte|deborde)\b",
            r"odeur de gaz",
            r"evacu\w*",
            r"(plafond|toit|canalisation)( [a-z']+){0,2} (s'effondre|fuit|a cede|s'est effondre)",
            r"coupure de courant",
            r"panne de courant",
            r"(electricite|courant|chauffage|eau) (est |a ete )?coup(e|ee)",
            r"(?<!centrale )(?<!alarme )(?<!alarmes )(?<!detecteur )(?<!detecteurs )(?<!porte )(?<!portes )"
            r"(?<!panneau )(?<!controle )(?<!normes )incendie",
            # « la salle de l'assemblée a brûlé cette nuit » (newcomer48): un lieu, pas un plat
            r"(?<!cote de notre )(?<!cote de la )(?<!cote du )(?<!cote de l')(?<!pres de notre )"
            r"(?<!pres du )(salle|entrepot|local|locaux|bureau|bureaux|atelier|magasin|boutique|usine|maison|cuisine|batiment|hangar|camion|voiture|stock|serre|grange|restaurant|ecole|depot|garage|chantier|cabane|chalet|gite|cave|labo|laboratoire)( [a-z']+){0,4} (a|ont|est|sont) (entierement |completement |"
            r"totalement |en partie |partiellement )?(brule|brulee|brules|brulees|pris feu)\b",
            FIREFIGHTERS,
            r"blesse",
            # a fall, not a date that falls: « une inspection qui tombe en même temps »
            # nor a meeting that might fall at a bad time: « faudrait pas que ça tombe à ce
            # moment-là », « si ça tombe un lundi »
            # nor « je tombe sur une page d'erreur », « je suis tombé par hasard sur ce
            # projet » (to come across, realtext34)
            r"(est )?(?<!que ca )(?<!si ca )tombe(?! (en meme temps|au meme moment|le meme jour|"
            r"sur\b|par hasard|dessus|(recemment|hier|ensuite|finalement|enfin|aussi) sur\b|"
            # (nor what falls apart with age: « le papier tombe en morceaux », newcomer102)
            r"en (morceaux|miettes|ruines?|lambeaux|poussiere|desuetude)|"
            r"pile|bien|mal|a pic|pendant|a ce moment|au mauvais moment|a cette (date|periode)|"
            r"ce jour|cette semaine|en plein|un (lundi|mardi|mercredi|jeudi|vendredi|samedi|"
            r"dimanche)|(le |ce )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|"
            r"\d)))",
            # someone at the hospital, not a signature's « Urgences dentaires : 06 … » nor the
            # hospital as a client or a place (« le labo de l'hôpital »)
            # (not a stay planned for a joint: « mon père est à l'hôpital pour son genou cette
            # semaine », newcomer92)
            # (nor an appointment there: « il a un rendez-vous à l'hôpital avec sa femme »,
            # newcomer102)
            r"(?<!rendez vous )(?<!rdv )(?<!consultation )"
            r"(a|vers|de) l'hopital(?<!de l'hopital)(?! pour (son|sa|ses|une|un) (genou|hanche|"
            r"epaule|cataracte|prothese|operation programmee|examen|examens|bilan|controle)\b)"
            r"|hospitalis\w+",
            # hurt at work, said by the wound: "burned his arm pretty badly on the fryer … they
            # say second degree" (newcomer84)
            # (a joint given way too: "Camille just rolled her ankle in the run-through",
            # « elle s'est tordu la cheville », « il s'est pris le pied dans un câble »,
            # newcomer93)
            r"(burned|burnt|scalded|cut|broke|injured|hurt|rolled|twisted|sprained|dislocated|"
            r"fractured|smashed|jarred|brule|brulee|ebouillante|coupe|coupee|casse|cassee|blesse|"
            r"blessee|tordu|tordue|foule|foulee|demis|demise|luxe|luxee)( [a-z']+){0,2} (his|her|"
            r"their|my|son|sa|ses|le|la|l'|les) ?"
            r"(arm|arms|hand|hands|leg|foot|face|fingers?|back|head|wrist|ankle|eye|knee|shoulder|"
            r"neck|hip|bras|main|mains|jambe|pied|visage|doigts?|dos|tete|poignet|cheville|oeil|"
            r"genou|epaule|cou|hanche)(?![^.?!]{0,50}\b("
            r"last (week|month|year|summer)|yesterday|ago|hier|la semaine derniere|le mois "
            r"dernier|l'an dernier|l'annee derniere|l'ete dernier)\b)",
            r"(second|third|2nd|3rd|deuxieme|troisieme|2e|3e) (degree|degre) (burns?|brulures?)?",
            # a customer hurt by the service itself: « une cliente a une brûlure après son
            # épilation laser » (newcomer105), "burns on her scalp", "got burned by the laser"
            r"(a|ont|avec) (une|des) (grosses? |grandes? |vilaines? )?brulures?(?! (d'estomac|"
            r"de cigarette|au (fer|papier)))|(got|was|been|were|get|gets) (badly |really )?"
            r"(burned|burnt|scalded)(?! out)|burns (on|to) (her|his|their|my|the) ",
            # « il s'est pris le pied dans un câble », « elle s'est coincé les doigts sous la
            # porte » (not « il s'est pris la tête avec le régisseur », an argument)
            r"s'est (pris|prise|coince|coincee)( [a-z']+)? (le|la|l'|les|un|une|son|sa|ses) ?(pied|"
            r"pieds|main|mains|doigts?|jambe|bras|cheville|genou|tete) (dans|sous|contre|entre)\b",
            r"s'est fait (tres |super )?mal (a|au|aux) (la |l')?(pied|main|doigts?|jambe|bras|"
            r"cheville|genou|dos|epaule|tete|hanche|cou|poignet)",
            # an injury said by what it does now: "it's swelling pretty fast", "she can't put
            # weight on it", « il boite », « elle ne peut plus poser le pied »
            r"(it's|its|it is|is|are) (swelling|swollen) (up )?(pretty |really |very )?(fast|badly|"
            r"quickly|like mad)",
            r"(can't|cannot|can not|unable to) (put|bear) (any )?weight on",
            r"(il|elle) (boite|boitille)\b",
            r"(ne )?(peut|peux|peuvent) (plus|pas) (poser le pied|marcher|s'appuyer)",
            r"(aux|les) urgences",
            ACCIDENT,
            POLICE + _ASKING_FOR_RECORDS,
            # a bailiff, not one the client asks us to send (« lancer la procédure avec
            # l'huissier », newcomer21 est-13)
            r"(?<!procedure avec l')(?<!procedure avec un )(?<!mandater l')(?<!mandater un )"
            r"(?<!faire appel a un )(?<!contacter un )(?<!contacter l')(?<!passer par un )"
            r"(?<!passer par l')(?<!envoyer l')(?<!envoyer un )huissier",
            # the bailiff's title since 2022 (newcomer62: « un commissaire de justice est passé
            # ce matin … il revient demain pour la saisie »)
            r"(?<!procedure avec le )(?<!mandater le )(?<!mandater un )(?<!contacter le )"
            r"(?<!contacter un )(?<!passer par le )(?<!passer par un )commissaire de justice",
            # a payment refused for want of money (« prélèvement rejeté : provision
            # insuffisante », "returned unpaid: insufficient funds", newcomer62)
            # "the check bounced" (American spelling, trial44): the noun, with its article
            r"(the|a|our|my|his|her|their|your|his|payroll|rent|deposit) checks? (has |have |had |"
            r"just )?(bounced|was returned|were returned|came back unpaid)",
            r"provision insuffisante|insufficient funds|(prelevement|virement|cheque|direct debit|"
            r"payment|paiement)( [a-z]+){0,4} (rejete|rejetee|impaye|impayee|bounced|returned "
            r"unpaid|dishonou?red)",
            # one received, not one the client asks us to draft or send (« tu peux me préparer
            # une mise en demeure ? », newcomer46)
            r"(?<!preparer une )(?<!prepare une )(?<!prepares une )(?<!rediger une )"
            r"(?<!redige une )(?<!rediges une )(?<!envoyer une )(?<!faire une )(?<!projet de )"
            r"(?<!envoyer la )(?<!faire la )(?<!preparer la )(?<!rediger la )mise en demeure"
            # one that names its term is a deadline, read against the message's date (a
            # stake): « une mise en demeure pour le 15 janvier » (trial46)
            r"(?!( [a-z']+){0,3} (pour|avant|d'ici|au plus tard|jusqu'au|jusqu'a|avec "
            r"echeance|echeance|du|dated|for|by|due) (le |la |the |au )?(\d|1er|premier|lundi|"
            r"mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|mars|avril|mai|juin|"
            r"juillet|aout|septembre|octobre|novembre|decembre))",
            r"expulsion",
            # une assignation reçue, un procès intenté (pas celle qu'on nous demande de préparer)
            r"(?<!preparer une )(?<!rediger une )(?<!envoyer une )(?<!projet d')assignation",
            r"(assigne|assignee|assignes|assignees|poursuivie?s?|attaquee?s?) (en justice|aux? "
            r"(tribunal|prud'hommes)|devant (le|la|les) (tribunal|prud'hommes|juge|cour))",
            r"(nous|me|l'association|la societe|l'entreprise) (fait|font|intente|intentent) un "
            r"proces|(porte|portent|a porte|ont porte|depose|deposent|a depose|ont depose) plainte "
            r"contre (nous|moi|l'association|la societe|l'entreprise)",
            r"cambriol\w*",
            r"(compte|site|telephone|ordinateur|voiture|camion|caisse|cles)( [a-z']+){0,3} (a ete |est |"
            r"ont ete )?(vole|volee|voles|pirate|piratee|hacke)",
            r"(introuvable|on ne (le|la|les) trouve (pas|plus)|personne ne (le|la|les) trouve)",
            r"vient de (nous )?(retirer|suspendre|bloquer|geler|rejeter|refuser|resilier|couper|"
            r"expulser|lacher)",
            # not the trade that looks after it: « le gars de l'alarme » (newcomer57)
            r"(?<!gars de l')(?<!technicien de l')(?<!type de l')(?<!societe d')(?<!contrat d')"
            r"(?<!entreprise d')(?<!installateur d')alarme",
            # quelqu'un parti toujours dedans : « un employé licencié vendredi s'est connecté ce
            # week-end », « il a quitté le cabinet ce matin, il dispose toujours de ses accès »
            r"(licencie|licenciee|renvoye|renvoyee|demissionnaire|(a|ont) (quitte|demissionne))"
            r"( [a-z'.-]+){0,16} (s'est (re)?connecte|se sont (re)?connectes|(a|ont|dispose|"
            r"disposent) toujours (acces|de ses|de son|ses|son|leurs|leur) ?(acces|codes?|"
            r"identifiants|mots? de passe|cles|badge)?)",
            r"(site|serveur|page|application|logiciel|messagerie)( [a-z']+){0,3} (est |a )?(en panne|"
            r"plante|tombe|affiche une page d'erreur|inaccessible|hors service|hs)",
            r"page d'erreur",
            # an outage named by its size, or a service stopped: « panne générale mobile et
            # FAI », « grosse panne chez SFR », « le site des impôts est en arrêt » (realtext31)
            r"(grosse|grande|enorme|immense|nouvelle) panne",
            r"panne (generale|totale|geante|massive|nationale|globale|complete|majeure|"
            r"informatique|reseau|du reseau)",
            r"(site|serveur|service|reseau|application|appli|logiciel|plateforme|systeme)"
            r"( [a-z']+){0,3} (est |sont )?(en arret|a l'arret|a plat|inutilisable|mort)",
            r"(redirige|redirigent|renvoie|renvoient|envoie) (les visiteurs |les gens |les clients )?"
            r"(vers|sur) [a-z' ]{0,25}(casino|porno|arnaque|spam|paris en ligne|pharmacie|crypto|"
            r"hameconnage|phishing)",
            r"en panne",
            r"en rade",
            r"(on a|nous avons|j'ai|ils ont) tout perdu",
            r"perdu (toutes|tous) (les|nos|mes) (donnees|fichiers|mails|commandes|photos|"
            r"documents|dossiers|contacts|reservations)",
            r"(casse|plante|fait tomber) la prod",
            r"(la )?prod (est )?(cassee|down|hs|tombee|plantee)",
            # people left without the care they wait for: « 4 bénéficiaires sans passage »,
            # « les résidents n'ont pas eu leurs médicaments » (newcomer89)
            r"(beneficiaires|residents|patients|usagers|personnes agees|personnes|clients|"
            r"resident|patient|beneficiaire)( [a-z0-9']+){0,2} (sans|n'ont pas eu|n'a pas eu|"
            r"pas eu) (de |leur |leurs |son |ses )?(passage|visite|soins|toilette|medicaments|"
            r"traitement|repas|aide)",
            THEFT,
            r"fraude",
            r"(affiche|affichent) (une |des )?(page|pages|pub|pubs|publicites?) [a-z' ]{0,15}"
            r"(casino|porno|arnaque|paris en ligne|viagra|crypto)",
            r"(messagerie|boite mail|adresse|compte|mail)( [a-z']+){0,2} (envoie|a envoye|envoient) "
            r"(des )?(spams?|mails? a tous|messages? a tous|hameconnage)",
        ),
        "dommage en cours",
    ),
    (
        # Someone handed over credentials or card numbers, or a device holding personal data
        # is lost: a security and legal risk now ("gave him my email password", « j'ai donné
        # mon mot de passe », "left her laptop in an Uber").
        phrases(
            r"(gave|given|give|typed|entered|told|sent|read out) (him|her|them|it|the caller|"
            r"this guy|this man|the man)? ?(my|our|the|his|her|all my|all our) (email |bank |"
            r"account |admin )?(password|passwords|login|pin|card number|card details|"
            r"bank details|credentials|security code|verification code)",
            r"(j'ai |il a |elle a |on a |ils ont )?(donne|communique|tape|saisi|envoye|dicte)"
            r"( (lui|leur|au monsieur|a ce monsieur|au type))? (mon|notre|son|le|les|nos|mes) "
            r"(mot de passe|mots de passe|mdp|code|codes|identifiants|numero de carte|"
            r"coordonnees bancaires|rib)",
            # the credentials named first, handed over after: "needed my email password. Gave
            # it to him before I twigged", « il voulait mon code, je le lui ai donné »
            r"(password|passwords|passcode|login|pin|card number|card details|bank details|"
            r"credentials|mot de passe|mots de passe|mdp|code|codes|identifiants|numero de "
            r"carte)[a-z0-9' .]{0,60}\b((i |we |and )?(gave|handed|read) (it|them) (to|out|over)|"
            r"je (le|la|les) (lui|leur) ai (donne|donnee|donnes|communique|dicte))",
            # other people's private details shown to whoever looks: "the pop-up shows the
            # name, phone number and reason for visit of the patient already booked", « la page
            # affiche le téléphone et l'adresse des autres clients » (newcomer80)
            rf"(shows?|showing|displays?|displaying|reveals?|revealing|lists?|listing|affiche|"
            rf"affichent|montre|montrent)( [a-z',]+){{0,4}} {_PRIVATE_DETAILS}[a-z', ]{{0,60}}\b"
            r"(of|from|de|des|du|d'un|d'une) (the |another |other |all |every |l'|un |une |les |"
            r"autres? |tous les |toutes les )?(patients?|customers?|clients?|members?|guests?|"
            r"users?|pupils?|students?|parents?|tenants?|adherents?|eleves?|locataires?|membres?|"
            r"benevoles?|volunteers?)\b(?! (page|area|portal|list|login|section|espace))",
            # everyone's private details put where anyone can read them: "the rota on the
            # website … has everyone's mobile numbers and home addresses on it"
            rf"(everyone's|everybody's|all (the |our )?(members|volunteers|staff|customers|"
            rf"patients|clients|parents|pupils|tenants)'?|de tout le monde|de tous les "
            rf"(membres|benevoles|adherents|clients|patients|parents|eleves|locataires))"
            rf"( [a-z']+){{0,2}} {_PRIVATE_DETAILS}[a-z ]{{0,40}}\b(on (it|there|the (website|"
            r"site|web ?site|page|news page|internet|web|facebook page))|online|publicly|for "
            r"(all|anyone|everyone) to see|en ligne|sur (le site|la page|internet|facebook))",
            r"(left|lost|forgot) (her|his|my|our|a|the|their) (laptop|phone|usb stick|usb key|"
            r"hard drive|tablet|files|folder)",
            # Credentials out in the open: "the admin password was leaked", « le mot de passe
            # admin a fuité sur Facebook », "our API keys are on a public page".
            r"(password|passwords|credentials|login details|api keys?|access codes?|mot de passe|"
            r"mots de passe|mdp|identifiants|codes d'acces)( [a-z']+){0,2} (has |have |was |were "
            r"|got |is |are |a |ont |a ete |ont ete |est |sont )?(leaked|leaking|exposed|public|"
            r"posted|published|out there|fuite|fuites|fuitent|expose|exposes|publie|publies|"
            r"circule|circulent|en ligne)",
            r"(leaked|posted|published|publie|diffuse) (the |our |my |le |la |les |nos |notre "
            r"|mon )?(admin |admin's )?(password|passwords|credentials|mot de passe|mots de passe|"
            r"identifiants)",
            # put where others can read them: "pasted the bank login into the shared WhatsApp
            # group", "printed on the public menu board", « affiché sur l'écran de la salle
            # d'attente », "found our admin password on a paste site"
            r"(password|passwords|login|logins|credentials|login details|mot de passe|mots de "
            r"passe|mdp|identifiants|codes? d'acces)[^.!?]{0,50}\b(posted|pasted|printed|"
            r"displayed|shown|published|visible|affiche|affiches|affichee|publie|publies|colle|"
            r"imprime|imprimes|visibles?) (in|on|into|onto|sur|dans) (the |a |an |un |une |le |la |"
            r"l'|les |our |notre )?[a-z' ]{0,25}(group|groupe|whatsapp|facebook|forum|paste|"
            r"pastebin|screen|ecran|board|tableau|menu|website|site|public|publique|page|"
            r"chat|channel)",
            r"(pasted|posted|printed|published|shared|colle|publie|partage|affiche) (the |our |my |"
            r"le |la |les |nos |notre |mon )?([a-z-]+ ){0,2}(password|passwords|login|logins|"
            r"credentials|mot de passe|mots de passe|identifiants) (in|on|into|onto|sur|dans|with|"
            r"avec|to|a)",
            r"(found|trouve|retrouve) (our|the|my|notre|le|nos|les|mon) ([a-z-]+ ){0,2}(password|"
            r"passwords|login|credentials|mot de passe|mots de passe|identifiants) (on|in|sur|"
            r"dans) (a |an |un |une |the |le |la )?(paste|pastebin|forum|public|dark web|site|"
            r"internet|google|web)",
            # A ransom demand on the screens: "ransom note on all our screens", « écran rouge
            # rançon sur tous les pc », "files encrypted, they want bitcoin".
            r"ransom",
            r"rancon",
            r"(files|fichiers|documents|data|donnees)( [a-z']+){0,5} (are |have been |were |sont "
            r"|ont ete )?(encrypted|locked|chiffres|cryptes|verrouilles)",
            # Someone who left still reading or sending the firm's mail: "a former employee
            # still has access to our mailbox", « un ancien salarié a encore accès ».
            r"(former|ex|old|previous|ancien|ancienne|anciens|ex-)[ -]?(employee|staff|member "
            r"of staff|colleague|manager|partner|intern|salarie|salariee|employe|employee|"
            r"collaborateur|collaboratrice|associe|stagiaire|benevole)[a-z' ]{0,30}(still|"
            r"encore|toujours)( [a-z']+){0,2} (has|have|had|a|avoir|avait|getting|gets|logs? in|"
            r"logging in|acces|access|se connecte)",
            r"(laptop|phone|mobile|smartphone|iphone|natel|cellulaire|cell|tablet|tablette|"
            r"ordinateur|portable|telephone|cle usb|disque dur|usb stick) [a-z' ]{0,30}(stolen|"
            r"lost|vole|volee|perdu|perdue)",
            r"(fait|faire|fais|font|avons fait) (voler|piquer|derober|cambrioler) (l'|le |la |les |"
            r"nos |notre |mon |ma |mes )?(ordinateur|ordi|portable|telephone|laptop|cle usb|"
            r"disque dur|sac|serveur|tablette|dossiers)",
            MAIL_RECALL_FAILED,
        ),
        "security or data exposed now",
    ),
    (
        # Session 48's kinds (newcomer95, 96, 97), in an entry of their own for its word gate.
        phrases(
            PERSON_MISSING,
            # gas smelt, smoke coming out (trial50 §1: "the office has smelled of gas since
            # this morning", « il y a de la fumée qui sort de la salle serveur »)
            r"(smell|smells|smelled|smelt|smelling|stinks?|stank|reeks?|reeked|reeking)( [a-z']+)?"
            r" (of|like) gas\b|\bgas smell|(odeur|sent|sentait|senti|sentir|puanteur)( [a-z']+)? "
            r"(de |le |du )?gaz\b",
            r"(smoke|fumee)( [a-z'-]+){0,3} (coming|pouring|billowing|rising|seeping|qui sort|qui "
            r"sortait|qui s'echappe|sort|sortait|sortent|s'echappe|s'echappait) (out of|out from|"
            r"out|from under|from|under|through|du|de la|de l'|des|par|sous)\b",
            FALL_FROM_HEIGHT,
            LOAD_HANGING,
            VESSEL_SINKING,
            SOAKED,
            # session 49's kinds (newcomer98, 99, 100)
            ALLERGEN_UNDECLARED,
            HEAD_INJURY,
            ANIMAL_LOOSE,
            LIFT_TILTED,
            OVERDUE,
            CONTAMINATED_SHIPPED,
            DEVICE_STOLEN,
            # an injury told by the limb that "is not right" (newcomer96), and the casualty
            # department: "taken him to A and E"
            r"(his|her|their|my)( [a-z]+)? (arm|wrist|ankle|leg|knee|shoulder|hand|back|neck|hip|"
            r"foot|collarbone|elbow|fingers?)('s| is|s)? (not right|not looking right|at a funny "
            r"angle|all swollen|badly swollen|bent wrong)",
            r"(to|at|in|into) (a and e|a&e|a & e|a n e|casualty|the emergency room|the er)\b",
            # a hydraulic part leaking mid-lift: "a hydraulic hose on the travel hoist has
            # started weeping"
            r"(hydraulic|hydraulique)( [a-z'-]+){0,5} (has |have |is |are |just )?(started |a "
            r"commence a |commence a )?(weeping|leaking|dripping|spraying|pissing|fuir|fuit|"
            r"suinter|suinte|goutte)",
        ),
        "harm happening now",
    ),
)

# A time far off: it says the matter can wait, but only for what its own sentence is about
# ("the renewal is due TODAY by 5pm (I thought it was next month)" is urgent).
_FAR_OFF = (
    # (not a time corrected: "our court date is tomorrow 9am, not next month", « c'est
    # demain, pas le mois prochain », newcomer34 mix-14)
    # (not the cost of a deadline missed: "payroll runs at twelve today or staff don't get
    # paid till next month", newcomer50)
    r"(?<!not )(?<!pas )(?<!till )(?<!until )(?<!before )next (month|year|season)",
    r"(?<!pas )(?<!jusqu'au )(?<!avant le )le mois prochain",
    r"(?<!pas )l'annee prochaine",
    r"(is|are|was) in (january|february|march|april|may|june|july|august|september|october|"
    r"november|december)",
    r"(est|sont|c'est) (en|fin|debut) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|"
    r"septembre|octobre|novembre|decembre)",
    # Ahead, not past: "it's due at the end of January", not "it expired in mid-March".
    r"(due|deadline|is|are|expires) (at |by |in )?(the )?(end|middle|beginning) of "
    r"(january|february|march|april|may|june|july|august|september|october|november|"
    r"december)",
    r"(pour|avant|d'ici|est|c'est|a la|jusqu'a) (la )?(fin|mi|debut) (janvier|fevrier|mars|"
    r"avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)",
    # an event set for a month ahead: "their visit in February", « l'audit en mars »
    r"(visit|inspection|audit|hearing|renewal|review|visite|controle|renouvellement|"
    r"passage|audience) (is |est |prevue? |planned |scheduled )?(in|en|for|pour) "
    r"(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|"
    r"novembre|decembre)",
)
FAR_OFF = Gated(phrases(*_FAR_OFF))
# Clearly not for now: a deadline weeks away or an explicit "no rush".
# Trouble elsewhere, said not to reach the sender: "it doesn't affect us", « ça ne nous
# touche pas », "we have not been affected in any way", « chez nous tout fonctionne
# normalement ».
_NOT_AFFECTED = (
    r"(it|this|that) (doesn't|does not|won't|will not|didn't|did not) (affect|impact|"
    r"concern|touch) (us|me|our)",
    r"(we|i)('ve| have|'re| are| were|'m| am) not (been )?(affected|impacted|concerned|"
    r"involved)",
    r"(we|i) (weren't|wasn't|haven't been|aren't) (affected|impacted|concerned|involved)",
    # what is ours said untouched by a provider's incident: "confirm that our account was
    # not among those accessed", « nos données n'ont pas été touchées » (newcomer76)
    r"(our|my) (account|accounts|data|files|firm's data|records|systems?)( [a-z']+){0,2} "
    r"(was|were|has not been|have not been|wasn't|weren't) (not )?(among those )?(accessed|"
    r"affected|compromised|impacted|involved|exposed|touched)",
    r"(nos|mes|notre|mon) (donnees|comptes?|fichiers|dossiers|systemes?)( [a-z']+){0,2} "
    r"(n'a|n'ont) pas ete (touchee?s?|affectee?s?|compromise?s?|consultee?s?|exposee?s?|"
    r"concernee?s?)",
    r"(ca|cela|ce|il|elle) ne (nous|me) (touche|concerne|impacte|affecte) pas",
    r"(nous ne sommes|on n'est|nous n'avons pas ete|on n'a pas ete) pas (concernes|touches|"
    r"impactes|affectes)",
    # "normalement" here is how it works, not a guess (`urgency._HEDGE`)
    # the trouble named is someone else's: "the story was about a practice in Limerick, not
    # us", « c'est chez eux, pas chez nous »
    # (not "not ours": "shows another company's name, not ours" is the sender's trouble)
    # (not asked to check it: "the bank needs me to confirm it's not us")
    # (not a conclusion that the trouble is not the sender's device: "same on my phone and
    # on Sandrine's computer, so it's not us"; nor a page or sender that impersonates them:
    # "a link to some pharmacy site that's definitely not us", newcomer80)
    r"(?<!confirm )(?<!confirm its )(?<!confirm it's )(?<!check it's )(?<!sure it's )"
    r"(?<!sure its )(?<!verify it's )(?<!so it's )(?<!so its )(?<!so it is )(?<!so that's )"
    r"(?<!definitely )(?<!clearly )(?<!certainly )(?<!obviously )"
    r"not (for |with )?us(?! (either|too|yet|who|that|which)\b)",
    r"(wasn't|wasnt|weren't|werent|isn't|isnt|was not) (us|ours|our)",
    r"pas (chez|pour) nous",
    # "Scaffold came down in Leeds. Not one of ours", « nous on n'a rien à voir »
    r"(not|none) (one )?of ours",
    r"(nous )?(on|nous) n'(y )?(a|avons) rien a voir",
    # « on n'y est pour rien », "that's not us, it's the place on 280" (newcomer29)
    r"(on|nous) n'(y )?(est|sommes) pour rien",
    r"(?<!confirm )(?<!check )(?<!sure )(?<!verify )(?<!confirmer que )(?<!so )(?<!donc )"
    r"(?<!site )(?<!link )(?<!page )(?<!email )(?<!mail )(?<!lien )(that's|that is|it's|"
    r"it is|it was|c'est|c'etait|ce n'est|ce n'etait) (pas|not) (nous|us|chez nous)"
    r"(?! (qui|who|that|which)\b)",  # not "it's not us who sent it": spoofed
    r"(chez nous|de notre cote|on our side|at our end|our end) (tout|everything|all) "
    r"(fonctionne|marche|va bien|works|is fine|is working)( normalement| normally)?",
    # the trouble was at another shop: « c'est pas chez nos clients hein, c'est une autre
    # boutique. Nous on est tranquilles » (newcomer33 lock-04), "it was another shop"
    r"(c'est|c'etait|c est) pas chez (nous|nos clients|un de nos clients|nos adherents)",
    r"(c'est|c'etait|c est) (une|un) autre (boutique|magasin|entreprise|societe|client|"
    r"commerce|agence|garage|restaurant)",
    r"(nous|moi) (on est|on reste|nous sommes) (tranquilles|tranquille|pas concernes)",
    r"(it was|it's|it is|that was) (another|a different) (shop|store|business|firm|company|"
    r"client|customer|site|branch)( not ours| not us)?",
    # a recall or a fault at a supplier the sender does not use: "We don't buy from them",
    # « on ne travaille pas avec eux » (newcomer25 fb11)
    r"(we|i) (don't|do not|never|didn't|did not) (buy|order|source|use|get|buy anything|"
    r"order anything|deal|work) (from|with) (them|that (farm|supplier|company|firm|brand|"
    r"lot|batch))",
    r"(on|nous|je) n'(achete|achetons|commande|commandons|utilise|utilisons|travaille|"
    r"travaillons)( rien)? (pas )?(chez|avec|aupres d') ?(eux|ce fournisseur|cette marque)",
    r"(on|nous|je) ne (travaille|travaillons|commande|commandons) pas (avec|chez) (eux|ce "
    r"fournisseur|cette marque)",
)
NOT_AFFECTED = Gated(phrases(*_NOT_AFFECTED))
# Said after trouble told of others: "we're all good", « tout va bien chez nous ».
_ALL_GOOD = (
    # "Our shop is fine, nothing missing", « notre local n'a rien »
    r"(our|notre) (shop|store|office|site|premises|place|unit|building|warehouse|yard|track|"
    r"studio|salon|kitchen|boutique|magasin|local|bureau|atelier|entrepot|cuisine) (is|was|"
    r"are|were|est|va|etait) (fine|ok|okay|untouched|unaffected|safe|intact|intacte|bien|"
    r"epargnee?)",
    r"(we're|we are|we were|we've been) all (good|fine|ok|okay)",
    r"(we're|we are|we were) (fine|ok|okay|unaffected|spared)(?= ?(\.|$| our| we| here))",
    r"(all good|all fine|tout va bien|tout roule) (here|on our side|at our end|our end|chez "
    r"nous|de notre cote|de notre part)",
    # the people hurt or checked are fine: "both were checked at the hospital yesterday
    # evening and are fine" (newcomer64), « elle a été vue aux urgences et va bien »
    r"(and|et) (is|are|was|were|va|vont|est|sont) (fine|ok|okay|unhurt|bien|indemnes?)\b",
    r"(is|are) (fine|ok|okay) now",
    r"(hors de danger|out of danger)",
    # the person who was taken ill is back home: « la cliente va bien, elle est sortie de
    # l'hôpital » (newcomer72); not « elle va bien maintenant » alone, beside what caused it
    # and is still on sale (newcomer63)
    r"(est|sont|etait) (deja )?(sortie?s?|rentree?s?) de l'hopital",
)
ALL_GOOD = Gated(phrases(*_ALL_GOOD))
NOT_NOW = Gated(
    phrases(
        *_NOT_AFFECTED,
        *_ALL_GOOD,
        # (not a leave to hand in rough work: "No pressure if it's just a rough version!" under
        # a deadline tomorrow noon, newcomer50)
        r"no rush(?! if (it's|it is|its|it s) )",
        r"no hurry(?! if (it's|it is|its|it s) )",
        r"not urgent",
        r"not (pressing|time sensitive|time critical)",
        r"whenever you get a chance",
        r"no pressure(?! if (it's|it is|its|it s) )",
        r"pas d'urgence",
        # « (il n'y a) pas le feu (au lac) »: nothing is burning, it can wait
        r"(y a |il y a |il n'y a )?pas le feu",
        r"pas urgent",
        r"pas presse",
        r"rien ne presse",
        r"pas grave",
        # not when a time within the day follows: "if you could have a look at some point
        # today", « quand tu auras un moment dans la journée » (newcomer60)
        r"quand (tu auras|tu as|vous aurez|vous avez) (le temps|un moment|deux minutes)(?!,? "
        r"(aujourd'hui|ce (matin|soir)|cet apres midi|dans la journee|avant))",
        r"at some point(?!,? (today|this (morning|afternoon|evening)|tonight|before|by))",
        r"no big deal",
        r"not a big deal",
        # the ask made optional: « si tu ne peux pas, aucun souci, je te ferai un compte rendu »
        # (newcomer90), "if you can't make it, no worries"
        r"si (tu ne peux|vous ne pouvez|t'peux|tu peux|vous pouvez) pas,? (aucun|pas de) "
        r"(souci|soucis|probleme)",
        r"if (you|u) (can't|cannot|can not)( make it| do it| join)?,? (no worries|no problem|"
        r"that's fine|that's ok|not a problem|all good)",
        # the sender grades the fault: "Well, not a critical bug :)" (realtext36), « pas un
        # bug bloquant », "not a blocker"; not "not a critical bug for us but for our
        # customers"
        r"(not|isn't|is not|n't) (really )?(a |an )?(critical|serious|major|blocking|big|urgent) "
        r"(bug|issue|problem|error|glitch)(?! (for us|pour nous) (but|mais))",
        r"(not|isn't|is not) (really )?a (blocker|showstopper|show stopper)",
        r"(pas|n'est pas|c'est pas) (vraiment )?(un |une )?(bug|probleme|souci|erreur) "
        r"(critique|bloquant|bloquante|grave|majeur|majeure|urgent|urgente)",
        r"(pas|rien de) (vraiment )?bloquant",
        r"no worries",
        r"no need to (worry|panic)",
        # the sender says the matter can wait: "it can wait till January", « ça peut attendre »
        r"(it|this|that|which|all this|all that|the rest|everything else|i|we) can (easily |"
        r"definitely |certainly |happily |totally )?wait",
        r"(ca|cela|ceci|tout ca|ca ca|le reste|on) (peut|pourra) (bien |tres bien |largement |"
        r"facilement |sans probleme )?attendre",
        r"no panic",
        r"pas besoin (de t'en|de vous en|de s'en|d'y) (occuper|soucier|inquieter|toucher|"
        r"faire quoi que ce soit)",
        # « Pas besoin d'intervenir, c'est juste pour que vous sachiez » (newcomer45)
        r"pas besoin (d'intervenir|de faire quoi que ce soit|de vous deplacer|de venir|d'agir)",
        r"no need to (do anything|act|deal with it|worry about it|look at it)",
        # "we don't need it so no action", "No action for you", « rien à faire de ton côté »
        r"(so )?no action (needed|required|for you|on your (side|part|end)|from you|(is )?"
        r"necessary)(?! (yet|for now|pour l'instant|for the moment))",
        r"so no action(?= ?(\.|!|$))",
        r"(rien a faire|aucune action) (de ton cote|de votre cote|pour toi|pour vous|de ta part|"
        r"de votre part|requise|necessaire)",
        r"pas de panique",
        r"nothing to worry about",
        r"nothing (for|4) (you|u) to do",
        r"(rien|pas) (d'inquietant|de quoi (s'|vous |t')inquieter|de quoi s'affoler)",
        # the sender knows why and finds it in order: « elle n'arrive plus à se connecter,
        # c'est normal, elle est partie à la retraite »
        r"(c'est|c'etait|that's|that is|it's) (tout a fait |perfectly |quite )?(normal|"
        r"expected|to be expected)(?= ?(\.|$)| (elle|il|ils|elles|on|she|he|they|since|"
        r"because|car|puisque|parce|vu|as)\b)",
        # planned, on a later day: the model cannot tell a planned cut from a live one
        r"(coupure|cut|outage|maintenance|intervention|travaux|shutdown|downtime)[a-z' ]{0,30}"
        r"(est |is |sont |are |will be |sera )?(prevue?s?|programmee?s?|planifiee?s?|planned|"
        r"scheduled) (le|on|for|pour|du|from|samedi|dimanche|saturday|sunday|next|la semaine|"
        r"\d)",
        r"will (cut|shut|turn) (off )?the (power|electricity|water|internet|heating|gas)[a-z' ]"
        r"{0,40} on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d|\d)",
        # the same, announced with its day: "shutting off our power Tuesday the 8th from 6 to
        # 8am", "the power shutdown … on Saturday 9 January", « coupure d'eau samedi 12 »
        r"(shutting|cutting|turning|switching) (off|down) (our |the )?(power|electricity|water|"
        r"internet|heating|gas|building)[a-z' ]{0,30} (on )?(monday|tuesday|wednesday|thursday|"
        r"friday|saturday|sunday) (the )?\d",
        r"(power|electricity|water|internet|network|gas) (shutdown|shut down|cut|outage|"
        r"interruption)[a-z' ]{0,40} (on )?(monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday) (the )?\d",
        r"coupure (de courant|d'electricite|d'eau|de gaz|internet|reseau|du reseau)[a-z' ]{0,40}"
        r" (le |du )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d",
        r"(nothing('s| is)|there('s| is) nothing) (broken|wrong|down)",
        r"rien (n'est|de) (casse|plante|en panne)",
        r"rien de presse",
        r"inutile de (vous |t'|s')?(inquieter|affoler|paniquer)",
        r"(aucune|nulle) urgence",
        r"no urgency",
        r"don't worry",
        # "it's on the list for the engineer in January, not to worry" (newcomer34 mix-31)
        r"(?<!i want )(?<!want you )(?<!need you )not to worry",
        r"nothing (further |else |more )?(for you|needed|to do|required)",
        r"no (action|reply|response) (is )?(needed|required|necessary)",
        # Not needed before a later day: "we don't need it again until easter so whenever",
        # « on n'en a pas besoin avant la rentrée », "fix it when convenient".
        r"(don't|do not|won't|will not|doesn't) need (it|them|this|that|the [a-z]+)( again)? "
        r"(until|till|before)",
        r"(n'en|n'en a|n'en avons) (a |avons )?(pas|plus) besoin (avant|d'ici)",
        r"so whenever",
        # "Urgent for your information only", « pour information uniquement »
        r"(for )?(your )?(information|info) only|pour (information|info) (seulement|"
        r"uniquement)|a titre (purement )?informatif",
        # "can you order us a new one, whenever, cheers"
        r"(it|them|one|that|this|these|those) whenever(?= (\.|cheers|thanks|thx|ta)\b| ?$)",
        r"(when|whenever) (it's |it is )?convenient",
        r"quand (ca|cela) (vous|t')(arrange|convient)",
        r"nothing (you need|for you) to do",
        r"aucune (action|reponse|intervention) (n'est )?(requise|necessaire|de (votre|ta) part)",
        r"we('ll| will) (reschedule|manage|figure it out|sort it out|work from home|print)",
        r"rien d'urgent",
        # Said to be a question in the abstract: "what would happen if…? just curious".
        r"just curious",
        r"(juste )?par curiosite",
        r"question generale",
        r"hypothetically",
        r"hypothetiquement",
        r"for (our|the) risk register",
        r"(just )?thinking ahead",
        r"pour anticiper",
        # « Rien à faire de votre côté », not « j'ai tout essayé, mais rien à faire », « j'ai
        # appuyé sur le bouton trois fois rien à faire » (no use: newcomer85)
        r"rien(?<!mais rien)(?<!toujours rien)(?<!fois rien)(?<!essaye rien)(?<!tente rien)"
        r"(?<!redemarre rien)(?<!relance rien)(?<!appuye rien) (de special |de plus |d'autre )?"
        r"a faire",
        r"(c'est|tout est) (deja )?(paye|regle)",
        r"(that's|that is|it's|all|everything's|everything is) (fine|good|ok)",
        r"(tout va|ca va) bien",
        r"no [a-z]+ (cut|outage|closure) (planned|expected|scheduled)",
        r"we('ll| will) (go ahead|carry on|manage|be fine)",
        r"rien de grave",
        r"rien de mechant",
        # the same said as a shrug before the news: "nothing major, just …", "it's probably
        # nothing, but …", "no a big thing", « t'inquiète hein »
        r"nothing (major|serious|big|dramatic)",
        r"(it's |its |it is )?probably nothing",
        r"(no|not) a big thing",
        r"t'inquiete",
        r"(a voir|on verra|on en parle|regarder) a l'occasion",
        r"(tout est|c'est|everything is|it's all|all) (en regle|in order)",
        r"ne (t'|vous )?inquiete(z)? pas",
        r"pas de panique",
        r"on (reporte|s'en occupe|gere|se debrouille)",
        r"on (fera|peut faire|va faire) sans",
        r"we('ll| will| can) (do|manage|make do|cope) without",
        *_FAR_OFF,
    )
)
