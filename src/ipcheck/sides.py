"""The sides of a comparison a claim states without their figures, found in the sources.

"692 more IP cases than the Luohu District People's Court", "比受理数少1,520宗", "about three times as
many IP cases as the Luohu court", "more than ten times the 2012 amount": the figure is stated, the
two quantities it compares are only named. Each side is a metric, a place and a period; the one the
claim's figure is of, and the other named after the comparative (another place, another metric or
another year). Both must have sourced figures stated as points, or nothing is recomputed.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ipcheck import arithmetic as ar, cues, roles
from ipcheck.lazyre import lazy
from ipcheck.links import ELLIPTICAL
from ipcheck.model import Fact, Figure
from ipcheck.directions import _order as _fact_order, _sourced as _sourced_fact
from ipcheck.periods import Period, year
from ipcheck.ranking import _context_modifiers, _modifiers_ok, refused_for
from ipcheck.verdicts import Check, show

if TYPE_CHECKING:
    from ipcheck.claims import Claim
    from ipcheck.judge import Judge

BREAK = lazy(r",(?!\d)|[，;；。]")      # a clause break (not the comma inside 10,049)
_BI = lazy(r"比")
_BY = lazy(r"\s+by\s+(?:about\s+|nearly\s+|some\s+|around\s+|more\s+than\s+|almost\s+)?", re.I)       # "结案数比受理数少1,520宗": the comparison the figure after it states
_OUTNUMBERS = lazy(r"\b(?:outnumber(?:ed|s|ing)?|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|outstripp?(?:ed|s|ing)?)\b", re.I)
# what a multiple is of, right after it: "three times as many IP cases as", "double", "ten times the"
TO_ONE = lazy(r"(?:to|:)\s*(?:one|1)$", re.I)      # a multiple written as a ratio ("five to one")
_OUTNUMBERED = lazy(r"\boutnumber(?:ed|s|ing)?\b", re.I)
_AS_MANY_AS = lazy(r"\s*(?:as\s+(?:many|much)\s+(?:[\w'()-]+\s+){0,6}?as|(?:that|those)\s+of|the|its|their|"
                  r"(?:[\w'()-]+\s+){0,4}?for\s+(?:every|each)(?:\s+one)?)\s+", re.I)


def of_a_difference(judge: Judge, claim: Claim, f: Figure, a: Figure | None, b: Figure | None
                    ) -> tuple[Fact | Figure, Fact | Figure] | None:
    """The two sides of a difference the claim states one or neither of: both sourced when it
    states neither, or names the other after 'than' ("163 fewer than Futian District People's
    Court"); the figure's own sourced figure against a stated other side of another metric."""
    if (a is None and b is None) or roles.MORE_NOUN_THAN.match(claim.text, f.end):
        return _named_sides(judge, claim, f)
    if a is None and b is not None and f.metric and b.metric and b.metric != f.metric \
            and "than" in claim.text[f.end:b.start].lower():
        own = judge._sourced(f.metric, f.entity, f.period)
        return (own, b) if own is not None and own.unit == b.unit == f.unit else None
    if a is not None and b is None and a.unit == f.unit and f.metric and f.entity and f.period \
            and (a.entity, a.metric) != (f.entity, f.metric) and _BY.fullmatch(claim.text, a.end, f.start) \
            and (verb := last_match(_OUTNUMBERS, claim.text, a.start)) is not None \
            and not BREAK.search(claim.text, verb.end(), a.start):
        # "… exceeded the national average of 14 by 96": the subject's sourced figure less the one stated
        own = judge._sourced(f.metric, f.entity, f.period)
        return (own, a) if own is not None and own.unit == a.unit else None
    if a is not None and b is None and a.metric and a.unit == f.unit and "比" in claim.text \
            and (bi := last_match(_BI, claim.text, f.start)) is not None and a.end <= bi.start() \
            and not BREAK.search(claim.text, bi.end(), f.start):
        # "审结知识产权案件20,009件,比新收案件少954件", "宝安区人民法院受理…1,501件,比龙岗区人民法院多279件":
        # the stated side against the sourced one the words after 比 name (another metric or place)
        pair = _across(judge, claim, dataclasses.replace(f, metric=a.metric, entity=a.entity), bi.end(), a.period,
                       end=f.start)
        return (a, pair[1]) if pair is not None and pair[1].unit == a.unit else None
    return None


def _named_sides(judge: Judge, claim: Claim, f: Figure) -> tuple[Fact, Fact] | None:
    """The sourced figures of the two quantities a difference stated without them compares: the one
    named before the comparative and the one named after it, for the figure's place and period."""
    after = roles.MORE_NOUN_THAN.match(claim.text, f.end)
    if after is not None:
        return _across(judge, claim, f, after.end(), f.period)
    cue = _OUTNUMBERS.search(claim.text, 0, f.start) or _BI.search(claim.text, 0, f.start)
    if cue is None:
        return None
    if cue.group(0) == "比" and (pair := _across(judge, claim, f, cue.end(), f.period, end=f.start)) is not None:
        return pair         # "福田区人民法院受理的知识产权案件比南山区人民法院多279宗": the place after 比
    first = [m for m in judge.kb.metric_index.best(claim.text[:cue.start()]) if m.score[0]]
    second = cues.comparator(judge.kb, claim.text, cue.start(), f)
    if not first or second is None or first[0].target == second:
        return None
    sides = [judge._sourced(m, f.entity, f.period) for m in (first[0].target, second)]
    if None in sides or sides[0].unit != sides[1].unit or sides[0].unit != f.unit:
        return None
    return sides[0], sides[1]


def _across(judge: Judge, claim: Claim, f: Figure, at: int, own_period: Period | None,
            other_periods: bool = False, end: int | None = None) -> tuple[Fact, Fact] | None:
    """The figure's own metric, place and period (``own_period``) against what the words from ``at``
    to the clause's end name: another place (the same metric), else another metric (the same place),
    else, with ``other_periods``, another period (the same metric and place)."""
    if not (f.metric and f.entity and own_period):
        return None
    kb, text = judge.kb, claim.text
    if end is None:
        stop = BREAK.search(text, at)
        end = stop.start() if stop else len(text)
    places = {e for e, s, _ in kb.entity_index.find(text, kb.word_bigrams()) if at <= s < end}
    if not places and kb.entities[f.entity].kind == "court" and (whose := ELLIPTICAL.match(text, at - text[:at].endswith(" "))) is not None:
        # "163 more IP cases than Longgang's": the court of the place named
        places = {e for e, _, _ in kb.entity_index.find(f"{whose.group(1)}'s court", kb.word_bigrams())}
    named_periods = [p.period for p in claim.periods if at <= p.start < end and p.period != own_period]
    metric = _metric_named(judge, text, at, end)
    if len(places) == 1 and (other := places.pop()) != f.entity:
        second = (metric or f.metric, other, own_period)    # ("占全市法院受理总数的三成": the whole's own words name it)
    elif other_periods and len(named_periods) == 1:
        second = (metric or f.metric, f.entity, named_periods[0])
    elif metric is not None and metric != f.metric:
        second = (metric, f.entity, own_period)
    else:
        return None
    sides = [judge._sourced(f.metric, f.entity, own_period), judge._sourced(*second)]
    if None in sides or sides[0].unit != sides[1].unit:
        return None
    return sides[0], sides[1]


def said(side: Fact | Figure) -> str:
    """A side as a check's detail writes it: the claim's own words, or a sourced figure and its id."""
    return f"{show(side.value, side.unit)} ({side.id})" if isinstance(side, Fact) else side.text


def of_a_share(judge: Judge, claim: Claim, f: Figure) -> tuple[Fact, Fact] | None:
    """The part and the whole of a share stated with neither figure: "made up about 40% of
    Shenzhen's domestic patent applications" (the whole a metric), "about 17% of the IP cases accepted
    by all Shenzhen courts" (a place), "占全市法院受理总数的一半以上" (the whole of the place the figure's
    is within)."""
    if not (f.metric and f.entity):
        return None
    text = claim.text
    zhan = text.rfind("占", 0, f.start) if "占" in text else -1
    # "…超过2021年全年的一半": the whole between the bound and 的
    shi = last_match(_IS_ZH, text, f.start) if zhan < 0 and text[f.start - 1:f.start] == "的" else None
    if zhan >= 0 and not BREAK.search(text, zhan, f.start) and (de := text.rfind("的", zhan, f.start)) > zhan:
        den_start, den_end, num_end = zhan + 1, de, zhan
    elif shi is not None and not BREAK.search(text, shi.end(), f.start):
        den_start, den_end, num_end = shi.end(), f.start - 1, shi.start()
    elif (of := _OF_A_WHOLE.match(text, f.end)) is not None:
        stop = BREAK.search(text, of.end())
        den_start, den_end, num_end = of.end(), stop.start() if stop else len(text), f.start
    else:
        return None
    own_period = _own_period(claim, f, num_end, den_start, den_end)
    if own_period is None:
        return None
    found = _across(judge, claim, f, den_start, own_period, other_periods=True, end=den_end)
    named_places = {e for e, s, _ in judge.kb.entity_index.find(text, judge.kb.word_bigrams()) if den_start <= s < den_end}
    if found is None and _THE_WHOLE.search(text, den_start, den_end) and (up := judge.kb.entities[f.entity].parent) \
            and named_places <= {up} \
            and ((named := _metric_named(judge, text, den_start, den_end)) is not None
                 or _context_modifiers(judge.kb, text[den_start:den_end]) == ((), ())):
        # "全市", "the city's total": the place the figure's own place is within
        whole = judge._sourced(named or f.metric, up, own_period)
        part = judge._sourced(f.metric, f.entity, own_period)
        found = (part, whole) if part is not None and whole is not None and part.unit == whole.unit else None
    return found


def whole_after_zhan(judge: Judge, claim: Claim, f: Figure, levels: list[Figure]) -> tuple[Figure, Fact] | None:
    """The part and the whole of a share whose part the claim states right before 占 and whose whole
    only the words after 占 name ("国内发明专利申请量32,208件,占当年国内专利申请量的一半以上"): the
    stated part over the sourced whole of its place and time."""
    text = claim.text
    zhan = text.rfind("占", 0, f.start) if "占" in text else -1
    if zhan < 0 or BREAK.search(text, zhan, f.start):
        return None
    part = max((x for x in levels if x.end <= zhan and x.metric), key=lambda x: x.start, default=None)
    if part is None or len(text[part.end:zhan].strip(" ,，件项个家人宗元")) > 2 or not (part.entity and part.period):
        return None
    named = _metric_named(judge, text, zhan + 1, f.start)
    if named is None or named == part.metric:
        return None
    whole = judge._sourced(named, part.entity, part.period)
    return (part, whole) if whole is not None and whole.unit == part.unit else None


_IS_ZH = lazy(r"是|接近|将近|超过|不到|不足|达到|约为|相当于")


def _own_period(claim: Claim, f: Figure, num_end: int, den_start: int, den_end: int) -> Period | None:
    """The period of a comparison's own side: the last one the claim names before ``num_end`` outside
    the words of the other side (``den_start``..``den_end``), else the figure's."""
    own = [p.period for p in claim.periods if p.start < num_end and not (den_start <= p.start < den_end)]
    return own[-1] if own else f.period


def _span_ends(claim: Claim) -> list[Period]:
    """The 'from' and 'to' periods a claim marks ("between 2012 and 2021"), earlier first."""
    return sorted((p.period for p in claim.periods if p.role in ("from", "to")), key=lambda p: p.end)


def last_match(pattern, text: str, end: int):
    """The last match of ``pattern`` before ``end``, or None."""
    found = None
    for found in pattern.finditer(text, 0, end):
        pass
    return found
_OF_A_WHOLE = lazy(r"\s*of\s+(?:the\s+)?", re.I)
_THE_WHOLE = lazy(r"全市|全国|全省|总数|总量|总额|\btotal\b|\ball\b|\bwhole\b|city's|nation's|country's", re.I)


def _metric_named(judge: Judge, text: str, start: int, end: int) -> str | None:
    """The one metric whose names the words from ``start`` to ``end`` say most of (a name said whole
    first), if one does; never one whose names lack a modifier the words use ("国外专利授权总量": foreign
    grants, not all grants)."""
    held: dict[str, tuple[bool, int]] = {}
    used = _context_modifiers(judge.kb, text[start:end])
    for m in judge.kb.metric_index.matches(text, text[start:end]):
        if _modifiers_ok(judge.kb, m, used) is None:
            held[m.target] = max(held.get(m.target, (False, 0)), m.score[:2])
    ranked = sorted(held.items(), key=lambda t: t[1], reverse=True)
    if not ranked or ranked[0][1][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def of_a_multiple(judge: Judge, claim: Claim, f: Figure) -> tuple[Fact, Fact] | None:
    """The numerator and denominator of a multiple stated with neither figure: "about three times as
    many IP cases as the Luohu District People's Court", "more than double its approved trademark
    registrations", "more than ten times the 2012 amount", "是2013年国内专利授权量的五倍多", "a fivefold
    increase between 2012 and 2021". The numerator is the figure's own metric and place, in the
    period the claim names outside the words of the denominator."""
    if not (f.metric and f.entity):
        return None
    text = claim.text
    ends = _span_ends(claim)
    if len(ends) == 2 and ends[0] != ends[1]:
        # "a fivefold increase between 2012 and 2021": the later over the earlier
        num, den = (judge._sourced(f.metric, f.entity, p) for p in (ends[1], ends[0]))
        return (num, den) if num is not None and den is not None and num.unit == den.unit else None
    if TO_ONE.search(f.text) and (verb := last_match(_OUTNUMBERED, text, f.start)) is not None:
        # "trademark applications outnumbered registrations five to one": the words before the verb name
        # the numerator, those after it the denominator
        subject = _metric_named(judge, text, 0, verb.start())
        if subject is None:
            return None
        f = dataclasses.replace(f, metric=subject)
        den_start, den_end, num_end = verb.end(), f.start, verb.start()
    elif f.text.endswith("倍") or f.text.endswith("倍多"):
        # "A是B的N倍", "A接近B的两倍": B between 是 (or the bound) and 的
        shi = last_match(_IS_ZH, text, f.start)
        if shi is None or text[f.start - 1:f.start] != "的":
            return None
        den_start, den_end, num_end = shi.end(), f.start - 1, shi.start()
    else:
        after = _AS_MANY_AS.match(text, f.end)
        if after is None:
            return None
        stop = BREAK.search(text, after.end())
        den_start, den_end, num_end = after.end(), stop.start() if stop else len(text), f.start
    own_period = _own_period(claim, f, num_end, den_start, den_end)
    if own_period is None:
        return None
    sides = _across(judge, claim, f, den_start, own_period, other_periods=True)
    if sides is None or not (den_start <= den_end):
        return None
    return sides


def of_a_gap(judge: Judge, claim: Claim, f: Figure) -> tuple[Fact, Fact] | None:
    """The two rates a gap in percentage points is between, when the claim states neither: a rate's
    own change between two years ("the grant rate rose 18.8 percentage points between 2012 and 2021",
    the later less the earlier), or two metrics' rates in one year ("PCT growth was 14.95 points higher
    than that of its domestic patent applications": the subject's less the one compared with).
    Rates of a metric that is itself a rate are its levels; of any other, its growth."""
    if not (f.metric and f.entity):
        return None
    kb = judge.kb
    ends = _span_ends(claim)
    if len(ends) == 2 and ends[0] != ends[1] and kb.metrics[f.metric].measure == "rate":
        later, earlier = (judge._sourced(f.metric, f.entity, p) for p in (ends[1], ends[0]))
        return (later, earlier) if later is not None and earlier is not None else None
    other = f.compared_with
    if other is None or other == f.metric or f.period is None:
        return None
    rates = kb.metrics[f.metric].measure == "rate" and kb.metrics[other].measure == "rate"
    measure = "level" if rates else "growth"
    pair = [judge._sourced(m, f.entity, f.period, measure) for m in (f.metric, other)]
    if None in pair or pair[0].unit != "percent" or pair[1].unit != "percent":
        return None
    return pair[0], pair[1]


def against_another_year(arith, claim: Claim, f: Figure, levels: list[Figure]) -> Check | None:
    """A rate, difference or multiple of the one level the claim states against another year it names
    ("2024年…1.63万件,比2013年增长逾八成", "19,055件,比2013年的受理量翻了一番多", "16,300 … in 2024 were 7,251 more
    than the city filed in 2013", "…, reaching 16,300" after "between 2013 and 2024"), or of a later year against
    the level ("与2013年的10,049件相比,2024年…多出6,251件"): the change over the span between the two, from the
    sourced levels at its ends (``change_over_a_span``)."""
    same = [x for x in levels if x.metric == f.metric and x.entity == f.entity]
    if len(same) != 1 or not (f.metric and f.entity) or same[0].period is None or same[0].period.kind not in ("year", "point"):
        return None
    at = same[0].period
    earlier = {p.period for p in claim.periods if p.period.kind == "year" and p.period.end.year < at.end.year}
    if len(earlier) == 1 and (f.period is None or f.period.kind == "range" or f.period in (at, *earlier)
                              or f.period.end.year == at.end.year):
        (start,), end = earlier, at
    elif f.role == "difference" and f.period is not None and f.period.kind == "year" and f.period.start > at.end \
            and refused_for(arith.kb, claim.text, f.metric) is None:
        # (the level stated is the earlier end; never of a metric the words rule out: "…PCT国际专利授权多出6,251件")
        start, end = at, f.period
    else:
        return None
    check = change_over_a_span(arith, dataclasses.replace(f, period=Period("range", start.start, end.end)))
    if check is not None:
        check.of = f
    return check


def change_over_a_span(arith, f: Figure) -> Check | None:
    """A rate, difference or multiple the claim states over a span with no figure at either end
    ("grew by more than 60% between 2013 and 2024", "rose by about 110,000 between 2013 and 2024",
    "more than doubled from 2013 to 2024"), against the sourced levels at the span's two ends
    (a bound at either end moves a difference one way only: "increased by more than 8,900 between 2013 and 2016",
    to "more than 19,000"; rates and multiples take points only)."""
    if f.role not in ("growth", "change", "difference", "multiple") or not (f.metric and f.entity and f.period) \
            or f.period.kind != "range":
        return None
    # (a bound at an end moves a difference or a rate one way only: "grew by more than 80% between 2013, … and
    # 2016" to "over 19,000"; a multiple takes points only)
    bounds = ar.POINT_QUALIFIERS + (("more_than", "at_least", "less_than", "at_most") if f.role == "difference"
                                    or f.unit == "percent" else ())
    a = arith._sourced(f.metric, f.entity, year(f.period.start.year), qualifiers=bounds)
    b = arith._sourced(f.metric, f.entity, year(f.period.end.year), qualifiers=bounds)
    if a is None or b is None:
        return None
    sa, sb = ar.Statement(a.value, a.half_ulp), ar.Statement(b.value, b.half_ulp)
    st = ar.Statement(f.value, f.half_ulp, f.qualifier)
    said = f"{show(b.value, b.unit, b.qualifier)} ({b.id}) against {show(a.value, a.unit, a.qualifier)} ({a.id})"
    if f.role in ("growth", "change"):
        if f.unit == "percent":
            r = ar.change_percent(sa, sb)
            if r and (a.qualifier not in ar.POINT_QUALIFIERS or b.qualifier not in ar.POINT_QUALIFIERS):
                return Check("change", f.value, r.mid, ar.holds_between_bounds(st, r, a.qualifier, b.qualifier), said,
                             of=f)
        elif f.unit == "times":
            r = ar.ratio(sb, sa)
            if r and f.role == "change" and (f.text.endswith("倍") or not f.text.lower().endswith("fold")
                                             and not ar.holds(st, r)):
                # "an increase of N times": both readings tried; "增长了N倍" is by N times only
                r = ar.Range(r.lo - 1, r.hi - 1)
        else:
            return None
        return Check("change", f.value, r.mid, ar.holds(st, r) and not _wrong_way(f, a, b), said, of=f) if r else None
    if a.unit != b.unit:
        return None
    if f.role == "difference" and f.unit == a.unit:
        r = ar.difference(sb, sa)
        return Check("difference", f.value, r.mid, ar.holds_between_bounds(st, r, a.qualifier, b.qualifier), said, of=f)
    if f.unit == "times" and (r := ar.ratio(sb, sa)) is not None:
        return Check("change_times", f.value, r.mid, ar.holds(st, r) and not _wrong_way(f, a, b), said,
                     of=f)     # "more than doubled"
    return None


def _wrong_way(f: Figure, a: Fact, b: Fact) -> bool:
    """Does a multiple the words say is a fall ("下降了两倍多") stand for a rise, or the other way round?"""
    return f.unit == "times" and f.direction != 0 and (b.value - a.value) * f.direction < 0


_THAN_A_FIGURE = lazy(r"\b(?:(?P<more>more|higher|greater|larger)|fewer|less|lower|smaller)\s+(?:[\w'-]+\s+){0,5}?than\s+"
                      r"(?:the\s+|its\s+|their\s+)?(?=\d)", re.I)


def subject_against_a_figure(judge: Judge, claim: Claim, results: list, negated) -> Check | None:
    """The order a claim states between a quantity it gives no figure for, named before the comparative,
    and the figure it states after 'than' ("Shenzhen courts concluded fewer IP cases in 2024 than the 19,055
    new ones they accepted"): the first's sourced figure of the same place and time settles it. ``negated``
    finds the words that turn the comparison round ("did not close more …")."""
    m = _THAN_A_FIGURE.search(claim.text)
    if m is None:
        return None
    side = next(((f, r) for f, r in zip(claim.figures, results) if f.start == m.end()), None)
    if side is None or any(f.end <= m.start() for f in claim.figures):
        return None             # (a figure of its own before: the other checks' business)
    f, res = side
    if res is None or res.verdict != "supported" or not res.fact or not (f.entity and f.period):
        return None
    named = _metric_named(judge, claim.text, 0, m.end() - 5)
    own = [p.period for p in claim.periods if p.end <= m.start()]
    when = own[-1] if own else f.period
    if named is None or (named, when) == (f.metric, f.period):
        return None     # (the same metric at another time is another quantity: "PCT filings in 2024 were lower than
        #                 the more than 19,000 it recorded in 2016")
    a, b = judge._sourced(named, f.entity, when), judge.kb.facts[res.fact]
    if a is None or a.unit != b.unit:
        return None
    ra, rb = (ar.interval(ar.Statement(x.value, x.half_ulp, x.qualifier), as_claim=False) for x in (a, b))
    order = 1 if ra.lo > rb.hi else -1 if ra.hi < rb.lo else 0
    if order == 0:
        return None
    sign, said = (1, "more") if m.group("more") else (-1, "less")
    if negated.search(claim.text, max(0, m.start() - 30), m.start()):
        sign, said = -sign, "not " + said        # "did not close more IP cases … than the 19,055 …"
    return Check("order", float(sign), a.value - b.value, order == sign,
                 f"the claim says {judge._names(named, f.entity, when)} = {show(a.value, a.unit)} ({a.id}) is "
                 f"{said} than {f.text}")


# -- comparisons settled by figures the claim names in words (moved from orders) ------------------

def sourced_levels_before(claim: Claim, results: list, at: int) -> list:
    """(figure, result) for each level before ``at`` that a sourced fact bears out."""
    return [(f, r) for f, r in zip(claim.figures, results) if f.end <= at and f.role == "level"
            and r is not None and r.verdict == "supported" and r.fact]


def order_against(judge: Judge, f: Figure, a: Fact, b: Fact, metric: str, entity: str, sign: int, said_order: str,
                  reach: bool = False) -> Check | None:
    """The check that ``f`` (sourced as ``a``) is more (``sign`` +1) or less than ``b``, the sourced figure of
    ``metric`` for ``entity``; None when their units differ or their precision leaves the order open
    (with ``reach``, a bound on ``b`` may still refute it: never support it)."""
    if a.unit != b.unit:
        return None
    order = _fact_order(a, b)
    if reach and order == 0 and (reached := _fact_order(a, b, reach=True)) not in (0, sign):
        order = reached
    if order == 0:
        return None
    return Check("order", float(sign), a.value - b.value, order == sign,
                 f"the claim says {f.text} is {said_order} than {judge._names(metric, entity, b.period)} = "
                 f"{show(b.value, b.unit, b.qualifier)} ({b.id})")


A_NAMED_METRIC = lazy(r"\b(?:(?P<more>outnumber(?:ed|s)?|exceed(?:ed|s)?|surpass(?:ed|es)?|topped|outstripped)|"
                       r"(?:trailed|lagged\s+behind|fell\s+short\s+of))\s+"
                       r"(?:its|their|the\s+city's|the\s+country's|china's|shenzhen's|the)\s+(?P<words>[A-Za-z][\w' -]{3,60}?)"
                       r"\s*(?=[.;,]|$|\s+(?:in|that|this|last)\b)", re.I)


_DONE_IN_ALL = lazy(r"\b([a-z]+ed\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:in|for|on|to)\s+all\s+(?:of\s+)?(?:the\s+)?$", re.I)
_ALL_BEFORE = lazy(r"\ball\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$", re.I)
_ALL_AFTER_ZH = lazy(r"[^，,。；;]{0,24}?(?:全部|全都)")


def all_of_them(judge: Judge, claim: Claim, results: list) -> tuple[Check | None, str] | None:
    """"All 54 … enterprises that obtained loan guarantees … went on to receive loans", "受理起诉的410宗…全部提起了
    公诉": all of a sourced count did something; the check of the count the words after it name (the
    same as the whole, or not), or (None, the words) when they name none; None when no figure is so said of."""
    text, kb = claim.text, judge.kb
    for f, r in zip(claim.figures, results):
        if f.role != "level" or r is None or r.verdict != "supported" or not (f.metric and f.entity and f.period):
            continue
        done = _DONE_IN_ALL.search(text, max(0, f.start - 60), f.start)
        if done is not None and not any(m.target == f.metric and m.score[0] for m in kb.metric_index.best(done.group(1))):
            return None, done.group(1)      # "secured convictions in all 259 IP-crime cases": a deed no count here gives
        if _ALL_BEFORE.search(text, max(0, f.start - 12), f.start):
            stop = _PART_END.search(text, f.end)
            said = text[f.end:stop.start() if stop else len(text)]
        elif (zh := _ALL_AFTER_ZH.match(text, f.end)) is not None:
            stop = _PART_END.search(text, zh.end())
            said = text[f.end:stop.start() if stop else len(text)]
        else:
            continue
        named = [m for m in kb.metric_index.best(said) if m.score[0] and m.target != f.metric
                 and kb.metrics[m.target].unit == kb.metrics[f.metric].unit]
        if not named:
            continue        # ("closed all 14", "受理的14宗…全部审结" read as the 14 concluded: nothing more is said)
        other = _sourced_fact(judge, named[0].target, f.entity, f.period)
        if other is None:
            return None, said.strip()
        whole = kb.facts[r.fact]
        return Check("share", 100.0, 100.0 * other.value / whole.value if whole.value else 0.0,
                     other.value == whole.value and other.qualifier == whole.qualifier == "exact",
                     f"the claim says all {f.text} did so: {judge._names(named[0].target, f.entity, other.period)} = "
                     f"{show(other.value, other.unit, other.qualifier)} ({other.id}) of {show(whole.value, whole.unit)}"), said
    return None


_PART_END = lazy(r"[,;，；。]|\.(?:\s|$)")


def against_a_named_metric(judge: Judge, claim: Claim, results: list, m: re.Match) -> Check | None:
    """The order of the claim's one sourced level before the comparative against the same place and
    time's sourced figure of the metric the words after it name in full ("25,612 patent acquisitions …
    outnumbered its patent transfers"); None when they name none, or the sources do not give it."""
    mine = sourced_levels_before(claim, results, m.start())
    if len(mine) != 1 or any(f.start >= m.end() for f in claim.figures):
        return None
    f, res = mine[0]
    kb = judge.kb
    named = [x for x in kb.metric_index.best(m.group("words")) if x.score[0]]
    when = _A_YEAR_EN.search(m.group("words"))
    a = kb.facts[res.fact]
    if not named and when is not None and int(when.group(0)) != a.period.start.year:
        metric, period = f.metric, year(int(when.group(0)))     # "exceeded the full-year 2021 total": its own, that year
    elif not named or len(named) > 1 and named[1].score[:3] == named[0].score[:3] or named[0].target == f.metric:
        return None
    else:
        metric, period = named[0].target, a.period
    b = _sourced_fact(judge, metric, f.entity, period) if f.entity else None
    if b is None:
        return None
    sign, said_order = (1, "more") if m.group("more") else (-1, "less")
    return order_against(judge, f, a, b, metric, f.entity, sign, said_order)


_A_YEAR_COMPARED = lazy(r"\b(?:(?P<more>more|higher|greater|larger|above)|fewer|less|lower|smaller|below)\s+"
                       r"(?:than\s+)?(?:in\s+|the\s+|its\s+|their\s+)?(?P<y>(?:19|20)\d\d)(?:['’]s)?"
                       r"(?:\s+(?:level|figure|total|mark|tally|count|number)s?)?\s*(?:[.,;]|$)"
                       r"|(?:(?P<more_zh>高于|多于|超过|超出)|低于|少于|不及)(?P<y_zh>(?:19|20)\d\d)年(?:的水平|水平)?\s*(?:[。，,；;]|$)",
                       re.I)


def against_its_own_year(judge: Judge, claim: Claim, results: list, compared: str) -> Check | None:
    """The order of a claim's sourced level against the same figure of the year the comparison names,
    with nothing else after it ("16,300 PCT applications in 2024, more than in 2016", "1.63万件,高于2016年的
    水平"), when the sources give it; None when they do not."""
    m = _A_YEAR_COMPARED.search(claim.text)
    if m is None:
        return None
    mine = sourced_levels_before(claim, results, m.start())
    if len(mine) != 1:
        return None
    f, res = mine[0]
    a = judge.kb.facts[res.fact]
    when = int(m.group("y") or m.group("y_zh"))
    if f.metric is None or f.entity is None or a.period.start.year == when:
        return None
    b = _sourced_fact(judge, f.metric, f.entity, year(when))
    if b is None:
        return None
    sign, said_order = (1, "more") if (m.group("more") or m.group("more_zh")) else (-1, "less")
    return order_against(judge, f, a, b, f.metric, f.entity, sign, said_order, reach=True)


_A_YEAR_EN = lazy(r"\b(?:19|20)\d\d\b")
_A_YEAR_ZH = lazy(r"((?:19|20)\d\d)年")


def against_a_side_named_zh(judge: Judge, claim: Claim, results: list) -> Check | None:
    """"…237,790件,比2024年全年的商标注册量还多": the claim's sourced level against the figure the words after
    比 name (their metric, else its own; their year, else its own), for its place; None when the sources do
    not give it."""
    m = cues.MORE_THAN_NAMED_ZH.search(claim.text)
    if m is None:
        return None
    mine = sourced_levels_before(claim, results, m.start())
    if not mine or any(f.start >= m.end() for f in claim.figures):
        return None
    f, res = mine[-1]
    name, kb = m.group("name"), judge.kb
    named = [x for x in kb.metric_index.best(name) if x.score[0]]
    when = _A_YEAR_ZH.search(name)
    metric = named[0].target if named else f.metric
    period = year(int(when.group(1))) if when else f.period
    if f.entity is None or period is None or (metric, period) == (f.metric, f.period) or kb.entity_index.find(name, kb.word_bigrams()):
        return None         # (another place is the other side: orders' _against_another)
    a, b = kb.facts[res.fact], _sourced_fact(judge, metric, f.entity, period)
    if b is None:
        return None
    sign, said_order = (1, "more") if m.group("more_zh") else (-1, "less")
    return order_against(judge, f, a, b, metric, f.entity, sign, said_order)
