"""Orders a claim states between two of its own figures: "A … were fewer than B …", "…80,657件,少于商标申请量
86,950件", "more … in 2024, at 16,300, than in 2016, when it filed over 19,000", "took in more … than they
closed, 9,694 against 8,174"."""
from __future__ import annotations

import re

from ipcheck.lazyre import lazy
from ipcheck.links import SET_AGAINST
from ipcheck.model import Figure


_MORE = lazy(r"\b(?:more|greater|higher|larger|bigger)\s+than\b|\babove\b(?!-)|\b(?:exceed(?:ed|s|ing)?|outnumber(?:ed|s|ing)?|"
             r"surpass(?:ed|es|ing)?|outstripp?(?:ed|s|ing)?)\b|多于|高于|超过|大于", re.I)
_FEWER = lazy(r"\b(?:fewer|less|lower|smaller)\s+than\b|\bbelow\b(?!-)|\bshort\s+of\b|\b(?:trail(?:ed|s|ing)|lagg?(?:ed|s|ing)\s+behind)\b"
              r"|少于|低于|小于|不及|不如", re.I)
_B_BOUND = lazy(r"(?:\b(?:more|fewer|less|greater|higher|lower)\s+than|\b(?:over|under|above|below|nearly|about|"
                r"almost|around|roughly|some|at\s+least|at\s+most)|超过|逾|近|约|不到|不足)\s*$", re.I)
_NAMED = lazy(r"[A-Za-z\u3400-\u9fff]")
_CLAUSE_BREAK = lazy(r"[,;。,;]|\band\b|\bwhile\b|\bbut\b|而|但")


def stated_orders(text: str, levels: list[Figure], figs: list[Figure]) -> list[tuple[Figure, Figure, int]]:
    """(A, B, +1 or -1) for each two consecutive level figures of one unit the claim ranks one against
    the other ("A … were fewer than B …", "…80,657件,少于商标申请量86,950件"). The comparative must
    go on to name what B is: "more than 30,000" right before a figure is a bound, not an order, and
    a comparative that a clause break cuts off from B ("more than any other city, and 86,950 …") or
    another figure stands in the way of ("1,355 more than its 25,612", "超过一半(37家)") is about
    something else."""
    out = []
    for a, b in zip(levels, levels[1:]):
        if a.unit != b.unit or any(a.end <= x.start < b.start for x in figs):
            continue
        if any(x.role in ("share", "multiple") and text[b.end:x.start].strip(" )）件项个家元宗") in ("的", "") for x in figs
               if x.start >= b.end):
            continue        # "超过2021年全年(3,098亿元)的一半": more than a share of B, which the share check weighs
        between = text[a.end:b.start]
        if b.qualifier != "exact":      # "exceeded the more than 22,000": the bound is B's, no order
            between = _B_BOUND.sub("", between)
        found = [(m, 1) for m in _MORE.finditer(between)] + [(m, -1) for m in _FEWER.finditer(between)]
        if len(found) != 1:
            continue
        m, sign = found[0]
        rest = between[m.end():]
        if _NAMED.search(rest) and not _CLAUSE_BREAK.search(rest):
            out.append((a, b, sign))
    if not out and len(levels) == 2 and (sign := _bracketed_order(text, *levels, figs)):
        out.append((levels[0], levels[1], sign))
    if not out and len(levels) == 2 and levels[0].unit == levels[1].unit \
            and SET_AGAINST.fullmatch(text, levels[0].end, levels[1].start):
        # "took in more IP cases than they closed in 2013, 9,694 against 8,174": the comparative before both
        found = list(_COMPARED_THEN_THAN.finditer(text, 0, levels[0].start))
        if len(found) == 1:
            out.append((levels[0], levels[1], 1 if found[0].group("more") else -1))
    return out


_COMPARATIVE = lazy(r"\b(?:(?P<more>more|greater|higher|larger|bigger)|(?P<fewer>fewer|less|lower|smaller))\b(?!\s+than\b)",
                    re.I)
_THAN = lazy(r"\bthan\b", re.I)


def _bracketed_order(text: str, a: Figure, b: Figure, figs: list[Figure]) -> int:
    """"Shenzhen filed more PCT applications in 2024, at 16,300, than in 2016, when it filed over
    19,000": the comparative before A, its 'than' between A and B (+1 or -1; 0 when the words are not so)."""
    if a.unit != b.unit or any(a.end <= x.start < b.start for x in figs):
        return 0
    between = text[a.end:b.start]
    if b.qualifier != "exact":
        between = _B_BOUND.sub("", between)
    if len(_THAN.findall(between)) != 1 or _COMPARATIVE.search(between):
        return 0
    found = list(_COMPARATIVE.finditer(text, 0, a.start))
    if len(found) != 1 or _THAN.search(text, found[0].end(), a.start):
        return 0
    return 1 if found[0].group("more") else -1


_COMPARED_THEN_THAN = lazy(r"\b(?:(?P<more>more|greater|higher|larger|bigger)|(?P<fewer>fewer|less|lower|smaller))\s+"
                           r"(?:[\w'-]+\s+){0,6}?than\b", re.I)
