"""How the figures of one claim go together: "from A (in Y1) to B (in Y2)" pairs two levels with
their periods, and "A and B were X and Y, respectively" hands metrics out in the order named."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import lazy
from ipcheck.matching import Match
from ipcheck.periods import WHEN_THERE, Period, PeriodMention

if TYPE_CHECKING:
    from ipcheck.claims import Claim, Figure

# ("19,000+ (2016) → 16,300", "39,527 in 2013 → 249.5k in 2024": its year in brackets or after 'in')
_ARROW = lazy(r"\s*(?:[(（](?:19|20)\d\d[)）]\s*|in\s+(?:19|20)\d\d\s*)?(?:→|->|=>)\s*")
_ZH_YEAR_OF = r"\s*(?:\d{4}\s*年(?:底|末)?\s*的?\s*)?(?:逾|超过|近|约|不足|不到)?\s*"      # "由2012年的65.1%提高到2021年的83.9%", "增至2016年的逾9.5万件"
# (a bound or hedge may stand between 'from'/'to' and the figure)
_HEDGE = (r"(?:(?:more|less|fewer)\s+than\s+|(?:just\s+|well\s+)?(?:over|under)\s+|nearly\s+|about\s+|almost\s+|around\s+|"
          r"some\s+|roughly\s+|approximately\s+|an\s+estimated\s+|close\s+to\s+)?")
_FROM = lazy(rf"\bfrom\s+{_HEDGE}$|(?:从|由){_ZH_YEAR_OF}$|[(（:：]\s*$", re.I)    # (or "(69,000 to 308,000)", "2013 to 2024: 10,049 to …")
_TO = lazy(rf"\bto\s+{_HEDGE}$|\bto$"
           rf"|(?:(?:增长|增加|提高|上升|降低|下降|减少|回落)?(?:到|至)|[增升降减]至){_ZH_YEAR_OF}$", re.I)

# the earlier figure a change is measured from, written after the later one: "88.9亿元, 较2012年的
# 8.2亿元", "8.89 billion yuan in 2021, up from 820 million yuan in 2012"
_BASE_OF = lazy(r"(?:较|比|相比|相较于?|同)\s*\d{4}\s*年(?:底|末)?\s*的?\s*$"
                r"|\b(?:up|down|rising|falling|rose|fell|increased|decreased|grew)\s+from"
                r"(?:\s+(?:the|its|their)\s+(?:previous|prior|preceding)\s+year['’]s|\s+(?:19|20)\d\d['’]s)?\s*$"
                r"|\bcompared\s+(?:with|to)\s*$", re.I)


def respectively(kb: KnowledgeBase, text: str, figs: list[Figure],
                 mentions: Sequence[tuple[str, int, int]] = ()) -> None:
    """Figures handed out in order: levels to the metrics or places named before them (see
    ``_levels_respectively``), then rates to the levels: "more than 73,000 institutions, 865,000
    people, revenue of 225 billion yuan, an increase of 97.3%, 95.7% and 125% respectively" is
    each level's own rise."""
    listed = _levels_respectively(kb, text, figs, mentions)
    for a, b in zip(figs, figs[1:]):
        # "an increase of 97.3%, 95.7% and 125%": one cue for the list
        if a.role in ("growth", "change") and a.unit == b.unit == "percent" and b.role == "level" \
                and _LIST_GAP.fullmatch(text, a.end, b.start):
            b.role, b.direction = a.role, a.direction
            if a.direction < 0 < b.value:
                b.value = -b.value
    if not listed:
        # "商标申请量与境外商标申请量分别同比增长28.08%和57.80%": rates, handed out alike when no levels are
        _levels_respectively(kb, text, figs, mentions, ("growth", "change"))
    levels = [f for f in figs if f.role == "level"]
    rates = [f for f in figs if f.role in ("growth", "change") and f.unit == "percent"]
    if len(rates) >= 2 and len(rates) == len(levels) and levels[-1].end <= rates[0].start:
        for rate, level in zip(rates, levels):
            if level.metric is not None:
                rate.metric, rate.metric_words, rate.alternatives = level.metric, level.metric_words, ()
                rate.entity, rate.entity_named = level.entity, level.entity_named


_LIST_GAP = lazy(r"\s*(?:,|、|，)?\s*(?:and\s+|和|及|与)?\s*")


