"""Loading boundaries.toml: what is accepted, and each mistake refused with key and line."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest
from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.config import ConfigError, advice, load_config, parse_config
from boundaries.config.regions import region_of_zone
from boundaries.config.schema import reference_markdown
from tests.conftest import BASE_TOML, EXAMPLES, ROOT, in_english


def refused(toml: str) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        parse_config(toml, source="bad.toml")
    return info.value


def test_example_config_loads_with_phones_in_e164(example_config):
    horizon = example_config.client("horizon")
    assert horizon is not None
    assert horizon.phones == ("+33123456789", "+33698765432")
    assert example_config.client("velo").phones == ("+33472001122",)  # national form, region FR
    assert example_config.client("harbor").phones == ("+12125550147",)
    assert example_config.consultant.phone == "+33612345678"
    assert example_config.consultant.region == "FR"


def test_working_hours_and_defaults_are_read(base_config):
    hours = base_config.consultant.working_hours
    assert [(h.start, h.end) for h in hours] == [(time(9), time(12, 30)), (time(14), time(18))]
    assert hours[0].days == frozenset(range(5))
    assert base_config.service.refocus_minutes == 23


def test_unknown_key_is_refused_with_its_line():
    err = refused(BASE_TOML.replace('currency = "EUR"', 'currency = "EUR"\nadhoc_per_week = 3'))
    assert err.problems[0].key == "client[0].adhoc_per_week"
    assert err.problems[0].line == 20
    assert "unknown key" in err.problems[0].message


def test_bad_time_zone_is_refused():
    err = refused(BASE_TOML.replace("Europe/Paris", "Europe/Parys"))
    assert err.problems[0].key == "consultant.timezone"
    assert err.problems[0].line == 5
    assert "Europe/Parys" in str(err)


def test_invalid_phone_number_is_refused():
    err = refused(BASE_TOML.replace("+33 1 23 45 67 89", "+33 1 23"))
    assert err.problems[0].key == "client[0].phones[0]"
    assert err.problems[0].line == 13
    assert "is too short for country code +33 (France)" in err.problems[0].message


@pytest.mark.parametrize("written", ["+33 1 23 45 67 89 poste 12", "+33 1 23 45 67 89 ext. 12"])
def test_an_extension_word_is_read_as_the_webhooks_read_it(written: str):
    """trial50: « poste 12 » was refused as "too long", though a call from it is the client's."""
    config = parse_config(BASE_TOML.replace("+33 1 23 45 67 89", written))
    assert "+33123456789" in config.clients[0].phones


def test_unparsable_rrule_is_refused():
    err = refused(BASE_TOML.replace("FREQ=WEEKLY;BYDAY=FR", "FREQ=WEEKLY;BYDAY=XX"))
    assert err.problems[0].key == "client[0].standing_calls[0].rrule"
    assert err.problems[0].line == 15


