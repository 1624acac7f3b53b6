"""Batches of `boundaries triage` answered on every core the process may use.

Each batch of lines is answered on its own (the rules, the learned second opinion, then
answered-by against the read-only `--updates` index), so batches can go to worker processes
and come back in order. The first batch is answered here, which loads the model and builds
the rules' patterns; the workers are then forked from this process and start with all of it
loaded (on platforms without `fork`, everything stays in this process).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

log = logging.getLogger(__name__)

Answer = dict[str, Any]
AnswerBatch = Callable[[Sequence[str]], list[Answer]]

AHEAD = 2
"""Batches in flight per worker: enough to keep each busy, few enough to stream."""

_answer: AnswerBatch | None = None  # what a worker process runs, set before it is forked


def usable_cores() -> int:
    """How many cores this process may run on (its CPU affinity, so `taskset -c 0` gives 1),
    at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def answered_in_order(
    batches: Iterable[Sequence[str]], answer: AnswerBatch, workers: int | None = None
) -> Iterator[list[Answer]]:
    """`answer(batch)` for each batch, in order: the first here, the rest on `workers`
    processes (default: `usable_cores()`; 1, or a system without `fork`, keeps all here).

    `answer` must not raise (a batch's faults are its lines' error objects): if a worker
    dies, its batch and the ones after it are answered here instead, so no line is lost.
    An empty batch is a pause of the input: every batch in flight is answered before the
    next one is read.
    """
    chunks = iter(batches)
    first = next((batch for batch in chunks if batch), None)
    if first is None:
        return
    yield answer(first)
    workers = usable_cores() if workers is None else workers
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from (answer(batch) for batch in chunks if batch)
        return
    yield from _on_workers(chunks, answer, workers)


def _on_workers(
    chunks: Iterator[Sequence[str]], answer: AnswerBatch, workers: int
) -> Iterator[list[Answer]]:
    global _answer
    _answer = answer
    pending: deque[tuple[Sequence[str], Future[list[Answer]] | None]] = deque()
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    broken = False
    try:
        for batch in chunks:
            if not batch:  # the input paused: what is in flight is wanted before it resumes
                while pending:
                    done, broken = _collect(pending.popleft(), answer, broken)
                    yield done
                continue
            future = None
            if not broken:
                try:
                    future = pool.submit(_in_worker, batch)
                except BrokenProcessPool:
                    broken = True
            pending.append((batch, future))
            while len(pending) >= workers * AHEAD or (broken and pending):
                done, broken = _collect(pending.popleft(), answer, broken)
                yield done
        while pending:
            done, broken = _collect(pending.popleft(), answer, broken)
            yield done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _answer = None


def _collect(
    item: tuple[Sequence[str], Future[list[Answer]] | None], answer: AnswerBatch, broken: bool
) -> tuple[list[Answer], bool]:
    """The answers of one batch: from its worker, or made here when it was never sent or
    the pool broke (a worker killed, out of memory), so that no line is lost."""
    batch, future = item
    if future is not None and not broken:
        try:
            return future.result(), False
        except BrokenProcessPool:
            log.warning("a triage worker process stopped; the remaining lines are triaged here")
            broken = True
    return answer(batch), broken


def _in_worker(batch: Sequence[str]) -> list[Answer]:
    assert _answer is not None, "set before the workers were forked"
    return _answer(batch)
