"""A message to triage and the triage's answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple


class Intent(StrEnum):
    """What a message wants (SPEC §5)."""

    STATUS_CHECK = "status_check"
    REQUEST = "request"
    SCHEDULING = "scheduling"
    INFO = "info"
    UNKNOWN = "unknown"


class Urgency(StrEnum):
    """How sure the triage is that a message needs the consultant today (SPEC §5)."""

    URGENT = "urgent"  # the evidence is clear (the rules)
    POSSIBLE = "possible"  # a second opinion finds it likely; the evidence is weaker
    NONE = "none"


class Message(NamedTuple):
    """A voicemail transcript, an email or a text message."""

    id: str
    channel: str  # voicemail | email | sms
    text: str
    subject: str = ""
    sender: str = ""
    at: datetime | None = None
    lang_hint: str | None = None


WRITTEN_IN = "unknown: written in "
"""How the reason of a message in neither French nor English begins
(`classify._in_another_language`)."""


@dataclass(frozen=True)
class Triage:
    """What the triage concluded, with the cues that led there."""

    lang: str
    content_free: bool
    intent: Intent
    urgent: bool
    topic: str
    reasons: tuple[str, ...] = field(default=())
    answered_by: str | None = None
    possible: bool = False  # urgent on a second opinion only (tier `possible`)
    intent_by_cue: bool = True  # False: no intent cue found, the intent is a fallback guess
    # The learned intent model's probability for `intent` when it chose it, else None.
    intent_confidence: float | None = None
    # It asks to move or call off a call or meeting ("on peut décaler le point de vendredi"):
    # a matter of scheduling, never a topic for that call's agenda (SPEC §10).
    moves_call: bool = False
    # The words name a call moved or called off (`topic.moved_meeting`): `moves_call` once the
    # intent is scheduling, however it became so (the cues, or the learned intent model).
    names_moved_call: bool = False
    # The call asked to be moved or called off, in the message's words ("monday's call"), when
    # the message also raises another matter, which is then its `topic` (« on peut décaler le
    # point de mardi ? et il faudrait parler du budget 2027 »): both are answered, the move on
    # its own and the matter on the agenda (trial35 §1). "" otherwise.
    moved: str = ""
    # It only thanks or acknowledges (« merci pour le rapport, c'est parfait », "Thanks, all
    # good!"), asks nothing and tells nothing new (`triage.thanks.only_thanks`): it closes a
    # topic, so it is no topic of a reply or an agenda (SPEC §5 `info`, §10). Never with
    # `urgent`, nor with an intent that asks (a learned opinion may find it asks after all).
    nothing_to_discuss: bool = False
    # The day (ISO date, the sender's) by which it says something is needed, when it names
    # one (`dates.due_date`): a deferral reply proposes no call after it (trial51 §4). "".
    due: str = ""

    def __post_init__(self) -> None:
        moves = bool(self.moved) or (
            self.intent is Intent.SCHEDULING and (self.moves_call or self.names_moved_call)
        )
        object.__setattr__(self, "moves_call", moves)
        asks = self.intent not in (Intent.INFO, Intent.UNKNOWN)
        if self.nothing_to_discuss and (self.urgent or asks):  # then there is something
            object.__setattr__(self, "nothing_to_discuss", False)

    @property
    def urgency(self) -> Urgency:
        """The tier: `urgent` on clear evidence, `possible` on a second opinion, else `none`."""
        if not self.urgent:
            return Urgency.NONE
        return Urgency.POSSIBLE if self.possible else Urgency.URGENT

    def as_json(self, message_id: str) -> dict[str, object]:
        out: dict[str, object] = {
            "id": message_id,
            "lang": self.lang,
            "content_free": self.content_free,
            "intent": str(self.intent),
            "urgent": self.urgent,
            "urgency": str(self.urgency),
            "topic": self.topic,
            "reasons": list(self.reasons),
        }
        if self.answered_by is not None:
            out["answered_by"] = self.answered_by
        if self.moves_call:
            out["moves_call"] = True
        if self.moved:
            out["moved_call"] = self.moved
        if self.nothing_to_discuss:
            out["nothing_to_discuss"] = True
        if self.due:
            out["due"] = self.due
        return out
