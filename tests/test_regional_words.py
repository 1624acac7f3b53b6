"""Words a client reads or hears by its country where usage differs (trial51 §12): a Québec
client is answered « par courriel », a client in France « par e-mail » (`i18n.mail_word`)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from boundaries.config import parse_config
from boundaries.domain.replies import Heard, deferral_replies
from boundaries.domain.schedule import Calendar
from boundaries.i18n import mail_word
from boundaries.integrations.twilio import twiml
from boundaries.triage import Message, classify
from tests.conftest import BASE_TOML

PARIS = ZoneInfo("Europe/Paris")


@pytest.mark.parametrize(
    "country, word", [("CA", "courriel"), ("FR", "e-mail"), ("BE", "e-mail"), (None, "e-mail")]
)
def test_the_word_for_an_email_follows_the_clients_country(country, word):
    assert mail_word("fr", country) == word
    assert mail_word("en", country) == "email"


@pytest.mark.parametrize("country, word", [("CA", "courriel"), ("FR", "e-mail")])
def test_the_greeting_promises_the_answer_in_the_clients_word(country, word):
    voice = twiml.Voice("Claire Martin", "+33612345678", PARIS, "https://x.example")
    promised = twiml.Promises(None, None, answer="today")  # type: ignore[arg-type]
    said = twiml.voicemail(voice, "fr", promised, False, country=country)
    assert f"réponse par {word} dans la journée" in said, said


@pytest.mark.parametrize(
    "phone, word", [("+1 418 555 0123", "courriel"), ("+33 1 23 45 67 89", "e-mail")]
)
def test_a_reply_says_email_in_the_clients_word(phone, word):
    config = parse_config(
        BASE_TOML.replace('phones = ["+33 1 23 45 67 89"]', f'phones = ["{phone}"]')
    )
    at = datetime(2026, 12, 1, 9, 0, tzinfo=PARIS)
    words = "bonjour c'est Marc, le bilan pour la banque, on doit le rendre pour le jeudi 3"
    verdict = classify(Message("a", "voicemail", words, at=at))
    due = datetime.fromisoformat(verdict.due).date()
    heard = Heard("a", "horizon", at, "voicemail", words, topic=verdict.topic, due=due)
    [reply] = deferral_replies(
        config, Calendar(config), [heard], datetime(2026, 12, 1, 23, 0, tzinfo=PARIS)
    )
    assert f"par {word} d'ici là" in " ".join(reply.letter.text.split()), reply.letter.text
