"""Periods: what time a figure covers, in the knowledge base and in a claim.

The knowledge base writes periods compactly ("2013", "2022-H1", "2013-12-31", "2012/2021");
claims write them in prose ("at the end of June 2022", "2013年底", "from 2012 to 2021").
Both become a ``Period`` so that a stock at the end of 2013 is never mistaken for the flow of 2013.
"""
from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from typing import NamedTuple
from datetime import date

from ipcheck.lazyre import lazy
from ipcheck.records import rebuilt_by_init
from ipcheck.numbers import normalize
from ipcheck.wordfigures import word_number


@rebuilt_by_init
@dataclass(frozen=True, order=True)
class Period:
    kind: str            # year | half | point | range | fiscal (a budget year, which need not be a calendar year)
    start: date
    end: date

    def __eq__(self, other: object) -> bool:
        """As the generated one, with no tuples built: periods are compared a dozen times a claim, most
        often with one of another kind (the dataclass still generates the hash and the order from the fields)."""
        if self is other:
            return True
        if other.__class__ is not Period:
            return NotImplemented
        return self.kind == other.kind and self.end == other.end and self.start == other.start  # type: ignore[attr-defined]

    @property
    def label(self) -> str:
        if self.kind == "fiscal":
            return f"fiscal year {self.start.year}"
        if self.kind == "year":
            return str(self.start.year)
        if self.kind == "half":
            return f"{'first' if self.start.month == 1 else 'second'} half of {self.start.year}"
        if self.kind == "point":
            if self.end.month == 12 and self.end.day == 31:
                return f"end of {self.end.year}"
            return f"as of {self.end.isoformat()}"
        if (self.start.day == 1 and self.start.year == self.end.year and self.start.month == self.end.month
                and self.end.day == calendar.monthrange(self.end.year, self.end.month)[1]):
            return self.start.strftime("%B %Y")
        if self.start.year == self.end.year and self.start.day == 1:     # "January to end of September 2024"
            return f"{self.start.strftime('%B')} to {_range_end_label(self.end, False)}"
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
        if self.kind == "fiscal":
            return f"FY{self.start.year}"
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
    if is_start and d.day == 1:
        return d.strftime("%B %Y")
    if not is_start and d.day == calendar.monthrange(d.year, d.month)[1]:
        return f"end of {d.strftime('%B %Y')}"
    return d.isoformat()


def _code_part(d: date, is_start: bool) -> str:
    if (is_start and d.month == 1 and d.day == 1) or (not is_start and d.month == 12 and d.day == 31):
        return str(d.year)
    if is_start and d.day == 1 or not is_start and d.day == calendar.monthrange(d.year, d.month)[1]:
        return f"{d.year}-{d.month:02d}"
    return d.isoformat()


@functools.lru_cache(maxsize=512)
def year(y: int) -> Period:
    """Made once per year and shared (a Period is immutable): nearly every claim names one."""
    return Period("year", date(y, 1, 1), date(y, 12, 31))


def half(y: int, h: int) -> Period:
    return Period("half", date(y, 1 if h == 1 else 7, 1), date(y, 6 if h == 1 else 12, 30 if h == 1 else 31))


def fiscal(y: int) -> Period:
    """A fiscal year "FY2024": whose budget year, and when it began, the words do not say (China's is the
    calendar year, America's starts in October, Britain's in April), so it stands for no calendar
    year a source counts."""
    return Period("fiscal", date(y, 1, 1), date(y, 12, 31))


def quarter(y: int, q1: int, q2: int | None = None) -> Period:
    """Quarters q1..q2 of year y."""
    return month_range(y, 3 * q1 - 2, 3 * (q2 or q1))


def year_on_year(base: Period | None, period: Period | None) -> bool:
    """Can a rate against ``base`` be the year-on-year rate of ``period``? ("15% more than in 2020" of a
    2021 figure is; "than in 2019" is a rise over two years, no year-on-year rate.)"""
    return base is None or period is None or base.kind != "year" or period.kind not in ("year", "point") \
        or base.start.year == period.end.year - 1


def point(d: date) -> Period:
    return Period("point", d, d)


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


_CODE = lazy(r"^(\d{4})(?:-(H[12]|\d{2})(?:-(\d{2}))?)?$")


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


@functools.lru_cache(maxsize=4096)
def parse_period(code: str) -> Period:
    """Read the knowledge-base spelling; ValueError names what is wrong. One Period per spelling,
    shared by every fact that uses it (and so stored once in the compiled cache)."""
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


