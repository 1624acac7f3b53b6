"""A status check about what its update left open (SPEC §5: a wrong `answered_by` is worse
than none).

An update often reports one step done and names the next as still to come: « Nous attendons
maintenant le retour de l'assureur sur la proposition et la prime », "One known issue: on
some older iPhones the seat map is cut off … I'm working on it", « Prochaine étape : la
bannière … la semaine prochaine », « Orange ne pourra pas raccorder la fibre avant le 25 ».
A later check that asks about that open step ("l'assureur s'est-il prononcé sur la prime ?",
"any joy with the booking page on phones?", « la fibre est bien active ? ») asks for news the
update could not give (newcomer41: four wrong links of seven).

Also a reply whose subject threads the update ("Re: Cutover done") while its question is
about something the update never names ("did you get a chance to look at the quoting
spreadsheet macros?").

Pure functions of the texts; topic keys as `answered.topic_keys` makes them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, timedelta

from boundaries.triage.answered import Update, topic_keys
from boundaries.triage.mail import read_mail
from boundaries.triage.text import normalise, sentences

# A sentence of an update that leaves its matter open: waiting, still under way, next,
# promised, not possible before a date, a known problem left.
_OPEN = re.compile(
    r"\b(attendons|attend|attendre|en attente|waiting (for|on)|awaiting|await|"
    r"encore en cours|toujours en cours|en cours d|still (being|in progress|pending|waiting|"
    r"importing|running|open|to)|not yet|pas encore|pending|"
    r"next step|prochaine etape|etape suivante|then i'll|ensuite je|"
    r"i'll|i will|we'll|we will|will be|going to|je vais|on va|nous allons|je compte|"
    r"la semaine prochaine|next week|"
    r"ne pourra pas|ne pourront pas|won't be|will not be|can't be|cannot be|not before|"
    r"pas avant|"
    r"known issue|probleme connu|one issue|remaining issue|reste a|il reste|seule exception|"
    r"sauf |except |"
    r"working on|je travaille|on travaille|nous travaillons|i'm looking into|je regarde|"
    # what someone else is to do, or waits on something to come: "their counsel will
    # circulate the SAFE documents early next week", "as soon as they receive the
    # acknowledgment, which usually comes within ten days", « c'est lui qui fixera la date »
    # (newcomer68, newcomer69: three wrong links)
    r"(they|he|she|it|who|which|that) (will|'ll|should)|(they|he|she|it)'ll|"
    r"as soon as|des que|usually (comes|takes|arrives)|is expected|are expected|"
    r"il va|elle va|ils vont|elles vont|fixera|enverra|enverront|recevra|recevront|"
    r"transmettra|transmettront|donnera|confirmera|passera|viendra|arrivera|repondra|"
    r"reviendra|doit passer|doivent passer)\b"
    r"|\b[a-z]{3,}(erai|erons)\b"
)
BY_NOW_AFTER = timedelta(days=3)
"""How long after an update a check asking whether a step it left open has happened by now
is asking for news the update could not give: the next morning, "in progress, done by
Thursday" still answers « c'est bon ou pas encore ? » (newcomer52); a week on, "their
lawyers will send the documents early next week" no longer does (newcomer68)."""
# A check asking whether a step has happened by now ("have they sent the documents yet?",
# « Alpine est revenu sur nos commentaires ou toujours rien ? »): any of its words that the
# update names only as to come is the news it asks for.
_BY_NOW = re.compile(
    r"\b(yet|already|by now|so far|deja|toujours rien|encore rien|ou pas|still nothing|"
    r"nothing yet|any sign)\b"
)
_QUESTION = re.compile(r"[^.?!\n]*\?")
# An indirect question, to the end of its sentence: « je me demandais si l'assureur s'était
# prononcé … », "I was wondering whether the archive is readable now".
_INDIRECT = re.compile(
    r"(?:demandais|demande|savoir|wondering|wonder|know|ask(?:ing)?) (?:si|s'|whether|if) "
    r"([^.!\n]*)",
    re.I,
)
_REPLY = re.compile(r"\s*(re|aw|sv|tr|fwd?|réf)\s*:", re.I)


