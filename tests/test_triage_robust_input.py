"""`boundaries triage` never loses a run (issue 8, tester's findings S1b, S1c, S7): code points
that cannot be encoded, bytes that are not UTF-8, JSON nested too deeply, faults of our own
on one line or in the learned parts, and very long messages each stay on their own line;
every other line of the run is triaged (SPEC §5: "the run goes on")."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from boundaries.triage import batch, learned
from boundaries.triage.answered import UpdateIndex
from boundaries.triage.batch import answer_text, triage_answers, triage_batch, triage_line
from boundaries.triage.second_opinion import Encoder

OK1 = '{"id": "ok1", "channel": "sms", "text": "the site is down since this morning"}'
OK2 = '{"id": "ok2", "channel": "sms", "text": "payroll failed today"}'


def run(
    stdin: bytes, *options: str, env: dict[str, str] | None = None
) -> tuple[int, list[Any], str]:
    """(exit status, the answers on stdout, stderr) of `boundaries triage` as a process."""
    done = subprocess.run(
        [sys.executable, "-m", "boundaries", "triage", *options],
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        check=False,
    )
    stdout = done.stdout.decode("utf-8")  # strict: what it writes is UTF-8
    return done.returncode, [json.loads(line) for line in stdout.splitlines()], done.stderr.decode()


def encodable(answer: dict[str, Any]) -> bool:
    return bool(json.dumps(answer, ensure_ascii=False).encode("utf-8"))


# --- code points that cannot be encoded as UTF-8 ------------------------------------------


def test_lone_surrogates_in_any_field_do_not_cost_the_batch_its_answers():
    lines = [
        OK1,
        r'{"id": "b21", "channel": "sms", "text": "lone surrogate \ud800 the site is down"}',
        r'{"id": "calm", "channel": "sms", "text": "could you \udfff send me the minutes?"}',
        r'{"id": "s1", "channel": "email", "text": "Payroll failed, nobody paid tomorrow",'
        r' "subject": "x \ud83d y"}',
        r'{"id": "s2", "channel": "email", "text": "Payroll failed, nobody paid tomorrow",'
        r' "from": "\udc00@x"}',
        r'{"id": "sid\udbff", "channel": "voicemail", "text": "hi it is dave call me back"}',
        '{"id": "c11", "channel": "sms", "text": "caf\udce9 the site is down"}',  # stdin byte
        OK2,
    ]
    answers = triage_batch(lines)  # with the learned second opinion and intent
    assert [a.get("error") for a in answers] == [None] * len(lines)
    assert all(encodable(a) for a in answers)
    by_id = {a["id"]: a for a in answers}
    assert set(by_id) == {"ok1", "b21", "calm", "s1", "s2", "sid\ufffd", "c11", "ok2"}
    for urgent in ("ok1", "b21", "s1", "s2", "c11", "ok2"):
        assert by_id[urgent]["urgent"] is True, by_id[urgent]
    assert "café" in by_id["c11"]["topic"]  # the byte read as Windows-1252


def test_a_surrogate_in_the_subject_never_crashes_the_writer():
    lines = [
        r'{"id":"s1","channel":"email","text":"Payroll failed, nobody paid tomorrow",'
        r'"subject":"x \ud83d y"}',
        r'{"id":"s2","channel":"email","text":"Payroll failed, nobody paid tomorrow",'
        r'"from":"\udc00@x"}',
        r'{"id":"\ud800","channel":"fax","text":"x"}',  # echoed in an error object
    ]
    status, out, err = run("\n".join(lines).encode() + b"\n", "--rules-only")
    assert "Traceback" not in err
    assert [a["id"] for a in out] == ["s1", "s2", "\ufffd"]
    assert out[0]["urgent"] and out[1]["urgent"] and "channel" in out[2]["error"]
    assert status == 1  # the third line is malformed


@pytest.mark.parametrize(
    "env",
    [{}, {"PYTHONIOENCODING": "utf-8:strict"}, {"PYTHONIOENCODING": "latin-1", "LC_ALL": "C"}],
    ids=["default", "strict-utf8-locale", "latin1-locale"],
)
def test_bytes_that_are_not_utf8_on_stdin_are_read_and_the_run_goes_on(env: dict[str, str]):
    stdin = b"\n".join(
        [
            OK1.encode(),
            b'{"id":"c11","channel":"sms","text":"caf\xe9 the site is down"}',
            b'{"id":"c12","channel":"sms","text":"x"}\xff',
            '{"id":"arrêté","channel":"sms","text":"le serveur est arrêté, plus rien"}'.encode(),
            OK2.encode(),
        ]
    )
    status, out, err = run(stdin + b"\n", "--rules-only", env=env)
    assert "Traceback" not in err
    # the stray byte after c12's object costs it its answer, not its name
    assert [a["id"] for a in out] == ["ok1", "c11", "c12", "arrêté", "ok2"]
    assert out[1]["urgent"] and "café" in out[1]["topic"]
    assert "not valid JSON" in out[2]["error"]
    assert out[3]["id"] == "arrêté"  # UTF-8 read as UTF-8
    assert status == 1


def test_the_answer_writer_escapes_what_it_cannot_encode():
    text = answer_text({"id": "a\ud800", "topic": "café"})
    assert json.loads(text) == {"id": "a\ud800", "topic": "café"} and text.isascii()
    assert answer_text({"id": "a", "topic": "café"}) == '{"id": "a", "topic": "café"}'


# --- lines Python's JSON parser cannot take ---------------------------------------------------


def test_deeply_nested_json_gets_an_error_object_and_the_run_goes_on():
    lines = [
        OK1,
        '{"id":"c05","channel":"sms","text":"x","n":' + "[" * 2000 + "]" * 2000 + "}",
        '{"id":"c06","channel":"sms","text":"x","n":' + '{"a":' * 3000 + "1" + "}" * 3001,
        '{"id":"c07","channel":"sms","text":"x","n":' + "1" * 5000 + "}",  # > 4,300 digits
        OK2,
    ]
    status, out, err = run("\n".join(lines).encode() + b"\n", "--rules-only")
    assert "Traceback" not in err
    assert [a["id"] for a in out] == ["ok1", None, None, None, "ok2"]
    assert "nested too deeply" in out[1]["error"] and "Fix:" in out[1]["error"]
    assert "nested too deeply" in out[2]["error"]
    assert "digits" in out[3]["error"]
    assert out[0]["urgent"] and out[4]["urgent"]
    assert status == 1 and "3 of 5 lines could not be triaged; each" in err


def test_deep_nesting_in_updates_or_labelled_files_is_named_not_a_traceback(tmp_path: Path):
    nested = '{"id":"u1","text":"x","n":' + "[" * 2000 + "]" * 2000 + "}\n"
    updates = tmp_path / "updates.jsonl"
    updates.write_text(nested, encoding="utf-8")
    status, _, err = run(OK1.encode() + b"\n", "--rules-only", "--updates", str(updates))
    assert status == 1 and "Traceback" not in err
    assert "line 1: JSON nested too deeply" in err

    labelled = tmp_path / "labelled.jsonl"
    expect = {"lang": "en", "content_free": False, "intent": "info", "urgent": True}
    good = {**json.loads(OK1), "expect": expect}
    labelled.write_text(json.dumps(good) + "\n" + nested, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "boundaries", "triage", "--eval", str(labelled), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr  # the good line is scored
    report = json.loads(done.stdout)
    assert report["total"] == 1 and "nested too deeply" in report["errors"][0]


# --- faults of our own on one line, or in the learned parts ---------------------------------


def test_an_unexpected_fault_on_one_line_becomes_that_lines_error(monkeypatch: pytest.MonkeyPatch):
    classify, read_message = batch.classify, batch.read_message

    def fragile_classify(message: Any) -> Any:
        if "boom" in message.text:
            raise ZeroDivisionError("division by zero")
        return classify(message)

    def fragile_read(data: Any) -> Any:
        if data.get("id") == "unreadable":
            raise KeyError("oops")
        return read_message(data)

    monkeypatch.setattr(batch, "classify", fragile_classify)
    monkeypatch.setattr(batch, "read_message", fragile_read)
    lines = [
        OK1,
        '{"id": "b", "channel": "sms", "text": "boom the server is down"}',
        '{"id": "unreadable", "channel": "sms", "text": "the server is down"}',
        OK2,
    ]
    answers = triage_batch(lines, learned=False)
    assert [a["id"] for a in answers] == ["ok1", "b", "unreadable", "ok2"]
    assert "unexpected fault while triaging" in answers[1]["error"]
    assert "ZeroDivisionError" in answers[1]["error"] and "report" in answers[1]["error"]
    assert "unexpected fault while reading" in answers[2]["error"]
    assert answers[0]["urgent"] and answers[3]["urgent"]


def test_a_fault_that_escapes_a_batch_costs_only_its_own_line(monkeypatch: pytest.MonkeyPatch):
    refine = batch.learned_verdicts

    def fragile(messages: Any, ruled: Any) -> Any:
        if any("poison" in m.text for m in messages):
            raise RuntimeError("a fault outside the per-line guards")
        return refine(messages, ruled)

    monkeypatch.setattr(batch, "learned_verdicts", fragile)
    poison = '{"id": "p", "channel": "sms", "text": "poison: the server is down"}'
    answers = list(triage_answers([OK1, poison, "", OK2], batch=256))
    assert [a["id"] for a in answers] == ["ok1", None, None, "ok2"]
    assert "unexpected fault" in answers[1]["error"] and "RuntimeError" in answers[1]["error"]
    assert answers[0]["urgent"] and answers[3]["urgent"]


CALM = '{"id": "calm", "channel": "sms", "text": "could you send me the minutes of the board?"}'
LIKELY = json.dumps(
    {
        "id": "likely",
        "channel": "sms",
        "text": "Card machine declining everything since 9. Lost 3 sales",
    }
)


def test_a_failing_second_opinion_keeps_the_rules_verdicts_and_is_logged_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    def broken(*args: object, **kwargs: object) -> None:
        raise MemoryError("the encoder ran out of memory")

    monkeypatch.setattr(learned, "WARNED", set())
    monkeypatch.setattr(learned, "second_opinions", broken)
    lines = [OK1, CALM, LIKELY, OK2]
    rules = triage_batch(lines, learned=False)
    with caplog.at_level(logging.WARNING, logger="boundaries.triage.learned"):
        first = triage_batch(lines)
        second = triage_batch(lines)
    assert first == rules and second == rules
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "MemoryError" in warnings[0].getMessage()


def test_a_failing_answered_by_keeps_the_verdicts_and_is_logged_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
):
    def broken(*args: object) -> None:
        raise RuntimeError("the updates index is damaged")

    monkeypatch.setattr(learned, "WARNED", set())
    monkeypatch.setattr(batch, "_answered_by", broken)
    with caplog.at_level(logging.WARNING, logger="boundaries.triage.learned"):
        answers = triage_batch([OK1, CALM, OK2], UpdateIndex([]), learned=False)
    assert answers == triage_batch([OK1, CALM, OK2], learned=False)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "answered-by failed" in warnings[0]


def test_a_text_the_encoder_cannot_read_costs_only_its_own_second_opinion(
    monkeypatch: pytest.MonkeyPatch,
):
    alone = triage_line(LIKELY)
    assert alone["urgency"] == "possible"  # the second opinion raises it: what must not be lost
    embed = Encoder._embed

    def fragile(self: Encoder, texts: Any) -> Any:
        if any("poison" in t for t in texts):
            raise ValueError("the encoder cannot read this text")
        return embed(self, texts)

    monkeypatch.setattr(learned, "WARNED", set())
    monkeypatch.setattr(Encoder, "_embed", fragile)
    poison = '{"id": "p", "channel": "sms", "text": "poison: could you send the minutes?"}'
    answers = triage_batch([poison, LIKELY, OK1])
    assert answers[1] == alone
    assert answers[0]["urgency"] == "none" and "error" not in answers[0]


# --- very long messages ------------------------------------------------------------------------

STYLE = "td{font-family:Arial;color:#333333;padding:0} " * 2400  # ~115 KB, as templates make


def email(text: str, **fields: str) -> str:
    return json.dumps({"id": "long", "channel": "email", "text": text, **fields})


def test_a_long_html_email_is_triaged_on_its_text_not_refused():
    body = (
        f"<html><head><style>{STYLE}</style></head><body><p>Hi Sam, our payment gateway is "
        "down since 8am and no customer can pay. Please call the provider today.</p>"
        "<p>Jen</p></body></html>"
    )
    assert len(body) > 100_000
    answer = triage_line(email(body))
    assert "error" not in answer, answer
    assert answer["urgent"] and not answer["content_free"] and answer["lang"] == "en"
    assert "style" not in answer["topic"] and "td" not in answer["topic"].split()
    assert any("HTML body" in r for r in answer["reasons"])


def test_a_huge_html_body_with_its_text_at_the_end_is_triaged():
    body = (
        "<html><body>" + "<div>" * 100_000 + f"<style>{STYLE * 5}</style>"
        "<!-- " + "x" * 300_000 + " -->"
        "<p>Le serveur de paie est en panne, personne ne sera payé demain.</p></body></html>"
    )
    answer = triage_line(email(body))
    assert answer["urgent"] and answer["lang"] == "fr", answer
    assert any("HTML body" in r for r in answer["reasons"])


LONG = {
    "after 200,000 blank lines": "\n" * 200_000 + "The payroll failed, nobody paid tomorrow.",
    "below 30,000 quoted lines": "> quoted line\n" * 30_000 + "Payroll failed today!",
    "a sentence repeated 20,000 times": "The server is down since 8am, nobody can work. " * 20_000,
    "above a long thread": "Our payroll failed, nobody gets paid tomorrow. What do we do?\n\n"
    "On Mon, 2 Nov 2026 at 09:00, Sam <sam@example.org> wrote:\n"
    + "> an earlier message about the budget, long ago\n"
    * 10_000,
}


@pytest.mark.parametrize("text", LONG.values(), ids=LONG.keys())
def test_urgent_text_at_either_end_of_a_very_long_email_is_found(text: str):
    answer = triage_line(email(text))
    assert "error" not in answer, answer
    assert answer["urgent"] and not answer["content_free"], answer
    assert any(r.startswith("judged on part of a") for r in answer["reasons"])


def test_very_long_subject_and_sender_are_judged_on_their_start():
    answer = triage_line(email("Le site est en panne depuis ce matin.", subject="Re: " * 50_000))
    assert "error" not in answer and answer["urgent"]
    assert any("characters of 'subject'" in r for r in answer["reasons"])


def test_a_text_within_the_bound_is_judged_whole_and_says_nothing_about_it():
    answer = triage_line(email("The site is down. " + "Lorem ipsum dolor. " * 900))
    assert not any(r.startswith("judged on") for r in answer["reasons"])


# --- wrong-typed and unusual hints -------------------------------------------------------------


@pytest.mark.parametrize("hint", [5, ["fr"], True, {"lang": "fr"}])
def test_a_lang_hint_of_the_wrong_type_is_named(hint: object):
    answer = triage_line(json.dumps({"id": "c08", "channel": "sms", "text": "ok", "lang": hint}))
    assert answer["id"] == "c08" and "'lang' must be a string" in answer["error"]


@pytest.mark.parametrize(
    ("hint", "lang"),
    [("fr", "fr"), ("FR", "fr"), ("fr-CA", "fr"), ("en_GB", "en"), ("de", "en"), (None, "en")],
)
def test_a_lang_hint_decides_a_text_without_cues_and_another_language_is_ignored(
    hint: str | None, lang: str
):
    answer = triage_line(json.dumps({"id": "h", "channel": "sms", "text": "ok", "lang": hint}))
    assert "error" not in answer and answer["lang"] == lang
    # a hint it cannot use is said to be ignored (trial45 B9), a usable one is not
    ignored = [r for r in answer["reasons"] if "'lang' hint" in r]
    assert bool(ignored) is (hint == "de"), answer["reasons"]


def test_a_channel_in_capitals_is_the_same_channel():
    answer = triage_line(json.dumps({"id": "b28", "channel": "SMS", "text": "site down"}))
    assert "error" not in answer and answer["urgent"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_line_for_line(encoding: str):
    """Session-42 newcomer check: two lines of UTF-16 without a mark came out as three error
    lines with no id (read as UTF-8, each line broke at its newline's byte)."""
    text = OK1 + "\n" + '{"id": "é2", "channel": "sms", "text": "merci, bien reçu"}' + "\n"
    status, out, err = run(text.encode(encoding), "--rules-only")
    assert [a.get("id") for a in out] == ["ok1", "é2"], (out, err)
    assert out[0]["urgent"] and not any("error" in a for a in out)
    assert status == 0


def test_a_line_end_cut_in_half_does_not_cost_the_message():
    """UTF-16 input whose last byte is missing: half of the last line's newline is left,
    read as U+FFFD after the object; the message is whole and is answered."""
    whole = (OK1 + "\n").encode("utf-16")
    status, out, err = run(whole[:-1], "--rules-only")
    assert [a.get("id") for a in out] == ["ok1"], (out, err)
    assert out[0]["urgent"] and status == 0


def test_a_line_that_is_not_json_keeps_the_id_it_opens_with():
    lines = [
        '{"id": "cut", "channel": "sms", "text": "the server is do',  # cut short
        '{"id": 7, "channel": "sms", "text": "x"} and more',  # something after the object
        '{"channel": "sms", "text": "x", "id": "late"',  # the id not first: not guessed
    ]
    cut, more, late = triage_batch(lines, learned=False)
    assert cut["id"] == "cut" and "ends before its object is closed" in cut["error"]
    assert more["id"] == 7 and "follows the object" in more["error"]
    assert late["id"] is None and "Fix:" in late["error"]


def test_a_field_given_twice_is_refused_on_its_line_with_its_id():
    # JSON keeps the last of two keys silently: "text" given twice would be judged on
    # whichever came last, so the line is refused, named by its id, and the run goes on.
    lines = [
        '{"id": "a", "channel": "sms", "text": "the site is down", "text": "thanks"}',
        '{"id": "b", "channel": "sms", "text": "merci"}',
    ]
    first, second = triage_batch(lines, learned=False)
    assert first["id"] == "a" and "'text' is given twice" in first["error"], first
    assert "Fix:" in first["error"]
    assert second["id"] == "b" and "error" not in second


def test_a_content_free_email_or_text_is_not_said_to_be_a_call():
    said = {"email": "who is writing", "sms": "who is writing", "voicemail": "who is calling"}
    for channel, words in said.items():
        text = "" if channel == "email" else "c'est Marc"
        line = json.dumps({"id": channel, "channel": channel, "text": text, "subject": "Re:"})
        answer = triage_line(line)
        assert answer["content_free"] is True, answer
        assert any(words in reason for reason in answer["reasons"]), answer


def test_an_email_with_a_subject_and_no_words_of_its_own_hands_over_what_it_names():
    # an attachment sent with its subject alone: it says what it is, it is no call-back
    line = json.dumps({"id": "a", "channel": "email", "text": "\n\n", "subject": "Plans étage 2"})
    answer = triage_line(line)
    assert answer["content_free"] is False and answer["intent"] == "info", answer
    assert answer["topic"] == "Plans étage 2"
    replied = json.dumps({"id": "b", "channel": "email", "text": "", "subject": "Re:"})
    assert triage_line(replied)["content_free"] is True
