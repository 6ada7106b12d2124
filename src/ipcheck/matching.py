"""Matching reporters' wording to metrics and entities.

English aliases are bags of crudely stemmed keywords, so word order and inflection do not matter
("patents granted" = "granted patents"); Chinese aliases are substrings. An index from keyword to
alias keeps a lookup proportional to the claim, not to the size of the knowledge base.
"""
from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from ipcheck.lazyre import lazy
from ipcheck.records import rebuilt_by_init

STOP_WORDS = frozenset("""
a an the of in on at by for to from and or with its it is was were be been are has have had
that this these those which who whose as than number numbers amount total totals count
s year years shenzhen china china's chinese city nation national nationwide country
reached reach reaches amounted amount amounts stood stand figure figures recorded record
""".split())

_PER10K = lazy(
    r"(?=[pPfFeE])(?:per|for\s+every|every|for\s+each|each)\s+(?:10,000|10000|10 000|ten thousand)\s+"
    r"(?:[A-Z][\w'’]*\s+)?(?:people|persons|residents|inhabitants|population|capita)"    # ("Shenzhen residents")
    r"|per\s+10k(?:\s+(?:people|persons|residents))?", re.I)
_WORD = lazy(r"[A-Za-z][A-Za-z0-9\-']*")      # bare numbers are never keywords
_CJK = lazy(r"[\u3400-\u9fff]+")
_PHRASE_KEYS = lazy(r"[a-z0-9]+|[\u3400-\u9fff]")     # what PhraseIndex files phrases under
# the same keys of a plain-ASCII text, in C: every byte but a-z and 0-9 made a space (a bytes
# table: several times faster than str.translate's per-character lookups)
_NOT_ALNUM = bytes(c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256))


# Words that stand for one another in a metric's name ("461 people" are "461 persons").
_SAME_AS = {"people": "person", "individuals": "person", "individual": "person", "worth": "value",
            "companies": "enterprises", "company": "enterprise", "firms": "enterprises", "firm": "enterprise",
            "obtain": "receive", "obtains": "receives", "obtained": "received", "obtaining": "receiving",
            "lawsuits": "cases", "lawsuit": "case", "assignments": "transfers", "assignment": "transfer",
            "cumulatively": "cumulative", "accumulatively": "accumulative",
            "apps": "applications", "app": "application", "specialists": "experts", "specialist": "expert"}
# British spellings, read as the American ones the aliases use ("patent licences" are "licenses").
_BRITISH = {"licence": "license", "licences": "licenses", "licenced": "licensed", "licencing": "licensing",
            "organisation": "organization", "organisations": "organizations", "centre": "center",
            "centres": "centers", "programme": "program", "programmes": "programs"}


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    w = word.lower().strip("'-")
    if w.endswith("'s"):
        w = w[:-2]
    w = _SAME_AS.get(w, w)
    w = _BRITISH.get(w, w)
    if "isation" in w:                  # securitisation, organisation: the -ization the aliases use
        w = w.replace("isation", "ization")
    if len(w) > 4 and w.endswith(("ies", "ied")):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
            w = w[:-1]                   # referring -> refer, as referred
    elif len(w) > 3 and w.endswith("ed"):
        w = w[:-2]
        if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
            w = w[:-1]                   # transferred -> transfer
    if len(w) > 2 and w.endswith("e"):
        w = w[:-1]
    return w


def prepare(text: str) -> str:
    """Mark 'per 10,000 people' as one word so it can qualify a metric, and write 'intellectual
    property' as 'IP' (reporters and aliases use either: "intellectual property insurance" is the
    "IP insurance" an alias names)."""
    if "ntellectual" in text or "NTELLECTUAL" in text:
        text = _IP.sub("IP", text)
    if "pct" in text:
        text = _PCT_AS_PERCENT.sub(" percent", text)       # "9.1 pct" is a percentage, not the PCT
    if "lose to" in text or "LOSE TO" in text:
        text = _CLOSE_TO.sub("to", text)        # "took in close to 9,700 cases": a hedge, not cases closed
    if "10" not in text and "ten thousand" not in text.lower():
        return text                     # most texts: no pattern search at all
    return _PER10K.sub(" per10k ", text)


