"""Every number of `boundaries.toml` is refused when it is not finite or absurdly large, with
its key, line and fix, so that no figure computed from it (SPEC §8) can overflow (SPEC §3, §9)."""

from __future__ import annotations

import json
import re
import types
import typing
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import BaseModel

from boundaries.cli.main import cli
from boundaries.config import parse_config
from boundaries.config.errors import ConfigError
from boundaries.config.schema import (
    MAX_HOURLY_RATE,
    MIN_BILLED_HOURS,
    CalendarSpec,
    ClientSpec,
    ConsultantSpec,
    MailSpec,
    ServiceSpec,
    SpeechSpec,
    StandingCallSpec,
)
from tests.conftest import BASE_TOML, EXAMPLES, in_english

SECTIONS: dict[type[BaseModel], str] = {
    ConsultantSpec: "consultant",
    ClientSpec: "client[0]",
    StandingCallSpec: "client[0].standing_calls[0]",
    ServiceSpec: "service",
    SpeechSpec: "speech",
    MailSpec: "mail",
    CalendarSpec: "calendar",
}


def _is_number(annotation: object) -> bool:
    kinds = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else ()
    return any(k in (int, float) for k in (kinds or (annotation,)))


NUMBER_KEYS = [
    (model, name)
    for model in SECTIONS
    for name, field in model.model_fields.items()
    if _is_number(field.annotation)
]


def _with(model: type[BaseModel], key: str, value: str) -> str:
    """BASE_TOML with `key = value` written where `model`'s keys go."""
    if model is StandingCallSpec:
        return BASE_TOML.replace("minutes = 30 }", f"minutes = 30, {key} = {value} }}").replace(
            "minutes = 30, minutes =", "minutes ="
        )
    if model is ClientSpec:
        lines = [ln for ln in BASE_TOML.splitlines() if not ln.startswith(f"{key} =")]
        return "\n".join(lines) + f"\n{key} = {value}\n"
    return BASE_TOML + f"\n[{SECTIONS[model]}]\n{key} = {value}\n"


def test_every_number_key_is_found():
    assert {n for _, n in NUMBER_KEYS} >= {
        "minutes",
        "adhoc_calls_per_week",
        "hourly_rate",
        "billed_hours_per_week",
        "refocus_minutes",
        "refresh_minutes",
        "agenda_hours_before",
    }


@pytest.mark.parametrize(("model", "key"), NUMBER_KEYS, ids=[k for _, k in NUMBER_KEYS])
def test_every_number_key_has_an_upper_bound(model: type[BaseModel], key: str):
    bounds = [m for m in model.model_fields[key].metadata if hasattr(m, "le") or hasattr(m, "lt")]
    assert bounds, f"{model.__name__}.{key} takes any size of number"


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "+inf", "1e308", "9223372036854775807"])
@pytest.mark.parametrize(("model", "key"), NUMBER_KEYS, ids=[k for _, k in NUMBER_KEYS])
def test_a_number_that_is_not_finite_or_absurd_is_refused_with_its_key_line_and_fix(
    model: type[BaseModel], key: str, value: str
):
    text = _with(model, key, value)
    with pytest.raises(ConfigError) as info:
        parse_config(text)
    where = f"{SECTIONS[model]}.{key}"
    found = {p.key: p for p in info.value.problems}
    assert where in found, found
    problem = found[where]
    assert "Fix:" in problem.message and "NaN" not in problem.message
    assert "Infinity" not in problem.message
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if f"{key} = {value}" in ln)
    assert problem.line == line


def test_an_infinite_rate_names_what_is_wrong():
    text = _with(ClientSpec, "hourly_rate", "inf")
    with pytest.raises(ConfigError) as info:
        parse_config(text)
    (problem,) = info.value.problems
    assert "inf is not a finite number" in problem.message


