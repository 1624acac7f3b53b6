"""A few words naming what a message is about."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from boundaries.triage import cues as C
from boundaries.triage.lang import ENGLISH, FRENCH
from boundaries.triage.mail import untagged_subject
from boundaries.triage.text import FILLERS, normalise, strip_accents, tokens
from boundaries.triage.thanks import without_courtesies
from boundaries.triage.topic_text import (
    again_names,
    closing_names,
    forwarded_subject,
    opening_names,
    readable,
    topic_source,
)
from boundaries.triage.topic_words import (
    AUXILIARIES,
    BEFORE_VERB,
    DETERMINERS,
    FUNCTION_WORDS,
    GENERIC,
    LINKS,
    VERBISH,
    pressing,
)

_SUBJECT_NOISE = re.compile(
    # a leading "[External]" or a mailing list's "[ca-horizon]" tag, before or after "Re:"
    r"^\s*((re|fwd?|tr|fw|aw|wg|réf|ref|external|ext|externe)\s*:\s*|\[[^\[\]\n]{1,40}\]\s*(?=\S)"
    r"|\*+\s*(external|ext|externe)\s*\*+\s*)+"
    r"|\b(urgent|relance|asap|important|question|quick question|"
    r"petite question)\b\s*[:!-]*|[!?]+",
    re.I,
)
# A person named by a form of address, with the word that links them to the rest: a subject
# that says nothing else ("Message de Mme Colin", "Call from Mr Osei") names who, not what
# about; beside other words ("Départ de M. Schmit") the person is part of the matter.
_A_PERSON = re.compile(
    r"\b((de|from|for|pour|of|avec|with)\s+)?(mme|mlle|m\.|mr\.?|mrs\.?|ms\.?|dr\.?|monsieur|"
    r"madame|ma[iî]tre|me)\s+(?-i:[A-ZÀ-Ý])[\w'-]+(\s+(?-i:[A-ZÀ-Ý])[\w'-]+)?",
    re.I,
)
_GENERIC_SUBJECTS = re.compile(
    r"^\s*(appel|call|quick call|question|hello|bonjour|hi|message|urgent|rappel|"
    r"petite question|suivi|follow up|update|point|"
    # how the email follows a contact, never what it is about: "Following up", « Suite à
    # notre échange », "As discussed" (trial33 §2: « Suite à notre échange » was the topic
    # of a question on a grant, sent to the client in an agenda)
    r"following up|follow-up|checking in|just checking in|as discussed|as promised|as agreed|"
    r"per our (call|conversation|discussion)|further to our (call|conversation|discussion)|"
    r"quick question|quick one|une question|petit point|des nouvelles|news|salut|coucou|hey|"
    # what a phone or a mail client writes, or the attachment alone, or a status asked in
    # general: "Sent from my iPhone", « Pièce jointe », « Point d'avancement » (trial39 §2)
    r"sent from my [a-z ]+|envoy[ée] de mon [a-z ]+|pi[èe]ces? jointes?|pj|attachments?|"
    r"documents?|docs?|scans?|photos?|fichiers?|files?|pdf|point d'avancement|point d'[ée]tape|"
    r"avancement|status update|progress update|status|statut|"
    r"suite (a|à) (notre|nos|ton|votre|ta|vos) (echanges?|échanges?|appel|conversation|"
    r"discussion|rendez-vous|rdv|reunion|réunion|entretien|message|mail|e-mail|courriel|"
    r"coup de fil)|comme convenu|comme promis|comme (dit|discuté|discute|évoqué|evoque))?"
    r"\s*[?!.]*\s*$",
    re.I,
)
OWN_SUBJECT = re.compile(
    r"^\s*((re|aw|tr|fw|fwd|réf|ref)\s*:\s*)*(got your messages?|bien reçu (votre|vos) "
    r"messages?|agenda for our call|ordre du jour de notre point)\b",
    re.I,
)
"""The product's own subjects (locales/*/mail/reply.subject.txt, agenda.subject.txt), answered:
"Re: Bien reçu vos messages" names the consultant's deferral reply, not the client's matter
(trial47: it went on the next call's agenda, its « bien reçu » read as the intent)."""


_ABOUT_FIRST = re.compile(
    r"^(about|regarding|re|concerning|concernant|au sujet (de|du|des|d')|à propos (de|du|des|d')|"
    r"a propos (de|du|des|d'))(?:\s*:\s*|(?<=')|\s+)(?=\w)",
    re.I,
)
"""What says a subject is about something, left at its head once "Question" is gone."""


# What a mail client writes for an empty subject: "(no subject)", « (sans objet) ».
_PLACEHOLDER = re.compile(
    r"[(\[<]\s*(no subject|sans objet|aucun objet|pas d'objet|untitled|sans titre|"
    r"kein betreff)\s*[)\]>]|^\s*(no subject|sans objet|aucun objet|untitled)\s*$",
    re.I,
)
# Words of a subject that say how to read the email, never what it is about (beside the
# words that say how pressing it is, `pressing`): "Time sensitive", « À lire », "ignore", "FYI".
_NO_MATTER = frozenset(
    """time high critique help aide secours attention action required requis read lire
    ignore ignorer disregard fyi info information pour please svp stp reminder test quick vite
    now maintenant today aujourd hui""".split()
)


def from_subject(subject: str) -> str:
    """A topic from an email subject, or "" when the subject says nothing ("Quick call?"),
    is a mail client's placeholder ("(no subject)"), or only says how pressing the email is
    or how to read it ("EMERGENCY!!!", "Time sensitive", "ignore")."""
    if OWN_SUBJECT.match(subject):
        return ""
    unnamed = _SUBJECT_NOISE.sub(" ", _PLACEHOLDER.sub(" ", _A_PERSON.sub(" ", subject)))
    if _GENERIC_SUBJECTS.match(re.sub(r"\s+", " ", unnamed).strip(" -–:,.")):
        return ""  # "Message de Mme Colin": who, not what about
    cleaned = _SUBJECT_NOISE.sub(" ", _PLACEHOLDER.sub(" ", subject))
    cleaned = re.sub(r"[(\[]\s*[)\]]", " ", cleaned)  # "[Urgent] Locked out": the "[ ]" left
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" -–:,.")
    # "Question about backups", « Question concernant la facture »: the matter after the word
    # that says what it is about, not that word (newcomer19 L1)
    cleaned = _ABOUT_FIRST.sub("", cleaned).strip(" -–:,.")
    if not cleaned or _GENERIC_SUBJECTS.match(cleaned):
        return ""
    said = [
        w
        for w in tokens(normalise(cleaned))
        if re.sub(r"[-']", "", w).isalnum() and w not in FUNCTION_WORDS
    ]
    if said and all(w in _NO_MATTER or pressing(w) for w in said):
        return ""
    return cleaned


_NOT_CONTENT = FRENCH | ENGLISH | FILLERS | VERBISH | FUNCTION_WORDS
"""Words that never carry a topic: the languages' common words, fillers, verbs of asking."""
_TIME = re.compile(r"^\d{1,2}(h|am|pm|ish)?\d{0,2}(h|am|pm)?$")
_HEX = re.compile(r"^[0-9a-f]{6,}$")


def _strong(word: str, avoid: frozenset[str] = frozenset(), before: str = "") -> bool:
    """A word that can carry a topic: not a function word, a filler, a verb of asking or
    telling, a word that only says how pressing something is ("urgent", « grave »:
    `pressing`; `before` is the word before it), a name in `avoid`, nor a token made mostly
    of digits ("01", "8h45")."""
    plain = word.replace("-", "")
    letters = sum(c.isalpha() for c in plain)
    digits = len(plain) - letters
    if _PERIOD.fullmatch(plain):
        return True  # "the Q1 plan", « le bilan T3 »: which one (trial50 §5 lost the "Q1")
    return (
        plain.isalnum()
        and letters >= 2
        and letters >= 2 * digits
        and not (digits and (_TIME.match(plain) or _HEX.match(plain)))
        and (
            word not in _NOT_CONTENT
            or (word in _NOUNS_AFTER_DETERMINERS and before in _DETERMINERS)
        )
        and word not in avoid
        and not pressing(word, before)
    )


_PERIOD = re.compile(r"[qtsh][1-4]")
"""A quarter, a term or a half named by a letter and a digit: Q1, T3, S2, H1."""
_NOUNS_AFTER_DETERMINERS = frozenset(["till", "car"])
"""Function words that are nouns after a determiner: "the till is down" (a cash register), not
"it can wait till Friday"; "the car park", « le car » (a coach), not « car » (because)."""
_DETERMINERS = frozenset("the a our my their your each every one this that".split())


def after(words: list[str], start: int, limit: int = 6, avoid: frozenset[str] = frozenset()) -> str:
    """The best run of content words from `start` on, as `best_run` finds it."""
    return best_run(words, start, limit, avoid)[0]


_ELIDED_MONTHS = frozenset(["octobre", "avril", "aout"])
"""The months French joins with « d' »: the words a topic is read in keep no trace of it."""


