"""Which earlier update answers a status check: one decision for every path that asks.

`boundaries triage --updates`, the inbox reader, the voicemail transcripts read back for the
replies and the simulator all ask the same question (SPEC §5 `answered_by`); they ask it here,
so the service links what the evaluated command links. A wrong link is worse than none (the
consultant would tell a client "already answered" when it was not), so:

0. after thanks for a piece of work, only the question is read, and not a "Re:" subject
   naming the work thanked for (`asked_after_thanks`); a caller from a phone number who
   says who they are is matched among their own updates only (`answered.known_caller`);
1. shared topic words find a candidate (`UpdateIndex.answering`);
2. a link resting on one shared word must also be close in meaning (`CLOSE`), and a link
   far in meaning is dropped when another update is closer (`unlikely_by_meaning`);
3. with no shared words, meaning alone may link (`by_meaning`: close, clearly the closest,
   and the same item);
3b. whatever found it, no link to an update about another reference number or month, nor to
   one that only says the step asked about will be done (`promised_only`) or only sets ahead
   the event whose outcome is asked (`outcome_not_told`), nor to one more than `STALE_DAYS`
   old when the check reports a new twist or comes after the date the update announced a step
   for (`answered_apart`);
4. a question the cues took for a request but that asks no new work ("la lettre est bien
   partie ?") is a status check when shared words find the update it follows: relabelled,
   and linked only when steps 1 to 3b, asked as for any status check, link it (« le
   désamiantage, ça a bien démarré ? », newcomer61). Not an urgent message: what needs the
   consultant today is a new report ("the site shows rents of 280 francs since this
   morning, is that us?"), it asks for work.
5. an urgent message that no cue marks as a status check, which the learned intent model
   only guesses is one (below `UNSURE_CHECK`), is not linked: it is more likely a new problem
   told ("la pub insta est partie avec la mauvaise date, des gens viennent pour rien") than a
   follow-up (newcomer38, newcomer41: 4 wrong links fewer, 1 right link lost; the labelled
   sets: 4 right links fewer, 2 wrong fewer).
6. a text a program sent (`automated_notice`: "Reply HELP for info") is not linked;
7. a message urgent by a deadline within the day (`pressed_by_deadline`: "the TVA is due
   today, the last day", « les étudiants commencent demain midi, ils ont tous signé ? ») is
   not linked: what is due now needs the consultant's own answer, and an earlier update
   rarely settles it (twenty testers' sets: 7 wrong links of 9 on such messages gone, 2
   right ones lost). A question whether the work is ready for an event within the day
   ("are the reminder texts set up? Board asked tonight") still links: those links were
   right.
8. a link to an update that names none of the words of the message's topic is dropped when
   the message raises another matter beside the one asked about (`_ANOTHER_MATTER`: "where
   are we with the board papers, and also we need to discuss the new boiler contract"): its
   topic is what goes on the agenda as "already answered" (trial42).

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
from boundaries.triage.answered_apart import (
    happened_since,
    of_today,
    other_day,
    other_item,
    other_period,
    other_person,
    other_reference,
    outcome_not_told,
    promised_only,
)
from boundaries.triage.answered_meaning import (
    CLOSE,
    Check,
    asks_where_work_stands,
    by_meaning,
    link_similarity,
    unlikely_by_meaning,
)
from boundaries.triage.answered_pending import asks_what_was_left_open, reply_about_something_else
from boundaries.triage.cues import THANKS, any_of
from boundaries.triage.mail import read_mail
from boundaries.triage.model import Intent
from boundaries.triage.text import normalise, sentences, tokens

UNSURE_CHECK = 0.7
"""Below this probability the learned intent model is guessing that an urgent message is a
status check (measured on the testers' sets, step 5)."""


@dataclass(frozen=True)
class AnsweredLink:
    """What the updates say about one message: the `update` that answers it (or None),
    whether it is a `status_check` after all, and the `reasons` to add to its verdict."""

    update: Update | None = None
    status_check: bool = False
    reasons: tuple[str, ...] = field(default=())


NO_LINK = AnsweredLink()


# Another matter raised beside the one asked about: "and also", « et aussi », "separately".
_ANOTHER_MATTER = re.compile(
    r"\b(and also|another thing|other thing|separately|by the way|btw|et aussi|autre chose|"
    r"par ailleurs|au passage|autre point|another point)\b"
)


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
    guessed: float | None = None,
    pressed: bool = False,
    topic: str = "",
) -> AnsweredLink:
    """The update that already answers a message of this `intent`, per the steps above.

    `text` is the whole body (an email's history is set apart here); `at` is when the
    message came (UTC or with offset; updates sent at or after it never answer it);
    `same_client` is the client's addresses from the configuration, when known, else email
    domains tell who the correspondent is; `urgent` is the triage's verdict (an urgent
    request is never relabelled, step 4); `guessed` is the learned intent model's probability
    when no cue gave the intent (an urgent message it is unsure is a status check is not
    linked, step 5); `pressed` says its urgency is a deadline within the day
    (`pressed_by_deadline`, step 7); `topic` is the triage's topic: an update that names none
    of its words answers another matter the message raised beside (step 8). Raises whatever
    the sentence encoder raises when `meaning` is on (callers keep the rules' verdict and log
    it).
    """
    if automated_notice(text):
        return NO_LINK
    if intent is Intent.REQUEST:
        if urgent or not asks_where_work_stands(read_mail(text).new):
            return NO_LINK
        related = updates.answering(text, subject, sender, at, same_client, lang)
        if related is None or _whose_unknown(related[0], text, sender, same_client):
            # with no sender, any client's update could seem to be the work it follows
            return NO_LINK
        why = f"status_check: asks no new work about what {related[0].id} reported"
        checked = _check_link(updates, text, subject, sender, at, lang, same_client, meaning, topic)
        if checked.update is not None:
            return AnsweredLink(checked.update, True, (why, *checked.reasons))
        return AnsweredLink(None, True, (why,))
    if intent is not Intent.STATUS_CHECK:
        return NO_LINK
    if urgent and pressed:
        why = "not linked: urgent by a deadline within the day; the client needs an answer now"
        return AnsweredLink(None, False, (why,))
    if urgent and guessed is not None and guessed < UNSURE_CHECK:
        why = (
            f"not linked: urgent, and read as a status check only by a guess ({guessed:.2f}); "
            "more likely a new problem than a follow-up"
        )
        return AnsweredLink(None, False, (why,))
    return _check_link(updates, text, subject, sender, at, lang, same_client, meaning, topic)