def test_the_largest_rate_and_fewest_billed_hours_still_give_a_premium(tmp_path: Path):
    """The bounds are what keeps the premium finite: report and coach at both extremes."""
    example = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    assert "hourly_rate = 85.0" in example and "billed_hours_per_week = 6" in example
    config = tmp_path / "edge.toml"
    config.write_text(
        example.replace("hourly_rate = 85.0", f"hourly_rate = {MAX_HOURLY_RATE}").replace(
            "billed_hours_per_week = 6", f"billed_hours_per_week = {MIN_BILLED_HOURS}"
        ),
        encoding="utf-8",
    )
    events = str(EXAMPLES / "events.jsonl")
    runner = CliRunner()
    args = ["--config", str(config), "--events", events, "--client", "horizon"]
    report = runner.invoke(cli, ["report", *args, "--json"])
    assert report.exit_code == 0, report.output
    (horizon,) = [c for c in json.loads(report.stdout)["clients"] if c["id"] == "horizon"]
    assert horizon["premium"]["suggested_rate"] > MAX_HOURLY_RATE
    coach = runner.invoke(cli, ["coach", *args])
    assert coach.exit_code == 0, coach.output


@pytest.mark.parametrize("value", ["inf", "1e308"])
def test_check_refuses_an_absurd_rate_without_traceback(tmp_path: Path, value: str):
    example = in_english((EXAMPLES / "boundaries.toml").read_text(encoding="utf-8"))
    config = tmp_path / "rate.toml"
    config.write_text(example.replace("hourly_rate = 85.0", f"hourly_rate = {value}"), "utf-8")
    result = CliRunner().invoke(cli, ["check", "--config", str(config)])
    assert result.exit_code != 0 and "hourly_rate" in result.output and "Fix:" in result.output
    assert "Traceback" not in result.output


def _wrong_kinds(model: type[BaseModel], key: str) -> list[str]:
    """Values of the wrong kind for this number key: quoted, with decimals where a whole
    number is meant, not finite where any number is."""
    kinds = typing.get_args(model.model_fields[key].annotation) or (
        model.model_fields[key].annotation,
    )
    return ['"7"', "true", "1.5" if float not in kinds else "inf"]


@pytest.mark.parametrize(("model", "key"), NUMBER_KEYS, ids=[k for _, k in NUMBER_KEYS])
def test_the_example_a_number_keys_fix_gives_is_a_value_that_key_takes(
    model: type[BaseModel], key: str
):
    """Newcomer 8, L5: `adhoc_calls_per_week = 1.5` was told "e.g. 30" (near the most it
    takes, and the opposite of the product's advice). Every example is one the key takes."""
    for wrong in _wrong_kinds(model, key):
        with pytest.raises(ConfigError) as info:
            parse_config(_with(model, key, wrong))
        found = {p.key: p.message for p in info.value.problems}
        message = found[f"{SECTIONS[model]}.{key}"]
        if "true or false" in message:
            continue  # a boolean given: its own wording
        examples = re.findall(r"e\.g\. ([0-9.]+)\.", message)
        assert examples, message
        parse_config(_with(model, key, examples[0]))  # taken as it is
        # ...and the one the product stands behind: the schema's example, else its default.
        field = model.model_fields[key]
        assert float(examples[0]) == (field.examples or [field.default])[0], message


def test_a_fractional_ad_hoc_allowance_is_told_a_sensible_example():
    text = _with(ClientSpec, "adhoc_calls_per_week", "1.5")
    with pytest.raises(ConfigError) as info:
        parse_config(text)
    (problem,) = info.value.problems
    assert "e.g. 30" not in problem.message and "e.g. 1." in problem.message


@pytest.mark.parametrize(("model", "key"), NUMBER_KEYS, ids=[k for _, k in NUMBER_KEYS])
def test_a_number_out_of_range_is_told_the_range_and_a_value_it_takes(
    model: type[BaseModel], key: str
):
    # "Fix: change it." (fix8-ops leftover) left the consultant guessing: the fix names the
    # bound and the key's own example, which the key takes.
    with pytest.raises(ConfigError) as info:
        parse_config(_with(model, key, "1000000000"))
    message = {p.key: p.message for p in info.value.problems}[f"{SECTIONS[model]}.{key}"]
    assert "out of range" in message and "Fix: change it" not in message, message
    bound = re.search(r"it must be ([a-z ]+ [0-9.]+)\. Fix: use a value of \1", message)
    assert bound is not None, message
    examples = re.findall(r"e\.g\. ([0-9.]+)\.", message)
    if examples:
        parse_config(_with(model, key, examples[0]))
