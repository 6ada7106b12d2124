"""Reading figures out of English and Chinese text.

A figure is read together with what makes it comparable: its scale (thousand, 万, 亿…), its unit
(percent, percentage points, times, yuan, USD, or a plain count), the qualifier written around it
("more than", "近", "多"…) and the precision its writing implies ("16,300" is good to the hundred),
because a fact-checker must not call "16.3 thousand" wrong when the source says 16,300.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from decimal import Decimal
from typing import NamedTuple

from ipcheck.lazyre import lazy

SCALES: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12, "w": 1e4,      # ("1.63w": 万 as Chinese posts shorten it)
    "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8, "万亿": 1e12,
}

QUALIFIERS = ("exact", "more_than", "at_least", "about", "nearly", "less_than", "at_most")
# A claim may also deny a figure ("were not 10,049", "并非"): a claim's qualifier only, never a fact's.
DENIED = "not"

# Words written before a figure, longest first so "no fewer than" wins over "fewer than".
_BEFORE = [
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("not less than", "at_least"),
    ("at least", "at_least"), ("a minimum of", "at_least"),
    ("more than", "more_than"), ("greater than", "more_than"), ("higher than", "more_than"),
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("upward of", "more_than"), ("north of", "more_than"), ("south of", "less_than"), ("exceeding", "more_than"),
    ("exceeded", "more_than"), ("exceeds", "more_than"), ("exceed", "more_than"),
    ("topped", "more_than"), ("surpassed", "more_than"), ("over", "more_than"),
    ("top", "more_than"), ("tops", "more_than"), ("surpass", "more_than"), ("surpasses", "more_than"),
    ("above", "more_than"), ("beyond", "more_than"), ("broke", "more_than"), ("broke through", "more_than"),
    ("break", "more_than"), ("breaks", "more_than"), ("breaking", "more_than"), ("broken", "more_than"),
    ("passed", "more_than"), ("passing", "more_than"), ("crossed", "more_than"), ("crossing", "more_than"), ("surpassing", "more_than"), ("topping", "more_than"),
    ("fewer than", "less_than"), ("less than", "less_than"), ("lower than", "less_than"),
    ("under", "less_than"), ("below", "less_than"),
    ("at most", "at_most"), ("no more than", "at_most"), ("not more than", "at_most"),
    ("up to", "at_most"), ("a maximum of", "at_most"),
    ("approximately", "about"), ("roughly", "about"), ("around", "about"), ("about", "about"),
    ("some", "about"), ("an estimated", "about"), ("circa", "about"), ("approx.", "about"),
    ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"), ("just under", "nearly"),
    ("approached", "nearly"), ("approaching", "nearly"), ("approaches", "nearly"), ("neared", "nearly"),
    ("nearing", "nearly"), ("just short of", "nearly"), ("just shy of", "nearly"),    # ("fell short of": below)
    ("不少于", "at_least"), ("不低于", "at_least"), ("至少", "at_least"),
    ("超过", "more_than"), ("突破", "more_than"), ("逾", "more_than"), ("超", "more_than"),
    ("高于", "more_than"), ("多于", "more_than"),
    ("不超过", "at_most"), ("最多", "at_most"), ("少于", "less_than"), ("低于", "less_than"),
    ("不足", "less_than"), ("不到", "less_than"), ("不及", "less_than"), ("约", "about"), ("大约", "about"), ("将近", "nearly"), ("接近", "nearly"),
    ("近", "nearly"),
    # the figure to the unit, not rounded: "exactly 238,000" is not 237,790
    ("exactly", "exact"), ("precisely", "exact"), ("整整", "exact"), ("正好", "exact"), ("恰好", "exact"),
]
_BEFORE.sort(key=lambda p: -len(p[0]))
# Written after the digits (and before a scale or measure word): "4500多次", "300余次", "8万件以上".
_AFTER_INNER = {"多": "more_than", "余": "more_than"}
_AFTER_OUTER = [("以上", "at_least"), ("左右", "about"), ("上下", "about"), ("以下", "at_most"),
                ("or more", "at_least"), ("and above", "at_least"), ("plus", "more_than"),
                ("or so", "about"), ("odd", "more_than")]

class Number(NamedTuple):
    """One figure as written: ``value`` has scale and sign applied, in ``unit``."""

    value: float
    text: str
    start: int
    end: int
    half_ulp: float           # half the step of the last written digit, scaled
    unit: str = "count"       # count | percent | percentage_point | times | yuan | usd
    qualifier: str = "exact"
    scale: float = 1.0
    negation: str = ""        # the words that deny or turn the figure ("did not reach "), as written

    @property
    def low(self) -> float:
        return self.value - self.half_ulp

    @property
    def high(self) -> float:
        return self.value + self.half_ulp


_ANSI = lazy(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")


def _fold(ch: str) -> str:
    """What one character becomes in normalized text."""
    if ch < " " or "\x7f" <= ch <= "\x9f":
        return " "
    if ch in "\u2212\ufe63\uff0d":                    # minus signs (not dashes: "— 80,657")
        return "-"
    if ch in "\u2012\u2013\u2014":                    # figure, en and em dashes stay dashes
        return "\u2013"
    if ch in "\u3000\u00a0\u2009\u202f":
        return " "
    if ch == "\uff0c":                                  # ， (、 lists items, never groups digits)
        return ","
    if ch == "\u00b7":
        return "."
    if ch in "\u2018\u2019\u2032":                    # curly apostrophes: "People’s Court"
        return "'"
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


class _FoldTable(dict):
    """A str.translate table that works out each character's folding the first time it is seen."""

    def __missing__(self, code: int) -> str:
        out = _fold(chr(code))
        if len(self) < 20_000:            # remembered up to a bound, so odd input cannot grow it
            self[code] = out
        return out


