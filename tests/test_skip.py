"""`boundaries skip`: one standing call cancelled (and restored); the slot disappears and what
callers hear names the next real call."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.config import load_config
from boundaries.domain.schedule import next_standing_call
from boundaries.store import Store
from boundaries.store.calendar import CalendarStore
from boundaries.web.app import create_app
from tests.conftest import EXAMPLES
from tests.gateway_support import PUBLIC, TOKEN, Clock, Provider, ServerThread, provider_sid
from tests.store_support import served_database

PARIS = ZoneInfo("Europe/Paris")
CONFIG = str(EXAMPLES / "boundaries.toml")


def paris(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS)


def skip(db: str, *args: str):
    """`skip` as of Tuesday 1 December 2026, 09:00 in Paris (before the calls it skips)."""
    now = ["--now", "2026-12-01T09:00:00+01:00"]
    return CliRunner().invoke(cli, ["skip", "--config", CONFIG, "--database", db, *now, *args])


def test_next_standing_call_leaves_skipped_occurrences_out(example_config):
    horizon = example_config.client("horizon")
    now = paris(2026, 11, 30, 9, 0)
    plain = next_standing_call(example_config, horizon, now)
    skipped = next_standing_call(example_config, horizon, now, {("horizon", date(2026, 12, 4))})
    assert plain is not None and plain.start == paris(2026, 12, 4, 10, 0)
    assert skipped is not None and skipped.start == paris(2026, 12, 11, 10, 0)


def test_skip_is_stored_and_undone(tmp_path: Path):
    db = served_database(tmp_path / "b.sqlite3")
    done = skip(db, "--client", "horizon", "--on", "2026-12-04")
    assert done.exit_code == 0, done.output
    # In the consultant's language throughout (the example consultant writes French).
    assert done.output.splitlines() == [
        "Point fixe avec Association Horizon du 4 décembre 2026 annulé.",
        "Prochain point fixe : vendredi 11 décembre à 10 h.",
    ]
    again = skip(db, "--client", "horizon", "--on", "2026-12-04")
    assert again.exit_code == 0 and "déjà annulé" in again.output
    store = Store.open(db)
    try:
        assert CalendarStore(store, store.account_id()).skips() == {("horizon", date(2026, 12, 4))}
        undone = skip(db, "--client", "horizon", "--on", "2026-12-04", "--undo")
        assert undone.exit_code == 0 and "rétabli" in undone.output
        assert CalendarStore(store, store.account_id()).skips() == set()
    finally:
        store.close()
    twice = skip(db, "--client", "horizon", "--on", "2026-12-04", "--undo")
    assert twice.exit_code == 1 and "n'était pas annulé" in twice.output, twice.output
    assert "Traceback" not in twice.output and "aucun de ses points" in twice.output


def test_undo_of_a_day_not_skipped_names_the_days_that_were(tmp_path: Path):
    """trial36 §11: the fix spoke of "the EXDATEs of the calendar feed", which no consultant
    can list; it names the client's skipped calls and one to type."""
    db = served_database(tmp_path / "b.sqlite3")
    for day in ("2026-12-11", "2026-12-04"):
        assert skip(db, "--client", "horizon", "--on", day).exit_code == 0
    wrong = skip(db, "--client", "horizon", "--on", "2026-12-18", "--undo")
    assert wrong.exit_code == 1, wrong.output
    said = " ".join(wrong.output.split())
    assert "EXDATE" not in said
    assert "(les 4 décembre 2026 et 11 décembre 2026), par exemple --on 2026-12-04" in said


def test_skip_refuses_a_day_without_a_call_an_unknown_client_and_a_bad_date(tmp_path: Path):
    db = served_database(tmp_path / "b.sqlite3")
    thursday = skip(db, "--client", "horizon", "--on", "2026-12-03")
    assert thursday.exit_code == 1, thursday.output
    assert thursday.output.startswith(
        "Erreur : Association Horizon n'a pas de point fixe le 3 décembre 2026 (un jeudi). "
        "Solution : donnez la date d'un de ses points, par exemple --on 2026-12-04"
    ), thursday.output
    # newcomer14 L2: these refusals too are in the consultant's language, with the fix
    nobody = skip(db, "--client", "nobody", "--on", "2026-12-04")
    assert nobody.exit_code == 1 and "horizon" in nobody.output, nobody.output
    assert nobody.output.startswith("Erreur : --client nobody : pas de client de ce nom")
    bad = skip(db, "--client", "horizon", "--on", "4/12/2026")
    assert bad.exit_code == 1 and "4/12/2026 : ce n'est pas une date" in bad.output, bad.output
    # newcomer15 L2: the example is a date skip would take, Horizon's next call, not a past one
    assert "Solution : écrivez-la comme 2026-12-04." in bad.output, bad.output
    taken = skip(db, "--client", "horizon", "--on", "2026-12-04")
    assert taken.exit_code == 0, taken.output
    assert "Traceback" not in thursday.output + nobody.output + bad.output


