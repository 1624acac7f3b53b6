"""Scores the triage against a labelled file: per-field precision, recall and F1."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from boundaries.errors import Said, SaidError
from boundaries.textfiles import NotText, read_text
from boundaries.triage.answered import UpdateIndex
from boundaries.triage.batch import joined, told, triage_batch, unread_file
from boundaries.triage.fields import MessageError, first_use, lang_code, parse_message
from boundaries.triage.intake import LineError, decode_line
from boundaries.triage.model import Intent

INTENTS = [i.value for i in Intent]


class EvalError(SaidError):
    """The labelled file cannot be scored; the message says why and the fix, in any language
    (`said`), English as `str`."""

    def __init__(self, message: Said) -> None:
        super().__init__(message.said)


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 of one label; None where undefined: precision when nothing
    was given the label, recall and F1 when no message has it (`support` 0)."""

    precision: float | None
    recall: float | None
    f1: float | None
    support: int

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> Scores:
        p = round(tp / (tp + fp), 3) if tp + fp else None
        if not tp + fn:
            return cls(p, None, None, 0)
        r = tp / (tp + fn)
        f = 2 * p * r / (p + r) if p and p + r else 0.0  # nothing given the label: F1 0
        return cls(p, round(r, 3), round(f, 3), tp + fn)


LABELS: dict[str, tuple[Any, ...]] = {
    "lang": ("fr", "en"),
    "content_free": (True, False),
    "intent": tuple(INTENTS),
    "urgent": (True, False),
}
"""The labels every `expect` object must give, with their values (SPEC §5)."""
_KNOWN = [*LABELS, "topic", "answered_by", "urgency"]
"""Every label `expect` may give; other keys (a "note") are the labeller's own."""


def check_expect(expect: object) -> dict[str, Any]:
    """The `expect` object of a labelled line, checked: `LABELS` each present with one of
    their values (a bool is not a string: "yes" is refused; `lang` is read in any case and
    with a region, "EN" or "fr-CA", as the input hint is), `answered_by` a string or null,
    `topic` a string. Returns it with `lang` as "fr" or "en". Raises `MessageError` naming
    every label at fault on the line and the values each may take."""
    if not isinstance(expect, dict):
        raise MessageError("'expect' must be an object, as in triage-dev.jsonl")
    expect = dict(expect)
    if isinstance(expect.get("lang"), str):
        expect["lang"] = lang_code(expect["lang"]) or expect["lang"]
    problems: list[str] = []
    for name, values in LABELS.items():
        shown = " or ".join(json.dumps(v) for v in values)
        if name not in expect:
            problems.append(f"'expect' has no '{name}': give it, one of {shown}")
            continue
        value = expect[name]
        if not any(value is v if isinstance(v, bool) else value == v for v in values):
            problems.append(
                f"'expect.{name}' is {json.dumps(value, ensure_ascii=False)}: it must be {shown}"
            )
    for key in expect:
        # a label misspelt ("urgnet") would leave the real one unscored or scored from nothing
        near = get_close_matches(str(key), _KNOWN, n=1, cutoff=0.75)
        if key not in _KNOWN and near:
            problems.append(f"'expect.{key}' is no label: did you mean '{near[0]}'?")
    answered = expect.get("answered_by")
    if answered is not None and not isinstance(answered, str):
        problems.append("'expect.answered_by' must be an update's id (a string) or null")
    if not isinstance(expect.get("topic", ""), str):
        problems.append("'expect.topic' must be a string")
    if problems:
        raise MessageError("; ".join(problems))
    return expect