def parts_summed(kb: KnowledgeBase, text: str, figs: list[Figure]) -> None:
    """"… disclosed 156,681 invention patents between them (124,569 plus 32,112)": the two parts of a
    stated sum take the metrics the claim names in full, in the order it names them (as with "respectively")."""
    for a, b in zip(figs, figs[1:]):
        if a.role == b.role == "level" and a.unit == b.unit and _PLUS.fullmatch(text, a.end, b.start):
            _levels_respectively(kb, text, figs, only=[a, b])
            return


_PLUS = lazy(r"\s*(?:\+|plus|加)\s*", re.I)


def _levels_respectively(kb: KnowledgeBase, text: str, figs: list[Figure],
                         mentions: Sequence[tuple[str, int, int]] = (), roles: tuple[str, ...] = ("level",),
                         only: list[Figure] | None = None) -> bool:
    """'A and B were X and Y, respectively' / 'A和B分别为X和Y': when the sentence names as many
    metrics in full as it states level figures, each before them all, the figures take them in the
    order the sentence names them (each by the first word no other of them has); so with places
    ("the Futian and Nanshan courts accepted 1,664 and 1,385 cases, respectively"). True when the
    sentence lists two or more figures of ``roles`` (handed out or not): ``respectively`` then tries no rates."""
    # only the part of the sentence "respectively" is in: "…271,100 …, 75.58% of the city's total, while
    # its clusters disclosed 124,569 and 32,112 invention patents respectively"
    at = max(text.find("respectively"), text.find("分别"))
    cut = max((m.end() for m in _SEGMENT.finditer(text, 0, at)), default=0) if at > 0 else 0
    if cut:
        text = " " * cut + text[cut:]           # (positions kept)
    last = text.find("respectively")     # (English writes it after the figures; 分别 opens them)
    if last <= 0 and at > 0 and (stop := _ZH_LIST_END.search(text, at)) is not None:
        last = stop.start()     # "分别为124,569件和32,112件，两者合计约15.67万件": the list ends at its clause
    if last > 0:    # … and what comes after "respectively" ("…, and its valid invention patents at 271,100")
        text = text[:last] + " " * (len(text) - last)
    levels = only or [f for f in figs if f.role in roles and f.start >= cut and (last <= 0 or f.start < last)]
    if len(levels) >= 2 and roles == ("level",):
        places = list(dict.fromkeys(e for e, s, end in mentions if end <= levels[0].start and s >= cut))
        if len(places) == len(levels) and not any(a != b and kb.is_within(a, b) for a in places for b in places):
            for f, place in zip(levels, places):
                f.entity, f.entity_named = place, True
    if len(levels) < 2:
        return False
    best: dict[str, Match] = {m.target: m for m in kb.metric_index.best(text) if m.score[0]}
    if len(best) != len(levels):
        return True
    low = text.lower()
    named_at: dict[str, int] = {}
    for target, m in best.items():
        others = {k for o in best.values() if o is not m for k in o.alias.keywords}
        own = [k for k in m.alias.keywords if k not in others]
        places = [keyword_at(low, k, m.alias.chinese) for k in own]
        places = [p for p in places if p >= 0]
        if not places:
            return True
        named_at[target] = min(places)
    if max(named_at.values()) > min(f.start for f in levels):
        return True
    for f, target in zip(levels, sorted(named_at, key=named_at.__getitem__)):
        f.metric, f.metric_words, f.alternatives = target, best[target].alias.text, ()
    return True


_SEGMENT = lazy(r"\s(?:while|whereas)\s|[;；]|，而")
_ZH_LIST_END = lazy(r"[，。；;]|,(?!\d)")      # where the figures 分别 opens end: their clause's end


def keyword_at(low: str, keyword: str, chinese: bool) -> int:
    """Where a keyword (an English stem, at the start of a word; or Chinese text) is first written."""
    if chinese:
        return low.find(keyword)
    m = re.search(r"(?<![a-z])" + re.escape(keyword), low)
    return m.start() if m else -1


def _span_ends(claim: Claim) -> tuple[PeriodMention, PeriodMention] | None:
    """The 'from' and 'to' periods a claim marks, in whichever order it writes them, when the first
    begins before the second ends. A total to a date counts from its 'since' to that date ("as of
    the end of June 2022, cumulative loans issued since the start of 2017 reached …")."""
    start, end = (next((p for p in claim.periods if p.role == r), None) for r in ("from", "to"))
    if start is not None and end is None and _TO_DATE.search(claim.text):
        end = next((p for p in claim.periods if p.role == "at" and p.period.kind == "point"
                    and p.period.start > start.period.end), None)
    return (start, end) if start and end and start.period.start < end.period.end else None


