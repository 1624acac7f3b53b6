"""Which earlier update answers a status check: one decision for every path that asks.

`boundaries triage --updates`, the inbox reader, the voicemail transcripts read back for the
replies and the simulator all ask the same question (SPEC §5 `answered_by`); they ask it here,
so the service links what the evaluated command links. A wrong link is worse than none (the
consultant would tell a client "already answered" when it was not), so:

1. shared topic words find a candidate (`UpdateIndex.answering`);
2. a link resting on one shared word must also be close in meaning (`CLOSE`), and a link
   far in meaning is dropped when another update is closer (`unlikely_by_meaning`);
3. with no shared words, meaning alone may link (`by_meaning`: close, clearly the closest,
   and the same item);
4. a question the cues took for a request but that asks no new work ("la lettre est bien
   partie ?") is a status check when shared words find the update it follows: relabelled,
   not linked. Not an urgent message: what needs the consultant today is a new report ("the
   site shows rents of 280 francs since this morning, is that us?"), it asks for work.

Steps 2 and 3 need the sentence encoder; with `meaning=False` (the simulator, which runs on
the rules alone) only shared words link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from boundaries.triage.answered import (
    Update,
    UpdateIndex,
    acronym_keys,
    caller_names,
    signer_names,
    topic_keys,
)
from boundaries.triage.answered_meaning import (
    CLOSE,
    Check,
    asks_where_work_stands,
    by_meaning,
    link_similarity,
    unlikely_by_meaning,
)
from boundaries.triage.cues import THANKS, any_of
from boundaries.triage.dates import MONTHS, named_dates
from boundaries.triage.mail import read_mail
from boundaries.triage.model import Intent
from boundaries.triage.text import normalise, sentences


@dataclass(frozen=True)
class AnsweredLink:
    """What the updates say about one message: the `update` that answers it (or None),
    whether it is a `status_check` after all, and the `reasons` to add to its verdict."""

    update: Update | None = None
    status_check: bool = False
    reasons: tuple[str, ...] = field(default=())


NO_LINK = AnsweredLink()


def answered_link(
    updates: UpdateIndex,
    intent: Intent,
    text: str,
    subject: str = "",
    sender: str = "",
    at: datetime | None = None,
    lang: str | None = None,
    same_client: set[str] | None = None,
    meaning: bool = True,
    urgent: bool = False,
) -> AnsweredLink:
    """The update that already answers a message of this `intent`, per the steps above.

    `text` is the whole body (an email's history is set apart here); `at` is when the
    message came (UTC or with offset; updates sent at or after it never answer it);
    `same_client` is the client's addresses from the configuration, when known, else email
    domains tell who the correspondent is; `urgent` is the triage's verdict (an urgent
    request is never relabelled, step 4). Raises whatever the sentence encoder raises when
    `meaning` is on (callers keep the rules' verdict and log it).
    """
    if intent is Intent.REQUEST:
        if urgent or not asks_where_work_stands(read_mail(text).new):
            return NO_LINK
        related = updates.answering(text, subject, sender, at, same_client, lang)
        if related is None or _whose_unknown(related[0], text, sender, same_client):
            # with no sender, any client's update could seem to be the work it follows
            return NO_LINK
        why = f"status_check: asks no new work about what {related[0].id} reported"
        return AnsweredLink(None, True, (why,))
    if intent is not Intent.STATUS_CHECK:
        return NO_LINK
    return _check_link(updates, text, subject, sender, at, lang, same_client, meaning)


def _check_link(
    updates: UpdateIndex,
    text: str,
    subject: str,
    sender: str,
    at: datetime | None,
    lang: str | None,
    same_client: set[str] | None,
    meaning: bool,
) -> AnsweredLink:
    """The update that answers a status check (steps 1 to 3), with the reasons."""
    whole, (text, thanked) = text, asked_after_thanks(text)
    if thanked and _REPLY.match(subject):
        subject = ""  # "Re: Double charges fixed" names the work thanked for, not the one asked
    link = _link(updates, text, subject, sender, at, lang, same_client, meaning)
    if link.update is not None and _other_reference(f"{subject}\n{text}", link.update):
        why = f"not linked to update {link.update.id}: it names another reference number"
        return AnsweredLink(None, False, (why,))
    if link.update is not None and _other_period(f"{subject}\n{text}", link.update):
        why = f"not linked to update {link.update.id}: it asks about another month"
        return AnsweredLink(None, False, (why,))
    since = None if link.update is None else happened_since(link.update, text, at)
    if link.update is not None and since is not None:
        return AnsweredLink(None, False, (f"not linked to update {link.update.id}: {since}",))
    if link.update is not None and _whose_unknown(link.update, whole, sender, same_client):
        why = f"not linked to update {link.update.id}: no sender to tell whose matter it is"
        return AnsweredLink(None, False, (why,))
    return link


STALE_DAYS = 6
"""From this many days after an update, a check that reports a new twist, or comes after the
date the update announced a step for, asks about what happened since."""

_NEGATION = re.compile(
    r"\b(?:not|no|never|nothing|still|yet|cannot|pas|plus|rien|jamais|toujours|encore|"
    r"aucune?|personne)\b|n't\b"
)
_COURTESY = re.compile(
    r"^\W*(?:hi|hello|hey|dear|bonjour|salut|coucou|thanks|thank you|merci|cheers|regards|"
    r"best|cordialement|bien a vous|hope|i hope|j'espere|no rush|pas d'urgence)\b"
)


def reports_twist(text: str) -> bool:
    """Beside its question, the check states something that is not so, or not yet, or still
    so: "Jess says the old one is still plugged in", « je ne vois rien sur le compte », "we
    had two more no-shows" is « on a encore eu 2 absents ». Greetings, thanks and short
    pieces are no statement; a text with no question mark (a transcript) states nothing
    apart from what it asks."""
    said = sentences(read_mail(text).new)
    if not any("?" in s for s in said):
        return False
    for sentence in said:
        norm = normalise(sentence)
        if "?" in sentence or _COURTESY.match(norm) or len(norm.split()) < 4:
            continue
        if _NEGATION.search(norm):
            return True
    return False


def announced_date_passed(update: Update, at: datetime) -> bool:
    """`update` announced a step for a calendar date ("pairing on 4 December", « livraison
    prévue le 3 décembre ») and the check came after the last such date. Weekdays are left
    out: "the budget you approved on Monday" is a day gone by, not one announced."""
    if update.at is None:
        return False
    sent = update.at
    named = named_dates(normalise(f"{update.subject}\n{update.text}"), sent)
    ahead = [d for d, said in named if any(c.isdigit() for c in said) and d > sent.date()]
    return bool(ahead) and max(ahead) < at.date()


def happened_since(update: Update, text: str, at: datetime | None) -> str | None:
    """Why a status check that came at `at` asks about what happened after `update`, or None.

    A check sent more than `STALE_DAYS` after the update is not answered by it when it reports
    a new twist (`reports_twist`) or comes after the date the update announced a step for
    (`announced_date_passed`): "did the new terminal get paired on Friday? The old one is
    still plugged in" weeks after "I'll pair it on Friday 4 December". A plain "where are
    we on the FDVA application?" weeks after "the FDVA application is filed" is still
    answered by it. On the training sets (issue 8, item 6), this left 30 wrong links of 55
    for 20 more right ones, and the shared development set as it was.
    """
    if at is None or update.at is None:
        return None
    days = (at - update.at).total_seconds() / 86400
    if days <= STALE_DAYS:
        return None
    if reports_twist(text):
        return f"sent {days:.0f} days before a check that reports something new"
    if announced_date_passed(update, at):
        return f"sent {days:.0f} days before, announcing a step for a date now past"
    return None


def _whose_unknown(update: Update, text: str, sender: str, same_client: set[str] | None) -> bool:
    """A message with no sender at all, and no name shared with the update ("c'est Bruno" or
    a message signed "Bruno" / "Salut Bruno,"): any client's update could seem to answer it,
    so none is taken (a wrong link is worse than none, SPEC §5)."""
    if sender.strip() or same_client is not None:
        return False
    return not (caller_names(text) | signer_names(text)) & update.names


def _link(
    updates: UpdateIndex,
    text: str,
    subject: str,
    sender: str,
    at: datetime | None,
    lang: str | None,
    same_client: set[str] | None,
    meaning: bool,
) -> AnsweredLink:
    found = updates.answering(text, subject, sender, at, same_client, lang)
    client = frozenset(same_client) if same_client is not None else None
    check = Check(text, subject, sender, at, client)
    if found is None:
        if not meaning:
            return NO_LINK
        found = by_meaning(updates, check)
        return NO_LINK if found is None else _linked(*found)
    update, shared = found
    if not meaning:
        return _linked(update, shared)
    if len(shared) == 1 and not _named_by_acronym(updates, update, shared):
        # One shared word (a first name, "insurance") is thin evidence: the two texts must
        # also be close in meaning, as a link by meaning alone must be. Not an acronym that
        # names the update's subject ("TVA 3e trimestre"): it names a piece of work alone.
        similar = link_similarity(updates, update, check)
        if similar is not None and similar[0] < CLOSE:
            why = (
                f"not linked to update {update.id}: one shared word ({shared[0]}) "
                f"and far in meaning ({similar[0]:.2f})"
            )
            return AnsweredLink(None, False, (why,))
    if unlikely_by_meaning(updates, update, check) is not None:
        why = (
            f"not linked to update {update.id}: shared words only ({', '.join(shared)}) "
            "and another update is closer in meaning"
        )
        return AnsweredLink(None, False, (why,))
    return _linked(update, shared)


def _named_by_acronym(updates: UpdateIndex, update: Update, shared: list[str]) -> bool:
    """A shared word is an acronym of the update's subject ("TVA 3e trimestre", "ANR") that no
    other update holds: it names that piece of work alone, whatever else the texts say."""
    acronyms = acronym_keys(update.subject) & set(shared)
    return bool(acronyms) and not any(acronyms & u.keys for u in updates.updates if u is not update)


# Thanks or praise for work done, said before asking about another item: "thanks for the
# migration! Where are we with the signup form?", « les maquettes sont super. Les textes
# sont-ils rédigés ? ». Matched, they would link the check to the finished item's update.
_PRAISE = any_of(
    r"went (smoothly|well|fine|great)",
    r"(is|are|was|were) (working|going) (well|great|fine)",
    r"(works|work) (great|perfectly|well)",
    r"(sont|est|etaient|etait) (super|parfaits?|parfaites?|top|geniales?|genial|nickel)",
    r"(looks?|look) (great|good|perfect)",
    r"(great|good|nice|perfect|brilliant) (job|work)",
    r"(beau|bon|super) travail",
    r"c'est (top|parfait|nickel)",
    r"bravo",
    r"(cheers|ta|merci bien) (for|pour) (sorting|fixing|doing|setting|getting|the|le|la|les)",
    r"felicitations",
    r"(well done|congrats|congratulations)",
)
# A thank-you opening the very sentence that asks about something else: « merci pour le
# logo et les cartes de visite, ça en est où ? ».
_LEADING_THANKS = re.compile(
    r"^\s*(merci|thanks|thank you|thx|bravo|well done|great job)\b[^?]{0,80}?\s(et|and|also|"
    r"aussi|sinon|puis)\s",
    re.I,
)


_REPLY = re.compile(r"\s*(re|aw|sv|tr|fwd?)\s*:", re.I)

# A reference number after the word naming what it refers to: "invoice 2026-120",
# « facture n° F-0412 », "order #4411", « dossier 2026/17 ».
_REFERENCE = re.compile(
    r"\b(invoice|facture|order|commande|ticket|dossier|ref|reference|référence|po|contrat|"
    r"contract|case|claim|quote|devis|booking|reservation|réservation)\s*(?:n°|no\.?|nr\.?|#|:)?"
    r"\s*([a-z]{0,4}[-/]?\d[\w/-]{2,})",
    re.IGNORECASE,
)


def _references(text: str) -> set[str]:
    return {m.group(2).lower() for m in _REFERENCE.finditer(text)}


def _other_reference(check: str, update: Update) -> bool:
    """Both name reference numbers of items, and none is the same: "any news on invoice
    2026-120?" is not answered by the update on invoice 2026-114."""
    asked, told = _references(check), _references(f"{update.subject}\n{update.text}")
    return bool(asked) and bool(told) and asked.isdisjoint(told)


# The month an item is for: « le fichier TVA de novembre », "the figures for sept/oct",
# "the November payroll"; not a date ("on 18 November") nor a time ("in January").
_MONTH_NUMBER = {m: n for m, n in MONTHS.items() if m not in ("jan", "mar")}  # names, words
_ANY_MONTH = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
_FULL_MONTH = "|".join(
    sorted((m for m in MONTHS if m not in ("may", "march")), key=len, reverse=True)
)
_PERIOD = re.compile(
    rf"(?:\b(?:de|of|for)|\bd')\s?(?:the )?({_ANY_MONTH})\b((?: (?:et |and |& )?(?:d')?"
    rf"(?:{_ANY_MONTH})\b)*)"
    rf"|(?<!\d )\b({_FULL_MONTH}) "
    r"(?!(?:and|or|to|the|in|at|on|is|was|will|we|i|it|by|\d)\b)[a-z]{3,}"
)


def _periods(text: str) -> set[int]:
    """The months (1-12) that `text` names as what an item is for."""
    found: set[int] = set()
    for m in _PERIOD.finditer(normalise(text)):
        words = " ".join(g for g in m.groups() if g).replace("d'", " ").split()
        found |= {_MONTH_NUMBER[w] for w in words if w in _MONTH_NUMBER}
    return found


def _other_period(check: str, update: Update) -> bool:
    """Both name the month their item is for, and none is the same: « il leur faut le
    fichier TVA de novembre » is not answered by the update on the October VAT export."""
    asked, told = _periods(check), _periods(f"{update.subject}\n{update.text}")
    return bool(asked) and bool(told) and asked.isdisjoint(told)


def without_thanks(text: str) -> str:
    """`text`'s new words without the sentences that thank for or praise finished work,
    when another sentence asks a question: what is asked about is in that one. `text`
    unchanged otherwise."""
    return asked_after_thanks(text)[0]


_PLEASANTRY = re.compile(r"^\W*(hope|i hope|j'espere|espere|en esperant)\b")


def asked_after_thanks(text: str) -> tuple[str, bool]:
    """(`without_thanks(text)`, whether the thanks before the question were for a piece of
    work): "Refunds all went through, thanks. Where are we on the reminder emails? We talked
    about it before the double-charge mess." is read as its question alone, and its subject
    ("Re: Double charges fixed") names the work thanked for, not the work asked about.

    Thanks said after the question ("Merci et belle journée, Sandrine") and pleasantries
    ("Hope your week is going well!") are no thanks for work (issue 8, item 6)."""
    new = read_mail(text).new
    said = [_LEADING_THANKS.sub("", s) if "?" in s else s for s in sentences(new)]
    changed = said != sentences(new)
    kept = [
        s
        for s in said
        if "?" in s or not (THANKS.search(normalise(s)) or _PRAISE.search(normalise(s)))
    ]
    if (len(kept) == len(said) and not changed) or not any("?" in s for s in kept):
        return text, False
    first_question = next(i for i, s in enumerate(said) if "?" in s)
    thanked = changed or any(
        s not in kept and topic_keys(s) and not _PLEASANTRY.match(normalise(s))
        for s in said[:first_question]
    )
    if thanked:
        # what is asked is in the questions; a sentence beside them ("We talked about it
        # before the double-charge mess.") names the finished work again
        kept = [s for s in kept if "?" in s]
    return " ".join(kept), thanked


def _linked(update: Update, shared: list[str]) -> AnsweredLink:
    why = f"already answered by update {update.id}: {', '.join(shared)}"
    return AnsweredLink(update, False, (why,))
