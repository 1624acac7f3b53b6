"""A few words naming what a message is about."""

from __future__ import annotations

import re
from functools import lru_cache

from boundaries.triage.lang import ENGLISH, FRENCH
from boundaries.triage.text import FILLERS, normalise, strip_accents, tokens
from boundaries.triage.topic_text import forwarded_subject, readable, topic_source

_SUBJECT_NOISE = re.compile(
    r"^\s*((re|fwd?|tr|fw)\s*:\s*)+|\b(urgent|relance|asap|important|question|quick question|"
    r"petite question)\b\s*[:!-]*|[!?]+",
    re.I,
)
_GENERIC_SUBJECTS = re.compile(
    r"^\s*(appel|call|quick call|question|hello|bonjour|hi|message|urgent|rappel|"
    r"petite question|suivi|follow up|update|point)?\s*[?!.]*\s*$",
    re.I,
)
_STOP = frozenset(
    [
        "?",
        "!",
        "est",
        "ce",
        "que",
        "qu",
        "il",
        "elle",
        "is",
        "it",
        "are",
        "we",
        "do",
        "did",
        "you",
        "can",
        "could",
        "because",
        "parce",
        "car",
        "donc",
        "so",
        "and",
        "et",
        "mais",
        "but",
        "if",
        "si",
        "when",
        "quand",
        "thanks",
        "merci",
        "please",
        "call",
        "rappelez",
        "rappelle",
        "voila",
        "okay",
    ]
)
_LEAD = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "my",
        "your",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d",
        "on",
        "sur",
        "about",
        "pour",
        "that",
        "this",
        "ce",
        "cette",
    ]
)


# Words that cannot name what a message is about on their own: pronouns, determiners,
# auxiliaries, adverbs of time and degree, and the stray words of talk ("them", "last",
# "look", "next", "sometime"). Accent-free and lowercase, as `normalise` writes them.
FUNCTION_WORDS = frozenset(
    """a an the this that these those there here it its it's them they their theirs them
    he she him her his hers we us our ours you your yours i me my mine one ones someone
    something anything everything nothing anyone everyone who whom whose which what whatever
    am is are was were be been being do does did done doing have has had having will would
    shall should can could may might must ought let lets let's get gets got getting go goes
    going gone went make makes made take takes took see saw seen look looks looking looked
    say says said tell told ask asked think thought know knew known mean meant want wanted
    need needed try tried come came coming give gave put keep kept find found seem seems
    not no nor yes yeah ok okay also too very really quite just only still even already yet
    again ever never always often sometimes sometime soon later earlier now then today
    tomorrow tonight yesterday morning afternoon evening week weekend month year
    last next first second other another same such more most less least much many few lot
    lots bit some any all both each every either neither enough own
    about above after against along among around as at before behind below beside between
    beyond by down during except for from in inside into like near of off on onto out over
    past since than through till to toward towards under until up upon via with within
    without and or but so if because while though although unless whether
    how when where why whenever wherever
    hi hello hey dear thanks thank please regards best cheers sorry sure right well great
    pr re fw fwd tr cc bcc pj ps nb sir madam mr mrs ms dr mme mlle
    le la les l un une des du de d au aux ce cet cette ces ca cela ceci celui celle ceux
    celles il elle ils elles on nous vous je j tu te toi moi me m se s lui leur leurs eux
    mon ma mes ton ta tes son sa ses notre nos votre vos y en qui que qu quoi dont ou
    quel quelle quels quelles lequel laquelle
    est sont etait etaient sera serait ete etre suis es sommes etes ai as a avons avez ont
    avait avaient aura aurait avoir eu fait faire fais font faut peut peux pouvez pourriez
    pourrais pourrait veux voulez voudrais voulais vais va allons allez vont aller dois doit
    devez devrait dit dire vois voir voit regarde regarder sais savoir
    ne pas plus rien jamais toujours deja encore aussi tres trop bien mal peu beaucoup
    tout tous toute toutes meme autre autres chaque quelque quelques plusieurs certains
    aujourd'hui aujourd hui demain hier soir matin midi apres avant maintenant bientot
    tard tot semaine mois annee prochain prochaine dernier derniere
    et mais donc or ni car si comme quand lorsque puisque parce pour par sur sous dans
    chez avec sans entre vers depuis pendant contre selon voici voila
    bonjour salut coucou cher chere madame monsieur merci svp stp cordialement bises
    oui non d'accord daccord avais avait aviez avions etais etions etiez serai seras serons
    aurai auras aurons aurez pu voulu du su vu eu
    finalement vraiment rapidement simplement actuellement normalement apparemment
    visiblement evidemment completement totalement exactement seulement justement
    probablement surement egalement notamment directement immediatement vite
    actually basically probably really maybe perhaps anyway literally apparently
    gonna wanna gotta kinda thing things stuff guys""".split()
)