def test_skipped_call_has_no_slot_and_the_greeting_names_the_next_real_one(tmp_path: Path):
    db = served_database(tmp_path / "b.sqlite3")
    config = load_config(CONFIG)
    store = Store.open(db)
    clock = Clock(paris(2026, 12, 4, 10, 5))  # during Friday's standing call with Horizon
    app = create_app(config, store, TOKEN, public_url=PUBLIC, clock=clock)
    try:
        with ServerThread(app) as server:
            provider = Provider(server.url)
            provider.post(
                "/twilio/voice", {"CallSid": provider_sid("CA", "slot1"), "From": "+33123456789"}
            )
            assert skip(db, "--client", "horizon", "--on", "2026-12-04").exit_code == 0
            app.state.live_calendar.reload_skips()  # a running service does so within 30 s
            provider.post(
                "/twilio/voice", {"CallSid": provider_sid("CA", "slot2"), "From": "+33123456789"}
            )
            clock.now = paris(2026, 12, 5, 11, 0)  # Saturday: voicemail, naming the next call
            r = provider.post(
                "/twilio/voice", {"CallSid": provider_sid("CA", "sat"), "From": "+33123456789"}
            )
        calls = {e.sid: e for e in store.events(store.account_id()) if e.kind == "call"}
        assert calls[provider_sid("CA", "slot1")].detail["in_standing_slot"] is True
        assert calls[provider_sid("CA", "slot2")].detail["in_standing_slot"] is False
        assert "11 décembre" in r.text and "4 décembre" not in r.text
    finally:
        store.close()


def test_a_call_in_the_past_or_under_way_is_not_skipped(tmp_path: Path):
    db = served_database(tmp_path / "b.sqlite3")
    for day in ("2020-01-03", "2026-11-27"):
        past = skip(db, "--client", "horizon", "--on", day)
        assert past.exit_code == 1 and "Traceback" not in past.output, past.output
        assert "a déjà eu lieu" in past.output and "--on 2026-12-04" in past.output
    under_way = CliRunner().invoke(
        cli,
        ["skip", "--config", CONFIG, "--database", db, "--client", "horizon",
         "--on", "2026-12-04", "--now", "2026-12-04T10:10:00+01:00"],
    )  # fmt: skip
    assert under_way.exit_code == 1 and "a déjà commencé" in under_way.output, under_way.output
    store = Store.open(db)
    try:
        assert CalendarStore(store, store.account_id()).skips() == set()  # nothing stored
    finally:
        store.close()


def test_skip_speaks_english_to_an_english_consultant(tmp_path: Path):
    config = tmp_path / "boundaries.toml"
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    config.write_text(text.replace('language = "fr"', 'language = "en"', 1), encoding="utf-8")
    db = served_database(tmp_path / "b.sqlite3")
    now = ["--now", "2026-12-01T09:00:00+01:00"]
    done = CliRunner().invoke(
        cli,
        [
            "skip",
            "--config",
            str(config),
            "--database",
            db,
            *now,
            "--client",
            "horizon",
            "--on",
            "2026-12-04",
        ],
    )
    assert done.exit_code == 0, done.output
    first, second = done.output.splitlines()
    assert first.startswith("Skipped the standing call with ") and "December 4, 2026" in first
    assert second.startswith("Next standing call: Friday, December 11")


def test_skip_refusals_propose_the_next_call_not_skipped_in_the_consultants_language(
    tmp_path: Path,
):
    # newcomer 12, L1: the "e.g." date was the call just skipped, and the refusal in English
    db = served_database(tmp_path / "b.sqlite3")
    assert skip(db, "--client", "horizon", "--on", "2026-12-04").exit_code == 0
    past = skip(db, "--client", "horizon", "--on", "2026-11-27")
    assert past.exit_code == 1 and "Traceback" not in past.output
    assert past.output.strip() == (
        "Erreur : Le point fixe avec Association Horizon du 27 novembre 2026 a déjà eu lieu : "
        "l'annuler ne changerait rien. Solution : donnez la date d'un point à venir, "
        "par exemple --on 2026-12-11."
    )
    thursday = skip(db, "--client", "horizon", "--on", "2026-12-03")
    assert thursday.exit_code == 1 and "par exemple --on 2026-12-11" in thursday.output
    config = tmp_path / "en.toml"
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    config.write_text(text.replace('language = "fr"', 'language = "en"', 1), encoding="utf-8")
    english = CliRunner().invoke(
        cli,
        ["skip", "--config", str(config), "--database", db, "--now", "2026-12-01T09:00:00+01:00",
         "--client", "horizon", "--on", "2026-12-08"],
    )  # fmt: skip
    assert english.exit_code == 1
    assert english.output.strip() == (
        "Error: Association Horizon has no standing call on December 8, 2026 (a Tuesday). "
        "Fix: give the date of one of its calls, e.g. --on 2026-12-11 (see `boundaries check`)."
    )