_TO_DATE = lazy(r"\b(?:cumulative|cumulatively|accumulated|accumulative|in\s+total|a\s+total\s+of)\b|累计", re.I)


_WITH_ZH = lazy(r"(?:与|和|同|较)[^,;，；。与和同较]{0,12}$")
_COMPARED_ZH = lazy(r"[件个项家宗万亿元]*\s*(?:相比|相较|比较)")


def compared_first(text: str, figs: list[Figure]) -> None:
    """"与2013年的10,049件相比,2024年深圳PCT国际专利申请多出6,251件": the figure set up for comparison first
    counts what the figure after it counts (its own words name nothing)."""
    for f, g in zip(figs, figs[1:]):
        if f.role == "level" and g.metric is not None and f.unit == g.unit and _COMPARED_ZH.match(text, f.end) \
                and _WITH_ZH.search(text, max(0, f.start - 14), f.start):
            f.metric, f.metric_words, f.alternatives = g.metric, g.metric_words, ()


def link_from_to(text: str, figs: list[Figure], claim: Claim, kb: KnowledgeBase | None = None) -> None:
    """'from A (in Y1) to B (in Y2)': A takes the earlier period, B the later one."""
    levels = [f for f in figs if f.role == "level"]
    if len(levels) <= 1:
        # one figure "from 2017 to the end of June 2022" (a total over the span), or only a change
        # ("from 2012 to 2021, grants grew 346.4%"): the whole span
        pair = next(((a, b) for a, b in zip(claim.periods, claim.periods[1:])
                     if a.role == "from" and b.role == "to"), None)
        if pair is None:        # "截至2022年6月末, 2017年以来": the end written before the start
            pair = _span_ends(claim)
        if pair is None:
            return
        span = Period("range", pair[0].period.start, pair[1].period.end)
        rates = [f for f in figs if f.role in ("growth", "change", "multiple", "pp", "difference")]
        if len(levels) == 1 and rates and levels[0].start > rates[0].start \
                and levels[0].period in (pair[0].period, pair[1].period):
            # "more than quadrupled between 2012 and 2021, reaching 308,000": the rise is over the span,
            # the level the one at its end (at its start after 'from')
            level = levels[0]
            level.period, level.period_role = (pair[0].period, "from") if _FROM.search(
                text[max(0, level.start - 24):level.start]) or WHEN_THERE.fullmatch(text, pair[0].end, level.start) \
                else (pair[1].period, "to")         # ("between 2013, when they numbered 10,049, and 2024")
            for f in rates:
                if f.period in (pair[0].period, pair[1].period):
                    f.period, f.period_role = span, "at"
            claim.comparison = "from_to"
            return
        for f in levels or [f for f in figs if f.role in ("growth", "change", "difference", "multiple")]:
            if f.period in (pair[0].period, pair[1].period):
                f.period, f.period_role = span, "at"
                if not levels:
                    claim.comparison = "from_to"
        return
    if ("以来" in text or "since" in text.lower() or "from the start of" in text.lower()
            or "from the beginning of" in text.lower()) and None not in (metrics := [f.metric for f in levels]) \
            and len(set(metrics)) == len(metrics):
        # "截至2022年6月末,…余额1246.37亿元,2017年初以来累计发放3723.64亿元": figures of different
        # metrics are no from/to pair; the one dated by where the span began is a total over it
        ends = _span_ends(claim)
        if ends is not None:
            span = Period("range", ends[0].period.start, ends[1].period.end)
            for f in levels:
                # (a flow dated by the span's end is over the span too: "自2012年…以来，截至2013年…共有155家
                # 企业备案申请贷款7.8亿元"; a stock stands at its date: "截至2022年6月末,…余额…")
                if f.period == ends[0].period and f.period_role == "from" or (
                        f.period == ends[1].period and f.period_role == "to" and kb is not None
                        and kb.metrics[f.metric].measure == "flow"):
                    f.period, f.period_role = span, "at"
            return
    for a, b in zip(levels, levels[1:]):
        if _FROM.search(text[max(0, a.start - 24):a.start]) and _TO.search(text[max(0, b.start - 24):b.start]) \
                or ("→" in text or "->" in text or "=>" in text) and _ARROW.fullmatch(text, a.end, b.start):  # "69k → 308k"
            years = [p for p in claim.periods if p.period.kind == "year" or p.period.kind == "point"
                     and (p.period.start.month, p.period.start.day) == (12, 31)]     # (or "2013年底")
            if len(years) >= 2:
                # (a year written before its figure is that figure's: "由2012年的6.9万件增至2021年的30.8万件")
                first = min(years, key=lambda p: (not p.end <= a.start, abs(p.start - a.end)))
                second = min((p for p in years if p is not first),
                             key=lambda p: (not a.end <= p.start < b.start, abs(p.start - b.end)))
                if first.period > second.period:
                    # ("rose 42% in 2021, from 218.2 billion yuan in 2020 to 309.8 billion": a rise runs forward in time)
                    first, second = second, first
                a.period, a.period_role = first.period, "from"
                b.period, b.period_role = second.period, "to"
            else:
                a.period_role, b.period_role = "from", "to"
            b.metric = b.metric or a.metric
            b.entity = b.entity or a.entity
            a.metric = a.metric or b.metric
            claim.comparison = "from_to"
        elif _TO.search(text[max(0, a.start - 24):a.start]) and _FROM.search(text[max(0, b.start - 24):b.start]) \
                and len(years := sorted({p.period for p in claim.periods if p.period.kind == "year"})) == 2:
            # "improved by 18.8 points, to 83.9% from 65.1%": the end first, then where it started
            b.period, b.period_role, a.period, a.period_role = years[0], "from", years[1], "to"
            b.metric, b.entity = b.metric or a.metric, b.entity or a.entity
            claim.comparison = "from_to"
        elif ("rom" in (before_b := text[max(0, b.start - 40):b.start]) or "ompared" in before_b or "较" in before_b
              or "比" in before_b or "同" in before_b) and _BASE_OF.search(before_b) \
                and not _FROM.search(text[max(0, a.start - 12):a.start]):
            years = [p for p in claim.periods if p.period.kind == "year"]
            if len(years) >= 2:
                base = min(years, key=lambda p: _apart(p, b))
                later = min((p for p in years if p is not base), key=lambda p: _apart(p, a))
                if not base.period < later.period:
                    continue
                b.period, a.period = base.period, later.period
            elif not (a.period and b.period and b.period < a.period):
                continue        # ("up from the previous year's 48,662": the reader dated it the year before)
            b.period_role, a.period_role = "from", "to"
            b.metric = b.metric or a.metric
            b.entity = b.entity or a.entity
            claim.comparison = "from_to"
    if claim.comparison is None:
        # "between 2013, when there were 80,657, and 2016, when there were more than 145,000": each figure
        # already dated by one end of the span the claim names
        ends = next(((p, q) for p, q in zip(claim.periods, claim.periods[1:]) if p.role == "from" and q.role == "to"), None)
        a = next((f for f in levels if ends and f.period == ends[0].period), None)
        b = next((f for f in levels if ends and f.period == ends[1].period and a is not None and f is not a
                  and f.metric == a.metric), None)
        if a is not None and b is not None:
            a.period_role, b.period_role = "from", "to"
            claim.comparison = "from_to"


