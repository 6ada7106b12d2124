"""Looking things up: every sourced figure for a metric (`show`) and the documents (`sources`).

A reporter rarely knows the metric's id: the query is matched against names and aliases in both
languages, then by keyword bags, then fuzzily (difflib, for typos such as "trademrak").
"""
from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from ipcheck import arithmetic as ar
from ipcheck.errors import UsageError
from ipcheck.judge import show
from ipcheck.kb import KnowledgeBase
from ipcheck.model import Fact, Metric
from ipcheck.periods import Period, find_periods, parse_period, year


def find_metrics(kb: KnowledgeBase, query: str, limit: int = 5) -> list[Metric]:
    q = query.strip().lower()
    if not q:
        raise UsageError("show: give a metric name, alias or id")
    if q in kb.metrics:
        return [kb.metrics[q]]
    exact = [m for m in kb.metrics.values()
             if q in (m.en.lower(), m.zh.lower(), m.id.lower()) or q in (a.lower() for a in m.aliases)]
    if exact:
        return exact[:limit]
    matched = [kb.metrics[m.target] for m in kb.metric_index.best(query)]
    if matched:
        return matched[:limit]
    names: dict[str, str] = {}
    for m in kb.metrics.values():
        for n in (m.en, m.zh, m.id, *m.aliases):
            names.setdefault(n.lower(), m.id)
    close = difflib.get_close_matches(q, list(names), n=limit * 3, cutoff=0.6)
    if close:   # a typo: keep only the candidates about as close as the best one
        best = difflib.SequenceMatcher(None, q, close[0]).ratio()
        close = [c for c in close if difflib.SequenceMatcher(None, q, c).ratio() >= best - 0.05]
    seen: list[Metric] = []
    for c in close:
        metric = kb.metrics[names[c]]
        if metric not in seen:
            seen.append(metric)
    return seen[:limit]


def _entity(kb: KnowledgeBase, text: str | None) -> str | None:
    if not text:
        return None
    if text in kb.entities:
        return text
    found = kb.entity_index.find(text)
    if not found:
        raise UsageError(f"show: no entity called '{text}' in the knowledge base")
    return found[0][0]


def _period(text: str | None) -> Period | None:
    if not text:
        return None
    try:
        return parse_period(text)
    except ValueError:
        found = find_periods(text)
        if not found:
            raise UsageError(f"show: cannot read the period '{text}' (try 2013, 2022-H1, 2013-12-31)") from None
        return found[0].period


def _covers(p: Period, fact: Period) -> bool:
    return fact.start <= p.end and p.start <= fact.end


@dataclass
class Series:
    metric: Metric
    entity: str
    facts: list[Fact] = field(default_factory=list)
    implied: list[dict[str, Any]] = field(default_factory=list)

    def chart(self) -> list[tuple[str, float, str]]:
        """(period label, value, qualifier) of the actual level figures, one per period, oldest first."""
        by_period: dict[Period, Fact] = {}
        for f in self.facts:
            if f.measure == "level" and f.kind == "actual":
                by_period.setdefault(f.period, f)
        return [(p.label, f.value, f.qualifier) for p, f in sorted(by_period.items())]


def show_metric(kb: KnowledgeBase, query: str, entity: str | None = None, period: str | None = None) -> dict:
    metrics = find_metrics(kb, query)
    if not metrics:
        raise UsageError(f"show: no metric matches '{query}'")
    want_entity = _entity(kb, entity)
    want_period = _period(period)
    series: list[Series] = []
    for m in metrics:
        groups: dict[str, list[Fact]] = defaultdict(list)
        for f in kb.lookup(m.id):
            if want_entity and f.entity != want_entity:
                continue
            if want_period and not _covers(want_period, f.period):
                continue
            groups[f.entity].append(f)
        for ent, facts in sorted(groups.items()):
            facts.sort(key=lambda f: (f.period, f.measure != "level", f.kind, f.source))
            s = Series(m, ent, facts)
            for g in facts:
                level = kb.facts.get(g.of) if g.of else None
                if g.measure == "growth" and level and g.unit == "percent" and \
                        g.qualifier in ar.POINT_QUALIFIERS and level.qualifier in ar.POINT_QUALIFIERS:
                    base = g.base_period or (year(level.period.start.year - 1) if level.period.kind == "year" else None)
                    s.implied.append({"period": base.label if base else "previous period",
                                      "value": round(level.value / (1 + g.value / 100), 2),
                                      "text": show(round(level.value / (1 + g.value / 100)), level.unit),
                                      "from": [level.id, g.id]})
            series.append(s)
    return {
        "query": query,
        "metrics": [{"id": m.id, "en": m.en, "zh": m.zh, "unit": m.unit, "measure": m.measure} for m in metrics],
        "series": [{
            "metric": s.metric.id, "metric_en": s.metric.en, "entity": s.entity,
            "entity_en": kb.entities[s.entity].en,
            "facts": [fact_dict(kb, f) for f in s.facts],
            "implied": s.implied,
            "chart": [{"period": p, "value": v, "qualifier": q} for p, v, q in s.chart()],
        } for s in series],
    }


def fact_dict(kb: KnowledgeBase, f: Fact) -> dict[str, Any]:
    return {"id": f.id, "period": f.period.code, "period_label": f.period.label, "measure": f.measure,
            "value": f.value, "unit": f.unit, "text": show(f.value, f.unit, f.qualifier),
            "qualifier": f.qualifier, "kind": f.kind, "source": f.source,
            "language": kb.sources[f.source].language, "quote": f.quote, "scope": f.scope}


def list_sources(kb: KnowledgeBase) -> list[dict[str, Any]]:
    counts = Counter(f.source for f in kb.facts.values())
    return [{"id": s.id, "title": s.title, "publisher": s.publisher, "date": s.date, "language": s.language,
             "file": s.file, "url": s.url or None, "facts": counts.get(s.id, 0)}
            for s in sorted(kb.sources.values(), key=lambda s: (s.date, s.id))]
