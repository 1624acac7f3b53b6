"""newcomer55 §5: a reply read on the day of the call it proposes said « Je ne suis pas
disponible aujourd'hui » / "I'm not free today" and then proposed a call later
that same day. It now says the call is today, and proposes it."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from boundaries.integrations.mail.cycle import MailCycle
from boundaries.store import Store
from tests.mail_servers import SmtpServer
from tests.mail_support import example_with_mail, parsed, voicemail

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2026, 11, 30, tzinfo=PARIS)  # Horizon's standing call: Friday 10:00


def at(day: int, hh: int, mm: int = 0) -> datetime:
    return MONDAY + timedelta(days=day, hours=hh, minutes=mm)


@pytest.mark.parametrize(
    ("lang", "said", "wanted", "contradiction"),
    [
        (
            "fr",
            "c'est marc, pour le budget 2027",
            "Nous avons justement notre point aujourd'hui ; je vous propose d'en parler à ce "
            "moment-là, vendredi 4 décembre à 10 h.",
            "pas disponible aujourd'hui",
        ),
        (
            "en",
            "hi it's marc, about the 2027 budget",
            "We have our standing call later today, so can this wait for it, on Friday, "
            "December 4 at 10:00 AM?",
            "not free",
        ),
    ],
)
def test_a_reply_on_the_day_of_the_call_it_proposes_says_so(
    db_url: str, smtp: SmtpServer, lang: str, said: str, wanted: str, contradiction: str
) -> None:
    text, config = example_with_mail(f'smtp_url = "{smtp.url}"\nreply_at = "08:00"')
    if lang == "en":
        from boundaries.config import parse_config

        marker = 'id = "horizon"'
        head, _, tail = text.partition(marker)
        tail = tail.replace('language = "fr"', 'language = "en"', 1)
        config = parse_config(head + marker + tail)
    store = Store.open(db_url)
    account = store.account_id()
    voicemail(store, account, "V1", "horizon", at(4, 7), said)
    MailCycle(config, store).run(at(4, 8, 1))  # Friday 08:01: the reply; the call at 10:00
    [record] = smtp.received()
    body = " ".join(parsed(record).get_body(("plain",)).get_content().split())
    store.close()
    assert wanted in body, body
    assert contradiction not in body, body