_IP = lazy(r"\bintellectual[\s-]+property\b", re.I)
_PCT_AS_PERCENT = lazy(r"(?<=\d)\s*pct\b")
_CLOSE_TO = lazy(r"\bclose\s+to\b(?=\s+(?:\d|[a-z]+\s+(?:hundred|thousand|million|billion)|one|two|three|four|five|six|"
                 r"seven|eight|nine|ten|half|a\s|an\s))", re.I)


def words(text: str) -> list[str]:
    """Stemmed content words of an English text, in order (stop words dropped)."""
    return list(_words(text))


@functools.lru_cache(maxsize=65536)
def _word_stems(w: str) -> tuple[str, ...]:
    """The stems one written word contributes (none for stop words and bare numbers)."""
    lw = w.lower()
    if lw in STOP_WORDS or lw.isdigit():
        return ()
    parts = [p for p in lw.split("-") if p] if "-" in lw and lw not in ("high-value", "well-known", "year-on-year") else [lw]
    return tuple(stem(p) for p in parts if p not in STOP_WORDS)


@functools.lru_cache(maxsize=2048)
def _words(text: str) -> tuple[str, ...]:
    return tuple(itertools.chain.from_iterable(map(_word_stems, _WORD.findall(prepare(text)))))


def cjk(text: str) -> str:
    return "" if text.isascii() else "".join(_CJK.findall(text))   # isascii: one C pass, no pattern


# Chinese words written inside a longer word that means something else: 进出口 (imports and exports)
# spells 出口 (exports), and is no mention of it.
_COMPOUNDS = ("进出口", "被许可方")     # (进出口 spells 出口; 被许可方, the licensee, spells 许可方, the licensor)


def _blank(text: str, compounds: tuple[str, ...]) -> str:
    for c in compounds:
        text = text.replace(c, "\ue000" * len(c))
    return text


@rebuilt_by_init
@dataclass(frozen=True, eq=False)     # one object per alias: compared and hashed by identity, fast
class Alias:
    target: str                   # a metric or entity id
    text: str
    keywords: tuple[str, ...]     # stemmed English keywords, or Chinese substrings
    chinese: bool
    weight: tuple[int, int] = (0, 0)   # English (keywords, characters), Chinese (characters, pieces): the more specific wins
    hidden_in: tuple[str, ...] = ()    # compounds that spell a Chinese keyword without meaning it

    def pieces_in(self, han: str) -> list[str]:
        """The Chinese keywords ``han`` says (not inside a compound that only spells them)."""
        if self.hidden_in:
            han = _blank(han, self.hidden_in)
        return [k for k in self.keywords if k in han]


def make_alias(target: str, text: str) -> Alias | None:
    if _CJK.search(text):
        pieces = tuple(p for p in prepare(text).split() if p)
        # Chinese specificity is the characters an alias pins down, not how it happens to be cut
        # into pieces: "检察机关办理…涉及人数" (one piece) says more than "检察 犯罪 案件" (three).
        hidden = tuple(c for c in _COMPOUNDS if any(p in c and c not in p for p in pieces))
        return Alias(target, text, pieces, True, (sum(map(len, pieces)), len(pieces)), hidden)
    kws = tuple(dict.fromkeys(words(text)))
    return Alias(target, text, kws, False, (len(kws), sum(map(len, kws)))) if kws else None


class Match(NamedTuple):
    """One alias found in a text (a tuple: made by the thousand per batch, so cheap to make)."""

    alias: Alias
    in_focus: int                 # keywords (Chinese: characters) that lie in the focus span (the figure's clause)
    score: tuple[bool, int, int, int]    # see ``found``

    @classmethod
    def found(cls, alias: Alias, in_focus: int) -> "Match":
        """Scored: an alias wholly inside the focus first, then by how much of it is there, then
        the most specific. In "26,967 patent transfers, 25,612 patent acquisitions" the first
        figure's own words beat a bigger alias whose words are spread over the sentence."""
        return cls(alias, in_focus, (in_focus >= alias.weight[0], in_focus, *alias.weight))

    @property
    def target(self) -> str:
        return self.alias.target


