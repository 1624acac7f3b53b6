"""Smaller points a newcomer found in `check` (trial38 §7): a week that starts on Sunday is
said "Sun–Thu", not "Mon, Tue, Wed, Thu, Sun"; an IMAP URL without a user is refused at load
time with the fix, instead of `mail sync` failing at every cycle."""

from __future__ import annotations

import pytest

from boundaries.config import ConfigError, parse_config
from boundaries.i18n import working_days
from tests.conftest import EXAMPLES


@pytest.mark.parametrize(
    ("days", "en", "fr"),
    [
        ({6, 0, 1, 2, 3}, "Sun–Thu", "dim.–jeu."),
        ({0, 1, 2, 3, 4}, "Mon–Fri", "lun.–ven."),
        ({4, 5, 6, 0}, "Fri–Mon", "ven.–lun."),
        ({5, 6}, "Sat, Sun", "sam., dim."),
        ({0, 2, 4}, "Mon, Wed, Fri", "lun., mer., ven."),
        (set(range(7)), "Mon–Sun", "lun.–dim."),
    ],
)
def test_working_days_are_said_as_a_run_from_its_first_day(days: set[int], en: str, fr: str):
    assert working_days(days, "en") == en
    assert working_days(days, "fr") == fr


def test_check_says_a_sunday_to_thursday_week_as_such(tmp_path):
    from click.testing import CliRunner

    from boundaries.cli.main import cli

    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    assert 'working_hours = ["mon-fri ' in text
    path = tmp_path / "sun-thu.toml"
    path.write_text(text.replace('working_hours = ["mon-fri ', 'working_hours = ["sun-thu '))
    result = CliRunner().invoke(cli, ["check", "--config", str(path)])
    assert "dim.–jeu." in result.output, result.output


def test_an_imap_url_without_a_user_is_refused_with_the_fix():
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        parse_config(text + '\n[mail]\nimap_url = "imaps://imap.example.org:993"\n')
    said = str(refused.value)
    assert "mail.imap_url" in said and "names no user" in said, said
    assert "imaps://user@host:port" in said  # the scheme written (trial40 §7)
    # with a user it loads, and an SMTP relay needs none
    parse_config(
        text + '\n[mail]\nimap_url = "imaps://claire@imap.example.org:993"\n'
        'smtp_url = "smtp://relay.example.org:25"\n'
    )


def test_an_agenda_that_would_go_out_on_a_day_off_is_warned_of_with_the_hours_that_fix_it():
    """trial38 §7: a Monday 10:00 call's agenda went out on Sunday at 10:00 (the default 24
    hours before), outside the consultant's Monday–Friday hours, and nothing said so."""
    from boundaries.config.advice import warnings

    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    monday = text.replace("BYDAY=FR", "BYDAY=MO") + '\n[mail]\nsmtp_url = "smtp://relay:25"\n'
    said = [w for w in warnings(parse_config(monday), lang="en") if "agenda" in w]
    assert len(said) == 1, said
    assert "client horizon" in said[0] and "on Sun " in said[0], said[0]
    assert "agenda_hours_before = 72" in said[0]
    # on a Friday call the agenda goes out on Thursday, within the hours: nothing to say
    friday = text + '\n[mail]\nsmtp_url = "smtp://relay:25"\n'
    assert not [w for w in warnings(parse_config(friday), lang="en") if "agenda" in w]


def test_the_fix_for_an_imaps_url_keeps_imaps():
    """trial40 §7: `imaps://imap.example.net` was told to be written 'imap://user@host:port'."""
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        parse_config(text + '\n[mail]\nimap_url = "imaps://imap.example.net"\n')
    assert "'imaps://user@host:port'" in str(refused.value), str(refused.value)


def test_an_agenda_in_a_daily_lunch_break_is_told_the_hour_that_fixes_it():
    """trial40 §7: hours 09:00-12:30 and 14:00-18:00, a Tuesday 13:00 call: its agenda at
    Monday 13:00 was warned of with no fix (no day at 13:00 is a working hour)."""
    from boundaries.config.advice import warnings

    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    tuesday = text.replace('rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00"',
                           'rrule = "FREQ=WEEKLY;BYDAY=TU", start = "13:00"')  # fmt: skip
    assert tuesday != text
    tuesday += '\n[mail]\nsmtp_url = "smtp://relay:25"\n'
    [said] = [
        w for w in warnings(parse_config(tuesday), lang="en") if "horizon" in w and "agenda" in w
    ]
    assert "agenda_hours_before = 25" in said and "within your working hours" in said, said


@pytest.mark.parametrize("hours", [24, 96])
def test_agenda_advice_that_no_single_value_fits_says_so_instead_of_going_round(hours: int):
    """trial52 §5: Monday and Thursday calls at 16:00, a Friday that ends at noon. With 24,
    `check` said "set 96"; with 96, "set 24". No value puts both agendas within the hours:
    the advice says so, whichever value is set."""
    from boundaries.config.advice import warnings

    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    text = text.replace(
        'working_hours = ["mon-fri 09:00-12:30", "mon-fri 14:00-18:00"]',
        'working_hours = ["mon-thu 08:30-16:30", "fri 08:30-12:00"]',
    ).replace(
        'rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00"',
        'rrule = "FREQ=WEEKLY;BYDAY=MO,TH", start = "15:00"',
    )
    text += f'\n[mail]\nsmtp_url = "smtp://relay:25"\nagenda_hours_before = {hours}\n'
    said = [w for w in warnings(parse_config(text), lang="en") if "client horizon" in w]
    assert said, "no warning for horizon's calls"
    assert all("No single value" in w for w in said), said


def test_agenda_advice_names_one_value_for_every_call_when_there_is_one():
    """The same advice, when one value fits every call (a Monday 10:00, a Thursday and a
    Friday call at 16:00): 72, and with it set nothing more is said."""
    from boundaries.config.advice import warnings

    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    text = text.replace("BYDAY=FR", "BYDAY=MO").replace("BYDAY=WE", "BYDAY=FR")
    text = text.replace("BYDAY=TU,TH", "BYDAY=TH")
    text += '\n[mail]\nsmtp_url = "smtp://relay:25"\n'
    said = [w for w in warnings(parse_config(text), lang="en") if "agenda" in w]
    assert said and all("agenda_hours_before = 72: it puts the agenda of every" in w for w in said)
    text += "agenda_hours_before = 72\n"
    assert not [w for w in warnings(parse_config(text), lang="en") if "agenda" in w]
