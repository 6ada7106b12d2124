"""Plain data: what the knowledge base holds and what the checks report.

Nothing here knows how to read TOML or print to a terminal; each record turns itself into the
JSON-ready dict the contract names, so every renderer prints the same thing the library returns.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ipcheck.periods import Period

VERDICTS = ("supported", "contradicted", "disputed", "unverifiable")
# Worst first: a claim takes the worst verdict of its parts.
SEVERITY_ORDER = {"contradicted": 0, "disputed": 1, "unverifiable": 2, "supported": 3}


def worst(verdicts: list[str]) -> str:
    return min(verdicts, key=SEVERITY_ORDER.__getitem__) if verdicts else "unverifiable"


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    date: str
    language: str
    file: str
    url: str = ""
    note: str = ""
    document: str = ""           # shared by the language versions of one document

    @property
    def work(self) -> str:
        return self.document or self.id


@dataclass(frozen=True)
class Metric:
    id: str
    en: str
    zh: str
    unit: str
    measure: str                 # flow | stock | rate
    aliases: tuple[str, ...] = ()
    cumulative: str | None = None    # the stock metric that accumulates this flow ("patents granted" -> all to date)


@dataclass(frozen=True)
class Entity:
    id: str
    en: str
    zh: str
    kind: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fact:
    id: str
    metric: str
    entity: str
    period: Period
    value: float
    unit: str
    source: str
    quote: str
    qualifier: str = "exact"
    kind: str = "actual"
    measure: str = "level"
    half_ulp: float = 0.0        # the precision of the figure as the source writes it
    of: str | None = None
    base_period: Period | None = None
    whole: str | None = None
    rank: int | None = None
    scope: str | None = None
    note: str | None = None
    edition: int | None = None   # the numbered round of a recurring event the figure is of (an award's 18th)
    file: str = ""
    line: int = 0

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" if self.file else ""


@dataclass(frozen=True)
class Relation:
    id: str
    kind: str                     # share | multiple | change | pp_gap | difference | sum
    inputs: tuple[str, ...]
    result: str | None = None
    implies: str | None = None
    note: str | None = None
    file: str = ""
    line: int = 0


@dataclass(frozen=True)
class Review:
    facts: tuple[str, ...]
    explanation: str
    file: str = ""
    line: int = 0


@dataclass
class Finding:
    """One thing the audit (or the loader) wants a person to look at."""

    kind: str
    severity: str                 # error | warning | info
    message: str
    facts: list[str] = field(default_factory=list)
    location: str | None = None
    reviewed: str | None = None   # the reviewer's explanation, when a [[review]] covers it
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind, "severity": self.severity, "facts": list(self.facts),
            "message": self.message, "location": self.location,
        }
        if self.reviewed:
            out["reviewed"] = self.reviewed
        if self.data:
            out["data"] = self.data
        return out