def best_run(
    words: list[str], start: int, limit: int = 6, avoid: frozenset[str] = frozenset()
) -> tuple[str, int]:
    """The run of content words from `start` on with the most weight ("dossier de
    subvention"), trimmed of linking words at its ends; at most `limit` words, with its
    weight (2 a noun, 1 a verb-like form; a run made only of words naming a kind of
    exchange, « point », "quick call" (`GENERIC`), names nothing: it weighs 0 and is never
    chosen). A name in `avoid`, a function word, a digit-heavy token or a word in a verb's
    place ("can you *look*") is not content."""

    def content(i: int) -> bool:
        before = words[i - 1] if i else ""
        if run and run[-1] == before and _in_verb_place(words, i):
            return False  # "the wifi contract *ends* in March": the verb, not the matter
        if before == "on" and i > 1 and _english_before_on(words[i - 2]):
            before = ""  # "I'll be on *leave*": the English preposition, not « on »
        if words[i] in _DOCUMENT_UNITS and (run or before in _RECORD_DETERMINERS):
            return True  # "the board minutes", "where are the minutes": a record, not a time
        if words[i] in _NOUNS_TOO and run and run[-1] == before:
            return True  # "the annual *review*": after a word it qualifies, a noun
        if _possessive(words, i, avoid):
            return True  # "the *trustees'* away day", "the *CEO's* appraisal"
        if words[i] in _COMPOUND_FIRSTS and run and run[-1] == before and "'" in before:
            return i + 1 < len(words) and _strong(words[i + 1], avoid, words[i])
        return _strong(words[i], avoid, before) and before not in BEFORE_VERB

    def weight(i: int) -> int:
        """2 for a word that names a thing, 1 for a form that is likely a verb or an
        adjective ("making", "blocked", "oublié" after an auxiliary) or for a possessive
        ("the CEO's"), 0 for a word inside a compound a possessive owns ("away")."""
        w, before = words[i], words[i - 1] if i else ""
        if _possessive(words, i, avoid):
            return 1
        if not _strong(w, avoid, before) and w not in _DOCUMENT_UNITS | _NOUNS_TOO:
            return 0
        if w.endswith(("ing", "ed")) and before not in DETERMINERS:
            return 1
        if before in AUXILIARIES:
            return 1
        return 2

    best: list[str] = []
    best_weights: list[int] = []
    best_score = 0
    best_end = 0  # where the chosen run ended
    run: list[str] = []
    weights: list[int] = []  # each word's of `run`
    sealed = False  # a year or a month just closed the run
    for i in range(start, len(words) + 1):
        sealed_here, sealed = sealed, False
        if not sealed_here and i < len(words) and content(i):
            run.append(words[i])
            weights.append(weight(i))
            continue
        if (
            not sealed_here
            and i < len(words)
            and run
            and (words[i] in LINKS or words[i] == CLAUSE_END)
        ):
            run.append(words[i])  # a clause's end: the run is cut there once chosen
            weights.append(0)
            continue
        if (
            not sealed_here
            and i + 1 < len(words)
            and len(run) > 1
            and run[-1] in LINKS
            and run[-2] not in LINKS
            and words[i] in _JOINED_POSSESSIVES
            and _strong(words[i + 1], avoid, words[i])
        ):
            run.append(words[i])  # « facturation de *nos* clients »
            weights.append(0)
            continue
        if (
            not sealed_here
            and i + 1 < len(words)
            and run
            and run[-1] in _FIXED_HEADS
            and words[i] in ("en", "a")
            and _strong(words[i + 1], avoid, words[i])
        ):
            run.append(words[i])  # « la mise *en* page », « la prise *en* charge »: one noun
            weights.append(0)
            continue
        if (
            not sealed_here
            and i < len(words)
            and run
            and run[-1] in NUMBERED
            and _NUMBER.match(words[i])
        ):
            run.append(words[i])  # « facture numéro 2041 », "invoice 2041", "ticket #88"
            weights.append(0)
            continue
        if (
            not sealed_here
            and not run
            and i + 1 < len(words)
            and _YEAR.match(words[i])
            and _strong(words[i + 1], avoid, words[i])
            and _plain(words[i + 1]) not in GENERIC
        ):
            run.append(words[i])  # "the *2025* accounts": which accounts (trial37 §2)
            weights.append(0)
            continue
        if (
            not sealed_here
            and i < len(words)
            and run
            and run[-1] not in LINKS
            and _plain(run[-1]) not in GENERIC
            # « budget 2027 »: which budget (newcomer55); « la facture *d'octobre* »: the « d' »
            # the words lost before a vowel (trial41 §8)
            and (_YEAR.match(words[i]) or words[i] in _ELIDED_MONTHS)
        ):
            run.append(words[i])
            weights.append(0)
            sealed = True  # it ends the phrase: « budget 2027 *pour* … » is read apart
            continue
        if (
            not sealed_here
            and i < len(words)
            and len(run) > 1
            and run[-1] in _OF_MONTH
            and run[-2] not in LINKS
            # a thing of that month, not a meeting dated by it (« la réunion de janvier » is
            # when, not what)
            and _plain(run[-2]) not in GENERIC
            and words[i] in MONTH_NAMES
        ):
            run.append(words[i])  # « la facture *de novembre* »: which invoice (newcomer55)
            weights.append(0)
            sealed = True
            continue
        if (
            not sealed_here
            and i < len(words)
            and len(run) > 1
            and run[-1] in _OF_DAY
            and words[i] in WEEKDAYS
        ):
            run.append(words[i])  # « les travaux *du samedi* »: which works, not when
            weights.append(0)
            continue
        while run and (run[-1] in LINKS or run[-1] == CLAUSE_END or run[-1] in _JOINED_POSSESSIVES):
            run.pop()
            weights.pop()
        acted = i < len(words) and _acted_on(run, weights, words[i])
        if acted:  # "the board *approved* next year's budget": who acted, then what on
            run.pop()
            weights.pop()
        score = sum(weights)
        if _names_nothing(run):
            score = 0
        elif acted or (run and i < len(words) and _who_acts(words, i)):
            score = min(score, 1)  # who asks or acts, not what about: kept if nothing else
        if score > best_score:
            best, best_weights, best_score, best_end = run, weights, score, i
        run, weights = [], []
    if best_weights == [1]:
        best = _with_its_subject(words, best_end) or best
    best = _noun_phrase(_one_clause(best, best_weights), words)
    while len(best) > limit and (best[0] in GENERIC or best[0] in LINKS):
        # « le machin là le la demande de mécénat auprès… »: what the words name comes first
        best = best[1:]
    while best and best[0] in LINKS:
        best = best[1:]  # what the words above left at the head: « *du* fournisseur »
    best = _within(_repeated(best), limit)
    while best and (best[-1] in LINKS or best[-1] in _JOINED_POSSESSIVES):
        best.pop()
    return " ".join(best), best_score


_FIXED_HEADS = frozenset("mise mises prise prises remise remises".split())
"""Heads of French nouns made with « en » or « à » (« mise en page », « mise à jour », « prise
en charge », « remise en état »): the phrase runs on through them (trial34 §3: « devis pour
la mise » in an agenda sent to a client)."""


def _within(run: list[str], limit: int) -> list[str]:
    """`run` cut to `limit` words, but never inside the phrase a linking word opened: the
    words after the cut that run on without a linking word stay ("new returns process for
    the online *shop*", « devis pour le câblage du nouveau *cabinet* »: newcomer19 H9 lost
    the noun and left its adjective hanging)."""
    end = limit
    if end < len(run) and run[end - 1] not in LINKS and run[end - 1] != CLAUSE_END:
        while (
            end < len(run)
            and end < limit + _PHRASE_END_REACH
            and run[end] not in LINKS
            and run[end] != CLAUSE_END
        ):
            end += 1
    return run[:end]


_PHRASE_END_REACH = 2
"""Words a phrase cut at `best_run`'s limit may run on by to reach its noun."""


_JOINED_POSSESSIVES = frozenset(
    "our your their my nos vos notre votre leurs leur mes tes ses".split()
)
"""Possessives a phrase runs on through after a linking word: « la facturation *de nos*
clients européens », "the backup *of our* file server" (newcomer19 H9); anywhere else they
begin another phrase (`_OBJECTS`)."""


_ASKING_VERBS = frozenset(
    "voudrait voudraient voulait aimerait aimeraient souhaite souhaitent souhaiterait "
    "souhaiteraient wants want asks asked".split()
)
"""Verbs whose subject is who asks (« le conseil de famille *voudrait* qu'on parle de… », "the
partners *want* to discuss…"; "would" before "like", "will" before a verb of acting): a run of
content words right before one names a person or a body, not the matter (newcomer19 H9,
H10)."""
_WOULD = frozenset("like love prefer rather".split())
_ACTED_ON = frozenset("it them next our your their this these those".split())
"""Words that begin the object of a past form ("approved *next* year's budget", "sorted
*it*"): in a run that ends on such a form, the verb is cut and the rest names who acted,
kept only if nothing else names the matter (`best_run`; newcomer19 H10, H11: "the board
approved…", "BT sorted it")."""
_WILL_NOT_ACTING = frozenset("be have need not get".split())
_TIMING_VERBS = frozenset(
    """ends end expires expire lapses renews starts begins finishes runs closes opens
    termine finit commence""".split()
)
"""Verbs that say when a thing named before them ends or starts ("the wifi contract *ends* in
March", « le bail *expire* le 31 »): the thing is the matter, the verb no part of it (newcomer19
L1). Other verbs after a noun stay, but for a past form before its object (`_ACTED_ON`): on
the labelled sets, cutting any verb before its object ("licences *cover* the site") lost
more topics than it mended."""
_ENGLISH_BEFORE_ON = frozenset("be is are was were been being work working based".split())


def _with_its_subject(words: list[str], end: int) -> list[str]:
    """The state told at `words[end - 1]` with the place or exchange it is told of, when that
    names nothing alone (`_STATED_OF`), and the day it holds on: "the office is closed on
    Friday" is "office closed Friday", « la réunion est annulée » « réunion annulée »
    (newcomer32: the topic was "closed"). Empty when the state is told of nothing such."""
    state = end - 1
    k = state - 1
    while k >= 0 and words[k] in AUXILIARIES | _FUTURE:
        k -= 1
    if k == state - 1 or k < 0:
        return []
    subject = [words[k]]
    if words[k] == "vous" and k > 0 and words[k - 1] == "rendez":
        subject = ["rendez", "vous"]
    elif words[k] not in _STATED_OF:
        return []
    after = words[end : end + 2]
    if after[:1] and after[0] in _ON_DAY:
        after = after[1:]
    day = after[:1] if after[:1] and after[0] in WEEKDAYS else []
    return [*subject, words[state], *day]


_ON_DAY = frozenset("on this ce le".split())
"""Words before the day a state holds on ("closed *on* Friday"), not "until" or "since"."""
_FUTURE = frozenset("will be sera seront va vont etre".split())
"""Words between a subject and the state it will be in ("will be closed", « sera fermé »)."""
_STATED_OF = frozenset(
    """office offices bureau bureaux meeting meetings reunion reunions call calls appel appels
    session sessions rdv rendez""".split()
)
"""Places and exchanges (`GENERIC`) that name a matter only with their state: "office
closed", « réunion annulée »."""


def _english_before_on(word: str) -> bool:
    """`word`, before "on", makes it the English preposition ("be *on* leave", "working on"),
    not the French pronoun « on » a verb follows (`BEFORE_VERB`): newcomer19 H10."""
    return word in _ENGLISH_BEFORE_ON or word.endswith(("'ll", "'m", "'re"))


