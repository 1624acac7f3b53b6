"""A message that asks to move a standing call and raises another matter (trial35 §1): the
move is answered on its own and the call it names is never an agenda line; the other matter
is the topic, noted in the reply and listed on the agenda. What only says why the call moves
(« je serai en congés ») is no matter; a move told of, not asked, is no request."""

from __future__ import annotations

import pytest

from tests.replay_support import one_voicemail, simulated_mail
from tests.triage_support import rules


@pytest.mark.parametrize(
    ("text", "moved", "matter"),
    [
        (
            "salut c'est Karim, on peut décaler le point de mardi à mercredi ? Et aussi il "
            "faudrait parler du budget 2027 de l'atelier",
            "point de mardi",
            "budget 2027",
        ),
        (
            "hi it's Jen, could we push thursday's call to friday? also can you send me the "
            "volunteer rota figures before then",
            "thursday's call",
            "volunteer rota figures",
        ),
        (
            "il faudrait qu'on parle du bilan de la saison, et est-ce qu'on peut décaler le "
            "point de vendredi ?",
            "point de vendredi",
            "bilan de la saison",
        ),
        # a call the sender has to cancel, without a question mark (trial36 §3)
        (
            "bonjour Claire, je dois annuler le point de mardi ; par ailleurs pouvez-vous "
            "m'envoyer le devis du local",
            "point de mardi",
            "devis du local",
        ),
        (
            "hi Claire, I need to cancel thursday's call. Also, could you send me the payroll "
            "summary for November?",
            "thursday's call",
            "payroll summary",
        ),
        (
            "c'est marc, on peut repousser notre point de lundi à la semaine prochaine, et "
            "j'aimerais qu'on parle du recrutement de la nouvelle animatrice",
            "point de lundi",
            "recrutement de la nouvelle animatrice",
        ),
        # another matter announced as such ("also"), with no cue of its own
        (
            "hi it's jen, can we push monday's call to wednesday? and I also wanted to ask "
            "about the audit",
            "monday's call",
            "audit",
        ),
    ],
)
def test_a_move_and_another_matter_are_both_kept(text: str, moved: str, matter: str):
    answer = rules(text, "voicemail")
    assert answer.get("moves_call") is True, answer
    assert answer.get("moved_call") == moved, answer
    assert matter in str(answer["topic"]), answer


@pytest.mark.parametrize(
    "text",
    [
        "On peut reporter le point du 18 décembre ? Je serai en congés.",
        "Could we move Friday's call to Monday? Thanks, bye",
        # the move's own question after it is no other matter
        "Me Dechamps souhaiterait déplacer votre rendez-vous de jeudi prochain de 15h à 14h, "
        "est-ce possible ? Mme Lambert",
        "Nous souhaiterions décaler notre rendez-vous du 20 au 27 mai, est-ce possible ?",
        "can we push Thursday's call to Friday same time would that work thanks",
    ],
)
def test_a_move_with_nothing_else_has_the_call_as_its_topic(text: str):
    answer = rules(text, "voicemail")
    assert answer.get("moves_call") is True and "moved_call" not in answer, answer


def test_a_move_told_of_is_no_request_to_move_our_call():
    answer = rules(
        "Can you send me the Q3 figures? I had to cancel the meeting with the bank.", "email"
    )
    assert "moves_call" not in answer and "moved_call" not in answer, answer


def test_the_client_gets_the_matter_on_the_agenda_and_never_the_call_it_moves(tmp_path):
    events = tmp_path / "events.jsonl"
    asked = (
        "hi it's jen, could we move wednesday's call to thursday? also I need the grant "
        "budget figures for the board"
    )
    one_voicemail(events, "+1 212 555 0147", "2026-11-02T09:00:00-05:00",
                  "2026-11-02T10:30:00-05:00", asked)  # fmt: skip
    output = simulated_mail(events)
    reply, agenda = output.split("reply:harbor:", 1)[1].split("agenda:harbor:", 1)
    assert "“grant budget figures for the board”" in reply
    assert "“Wednesday's call”" in reply  # the move is answered on its own (its day capitalised)
    listed = [line for line in agenda.splitlines() if line.startswith("- ")]
    assert listed == ["- “grant budget figures for the board”"], agenda
    assert "date to be confirmed" in agenda  # held, as the live service holds it


def test_the_replay_never_says_a_held_agenda_was_sent():
    """trial37 §4: `make run`'s example reply told Marc his topic was "already on the agenda I
    sent you" while that agenda, for a call he asked to move, was held for the consultant (live
    never sends it unless approved)."""
    from tests.conftest import EXAMPLES

    output = simulated_mail(EXAMPLES / "events.jsonl")
    reply = output.split("reply:horizon:2026-10-15", 1)[1].split("---", 2)[1]
    assert "« modèle de convention de partenariat »" in reply
    assert "déjà à l'ordre du jour que je vous ai envoyé" not in reply, reply
