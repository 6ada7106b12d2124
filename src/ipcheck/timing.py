"""Which time a figure is of: the period named nearest it, with the turns a sentence gives it
("the year before", "a year later", "in 2013 alone", a goal's horizon, a side compared with)."""
from __future__ import annotations

import re

from ipcheck import cues
from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import lazy
from ipcheck.model import Claim, Figure
from ipcheck.wholes import follows_a_share
from ipcheck.periods import (A_YEAR_LATER, DURING_THAT_YEAR, THAT_YEAR_ALONE, THE_YEAR_BEFORE, WHEN_THERE, Period,
                             since_then, year, year_before)


def says_before_that(text: str) -> bool:
    """Whether ``text`` has a word that may date a level to the year before (tested once a claim)."""
    return "前" in text or "上年" in text or "previously" in text or "before that" in text or "earlier" in text \
        or "year's" in text or "year’s" in text


_NAMED_AFTER = lazy(r"(?:Network|剑网|Campaign|Operation)[\s\"“”']*$")
_NAMES_A_DOCUMENT = lazy(r"\s*(?:IP\s+|intellectual\s+property\s+)?(?:white\s+paper|report)\b|(?:度)?(?:知识产权)?(?:发展)?(?:状况)?(?:白皮书|报告)", re.I)


