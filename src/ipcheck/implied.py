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

from ipcheck.arithmetic import POINT_QUALIFIERS
from ipcheck.model import Fact

if TYPE_CHECKING:
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
