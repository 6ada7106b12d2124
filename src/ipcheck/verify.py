"""Claims in, verdicts out: reading claim sources line by line and judging each.

Streaming on purpose: a newsroom pipes whole files through, so lines are read, judged and handed
on one at a time, in input order, in constant memory.
"""
from __future__ import annotations

import io
import itertools
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from ipcheck.errors import InputError
from ipcheck.judge import Judge, Verdict
from ipcheck.kb import KnowledgeBase

MAX_LINE = 1_000_000   # characters judged per claim; the rest of a pathological line is ignored


def claim_lines(stream: IO[bytes], name: str) -> Iterator[tuple[int, str]]:
    """(line number, claim) for every non-blank, non-comment line; UTF-8 with a BOM tolerated."""
    reader = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline=None)
    n = 0
    try:
        for n, line in enumerate(reader, 1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            yield n, text[:MAX_LINE]
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: line {n + 1} is not valid UTF-8 (byte 0x{e.object[e.start]:02x})") from None
    finally:
        try:
            reader.detach()
        except ValueError:
            pass        # the stream was already closed by its owner


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


SERIAL_HEAD = 256      # claims judged in-process before a batch is worth parallel workers
WINDOW = 4096          # claims read ahead at most, so memory stays bounded however long the input

_worker_judge: Judge | None = None


def _judge_one(item: tuple[int, str]) -> Verdict:
    assert _worker_judge is not None
    return _worker_judge.verify(item[1], item[0])


def _quiet_worker() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def verify_all(kb: KnowledgeBase, claims: Iterable[tuple[int, str]], workers: int = 1) -> Iterator[Verdict]:
    """Verdicts in input order. Long batches are shared among ``workers`` forked processes,
    a bounded window at a time; short ones never pay for a worker."""
    global _worker_judge
    judge = Judge(kb)
    it = iter(claims)
    for item in itertools.islice(it, SERIAL_HEAD):
        yield judge.verify(item[1], item[0])
    first = next(it, None)
    if first is None:
        return
    rest = itertools.chain([first], it)
    import multiprocessing

    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for line, text in rest:
            yield judge.verify(text, line)
        return
    _worker_judge = judge
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=_quiet_worker) as pool:
        while True:
            window = list(itertools.islice(rest, WINDOW))
            if not window:
                break
            yield from pool.imap(_judge_one, window, chunksize=64)


class Tally:
    """Counts verdicts as they stream past, for the summary and the exit status."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, verdict: Verdict) -> Verdict:
        self.counts[verdict.verdict] += 1
        return verdict

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
