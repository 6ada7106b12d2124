"""Where a rank holds: in the world, in the nation, in the province.

"First in the world" is not what a source saying "first nationwide" supports, so a rank is judged
only against sourced ranks of the same reach. Scopes are read from the words around a claimed rank
and from a fact's ``scope`` alike, into a few coarse classes; a scope no class describes (a rank
among the enterprises of one database) matches only a claim that names no scope.
"""
from __future__ import annotations

import functools
import re

from ipcheck.arithmetic import Statement
from ipcheck.lazyre import lazy
from ipcheck.numbers import read_numbers

WORLD, NATION, PROVINCE, CITY = "in the world", "nationwide", "in the province", "in the city"
ITS_OWN = "of its own"       # a whole the source describes in words of no class ("all … of universities")

_CLASSES = (
    (WORLD, lazy(r"\b(?:in\s+the\s+world|world(?:wide|'s)?|global(?:ly)?|internationally)\b|全球|世界", re.I)),
    (PROVINCE, lazy(r"\b(?:guangdong|the\s+province|provincial(?:ly)?)\b|全省|广东|省内", re.I)),
    (NATION, lazy(r"\b(?:nationwide|national(?:ly)?|nation(?:'s)?|the\s+(?:whole\s+|entire\s+)?country|country's|china|chinese|"
                  r"domestic(?:ally)?)\b|全国|国内|中国", re.I)),
    # last: a source's sentence names its city as the subject of a figure of the nation's
    (CITY, lazy(r"\b(?:the\s+city(?:'s)?|citywide|municipal|shenzhen(?:'s)?)\b|全市|本市|深圳", re.I)),
)


@functools.lru_cache(maxsize=1024)
def scope_class(words: str | None) -> str | None:
    """The widest reach the words name (world before nation before province), or None."""
    if not words:
        return None
    for name, pattern in _CLASSES:
        if pattern.search(words):
            return name
    return None


_VERSUS_AN_AVERAGE = lazy(r"\b(?:vs\.?|versus|against|compared\s+with)\s+(?:the\s+)?([A-Za-z' -]{2,30}?)\s+average\s*[:：=]?\s*$",
                          re.I)
_CUT = lazy(r"[;!?。;，!?]|,(?!\d{3}(?!\d))|\.(?!\d)")     # (never a comma or point inside a figure)


def claimed_scope(text: str, start: int, end: int) -> str | None:
    """The scope a rank written at ``start:end`` claims: the words of the rank and those after it
    up to the end of the clause ("ranked first in the world"), and in Chinese the few characters
    before it ("全省排名第一"); the subject ("China's exports ranked second") is not a scope."""
    head = text[max(0, start - 10):start] if not text[start:end].isascii() else ""
    head = head[max(head.rfind("，"), head.rfind(","), head.rfind("。")) + 1:]      # (never past the clause)
    tail = text[end:end + 60]
    cut = _CUT.search(tail)
    return scope_class(head + text[start:end] + (tail[:cut.start()] if cut else tail))


def whole_words(text: str, start: int, end: int) -> str:
    """The words naming the whole a share or a multiple written at ``start:end`` is of: those after it
    up to the end of the clause ("of the national total", "the Guangdong average"), and in Chinese
    those from 占 to it ("占全国登记总量的9.09%")."""
    if (versus := _VERSUS_AN_AVERAGE.search(text, max(0, start - 40), start)) is not None:
        return versus.group(1) + " average"         # "vs Guangdong average: 10x": the whole named before it
    at = text.rfind("占", max(0, start - 30), start)
    if at < 0 and text[end - 1:end] == "倍":       # "是全国平均水平的7.9倍", "约为全国平均水平的10倍"
        at = max(text.rfind(w, max(0, start - 30), start) for w in ("是", "为", "相当于"))
    head = text[at:start] if at >= 0 else ""
    if head[:2] == "占比" and (inside := _IN_A_WHOLE_ZH.search(text, max(0, at - 30), at)) is not None:
        head = inside.group(0) + head            # "在全国登记总量中占比9.09%": the whole before 占比
    tail = text[end:end + 60]
    cut = _CUT.search(tail)
    if cut and (more := _INCLUDING.match(text, end + cut.start())):
        return head + " " + text[end:more.end()]        # "…of all PCT applications, including foreign ones"
    return head + " " + (tail[:cut.start()] if cut else tail)


