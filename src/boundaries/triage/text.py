"""Text normalisation for matching: case, accents, apostrophes, SMS shorthand, ASR noise."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans(
    {
        "’": "'", "‘": "'", "`": "'", "´": "'", "«": '"', "»": '"',
        # laughter in an emoji is laughter in words: "DISASTER 😂 one story has a typo"
        "😂": " lol ", "🤣": " lol ",
    }
)  # fmt: skip
# A letter or a digit is one by its Unicode category (`\w` without "_"), not by a list:
# « œ », "ß", "ø", "ı", a Greek or Cyrillic letter are letters as "e" is.
# A web address is read as the site it names: "https://bandito.re/ is offline" is a website
# offline (realtext33). Not an email address.
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.I)
_NON_WORD = re.compile(r"(?:[^\w'?!%€$:\u2029]|_)+")
_SENTENCE_END = re.compile(r"(?<=[^\W_]|[)'%€$£\"»])[.;]+(?=\s|$)|\n")
_SPACES = re.compile(r"\s+")
_AFTER_POUR = re.compile(
    r"(demain|aujourd'hui|ce|cet|cette|midi|ce soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|\d.*|le|la|les|l'.*|un|une|toi|moi|nous|vous|quand|info)$"
)
# Forms of "avoir" (and what sits between it and a participle) before « pu », the participle
# of « pouvoir » (« on a pu », « n'a pas pu »); elsewhere colloquial « pu » is « plus »
# (Québec: « ça marche pu », « les courriels partent pu »).
_AVOIR = frozenset(
    "ai as a avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez "
    "auraient avais avait avions aviez avaient eu".split()
)


_BETWEEN = frozenset(
    "pas jamais bien deja tout rien enfin toujours vous tu il elle on nous ils elles t".split()
)


def _colloquial_plus(words: list[str]) -> list[str]:
    """`words` with « pu » read as « plus » unless a form of « avoir » comes before it, with
    at most two words such as « pas » or « vous » between (« n'a pas pu », « avez-vous pu »):
    there it is the participle of « pouvoir ». « la machine à carte marche pu » is « plus »."""
    out = list(words)
    for i, w in enumerate(words):
        if w != "pu":
            continue
        participle = False
        if words[max(0, i - 2) : i] == ["y", "a"]:  # « y a pu de son »: there is no more
            out[i] = "plus"
            continue
        for back in range(1, 4):
            if i - back < 0 or not words[i - back]:
                break
            word = words[i - back].split()[-1].rsplit("'", 1)[-1]
            if word in _AVOIR:
                participle = True
                break
            if word not in _BETWEEN:
                break
        if not participle:
            out[i] = "plus"
    return out


# Shorthand of text messages and casual mail, expanded before matching.
SHORTHAND = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "tx": "thanks",
    "ty": "thank you",
    "msg": "message",
    "ppl": "people",
    "tmrw": "tomorrow",
    "tmw": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "2day": "today",
    "tonite": "tonight",
    # the time words typed in a hurry (trial45: "deadine … tmorow noon" read as no deadline)
    "tmorow": "tomorrow",
    "tmorrow": "tomorrow",
    "tomorow": "tomorrow",
    "tommorow": "tomorrow",
    "tommorrow": "tomorrow",
    "tomorrw": "tomorrow",
    "tomrrow": "tomorrow",
    "tomoroow": "tomorrow",
    "tommorw": "tomorrow",
    "2nite": "tonight",
    "tonigt": "tonight",
    "tonihgt": "tonight",
    "deadine": "deadline",
    "dealine": "deadline",
    "deadlne": "deadline",
    "dedline": "deadline",
    # "urgent" typed in a hurry (trial47: "urgnt le site est down" made "urgnt le site" the
    # topic)
    "urgnt": "urgent",
    "urgt": "urgent",
    "urgnet": "urgent",
    "urgen": "urgent",
    "aujourdhui": "aujourd'hui",
    "aujourdui": "aujourd'hui",
    "b4": "before",
    "asap": "asap",
    "hows": "how's",
    "whats": "what's",
    "wheres": "where's",
    "its": "it's",
    "im": "i'm",
    "dont": "don't",
    "cant": "can't",
    # the other negations typed without their apostrophe ("the domain isnt loading",
    # realtext38)
    "isnt": "isn't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "hasnt": "hasn't",
    "havent": "haven't",
    "couldnt": "couldn't",
    "wont": "won't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    # spelt as said (trial48: "Payroll didnt go thru, staff r gonna be unpaid friday")
    "thru": "through",
    "gonna": "going to",
    # the pronoun run into the verb (trial48: "tu peux mrappeler stp")
    "mrappeler": "me rappeler",
    "mrappelle": "me rappelle",
    "mrappelles": "me rappelles",
    "mappeler": "m'appeler",
    "mappelle": "m'appelle",
    "stp": "s'il te plait",
    "svp": "s'il vous plait",
    "slt": "salut",
    "bjr": "bonjour",
    "qd": "quand",
    "pk": "pourquoi",
    "pcq": "parce que",
    "pq": "parce que",
    "tjrs": "toujours",
    "dispo": "disponible",
    "dispos": "disponibles",
    "rdv": "rendez-vous",
    "auj": "aujourd'hui",
    "ajd": "aujourd'hui",
    "dem": "demain",
    "dem1": "demain",
    "avt": "avant",
    "tmr": "tomorrow",
    "dac": "d'accord",
    "mtn": "maintenant",
    "jsuis": "je suis",
    "j'suis": "je suis",
    "t'as": "tu as",
    "t'es": "tu es",
    "c": "c'est",
    "ds": "dans",
    "pa": "pas",
    "px": "peux",
    "bcp": "beaucoup",
    "mn": "min",
}

FILLERS = frozenset(
    [
        "euh",
        "heu",
        "hum",
        "uh",
        "um",
        "umm",
        "erm",
        "er",
        "em",
        "emm",
        "ehm",
        "eh",
        "aye",
        "ah",
        "oh",
        "bah",
        "ben",
        "hein",
        "voila",
        "voilà",
        "quoi",
        "okay",
        "ok",
        "alors",
        "bon",
        "yeah",
        "yes",
        "yep",
        "well",
        "so",
        "like",
    ]
)


# Letters that no decomposition takes apart, written as the plain letters they are read as
# when words are matched: « cœur » is "coeur", « vitæ » "vitae", "Straße" "strasse". Only
# matching reads them so; a topic shown to a client keeps the message's own spelling.
_FOLDED = str.maketrans(
    {
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "ẞ": "SS",
        "ø": "o",
        "Ø": "O",
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ħ": "h",
        "Ħ": "H",
    }
)


def strip_accents(text: str) -> str:
    """`text` in compatibility form (NFKD) without its combining marks ("é" -> "e", "ﬁ" ->
    "fi", "e" + U+0301 -> "e"), the letters no decomposition takes apart written as plain
    letters (`_FOLDED`: « œ » -> "oe", "ß" -> "ss", "ø" -> "o")."""
    if text.isascii():
        return text  # nothing to decompose: the common case of English and accent-free SMS
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    ).translate(_FOLDED)


_AFTER_DONT = frozenset(
    "je j'ai j'avais vous tu il elle on nous ils elles le la les l'on un une des ce cette ces "
    "certains certaines plusieurs deux trois quatre cinq six la plupart mon ma mes son sa ses "
    "notre nos votre vos leur leurs chacun aucun".split()
)
"""Words after French « dont » (its subject or what it counts), where it is no "don't"."""


_THAT_TIME = re.compile(
    r"\b(soir|nuit|matin|midi|jour|journ[ée]e|semaine|apr[èe]s-midi|heure|week-end)-l[àa]\b"
)
"""« ce soir-là », « cette nuit-là »: that evening, not tonight. Read as one word (« ce
soirla »), which no table of times within a day holds (newcomer97: « suspendre les
sauvegardes ce soir-là » was a deadline tonight)."""


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """Lowercase, accent-free, shorthand expanded, a web address read as "website",
    punctuation reduced to spaces; keeps "?", "!" and, between sentences (a full stop or a
    semicolon before a space, a line break), a "." word, so that a cue's window stops at its
    sentence ("clearer than last year. Our shop shows a casino page" is not a harm of last
    year)."""
    t = _THAT_TIME.sub(r"\1la", _URL.sub(" website ", text).translate(_APOSTROPHES).lower())
    t = strip_accents(t)
    t = t.replace("?", " ? ").replace("!", " ! ")
    t = _NON_WORD.sub(" ", _SENTENCE_END.sub(" \u2029 ", t)).replace("\u2029", ".")
    split = t.split()
    if "c" in split:  # « c est » as speech-to-text writes « c'est »: not « c'est est »
        split = [w for i, w in enumerate(split) if not (w == "est" and i and split[i - 1] == "c")]
    words = [SHORTHAND.get(w, w) for w in split]
    if "dont" in split:
        # French « dont » (« la réactivité dont vous avez fait preuve », newcomer92) before a
        # subject or a determiner, not the English "dont" typed without its apostrophe
        words = [
            "dont" if w == "dont" and i + 1 < len(split) and split[i + 1] in _AFTER_DONT else x
            for i, (w, x) in enumerate(zip(split, words, strict=True))
        ]
    # SMS « pr demain », « pr jeudi 14h » is « pour »; "PR" alone is also a press release.
    if "pr" in words:
        words = [
            "pour" if w == "pr" and i + 1 < len(words) and _AFTER_POUR.match(words[i + 1]) else w
            for i, w in enumerate(words)
        ]
    if "pu" in words:
        words = _colloquial_plus(words)
    # ASR stutter: "the the", "de de de".
    out: list[str] = []
    for w in words:
        if not out or w != out[-1] or w in "?!":
            out.append(w)
    while out and out[-1] == ".":  # a sentence end marks a boundary inside the text only
        out.pop()
    while out and out[0] == ".":
        out.pop(0)
    return " " + spoken_clock(_SPACES.sub(" ", " ".join(out)).strip()) + " "


_FRENCH_HOURS = {
    "une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix sept": 17, "dix huit": 18, "dix neuf": 19, "vingt": 20,
    "vingt et une": 21, "vingt et un": 21, "vingt deux": 22, "vingt trois": 23,
}  # fmt: skip
_ENGLISH_HOURS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_FRENCH_CLOCK = re.compile(
    rf"\b({'|'.join(sorted(_FRENCH_HOURS, key=len, reverse=True))}) heures?\b(?: (et demie|"
    r"trente|quart|quinze|quarante cinq))?"
)
_MINUTES = {"et demie": "30", "trente": "30", "quart": "15", "quinze": "15", "quarante cinq": "45"}
_ENGLISH_CLOCK = re.compile(
    rf"\b({'|'.join(_ENGLISH_HOURS)}|\d{{1,2}}) (?:(a m|p m|am|pm)|o'?clock)\b"
)


def spoken_clock(norm: str) -> str:
    """Clock times said in words, as speech-to-text writes them, in digits as typed ones are:
    « demain dix-sept heures » is « demain 17 h », « huit heures et demie » « 8 h 30 »,
    "nine a m" "9 am", "ten o'clock" "10:00" (`norm` is `normalise`d text, hyphens spaced)."""

    def french(m: re.Match[str]) -> str:
        minutes = f" {_MINUTES[m.group(2)]}" if m.group(2) else ""
        return f"{_FRENCH_HOURS[m.group(1)]} h{minutes}"

    def english(m: re.Match[str]) -> str:
        hour = m.group(1)
        number = _ENGLISH_HOURS.get(hour, hour)
        half = m.group(2)
        return f"{number}:00" if half is None else f"{number} {half.replace(' ', '')}"

    if "heure" in norm:
        norm = _FRENCH_CLOCK.sub(french, norm)
    if " m" in norm or "clock" in norm or "am" in norm or "pm" in norm:
        norm = _ENGLISH_CLOCK.sub(english, norm)
    return norm


def tokens(normalised: str, clauses: bool = False) -> list[str]:
    """Words of normalised text, with elided articles split off ("l'ecole" -> "ecole"), the
    "." of a sentence's end left out; with `clauses`, the "," a reader wrote at a clause's
    end (`topic._core`) kept as a word, where a phrase read in the words stops."""
    out: list[str] = []
    for w in normalised.split():
        if w == "." or (w == "," and not clauses):  # a sentence's or a clause's end
            continue
        if "'" in w:
            head, _, tail = w.partition("'")
            if head in {"l", "d", "j", "m", "t", "s", "c", "n", "qu", "jusqu", "lorsqu"} and tail:
                out.append(tail)
                continue
        out.append(w)
    return out


_SENTENCE_BREAK = re.compile(r"(?<=[.!?;:\n])\s*|\s+-\s+")


def sentences(text: str) -> list[str]:
    """The sentences of raw text, split after ". ! ? ; :" or a line break, and at a
    spaced dash; empty pieces left out."""
    return [s for s in _SENTENCE_BREAK.split(text) if s and s.strip()]
