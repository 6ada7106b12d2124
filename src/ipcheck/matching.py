"""Matching reporters' wording to metrics and entities.

English aliases are bags of crudely stemmed keywords, so word order and inflection do not matter
("patents granted" = "granted patents"); Chinese aliases are substrings. An index from keyword to
alias keeps a lookup proportional to the claim, not to the size of the knowledge base.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

STOP_WORDS = frozenset("""
a an the of in on at by for to from and or with its it is was were be been are has have had
that this these those which who whose as than number numbers amount total totals count
s year years shenzhen china china's chinese city nation national nationwide country
reached reach reaches amounted amount amounts stood stand figure figures recorded record
""".split())

_PER10K = re.compile(
    r"per\s+(?:10,000|10000|10 000|ten thousand)\s+(?:people|persons|residents|inhabitants|population|capita)"
    r"|per\s+10k(?:\s+(?:people|persons|residents))?", re.I)
_WORD = re.compile(r"[a-z][a-z0-9\-']*|\d+", re.I)
_CJK = re.compile(r"[\u3400-\u9fff]+")


def stem(word: str) -> str:
    w = word.lower().strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 3 and w.endswith("ed"):
        w = w[:-2]
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
            w = w[:-1]                   # transferred -> transfer
    if len(w) > 2 and w.endswith("e"):
        w = w[:-1]
    return w


def prepare(text: str) -> str:
    """Mark 'per 10,000 people' as one word so it can qualify a metric."""
    return _PER10K.sub(" per10k ", text)


def words(text: str) -> list[str]:
    """Stemmed content words of an English text, in order (stop words dropped)."""
    out = []
    for w in _WORD.findall(prepare(text)):
        lw = w.lower()
        if lw in STOP_WORDS or lw.isdigit():
            continue
        parts = [p for p in re.split(r"-", lw) if p] if "-" in lw and lw not in ("high-value", "well-known", "year-on-year") else [lw]
        for p in parts:
            if p in STOP_WORDS:
                continue
            out.append(stem(p))
    return out


def cjk(text: str) -> str:
    return "".join(_CJK.findall(text))


@dataclass(frozen=True)
class Alias:
    target: str                   # a metric or entity id
    text: str
    keywords: tuple[str, ...]     # stemmed English keywords, or Chinese substrings
    chinese: bool

    @property
    def weight(self) -> tuple[int, int]:
        return (len(self.keywords), sum(len(k) for k in self.keywords))


def make_alias(target: str, text: str) -> Alias | None:
    if _CJK.search(text):
        pieces = tuple(p for p in prepare(text).split() if p)
        return Alias(target, text, pieces, True)
    kws = tuple(dict.fromkeys(words(text)))
    return Alias(target, text, kws, False) if kws else None


@dataclass(frozen=True)
class Match:
    alias: Alias
    in_focus: int                 # how many keywords lie in the focus span (the figure's clause)

    @property
    def target(self) -> str:
        return self.alias.target

    @property
    def score(self) -> tuple[int, int, int]:
        return (self.in_focus, *self.alias.weight)


class AliasIndex:
    """Find which targets a text names, by keyword bags and Chinese substrings."""

    def __init__(self) -> None:
        self._by_word: dict[str, list[Alias]] = defaultdict(list)
        self._by_bigram: dict[str, list[Alias]] = defaultdict(list)
        self.aliases: list[Alias] = []

    def add(self, target: str, text: str) -> None:
        alias = make_alias(target, text)
        if alias is None:
            return
        self.aliases.append(alias)
        if alias.chinese:
            first = alias.keywords[0]
            key = first[:2] if len(first) >= 2 else first
            self._by_bigram[key].append(alias)
        else:
            self._by_word[alias.keywords[0]].append(alias)

    def matches(self, text: str, focus: str | None = None) -> list[Match]:
        """Aliases fully present in ``text``; ``in_focus`` counts keywords also in ``focus``."""
        wordset = set(words(text))
        focus_words = set(words(focus)) if focus is not None else wordset
        han = prepare(text)
        han_focus = prepare(focus) if focus is not None else han
        out: list[Match] = []
        seen: set[int] = set()
        for w in wordset:
            for a in self._by_word.get(w, ()):
                if id(a) in seen:
                    continue
                seen.add(id(a))
                if all(k in wordset for k in a.keywords):
                    out.append(Match(a, sum(k in focus_words for k in a.keywords)))
        if _CJK.search(han):
            grams = {han[i:i + 2] for i in range(len(han) - 1)} | set(han)
            for g in grams:
                for a in self._by_bigram.get(g, ()):
                    if id(a) in seen:
                        continue
                    seen.add(id(a))
                    if all(k in han for k in a.keywords):
                        out.append(Match(a, sum(k in han_focus for k in a.keywords)))
        return out

    def best(self, text: str, focus: str | None = None) -> list[Match]:
        """Best match per target, best target first."""
        per: dict[str, Match] = {}
        for m in self.matches(text, focus):
            cur = per.get(m.target)
            if cur is None or m.score > cur.score:
                per[m.target] = m
        return sorted(per.values(), key=lambda m: m.score, reverse=True)


class PhraseIndex:
    """Entity names: case-insensitive phrases (word-bounded in English), longest first."""

    def __init__(self) -> None:
        self._phrases: list[tuple[str, str, bool]] = []

    def add(self, target: str, phrase: str) -> None:
        self._phrases.append((phrase.lower(), target, bool(_CJK.search(phrase))))
        self._phrases.sort(key=lambda p: -len(p[0]))
        self._compiled = None

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """(target, start, end) of non-overlapping mentions, longest phrase winning."""
        low = text.lower()
        taken: list[tuple[int, int]] = []
        out = []
        for phrase, target, chinese in self._phrases:
            start = 0
            while True:
                i = low.find(phrase, start)
                if i < 0:
                    break
                j = i + len(phrase)
                start = i + 1
                if not chinese:
                    if (i > 0 and low[i - 1].isalnum()) or (j < len(low) and low[j].isalnum()
                                                           and not low[j:j + 2] == "'s"):
                        continue
                if any(i < te and ts < j for ts, te in taken):
                    continue
                taken.append((i, j))
                out.append((target, i, j))
        out.sort(key=lambda t: t[1])
        return out
