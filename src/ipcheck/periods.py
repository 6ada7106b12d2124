"""Periods: what time a figure covers, in the knowledge base and in a claim.

The knowledge base writes periods compactly ("2013", "2022-H1", "2013-12-31", "2012/2021");
claims write them in prose ("at the end of June 2022", "2013年底", "from 2012 to 2021").
Both become a ``Period`` so that a stock at the end of 2013 is never mistaken for the flow of 2013.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from ipcheck.numbers import normalize


@dataclass(frozen=True, order=True)
class Period:
    kind: str            # year | half | point | range
    start: date
    end: date

    @property
    def label(self) -> str:
        if self.kind == "year":
            return str(self.start.year)
        if self.kind == "half":
            return f"{'first' if self.start.month == 1 else 'second'} half of {self.start.year}"
        if self.kind == "point":
            if self.end.month == 12 and self.end.day == 31:
                return f"end of {self.end.year}"
            return f"as of {self.end.isoformat()}"
        return f"{_range_end_label(self.start, True)} to {_range_end_label(self.end, False)}"

    @property
    def code(self) -> str:
        """The knowledge-base spelling of this period."""
        if self.kind == "year":
            return str(self.start.year)
        if self.kind == "half":
            return f"{self.start.year}-H{1 if self.start.month == 1 else 2}"
        if self.kind == "point":
            return self.end.isoformat()
        return f"{_code_part(self.start, True)}/{_code_part(self.end, False)}"

    def year_end(self) -> "Period":
        """A year read as the stock at its end (for stock metrics)."""
        if self.kind == "year":
            return point(self.end)
        return self

    def __str__(self) -> str:
        return self.label


def _range_end_label(d: date, is_start: bool) -> str:
    if (is_start and d.month == 1 and d.day == 1) or (not is_start and d.month == 12 and d.day == 31):
        return str(d.year)
    return d.strftime("%B %Y") if is_start else f"end of {d.strftime('%B %Y')}"


def _code_part(d: date, is_start: bool) -> str:
    if (is_start and d.month == 1 and d.day == 1) or (not is_start and d.month == 12 and d.day == 31):
        return str(d.year)
    if is_start and d.day == 1 or not is_start and d.day == calendar.monthrange(d.year, d.month)[1]:
        return f"{d.year}-{d.month:02d}"
    return d.isoformat()


def year(y: int) -> Period:
    return Period("year", date(y, 1, 1), date(y, 12, 31))


def half(y: int, h: int) -> Period:
    return Period("half", date(y, 1 if h == 1 else 7, 1), date(y, 6 if h == 1 else 12, 30 if h == 1 else 31))


def point(d: date) -> Period:
    return Period("point", d, d)


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


_CODE = re.compile(r"^(\d{4})(?:-(H[12]|\d{2})(?:-(\d{2}))?)?$")


def _part(text: str, is_start: bool) -> tuple[str, date, date]:
    m = _CODE.match(text)
    if not m:
        raise ValueError(f"cannot read period {text!r}")
    y = int(m.group(1))
    if m.group(2) is None:
        return "year", date(y, 1, 1), date(y, 12, 31)
    if m.group(2).startswith("H"):
        p = half(y, int(m.group(2)[1]))
        return "half", p.start, p.end
    mo = int(m.group(2))
    if m.group(3) is None:
        return "month", date(y, mo, 1), month_end(y, mo)
    d = date(y, mo, int(m.group(3)))
    return "point", d, d


def parse_period(code: str) -> Period:
    """Read the knowledge-base spelling; ValueError names what is wrong."""
    code = str(code).strip()
    if "/" in code:
        a, _, b = code.partition("/")
        _, start, _ = _part(a, True)
        _, _, end = _part(b, False)
        if end < start:
            raise ValueError(f"period {code!r} ends before it starts")
        return Period("range", start, end)
    kind, start, end = _part(code, True)
    if kind == "month":
        raise ValueError(f"period {code!r}: a month alone is ambiguous; write a range or an end date")
    return Period(kind, start, end)


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH_RE = "|".join(sorted((m for m in _MONTHS), key=len, reverse=True))


@dataclass(frozen=True)
class PeriodMention:
    period: Period
    start: int
    end: int
    role: str = "at"       # at | from | to


def find_periods(text: str) -> list[PeriodMention]:
    """Every period a claim mentions, in order, most specific reading first."""
    text = normalize(text)
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []

    def add(p: Period, s: int, e: int, role: str = "at") -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(PeriodMention(p, s, e, role))

    patterns: list[tuple[str, object]] = [
        # as of / end of a month
        (rf"(?:(?:as )?(?:of|at|by)\s+)?(?:the\s+)?end(?:\s+of|-)\s*({_MONTH_RE})\.?\s+(\d{{4}})",
         lambda m: point(month_end(int(m.group(2)), _MONTHS[m.group(1).lower()]))),
        (rf"as\s+of\s+({_MONTH_RE})\.?\s+(\d{{4}})",
         lambda m: point(month_end(int(m.group(2)), _MONTHS[m.group(1).lower()]))),
        (r"(?:截至|截止到?|到)?\s*(\d{4})年\s*(\d{1,2})月(?:底|末)",
         lambda m: point(month_end(int(m.group(1)), int(m.group(2))))),
        # end of a year
        (r"(?:(?:as )?(?:of|at|by)\s+)?(?:the\s+)?(?:end(?:\s+of|-)|year-end)\s*(\d{4})",
         lambda m: point(date(int(m.group(1)), 12, 31))),
        (r"(\d{4})\s+year-end", lambda m: point(date(int(m.group(1)), 12, 31))),
        (r"(?:截至|截止到?|到)?\s*(\d{4})年\s*(?:年底|底|末|年末)", lambda m: point(date(int(m.group(1)), 12, 31))),
        # halves
        (r"(?:the\s+)?first\s+half\s+(?:of\s+)?(\d{4})|\bH1\s+(\d{4})|(\d{4})\s*H1\b",
         lambda m: half(int(m.group(1) or m.group(2) or m.group(3)), 1)),
        (r"(?:the\s+)?second\s+half\s+(?:of\s+)?(\d{4})|\bH2\s+(\d{4})|(\d{4})\s*H2\b",
         lambda m: half(int(m.group(1) or m.group(2) or m.group(3)), 2)),
        (r"(\d{4})年\s*上半年", lambda m: half(int(m.group(1)), 1)),
        (r"(\d{4})年\s*下半年", lambda m: half(int(m.group(1)), 2)),
    ]
    for pattern, make in patterns:
        for m in re.finditer(pattern, text, re.I):
            try:
                add(make(m), m.start(), m.end())
            except ValueError:
                continue
    # plain years; "from 2012 ... to 2021" marks roles
    for m in re.finditer(r"(?<![\d,.])(19[5-9]\d|20\d{2}|2100)(?!\d|,\d)(?:\s*年(?!\s*\d{1,2}月))?", text):
        after = text[m.end():m.end() + 3]
        if re.match(r"\s?(%|万|亿|元|倍)", after) or re.match(r"\.\d", text[m.end():m.end() + 2]):
            continue
        before = text[max(0, m.start() - 14):m.start()].lower()
        role = "at"
        if re.search(r"(from|since|between|从|由|自)\s*(the\s+)?(beginning of\s+)?$", before):
            role = "from"
        elif re.search(r"(to|until|and|through|till|至|到|-)\s*$", before) and any(
                f.role == "from" for f in found):
            role = "to"
        add(year(int(m.group(1))), m.start(), m.end(), role)
    found.sort(key=lambda f: f.start)
    return found