_FOLD_TABLE = _FoldTable()


@functools.lru_cache(maxsize=256)
def normalize(text: str) -> str:
    """Fold full-width forms and odd punctuation so one grammar reads them all.

    Terminal escape sequences and control characters become spaces (a pasted "\x1b[31m" is not
    31 million).
    """
    if text.isascii() and text.isprintable():
        return text                    # nothing to fold: most English claims, checked in two C passes
    if "\x1b" in text:
        text = _ANSI.sub(lambda m: " " * len(m.group(0)), text)
    return text.translate(_FOLD_TABLE)


# (thousands grouped by commas, or by single spaces as some style books have it: "2 352")
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d,])|\d+)(?:\.\d+)?|\.\d+"
_SCALE_WORDS = r"thousand|million|billion|trillion|mn|bn|tn"
_CJK_SCALE = r"万亿|十万|百万|千万|万|亿|千"
_TOKEN = lazy(
    r"(?=[0-9.\-$¥￥URCurc])"         # what a figure can start with: most positions fail here, fast
    rf"(?:(?P<cur>(?:US\$|USD|RMB|CNY|\$|¥|￥)\s?)?"
    rf"(?P<sign>(?<![A-Za-z0-9.])-)?(?P<num>{_NUM})"
    rf"(?P<inner>\s?(?:多|余))?"
    rf"(?:\s?(?P<scale>(?:{_SCALE_WORDS})(?![A-Za-z])|{_CJK_SCALE})|(?P<suffix>[kKmMbB](?:n)?|[wW])(?![A-Za-z]))?"
    rf"(?P<inner2>(?:多|余))?)",
    re.IGNORECASE,
)
_UNIT_AFTER = lazy(
    r"\s?(?P<unit>%|percent(?:age)?\s+points?|per\s?cent|percent|(?-i:pct)\b|pp\b|ppts?\b|p\.p\.|"
    r"个百分点|百分点|points?\b|times|-fold|fold|倍|(?-i:x)(?![A-Za-z\d])|×|"
    r"(?:us|u\.s\.)\s?dollars?|usd|dollars?|yuan|rmb|cny|renminbi|元人民币|美元|元|人民币|"
    r"(?:(?:consecutive|straight|successive)\s+)?months?\b|个月)",
    re.IGNORECASE,
)
_UNIT_MAP = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage point": "percentage_point", "percentage points": "percentage_point",
    "pp": "percentage_point", "ppt": "percentage_point", "ppts": "percentage_point",
    "p.p.": "percentage_point", "个百分点": "percentage_point", "百分点": "percentage_point",
    "point": "percentage_point", "points": "percentage_point",      # (only beside rates: see read_numbers)
    "times": "times", "-fold": "times", "fold": "times", "倍": "times", "x": "times", "×": "times",
    "usd": "usd", "dollar": "usd", "dollars": "usd", "yuan": "yuan", "rmb": "yuan", "cny": "yuan",
    "renminbi": "yuan", "元": "yuan", "人民币": "yuan", "元人民币": "yuan", "美元": "usd",
    "month": "months", "months": "months", "个月": "months",     # a duration ("缩短至3个月"), never a count
}
UNITS = ("count", "percent", "percentage_point", "times", "yuan", "usd", "rank", "years", "months")   # what figures carry
_CURRENCY_BEFORE = {"us$": "usd", "usd": "usd", "$": "usd", "rmb": "yuan", "cny": "yuan",
                    "¥": "yuan", "￥": "yuan"}