class PeriodMention(NamedTuple):
    """A period written in a claim, where, and its role in a 'from … to …'."""

    period: Period
    start: int
    end: int
    role: str = "at"       # at | from | to | base (what a change is measured from: "比“十三五”初期")


def month_range(y: int, m1: int, m2: int | None = None) -> Period:
    """Months m1..m2 of year y, as the most specific period: a year, a half, or a range."""
    m2 = m2 or m1
    if (m1, m2) == (1, 12):
        return year(y)
    if (m1, m2) in ((1, 6), (7, 12)):
        return half(y, 1 if m1 == 1 else 2)
    return Period("range", date(y, m1, 1), month_end(y, m2))


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


mon = _MONTH_RE
# (the characters a match can start with, pattern, what it makes). The lead becomes a lookahead:
# with it most positions of a text fail at once, which halves the time these searches take.
_PATTERN_TEXTS: list[tuple[str, str, object]] = [
    # a full date: a point in time
    ("JFMASONDjfmasond", rf"\b({mon})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})",
     lambda m: point(date(int(m.group(3)), _month(m.group(1)), int(m.group(2))))),
    ("0-9", rf"\b(\d{{1,2}})\s+({mon})\.?,?\s+(\d{{4}})",
     lambda m: point(date(int(m.group(3)), _month(m.group(2)), int(m.group(1))))),
    ("0-9", r"(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日", lambda m: point(date(*map(int, m.groups())))),
    # the end of a month, "as of" a month
    ("aobteAOBTE", rf"(?:(?:as )?(?:of|at|by)\s+)?(?:the\s+)?end(?:\s+of|-)\s*({mon})\.?,?\s+(\d{{4}})",
     lambda m: point(month_end(int(m.group(2)), _month(m.group(1))))),
    ("", rf"as\s+of\s+({mon})\.?,?\s+(\d{{4}})",
     lambda m: point(month_end(int(m.group(2)), _month(m.group(1))))),
    (r"截到\s0-9", r"(?:截至|截止到?|到)?\s*(\d{4})年\s*(\d{1,2})月(?:底|末)",
     lambda m: point(month_end(int(m.group(1)), int(m.group(2))))),
    ("截", r"(?:截至|截止到?)\s*(\d{4})年\s*(\d{1,2})月(?!\s*\d)",       # 截至2021年12月: as of its end
     lambda m: point(month_end(int(m.group(1)), int(m.group(2))))),
    # the end of a year
    ("aobtecyAOBTECY", r"(?:(?:as )?(?:of|at|by)\s+)?(?:the\s+)?(?:end(?:\s+of|-)|year-end|close\s+of)\s*(\d{4})",
     lambda m: point(date(int(m.group(1)), 12, 31))),
    ("0-9", r"(\d{4})\s+year-end", lambda m: point(date(int(m.group(1)), 12, 31))),
    (r"截到\s0-9", r"(?:截至|截止到?|到)?\s*(\d{4})年\s*(?:年底|底|末|年末)", lambda m: point(date(int(m.group(1)), 12, 31))),
    # spans of months
    ("0-9", r"(\d{4})年\s*(\d{1,2})\s*(?:-|\u2013|至|到|~)\s*(\d{1,2})月",
     lambda m: month_range(int(m.group(1)), int(m.group(2)), int(m.group(3)))),
    ("JFMASONDjfmasond", rf"\b({mon})\.?\s*(?:-|\u2013|to|through)\s*({mon})\.?,?\s+(\d{{4}})",
     lambda m: month_range(int(m.group(3)), _month(m.group(1)), _month(m.group(2)))),
    ("bB", rf"\bbetween\s+({mon})\.?\s+and\s+({mon})\.?,?\s+(\d{{4}})",     # "between January and June 2022"
     lambda m: month_range(int(m.group(3)), _month(m.group(1)), _month(m.group(2)))),
    # a year up to a month of it: "in 2022 up to the end of June", "2022 through June"
    ("0-9", rf"(\d{{4}})\s+(?:up\s+to|through|until|till)\s+({mon})\b",
     lambda m: month_range(int(m.group(1)), 1, _month(m.group(2)))),
    ("0-9", rf"(\d{{4}})\s+(?:up\s+to|through|until|till|to)\s+the\s+end\s+of\s+({mon})\b",
     lambda m: month_range(int(m.group(1)), 1, _month(m.group(2)))),
    ("tfTF", r"(?:the\s+)?first\s+six\s+months\s+of\s+(\d{4})", lambda m: half(int(m.group(1)), 1)),
    ("tfhTFH0-9", r"(?:the\s+)?first[\s-]half\s+(?:of\s+)?(\d{4})|\bH1\s+(\d{4})|(\d{4})\s*H1\b",
     lambda m: half(int(m.group(1) or m.group(2) or m.group(3)), 1)),
    ("tshTSH0-9", r"(?:the\s+)?second[\s-]half\s+(?:of\s+)?(\d{4})|\bH2\s+(\d{4})|(\d{4})\s*H2\b",
     lambda m: half(int(m.group(1) or m.group(2) or m.group(3)), 2)),
    ("0-9", r"(\d{4})年\s*上半年", lambda m: half(int(m.group(1)), 1)),
    ("0-9", r"(\d{4})年\s*下半年", lambda m: half(int(m.group(1)), 2)),
    # the end of a quarter ("at the end of Q2 2022", "2022年二季度末"): a point in time
    ("aobteAOBTE", r"(?:(?:as )?(?:of|at|by)\s+)?(?:the\s+)?end(?:\s+of|-)\s*(?:the\s+)?(?:Q([1-4])|(first|second|third|fourth)"
                   r"\s+quarter)\s*(?:of\s+)?(\d{4})",
     lambda m: point(month_end(int(m.group(3)), 3 * (int(m.group(1)) if m.group(1) else _ORDINAL_QUARTER[m.group(2).lower()])))),
    ("0-9", r"(\d{4})年\s*(?:第)?([一二三四1-4])(?:个)?季度(?:末|底)",
     lambda m: point(month_end(int(m.group(1)), 3 * _ZH_QUARTER[m.group(2)]))),
    # the middle of a year as a date ("at mid-2022", "as of mid-year 2022"): its half-way day, 30 June ("from
    # mid-2012 to 2021" stays a span of years)
    ("aAbB", r"(?:as\s+of|at|by)\s+(?:the\s+)?mid-?(?:year\s+)?(\d{4})\b",
     lambda m: point(date(int(m.group(1)), 6, 30))),
    # quarters ("Q3 2024", "the first three quarters of 2024", "2024年第三季度", "2024年前三季度")
    ("tfsQq0-9", r"(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(\d{4})",
     lambda m: quarter(int(m.group(2)), _ORDINAL_QUARTER[m.group(1).lower()])),
    ("tfTF", r"(?:the\s+)?first\s+(two|three)\s+quarters\s+(?:of\s+)?(\d{4})",
     lambda m: quarter(int(m.group(2)), 1, _ORDINAL_QUARTER[m.group(1).lower()])),
    ("Qq", r"\bQ([1-4])\s*(?:-|\u2013|to|through)\s*Q([1-4])\s*(?:of\s+)?(\d{4})",
     lambda m: quarter(int(m.group(3)), int(m.group(1)), int(m.group(2)))),
    ("Qq", r"\bQ([1-4])\s*(?:of\s+)?(\d{4})", lambda m: quarter(int(m.group(2)), int(m.group(1)))),
    ("0-9", r"(\d{4})\s*-?\s*Q([1-4])\b", lambda m: quarter(int(m.group(1)), int(m.group(2)))),
    ("0-9", r"(\d{4})年\s*(?:第)?([一二三四1-4])(?:个)?季度", lambda m: quarter(int(m.group(1)), _ZH_QUARTER[m.group(2)])),
    ("0-9", r"(\d{4})年\s*前([二两三2-3])(?:个)?季度", lambda m: quarter(int(m.group(1)), 1, _ZH_QUARTER[m.group(2)])),
    # fiscal years: "FY2024", "FY24", "fiscal 2024", "the 2024 fiscal year", "2024财年"
    ("fF", r"\bFY\s?'?(\d{4}|\d{2})(?!\d)", lambda m: fiscal(_full_year(m.group(1)))),
    ("fF", r"\bfiscal\s+(?:year\s+)?(\d{4})", lambda m: fiscal(int(m.group(1)))),
    ("0-9", r"(\d{4})\s+fiscal\s+year", lambda m: fiscal(int(m.group(1)))),
    ("0-9", r"(\d{4})\s*(?:年度?)?\s*(?:财年|财政年度|会计年度)", lambda m: fiscal(int(m.group(1)))),
    # a single month
    ("JFMASONDjfmasond", rf"\b({mon})\.?,?\s+(\d{{4}})", lambda m: month_range(int(m.group(2)), _month(m.group(1)))),
    ("0-9", r"(\d{4})年\s*(\d{1,2})月(?!\s*\d)", lambda m: month_range(int(m.group(1)), int(m.group(2)))),
]
_ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                    "two": 2, "three": 3}
_ZH_QUARTER = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _full_year(digits: str) -> int:
    n = int(digits)
    return n if len(digits) == 4 else 2000 + n if n < 50 else 1900 + n      # "FY24": 2024, "FY99": 1999


