"""Topics keep the words found in the normalised text and the spelling of the message."""

from __future__ import annotations

import pytest

from boundaries.triage import Message, classify
from boundaries.triage.topic import as_written


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("La préfecture ne répond plus depuis ce matin", "préfecture"),
        ("Salut, la mise à jour du site, ça avance ?", "mise à jour du site"),
        (
            "Le dossier de subvention de la Région est-il déposé ?",
            "dossier de subvention de la région",
        ),
        (
            "c'est Marc, où en est le modèle de convention de partenariat ?",
            "modèle de convention de partenariat",
        ),
    ],
)
def test_a_french_topic_keeps_its_accents(text: str, topic: str):
    assert classify(Message("1", "voicemail", text)).topic == topic


@pytest.mark.parametrize(
    ("text", "topic", "expected"),
    [
        ("Le site ne répond plus", "repond plus", "répond plus"),
        ("Où en est le modèle de convention ?", "modele de convention", "modèle de convention"),
        ("L'AG est décalée", "ag est decalee", "AG est décalée"),
        # the run the topic came from decides between two spellings of one plain word
        ("Tu es là ? Pour la mise à jour", "la mise a jour", "la mise à jour"),
        ("Il a parlé de la Région", "region", "région"),
        # an expanded shorthand is not in the message as such: kept as the triage wrote it
        ("le rdv de demain", "rendez-vous de demain", "rendez-vous de demain"),
        # a topic taken from a subject keeps the subject's own spelling
        ("Devis Vélos\nBonjour", "Devis Vélos", "Devis Vélos"),
        ("", "budget", "budget"),
        ("budget", "", ""),
    ],
)
def test_as_written_restores_the_spelling_not_the_words(text: str, topic: str, expected: str):
    assert as_written(text, topic) == expected