def _unit_of(word: str) -> str:
    w = " ".join(word.lower().split())
    if w.startswith("us") and "dollar" in w or w.startswith("u.s.") and "dollar" in w:
        return "usd"
    if w.startswith("percentage point") or w.startswith("percent point"):
        return "percentage_point"
    if w.endswith(("month", "months")):          # "115 consecutive months"
        return "months"
    return _UNIT_MAP.get(w, _UNIT_MAP.get(w.rstrip("s"), "count"))


def _digits_step(num: str) -> float:
    """Step of the last significant written digit: 16,300 -> 100, 10.29 -> 0.01, 259 -> 1.

    Trailing zeros mark a round figure only from the thousands up and when there are at least two
    ("16,300", "20,000"); "1,060" or "110" are read as written, to the unit.
    """
    plain = num.replace(",", "").replace(" ", "")
    if "." in plain:
        return 10.0 ** -len(plain.split(".")[1])
    stripped = plain.lstrip("0") or "0"
    zeros = len(stripped) - len(stripped.rstrip("0"))
    if stripped == "0" or len(stripped) < 4 or zeros < 2:
        return 1.0
    return 10.0 ** zeros


_BEFORE_MAP = dict(_BEFORE)
_SYMBOLS = {">": "more_than", "<": "less_than", "≥": "at_least", "≤": "at_most", "~": "about", "≈": "about",
            "〜": "about", "∼": "about"}
_BEFORE_LAST_WORDS = frozenset(w.split()[-1] for w, _ in _BEFORE if w[0].isascii())
_BEFORE_LAST_CHARS = frozenset(w[-1] for w, _ in _BEFORE if not w[0].isascii())
_BEFORE_MAX_WORDS = max(len(w.split()) for w, _ in _BEFORE if w[0].isascii())
_BEFORE_MAX_CHARS = max(len(w) for w, _ in _BEFORE if not w[0].isascii())


# Nouns of money after which 'over' is a preposition: "levied 6.29 million in fines over 1,120 cases"
_MONEY_NOUNS = frozenset("fine fines penalty penalties damages compensation fees subsidies subsidy funding "
                         "loans awards".split())
# Verbs that make "up to" part of themselves, not a bound: "added up to", "went up to", "rose up to".
_UP_TO_VERBS = frozenset("add adds added adding sum sums summed summing go goes went going rose rise rises risen "
                         "climbed climb jumped jump shot came come comes totted".split())


def _a_figure_word(word: str) -> bool:
    """Is ``word`` a figure written just before a qualifier ("1,355 | more than 25,612")? Not a year,
    and not one a comma ends ("In 2013, more than 80,000": a clause break)."""
    digits = word.replace(",", "").replace(".", "")
    return digits.isdigit() and not word.endswith(",") and not (len(digits) == 4 and 1900 <= int(digits) <= 2100)


# "broke the 80,000 mark", "fell below the 10,000 threshold": the bound is the verb's, "the" between
_MARK_AFTER = (" mark", "-mark", " threshold", " milestone", " barrier")
_THE_BEFORE = lazy(r"\bthe\s*$", re.I)


def _past_a_mark(text: str, start: int, end: int) -> tuple[str, int]:
    """The qualifier of "<verb> the N mark", or ("exact", start)."""
    if text.startswith(_MARK_AFTER, end):
        the = _THE_BEFORE.search(text, max(0, start - 8), start)
        if the is not None:
            q, at = _qualifier_before(text, the.start())
            if q != "exact":
                return q, at
    return "exact", start


