"""The triage of one message: explainable cues in French and English, no model, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from babel import Locale

from boundaries.domain.automatic import AUTO_SUBJECTS
from boundaries.triage import cues as C
from boundaries.triage.choice import choice_asked
from boundaries.triage.dates import (
    distant_deadline,
    due_date,
    far_span,
    imminent_date,
    imminent_deadline,
)
from boundaries.triage.lang import ENGLISH, FRENCH, detect_language, other_language
from boundaries.triage.mail import (
    HALF_REMOVED,
    handed_over,
    html_to_text,
    looks_like_html,
    note_above_forward,
    quotes_the_reader,
    read_mail,
    reply_runs,
    signature_only,
)
from boundaries.triage.model import WRITTEN_IN, Intent, Message, Triage
from boundaries.triage.resolved import elsewhere, problem_over
from boundaries.triage.text import FILLERS, normalise, sentences, tokens
from boundaries.triage.thanks import only_courtesy, only_thanks, taken_back, without_courtesies
from boundaries.triage.topic import (
    OWN_SUBJECT,
    as_written,
    choose,
    from_subject,
    moved_meeting,
    moved_meeting_at,
    told_unavailable,
    without_names,
)
from boundaries.triage.urgency import MEETING_NOW, asks_nothing, done_then, join_asked, urgency

NUMBER_WORDS = frozenset(
    [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "oh",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "vingt",
        "trente",
        "quarante",
        "cinquante",
        "soixante",
        "cent",
        "zero",
    ]
)
_PREPOSITIONS = frozenset(["from", "with", "at", "of", "de", "du", "des", "d", "la", "l'"])
_CONNECTOR = re.compile(r"sinon|faute de|sans .*|otherwise|or else|unless|without .*")
_NAME_MAX = 1  # content words a bare greeting may leave behind (a name SELF_ID missed)
# A time offered for a call: "at 3", « à 15 h », "this afternoon", "tomorrow at 10".
# (not the hour the caller is reachable until: « je suis au bureau jusqu'à 16h », newcomer89)
_OFFERED_TIME = re.compile(
    r"(?<!jusqu')\b(at|a|vers|around) \d{1,2}( ?(am|pm|h|:\d\d)(\d\d)?)?\b|"
    r"(?<!jusqu'a )(?<!until )(?<!till )(?<!avant )(?<!before )\b\d{1,2} ?(am|pm|h\d*)\b|"
    r"\b(this|cet|ce) (afternoon|apres midi|evening|soir)\b"
)
_NAME_MAX_CALLBACK = 7  # beside a call-back request: names, organisations, numbers
_SAID_ABOUT_ONLY = 4  # content words of a voicemail that only names its topic (and a name)
CHOICE = 2.5  # the weight of a choice put to the consultant (`choice.choice_asked`)
# « je vous appelle pour vous dire que … », "calling to let you know": it tells, it names no
# topic of a call to come
_TELLS = re.compile(
    r" ?(vous |te |t')?(dire|informer|prevenir|signaler|confirmer|remercier)\b|"
    r" ?(to )?(tell|let you know|say|inform|confirm|thank)\b"
)
# "don't worry about the fire alarm", « ne t'inquiète pas pour la facture »: what follows is
# what not to call about
_NOT_CALLING_ABOUT = re.compile(
    r"\b(worry|worried|forget|care|sorry|joke|joking|inquiete|inquieter|inquietez|oublie|"
    r"oubliez|desole|desolee)( pas| not)? ?$"
)

INTENT_TABLES = (
    (Intent.STATUS_CHECK, C.STATUS),
    (Intent.REQUEST, C.REQUEST),
    (Intent.SCHEDULING, C.SCHEDULING),
    (Intent.INFO, C.INFO),
)
PRIORITY = (Intent.STATUS_CHECK, Intent.REQUEST, Intent.SCHEDULING, Intent.INFO)


def named_topic(message: Message) -> str:
    """The topic of a message the rules read as content-free but that a second opinion finds
    to say something ("the website ate the registrations … call us"): a run of its own
    words, chosen as for any message (`topic.choose`, no cue to anchor it)."""
    raw = _body(message.channel, message.text, message.subject)
    return choose(raw, message.text, message.channel, message.subject, [], formulas=True)


def content_words(message: Message) -> int:
    """How many words of a message are neither greetings, names it introduces, numbers nor
    function words (what a content-free call-back may hold beside names: `_NAME_MAX_CALLBACK`)."""
    return _residual(_read(message.channel, message.text, message.subject, message.lang_hint).core)


_AT_CONVENIENCE = re.compile(r"\bat (your|ur|votre) (convenience|convenance)\b")


def _body(channel: str, text: str, subject: str) -> str:
    """What the triage reads of a message: an email's subject line and new text
    (`mail.read_mail`), a transcript without its transcriber's notes (`_ANNOTATION`), a text
    message without the name that signs it (`_unsigned`)."""
    if channel == "email":
        body = read_mail(text, subject).new
        # (not the product's own subject answered: "Re: Bien reçu vos messages", trial47)
        return f"{subject}\n{body}" if subject and not OWN_SUBJECT.match(subject) else body
    if channel == "voicemail":
        return _ANNOTATION.sub(" ", text)
    return _unsigned(text)


# What a transcription service notes about the recording, not what the caller said:
# "[inaudible]", "[wind noise]", "[cut off]", « [coupure] », "(unintelligible)", "<unk>".
_ANNOTATION = re.compile(
    r"\[[^\[\]\n]{1,80}\]|<unk>|\((?i:inaudible|unintelligible|indistinct|crosstalk|noise|"
    r"background noise|music|silence|laughs?|laughter|pause|static|beep|coupure|rires?|bruit|"
    r"bruits|grésillements?)\)"
)
# A caller's hesitations, which transcripts write between any two words: the cues read « je
# voulais voir avec vous euh le planning » as « je voulais voir avec vous le planning ».
_SOUNDS = re.compile(r"\b(euh+|heu+|hum+|hmm+|mm+|um+|uh+|erm)\b[,.]*", re.I)
# The last words of a text message after its last sentence ("Ring me when ur free. Gaz",
# "Server down again!\nThanks, Jen"), with the courtesy that may lead them.
_SIGN_OFF = re.compile(
    r"(?:(?<=[.!?])[ \t]+|\n\s*)(?:(?:thanks|thank you|thx|ta|cheers|merci|bises|a\+)[,!. ]*)?"
    r"(?P<name>[^.!?\n]{1,40}?)\s*$",
    re.I,
)
_SIGN_OFF_WORDS = 3
# Words that end a text as an answer or a cry, not as a name: "Working. Good", "Done. Thanks".
_LAST_WORDS = frozenset(
    "good great fine perfect sure done yes no nope yep yup cool nice lovely brilliant super "
    "parfait top nickel bien excellent génial genial urgent help asap please pls svp stp "
    "today tomorrow tonight now demain maintenant aujourd'hui ce soir".split()
)


def _unsigned(text: str) -> str:
    """A text message without the name that signs it: the last words after its last
    sentence, when they are written as a name (`mail.signature_only`: "Gaz", "Marc D.",
    "Claire x"), at most `_SIGN_OFF_WORDS` words none of which is a common word ("Ok",
    "Today") or says something urgent. A name that signs is who writes, never what the message
    is about (SPEC §5): "Gaz" is not « gaz »."""
    found = _SIGN_OFF.search(text)
    if found is None or not text[: found.start()].strip():
        return text
    name = found.group("name")
    words = tokens(normalise(name))
    if (
        not words
        or len(words) > _SIGN_OFF_WORDS
        or not signature_only(name.strip())
        or any(w in ENGLISH or w in FRENCH or w in FILLERS or w in _LAST_WORDS for w in words)
        or urgency(normalise(name))[0]
    ):
        return text
    return text[: found.start()]


# New text saying that what it quotes is going on now: "still happening", « toujours le cas ».
_QUOTE_GOES_ON = re.compile(
    r"\b(still (happening|the case|going on|not (fixed|working|sorted))|same (thing|problem) "
    r"(again|today|this morning)|it's happening again|toujours (le cas|pareil|en panne|pas "
    r"(regle|repare|resolu))|ca (continue|recommence)|c'est reparti)\b"
)


_TAKES_BACK = re.compile(
    r"(c'etait|ce n'etait|il s'agissait|it was|it's|that was|this was|turns out|turned out)\b"
)
"""Calm words that point back at what was just told (« Alerte incendie ce matin ! Bon, c'était
l'exercice », "turned out it was a scam call"): about that, not about something else, so the
rest of the message is not read for a harm of its own."""


def _beside_the_calmed(raw: str, channel: str, topic: str, anchors: list[str]) -> str:
    """For an urgent message whose `topic` was taken from a sentence that says its matter
    can wait (« Pas d'urgence pour le compte rendu. »), the topic of the rest; "" when there
    is none or no such sentence."""
    said = sentences(raw)
    named = normalise(topic).strip()
    calmed = [s for s in said if named in normalise(s) and C.NOT_NOW.search(normalise(s))]
    if not calmed or len(calmed) == len(said):
        return ""
    rest = " ".join(s for s in said if s not in calmed)
    return choose(rest, rest, channel, "", anchors)


# Where a message turns to another matter, in a transcript that has no full stop: « et
# ensuite », « autre chose », "oh and", "by the way" (read on the raw text).
_NEXT_MATTER = re.compile(
    r"\b(et ensuite|ensuite|et puis|autre chose|deuxi[eè]me chose|second thing|another thing|"
    r"other thing|oh and|and also|by the way|au fait|sinon|aussi|also)\b",
    re.IGNORECASE,
)


def _of_the_urgent_part(raw: str, channel: str, topic: str, words: str, anchors: list[str]) -> str:
    """For an urgent message, the topic of the part that tells the urgent `words` (as
    `urgency` quoted them, normalised) when `topic` was taken from another part; "" when
    `topic` is already the urgent part's, or no part is told apart."""
    parts = [
        piece
        for sentence in sentences(raw)
        for piece in _split_at_matters(sentence)
        if piece.strip()
    ]
    if len(parts) < 2:
        return ""
    urgent = [p for p in parts if words in normalise(p)]
    if len(urgent) != 1 or normalise(topic).strip() in normalise(urgent[0]):
        return ""
    return choose(urgent[0], urgent[0], channel, "", anchors)


def _split_at_matters(sentence: str) -> list[str]:
    """`sentence` cut where it turns to another matter (`_NEXT_MATTER`), without those words."""
    parts, start = [], 0
    for turn in _NEXT_MATTER.finditer(sentence):
        parts.append(sentence[start : turn.start()])
        start = turn.end()
    return [*parts, sentence[start:]]


def _fuller_is_urgent(message: Message, verdict: Triage) -> str | None:
    """When cleaning removed most of an email, the reason its fuller text is urgent, if it is
    (`mail.MOSTLY_REMOVED`; up to `mail.HALF_REMOVED` when the new text is not a mere
    statement, `verdict` being the new text's own reading). A thank-you that asks nothing
    ("Merci pour ton retour." above a quoted outage) is judged alone."""
    if message.channel != "email":
        return None
    mail = read_mail(message.text, message.subject)
    asks = verdict.intent is not Intent.INFO
    new = normalise(mail.new)
    still = _STILL_GOING.search(new) is not None  # "still", "need": the quote may matter now
    if not (still or mail.mostly_removed or (asks and mail.share_kept <= HALF_REMOVED)):
        return None
    if not (asks or still) and "?" not in mail.new and C.THANKS.search(new):
        return None  # a thank-you above the history: what it quotes has been dealt with
    if not still and "?" not in mail.new and _SETTLED.search(new):
        # « Merci, c'est parfait, on en reparle vendredi. » above a quoted « URGENT : le site
        # est en panne »: the sender says it is settled (trial51 §11)
        return None
    if quotes_the_reader(message.text) and _QUOTE_GOES_ON.search(new) is None:
        # the consultant's own words quoted back: no news of the client's, unless the client
        # says what they tell goes on ("still happening"); a need of the new text's own is
        # read there (trial47: « faut-il prévoir un avenant ? » above the consultant's « URGENT
        # … avant ce soir » was "possibly urgent")
        return None
    fuller = classify(message._replace(text=mail.fuller, channel="sms"))
    if not fuller.urgent:
        return None
    why = next((r for r in fuller.reasons if r.startswith("urgent")), fuller.reasons[0])
    return "possibly urgent: the quoted or removed text says " + why.split(": ", 1)[-1]


_SETTLED = re.compile(
    r"\b(c'est parfait|c est parfait|parfait|tout est (rentre dans l'ordre|ok|bon|regle)|c'est "
    r"(regle|bon|reparti|resolu|ok)|ca (remarche|refonctionne|marche)|all (good|sorted|fixed|"
    r"working)|(it's|its|it is|that's|thats) (perfect|sorted|fixed|working|back up)|works "
    r"(now|again)|back (up|online) (now|again)|problem solved|resolved)\b"
)
"""The new text above quoted history says the matter is settled."""


@dataclass(frozen=True)
class _Reading:
    """What the words of a message say, independent of when it was sent (hence cacheable)."""

    lang: str
    content_free: bool
    intent: Intent
    urgent: bool
    topic: str
    reasons: tuple[str, ...]
    core: str
    stake: str | None  # the stake found when no time cue made it urgent: dates may yet
    verdict: Triage  # the answer when no date in the words can change it


# What transcribers write in place of words they could not make out: "[inaudible]",
# "(unintelligible)", "...". A voicemail transcript of nothing else is a failed transcription.
_NO_WORDS = re.compile(
    r"[\[(<{]\s*(inaudible|unintelligible|indistinct|silence|no speech|blank|crosstalk|"
    r"noise|music|bruit|musique|incomprehensible|incompréhensible|inaudible speech)\s*[\])>}]"
    r"|[.…\s-]+",
    re.IGNORECASE,
)


# What a provider writes when it has no transcript: "[no transcription available]",
# "(transcription failed)", « [transcription indisponible] », "[no speech detected]".
_PLACEHOLDER = re.compile(
    r"[\[(<{]?\s*((message vocal|voicemail|voice ?mail|voice message|messagerie vocale|audio)"
    r"\s*:\s*)?(no |pas de |aucune )?(transcription|transcript|retranscription)s?\s*"
    r"(is |not |non |n'est pas |was )*(available|failed|unavailable|indisponible|disponible|"
    r"impossible|échouée|echouee|error|erreur|pending|en attente)?"
    r"(\s*(for|pour) (this|ce|cet|cette) (message|call|recording|appel|enregistrement|"
    r"voicemail|message vocal))?\s*[\])>}]?(?=[\s.…!]*$)"
    r"|[\[(<{]?\s*(no speech( detected)?|(the )?caller (did not|didn't) leave a message|"
    r"no message (was )?left|aucun message( laiss[ée])?|pas de message)\s*[\])>}]?(?=[\s.…!]*$)",
    re.IGNORECASE,
)


def failed_transcript(message: Message) -> bool:
    """A voicemail whose transcript holds no word at all: empty, or only markers such as
    "[inaudible]" (SPEC §5: not content-free, `unknown`, listen to the recording)."""
    if message.channel != "voicemail":
        return False
    text = message.text
    if len(text) < 80:  # a provider's placeholder is short
        text = _PLACEHOLDER.sub("", text)
    marked = _ANNOTATION.search(text) is not None
    if marked:
        # "[inaudible] … euh … [inaudible] … ouais": sounds the transcriber heard, no words
        text = _HESITATION.sub(" ", _ANNOTATION.sub(" ", text))
    heard = _NO_WORDS.sub(" ", text).split()
    # a name or two caught between the gaps ("[inaudible] … claire … [inaudible]", trial46)
    # is no message either: what was said is in the recording
    return not heard or (marked and len(heard) <= _CAUGHT_WORDS)


_CAUGHT_WORDS = 2
"""Words a transcript with gaps in it may hold and still be a failed transcription."""


# Sounds of someone hesitating, which say nothing: "euh", "um", "ouais", "mm".
_HESITATION = re.compile(
    r"\b(euh+|heu+|hum+|hmm+|mm+|um+|uh+|er+m?|ah+|oh+|ouais|ouai|yeah|bah|ben)\b[,.!?]*", re.I
)


def _in_another_language(message: Message) -> Triage | None:
    """The verdict on a message written in neither French nor English (`lang.other_language`),
    else None: `unknown`, no topic (its words would be quoted back to the client as one),
    told to read or listen to it, as a transcript the provider could not make (SPEC §5);
    `lang` is the hint, else the closer of the two (trial35 §7: a Japanese voicemail's every
    word became the topic of the reply)."""
    raw = _body(message.channel, message.text, message.subject)
    words = tokens(normalise(raw))
    code = other_language(raw, words)
    if code is None:
        return None
    lang = message.lang_hint or detect_language(raw, words, None)[0]
    name = Locale("en").languages.get(code, code)
    why = f"{WRITTEN_IN}{name}, which the triage does not read; read or listen to it"
    return Triage(lang, False, Intent.UNKNOWN, False, "", (why,))


def _listen(message: Message) -> Triage:
    heard = _ANNOTATION.sub(" ", message.text)  # "[inaudible] euh … ouais": French sounds
    lang = message.lang_hint or detect_language(heard, tokens(normalise(heard)), None)[0]
    why = "unknown: no transcript of the recording could be made; listen to it (SPEC §5)"
    return Triage(lang, False, Intent.UNKNOWN, False, "", (why,))


def classify(message: Message) -> Triage:
    """Classify one message (SPEC §5); `reasons` lists the cues that decided. A voicemail
    whose transcript failed (`failed_transcript`) is `unknown`, not content-free. A message
    that only thanks or acknowledges (`thanks.only_thanks`: no question, no call asked, no
    other content word) is `info` with `nothing_to_discuss` set, unless found urgent."""
    if failed_transcript(message):
        return _listen(message)
    # (an auto-responder's answer is told as one whatever languages it holds)
    unread = None if _auto_reply(message) else _in_another_language(message)
    if unread is not None:
        return unread
    verdict = _classify(message)
    if message.channel == "email" and _auto_reply(message):
        # an auto-responder's answer ("Automatic reply: …", « Réponse automatique : »): its
        # "for urgent matters call …" is the absent person's standing offer, not a request
        # (domain.automatic: the inbox stores such mail untriaged; here it is told so)
        kept = [x for x in verdict.reasons if not x.startswith(("urgent", "possibly urgent"))]
        kept.insert(-1, "not urgent: an automatic reply")
        return replace(verdict, urgent=False, intent=Intent.INFO, reasons=tuple(kept))
    if not any(x.startswith("not urgent") for x in verdict.reasons):
        noted = _noted_all_clear(normalise(message.text))
        if noted is not None:
            # said, so that no second opinion reads the incident told as today's
            kept = [x for x in verdict.reasons if not x.startswith("urgent")]
            kept.insert(-1, f"not urgent: told for the record, all clear ({noted})")
            return replace(verdict, urgent=False, reasons=tuple(kept))
    if not verdict.urgent and not any(x.startswith("not urgent") for x in verdict.reasons):
        done = _good_news(normalise(message.text))
        if done is not None and verdict.intent in (Intent.INFO, Intent.UNKNOWN):
            # said, so that no second opinion reads the money or the bank named as trouble
            reasons = (*verdict.reasons[:-1], f"not urgent: good news told ({done})")
            return replace(verdict, reasons=(*reasons, verdict.reasons[-1]))
    if not verdict.urgent:
        why = _fuller_is_urgent(message, verdict)
        if why is not None:
            reasons = (*verdict.reasons[:-1], why, verdict.reasons[-1])
            return replace(verdict, urgent=True, possible=True, reasons=reasons)
    return verdict


def _classify(message: Message) -> Triage:
    r = _read(message.channel, message.text, message.subject, message.lang_hint)
    if r.verdict.content_free:
        return r.verdict
    if message.at is None:
        # what the words say does not depend on when they were said, nor does a time left
        # counted from now (« nous avons 15 jours pour »)
        said = any(x.startswith("not urgent") for x in r.reasons)
        far = far_span(r.core) if not r.urgent and not said else None
        if far is None:
            return r.verdict
        reasons = list(r.reasons)
        reasons.insert(-1, f"not urgent: '{far[0]}' is {far[1]} days away")
        return replace(r.verdict, reasons=tuple(reasons))
    urgent, reasons = r.urgent, list(r.reasons)
    if r.stake is not None:
        dated = imminent_date(r.core, message.at)
        if dated is not None and (
            _moved_to(r.core, dated)
            # a meeting asked to move, its day with the reason why: "are we still on for 2pm
            # today or should we push to tomorrow? Kayla's stuck in Vancouver" (newcomer94)
            or (r.verdict.intent is Intent.SCHEDULING and re.search(_MOVE_VERB, r.core))
        ):
            # the day a meeting is asked to move to: "could we push it to Friday same time?
            # Thursday afternoon the studio's booked for the auditions" (newcomer93)
            dated = None
        if dated is not None:
            urgent = True
            reasons.insert(-1, f"urgent: '{dated}' is within a day, with {r.stake}")
            reasons = [x for x in reasons if not x.startswith("insistence")]
    if not urgent:
        deadline = imminent_deadline(r.core, message.at)
        if deadline is not None:
            urgent = True
            reasons.insert(-1, f"urgent: the deadline '{deadline}' is within a day")
            reasons = [x for x in reasons if not x.startswith("insistence")]
    if (
        message.channel == "email"
        and _bulk(message.text, message.subject)
        and handed_over(message.text, message.subject) is None
    ):
        # a newsletter's alert is news to all its readers, not this client's harm today;
        # said, so that no second opinion reads it as one either
        urgent = False
        reasons = [x for x in reasons if not x.startswith("urgent")]
        reasons.insert(-1, "not urgent: a newsletter sent to many")
    if message.channel == "email" and not any(x.startswith("not urgent") for x in reasons):
        # also when the rules found nothing: said, so that no second opinion reads the old
        # alert's "CRITICAL" as today's (newcomer19 M5)
        old = _handed_over_old(message)
        if old is not None:
            urgent = False
            reasons = [x for x in reasons if not x.startswith("urgent")]
            reasons.insert(-1, f"not urgent: it hands over an old message ({old})")
    if not urgent and not any(x.startswith("not urgent") for x in reasons):
        far = distant_deadline(r.core, message.at)
        if far is not None:
            # the sender's own date says it can wait: no second opinion to say otherwise
            reasons.insert(-1, f"not urgent: '{far[0]}' is {far[1]} days away")
    due = due_date(r.core, message.at)
    return replace(
        r.verdict,
        urgent=urgent,
        reasons=tuple(reasons),
        due=due.isoformat() if due is not None else "",
    )


# A newsletter or a mailing to many (newcomer18 M3): its first lines say so ("NEWSLETTER —
# Fédération des…"), or its subject does and it ends on an unsubscribe line.
_BULK = re.compile(
    # within its first words: "ICO Newsletter - December", "Security Bulletin - November
    # edition" (not « bulletin de paie », a payslip)
    r"^\W*([\w'&.-]+\W+){0,3}(newsletter|lettre d'information|bulletin d'information|"
    r"infolettre|bulletin(?! (de|du|des) )|digest|round-?up)\b",
    re.I,
)
_UNSUBSCRIBE = re.compile(
    r"\b(unsubscribe|se d[ée]sinscrire|vous d[ée]sinscrire|vous d[ée]sabonner|se d[ée]sabonner|"
    r"d[ée]sinscription)\b",
    re.I,
)
_GREETED_BY_NAME = re.compile(
    r"^\W*(hi|hello|hey|dear|bonjour|bonsoir|salut|coucou|cher|chère)\s+(?-i:[A-ZÀ-Ý])", re.I
)
_UNSUBSCRIBE_LINE = 100
"""Characters of an unsubscribe line at most: a sentence about one ("the newsletter went out
with a broken unsubscribe link, people are furious…") is no footer."""


def _auto_reply(message: Message) -> bool:
    """An email whose subject is an auto-responder's (`domain.automatic.AUTO_SUBJECTS`:
    "Automatic reply: …", « Réponse automatique : ») and whose text does not greet anyone by
    name: "Out of office" over "Hi Sophie, could you set up an out-of-office message for
    Deirdre?" is a client's request about one."""
    if not AUTO_SUBJECTS.match(message.subject or ""):
        return False
    lines = _lines(message.text)
    return not (lines and _GREETED_BY_NAME.match(lines[0]))


def _lines(text: str) -> list[str]:
    """The lines of an email's text that hold something, stripped; an HTML body read as
    text (`mail.html_to_text`)."""
    if looks_like_html(text):
        text = html_to_text(text)
    return [x.strip() for x in text.splitlines() if x.strip()]


def _bulk(text: str, subject: str) -> bool:
    """`text` (under `subject`) is a newsletter or a mailing to many, not a client's own
    message: its first lines name it so (a title: short, not "La newsletter de ce matin est
    partie à la mauvaise liste"), or one of its last lines says why its readers receive it
    (`_MAILING_FOOTER`), or its subject does and one of its last lines offers to
    unsubscribe. An HTML body is read as text (`mail.html_to_text`)."""
    lines = _lines(text)
    if any(_titled(x) for x in lines[:2]):
        return True  # not the subject alone: "Re: newsletter" may tell of a mailing gone wrong
    greeted = bool(lines) and _GREETED_BY_NAME.match(lines[0]) is not None
    if not greeted and any(_mailing_footer(x) for x in lines[-3:]):
        return True
    # nor an unsubscribe line alone: an association's lists put one under members' own mail,
    # and a member greets the consultant by name ("Hi Paul,"), a newsletter does not
    return (
        _BULK.match(subject) is not None
        and not (lines and _GREETED_BY_NAME.match(lines[0]))
        and any(
            len(x) <= _UNSUBSCRIBE_LINE and _UNSUBSCRIBE.search(x) is not None for x in lines[-4:]
        )
    )


# The line a mailing ends on to say why its readers get it, or how to stop: "You receive
# this newsletter because you subscribed. Unsubscribe here.", « Pour ne plus recevoir cette
# lettre, répondez STOP », « Vous recevez ce bulletin en tant que membre » (newcomer60), "If
# you no longer wish to receive these emails, unsubscribe here" (newcomer64). Not a
# mailing list's footer under a member's own post ("You received this message because you are
# subscribed to the Google Groups …", "… mailing list"): that post is a person's message.
_MAILING_FOOTER = re.compile(
    r"\b(you('re| are)? receiv(e|ed|ing) this( (newsletter|e-?mail|message|mailing|bulletin|"
    r"update))? (because|as)|vous recev(ez|iez) (ce|cette|notre) (bulletin|lettre|newsletter|"
    r"infolettre|courriel|message|e-?mail|envoi)|(pour|afin de) ne plus recevoir|"
    r"(pour|afin de) (vous|se) d[ée](sinscrire|sabonner)|"
    # the opt-out line: "If you no longer wish to receive these emails, unsubscribe here"
    # (newcomer64), « Si vous ne souhaitez plus recevoir nos offres »
    r"(no longer|don't|do not) (wish|want) to receive (these|this|our|such)|"
    r"ne (souhaitez|voulez|d[ée]sirez) plus recevoir)",
    re.I,
)
_LIST_FOOTER = re.compile(
    r"\b(google groups?|groupe?s?|mailing list|liste de diffusion|list)\b", re.I
)
_FOOTER_LINE = 250
"""Characters of a mailing's footer line at most (two sentences: why, and how to stop)."""


def _mailing_footer(line: str) -> bool:
    """`line` says why its readers receive a mailing, or how to stop receiving it, and is
    not a mailing list's footer (see `_MAILING_FOOTER`)."""
    return (
        len(line) <= _FOOTER_LINE
        and _MAILING_FOOTER.search(line) is not None
        and _LIST_FOOTER.search(line) is None
    )


_TITLE = 70
"""Characters of a first line that names a mailing as its title."""
_OWN = re.compile(
    r"^\W*(la|le|les|l'|the|our|notre|nos|this|that|ce|cette|votre|your|my|ma|mon)\b", re.I
)


def _titled(line: str) -> bool:
    """`line` is a mailing's title: "ICO Newsletter - December", "NEWSLETTER — Fédération…"
    (at most `_TITLE` characters when the word is not its first, and not "our newsletter …")."""
    found = _BULK.match(line)
    if found is None:
        return False
    return found.group(1) is None or (len(line) <= _TITLE and _OWN.match(line) is None)


_OLD_NOTE = re.compile(
    r"\b((old|last year'?s?|ancienne?) (alert|alerte|email|e-mail|mail|message|courriel|notice|"
    r"reminder|rappel|test|warning)|(alert|alerte|email|mail|message|courriel|notice|test) "
    r"(de l'an dernier|de l'annee derniere|from last (year|month)|from (january|february|march|"
    r"april|may|june|july|august|september|october|november|december))|while tidying|"
    r"(below|ci dessous|en dessous) from (last )?(year|month|january|february|march|april|may|"
    r"june|july|august|september|october|november|december)|"
    r"(from|date de|datent de) (before|avant) |audit file|for the (file|record|records)|"
    r"en rangeant)\b"
)
# A message told for the record that says all is well (newcomer23): "it's just for your
# records … everything's fine", « je te le dis juste pour que tu le notes … elle va très
# bien », "just to close the loop: … All good". Both must be said; nothing still going on.
_FOR_THE_RECORD = re.compile(
    r"\b(for (the|your|our) (records?|files?|info|information)|for your (log|register)|"
    r"(just )?(to|so) (close|closing) the loop|closing the loop|just (to|so) (let you know|you "
    r"know|say)|just fyi|just fi let|pour (info|information|memoire|le registre|ton information|"
    r"votre information|que (tu|vous) le (notes|notiez))|je (te|vous) le dis juste|a titre "
    r"d'information|pour votre dossier|pour ton dossier|"
    # told as a story: "just sharing", "thought you'd enjoy that one", « je vous raconte »
    r"just wanted (you to know|to let you know)|in case (anybody|anyone|someone) asks|au cas "
    # "Invoice attached for the books", "Just for the insurance file", "for the fleet log"
    # (newcomer45, newcomer46)
    r"ou (on|quelqu'un) (vous|te) (demande|pose la question)|(just )?for the ([a-z]+ )?(books|"
    r"file|files|log|records?|register)|just so (u|you) know|good news|c'est juste pour que "
    r"(vous sachiez|tu saches)|pour que (vous soyez|tu sois) au courant|au cas "
    r"ou (on|quelqu'un) (vous|te) (demande|pose la question)|"
    r"just sharing|(just )?thought you'd (enjoy|like|want to (hear|know)|find (it|that|this) "
    r"(interesting|funny))|just (a|an) (funny|good|quick) story|just getting it on file|"
    r"(c'etait|c'est) (juste |seulement )?pour (vous|te) (le )?(dire|raconter)|je (vous|te) "
    r"raconte|(c'etait )?pour causer|pour (votre|ta) culture)\b"
)
_ALL_CLEAR = re.compile(
    r"\b((all|everything|everyone|everybody|it|all's|everything's|everyone's|it's|we're|they're|"
    r"she's|he's|she|he|they|we|customer's|staff are|the staff is|all staff are)( is| are| was|"
    r" were)? (all )?(fine|ok|"
    r"okay|good|grand|safe|well|sound)|all good|no (problem|harm|damage|injuries|injury)( at "
    r"all| done)?|nobody (was )?(hurt|injured)|no one (was )?(hurt|injured)|tout (va|est) bien|"
    r"tout le monde (va|est) bien|(va|vont|allait) (tres )?bien|aucun (blesse|degat|dommage)|"
    r"personne (n'est|n'a ete) blesse|rien de (grave|casse)|plus de peur que de mal|"
    # none of it ours, or nothing left of it: "not one of ours", « chez nous rien »,
    # "nothing outstanding", "no issue now"
    # (not "… on Sandrine's computer, so it's not us": not the sender's device, newcomer80)
    r"(not|none) (one )?of ours|(?<!so )(?<!donc )(that's|that is|it's|it is|it was|c'est|"
    r"c'etait) (not|pas) (us|nous)(?! (qui|who|that))|(nous )?(on|nous) n'(y )?(a|avons) rien "
    r"a voir|rien a voir avec nous|chez nous (rien|ca va|ca a epargne|tout va bien|pas de "
    r"(souci|degat))|"
    r"nothing (outstanding|for (us|you)( to do)?|(here|at our end|on our side)(?= ?(\.|$)))|"
    r"no (issue|issues|problem|problems) now|(we're|we are|we were) (fine|unaffected|spared)|"
    r"(is|are) (back )?home (now|again)|nothing (seems to be |appears to be |is |was )?(missing|"
    r"taken|stolen)|"
    r"(our|the) (last )?inspection was clean|tout (marche|fonctionne)( a nouveau| de nouveau)?"
    r"(?= ?(\.|$)))\b"  # (not "that's all goodbye", newcomer88)
)
_STILL_GOING = re.compile(
    r"\b(still|right now|currently|as we speak|ongoing|toujours|en ce moment|encore|not yet|"
    r"pas encore|but now|mais la|mais maintenant|need|needs|must|have to|faut|doit|devons|"
    r"(since|depuis) (yesterday|last night|this morning|hier|ce matin|cette nuit)|"
    # a part that went wrong: "salaries paid but 12 staff got nothing", « sauf pour 3 gars »
    r"(but|except|apart from|mais|sauf|excepte|a part) ([a-z0-9']+ ){0,4}(nothing|not|no|none|"
    r"didn't|haven't|hasn't|wasn't|weren't|failed|missing|wrong|rien|pas|aucun|aucune|"
    r"manque|manquent|erreur|errone|erronee)|sauf (pour|que))\b"
)
_UNSURE_CLEAR = re.compile(
    r"\b(i think|i guess|i hope|hopefully|probably|seems|je pense|je crois|j'espere|"
    r"normalement|apparemment|on dirait) ([a-z']+ ){0,2}$"
)
"""Words that make an all-clear a guess: "I think she is ok but scared"."""


def _noted_all_clear(norm: str) -> str | None:
    """The words of a message told for the record that says all is well (`_FOR_THE_RECORD`
    and `_ALL_CLEAR` both, and nothing still going on or needed), or None."""
    noted, clear = _FOR_THE_RECORD.search(norm), _ALL_CLEAR.search(norm)
    if noted is None or clear is None or _STILL_GOING.search(norm) is not None:
        return None
    if _UNSURE_CLEAR.search(norm[max(0, clear.start() - 40) : clear.start()]) is not None:
        return None  # "I think she is ok but scared": a guess
    if re.match(r" (but|mais)\b", norm[clear.end() :]) is not None:
        return None  # "ok but scared", « ça va mais »
    return f"'{noted.group(0)}', '{clear.group(0)}'"


# Something done, told as good news: money arrived, a file approved or signed, a thing sent
# or active now (newcomer68: six such messages raised by the second opinion, which reads
# the bank, the money and the escrow as trouble).
_DONE_WELL = re.compile(
    r"\b((est|sont) (bien |enfin )?(arrivee?s?|creditee?s?|partie?s?|validee?s?|signee?s?|"
    r"accordee?s?|actives?|en place)|(a|ont) ete (bien |enfin )?(credite|creditee|creditees|"
    r"finance|financee|financees|valide|validee|validees|signe|signee|signees|accorde|accordee|"
    r"verse|versee|vire|viree|debloque|debloquee|leve|levee)|"
    r"(has|have) (now |finally |just )?(arrived|landed|cleared|gone through|been (paid|"
    r"credited|approved|signed|released|sent|updated|reversed|reconciled|funded|granted))|"
    r"(has|have) (now |finally |just )?(updated|approved|signed|released|reversed|granted|"
    r"funded|credited|paid)|(arrived|landed) (in|on) (the|our|your) (account|bank)|"
    r"(was|were|been) sent (out )?to (the|our|their)|went out to (the|our|their)|"
    r"(is|are) now (active|live|in place|signed|approved)|"
    r"(are|is) (all )?(reconciled|signed|approved|in place)|no loss|aucune perte|"
    # pay that came in: "Dec salaries paid this morning", « les primes de nuit sont tombées »
    # (newcomer74)
    r"(salaries|wages|payroll|bonus|bonuses|overtime|invoices?|refunds?) (were |was |have been "
    r"|has been |all )?paid( out)? (this morning|today|yesterday|last night|on time|in full)|"
    r"(primes?|salaires?|paies?|virements?|versements?|remboursements?|aides?|subventions?|"
    r"indemnites?)( de [a-z]+)? (sont|est) (bien )?tombee?s?)\b"
)
_INFORMED = re.compile(
    r"\b(just (to|so) (let you know|you know)|just to say|pour info|pour information|"
    r"je (voulais|tenais a) (simplement |juste )?vous (en )?informer|nous vous informons|"
    r"good news|bonne nouvelle|that's all|c'est tout|update|fyi|thanks for|merci pour|"
    r"(les gars|l'equipe|tout le monde|les salaries|everyone|the team|the staff|staff) (sont|est|"
    r"are|is) (tres |super |really |very )?(contents?|contentes?|ravis?|ravies?|happy|pleased|"
    r"delighted))\b"
)


def _good_news(norm: str) -> str | None:
    """The words of a message that tells good news as such (`_INFORMED`: "just to let you
    know", « pour info », "thanks for…") about something done well (`_DONE_WELL`: « le
    versement est arrivé sur le compte », "the bank reversed … no loss"), with nothing said
    to go on or be needed (`_STILL_GOING`), and no question; else None. Read only where
    the rules found nothing urgent: it keeps the second opinion from the news."""
    told, done = _INFORMED.search(norm), _DONE_WELL.search(norm)
    if told is None or done is None or "?" in norm or _STILL_GOING.search(norm) is not None:
        return None
    if _UNSURE_CLEAR.search(norm[max(0, done.start() - 40) : done.start()]) is not None:
        return None
    return f"'{told.group(0)}', '{done.group(0)}'"


OLD_FORWARD_DAYS = 7
"""Days from which a message handed over is old news: its harm is not today's."""


def _handed_over_old(message: Message) -> str | None:
    """What says an email forwards an old message whose urgency is not today's (newcomer17
    M1): the note above it calls it old (« l'alerte de l'an dernier », "found this old alert
    while tidying up"), or its header is dated `OLD_FORWARD_DAYS` or more before `at`, with
    no note that is urgent on its own, and no deadline of its own within a day. None otherwise
    (a forward of today's alert counts: the client hands it over now)."""
    assert message.at is not None
    handed = handed_over(message.text, message.subject)
    if handed is None:
        return None
    note, dated = handed
    said_old = _OLD_NOTE.search(normalise(note))
    days = (message.at.date() - dated).days if dated is not None else None
    if said_old is None and (days is None or days < OLD_FORWARD_DAYS):
        return None
    if said_old is None and imminent_deadline(normalise(message.text), message.at) is not None:
        # an old notice whose own deadline is today or tomorrow ("à défaut de règlement au
        # plus tard le 2 décembre", forwarded on 1 December, newcomer29): not old news
        return None
    if note and _read("email", note, "", message.lang_hint).urgent:
        return None  # the note tells a harm of its own
    return f"'{said_old.group(0)}'" if said_old is not None else f"dated {days} days ago"


@lru_cache(maxsize=16384)
def _read(channel: str, text: str, subject: str, lang_hint: str | None) -> _Reading:
    raw = _body(channel, text, subject)
    norm = normalise(raw)
    # a hesitation says which language is spoken (« euh », "um"): read with them
    lang, lang_reason = detect_language(raw, tokens(norm), lang_hint)
    if channel == "voicemail":
        # cues read past a caller's hesitations; the topic keeps them as the breaks they are
        norm = normalise(_SOUNDS.sub(" ", raw))
    reasons: list[str] = []

    declined = C.NO_CALLBACK.search(norm)
    if declined is not None:
        norm = C.NO_CALLBACK.sub(" no need to call ", norm)
    # "kindly approve the new kettle at your convenience": no hurry, said as a courtesy that
    # would otherwise go with the call-back formulas ("at your earliest convenience" is soon)
    norm = _AT_CONVENIENCE.sub(" when convenient ", norm)
    without_callback, calls = C.CALLBACK.subn(" ", norm)
    callback = calls > 0 and declined is None
    # A call asked for or announced ("rappelez-moi", "I'll ring back"), not a softener alone
    # ("when you get a chance"): only a call makes room for names beside it.
    calling = callback and (
        _CALL_VERB.search(norm) is not None
        or any(not _SOFTENER.match(m.group(0)) for m in C.CALLBACK.finditer(norm))
    )
    insistence = [m.group(0) for m in C.INSISTENCE.finditer(norm)]
    core = C.INSISTENCE.sub(" ", without_callback) if insistence else without_callback
    core = re.sub(r"\s+", " ", core)

    found = {intent: C.matches(core, table) for intent, table in INTENT_TABLES}
    choice = choice_asked(raw)
    if choice is not None:
        # a choice put to the consultant decides over the words of status or of a meeting in
        # its sentence (« je vous l'envoie par mail ou je le saisis moi-même ? »)
        found[Intent.REQUEST].append(("asks for a decision", choice[-60:].strip(), CHOICE))
    topic_marker = C.TOPIC_MARKER.search(norm) if callback else C.TOPIC_MARKER.search(core)
    intent = _intent(found, "?" in raw or _SPOKEN_QUESTION.search(norm) is not None)
    told_and_called = (
        intent is Intent.INFO
        and channel != "email"  # an email's "reachable on …" offers a number, asks no call
        and calling
        and not _only_calls_back_themselves(norm)
        and _IF_NEEDED.search(norm) is None
    )
    if told_and_called:
        # « le café est fermé, rappelle-moi », "fyi the invoice was paid, call me": what it
        # tells is the topic of the call it asks for (SPEC §5: a call-back request that names
        # a topic and asks nothing about it is scheduling; trial60 §7)
        intent = Intent.SCHEDULING
    content_free = False
    by_cue = True
    told = False  # the topic marker is the harm or event told, not words before the topic
    said_about = False  # a voicemail that only says what the call is about
    if intent is None:
        short = _residual(core) <= (_NAME_MAX_CALLBACK if calling else _NAME_MAX)
        if short and not calling and (_thing_named(core) or _named_stake(core, raw) is not None):
            # "hi it's Jen great news we got the grant": a thing, not a name; "It's offline."
            # (realtext38): a state told, not who is writing
            short = False
        if (
            short
            and calling
            and channel == "voicemail"
            and (_matter_apart(raw) or _matter_named(norm))
        ):
            short = False  # beside the call-back request, a sentence names the matter
        if calling and topic_marker is None and short:
            # A harm or a stake named in a short call-back request says what it is about
            # ("le serveur a planté on a tout perdu rappelez-moi"), and so does anything it
            # tells as having happened ("the app logged everybody out, give me a shout"):
            # not content-free.
            topic_marker = _named_stake(core, raw) or _told_event(core)
            told = topic_marker is not None
            # « il y a un problème avec le site, rappelle-moi »: the matter after the trouble
            topic_marker = topic_marker or C.TROUBLE_NAMED.search(core)
            # « je vous rappelle pour l'assemblée générale, rappelez-moi »: the call's matter
            # (read before the call-back formulas are taken out: « je vous rappelle » is one)
            topic_marker = topic_marker or C.RETURNING_ABOUT.search(norm)
            if topic_marker is None and channel == "email":
                # "Call me please." under the subject "Invoice #203": the subject names it
                topic_marker = _subject_topic(subject)
        if (
            topic_marker is not None
            and not calling
            and channel == "voicemail"
            and "?" not in raw
            and _residual(core[: topic_marker.start()]) <= _NAME_MAX
            and _NOT_CALLING_ABOUT.search(core[: topic_marker.start()]) is None
            and C.THANKS.search(core[: topic_marker.start()]) is None  # « merci pour le rapport »
            and _TELLS.match(core, topic_marker.end()) is None
            and _residual(core[topic_marker.end() :]) > 0
        ):
            # "it is about the quote", « c'est au sujet de la facture »: the call is what it
            # asks for, and it says what the call is about (SPEC §5: a call-back request that
            # names its topic and asks nothing about it)
            intent = Intent.SCHEDULING
            said_about = True
            # a longer voicemail may ask its question without a question mark (« les
            # tablettes sont-tu prêtes »): the learned intent model has its say then
            by_cue = _residual(core) <= _SAID_ABOUT_ONLY
            reasons.append(f"says what the call is about: '{topic_marker.group(0).strip()}'")
        elif topic_marker is not None and calling:
            marker = topic_marker.group(0).strip()
            if _only_calls_back_themselves(norm):
                intent = Intent.INFO
                reasons.append(f"will call again about a topic: '{marker}'")
            elif channel == "voicemail" and (aloud := _asked_aloud(norm)) is not None:
                intent = Intent.REQUEST
                reasons.append(f"asks something aloud ('{aloud.group(0)}') and for a call")
            else:
                intent = Intent.SCHEDULING
                reasons.append(f"names a topic and asks for a call: '{marker}'")
        elif (
            channel == "email"
            and not callback
            and _WORD_CHAR.search(raw.removeprefix(subject)) is None
            and (sent := _subject_topic(subject)) is not None
        ):
            # an attachment sent with its subject alone ("Facture", "Plans étage 2"): it
            # names what it hands over
            intent = Intent.INFO
            by_cue = False
            reasons.append(f"sends what its subject names: '{sent.group(0).strip()}'")
        elif (
            not short
            and callback
            and not _asks_beyond_a_call(raw)
            and _asks_for_a_call(norm)
            and not (channel == "voicemail" and _asked_aloud(norm))
        ):
            # SPEC §5: a call-back request that names its topic and asks nothing about it.
            intent = Intent.SCHEDULING
            by_cue = False
            reasons.append("says what it is about and asks for a call")
        elif not short:
            aloud = _asked_aloud(norm) if channel == "voicemail" else None
            intent = Intent.REQUEST if "?" in raw or aloud else Intent.INFO
            by_cue = False  # the learned intent model tells a status asked aloud from a request
            reasons.append(
                f"asks something aloud ('{aloud.group(0)}')"
                if aloud and "?" not in raw
                else "says something, with no clearer cue"
            )
        elif not callback and C.THANKS.search(core):
            intent = Intent.INFO
            reasons.append("a thank-you, nothing to do")
        elif callback and "?" in raw and (offered := _OFFERED_TIME.search(core)) is not None:
            # "Free for a quick call at 3?": a call at a time it offers is a meeting proposed.
            intent = Intent.SCHEDULING
            reasons.append(f"offers a time for a call: '{offered.group(0).strip()}'")
        else:
            intent = Intent.UNKNOWN
            content_free = True
            reasons.append(
                (
                    "content-free: only who is calling"
                    if channel == "voicemail"
                    else "content-free: only who is writing"
                )
                + (" and a request to call back" if callback else "")
            )
    elif told_and_called:
        label, cue, _ = max(found[Intent.INFO], key=lambda hit: hit[2])
        reasons.append(f"tells something ('{cue}') and asks for a call about it")
    else:
        label, cue, _ = max(found[intent], key=lambda hit: hit[2])
        reasons.append(f"{intent}: {label} ('{cue}')")

    # A problem the sender says is over is not urgent, whatever it was; read before the
    # insistence words are removed ("it works again").
    over = problem_over(norm)
    if over is not None:
        urgent, why, stake = False, [f"not urgent: the problem is over ('{over}')"], None
    else:
        urgent, why, stake = urgency(_without_firms(core, raw))
    if channel == "email" and not any(r.startswith("not urgent") for r in why):
        urgent, why, stake = _told_under_a_label(raw, subject, (urgent, why, stake))
    calming = over if over is not None else _vetoed(why)
    if (
        calming is not None
        and not urgent
        and _TAKES_BACK.match(calming) is None
        # "not us", « pas chez nous » point back at the trouble told: they are about it,
        # whatever else their sentence goes on to name (newcomer41: "Not us, thank goodness,
        # … glad we did the backups work in the summer")
        and C.NOT_AFFECTED.search(calming) is None
        # « pas besoin d'intervenir »: nothing is wanted of the consultant, about anything told
        and not asks_nothing(calming)
    ):
        # The subject line names the thread's problem, which a calming body may close.
        note = note_above_forward(text) if channel == "email" else None
        if note is not None and calming in normalise(note):
            # the sender's word above what they forward is about the forward ("FYI, seen
            # this last night. It came back on its own", over a monitor's DOWN alert)
            rest = elsewhere(note, calming, normalise)
        else:
            rest = elsewhere(raw.removeprefix(subject), calming, normalise)
        if rest is None and channel == "email":
            rest = _other_replies(text, calming)
        now = C.PRESENT.search(normalise(rest)) if rest is not None else None
        if (
            rest is not None
            and now is not None
            and not done_then(normalise(rest), now.group(0))
            # « rien de méchant, il faudrait juste que quelqu'un passe lundi »: the sender
            # judged the matter told and gave it a day; the calm word covers it (newcomer57)
            and _PUT_OFF.search(_sentence_with(norm, calming)) is None
        ):
            rest_urgent, rest_why, _ = urgency(_core(normalise(rest)))
            if rest_urgent:
                urgent, why, stake = True, rest_why, None
            elif over is not None and problem_over(normalise(rest)) is None and not rest_why:
                # No rule names what is going on in the rest, but the calm was about another
                # thing: no "not urgent" that would keep the second opinion from judging it.
                why = [f"the calming words are about something else ('{calming}')"]
        if not urgent and why and over is None and C.FAR_OFF.search(core) is not None:
            # (a problem said over stays over: "put it out in 20 minutes … next month's agenda")
            urgent, why, stake = _beside_far_date(raw, (urgent, why, stake))
    reasons.extend(why)
    if (
        urgent
        and any(MEETING_NOW in w for w in why)
        and intent is not Intent.SCHEDULING
        # (work asked while they wait is a request: "the inspector's in the kitchen now asking
        # for the certificates … can you email them to me right now", newcomer91)
        and not (
            intent is Intent.REQUEST and by_cue and _work_asked(found) and not join_asked(core)
        )
    ):
        # wanted in a meeting going on now: asked to join one, however it is put (SPEC §5)
        intent, by_cue = Intent.SCHEDULING, True
    if insistence and not urgent:
        reasons.append(f"insistence is not urgency: '{insistence[0].strip()}'")
    reasons.append(lang_reason)

    topic = (
        ""
        if content_free
        else choose(
            raw,
            text,
            channel,
            subject,
            # what a harm told ("the server is down") is about is in it, not after it
            _anchors(found, intent, None if told else topic_marker),
            formulas=calls > 0 or bool(insistence),
        )
    )
    if urgent and topic:
        # « Pas d'urgence pour le compte rendu. Sinon, l'URSSAF a prélevé deux fois … »: the
        # matter said to wait is not what the alert is about (trial43)
        quoted: list[str] = next(
            (re.findall(r"'([^']+)'", w) for w in why if w.startswith("urgent")), []
        )
        anchors = [*quoted[-1:], *_anchors(found, intent, None)]
        topic = _beside_the_calmed(raw, channel, topic, anchors) or topic
        if quoted:
            # « d'abord où en est le dossier de subvention et ensuite le serveur est tombé »:
            # the alert names the urgent matter, not the first one told (trial44)
            topic = _of_the_urgent_part(raw, channel, topic, quoted[-1], anchors) or topic
    if said_about and not topic:
        # "it's about the thing we discussed", « c'est pour le truc »: the words after the
        # marker name nothing a topic can hold, so it says no more than who is calling
        # (SPEC §5); the reply asks for one line on what it is about (§10)
        intent, content_free = Intent.UNKNOWN, True
        reasons[:] = [
            "content-free: only who is calling; what it is about names nothing"
            if r.startswith("says what the call is about")
            else r
            for r in reasons
        ]
    elif (
        calling
        and channel == "voicemail"
        and (intent is Intent.SCHEDULING or (not by_cue and intent is Intent.INFO))
        and not topic
        and not urgent
    ):
        # "I wanted to go over a few things with you, call me back", « je voulais voir deux
        # trois trucs avec toi »: a call asked for, and nothing a topic can hold (SPEC §5)
        intent, content_free = Intent.UNKNOWN, True
        reasons[0] = "content-free: only who is calling and a call asked for; it names nothing"
    # A request to move or call off a call is scheduling, never a topic of that call.
    moves = intent is Intent.SCHEDULING and topic != "" and moved_meeting(core) is not None
    if not moves and not by_cue and topic != "" and moved_meeting(core) is not None:
        # no intent cue, but the call moved is said: scheduling (« je serai absente donc on
        # décale notre point », "we're moving the weekly call to Thursday")
        intent, moves, by_cue = Intent.SCHEDULING, True, True
        reasons[0] = f"scheduling: moves or calls off a call ('{moved_meeting(core)}')"
    moved = ""
    if topic and not content_free and (moves or _move_asked(core)):
        # a move asked and another matter raised beside it: the matter is the topic, the
        # call moved is said apart (trial35 §1: "could we move monday's call to tuesday?
        # also I need the grant budget figures" lost the figures, and its agenda read
        # "monday's call")
        matter = _beside_the_move(raw, channel)
        if matter:
            named = moved_meeting(core) or ""
            # the call as the client wrote it (« rendez-vous de jeudi », not the normalised
            # « rendez vous de jeudi », trial36 §11): it is quoted back in the reply
            written = as_written(raw, named) if named else ""
            moved = topic if moved_meeting(normalise(topic)) is not None or not named else written
            topic = matter
    the_call = moved_meeting(core)
    if (
        not moves
        and not moved
        and intent in (Intent.REQUEST, Intent.STATUS_CHECK)
        and the_call is not None
        and normalise(topic).strip() == the_call.strip()
        and _move_asked(core)
    ):
        # asked as a favour (« pouvez-vous décaler le point de jeudi ? ») and nothing else:
        # a move, never a matter for that call's agenda; nor a status check (« vendredi ça ne
        # va plus pour moi, on le fait lundi ? » read as "is it done?", trial41 §1)
        intent, moves = Intent.SCHEDULING, True
        reasons[0] = f"scheduling: asks to move or call off a call ('{the_call}')"
    # Only thanks or an acknowledgement: it closes a topic, it brings none (`thanks`).
    thanks_only = (
        not content_free
        and intent in (Intent.INFO, Intent.UNKNOWN)
        and only_thanks(channel, text, subject)
    )
    if topic and only_courtesy(normalise(topic), norm):
        topic = ""  # "thanks, all good": praise is no matter for an agenda (trial49 §6)
    if not content_free and not urgent and taken_back(channel, text, subject):
        # "all good, ignore my last 3 calls": no matter, and none of the earlier ones either
        # (trial51 §1: "good ignore" was on the agenda, and quoted in the reply)
        topic, thanks_only = "", True
        if intent is not Intent.INFO:
            intent = Intent.INFO
            reasons[0] = "info: takes back the sender's earlier messages"
    verdict = Triage(
        lang,
        content_free,
        intent,
        urgent,
        topic,
        tuple(reasons),
        intent_by_cue=by_cue,
        moves_call=moves,
        names_moved_call=topic != "" and moved_meeting(core) is not None,
        moved=moved,
        nothing_to_discuss=thanks_only,
    )
    return _Reading(lang, content_free, intent, urgent, topic, tuple(reasons), core, stake, verdict)


# Asking for a move, not telling of one: a question, or "could we", « on peut », "let's".
_ASKING = re.compile(
    r"\b((could|can|shall|should|may) (we|i|you)|let's|lets|would it be possible|is it ok to|"
    r"on (peut|pourrait)|peut on|pourrait on|pourrions nous|pouvons nous|est ce qu'on peut|"
    r"je (voudrais|souhaiterais)|j'aimerais|possible de|il faudrait|faudrait|pourriez vous|"
    r"pouvez vous|tu peux|peux tu|"
    # a call the sender has to call off or move: asked of the consultant all the same ("I need
    # to cancel Wednesday's call", « je dois annuler le point de vendredi », trial36 §3)
    r"(i|we) (need|have|will have|'ll have) to|(i|we) must|je dois|nous devons|on doit|"
    r"je vais devoir|on va devoir|il faut (que (je|j'|nous|on) )?)\b"
)


_MOVE_VERB = (
    # asked, not told ("the hearing was moved to Tuesday" still dates its stake)
    r"\b((could|can|shall|would|should) (we|you|u|i) (please |just )?|(on peut|peut on|pourrait "
    r"on|on pourrait|est ce qu'on peut|tu peux|vous pouvez|pourriez vous|peux tu) )"
    r"(push|move|shift|bump|reschedule|postpone|put|change|decaler|reporter|deplacer|repousser|"
    r"avancer|reculer|passer)( [a-z']+){0,4} (to|until|till|a|au|pour|sur) (the |le |la )?"
)


def _moved_to(core: str, day: str) -> bool:
    """Whether `day` (words of `core`) is where a meeting is asked to move: "push it to
    Friday", « on peut décaler à jeudi »."""
    return re.search(_MOVE_VERB + re.escape(day.strip()) + r"\b", core) is not None


def _move_asked(core: str) -> bool:
    """Whether normalised `core` asks to move or call off a call (`topic.moved_meeting`): in
    a question, or after "could we", « on peut », "let's" in its sentence; not one told of
    ("Can you send the figures? I had to cancel the meeting with the bank")."""
    found = moved_meeting_at(core)
    if found is None:
        return False
    if told_unavailable(found):
        return True
    before = re.split(r" [.?!] ", core[: found.start()])[-1]
    end = re.search(r" ([.?!])(?= |$)", core[found.end() :])
    return (end is not None and end.group(1) == "?") or _ASKING.search(before) is not None


_ASKS = (Intent.REQUEST, Intent.STATUS_CHECK, Intent.SCHEDULING)
# Another matter announced as such: "and I also wanted to ask about the audit", « au passage »
_ANOTHER_MATTER = re.compile(
    r"\b(also|aussi|par ailleurs|separately|au passage|by the way|au fait|autre chose|"
    r"another thing|sinon|par contre|en revanche|on the other hand|"
    # a reminder of another matter: « et pense à la convention avec la mairie », "don't
    # forget the invoice" (trial39 §1)
    r"pense a|pensez a|penses a|n'oublie pas|n'oubliez pas|don't forget|dont forget|remember)\b"
)
# "otherwise nothing special", « sinon rien de spécial »: no other matter after all
_NOTHING_ELSE = re.compile(
    r"\b(rien de (special|particulier|neuf|plus|nouveau)|rien d'autre|nothing (else|much|"
    r"special|new|more)|that's (all|it)|thats all|c'est tout|tout va bien|all good|all fine|"
    r"rien a signaler)\b"
)
_CLAUSES = re.compile(
    r"(?<=[.!?;])\s+|\n+|,\s*(?=(?:et|and|also|aussi|puis|mais|but|sinon|otherwise)\b)|"
    r"\s+(?=(?:et aussi|and also|also|aussi|by the way|au fait|autre chose|another thing)\b)",
    re.I,
)


# Where the call goes, said right after it: "… to friday, same time", « … à lundi ».
_MOVED_TO = re.compile(
    r"^\s*(?:(?:to|until|till|a|au|jusqu'a|vers|for|pour)\s+(?:next |this |la |le )?\S+\s*)?"
    r"[,.?!]?"
)
TAIL_WORDS = 3
"""Words the rest of a sentence that names the move needs to be a matter of its own ("I'm
flying to Berlin can you send me the notes"), not what the move leads to ("same time?")."""


# What asks about the move itself, after it: « est-ce possible ? », "would that work?"
_OF_THE_MOVE = re.compile(
    r"\b(est ce (possible|ok|jouable)|c'est possible|si c'est possible|ca vous (va|irait)|"
    r"ca te (va|dit)|(meme|same) (heure|time)|is (that|it|this) (ok|okay|possible|alright)|"
    r"(would|does|will) (that|this|it) work( for you)?|if (possible|that works)|let me know|"
    r"dites moi|dis moi|merci|thanks|thank you|"
    # another time offered for it: "Any afternoon works", « n'importe quel jour me va »
    r"(any|every|most) (afternoon|morning|day|evening|time|slot)s? (works|suits|is fine|is ok)"
    r"( for (me|us))?|(anytime|any time|whenever) (works|suits)|works for (me|us)|"
    r"(n'importe quel|tout) (jour|apres midi|matin|creneau) (me|nous) (va|convient))\b"
)


def _asks_apart(channel: str, tail: str) -> bool:
    """Whether the rest of the sentence that names a move asks for work or for news by a cue,
    or announces another matter: "… I'm flying to Berlin can you send me the notes", not the
    reason for the move or another time ("… I've got the tourism board coming in the
    afternoon", "… the vet is coming at ten so can we do eleven thirty instead")."""
    if _ANOTHER_MATTER.search(tail) is not None:
        return True
    rest = _OF_THE_MOVE.sub(" ", normalise(tail))
    if sum(w.isalpha() and len(w) > 2 for w in rest.split()) < TAIL_WORDS:
        return False  # "…, est-ce possible ?", "same time?": the move's own question
    said = _read(channel, tail, "", None).verdict
    return said.intent_by_cue and said.intent in (Intent.REQUEST, Intent.STATUS_CHECK)


def _beside_the_move(raw: str, channel: str) -> str:
    """The topic of another matter `raw` raises besides asking to move a call: its clauses
    that do not name the call moved, read as a message of their own, when they ask something
    or name what to discuss by a cue; else "" (a greeting, thanks, the reason for the move).
    """
    kept = []
    for clause in _CLAUSES.split(raw):
        if not clause or not clause.strip():
            continue
        plain = normalise(clause)
        found = moved_meeting_at(plain)
        # the clause that names the call keeps what follows it: a voicemail has no stops ("I'll
        # have to miss our friday call I'm flying can you send me the notes"); what precedes
        # it only leads to it ("hi it's Dave I'll have to")
        if found is None:
            kept.append(clause)
            continue
        # ... and what comes before it, when the move closes the sentence: "the website is
        # down and registrations close tonight also i cant make it wednesday" (trial38 §1)
        head = plain[: found.start()]
        if _ANOTHER_MATTER.search(head[-30:]) is not None and _asks_apart(channel, head):
            kept.append(head)
        tail = _MOVED_TO.sub("", plain[found.end() :], count=1)
        if len(tail.split()) >= TAIL_WORDS and _asks_apart(channel, tail):
            kept.append(tail)
    # the move's own question said apart ("Same time works for me.", « Est-ce possible ? »)
    # is no matter either
    rest = _OF_THE_MOVE.sub(" ", normalise(" ".join(kept)))
    if not rest.strip() or _residual(rest) == 0:
        return ""
    if _residual(_NOTHING_ELSE.sub(" ", _ANOTHER_MATTER.sub(" ", rest))) == 0:
        return ""  # « sinon rien de spécial »: the cue leads to nothing
    # a matter of its own asks something or names what to discuss; "Je serai en congés"
    # only says why the call moves
    said = _read(channel, rest, "", None).verdict
    if said.content_free:
        return ""
    asks = said.intent_by_cue and said.intent in _ASKS
    if not asks and _ANOTHER_MATTER.search(normalise(rest)) is None:
        return ""
    # read from normalised words, written as the client does, without the names the message
    # opens on or signs with (trial50 §4)
    return without_names(as_written(raw, said.topic), raw)


LABEL_WORDS = 4
"""Words of a subject line that only names a matter ("ACCIDENT !!", "Burglary", « Feu de
cheminée »): a label, which the body's account may calm."""
THREAD_WORDS = 10
"""Words of a reply's subject ("Re: …") that still only name the thread's matter."""
_REPLY_SUBJECT = re.compile(r"\s*(re|aw|sv|tr|fwd?|ref)\s*:", re.I)


_THANKS_FOR_FIXING = re.compile(
    r"\b(thanks|thank you|many thanks|merci) (again )?(for|d'avoir|pour) (sorting|fixing|"
    r"resolving|solving|sorting out|handling|dealing with|regle|corrige|repare|resolu|gere|"
    r"avoir (regle|corrige|repare|resolu|gere))"
)
"""A reply that thanks for the thread's matter put right: "Thanks for sorting that. Could
you also send …" (author-c: a question about something else does not reopen it)."""


def _told_under_a_label(
    raw: str, subject: str, verdict: tuple[bool, list[str], str | None]
) -> tuple[bool, list[str], str | None]:
    """An email's urgency `verdict` (urgent, reasons, stake) read with its `subject`, or the
    body's own when the subject is only a label that would raise it alone (at most
    `LABEL_WORDS` words, no time) and the body, read alone, tells the matter calmly and says
    so: "ACCIDENT !!" over « Pour votre dossier : samedi une cavalière est tombée … Rien à
    faire de votre côté », "EMERGENCY EVACUATION" over "we're running our evacuation drill
    Thursday" (newcomer29). The body's "not urgent" then also keeps the second opinion from
    the label. SPEC §5: the body says what the consultant is needed for."""
    label = normalise(subject)
    # a reply's subject names the thread's matter, known to both ("Re: Mise en demeure SCI
    # Vitrolles Horizon" over « Ils ont viré 30 000 ce matin … Pas le feu. », newcomer46)
    reply = _REPLY_SUBJECT.match(subject) is not None
    words = LABEL_WORDS if not reply else THREAD_WORDS
    if not subject or len(label.split()) > words:
        return verdict
    body = normalise(raw.removeprefix(subject))
    if (
        reply
        and ("?" not in body or _THANKS_FOR_FIXING.search(body))
        and C.THANKS.search(body)
        and not urgency(_core(body))[0]
        and urgency(_core(label))[0]
    ):
        # « Top, c'est renouvelé, merci ! » under "RE: Nom de domaine expire demain ???": the
        # subject's time was the thread's, and the reply thanks for what it asked (newcomer50)
        return False, ["not urgent: a thank-you in the thread its subject names"], None
    if C.every_match(label, C.IMMINENT):
        return verdict
    if urgency(_core(label))[0] is False:
        return verdict  # the subject did not raise it: the body did
    over = problem_over(body)
    alone = (
        (False, [f"not urgent: the problem is over ('{over}')"], None)
        if over is not None
        else urgency(_core(body))
    )
    if not alone[0] and any(r.startswith("not urgent") for r in alone[1]):
        return alone
    return verdict


def _vetoed(why: list[str]) -> str | None:
    """The words of a "not urgent" the sender said (« rien à faire »), from `urgency`'s
    reasons, or None."""
    said = next((r for r in why if r.startswith("not urgent: '")), None)
    return said[len("not urgent: '") : -1] if said is not None else None


def _core(norm: str) -> str:
    """Normalised text without call-back formulas and insistence, as `urgency` reads it."""
    core = C.CALLBACK.sub(" ", norm)
    return re.sub(r"\s+", " ", C.INSISTENCE.sub(" ", core))


# A question said without its mark, as transcripts write it: « c'est fait ou pas », "is it
# done or not", « est-ce que … ».
_SPOKEN_QUESTION = re.compile(r"\b(ou pas|ou non|or not|est ce que|est ce qu')\b")
# A question a caller asks aloud, which a transcript writes without its "?": "can i send her
# or not", "is that allowed with the working time rules", "do i do the cqc notification now
# or wait", « est-ce qu'on a le droit », « peut-on décaler la distribution » (newcomer89: each
# in a voicemail that ends "call me", a request, not a call asked for and nothing else).
_ASKED_ALOUD = re.compile(
    _SPOKEN_QUESTION.pattern
    + r"|\b(can|could|should|shall|do|does|did|is|are|am|may|must) (i|we|she|he|they|it|that|"
    r"this|there) (?!know\b|think\b|mind\b)[a-z']+"
    r"|\b(peut|peux|puis|dois|doit|doivent|faut|faudrait|est|sont|avez|pouvez|pourriez|pourrait|"
    r"pourrais|devrait|devrais|devons|allons|va) (on|je|il|elle|vous|tu|ils|elles|nous)\b"
)
# What a question asked aloud may be about and still ask for a call or a meeting: « est-ce
# que vous pourriez passer vers neuf heures », "can you come thursday", « est-ce que tu
# pourrais me rappeler demain matin » (a call-back formula itself).
_ASKS_A_MEETING = re.compile(
    r"^ ?((tu |vous |you |u )?(pourrais|pourriez|peux|pouvez|could|can|would)( tu| vous| you| u)? "
    r"(passer|venir|come|pop|drop|meet|call|ring|phone|rappeler|appeler|me rappeler|nous "
    r"rappeler|me appeler|m'appeler|faire une visio|faire un point|give me a (call|ring)))\b"
)


_WHO_ANSWERS = re.compile(
    r"\b(is (that|this|it) [a-z'-]+( [a-z'-]+)?( \.| it's| its| c'est|$| hi| hello| um| erm)|"
    r"is this (the right number|your (phone|number|mobile))|am i speaking to|is that you)"
)
"""A caller asking who answers ("hiya is that Camille it's Ewan"), not asking something."""


def _asked_aloud(norm: str) -> re.Match[str] | None:
    """The first question a voicemail's normalised words ask aloud (`_ASKED_ALOUD`), leaving
    out one that asks for a call or a visit (`_ASKS_A_MEETING`: « est-ce que tu pourrais me
    rappeler demain matin », « est-ce que vous pourriez passer vers neuf heures »), or the
    call-back formula itself, which a transcript runs on."""
    for found in _ASKED_ALOUD.finditer(norm):
        if _WHO_ANSWERS.search(norm, max(0, found.start() - 10), found.end() + 20):
            continue  # "hiya is that Camille", « c'est bien le cabinet ? »: who picks up
        after = norm[found.end() :]
        if _ASKS_A_MEETING.match(after) or _ASKS_A_MEETING.match(norm[found.start() :]):
            continue
        if C.CALLBACK.match(norm, found.end() + 1) or C.CALLBACK.match(norm, found.start()):
            continue
        return found
    return None


def _intent(found: dict[Intent, list[tuple[str, str, float]]], question: bool) -> Intent | None:
    thanked = [hit for hit in found.get(Intent.INFO, []) if C.THANKS.match(hit[1])]
    if question and thanked and len(thanked) == len(found[Intent.INFO]):
        # "Thanks for sorting the gas this morning. When's the fire inspection?": a thank-you
        # beside a question is courtesy, the question says what is wanted (newcomer91)
        found = {intent: hits for intent, hits in found.items() if intent is not Intent.INFO}
    scores = {intent: sum(w for _, _, w in hits) for intent, hits in found.items() if hits}
    if not scores:
        return None
    # Someone who says "FYI" and asks no question is informing: an explicit statement cue
    # outweighs a status or scheduling word, but not an explicit request.
    if scores.get(Intent.INFO) and not question and not scores.get(Intent.REQUEST):
        scores[Intent.INFO] += 1
    best = max(scores.values())
    return next(i for i in PRIORITY if scores.get(i) == best)


# What makes a call-back formula a call ("rappelez-moi", "ring me"), not a softener alone
# ("quand tu as le temps", "when you get a chance").
_CALL_WORD = re.compile(
    r"rappel|appel|call|ring|joindre|reach|get back|recontact|revenir|coup de fil|phone|joignable|"
    r"shout|buzz|bell|tinkle"
)


# A call-back formula that only softens a request ("when you get a chance", « quand tu as
# le temps », "at your convenience"), and the words of a call anywhere in the message.
_SOFTENER = re.compile(r"(when|whenever|quand|des que|as soon as|at your|when you have)\b")
_CALL_VERB = re.compile(
    r"\b(call|calls|calling|ring|phone|telephon\w*|appel\w*|rappel\w*|joindre|joignable|ping|"
    r"text|buzz|shout|bell|coup de fil|number|numero)\b"
)


def _asks_beyond_a_call(raw: str) -> bool:
    """`raw` asks a question other than for a call back: a sentence ending with "?" that
    is not itself a call-back request (« Pourriez-vous la rappeler ? » asks only that); a
    question in brackets counts (« la démarche (information des investigateurs, de l'ANSM ?) »,
    newcomer79)."""
    return any(
        _ENDS_ASKING.search(sentence) is not None and C.CALLBACK.search(normalise(sentence)) is None
        for sentence in _SENTENCES.split(raw)
    )


_ENDS_ASKING = re.compile(r"\?[\s)\]»\"'.]*$")


_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")


def _asks_for_a_call(norm: str) -> bool:
    """The message asks to be called back (not only "when you have time", not only the
    caller's own "I'll call you back")."""
    if _only_calls_back_themselves(norm):
        return False
    return any(_CALL_WORD.search(m.group(0)) for m in C.CALLBACK.finditer(norm))


# A call offered in case it is wanted, not asked for: « rappelez-moi si besoin », "call me if
# you have any questions".
_IF_NEEDED = re.compile(
    r"\b(si (besoin|necessaire|(un |le moindre )?(probleme|souci)|vous avez (des|la moindre) "
    r"questions?|tu as (des|la moindre) questions?|ca (te|vous) pose (un )?(probleme|souci))|"
    r"en cas de (besoin|questions?)|"
    r"if (needed|necessary|need be|you (need|have|want)|there's (anything|any)|(there's |there "
    r"is )?(a |any )?(problem|issue))|en cas de (probleme|souci)|"
    r"(any|in case of) questions?)\b"
)


def _only_calls_back_themselves(norm: str) -> bool:
    """The only call-back formula is the caller's own "I'll call you back"."""
    return (
        C.SELF_CALLBACK.search(norm) is not None
        and C.CALLBACK.search(C.SELF_CALLBACK.sub(" ", norm)) is None
    )


# Where a sentence or an aside ends, in the raw text.
_CLAUSE = re.compile(r"(?<=[.!?;,])\s+|[()\n]+")


def _other_replies(body: str, calming: str) -> str | None:
    """In an interleaved reply, the answers to the other quoted questions than the one the
    calming words answer (« > Avez-vous pu relancer la sauvegarde ? / Oui merci, c'est
    réglé. / > Et le nouveau poste ? / Le portail est inaccessible depuis 9 h »), or None."""
    runs = reply_runs(body)
    calm = [run for run in runs if calming in normalise(run)]
    if not calm:
        return None
    others = [run for run in runs if run is not calm[0]]
    return "\n".join(others) if others else None


def _beside_far_date(
    raw: str, verdict: tuple[bool, list[str], str | None]
) -> tuple[bool, list[str], str | None]:
    """A far date ("next month", « le mois prochain ») says its own sentence can wait, not
    the others: "the renewal is due TODAY by 5pm (I thought it was next month)" is urgent.
    The urgency of the sentences without a far date when they are urgent, else `verdict`."""
    kept = [c for c in _CLAUSE.split(raw) if C.FAR_OFF.search(normalise(c)) is None]
    if not kept:
        return verdict
    norm = normalise(" ".join(kept))
    core = C.INSISTENCE.sub(" ", C.CALLBACK.sub(" ", norm))
    urgent, why, _ = urgency(re.sub(r"\s+", " ", core))
    return (True, why, None) if urgent else verdict


_PUT_OFF = re.compile(
    r"\b(passer?|venir|regarder|voir|faire|come|look|pop|swing) ([a-z' ]{0,20} )?(lundi|mardi|"
    r"mercredi|jeudi|vendredi|la semaine prochaine|monday|tuesday|wednesday|thursday|friday|"
    r"next week)\b"
)
"""In a calm sentence: the work put off to a day ("someone just needs to look at it Monday")."""


def _sentence_with(text: str, words: str) -> str:
    """The sentence of normalised `text` holding `words` (empty when it is not there)."""
    at = text.find(words)
    if at < 0:
        return ""
    start = text.rfind(" . ", 0, at)
    end = text.find(" . ", at)
    return text[start + 1 if start >= 0 else 0 : end if end >= 0 else len(text)]


def _named_stake(core: str, raw: str) -> re.Match[str] | None:
    """Where `core` names a harm happening now or something urgent, if it does (SPEC §5: a
    call-back request beside it names its topic). A connector the stake table holds for
    threats ("sinon", "otherwise") names nothing, nor does who is calling (« c'est Martine du
    comité des fêtes »), nor the firm they name (`_firms`) in `raw`, the message as written."""
    caller = [m.span() for m in C.SELF_ID.finditer(core)]
    firms = _firms(core, raw)
    for table in (C.HARM_NOW, C.STAKE):
        for _, words, _ in C.matches(core, table):
            found = re.search(re.escape(words), core)
            if found is None or _CONNECTOR.fullmatch(words) is not None:
                continue
            spans = caller if table is C.STAKE else firms
            if any(a <= found.start() < b for a, b in spans):
                continue  # a word of who is calling: "du comité des fêtes", "Flood Restoration"
            return found
    if urgency(_without_firms(core, raw))[0]:
        return re.search(r"\S+", core)
    return None


def _firms(core: str, raw: str) -> list[tuple[int, int]]:
    """Where in `core` a caller names the firm they are from (`cues.SELF_ID`'s "firm" part),
    written with a capital in `raw` as a firm's name is ("Dan from Flood Restoration Ltd");
    not "every page of the website says forbidden", which `SELF_ID` may read as one."""
    found = []
    for m in C.SELF_ID.finditer(core):
        if m.group("firm"):
            words = set(m.group("firm").split()[1:])
            if any(
                w[:1].isupper() and normalise(w).strip() in words
                for w in re.findall(r"[^\W\d_][\w'-]*", raw)
            ):
                found.append(m.span("firm"))
    return found


_A_CALL = re.compile(
    r"\b(appel\w*|call\w*|ring\w*|phone\w*|telephon\w*|joindre|dial\w*|zoom|teams|visio|"
    r"jump|hop)\b"
)


def _work_asked(found: dict[Intent, list[tuple[str, str, float]]]) -> bool:
    """Whether a request cue in `found` asks for work, not a call ("can you email them to me
    right now", not « vous pouvez appeler maintenant ? »)."""
    return any(_A_CALL.search(said) is None for _, said, _ in found.get(Intent.REQUEST, []))


def _without_firms(core: str, raw: str) -> str:
    """`core` without the firm a caller says they are from (`_firms`): "Hi it's Dan from
    Flood Restoration Ltd", « c'est Marc de la société Incendie Services » name who is
    writing, no flood and no fire (SPEC §5: urgency is a harm told). Only when that is all
    `core` says: `SELF_ID` also reads "it's due at the end of January" as a name and a firm,
    whose words a longer message needs."""
    if _residual(core) > 0:
        return core
    for start, end in reversed(_firms(core, raw)):
        core = core[:start] + " " + core[end:]
    return core


# Something told as having happened or as not working, in a clause: "the app logged
# everybody out", « l'imprimante a bourré », "the card reader won't connect", « ça marche
# plus ». Names and organisations, which a content-free call-back may hold, have no verb.
_TOLD_EVENT = re.compile(
    r"\b(?:the|a|an|our|my|his|her|their|it|this|that|everything|nothing|nobody|le|la|l'|les|"
    r"mon|ma|mes|notre|nos|son|sa|ses|leur|ca|il|elle|on|tout|rien) [a-z'-]+(?: [a-z'-]+)?? "
    r"(?:(?:has|have|had|is|are|was|were|keeps?|just) )?(?!(?:need|called|named|based|"
    r"located|related|interested|concerned|worried|excited)\b)[a-z]{3,}ed\b"
    # irregular or present: "the new mugs came in and look amazing", « le colis est arrivé »
    r"|\b(?:the|a|an|our|my|his|her|their|it|this|that) [a-z'-]+(?: [a-z'-]+){0,2}? (?:(?:has|have|"
    r"had|just) )?(?:came|come|arrived|went|broke|fell|got|turned up|showed up|looks?|looked)\b"
    r"|\b(?:est|sont) (?:bien )?(?:arrive|arrivee|arrives|arrivees|tombe|tombee|parti|partie)\b"
    r"|\b(?:won't|wont|can't|cant|doesn't|doesnt|isn't|isnt|didn't|didnt|will not|cannot) "
    r"(?:connect|work|load|open|print|start|send|sync|log|boot|charge|scan|turn)"
    r"|\b(?:a|ont|est|sont) (?:encore |deja |tout |plus |pas )?(?:plante|bourre|lache|"
    r"saute|bloque|efface|supprime|disparu|casse|crashe|bugge|deconnecte|refuse)"
    r"|\b(?:ne |n')?(?:marche|fonctionne|s'ouvre|s'allume|charge|imprime|demarre) (?:plus|pas)\b"
)


_REPLY_SUBJECT = re.compile(r"^\s*(re|aw|sv|tr|fwd?|wg)\s*:", re.I)
_CALL_WORDS = frozenset(
    "ping quick one chat phone call calls callback rappel rappeler appel appeler demande objet "
    "sans contact message question catch catchup touch urgent asap please merci thanks moment "
    "minute minutes sec second talk word telephone tel natel gsm mobile portable cellulaire "
    "coup fil voicemail".split()
)


_WORD_CHAR = re.compile(r"[^\W\d_]")
"""A letter: a body without one says nothing of its own."""


def _subject_topic(subject: str) -> re.Match[str] | None:
    """The subject of a new email when it names something ("Invoice #203"), not a call or a
    thread being answered ("call me", "Demande de rappel", "Re: planning")."""
    if not subject or _REPLY_SUBJECT.match(subject):
        return None
    cleaned = from_subject(subject)
    words = [
        w
        for w in tokens(C.CALLBACK.sub(" ", normalise(cleaned)))
        if len(w) >= 3
        and not w.isdigit()
        and w not in FRENCH
        and w not in ENGLISH
        and w not in FILLERS
        and w not in _CALL_WORDS
    ]
    return re.match(r".+", cleaned) if words else None


def _told_event(core: str) -> re.Match[str] | None:
    """Where `core` tells something that happened or does not work, outside who is calling."""
    caller = [m.span() for m in C.SELF_ID.finditer(core)]
    for found in _TOLD_EVENT.finditer(core):
        if not any(a <= found.start() < b for a, b in caller):
            return found
    return None


# Words before a noun that make it a thing, not a person's name ("the grant", « la
# subvention », "our lease"); after "from", "at", « chez » they name whom the caller is with.
_DETERMINERS = frozenset(
    "the a an our my your their this that le la les un une notre nos mon ma mes votre vos "
    "leur leurs ce cette ces".split()
)
_OF_WHOM = frozenset("from at with of de du des chez pour for".split())


def _thing_named(core: str) -> bool:
    """Whether a content word the greeting left (`_content_words`) follows a determiner, as a
    thing does ("we got the grant", « on a eu la subvention »), not after "from", "at" or
    « de », where it names whom the caller is with ("it's Jen from the foundation"): so the
    one word a bare greeting may leave is a name only when nothing makes it a thing
    (newcomer32: "hi it's Jen great news we got the grant" was content-free)."""
    left = set(_content_words(core)) - _ABOUT_THE_MESSAGE  # "so the thing is": no matter
    if not left:
        return False
    words = tokens(C.SELF_ID.sub(" ", C.GREETING.sub(" ", core)))
    return any(
        w in left and words[i - 1] in _DETERMINERS and (i < 2 or words[i - 2] not in _OF_WHOM)
        for i, w in enumerate(words)
        if i > 0
    )


def _residual(core: str) -> int:
    """Content words left once greetings, names, numbers and function words are removed."""
    return len(_content_words(core))


def _content_words(core: str) -> list[str]:
    """The words `_residual` counts, in order."""
    text = C.GREETING.sub(" ", core)
    text = C.SELF_ID.sub(" ", text)
    return [
        w
        for w in tokens(text)
        if w not in FRENCH
        and w not in ENGLISH
        and w not in FILLERS
        and w not in NUMBER_WORDS
        and w not in _PREPOSITIONS
        and not w.isdigit()
        and w not in "?!"
    ]


# Where a written or punctuated transcript's sentences end.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_MATTER_WORDS = 2  # lower-case content words that name a matter in a sentence of its own
# Words that speak of the message or the call, not of a matter: "a quick question",
# « rien d'urgent », "nothing urgent, when you get a minute", « un petit truc ».
_ABOUT_THE_MESSAGE = frozenset(
    "question questions quick petite petit small little urgent urgente urgence urgency "
    "rien nothing rush presse pressee chose choses thing things something quelque truc "
    "minute minutes moment sec second chance temps time important importante".split()
)


def _matter_apart(raw: str) -> bool:
    """A message of several sentences names its matter in one of them, apart from the one that
    says who is calling and the call-back request: "Hi Claire, it's Jen. I wanted to see the
    grant report with you. Call me back.", « C'est Marc. Le dossier de subvention de la
    région. Rappelle-moi. » (newcomer13 H2). A sentence counts when it asks for no call,
    says nobody's name (`SELF_ID`), and, courtesies set aside, holds `_MATTER_WORDS` content
    words written in lower case (names and firms are written with capitals: "Harbor Youth
    Arts" is who calls, not a matter) that do not speak of the message itself
    (`_ABOUT_THE_MESSAGE`). A transcript without punctuation is one sentence: the counts of
    `_read` decide it."""
    sentences = [x for x in _SENTENCE_END.split(raw.strip()) if x.strip()]
    if len(sentences) < 2:
        return False
    for sentence in sentences:
        norm = normalise(sentence)
        if C.SELF_ID.search(norm) is not None or C.CALLBACK.search(norm) is not None:
            continue
        core = C.INSISTENCE.sub(" ", without_courtesies(norm))
        first, *rest = sentence.split()
        written_low = set(
            tokens(normalise(" ".join([first, *(w for w in rest if not w[:1].isupper())])))
        )
        said = [w for w in _content_words(core) if w in written_low]
        if sum(w not in _ABOUT_THE_MESSAGE for w in said) >= _MATTER_WORDS:
            return True
    return False


# A matter named by a determiner and its noun phrase in a run-on transcript: "…from harbor
# the summer camp budget call me back", « …c'est karim le dossier de subvention rappelle-moi ».
_DETERMINED = re.compile(
    r"(?:^|(?<= ))(?=(?P<det>l'|(?:the|our|my|your|le|la|les|notre|nos|mon|ma|mes|ton|ta|tes|"
    r"votre|vos|cette|cet) )(?P<phrase>[a-z'-]+(?: [a-z'-]+){1,5}))"
)  # a lookahead: "de la régie le contrat" reads both "la régie…" and "le contrat…"
# Where a caller says who they are: a determiner phrase up to two words after it is who they
# are ("it's the answerphone", "it's ewa nowak the new hygienist", « ici le père Dumoulin »).
_SAYS_WHO = re.compile(
    r"\b(it's|it is|this is|c'est|ici|je suis|i'm|i am|my name is|je m'appelle)\b"
)
_APPOSITION_WORDS = 2
# What a determiner phrase after these is: a place, a firm, whom the caller works for.
_BEFORE_NO_MATTER = frozenset(
    "from with at of for in on to by de du des d chez a au aux pour sur dans par avec "
    "get have enjoy".split()
)
# The last word of a phrase that says where the caller is from, not a matter: "the parish
# office", « la mairie annexe » ("the office move" is a matter).
_WHERE_FROM = frozenset(
    "office shop store school trust council church club team committee association clinic "
    "surgery practice hall centre center company firm group department agency studio salon "
    "asso association hotel restaurant cafe bar pub camping gite residence clinique etude "
    "salle theatre cinema gym ferme domaine chateau hostel inn lodge marina resort "
    "garage farm bakery pharmacy hospital library museum charity foundation board "
    "mairie bureau cabinet societe boutique ecole eglise comite equipe service agence "
    "pharmacie hopital bibliotheque musee fondation entreprise".split()
)
_PHRASE_WORDS = 6  # words of a determiner phrase read for a matter
_TIME_WORDS = frozenset(
    "day days week weekend evening morning afternoon night rest today tomorrow tonight "
    "journee soiree matinee semaine matin soir nuit".split()
)


def _matter_named(norm: str) -> bool:
    """A run-on call-back transcript names its matter with a determiner and two content
    words of its own ("hi claire it's jen from harbor the summer camp budget call me back",
    « salut c'est karim le dossier de subvention rappelle-moi »; newcomer14 H2), outside the
    call-back request ("when you get the chance") and insistence ("the third time"), not
    after a preposition ("from the harbor
    trust", "at the office"), not right after the caller's bare name ("it's tom the
    plumber": who they are), and not only of time ("the rest of your day")."""
    calls = [m.span() for table in (C.CALLBACK, C.INSISTENCE) for m in table.finditer(norm)]
    callers = list(C.SELF_ID.finditer(norm))
    for found in _DETERMINED.finditer(norm):
        at = found.start()
        if any(a <= at < b for a, b in calls):
            continue
        before = norm[:at].split()
        if before and (
            before[-1] in _BEFORE_NO_MATTER or before[-1].removeprefix("l'") in _WHERE_FROM
        ):
            continue  # "from the harbor trust", « de l'asso les petites mains »: who, not what
        stops = [a for a, _ in calls] + [m.start() for m in _SAYS_WHO.finditer(norm)]
        end = min((a for a in stops if a > at), default=len(norm))
        phrase = " ".join(norm[found.start("phrase") : end].split()[:_PHRASE_WORDS])
        if any(m.start() <= at <= m.end() + 1 for m in callers) or _apposition(norm[:at]):
            # a name, or an apposition to it: "it's tom the plumber"; but one that goes on to
            # tell something names a matter: « c'est marc, le journal veut une interview sur
            # le projet » (newcomer48 §6)
            phrase = _told_after_apposition(norm[found.start("phrase") : end])
        words = [
            w
            for w in _content_words(phrase)
            if w not in _ABOUT_THE_MESSAGE and w not in _TIME_WORDS and w not in _CALL_WORDS
        ]
        if len(words) >= _MATTER_WORDS and words[-1] not in _WHERE_FROM:
            return True
    return False


def _told_after_apposition(phrase: str) -> str:
    """What a determiner phrase read as an apposition to the caller goes on to tell: "" for a
    title, whose nouns and adjectives end the phrase or lead to a preposition or to the
    caller's own words ("the plumber", "the new office manager at Hillside", « le président
    de l'association », « le père Dumoulin | je vous serais… »); from the first other
    function word on for a clause (« le journal | veut une interview sur le projet », "the
    board | wants the figures")."""
    words = phrase.split()
    for i, word in enumerate(words[: _APPOSITION_WORDS + 2]):
        if _content_words(word):
            continue  # a noun or an adjective of the title
        if i == 0 or word in _BEFORE_NO_MATTER or word in _SPEAKER:
            return ""
        if word.startswith(("d'", "m'", "j'")):
            return ""
        return " ".join(words[i : i + _PHRASE_WORDS])
    return ""


# Who speaks or is spoken to: a clause they open after an apposition is about the call.
_SPEAKER = frozenset("je i we nous vous you me moi tu te on i'm i'd i'll we're".split())


def _apposition(before: str) -> bool:
    """What follows `before` is said of the caller: at most `_APPOSITION_WORDS` content words
    (titles and hesitations aside), and no preposition, stand between it and the last words
    saying who is calling."""
    said = list(_SAYS_WHO.finditer(before))
    if not said:
        return False
    between = before[said[-1].end() :]
    return len(_content_words(between)) <= _APPOSITION_WORDS and not any(
        w in _BEFORE_NO_MATTER for w in between.split()
    )


def _anchors(
    found: dict[Intent, list[tuple[str, str, float]]],
    intent: Intent,
    marker: re.Match[str] | None,
) -> list[str]:
    """The cue phrases a topic follows: the topic marker, then the chosen intent's cues."""
    anchors = [marker.group(0).strip()] if marker is not None else []
    return anchors + [text for _, text, _ in found.get(intent, [])]
