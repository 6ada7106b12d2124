"""Rises and falls a claim states without a figure ("Shenzhen's invention patent grants rose in 2013",
"国内专利授权量同比上升,而其中发明专利授权量同比下降"), and the sourced figures and orders they are
settled by (shared with the comparisons in ``orders``)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipcheck import arithmetic as ar
from ipcheck.lazyre import lazy
from ipcheck.model import Fact
from ipcheck.periods import Period, since_then
from ipcheck.verdicts import Check, Verdict, show

if TYPE_CHECKING:
    from ipcheck.claims import Claim
    from ipcheck.judge import Judge


def _sourced(judge: Judge, metric: str, entity: str, period, measure: str = "level") -> Fact | None:
    return next((x for x in judge.kb.lookup(metric, entity) if x.measure == measure and x.kind == "actual"
                 and judge._period_matches(metric, period, x)), None)


def _order(a: Fact, b: Fact, reach: bool = False) -> int:
    """+1 when a is surely more than b, -1 when surely less, 0 when their precision leaves it open
    (with ``reach``, a lower bound taken to reach at most BOUND_REACH times itself: for refuting only)."""
    ra, rb = _range(a, reach), _range(b, reach)
    if ra.lo > rb.hi:
        return 1
    if ra.hi < rb.lo:
        return -1
    return 0


def _range(x: Fact, reach: bool = False) -> ar.Range:
    if x.qualifier in ("more_than", "at_least"):
        return ar.Range(x.value, x.value * ar.BOUND_REACH if reach and x.value > 0 else float("inf"))
    if x.qualifier in ("less_than", "at_most"):
        return ar.Range(float("-inf"), x.value)
    if x.qualifier in ("about", "nearly"):      # ("about half" is no more than 48.1% for sure)
        spread = max(x.half_ulp, abs(x.value) * ar.MAX_GAP)
        return ar.Range(x.value - spread, x.value + (x.half_ulp if x.qualifier == "nearly" else spread))
    if x.qualifier in ar.POINT_QUALIFIERS:
        return ar.span(ar.Statement(x.value, x.half_ulp))
    return ar.Range(float("-inf"), float("inf"))


_RISE_OR_FALL = lazy(r"\b(?:(?P<up>rose|risen|rises|rise|grew|grown|grows|grow|increased|increase|climbed|climb|"
                     r"jumped|surged|expanded|went\s+up|(?:was|were)\s+up)|(?P<down>fell|fallen|falls|fall|declined|"
                     r"decline|decreased|decrease|dropped|drop|slipped|shrank|shrunk|shrink|went\s+down|"
                     r"(?:was|were)\s+down))\b"
                     r"|(?P<up_zh>上升|增长|增加|提高|上涨)|(?P<down_zh>下降|减少|降低|下滑|回落)", re.I)
_COMPARES = lazy(r"\bthan\b|\bfaster\b|\bslower\b|\boutpac|\bas\s+(?:fast|much|quickly)\b|(?<![同环])比|快于|慢于|高于|低于", re.I)
# what a rise or fall may come with that no direction settles: a record, a rank, a pace, a reason
_MORE_SAID = lazy(r"\b(?:record|highest|lowest|most|fewest|least|first|top|largest|biggest|smallest|sharply|steeply|"
                  r"slightly|rapidly|significantly|dramatically|steadily|again|consecutive|straight|row|because|due|"
                  r"thanks|driven)\b|最|首|第|连续|大幅|显著|再次|持续", re.I)
_PART_BREAK = lazy(r"[,;，；。]|\bwhile\b|\bbut\b|\bwhereas\b|而")
_DENIED_BEFORE = lazy(r"(?:\bnot|n't|\bnever|未|没有|并未)\s*(?:\w+\s+)?$", re.I)


def direction_without_figures(judge: Judge, claim: Claim) -> Verdict | None:
    """The verdict on a claim that says only that quantities rose or fell ("Shenzhen's invention
    patent grants rose in 2013", "国内专利授权量同比上升,而其中发明专利授权量同比下降"): each part's metric
    named in full, its place and year, and the sourced direction of that year; None when a part
    cannot be read so or the sources do not say."""
    text, kb = claim.text, judge.kb
    if not _RISE_OR_FALL.search(text) or _MORE_SAID.search(text):
        return None
    bounds = [0, *(m.end() for m in _PART_BREAK.finditer(text)), len(text)]
    mentions = kb.entity_index.find(text, kb.word_bigrams())
    checks: list[Check] = []
    for start, end in zip(bounds, bounds[1:]):
        m = _RISE_OR_FALL.search(text, start, end)
        if m is None:
            continue
        if _COMPARES.search(text, start, end):
            return None                     # "grew faster than": left to a reader
        denied = _DENIED_BEFORE.search(text, max(start, m.start() - 16), m.start()) is not None
        named = [x for x in kb.metric_index.best(text, text[start:m.start()]) if x.score[0]]
        if not named or (len(named) > 1 and named[1].score[:3] == named[0].score[:3]):
            return None
        metric = named[0].target
        places = [e for e, s, _ in mentions if start <= s < end] or [e for e, _, _ in mentions[:1]]
        years = [p.period for p in claim.periods if start <= p.start < end and p.period.kind == "year"] or \
            [p.period for p in claim.periods if p.period.kind == "year"]
        if not places or len({*years}) not in (1, 2):
            return None
        if len({*years}) == 1 and any(p.role in ("from", "at") and since_then(text, p.start, p.end) for p in claim.periods) \
                and not any(p.role == "to" for p in claim.periods):
            return None         # "have grown since 2013": to a time the claim does not name
        direction = 1 if (m.group("up") or m.group("up_zh")) else -1
        # "between 2016 and 2024": the later year's level against the earlier's; else the year's own change
        change = _sourced_change(judge, metric, places[0], years[0]) if len({*years}) == 1 else \
            _change_between(judge, metric, places[0], *sorted({*years}))
        if change is None:
            return None
        said, value = change
        moved = ("did not " + ("rise" if direction > 0 else "fall")) if denied else ("rose" if direction > 0 else "fell")
        if denied:
            direction = -direction          # "did not decline": held or rose
        first, last = min(years), max(years)
        when = first if first == last else Period("range", first.start, last.end)
        checks.append(Check("direction", float(direction), value, value * direction > 0,
                            f"the claim says {judge._names(metric, places[0], when)} {moved}; the sources give {said}"))
    if not checks:
        return None
    ok = all(c.ok for c in checks)
    verdict = "supported" if ok else "contradicted"
    told = "; ".join(c.detail for c in checks if ok or not c.ok)
    if ok and (every := _EVERY_YEAR.search(text)) is not None and any(" to " in c.detail for c in checks):
        # "declined every year between 2016 and 2024": the two ends agree, the years between are not sourced
        return Verdict(claim.line, claim.text, "unverifiable",
                       f"Unverifiable: the claim says it moved so '{every.group(0).strip()}'; the sources give only "
                       f"the two ends ({told}), not the years between.", [], checks)
    reason = f"{verdict.capitalize()}: the claim states no figure, and {told}."
    return Verdict(claim.line, claim.text, verdict, reason, [], checks)


# a direction held through every year of a span, which its two ends cannot show
_EVERY_YEAR = lazy(r"\b(?:every|each)\s+(?:single\s+)?year\b|\byear\s+after\s+year\b|\b(?:steadily|consistently|"
                   r"continuously|uninterruptedly)\b|逐年|连年|年年|每年都|持续", re.I)


def _change_between(judge: Judge, metric: str, entity: str, earlier, later) -> tuple[str, float] | None:
    """How a metric's sourced level moved from one year to a later one, when its precision (or its
    bound) says so: (the words, +1 or -1), or None."""
    a, b = _sourced(judge, metric, entity, later), _sourced(judge, metric, entity, earlier)
    if a is None or b is None or a.unit != b.unit or (order := _order(a, b)) == 0:
        return None
    return (f"{show(a.value, a.unit, a.qualifier)} ({a.id}) against {show(b.value, b.unit, b.qualifier)} ({b.id})",
            float(order))


def _sourced_change(judge: Judge, metric: str, entity: str, period) -> tuple[str, float] | None:
    """How a metric's sourced figure moved in a year: its growth rate, its rise, or its level against
    the year before's; (the words, the signed size), or None when the sources do not say or it held."""
    from ipcheck.periods import year

    for measure in ("growth", "difference"):
        x = judge._sourced(metric, entity, period, measure)
        if x is not None and x.value:
            return f"{show(x.value, x.unit, x.qualifier)} ({x.id})", x.value
    now, before = judge._sourced(metric, entity, period), judge._sourced(metric, entity, year(period.start.year - 1))
    if now is not None and before is not None and now.unit == before.unit and now.value != before.value:
        return (f"{show(now.value, now.unit)} ({now.id}) against {show(before.value, before.unit)} ({before.id})",
                now.value - before.value)
    return None