_PASSED_ON = lazy(r"[\d,.]+\s+(?:[A-Za-z'-]+\s+){0,6}?(?:on\s+)?to\b")
_BROKE_CASES = lazy(r"[\d,.]+\s+(?:[A-Za-z'-]+\s+){0,4}?(?:cases|rings|gangs|dens)\b", re.I)


def _qualifier_before(text: str, start: int) -> tuple[str, int]:
    """Qualifier ending right before ``start`` (ignoring spaces); returns (q, its start).

    Looked up by the last one to three words (or Chinese characters), not by trying every phrase.
    """
    head = text[max(0, start - 40):start]
    trimmed = head.rstrip()
    if not trimmed:
        return "exact", start
    last = trimmed[-1]
    if last in _SYMBOLS and trimmed[-2:-1] not in ("-", "="):      # ">19,000", "~16k", "≈250k" (never "->")
        return _SYMBOLS[last], start - len(head) + len(trimmed) - 1
    if last.isascii():
        tail = trimmed[max(trimmed.rfind(" "), trimmed.rfind("("), trimmed.rfind("（")) + 1:].lower()
        if tail in ("a", "an"):
            # "more than a 20-fold increase", "nearly a 30% rise": the bound is the figure's
            q, at = _qualifier_before(text, start - len(head) + len(trimmed) - len(tail))
            return (q, at) if q != "exact" else ("exact", start)
        if tail not in _BEFORE_LAST_WORDS:
            return "exact", start             # most figures follow a verb or '=': no qualifier
    elif last not in _BEFORE_LAST_CHARS:
        return "exact", start
    base = start - len(head) + len(trimmed)
    low = trimmed.lower()
    if low and not low[-1].isascii():
        for n in range(min(_BEFORE_MAX_CHARS, len(low)), 0, -1):
            q = _BEFORE_MAP.get(low[-n:])
            if q and not low[-n].isascii():
                return q, base - n
        return "exact", start
    words = low.replace("(", " ").replace("（", " ").split()
    for n in range(min(_BEFORE_MAX_WORDS, len(words)), 0, -1):
        phrase = " ".join(words[-n:])
        q = _BEFORE_MAP.get(phrase)
        if q:
            if phrase == "up to" and len(words) > n and words[-n - 1] in _UP_TO_VERBS:
                return "exact", start          # "added up to 1.78 billion" is a sum, "went up to" a level
            if phrase == "over" and len(words) > 1 and words[-2] in _MONEY_NOUNS:
                return "exact", start          # "6.29 million yuan in fines over 1,120 cases": about, no bound
            if len(words) > n and _a_figure_word(words[-n - 1]):
                return "exact", start          # "1,355 more than 25,612": a comparison, not a bound
            if phrase in ("passed", "passing") and _PASSED_ON.match(text, start):
                return "exact", start          # "passed 66 IP cases to judicial authorities": handed on, no bound
            if phrase.startswith("br") and _BROKE_CASES.match(text, start):
                return "exact", start          # "police broke 1,060 counterfeiting crime cases": solved, no bound
            return q, base - len(phrase)
    return "exact", start


MEASURE_WORDS = "件项家人次宗个元名位所场篇部台套笔例批户"    # Chinese measure words after a count
_AFTER_FIRST = frozenset(w[0] for w, _ in _AFTER_OUTER) | frozenset(w[0].upper() for w, _ in _AFTER_OUTER)


def _qualifier_after(text: str, end: int) -> tuple[str | None, int]:
    skip = 1 if text[end:end + 1] and text[end] in MEASURE_WORDS and text[end + 1:end + 3] in (
        "以上", "左右", "上下", "以下") else 0
    end += skip
    tail = text[end:end + 12]
    if tail[:1] in ("多", "余") and text[end - 1:end] == "倍" and tail[1:2] != "于":
        return "more_than", end             # "5倍多", "两倍余": more than five times (the figure ends at 倍)
    if tail[:1] == "+" and not tail[1:4].lstrip()[:1].isdigit():
        return "more_than", end + 1         # "73,000+ institutions" (never "124,569 + 32,112")
    stripped = tail.lstrip()
    if not stripped or stripped[0] not in _AFTER_FIRST:
        return None, end
    offset = len(tail) - len(stripped)
    for word, q in _AFTER_OUTER:
        if stripped.lower().startswith(word):
            nxt = stripped[len(word):len(word) + 1]
            if word[0].isascii() and nxt.isalpha() \
                    or word == "plus" and stripped[len(word):len(word) + 12].lstrip()[:1].isdigit():
                continue        # ("124,569 plus 32,112": a sum, no bound)
            return q, end + offset + len(word)
    return None, end