def _needs(pattern: str) -> str:
    """Which cheap cue a pattern cannot match without, so most patterns are skipped quickly."""
    if "quarter" in pattern or "季度" in pattern or "Q(" in pattern:
        return "quarter"
    if _MONTH_RE in pattern:
        return "month"          # (nothing with a month's name matches where no month is named: "the end of June 2022")
    if "mid-" in pattern:
        return "mid"
    if "fiscal" in pattern or "FY" in pattern or "财" in pattern:
        return "fiscal"
    if "年" in pattern:           # "2013年" alone is read by the year pattern: these need more
        return "zh_month" if "月" in pattern else "zh_half" if "半年" in pattern else "zh_end"
    if "half" in pattern or "six" in pattern:
        return "half"
    if "end" in pattern:
        return "end"
    return "month"


_PATTERNS = [(lazy(f"(?=[{lead}])(?:{p})" if lead else p, re.I), make, _needs(p)) for lead, p, make in _PATTERN_TEXTS]


_CUES = ("zh_month", "zh_end", "zh_half", "end", "half", "month", "quarter", "fiscal", "mid")


@functools.lru_cache(maxsize=None)
def _patterns_for(cues: tuple[bool, ...]) -> list[tuple[re.Pattern, object]]:
    """The patterns a text with these cues (see ``_CUES``) can match, in order of precedence, compiled
    (each on first use: most claims need only a few of them)."""
    present = {name for name, on in zip(_CUES, cues) if on}
    return [(p.compiled(), make) for p, make, need in _PATTERNS if need in present]
