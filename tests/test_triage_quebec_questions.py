"""Québec French asks where work stands its own ways (newcomer93, newcomer94): the question
particle « -tu » after the auxiliary (« ça a-tu avancé ? », « ils ont-tu signé ? ») and
« ça a passé ? » (did it pass). Each is a status check (SPEC §5); « pis » (« puis ») opening
a question is no topic."""

from __future__ import annotations

import pytest

from boundaries.triage import Message, classify
from boundaries.triage.model import Intent


@pytest.mark.parametrize(
    "text",
    [
        "ouais allô c'est Réjean pour l'affaire du permis de terrasse ça a-tu avancé ton "
        "affaire rappelle-moi quand t'as le temps",
        "Pis le bail avec la ville, ils ont-tu signé?",
        "La contre-visite du pylône à matin, ça a passé?",
        "l'inspection du gaz, ça a passé ou pas?",
    ],
)
def test_a_quebec_question_on_the_work_is_a_status_check(text: str) -> None:
    verdict = classify(Message("q", "sms", text))
    assert verdict.intent is Intent.STATUS_CHECK, verdict.reasons


def test_pis_opening_a_question_is_no_topic() -> None:
    verdict = classify(Message("q", "sms", "Pis? La contre-visite à matin, ça a passé?"))
    assert verdict.topic == "contre-visite"


def test_a_van_that_came_by_is_no_question() -> None:
    verdict = classify(Message("q", "sms", "Le camion a passé à 8h, il a tout pris. Merci!"))
    assert verdict.intent is not Intent.STATUS_CHECK


@pytest.mark.parametrize(
    "text",
    [
        # asked politely whether a payment came (newcomer95)
        "Bonjour, pourriez-vous me dire si le solde de la subvention a finalement été versé ?",
        "L'expert est passé le 17 ; je me permets de vous demander s'il vous est parvenu.",
        "have we heard owt from the council about the licence thing",
        "Could you let me know if the parcel was delivered?",
    ],
)
def test_a_polite_or_northern_question_on_the_work_is_a_status_check(text: str) -> None:
    verdict = classify(Message("q", "email", text))
    assert verdict.intent is Intent.STATUS_CHECK, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Je voulais juste te dire que le site a planté, non je rigole, il marche super bien.",
        "Le notaire demande si on doit signer tel quel ou si on peut mettre des réserves.",
    ],
)
def test_telling_or_a_decision_asked_is_no_status_check(text: str) -> None:
    verdict = classify(Message("q", "email", text))
    assert verdict.intent is not Intent.STATUS_CHECK, verdict.reasons