# A negation just before a figure or its qualifier turns the qualifier round: "did not exceed 100"
# is at most 100, "未低于" at least; a verb of reaching makes it a shortfall ("did not reach 16,300",
# "未达到", "failed to reach": less than); any other verb denies the figure outright ("were not
# 10,049", "did not file 10,049", "并非"), which can contradict a claim but never support one.
# Up to two words may stand between the English negation and the figure; "not only / just /
# counting / including / until" do not negate it.
_NEG_EN = lazy(
    r"(?:\b(?:(?:did|does|do|was|were|is|are|has|have|had|could|would|will|has\s+been|have\s+been)\s+)?"
    r"(?:not|never|no\s+longer)|\b[a-z]+n't|\bfail(?:ed|s|ing)?\s+to"
    r"|\bf(?:e|a)ll(?:s|en)?\s+short\s+of(?!\s+(?:the|its|their|what|that|those)\b))"   # ("fell short of the 19,000 …": a side)
    r"(?P<between>(?:\s+(?!(?:only|just|merely|simply|counting|including|until|till|since|least|to|surprisingly)\b)[a-z]+){0,2})\s*$",
    re.I)
_NEG_ZH = lazy(r"(?:并未|尚未|未能|没能|并没有|没有|不曾|未|没|并非|并不是|不是)(?P<between>达到|达|到|突破)?\s*$")
_REACH_EN = frozenset(("reach", "reached", "reaching", "reaches", "hit", "hits", "attain", "attained", "achieve",
                       "achieved", "even", "get", "got", "come", "came"))
_TURNED = {"more_than": "at_most", "at_least": "less_than", "less_than": "at_least", "at_most": "more_than"}


def _negated(text: str, start: int, qualifier: str, figure: int) -> tuple[str, str]:
    """The qualifier once a negation written just before ``start`` (the qualifier's start) is
    applied, and the words from the negation to the figure at ``figure`` ("" when there is none)."""
    qualifier, at = _negation(text, start, qualifier)
    return qualifier, text[at:figure].lstrip() if at >= 0 else ""


def _negation(text: str, start: int, qualifier: str) -> tuple[str, int]:
    """The qualifier once a negation before ``start`` is applied, and where the negation starts (-1: none)."""
    head = text[max(0, start - 30):start]
    if not head:
        return qualifier, -1
    low = head.lower()
    if head.isascii():
        if not ("not" in low or "n't" in low or "never" in low or "longer" in low or "fail" in low
                or "short" in low):
            return qualifier, -1
        m = _NEG_EN.search(low)
        if m is None:
            return qualifier, -1
        between = m.group("between").split()
        reach = "short" in m.group(0) or m.group(0).startswith("fail") or bool(between) and between[-1] in _REACH_EN
    else:
        if not ("未" in head or "没" in head or "非" in head or "不" in head):
            return qualifier, -1
        m = _NEG_ZH.search(head)
        if m is None:
            return qualifier, -1
        verb = m.group("between") or ""
        if verb == "突破":
            qualifier, verb = "more_than", ""
        reach = bool(verb)
    at = start - len(head) + m.start()
    if qualifier in _TURNED:
        return _TURNED[qualifier], at
    if qualifier == "exact" and reach:
        return "less_than", at
    return DENIED, at


_UNIT_AFTER_YEAR = lazy(r"\s?(%|percent|per cent|个百分点|times|倍|yuan|元|万|亿|件|项|家|宗|个|人|次|批|所|名)", re.I)
# (a year is followed by 年; "约1900件" counts things)


