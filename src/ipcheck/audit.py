"""Auditing a knowledge base: defects of ours are errors, inconsistencies of the sources warnings.

Everything is found by grouping on keys (metric, entity, period, measure), never by comparing all
pairs of facts, so the audit stays fast as the base grows. Every value has already been read back
from its own quote by the loader, so when stated arithmetic fails to recompute, the documents
themselves disagree: that is a warning a person may mark as reviewed, never hidden.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ipcheck import arithmetic as ar
from ipcheck import kb as kbmod
from ipcheck.judge import show
from ipcheck.model import Fact, Finding, Relation
from ipcheck.numbers import normalize
from ipcheck.periods import year


@dataclass
class Derived:
    what: str
    value: float
    unit: str
    facts: list[str]
    qualifier: str = "exact"

    def to_dict(self) -> dict[str, Any]:
        return {"what": self.what, "value": round(self.value, 6), "unit": self.unit,
                "value_text": show(_readable(self.value), self.unit, self.qualifier), "facts": self.facts}


def _readable(v: float) -> float:
    """Derived figures are estimates: four significant digits, no false precision."""
    if v == 0 or not (v == v) or abs(v) == float("inf"):
        return v
    from math import floor, log10

    digits = 4 - int(floor(log10(abs(v)))) - 1
    return round(v, digits) if digits > 0 else float(round(v, digits))


@dataclass
class Report:
    path: str
    facts: int = 0
    sources: int = 0
    checks: int = 0
    findings: list[Finding] = field(default_factory=list)
    derived: list[Derived] = field(default_factory=list)
    targets: list[dict[str, Any]] = field(default_factory=list)
    show_derived: bool = False

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def summary(self) -> str:
        reviewed = sum(1 for f in self.warnings if f.reviewed)
        return (f"{self.facts} facts from {self.sources} sources; {self.checks} relations recomputed; "
                f"{len(self.errors)} errors, {len(self.warnings)} warnings ({reviewed} reviewed)")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path, "facts": self.facts, "sources": self.sources, "checks": self.checks,
            "findings": [f.to_dict() for f in self.findings], "targets": self.targets,
            "summary": self.summary,
        }
        if self.show_derived:
            out["derived"] = [d.to_dict() for d in self.derived]
        return out


def run_audit(path: str | os.PathLike, texts: str | os.PathLike | None = None,
              derived: bool = False) -> Report:
    knowledge, findings = kbmod.read(path)
    report = Report(path=str(path), facts=sum(not f.derived for f in knowledge.facts.values()), sources=len(knowledge.sources),
                    show_derived=derived)
    report.findings.extend(findings)
    if texts is not None:
        report.findings.extend(check_quotes(knowledge, Path(texts)))
    _relations(knowledge, report)
    _growth(knowledge, report)
    _contradictions(knowledge, report)
    _versions(knowledge, report)
    _streaks(knowledge, report)
    _targets(knowledge, report)
    _apply_reviews(knowledge, report)
    order = {"error": 0, "warning": 1}
    report.findings.sort(key=lambda f: (order.get(f.severity, 2), f.kind))
    return report


# -- quotes ------------------------------------------------------------------------------------

def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check_quotes(knowledge: kbmod.KnowledgeBase, folder: Path) -> list[Finding]:
    if not folder.is_dir():
        from ipcheck.errors import UsageError
        raise UsageError(f"--texts: not a folder: {folder}")
    out: list[Finding] = []
    cache: dict[str, str | None] = {}
    for source in knowledge.sources.values():
        p = folder / source.file
        try:
            cache[source.id] = _squash(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as e:
            cache[source.id] = None
            out.append(Finding("quote", "error", f"source {source.id}: cannot read its text {p} "
                               f"({getattr(e, 'strerror', None) or e})", [], None))
    for fact in knowledge.facts.values():
        text = cache.get(fact.source)
        if text is None:
            continue
        if _squash(fact.quote) not in text:
            near = _squash(normalize(fact.quote)) in _squash(normalize(text))
            hint = " (it matches only after folding full-width characters: copy it exactly)" if near else ""
            out.append(Finding("quote", "error", f"fact {fact.id}: quote not found verbatim in "
                               f"{knowledge.sources[fact.source].file}{hint}", [fact.id], fact.location))
    return out


# -- arithmetic --------------------------------------------------------------------------------

def bounds(f: Fact) -> ar.Range:
    """The values a sourced statement allows."""
    iv = ar.interval(ar.Statement(f.value, f.half_ulp, f.qualifier), as_claim=False) \
        if f.qualifier not in ar.POINT_QUALIFIERS else ar.Interval(f.value - f.half_ulp, f.value + f.half_ulp)
    return ar.Range(iv.lo, iv.hi)


def _ratio(a: ar.Range, b: ar.Range) -> ar.Range | None:
    if b.lo <= 0 <= b.hi or a.lo < 0:
        return None
    lo = a.lo / b.hi if b.hi != ar.INF else 0.0
    hi = a.hi / b.lo if a.hi != ar.INF else ar.INF
    return ar.Range(lo, hi)


def _fits(result: Fact, computed: ar.Range) -> bool:
    r = bounds(result)
    tol = 1e-9 * max(1.0, abs(result.value))
    if result.qualifier == "about":
        tol = max(tol, abs(result.value) * ar.MAX_GAP)
    return not (r.hi + tol < computed.lo or computed.hi < r.lo - tol)


def _mid(r: ar.Range) -> float:
    if r.hi == ar.INF:
        return r.lo
    return (r.lo + r.hi) / 2


def _relation_error(rel: Relation, msg: str) -> Finding:
    return Finding("relation", "error", f"relation {rel.id}: {msg}",
                   [*rel.inputs, *([rel.result] if rel.result else [])], f"{rel.file}:{rel.line}")


def _relations(knowledge: kbmod.KnowledgeBase, report: Report) -> None:
    facts = knowledge.facts
    for rel in knowledge.relations:
        inputs = [facts.get(i) for i in rel.inputs]
        result = facts.get(rel.result) if rel.result else None
        if any(i is None for i in inputs) or (rel.result and result is None):
            continue  # the loader already reported the unknown id
        ids = [*rel.inputs, *([rel.result] if rel.result else [])]
        expect = {"share": 2, "multiple": 2, "change": 2, "difference": 2}.get(rel.kind)
        if expect and len(inputs) != expect:
            if not (rel.implies and len(inputs) == expect - 1 and result is not None):
                report.findings.append(_relation_error(rel, f"{rel.kind} takes {expect} inputs, not {len(inputs)}"))
                continue
        if rel.kind == "pp_gap" and not (len(inputs) == 2 or (len(inputs) == 1 and result is not None)):
            report.findings.append(_relation_error(rel, "pp_gap takes two inputs, or one and a result"))
            continue
        if rel.kind == "sum" and len(inputs) < 2:
            report.findings.append(_relation_error(rel, "a sum needs at least two parts"))
            continue
        units = {i.unit for i in inputs}
        if rel.kind in ("share", "multiple", "change", "difference", "sum") and len(units) > 1:
            report.findings.append(_relation_error(rel, f"inputs mix units ({', '.join(sorted(units))})"))
            continue
        want = {"share": ("percent",), "multiple": ("times",), "change": ("percent", "times"),
                "pp_gap": ("percentage_point",)}.get(rel.kind)
        if result is not None and want and result.unit not in want:
            report.findings.append(_relation_error(rel, f"the result of a {rel.kind} must be in "
                                                   f"{' or '.join(want)}, not {result.unit}"))
            continue
        _recompute(rel, inputs, result, ids, report)


def _point(f: Fact) -> ar.Range:
    return ar.Range(f.value, f.value)


def _evaluate(kind: str, inputs: list[Fact], result: Fact | None, rng) -> tuple[ar.Range | None, list[ar.Range], str]:
    """What the inputs give (or, with one input missing, what the result implies), under ``rng``.

    Returns (range, alternative readings, role) where role is 'result' or 'implied'.
    """
    rs = [rng(i) for i in inputs]
    rr = rng(result) if result is not None else None
    if kind == "share":
        if len(rs) == 2:
            r = _ratio(rs[0], rs[1])
            return (ar.Range(r.lo * 100, r.hi * 100) if r else None), [], "result"
        return _ratio(rs[0], ar.Range(rr.lo / 100, rr.hi / 100)), [], "implied"
    if kind == "multiple":
        if len(rs) == 2:
            return _ratio(rs[0], rs[1]), [], "result"
        return _ratio(rs[0], rr), [], "implied"
    if kind == "change":
        r = _ratio(rs[1], rs[0])
        if r is None:
            return None, [], "result"
        if result is not None and result.unit == "times":
            return r, [ar.Range(r.lo - 1, r.hi - 1)], "result"
        return ar.Range((r.lo - 1) * 100, (r.hi - 1) * 100), [], "result"
    if kind == "difference":
        if len(rs) == 2:
            return ar.Range(rs[1].lo - rs[0].hi, rs[1].hi - rs[0].lo), [], "result"
        return ar.Range(rs[0].lo - rr.hi, rs[0].hi - rr.lo), [], "implied"
    if kind == "pp_gap":
        if len(rs) == 2:
            return ar.Range(rs[0].lo - rs[1].hi, rs[0].hi - rs[1].lo), [], "result"
        return ar.Range(rs[0].lo - rr.hi, rs[0].hi - rr.lo), [], "implied"
    if kind == "sum":
        return ar.Range(sum(r.lo for r in rs), sum(r.hi for r in rs)), [], "result"
    return None, [], "result"


_RESULT_UNIT = {"share": "percent", "multiple": "times", "pp_gap": "percentage_point"}


def _recompute(rel: Relation, inputs: list[Fact], result: Fact | None, ids: list[str], report: Report) -> None:
    computed, alternatives, role = _evaluate(rel.kind, inputs, result, bounds)
    estimate, _, _ = _evaluate(rel.kind, inputs, result, _point)
    if computed is None:
        return
    if role == "implied" or result is None:
        unit = inputs[0].unit if role == "implied" else _RESULT_UNIT.get(rel.kind, inputs[0].unit)
        if rel.kind == "change" and role == "result":
            unit = "percent"
        value = estimate.lo if estimate else computed.lo
        bound = any(i.qualifier not in ar.POINT_QUALIFIERS for i in inputs) or (
            result is not None and result.qualifier not in ar.POINT_QUALIFIERS)
        report.derived.append(Derived(rel.implies or f"{rel.kind} of {', '.join(i.id for i in inputs)}",
                                      value, unit, ids, "about" if bound else "exact"))
        if role == "result":
            report.checks += 1
        return
    report.checks += 1
    if _fits(result, computed) or any(_fits(result, a) for a in alternatives):
        return
    unit = result.unit
    shown = estimate.lo if estimate else _mid(computed)
    report.findings.append(Finding(
        "arithmetic", "warning",
        f"{rel.kind} does not hold: {result.id} states {show(result.value, result.unit, result.qualifier)}, "
        f"but its inputs give {show(shown, unit)} ({rel.kind} of {', '.join(i.id for i in inputs)})",
        ids, f"{rel.file}:{rel.line}", data={"stated": result.value, "computed": round(shown, 6)}))


def _growth(knowledge: kbmod.KnowledgeBase, report: Report) -> None:
    """Year-on-year growth facts: the previous figure they imply, checked where the base has it."""
    facts = knowledge.facts
    for g in facts.values():
        if g.measure != "growth" or not g.of or g.of not in facts or g.unit != "percent":
            continue
        level = facts[g.of]
        if level.measure != "level" or level.metric != g.metric or level.entity != g.entity:
            report.findings.append(Finding("relation", "error", f"growth fact {g.id} qualifies {level.id}, "
                                           f"which is not a level figure of the same metric and entity",
                                           [g.id, level.id], g.location))
            continue
        if level.qualifier not in ar.POINT_QUALIFIERS or g.qualifier not in ar.POINT_QUALIFIERS:
            continue
        prev = ar.previous_from_growth(ar.Statement(level.value, level.half_ulp),
                                       ar.Statement(g.value, g.half_ulp))
        if prev is None:
            continue
        base = g.base_period or (year(level.period.start.year - 1) if level.period.kind == "year" else None)
        label = base.label if base else "the previous period"
        report.derived.append(Derived(f"{knowledge.metrics[level.metric].en} of "
                                      f"{knowledge.entities[level.entity].en}, {label} (implied by {g.id})",
                                      level.value / (1 + g.value / 100), level.unit, [level.id, g.id]))
        if base is None:
            continue
        earlier = [x for x in knowledge.lookup(level.metric, level.entity) if x.measure == "level"
                   and x.kind == "actual" and (x.period == base or x.period == base.year_end())]
        for x in earlier:
            report.checks += 1
            got = bounds(x)
            if got.hi < prev.lo or prev.hi < got.lo:
                report.findings.append(Finding(
                    "arithmetic", "warning",
                    f"growth {g.id} ({show(g.value, 'percent')}) implies "
                    f"{show(round(level.value / (1 + g.value / 100)), level.unit)} for "
                    f"{label}, but {x.id} states {show(x.value, x.unit, x.qualifier)}",
                    [g.id, level.id, x.id], g.location))


# -- contradictions between sources --------------------------------------------------------------

def _contradictions(knowledge: kbmod.KnowledgeBase, report: Report) -> None:
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in knowledge.facts.values():
        groups[(f.metric, f.entity, f.period, f.measure, f.kind, f.base_period, f.scope or "")].append(f)
    for key, members in groups.items():
        if len(members) < 2:
            continue
        flagged: set[frozenset[str]] = set()
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.quote == b.quote and a.source == b.source:
                    continue
                sa = ar.Statement(a.value, a.half_ulp, a.qualifier)
                sb = ar.Statement(b.value, b.half_ulp, b.qualifier)
                if ar.consistent(sa, sb):
                    continue
                pair = frozenset((a.id, b.id))
                if pair in flagged:
                    continue
                flagged.add(pair)
                metric = knowledge.metrics[a.metric].en
                entity = knowledge.entities[a.entity].en
                where = "two passages of one source" if a.source == b.source else "two sources"
                report.findings.append(Finding(
                    "contradiction", "warning",
                    f"{where} disagree on {metric} ({entity}, {a.period.label}"
                    f"{', ' + a.measure if a.measure != 'level' else ''}): {a.source} says "
                    f"{show(a.value, a.unit, a.qualifier)} (\u201c{a.quote}\u201d), {b.source} says "
                    f"{show(b.value, b.unit, b.qualifier)} (\u201c{b.quote}\u201d)",
                    [a.id, b.id], a.location))


def _versions(knowledge: kbmod.KnowledgeBase, report: Report) -> None:
    """Language versions of one document should state the same figures."""
    works: dict[str, list[str]] = defaultdict(list)
    for s in knowledge.sources.values():
        works[s.work].append(s.id)
    for work, ids in works.items():
        if len(ids) < 2:
            continue
        keyed: dict[str, dict[tuple, list[Fact]]] = {i: defaultdict(list) for i in ids}
        for f in knowledge.facts.values():
            if f.source in keyed:
                keyed[f.source][(f.metric, f.entity, f.period, f.measure, f.kind)].append(f)
        for sid in ids:
            others = [o for o in ids if o != sid]
            for key, facts in keyed[sid].items():
                if any(key in keyed[o] for o in others):
                    continue
                f = facts[0]
                langs = ", ".join(knowledge.sources[o].language for o in others)
                report.findings.append(Finding(
                    "version", "warning",
                    f"only the {knowledge.sources[sid].language} version of {work} states "
                    f"{knowledge.metrics[f.metric].en} ({knowledge.entities[f.entity].en}, {f.period.label}"
                    f"{', ' + f.measure if f.measure != 'level' else ''}) = "
                    f"{show(f.value, f.unit, f.qualifier)} (\u201c{f.quote}\u201d); the {langs} version "
                    f"has no such figure", [x.id for x in facts], f.location))


def _streaks(knowledge: kbmod.KnowledgeBase, report: Report) -> None:
    """'First for N consecutive years' stated in different years must start in the same year."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in knowledge.facts.values():
        if f.measure == "streak" and f.kind == "actual" and f.qualifier == "exact":
            groups[(f.metric, f.entity, f.rank or 1, f.scope or "")].append(f)
    for (metric, entity, rank, _), members in groups.items():
        starts = {f.id: f.period.end.year - int(f.value) + 1 for f in members}
        for f in members:
            # ranks stated inside the streak must agree with it
            for r in knowledge.lookup(metric, entity):
                if r.measure == "rank" and r.kind == "actual" and r.value != rank and \
                        starts[f.id] <= r.period.end.year <= f.period.end.year and (r.scope or "") == (f.scope or ""):
                    report.findings.append(Finding(
                        "streak", "warning", f"{f.id} says rank {rank} every year since {starts[f.id]}, but "
                        f"{r.id} gives rank {r.value:g} in {r.period.label}", [f.id, r.id], f.location))
        if len(set(starts.values())) > 1:
            detail = "; ".join(f"{k} implies {v}" for k, v in sorted(starts.items()))
            report.findings.append(Finding(
                "streak", "warning",
                f"streaks for {knowledge.metrics[metric].en} ({knowledge.entities[entity].en}, rank {rank}) "
                f"imply different first years: {detail}", sorted(starts), members[0].location))
        else:
            report.checks += max(0, len(members) - 1)