_IN_A_WHOLE_ZH = lazy(r"在[^,，。;；]{2,20}?中(?:所)?$")
# a whole widened after a comma: "…, including those by foreign applicants", "，含国外申请"
_INCLUDING = lazy(r"\s*[,，]\s*(?:including|incl\.)\s+(?:those\s+|ones\s+)?(?:(?:by|from|of)\s+)?[a-z]+(?:\s+[a-z]+)?"
                  r"|\s*[,，]\s*(?:含|包括|包含)[\u4e00-\u9fff]{2,4}", re.I)
# what a source's words leave out of a whole: "(不含国外申请)", "excluding international applications"
_EXCLUDED = lazy(r"(?:不含|不包括|除)([\u4e00-\u9fff]{2})|\b(?:excluding|not\s+including|except)\s+([a-z]+)", re.I)
_FROM_ABROAD = frozenset(("foreign", "overseas", "international", "abroad", "国外", "境外", "海外"))


def leaves_out_what_is_included(claimed_whole_words: str, quote: str) -> bool:
    """Does a source's share leave out of its whole what the claim's whole takes in ("…, including
    those by foreign applicants" against "(不含国外申请)", "excluding international applications")?"""
    low = claimed_whole_words.lower()
    if not ("includ" in low or "含" in low):
        return False
    taken_in = {w for w in _FROM_ABROAD if w in low}
    left_out = {(e.group(1) or e.group(2) or "").lower() for e in _EXCLUDED.finditer(quote)}
    return bool(taken_in) and bool(left_out & _FROM_ABROAD)


_FILERS = lazy(r"\b(?:enterprises|companies|firms)\s+and\s+individuals\b|企业和个人", re.I)
_FIRMS_ONLY = lazy(r"\b(?:enterprises|companies|firms|businesses)\b(?!\s+(?:and|&|or)\b|\s+(?:a|an|o)$)|企业(?![和与及])",
                   re.I)      # (nor where the words were cut short: "… enterprises a")
_INDIVIDUALS = lazy(r"\bindividuals?\b|\bpeople\b|个人", re.I)


def names_part_of_the_filers(claimed_whole_words: str, quote: str) -> bool:
    """Does a claim measure against the filings of enterprises alone ("48.1% of those lodged by Chinese
    enterprises") where the source's whole is those of enterprises and individuals?"""
    return _FIRMS_ONLY.search(claimed_whole_words) is not None and _FILERS.search(claimed_whole_words) is None \
        and _INDIVIDUALS.search(claimed_whole_words) is None \
        and _FILERS.search(quote) is not None


def claimed_whole(text: str, start: int, end: int) -> str | None:
    """The reach of that whole (see ``whole_words``)."""
    # "domestic patents" are a kind of patent (granted at home), not the nation as the whole (but the
    # total of "domestic enterprises and individuals" is the nation's)
    return reach(whole_words(text, start, end))


def reach(words: str) -> str | None:
    """The scope class of words naming a whole (a claim's, or a fact's own account of its whole)."""
    if _CLASSES[-1][1].search(words):     # "深圳国内企业和个人申请总量": the city's domestic filers, not the nation
        words = _DOMESTIC_ANY.sub(" ", words)
    return scope_class(_DOMESTIC.sub(" ", words))


_DOMESTIC_ANY = lazy(r"\bdomestic(?:ally)?\b|国内", re.I)
_DOMESTIC = lazy(r"\bdomestic(?=\s+(?:patent|invention|grant|application|filing|trademark))|国内(?=(?:三种|发明)?专利)", re.I)


def matches(claimed: str | None, stated: str | None) -> bool:
    """Can a sourced rank whose scope the source words as ``stated`` confirm a rank claimed with
    scope class ``claimed``? Always, when the claim names no scope or the source none; otherwise
    only when the two are of one class."""
    if claimed is None or stated is None:
        return True
    return scope_class(stated) == claimed


def stated_whole(words: str) -> Statement | None:
    """The figure the words naming a share's whole give for it ("of China's 420,000 patent transfers"), if
    they open with one."""
    found = read_numbers(words[:40])
    n = found[0] if found else None
    return Statement(n.value, n.half_ulp, n.qualifier) if n is not None and n.unit != "percent" else None