def _is_year(num: str, text: str, m: re.Match, g: tuple) -> bool:
    if len(num) != 4 or "," in num or "." in num:
        return False
    year = int(num)
    if not 1900 <= year <= 2100:
        return False
    cur, _, _, inner, scale, suffix, _ = g
    if scale or suffix or cur or inner:
        return False
    return not _UNIT_AFTER_YEAR.match(text, m.end())


_MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_ORDINAL_AFTER = lazy(r"(st|nd|rd|th)\b", re.I)
_CODE_BEFORE = lazy(r"(?:No\.|ISO|GB/T|SZDB/Z|ICP|#)\s*$", re.I)
_WORD_AFTER = lazy(r"[A-Za-z]+")
_PER_BEFORE = lazy(r"\b(?:per|every|each)\s*$", re.I)
_SPAN_BEFORE = lazy(r"(?:\b(?:past|last|recent|next|previous|over)|近|过去)\s*$", re.I)
_SPAN_AFTER = lazy(r"\s*(?:years?\b|months?\b|年|个月)", re.I)
_DATE_AFTER = lazy(r"[-/.:]\d|年\d{1,2}月|月\d{1,2}日|\s?(?:日|号|月)")     # 12月: December, not 12
_DATE_BEFORE = lazy(r"\d[-/:]$")
_MONTH_BEFORE = lazy(rf"(?:{_MONTHS})\.?\s*$")
_MONTH_AFTER = lazy(rf"\s?(?:{_MONTHS})\b")
_UNIT_WORDS = frozenset(("times", "percent", "pct", "pp", "ppt", "ppts", "yuan", "rmb", "usd", "month", "months", "x"))


# The last word before a figure each backward-looking pattern needs: checked with endswith first,
# so the patterns (searches that try every position) run only when they can match.
_CODE_ENDS = ("no.", "iso", "gb/t", "szdb/z", "icp", "#")
_PER_ENDS = ("per", "every", "each")
_SPAN_ENDS = ("past", "last", "recent", "next", "previous", "over", "近", "过去")
_ORDINAL_FIRST = frozenset("sSnNrRtT")
_DATE_FIRST = frozenset("-/.:年月日号")
_MONTH_FIRST = frozenset("JFMASOND")


def _skip(text: str, m: re.Match, g: tuple) -> bool:
    """Digits that are not figures: ordinals, dates, codes, 'per 10,000 people'."""
    cur, sign, num, _, scale, suffix, _ = g
    s, e = m.start("num"), m.end()
    before = text[max(0, s - 12):s]
    tail = before.rstrip().lower()
    after = text[e:e + 1]        # the first character each forward-looking pattern below needs
    spaced = after.isspace()
    if scale is None and after in _ORDINAL_FIRST and _ORDINAL_AFTER.match(text, e):
        return True
    if before.endswith("第") or (tail.endswith(_CODE_ENDS) and _CODE_BEFORE.search(before)):
        return True
    if s > 0 and (text[s - 1].isalpha() and text[s - 1].isascii()) and not cur:
        return True                                       # G20, H1, 5G-like codes
    if s > 1 and text[s - 1] == "-" and text[s - 2].isalnum() and not sign:
        return True                                       # COVID-19, top-10
    if e < len(text) and text[e].isascii() and text[e].isalpha() and not (suffix or scale):
        nxt = _WORD_AFTER.match(text, e)
        if nxt and nxt.group(0).lower() not in _UNIT_WORDS:
            return True
    if (tail.endswith(_PER_ENDS) and _PER_BEFORE.search(before)) or before.endswith("每"):
        return True                                        # per 10,000 people
    if tail.endswith(_SPAN_ENDS) and _SPAN_BEFORE.search(before) and _SPAN_AFTER.match(text, e):
        return True                                        # "in the past 10 years", "近10年": a span of time
    if ((after in _DATE_FIRST or spaced) and _DATE_AFTER.match(text, e)) or \
            (before[-1:] in ("-", "/", ":") and _DATE_BEFORE.search(before)):
        return True                                        # dates and times
    if len(num) <= 2 and ((tail[-1:].isalpha() or tail[-1:] == ".") and _MONTH_BEFORE.search(before)
                          or (after in _MONTH_FIRST or spaced) and _MONTH_AFTER.match(text, e)):
        return True
    return False