def test_rrule_that_never_occurs_is_refused():
    err = refused(BASE_TOML.replace("FREQ=WEEKLY;BYDAY=FR", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"))
    assert "never occurs" in err.problems[0].message


def test_rrule_more_often_than_daily_is_refused():
    err = refused(BASE_TOML.replace("FREQ=WEEKLY;BYDAY=FR", "FREQ=HOURLY"))
    assert "more than daily" in err.problems[0].message


def test_overlapping_standing_calls_are_refused():
    second = """
[[client]]
id = "velo"
name = "Atelier Vélo"
phones = ["+33 4 72 00 11 22"]
standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:15", minutes = 30 }]
"""
    err = refused(BASE_TOML + second)
    assert err.problems[0].key == "client[1].standing_calls[0]"
    assert err.problems[0].line == 25
    assert "overlaps" in err.problems[0].message and "horizon" in err.problems[0].message


@pytest.mark.parametrize("month", [2, 6, 8, 10])
def test_a_yearly_call_is_checked_against_a_weekly_one_beyond_a_year(month: int):
    """trial60 §2: a yearly call on the 13th at 10:00 and a Friday 10:00 call meet whenever
    the 13th is a Friday: in a year's time for one month (refused), years ahead for another
    (accepted, then refused by `serve` once the clock came within a year). Every month's
    13th falls on a Friday within 28 years: each is refused now, naming a Friday 13th."""
    second = f"""
[[client]]
id = "velo"
name = "Atelier Vélo"
phones = ["+33 4 72 00 11 22"]
standing_calls = [
  {{ rrule = "FREQ=YEARLY;BYMONTH={month};BYMONTHDAY=13", start = "10:00", minutes = 20 }},
]
"""
    err = refused(BASE_TOML + second)
    assert err.problems[0].key.endswith("standing_calls[0]"), err
    assert re.search(rf"Fri \d{{4}}-{month:02d}-13 10:00", err.problems[0].message), err


def test_back_to_back_standing_calls_are_accepted():
    second = """
[[client]]
id = "velo"
name = "Atelier Vélo"
standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:30", minutes = 30 }]
"""
    assert len(parse_config(BASE_TOML + second).clients) == 2


@pytest.mark.parametrize(
    "hours",
    ["mon-fri 9h-12h", "mon-fri 12:00-09:00", "lun-ven 09:00-12:00", "fri-moon 09:00-12:00"],
)
def test_malformed_working_hours_are_refused(hours):
    err = refused(BASE_TOML.replace('"mon-fri 09:00-12:30"', f'"{hours}"'))
    assert err.problems[0].key == "consultant.working_hours[0]"
    assert err.problems[0].line == 7


@pytest.mark.parametrize(
    ("hours", "blamed", "not_blamed"),
    [
        ("mon-fri 25:00-12:30", "the start '25:00' is not a time", "end"),
        ("mon-fri 09:00-12:75", "the end '12:75' is not a time", "start"),
        ("mon-fri 24:00-12:30", "the start '24:00' is not a time", "end"),
        ("mon-fri 25:00-26:00", "the start '25:00' and the end '26:00'", None),
        ("mon-fri 12:30-09:00", "the end '09:00' must come after the start '12:30'", None),
    ],
)
def test_working_hours_blame_the_part_that_is_wrong(hours, blamed, not_blamed):
    [problem] = refused(BASE_TOML.replace('"mon-fri 09:00-12:30"', f'"{hours}"')).problems
    message = problem.message.replace(f"{hours!r}", "")
    assert blamed in message and "Fix:" in message, message
    if not_blamed:
        assert f"the {not_blamed}" not in message


def test_negative_allowance_is_refused():
    err = refused(BASE_TOML.replace("adhoc_calls_per_week = 2", "adhoc_calls_per_week = -1"))
    assert err.problems[0].key == "client[0].adhoc_calls_per_week"
    assert err.problems[0].line == 16


def test_toml_syntax_error_names_the_line():
    err = refused(BASE_TOML.replace('id = "horizon"', 'id = "horizon'))
    assert err.problems[0].line == 10


@pytest.mark.parametrize(
    ("broken", "fix"),
    [
        ('id = "horizon', 'close the string with a " on the same line'),
        ("id = horizon", "text in double quotes"),
        ('id = "horizon"\nid = "again"', "each key once"),
        ('id = "horizon" "again"', "one key = value per line"),
    ],
)
def test_a_toml_syntax_error_says_what_to_do(broken: str, fix: str):
    """newcomer44 §9: a syntax error named the line but said nothing about the fix."""
    message = refused(BASE_TOML.replace('id = "horizon"', broken)).problems[0].message
    assert "Fix: " in message and fix in message and "examples/boundaries.toml" in message


@pytest.mark.parametrize(
    "nested",
    [
        "[service]\nnotify = " + "[" * 5000 + "]" * 5000,  # beyond what tomllib can follow
        "x = " + "{a=" * 3000 + "1" + "}" * 3000,
        "[service]\nnotify = " + "[" * 40 + "]" * 40,  # read, then refused before the schema
    ],
    ids=["lists-5000", "tables-3000", "lists-40"],
)
def test_a_file_nested_deep_is_refused_with_the_fix(nested: str, tmp_path: Path):
    """trial32 §5: a file nesting lists or tables thousands deep ended in a RecursionError
    traceback; it is refused as any other syntax error, naming the fix."""
    err = refused(nested)
    assert "nested more than 16 levels deep" in err.problems[0].message
    assert "Fix: remove the extra brackets" in err.problems[0].message
    path = tmp_path / "deep.toml"
    path.write_text(nested, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--config", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output, result.output


def test_every_problem_is_reported_at_once():
    bad = BASE_TOML.replace("Europe/Paris", "Nowhere/City").replace(
        "+33 1 23 45 67 89", "not a number"
    )
    assert len(refused(bad).problems) == 2


def test_check_command_refuses_bad_config_without_traceback(tmp_path: Path):
    bad = tmp_path / "boundaries.toml"
    bad.write_text(in_english(BASE_TOML).replace("Europe/Paris", "Europe/Parys"), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "boundaries", "check", "--config", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert f"{bad}:5: consultant.timezone" in proc.stderr


def test_check_command_summarises_a_good_config():
    result = CliRunner().invoke(cli, ["check", "--config", str(ROOT / "examples/boundaries.toml")])
    assert result.exit_code == 0, result.output
    assert "horizon" in result.output and "3 clients" in result.output


def test_check_command_names_a_missing_file(tmp_path: Path):
    result = CliRunner().invoke(cli, ["check", "--config", str(tmp_path / "nope.toml")])
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_readme_configuration_reference_matches_the_schema():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert reference_markdown() in readme, "run `python -m boundaries.config.schema` and paste"


@pytest.mark.parametrize(
    ("days", "read"), [("sun-thu", {6, 0, 1, 2, 3}), ("fri-mon", {4, 5, 6, 0})]
)
def test_a_day_range_over_the_weekend_runs_into_the_next_week(days: str, read: set[int]):
    # trial35 §8: a Sunday-to-Thursday week (Israel, the Gulf) was refused as "backwards"
    config = parse_config(BASE_TOML.replace('"mon-fri 09:00-12:30"', f'"{days} 09:00-12:30"'))
    assert config.consultant.working_hours[0].days == frozenset(read)


def test_hours_past_midnight_are_refused_with_how_to_write_them():
    [problem] = refused(BASE_TOML.replace('"mon-fri 09:00-12:30"', '"sun 22:00-02:00"')).problems
    assert "'sun 22:00-24:00', 'mon 00:00-02:00'" in problem.message, problem.message


def test_working_hours_may_end_at_midnight():
    config = parse_config(
        BASE_TOML.replace('"mon-fri 09:00-12:30", "mon-fri 14:00-18:00"', '"mon-sun 00:00-24:00"')
    )
    [hours] = config.consultant.working_hours
    assert hours.days == frozenset(range(7)) and hours.start == time(0) and hours.end == time.max


def test_a_standing_call_series_that_has_ended_loads_and_check_warns():
    # A series with UNTIL worked until its end: the morning after, the configuration must
    # still load (serve must start); `check` says it no longer rings. One that never occurs at
    # all stays refused (above).
    toml = BASE_TOML.replace(
        'rrule = "FREQ=WEEKLY;BYDAY=FR"', 'rrule = "FREQ=WEEKLY;BYDAY=FR;UNTIL=20200301"'
    )
    assert toml != BASE_TOML
    config = parse_config(toml)
    assert advice.warnings(config, today=date(2020, 2, 1)) == []
    [ended] = advice.warnings(config, today=date(2020, 3, 2))
    assert "standing_calls[0]" in ended and "no date to come" in ended and "Fix:" in ended


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("+221 33 821", "'+221 33 821' is too short for country code +221 (Senegal)"),
        ("+1 212 555 01", "'+1 212 555 01' is too short for country code +1 (United States)"),
        ("04 72 00 11", "'04 72 00 11' is too short for country code +33 (France)"),
    ],
)
def test_a_wrong_phone_number_is_judged_by_its_own_country(written: str, said: str):
    """newcomer58 §9: « '+221 33 821' is not a valid phone number for region FR »: a number
    written with its country code is that country's, and what is wrong with it is named."""
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    text = text.replace('phones = ["04 72 00 11 22"]', f'phones = ["{written}"]')
    with pytest.raises(ConfigError) as info:
        parse_config(text)
    assert said in str(info.value) and "region FR" not in str(info.value)


@pytest.mark.parametrize(("zone", "region"), [("US/Eastern", "US"), ("Japan", "JP"),
                                              ("Asia/Calcutta", "IN"), ("UTC", None),
                                              # trial51 §9: Toronto's data is Nassau's too
                                              ("America/Montreal", "CA"),
                                              ("Canada/Eastern", "CA"), ("CET", None),
                                              ("EST", None)])  # fmt: skip
def test_an_old_zone_name_kept_as_a_link_names_its_country(zone: str, region: str | None):
    # trial35 §10: "US/Eastern" was said to name no country
    assert region_of_zone(zone) == region


def test_a_zone_with_no_numbering_plan_asks_for_country_codes_in_plain_words():
    # trial35 §10: "Antarctica/Troll" leaked phonenumbers' "(0) Missing or invalid default
    # region." and its fix guessed France
    toml = BASE_TOML.replace('timezone = "Europe/Paris"', 'timezone = "Antarctica/Troll"')
    problems = refused(toml.replace('phone = "+33 6 12 34 56 78"', 'phone = "06 12 34 56 78"'))
    said = " ".join(p.message for p in problems.problems)
    assert "Missing or invalid default region" not in said
    assert "has no country code" in said, said


def test_standing_calls_written_as_one_inline_table_are_told_to_take_brackets():
    # trial36 §10: the fix said to write a [[standing_calls]] header, which is wrong too
    toml = BASE_TOML.replace(
        'standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30 }]',
        'standing_calls = { rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30 }',
    )
    [problem] = refused(toml).problems
    assert "[[standing_calls]]" not in problem.message
    assert '[{ rrule = "FREQ=WEEKLY;BYDAY=FR"' in problem.message, problem.message


def test_a_misspelt_key_is_told_the_key_it_was_likely_meant_to_be():
    # trial36 §10: "workinghours" got "unknown key … check its spelling" without the key
    toml = BASE_TOML.replace("working_hours = ", "workinghours = ", 1)
    [problem] = refused(toml).problems
    assert "'working_hours'" in problem.message, problem.message
    [problem] = refused(BASE_TOML.replace("[consultant]", "[consultant]\nnickname = 'x'")).problems
    assert "did you mean" not in problem.message


def test_unknown_keys_in_a_sub_table_are_named_on_their_own_line(tmp_path):
    """trial39 §6 (SPEC §3: an unknown key is refused naming the key and the line): a
    sub-table's key was located on its parent table's line, or on none."""
    text = BASE_TOML + "\n[consultant.extra]\nfoo = 1\n\n[service.nested]\na = 1\n"
    lines = text.splitlines()
    extra = lines.index("[consultant.extra]") + 1
    nested = lines.index("[service.nested]") + 1
    path = tmp_path / "nested.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    said = str(refused.value)
    assert f"nested.toml:{extra}: consultant.extra: unknown key" in said, said
    assert f"nested.toml:{nested}: service.nested: unknown key" in said, said


def test_a_sub_table_of_the_second_client_is_located_in_that_client():
    from boundaries.config.locate import KeyLocator

    text = '[[client]]\nid = "a"\n\n[[client]]\nid = "b"\n[client.sub]\nq = 1\n'
    where = KeyLocator(text)
    assert where.line(("client", 1, "sub")) == 6
    assert where.line(("client", 1, "sub", "q")) == 7
    assert where.line(("client", 0, "id")) == 2


def test_a_number_or_an_address_written_twice_in_one_client_is_kept_once():
    """trial46: « 01 23 45 67 89 » and « 0033 1 23 45 67 89 » were listed twice by `check`."""
    text = BASE_TOML.replace(
        'phones = ["+33 1 23 45 67 89"]',
        'phones = ["01 23 45 67 89", "0033 1 23 45 67 89", "+33 1 23 45 67 89"]',
    ).replace(
        'emails = ["marc@horizon.example"]',
        'emails = ["marc@horizon.example", "Marc@Horizon.example"]',
    )
    client = parse_config(text).client("horizon")
    assert client is not None
    assert client.phones == ("+33123456789",) and client.emails == ("marc@horizon.example",)


def test_a_number_written_with_00_is_international_whatever_the_consultants_country():
    """trial52 §9: for a consultant in Montréal (whose country dials abroad with 011), the
    configuration refused « 0032 470 12 34 56 » as too long for +1, while a call from that
    number was read as Belgian. One reading: "00" is the ITU's international prefix."""
    text = BASE_TOML.replace('timezone = "Europe/Paris"', 'timezone = "America/Toronto"').replace(
        'phones = ["+33 1 23 45 67 89"]', 'phones = ["0032 470 12 34 56"]'
    )
    assert text != BASE_TOML
    client = parse_config(text).client("horizon")
    assert client is not None and client.phones == ("+32470123456",)
