"""Times a message names that set the consultant no deadline (SPEC §5: urgent is "a deadline
within about 24 hours" for the consultant, not any time word).

Four kinds, each found by testers in messages no one here wrote (newcomer38):

- a farewell: « Merci et à demain pour le point », "see you tomorrow", "speak tomorrow";
- a quantity of hours: « passera à temps partiel (24 h par semaine) », "16 hours a week";
- the sender's own next step: « 2 manquants, je te les envoie demain matin », "I'll send
  them over this afternoon" (what the sender will do is not asked of the consultant);
- a span of hours, opening hours or a shift: « en semaine de 9h à 18h, votre page FB de
  9h à 17h »;
- a "last day" that belongs to a date further off or to another step: « Dernier jour le
  5/12 », « pour qu'on puisse les lui remettre le dernier jour »;
- a time already lasted: "for the past 24 hours I've been checking my inbox", « depuis 24 h
  plus rien », « ces dernières 48 heures » (realtext34): how long a trouble has gone on,
  not when something is due;
- a call-back promised to the sender by someone else, told: "the support said someone will
  call you within the hour. Never got a call", « on m'a dit qu'on me rappellerait dans
  l'heure » (realtext34): a promise someone failed to keep, not work due;
- a time offered for a meeting named by its day: « le rendez-vous de mardi, est-ce qu'on
  pourrait le passer à 15 h au lieu de 10 h » (newcomer76): when to talk, asked, not work
  due by then (a time offered for today or tomorrow still needs an answer within a day).

Texts are normalised (`text.normalise`: lower case, no accents, sentences split by " . ").
"""

from __future__ import annotations

import re

from boundaries.triage.dates import RELATIVE_DAY, names_a_day

_FAREWELL_BEFORE = re.compile(
    r"(?:^| )(a|see you|see ya|speak|speak to you|talk|talk to you|chat|catch you|bis)"
    r"(?<!d'ici a)(?<!reporte a)(?<!repousse a)(?<!avance a)(?<!decale a)(?<!remis a)"
    r"(?<!renvoye a)(?<!passe a) $"
)
# what makes "à demain" a time of tomorrow and not a goodbye: « à demain 9h », "tomorrow at 10"
_TIMED_AFTER = re.compile(
    r"^ ?(matin|midi|soir|apres midi|\d|a \d|avant|morning|afternoon|evening|first|at \d|"
    r"by|before|noon|dernier delai|au plus tard|latest)"
)
_FAREWELL_DAYS = frozenset({"demain", "tomorrow"})
# A part of the day wished to the reader: « bonne fin de journée », "have a good end of day".
_WISHED_BEFORE = re.compile(
    r"(?:^| )(bonne|bon|have a (good|nice|great|lovely)|enjoy (the|your)) $"
)

# Before a count of hours, what makes it a time lasted: "for the past", "over the last",
# « depuis », « pendant », « ces dernières »; not « dans les », "within the" (a time left).
_LASTED_BEFORE = re.compile(
    r"(?:^| )(?:(?:for|over|in|during|throughout) the (?:past|last|previous)|for|since|"
    r"depuis|pendant|durant|(?:ces|les) (?:dernieres|derniers))"
    r"(?: (?:more than|over|almost|nearly|about|at least|a good|well over|plus de|pres de|"
    r"presque|au moins|bientot|bien))? $"
)
# A call-back promised to the sender, reported: "(they) said someone will call you", « on
# m'a dit qu'on me rappellerait ».
_CALL_BACK_PROMISED = re.compile(
    r"\b(said|told (me|us)|promised|assured (me|us)|dit|promis|assure)\b[a-z' ]{0,40}"
    r"\b(call|calls|ring|phone|get back|contact|reach|answer|respond|reply|email|rappel\w*|"
    r"recontact\w*|repond\w*|reviendr\w*|joindr\w*)\b[a-z' ]{0,30}$"
)
_PER_PERIOD = re.compile(
    r"^ ?(par|per|a|an|each|chaque|/)? ?(semaine|week|mois|month|jour|day|an|year|sem|wk)\b"
)
_HOURS = re.compile(r"\d|twenty|vingt")

