"""TwiML answers: ring the consultant, or a voicemail that asks what it is about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from twilio.twiml.voice_response import Gather, VoiceResponse

from boundaries.domain.model import ClientZone
from boundaries.i18n import day, mail_word, text, voice_language, when

RECORD_MAX_SECONDS = 180
DIAL_TIMEOUT_SECONDS = 20


@dataclass(frozen=True)
class Voice:
    """Who the greeting speaks for and where the provider posts back."""

    consultant: str
    consultant_phone: str
    zone: ZoneInfo
    base_url: str  # public URL of the service, without trailing slash
    longest_recording: int = RECORD_MAX_SECONDS  # seconds

    @property
    def first_name(self) -> str:
        return self.consultant.split()[0] if self.consultant.strip() else self.consultant

    def url(self, path: str) -> str:
        return self.base_url + path


def connect(voice: Voice) -> str:
    """Ring the consultant; if nobody answers, the provider comes back for a voicemail."""
    response = VoiceResponse()
    dial = response.dial(
        action=voice.url("/twilio/voice?after=dial"),
        method="POST",
        timeout=DIAL_TIMEOUT_SECONDS,
    )
    dial.number(voice.consultant_phone)
    return str(response)


@dataclass(frozen=True)
class Promises:
    """What a client's greeting may promise, each only when it is true (SPEC §7, §10).

    `next_call` is the start (UTC) of its next standing call; `on_agenda` whether a topic left
    now goes onto that call's agenda (not once the moment to send that agenda has passed);
    `agenda_sent` whether that agenda really went out (the outbox holds it as sent): the
    greeting says so only then, and otherwise names the call alone; `answer` when the
    deferral reply reaches the client, as the client counts days ("today", "tomorrow", or the
    client's local date), None when no email reply will come; `zone` where the client reads
    the time (`ClientZone`)."""

    next_call: datetime | None
    zone: ClientZone
    on_agenda: bool = True
    answer: str | date | None = None
    agenda_sent: bool = False


def voicemail(
    voice: Voice,
    lang: str,
    promises: Promises | None,
    urgent_line: bool,
    known_client: bool = True,
    country: str | None = None,
) -> str:
    """The greeting in the caller's language, the urgent line where offered, then a recording.

    A known client hears its next standing call in its own time (`Promises.zone`), whether
    its topic will be on that call's agenda, and when an email answer will come; spoken with
    the accent of `country` where the provider has it (`i18n.voice_language`)."""
    say_lang = voice_language(lang, country)
    names = {"consultant": voice.consultant, "first_name": voice.first_name}
    response = VoiceResponse()
    if not known_client:
        response.say(text(lang, "voice.neutral", **names), language=say_lang)
        _record(response, voice)
        return str(response)
    parts = [text(lang, "voice.greeting", **names)]
    if promises is not None and promises.next_call is not None:
        start, zone = promises.next_call, promises.zone
        said = when(start, lang, zone.zone, zone.named(start))
        if promises.on_agenda:
            key = "voice.next_call"
        else:
            key = "voice.next_call_agenda_sent" if promises.agenda_sent else "voice.next_call_only"
        parts.append(text(lang, key, next_call=said))
    parts.append(text(lang, "voice.ask_topic"))
    if promises is not None and promises.answer is not None:
        answer = promises.answer
        email = mail_word(lang, country)
        if isinstance(answer, date):
            parts.append(text(lang, "voice.answer_on", day=day(answer, lang), email=email))
        else:
            parts.append(text(lang, f"voice.answer_{answer}", email=email))
    if urgent_line:
        gather = Gather(
            num_digits=1,
            action=voice.url("/twilio/gather"),
            method="POST",
            timeout=4,
        )
        gather.say(" ".join(parts), language=say_lang)
        # what an emergency cannot wait for: the answer promised (« lundi 7 décembre » on a
        # Friday evening, not "tomorrow", newcomer51 §13), or nothing at all
        answered = promises is not None and promises.answer is not None
        offer = "voice.urgent_offer" if answered else "voice.urgent_offer_no_answer"
        gather.say(text(lang, offer), language=say_lang)
        response.append(gather)
    else:
        response.say(" ".join(parts), language=say_lang)
    _record(response, voice)
    return str(response)


AFTER_URGENT = frozenset(
    f"{when}_{outcome}"
    for when in ("urgent", "unanswered")
    for outcome in ("notified", "already", "noted")
)
"""What a caller who pressed 1 hears when no call rings through (catalogue keys `voice.*`):
`urgent_*` right after the press, `unanswered_*` after the consultant was rung and did not
pick up; `*_notified` an alert has just gone out, `*_already` one had already gone out for
this burst, `*_noted` there is no notification channel, so nobody is said to be alerted
(SPEC §7) and the caller is told the message will be heard first."""


def after_urgent(voice: Voice, lang: str, said: str, country: str | None = None) -> str:
    """The answer to an urgent press that does not ring through (`said` one of
    `AFTER_URGENT`), then a recording: the caller always learns where the emergency stands."""
    if said not in AFTER_URGENT:
        raise ValueError(f"no urgent answer {said!r}; one of {sorted(AFTER_URGENT)}")
    response = VoiceResponse()
    names = {"consultant": voice.consultant, "first_name": voice.first_name}
    response.say(text(lang, f"voice.{said}", **names), language=voice_language(lang, country))
    _record(response, voice)
    return str(response)


def leave_message(voice: Voice, lang: str, country: str | None = None) -> str:
    """A key other than the urgent 1 was pressed: straight to the recording, without starting
    the greeting over."""
    response = VoiceResponse()
    response.say(text(lang, "voice.leave_message"), language=voice_language(lang, country))
    _record(response, voice)
    return str(response)


def record_only(voice: Voice, lang: str, country: str | None = None) -> str:
    """A plain voicemail when nothing better can be said (the store or the engine failed)."""
    response = VoiceResponse()
    names = {"consultant": voice.consultant, "first_name": voice.first_name}
    response.say(text(lang, "voice.unavailable", **names), language=voice_language(lang, country))
    _record(response, voice)
    return str(response)


def thanks(lang: str, country: str | None = None) -> str:
    """Thanks for the message, then hang up (in the accent of `country`, as the greeting)."""
    response = VoiceResponse()
    response.say(text(lang, "voice.thanks"), language=voice_language(lang, country))
    response.hangup()
    return str(response)


def hangup() -> str:
    response = VoiceResponse()
    response.hangup()
    return str(response)


def _record(response: VoiceResponse, voice: Voice) -> None:
    response.record(
        action=voice.url("/twilio/recording"),
        method="POST",
        max_length=voice.longest_recording,
        play_beep=True,
        transcribe=True,
        transcribe_callback=voice.url("/twilio/transcription"),
    )
    response.hangup()