_MONTH_WORD = lazy(rf"(?=[JFMASONDjfmasond])\b(?:{_MONTH_RE})\b", re.I)


def _month_hint(low: str) -> bool:
    """Might lower-cased ``low`` name a month? Twelve substring tests, several times faster than a pattern."""
    return ("jan" in low or "feb" in low or "mar" in low or "apr" in low or "may" in low or "jun" in low
            or "jul" in low or "aug" in low or "sep" in low or "oct" in low or "nov" in low or "dec" in low)


# "over the beginning of the 13th Five-Year Plan period", "较“十三五”初期": the base of a change
_BASE_BEFORE = lazy(r"(?:over|from|since|compared\s+(?:with|to)|than\s+(?:at|in)|vs\.?|versus)\s+(?:the\s+)?(?:beginning|start|outset)"
                    r"\s+of\s+(?:the\s+)?$", re.I)
_BASE_AROUND = lazy(r"(?:比|较|相比|与)\s*[\"“]?$")        # (与 only with 初期 after: "与“十三五”初期相比")
_BASE_AFTER = lazy(r"[\"”]?\s*(?:初期|开局|初)")
_THAN_A_YEAR = (" than in", " than", "compared with", "compared to", " versus", " vs.", " vs")    # "15% more than in 2020"
_ON_A_YEAR = lazy(r"\b(?:up|down|rise|rising|increase|growth|gain|drop|fall)\b(?:(?:[^,;.]|\.(?=\d)){0,20}?\bon"
                  r"|(?:[^,;.%]|\.(?=\d)){0,14}?(?:%|per\s?cent)\s+(?:from|over))\s+$"
                  r"|(?:%|per\s?cent)\s+(?:drop|fall|decline|decrease|rise|increase|gain|jump|growth)\s+(?:from|over|on)\s+$")   # ("up 25% from 2020", not "up from")     # "up 10.29% on 2012"
_FIGURE_SOON = lazy(r"[^，,。；;]*?\d")     # "比2012年的8.2亿元", "比2013年…受理的9,694件多…": a figure in the clause
_OPENER = lazy(r"(from|since|between|从|由|自)\s*(the\s+)?(beginning of\s+|end of\s+|start of\s+|early\s+|late\s+|mid-?)?$")
# A year's digits come first, so the regex engine skips ahead to a 1 or a 2 by itself; what may not
# stand before the year is looked at from its end, over its four digits.
_YEAR = lazy(r"(19[5-9]\d|20\d{2}|2100)(?<![\d.]\d{4})(?<!\d,\d{4})(?!\d|,\d)(?:\s*年(?!\s*\d{1,2}月))?")   # "推算,2012年": a year
_NOT_YEAR_FIRST = frozenset("%万亿元倍ptf-y")      # what ``_NOT_YEAR_AFTER`` can open with (lower-cased)
_ZH_NUMERAL_YEAR = lazy(r"(?<![一二三四五六七八九〇零十百千万])([一二][〇零一二三四五六七八九]{3})\s*年")
_ZH_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_NOT_YEAR_AFTER = lazy(r"\s?(%|万|亿|元|倍)|\s?(percent|per cent|percentage|times|-fold|fold|yuan)\b", re.I)