# The sender, in the first person, doing the next step themselves, with it (the matter) or
# you (the consultant) as its object: « je te les envoie », « je le fais », "I'll send you",
# "we'll do it". Not "we pay staff tomorrow": the matter there is not handed over.
_OWN_STEP = re.compile(
    r"(?:^| )(je|j'|on|nous|i|i'll|we|we'll|i'm|we're|he'll|she'll|they'll|he will|she will|"
    r"they will)"
    r"( ?(te|t'|vous|les|le|la|l'|lui|leur|vais|va|allons|will|shall|can|peux|pourrai|going to|"
    r"gonna|about to|promis))* ?"
    r"(envoi|envoie|envoies|envoyer|envoyons|enverrai|enverrons|fais|faisons|ferai|ferons|faire|"
    r"transmets|transmettons|"
    r"transmettrai|renvoie|renverrai|depose|deposerai|passe|passerai|send|sending|forward|"
    r"forwarding|drop|dropping|do|doing|get|bring|email|post|put|pop|scan|scanne|upload|"
    r"print|imprime)"
    r"( (you|it|them|over|across|back|ca|cela))*\b"
    r"(?![a-z' ]{0,70}\b(but|mais|and you|et (tu|vous)|if you|si (tu|vous)|faut|need|needs|must|"
    r"doit|doivent|please|pls|can you|could you|pouvez|peux tu|pourrais|pour que|so that|sinon|"
    # nor across what dates another thing: « je vous le scanne ce soir … c'est bien demain la
    # date limite » (newcomer81)
    r"otherwise|c'est|c est|it's|it is|date limite|deadline|echeance|due)\b)"
    # (a long object too: « je t'envoie le schéma unifilaire et les fiches techniques des
    # micro-onduleurs dans la journée », newcomer92)
    r"[a-z' ]{0,70}$"
)
_NAMED_BEFORE = re.compile(
    r"\b(the|those|these|les|ces|des|ses|sa|son|my|our|his|her|their|mes|nos)( [a-z]+){1,3}"
    r"( (que|qu'|which|that))? ?$"
)
_FIRST_PERSON = re.compile(r" ?(je|j'|on|nous|i|i'll|we|we'll|i'm|we're)\b")
# Work wanted before the sender's own step is still wanted by then: "check the contract
# before I send it tonight".
_BEFORE_OWN = re.compile(r"\b(before|avant (que|qu'|de|d'))( [a-z']+)? ?$")
_ASKED_OF_YOU = re.compile(
    r"\b((pouvez|pourriez|voulez|voudriez) vous|(peux|pourrais|veux|voudrais) tu|veuillez|"
    r"merci de|(can|could|would|will) (you|u)( please)?|please) ?$"
)
_PRONOUN_OBJECT = re.compile(r"\b(te|t'|vous|les|le|la|l'|lui|you|it|them)\b|j'|\b(ca|cela)$")

_HOUR = (
    r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|une|deux|trois|"
    r"quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix sept|"
    r"dix huit|dix neuf|vingt|vingt et une|vingt deux)( ?h ?\d{0,2}|:\d\d| heures?)?( ?(am|pm))?"
)
_SPAN = re.compile(
    rf"(de|from|between|entre|open|ouvert|ouverte) {_HOUR} ?(a|to|till|until|et|and|-) ?"
    rf"{_HOUR} ?$"
)
# A time offered as one of several, or as the consultant likes: « rappelez-moi … ce soir ou
# demain comme vous voulez », "tonight or tomorrow, whenever suits" (newcomer50).
_LEFT_TO_YOU = re.compile(
    r"^ ?(,? ?(ou|or) (demain|tomorrow|apres demain|plus tard|later|ce soir|tonight|lundi|monday)"
    r"( matin| morning| soir)?)? ?,? ?(comme (tu veux|vous voulez|ca t'arrange|ca vous arrange)|"
    r"whenever|as (you like|suits you)|a (ta|votre) convenance|when(ever)? it suits)\b"
)
# A meeting's time offered or moved: asked whether it suits before the time, or traded for
# another after it.
_OFFER_BEFORE = re.compile(
    r"\b(on pourrait|pourrait on|pourrions nous|pourriez vous|peut on|on peut|est ce qu'on peut|"
    r"can we|could we|shall we|how about|what about|would it be possible to) "
    r"(le |la |les |l'|it |this |that |the (call|meeting|session|appointment) )?(passer|decaler|"
    r"deplacer|avancer|reculer|repousser|reporter|faire|mettre|caler|fixer|move|push|shift|"
    r"do|meet|have it|make it|bring it|reschedule)\b[a-z' ]{0,30}$"
)
_TRADED_AFTER = re.compile(r"^[a-z0-9' ]{0,12}\b(au lieu de|instead of|plutot que|rather than)\b")
_IF_BEFORE = re.compile(r"\b(si|if|unless|a moins qu'|a moins que) ?$")
_LAST_DAY = re.compile(r"(dernier jour|last day|final day)$")
_TODAY_IS = re.compile(r"(c'est|est|is|it's|'s|today|aujourd'hui|ce sera|will be) (le |the )?$")
_THE = re.compile(r"(le|the) $")
# A time in a case supposed, in its sentence: "what if an auditor showed up unannounced,
# like, tomorrow?", « et si l'inspection débarquait demain ? » (newcomer67).
_SUPPOSED_BEFORE = re.compile(
    r"\b(what if|what would happen if|et si|imagine|imaginons|suppose|supposons|"
    r"hypothetically|hypothetiquement|si jamais)\b[a-z' ]{0,60}$"
)


