"""Plain data: what the knowledge base holds and what the checks report.

Nothing here knows how to read TOML or print to a terminal; each record turns itself into the
JSON-ready dict the contract names, so every renderer prints the same thing the library returns.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ipcheck.numbers import DENIED, Number
from ipcheck.periods import Period, PeriodMention, RelativeMention
from ipcheck.records import rebuilt_by_init

VERDICTS = ("supported", "contradicted", "disputed", "unverifiable")
# Worst first: a claim takes the worst verdict of its parts.
SEVERITY_ORDER = {"contradicted": 0, "disputed": 1, "unverifiable": 2, "supported": 3}


def worst(verdicts: list[str]) -> str:
    return min(verdicts, key=SEVERITY_ORDER.__getitem__) if verdicts else "unverifiable"


@rebuilt_by_init
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


@rebuilt_by_init
@dataclass(frozen=True)
class Metric:
    id: str
    en: str
    zh: str
    unit: str
    measure: str                 # flow | stock | rate
    aliases: tuple[str, ...] = ()
    cumulative: str | None = None    # the stock metric that accumulates this flow ("patents granted" -> all to date)


@rebuilt_by_init
@dataclass(frozen=True)
class Entity:
    id: str
    en: str
    zh: str
    kind: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()


@rebuilt_by_init
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
    derived: str | None = None   # the relation whose arithmetic gives it: a figure no source states as such

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}" if self.file else ""


@rebuilt_by_init
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
    implied_metric: str | None = None   # pp_gap: the metric of the other rate, which the gap gives


@rebuilt_by_init
@dataclass(frozen=True)
class Review:
    facts: tuple[str, ...]
    explanation: str
    file: str = ""
    line: int = 0
    disputed: tuple[str, ...] = ()  # of its facts, those the other version contradicts: no claim rests on them


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


@dataclass(slots=True)
class Figure:
    """One figure of a claim, with what the reader decided it is about."""

    text: str
    value: float
    unit: str
    qualifier: str
    half_ulp: float
    start: int
    end: int
    role: str = "level"              # level | growth | share | multiple | change | pp | rank | streak | difference
    direction: int = 0               # +1 / -1 when the words say up / down
    trend: str = ""                  # the words that say a level rose or fell ("fell to", 下降至)
    record: str = ""                 # the words that call a level a record ("a record high", 创历年之最)
    metric: str | None = None
    metric_words: str | None = None  # the alias that matched, for reasons
    entity: str | None = None
    entity_named: bool = False
    period: Period | None = None
    period_role: str = "at"          # at | from | to | during ("in 2013 alone": the year's own flow)
    clause: int = 0
    note: str = ""                   # what the reader noticed (e.g. both readings of "N times")
    scale: float = 1.0               # the scale word it was written with (万 = 1e4, billion = 1e9)
    alternatives: tuple[str, ...] = ()   # other metrics the words name exactly as well
    negation: str = ""               # "did not reach", "并非": words that deny or turn the figure
    scope: str | None = None         # where a rank holds ("in the world", "nationwide"), when the claim says
    combined: tuple[str, ...] = ()   # "A and B, a combined N": the metrics N adds up
    combined_entities: tuple[str, ...] = ()   # "courts A and B together accepted N": whose figures N adds up
    edition: int | None = None       # "at the 18th China Patent Awards": the round of the event it is of
    base: Period | None = None       # what a change is measured from, when the claim says ("比“十三五”初期")
    fixed_role: bool = False         # the words that make it say its role ("doubled", 翻番): context cannot change it
    whole: str = ""                  # a share's or multiple's words naming what it is of ("of all foreign grants")
    compared_with: str | None = None  # a gap's other side, the metric named after its comparative ("than imports")
    reached: bool = False            # in a claim about a goal, an outcome set beside it ("the 10,049 it filed in 2013")
    list_size: float | None = None   # a share's whole, a list its metric's name gives ("8% of the world's 5,000 … brands")
    year_on_year: bool = False       # a rate the claim says is over the year before ("rose 97.3% year on year", 同比)


@dataclass(slots=True)
class Claim:
    line: int
    text: str
    figures: list[Figure] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    periods: list[PeriodMention] = field(default_factory=list)
    rejected_metric: str | None = None      # a metric the words nearly named, and why not
    unknown_names: list[str] = field(default_factory=list)  # proper names the knowledge base does not know
    comparison: str | None = None           # "from_to" when the claim states a change between periods
    relative: RelativeMention | None = None  # "this year", "the past three years": a time only the date of writing places
    target: bool = False                    # the claim is about a goal set ("targets", "aims to", 力争, 目标)
    language: str = "en"                    # "zh" when the claim is written in Chinese


def figure_of(n: Number) -> Figure:
    """A figure as read from the claim's words, before anything decides what it is of."""
    f = Figure(text=n.text, value=n.value, unit=n.unit, qualifier=n.qualifier, half_ulp=n.half_ulp,
               start=n.start, end=n.end, scale=n.scale)
    if n.negation:      # the figure as the claim has it, and how the denial was read
        f.text, f.negation = n.negation + n.text, n.negation.strip()
        f.note = f"'{f.negation}' read as " + ("a denial of the figure" if n.qualifier == DENIED
                                               else n.qualifier.replace("_", " ") + " it")
    return f
