"""What clients are promised about pressing 1 holds (SPEC §7): an alert only where a
notification channel exists, nothing about pressing 1 where the client has no urgent line,
and no script that quotes "about 0 hours" or asks a rise for nothing. Replies go through the
mail cycle to a real SMTP server; scripts are rendered as `boundaries coach` renders them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from boundaries.config import parse_config
from boundaries.domain.coach import STEPS
from boundaries.domain.figures import Period, client_figures
from boundaries.domain.model import Config
from boundaries.domain.schedule import Calendar
from boundaries.integrations.calendar.feed import standing_calls_feed
from boundaries.integrations.mail.cycle import MailCycle
from boundaries.reporting import wording as w
from boundaries.reporting.coaching import script_values
from boundaries.reporting.evidence import simulated_contacts
from boundaries.simulation.events import in_time_order, load_events
from boundaries.store import Store
from tests.conftest import EXAMPLES
from tests.mail_servers import SmtpServer
from tests.mail_support import example_with_mail, parsed, voicemail

PARIS = ZoneInfo("Europe/Paris")
TUESDAY = datetime(2026, 12, 1, tzinfo=PARIS)
NOTIFY = 'notify = ["json://127.0.0.1:9/alerts"]'

# What a promise of an alert looks like, in each language; what an honest "heard first" is.
ALERT = {"en": ("at once", "straight away"), "fr": ("aussitôt", "immédiatement")}
HEARD_FIRST = {"en": "your message is heard first", "fr": "votre message est écouté en premier"}
PRESS = {"en": "press", "fr": "touche 1"}


def reply_to_harbor(db_url: str, smtp: SmtpServer, service: str = "", urgent_line: bool = True):
    """The deferral reply Harbor gets at 17:00 for a voicemail left at 16:30, as sent."""
    text, config = example_with_mail(f'smtp_url = "{smtp.url}"', service)
    if not urgent_line:
        text = text.replace('region = "US"', 'region = "US"\nurgent_line = false', 1)
        text = text.replace("urgent_line = true\nhourly_rate = 95.0", "hourly_rate = 95.0")
        config = parse_config(text)
    store = Store.open(db_url)
    account = store.account_id()
    said = "hi it's jen from harbor, about the spring show budget"
    # After 16:00, when the agenda of Wednesday's call went out: the reply is the one message.
    voicemail(store, account, "CAH1", "harbor", TUESDAY + timedelta(hours=16, minutes=30), said)
    MailCycle(config, store).run(TUESDAY + timedelta(hours=17))
    store.close()
    [sent] = smtp.received()
    return parsed(sent).get_body(("plain",)).get_content()


def test_without_a_channel_the_reply_says_an_urgent_message_is_heard_first(
    db_url: str, smtp: SmtpServer
):
    body = reply_to_harbor(db_url, smtp)
    assert "press 1" in body
    assert "your message will be heard first" in body
    assert "know at once" not in body and "at once" not in body


def test_with_a_channel_the_reply_promises_an_alert(db_url: str, smtp: SmtpServer):
    body = reply_to_harbor(db_url, smtp, service=NOTIFY)
    assert "press 1: if I can't pick up, an alert reaches me at once." in body


def test_a_client_without_an_urgent_line_is_not_told_to_press_1(db_url: str, smtp: SmtpServer):
    body = reply_to_harbor(db_url, smtp, service=NOTIFY, urgent_line=False)
    assert "press 1" not in body and "urgent" not in body


def example(
    extra_service: str = "", horizon_urgent_line: bool = True, horizon_allowance: int = 2
) -> Config:
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    if extra_service:
        text = text.replace("[service]\n", "[service]\n" + extra_service + "\n")
    text = text.replace(
        "adhoc_calls_per_week = 2\nurgent_line = true",
        f"adhoc_calls_per_week = {horizon_allowance}\nurgent_line = "
        + ("true" if horizon_urgent_line else "false"),
    )
    return parse_config(text)


def scripts(config: Config, client_id: str, with_events: bool = True) -> dict[tuple[str, str], str]:
    """Every step's script for a client, in both languages, as `coach` renders it: over the
    example month, or over a week in which the client did nothing."""
    if with_events:
        events, _ = in_time_order(load_events(EXAMPLES / "events.jsonl", config.consultant.region))
        contacts = simulated_contacts(config, events)
        period, now = Period(date(2026, 10, 12), date(2026, 11, 6)), events[-1].at
    else:
        contacts = []
        period, now = Period(date(2026, 11, 30), date(2026, 12, 6)), TUESDAY
    cal = Calendar(config)
    figures = next(
        f for f in client_figures(config, contacts, period, cal, now) if f.id == client_id
    )
    client = config.client(client_id)
    assert client is not None
    mine = [c for c in contacts if c.client == client_id]
    out = {}
    for lang in ("fr", "en"):
        values = script_values(lang, config, cal, client, figures, period, mine, now, [])
        for step in STEPS:
            # without a rate to raise, `rates` is the consultant's note (`coaching.conversation`)
            shown = (
                "rates_note"
                if step == "rates" and values["demands"] and not values["suggested_rate"]
                else step
            )
            out[(lang, step)] = " ".join(w.script(lang, shown, **values).split())
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_scripts_without_a_channel_never_promise_pressing_1_reaches_the_consultant(lang: str):
    said = scripts(example(), "horizon")
    for step in ("talk", "pushback", "defer"):
        text = said[(lang, step)]
        assert HEARD_FIRST[lang] in text, step
        assert not any(word in text for word in ALERT[lang]), step


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_scripts_with_a_channel_say_pressing_1_alerts_the_consultant(lang: str):
    said = scripts(example(NOTIFY), "horizon")
    alert = {"en": "otherwise alerts me at once", "fr": "elle m'alerte aussitôt"}[lang]
    for step in ("talk", "pushback", "defer"):
        assert alert in said[(lang, step)], step


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_scripts_for_a_client_without_an_urgent_line_never_mention_it(lang: str):
    said = scripts(example(NOTIFY, horizon_urgent_line=False), "horizon")
    for step in STEPS:
        assert PRESS[lang] not in said[(lang, step)].lower(), step


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_scripts_for_a_client_that_asks_nothing_quote_no_zero_hours_and_no_rise(lang: str):
    said = scripts(example(), "velo", with_events=False)
    zero = {"en": "about 0 hours", "fr": "environ 0 heures"}[lang]
    for step in STEPS:
        assert zero not in said[(lang, step)], step
        assert " 0 hours" not in said[(lang, step)] and " 0 heures" not in said[(lang, step)]
    stays = {
        "en": "your calls stay within what we agreed",
        "fr": "vos appels restent dans ce cadre",
    }
    assert stays[lang] in said[(lang, "pushback")]
    no_rise = {"en": "No rise to announce", "fr": "Pas de hausse à annoncer"}
    assert said[(lang, "rates")].startswith(no_rise[lang])
    # Velo's rate is 70 €: a "rise" from 70 € to 70 € is never written.
    assert "70 € à 70 €" not in said[(lang, "rates")] and "€70 to €70" not in said[(lang, "rates")]


def test_scripts_and_the_calendar_feed_promise_email_only_with_a_server_to_send_it():
    """Newcomer3 L7: without [mail] smtp_url the coach scripts said « je vous réponds par
    e-mail dans la journée » and the feed « l'ordre du jour est envoyé avant »."""
    base = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    with_mail = base + '\n[mail]\nsmtp_url = "smtp://claire@127.0.0.1:2525"\n'
    for toml, promised in ((base, False), (with_mail, True)):
        config = parse_config(toml)
        body = standing_calls_feed(config, TUESDAY).decode().replace("\r\n ", "")
        assert ("l'ordre du jour est envoyé avant" in body) is promised
        texts = scripts(config, "horizon")
        for lang, step in (("fr", "talk"), ("fr", "defer"), ("en", "talk"), ("en", "defer")):
            said = "je vous réponds par e-mail" if lang == "fr" else "by email the same day"
            assert (said in texts[(lang, step)]) is promised, (lang, step)
        # fix6-texts: the answer to push-back promised "a written answer the same day" too
        for lang in ("fr", "en"):
            said = "réponse écrite le jour même" if lang == "fr" else "written answer the same day"
            assert (said in texts[(lang, "pushback")]) is promised, lang


