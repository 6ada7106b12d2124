"""Figures the sources give only through a gap: "export growth reached 27.1%, exceeding the growth
rate of import volume by 10.5 percentage points" says import growth was 16.6% without writing it.

Where a pp_gap relation names the metric of the other rate (``implied_metric``), the loader adds
two facts worked out from it: that rate, and the gap seen from its side (-10.5 points). They carry
the words they are worked out from and the relation's id (``Fact.derived``), they are made at load
time and never written in the TOML, and a reason that cites one says it is worked out.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ipcheck import arithmetic as ar
from ipcheck.arithmetic import POINT_QUALIFIERS
from ipcheck.model import Fact, Figure
from ipcheck.periods import year
from ipcheck.verdicts import FigureResult, show

if TYPE_CHECKING:
    from ipcheck.judge import Judge
    from ipcheck.kb import KnowledgeBase


def implied_facts(kb: KnowledgeBase) -> Iterator[tuple[Fact, str | None]]:
    """(fact, None) for each fact a relation implies, or (a stated fact, problem) where it cannot."""
    facts = kb.facts
    for r in kb.relations:
        if r.implied_metric is None or len(r.inputs) != 1 or r.result not in facts or r.inputs[0] not in facts:
            continue
        rate, gap = facts[r.inputs[0]], facts[r.result]
        if gap.unit != "percentage_point" or rate.unit != "percent":
            yield gap, f"relation {r.id}: implies a rate from a rate in percent and a gap in percentage points"
            continue
        if not (rate.qualifier in POINT_QUALIFIERS and gap.qualifier in POINT_QUALIFIERS):
            continue                # a bound on either side bounds nothing the other way
        common = dict(entity=rate.entity, period=rate.period, source=gap.source, quote=gap.quote,
                      qualifier="exact" if rate.qualifier == gap.qualifier == "exact" else "about",
                      kind=rate.kind, note=f"Worked out, not stated: {r.implies or r.id}", file=r.file,
                      line=r.line, derived=r.id)
        yield Fact(id=f"{r.id}:rate", metric=r.implied_metric, value=round(rate.value - gap.value, 9),
                   unit="percent", measure=rate.measure, half_ulp=rate.half_ulp + gap.half_ulp,
                   base_period=rate.base_period, **common), None
        yield Fact(id=f"{r.id}:gap", metric=r.implied_metric, value=-gap.value, unit="percentage_point",
                   measure=gap.measure, half_ulp=gap.half_ulp, **common), None


def other_side(kb: KnowledgeBase, fact: Fact) -> str | None:
    """The metric a gap in percentage points is measured against, when a relation says: the
    implied metric for the stated gap, the stated rate's metric for the gap worked out from it."""
    for r in kb.relations:
        if r.implied_metric is None:
            continue
        if r.result == fact.id:
            return r.implied_metric
        if fact.derived == r.id and fact.measure == "pp_gap" and r.inputs and r.inputs[0] in kb.facts:
            return kb.facts[r.inputs[0]].metric
    return None


def previous_year_figure(judge: Judge, f: Figure, res: FigureResult) -> FigureResult | None:
    """A figure for the year before a sourced level whose growth rate is sourced too: compare it
    with the figure the two imply (80,657 up 10.29% implies 73,132 for 2012)."""
    if not (f.period and f.period.kind == "year" and f.qualifier in ar.POINT_QUALIFIERS):
        return None
    nxt = year(f.period.start.year + 1)
    for g in judge.kb.lookup(f.metric, f.entity):
        if g.measure != "growth" or g.kind != "actual" or g.unit != "percent" or not g.of:
            continue
        level = judge.kb.facts.get(g.of)
        if level is None or not judge._period_matches(f.metric, nxt, level) or level.qualifier not in ar.POINT_QUALIFIERS:
            continue
        if g.qualifier in ("more_than", "at_least", "less_than", "at_most"):
            # a growth rate known only as a bound bounds the year before one way, which may refute a
            # figure, never confirm one ("309.8 billion … in 2020": 2021's 309.8 after growth of more than 40%)
            edge = level.value / (1 + g.value / 100)
            claim = ar.interval(ar.Statement(f.value, f.half_ulp, f.qualifier), as_claim=True)
            below = ar.UPWARD[g.qualifier] > 0          # growth above the bound: the year before below the edge
            if (claim.lo >= edge * (1 + 1e-9)) if below else (claim.hi <= edge * (1 - 1e-9)):
                res.verdict = "contradicted"
                res.fact, res.expected, res.source, res.quote = g.id, None, g.source, g.quote
                res.reason = (f"{f.text} cannot be the {f.period.label} figure: {show(level.value, level.unit)} in "
                              f"{level.period.label} after growth of {show(g.value, 'percent', g.qualifier)} puts it "
                              f"{'below' if below else 'above'} {show(round(edge), level.unit)} "
                              f"({judge.kb.source_title(g.source)}: \u201c{g.quote}\u201d).")
                return res
            continue
        if g.qualifier not in ar.POINT_QUALIFIERS:
            continue
        rng = ar.previous_from_growth(ar.Statement(level.value, level.half_ulp),
                                      ar.Statement(g.value, g.half_ulp))
        if rng is None:
            continue
        estimate = level.value / (1 + g.value / 100)
        implied = ar.Statement(estimate, (rng.hi - rng.lo) / 2)
        ok = ar.compare(ar.Statement(f.value, f.half_ulp, f.qualifier), implied) == ar.AGREE
        res.verdict = "supported" if ok else "contradicted"
        res.fact, res.expected, res.source, res.quote = g.id, round(estimate, 2), g.source, g.quote
        cite = f"{judge.kb.source_title(g.source)}: \u201c{g.quote}\u201d"
        res.reason = (f"{f.text} {'agrees with' if ok else 'does not match'} the {f.period.label} figure "
                      f"implied by {show(level.value, level.unit)} in {level.period.label} and its growth of "
                      f"{show(g.value, 'percent')}: about {show(round(estimate), level.unit)} ({cite}).")
        return res
    return None