_OPT_OUT_KEYWORD = re.compile(
    r"\b(reply|text|send|txt|r[ée]pond(ez|re)|envoy(ez|er))\s+(help|stop|info|aide|stop\s+sms)\b"
    r"|\bstop (au|to) \d{3,6}\b",
    re.IGNORECASE,
)


def automated_notice(text: str) -> bool:
    """A text a program sent (a carrier's or a bank's notice ending on "Reply HELP for info",
    « STOP au 36173 »): it asks the consultant nothing and no update of theirs answers it
    (newcomer64: a carrier's roll-over SMS was linked to the booking update by "booking, Fos,
    Oceanis"). The keyword line is what the short-code rules (CTIA, French SMS+ codes) make
    every such sender print."""
    return _OPT_OUT_KEYWORD.search(text) is not None


DEADLINE_REASONS = (
    "urgent: deadline '",  # urgency.urgency: a time within a day and something at stake
    "urgent: a deadline within a day",  # urgency: something needed and a time within a day
    "urgent: the deadline '",  # classify: a deadline on a named date today or tomorrow
)
"""How the triage's reasons begin when a deadline within the day made a message urgent."""


def pressed_by_deadline(reasons: tuple[str, ...] | list[str]) -> bool:
    """Whether the verdict's `reasons` say a deadline within the day made it urgent
    (`DEADLINE_REASONS`; a question whether the work is ready for an event is not one)."""
    return any(r.startswith(DEADLINE_REASONS) or " is within a day, with " in r for r in reasons)


def _check_link(
    updates: UpdateIndex,
    text: str,
    subject: str,
    sender: str,
    at: datetime | None,
    lang: str | None,
    same_client: set[str] | None,
    meaning: bool,
    topic: str = "",
) -> AnsweredLink:
    """The update that answers a status check (steps 1 to 3b, and 8 for `topic`), with the
    reasons. When the
    update found first only promised the step asked about or left it open (step 3b), the
    next update the shared words find is tried: a later one may report it done ("their
    lawyers will send the agreement next week", then "the lawyers sent it this morning").
    At most `MORE_TRIES` more."""
    refused: list[str] = []
    reasons: tuple[str, ...] = ()
    sent = {u.id: u.at for u in updates.updates}
    for _ in range(MORE_TRIES + 1):
        link, too_early = _check_one(
            updates, text, subject, sender, at, lang, same_client, meaning, frozenset(refused)
        )
        if link.update is not None and refused and _older(link.update.at, sent[refused[-1]]):
            # an earlier update on what a later one left open leaves it open too (newcomer79:
            # the re-test asked about, then the first update on the varnish)
            why = f"not linked to update {link.update.id}: older than {refused[-1]}"
            return AnsweredLink(None, False, (*reasons, why))
        reasons = (*reasons, *link.reasons) if refused else link.reasons
        if link.update is not None and _another_matter(link.update, text, topic):
            # "where are we with the board papers, and also we need to discuss the new boiler
            # contract": the topic, which goes on the agenda, is the boiler contract, which
            # the board-papers update does not answer (trial42)
            why = f"not linked to update {link.update.id}: its topic '{topic}' is another matter"
            return AnsweredLink(None, False, (*reasons, why))
        if link.update is not None or too_early is None:
            return AnsweredLink(link.update, link.status_check, reasons)
        refused.append(too_early)
    return AnsweredLink(None, False, reasons)


