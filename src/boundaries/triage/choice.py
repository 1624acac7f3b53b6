"""A choice put to the consultant: a question that offers two ways for the sender to go
(« je vous l'envoie par mail ou je le saisis moi-même ? », "refund now or credit note on the
next one?", "asset or just expense?"). SPEC §5: a `request` asks for a decision.

Not a choice of where work stands ("is it live yet, or still by text?", « c'est fait ou on
reste sur WhatsApp ? »: a status check) nor of a time to meet ("Tuesday or Wednesday?", « on
le fait chez nous ou en visio ? »: scheduling). Read on the raw text, where « où » (where) is
still told from « ou » (or).
"""

from __future__ import annotations

import re

_STOP = re.compile(r"[.!?\n]")


def _questions(text: str) -> list[str]:
    """The sentences of `text` that end with "?", each from the end of the one before: what
    `[^.!?\\n]*\\?` finds, read in one pass (that pattern, searched from every position,
    took 1.2 s on a 16,384-character transcript without a stop: trial34)."""
    out, start = [], 0
    for stop in _STOP.finditer(text):
        if stop.group(0) == "?":
            out.append(text[start : stop.end()])
        start = stop.end()
    return out


_OR = re.compile(
    r"\s(ou|or)\s+(?!bien\b|alors\b|même\b|meme\b|so\b|two\b|three\b|deux\b|trois\b|what\b|"
    r"quoi\b)"
)
# where work stands: a state, then or not yet ("live yet or still …", « déjà … ou encore »)
_STATE = re.compile(
    r"\b(yet|still|already|anymore|any more|déjà|deja|toujours|encore|désormais|"
    r"desormais|en cours|pending|outstanding|done|finished|ready|fini|finie|terminé|termine|"
    r"prêt|prête|pret|prete|fait|réglé|regle|sorted|parti|partie|arrivé|arrive|reçu|recu|"
    r"received|sent|envoyé|envoye|status|statut|where)\b"
)
# a time or a place to meet
_MEETING = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|"
    r"thurs|fri|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week|semaine|morning|"
    r"afternoon|evening|matin|après-midi|apres-midi|soir|visio|zoom|teams|call|meeting|réunion|"
    r"reunion|rendez-vous|rdv|dispo|disponible|available|free|suit|convient|conviendrait|"
    r"créneau|creneau|slot|heure|(le|the) \d{1,2}(st|nd|rd|th|er)?|\d{1,2} ?h(\d\d)?|"
    r"\d{1,2}(:\d\d)? ?(am|pm)|\d{1,2}:\d\d|(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"janv|févr|fevr|avr|juil|déc)\.? \d{1,2}|\d{1,2} (janvier|février|fevrier|mars|avril|mai|"
    r"juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre))\b"
)
# the sender (or the sender's side) as the one who will act, before the « ou » / "or": « je
# … ou … », « est-ce qu'on … ou … », "do we … or …", "should I … or …"; not « nous » as an
# object (« ils nous ferment le chantier ou pas ? »)
_SENDER_ACTS_FR = re.compile(
    r"(^|[\s,;:('’])(je|j'|j’|on|(?<!ils )(?<!il )(?<!elle )(?<!elles )(?<!vous )(?<!tu )nous|"
    r"faut-il|faut il|dois-je|doit-on)\b"
)
_SENDER_ACTS_EN = re.compile(
    r"\b((should|shall|do|can|must|could) (we|i)|(we|i) (should|shall|need|have to|must|can|"
    r"could|will|'ll))\b"
)
# the sender asking where things stand or what was said, not choosing (« on en est où »,
# « comme on avait dit », « je voulais savoir si … », "I was wondering")
_SENDER_STANDS = re.compile(
    r"\b((on|nous) (en )?(est|sommes|avait|avais|avions|a|avons|était|etait)|je (voulais|voudrais|"
    r"veux|souhaitais|souhaiterais) (savoir|vous demander|te demander|demander)|je me demand|"
    r"je ne sais pas|je ne suis pas s|i was wondering|i wonder|i wasn't sure|i'm not sure|"
    r"i am not sure)\b"
)
_LEAD = re.compile(r"[:;—–]| - ")
# "now" asks a state when no one acts ("is it live now or …"), and says when to act when the
# sender does (« on paie maintenant ou on garde la trésorerie ? »)
_NOW = re.compile(r"\b(now|maintenant)\b")
# the other course the sender offers, said by its verb: "… or wait til the morning?",
# « … ou on attend demain ? »
_ACT_INSTEAD = re.compile(
    r"((we|i|on|je|j'|nous) )?(just )?(wait|hold off|hold on|hold|leave it|leave|cancel|call it "
    r"off|go ahead|keep|stop|postpone|push|pull|refund|attendre|attend|attends|annuler|annule|"
    r"laisser|laisse|garder|garde|reporter|reporte|arreter|arrête|arrete|rembourser|rembourse)\b"
)
_OR_NOT = re.compile(r"\s(ou|or) (pas|non|not|no)\b")
SHORT = 6
"""Words up to which a question of bare alternatives is a choice ("asset or just expense?",
"WGS84 ou Lambert 93 ?"); a longer one needs the sender as the one who acts."""


def choice_asked(raw: str) -> str | None:
    """The question in `raw` (a message's new text, raw) that puts a choice to the
    consultant, or None. A question qualifies when it offers alternatives joined by « ou » /
    "or", names no state of work ("yet", « déjà », "done") and no time or place to meet, and
    either has the sender as the one who will act before the « ou » (« je … ou … », "should
    we … or …") or is at most `SHORT` words of bare alternatives."""
    for question in _questions(raw.lower()):
        sentence = " ".join(question.split())
        alternative = _OR.search(sentence)
        if alternative is None:
            continue
        # the clause the alternative ends, not what leads to it (« je n'ai rien à leur dire :
        # les enfants vont-ils … ou faut-il … ? », « le devis est arrivé : je le signe … »)
        lead = _LEAD.split(sentence[: alternative.start()])
        before, clause = lead[-1], lead[-1] + sentence[alternative.start() :]
        acts = _SENDER_ACTS_FR if alternative.group(1) == "ou" else _SENDER_ACTS_EN
        if (
            acts.search(before)
            and _ACT_INSTEAD.match(sentence, alternative.end()) is not None
            and not _SENDER_STANDS.search(before)
        ):
            # the sender's two courses, whatever words of state or time they hold: "do we get
            # the understudy ready or wait til the morning?" (newcomer93)
            return clause.strip()
        if _STATE.search(clause) or _MEETING.search(clause) or _SENDER_STANDS.search(before):
            continue
        if acts.search(before):
            return clause.strip()
        # bare alternatives; "… or not?" alone asks whether something happened
        short = len(clause.rstrip(" ?").split()) <= SHORT
        if short and not _OR_NOT.search(clause) and not _NOW.search(clause):
            return clause.strip()
    return None