def _in_verb_place(words: list[str], i: int) -> bool:
    """`words[i]`, right after a content word, is a verb of timing (`_TIMING_VERBS`) before a
    word that is no content: "contract *ends* in March", "licence *expires* next month"."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else ""
    if word.endswith(("ait", "aient")) and len(word) > 5 and word not in _NOUNS_IN_AIT:
        return True  # « le serveur *tombait* », « les clients *appelaient* »: a French verb
    return word in _TIMING_VERBS and (not following or not _strong(following, before=word))


_NOUNS_IN_AIT = frozenset("portrait portraits extrait extraits souhait souhaits attrait".split())
"""Nouns ending as a French imperfect verb does (« -ait »)."""


def _acted_on(run: list[str], weights: list[int], following: str) -> bool:
    """`run` (with its words' weights) ends on a past form after who acted, and `following`
    begins its object (`_ACTED_ON`): "the board *approved next* year's budget". Not "the":
    a linking word, the run reads on through it ("deleted the whole folder"), which on the
    labelled sets lost more topics than cutting there mended."""
    return len(run) > 1 and run[-1].endswith("ed") and weights[-1] == 1 and following in _ACTED_ON


def _who_acts(words: list[str], end: int) -> bool:
    """The run of content words that ends before `words[end]` names who asks or acts: a verb
    of wanting or asking follows it (`_ASKING_VERBS`), "would like", or "will" before a verb
    ("Mark *will cover*")."""
    word = words[end]
    following = words[end + 1] if end + 1 < len(words) else ""
    if word in _ASKING_VERBS:
        return True
    if word == "would":
        return following in _WOULD
    return word in ("will", "'ll") and bool(following) and following not in _WILL_NOT_ACTING


def _possessive(words: list[str], i: int, avoid: frozenset[str] = frozenset()) -> bool:
    """`words[i]` is an English plural possessive of a word that can carry a topic, before
    the thing it owns ("the *trustees'* away day", "*Partners'* annual review")."""
    word, before = words[i], words[i - 1] if i else ""
    owned = words[i + 1] if i + 1 < len(words) else ""
    if not word.endswith("s'"):
        # "'s" is as often "is" or "has" ("the app's down"), or a person's ("Paula's
        # email"), whose thing is the matter
        return False
    stem = word[:-1]
    if owned in _COMPOUND_FIRSTS:
        owned = words[i + 2] if i + 2 < len(words) else ""
    return _strong(stem, avoid, before) and _strong(owned, avoid, word)


_COMPOUND_FIRSTS = frozenset(["away"])
"""Function words that begin a compound a possessive may own ("the trustees' *away* day")."""


_NOUNS_TOO = frozenset(["review", "check", "checks"])
"""Verbs of asking (`VERBISH`) that are nouns after a word that qualifies them ("annual
review", "DBS check")."""


def _repeated(run: list[str]) -> list[str]:
    """`run` from where a speaker starts again on its first word ("audit the annual audit":
    "annual audit"): the words before are a false start."""
    again = next((i for i in range(1, len(run)) if run[i] == run[0]), 0)
    if not again:
        return run
    start = again
    while start > 1 and run[start - 1] not in LINKS and run[start - 1] != CLAUSE_END:
        start -= 1
    rest = run[start:]
    while rest and rest[0] in LINKS:
        rest = rest[1:]
    return rest or run


CLAUSE_END = ","
"""The word `_core` writes where a clause ends inside a sentence (`_CLAUSE_END`)."""


def _names_nothing(run: list[str]) -> bool:
    """A run made only of words naming a kind of exchange (`GENERIC`), linking words and
    days: « point », "quick call", « réunion de lundi »."""
    return all(w in GENERIC or w in LINKS or w in WEEKDAYS or w == CLAUSE_END for w in run)


def _one_clause(run: list[str], weights: list[int]) -> list[str]:
    """Of a chosen `run` (with each word's weight) that a clause's end cuts (`CLAUSE_END`:
    « les assurances bénévoles, le courtier a répondu »), the clause that weighs most, the
    last of equals, without the linking words at its ends: a topic is one noun phrase."""
    if CLAUSE_END not in run:
        return run
    pieces: list[tuple[int, list[str]]] = []
    begun = 0
    for at in [*(i for i, w in enumerate(run) if w == CLAUSE_END), len(run)]:
        piece = run[begun:at]
        weight = sum(weights[begun:at])
        while piece and piece[0] in LINKS:
            piece = piece[1:]
        while piece and piece[-1] in LINKS:
            piece = piece[:-1]
        if piece:
            pieces.append((0 if _names_nothing(piece) else weight, piece))
        begun = at + 1
    # of equals, the later: what the clause before the comma or dash led up to ("the bank
    # rang – the direct debit…", « ce week-end, les appels du soir… »)
    return max(reversed(pieces), key=lambda p: p[0])[1] if pieces else run


WEEKDAYS = frozenset(
    """lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
_OF_DAY = frozenset(["du", "de"])
"""« du samedi », « de lundi » after a noun say which thing it is (« travaux du samedi »,
« permanence du mardi »): a day named so stays in the topic, where it tells two matters
apart; it weighs nothing, and a day alone is never a topic (`FUNCTION_WORDS`)."""

_ARTICLES = frozenset("the an le la les l".split())
"""Articles that begin a noun phrase: one joins a topic's run only after a preposition
("report *of the* board", « location *de la* salle »); right after a noun it begins another
phrase, whose comma or verb the words lost ("the summer class schedule, *the* printed one")."""
_OBJECTS = frozenset(
    """your our my their his her its votre notre vos nos mon ma mes ton ta tes son sa ses
    leurs""".split()
)
"""Possessives: in French they follow a verb, never a noun; in English a verb form too
("needs your review"), but also a plural noun a clause without "that" follows ("the
cooking classes my wife wants to start")."""
_FRENCH_OBJECTS = frozenset("votre notre vos nos mon ma mes ton ta tes son sa ses leurs".split())
_FRENCH_VERB_ENDS = ("e", "es", "ent", "ons", "ez", "it", "is", "ait", "er", "ir", "u", "us")
"""How a French verb form ends, accents stripped (« bloque », « bloquent », « bloqué »,
« envoyer », « finit », « reçu »)."""


_PARTICLES = frozenset("out down off".split())
"""Particles whose verb means nothing without them after a subject: "ran out", "broke down",
"went off"."""


def _noun_phrase(run: list[str], words: list[str]) -> list[str]:
    """The chosen `run` of content words (a slice of `words`) without an end cut in the
    middle of a phrase: a last word in a verb's place (`_takes_object`: "volunteer handbook
    *needs* your review"), or an article after a noun with only a participle or the
    adjective of "one" left of its phrase ("summer class schedule, *the printed* one": the
    comma lost, `_ARTICLES`). The run keeps a word of its own."""
    if len(run) < 2:
        return run
    begins = next(
        (i for i in range(len(words) - len(run) + 1) if words[i : i + len(run)] == run), -1
    )
    if begins < 0:
        return run
    end = begins + len(run)
    following = words[end] if end < len(words) else ""
    kept = list(run)
    if following in _PARTICLES and len(kept) >= 2 and kept[-1] not in LINKS:
        # a phrasal verb ends the run: its particle finishes it ("gas certificate ran *out*",
        # "van broke *down*"), or the topic would say the verb without its sense
        return [*kept, following]
    if _takes_object(kept[-1], following):
        kept.pop()
    elif (
        len(kept) >= 3
        and kept[-2] in _ARTICLES
        and kept[-3] not in LINKS
        and (following in ("one", "ones") or kept[-1].endswith("ed"))
    ):
        kept = kept[:-2]
    while kept and kept[-1] in LINKS:
        kept.pop()
    return kept if kept else run


def _takes_object(word: str, following: str) -> bool:
    """`word` stands in a verb's place: it is followed by a possessive (`_OBJECTS`: "the
    handbook *needs your* review", « le site *bloque vos* paiements »). A noun is never
    followed by one in French; in English only a verb form is taken, "-s" but not "-es" or
    "-ss", or "-ed" ("the form your team sent" keeps "form", "the classes my wife runs"
    keeps "classes")."""
    if following not in _OBJECTS:
        return False
    if following in _FRENCH_OBJECTS:
        # a verb's ending: a name before a sentence the words ran on into ("Dre Gagnon. Notre
        # courriel…") is no verb
        return word.endswith(_FRENCH_VERB_ENDS)
    return (word.endswith("s") and not word.endswith(("ss", "us", "is", "es"))) or word.endswith(
        "ed"
    )


# Words after which a number belongs to the thing named: « la facture numéro 2041 ».
NUMBERED = frozenset(
    "numero number no num n ref reference facture factures invoice invoices ticket ticket "
    "order commande dossier devis quote case affaire contrat contract lot police policy".split()
)
_NUMBER = re.compile(r"^[a-z]{0,3}-?\d[\d/-]*$")
_YEAR = re.compile(r"^(19|20)\d\d$")
_OF_MONTH = frozenset(["de", "d'", "du", "of", "for"])
MONTH_NAMES = frozenset(
    "janvier fevrier février mars avril mai juin juillet aout août septembre octobre novembre "
    "decembre décembre january february march april june july august september october "
    "november december".split()
)
"""Months that say which one of a recurring thing is meant (« facture de novembre»); "may" is
left out: it is far more often the verb."""
_DOCUMENT_UNITS = frozenset(["minutes"])
"""Time words that, after a thing named, are a record of it: "the board minutes"."""
_RECORD_DETERMINERS = frozenset(["the", "these", "those", "our", "your", "draft"])
"""Before a time word of `_DOCUMENT_UNITS`, what makes it a record: "where are the minutes"
(trial42) counts no time, "ten minutes" does."""


def run_start(
    words: list[str], start: int, begins: int, avoid: frozenset[str] = frozenset()
) -> int:
    """Where a topic after a cue (its words `words[begins:start]`) starts reading: at the
    beginning of the run of content words the cue ends in, when that run began before the
    cue (the cue « pour la refonte » of « le devis pour la refonte du site »: at « devis »),
    else at `start`: a topic is never the tail of a phrase, nor the cue's own words
    (« au *sujet* de … », "any *news* on …")."""

    def content(i: int) -> bool:
        """A word naming a thing: content, and not in a verb's place (after "can you", an
        auxiliary: « c'est *marqué* suspendu »)."""
        before = words[i - 1] if i else ""
        return (
            _strong(words[i], avoid, before)
            and before not in BEFORE_VERB
            and before not in AUXILIARIES
        )

    if start <= 0 or start > len(words) or not content(start - 1):
        return start
    i = start - 1
    while i > 0:
        linked = words[i - 1] in LINKS and i > 1 and (content(i - 2) or words[i - 2] in LINKS)
        if not (content(i - 1) or linked):
            break
        i -= 1
    while words[i] in LINKS:
        i += 1
    # a cue that ends on the matter's own first word (« pour le *comité* de pilotage »)
    # starts the topic there; one that ends on a word of its own (« au *sujet* de », "any
    # *news* on") does not
    if i < begins:
        return i
    if (
        start - 2 >= begins
        and words[start - 2] in DETERMINERS
        and words[start - 1] not in GENERIC
        and start < len(words)
        and (words[start] in LINKS or content(start))
    ):
        return start - 1  # the phrase runs on past the cue: « pour le *comité de pilotage* »
    return start


def carries_subject(topic: str, avoid: frozenset[str] = frozenset()) -> bool:
    """`topic` holds at least one word that can name a subject (see `after`), other than a
    word naming only a kind of exchange (« Réunion », "Call": `GENERIC`)."""
    words = tokens(normalise(topic))
    return any(
        _strong(w, avoid, words[i - 1] if i else "") and w not in GENERIC
        for i, w in enumerate(words)
    )


TOPIC_MAX = 80
"""Characters of a topic at most: it goes into agendas and replies sent to clients."""
WORD_MAX = 30
"""A "word" longer than this (a hash, a run of one letter) names nothing."""
_URL = re.compile(r"(https?://|www\.)\S+|\S+@\S+\.\w+", re.I)


def choose(
    raw: str,
    text: str,
    channel: str,
    subject: str,
    anchors: list[str],
    formulas: bool = True,
) -> str:
    """The topic of a message (SPEC §5): a few of its own words, spelt as it spells them.

    `raw` is what the triage read (an email's subject line, then its new text), `text` the
    whole message as received, `anchors` the cue phrases found in the normalised text (the
    topic marker first, then the cues of the chosen intent). In order: an email's subject
    when it names something; the run of content words after an anchor; the longest run in
    the message; the subject of a forwarded or quoted message. Greetings, sign-offs,
    signature blocks, quote headers and markup are never read (`topic_source`), nor are the
    names found there. "" when nothing in the message can name its subject. `formulas`
    False says the message holds no call-back or insistence formula to leave out (the
    caller has looked), which spares reading for them again. Links and addresses are never
    read; the topic holds no word longer than `WORD_MAX` and at most `TOPIC_MAX` characters,
    cut at a word."""
    topic = _choose(raw, text, channel, subject, anchors, formulas)
    topic = _without_opening_names(topic, opening_names(text)) if topic else topic
    if topic and not (channel == "email" and subject and topic == from_subject(subject)):
        topic = _with_the_one_before(raw, topic, opening_names(text) | again_names(text))
    # « pour info le camion », "fyi the invoice": the notice is how it is told, not what
    return _NOTICE_LEAD.sub("", topic) or topic


# Two matters named together, the topic the second: « parler du budget 2027 et du rapport
# d'activité », "discuss the budget and the board report" (trial40 §1: the first was lost).
_AND_BEFORE = re.compile(
    r"(?:^| )((?:[a-z0-9'-]+ ){0,2}[a-z0-9'-]+) (?:et|and|&) (?:du |de la |de l'|des |d'|le |la |"
    r"les |l'|the |our |nos |notre |votre |your |a |an |un |une )?$"
)
_PAIR_LEADS = frozenset(
    "du de des d' le la les l' the our your my a an about un une notre votre mon ma nos vos "
    "sur concernant regarding re".split()
)
"""What stands before the first of two matters named together: an article, a preposition."""
_PAIR_MAX_WORDS = 3
"""Words of the first matter joined to the topic ("budget 2027"): a noun phrase, no more."""


def _with_the_one_before(raw: str, topic: str, names: frozenset[str]) -> str:
    """`topic` with the matter named just before it and joined to it by "and" / « et »
    (« budget 2027 et rapport d'activité »), written as the message writes them; `topic`
    alone when the words before it are no matter of their own (a name, a verb, a greeting:
    "it's Dave and the website is down")."""
    norm = normalise(raw)
    at = norm.find(normalise(topic).strip())
    if at <= 0:
        return topic
    found = _AND_BEFORE.search(norm[:at].rstrip() + " ")
    if found is None:
        return topic
    words = found.group(1).split()
    # the noun phrase that ends there: its content words, from the last function word on
    kept: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        before = words[i - 1] if i else ""
        if not _strong(words[i], names, before) and not _YEAR.match(words[i]):
            break
        kept.insert(0, words[i])
    if not kept or len(kept) > _PAIR_MAX_WORDS or not _strong(kept[0], names):
        return topic
    lead = words[len(words) - len(kept) - 1] if len(words) > len(kept) else ""
    names = names | topic_source(raw).names  # "it's Dave and the website is down"
    if (
        lead not in _PAIR_LEADS
        or any(w in names for w in kept)
        or _in_verb_place(words, len(words) - len(kept))
    ):
        return topic  # a matter named after an article or a preposition, and no verb
    first = as_written(raw, " ".join(kept))
    if first[:1].isupper():
        return topic  # a place or a name ("Nouakchott et le transitaire"), not a matter
    return _fitted(f"{first} {'et' if ' et ' in found.group(0) else 'and'} {topic}")


_NOTICE_LEAD = re.compile(
    r"^(?:(?:fyi|f\.y\.i\.?|pour (?:info|information|ton info|votre info)|just so you know|"
    r"heads up)\b[\s,:.-]*(?:(?:the|le|la|les|our|notre|nos)\s+|l')?"
    r"|info[\s,:.-]+(?:(?:the|le|la|les|our|notre|nos)\s+|l'))"  # not "Info session"
    # a word that links to what came before, then the matter: « sinon pour le planning »,
    # "anyway the newsletter" (trial47)
    r"|(?:sinon|bref|du coup|anyway|otherwise|so anyway)\b[\s,:.-]+(?:(?:pour|about|re)\s+)?"
    r"(?:(?:the|le|la|les|our|notre|nos)\s+|l')?",
    re.IGNORECASE,
)


def without_names(topic: str, text: str) -> str:
    """`topic` without the names `text` opens on, signs with or says who calls ("Claire" out
    of "Hi Claire, … Jen"): a topic read from part of a message is cut as `choose` cuts its
    own (trial50 §4: the consultant's name went on a client's agenda)."""
    names = topic_source(text).names | opening_names(text) | again_names(text)
    return _without_opening_names(topic, frozenset(names | closing_names(text))) if topic else topic


def _without_opening_names(topic: str, names: frozenset[str]) -> str:
    """`topic` without the names the message opens on (`topic_text.opening_names`) at its
    ends, nor the linking words they leave there: « Claire le dossier » is « dossier »,
    "jen the kids concert" is "kids concert". The run was chosen with them, as before."""
    words = topic.split()

    def plain(word: str) -> str:
        return " ".join(tokens(normalise(word)))

    while words and (
        plain(words[0]) in names
        or (len(words) > 1 and plain(words[0]) in LINKS | DETERMINERS and plain(words[1]) in names)
    ):
        words.pop(0)
        while words and plain(words[0]) in LINKS | DETERMINERS:
            words.pop(0)
    while words and plain(words[-1]) in names:
        words.pop()
        while words and plain(words[-1]) in LINKS | DETERMINERS:
            words.pop()
    return " ".join(words)


def _choose(
    raw: str, text: str, channel: str, subject: str, anchors: list[str], formulas: bool
) -> str:
    source = topic_source(_URL.sub(" ", raw), subject if channel == "email" else "")
    # who is calling, named before "again" (trial37 §2: "jen again, …" had the topic "jen")
    names = source.names | again_names(text) | closing_names(text)
    if channel == "email" and subject:
        if _REPLY.match(untagged_subject(subject)) and raw.startswith(subject):
            # the new text is what the message is about (SPEC §5): a matter it adds ("could we
            # also add X to the call"), else one it names that is not the thread's subject,
            # whatever introduces it ("Separately, …", « Par ailleurs, … ») or nothing
            new = raw[len(subject) :]
            asked = _new_matter(new, names, formulas) or _own_matter(new, subject, names)
            if asked:
                return asked
        from_mail = from_subject(readable(subject))
        if from_mail and carries_subject(from_mail, names):
            # (a reply that stays on its thread keeps the thread's subject, above)
            reply = _REPLY.match(untagged_subject(subject)) is not None
            body = raw[len(subject) :] if raw.startswith(subject) and not reply else ""
            asked = _asked_in_body(body, from_mail, anchors, names, formulas)
            return asked or _whole(from_mail, names)
        if not from_mail and raw.startswith(subject) and not raw[len(subject) :].strip():
            return ""  # « Pièce jointe » and no text: nothing names what it is about
    core = _core(source.text, formulas)
    moved = moved_meeting_at(core)
    if moved is not None:
        return _fitted(as_written(source.text, meeting_named(moved)))
    words = _phrase_words(core)
    weak = ("", 0)  # a lone verb-like word after an anchor: kept only if nothing is better
    for anchor in anchors:
        at = core.find(anchor)
        if at >= 0:
            begins = len(_phrase_words(core[:at]))
            inside = _named_in_cue(
                words, begins, len(_phrase_words(core[: at + len(anchor)])), names
            )
            if inside:
                return _fitted(as_written(source.text, inside))
            start = run_start(words, len(_phrase_words(core[: at + len(anchor)])), begins, names)
            # the anchor's own sentence first: "could you send over the invoice for November;
            # our finance team close the month…" asks for the invoice (newcomer19 H10)
            ends = [e for e in (core.find(m, at + len(anchor)) for m in _ENDS) if e >= 0]
            if ends:
                within = words[: len(_phrase_words(core[: min(ends)]))]
                topic, score = best_run(within, start, avoid=names)
                if score >= 2:
                    return _fitted(as_written(source.text, topic))
            topic, score = best_run(words, start, avoid=names)
            if score >= 2:
                return _fitted(as_written(source.text, topic))
            if score > weak[1]:
                weak = (topic, score)
    topic, score = best_run(words, 0, avoid=names)
    if topic and score > weak[1]:
        return _fitted(as_written(source.text, topic))
    if weak[0]:
        return _fitted(as_written(source.text, weak[0]))
    forwarded = from_subject(forwarded_subject(text))
    return _fitted(forwarded if carries_subject(forwarded, names) else "")


def _named_in_cue(words: list[str], begins: int, ends: int, names: frozenset[str]) -> str:
    """The thing a cue names in its own words (`words[begins:ends]`), after a determiner or
    after "where's": "is *the report* done yet?", "has the *permit* come back?", "is the
    *steel* still coming Thursday?", "where's *the quote*?" (newcomer91: the topic was read
    after the cue, "car", "board", "bank"). "" when the cue holds no noun there ("can you
    send the", "any update on")."""
    if ends - begins < 2 or words[ends - 1] in _DONE_TO_IT:
        return ""  # "did the bank send": the bank does something to the matter, named after
    if _strong(words[ends - 1], names) and words[begins] != "where's":
        # a cue that ends on the matter's first word (« pour la *mise* en page »): the run
        # goes on after it (`run_start`)
        return ""
    lead = words[begins : begins + 2]
    first = begins + 2 if lead[0] == "how" and lead[1] in ("did", "'d") else None
    for i in range(begins, ends - 1):
        if first is None and (words[i] in DETERMINERS or (i == begins and words[i] == "where's")):
            first = i + 1
        if first is not None:
            found, score = best_run(words[:ends], first, avoid=names)
            return found if score >= 2 else ""
    return ""


_DONE_TO_IT = frozenset("send sent get got sign pay file submit clear approve".split())
"""A cue's last word that does something to the matter asked about, which follows the cue."""


_ENDS = (" . ", " ? ", " ! ")
"""How a sentence ends in the normalised text."""
SHORT_SUBJECT = 3
"""Words of a subject line that a question of the body about another thing outweighs."""


def _asked_in_body(
    body: str, subject: str, anchors: list[str], names: frozenset[str], formulas: bool
) -> str:
    """What the body of an email asks about by a cue of its intent (`anchors`), in a strong
    run of its own words in the cue's sentence, when the `subject` (its topic, at most
    `SHORT_SUBJECT` words) shares no content word with the body: "Caps address" over "Where are we
    on the grant report?" (trial39 §2: the subject, which names nothing the client asks, was
    read back in an agenda). "" when the body asks about "it", or about the subject's
    thing, or asks nothing: "Budget 2027" over "Can we go through it on Friday?"."""
    if not body.strip() or len(subject.split()) > SHORT_SUBJECT:
        return ""
    if _content_words(subject) & _content_words(body):
        return ""  # the body names the subject's thing: "Can you add Tom to payroll?"
    source = topic_source(_URL.sub(" ", body))
    core = _core(source.text, formulas)
    words = _phrase_words(core)
    for anchor in anchors:
        at = core.find(anchor)
        if at < 0:
            continue
        begins = len(_phrase_words(core[:at]))
        start = run_start(words, len(_phrase_words(core[: at + len(anchor)])), begins, names)
        ends = [e for e in (core.find(m, at + len(anchor)) for m in _ENDS) if e >= 0]
        within = words[: len(_phrase_words(core[: min(ends)]))] if ends else words
        topic, score = best_run(within, start, avoid=names)
        if score >= _MATTER_WEIGHT and not _content_words(topic) & _content_words(subject):
            return _fitted(as_written(source.text, topic))
        return ""
    return ""


def _content_words(text: str) -> set[str]:
    """The content words of `text`, normalised, a final "s" dropped (plurals alike)."""
    return {w.rstrip("s") for w in tokens(normalise(text)) if w not in _NOT_CONTENT and len(w) > 2}


_REPLY = re.compile(r"^\s*(re|aw|sv|antw|r[ée]f|ref)\s*:", re.I)
"""A reply's subject (read past the tags a server puts before it, `mail.untagged_subject`):
the thread's, which the new text may leave for another matter."""
_ADDS = re.compile(
    r"\b(also|aussi|egalement|too|as well|add|adding|ajouter|ajoute[rz]?|rajouter|another "
    r"(thing|topic|point|question|item|matter|note)|one more( thing)?|(une? )?autre (chose|"
    r"sujet|point|question)|(?<!de plus )en plus(?! en plus)|"
    # turning to another matter: "Separately, …", "On another matter, …", "Unrelated: …",
    # « Par contre j'aimerais qu'on jase du… », « Par ailleurs, … »
    r"separately|separate (question|matter|point)|unrelated|on a different (topic|matter|note)|"
    # "By the way, the inspector rang…", "On another note, …", "Small thing, …" (newcomer21)
    r"by the way|btw|on another note|on a separate note|small thing|au fait|autre chose|"
    r"par ailleurs|par contre|while i have you|je profite de ce (mail|message|courriel) pour|"
    # "New question though: …", "Next up: …", "Just closing the loop: …" (newcomer20 H8)
    r"new (question|matter|topic|thing|item|point)|next up|next (question|item|thing|point)|"
    r"closing the loop|nouvelle question|nouveau sujet|prochain point)\b"
)
"""Words that add a matter beside the thread's: "could we ALSO discuss", « AJOUTER au point »,
"one more thing:", « autre chose : », "Separately, …"."""
_BESIDE = frozenset(["also", "aussi", "egalement", "too", "as"])
"""Of the words that add (`_ADDS`), those that add nothing by themselves ("I also think…"):
they need a verb of discussing in their sentence (`_DISCUSSING`)."""
_DISCUSSING = re.compile(
    r"\b(discuss(ed|ing)?|talk(ed|ing)? (about|over|through)|chat(ting)? about|"
    r"go(ing)? (over|through)|look(ing)? (at|into|over)|cover(ing)?|raise|bring up|"
    r"touch (base )?on|review(ing)?|put on the agenda|"
    r"parler|discuter|aborder|evoquer|voir|revoir|regarder|se pencher sur|jaser|jase|"
    r"faire (un |le )?point (sur|de))\b"
)
"""A verb that puts a matter up for discussion, in the new text's words (`normalise`): "the
board wants to DISCUSS X", "can we also GO OVER X", « il faudrait aussi VOIR X »."""
_DISCUSS = frozenset(
    "discuss discussing talk cover covering raise review parler discuter aborder evoquer jaser "
    "jase".split()
)
_ADD = frozenset("add adding include including put ajouter rajouter ajoute inclure mettre".split())
_ACTS = frozenset(
    """renew renewing drafting prepare preparing updating signing organise organize write
    submit arrange handle redo rediger preparer renouveler organiser signer commander envoyer
    deposer faire""".split()
)
"""Verbs of doing that a new matter follows ("we need to *renew* the AEO certification"):
the matter is their object. Not those that are nouns as well ("plan", "order", "file")."""
_ON_CALL = frozenset(
    """call meeting agenda list session catch check point ordre reunion rendez rdv appel visio
    liste""".split()
)
"""What a matter is added to when it is added to the call (not "add Tom to payroll")."""
_ASKED_OF = re.compile(r"\b(vous|tu|you|u|nous|on|we|je|j'|i)\b")
"""A person the verb after a matter is asked of: the matter named before it is the topic
(« le bail du bureau de Lausanne, pourriez-*vous* regarder les conditions ? »)."""
_ADDED_REACH = 4
"""Words that may stand between the word that adds a matter and the matter ("also *could
we* add", « aussi *qu'on* parle »)."""


def _new_matter(new: str, names: frozenset[str], formulas: bool) -> str:
    """The matter the new text of a reply (`new`, below its `Re:` subject) adds, or "".

    A reply's subject names the thread it answers; a client who adds a matter there
    ("Re: grant report" / "could we also add the volunteer insurance renewal to Wednesday's
    call?", "Also the board wants to discuss the volunteer handbook", "Can we also go over
    the camp budget?", "One more thing: the volunteer handbook…", « Autre chose : le bail »,
    « il faudrait aussi voir le bail ») is asking about that. The matter is the run of
    content words that follows the word that adds it (`_ADDS`) or, for "also", "too",
    « aussi » (`_BESIDE`), the verb of discussing in its sentence (`_DISCUSSING`), past
    linking words: those need such a verb ("I also think…" adds nothing), and "add"
    (« ajouter ») a call or an agenda to add it to in the same sentence ("add Tom to
    payroll" is a request of its own). Anything else a reply says ("send the file", « les
    chiffres ») refers back to the thread: the subject stays."""
    source = topic_source(_URL.sub(" ", new))
    core = _core(source.text, formulas)
    words = _phrase_words(core)
    for added in _ADDS.finditer(core):
        marker = added.group(0).split()[0]
        start = len(_phrase_words(core[: added.end()]))
        begins = max(core.rfind(end, 0, added.start()) for end in (" . ", " ? ", " ! "))
        ends = min(
            (at for end in (" . ", " ? ", " ! ") if (at := core.find(end, added.end())) >= 0),
            default=len(core),
        )
        discussing = [
            m for m in _DISCUSSING.finditer(core, max(begins, 0), ends) if m.end() > added.start()
        ] or list(_DISCUSSING.finditer(core, max(begins, 0), ends))
        verbs = {marker}
        i = start
        while i < len(words) and i - start < _ADDED_REACH and not _strong(words[i], names):
            verbs.add(words[i])
            i += 1
        while i < len(words) and words[i] in _DISCUSS | _ADD | _ACTS | DETERMINERS | LINKS:
            verbs.add(words[i])
            i += 1
        sentence = list(itertools.takewhile(lambda w: w not in (".", "?", "!"), words[i:]))
        # "also", « aussi » name nothing after them: only a verb of discussing puts a matter
        starts = [i] if marker not in _BESIDE or verbs & (_DISCUSS | _ADD) else []
        if discussing:
            # "Also the board wants to discuss X", « Autre chose : il faudrait revoir X »: the
            # matter follows the verb
            after_verb = len(_phrase_words(core[: discussing[0].end()]))
            while after_verb < len(words) and words[after_verb] in DETERMINERS | LINKS:
                after_verb += 1
            # the verb's object before the words after the marker when they are its subject:
            # "Autre chose : le conseil veut revoir *la grille salariale*" is about the salary
            # scale; « Autre sujet : *le renouvellement du bail*, on voudrait revoir les
            # conditions » is about the lease
            between = core[added.end() : discussing[0].start()]
            lead = between.split()
            noun = bool(lead) and lead[-1] in DETERMINERS  # "needs *your* review": a noun
            if " , " in between or " . " in between or _ASKED_OF.search(between) or noun:
                starts.append(after_verb)  # « …, pourriez-vous regarder les conditions ? »
            else:
                starts.insert(0, after_verb)
        if verbs & _ADD:
            put = bool(_ON_CALL.intersection(sentence))
        else:
            put = bool(verbs & _DISCUSS) or marker not in _BESIDE or bool(discussing)
        if not put:
            continue
        for at in starts:
            topic, score = best_run(words, at, avoid=names)
            first = words[at] if at < len(words) else ""
            # the run starts where the matter does ("where are we on the *share* option
            # scheme": "share" is no content word, the run begins after it)
            begins_there = topic.split()[0] == first if topic else False
            if (
                topic
                and score >= 2
                and (begins_there or not _strong(first, names))
                and carries_subject(topic, names)
            ):
                return _fitted(as_written(source.text, topic))
    return ""


_REPLY_CLAUSE = re.compile(r"[^.!?;:,\n]+(?:[.!?;:,\n]+|$)")
"""A clause of a reply's new text with the marks that end it: a matter's words never run
across these."""
_CLITICS = frozenset("me te se lui leur".split())
"""French object pronouns: a verb follows them (« peux-tu me renvoyer le fichier »)."""
_MATTER_WEIGHT = 4
"""A matter of its own is named by two content words at least (`best_run`'s weight): "the
venue insurance certificate", « règlement du concours photo ». One word alone ("the file",
« les chiffres ») points back at the thread."""


def _own_matter(new: str, subject: str, names: frozenset[str]) -> str:
    """The matter the new text of a reply (`new`, below its `Re:` `subject`) names of its
    own, or "" when it names none or stays on the thread.

    A reply moves on from its thread once it has closed it: a clause that only thanks,
    praises or acknowledges ("Thanks!", "Sounds good.", « Merci. », « Parfait. »:
    `thanks.without_courtesies`; a question never closes anything). What follows names the
    new matter, whatever introduces it ("Separately, …", "On another note, …", « Par
    ailleurs, … ») or nothing: the first clause whose best run of content words
    (`best_run`) weighs `_MATTER_WEIGHT` at least, read without its courtesies. The reply
    stays on the thread when nothing closes it, when a clause after the close names the
    subject again (a content word in common, `_shares`), or when nothing after it names a
    matter: "Thanks! Separately, the insurance certificate for the venue expires next
    month" under "Re: grant report" is about the insurance certificate; "Sounds good,
    Wednesday works", « Merci, vendredi me va », "Thanks, can you resend the grant report
    figures?" stay on the thread. On the labelled replies, reading a matter in a reply that
    does not close its thread first made topics worse: such replies mostly go on about the
    thread in other words."""
    thread = from_subject(readable(subject))
    source = topic_source(_URL.sub(" ", new))
    clauses = [c.group(0) for c in _REPLY_CLAUSE.finditer(source.text) if c.group(0).strip(" \n")]
    said = [
        [w for w in tokens(without_courtesies(_core(c, True))) if w.strip(".?!")] for c in clauses
    ]
    # a day agreed to closes as well as thanks do: « Jeudi c'est parfait », "Tuesday's fine"
    closed = next(
        (
            i
            for i, c in enumerate(clauses)
            if "?" not in c and all(_plain_of_day(w) in WEEKDAYS for w in said[i])
        ),
        None,
    )
    # a thread that names only a day ("Re: Friday", « Re: Jeudi ») is no matter to stay on
    named = carries_subject(thread, names)
    if closed is None or (named and any(_shares(c, thread) for c in clauses[closed:])):
        return ""
    for clause, words in zip(clauses[closed + 1 :], said[closed + 1 :], strict=True):
        # a word after an object pronoun is a verb: « me *renvoyer* le fichier »
        words = ["." if i and words[i - 1] in _CLITICS else w for i, w in enumerate(words)]
        topic, score = best_run(words, 0, avoid=names)
        # « Et le budget, où en est-il ? », "and what about the invoice?": one word turned to
        # with "and" is a matter of its own, not the thread's (trial44)
        weight = _TURNED_WEIGHT if _TURNED_TO.match(normalise(clause)) else _MATTER_WEIGHT
        if score >= weight and carries_subject(topic, names):
            return _fitted(as_written(clause, topic))
    return ""


_TURNED_TO = re.compile(
    r"^ ?(et|and|and what about|what about|how about|quid de|et pour|et quid)\b"
)
_TURNED_WEIGHT = 2
"""A matter turned to with "and" (`_TURNED_TO`) may be one content word."""


def _plain_of_day(word: str) -> str:
    """`word` without an English possessive's "'s" ("tuesday's" is "tuesday")."""
    return word[:-2] if word.endswith("'s") else word


def _shares(topic: str, subject: str) -> bool:
    """`topic` (a clause of a reply) names the thread's `subject` again: they have a content
    word in common, spelt alike or as a plural, an accent or a suffix apart
    ("budget"/"budgets", « subvention »/« subventions »), and the clause either shares most
    of the subject's words or says little else ("the grant report figures", "the report
    will be ready Friday" under "grant report"). A clause with a word in common but a
    matter of its own is another matter ("the state grant application is due in March"
    under "grant report", « le budget de la fête de quartier » under « budget
    prévisionnel »: newcomer14 M2)."""

    def stems(text: str) -> set[str]:
        words = tokens(normalise(text))
        return {
            strip_accents(w).rstrip("sx")[:6]
            for i, w in enumerate(words)
            if _strong(w, before=words[i - 1] if i else "") and w not in GENERIC
        }

    said, thread = stems(topic), stems(subject)
    shared = said & thread
    if not shared:
        return False
    return len(shared) * 2 > len(thread) or len(said - thread) < _OTHER_MATTER_WORDS


_OTHER_MATTER_WORDS = 2
"""Content words beside those of the thread's subject that make a clause a matter of its own."""


# Where a clause ends inside a sentence: a comma or a spaced dash after a word, before the
# article or the pronoun that begins another clause (« les assurances bénévoles*, le*
# courtier a répondu », "the certificate*, the* broker wrote", « le devis *- il* faut »);
# not a comma of a list ("microsoft, outlook and hotmail"), nor the one after a name the
# message opens on (« Sam, les brochures… »). A topic is one noun phrase: it never runs on
# into the next clause.
_CLAUSE_END = re.compile(
    # ("&" too: "cheque bounced & the landlord is threatening eviction", trial48)
    r"(?<=[^\W\d_])(?:\s*,|\s+[-–—&])(?=\s+(?:le|la|les|l['’]|un|une|ce|cet|cette|"
    r"ces|il|elle|ils|elles|on|je|j['’]|tu|nous|vous|c['’]|ça|ca|mon|ma|mes|son|sa|ses|"
    r"notre|votre|nos|vos|leur|leurs|y|the|a|an|this|that|these|those|it|its|it['’]s|he|she|"
    r"they|we|i|you|my|our|your|his|her|their|there)\b)",
    re.IGNORECASE,
)
_CLAUSE_WORD = "zclausez"
"""What a clause's end is written as while the text is normalised (letters, which
`normalise` keeps as they are); then "," in the normalised text."""


def _clause_ended(m: re.Match[str]) -> str:
    """A clause's end (`_CLAUSE_END`) as `_CLAUSE_WORD`, unless it follows the first word of
    a line alone: the name a message opens on (« Sam, les brochures… »)."""
    line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()]
    return m.group(0) if len(line.split()) < 2 else f" {_CLAUSE_WORD} "


def _phrase_words(core: str) -> list[str]:
    """The words of `core` (`_core`) a topic is read in, a clause's end (",") kept as a
    word: a run of content words (`best_run`) stops there."""
    return tokens(core, clauses=True)


_HYPHENATED_WORD = re.compile(r"\b([^\W\d_]+)-([^\W\d_]+)\b")


def _compound(m: re.Match[str]) -> str:
    """A hyphenated word whose parts joined are a word that names nothing (« week-end » is
    "weekend", `FUNCTION_WORDS`), joined: its "end" is no content word."""
    joined = m.group(1) + m.group(2)
    return joined if strip_accents(joined.lower()) in FUNCTION_WORDS else m.group(0)


# A speaker correcting the words just said (« pour pôle emploi *enfin* france travail »,
# "the site *I mean* the redesign"): a clause's end, so the topic is one of the two phrases,
# the later of equals (`_one_clause`).
_CORRECTED = re.compile(
    r"(?<=\w)\s+(?:enfin|je veux dire|i mean|or rather|ou plutôt|ou plutot|pardon|non pas)"
    r"\s+(?=\w)",
    re.I,
)
# Words that announce another matter ("Separately the venue contract …", « Au passage, le
# devis du traiteur … », « Par ailleurs … »): a clause's end, never part of the topic
# (trial39 §2: "separately the venue contract", « passage le devis du traiteur »).
_ANNOUNCED = re.compile(
    r"(?:^|(?<=[\s.,;:!?]))(?:separately|au passage|par ailleurs|by the way|au fait|"
    r"d'autre part|en outre|oh and|et aussi|and also|(?:et )?(?:pense|pensez|penses) (?:à|a)|"
    r"n'oublie pas|n'oubliez pas|don't forget(?: about)?)(?=[\s,:;.!?]|$)",
    re.I,
)


def _core(text: str, formulas: bool) -> str:
    """`text` normalised for finding a topic, a clause's end written "," (`_CLAUSE_END`),
    without call-back and insistence formulas (`formulas` False: the
    caller knows it holds none)."""
    text = _CORRECTED.sub(f" {_CLAUSE_WORD} ", text)
    # the announcing words kept (`_ADDS` reads them), a clause's end after them
    text = _ANNOUNCED.sub(lambda m: f" {_CLAUSE_WORD} {m.group(0)} {_CLAUSE_WORD} ", text)
    core = normalise(_CLAUSE_END.sub(_clause_ended, _HYPHENATED_WORD.sub(_compound, text)))
    core = core.replace(f" {_CLAUSE_WORD} ", f" {CLAUSE_END} ")
    if formulas:
        # (a call-back set aside ends its clause: « tout roule, fais-moi signe pour la
        # facture » is not « roule pour la facture », trial51 §1)
        core = C.INSISTENCE.sub(" ", C.CALLBACK.sub(f" {CLAUSE_END} ", core))
        core = re.sub(r"\s+", " ", core)
    return core


# A meeting the message moves or calls off is what it is about, with the day it was on, as
# the message names it, qualifier included: "could we move friday's call to next week",
# "move next tuesday's call", « décaler le point de mardi prochain », « le point du 8
# décembre », « le point de demain matin » (newcomer8: « mardi prochain » lost "prochain").
_DAYS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday"
)
_MONTHS = (
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|december"
)
# The call or meeting itself, as a message names it: "friday's call", "the call on monday",
# « le point de mardi prochain », « le rendez vous du 8 décembre ».
_MEETING = (
    rf"((next |this )?[a-z]+'s |(next |this )?({_DAYS}) |next |weekly )?(call|"
    r"meeting|appointment|session|check in|catch up|point|rendez vous|rdv|reunion|appel|"
    rf"rencontre|seance|visio)( (de|du|d'|of|on|this|next) ?(the )?(({_DAYS})( \d{{1,2}}(er)?)?"
    rf"|\d{{1,2}}(er|st|nd|rd|th)? ({_MONTHS})|demain|tomorrow|la semaine prochaine|next week)"
    r"( (prochain|prochaine|qui vient|matin|apres midi|soir|morning|afternoon|"
    r"de la semaine prochaine|next week))?)?"
)
# A day alone, as a call is named by someone who cannot be there ("I can't make Thursday",
# « je ne pourrai pas être là jeudi »): only after such words, never on its own.
_DAY_NAMED = (
    rf"(next |this )?({_DAYS})( \d{{1,2}}(er)?)?( (prochain|prochaine|morning|matin))?"
    r"|demain|tomorrow"
)
_MOVED_MEETING = re.compile(
    # "let's skip our Wednesday call", « donc on décale notre point » (a newcomer, session 24)
    r"\b(move|moving|push|pushing|reschedule|postpone|postponing|shift|bump|cancel|cancelling|"
    r"canceling|skip|skipping|drop|call off|decaler|decale|decalons|decalez|reporter|reporte|"
    r"reportons|reportez|repousser|repousse|repoussons|repoussez|reculer|decaler|deplacer|"
    r"deplace|deplacons|avancer|avancons|avance|avancez|annuler|annule|annulons|"
    r"annulez|sauter|sautons) (our |the |my |this |your |le |la |l'|notre |votre |mon |ma )?"
    rf"(?P<meeting>{_MEETING})\b"
)
# A call the sender cannot attend or wants replaced, which puts it in question as a move does
# (trial36 §3): "can we do Tuesday instead of Monday", « au lieu du point de lundi », "I can't
# make Thursday's call", "I won't be able to join our call on Friday", "I'll miss the call",
# « je ne pourrai pas être là jeudi », « je ne serai pas disponible pour le rendez-vous de
# jeudi ». Said by the sender of itself, it asks for the move as a request would.
_CANNOT_ATTEND = re.compile(
    r"\b(?:(?:instead of|rather than|au lieu (?:de|du|d')|plutot que) (?:the |our |le |notre |l')?"
    rf"(?P<meeting>{_MEETING}|{_DAY_NAMED})"
    r"|(?:can't|cant|cannot|can not|couldn't|won't be able to|wont be able to|will not be able to|"
    r"unable to|not able to|won't|wont|will not) (?:make|do|attend|join|be on|be at|be there for|"
    r"be available for|be around for)(?: it)?(?: on| for| to| at)? (?:the |our |my |this |your )?"
    rf"(?P<meeting2>{_MEETING}|{_DAY_NAMED})"
    r"|(?:i'll|i will|we'll|we will) (?:have to )?miss (?:the |our |this |my )?"
    rf"(?P<meeting3>{_MEETING})"
    r"|\bn?e? ?(?:pourrai|pourrais|pourrons|peux|pouvons|serai|serais|serons|vais|suis|sommes) "
    r"pas "
    r"(?:pouvoir )?(?:etre |etre la |etre presente? |etre presents |etre disponibles? |"
    r"etre dispo |etre joignable |assister |participer |venir |me liberer |la |dispo |"
    r"disponibles? |joignable )"
    r"(?:(?:a|au|pour|le|de|du|a la|pour la|pour le) )?(?:notre |le |la |l'|votre )?"
    rf"(?P<meeting4>{_MEETING}|{_DAY_NAMED})"
    # the call named first, the absence after: « pour le point de vendredi je serai pas
    # dispo », "for wednesday's call I won't be able to make it" (trial38 §1)
    r"|(?:pour|for) (?:le |la |notre |our |the |this )?"
    rf"(?P<meeting5>{_MEETING}|{_DAY_NAMED}),? (?:je |j'|i |we |on |nous )?(?:ne |n')?"
    r"(?:serai|serais|serons|pourrai|pourrais|pourrons|vais|won't|wont|can't|cant|cannot|"
    r"will not|will be unable|am not|i'm not|not)(?: pas)?(?: pouvoir)?(?: etre)? ?(?:la|dispo|"
    r"disponibles?|presente?s?|there|available|around|able|make it|join|free|libre)"
    # a hindrance, something that came up, a call called off by its day: « empêchement de
    # dernière minute pour vendredi », "something came up for wednesday", « on annule
    # jeudi », "we need to reschedule tomorrow", "let's skip this week's call"
    r"|(?:empechement|imprevu|contretemps)(?: [a-z']+){0,4} (?:pour|le|ce|a) (?:le |notre )?"
    rf"(?P<meeting6>{_MEETING}|{_DAY_NAMED})"
    r"|(?:something|an emergency|a conflict)(?: has)? (?:came|come|comes) up (?:for|on) "
    rf"(?:the |our |this )?(?P<meeting7>{_MEETING}|{_DAY_NAMED})"
    r"|(?:on annule|annulons|annulez|cancel|cancelling|canceling|reschedule|rescheduling|"
    r"postpone|postponing|reporter|decaler|skip|skipping) (?:le |the |this |"
    rf"our )?(?P<meeting8>{_DAY_NAMED}|(?:this|next) weeks? (?:call|meeting|catch up|check in|"
    r"session))"
    # said to be off: "our call is off this week", « le point de vendredi est annulé »
    # (trial39 §1)
    # (ours, or named by its day: not « la réunion est annulée », anyone's meeting)
    r"|(?:(?:our |this week's |this weeks |today's |tomorrow's |notre )"
    rf"(?P<meeting9>{_MEETING})|(?:the |le |la )?(?P<meeting9b>(?:call|point|catch up|check in)"
    rf"(?: (?:de|du|of|on) (?:{_DAYS}|demain|tomorrow))?|(?:{_DAYS})'s (?:call|meeting|catch up"
    r"|check in))) (?:is|'s|will be|has to be|needs to be|est|sera) (?:off|"
    r"cancelled|canceled|called off|postponed|annule|annulee|reporte|reportee|decale|decalee)"
    # none this week: « pas de point cette semaine », "no call this week"
    r"|(?:pas de|no) (?P<meeting10>point|call|meeting|catch up|check in|rdv|rendez vous|"
    rf"reunion|visio|appel) (?:cette semaine|this week|demain|tomorrow|(?:ce )?(?:{_DAYS}))"
    # the call on another day: "could we do the call on thursday instead"
    r"|(?:do|have|hold|make) (?:the |our )?(?P<meeting11>call|meeting|catch up|check in) "
    rf"(?:on |at )?(?:{_DAY_NAMED}|\d{{1,2}} ?(?:am|pm|h)?) instead"
    # « vendredi ça ne va pas être possible pour moi », "friday won't work for me"
    rf"|(?P<meeting12>{_MEETING}|{_DAY_NAMED}),? (?:ca|ce|cela|it|that) (?:ne )?(?:va|sera|"
    r"ira|won't|will not|doesn't|does not) (?:pas |plus )?(?:etre |be |work|le faire|"
    r"aller)(?:possible|jouable|doable|possible for me)?"
    # the call named first, then moved by a pronoun: « pour vendredi, on peut le décaler à
    # 15 h ? », "for friday's call, can we push it to 3?"
    r"|(?:pour|for) (?:le |la |notre |our |the )?"
    rf"(?P<meeting13>{_MEETING}|{_DAY_NAMED}),? (?:du coup |so )?(?:on peut |on pourrait |"
    r"peut on |pourrait on |can we |could we |shall we )?(?:le |la |l'|it )?(?:decaler|"
    r"deplacer|reporter|avancer|repousser|move|push|postpone|reschedule|shift)(?: it)?)\b"
)


# More ways a call is put in question (trial41 §1), read only where their words are
# (`_ASKED_OTHERWISE_WORDS`): each begins with the call's name, which the regex engine would
# otherwise try at every position of every message (the benchmark lost a quarter of its rate).
_ASKED_OTHERWISE = re.compile(
    r"\b(?:"
    # the call named, then moved by a pronoun, with words between (trial41 §1): « le point de
    # vendredi, on peut le déplacer ? », « pour le point de vendredi finalement on peut le
    # décaler », "our friday call, could we move it"
    rf"(?P<meeting14>{_MEETING}) ?,? (?:finalement |du coup |alors |so |actually |finally )?"
    r"(?:est ce qu'on peut |est ce que (?:l'on|on) peut |on peut |on pourrait |peut on |"
    r"pourrait on |pouvons nous |pourrions nous |can we |could we |shall we )?"
    r"(?:le |la |l')(?:decaler|deplacer|reporter|avancer|repousser)"
    rf"|(?P<meeting14b>{_MEETING}) ?,? (?:finalement |du coup |so |actually )?(?:can we |could we |"
    r"shall we )?(?:move|push|postpone|reschedule|shift|bring) it"
    # a day or a time that no longer suits: "wednesday doesn't work for me anymore", « vendredi
    # ça ne va plus pour moi », "10am doesn't work for me next week"
    rf"|(?P<meeting15>{_MEETING}|{_DAY_NAMED}|\d{{1,2}}(?::\d\d| ?h(?:\d\d)?| ?am| ?pm)) ?,? "
    r"(?:(?:ca|ce|cela|it|that) )?(?:doesn't|does not|won't|will not|isn't|is not|no longer) "
    r"(?:work|works|working|suit|suits)"
    rf"|(?P<meeting15b>{_MEETING}|{_DAY_NAMED}) ?,? (?:(?:ca|ce|cela) )?(?:ne |n')(?:me |nous )?"
    r"(?:va|marche|fonctionne|convient|colle|arrange) (?:pas|plus)(?: du tout)? (?:pour moi|"
    r"pour nous|finalement|de mon cote|de notre cote)"
    # a clash: "I have a conflict on Friday", « j'ai un conflit vendredi »
    r"|(?:a|un) (?:scheduling )?(?:conflict|clash|conflit)(?: d'agenda)? (?:on |for |with |pour |"
    rf"le )?(?:the |our |le |notre )?(?P<meeting16>{_MEETING}|{_DAY_NAMED})"
    # "could we bring our wednesday call forward to tuesday"
    r"|bring (?:the |our |this |my )?"
    rf"(?P<meeting17>{_MEETING}) forward"
    # kept or moved, asked: « est-ce qu'on maintient le point de vendredi ou on décale à
    # lundi ? », « on garde le point de vendredi ou pas ? », "is friday's call still on or
    # shall we push it to monday?" (trial52 §1)
    r"|(?:maintient|maintenir|maintenons|garde|garder|gardons|confirme|confirmer|keep|keeping) "
    rf"(?:le |la |l'|notre |our |the )?(?P<meeting18>{_MEETING}),? (?:ou|or) (?:on |we |is "
    r"it |pas|not)"
    rf"|(?P<meeting19>{_MEETING}) (?:still on|toujours (?:d'actualite|maintenue?|prevue?))"
    r",? (?:ou|or) (?:on |we |should we |shall we |do we |pas|not)"
    # the call named, then another day offered: "it is about wednesday's meeting, could we do
    # thursday instead, same time?" (trial52 §1)
    rf"|(?P<meeting20>{_MEETING}),? (?:could|can|shall) we (?:do|have|make it|meet) "
    rf"(?:on )?(?:{_DAY_NAMED}) instead)\b"
)
_ASKED_OTHERWISE_WORDS = re.compile(
    r"\b(?:(?:le|la|l'|it) ?(?:decaler|deplacer|reporter|avancer|repousser)|(?:move|push|"
    r"postpone|reschedule|shift|bring) it|(?:doesn't|does not|won't|will not|isn't|is not|"
    r"no longer) (?:work|suit)|conflict|clash|conflit|forward|(?:va|marche|fonctionne|"
    r"convient|colle|arrange) (?:pas|plus)|maintient|maintenir|maintenons|garde|garder|gardons|"
    r"confirme|confirmer|keep|keeping|still on|toujours|instead)"
)


def moved_meeting(normalised: str) -> str | None:
    """The call or meeting a message asks to move or call off, in its normalised words
    ("friday's call", « point de vendredi »), or None: the same reading that makes it the
    topic (`choose`)."""
    moved = moved_meeting_at(normalised)
    return meeting_named(moved) if moved is not None else None


@lru_cache(maxsize=256)
def moved_meeting_at(normalised: str) -> re.Match[str] | None:
    """Where normalised text asks to move or call off a call or meeting ("move friday's
    call") or says the sender cannot attend one ("I can't make Thursday's call", « je ne
    pourrai pas être là jeudi »; `told_unavailable`), the earlier of both, or None. Its
    `meeting` group (`meeting_named`) names the call. A day alone is a call only beside
    words of calls (`_CALL_NAMED`): « passer jeudi plutôt que mercredi pour l'imprimante » is
    a visit, « je ne serai pas là demain, Paul vous rappellera pour le devis » hands over; an
    absence may also offer another time or be all the message says (`SHORT_ABSENCE`).

    Memoised: the triage asks it of the same text several times (topic, intent, reasons),
    and its three searches were a tenth of the triage benchmark's time (issue 8)."""
    otherwise = (
        _ASKED_OTHERWISE.search(normalised) if _ASKED_OTHERWISE_WORDS.search(normalised) else None
    )
    found = [
        m
        for m in (_MOVED_MEETING.search(normalised), _CANNOT_ATTEND.search(normalised), otherwise)
        if m
    ]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    if told_unavailable(first) and not _MEETING_WORD.search(meeting_named(first)):
        elsewhere = normalised[: first.start()] + " " + normalised[first.end() :]
        if first.groupdict().get("meeting") is not None:
            # "could we do tuesday instead of monday for our call": asked in its sentence, and
            # a call named; not « l'expert est devancé à 13 h au lieu de mardi » (newcomer45)
            before = re.split(r" [.?!] ", normalised[: first.start()])[-1]
            after = re.split(r" [.?!] ", normalised[first.end() :])[0]
            # asked before it ("could we do tuesday instead of monday"), or after it with the
            # day wanted ("instead of wednesday could we meet friday?", trial38 §2)
            wanted = _ASKED_IN.search(after)
            asked = _ASKED_IN.search(before) is not None or (
                wanted is not None and _A_DAY.search(after[wanted.end() :][:40]) is not None
            )
            about = _CALL_NAMED.search(elsewhere) is not None and asked
        elif first.groupdict().get("meeting2") is not None and " make" in first.group(0):
            about = True  # "I can't make it Wednesday": said of a meeting, however long
        elif any(
            first.groupdict().get(g)
            for g in ("meeting13", "meeting14", "meeting14b", "meeting18", "meeting19", "meeting20")
        ):
            about = True  # « pour vendredi, on peut le décaler ? »: moved by its own words
        else:
            short = len(normalised.split()) <= SHORT_ABSENCE
            about = short or _CALL_NAMED.search(elsewhere) is not None
            about = about or _OTHER_TIME.search(elsewhere) is not None
        if not about:
            others = [m for m in found if m is not first]
            return others[0] if others else None
    return first


SHORT_ABSENCE = 12
"""Words of a message that is only an absence ("cant make it tmrw sorry"): about the call."""
_MEETING_WORD = re.compile(
    r"\b(?:call|meeting|appointment|session|check in|catch up|point|rendez vous|rdv|reunion|"
    r"appel|rencontre|seance|visio)\b"
)
# A call named in the message: « notre point », "our call"; not « faire le point sur » (to
# review), nor "call me" (a call-back).
_CALL_NAMED = re.compile(
    r"\b(?:(?<!faire le )(?<!fait le )(?<!faisons le )(?<!faites le )point|"
    r"call(?! me| you| back)|meeting|meet|appointment|session|check in|catch up|rendez vous|rdv|"
    r"reunion|visio)\b"
)
_A_DAY = re.compile(rf"\b({_DAYS}|demain|tomorrow|\d{{1,2}} ?h)\b")
# Asking, in the sentence of a replacement: "could we do …", « on peut faire … »
_ASKED_IN = re.compile(
    r"\b(?:(?:can|could|shall|would|should) (?:we|you|i)|let's|lets|on (?:peut|pourrait)|"
    r"peut on|pourrait on|pourrions nous|pouvons nous|est ce qu'on|possible de|"
    r"(?:peux|pouvez|pourriez|pourrais) (?:tu|vous)|(?:tu|vous) (?:peux|pouvez|pourriez))\b"
)
# Another time offered beside an absence: « on peut voir ça vendredi ? », "can we do Friday?"
_OTHER_TIME = re.compile(
    r"\b(?:on peut|on pourrait|peut on|pourrait on|can we|could we|shall we|instead|plutot|"
    r"a la place|another day|un autre jour|reschedule|reporter|decaler|on decale|on avance|"
    r"un autre creneau|another slot|another time|une autre heure|"
    # another day proposed: « on le fait lundi ? », « on peut voir lundi ? », "how about Monday"
    r"on le fait|on le fera|on le met|on le cale|on se voit|on peut voir|on pourrait voir|"
    r"how about|what about|let's do|lets do|we could do|"
    # or the absence said again: "something came up for wednesday so i won't be able to join"
    r"(?:able to|be able to) (?:join|make it|attend)|be there|etre la|pas dispo|pas disponible)\b"
)


def meeting_named(found: re.Match[str]) -> str:
    """The call a `moved_meeting_at` match names, in the message's normalised words."""
    groups = tuple(
        f"meeting{n}"
        for n in (
            *("", 2, 3, 4, 5, 6, 7, 8, 9, "9b", 10, 11, 12, 13, 14, "14b", 15, "15b", 16, 17),
            *(18, 19, 20),
        )
    )
    return next((g for name in groups if (g := found.groupdict().get(name))), "")


def told_unavailable(found: re.Match[str]) -> bool:
    """Whether a `moved_meeting_at` match is the sender saying they cannot attend the call
    (or want it replaced): the move is theirs to ask, question or not."""
    return found.re is _CANNOT_ATTEND or found.re is _ASKED_OTHERWISE


def _fitted(topic: str) -> str:
    """`topic` without words longer than `WORD_MAX`, cut at a word to `TOPIC_MAX`; a cut
    never leaves a linking or function word hanging at the end ("… rénovation de")."""
    fitted = " ".join(w for w in topic.split() if len(w) <= WORD_MAX)
    if len(fitted) > TOPIC_MAX:
        words = fitted[: TOPIC_MAX + 1].rsplit(" ", 1)[0].split()
        while len(words) > 1 and _hangs(words[-1]):
            words.pop()
        fitted = " ".join(words)
    return fitted.strip(" ,;:-")


def _hangs(word: str) -> bool:
    """A word a topic cannot end on: it links to what was cut off ("de", "the", "pour")."""
    plain = _plain(word.strip(" ,;:-–—'’"))
    return not plain or plain in LINKS or plain in DETERMINERS or plain in FUNCTION_WORDS


_CLAUSE = re.compile(r"\s*(?:[,;:()\[\]/–—|]|\s-\s|\b(?:et|and|ou|or|mais|but)\b)\s*", re.I)


def _whole(subject: str, names: frozenset[str]) -> str:
    """An email subject as a topic: whole when it fits in `TOPIC_MAX`, else its opening
    clauses that fit ("Demande de devis pour la rénovation de la salle polyvalente" of a
    longer subject going on "et du parking…"), else its best run of content words: never a
    subject cut in the middle of a phrase."""
    whole = " ".join(w for w in subject.split() if len(w) <= WORD_MAX).strip(" ,;:-")
    if len(whole) <= TOPIC_MAX:
        return whole
    kept = ""
    for m in _CLAUSE.finditer(whole):
        if m.start() > TOPIC_MAX:
            break
        if carries_subject(whole[: m.start()], names):
            kept = whole[: m.start()]
    if kept:
        return _fitted(kept)
    run, _ = best_run(tokens(normalise(whole)), 0, avoid=names)
    return _fitted(as_written(whole, run)) if run else _fitted(whole)


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    return strip_accents(word.lower())


def _as_spelt(original: str, shouting: bool = False, named: bool = False) -> str:
    """How a word of the message is shown in a topic: lowercase as before, accents kept,
    an acronym ("AG", "RGPD") kept in capitals, unless it is `shouting` (see `_shouted`),
    and a proper noun capitalised inside a sentence kept so (`named`, see `_named`)."""
    keep = len(original) > 1 and original.isupper() and not shouting
    return original if keep or named else original.lower()


_SENTENCE_OPENS = re.compile(r"[.!?:;\n«\"“(\[]")
_TITLE_SHARE = 0.8
_TITLE_WORDS = 3
"""A line of `_TITLE_WORDS` words of four letters or more at least, with `_TITLE_SHARE` of
them capitalised, is in title case ("Server Room Access Request"): its capitals name
nothing."""


def _named(text: str, matches: list[re.Match[str]]) -> list[bool]:
    """Which words of `text` (its `matches`) are capitalised inside a sentence, as a proper
    noun is ("licences *Autodesk*", "magasin de *Namur*", "*Friday's* call", « licences
    *Jira* »): not the first word of a sentence or a line, nor a word of a line written in
    title case. SPEC §5 (newcomer19 L3): the client's phrase as written, its capitals kept."""
    out: list[bool] = []
    line_share: dict[int, float] = {}
    for n, m in enumerate(matches):
        word = m.group(0)
        capital = word[:1].isupper() and any(c.islower() for c in word[1:])
        if not capital or n == 0:
            out.append(False)
            continue
        if _SENTENCE_OPENS.search(text[matches[n - 1].end() : m.start()]):
            out.append(False)
            continue
        line_at = text.rfind("\n", 0, m.start()) + 1
        if line_at not in line_share:
            line_end = text.find("\n", m.start())
            line = text[line_at : line_end if line_end >= 0 else len(text)]
            words = [w for w in _WORD.findall(line) if len(w) > 3]
            caps = sum(1 for w in words if w[:1].isupper())
            line_share[line_at] = caps / len(words) if len(words) >= _TITLE_WORDS else 0.0
        out.append(line_share[line_at] < _TITLE_SHARE)
    return out


def _shouted(words: list[str]) -> list[bool]:
    """Which of `words` stand in a run of capitals ("THE SERVER IS DOWN since 8am"), where
    no word is an acronym."""
    caps = [len(w) > 1 and w.isupper() for w in words]
    return [
        c and ((i > 0 and caps[i - 1]) or (i + 1 < len(caps) and caps[i + 1]))
        for i, c in enumerate(caps)
    ]


_ELIDED = frozenset({"l", "d", "j", "m", "t", "s", "c", "n", "qu", "jusqu", "lorsqu"})
"""The elided words French writes before an apostrophe (« rapport *d'*activité »): the
normalised words drop them (`text.tokens`), a topic quoted to a client keeps them."""
_JOINS = re.compile(r"[ \t'’-]+")
_INVERTED = frozenset("t il ils elle elles on je tu nous ce".split())
"""What a hyphen joins to a verb in a French question (« passe-*t-il* », « est-*ce* »): no
part of the word before it."""
_HYPHENATED = re.compile(r"[-\u2010\u2011]")
"""What joins the parts of one word: a hyphen with no space ("e-mail", « rendez-vous »)."""
"""What may stand between two words of a phrase taken whole: spaces, an apostrophe, a hyphen."""


def _written_span(text: str, topic: str) -> str | None:
    """The place in `text` that `topic` (normalised words) was taken from, as the message
    writes it: its words with their accents, the elided « d' », « l' » between them and the
    hyphens of « rendez-vous » kept; a word of `topic` already spelt (not lowercase and
    accent-free) stays as it is. None when `text` holds no such phrase."""
    matches = list(_WORD.finditer(text))
    plain = [_plain(m.group(0)) for m in matches]
    wanted = _WORD.findall(topic)
    keys = [_plain(w) for w in wanted]
    if not keys:
        return None
    shouted: list[bool] | None = None
    named: list[bool] = []
    for i, first in enumerate(plain):
        if first != keys[0]:
            continue
        used = {i: 0}
        j, k = i + 1, 1
        while k < len(keys) and j < len(matches):
            if not _JOINS.fullmatch(text[matches[j - 1].end() : matches[j].start()]):
                break
            if plain[j] == keys[k]:
                used[j] = k
                k += 1
            elif plain[j] not in _ELIDED or text[matches[j].end() : matches[j].end() + 1] not in (
                "'",
                "’",
            ):
                break
            j += 1
        if k < len(keys):
            continue
        # a word is taken whole: the "e-" of "e-mail", the « ex- » of « ex-président » the
        # normalised words left out stay (`_HYPHENATED`)
        while i > 0 and _HYPHENATED.fullmatch(text[matches[i - 1].end() : matches[i].start()]):
            i -= 1
        while (
            j < len(matches)
            and _HYPHENATED.fullmatch(text[matches[j - 1].end() : matches[j].start()])
            and _plain(matches[j].group(0)) not in _INVERTED
        ):
            j += 1
        if shouted is None:
            shouted = _shouted([m.group(0) for m in matches])
            named = _named(text, matches)
        out: list[str] = []
        for n in range(i, j):
            if n > i:
                gap = text[matches[n - 1].end() : matches[n].start()]
                kept = gap.strip(" \t")
                if kept in ("'", "’") and gap[-1] in " \t":
                    kept += " "  # "the tenants' fobs": the possessive's mark, then a space
                out.append(kept or " ")
            at = used.get(n)
            word = wanted[at] if at is not None else ""
            out.append(
                word
                if word and word != keys[at or 0]
                else _as_spelt(matches[n].group(0), shouted[n], named[n])
            )
        return "".join(out)
    return None


def _written_pieces(text: str, topic: str, apart: str = " ") -> str | None:
    """`topic` as the message writes it when its words stand in a few places of `text`
    rather than in one: each longest piece found whole (`_written_span`, with its elided
    « l' », « d' » and its hyphens), the pieces joined by `apart` (a space; " … " where a
    quote must not read as one phrase). None when a word of `topic` is nowhere in `text` as a
    piece (an expanded shorthand)."""
    wanted = topic.split()
    out: list[str] = []
    i = 0
    while i < len(wanted):
        for j in range(len(wanted), i, -1):
            piece = _written_span(text, " ".join(wanted[i:j]))
            if piece is not None:
                out.append(piece)
                i = j
                break
        else:
            return None
    return apart.join(out)


# The rest of a proper name written with capitals after a phrase that ends on its first word:
# « … pour la Fondation| de France », "… from the Arts Council| of England".
_NAME_GOES_ON = re.compile(r"\s+(de|des|du|of|d')\s*([A-ZÀÂÉÈÊÎÔÛÇ][\w'’-]*)")
_NAME_PARTS = 1
"""Pieces (a linking word and its capitalised word) a topic may run on by."""


def _whole_name(text: str, written: str) -> str:
    """`written` (a topic as the message spells it) with the rest of the proper name it ends
    inside, up to `_NAME_PARTS` pieces: a topic cut at « la Fondation » went to a client for
    « la Fondation de France » (newcomer51 §6)."""
    words = written.split()
    if not words[-1][:1].isupper() or (len(words) > 1 and words[-2] in ("de", "des", "du", "of")):
        return written  # no name at its end, or one already whole (« Région de Bretagne »)
    at = text.find(written)
    if at < 0:
        return written
    end = at + len(written)
    for _ in range(_NAME_PARTS):
        more = _NAME_GOES_ON.match(text, end)
        if more is None:
            break
        end = more.end()
    return text[at:end]


def as_written(text: str, topic: str, apart: str = " ") -> str:
    """`topic` (found in the normalised, accent-free text) written as the message writes it,
    the phrase taken whole from where it stands (`_written_span`): "repond plus" in "Le
    site ne répond plus" is "répond plus", « rapport activite » in « le rapport d'activité »
    is « rapport d'activité ». Where the message holds no such phrase (an expanded
    shorthand), the words stay the same, each lowered or unaccented word replaced by its
    first spelling in the message. Pieces from several places are joined by `apart`."""
    if not topic:
        return topic
    whole = _written_span(text, topic)
    if whole is not None:
        return _whole_name(text, whole)
    pieces = _written_pieces(text, topic, apart)
    if pieces is not None:
        return pieces
    originals = [m.group(0) for m in _WORD.finditer(text)]
    found = [(w, _plain(w)) for w in originals]
    shouted = _shouted(originals)
    wanted = [m.group(0) for m in _WORD.finditer(topic)]
    keys = [_plain(w) for w in wanted]
    first: dict[str, str] = {}
    needed = set(keys)  # spell only the topic's words, not the whole message's
    for (original, key), loud in zip(found, shouted, strict=True):
        if key in needed and key not in first:
            first[key] = _as_spelt(original, loud)
    replaced = iter(
        first.get(key, w) if w == key else w for w, key in zip(wanted, keys, strict=True)
    )
    return _WORD.sub(lambda _m: next(replaced), topic)