class AliasIndex:
    """Find which targets a text names, by keyword bags and Chinese substrings.

    Each alias is filed under its rarest keyword (or rarest Chinese bigram), so a lookup touches
    only aliases that have a real chance of matching, however many metrics the base holds.
    """

    def __init__(self) -> None:
        self.aliases: list[Alias] = []
        self._by_word: dict[str, list[Alias]] | None = None
        self._by_gram: dict[str, list[Alias]] | None = None
        self._last: tuple[str, list[Alias]] | None = None
        self._derived: tuple[frozenset[str], dict[Alias, int], dict[Alias, Match], frozenset[str]] | None = None

    def add(self, target: str, text: str) -> None:
        alias = make_alias(target, text)
        if alias is None:
            return
        self.aliases.append(alias)
        self._by_word = self._by_gram = None
        self._last = self._derived = None

    @staticmethod
    def _grams(piece: str) -> list[str]:
        return [piece[i:i + 2] for i in range(len(piece) - 1)] or [piece]

    def _build(self) -> None:
        freq: dict[str, int] = defaultdict(int)
        for a in self.aliases:
            keys = {g for p in a.keywords for g in self._grams(p)} if a.chinese else set(a.keywords)
            for k in keys:
                freq[k] += 1
        self._by_word, self._by_gram = defaultdict(list), defaultdict(list)
        for a in self.aliases:
            if a.chinese:
                keys = [g for p in a.keywords for g in self._grams(p)]
                self._by_gram[min(keys, key=lambda k: (freq[k], k))].append(a)
            else:
                self._by_word[min(a.keywords, key=lambda k: (freq[k], k))].append(a)

    def _lookups(self) -> tuple[frozenset[str], dict[Alias, int], dict[Alias, Match], frozenset[str]]:
        """Derived once from the index: the words aliases are filed under, each alias's place in
        the base (so candidates come out in one order whatever the hash seed), each alias's
        match when the whole text is the focus, and the Chinese bigrams aliases are filed under."""
        if self._derived is None:
            if self._by_word is None or self._by_gram is None:
                self._build()
            assert self._by_word is not None and self._by_gram is not None
            self._derived = (frozenset(self._by_word), {a: i for i, a in enumerate(self.aliases)},
                             {a: Match.found(a, a.weight[0]) for a in self.aliases}, frozenset(self._by_gram))
        return self._derived

    def _candidates(self, text: str) -> list[Alias]:
        """Every alias fully present in ``text``, in the base's order (cached for the last text asked about)."""
        if self._last is not None and self._last[0] == text:
            return self._last[1]
        filed, position, _, filed_grams = self._lookups()
        wordset = set(_words(text))
        out: list[Alias] = []
        for w in wordset.intersection(filed):       # most words of a claim file no alias: skipped in C
            for a in self._by_word[w]:  # type: ignore[index]
                if wordset.issuperset(a.keywords):
                    out.append(a)
        han = prepare(text) if not text.isascii() and _CJK.search(text) else ""
        if han:
            grams = {han[i:i + 2] for i in range(len(han) - 1)} | set(han)
            for g in grams.intersection(filed_grams):       # (most file no alias: skipped in C)
                for a in self._by_gram[g]:  # type: ignore[index]
                    if all(k in han for k in a.keywords) and (not a.hidden_in or len(a.pieces_in(han)) == len(a.keywords)):
                        out.append(a)
        if len(out) > 1:
            out.sort(key=position.__getitem__)
        self._last = (text, out)
        return out

    def present(self, text: str) -> list[Alias]:
        """Every alias fully present in ``text`` (cached for the last text asked about)."""
        return self._candidates(text)

    def matches(self, text: str, focus: str | None = None) -> list[Match]:
        """Aliases fully present in ``text``; ``in_focus`` counts keywords also in ``focus``."""
        found = self._candidates(text)
        if focus is None or focus == text:
            whole = self._lookups()[2]
            return [whole[a] for a in found]
        focus_words = set(_words(focus))
        han_focus = prepare(focus)
        return [Match.found(a, sum(map(len, a.pieces_in(han_focus))) if a.chinese
                      else len(focus_words.intersection(a.keywords)))      # keywords are unique
                for a in found]

    def best(self, text: str, focus: str | None = None) -> list[Match]:
        """Best match per target, best target first."""
        per: dict[str, Match] = {}
        for m in self.matches(text, focus):
            cur = per.get(m.target)
            if cur is None or m.score > cur.score:
                per[m.target] = m
        return sorted(per.values(), key=lambda m: m.score, reverse=True)

    def __getstate__(self):
        if self._by_word is None or self._by_gram is None:
            self._build()
        return {"aliases": self.aliases, "by_word": dict(self._by_word), "by_gram": dict(self._by_gram)}

    def __setstate__(self, state):
        self.aliases = state["aliases"]
        self._by_word, self._by_gram = state.get("by_word"), state.get("by_gram")
        self._last = self._derived = None


