"""The dashboard's parts without a browser: wording in both languages, charts, settings,
when cookies may go without `Secure`, and the report source's shape (SPEC §8)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path

import click
import pytest

from boundaries.cli.serve import cookies_secure
from boundaries.web.auth import PasswordError, hash_password, password_matches
from boundaries.web.dashboard.charts import Trend, trend_svg
from boundaries.web.dashboard.pages import card, settings_view
from boundaries.web.dashboard.source import week_report
from boundaries.web.dashboard.words import LOCALE_DIR, Words
from tests.dashboard_support import END_OF_MONTH, example_store

TEMPLATES = Path(__file__).resolve().parent.parent / "src/boundaries/web/dashboard/templates"
REPORT_FIELDS = {
    "id", "calls", "rung", "interruptions", "adhoc_allowance", "adhoc_used_max_week", "bursts",
    "voicemails", "content_free", "status_checks", "already_answered", "urgent_presses",
    "urgent_messages", "minutes_on_calls", "hours_lost", "demanded_hours_per_week", "premium",
    "next_standing_call", "agenda", "step", "trend",
}  # fmt: skip


def catalogue(lang: str) -> dict[str, dict[str, str]]:
    return tomllib.loads((LOCALE_DIR / lang / "dashboard.toml").read_text("utf-8"))


def test_french_and_english_say_the_same_things():
    fr, en = catalogue("fr"), catalogue("en")
    assert fr.keys() == en.keys()
    for section in fr:
        assert fr[section].keys() == en[section].keys(), section


def test_every_message_a_template_asks_for_exists():
    used = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_]+)["']""", template.read_text()))
    assert used, "the templates use the catalogue"
    for lang in ("fr", "en"):
        words = Words(lang, END_OF_MONTH.tzinfo)  # type: ignore[arg-type]
        for key in sorted(used):
            assert words(key), (lang, key)


def test_unknown_stored_values_read_as_words_not_keys():
    words = Words("en", END_OF_MONTH.tzinfo)  # type: ignore[arg-type]
    assert words.label("actions", "connect") == "rang through"
    assert words.label("actions", "some_new_action") == "some new action"


def test_numbers_and_times_follow_the_language(example_config):
    zone = example_config.consultant.zone
    assert Words("fr", zone).number(3.07, 2) == "3,07"
    assert Words("en", zone).number(1234.5, 1) == "1,234.5"
    assert Words("fr", zone).moment("2026-11-06T12:38:00+00:00") == "ven. 6 nov. à 13 h 38"
    # Newcomer3 L8: the hour as every French letter writes it, « 10 h », never « 10:00 ».
    assert Words("fr", zone).moment("2026-12-04T09:00:00+00:00") == "ven. 4 déc. à 10 h"
    assert Words("fr", zone).time("2026-12-04T10:38:00+00:00") == "ven. 11 h 38"
    assert Words("en", zone).moment("2026-11-06T12:38:00+00:00") == "Fri, Nov 6, 1:38 PM"


def test_money_percent_and_days_are_written_as_the_report_writes_them(example_config):

    from boundaries.reporting import wording  # the report's own formatting

    zone = example_config.consultant.zone
    fr, en = Words("fr", zone), Words("en", zone)
    for lang, words in (("fr", fr), ("en", en)):
        assert words.money(270.0, "EUR") == wording.money(lang, 270.0, "EUR")
        assert words.money(179.5, "EUR") == wording.money(lang, 179.5, "EUR")
    assert fr.money(270.0, "EUR") == "270\xa0€" and en.money(270.0, "USD") == "$270"
    assert en.increase(110.0) == "+110%" and fr.increase(110.0) == "+110\xa0%"
    assert fr.day("2026-12-01") == "1er déc." and en.day("2026-12-01") == "Dec 1"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_trend_chart_is_an_svg_in_the_themes_colours(theme: str):
    trend = Trend(("12 oct.", "19 oct."), (28, 3), (2, 1), "Appels", "Interruptions")
    svg = trend_svg(trend, theme).decode()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert {"light": "#9fb7d9", "dark": "#4f6c96"}[theme] in svg
    assert "<script" not in svg


