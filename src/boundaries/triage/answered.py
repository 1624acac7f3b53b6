"""Links a status check to the consultant's earlier email that already answers it."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from email.utils import getaddresses
from functools import lru_cache

from boundaries.triage import cues as C
from boundaries.triage.answered_items import (
    BODY_ASKED,
    BODY_NAMED,
    NUMBER_WORDS,
    SENT_STAGE,
    Item,
    body_kind,
    conflict,
    describe,
    places,
)
from boundaries.triage.answered_words import BILINGUAL, GENERIC, PUBLIC_MAIL
from boundaries.triage.lang import ENGLISH, FRENCH, detect_language
from boundaries.triage.mail import new_text
from boundaries.triage.text import FILLERS, normalise, tokens

STEM = 6
"""Words are compared on their first letters: "reconciled" and "reconciliation" agree."""


MIN_SHARED = 2
"""A link needs at least this many shared topic words: one shared word is a coincidence."""

_SALUTATION = re.compile(
    r"^\s*(hi|hello|hey|dear|good (morning|afternoon)|bonjour|bonsoir|salut|coucou|cher|chere)"
    r"\b[^\n,]{0,40},?\s*$",
    re.I | re.M,
)


_NUMBER = "|".join(sorted(NUMBER_WORDS | {"mille", "cent", "cents", "thousand", "hundred"}))
_SPELLED_NUMBER = re.compile(rf"\b(?:{_NUMBER})(?:[ -](?:et |and )?(?:{_NUMBER}))+\b")
"""A number said in words ("deux mille vingt-sept", "twenty twenty-six"): a year or an
amount, not a word of what the work is (a lone "two" in "two-step login" is)."""


_ASKED_ME = re.compile(
    r"\b(me|m'|nous|vous|lui|leur|te|t')? ?(pose|posent|posera|posait|a pose|ont pose|demande|"
    r"demandent|a demande|ont demande) (la|une|des|cette|ces|plein de) questions?\b"
)
"""Who asked the caller, not a word of the work: « le maire me pose la question » shares
« pose » with « l'échafaudage est posé » (newcomer61)."""
_ASKS_VERB = re.compile(
    r"\b(?:(?:me|te|nous|vous|lui|leur|se|m'|t'|s'|l'|il|elle|on|qui|je|ils|elles) "
    r"demand(?:e|es|ent|ait|aient)\b|demand(?:e|ent|ait) (?:si|ou|quand|comment|pourquoi)\b)"
)
"""« demande » the verb (« la banque me demande si … »), not the noun the lexicon reads as an
application (« demande de RTC »): newcomer64 was linked by "applic, custom"."""


def _counted(shared: AbstractSet[str]) -> int:
    """How many of the `shared` keys count towards a link: the months and days of the week
    together count once (newcomer62: « l'acompte de novembre … on compense sur décembre ? »
    was linked to the November VAT update by "novemb, decemb" alone; a day names when, not
    what)."""
    return len(shared - _DAYS) + (1 if shared & _DAYS else 0)


def topic_keys(text: str) -> set[str]:
    """The words that could name a piece of work, each as one key shared by FR and EN."""
    out: set[str] = set()
    plain = _ASKS_VERB.sub(" ", _ASKED_ME.sub(" ", normalise(text)))
    for w in tokens(_SPELLED_NUMBER.sub(" ", plain)):
        w = w.strip("?!'.,:;")
        if w.endswith("'s"):  # "Priya's laptop" is about Priya
            w = w[:-2]
        if len(w) < 3 or w.isdigit() or w in FILLERS or w in GENERIC:
            continue
        if w in FRENCH or w in ENGLISH:
            continue
        canonical = BILINGUAL.get(w) or BILINGUAL.get(w.rstrip("sx")) or w
        out.add(canonical[:STEM])
    return out


_GREETED = re.compile(r"\b(hi|hello|hey|dear|bonjour|bonsoir|salut|allo|coucou)( [a-z'-]+)?")


@lru_cache(maxsize=8192)
def message_keys(text: str, subject: str = "") -> frozenset[str]:
    """Topic keys of a client's message, leaving out who they are and whom they greet."""
    said = _GREETED.sub(" ", C.SELF_ID.sub(" ", normalise(text)))
    return frozenset(topic_keys(subject) | topic_keys(said))


