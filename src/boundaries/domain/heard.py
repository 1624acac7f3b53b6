"""What clients said, as the replies and agendas read it: `Heard`, and the topic of each.

The topic a client is told is the triage's `topic` (SPEC §5), never the raw transcript: it
is taken only from what the message says (no greeting, name, sign-off or markup; cut at a
whole word), and it is the one the dashboard and the report show.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import snowballstemmer


@dataclass(frozen=True)
class UpdateRef:
    """An email the consultant already sent a client (an update a status check is answered by)."""

    id: str
    subject: str
    at: datetime


@dataclass(frozen=True)
class Heard:
    """One thing a client said that may call for a reply or an agenda item.

    `words` is None when they are unknown (the transcript failed or never came): such a
    message is acknowledged without pretending to know its topic. `topic` is the triage's
    (SPEC §5; "" when it names nothing). `at` is UTC.
    """

    sid: str
    client_id: str | None
    at: datetime
    channel: str  # "voicemail" | "email"
    words: str | None
    content_free: bool = False
    urgent: bool = False
    intent: str = "unknown"
    topic: str = ""
    answered_by: UpdateRef | None = None
    moves_call: bool = False  # asks to move or call off a call (the triage's `moves_call`)
    # the call it asks to move, when it also raises another matter, its `topic` (the triage's
    # `moved_call`): the move is answered on its own, the matter goes on the agenda
    moved: str = ""
    # only thanks or acknowledges (the triage's `nothing_to_discuss`): no topic, no reply
    nothing_to_discuss: bool = False
    message_id: str = ""  # an email's own Message-ID, that a reply to it refers to (RFC 5322)
    # the sender's day by which it says something is needed (the triage's `due`): a reply
    # proposes no call after it (trial51 §4)
    due: date | None = None

    @property
    def status_check(self) -> bool:
        return self.intent == "status_check"


def due_of(triage: dict[str, object]) -> date | None:
    """The triage's `due` (ISO date) of a stored message, or None when it names none or an
    older row holds something else."""
    try:
        return date.fromisoformat(str(triage.get("due") or ""))
    except ValueError:
        return None


def topic_of(heard: Heard) -> str:
    """The topic told to the client in replies and agendas: the triage's topic, spaces
    tidied, English days and months with their capital (`as_told`), nothing added or cut
    (the dashboard shows the same). "" when it names nothing."""
    return as_told(heard.topic)


# English names of days and months, written with a capital whatever a transcript wrote
# (trial48: a reply quoted the client's call as (“wednesday”)); not "may", "march" or
# "august", which are words too. French ones take none.
_ENGLISH_CALENDAR = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|"
    r"june|july|september|october|november|december)\b"
)


def as_told(words: str) -> str:
    """`words` (a topic, a call named) as a reply or an agenda tells them: spaces tidied,
    English days and months capitalised ("wednesday's call" is "Wednesday's call")."""
    return _ENGLISH_CALENDAR.sub(lambda m: m.group(0).capitalize(), " ".join(words.split()))


def topic_key(heard: Heard) -> str:
    """What makes two messages the same topic: their topics, ignoring case, accents,
    punctuation and a hyphen inside a word (« Budget 2027 : version » and "budget 2027 -
    Version" are one line, "e-mail" and "email" too): `matter_key`."""
    return matter_key(topic_of(heard))


_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011](?=[^\W\d_])")


def matter_key(topic: str) -> str:
    """`topic` as two topics are compared (`comparable`), a hyphen inside a word dropped:
    "e-mail" is "email", "news-letter" "newsletter"."""
    return comparable(_HYPHEN_IN_WORD.sub("", topic))


_REPLY_PREFIX = re.compile(r"^(\s*(re|aw|sv|tr|fwd?|wg)\s*:)+", re.I)


