"""Triage of what clients say: language, content-free, intent, urgency, topic."""

from boundaries.triage.classify import classify
from boundaries.triage.model import Intent, Message, Triage

__all__ = ["Intent", "Message", "Triage", "classify"]
