"""The greeting names the consultant as French writes a name after « de » (trial49 §2)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from boundaries.i18n import text
from boundaries.integrations.notify.wording import from_whom
from boundaries.integrations.twilio.twiml import Voice, record_only, voicemail


def _voice(name: str) -> Voice:
    return Voice(name, "+33612345678", ZoneInfo("Europe/Paris"), "https://calls.example.org")


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("Éloïse Dupré-Nguyen", "la ligne d'Éloïse Dupré-Nguyen."),
        ("Anne Roy", "la ligne d'Anne Roy."),
        ("Hélène Martin", "la ligne d'Hélène Martin."),
        ("Olivier Petit", "la ligne d'Olivier Petit."),
        ("Claire Martin", "la ligne de Claire Martin."),
    ],
)
def test_every_french_greeting_elides_before_a_vowel(name: str, line: str) -> None:
    voice = _voice(name)
    assert line in voicemail(voice, "fr", None, urgent_line=False)
    assert line in voicemail(voice, "fr", None, urgent_line=False, known_client=False)
    assert line in record_only(voice, "fr")


def test_english_greeting_names_the_consultant_as_given() -> None:
    assert "you have reached Éloïse Dupré-Nguyen." in voicemail(
        _voice("Éloïse Dupré-Nguyen"), "en", None, urgent_line=False
    )


def test_other_uses_of_a_name_are_unchanged() -> None:
    """Only `{name:de}` elides: a name placed elsewhere is written as it is."""
    said = text("fr", "voice.urgent_notified", first_name="Éloïse")
    assert "signalée à Éloïse." in said
    assert from_whom("Atelier Vélo Solidaire", "fr") == "d'Atelier Vélo Solidaire"
    assert from_whom("Harbor Youth Arts", "fr") == "de Harbor Youth Arts"
