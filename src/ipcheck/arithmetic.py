"""Comparing figures under rounding, and recomputing stated arithmetic.

One rule serves verify and audit alike: a written figure stands for the interval its precision
implies, widened by the precision of the figure it is compared with, and two figures agree only
when that holds *and* they are within 5% of each other ("20,000" does not confirm 16,300 even
though 16,300 rounds to 20,000 at that precision).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

INF = math.inf
MAX_GAP = 0.05          # relative gap allowed between agreeing figures, and for "about"
ABOUT_ULPS = 10         # how many half-units of its last digit "about" may move a stated result
NEARLY_BAND = 0.05      # "nearly X" means within 5% below X

AGREE, DISAGREE, UNDECIDED = "agree", "disagree", "undecided"
DENIED = "not"          # a claim's figure written as denied ("were not 10,049"); see numbers.DENIED
POINT_QUALIFIERS = ("exact", "about")


class Statement(NamedTuple):
    """A figure with the precision and qualifier it was written with (a tuple: cheap to make)."""

    value: float
    half_ulp: float = 0.0
    qualifier: str = "exact"


class Interval(NamedTuple):
    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def disjoint(self, other: "Interval") -> bool:
        if self.hi < other.lo or other.hi < self.lo:
            return True
        if self.hi == other.lo and (self.hi_open or other.lo_open):
            return True
        if other.hi == self.lo and (other.hi_open or self.lo_open):
            return True
        return False

    def within(self, other: "Interval") -> bool:
        lo_ok = other.lo < self.lo or (other.lo == self.lo and (not other.lo_open or self.lo_open))
        hi_ok = self.hi < other.hi or (other.hi == self.hi and (not other.hi_open or self.hi_open))
        return lo_ok and hi_ok


BOUND_REACH = 5.0     # how far above itself a sourced lower bound may be


def interval(s: Statement, *, as_claim: bool, reach: bool = False) -> Interval:
    """The values a statement allows. With ``reach`` a sourced lower bound stops at BOUND_REACH times
    itself: a source's "more than 2.9 million" is no licence for 29 million (a writer who knew of ten
    times the figure would not have written it). That reading may refute a claim, never support one."""
    v, u, q = s.value, s.half_ulp, s.qualifier
    top = v * BOUND_REACH if reach and not as_claim and v > 0 else INF
    if q == "more_than":
        return Interval(v, top, lo_open=True)
    if q == "at_least":
        return Interval(v, top)
    if q == "less_than":
        return Interval(-INF, v, hi_open=True)
    if q == "at_most":
        return Interval(-INF, v)
    if q == "nearly":           # short of the figure's size: "nearly 40% down" is a fall just under 40%
        if v < 0:
            return Interval(v, v + abs(v) * NEARLY_BAND, lo_open=not as_claim)
        return Interval(v - abs(v) * NEARLY_BAND, v, hi_open=not as_claim)
    if q == "about" and as_claim:
        return Interval(min(v - u, v - abs(v) * MAX_GAP), max(v + u, v + abs(v) * MAX_GAP))
    return Interval(v - u, v + u)


def gap(a: float, b: float) -> float:
    """Relative distance of ``a`` from the reference ``b``."""
    if b == 0:
        return 0.0 if a == 0 else INF
    return abs(a - b) / abs(b)


def compare(claim: Statement, fact: Statement) -> str:
    """agree / disagree / undecided, as the contract's verdict rules want them."""
    cq, fq = claim.qualifier, fact.qualifier
    if cq == DENIED:
        # "were not 10,049": refuted by a source that gives 10,049; a source giving another figure
        # makes the denial true but says nothing of what the writer meant, so it never supports it
        return DISAGREE if compare(claim._replace(qualifier="exact"), fact) == AGREE else UNDECIDED
    c, v = claim.value, fact.value
    if far_short(claim, fact):
        return DISAGREE
    if fq in POINT_QUALIFIERS:
        if cq == "exact":
            ok = _within_rounding(claim, fact) and gap(c, v) <= MAX_GAP
            if ok and fq == "about" and claim.half_ulp == 0:
                return UNDECIDED        # "exactly half" (or 16,347) against "about half": more precise than the source
            if not ok and fq == "about" and gap(c, v) <= MAX_GAP:
                return UNDECIDED        # "48.10%" against "about half": the source is too loose to say
            return AGREE if ok else DISAGREE
        if cq == "about":
            return AGREE if gap(c, v) <= MAX_GAP or abs(c - v) <= fact.half_ulp else DISAGREE
        if cq == "nearly":          # short of the claim's figure in size, whichever its sign
            near = interval(claim, as_claim=True)
            return AGREE if near.lo - fact.half_ulp <= v <= near.hi + fact.half_ulp else DISAGREE
        # (a source's "about half" is no exact 50%: "more than half" neither agrees nor disagrees with it)
        f = interval(fact._replace(qualifier="about"), as_claim=True) if fq == "about" else \
            Interval(v - fact.half_ulp, v + fact.half_ulp)
        cl = interval(claim, as_claim=True)
        if f.within(cl):
            return UNDECIDED if weak_bound(claim, fact) else AGREE
        return DISAGREE if f.disjoint(cl) else UNDECIDED
    # the source gives a bound or an approximation from one side
    f = interval(fact, as_claim=False)
    if cq == fq == "nearly" and abs(c - v) <= claim.half_ulp + fact.half_ulp and gap(c, v) <= MAX_GAP:
        return AGREE            # "nearly 1.2 billion" restates "近12亿元"; bounds go by interval logic
    cl = interval(claim, as_claim=True)
    if interval(fact, as_claim=False, reach=True).disjoint(cl):
        return DISAGREE
    if cq not in POINT_QUALIFIERS and f.within(cl):
        return UNDECIDED if weak_bound(claim, fact) else AGREE
    return UNDECIDED