@dataclass(frozen=True)
class Update:
    """One of the consultant's own sent emails."""

    id: str
    to: str
    subject: str
    text: str
    at: datetime | None = None
    keys: frozenset[str] = field(default=frozenset(), compare=False)
    subject_keys: frozenset[str] = field(default=frozenset(), compare=False)
    lang: str = "en"
    names: frozenset[str] = field(default=frozenset(), compare=False)  # whom it greets
    people: frozenset[str] = field(default=frozenset(), compare=False)  # greeted and signing
    item: Item | None = field(default=None, compare=False)  # which piece of work it is about

    @classmethod
    def make(cls, id: str, to: str, subject: str, text: str, at: datetime | None = None) -> Update:
        """An update from its fields; `to` may be written as a mail client exports it ("Jen
        Park <jen@harbor.example>", several recipients: the first is the correspondent)."""
        to = mail_address(to)
        greeted = _SALUTATION.search(new_text(text))
        names = set(_name_words(greeted.group(0))) if greeted else set()
        names |= set(_name_words(to.split("@", 1)[0].replace(".", " ").replace("_", " ")))
        body = _SALUTATION.sub(" ", new_text(text), count=1)
        norm = normalise(subject + "\n" + body)
        lang, _ = detect_language(subject + "\n" + body, tokens(norm))
        people = _people(text, greeted.group(0) if greeted else "")
        return cls(
            id,
            to.strip().lower(),
            subject,
            text,
            at,
            frozenset(topic_keys(body) | topic_keys(subject)),
            frozenset(topic_keys(subject)),
            lang,
            frozenset(names),
            people,
            _item(subject, body),
        )


UPDATE_AGE = timedelta(days=183)
"""How old an update may be and still answer a status check: about six months (a question
about last year's filing asks about this year's)."""
_OFF_SUBJECT_SHARED = 3
"""Words of an update's body a check from the same correspondent must share when it shares
none of the update's subject."""
_DONE = (
    "parti",
    "envoy",
    "sent",
    "gone",
    "done",
    "fait",
    "filed",
    "recu",
    "receiv",
    "arriv",
    "signe",
    "signed",
    "paid",
    "paye",
    "regle",
    "sorted",
)
"""How a check asks whether work is done ("elles sont parties ?"): no word of what it is."""
_QUESTIONS = re.compile(r"[^.?!\n]*\?")
"""The questions of a text, each from the end of the sentence before."""
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{2,7}\b")


def _name_words(text: str) -> list[str]:
    """Lowercase words that may be a first name (greetings and function words left out)."""
    return [
        w
        for w in tokens(normalise(text))
        if len(w) >= 3 and w not in FRENCH and w not in ENGLISH and not C.GREETING.fullmatch(w)
    ]


def _item(subject: str, body: str) -> Item:
    """Which piece of work an update is about (its subject and first sentence, `_lead`), and
    whether its whole body tells what was sent or received (`SENT_STAGE`): "I sent the
    spreadsheet to the caterer with the final headcount" in its third paragraph answers "did
    the caterer get the headcount?". (The other stages are read in the lead only: a later
    "once they have signed" tells no signature.)"""
    item = describe(subject + "\n" + _lead(body))
    if SENT_STAGE in describe(subject + "\n" + body).stages:
        return replace(item, stages=item.stages | {SENT_STAGE})
    return item


def _lead(body: str) -> str:
    """The first sentence of an update's body: with its subject, what it is about. (Later
    sentences add side matters: "we offered the SOC 2 report instead" in an update on a DPA.)"""
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", body):
        if len(sentence.split()) >= 4:
            return sentence
    return body