def _apart(p: PeriodMention, f: Figure) -> int:
    """Characters between a period mention and a figure (0 when they touch or overlap)."""
    return max(0, p.start - f.end, f.start - p.end)


def in_order(a: Figure, b: Figure) -> tuple[Figure, Figure]:
    """Two linked levels as (from, to), whichever the claim wrote first."""
    return (b, a) if a.period_role == "to" and b.period_role == "from" else (a, b)


# two figures set against each other in a clause of their own: "…, 9,694 against 8,174", "1,501 versus 1,385"
SET_AGAINST = lazy(r"\s*(?:against|versus|vs\.?|compared\s+with)\s+", re.I)
# (with a few words of their own: "5,998 going out against 4,351 coming in")
_SET_AGAINST_SAID = lazy(r"\s*(?:per\s+10,000\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:against|versus|vs\.?|compared\s+with)\s+", re.I)
# what splits a comparison into its two sides: 'than', 'outnumbered', the second 'as' of "as many … as"
_PIVOT = lazy(r"\bthan\b(?!\s+(?:\d|a\s|an\s|one|two|three|four|five|six|seven|eight|nine|ten|half|double|twice)\b)|\b(?:outnumber|exceed|surpass)(?:ed|s|es|ing)?\b|\bas\s+(?:many|much)\b[^,;:()]*?\s(?P<as>as)\b"
              # "ran at more than double the number of approved registrations: 86,950 against 39,527"
              r"|\b(?:double|twice|triple|treble|(?:two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)\s+times)\b"
              r"(?=\s+(?:the|that|those|its|their)\b)",
              re.I)