def _targets(knowledge: kbmod.KnowledgeBase, report: Report) -> None:
    for t in knowledge.facts.values():
        if t.kind != "target":
            continue
        actual = [x for x in knowledge.lookup(t.metric, t.entity) if x.kind == "actual" and x.measure == t.measure
                  and (x.period == t.period or x.period == t.period.year_end()
                       or t.period == x.period.year_end())]
        later = sorted((x for x in knowledge.lookup(t.metric, t.entity) if x.kind == "actual"
                        and x.measure == t.measure and x.period.end > t.period.end), key=lambda x: x.period)
        status, against = "no data", None
        if actual:
            against = actual[0]
            goal = ar.Statement(t.value, t.half_ulp, t.qualifier)
            got = ar.Statement(against.value, against.half_ulp, against.qualifier)
            verdict = ar.compare(goal, got) if t.qualifier not in ar.POINT_QUALIFIERS else (
                ar.AGREE if against.value >= t.value else ar.DISAGREE)
            status = {"agree": "met", "disagree": "missed"}.get(verdict, "unclear")
        report.targets.append({
            "target": t.id, "metric": t.metric, "entity": t.entity, "period": t.period.code,
            "goal": show(t.value, t.unit, t.qualifier), "status": status,
            "actual": against.id if against else None,
            "later": [f"{x.period.label}: {show(x.value, x.unit, x.qualifier)} ({x.id})" for x in later[:3]],
        })


def _apply_reviews(knowledge: kbmod.KnowledgeBase, report: Report) -> None:
    if not knowledge.reviews:
        return
    for f in report.findings:
        if f.severity != "warning":
            continue
        ids = set(f.facts)
        for rv in knowledge.reviews:
            if ids and ids <= set(rv.facts) or (set(rv.facts) and set(rv.facts) <= ids):
                f.reviewed = rv.explanation
                break