WEAK_BOUND = 0.75       # a lower bound below this share of the sourced figure says too little to confirm it


def weak_bound(claim: Statement, fact: Statement) -> bool:
    """A claimed floor far under the sourced figure ("over 586,000 people" where the source says more than
    865,000): true to the letter, but no writer who knew the figure would put it so (a slip, or another
    figure): it neither confirms nor refutes. Only far under: "more than 70,000" for "more than 73,000" is
    a round restatement."""
    if claim.qualifier not in ("more_than", "at_least") or claim.value <= 0 or fact.qualifier in ("less_than", "at_most"):
        return False
    return claim.value < (fact.value - fact.half_ulp) * WEAK_BOUND


def rise_in_times(written: str, claim: Statement, fact: Statement) -> tuple[str, str | None]:
    """A rise told in times (``claim``, already in percent: N times is N x 100%) against a sourced rise
    in percent, and the reading that agreed. It reads to N times (up (N - 1) x 100%) or by N times:
    "rose fourfold" is only to four times; "增长了3.5倍" only by, as Chinese usage has it; "increased
    3.5 times" either way, as the arithmetic checks read it (contradicted only when both disagree)."""
    by = compare(claim, fact)
    to = None if written.endswith("倍") else compare(claim._replace(value=claim.value - 100.0), fact)
    n = f"{claim.value / 100:g}"
    if to is not None and (to == AGREE or written.lower().endswith("fold")
                           or written.lower() in ("twice", "double", "triple", "quadruple")):     # (to, never by)
        return to, f"to {n} times, up {claim.value - 100:g}%" if to == AGREE else None
    if by == AGREE:
        return by, f"by {n} times, up {claim.value:g}%"
    return (by if to in (None, by) else UNDECIDED), None