def place_in_time(kb: KnowledgeBase, text: str, claim: Claim, figs: list[Figure], f: Figure, span: tuple[int, int],
                  outcome_years: set[Period], before_that: bool) -> None:
    """Set ``f.period`` (and its role, its base year, whether it is a goal reached): nearest mention in
    its clause ``span``, else nearest in the claim. ``outcome_years`` collects, figure after figure, the
    times of outcomes a goal claim states beside its goal."""
    s, e = span
    own = [p for p in claim.periods if p.role != "base"]
    if len(own) > 1 and ("white paper" in text or "report" in text or "白皮书" in text or "报告" in text):
        # "…, end-2012 (2013 white paper) = 259,422": a year that names a document is no figure's time while
        # the claim names another
        named = [p for p in own if not _NAMES_A_DOCUMENT.match(text, p.end)]
        own = named if any(p.role == "at" for p in named) else own      # (not "…, a 15.9% drop from 2012": that year's)
    if "Network" in text or "剑网" in text or "ampaign" in text or "peration" in text:
        # "… through drives such as Sword Network 2024": the year of a campaign's name is no figure's time
        own = [p for p in own if not _NAMED_AFTER.search(text, max(0, p.start - 14), p.start)] or own
    in_clause = [p for p in own if s <= p.start < e]
    pool = in_clause or own
    if not in_clause and "when" in text and (framed := next((q for q in own if q.end <= f.start and
                                                             WHEN_THERE.fullmatch(text, q.end, f.start)), None)):
        pool = [framed]      # "between 2013, when there were 80,657, and 2016, …": that year's
    elif not in_clause and f.role == "level" and any(p.role == "from" for p in pool):
        # "截至2022年6月末,…余额1246.37亿元,2017年初以来累计发放…": a level borrows the date it
        # stands at, not where another clause's span began
        pool = [p for p in pool if p.role != "from"] or pool
    if f.role in ("growth", "change"):
        f.base = next((p.period for p in claim.periods if p.role == "base"), None)
        f.year_on_year = f.base is None and _YEAR_ON_YEAR.search(text, s, e) is not None
    f.reached = claim.target and (cues.reached_before(text, f.start) or cues.measured_against_a_goal(text, f.start, f.end))
    if claim.target and not f.reached and (dated := next((p for p in pool if 0 <= f.start - p.end <= 16
                                                          and _ITS_LEVEL.fullmatch(text, p.end, f.start)), None)):
        f.reached, pool = True, [dated]     # "… 15% above Shenzhen's 2016 level of 80.1": an outcome, of its year
    if claim.target and len(pool) > 1 and not f.reached:
        # "a 2018 plan targets 92 by 2020": a goal is for its horizon, never an outcome's year ("the
        # 80.1 it had already reached in 2016", "16,300 in 2024 were below the 22,000 targeted for 2020")
        horizons = [p for p in pool if p.period not in outcome_years] or pool
        pool = [max(horizons, key=lambda p: p.period.end)]
    if len(own) > 1 and (cues.compared_side(text, max(s, f.start - 24), f.start)
                         or f.role == "level" and follows_a_share(text, f.start)):       # (and the whole of a share)
        # "19,055 … during 2024 were nearly double the 9,694 IP cases its courts accepted in 2013":
        # the side compared with has the time named after it, before any other figure (past its
        # clause, when a cut falls inside its noun phrase: "… the city's intermediate | and grassroots
        # courts took on in 2024")
        upto = min((g.start for g in figs if g.start > f.start), default=len(text))
        pool = [p for p in own if f.end <= p.start < upto][:1] or pool
    if pool:
        # (none in its clause: the time named last before it, "In 2013 … (9,694), but in 2024 …", else the nearest)
        p = min(pool, key=lambda p: (abs(p.start - f.start), p.start < f.start)) if in_clause or not any(
            q.end <= f.start for q in pool) else max((q for q in pool if q.end <= f.start), key=lambda q: q.start)
        f.period, f.period_role = p.period, p.role
        if p.period.kind not in ("year", "point") and ("year" in text or "全年" in text) \
                and _FULL_YEAR.match(text, f.end):
            f.period = year(p.period.start.year)   # "162.65 billion in the first half of 2022 and 480 billion for the full year"
        if p.role in ("from", "at") and f.role in ("growth", "change", "multiple") and f.metric is not None \
                and not any(q.role == "to" for q in claim.periods) and since_then(text, p.start, p.end):
            # "have more than tripled since 2013": from 2013 to a time the claim does not name
            claim.rejected_metric = (f"{kb.metrics[f.metric].en} (the claim gives a change since "
                                     f"{p.period.label}, to a time it does not name)")
            f.metric, f.alternatives = None, ()
        if p.period.kind == "year" and ("alone" in text or "仅" in text or "当年" in text or "during" in text or "course of" in text) \
                and THAT_YEAR_ALONE.search(text):
            f.period_role = "during"    # "in 2013 alone": what the year added, never a total at its end
        elif p.period.kind == "point" and (p.period.end.month, p.period.end.day) == (12, 31) \
                and ("year" in text or "当年" in text) and DURING_THAT_YEAR.search(text, s, e):
            # "by the end of 2013 …, after 49,756 patents were granted during that year": the year's own
            f.period, f.period_role = year(p.period.end.year), "during"
        if f.reached:
            outcome_years.add(p.period)
        if f.role == "level" and p.role != "base" and (before_that and _BEFORE_THAT.search(text, max(s, f.start - 26), f.start)
                                                       or ("before" in text or "earlier" in text) and THE_YEAR_BEFORE.match(text, f.end)
                                                       and not f.end <= p.start <= f.end + 2):   # (not the time itself)
            # "累计达118件,可知此前累计为103件", "from 511.5 billion yuan the year before": the year before's
            f.period = year_before(p.period)
        elif f.role == "level" and ("later" in text or "following" in text or "next year" in text) \
                and A_YEAR_LATER.match(text, f.end):
            f.period = year_before(p.period, 1)     # "…by the end of 2013 and rose to 3 billion a year later": 2014's


# words right before a level that date it to the year before ("此前累计为103件", "the previous year's")
_BEFORE_THAT = lazy(r"(?<![较比与同])(?:此前|之前|上年|前一年)(?:累计)?(?:为|有|达)?$|[较比](?:上年|前一年)(?:同期)?的$"
                    r"|\b(?:previously|before\s+that|a\s+year\s+earlier|the\s+(?:previous|prior|preceding)\s+year['’]s)\s*$",
                    re.I)
# a figure said to be of the whole year its clause's other time is part of
_FULL_YEAR = lazy(r"\s*(?:[a-z]+\s+){0,2}?(?:for|in|over)\s+the\s+(?:full|whole|entire)\s+year\b|\s*全年", re.I)
# a year's own figure named as such right before it ("its 2016 level of 80.1", "2016's 80.1")
_ITS_LEVEL = lazy(r"(?:['’]s)?\s+(?:level|figure|total|count|tally|mark|number)\s+of\s+(?:about\s+|some\s+|around\s+)?"
                  r"|['’]s\s+", re.I)
_YEAR_ON_YEAR = lazy(r"\byear[-\s](?:on|over)[-\s]year\b|\by-?o-?y\b|同比", re.I)
