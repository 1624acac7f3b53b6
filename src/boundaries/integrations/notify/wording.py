"""A notification's words in the consultant's language: who it is from, and why the triage
judged the message urgent (its `reasons` are the rules' own notes, in English).

The messages live in `locales/<lang>.toml`, section `[notify]` (`of`, `of_elided`,
`of_unknown_caller`) and `[why]` (one name per kind of urgency, and the sentence around it).
"""

from __future__ import annotations

import re

from boundaries.i18n import catalogue, elides, phone_written, text
from boundaries.triage.topic import as_written

# The kinds of urgency the rules name (`triage.urgency`, `triage.cues` HARM_NOW and STAKE
# labels, in either language), each with its name in the `[why]` catalogue.
KINDS = {
    "harm happening now": "harm",
    "dommage en cours": "harm",
    "security or data exposed now": "exposed",
    "something at stake": "stake",
    "quelque chose en jeu": "stake",
    "wanted in a meeting happening now": "meeting",
    "wanted in a meeting later today with an outside party": "meeting_today",
    "an inspector or official on the premises now": "official",
    "broken access or operations": "broken",
    "people kept waiting or turned away now": "held",
    "personal data sent to the wrong people": "misdirected",
    "money at risk today": "money",
    "asked whether it is ready, needed within a day": "wanted",
    "a deadline within the hour": "within_hour",
    "a deadline within a day": "within_day",
    # (newcomer51 §13: these fell back to a bare « urgence », which says nothing)
    "a wrong price on sale": "wrong_price",
    "an inspector or official coming later today, wanting something": "official_today",
    "an inspector or an authority visiting tomorrow, and something asked or not ready": (
        "inspection_tomorrow"
    ),
    "equipment or stock lost now": "lost_now",
    "money paid to a fraudster": "fraud",
    "not done yet, needed within a day": "wanted",
    "premises or activity closed by an authority": "closed",
    "someone here for the work now, leaving soon without an answer": "leaving",
}

# The shapes of the rules' notes on an urgent message (`triage.urgency.urgency`,
# `triage.classify._classify`); the quoted words are the message's own, as the rules read them.
_SHAPES = (
    re.compile(r"^urgent: deadline '(?P<when>.+?)' with (?P<kind>[^(]+?) \('(?P<words>.*)'\)$"),
    re.compile(
        r"^urgent: going on since '(?P<since>.+?)' with (?P<kind>[^(]+?) \('(?P<words>.*)'\)$"
    ),
    re.compile(
        r"^urgent: '(?P<when>.+?)' is within a day, with (?P<kind>[^(]+?) \('(?P<words>.*)'\)$"
    ),
    re.compile(r"^urgent: the deadline '(?P<when>.+)' is within a day$"),
    re.compile(r"^urgent: (?P<kind>[^(]+?) \('(?P<words>.*)'\)$"),
)


def from_whom(name: str | None, lang: str, number: str = "") -> str:
    """Who a notification is from, as its sentence needs it: « d'un appelant inconnu
    (+33 6 55 55 44 44) », « de Harbor Youth Arts », « d'Atelier Vélo Solidaire » (French
    elides before a vowel), "from an unknown caller (+44 20 7946 0018)", "from Association
    Horizon". `name` None: an unknown caller, named by `number` (E.164) when there is one:
    the consultant has nothing else to call them back on (newcomer55 §3)."""
    if name is None:
        if number:
            return text(lang, "notify.of_unknown_number", number=phone_written(number))
        return text(lang, "notify.of_unknown_caller")
    elided = elides(name) and "of_elided" in catalogue(lang)["notify"]
    return text(lang, "notify.of_elided" if elided else "notify.of", name=name)


def why(reason: str, lang: str, said: str = "") -> str:
    """Why the rules judged a message urgent, in `lang`, to follow its quoted text:
    « (jugé urgent : dommage en cours, d'après « server is down ») »; "" when `reason` is not
    one of the rules' notes (a second opinion's, or none), so no English note reaches a
    French notification. The rules quote the words as they read them, accents and case
    gone; with the message's text `said`, they are quoted as the client wrote them
    (`triage.topic.as_written`: « les pompiers sont là », not « sont la », trial50)."""
    for shape in _SHAPES:
        found = shape.match(reason.strip())
        if found is None:
            continue
        parts = {
            # words from several places of the message are quoted apart (trial52 §8: « il
            # faut demain matin » read as one phrase the client never said)
            name: as_written(said, value, apart=" … ")
            if said and value and name != "kind"
            else value
            for name, value in found.groupdict().items()
        }
        kind = KINDS.get((parts.get("kind") or "").strip(), "urgent")
        values = {**parts, "kind": text(lang, f"why.{kind}")}
        if parts.get("since"):
            return text(lang, "why.said_since", **values)
        if parts.get("when") and parts.get("words"):
            return text(lang, "why.said_when", **values)
        if parts.get("when"):
            return text(lang, "why.said_deadline", **values)
        return text(lang, "why.said", **values)
    return ""