def within_a_tenth(claim: Statement, fact: Statement) -> str:
    """A share or rate in Chinese tenths ("三成", "约三成": 25% up to 35%; "近三成": 25% up to 30%) is
    as coarse as its word, however close "about" holds other figures to theirs."""
    lo, hi = claim.value - claim.half_ulp, claim.value + (0.0 if claim.qualifier == "nearly" else claim.half_ulp)
    if claim.qualifier not in (*POINT_QUALIFIERS, "nearly") or fact.qualifier not in POINT_QUALIFIERS:
        return compare(claim, fact)
    said = Interval(fact.value - fact.half_ulp, fact.value + fact.half_ulp)
    tenth = Interval(lo, hi, hi_open=claim.qualifier != "nearly")
    return AGREE if said.within(tenth) else DISAGREE if said.disjoint(tenth) else UNDECIDED


def _within_rounding(claim: Statement, fact: Statement) -> bool:
    """Could both figures be roundings of one value? A figure rounded to the hundred stands for a
    half-open range ("16,300": 16,250 up to, not including, 16,350), so two rounded figures whose
    ranges only touch ("16,400" against "16,300") cannot both be right; against an exact figure the
    claim's range is closed (80,650 rounds up to "80,700")."""
    d, tol = abs(claim.value - fact.value), claim.half_ulp + fact.half_ulp
    eps = 1e-12 * max(1.0, abs(fact.value))
    return d < tol - eps if claim.half_ulp and fact.half_ulp else d <= tol + eps


def far_short(claim: Statement, fact: Statement) -> bool:
    """A claimed bound BOUND_REACH times or more short of the sourced figure: "revenue exceeding 225
    million yuan" where the source says 225 billion is true to the letter and a slip of scale in
    fact; a writer who knew the figure would not have put it so."""
    lo = fact.value - fact.half_ulp
    if claim.qualifier in ("more_than", "at_least") and claim.value > 0 and fact.qualifier != "less_than" \
            and fact.qualifier != "at_most":
        return lo > claim.value * BOUND_REACH
    if claim.qualifier in ("less_than", "at_most") and fact.value > 0 and fact.qualifier in POINT_QUALIFIERS:
        return (fact.value + fact.half_ulp) * BOUND_REACH < claim.value
    return False


def consistent(a: Statement, b: Statement) -> bool:
    """Can two sourced statements of the same figure both be true?"""
    if a.qualifier in POINT_QUALIFIERS and b.qualifier in POINT_QUALIFIERS:
        return abs(a.value - b.value) <= a.half_ulp + b.half_ulp + 1e-9 * max(1, abs(b.value))
    if a.qualifier in POINT_QUALIFIERS or b.qualifier in POINT_QUALIFIERS:
        # a figure stated plainly must itself satisfy the other source's bound: "2500" and
        # "over 2,500" cannot both be what the document meant
        point, bound = (a, b) if a.qualifier in POINT_QUALIFIERS else (b, a)
        iv = interval(bound, as_claim=False)
        return not Interval(point.value, point.value).disjoint(iv)
    ia, ib = _fact_interval(a), _fact_interval(b)
    return not ia.disjoint(ib)


def _fact_interval(s: Statement) -> Interval:
    if s.qualifier in POINT_QUALIFIERS:
        return Interval(s.value - s.half_ulp, s.value + s.half_ulp)
    return interval(s, as_claim=False)


# -- recomputation with interval arithmetic --------------------------------------------------

@dataclass(frozen=True)
class Range:
    lo: float
    hi: float

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2


def span(s: Statement) -> Range:
    return Range(s.value - s.half_ulp, s.value + s.half_ulp)


def _div(a: Range, b: Range) -> Range | None:
    if b.lo <= 0 <= b.hi:
        return None
    qs = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi]
    return Range(min(qs), max(qs))


def ratio(num: Statement, den: Statement) -> Range | None:
    return _div(span(num), span(den))


def share(part: Statement, whole: Statement) -> Range | None:
    r = ratio(part, whole)
    return Range(r.lo * 100, r.hi * 100) if r else None


def change_percent(old: Statement, new: Statement) -> Range | None:
    r = ratio(new, old)
    return Range((r.lo - 1) * 100, (r.hi - 1) * 100) if r else None


def difference(a: Statement, b: Statement) -> Range:
    """a − b."""
    ra, rb = span(a), span(b)
    return Range(ra.lo - rb.hi, ra.hi - rb.lo)