@functools.lru_cache(maxsize=None)
def _decimal(scale: float) -> Decimal:
    return Decimal(scale)


_DIGIT = lazy(r"\d")        # as the token reads digits: any script's
_LEAD = 6     # the most a token starts before its first digit: a currency (4), a sign, a point


def _tokens(text: str):
    """``_TOKEN.finditer(text)``, faster: the regex engine skips ahead to a digit by itself only for
    a pattern that opens with one, so a one-character pattern finds the next digit and the token
    is searched for from just before it (the same matches: none can start further back)."""
    pos = 0
    while True:
        d = _DIGIT.search(text, pos)
        if d is None:
            return
        m = _TOKEN.search(text, max(pos, d.start() - _LEAD))
        if m is None:
            return
        yield m
        pos = m.end()


_HYPHENED_BOUND = lazy(r"\b(?:(?:more|less|fewer)-than|over|under|about|nearly|almost|around)-(?=\d)", re.I)


def read_numbers(text: str, *, keep_years: bool = False) -> list[Number]:
    """Every figure in ``text`` (already ``normalize``d or not), in order of appearance."""
    text = normalize(text)
    if "-" in text and ("han-" in text or "ver-" in text or "der-" in text or "out-" in text or "rly-" in text
                        or "ost-" in text or "und-" in text) and _HYPHENED_BOUND.search(text):
        # "the more-than-22,000 target": the bound's words, hyphenated into an adjective (same length)
        text = _HYPHENED_BOUND.sub(lambda m: m.group(0).replace("-", " "), text)
    found: list[Number] = []
    for m in _tokens(text):
        g = m.groups()            # once: cur, sign, num, inner, scale, suffix, inner2
        num = g[2]
        if not num or num == ".":
            continue
        if not keep_years and _is_year(num, text, m, g):
            continue
        if _skip(text, m, g):
            continue
        cur, minus, _, inner, scale_text, suffix, inner2 = g
        digits = num.replace(",", "").replace(" ", "")
        scale_word = (scale_text or suffix or "").lower()
        scale = SCALES.get(scale_word, SCALES.get(scale_text or "", 1.0)) if scale_word else 1.0
        step = _digits_step(num)
        sign = -1.0 if minus else 1.0
        end = m.end()
        unit = "count"
        cur = (cur or "").strip().lower()
        if cur:
            unit = _CURRENCY_BEFORE.get(cur, "count")
        um = _UNIT_AFTER.match(text, end)
        if um and um.group("unit")[:1] in "pP" and um.group("unit").lower().startswith("point") \
                and not ("%" in text or "percent" in text.lower()):
            um = None           # "10 points higher than the 83.6% rate" is a gap between rates; "10 points" alone is not
        if um:
            nxt = text[um.end():um.end() + 1]
            word = um.group("unit")
            if not (word[0].isascii() and word[-1].isalpha() and nxt.isascii() and nxt.isalpha()):
                u = _unit_of(word)
                if unit == "count" or u in ("yuan", "usd"):
                    unit = u if unit == "count" else unit
                end = um.end()
        elif scale_text in ("万", "亿", "万亿") and text[end:end + 1] == "元":
            unit, end = "yuan", end + 1
        qualifier, qstart = _qualifier_before(text, m.start())
        if qualifier == "exact" and qstart == m.start():
            qualifier, qstart = _past_a_mark(text, qstart, end)
        pinned = qualifier == "exact" and qstart < m.start()      # "exactly 238,000": no rounding
        inner = (inner or inner2 or "").strip()
        if inner in _AFTER_INNER:
            qualifier = _AFTER_INNER[inner]
        after_q, after_end = _qualifier_after(text, end)
        if after_q and qualifier == "exact":
            qualifier, end = after_q, after_end
        qualifier, negation = _negated(text, qstart, qualifier, m.start())
        # scaled in decimal, so 1.63万 is 16300 exactly, not 16300.000000000002
        value = sign * (float(digits) if scale == 1.0 else float(Decimal(digits) * _decimal(scale)))
        if not math.isfinite(value):
            continue
        # A whole number with no trailing zero is a count written out in full: exact. Round
        # figures ("16,300", "2 billion") and decimals carry the rounding their last digit implies.
        exact_count = "." not in num and step == 1 and scale == 1 and unit in ("count", "yuan", "usd")
        found.append(Number(
            value=value, text=text[m.start():end].strip(), start=m.start(), end=end,
            half_ulp=0.0 if exact_count or pinned else step * scale / 2, unit=unit, qualifier=qualifier, scale=scale,
            negation=negation,
        ))
    if len(found) > 1 and " and " in text:
        _share_a_bound(text, found)
    if len(found) > 1 and ("etween" in text or "之间" in text):
        _bounds_of_a_range(text, found)
    return found