@dataclass
class Report:
    """Everything `--eval` prints."""

    total: int = 0
    errors: list[str] = field(default_factory=list)
    lang_accuracy: float = 0.0
    content_free: Scores | None = None
    urgent: Scores | None = None
    intent: dict[str, Scores] = field(default_factory=dict)
    intent_macro_f1: float = 0.0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    answered_by_accuracy: float | None = None
    answered_by_total: int = 0
    links: dict[str, int] = field(default_factory=dict)
    wrong_links: list[str] = field(default_factory=list)
    missed_links: list[str] = field(default_factory=list)
    missed_urgent: list[str] = field(default_factory=list)
    false_urgent: list[str] = field(default_factory=list)
    false_alarm_rate: float | None = 0.0
    tiers: dict[str, dict[str, float | None]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        def s(x: Scores | None) -> dict[str, Any] | None:
            return None if x is None else x.__dict__

        return {
            "total": self.total,
            "errors": self.errors,
            "lang_accuracy": self.lang_accuracy,
            "content_free": s(self.content_free),
            "urgent": s(self.urgent),
            "urgent_recall": self.urgent.recall if self.urgent else None,
            "false_alarm_rate": self.false_alarm_rate,
            "urgency_tiers": self.tiers,
            "intent": {k: s(v) for k, v in self.intent.items()},
            "intent_macro_f1": self.intent_macro_f1,
            "intent_confusion": self.confusion,
            "answered_by_accuracy": self.answered_by_accuracy,
            "answered_by_total": self.answered_by_total,
            "answered_by_links": self.links or None,
            "wrong_links": self.wrong_links,
            "missed_links": self.missed_links,
            "missed_urgent": self.missed_urgent,
            "false_urgent": self.false_urgent,
        }


def _binary(pairs: Iterable[tuple[bool, bool]]) -> Scores:
    c = Counter((want, got) for want, got in pairs)
    return Scores.of(c[(True, True)], c[(False, True)], c[(True, False)])


def _tiers(
    rows: list[tuple[dict[str, Any], dict[str, Any], str]],
) -> tuple[float | None, dict[str, dict[str, float | None]]]:
    """The false-alarm rate (share of non-urgent messages that set `urgent`) and, per tier
    (`urgent`, `possible`), how many it raised, its precision (None when it raised nothing),
    the share of urgent messages it found (None when there are none) and the share of
    non-urgent ones it raised; None where there is no non-urgent message to raise."""
    urgent = sum(bool(e["urgent"]) for e, _, _ in rows)
    calm = len(rows) - urgent
    false = sum(bool(g.get("urgent")) and not e["urgent"] for e, g, _ in rows)
    tiers: dict[str, dict[str, float | None]] = {}
    for tier in ("urgent", "possible"):
        raised = [bool(e["urgent"]) for e, g, _ in rows if g.get("urgency") == tier]
        right = sum(raised)
        tiers[tier] = {
            "raised": len(raised),
            # Undefined, not perfect: None (JSON null, "n/a" in the text) when nothing was
            # raised, or when the file holds no urgent message to find.
            "precision": round(right / len(raised), 3) if raised else None,
            "recall": round(right / urgent, 3) if urgent else None,
            "false_alarm_rate": round((len(raised) - right) / calm, 3) if calm else None,
        }
    return (round(false / calm, 3) if calm else None), tiers


def evaluate(
    lines: Iterable[str], updates: UpdateIndex | None = None, learned: bool = True
) -> Report:
    """Triage every labelled line (its `expect` object is the truth, `check_expect`) and score
    the answers; `learned` False scores the rules alone (`--rules-only`). A line that cannot
    be read or whose labels are not valid is listed in `errors`, not scored."""
    report = Report()
    rows: list[tuple[dict[str, Any], dict[str, Any], str]] = []
    pending: list[str] = []
    seen: dict[str, int] = {}  # id -> the line it was first given on
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = decode_line(line)
            parse_message(data)
            assert isinstance(data, dict)  # parse_message checked it
            why = "the misses and answered-by links could not tell them apart"
            first_use(seen, data["id"], number, why, "message")
            if "expect" not in data:
                raise MessageError("no 'expect' object: a labelled line needs one")
            expect = check_expect(data["expect"])
        except (LineError, MessageError) as exc:
            report.errors.append(f"line {number}: {exc}")
            continue
        rows.append((expect, {}, f"{data['id']}: {str(data['text'])[:90]!r}"))
        pending.append(line)
    if not rows:
        errors = "; ".join(report.errors[:3]) + (" …" if len(report.errors) > 3 else "")
        found = told("eval.found", errors=errors) if errors else ""
        raise EvalError(told("eval.nothing_to_score", found=found))
    answers = triage_batch(pending, updates, learned=learned)
    for (_, _, d), got in zip(rows, answers, strict=True):
        if "error" in got:  # a fault on one line is reported, not scored
            report.errors.append(f"{d}: {got['error']}")
    rows = [(e, g, d) for (e, _, d), g in zip(rows, answers, strict=True) if "error" not in g]
    if not rows:
        raise EvalError(told("eval.nothing_triaged", errors=joined(report.errors, "; ")))
    report.total = len(rows)
    report.lang_accuracy = round(sum(e["lang"] == g["lang"] for e, g, _ in rows) / len(rows), 3)
    report.content_free = _binary((e["content_free"], g["content_free"]) for e, g, _ in rows)
    report.urgent = _binary((e["urgent"], g["urgent"]) for e, g, _ in rows)
    report.false_alarm_rate, report.tiers = _tiers(rows)
    report.missed_urgent = [d for e, g, d in rows if e["urgent"] and not g["urgent"]]
    report.false_urgent = [d for e, g, d in rows if g["urgent"] and not e["urgent"]]
    confusion = {want: dict.fromkeys(INTENTS, 0) for want in INTENTS}
    for e, g, _ in rows:
        if e["intent"] in confusion:
            confusion[e["intent"]][g["intent"]] += 1
    report.confusion = confusion
    for label in INTENTS:
        tp = confusion[label][label]
        fp = sum(confusion[w][label] for w in INTENTS if w != label)
        fn = sum(confusion[label][g] for g in INTENTS if g != label)
        report.intent[label] = Scores.of(tp, fp, fn)
    present = [s.f1 for s in report.intent.values() if s.f1 is not None]
    report.intent_macro_f1 = round(sum(present) / max(len(present), 1), 3)
    if updates is not None:
        checks = [(e, g) for e, g, _ in rows if e["intent"] == "status_check"]
        report.answered_by_total = len(checks)
        if checks:
            right = sum(e.get("answered_by") == g.get("answered_by") for e, g in checks)
            report.answered_by_accuracy = round(right / len(checks), 3)
        _count_links(report, rows)
    return report


def _count_links(report: Report, rows: list[tuple[dict[str, Any], dict[str, Any], str]]) -> None:
    """Answered-by links over every message, not only the labelled status checks: `wanted`
    (labelled with an update), `right`, `wrong` (a link where none is labelled, or to another
    update: worse than none, SPEC §5) and `missed`, with the wrong and missed ones listed."""
    for want, got, d in ((e.get("answered_by"), g.get("answered_by"), d) for e, g, d in rows):
        if got is not None and got != want:
            report.wrong_links.append(f"{d} linked to {got}, labelled {want or 'none'}")
        elif want is not None and got is None:
            report.missed_links.append(f"{d} not linked, labelled {want}")
    wanted = sum(e.get("answered_by") is not None for e, _, _ in rows)
    report.links = {
        "wanted": wanted,
        "right": wanted
        - len(report.missed_links)
        - sum(
            e.get("answered_by") is not None
            for e, g, _ in rows
            if g.get("answered_by") not in (None, e.get("answered_by"))
        ),
        "wrong": len(report.wrong_links),
        "missed": len(report.missed_links),
    }


def evaluate_file(
    path: str | Path, updates: UpdateIndex | None = None, learned: bool = True
) -> Report:
    """`evaluate` on a labelled file; raises `EvalError` naming a file that cannot be read."""
    p = Path(path)
    try:
        return evaluate(read_text(p).split("\n"), updates, learned)
    except (OSError, NotText) as exc:
        raise EvalError(unread_file(p, exc, "--eval")) from None
