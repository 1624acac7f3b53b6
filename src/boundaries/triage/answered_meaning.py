"""Answered-by on meaning: the update closest to a status check in sentence embeddings.

Used when shared topic words find no update (a French check of an English update, a check
that names the work in other words). A wrong link is worse than none (SPEC §5: the consultant
would tell a client "already answered" when it was not), so a link needs all of:

- the update was sent before the check, to the same correspondent when addresses tell;
- a cosine similarity of at least `CLOSE` between the two texts;
- a `MARGIN` over every other candidate update (two close updates: no link); when the
  correspondent is known (addresses, or a caller who gives a name the updates greet or the
  firm of their address, `answered.known_caller`), only over their other updates, by
  `KNOWN_MARGIN`;
- one shared topic key or acronym, or the same correspondent known (then at least `CLOSE`
  without a shared word);
- nothing that tells the check's item from the update's (`UpdateIndex.other_item`: another
  item of the same kind, another one, a later stage).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from boundaries.triage.answered import (
    Update,
    UpdateIndex,
    acronym_keys,
    correspondent,
    same_correspondent,
    sent_in_time,
    topic_keys,
)
from boundaries.triage.mail import read_mail
from boundaries.triage.second_opinion import MAX_CHARS, encoder

if TYPE_CHECKING:
    from boundaries.triage.second_opinion import Vectors

_WHEN_KEYS = frozenset(
    topic_keys(
        "january february march april may june july august september october november december "
        "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
        "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi "
        "vendredi samedi dimanche"
    )
)
CLOSE = 0.4
"""Cosine similarity (USE multilingual v3) from which a check and an update are on one topic."""
MARGIN = 0.15
"""How much closer the chosen update must be than the next candidate (0.25 before issue 8
item 6: on the training sets 0.15 linked 5 more checks right and none wrong)."""
KNOWN_MARGIN = 0.1
"""How much closer than the correspondent's next update the chosen one must be."""
FAR = 0.3
"""Below this similarity, a link found by shared words must at least be the closest update."""


@dataclass(frozen=True)
class Check:
    """A status check as the meaning tests read it: its `text` (the whole body) and
    `subject`, its `sender`, when it came (`at`, None when unknown), and the addresses of its
    client from the configuration (`same_client`, None when unknown: email domains tell)."""

    text: str
    subject: str = ""
    sender: str = ""
    at: datetime | None = None
    same_client: frozenset[str] | None = None


def _text(subject: str, body: str) -> str:
    text = read_mail(body, subject).signed
    if subject:
        text = f"{subject}. {text}"
    return " ".join(text.split())[:MAX_CHARS].lower()


def _vectors(index: UpdateIndex) -> Vectors:
    cached: Vectors | None = getattr(index, "_meaning", None)
    if cached is None or len(cached) != len(index.updates):
        cached = encoder().embed([_text(u.subject, u.text) for u in index.updates])
        index._meaning = cached  # type: ignore[attr-defined]
    return cached


def _similarities(index: UpdateIndex, check: Check) -> list[tuple[float, int, bool | None]]:
    """(cosine similarity, index, same correspondent) of each update that could answer."""
    vectors = _vectors(index)
    similarity = vectors @ encoder().embed([_text(check.subject, check.text)])[0]
    at, same_client = check.at, check.same_client
    candidates: list[tuple[float, int, bool | None]] = []
    callers = index.caller_addresses(check.text, check.sender, same_client)
    for i, u in enumerate(index.updates):
        if not sent_in_time(u, at):
            continue
        same = (
            (u.to in same_client)
            if same_client is not None
            else same_correspondent(check.sender, u)
        )
        if same is None and callers:
            # the caller said who they are: another client's update is not theirs
            same = correspondent(u.to) in callers
        if same is False:
            continue
        candidates.append((float(similarity[i]), i, same))
    return candidates


def link_similarity(index: UpdateIndex, update: Update, check: Check) -> tuple[float, float] | None:
    """(cosine similarity between a status check and the update it is linked to, the highest
    similarity of any candidate update), or None when that update could not answer it (sent
    later, or to another correspondent)."""
    candidates = _similarities(index, check)
    linked = next((s for s, i, _ in candidates if index.updates[i] is update), None)
    if linked is None:
        return None
    return linked, max(s for s, _, _ in candidates)


def unlikely_by_meaning(index: UpdateIndex, update: Update, check: Check) -> float | None:
    """For a link found by shared words: the similarity of a closer update when the linked one
    is both far in meaning (below `FAR`) and not the closest candidate, else None.

    Shared words alone link a check to an update on another matter of the same client
    (a month name, the consultant's first name, a generic noun); a wrong link is worse than
    none (SPEC §5), so such a link is dropped.
    """
    found = link_similarity(index, update, check)
    if found is None or found[0] >= FAR:
        return None
    linked, best = found
    return best if best > linked else None