_FIVE_YEAR_PLAN = lazy(
    r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?:five[-\s]year\s+plan(?:\s+period)?|FYP\b)"
    r"|(?<![\d一二三四五六七八九十])十(?P<zh>[一二三四五六七八九])五(?![\d一二三四五六七八九十年万亿])", re.I)


def _five_year_plans(text: str) -> list[PeriodMention]:
    """China's Five-Year Plans name their years: the 13th ("十三五") is 2016-2020. From the third
    on, the N-th began in 1966 + 5 (N - 3)."""
    out = []
    for m in _FIVE_YEAR_PLAN.finditer(text):
        n = int(m.group("n")) if m.group("n") else 10 + "一二三四五六七八九".index(m.group("zh")) + 1
        if n >= 3:
            first = 1966 + 5 * (n - 3)
            out.append(PeriodMention(Period("range", date(first, 1, 1), date(first + 4, 12, 31)), m.start(), m.end()))
    return out


def find_periods(text: str) -> list[PeriodMention]:
    """Every period a claim mentions, in order; 'from ... to ...' marks the roles."""
    text = normalize(text)
    found: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    plans = _five_year_plans(text) if "五" in text or "ear plan" in text or "ear Plan" in text or "FYP" in text else []
    spelt = "〇" in text or "零" in text            # "二〇一三年": a year in Chinese numerals
    years = list(_YEAR.finditer(text))              # (added after the patterns below, which take precedence)
    if not years and not ("FY" in text or "fy" in text or "Fy" in text) and not spelt:
        return _roles(text, text.lower(), plans) if plans else plans   # ("FY24" names a year)

    def add(p: Period, s: int, e: int) -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(PeriodMention(p, s, e))

    for p in plans:
        add(p.period, p.start, p.end)
    for m in (_ZH_NUMERAL_YEAR.finditer(text) if spelt else ()):
        add(year(int(m.group(1).translate(_ZH_DIGITS))), m.start(), m.end())
    low = text.lower()
    zh = "年" in text
    cues = (zh and "月" in text, zh and ("底" in text or "末" in text), zh and "半年" in text,
            "end" in low or "close of" in low, "half" in low or "six months" in low or "h1" in low or "h2" in low,
            _month_hint(low) and _MONTH_WORD.search(text) is not None,
            "quarter" in low or "季度" in text or "q1" in low or "q2" in low or "q3" in low or "q4" in low,
            "fy" in low or "fiscal" in low or "财" in text or "会计年度" in text, "mid-" in low or "mid year" in low)
    for pattern, make in (_patterns_for(cues) if any(cues) else ()):
        for m in pattern.finditer(text):
            try:
                add(make(m), m.start(), m.end())
            except (ValueError, KeyError):
                continue
    for m in years:
        after = text[m.end():m.end() + 2].lstrip()[:1].lower()
        if after and after in _NOT_YEAR_FIRST and _NOT_YEAR_AFTER.match(text, m.end()) \
                or text[m.end():m.end() + 1] == "." and text[m.end() + 1:m.end() + 2].isdigit():
            continue
        add(year(int(m.group(1))), m.start(), m.end())
    found.sort(key=lambda f: f.start)
    return _roles(text, low, found)


