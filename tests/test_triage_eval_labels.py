"""`boundaries triage --eval` on labelled files with bad labels (newcomer21 §4): each bad
line is named with the label and the values it may take, the good ones are still scored,
the exit status is 1, never a traceback; `--rules-only` scores the rules alone; a label no
message has is "n/a", not a perfect or a zero score."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.triage.evaluate import Scores, evaluate

GOOD = {"lang": "en", "content_free": False, "intent": "info", "urgent": True, "topic": "shop"}


def line(
    expect: Any = GOOD, text: str = "The shop is flooding, water everywhere.", ident: str = "m1"
) -> str:
    data: dict[str, Any] = {"id": ident, "channel": "sms", "text": text}
    if expect is not None:
        data["expect"] = expect
    return json.dumps(data)


def scored(tmp_path: Path, *lines: str, args: tuple[str, ...] = ()) -> Any:
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return CliRunner().invoke(cli, ["triage", "--eval", str(path), *args])


def test_a_label_left_out_is_named_with_its_values_not_a_traceback(tmp_path: Path):
    without_lang = {k: v for k, v in GOOD.items() if k != "lang"}
    result = scored(tmp_path, line(without_lang), line(ident="m2"))
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "messages scored: 1" in result.output
    assert "'expect' has no 'lang'" in result.output and '"fr" or "en"' in result.output
    assert "1 line could not be scored (the report names it)" in result.output


def test_a_label_with_a_value_outside_the_spec_is_refused_not_counted(tmp_path: Path):
    for label, value, allowed in [
        ("intent", "scheduling_x", '"status_check"'),
        ("urgent", "yes", "true or false"),
        ("content_free", 1, "true or false"),
        ("lang", "de", '"fr" or "en"'),
    ]:
        result = scored(tmp_path, line({**GOOD, label: value}))
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
        assert f"'expect.{label}' is {json.dumps(value)}" in result.output
        assert allowed in result.output and "Traceback" not in result.output


def test_a_null_text_is_said_to_be_null_not_missing():
    report = evaluate([line(text=None), line()])  # type: ignore[arg-type]
    assert report.total == 1
    assert len(report.errors) == 1
    assert report.errors[0].startswith("line 1: 'text' must be a string, not null. Fix:")


def test_rules_only_scores_the_rules_alone(tmp_path: Path):
    # Urgent in words no rule knows: only the learned second opinion raises it.
    said = "the van hasn't come back and the driver isn't answering, tonight's drops are on it"
    both = scored(tmp_path, line(text=said), args=("--json",))
    rules = scored(tmp_path, line(text=said), args=("--json", "--rules-only"))
    assert json.loads(both.output)["urgency_tiers"]["possible"]["raised"] == 1
    assert json.loads(rules.output)["urgency_tiers"]["possible"]["raised"] == 0


def test_a_label_no_message_has_is_not_scored_as_perfect_or_as_zero():
    assert Scores.of(0, 0, 0) == Scores(None, None, None, 0)
    assert Scores.of(0, 2, 0) == Scores(0.0, None, None, 0)  # given twice, never right
    assert Scores.of(0, 0, 3) == Scores(None, 0.0, 0.0, 3)  # never given: F1 0
    report = evaluate([line()])
    assert report.intent["request"].f1 is None and report.intent_macro_f1 == 1.0


def test_n_a_is_printed_where_a_score_is_undefined(tmp_path: Path):
    result = scored(tmp_path, line())
    row = next(r for r in result.output.splitlines() if r.startswith("intent request"))
    assert "precision n/a  recall n/a  F1 n/a  (n=0)" in row


def test_the_false_alarm_rate_is_n_a_without_a_message_that_is_not_urgent(tmp_path: Path):
    result = scored(tmp_path, line(), args=("--rules-only",))
    assert "false-alarm rate: n/a" in result.output
    report = evaluate([line()], learned=False)
    assert report.false_alarm_rate is None and report.tiers["urgent"]["false_alarm_rate"] is None


def test_every_label_at_fault_on_a_line_is_named_at_once(tmp_path: Path):
    bad = {"lang": "xx", "content_free": "no", "intent": "infos"}
    result = scored(tmp_path, line(bad), line(ident="m2"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    for named in (
        "'expect.lang' is \"xx\"",
        "'expect.content_free' is \"no\"",
        "'expect.intent' is \"infos\"",
        "'expect' has no 'urgent'",
    ):
        assert named in result.output


def test_a_language_label_is_read_in_any_case_and_with_a_region_as_the_hint_is(tmp_path: Path):
    for given in ("EN", "en-GB", "En_us"):
        result = scored(tmp_path, line({**GOOD, "lang": given}))
        assert result.exit_code == 0, result.output
        assert "language accuracy: 1.000" in result.output


def test_a_second_line_with_the_same_id_is_named_not_scored_twice(tmp_path: Path):
    result = scored(tmp_path, line(), line(text="All fine here, thanks."))
    assert result.exit_code == 1 and "messages scored: 1" in result.output
    assert 'line 2: id "m1" is already the id of line 1' in result.output
    assert "Fix: give each message an id of its own" in result.output


def test_a_line_without_a_channel_says_it_is_missing_and_what_it_may_be(tmp_path: Path):
    data = json.loads(line())
    del data["channel"]
    result = scored(tmp_path, json.dumps(data), line(ident="m2"))
    assert "'channel' must be one of voicemail, email, sms: it is missing" in result.output
    assert "None" not in result.output


def test_an_update_with_a_date_that_is_not_iso_says_how_to_write_it(tmp_path: Path):
    updates = tmp_path / "updates.jsonl"
    updates.write_text(
        json.dumps(
            {"id": "u1", "to": "a@b.example", "subject": "x", "text": "y", "at": "yesterday"}
        )
        + "\n",
        encoding="utf-8",
    )
    result = scored(tmp_path, line(), args=("--updates", str(updates)))
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "line 1: 'at' = 'yesterday' is not ISO 8601" in result.output
    assert "Fix: write the date and time with its offset" in result.output


def test_a_misspelt_label_is_named_and_a_note_is_not() -> None:
    """newcomer36: "urgnet" was ignored and the line scored without it being said."""
    from boundaries.triage.evaluate import check_expect
    from boundaries.triage.fields import MessageError

    good = {"lang": "en", "content_free": False, "intent": "info", "urgent": True}
    assert check_expect({**good, "note": "labeller's own"})["urgent"] is True
    try:
        check_expect({**good, "urgnet": True})
    except MessageError as refused:
        assert "'expect.urgnet' is no label: did you mean 'urgent'?" in str(refused)
    else:
        raise AssertionError("a misspelt label was accepted")


def test_answered_by_links_are_counted_right_wrong_and_missed_over_every_message(tmp_path: Path):
    """A link on a message labelled a request is a wrong link too (newcomer38: 5 of its 8 did
    not show in the accuracy over status checks); each wrong and missed link is listed."""
    updates = tmp_path / "updates.jsonl"
    sent = {"to": "jen@trust.example", "at": "2026-11-20T09:00:00+00:00"}
    updates.write_text(
        json.dumps(
            {
                "id": "u1",
                "subject": "Donor report sent",
                **sent,
                "text": "Hi Jen, the "
                "donor report is finished, I sent the PDF to your board this morning.",
            }
        )
        + "\n"
        + json.dumps(
            {
                "id": "u2",
                "subject": "Payroll export done",
                **sent,
                "text": "Hi Jen, the November payroll export went to the accountant today.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    check = {"lang": "en", "content_free": False, "intent": "status_check", "urgent": False}
    rows = []
    for ident, text, want in [
        ("right", "Hi Sam, did the donor report go to the board? Jen", "u1"),
        ("wrong", "Hi Sam, did the donor report go to the board? Jen", None),
        ("missed", "Hi Sam, where are we with the thing for the accountant? Jen", "u2"),
    ]:
        data = {
            "id": ident,
            "channel": "email",
            "text": text,
            "from": "jen@trust.example",
            "at": "2026-11-30T09:00:00+00:00",
            "expect": {**check, "answered_by": want},
        }
        rows.append(json.dumps(data))
    result = scored(tmp_path, *rows, args=("--updates", str(updates), "--json"))
    report = json.loads(result.output)
    assert report["answered_by_links"] == {"wanted": 2, "right": 1, "wrong": 1, "missed": 1}
    assert report["wrong_links"][0].startswith("wrong:")
    assert "linked to u1, labelled none" in report["wrong_links"][0]
    assert report["missed_links"][0].startswith("missed:")
    text = scored(tmp_path, *rows, args=("--updates", str(updates))).output
    assert "answered_by links: 1 right of 2 labelled, 1 wrong (worse than none), 1 missed" in text
    assert "wrong answered_by links (1):" in text