# "outnumbered its domestic patent applications in 2013, 86,950 to 80,657": a score, after a verb that compares
_A_SCORE = lazy(r"\s+to\s+")
_OUTNUMBERED = lazy(r"\b(?:outnumber|exceed|surpass|outstripp?|topp?)(?:ed|s|es)?\b", re.I)
_SET_OFF_BEFORE = lazy(r"(?:[(:：—]|\bat)\s*$")
ELLIPTICAL = lazy(r"\s+([A-Z][a-z]+(?:'[a-z]+)?)(?:\s+District)?'s\b(?!\s+(?:court|courts)\b)")


def sides_set_against(kb: KnowledgeBase, text: str, spans: list[tuple[int, int]], figs: list[Figure],
                      mentions: Sequence[tuple[str, int, int]]) -> None:
    """"Shenzhen's courts took in more IP cases than they closed in 2013, 9,694 against 8,174": after a
    comparison, two bare figures set against each other are its two sides, in order: the first of what
    the words before 'than' name, the second of what the words after it name."""
    levels = [f for f in figs if f.role == "level"]
    if len(levels) != 2 or not ("than" in text or "outnumber" in text or " as " in text or "times" in text
                                or "exceed" in text or "surpass" in text):
        return
    a, b = levels
    s, e = spans[a.clause]
    if b.clause != a.clause or not (_SET_AGAINST_SAID.fullmatch(text, a.end, b.start) or _A_SCORE.fullmatch(text, a.end, b.start)
                                    and _OUTNUMBERED.search(text, 0, a.start) and "from" not in text[:a.start]) \
            or len(text[s:a.start].split()) > 3 and not _SET_OFF_BEFORE.search(text, 0, a.start):
        return      # (a verb may stand before them: "…, closing 19,055 against 20,009"; or "(124,569 against 32,112)")
    than = None
    for than in _PIVOT.finditer(text, 0, a.start):      # the last before the figures
        pass
    if than is None:
        return
    pivot = than.span("as") if than.group("as") else than.span()
    if s <= pivot[1] or len(text[s:a.start].split()) > 3:
        s = a.start         # the figures in brackets, or after a colon, in the other side's clause: it ends there
    elif (colon := max(text.rfind(":", s, a.start), text.rfind("：", s, a.start))) > pivot[1]:
        s = colon           # ("… than they took in: 20,009 against 19,055": the other side's words run to the colon)
    others = {e for e, at, _ in mentions if pivot[1] <= at < s}
    if not others and a.entity is not None and kb.entities[a.entity].kind == "court" \
            and (whose := ELLIPTICAL.match(text, pivot[1])) is not None:
        # "… than Luohu's": the court of the place named, as the first side is a court
        others = {e for e, _, _ in kb.entity_index.find(f"{whose.group(1)}'s court", kb.word_bigrams())}
    if len(others) == 1 and a.entity is not None and a.entity == b.entity and a.entity in others:
        # "eight times the national average: 110 … against 14": the first side is the subject's
        subjects = {e for e, at, _ in mentions if at < pivot[0]} - others
        if len(subjects) == 1:
            a.entity = subjects.pop()
        return
    if len(others) == 1 and a.entity is not None and a.entity == b.entity and a.entity not in others:
        other = others.pop()        # "Futian's court accepted more IP cases than Luohu's, 1,664 against 972": Luohu's
        if kb.entities[a.entity].kind == "court" and kb.entities[other].kind == "district":
            courts = [e for e, x in kb.entities.items() if x.kind == "court" and kb.is_within(e, other)]
            other = courts[0] if len(courts) == 1 else other      # ("than Nanshan District's": its court)
        b.entity = other
        return
    left = [m for m in kb.metric_index.best(text[:pivot[0]]) if m.score[0]]
    right = [m for m in kb.metric_index.best(text, text[pivot[1]:s]) if m.in_focus > 0]
    if left and right and left[0].target != right[0].target:
        a.metric, a.metric_words, a.alternatives = left[0].target, left[0].alias.text, ()
        b.metric, b.metric_words, b.alternatives = right[0].target, right[0].alias.text, ()
