"""Claims in, verdicts out: reading claim sources line by line and judging each.

Streaming on purpose: a newsroom pipes whole files through, so lines are read, judged and handed
on one at a time, in input order, in constant memory.
"""
from __future__ import annotations

import collections
import itertools
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any, Callable, TypeVar

from ipcheck.warmup import warm
from ipcheck.errors import InputError
from ipcheck.judge import Judge, Verdict
from ipcheck.kb import KnowledgeBase
from ipcheck.periods import Period, RelativeMention

MAX_LINE = 1_000_000   # characters judged per claim; the rest of a pathological line is ignored


def text_lines(stream: IO[bytes], name: str) -> Iterator[str]:
    """The lines of a UTF-8 byte stream, without their line ends (LF, CRLF or a bare CR); a BOM
    is dropped. Decoded one at a time, so a bad byte is reported at the line it is on."""
    n = 0
    for raw in stream:
        n += 1
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: line {n} is not valid UTF-8 (byte 0x{raw[e.start]:02x})") from None
        if n == 1 and line.startswith("\ufeff"):
            line = line[1:]
        line = line.rstrip("\r\n")
        if "\r" in line:                       # old Mac line ends
            pieces = line.split("\r")
            n += len(pieces) - 1
            yield from pieces
        else:
            yield line


def claim_lines(stream: IO[bytes], name: str) -> Iterator[tuple[int, str]]:
    """(line number, claim) for every non-blank, non-comment line."""
    for n, line in enumerate(text_lines(stream, name), 1):
        text = line.strip()
        if text and not text.startswith("#"):
            yield n, text[:MAX_LINE]


def open_claims(path: str, stdin: IO[bytes] | None) -> tuple[IO[bytes], str, bool]:
    """The byte stream for ``path`` ('-' is standard input); bool says whether to close it."""
    if path == "-":
        if stdin is None:
            raise InputError("no standard input to read claims from")
        return stdin, "<stdin>", False
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a folder, not a file of claims")
    try:
        return p.open("rb"), path, True
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None


SERIAL_HEAD = 256      # a batch no longer than this is judged in-process: a worker would not pay off
CHUNK = 64             # claims sent to a worker at a time (the last one or two set how long one worker waits for the other)
IN_FLIGHT_PER_WORKER = 2   # chunks a worker has unanswered at most (one in hand, one queued); bounds memory

T = TypeVar("T")


def judged(judge: Judge, text: str, line: int, default_period: Period | RelativeMention | None = None) -> Verdict:
    """``judge.verify``, except that a failure of ipcheck's own on one claim (a bug) does not cost a batch
    the claims after it: that claim is unverifiable, says why, and is marked ``failed`` so the command
    ends with an error status."""
    try:
        return judge.verify(text, line, default_period)
    except Exception as e:  # noqa: BLE001 (a bug of ours, reported per claim; Ctrl-C still stops the batch)
        return Verdict(line, text, "unverifiable", f"Unverifiable: ipcheck failed on this claim ({type(e).__name__}: "
                       f"{e}); please report it.", failed=True)


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _identity(verdict: Verdict) -> Any:
    return verdict


def verify_all(kb: KnowledgeBase, claims: Iterable[tuple[int, str]], workers: int = 1,
               emit: Callable[[Verdict], T] = _identity, as_of: date | None = None) -> Iterator[T]:
    """``emit(verdict)`` for every claim, in input order (see ``verify_chunks``)."""
    for chunk in verify_chunks(kb, claims, workers, emit, as_of):
        yield from chunk


def verify_chunks(kb: KnowledgeBase, claims: Iterable[tuple[int, str]], workers: int = 1,
                  emit: Callable[[Verdict], T] = _identity, as_of: date | None = None,
                  pack: Callable[[list[T]], Any] = list) -> Iterator[Any]:
    """``pack([emit(verdict), …])`` for every chunk of claims, in input order.

    ``emit`` and ``pack`` run where the verdicts are made, so a long batch, shared among
    ``workers`` forked processes, also has its output formatted (and, with ``pack``, joined into
    one piece a chunk) there, and the parent only writes it; a short batch never pays for a
    worker, and hands on each verdict as soon as it is made, a chunk of one (someone typing claims
    into standard input sees each answer at once). ``as_of``, the date the claims were written,
    places "this year" and "去年".
    """
    judge = Judge(kb, as_of)
    it = iter(claims)
    head = list(itertools.islice(it, SERIAL_HEAD))
    first = next(it, None)
    if first is None or workers <= 1 or not hasattr(os, "fork"):
        for line, text in itertools.chain(head, [] if first is None else [first], it):
            yield pack([emit(judged(judge, text, line))])
        return
    from ipcheck.fanout import fan_out      # only a batch pays for importing it

    warm(kb)               # lookups built once here, not once per worker
    rest = itertools.chain(head, [first], it)
    chunks = iter(lambda: list(itertools.islice(rest, CHUNK)), [])

    def work(chunk: list[tuple[int, str]]) -> Any:      # runs in a worker, which inherits it
        return pack([emit(judged(judge, text, line)) for line, text in chunk])

    yield from fan_out(work, chunks, workers, IN_FLIGHT_PER_WORKER)


class Tally:
    """Counts verdicts as they stream past, for the summary and the exit status."""

    FAILED = "failed"       # what ``name`` calls a claim ipcheck failed on (counted as unverifiable too)

    def __init__(self) -> None:
        self.counts: collections.Counter[str] = collections.Counter()
        self.failures = 0

    @classmethod
    def name(cls, verdict: Verdict) -> str:
        """What a worker hands back to be counted: the verdict, or ``FAILED``."""
        return cls.FAILED if verdict.failed else verdict.verdict

    def add(self, verdict: Verdict) -> Verdict:
        self.count(self.name(verdict))
        return verdict

    def count(self, verdict: str) -> None:
        if verdict == self.FAILED:
            self.failures += 1
            verdict = "unverifiable"
        self.counts[verdict] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def failed(self, strict: bool = False) -> bool:
        bad = self.counts["contradicted"] + self.counts["disputed"]
        if strict:
            bad += self.counts["unverifiable"]
        return bad > 0

    def summary(self) -> str:
        order = ("supported", "contradicted", "disputed", "unverifiable")
        parts = ", ".join(f"{self.counts[v]} {v}" for v in order)
        return f"{self.total} claim{'s' if self.total != 1 else ''}: {parts}"