def from_subject(subject: str) -> str:
    """A topic from an email subject, or "" when the subject says nothing ("Quick call?")."""
    cleaned = _SUBJECT_NOISE.sub(" ", subject)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" -–:,.")
    if not cleaned or _GENERIC_SUBJECTS.match(cleaned):
        return ""
    return cleaned


_LINKS = frozenset("de du des d of the la le les l for pour a an".split())
_VERBISH = frozenset(
    """voulais voudrais savoir need know want wanted wondering asking calling appelle rappelle
    send envoyer help aider check looking going coming done ready still just juste update
    finished fini pret termine avance avancer parti partie went sent get got have
    wrote write writes ecrit ecrire said says dit tweak fix sort handle deal regler gerer
    traiter verifier corriger preparer confirmer confirm advise share partager transmettre
    forward review relire ci dessous dessus below above attached joint jointe""".split()
)
# A word right after these is a verb ("can you *send*", "we must *vacate*", "pour *valider*"),
# not the thing the message is about.
_BEFORE_VERB = frozenset(
    """to can could would will should must might may please cannot can't couldn't won't
    don't didn't doesn't i we you they he she i'll we'll you'll i'd we'd i've we've
    je tu il elle on nous vous ils elles peux peut pouvez pourriez pourrais veux voulez
    dois doit devez devons faut va vais""".split()
)


_TIME = re.compile(r"^\d{1,2}(h|am|pm|ish)?\d{0,2}(h|am|pm)?$")
_HEX = re.compile(r"^[0-9a-f]{6,}$")


def _strong(word: str, avoid: frozenset[str] = frozenset()) -> bool:
    """A word that can carry a topic: not a function word, a filler, a verb of asking or
    telling, a name in `avoid`, nor a token made mostly of digits ("01", "8h45", "2231")."""
    plain = word.replace("-", "")
    letters = sum(c.isalpha() for c in plain)
    digits = len(plain) - letters
    return (
        plain.isalnum()
        and letters >= 2
        and letters >= 2 * digits
        and not (digits and (_TIME.match(plain) or _HEX.match(plain)))
        and word not in FRENCH
        and word not in ENGLISH
        and word not in FILLERS
        and word not in _VERBISH
        and word not in FUNCTION_WORDS
        and word not in avoid
    )


def after(words: list[str], start: int, limit: int = 6, avoid: frozenset[str] = frozenset()) -> str:
    """The best run of content words from `start` on, as `best_run` finds it."""
    return best_run(words, start, limit, avoid)[0]


def best_run(
    words: list[str], start: int, limit: int = 6, avoid: frozenset[str] = frozenset()
) -> tuple[str, int]:
    """The longest run of content words from `start` on ("dossier de subvention"), trimmed of
    linking words at its ends; at most `limit` words. A name in `avoid`, a function word, a
    digit-heavy token or a word in a verb's place ("can you *look*") is not content."""

    def content(i: int) -> bool:
        return _strong(words[i], avoid) and (i == 0 or words[i - 1] not in _BEFORE_VERB)

    def weight(i: int) -> int:
        """2 for a word that names a thing, 1 for a form that is likely a verb or an
        adjective ("making", "blocked", "oublié" after an auxiliary)."""
        w, before = words[i], words[i - 1] if i else ""
        if w.endswith(("ing", "ed")) and before not in _DETERMINERS:
            return 1
        if before in _AUXILIARIES:
            return 1
        return 2

    best: list[str] = []
    best_score = 0
    run: list[str] = []
    score = 0
    for i in range(start, len(words) + 1):
        if i < len(words) and content(i):
            run.append(words[i])
            score += weight(i)
            continue
        if i < len(words) and run and words[i] in _LINKS:
            run.append(words[i])
            continue
        while run and run[-1] in _LINKS:
            run.pop()
        if score > best_score:
            best, best_score = run, score
        run, score = [], 0
    best = best[:limit]
    while best and best[-1] in _LINKS:
        best.pop()
    return " ".join(best), best_score