def _people(text: str, greeting: str) -> frozenset[str]:
    """Topic keys of the people an update names as such: whom it greets ("Hi Jen,", "Tom,"
    opening the first line) and who signs it (a short last line, "Julien Marchetti"). A shared
    first name says who writes, not which piece of work it is about."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    found = set(_name_words(greeting))
    if lines:
        head = lines[0].split(",", 1)[0]
        if "," in lines[0] and len(head.split()) <= 3:
            found |= set(_name_words(head))
    found |= signer_names(text)
    return frozenset(topic_keys(" ".join(found)))


_NUMBER_START = re.compile(r"[+(\d]")


def sender_names(sender: str) -> set[str]:
    """The name a phone number's `from` is saved under ("Samia Benali +33645901328" gives
    samia, benali; SPEC §5 `from`); none for an address or a bare number."""
    if "@" in sender:
        return set()
    found = _NUMBER_START.search(sender)
    return set(_name_words(sender[: found.start()] if found else ""))


def signer_names(text: str) -> set[str]:
    """The names a text is signed with: its last line when that is a few capitalised words
    ("Julien Marchetti", "Amy")."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    if last and len(last.split()) <= 3 and all(w[:1].isupper() for w in last.split()):
        return set(_name_words(last))
    return set()


# A caller who says their name at once, after a greeting and the consultant's name, before a
# hesitation or where they are from: "camille mark at gorey where are we …", « oui camille
# josiane euh la mise à jour … » (newcomer37).
_OPENING_NAME = re.compile(
    r"^\s*(?:(?:oui|allo|bonjour|bonsoir|salut|hi|hello|hey|yes|yeah|morning|hiya)\s+)*"
    r"(?:[a-z'-]+\s+)?([a-z'-]{3,})\s+(?:euh|um|er|erm|uh|here|ici|at|from|de chez|du|"
    r"de la)\b"
)
_CIVILITY = frozenset(
    "madame monsieur mademoiselle sir madam mister miss docteur doctor maitre there".split()
)


def caller_names(text: str) -> set[str]:
    """The names a caller gives ("c'est Bruno", "it's Kevin Brooks", "camille mark at
    gorey …": a word before a hesitation or a place, after a greeting and one name), and the
    name of the person whose relative or assistant writes ("Eileen Fahy, Toms wife", « le fils
    de Jean-Luc »: the update went to them)."""
    norm = normalise(text)
    found = C.SELF_ID.search(norm)
    names = set(_name_words(found.group(4))) if found else set()
    return names | opening_names(text) | _whose_relative(norm)


_RELATIVE_OF_EN = re.compile(
    r"\b([a-z][a-z-]{2,})(?:'s|s) (wife|husband|son|daughter|partner|mum|mom|mother|dad|father|"
    r"brother|sister|assistant|pa|secretary|other half)\b"
)
_RELATIVE_OF_FR = re.compile(
    r"\b(la femme|le mari|le fils|la fille|l'epouse|l'epoux|le compagnon|la compagne|le frere|"
    r"la soeur|la mere|le pere|l'assistante?|le collegue|la collegue|la secretaire) (de|d') ?"
    r"(monsieur |madame |m |mme )?([a-z][a-z-]{2,})"
)


def _whose_relative(norm: str) -> set[str]:
    """First names of whom the writer is a relative or assistant of, in normalised text."""
    found = {m.group(1) for m in _RELATIVE_OF_EN.finditer(norm)}
    found |= {m.group(4) for m in _RELATIVE_OF_FR.finditer(norm)}
    return {w for name in found for w in _name_words(name)}


def opening_names(text: str) -> set[str]:
    """The name a caller says at once, before a hesitation or where they are from, after a
    greeting and the consultant's name ("camille mark at gorey …"); empty when none."""
    opening = _OPENING_NAME.match(normalise(text))
    if opening is None or opening.group(1) in _CIVILITY:
        return set()
    return set(_name_words(opening.group(1)))


def acronym_keys(*texts: str) -> set[str]:
    """Keys of the acronyms in a text (FDVA, RGPD): one of them names a piece of work alone."""
    return {a.lower()[:STEM] for t in texts for a in _ACRONYM.findall(t)}


def _firm_keys(address: str) -> frozenset[str]:
    """Topic keys of the firm an address belongs to ("front@prairie-dance.example" gives
    prairi, dance): a caller who names it says whose matter it is."""
    domain = _domain(address)
    if domain is None or domain in PUBLIC_MAIL:
        return frozenset()
    return frozenset(k for k in topic_keys(domain.split(".")[0].replace("-", " ")) if len(k) >= 4)