# What a script says of calls between standing calls when no direct call is allowed.
TO_VOICEMAIL = {
    "en": "your calls go to my voicemail",
    "fr": "vos appels arrivent sur ma messagerie",
}
DIRECT = {
    "en": ("ring me directly", "call me directly", "direct call", "can't wait"),
    "fr": ("m'appeler directement", "appel direct", "appels directs", "besoin réel"),
}


@pytest.mark.parametrize("urgent_line", [True, False])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_scripts_for_a_client_without_direct_calls_say_calls_go_to_voicemail(
    lang: str, urgent_line: bool
):
    """Newcomer6 M1 and L1: with `adhoc_calls_per_week = 0` no direct call ever rings, yet
    `talk` promised "you can ring me directly when something truly can't wait", `pushback`
    "a quick answer for anything that can't wait" and the rates letter "the 0 direct calls a
    week we agreed". Each now says calls go to voicemail (but for the urgent line, when the
    client has one) and leaves the direct calls out."""
    said = scripts(example(horizon_urgent_line=urgent_line, horizon_allowance=0), "horizon")
    for step in STEPS:
        text = said[(lang, step)]
        assert not any(words in text for words in DIRECT[lang]), (step, text)
        assert " 0 direct" not in text and " 0 appel" not in text, step
    for step in ("talk", "pushback"):
        assert TO_VOICEMAIL[lang] in said[(lang, step)], step
        assert (PRESS[lang] in said[(lang, step)].lower()) is urgent_line, step
    letter = said[(lang, "rates")]
    agreed = {
        "en": "our standing call, Fridays at 10 AM —",
        "fr": "notre point fixe le vendredi à 10 h —",
    }
    assert agreed[lang] in letter, letter
    assert {"en": "calls outside our standing call came", "fr": "notre point fixe ont"}[
        lang
    ] in letter