def _roles(text: str, low: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """'from A to B', 'A至B', 'A-B', 'between A and B': the first is 'from', the second 'to';
    a period after 'from' or 'since' alone is a 'from'."""
    out = list(found)
    for i, a in enumerate(out):
        # "over the beginning of the 13th Five-Year Plan period", "较“十三五”初期": the base of a change,
        # the level at the plan's start (the end of the year before it), not the claim's own period
        if a.period.kind == "range" and (_BASE_BEFORE.search(text[max(0, a.start - 40):a.start])
                                         or _BASE_AROUND.search(text[max(0, a.start - 4):a.start])
                                         and _BASE_AFTER.match(text, a.end)):
            out[i] = PeriodMention(year(a.period.start.year - 1), a.start, a.end, "base")
        elif a.period.kind == "year" and len(out) > 1 and (text[max(0, a.start - 2):a.start].rstrip().endswith(("比", "较"))
                                                            and not _FIGURE_SOON.match(text, a.end)
                                                            or (low[max(0, a.start - 14):a.start].rstrip().endswith(_THAN_A_YEAR)
                                                                or (" on " in low or " from " in low or " over " in low)
                                                                and _ON_A_YEAR.search(low, max(0, a.start - 30), a.start))
                                                            and not any(c.isdigit() for c in text[a.end:])):
            # "软件著作权登记量2024年比2013年翻了一番": the year compared with, no figure of its own after it
            out[i] = PeriodMention(a.period, a.start, a.end, "base")
    if "from" in low or "since" in low or "between" in low or "从" in low or "由" in low or "自" in low:
        for i, a in enumerate(out):
            if a.role != "base" and _OPENER.search(text[max(0, a.start - 24):a.start].lower()):
                out[i] = PeriodMention(a.period, a.start, a.end, "from")
    if "以来" in text:
        for i, a in enumerate(out):
            if _since_opened_after(text, a.end):   # "2017年(初)以来": since 2017
                out[i] = PeriodMention(a.period, a.start, a.end, "from")
        if any(a.role == "from" for a in out):
            for i, a in enumerate(out):             # "截至2022年6月末, 2017年以来": the span ends there
                if a.role == "at" and (text[max(0, a.start - 3):a.start].rstrip().endswith(("截至", "截止", "至"))
                                       or text.startswith(("截至", "截止"), a.start)):
                    out[i] = PeriodMention(a.period, a.start, a.end, "to")
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        between = text[a.end:b.start].strip().lower()
        dash = re.fullmatch(r"(?:年)?(?:初|底|末)?\s*(?:->|-|\u2013|~|至|到|→)\s*", between)     # 2017年初至2022年6月底, 2012→2021
        linked = a.role == "from" and re.fullmatch(
            r"(?:年)?\s*(?:to|until|through|till|and|至|到|-|\u2013)\s*(?:the\s+)?(?:end of\s+)?", between)
        worded = a.role == "from" and (re.search(r"(?:^|\s|年)(to|until|through|till|至|到|增至|增长到)(\s|$)", between)
                                       or text[max(0, a.start - 9):a.start].lower().rstrip().endswith("between")
                                       and re.search(r"(?:^|\s)and\s*$", between))      # "between 2013, when …, and 2016"
        if dash or linked or worded:
            out[i] = PeriodMention(a.period, a.start, a.end, "from")
            out[i + 1] = PeriodMention(b.period, b.start, b.end, "to")
    return out


# -- numbered rounds of recurring events --------------------------------------------------------

_EDITION = lazy(r"(\d{1,3})(?:st|nd|rd|th)\s+(?:edition\s+of\s+the\s+)?(?=[A-Z])(?!Five[-\s]Year|FYP\b)")
_ORDINAL_DIGITS = lazy(r"[0-9](?:st|nd|rd|th)\s")     # a cheap test first: a pattern that opens with a class
_EDITION_ZH = lazy(r"第([一二三四五六七八九十\d]+)届")


def find_editions(text: str) -> list[tuple[int, int]]:
    """(number, position) of every numbered round of a recurring event the text names ("the 18th
    China Patent Awards", "第十五届中国专利奖"): the award's round says when as well as a year does."""
    out = []
    if ("th " in text or "st " in text or "nd " in text or "rd " in text) and _ORDINAL_DIGITS.search(text):
        for m in _EDITION.finditer(text):
            if m.start() == 0 or not text[m.start() - 1].isalnum():
                out.append((int(m.group(1)), m.start()))
    if "届" in text:
        for m in _EDITION_ZH.finditer(text):
            n = int(m.group(1)) if m.group(1).isdigit() else word_number(m.group(1))
            if n:
                out.append((int(n), m.start()))
    return sorted(out, key=lambda e: e[1])


# -- periods written relative to the time of writing -------------------------------------------

class RelativeMention(NamedTuple):
    """A period written relative to when the text was written: a year or a half ("this year",
    "去年", "今年上半年") that a date of writing places exactly, or a span up to it ("the past
    three years", "近年来") that it only bounds."""

    words: str
    start: int
    end: int
    years_back: int | None      # None for a span
    half: int = 0               # 1 or 2 for "the first / second half of …", "上半年"
    span_years: int | None = None   # a span's length when it is given ("past three years": 3)
    now: bool = False               # "at present", "目前": the day of writing itself

    def resolve(self, as_of: date) -> Period | None:
        """The period meant, written on ``as_of``; None for a span."""
        if self.now:
            return point(as_of)
        if self.years_back is None:
            return None
        y = as_of.year - self.years_back
        return half(y, self.half) if self.half else year(y)

    def admits(self, period: Period, as_of: date) -> bool:
        """Could a span written on ``as_of`` be this sourced period? One that ends within the year
        before the writing (or at it), and, when the span's length is given, lasts about as long."""
        if self.now or self.years_back is not None or not as_of.year - 1 <= period.end.year <= as_of.year:
            return False
        if self.span_years is None or period.kind == "point":
            return True
        return abs((period.end.year - period.start.year + 1) - self.span_years) <= 1


_RELATIVE_EN = lazy(
    r"(?P<half>(?:the\s+)?(?P<which>first|second)\s+half\s+of\s+(?P<hwhen>this|last)\s+year)\b"
    r"|(?P<span>\b(?:past|last|previous|recent)\s+(?:(?P<n>[a-z]+|\d+)\s+)?years)\b"
    r"|(?P<one>\b(?P<when>this|last|previous|current)\s+year)\b(?!\s*-?\s*on)"
    r"|(?P<before>\bthe\s+year\s+(?:before|prior)|\ba\s+year\s+(?:earlier|before))\b", re.I)
_RELATIVE_ZH = lazy(
    r"(?P<half>(?<![\d年])(?P<hwhen>今年|去年|前年)?(?P<which>[上下])半年)"
    r"|(?P<span>(?:近|过去)(?P<n>[一二两三四五六七八九十\d]+|几)年|近年来?|近些年)"
    r"|(?P<one>(?P<when>今年|本年度?|去年|上年度?|前年))")        # not 当年: "that year", the one just named
_BACK = {"this": 0, "current": 0, "last": 1, "previous": 1, "今年": 0, "本年": 0, "本年度": 0,
         "去年": 1, "上年": 1, "上年度": 1, "前年": 2}
# "up 5% over last year", "比上年增长": the year compared with, not the one the figure is for
_COMPARED_EN = lazy(r"\b(?:than|over|from|on|with|to|versus|vs\.?|against)\s+(?:the\s+)?$", re.I)


def _span_years(n: str | None) -> int | None:
    if not n:
        return None
    if n.isdigit():
        return int(n)

    found = word_number(n)
    return int(found) if found else None


_NOW = lazy(r"\b(?:at present|currently|to date|so far|as of (?:today|now))\b|截至目前|目前|至今|当前", re.I)


def find_relative(text: str) -> list[RelativeMention]:
    """Periods ``text`` writes relative to its own date, in order. A year named only as what a
    change is measured against ("over last year", "比上年", "去年同期") is not one."""
    out: list[RelativeMention] = [RelativeMention(m.group(0), m.start(), m.end(), 0, now=True)
                                  for m in _NOW.finditer(text)]
    if "year" in text.lower():
        for m in _RELATIVE_EN.finditer(text):
            if m.group("half"):
                out.append(RelativeMention(m.group(0), m.start(), m.end(), _BACK[m.group("hwhen").lower()],
                                           1 if m.group("which").lower() == "first" else 2))
            elif m.group("span"):
                out.append(RelativeMention(m.group(0), m.start(), m.end(), None, 0, _span_years(m.group("n"))))
            elif not _COMPARED_EN.search(text[max(0, m.start() - 20):m.start()]):
                out.append(RelativeMention(m.group(0), m.start(), m.end(), 1 if m.group("before") else
                                           _BACK[m.group("when").lower()]))
    if "年" in text:
        for m in _RELATIVE_ZH.finditer(text):
            if m.group("half"):
                when = m.group("hwhen")
                out.append(RelativeMention(m.group(0), m.start(), m.end(), _BACK[when] if when else 0,
                                           1 if m.group("which") == "上" else 2))
            elif m.group("span"):
                out.append(RelativeMention(m.group(0), m.start(), m.end(), None, 0, _span_years(m.group("n"))))
            elif not (text[max(0, m.start() - 1):m.start()] in ("比", "较", "同", "与")
                      or text[m.end():m.end() + 2] == "同期"):
                out.append(RelativeMention(m.group(0), m.start(), m.end(), _BACK[m.group("when")]))
    out.sort(key=lambda r: r.start)
    return out


_YEAR_END = lazy(r"\b(?:by|at|before|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+year|year[\s-]end)\b", re.I)


def year_end_named(text: str, periods: list[PeriodMention]) -> list[PeriodMention]:
    """"By the end of the year" in a claim whose other times are all of one year ("In August 2022
    CNIPA said it expected … by the end of the year"): the last day of that year, where it is written."""
    m = _YEAR_END.search(text) if "year" in text else None
    years = {p.period.end.year for p in periods}
    if m is None or len(years) != 1:
        return []
    return [PeriodMention(point(date(years.pop(), 12, 31)), m.start(), m.end())]


def year_before(p: Period, years: int = -1) -> Period:
    """The same kind of period a year earlier (a year, or a point at a year's end); ``years`` = 1, a year later."""
    if p.kind == "year":
        return year(p.start.year + years)
    if p.kind == "point" and (p.end.month, p.end.day) == (12, 31):
        return point(date(p.end.year + years, 12, 31))
    return p


def spoken_from(text: str, said: PeriodMention, as_of: date | None) -> list[PeriodMention]:
    """The periods of a claim that names the month or day its source spoke ("CNIPA said in August 2022
    that … last year", "国家知识产权局2022年8月称,去年…") and dates its figures relative to it: those
    placed from that date (the date of speaking is no figure's time); none when it names no such date
    or no relative time, or the date of writing (``as_of``) is given."""
    p = said.period
    if as_of is not None or p.start.year != p.end.year or (p.kind != "point" and p.start.month != p.end.month):
        return []
    relative = [r for r in find_relative(text) if not r.now and r.years_back is not None]
    return place(relative, p.end) if relative else []


_SINCE = lazy(r"\bsince\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?$"
              r"|\bsince\s+(?:the|its|their)\s+[\d,.]+\s+(?:[\w-]+\s+){0,3}?(?:in|at\s+the\s+end\s+of|by)\s+$", re.I)


def since_then(text: str, start: int, end: int) -> bool:
    """Is the time at start..end where a span opens that runs to the time of writing ("since 2013", "2017年以来")?"""
    if "since" in text or "Since" in text:
        return bool(_SINCE.search(text, max(0, start - 48), start))
    return "以来" in text and _since_opened_after(text, end)


def _since_opened_after(text: str, end: int) -> bool:
    return text[end:end + 4].lstrip().lstrip("初").startswith("以来")


def place(relative: list[RelativeMention], as_of: date | None) -> list[PeriodMention]:
    """The periods a date of writing gives relative mentions, where they are written (spans and
    every mention without a date of writing: none)."""
    if as_of is None:
        return []
    return [PeriodMention(p, r.start, r.end) for r in relative if (p := r.resolve(as_of)) is not None]


def parse_as_of(written: str) -> date:
    """The date of writing a user gives ("2022-08-24", "24 August 2022", "2022"): a bare year is
    its last day, so "this year" is that year and "last year" the one before."""
    from dateutil import parser   # only a command given --as-of pays for it

    text = written.strip()
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 12, 31)
    try:
        return parser.parse(text, yearfirst=True).date()
    except (ValueError, OverflowError):
        raise ValueError(f"cannot read '{written}' as a date (write it as 2022-08-24)") from None