def _report(db: str, now: str, *extra: str) -> dict:
    import json

    args = ["report", "--config", CONFIG, "--database", db, "--client", "horizon", "--json"]
    done = CliRunner().invoke(cli, [*args, "--now", now, *extra])
    assert done.exit_code == 0, done.output
    [horizon] = json.loads(done.output)["clients"]
    return horizon


def test_every_reader_of_the_standing_calls_leaves_a_skipped_one_out(tmp_path: Path):
    # newcomer 12, M1: report, dashboard, coach and the replay saved to the store named the
    # skipped call as the next one and counted a call made in its old slot as a standing call
    from boundaries.web.dashboard.source import week_report

    db = served_database(tmp_path / "b.sqlite3")
    assert skip(db, "--client", "horizon", "--on", "2026-12-04").exit_code == 0
    # a call at the time of the skipped call, replayed and saved after the skip
    events = tmp_path / "d4.jsonl"
    events.write_text(
        '{"at": "2026-12-04T10:05:00+01:00", "type": "call", "from": "+33 1 23 45 67 89", '
        '"duration_min": 15}\n',
        encoding="utf-8",
    )
    saved = CliRunner().invoke(
        cli,
        ["simulate", "--config", CONFIG, "--events", str(events), "--save", "--database", db],
    )
    assert saved.exit_code == 0, saved.output
    before = _report(db, "2026-12-01T12:00:00+01:00")
    assert before["next_standing_call"] == "2026-12-11T10:00:00+01:00"
    after = _report(db, "2026-12-05T12:00:00+01:00", "--weeks", "1")
    assert after["next_standing_call"] == "2026-12-11T10:00:00+01:00"
    # no slot that day: the call rang on the weekly allowance, an interruption
    assert (after["calls"], after["rung"], after["interruptions"]) == (1, 1, 1), after
    text = CliRunner().invoke(
        cli,
        ["report", "--config", CONFIG, "--database", db, "--client", "horizon",
         "--now", "2026-12-01T12:00:00+01:00"],
    )  # fmt: skip
    assert "vendredi 11 décembre à 10 h" in text.output, text.output
    assert "vendredi 4 décembre" not in text.output
    # the same replay read from the file, with the store's skips (report --events --database)
    replay = _report(db, "2026-12-05T12:00:00+01:00", "--weeks", "1", "--events", str(events))
    assert (replay["interruptions"], replay["next_standing_call"]) == (
        1,
        "2026-12-11T10:00:00+01:00",
    )
    store = Store.open(db)
    try:
        config = load_config(CONFIG)
        page = week_report(config, store, store.account_id(), paris(2026, 12, 1, 12, 0), None)
        [shown] = [c for c in page["clients"] if c["id"] == "horizon"]
        assert shown["next_standing_call"] == "2026-12-11T10:00:00+01:00"
    finally:
        store.close()


