"""The learned parts of the triage on a batch, never at the cost of the rules' verdicts.

The learned second opinion (`second_opinion`) and the learned intent (`intent_model`) only
refine what the rules concluded; if they fail on a batch (a text the encoder cannot read, a
model that cannot load), the rules' verdicts stand and the failure is logged once per
process, so a run of `boundaries triage` never loses its answers to them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from boundaries.triage.intake import readable
from boundaries.triage.intent_model import learned_intents
from boundaries.triage.model import Message, Triage
from boundaries.triage.second_opinion import LOADER, second_opinions

log = logging.getLogger(__name__)

WARNED: set[str] = set()
"""The kinds of failure already logged in this process."""


def warn_once(kind: str, text: str) -> None:
    """Log `text` as a warning the first time a failure of this `kind` happens."""
    if kind not in WARNED:
        WARNED.add(kind)
        log.warning("%s", readable(text)[:500])


def learned_verdicts(messages: Sequence[Message], ruled: Sequence[Triage]) -> list[Triage]:
    """The rules' verdicts on `messages` (same order, same length) refined by the learned
    second opinion and the learned intent, in one batch through the encoder.

    If that fails, each message is tried alone, so only one the models cannot read keeps the
    rules' verdict; if the model cannot be loaded at all (`second_opinion.LOADER`: loaded
    once per process, never retried), the rules decide for the rest of the run. Never raises.
    """
    if not messages or LOADER.error is not None:
        return list(ruled)
    try:
        return learned_intents(messages, second_opinions(messages, ruled))
    except Exception as exc:
        warn_once(
            "batch",
            f"the learned second opinion failed ({type(exc).__name__}: {exc}); "
            "the rules decide where it fails",
        )
    if not LOADER.ready():
        return list(ruled)
    out: list[Triage] = []
    for message, verdict in zip(messages, ruled, strict=True):
        try:
            out.extend(learned_intents([message], second_opinions([message], [verdict])))
        except Exception:
            out.append(verdict)
    return out
