"""A topic never ends inside a proper name written with capitals: « dossier de mécénat pour
la Fondation » went to a client for « … la Fondation de France » (newcomer51 §6); a name
already whole is not run on past (« la Région de Bretagne », not « … de Monsieur »)."""

from __future__ import annotations

import pytest

from tests.triage_support import rules


@pytest.mark.parametrize(
    ("text", "channel", "topic"),
    [
        (
            "Bonjour Sophie, c'est Agnès. Où en est le dossier de mécénat pour la Fondation de "
            "France ? Merci, à bientôt.",
            "voicemail",
            "dossier de mécénat pour la Fondation de France",
        ),
        (
            "Pouvez-vous relancer la Région de Bretagne de Monsieur Durand ?",
            "email",
            "Région de Bretagne",
        ),
    ],
)
def test_a_topic_keeps_a_proper_name_whole(text: str, channel: str, topic: str) -> None:
    assert rules(text, channel)["topic"] == topic