# "between 240,000 and 250,000", "在24万至25万件之间": a range, its ends a lower and an upper bound
# (never "the gap between 16,300 and 11,000", two figures compared)
_RANGE_GAP = lazy(r"(?:(?<![a-z])between|(?<!的)在)\s*$", re.I)
_RANGE_BETWEEN = lazy(r"\s*(?:and|至|到|-|–|~)\s*$")
_RANGE_CLOSE = lazy(r"[件项家个人次宗批名所元]*\s*之间")
_NOT_A_RANGE = lazy(r"\b(?:gap|gaps|difference|differences|ratio|distance|spread|margin|choice|split)\s+(?:[\w'-]+\s+){0,2}?between\s*$",
                    re.I)


def _bounds_of_a_range(text: str, found: list[Number]) -> None:
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        if a.qualifier != "exact" or b.qualifier != "exact" or a.negation or b.negation or a.unit != b.unit \
                or not a.value < b.value or not _RANGE_BETWEEN.fullmatch(text, a.end, b.start):
            continue
        opening = _RANGE_GAP.search(text, max(0, a.start - 12), a.start)
        if opening is None or _NOT_A_RANGE.search(text, max(0, a.start - 40), a.start):
            continue
        if opening.group(0).strip() == "在" and not _RANGE_CLOSE.match(text, b.end):
            continue            # "在24万至25万件之间", never "在2013年至…"
        found[i - 1], found[i] = a._replace(qualifier="at_least"), b._replace(qualifier="at_most")


# "more than 73,000 institutions and 865,000 employees": the bound reaches over 'and' to a round
# figure of the same kind (never to a precise one: "more than 95,000 patents and 80.1 per 10,000")
_AND_BETWEEN = lazy(r"\s+(?:[A-Za-z][\w'-]*\s+){1,5}and\s+$")
_SHARED_BOUNDS = ("more_than", "at_least", "about")


def _share_a_bound(text: str, found: list[Number]) -> None:
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        if a.qualifier in _SHARED_BOUNDS and b.qualifier == "exact" and not b.negation and b.unit == a.unit \
                and b.value >= 1000 and b.value % 1000 == 0 and _AND_BETWEEN.fullmatch(text, a.end, b.start):
            found[i] = b._replace(qualifier=a.qualifier)


def parse_number(written: str) -> Number:
    """Read exactly one figure from ``written``; raise ValueError otherwise."""
    found = read_numbers(written, keep_years=True)
    if len(found) != 1:
        raise ValueError(f"expected one number in {written!r}, found {len(found)}")
    return found[0]


def format_number(value: float, style: str = "comma") -> str:
    """Write ``value`` in one of the styles the reader understands (used by round-trip tests)."""
    if style == "comma":
        return f"{value:,.0f}" if value == int(value) else f"{value:,}"
    if style == "spaced":                 # thousands grouped by spaces: "16 300"
        return format_number(value, "comma").replace(",", " ")
    if style == "plain":
        return f"{value:.0f}" if value == int(value) else repr(value)
    if style == "wan":
        return _trim(value / 1e4) + "万"
    if style == "yi":
        return _trim(value / 1e8) + "亿"
    if style == "thousand":
        return _trim(value / 1e3) + " thousand"
    if style == "million":
        return _trim(value / 1e6) + " million"
    if style == "billion":
        return _trim(value / 1e9) + " billion"
    if style == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in format_number(value, "comma"))
    raise ValueError(f"unknown style {style!r}")


def _trim(x: float) -> str:
    s = f"{x:.10f}".rstrip("0").rstrip(".")
    return s or "0"