_SHORT_NAME = 3      # Chinese names up to this long can be read by accident out of neighbouring words
# quotation marks around words (never an apostrophe inside one or of a possessive: "China's", "Bao'an",
# "… (MIIT priority support)'s")
_QUOTE = lazy(r"[\"“”「」『』]|(?<![A-Za-z0-9)\]])'(?!s\b)|'(?![A-Za-z])")


def _longest_first(phrase: str) -> tuple[int, str]:
    return -len(phrase), phrase


class PhraseIndex:
    """Entity names: case-insensitive phrases (word-bounded in English), longest first.

    Phrases are filed under their first word (English) or first character (Chinese), so a lookup
    tries only the few phrases that could start in the text.
    """

    def __init__(self) -> None:
        self._phrases: dict[str, str] = {}
        self._by_first: dict[str, list[str]] | None = None
        self._firsts: frozenset[str] | None = None

    def add(self, target: str, phrase: str) -> None:
        self._phrases.setdefault(_QUOTE.sub("", phrase.lower()), target)
        self._by_first = self._firsts = None

    @staticmethod
    def _first(phrase: str) -> str:
        if _CJK.match(phrase):
            return phrase[0]
        m = re.match(r"[a-z0-9]+", phrase)
        return m.group(0) if m else phrase[:1]

    def find(self, text: str, avoid: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())
             ) -> list[tuple[str, int, int]]:
        """(target, start, end) of non-overlapping mentions, longest phrase winning.

        ``avoid`` holds the Chinese bigrams other words open with and those they close with: a
        short Chinese name whose last character and the next open a word ("其中国内专利": 中国 +
        内, and 国内专利 opens with 国内), or whose first character and the one before close a word,
        is not a mention. A long name is not spelt by accident.
        """
        if (" '" in text or "' " in text or '"' in text or "“" in text or "”" in text or "「" in text
                or text[:1] == "'" or text[-1:] == "'") and _QUOTE.search(text):
            # "'dual carbon' industries", "“双碳”相关产业": names are matched without their quotes
            kept = [i for i, ch in enumerate(_QUOTE.sub("\0", text)) if ch != "\0"]
            return [(t, kept[s], kept[e - 1] + 1) for t, s, e in self.find("".join(text[i] for i in kept), avoid)]
        index = self._index()
        if self._firsts is None:
            self._firsts = frozenset(index)
        low = text.lower()
        candidates: list[str] = []
        keys = low.encode().translate(_NOT_ALNUM).decode().split() if low.isascii() else _PHRASE_KEYS.findall(low)
        for k in self._firsts.intersection(keys):
            candidates.extend(p for p in index[k] if p in low)    # most fail here: one search in C each
        if len(candidates) > 1:
            candidates.sort(key=_longest_first)     # and alphabetical among equals: one order, always
        taken: list[tuple[int, int]] = []
        out = []
        for phrase in candidates:
            chinese = "\u3400" <= phrase[0] <= "\u9fff"
            start = 0
            while True:
                i = low.find(phrase, start)
                if i < 0:
                    break
                j = i + len(phrase)
                start = i + 1
                if not chinese and ((i > 0 and low[i - 1].isalnum()) or
                                    (j < len(low) and low[j].isalnum() and low[j:j + 2] != "'s")):
                    continue
                if chinese and j - i <= _SHORT_NAME and (
                        low[j - 1:j + 1] in avoid[0] or (i > 0 and low[i - 1:i + 1] in avoid[1])):
                    continue
                if any(i < te and ts < j for ts, te in taken):
                    continue
                taken.append((i, j))
                out.append((self._phrases[phrase], i, j))
        out.sort(key=lambda t: t[1])
        return out

    def target_of(self, phrase: str) -> str | None:
        """The target a whole phrase names, if it is one of the index's phrases."""
        return self._phrases.get(_QUOTE.sub("", phrase.lower()))

    def _index(self) -> dict[str, list[str]]:
        if self._by_first is None:
            self._by_first = defaultdict(list)
            for p in sorted(self._phrases, key=len, reverse=True):
                self._by_first[self._first(p)].append(p)
        return self._by_first

    def __getstate__(self):
        return {"phrases": self._phrases, "by_first": dict(self._index())}

    def __setstate__(self, state):
        self._phrases = state["phrases"]
        self._by_first = state.get("by_first")
        self._firsts = None