# A text message's way of saying who writes: « c Margaux, », "Bjr Julien c Priscilla", and a
# name after its last sentence ("… ou pas encore? Widlène", "Thx, Kim (Les Érables)").
_TEXT_SPEAK_ID = re.compile(r"(?:^|[\s,.!?])(?:c|c'est|cé|ici)\s+([A-ZÀ-Ý][\w'-]+)")
_CLOSING_NAME = re.compile(
    r"[.?!,]\s*(?:thx|thanks|merci|cheers|ta)?,?\s*([A-ZÀ-Ý][\w'-]+)(?:\s*\([^)]*\))?\s*$",
    re.I,
)


def _short_names(text: str) -> set[str]:
    """The names a short message gives in text-speak or after its last sentence."""
    found = [m.group(1) for m in _TEXT_SPEAK_ID.finditer(text)]
    closing = _CLOSING_NAME.search(text.strip())
    if closing is not None and closing.group(1)[:1].isupper():
        found.append(closing.group(1))
    return set(_name_words(" ".join(found)))


def known_caller(
    text: str, update: Update, people: frozenset[str] = frozenset(), sender: str = ""
) -> bool:
    """A message from a phone number (no address to compare) says it comes from the
    correspondent of `update`: the caller's or signer's name, or the name its `sender` is
    saved under ("Samia Benali +33 6 45 90 13 28"), is one the update greets ("c'est Bruno"
    and "Salut Bruno,"), or the message names the firm of its address ("Jen at the front desk
    at Prairie Dance" and an update to front@prairie-dance.example). `people` (the first
    names of every update) are no firm."""
    said = caller_names(text) | signer_names(text) | _short_names(text) | sender_names(sender)
    if said & update.names:
        return True
    firm = _firm_keys(update.to) - people
    return (bool(firm) and not firm.isdisjoint(topic_keys(text))) or _names_firm_in_words(
        text, update.to
    )


_FIRM_MIN = 6
"""Letters a firm's name in its mail domain needs before words of a message spelling it
(« Atlas Auto » for atlasauto.example) say who calls: shorter ones meet words by chance."""


def _names_firm_in_words(text: str, address: str) -> bool:
    """The message spells, in two or three words, the firm its address's domain writes as one
    ("c'est Salma d'Atlas Auto" and k.bennani@atlasauto.example, newcomer42)."""
    domain = _domain(address)
    if domain is None or domain in PUBLIC_MAIL:
        return False
    firm = re.sub(r"[^a-z]", "", domain.split(".")[0])
    if len(firm) < _FIRM_MIN:
        return False
    words = [re.sub(r"^[a-z]'", "", w) for w in tokens(normalise(text))]
    return any("".join(words[i : i + n]) == firm for n in (2, 3) for i in range(len(words) - n + 1))


def number_key(sender: str) -> str:
    """The digits of a sender that is a phone number ("+33 6 12 34 56 78" and "+33612345678"
    are one key), "" for an address or nothing."""
    if "@" in sender:
        return ""
    digits = re.sub(r"\D", "", sender)
    return digits if len(digits) >= 6 else ""


def mail_address(value: str) -> str:
    """The bare address of a `to` or `from` as mail clients write it: "Jen Park
    <jen@harbor.example>" is "jen@harbor.example"; of several recipients ("a@x.example,
    b@x.example" or with ";"), the first; anything else (a phone number) as given.
    RFC 5322 address lists, read by the standard library's `email.utils.getaddresses`."""
    if "@" not in value:
        return value
    found = [addr for _, addr in getaddresses([value.replace(";", ",")]) if "@" in addr]
    return found[0] if found else value


def sent_in_time(update: Update, at: datetime | None) -> bool:
    """`update` was sent before a check that came at `at`, and not more than `UPDATE_AGE`
    before it (True when either time is unknown)."""
    if at is None or update.at is None:
        return True
    return update.at < at and at - update.at <= UPDATE_AGE


def correspondent(address: str) -> str:
    """Who an address belongs to, as `same_correspondent` tells them apart: the firm's mail
    domain, or the address itself on a public mail service ("gmail.com")."""
    domain = _domain(address)
    return domain if domain is not None and domain not in PUBLIC_MAIL else address.strip().lower()


