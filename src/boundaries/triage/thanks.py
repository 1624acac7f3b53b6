"""Whether a message only thanks or acknowledges: nothing in it to discuss (SPEC §5, §10).

« merci pour le rapport, c'est parfait », "Thanks Claire, all good!", « merci pour hier,
c'était super » ask nothing and bring nothing new: they close a topic, they do not open one.
A thank-you that also asks (a question, a call back) or tells something (any other content
word: « merci ! au fait le serveur redémarre tout seul ») is not "only thanks". A new email
whose subject names something ("Rapport", « TR: facture ») brings that thing.
"""

from __future__ import annotations

import re

from boundaries.triage import cues as C
from boundaries.triage.lang import ENGLISH, FRENCH
from boundaries.triage.mail import read_mail
from boundaries.triage.text import FILLERS, normalise, tokens

# A thank-you with what it thanks for (a short noun phrase, never a clause): « merci
# beaucoup pour le rapport », « merci pour hier », "thank you so much for your help",
# "thanks for sorting the printer", « je voulais vous remercier pour la réunion ».
_THANKED = re.compile(
    r"(?<!\w)(merci|mercis|remercie\w*|thanks?|thank you|thx|ty|cheers|grateful|"
    r"(i |we )?(really |truly )?appreciate( it| that| this| your help)?|(much |very much )?"
    r"appreciated)((?: (beaucoup|bien|encore|again|so much|very much|a lot|a million|"
    r"infiniment|mille fois|tout plein|en tout cas|claire|a toi|a vous|to you|you)))*"
    r"(?: (pour|for|de|d') ?(?:(le|la|les|l'|ton|ta|tes|votre|vos|the|your|this|that|these|"
    r"all|tout|ce|cet|cette|ces|avoir|d'avoir|having|getting|sorting|doing|sending|fixing) ?)?"
    r"[a-z'-]+(?: (de|du|des|d'|of) ?(?:(le|la|les|l'|the|your|votre|ton) ?)?[a-z'-]+)?"
    r"(?: (yesterday|today|this morning|last week|again|hier|aujourd'hui|ce matin|encore|"
    r"la semaine derniere))?)?\b"
)

