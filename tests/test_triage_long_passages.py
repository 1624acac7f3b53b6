"""Long emails whose urgent part comes after a long opening (issue 8, session 7): the second
opinion reads every passage of a long text, not only its first 400 characters; and a calm
word about one matter ("no hurry for that") does not keep it from reading another matter
introduced by "one more thing", "also" or « par ailleurs »."""

from __future__ import annotations

import pytest

from boundaries.triage import Message, classify
from boundaries.triage.second_opinion import (
    MAX_CHARS,
    MORE_PASSAGES,
    encoder,
    judge,
    model_passages,
    model_text,
    urgency_model,
)

OPENING_EN = (
    "Hello Claire,\n\nI hope you had a lovely weekend. We are all very pleased with the new "
    "brochure and the board said many kind things about it at the meeting on Thursday, "
    "especially about the photographs of the garden. Margaret would like to order another two "
    "hundred copies for the spring fair, but there is no hurry for that, we can talk about it "
    "at our next call.\n\n"
)
OPENING_FR = (
    "Bonjour Claire,\n\nJ'espère que vous allez bien et que vos vacances se sont bien passées. "
    "Toute l'équipe a beaucoup apprécié la formation de la semaine dernière, et Mme Diallo "
    "voudrait en organiser une deuxième au printemps pour les nouveaux bénévoles, quand vous "
    "aurez le temps. Nous avons aussi reçu les nouvelles cartes d'adhérent, elles sont très "
    "réussies.\n\n"
)


def email(body: str, subject: str = "Nouvelles") -> Message:
    return Message("m", "email", body, subject=subject)


def test_a_short_text_is_read_as_one_passage() -> None:
    message = email("Bonjour, le site est en panne depuis ce matin.\nMarc")
    assert model_passages(message) == [model_text(message)]


def test_a_long_text_is_read_in_whole_sentences_each_read_once() -> None:
    repeated = "The volunteers finished sorting the winter coats for Thursday. " * 60
    message = email(
        OPENING_EN + repeated + "\n\nSince nine nobody can log into the booking system.\n\nAnna"
    )
    passages = model_passages(message)
    assert passages[0] == model_text(message)
    assert all(len(p) <= MAX_CHARS for p in passages)
    later = " ".join(passages[1:])
    assert later.count("the volunteers finished sorting") == 1
    assert "since nine nobody can log into the booking system." in later


def test_a_very_long_text_is_read_in_a_bounded_number_of_passages() -> None:
    def name(n: int) -> str:  # digits are masked before reading: spell each number in letters
        return "".join(chr(97 + int(d)) for d in str(n))

    message = email(
        " ".join(f"Paragraph {name(n)} tells about item {name(n)}." for n in range(900))
    )
    assert len(model_passages(message)) == 1 + MORE_PASSAGES


def test_an_urgent_passage_after_a_long_opening_is_read() -> None:
    message = email(
        OPENING_FR + "Par ailleurs, depuis ce matin plus aucun des ordinateurs de l'accueil "
        "n'imprime les reçus et la file d'attente s'allonge devant le guichet.\n\nBien "
        "cordialement,\nJoseph"
    )
    model = urgency_model()
    [opening] = model.likelihood(encoder().embed([model_text(message)]))
    assert opening < model.threshold  # the opening alone reads calm
    verdict = judge(message)
    assert verdict.urgent and verdict.possible
    assert any("after the opening" in r for r in verdict.reasons)


@pytest.mark.parametrize(
    "tail",
    [
        "One more thing: our donors have been getting emails from us asking for their bank "
        "details, which we never sent, and several have already replied.",
        "Also the alarm panel at the back door keeps beeping and the door won't lock anymore.",
    ],
)
def test_a_calm_word_about_one_matter_leaves_the_next_matter_to_judge(tail: str) -> None:
    message = email(OPENING_EN + tail + "\n\nBest wishes,\nAnna", subject="News")
    assert not any(r.startswith("not urgent:") for r in classify(message).reasons)
    assert judge(message).urgent


@pytest.mark.parametrize(
    "tail",
    [
        "Also, could you add the new logo to the newsletter template?",
        "PS: the new intern starts on Monday.",
        "One more thing, the website's font looks a bit small on phones, can you make it bigger?",
    ],
)
def test_a_calm_word_still_covers_a_calm_second_matter(tail: str) -> None:
    message = email(OPENING_EN + tail + "\n\nBest wishes,\nAnna", subject="News")
    assert not judge(message).urgent