def _another_matter(update: Update, text: str, topic: str) -> bool:
    """Whether the message announces another matter (`_ANOTHER_MATTER`) and its `topic` names
    none of `update`'s words (step 8)."""
    return (
        bool(topic)
        and not topic_keys(topic) & update.keys
        and _ANOTHER_MATTER.search(normalise(text)) is not None
    )


def _older(a: datetime | None, b: datetime | None) -> bool:
    """Whether an update sent at `a` was sent before one sent at `b` (False when unknown)."""
    return a is not None and b is not None and a < b


MANY_SHARED = 7
"""Shared topic words from which a link stands whatever meaning says: a voicemail that names
the subcontractor, the plating, the audit and the order (newcomer79) is about that update,
however far its chatter puts it in meaning."""

MORE_TRIES = 2
"""Further updates tried after one that only promised the step asked about."""


def _check_one(
    updates: UpdateIndex,
    text: str,
    subject: str,
    sender: str,
    at: datetime | None,
    lang: str | None,
    same_client: set[str] | None,
    meaning: bool,
    refused: frozenset[str],
) -> tuple[AnsweredLink, str | None]:
    """`_check_link` for one candidate, the updates `refused` set aside; with the id of the
    update refused as too early a stage (step 3b), if it was."""
    whole, (text, thanked) = text, asked_after_thanks(text)
    if thanked and _REPLY.match(subject):
        subject = ""  # "Re: Double charges fixed" names the work thanked for, not the one asked
    link = _link(updates, text, subject, sender, at, lang, same_client, meaning, refused)
    if link.update is not None and other_reference(f"{subject}\n{text}", link.update):
        why = f"not linked to update {link.update.id}: it names another reference number"
        return AnsweredLink(None, False, (why,)), None
    if link.update is not None and other_person(f"{subject}\n{whole}", link.update):
        why = f"not linked to update {link.update.id}: it names another person"
        return AnsweredLink(None, False, (why,)), None
    if link.update is not None and other_period(f"{subject}\n{text}", link.update):
        why = f"not linked to update {link.update.id}: it asks about another month"
        return AnsweredLink(None, False, (why,)), None
    if link.update is not None and of_today(f"{subject}\n{text}", link.update, at):
        why = f"not linked to update {link.update.id}: it asks about an item of its own day"
        return AnsweredLink(None, False, (why,)), None
    if link.update is not None and other_day(f"{subject}\n{text}", link.update):
        why = f"not linked to update {link.update.id}: it asks about the item of another day"
        return AnsweredLink(None, False, (why,)), None
    item = (
        None
        if link.update is None or lang is None or lang != link.update.lang
        else other_item(text, link.update)
    )
    if link.update is not None and item is not None:
        why = (
            f"not linked to update {link.update.id}: it asks about '{item}', which the "
            "update never names"
        )
        return AnsweredLink(None, False, (why,)), None
    promised = (
        None
        if link.update is None
        else promised_only(text, link.update) or outcome_not_told(text, link.update, at)
    )
    if link.update is not None and promised is not None:
        why = f"not linked to update {link.update.id}: {promised}"
        return AnsweredLink(None, False, (why,)), link.update.id
    left_open = (
        None
        if link.update is None
        # across languages the shared words are too few to tell which clause is asked about
        # ("papiers de douane … palettes à Londres" and "customs broker … London … pallets")
        else (
            asks_what_was_left_open(text, link.update, updates.people, updates.idf, at)
            if lang is None or lang == link.update.lang
            else None
        )
        or reply_about_something_else(whole, subject, link.update)
    )
    if link.update is not None and left_open is not None:
        why = f"not linked to update {link.update.id}: {left_open}"
        return AnsweredLink(None, False, (why,)), link.update.id
    since = None if link.update is None else happened_since(link.update, text, at)
    if link.update is not None and since is not None:
        why = f"not linked to update {link.update.id}: {since}"
        return AnsweredLink(None, False, (why,)), None
    if link.update is not None and _whose_unknown(link.update, whole, sender, same_client):
        why = f"not linked to update {link.update.id}: no sender to tell whose matter it is"
        return AnsweredLink(None, False, (why,)), None
    return link, None


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
    refused: frozenset[str] = frozenset(),
) -> AnsweredLink:
    found = updates.answering(text, subject, sender, at, same_client, lang, refused)
    client = frozenset(same_client) if same_client is not None else None
    check = Check(text, subject, sender, at, client)
    if found is None:
        if not meaning or refused:
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
        if similar is not None and similar[0] < CLOSE and not _terse_about(updates, update, check):
            why = (
                f"not linked to update {update.id}: one shared word ({shared[0]}) "
                f"and far in meaning ({similar[0]:.2f})"
            )
            return _by_meaning_instead(updates, check, update, why)
    if len(shared) < MANY_SHARED and unlikely_by_meaning(updates, update, check) is not None:
        why = (
            f"not linked to update {update.id}: shared words only ({', '.join(shared)}) "
            "and another update is closer in meaning"
        )
        return _by_meaning_instead(updates, check, update, why)
    return _linked(update, shared)