@lru_cache(maxsize=4096)
def _domain(address: str) -> str | None:
    address = address.strip().lower()
    return address.rsplit("@", 1)[1] if "@" in address else None


def _private_address(sender: str) -> bool:
    """An address on a public mail service (gmail.com, eircom.net): it tells nobody's firm,
    so the message's words may (`caller_addresses`)."""
    domain = _domain(sender)
    return domain is not None and domain in PUBLIC_MAIL


def same_correspondent(sender: str, update: Update) -> bool | None:
    """True/False when the addresses tell, None when they cannot (a phone number)."""
    if "@" not in sender or "@" not in update.to:
        return None
    sender_domain, update_domain = _domain(sender), _domain(update.to)
    if sender_domain is None or update_domain is None:
        return None
    if sender_domain in PUBLIC_MAIL or update_domain in PUBLIC_MAIL:
        return sender.strip().lower() == update.to
    return sender_domain == update_domain


# A product, batch or file named by a code in a subject: "E-20", "VX-220", "NC-2026-114".
_SUBJECT_CODE = re.compile(r"\b[A-Za-z]{0,5}-?\d[\w-]*\b")


def same_item(a: Update, b: Update) -> bool:
    """`a` and `b` went to the same correspondent about one item: their subjects share two
    topic words, or one and a code ("Vernis VX-220 – conformité" and "Vernis VX-220 –
    résultats de migration")."""
    if a.to != b.to:
        return False
    words = len(a.subject_keys & b.subject_keys)
    codes = {c.lower() for c in _SUBJECT_CODE.findall(a.subject)} & {
        c.lower() for c in _SUBJECT_CODE.findall(b.subject)
    }
    return words >= 2 or (words >= 1 and bool(codes))


def _same_update(a: Update, b: Update) -> bool:
    """`a` says what `b` said: the same subject to the same correspondent, sent later (or
    with no time known)."""
    later = a.at is None or b.at is None or a.at.timestamp() >= b.at.timestamp()
    return later and a.to == b.to and normalise(a.subject) == normalise(b.subject)


# What a "What about …" clause says of its item, after naming it: « Et l'défibrillateur du
# stade qui clignotait rouge, ch'est arrangé ? », "and the invoice, is it paid?" — the state
# asked about, not another item (newcomer100: "arrangé" and "ch'est" were read as items).
_PREDICATE = re.compile(
    r"(?:^|\s|,)(?:c'est|ch'est|c est|ca|it's|its|is it|has it|have they|are they|est ce|"
    r"est il|est elle|sont ils|sont elles)\b.*$"
)