# Praise, an acknowledgement, a wish or a sign-off: « c'est parfait », « c'était super »,
# « tout est bon », « bien reçu », "all good", "looks great", "much appreciated", "have a
# good weekend". They tell nothing new about the work.
_DAY_FR = (
    r"(ce |le )?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|la semaine "
    r"prochaine)( (matin|midi|apres midi|soir))?( (a|vers) \d{1,2} ?h(\d\d)?)?"
)
_DAY_EN = (
    r"((next |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|"
    r"next week)( (morning|afternoon|evening))?( at \d{1,2}(:\d\d)?( ?(am|pm))?)?"
)
_PRAISE = C.any_of(
    # agreeing to a day or to what was said, first: « Parfait pour moi », « Entendu pour
    # vendredi », « Vendredi me va », "Wednesday works", "Fine for Thursday", "Makes sense"
    # (newcomer15 M2)
    r"(ok|okay|d'accord|c'est bon|c'est ok|ca marche|ca me va|ca nous va|parfait|tres bien|"
    rf"bien|entendu|note|bien note|c'est note|super|top|nickel) pour (moi|nous|{_DAY_FR})",
    rf"{_DAY_FR} (me|nous) (va|convient|irait)( tres bien| parfaitement| bien)?",
    rf"(ok|okay|fine|perfect|great|noted|good|sure) (for|by) (me|us|{_DAY_EN})",
    rf"{_DAY_EN} (works|is fine|is good|is perfect|suits( me| us)?)( (for|with) (me|us))?"
    r"( fine| great| perfectly)?",
    r"(that |it )?makes (sense|total sense|perfect sense)|fair enough|ca se tient|"
    r"c'est (logique|coherent)",
    r"(c'est|c'etait|c est|c etait|ca a ete|tout est|tout etait|tout|c'est tout|cest)"
    r"( (vraiment|tres|super|trop|absolument|parfaitement))? (parfait|super|top|nickel|genial|"
    r"impeccable|bon|ok|note|clair|tres bien|bien|recu|bien recu|gentil|sympa|utile|"
    r"excellent|formidable|un plaisir|agreable|en ordre|regle|au top|carre)",
    r"(tres |vraiment |super |absolument )?(parfait|super|top|nickel|genial|impeccable|"
    r"excellent|formidable|bravo|felicitations|genial|impec|cool)( !)*",
    r"(beau|bon|super|excellent|joli) (travail|boulot)",
    r"(bien )?(recu|note)( 5 sur 5| cinq sur cinq)?",
    # agreeing to what the thread settled: « OK pour moi », « Entendu », « Ça me va »,
    # "Works for me", "Fine by me" (newcomer14 M1)
    r"(ok|okay|d'accord|c'est bon|c'est ok|ca marche|ca me va|ca nous va|parfait|tres bien|"
    r"bien) pour (moi|nous)",
    r"entendu|ca (me|nous) va( tres bien| parfaitement| bien)?|ca roule|tres bien|"
    r"pas de (souci|soucis|probleme)|aucun (souci|probleme)|volontiers|avec plaisir",
    r"(that |it |this )?works( (for|with) (me|us))?( fine| great| perfectly)?|"
    r"fine (by|with|for) (me|us)|will do|sure thing|of course",
    r"ok|okay|d'accord|ca marche|parfait merci|rien a (ajouter|signaler)",
    r"(je voulais|juste pour|je tenais a|c'etait pour|c'est pour|petit message pour|"
    r"un petit mot pour)( (simplement|juste))? (te|vous) (dire|remercier)",
    r"(bonne|belle|excellente) (journee|soiree|semaine|fin de semaine|fin de journee|"
    r"week end|weekend|continuation|fete|fetes|annee)",
    r"a (bientot|plus|tres vite|demain|lundi|mardi|mercredi|jeudi|vendredi|la prochaine)",
    r"bises|bisous|cordialement|amities|bien a (toi|vous)|salutations",
    r"(ca|c') (m'aide|nous aide|aide) (beaucoup|bien|enormement)?",
    r"all (good|sorted|fine|set|clear|received)",
    r"(it |that |this |everything |all )?(looks|sounds|was|is|'s|seems|went|worked|works|"
    r"working)"
    r"( (really|very|absolutely|just))? (great|good|perfect|fine|brilliant|lovely|excellent|"
    r"amazing|awesome|fantastic|wonderful|spot on|smoothly|well|helpful|perfectly)( now)?",
    r"(marche|fonctionne|marchent|fonctionnent) (parfaitement|tres bien|bien|nickel)"
    r"( maintenant)?",
    r"(that's|thats|that is|it's|its)( (really|very|absolutely|just))? (great|perfect|"
    r"brilliant|lovely|excellent|amazing|awesome|fantastic|wonderful|helpful|fine|good)",
    r"(really |very |just )?(perfect|great|awesome|brilliant|excellent|fantastic|wonderful|"
    r"lovely|amazing|superb|nice one|nice)",
    r"got it|received|noted|understood|no worries|no problem|sounds good",
    r"(well done|great job|good job|nice work|great work|good work|nice job|congrats|"
    r"congratulations)",
    r"you('re| are) (a star|the best|a lifesaver|amazing)",
    r"have a (good|nice|great|lovely) (day|weekend|week|evening|one)",
    r"(just )?(wanted|calling|writing|a quick note|a note) to (say|tell you)( a big)?( thanks| "
    r"thank you)?",
    r"(just )?(wanted|calling|writing) to thank you",
    r"(talk|speak|see you) (soon|later|next week|then|on \w+)|best|regards|kind regards|"
    r"best wishes|warm regards",
)
# Acknowledging without a thank-you word: « bien reçu », "got it", "noted".
_ACKNOWLEDGES = C.any_of(r"bien recu|c'est note|(bien )?note|got it|received|noted")
_REPLY = re.compile(r"^\s*(re|aw|sv)\s*:", re.I)
_FORWARD = re.compile(r"^\s*(tr|fwd?|wg)\s*:", re.I)
_NAME_MAX = 1  # a name beside the thanks: "Thanks Claire", « merci Marc »