def _by_meaning_instead(
    updates: UpdateIndex, check: Check, refused: Update, why: str
) -> AnsweredLink:
    """After the update shared words found was refused (`why`): the update meaning alone
    links, if it is another one (newcomer70: "Where are we with the Amazon account health
    thing?" shares "warehouse" with an older update, and means the one of the day before)."""
    found = by_meaning(updates, check)
    if found is None or found[0] is refused:
        return AnsweredLink(None, False, (why,))
    link = _linked(*found)
    return AnsweredLink(link.update, link.status_check, (why, *link.reasons))


_BY_NOW_KEYS = topic_keys("yet still")
"""Topic words a terse check may hold besides the name it asks about ("Savanna back yet?")."""


def _terse_about(updates: UpdateIndex, update: Update, check: Check) -> bool:
    """A terse check whose only topic word names something no other update names ("Any word
    from Savanna?", « Des nouvelles de Kestrel ? », and the one update about Savanna's
    committee): too short to be close in meaning to anything, it can only be asked about
    that (newcomer68). Not a first name, not a word of the greeting or signature
    (`UpdateIndex.check_keys`); a check naming anything more ("Radiant vous a bien transmis
    leur offre ?") is left to the other steps."""
    keys = updates.check_keys(check.text, check.subject)
    shared = keys & update.keys
    if len(shared) != 1 or not keys - shared <= _BY_NOW_KEYS:
        return False
    (word,) = shared
    return sum(word in u.keys for u in updates.updates) == 1


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


def without_thanks(text: str) -> str:
    """`text`'s new words without the sentences that thank for or praise finished work,
    when another sentence asks a question: what is asked about is in that one. `text`
    unchanged otherwise."""
    return asked_after_thanks(text)[0]


_PLEASANTRY = re.compile(r"^\W*(hope|i hope|j'espere|espere|en esperant)\b")
# Thanks then a question in a transcript, which has no question mark: "calendar's fine now
# thanks um did you get to look at the invoice template" (the thanks close one matter, the
# question opens another).
_THANKS_THEN_ASKED = re.compile(
    r"\b(thanks|thank you|cheers|merci|merci beaucoup)\b[\s,.!]+((um|uh|er|euh|so|and|et|"
    r"alors|sinon|also|aussi)[\s,]+)*(?=(did you|have you|has (it|the)|any news|any word|"
    r"where are we|est ce que|est-ce que|vous avez|tu as|t'as|avez-vous|ou en est|où en est)\b)",
    re.I,
)


def asked_after_thanks(text: str) -> tuple[str, bool]:
    """(`without_thanks(text)`, whether the thanks before the question were for a piece of
    work): "Refunds all went through, thanks. Where are we on the reminder emails? We talked
    about it before the double-charge mess." is read as its question alone, and its subject
    ("Re: Double charges fixed") names the work thanked for, not the work asked about.

    Thanks said after the question ("Merci et belle journée, Sandrine") and pleasantries
    ("Hope your week is going well!") are no thanks for work (issue 8, item 6)."""
    new = read_mail(text).new
    if "?" not in new:
        asked = _THANKS_THEN_ASKED.search(new)
        if asked is not None and topic_keys(new[: asked.start()]):
            return new[asked.end() :], True
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
    why = f"already answered by update {update.id}: {', '.join(_as_written(update, shared))}"
    return AnsweredLink(update, False, (why,))


def _as_written(update: Update, shared: list[str]) -> list[str]:
    """The words the update writes for each shared key ("foundation", not the key "founda",
    trial38 §7), the key itself where no word of it is found."""
    words: dict[str, str] = {}
    for word in tokens(normalise(update.subject + " " + update.text)):
        word = word.strip("?!'.,:;")
        for key in topic_keys(word):
            words.setdefault(key, word)
    return [words.get(key, key) for key in shared]
