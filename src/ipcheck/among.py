"""Ranks and superlatives among the parts of a sourced total ("Among Shenzhen's district courts,
Futian's accepted the most IP cases", "14 IP cases, the fewest of any court in the city"): only a list
that adds up to a sourced whole is known to leave no one out."""
from __future__ import annotations

import re

from ipcheck.claims import Claim, Figure
from ipcheck.lazyre import lazy
from ipcheck.model import Fact, Relation
from ipcheck.verdicts import Check, FigureResult, show


# the group a rank or superlative holds in: "any other district court in Shenzhen", "of any court in the city"
_GROUP = lazy(r"\b(?:any\s+other|of\s+(?:any|all)|among)\s+[^,;.]*"
              r"|\bof\s+(?:[\w'-]+\s+){0,3}?(?:courts|districts|cities)\b", re.I)     # "… of Shenzhen's district courts"
_KIND_WORDS = {"court": ("court", "法院"), "district": ("district", "区"), "city": ("cit", "市")}


class AmongParts:
    """Mixed into the arithmetic: needs ``kb`` and ``_period_matches``."""

    def _parts_ranked(self, claim: Claim, f: Figure, at: int) -> tuple[Fact, Relation, list[Fact]] | None:
        """The figure's own sourced fact, the sourced total it is a part of, and the parts of the
        group the claim names ("Among Shenzhen's district courts, …", "… than any other district court
        in Shenzhen", "the fewest of any court in the city", after ``at``): only a list that adds up
        to a sourced whole is known to leave no one out. None when the claim names no group of the
        parts' kind, or two parts tie."""
        if not (f.metric and f.entity and f.period):
            return None
        text = claim.text
        if text[:6].lower() == "among ":
            group = text[:text.find(",")] if "," in text else ""
        else:
            named = _GROUP.search(text, at)
            group = named.group(0) if named else ""
        own = next((x for x in self.kb.lookup(f.metric, f.entity) if x.measure == "level" and x.kind == "actual"
                    and self._period_matches(f.metric, f.period, x)), None)
        rel = next((r for r in self.kb.relations_containing(own.id) if r.kind == "sum"), None) if own else None
        if rel is None or not group:
            return None
        parts = [self.kb.facts[i] for i in rel.inputs if i in self.kb.facts]
        kinds = {self.kb.entities[x.entity].kind for x in parts}
        if not any(w in group.lower() for k in kinds for w in _KIND_WORDS.get(k, (k,))):
            return None                       # "any other Chinese city": not a group of these parts
        whole = self.kb.facts.get(rel.result) if rel.result else None
        places = {e for e, _, _ in self.kb.entity_index.find(group, self.kb.word_bigrams())}
        if whole is None or any(e != whole.entity and not self.kb.is_within(e, whole.entity) for e in places):
            return None                       # "the fewest of any court in Guangdong": more than the total holds
        if "district" in group.lower():       # "district courts": the parts named for a district
            parts = [x for x in parts if "District" in self.kb.entities[x.entity].en]
        if own not in parts or len({x.value for x in parts}) < len(parts):
            return None
        return own, rel, parts

    def least_among_parts(self, claim: Claim, f: Figure, at: int) -> Check | None:
        """"14 IP cases, the fewest of any court in the city": the figure's sourced fact against the
        other parts of the sourced total it belongs to."""
        found = self._parts_ranked(claim, f, at)
        if found is None:
            return None
        own, rel, parts = found
        least = min((x for x in parts if x is not own), key=lambda x: x.value)
        return Check("order", -1.0, own.value - least.value, own.value < least.value,
                     f"the claim says {f.text} is less than any other part of {rel.id}, the next fewest being "
                     f"{self.kb.entities[least.entity].en} {show(least.value, least.unit)}")

    def _rank_among_parts(self, claim: Claim, f: Figure, res: FigureResult) -> FigureResult | None:
        """"Among Shenzhen's district courts, Futian's accepted the most IP cases": a rank no source
        states, worked out from the parts of a sourced total (only a list that adds up to the whole is
        known to leave no one out), narrowed to the group the claim names ("district courts"). None
        when no such list holds the figure's entity, or two parts tie."""
        found = self._parts_ranked(claim, f, f.start)
        if found is None:
            return None
        own, rel, parts = found
        rank = 1 + sum(x.value > own.value for x in parts)
        ok = rank == f.value
        res.verdict, res.expected, res.source = ("supported" if ok else "contradicted"), float(rank), own.source
        order = sorted(parts, key=lambda x: -x.value)
        listed = ", ".join(f"{self.kb.entities[x.entity].en} {show(x.value, x.unit)}" for x in order[:3])
        res.reason = (f"{f.text} {'agrees with' if ok else 'does not agree with'} the rank worked out from the "
                      f"sourced figures of the {len(parts)} parts of a sourced total ({rel.id}): "
                      f"{self.kb.entities[f.entity].en} is No. {rank} ({listed}, …); no source states the rank as such.")
        return res