# Letters no decomposition takes apart, read as the plain letters they are written with
# elsewhere (as the triage reads them, `triage.text.strip_accents`): « cœur » / "coeur";
# `str.casefold` already reads "ß" as "ss".
_FOLDED = str.maketrans(
    {"œ": "oe", "æ": "ae", "ø": "o", "ı": "i", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ħ": "h"}
)


def comparable(text: str) -> str:
    """`text` as two lines that say the same are compared: without a "Re:"/"Fwd:" prefix,
    case, accents and punctuation, « œ » read as "oe" (`_FOLDED`); its words separated by
    single spaces."""
    bare = unicodedata.normalize("NFKD", _REPLY_PREFIX.sub("", text).casefold())
    bare = "".join(ch for ch in bare if not unicodedata.combining(ch)).translate(_FOLDED)
    return " ".join(re.findall(r"\w+", bare))


_LINKING = frozenset(
    """a an the of for to on and or in at with de du des d la le les l et ou en au aux pour
    sur a avec un une""".split()
)
"""Words that link a topic's words and name nothing: « budget de l'association » and "budget
for the association" hold the same matter words."""


def _matter_words(key: str) -> frozenset[str]:
    """The words of a topic key that name its matter (not the linking words)."""
    return frozenset(w for w in key.split() if w not in _LINKING)


_STEMMERS = (snowballstemmer.stemmer("english"), snowballstemmer.stemmer("french"))
_STEMMING = threading.Lock()  # a Snowball stemmer keeps its word while it works
_PLURALS_IN_AUX = {
    "baux": "bail",
    "coraux": "corail",
    "emaux": "email",
    "soupiraux": "soupirail",
    "travaux": "travail",
    "vantaux": "vantail",
    "vitraux": "vitrail",
}
"""The French nouns in -ail whose plural is -aux: a closed list of the grammar, that no
stemmer reads (« bail » / « baux »)."""


@lru_cache(maxsize=16384)
def _forms(word: str) -> frozenset[str]:
    """`word` (of a topic key) and its English and French Snowball stems: "policies" and
    "policy" share "polici", "classes" and "class" "class", « locaux » and « local »
    « local », « analyses » and "analysis" « analys »; a figure is only itself."""
    if word.isdigit():
        return frozenset([word])
    base = _PLURALS_IN_AUX.get(word, word)
    with _STEMMING:
        stems = [stemmer.stemWord(base) for stemmer in _STEMMERS]
    return frozenset([word, base, *stems])


def _one_word(word: str, other: str) -> bool:
    """Two words of topic keys are one word, singular or plural (`_forms`)."""
    return word == other or not _forms(word).isdisjoint(_forms(other))


def _rejoined(key: str, other: str) -> str:
    """`key` with two neighbour words made one where `other` writes them as one word: a key
    that `comparable` split at a hyphen ("e mail", "news letter") beside "email"."""
    joinable = {w for w in other.split() if len(w) > 2}
    words = key.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = "".join(words[i : i + 2])
        if i + 1 < len(words) and any(_one_word(pair, w) for w in joinable):
            out.append(pair)
            i += 2
            continue
        out.append(words[i])
        i += 1
    return " ".join(out)


_GENERIC_HEADS = frozenset(
    """travaux travail work works job jobs task tasks meeting meetings call calls reunion
    reunions point points appel appels rendez vous rdv question questions sujet sujets topic
    topics chose choses thing things matter matters affaire affaires issue issues probleme
    problemes souci soucis demande demandes request requests dossier dossiers file files
    document documents doc docs project projects projet projets update updates news nouvelles
    suivi follow up idee idees idea ideas plan plans""".split()
)
"""Head words that name a kind of thing, not which one (« travaux », "work", "meeting",
« dossier »): alone, they tell nothing of the matter a fuller topic names (« travaux de la
cour » or « travaux du samedi »?), so they never join one (`same_matter`)."""


def same_matter(key: str, other: str) -> bool:
    """Two topic keys (`topic_key`) of one client name the same matter: equal, or every matter
    word of one is among the other's (« budget » and « budget prévisionnel », "grant report"
    and "grant report to the foundation"), singular and plural alike, read by the English
    and French Snowball stemmers ("privacy policy" / "privacy policies", « local » /
    « locaux », `_forms`), a hyphen inside a word or not ("e-mail" / "email"). A word or a
    figure on each side that the other lacks ("budget 2026" / "budget 2027", « facture
    novembre » / « facture décembre », « travaux du samedi » / « travaux de la cour ») tells
    different matters apart. The shorter must name something itself (a word of three
    letters or more), and more than a kind of thing (`_GENERIC_HEADS`): a bare « travaux »,
    "meeting" joins only « travaux », "meetings", never « travaux de la cour »."""
    return _same(key, other, kind_alone=False)


def same_answered_matter(key: str, other: str) -> bool:
    """`same_matter`, where both topics were answered by the same update: a kind of thing
    alone ("plan") then joins the fuller topic that holds it ("Q1 plan"), since the update
    says which one it is (trial50 §5: "plan" and "Q1 plan", both answered by "Q1 plan:
    status", were two lines of one agenda)."""
    return _same(key, other, kind_alone=True)


def _same(key: str, other: str, kind_alone: bool) -> bool:
    key, other = _rejoined(matter_key(key), other), _rejoined(matter_key(other), key)
    if key == other:
        return True
    small, big = sorted((_matter_words(key), _matter_words(other)), key=len)
    if not any(len(w) >= 3 and not w.isdigit() for w in small):
        return False
    if not all(any(_one_word(w, b) for b in big) for w in small):
        return False
    if not kind_alone and all(w in _GENERIC_HEADS for w in small):
        return all(any(_one_word(b, w) for w in small) for b in big)  # the same words only
    return True


_ARTICLES = frozenset("le la les l un une the a an".split())
"""Articles, lowercase: one begins a noun phrase ("a" is also French « a », a verb)."""
_BEFORE_ARTICLE = frozenset(
    """de d du des of for to on in at with by from about into pour sur à avec en par dans
    chez vers entre et ou and or""".split()
)
"""Words an article may follow inside one noun phrase (« statut *de l'*association », "report
*of the* board", « demande *à la* mairie »)."""


def well_formed(topic: str) -> bool:
    """`topic` reads as one noun phrase: no article follows a word other than a preposition
    or a conjunction. « statut de l'association » is one; « vélo électrique la batterie »
    (a clause run on, its comma lost), « revoir l'email de relance » (a verb before its
    object) and « assurances le courtier a répondu » are not."""
    words = re.findall(r"\w+", unicodedata.normalize("NFC", topic).casefold())
    return not any(
        w in _ARTICLES and words[i - 1] not in _BEFORE_ARTICLE for i, w in enumerate(words) if i > 0
    )


def fuller(topic: str, other: str) -> str:
    """Of two topics naming the same matter (`same_matter`), the one an agenda line says:
    `topic` is the line's wording so far (the earlier), `other` the one asked again.

    A well-formed one (`well_formed`) over one that runs on ("vélos électriques", not
    "vélo électrique la batterie"); then the one that says which matter more precisely, with
    more matter words (« budget prévisionnel » over « budget »); between the same matter
    words in other forms (« statuts de l'association » / « statut de l'association »,
    "e-mail de relance" / "email de relance"), the earlier, `topic`."""
    a_formed, b_formed = well_formed(topic), well_formed(other)
    if a_formed != b_formed:
        return topic if a_formed else other
    a, b = _matter_words(comparable(topic)), _matter_words(comparable(other))
    return other if len(b) > len(a) else topic


def wants_topic(heard: Heard) -> bool:
    """A message whose words we know that names nothing to take up: content-free (only who it
    is and a call-back), or saying it is about something without naming it ("it's about the
    thing we discussed", « c'est pour le truc »: the triage finds it not content-free but
    with no topic). Its reply asks for one line on what it is about, as SPEC §10 asks for a
    content-free voicemail; it makes no agenda line (`is_agenda_topic`). Not a message
    answered by an update, a request to move or call off a call, a thank-you, an urgent one:
    each is answered on its own."""
    if heard.words is None or heard.urgent:
        return False
    if heard.content_free:
        return True
    return (
        heard.answered_by is None
        and not (heard.moves_call and not heard.moved)
        and not heard.nothing_to_discuss
        and not topic_of(heard)
    )


def is_agenda_topic(heard: Heard) -> bool:
    """A message that goes onto the agenda: from a client, not urgent, not content-free, with
    words we know and a topic to list (README "The topic"; SPEC §10). An empty message is
    content-free: it never makes an empty agenda line. A request to move or call off a call
    is no topic of that call (nor of another): the reply answers it on its own; another matter
    the same message raises (`moved` set, the matter its topic) is one. A message
    that only thanks or acknowledges (« merci pour le rapport, c'est parfait ») closes a
    topic: nothing to discuss."""
    return (
        heard.client_id is not None
        and not heard.urgent
        and heard.words is not None
        and not heard.content_free
        and not (heard.moves_call and not heard.moved)
        and not heard.nothing_to_discuss
        and bool(topic_of(heard))
    )
