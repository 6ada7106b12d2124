"""Scanning an article: every figure-bearing sentence judged as a claim, reported like a linter.

Sentences are cut at full stops (English ". ", Chinese 。！？；), paragraphs at blank lines. A
sentence that names no year borrows the last year named earlier in its paragraph, because
reporters write "In 2013 … . Grants rose 2.25% to 49,756." and mean 2013 both times.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from ipcheck.judge import Judge, Verdict
from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import lazy
from ipcheck.numbers import read_numbers
from ipcheck.periods import Period, RelativeMention, find_periods, find_relative, place
from ipcheck.verify import judged

IGNORE = lazy(r"<!--\s*ipcheck:\s*ignore\s*-->", re.I)
_SENTENCE_END = lazy(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9\u4e00-\u9fff])|(?<=[。！？；!?;])")
_ABBREVIATIONS = lazy(r"(?:\b(?:No|Nos|Mr|Ms|Dr|Inc|Co|Ltd|vs|etc|e\.g|i\.e|U\.S)\.)$")
_MARKDOWN_LINK = lazy(r"\]\(([^)\s]*)\)")
_FIGURE_WORDS = lazy(r"consecutive|连续|翻.?.?番|doubled|tripled|trebled|quadrupled|quintupled|\b(?:first|second|third)\b|第[一二三四五六七八九十\d]", re.I)


@dataclass
class Finding:
    """One judged sentence: where it is and what the judge said."""

    file: str
    line: int
    column: int
    verdict: Verdict

    def to_dict(self) -> dict[str, Any]:
        d = self.verdict.to_dict()
        d["file"] = self.file
        d["column"] = self.column
        return d

    def lint(self) -> str:
        reason = self.verdict.reason
        prefix = self.verdict.verdict.capitalize() + ": "
        if reason.startswith(prefix):
            reason = reason[len(prefix):]
        return f"{self.file}:{self.line}:{self.column}: {self.verdict.verdict}: {reason}"


def _blank_links(line: str) -> str:
    """Markdown link targets hold URLs, not claims: blank them, keeping columns."""
    return _MARKDOWN_LINK.sub(lambda m: "](" + " " * len(m.group(1)) + ")", line)


def sentences(line: str) -> Iterator[tuple[int, str]]:
    """(0-based column, sentence) for each sentence of one line."""
    start = 0
    for m in _SENTENCE_END.finditer(line):
        piece = line[start:m.start()]
        if _ABBREVIATIONS.search(piece.rstrip()):
            continue
        if piece.strip():
            yield start + (len(piece) - len(piece.lstrip())), piece.strip()
        start = m.end()
    rest = line[start:]
    if rest.strip():
        yield start + (len(rest) - len(rest.lstrip())), rest.strip()


def _has_figure(text: str) -> bool:
    return bool(read_numbers(text)) or bool(_FIGURE_WORDS.search(text))


def paragraphs(lines: Iterable[str]) -> Iterator[list[tuple[int, str]]]:
    """Paragraphs as lists of (line number, line text); code blocks and ignored lines left out."""
    block: list[tuple[int, str]] = []
    in_code = False
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        if in_code or IGNORE.search(line) or line.lstrip().startswith("<!--"):
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            if block:
                yield block
                block = []
            if line.strip():
                yield [(number, line)]          # a heading is a paragraph of its own
            continue
        block.append((number, line))
    if block:
        yield block


def _join(block: list[tuple[int, str]]) -> tuple[str, list[tuple[int, int, int]]]:
    """The paragraph as one text, and (offset, line, column offset) marks to map positions back."""
    text, marks = "", []
    for number, line in block:
        body = _blank_links(line)
        stripped = body.lstrip()
        indent = len(body) - len(stripped)
        if text and not (text.endswith((" ", "\u3000")) or _is_cjk(text[-1]) and stripped and _is_cjk(stripped[0])):
            text += " "
        marks.append((len(text), number, indent))
        text += stripped.rstrip()
    return text, marks


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def _where(marks: list[tuple[int, int, int]], offset: int) -> tuple[int, int]:
    line, col = marks[0][1], 0
    for start, number, indent in marks:
        if start <= offset:
            line, col = number, offset - start + indent
    return line, col + 1


def scan(kb: KnowledgeBase, lines: Iterable[str], name: str = "-", as_of: date | None = None) -> Iterator[Finding]:
    """Judge every figure-bearing sentence of an article, in order; ``as_of`` is the date it was
    written, which places "this year" and "去年"."""
    judge = Judge(kb, as_of)
    for block in paragraphs(lines):
        text, marks = _join(block)
        carried: Period | RelativeMention | None = None
        for offset, sentence in sentences(text):
            years = [p.period for p in find_periods(sentence)]
            relative = find_relative(sentence) if not years else []
            if relative:                   # "this year", written on as_of: a year like any other
                years = [p.period for p in place(relative, as_of)]
            if _has_figure(sentence):
                line, col = _where(marks, offset)
                verdict = judged(judge, sentence, line, None if years or relative else carried)
                yield Finding(name, line, col, verdict)
            if years:
                carried = years[-1]
            elif relative:                 # a time the paragraph goes on in, placed or not
                carried = relative[-1]