def asks_what_was_left_open(
    text: str,
    update: Update,
    people: frozenset[str] = frozenset(),
    weight: Mapping[str, float] | None = None,
    asked_at: datetime | None = None,
) -> str | None:
    """Why `update` does not answer the check `text`: the words the check asks with stand in
    the update only in clauses that leave the matter open, and weigh more than those it
    shares with what the update reports done; else None.

    `people` are first names (no topic), `weight` how telling each key is (the index's idf;
    every key weighs 1 without it)."""
    asked = _asked_keys(text) - people
    if not asked:
        return None
    open_keys: set[str] = set()
    done_keys: set[str] = set()
    for clause, opened in _open_clauses(f"{update.subject}. {update.text}"):
        # the words that say it is open name no item ("is anything waiting on us?")
        keys = topic_keys(_OPEN.sub(" ", clause)) & asked
        (open_keys if opened else done_keys).update(keys)
    only_open = open_keys - done_keys
    if not only_open:
        return None
    by_now = (
        asked_at is not None
        and update.at is not None
        and asked_at - update.at >= BY_NOW_AFTER
        and _BY_NOW.search(normalise(" ".join(_QUESTION.findall(read_mail(text).new)))) is not None
    )
    if not by_now and _weigh(only_open, weight) <= _weigh(done_keys, weight):
        return None
    return f"it asks about what the update left open ({', '.join(sorted(only_open))})"


_CLAUSE_END = re.compile(r"[;,()]")


def _clauses(text: str) -> list[str]:
    """The normalised clauses of `text`: its sentences cut at commas, semicolons and
    brackets ("Everything is in place for the UK: …, the excise movement will be covered by
    the new customs broker, and the London distributor has accepted …" is three)."""
    return [normalise(c) for s in sentences(text) for c in _CLAUSE_END.split(s) if c.strip()]


_RELATIVE = re.compile(r"^ ?(que|qui|dont|ou|which|that|who|where)\b")


def _open_clauses(text: str) -> list[tuple[str, bool]]:
    """Each clause of `text` and whether it leaves its matter open. A label clause ("Prochaine
    étape :", "One known issue:") opens the clause it introduces; a relative clause ("…, que
    je mets en place la semaine prochaine") opens the clause it qualifies."""
    clauses = _clauses(text)
    # a question the update asks leaves its matter open too ("could you keep an eye out for
    # the acknowledgment letter?")
    opened = [_OPEN.search(c) is not None or c.rstrip().endswith("?") for c in clauses]
    for i, clause in enumerate(clauses):
        if opened[i] and clause.rstrip().endswith(":") and i + 1 < len(clauses):
            opened[i + 1] = True
        if opened[i] and i > 0 and _RELATIVE.match(clause):
            opened[i - 1] = True
    return list(zip(clauses, opened, strict=True))


def _weigh(keys: set[str], weight: Mapping[str, float] | None) -> float:
    return sum(weight.get(k, 1.0) for k in keys) if weight is not None else float(len(keys))


def reply_about_something_else(text: str, subject: str, update: Update) -> str | None:
    """Why `update` does not answer a reply whose subject threads it ("Re: Cutover done")
    when the reply's questions name at least two things the update never names, and nothing
    that begins as a word of it does; else None."""
    if not _REPLY.match(subject or ""):
        return None
    asked = _question_keys(text)
    # "signent" and "signer": a shared beginning is no other thing
    told = {k[:4] for k in update.keys}
    if len(asked) < 2 or any(k[:4] in told for k in asked):
        return None
    return f"a reply on its thread that asks about something else ({', '.join(sorted(asked))})"


def _question_keys(text: str) -> set[str]:
    said = read_mail(text).new
    return topic_keys(" ".join(_QUESTION.findall(said)))


def _asked_keys(text: str) -> set[str]:
    """The keys of the check's questions, or of its whole new text when it asks without a
    question mark (a voicemail)."""
    said = read_mail(text).new
    questions = _QUESTION.findall(said) or _INDIRECT.findall(said)
    return topic_keys(" ".join(questions) if questions else said)