def test_check_names_the_next_call_not_skipped_or_says_it_did_not_read_the_skips(
    tmp_path: Path, monkeypatch
):
    """newcomer14 M6: `check` named a skipped call as the next one, and had no --database
    though skip's refusals point to it. With the store (--database, or boundaries.sqlite3
    here) it leaves skips out; with none it says so, with the fix (in the consultant's
    language: the example's writes French)."""
    monkeypatch.chdir(tmp_path)  # no boundaries.sqlite3 here
    monkeypatch.delenv("DATABASE_URL", raising=False)
    db = served_database(tmp_path / "b.sqlite3")
    assert skip(db, "--client", "horizon", "--on", "2026-12-04").exit_code == 0
    now = ["--now", "2026-12-01T09:00:00+01:00"]

    def horizon_row(output: str) -> str:
        return next(line for line in output.splitlines() if line.startswith("horizon"))

    read = CliRunner().invoke(cli, ["check", "--config", CONFIG, "--database", db, *now])
    assert read.exit_code == 0, read.output
    assert horizon_row(read.output).endswith("ven. 2026-12-11 10:00"), read.output
    assert "faites avec `boundaries skip` : 1 point annulé" in " ".join(read.output.split())
    alone = CliRunner().invoke(cli, ["check", "--config", CONFIG, *now])
    assert alone.exit_code == 0, alone.output
    assert horizon_row(alone.output).endswith("ven. 2026-12-04 10:00"), alone.output
    said = " ".join(alone.output.split())
    assert "ne sont pas retirés" in said and "Solution : ajoutez --database" in said
    # the default store of the folder it runs in is read, as `skip` writes to it by default
    (tmp_path / "b.sqlite3").rename(tmp_path / "boundaries.sqlite3")
    here = CliRunner().invoke(cli, ["check", "--config", CONFIG, *now])
    assert horizon_row(here.output).endswith("ven. 2026-12-11 10:00"), here.output
    # a database not made yet: the file is still checked, the skips said not read (trial41 §9:
    # `check` refused a new, empty PostgreSQL database named by DATABASE_URL)
    missing = CliRunner().invoke(
        cli, ["check", "--config", CONFIG, "--database", f"sqlite:///{tmp_path}/no.sqlite3", *now]
    )
    assert missing.exit_code == 0 and "Traceback" not in missing.output, missing.output
    said = " ".join(missing.output.split())
    assert "Aucune base de données à" in said and "ne sont pas retirés" in said, said
    assert horizon_row(missing.output).endswith("ven. 2026-12-04 10:00"), missing.output


def test_the_next_call_years_ahead_is_said_with_its_year(tmp_path):
    """trial32 §12: `skip --on 2030-12-13` printed « Prochain point fixe : vendredi 20
    décembre à 10 h. », a date of this year that is a Sunday; a call of another year than
    the day it is said in names its year."""
    db = served_database(tmp_path / "b.sqlite3")
    far = skip(db, "--client", "horizon", "--on", "2036-12-05")
    assert far.exit_code == 0, far.output
    # not "next": the next call is days away (trial40 §7); the one after the skipped call
    assert "Le point qui le suit : vendredi 12 décembre 2036 à 10 h." in far.output
    assert "Prochain point fixe" not in far.output
    near = skip(db, "--client", "horizon", "--on", "2026-12-11")
    assert near.exit_code == 0, near.output
    # as of 1 December the next call is the 4th: the 18th is the one after the call skipped
    assert "Le point qui le suit : vendredi 18 décembre à 10 h." in near.output


def test_check_says_the_default_store_problem_and_the_skips_left_in_apart(
    tmp_path: Path, monkeypatch
):
    """trial40 §7: a boundaries.sqlite3 here that `check` cannot use had its problem and
    "Next standing calls from the configuration alone: …" run together in one paragraph;
    each is its own paragraph now."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    (tmp_path / "boundaries.sqlite3").write_bytes(b"not a database, a text file\n" * 40)
    alone = CliRunner().invoke(
        cli, ["check", "--config", CONFIG, "--now", "2026-12-01T09:00:00+01:00"]
    )
    assert alone.exit_code == 0, alone.output
    lines = alone.output.splitlines()
    [problem] = [n for n, line in enumerate(lines) if line.startswith("boundaries.sqlite3")]
    [table_note] = [
        n for n, line in enumerate(lines) if line.startswith("Prochains points fixes d'après")
    ]
    assert table_note > problem, alone.output
    assert "Prochains points" not in " ".join(lines[problem:table_note]), alone.output


def test_a_day_the_configuration_leaves_out_is_said_so(tmp_path: Path):
    """trial50 §10: skipping a day already in `exdates` said only "no standing call"."""
    db = served_database(tmp_path / "b.sqlite3")
    config = tmp_path / "exdates.toml"
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    text = text.replace('language = "fr"', 'language = "en"', 1).replace(
        'standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30 }]',
        'standing_calls = [{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30, '
        'exdates = ["2026-12-11"] }]',
        1,
    )
    config.write_text(text, encoding="utf-8")
    done = CliRunner().invoke(
        cli,
        ["skip", "--config", str(config), "--database", db, "--now", "2026-12-01T09:00:00+01:00",
         "--client", "horizon", "--on", "2026-12-11"],
    )  # fmt: skip
    assert done.exit_code == 1 and "Traceback" not in done.output
    assert "already left out by the configuration (`exdates`)" in done.output, done.output
    assert "--on 2026-12-04" in done.output or "--on 2026-12-18" in done.output, done.output