_DETERMINERS = frozenset(
    "the a an our my your their this that his her its le la les l un une des du mon ma mes "
    "ton ta tes son sa ses notre votre nos vos leur leurs ce cet cette ces".split()
)
_AUXILIARIES = frozenset(
    "is are was were be been being has have had got gets am ai as a avons avez ont avait "
    "avais est sont etait ete suis sommes etes".split()
)


def carries_subject(topic: str, avoid: frozenset[str] = frozenset()) -> bool:
    """`topic` holds at least one word that can name a subject (see `after`)."""
    return any(_strong(w, avoid) for w in tokens(normalise(topic)))


def choose(
    raw: str,
    text: str,
    channel: str,
    subject: str,
    anchors: list[str],
) -> str:
    """The topic of a message (SPEC §5): a few of its own words, spelt as it spells them.

    `raw` is what the triage read (an email's subject line, then its new text), `text` the
    whole message as received, `anchors` the cue phrases found in the normalised text (the
    topic marker first, then the cues of the chosen intent). In order: an email's subject
    when it names something; the run of content words after an anchor; the longest run in
    the message; the subject of a forwarded or quoted message. Greetings, sign-offs,
    signature blocks, quote headers and markup are never read (`topic_source`), nor are the
    names found there. "" when nothing in the message can name its subject."""
    from boundaries.triage import cues as C

    source = topic_source(raw)
    names = source.names
    if channel == "email" and subject:
        from_mail = from_subject(readable(subject))
        if from_mail and carries_subject(from_mail, names):
            return from_mail
    core = normalise(source.text)
    core = C.INSISTENCE.sub(" ", C.CALLBACK.sub(" ", core))
    core = re.sub(r"\s+", " ", core)
    words = tokens(core)
    weak = ("", 0)  # a lone verb-like word after an anchor: kept only if nothing is better
    for anchor in anchors:
        at = core.find(anchor)
        if at >= 0:
            start = len(tokens(core[: at + len(anchor)]))
            topic, score = best_run(words, start, avoid=names)
            if score >= 2:
                return as_written(source.text, topic)
            if score > weak[1]:
                weak = (topic, score)
    topic, score = best_run(words, 0, avoid=names)
    if topic and score > weak[1]:
        return as_written(source.text, topic)
    if weak[0]:
        return as_written(source.text, weak[0])
    forwarded = from_subject(forwarded_subject(text))
    return forwarded if carries_subject(forwarded, names) else ""


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    return strip_accents(word.lower())


def _as_spelt(original: str) -> str:
    """How a word of the message is shown in a topic: lowercase as before, accents kept,
    an acronym ("AG", "RGPD") kept in capitals."""
    return original if len(original) > 1 and original.isupper() else original.lower()


def as_written(text: str, topic: str) -> str:
    """`topic` (found in the normalised, accent-free text) spelt as the message spells it:
    "repond plus" in "Le site ne répond plus" is "répond plus". The words stay the same;
    only a word that the normalised form lowered or stripped of its accents is replaced,
    by its spelling at the place the topic was taken from (else its first spelling in the
    message). A word the message does not hold as such (an expanded shorthand) is kept."""
    if not topic:
        return topic
    found = [(m.group(0), _plain(m.group(0))) for m in _WORD.finditer(text)]
    plain = [p for _, p in found]
    wanted = [m.group(0) for m in _WORD.finditer(topic)]
    keys = [_plain(w) for w in wanted]
    spelt: list[str | None] = [None] * len(wanted)
    for i in range(len(plain) - len(keys) + 1):
        if plain[i : i + len(keys)] == keys:  # the run the topic was taken from
            spelt = [_as_spelt(original) for original, _ in found[i : i + len(keys)]]
            break
    first: dict[str, str] = {}
    for original, key in found:
        first.setdefault(key, _as_spelt(original))
    replaced = iter(
        (s or first.get(key, w)) if w == key else w
        for w, key, s in zip(wanted, keys, spelt, strict=True)
    )
    return _WORD.sub(lambda _m: next(replaced), topic)