def only_thanks(channel: str, text: str, subject: str = "") -> bool:
    """Whether a message (a voicemail transcript, an SMS, or an email body and its subject)
    only thanks or acknowledges: a thank-you or acknowledgement word, no question, no call
    asked for, and nothing left once thanks (with what they thank for), praise, greetings,
    who is calling and sign-offs are set aside (one word may be left: a name). An email is
    read by its new text; its subject counts unless it answers a thread ("Re: …"), and a
    forward always brings something."""
    subject = subject.strip()
    if channel == "email":
        if _FORWARD.match(subject):
            return False
        body = read_mail(text, subject).new
        if subject and not _REPLY.match(subject) and _left(normalise(subject)) > 0:
            return False
    else:
        body = text
    if "?" in body:
        return False
    body = _without_names(body)
    norm = normalise(body)
    if not (C.THANKS.search(norm) or _ACKNOWLEDGES.search(norm)):
        return False
    if C.CALLBACK.search(norm) and not C.SELF_CALLBACK.search(norm):
        return False  # "thanks, call me back": it asks for a call
    return _left(norm) <= _NAME_MAX


# Earlier messages taken back: "ignore my last 3 calls", « oublie mon message de ce matin »,
# "disregard my voicemail" (trial51 §1: "good ignore" went on the agenda and into the reply).
_TAKEN_BACK = re.compile(
    r"\b(ignore|disregard|forget|scratch|oublie|oubliez|laisse tomber|laissez tomber|ne tiens "
    r"pas compte de|ne tenez pas compte de)( (my|mes|mon|ma|the|les|le|la|that|this|ce|cet|"
    r"previous|earlier|last|latest|\d+|two|three|four|deux|trois|quatre|dernier|derniers|"
    r"derniere|dernieres|precedent|precedents|precedente))+ (calls?|messages?|voicemails?|"
    r"texts?|txts?|emails?|e mails?|mails?|appels?|sms|vocaux|vocal|messages vocaux)\b"
)


def taken_back(channel: str, text: str, subject: str = "") -> bool:
    """Whether a message only takes back the sender's earlier ones ("all good, ignore my last
    3 calls, sorted it out myself", « oublie mon message, c'est réglé »): no question, and
    nothing left once that, thanks, praise, greetings and who is calling are set aside but a
    word or two of how it was settled. It brings no matter to an agenda."""
    body = read_mail(text, subject).new if channel == "email" else text
    if "?" in body:
        return False
    norm = normalise(_without_names(body))
    found = _TAKEN_BACK.search(norm)
    if found is None:
        return False
    rest = f"{norm[: found.start()]} {norm[found.end() :]}"
    return _left(rest) <= _SETTLED_WORDS


_SETTLED_WORDS = 4
"""Words a take-back may hold beside it: "sorted it out myself", « c'est réglé »."""


# A signature line: one or two capitalised words alone on the last line ("Marc", "Jen B.").
_SIGNATURE = re.compile(r"\n\s*[A-ZÀ-Ý][\w'-]*( [A-ZÀ-Ý][\w'.-]*)?\s*$")
# A capitalised word inside a sentence: a name ("Bonjour Claire", "Thanks Jen").
_NAME = re.compile(r"(?<=[\w,] )[A-ZÀ-Ý][a-zà-ÿ'-]+\b")


def _without_names(body: str) -> str:
    """`body` without its signature line and the names it writes with a capital inside a
    sentence (a transcript, all lower case, keeps them: `_NAME_MAX` allows one)."""
    return _NAME.sub(" ", _SIGNATURE.sub("", body.strip()))


def without_courtesies(norm: str) -> str:
    """`norm` (normalised text) without its thanks (with what they thank for), praise and
    acknowledgements, greetings and who is speaking: what is left tells something ("sounds
    good" and « merci, c'est parfait » leave nothing; "thanks! the venue insurance expires"
    leaves "the venue insurance expires")."""
    rest = C.SELF_ID.sub(" ", norm)
    rest = _THANKED.sub(" ", rest)
    rest = _PRAISE.sub(" ", rest)
    return C.GREETING.sub(" ", rest)


def only_courtesy(words: str, norm: str) -> bool:
    """Whether every word of `words` (a topic, normalised) is one of the praise or
    acknowledgements of `norm` (the message, normalised): "good" out of "thanks, all good"
    names no matter (trial49 §6); what a thank-you is for does ("merci pour le rapport")."""
    said = set(tokens(norm)) - set(tokens(_PRAISE.sub(" ", norm)))
    own = set(tokens(words))
    return bool(own) and own <= said


def _left(norm: str) -> int:
    """Content words of `norm` once thanks, praise, greetings and who is speaking are gone."""
    return sum(
        1
        for w in tokens(without_courtesies(norm))
        if w not in FRENCH
        and w not in ENGLISH
        and w not in FILLERS
        and not w.isdigit()
        and w.strip("!'-")
    )
