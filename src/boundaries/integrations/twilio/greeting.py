"""The voicemail greeting a call hears: what it may promise the caller, each only if true."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from boundaries.domain.agenda import agenda_key, carrying_call
from boundaries.domain.model import Client, Config
from boundaries.domain.replies import reply_moment
from boundaries.domain.schedule import Calendar
from boundaries.integrations.twilio import twiml
from boundaries.store import Store
from boundaries.store.outbox import Outbox

CACHED_GREETINGS = 1024


class Greetings:
    """The greetings of one account's clients (and of unknown callers), built once while what
    they say stays the same."""

    def __init__(
        self,
        config: Config,
        store: Store,
        account_id: int,
        voice: twiml.Voice,
        calendar: Callable[[], Calendar],
    ) -> None:
        self.config = config
        self.store = store
        self.account_id = account_id
        self.voice = voice
        self.calendar = calendar
        self._built: dict[tuple[object, ...], str] = {}
        # The starts (UTC) of a client's standing calls it asked to move or call off, as the
        # agenda holds them (`domain.moves.calls_in_question`); set by the live service, which
        # reads what clients said (None: no call is taken to be in question).
        self.in_question: Callable[[str, datetime], frozenset[datetime]] | None = None

    def voicemail(self, lang: str, client: Client | None, at: datetime) -> str:
        """The greeting at `at` (UTC-aware): a client's in its own language with its promises
        and urgent line; an unknown caller's neutral one in `lang`."""
        if client is None:
            return self._greeting(lang, None, None, False, False, self.config.consultant.region)
        promises = self.promises(client, at)
        return self._greeting(
            client.language, client.id, promises, client.urgent_line, True, client.country
        )

    def promises(self, client: Client, at: datetime) -> twiml.Promises:
        """What the greeting may promise this client at `at`, each only if true: its next
        standing call in its own time, unless the client asked to move or call it off
        (`in_question`); whether a topic left now is on that call's agenda, or
        else whether that agenda really went out (`agenda_sent`); and when the email answer
        comes as the client counts days (none without an address or an SMTP server; no day
        when the consultant approves each reply first, `approve_replies`, SPEC §10)."""
        calendar = self.calendar()
        nxt = calendar.next_call(client.id, at)
        start = nxt.start if nxt else None
        asked = self.in_question
        if start is not None and asked is not None and start in asked(client.id, at):
            # the client asked to move or call it off: its date is open, so the greeting
            # names no call (trial38 §6: « Votre prochain point est prévu vendredi … »)
            start = None
        zone = self.config.client_zone(client)
        answer: str | date | None = None
        if client.emails and self.config.mail.smtp_url and self.config.mail.approve_replies:
            answer = "later"  # it waits for the consultant: no day can be promised
        elif client.emails and self.config.mail.smtp_url:
            today = at.astimezone(zone.zone).date()
            answered = reply_moment(self.config, at).astimezone(zone.zone).date()
            days = (answered - today).days
            answer = "today" if days <= 0 else "tomorrow" if days == 1 else answered
        on_agenda = start is not None and (
            carrying_call(self.config, calendar, client.id, at) == start
        )
        sent = start is not None and not on_agenda and self.agenda_sent(client, start)
        return twiml.Promises(start, zone, on_agenda, answer, sent)

    def agenda_sent(self, client: Client, start: datetime) -> bool:
        """Whether the agenda of this client's call at `start` really went out: the outbox
        holds it as sent. None goes when there was nothing to discuss, when mail is not set
        up or when the service was not running; one waiting for approval or a retry has not
        gone (SPEC §7: a greeting promises only what holds)."""
        entry = Outbox(self.store, self.account_id).get(agenda_key(client.id, start))
        return entry is not None and entry.state == "sent"

    def _greeting(
        self,
        lang: str,
        client_id: str | None,
        promises: twiml.Promises | None,
        urgent: bool,
        known: bool,
        country: str | None,
    ) -> str:
        key = (lang, client_id, promises, urgent, known, country)
        cached = self._built.get(key)
        if cached is None:
            cached = twiml.voicemail(
                self.voice, lang, promises, urgent, known_client=known, country=country
            )
            if len(self._built) > CACHED_GREETINGS:
                self._built.clear()
            self._built[key] = cached
        return cached
