"""How precisely a source's own words state a figure: what a fact's quote says of its value ("16,300"
is to the hundred, "about half" is 50, "ranking first" is No. 1), and whether it says it at all."""
from __future__ import annotations

import re

from ipcheck import numbers, ranks, wordfigures


# the ranks' ordinal words, and the Chinese ones a source uses
_ORDINALS = {**ranks.ORDINAL_WORDS, "第一": 1, "第二": 2, "第三": 3, "第四": 4, "第五": 5, "首": 1, "榜首": 1}


def read_back(value: float, unit: str, measure: str, quote: str) -> float | None:
    """The precision of ``value`` as ``quote`` writes it, or None when the quote does not state it."""
    target = abs(value)
    for n in numbers.read_numbers(quote, keep_years=True):
        if _same(abs(n.value), target):
            return n.half_ulp
    text = numbers.normalize(quote).lower()
    if unit in ("rank", "years", "count"):
        for word, rank in _ORDINALS.items():
            if rank == target and re.search(rf"(?<![a-z]){word}(?![a-z])", text):
                return 0.0
        m = re.findall(r"\b(\d+)(?:st|nd|rd|th)\b", text)
        if any(int(x) == target for x in m):
            return 0.0
    for w in re.findall(r"[a-z]+|[一二两三四五六七八九十]+", text):
        n = wordfigures.word_number(w)
        if n is None:
            continue
        if _same(n, target):
            return 0.0
    if unit == "percent" and target == 50 and re.search(r"\bhalf\b|一半|半数", text):
        return 0.0
    if unit == "rank" and target == 1 and re.search(r"\blead(s|ing)?\b|领先|首位|榜首", text):
        return 0.0
    if unit == "rank" and target == ranks.FRONT_RANKS and "前列" in text:
        return 0.0          # "居全国各城市前列": the front ranks, as the claim reader takes them
    if unit == "times" and target == 2 and ("翻番" in text or "double" in text):
        return 0.0
    return None


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))