def by_meaning(index: UpdateIndex, check: Check) -> tuple[Update, list[str]] | None:
    """The earlier update that answers this status check by meaning, with why, or None."""
    if not index.updates:
        return None
    candidates = _similarities(index, check)
    if not candidates:
        return None
    known = [c for c in candidates if c[2] is True]
    if known:
        # the correspondent is known (addresses, or a caller who says who they are): the
        # update is one of theirs, and need only stand out among those
        candidates, margin = known, KNOWN_MARGIN
    else:
        margin = MARGIN
    candidates.sort(reverse=True)
    best, i, same = candidates[0]
    runner_up = candidates[1][0] if len(candidates) > 1 else 0.0
    if best < CLOSE or best - runner_up < margin:
        return None
    update = index.updates[i]
    if index.other_item(check.text, update) is not None:
        return None  # the closest update is about another item, or an earlier stage
    shared = sorted(
        (index.check_keys(check.text, check.subject) & update.keys)
        | (acronym_keys(check.text, check.subject) & update.keys)
    )
    if not {k for k in shared if k not in _WHEN_KEYS} and (same is not True or best < CLOSE):
        # a month or a day shared is no sign of one item: « la campagne Google pour les cours
        # de janvier » is not « la formation de janvier » (newcomer38)
        return None
    return update, [f"close in meaning ({best:.2f})", *shared]


# Asking for new work, not where work stands: "can you send", "pourriez-vous", "please".
_ASKS_FOR_WORK = re.compile(
    r"\b(can|could|would|will) (you|u)\b|\b(be|it) possible\b|\bpossible de\b|\bplease\b|"
    r"\bpourr?(ais|ait|iez|iez-vous)\b|"
    r"\bpeux[- ]tu\b|\bpouvez[- ]vous\b|\bmerci de\b|\bs'il (te|vous) pla[iî]t\b|\bi need\b|"
    r"\bil (me|nous) faut\b|\bj'ai besoin\b|\b(tu|je|on) peux\b|\bpeut[- ]on\b|"
    r"\bcan (help|we|i)\b|\bnext step\b|"
    # a wish for something new: "I would like to fix a meeting with you and the IT people"
    # (newcomer61), « je voudrais qu'on se voie »
    r"\b(would|'d) like\b|\bi want to\b|\bje (voudrais|souhaite|souhaiterais)\b|"
    r"\bj'aimerais\b|\bnous (voudrions|souhaitons|souhaiterions|aimerions)\b|"
    # whether something may or must be done: advice, new work ("can the trust reclaim VAT
    # on the legal fees?", newcomer68; "are we allowed to…", « a-t-on le droit de… »)
    r"\bcan (the|our|my|a|an|they|he|she) (?!be\b)\w+|\b(are|is) (we|they|it) (allowed|"
    r"entitled|eligible)\b|"
    r"\bshould (we|i)\b(?! (be )?(worried|worry|concerned|expect))|"
    r"\b(a[- ]t[- ]on|avons[- ]nous|a[- ]t[- ]il) le droit\b|\bfaut[- ]il\b|\bdoit[- ]on\b|"
    r"\best[- ]ce qu'(on|il|elle|ils|elles) (peut|peuvent|doit|doivent)\b|"
    # work asked plainly, a choice or advice asked: « Vous pouvez la préparer pour que je la
    # signe ? », "Do we honour it or cap group bookings??", "what would you advise?"
    # (newcomer95, newcomer96: linked to the update on the same file, and called status
    # checks)
    # (not « vous pouvez me dire si … », a status asked; nor "… or no?", a yes or no)
    r"\b(vous pouvez|tu pourras|vous pourrez)\b(?! (me|nous) (dire|confirmer|indiquer))|"
    r"\b(do|should|shall) (we|i) \w+[^?.!]{0,60}\bor\b(?! (no|not)\b)|"
    r"\bwhat would (you|u)\b|\b(on|je) fait? quoi\b|\bok(ay)? for (us|me) to\b|"
    # a choice of one's own: « … avant la campagne de l'ARS, ou on attend ? » (newcomer100)
    r"\bou (on|je|j') ?(attend|attends|laisse|continue|arrete|relance)\b",
    re.I,
)


def asks_where_work_stands(text: str) -> bool:
    """A question that asks no new work ("is the cart reminder switched on now?", "la lettre
    est bien partie ?"): labelled a request by the cues, it is a status check when an earlier
    update reported on the same work."""
    return "?" in text and _ASKS_FOR_WORK.search(text) is None