def not_a_deadline(core: str, start: int, end: int) -> str | None:
    """Which kind of time that is no deadline `core[start:end]` is (module docstring), or None
    when it may well be one. `core` is normalised text; `start`/`end` are character offsets."""
    words = core[start:end].strip()
    before = core[max(0, start - 80) : start].rpartition(" . ")[2]
    after = core[end : end + 40].partition(" . ")[0]
    if (
        words in _FAREWELL_DAYS
        and _FAREWELL_BEFORE.search(before)
        and not _TIMED_AFTER.match(after)
    ):
        return "a farewell"
    if _WISHED_BEFORE.search(before):
        return "a farewell"  # « merci et bonne fin de journée » (newcomer79)
    if _SUPPOSED_BEFORE.search(before):
        return "a time supposed"  # "what if an auditor showed up, like, tomorrow?"
    if _HOURS.search(words) and _PER_PERIOD.match(after):
        return "a quantity of hours"
    if _HOURS.search(words) and _LASTED_BEFORE.search(before):
        return "a time already lasted"
    if _CALL_BACK_PROMISED.search(before):
        return "a call-back promised to the sender"
    if _SPAN.search(before + core[start:end]):
        return "a span of hours"
    own = _OWN_STEP.search(before)
    if (
        own is not None
        and (
            _PRONOUN_OBJECT.search(own.group(0))
            # the thing named just before: "the photos I'll send tonight" (newcomer54), not
            # "the wholesaler says they'll drop us" (another's threat)
            or (_FIRST_PERSON.match(own.group(0)) and _NAMED_BEFORE.search(before[: own.start()]))
        )
        # « si on lui envoie pas le prévisionnel avant demain midi, le prêt passe en
        # janvier »: a condition with its cost, not a step promised (newcomer49)
        and _IF_BEFORE.search(before[: own.start()]) is None
        and _BEFORE_OWN.search(before[: own.start()]) is None
        # « pouvez-vous nous envoyer l'attestation dans les 24 heures »: « nous » is whom the
        # consultant is asked to send it to
        and _ASKED_OF_YOU.search(before[: own.start()]) is None
    ):
        return "the sender's own next step"
    if _LEFT_TO_YOU.match(after):
        return "a time left to the consultant"
    if (
        (_OFFER_BEFORE.search(before) or _TRADED_AFTER.match(after))
        and names_a_day(core)
        and RELATIVE_DAY.search(f"{before[-40:]} {words} {after}") is None
    ):
        # the time of the meeting named by its day (« le rendez-vous de mardi … le passer à
        # 15 h »); not "can we do 9am tmrw instead of Friday", tomorrow's (newcomer60)
        return "a time offered for a meeting"
    if _LAST_DAY.search(words):
        if names_a_day(after[:25]):
            return "a last day dated further off"
        if _THE.search(before) and not _TODAY_IS.search(before):
            return "the last day of another step"
    return None


def words_not_a_deadline(core: str, words: str) -> str | None:
    """`not_a_deadline` for the first place `words` stand in `core`."""
    at = core.find(words)
    return not_a_deadline(core, at, at + len(words)) if at >= 0 else None