def test_settings_show_the_file_and_hide_secrets(example_config):
    notify = ("ntfy://ntfy.sh/claire-a7f3-alerts", "tgram://5550001:AAF-botkey/987654321")
    config = replace(
        example_config,
        service=replace(
            example_config.service, twilio_auth_token="s3cret", api_token="t0ken", notify=notify
        ),
    )
    view = settings_view(config, "/etc/boundaries.toml")
    shown = repr(view)
    assert view["path"] == "/etc/boundaries.toml"
    assert "s3cret" not in shown and "t0ken" not in shown and "Association Horizon" in shown
    # A notification URL holds a token, a chat id or a topic that is itself the secret
    # (newcomer48 §10): only its service is named.
    for secret in ("claire-a7f3", "alerts", "AAF-botkey", "5550001", "987654321", "ntfy.sh"):
        assert secret not in shown, secret
    [notify_row] = [v for name, rows in view["sections"] for k, v in rows if k == "notify"]
    assert notify_row.startswith("ntfy:// (") and "tgram:// (" in notify_row
    assert settings_view(config, None) == {"path": None, "sections": []}
    values = [value for _, rows in view["sections"] for _, value in rows]
    assert not any("()" in v or "[]" in v or "= None" in v for v in values), values


@pytest.mark.parametrize(
    ("choice", "host", "public", "secure"),
    [
        (None, "127.0.0.1", None, False),
        (None, "127.0.0.1", "https://calls.example.org", True),
        (None, "0.0.0.0", None, True),
        (True, "127.0.0.1", None, True),
        (False, "localhost", None, False),
    ],
)
def test_cookies_go_without_secure_only_on_loopback(
    choice: bool | None, host: str, public: str | None, secure: bool
):
    assert cookies_secure(choice, host, public) is secure


def test_insecure_cookies_on_a_public_address_are_refused_with_the_fix():
    with pytest.raises(click.BadParameter, match="loopback"):
        cookies_secure(False, "0.0.0.0", None)


def test_passwords_are_checked_against_their_argon2_hash():
    stored = hash_password("correct horse battery")
    assert password_matches(stored, "correct horse battery")
    assert not password_matches(stored, "correct horse batterY")
    assert not password_matches(None, "correct horse battery")
    assert not password_matches("not a hash", "correct horse battery")
    with pytest.raises(PasswordError, match="at least 12"):
        hash_password("short")


