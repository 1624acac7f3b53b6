"""How a phone number written in the configuration or an events file is read: as the
webhooks read a caller ID (`integrations.twilio.params`)."""

from __future__ import annotations

import re

_EXTENSION_WORD = re.compile(r"(?i)\s*\b(?:poste|anexo|int|доб)\b\.?\s*[:.]?\s*(\d{1,7})\s*$")
"""An extension named by a word of another language than libphonenumber's `ext`/`x`: the
French « poste », the Spanish « anexo » (`integrations.twilio.params` reads the same)."""


def phone_as_dialled(raw: str) -> str:
    """`raw` as libphonenumber is given it, read as the webhooks read a caller ID
    (`integrations.twilio.params`): an extension named in a word it does not know as
    `ext.`, and "00" (the ITU's international prefix) as "+" whatever the consultant's
    country dials abroad with (« 0032 470 12 34 56 » for a consultant in Montréal, whose own
    prefix is 011: trial52 §9, refused here and accepted from a call)."""
    text = _EXTENSION_WORD.sub(r" ext. \1", raw).strip()
    if text.startswith("00") and sum(ch.isdigit() for ch in text) > 4:
        return "+" + text[2:]
    return text
