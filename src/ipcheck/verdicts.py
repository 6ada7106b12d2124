"""What judging returns: plain data that serialises itself (``to_dict`` is the JSON a command
prints), and ``show``, which writes a sourced figure out the way reasons quote it."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ipcheck.claims import Figure

UNIT_WORDS = {"percent": "%", "percentage_point": " percentage points", "times": " times", "yuan": " yuan",
              "usd": " USD", "count": "", "rank": "", "years": " years",
              "months": " months"}
QUALIFIER_WORDS = {"more_than": "more than ", "at_least": "at least ", "about": "about ",
                   "nearly": "nearly ", "less_than": "less than ", "at_most": "at most ", "exact": ""}


def number(value: float) -> str:
    """A recomputed figure as a reason writes it: 221,272,727 and 1,355, but 62.21 and 1.622."""
    if abs(value) < 0.0005:
        return "0"              # (a rounding error's leftovers, never "8.684e-07")
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def show(value: float, unit: str = "count", qualifier: str = "exact") -> str:
    if unit == "rank":
        return QUALIFIER_WORDS.get(qualifier, "") + f"No. {value:g}"
    if abs(value) >= 1e12 and unit in ("yuan", "usd"):
        body = f"{value / 1e12:,.4f}".rstrip("0").rstrip(".") + " trillion"
    elif abs(value) >= 1e8 and unit in ("yuan", "usd"):
        body = f"{value / 1e9:,.3f}".rstrip("0").rstrip(".") + " billion"
    elif value == int(value):
        body = f"{value:,.0f}"
    else:
        body = f"{value:,.6f}".rstrip("0").rstrip(".")
    return QUALIFIER_WORDS.get(qualifier, "") + body + UNIT_WORDS.get(unit, " " + unit)


@dataclass(slots=True)
class FigureResult:
    text: str
    verdict: str
    value: float
    unit: str
    fact: str | None = None
    expected: float | None = None
    source: str | None = None
    quote: str | None = None
    metric: str | None = None
    entity: str | None = None
    period: str | None = None
    role: str = "level"
    qualifier: str = "exact"
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "verdict": self.verdict, "value": self.value, "unit": self.unit,
            "fact": self.fact, "expected": self.expected, "source": self.source, "quote": self.quote,
            "metric": self.metric, "entity": self.entity, "period": self.period, "role": self.role,
            "qualifier": self.qualifier, "reason": self.reason,
        }


@dataclass(slots=True)
class Check:
    kind: str
    stated: float
    computed: float | None
    ok: bool | None
    detail: str = ""
    of: Figure | None = field(default=None, repr=False, compare=False)   # the stated figure checked (not serialised)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "stated": self.stated,
                "computed": None if self.computed is None else round(self.computed, 6),
                "ok": self.ok, "detail": self.detail}


@dataclass(slots=True)
class Verdict:
    line: int
    claim: str
    verdict: str
    reason: str
    figures: list[FigureResult] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    failed: bool = field(default=False, repr=False, compare=False)     # ipcheck failed on the claim (not serialised)

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "claim": self.claim, "verdict": self.verdict, "reason": self.reason,
                "figures": [f.to_dict() for f in self.figures], "checks": [c.to_dict() for c in self.checks]}


def ordinal(n: int | None) -> str:
    """1st, 2nd, 11th, 23rd: a round of an award, as the reasons write it."""
    if n is None:
        return "?"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