def test_the_report_source_gives_spec_section_8_fields(tmp_path: Path):
    store, config = example_store(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    try:
        payload = week_report(config, store, store.account_id(), END_OF_MONTH, None)
        other = week_report(
            replace(config, clients=()), store, store.account_id("autre-cabinet"),
            END_OF_MONTH, None, "autre-cabinet",
        )  # fmt: skip
    finally:
        store.close()
    assert {"from", "to", "weeks", "clients"} <= payload.keys()
    assert payload["from"] == "2026-10-12" and payload["to"] == "2026-11-06"
    known = [c for c in payload["clients"] if c["id"] != "unknown"]
    assert [c["id"] for c in known] == ["horizon", "velo", "harbor"]
    for c in known:
        assert c.keys() >= REPORT_FIELDS
        assert sum(t["calls"] for t in c["trend"]) == c["calls"]
    assert all(c["calls"] == 0 for c in other["clients"])


def test_the_allowance_is_called_the_same_on_every_french_screen():
    """Newcomer3 L8: « appels ponctuels » in the report, « appels libres » on the dashboard."""
    from boundaries.web.dashboard.words import catalogue

    def texts(value: object) -> list[str]:
        if isinstance(value, dict):
            return [t for v in value.values() for t in texts(v)]
        return [value] if isinstance(value, str) else []

    said = " ".join(texts(catalogue("fr")))
    assert "appels ponctuels" in said and "libre" not in said


@pytest.mark.parametrize(
    ("lang", "zero", "absent"),
    [
        ("fr", "hourly_rate vaut 0 pour ce client", "Ajoutez hourly_rate"),
        ("en", "hourly_rate is 0 for this client: set it to the rate you bill", "Add hourly_rate"),
    ],
)
def test_a_card_without_a_premium_names_the_key_and_whether_to_add_or_set_it(
    lang: str, zero: str, absent: str
):
    """Newcomer6 L2: every card without a premium read « Ajoutez billed_hours_per_week »,
    also when hourly_rate was the missing key or was given as 0."""
    from boundaries.web.dashboard.pages import card

    words = Words(lang, END_OF_MONTH.tzinfo)  # type: ignore[arg-type]
    base = {"id": "horizon", "name": "Horizon", "content_free": 0, "voicemails": 0, "trend": []}
    for why, said, unsaid in (("zero", zero, absent), ("absent", absent, zero)):
        c = {**base, "premium": None, "premium_missing": "hourly_rate", "premium_missing_why": why}
        text = words(card(c, words)["no_premium"], key=c["premium_missing"])
        assert said in text and unsaid not in text and "billed_hours" not in text, text


def test_settings_show_mail_and_calendars_without_their_secrets(example_config):
    """newcomer51 §10: the page left [mail] and [calendar] out, what a consultant checks
    first ("why did my replies go at 16:30?"); a private calendar's address is its secret."""
    from datetime import time

    from boundaries.domain.model import CalendarSources, Mail

    config = replace(
        example_config,
        mail=Mail(
            smtp_url="smtps://claire@mail.example.org:465",
            imap_url="imaps://claire@mail.example.org",
            reply_at=time(16, 30),
        ),
        calendar=CalendarSources(
            busy=(
                "https://calendar.example.com/ical/claire/private-s3cr3tt0ken/basic.ics",
                "examples/busy.ics",
            ),
            caldav_url="https://dav.example.org/claire/boundaries/",
        ),
    )
    view = settings_view(config, "/etc/boundaries.toml")
    sections = dict(view["sections"])
    mail, calendar = dict(sections["mail"]), dict(sections["calendar"])
    assert mail["reply_at"] == "16:30"
    assert mail["smtp_url"] == "smtps://claire@mail.example.org:465"
    assert calendar["busy"] == "https://calendar.example.com/…, examples/busy.ics"
    assert calendar["caldav_url"] == "https://dav.example.org/…"
    assert "s3cr3tt0ken" not in repr(view)


def test_a_client_with_no_ad_hoc_calls_is_not_told_0_of_0():
    # trial36 §11: "ad-hoc allowance of X used up: 0 of 0 this week"
    zone = END_OF_MONTH.tzinfo
    facts = {"client": "Zürcher Stiftung", "used": "0", "of": "0"}
    assert Words("en", zone).reason("allowance_used", facts) == (  # type: ignore[arg-type]
        "Zürcher Stiftung has no ad-hoc calls allowed"
    )
    facts = {"client": "Horizon", "used": "2", "of": "2"}
    said = Words("fr", zone).reason("allowance_used", facts)  # type: ignore[arg-type]
    assert said == "appels ponctuels prévus pour Horizon épuisés : 2 sur 2 cette semaine"


def test_settings_name_the_whole_path_of_a_file_given_from_another_folder(
    example_config, tmp_path, monkeypatch
):
    """trial41 §10: « Ces valeurs viennent du fichier `live.toml` » for a service started with
    --config w/live.toml: the page names the file wherever the service was started."""
    monkeypatch.chdir(tmp_path)
    view = settings_view(example_config, "w/live.toml")
    assert view["path"] == str(tmp_path / "w" / "live.toml")


@pytest.mark.parametrize(("percent", "asked"), [(0.0, False), (35.0, True)])
def test_a_premium_of_nothing_is_not_shown_as_an_alarm(example_config, percent, asked):
    """trial44 §17: "+0 %" was in the same red as real overuse."""
    figures = {
        "id": "horizon",
        "name": "Horizon",
        "premium": {
            "percent": percent,
            "suggested_rate": 90.0,
            "current_rate": 90.0,
            "currency": "EUR",
        },
    }
    shown = card(figures, Words("fr", example_config.consultant.zone))["premium"]
    assert shown["asked"] is asked
    template = (TEMPLATES / "week.html").read_text("utf-8")
    assert '{% if not c.premium.asked %} class="none"' in template
