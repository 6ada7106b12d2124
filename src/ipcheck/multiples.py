"""Stated multiples, recomputed: "7.9 times the national average (of 14)", "nearly three times the
39,527 …", "about three times as many IP cases as the Luohu court", "roughly three times the 124.637
billion yuan balance" (the sides stated, sourced, or one of each)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipcheck import arithmetic as ar, scopes, sides
from ipcheck.lazyre import lazy
from ipcheck.model import Claim, Figure
from ipcheck.stated import COUNT_WORDS_ZH, stated_multiple
from ipcheck.verdicts import Check, show

if TYPE_CHECKING:
    from ipcheck.judge import Judge

_AN_INCREASE = lazy(r"\s+(?:increase|rise|growth|jump)\b", re.I)
_THE_BASE = lazy(r"\s+(?:the|that\s+of|those\s+of|its|their)\s+", re.I)    # "three times | the | 124.637 billion yuan …"
_AVERAGE_OF = {None: "china", scopes.NATION: "china", scopes.PROVINCE: "guangdong"}
_VERSUS = lazy(r"\b(?:vs\.?|versus|against|compared\s+(?:with|to))\s|对比|相比", re.I)


def add_multiples(judge: Judge, claim: Claim, figs: list[Figure], levels: list[Figure], checks: list[Check]) -> None:
    """Append to ``checks`` one check for every multiple of ``claim`` whose sides are known (a multiple
    already checked as a span's, in ``checks``, is not checked again)."""
    for f in figs:
        if f.role != "multiple" or (claim.comparison == "from_to" and len(levels) >= 2):
            continue
        # the numerator is the nearest figure before "N times" ("95,000, or 80.1 per 10,000
        # people, which is 10 times the national average": 80.1)
        stated = stated_multiple(claim.text, f, levels)
        if stated is not None:
            num, den = stated        # "86,950 …, nearly three times the 39,527 …": both sides stated
        else:
            # (the nearest before it, whoever's: "全国…平均为14件,深圳为110件,是全国平均水平的7.9倍")
            num = max((x for x in levels if x.metric == f.metric and x.start < f.start
                       and not (f.text.endswith("倍") and claim.text[x.end:f.start].strip(COUNT_WORDS_ZH + ")）") == "的")),
                      key=lambda x: x.start, default=None) or \
                next((x for x in levels if x.metric == f.metric and x.entity == f.entity), None)
            den = next((x for x in levels if x is not num and x.metric == f.metric), None)
            if len(levels) == 2 and num in levels and (first := min(levels, key=lambda x: x.start)) is not None \
                    and _VERSUS.search(claim.text, first.end, max(x.start for x in levels)) is not None:
                # "110 vs a national 14, i.e. ~7.9x", "more than double the registrations: 86,950 against 39,527":
                # the first side over the second
                num, den = first, next(x for x in levels if x is not first)
        den_fact = None
        # "twice the 2013 level": the same metric and entity in the period named right after
        then = next((p.period for p in claim.periods if 0 <= p.start - f.end <= 25
                     or 0 <= f.start - p.end <= 3 and claim.text[p.end:f.start].strip() in ("的", "")), None)
        if stated is None and den is None and num is not None and num.start > f.end and then is not None \
                and then != num.period and num.entity \
                and (top := judge._sourced(f.metric, num.entity, then)) is not None and top.unit == num.unit:
            # "six times as many trademarks in 2024 as the 39,527 … in 2013": the figure stated after the
            # multiple is the side compared with; the subject's own is the sourced one of the time named
            r = ar.ratio(ar.Statement(top.value, top.half_ulp), ar.given(num))
            if r:       # (a sourced bound, "over 19,000", moves the multiple one way only)
                checks.append(Check("multiple", f.value, r.mid, ar.holds_between_bounds(
                    ar.Statement(f.value, f.half_ulp, f.qualifier), r, num.qualifier, top.qualifier),
                    f"{show(top.value, top.unit)} ({top.id}) / {num.text}", of=f))
            continue
        if den is None and num is not None and then is not None and then != num.period and num.entity:
            den_fact = judge._sourced(f.metric, num.entity, then)
        elif den is None and f.metric and f.period and f.scope is None and (base := next(
                (x for x in levels if x.start > f.end and _THE_BASE.fullmatch(claim.text, f.end, x.start)), None)) \
                and (num is None or num is base):
            # "were roughly three times the 124.637 billion yuan balance": the figure stated right after the
            # multiple is its base; the subject's own is the sourced one of the multiple's metric and time
            top = next((x for x in judge.kb.lookup(f.metric, f.entity or "china") if x.measure == "level"
                        and x.kind == "actual" and judge._period_matches(f.metric, f.period, x)), None)
            if top is not None and top.unit == base.unit and (r := ar.ratio(ar.Statement(top.value, top.half_ulp),
                                                                            ar.given(base))):
                checks.append(Check("multiple", f.value, r.mid, ar.holds_between_bounds(
                    ar.Statement(f.value, f.half_ulp, f.qualifier), r, base.qualifier, top.qualifier),
                    f"{show(top.value, top.unit)} ({top.id}) / {base.text}", of=f))
            continue
        elif den is None and f.metric and f.period and f.scope in _AVERAGE_OF:
            # "7.9 times the national average": the nation's figure (the province's, when the
            # claim says "the Guangdong average")
            den_fact = next((x for x in judge.kb.lookup(f.metric, _AVERAGE_OF[f.scope]) if x.measure == "level"
                             and x.kind == "actual" and judge._period_matches(f.metric, f.period, x)), None)
        if num is None and den is None and not any(c.of is f for c in checks) \
                and (pair := sides.of_a_multiple(judge, claim, f)) is not None:
            # "about three times as many IP cases as the Luohu court": both sides sourced (a span's
            # multiple, "a fivefold increase between 2012 and 2021", is checked once, above)
            x, y = pair
            r = ar.ratio(ar.Statement(x.value, x.half_ulp), ar.Statement(y.value, y.half_ulp))
            if r:
                st = ar.Statement(f.value, f.half_ulp, f.qualifier)
                # "an increase of five times": to five times, or by five times (both readings tried);
                # "a fivefold increase" is to five times, never by
                ok = ar.holds(st, r) or bool(_AN_INCREASE.match(claim.text, f.end)) and \
                    not f.text.lower().endswith("fold") and ar.holds(st, ar.Range(r.lo - 1, r.hi - 1))
                checks.append(Check("multiple", f.value, r.mid, ok,
                                    f"{sides.said(x)} / {sides.said(y)}", of=f))
        if den_fact is not None and num is not None and den_fact.metric == num.metric \
                and abs(den_fact.value - num.value) <= num.half_ulp + den_fact.half_ulp:
            den_fact = None         # the figure's own sourced value: no other side read, nothing to divide by
        if num is not None and (den is not None or den_fact is not None):
            sd = ar.given(den) if den else ar.Statement(den_fact.value, den_fact.half_ulp)
            r = ar.ratio(ar.given(num), sd)
            if r:
                where = den.text if den else f"{show(den_fact.value)} ({den_fact.id})"
                checks.append(Check("multiple", f.value, r.mid,
                                    ar.holds(ar.Statement(f.value, f.half_ulp, f.qualifier), r),
                                    f"{num.text} / {where}", of=f))