@pytest.mark.parametrize(
    ("allowance", "fr", "en"),
    [
        (1, "de l'appel direct prévu chaque semaine", "the 1 direct call a week we agreed"),
        (2, "des 2 appels directs prévus chaque semaine", "the 2 direct calls a week we agreed"),
    ],
)
def test_the_rates_letter_names_the_direct_calls_agreed_in_the_right_number(
    allowance: int, fr: str, en: str
):
    """« des 1 appels directs prévus » was written for an allowance of 1."""
    said = scripts(example(horizon_allowance=allowance), "horizon")
    assert fr in said[("fr", "rates")] and en in said[("en", "rates")]
    for lang in ("fr", "en"):
        assert TO_VOICEMAIL[lang] not in said[(lang, "talk")]


@pytest.mark.parametrize(
    ("lang", "zero", "absent"),
    [
        ("fr", "indiquez dans hourly_rate (0 pour ce client)", "ajoutez hourly_rate"),
        ("en", "set hourly_rate (0 for this client)", "add hourly_rate"),
    ],
)
def test_the_rates_step_asks_to_set_a_rate_given_as_0_not_to_add_it(
    lang: str, zero: str, absent: str
):
    """Newcomer6 L2: the coach said « ajoutez hourly_rate » for `hourly_rate = 0`."""
    text = (EXAMPLES / "boundaries.toml").read_text(encoding="utf-8")
    given_0 = parse_config(text.replace("hourly_rate = 85.0", "hourly_rate = 0"))
    not_given = parse_config(text.replace("hourly_rate = 85.0\n", ""))
    for config, said, unsaid in ((given_0, zero, absent), (not_given, absent, zero)):
        letter = scripts(config, "horizon")[(lang, "rates")]
        assert said in letter and unsaid not in letter, letter
