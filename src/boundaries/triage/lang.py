"""French or English, from function words and accents."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

FRENCH = frozenset(
    [
        # French only, however short the text: "dispo 5 min?" (trial52 §6)
        "dispo",
        "dispos",
        "disponible",
        "disponibles",
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "du",
        "de",
        "et",
        "est",
        "c'est",
        "ce",
        "cette",
        "ces",
        "je",
        "tu",
        "il",
        "elle",
        "nous",
        "vous",
        "ils",
        "on",
        "pour",
        "pas",
        "ne",
        "que",
        "qui",
        "quoi",
        "dans",
        "sur",
        "avec",
        "mais",
        "ou",
        "donc",
        "puis",
        "pis",  # Québec's « puis »: « Pis? Ça a passé? » (newcomer93)
        "car",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "son",
        "sa",
        "ses",
        "notre",
        "votre",
        "nos",
        "vos",
        "leur",
        "au",
        "aux",
        "bonjour",
        "salut",
        "merci",
        "rappeler",
        "rappelle",
        "rappelez",
        "appelle",
        "oui",
        "non",
        "tres",
        "bien",
        "aussi",
        "encore",
        "deja",
        "toujours",
        "peux",
        "pouvez",
        "pourriez",
        "voudrais",
        "voulais",
        "j'ai",
        "t'as",
        "tu",
        "as",
        "est-ce",
        "avez",
        "as",
        "sont",
        "etait",
        "suis",
        "etes",
        "fait",
        "faire",
        "euh",
        "voila",
        "ça",
        "ca",
        "alors",
        "quand",
        "madame",
        "monsieur",
        "demain",
        "aujourd'hui",
        "hier",
        "soir",
        "matin",
        "semaine",
        "mois",
        "apres",
        "avant",
        "depuis",
        "chez",
        "tout",
        "tous",
        "toute",
        "cordialement",
        "bises",
        "coucou",
        "allo",
        "n'est",
        "qu'il",
        "s'il",
        "plait",
        "d'un",
        "d'une",
        "l'on",
        "jusqu'a",
        "moi",
        "toi",
        "lui",
        "y",
        "en",
        "se",
    ]
)
ENGLISH = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "is",
        "it's",
        "it",
        "this",
        "that",
        "these",
        "those",
        "i",
        "you",
        "he",
        "she",
        "we",
        "they",
        "my",
        "your",
        "our",
        "their",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "but",
        "or",
        "so",
        "if",
        "from",
        "by",
        "about",
        "what",
        "where",
        "when",
        "how",
        "why",
        "who",
        "which",
        "hi",
        "hello",
        "hey",
        "thanks",
        "thank",
        "please",
        "call",
        "me",
        "back",
        "can",
        "could",
        "would",
        "will",
        "should",
        "do",
        "did",
        "does",
        "have",
        "has",
        "had",
        "am",
        "are",
        "was",
        "were",
        "be",
        "been",
        "not",
        "no",
        "yes",
        "just",
        "get",
        "got",
        "let",
        "know",
        "need",
        "want",
        "today",
        "tomorrow",
        "tonight",
        "morning",
        "afternoon",
        "week",
        "month",
        "there",
        "here",
        "up",
        "out",
        "any",
        "some",
        "um",
        "uh",
        "yeah",
        "bye",
        "talk",
        "soon",
        "dear",
        "regards",
        "best",
        "cheers",
        "sent",
        "let's",
        "i'm",
        "i'd",
        "i'll",
        "don't",
    ]
)
_ACCENTED = re.compile(r"[éèêëàâçùûîïôœ]")


def detect_language(raw: str, words: list[str], hint: str | None = None) -> tuple[str, str]:
    """("fr" or "en", the cue) from accent-free tokens and the raw text's accents."""
    fr = sum(1 for w in words if w in FRENCH)
    en = sum(1 for w in words if w in ENGLISH)
    fr += min(3, len(_ACCENTED.findall(raw.lower())))
    if fr == en:
        lang = hint if hint in ("fr", "en") else "en"
        return lang, f"no clear language cue: {lang}"
    lang = "fr" if fr > en else "en"
    return lang, f"{'French' if lang == 'fr' else 'English'} words ({max(fr, en)} vs {min(fr, en)})"


OTHER_LANGUAGES = (
    "af ar bg bn ca cs da de el es et fa fi he hi hr hu id it ja ko lt lv ms nl no pl pt ro "
    "ru sk sl sq sr sv sw th tl tr uk ur vi zh"
).split()
"""Languages told apart from French and English (`other_language`): widely written ones,
not the English- or French-based creoles and pidgins a client may mix with either (the
identifier reads "Sam hope u don finish the accounts" as Nigerian Pidgin)."""
OTHER_SURE = 0.9
"""Probability from which the identifier's other language is taken: over 20,210 labelled
French and English messages it names none of `OTHER_LANGUAGES` at this level but one
bilingual auto-reply (English and Dutch)."""
_FEW_CUES = 0.5
"""Share of a message's words that are French or English function words (`FRENCH`,
`ENGLISH`) below which the identifier is asked: a Dutch or Spanish sentence holds a few that
look French (« de », « en », « la »: trial36 §2 found « de website ligt plat en de
inschrijving sluit vanavond » read as French at 0.25). Over the 20,210 labelled French and
English messages, 0.25, 0.4 and 0.5 all leave the same one message taken for another
language (a bilingual auto-reply, read as such before)."""
_NOT_WORDS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\[[^\]]*\]|\([^)]*\)")


def other_language(raw: str, words: list[str]) -> str | None:
    """The ISO 639-1 code of the language `raw` is written in when it is clearly neither
    French nor English ("Hallo, hier ist Peter, bitte rufen Sie mich zurück" gives "de",
    « こんにちは、さくらの太郎です » "ja"), else None. `words` are its accent-free tokens.

    Asked only of a text mostly in another script, or of five words or more with few French
    or English function words (`_FEW_CUES`): the identifier (`py3langid`, langid.py's model:
    its weights in the package, nothing downloaded) is loaded on the first such text, about
    0.5 s. Links, addresses and bracketed notes ("[inaudible]") are not read."""
    text = _NOT_WORDS.sub(" ", raw)
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    latin = sum(1 for c in letters if ord(c) < 0x250)
    if latin * 2 > len(letters):
        said = [w for w in words if any(c.isalpha() for c in w) and not _NOT_WORDS.match(w)]
        cues = sum(1 for w in said if w in FRENCH or w in ENGLISH)
        if len(said) < 5 or cues >= _FEW_CUES * len(said):
            return None
    code, probability = _identifier().classify(text)
    return code if code not in ("fr", "en") and probability >= OTHER_SURE else None


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(["fr", "en", *OTHER_LANGUAGES])
    return identifier