class UpdateIndex:
    """The consultant's updates, ready to be matched against status checks."""

    def __init__(self, updates: Sequence[Update] = (), keep: int | None = None) -> None:
        self.keep = keep
        self.updates: list[Update] = []
        self._idf: dict[str, float] | None = None
        self._people: frozenset[str] | None = None
        self._by_key: dict[str, list[int]] | None = None
        for u in updates:
            self.add(u)

    def add(self, update: Update) -> None:
        """Remember one more update (only the `keep` most recent when set)."""
        self.updates.append(update)
        if self.keep is not None and len(self.updates) > self.keep:
            del self.updates[0]
        self._idf = None
        self._people = None
        self._by_key = None

    def sharing(self, keys: AbstractSet[str]) -> list[Update]:
        """The updates that share at least one topic key with `keys`, in the order they were
        added: the only ones shared words can link (an index, so that a file of thousands of
        updates is not read through for every check)."""
        if self._by_key is None:
            self._by_key = {}
            for i, u in enumerate(self.updates):
                for k in u.keys:
                    self._by_key.setdefault(k, []).append(i)
        found: set[int] = set()
        for k in keys:
            found.update(self._by_key.get(k, ()))
        return [self.updates[i] for i in sorted(found)]

    @property
    def people(self) -> frozenset[str]:
        """Topic keys of the first names the updates greet or sign with (clients, consultant)."""
        if self._people is None:
            self._people = frozenset().union(*(u.people for u in self.updates))
        return self._people

    def check_keys(self, text: str, subject: str = "") -> frozenset[str]:
        """Topic keys of a status check's new text (quoted history, first names and the
        names the caller gives for themself left out: "josiane" is no topic because an
        update names her training)."""
        said = new_text(text) or text
        own = topic_keys(" ".join(opening_names(said)))
        return message_keys(said, subject) - self.people - own

    def other_item(self, text: str, update: Update) -> str | None:
        """Why a status check asks about another piece of work than `update`, or a later stage
        of it (see `answered_items`), or None when nothing tells them apart."""
        said = new_text(text) or text
        item = describe(said, question_only=True)
        if update.item is not None:
            why = conflict(item, update.item)
            if why is not None:
                return why
        asked_for = {body_kind(m.group(1)) for m in BODY_ASKED.finditer(normalise(said))}
        # the body the update's subject names its work for ("State foundation grant report")
        told_for = {body_kind(m.group(1)) for m in BODY_NAMED.finditer(normalise(update.subject))}
        if asked_for and told_for and asked_for.isdisjoint(told_for):
            return f"asks about the one for another body ({', '.join(sorted(asked_for))})"
        which = topic_keys(item.which_one) - self.people - update.keys
        if which:
            return f"asks about another one of its kind ({', '.join(sorted(which))})"
        # in its questions only: not "a customer in Maui complained …", « M. Diop est à Dakar »
        asked = " ".join(_QUESTIONS.findall(said))
        asked_at = topic_keys(" ".join(places(asked))) - self.people - update.keys
        told_at = topic_keys(" ".join(places(update.subject + "\n" + update.text)))
        if asked_at and told_at - topic_keys(said):
            return (
                f"asks about the one at {', '.join(sorted(asked_at))}, the update is about "
                f"{', '.join(sorted(told_at))}"
            )
        if item.clause is not None:
            # "What about the text reminders?": the update must name what the clause names.
            named = topic_keys(_PREDICATE.sub("", item.clause)) - self.people
            missing = named - update.keys
            if missing or not named:
                return f"follows up on another item ({', '.join(sorted(missing)) or 'unnamed'})"
        return None

    def caller_addresses(
        self, text: str, sender: str, same_client: AbstractSet[str] | None = None
    ) -> frozenset[str]:
        """Who a message from a phone number or a private address (gmail.com, eircom.net)
        says it comes from (`known_caller`), as `correspondent` keys of the updates to them
        (their firm's mail domain, or their own address on a public mail service); empty when
        a firm's address or the configuration tells, or when the message does not say."""
        if same_client is not None or ("@" in sender and not _private_address(sender)):
            return frozenset()
        return frozenset(
            correspondent(u.to) for u in self.updates if known_caller(text, u, self.people, sender)
        )

    def clients_of_numbers(self, messages: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
        """Who each phone number among `messages` ((sender, text) pairs) is, as the addresses
        of the updates to its correspondent: the one its messages name (`known_caller`) in
        more of them than every other together ("c'est Sylvie" on Monday makes Thursday's
        unsigned SMS from the same number hers, as a consultant would remember). A number
        none of its messages names, or that names two correspondents as often, is absent.
        Keys are the numbers' digits (`number_key`)."""
        votes: dict[str, Counter[str]] = {}
        for sender, text in messages:
            number = number_key(sender)
            if not number:
                continue
            said = self.caller_addresses(text, sender)
            if len(said) == 1:
                votes.setdefault(number, Counter()).update(said)
        known: dict[str, set[str]] = {}
        for number, counts in votes.items():
            (first, most), *others = counts.most_common()
            if most > sum(n for _, n in others):
                known[number] = {u.to for u in self.updates if correspondent(u.to) == first}
        return known

    @property
    def idf(self) -> dict[str, float]:
        """How rare each topic key is among the updates: rare words say more."""
        if self._idf is None:
            counts: dict[str, int] = {}
            for u in self.updates:
                for k in u.keys:
                    counts[k] = counts.get(k, 0) + 1
            n = max(len(self.updates), 1)
            self._idf = {k: math.log(1 + n / c) for k, c in counts.items()}
        return self._idf

    def answering(
        self,
        text: str,
        subject: str = "",
        sender: str = "",
        at: datetime | None = None,
        same_client: set[str] | None = None,
        lang: str | None = None,
        refused: frozenset[str] = frozenset(),
    ) -> tuple[Update, list[str]] | None:
        """The earlier update that answers this status check, with the shared words, or None.

        `same_client` (addresses of the sender's client, from the configuration) narrows the
        candidates when known; otherwise email domains do. Updates whose ids are in
        `refused` are not candidates.
        """
        keys = self.check_keys(text, subject)
        names: set[str] | None = None
        acronyms: set[str] | None = None
        best: tuple[float, Update, list[str]] | None = None
        passed: list[tuple[Update, list[str]]] = []
        callers = self.caller_addresses(text, sender, same_client)
        for u in self.sharing(keys):
            if u.id in refused:
                continue
            # The update's subject names its topic: the match must touch it, unless the
            # same correspondent asks with two of the body's words ("Des nouvelles du GAL
            # pour le broyeur ?" and "LEADER : avis favorable", whose body names the GAL and
            # the shredder; newcomer35).
            off_subject = keys.isdisjoint(u.subject_keys)
            shared = keys & u.keys
            if off_subject and len({k for k in shared if not k.startswith(_DONE)}) < (
                _OFF_SUBJECT_SHARED
            ):
                continue
            if not sent_in_time(u, at):
                continue
            if same_client is not None and u.to not in same_client:
                continue
            same = True if same_client is not None else same_correspondent(sender, u)
            if same is None and callers:
                # the caller said who they are: another client's update is not theirs
                same = correspondent(u.to) in callers
            elif same is False and callers and correspondent(u.to) in callers:
                # a private address that names the firm ("I'm the treasurer of Ballintemple
                # Court" from a gmail address, newcomer92): another address of that client
                same = True
            if same is None:
                names = caller_names(text) | sender_names(sender) if names is None else names
                if names & u.names:
                    same = True  # "c'est Bruno" and "Salut Bruno,"
            if same is False or (off_subject and not same):
                continue
            # One shared word is enough from the same correspondent or for an acronym;
            # otherwise two, and across languages (the bilingual lexicon is coarse) three.
            acronyms = acronym_keys(text, subject) if acronyms is None else acronyms
            # an acronym of the update's subject counts in any case in the check: "t'as pu
            # avancer sur la tva ?" and "TVA 3e trimestre"
            if same or shared & (acronyms | acronym_keys(u.subject)) & u.subject_keys:
                needed = 1
            else:
                needed = MIN_SHARED if lang is None or u.lang == lang else MIN_SHARED + 1
            if _counted(shared) < needed or self.other_item(text, u) is not None:
                continue
            passed.append((u, sorted(shared)))
            score = sum(self.idf.get(k, 0.0) for k in shared) + (2.0 if same else 0.0)
            # of updates that say the same (one re-sent each week, same subject), the most
            # recent: the client is pointed to the email they last had, not one weeks old
            again = best is not None and _same_update(u, best[1]) and score >= best[0]
            if (
                again
                or best is None
                or score > best[0]
                or (score == best[0] and len(shared) > len(best[2]))
            ):
                best = (score, u, sorted(shared))
        if best is None:
            return None
        # a later update on the same item tells where it stands now: "Encre E-20 – résultats"
        # after "Encre E-20 – conformité" (newcomer79); whether it answers is decided on it
        later = [
            (u, shared)
            for u, shared in passed
            if u.at is not None
            and best[1].at is not None
            and u.at > best[1].at
            and same_item(u, best[1])
        ]
        if later:
            return max(later, key=lambda c: c[0].at.timestamp() if c[0].at else 0.0)
        return best[1], best[2]


_MONTHS = frozenset(
    topic_keys(
        "january february march april may june july august september october november december"
    )
)
"""The keys of the months (French months share them through the bilingual lexicon)."""
_DAYS = _MONTHS | frozenset(
    topic_keys(
        "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi "
        "vendredi samedi dimanche"
    )
)
"""Keys of the months and days of the week: together they count once (`_counted`)."""
CALENDAR_KEYS = _DAYS
"""The keys that name when, not what (months and days of the week)."""