def rise_from_growth(level: Statement, growth: Statement) -> Range | None:
    """The absolute change over the year before that a level and its growth rate (in percent) imply:
    level * g / (100 + g), at the precision both were written with."""
    lo_l, hi_l = level.value - level.half_ulp, level.value + level.half_ulp
    lo_g, hi_g = growth.value - growth.half_ulp, growth.value + growth.half_ulp
    if lo_g <= -100:
        return None
    corners = [lv * g / (100 + g) for lv in (lo_l, hi_l) for g in (lo_g, hi_g)]
    return Range(min(corners), max(corners))


def size(r: Range) -> Range:
    """How large a signed range is, whichever way it points: [-18.9, -18.7] is 18.7 to 18.9."""
    if r.lo >= 0 or r.hi <= 0:
        return Range(min(abs(r.lo), abs(r.hi)), max(abs(r.lo), abs(r.hi)))
    return Range(0, max(abs(r.lo), abs(r.hi)))


def total(parts: list[Statement]) -> Range:
    return Range(sum(span(p).lo for p in parts), sum(span(p).hi for p in parts))


def previous_from_growth(current: Statement, growth_percent: Statement) -> Range | None:
    """The previous period's figure a year-on-year growth implies."""
    factor = Range(1 + (growth_percent.value - growth_percent.half_ulp) / 100,
                   1 + (growth_percent.value + growth_percent.half_ulp) / 100)
    return _div(span(current), factor)


def given(x) -> Statement:
    """A figure (stated or sourced) as an input to arithmetic: an approximate one ("约3,250亿元",
    "about 16,000") spans what "about" allows, so what is worked out from it is as loose."""
    q = getattr(x, "qualifier", "exact")
    half = max(x.half_ulp, abs(x.value) * MAX_GAP) if q in ("about", "nearly") else x.half_ulp
    return Statement(x.value, half)


def holds(stated: Statement, computed: Range) -> bool:
    """Does a stated result agree with what its inputs give, at the stated precision?"""
    tol = stated.half_ulp + 1e-9 * max(1.0, abs(stated.value))
    if stated.qualifier in POINT_QUALIFIERS:
        if stated.qualifier == "about":
            # "about" loosens a result by up to 5%, but not past what its own digits say: "约89.8%"
            # is no 86.8%, however "about 30%" may be 28.5%
            loose = abs(stated.value) * MAX_GAP
            tol = max(tol, min(loose, ABOUT_ULPS * stated.half_ulp) if stated.half_ulp else loose)
        return computed.lo - tol <= stated.value <= computed.hi + tol
    claim = interval(stated, as_claim=True)
    return not Interval(computed.lo, computed.hi).disjoint(claim)


# which way a bound points: +1 the true figure may be higher, -1 lower
UPWARD = {"more_than": 1, "at_least": 1, "less_than": -1, "at_most": -1}


def holds_between_bounds(stated: Statement, computed: Range, old: str, new: str) -> bool | None:
    """``holds`` for a change worked out from two figures either of which may be a bound ("from 10,049 to
    more than 19,000"): a bound moves the change one way only, so a stated change on that side of
    the one worked out is undecided (None), never refuted; on the other side it is refuted."""
    if old in POINT_QUALIFIERS and new in POINT_QUALIFIERS:
        return holds(stated, computed)
    # which way the bounds can move the change: up when the later figure may be higher or the earlier lower
    up = UPWARD.get(new, 0) > 0 or UPWARD.get(old, 0) < 0
    down = UPWARD.get(new, 0) < 0 or UPWARD.get(old, 0) > 0
    if holds(stated, computed):
        # still so wherever the bounds move it only if the claim bounds it the same way ("more than
        # three-quarters" from "more than 145,000"); otherwise the bounds may move it off
        said = UPWARD.get(stated.qualifier, 0)
        return True if (said > 0 and up and not down) or (said < 0 and down and not up) else None
    above = stated.value > computed.hi
    return None if (above and up) or (not above and down) else False