# words that place a figure in time against the one named: "a year earlier", "during that year", "in 2013 alone",
# ", when there were …", "a year later"
THE_YEAR_BEFORE = lazy(r"\s*(?:the\s+(?:year|previous\s+year)\s+before|a\s+year\s+(?:before|earlier))\b", re.I)
A_YEAR_LATER = lazy(r"\s*,?\s*(?:a\s+year\s+later|the\s+(?:following|next)\s+year|the\s+year\s+after)\b", re.I)
DURING_THAT_YEAR = lazy(r"\b(?:during|in|over|within)\s+(?:that|that\s+same|the\s+same)\s+year\b|\bthat\s+same\s+year\b|当年", re.I)
THAT_YEAR_ALONE = lazy(r"\b(?:19|20)\d\d\s+alone\b|\balone\s+in\s+(?:19|20)\d\d\b|仅(?:19|20)\d\d年|当年新增"
                       r"|\b(?:during|over\s+the\s+course\s+of|in\s+the\s+course\s+of)\s+(?:the\s+year\s+)?(?:19|20)\d\d\b", re.I)
WHEN_THERE = lazy(r"\s*,?\s*when\s+(?:there\s+(?:were|was)|(?:it|they|the\s+city|the\s+country|shenzhen|china|"
                  r"the\s+(?:count|number|total|tally|figure)|(?:its\s+|the\s+)?(?:[a-z-]+\s+){0,3}(?:filings|applications|grants|"
                  r"registrations|cases|patents))\s+"      # ("when domestic filings reached 80,657")
                  r"(?:had|held|was|were|stood\s+at|reached|passed|topped|numbered|totall?ed|filed|recorded|received|won|granted|"
                  r"handled|accepted|registered|closed|concluded|saw))\s+(?:about\s+|nearly\s+|some\s+|around\s+|more\s+than\s+|over\s+)?",
                  re.I)
