"""Judging a read claim against the knowledge base.

Each figure is compared with every sourced statement of the same metric, entity, period and
measure; sources that disagree among themselves make the figure disputed, a target or forecast
never confirms an actual, and stated arithmetic is recomputed into ``checks``. The claim takes the
worst verdict of its parts, and the reason names the deciding figure, its source and its words.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date

from ipcheck import arithmetic as ar
from ipcheck import quantities, scopes
from ipcheck.checks import Arithmetic
from ipcheck.claims import MEASURE_FOR_ROLE, Claim, Figure, read_claim
from ipcheck.counted import DURATIONS, counts_additions
from ipcheck.implied import previous_year_figure
from ipcheck.kb import KnowledgeBase
from ipcheck.matching import words
from ipcheck.model import Fact, worst
from ipcheck.numbers import normalize, read_numbers
from ipcheck.wordfigures import read_fractions, read_word_multiples
from ipcheck.periods import Period, RelativeMention, year, year_on_year
from ipcheck.ranking import REFUSED_FOR
from ipcheck.reasons import verdict_reason
from ipcheck.directions import direction_without_figures
from ipcheck.orders import order_without_figures, unread_share, what_nothing_checks
from ipcheck.trends import trend_checks
from ipcheck.wholes import own_figure_of_a_part
from ipcheck.verdicts import QUALIFIER_WORDS, Check, FigureResult, Verdict, ordinal, show

__all__ = ["Judge", "Verdict", "FigureResult", "Check", "show"]

_BOUNDS = ("more_than", "at_least", "less_than", "at_most")
_OF_A_WHOLE = ("share", "multiple")     # figures whose scope is the whole they are of (read in the quote)


class Judge(Arithmetic):
    """Judges claims against one knowledge base."""

    def __init__(self, kb: KnowledgeBase, as_of: date | None = None):
        self.kb = kb
        self.as_of = as_of          # when the claims were written: places "this year", "去年"
        # what depends on the knowledge base alone, worked out once however many claims ask
        # (fact id, value, unit) -> (its figure written out, its citation): a streak's fact read as its rank
        # keeps its id
        self._cited: dict[tuple[str, float, str], tuple[str, str]] = {}
        self._in_conflict: dict[tuple, bool] = {}          # facts -> do their sources disagree?
        self._wholes: dict[str, str | None] = {}            # fact id -> the reach of the whole it is of
        self._names_of: dict[str, str] = {}                 # metric id -> its names, lower-cased

    # -- public --------------------------------------------------------------------------------
    def verify(self, text: str, line: int = 1, default_period: Period | RelativeMention | None = None) -> Verdict:
        if not text.strip():
            return Verdict(line, text, "unverifiable", "Unverifiable: the claim is empty.")
        claim = read_claim(self.kb, text, line, default_period, self.as_of)
        return self.judge(claim)

    def judge(self, claim: Claim) -> Verdict:
        if not claim.figures:
            # "courts concluded more IP cases than they newly accepted in 2024": two sourced figures settle it
            return unread_share(claim, order_without_figures(self, claim) or direction_without_figures(self, claim)) or Verdict(
                claim.line, claim.text, "unverifiable",
                "Unverifiable: no figure to check; the claim states no number, rank or streak.")
        total = self._stated_total(claim)
        results = [self._weighed(claim, f) if f is not total else None for f in claim.figures]
        checks = self._checks(claim, results, total) + trend_checks(self, claim)
        if total is not None:
            results[claim.figures.index(total)] = self._total_result(total, checks)
        for c in checks:
            if c.ok and c.of is not None:
                i = next(i for i, f in enumerate(claim.figures) if f is c.of)
                r = results[i]
                if r is not None and r.verdict == "unverifiable" and r.fact is None \
                        and not (c.of.metric is None and REFUSED_FOR in (claim.rejected_metric or "")):
                    # (never a rate whose words name another thing: "PCT grants grew 60%" from filings)
                    results[i] = self._derived_result(c.of, c, r)
                elif r is not None and r.verdict == "contradicted" and c.kind == "share" and all(
                        x.verdict == "supported" for f, x in zip(claim.figures, results) if f.role == "level" and x):
                    # "42万次,其中高校和科研院所2.7万次,约占6%": the share of the two sourced figures it states,
                    # not a sourced share of another whole (30% of something else)
                    results[i] = self._derived_result(c.of, c, r)
        parts = [r.verdict for r in results] + ["contradicted" for c in checks if c.ok is False] \
            + ["unverifiable" for c in checks if c.ok is None and c.kind == "direction"]
        verdict = worst(parts)
        if verdict == "supported" and (unchecked := what_nothing_checks(self, claim, results, checks)) is not None:
            return unchecked
        reason = self._reason(verdict, results, checks)
        return Verdict(claim.line, claim.text, verdict, reason, results, checks)

    # -- one figure ----------------------------------------------------------------------------
    def _names(self, metric: str | None, entity: str | None, period: Period | None) -> str:
        m = self.kb.metrics[metric].en if metric in self.kb.metrics else "?"
        e = self.kb.entities[entity].en if entity in self.kb.entities else "no entity named"
        p = period.label if period else "no period given"
        return f"{m} ({e}, {p})"

    def _group_meant(self, metric: str, entity: str) -> str | None:
        """The one group within ``entity`` (its universities, its demonstration enterprises) that
        the sources count ``metric`` for, when the metric's own name says so; else None."""
        named = set(words(self.kb.metrics[metric].en))
        groups = {x.entity for x in self.kb.lookup(metric)}
        meant = [g for g in groups if self.kb.entities[g].kind == "group" and self.kb.is_within(g, entity)
                 and named.intersection(words(self.kb.entities[g].en))]
        return meant[0] if len(meant) == 1 else None

    def _period_matches(self, metric: str, claimed: Period, fact: Fact) -> bool:
        stated = fact.period
        if stated is claimed or stated == claimed:      # (periods are mostly shared objects)
            return True
        # a year and the end of that year stand for each other (stocks are stated at year end)
        kinds = (claimed.kind, stated.kind)
        if kinds == ("point", "point") and claimed.end.day > 27 and claimed.end.month != 12 \
                and (claimed.end.year, claimed.end.month) == (stated.end.year, stated.end.month) \
                and claimed.end > stated.end:
            return True     # "截至2022年8月", "as of August 2022": a date in that month (2022-08-24)
        if kinds == ("range", "point") and claimed.start.day == 1 and claimed.start.month == claimed.end.month \
                and claimed.start.year == claimed.end.year and claimed.start <= stated.end <= claimed.end:
            return True     # "in August 2022", 2022年8月: a figure stated as of a day of that month
        return (kinds == ("year", "point") or kinds == ("point", "year")) and claimed.end == stated.end

    def _metric_words(self, metric: str) -> str:
        """A metric's names and aliases, lower-cased, in one string (once per metric)."""
        found = self._names_of.get(metric)
        if found is None:
            m = self.kb.metrics[metric]
            found = self._names_of[metric] = " | ".join((m.en, m.zh or "", *m.aliases)).lower()
        return found

    def _whole_modifiers(self, words: str) -> list[str]:
        """The modifiers ("foreign", "国外", "invention") the words naming a whole use."""
        low = words.lower()
        return [m for m in self.kb.modifiers if m in low and (not m.isascii() or re.search(rf"\b{re.escape(m)}\b", low))]

    def _whole_of(self, x: Fact) -> str | None:
        """The reach of the whole a sourced share or multiple is of, read in its quote as a claim's is
        ("accounting for 75.58% of the city's total": the city's)."""
        if x.id not in self._wholes:
            quote = normalize(x.quote)
            found = (*read_numbers(quote, keep_years=True), *read_fractions(quote), *read_word_multiples(quote))
            n = next((n for n in found if abs(n.value - x.value) <= x.half_ulp + 1e-9 * abs(x.value)), None)
            # (where the quote leaves the whole unsaid, the reach the fact's own account of it gives:
            # "all patent transfers … of universities" is theirs, never the nation's total)
            self._wholes[x.id] = (scopes.claimed_whole(quote, n.start, n.end) if n else None) or \
                (scopes.reach(x.whole) or scopes.ITS_OWN if x.whole else None)
        return self._wholes[x.id]

    def _whole_size(self, x: Fact) -> float | None:
        """How big the whole of a sourced share is: the figure its words give ("… in 2021 (27,000)"),
        or its part over the share (10,987 at 22.08%: about 49,760); None when neither is known."""
        found = read_numbers(x.whole) if x.whole else []
        if found:
            return found[-1].value
        part = self.kb.facts.get(x.of) if x.of else None
        return part.value * 100.0 / x.value if part is not None and x.value > 0 and part.unit != "percent" else None

    def _candidates(self, f: Figure, measure: str) -> list[Fact]:
        facts = [x for x in self.kb.lookup(f.metric, f.entity) if x.measure == measure
                 and (f.scope is None or f.role in _OF_A_WHOLE or scopes.matches(f.scope, x.scope))
                 and _of_round(f, x) and (f.base is None or x.base_period == f.base
                                          or x.base_period is None and year_on_year(f.base, f.period))
                 # ("rose 97.3% year on year": never a rise over the start of a five-year plan)
                 and not (f.year_on_year and x.base_period is not None and not year_on_year(x.base_period, x.period))]
        if f.period is not None:
            facts = [x for x in facts if self._period_matches(f.metric, f.period, x)
                     and not (f.period_role == "during" and x.period.kind == "point")]
        if measure == "pp_gap" and f.compared_with is not None:
            # "… faster than imports": a gap the sources give against another metric is no answer
            facts = [x for x in facts if self.kb.other_side(x) in (None, f.compared_with)]
        if f.role == "share" and facts and f.whole and (whole := scopes.stated_whole(f.whole)) is not None:
            # "6.4% of China's 420,000 patent transfers": never a share the sources give of another whole
            facts = [x for x in facts if (other := self._whole_size(x)) is None or ar.gap(whole.value, other) <= 0.1]
        if f.role == "share" and facts and f.whole:
            # "22.08% of all foreign grants": a word that narrows the whole must be in the source's words
            said = self._whole_modifiers(f.whole)
            facts = [x for x in facts if all(m in x.quote.lower() or m in self._metric_words(x.metric) for m in said)
                     and not scopes.leaves_out_what_is_included(f.whole, x.quote)
                     and not scopes.names_part_of_the_filers(f.whole, x.quote)]
            # ("…, including those by foreign applicants": never the share of a whole that leaves them out)
        if f.role in _OF_A_WHOLE and f.scope is not None and facts:
            # "48.10% of the provincial total": a share the sources give of the nation's is no answer,
            # though one of its sources' sentences leaves the whole unsaid
            wholes = {self._whole_of(x) for x in facts}
            if wholes - {None} and f.scope not in wholes:
                return []
            facts = [x for x in facts if self._whole_of(x) in (None, f.scope)]
        return facts

    def _weighed(self, claim: Claim, f: Figure) -> FigureResult:
        """A figure the words fit to several metrics equally well is judged against each: when the
        verdicts differ, which one the claim means decides, and only the writer can say."""
        if not f.alternatives:
            return self._figure(claim, f)
        # copies made before judging: judging fills in the figure's entity and period for its metric
        copies = [dataclasses.replace(f, metric=m, alternatives=()) for m in f.alternatives]
        chosen = self._figure(claim, f)
        others = [self._figure(claim, c) for c in copies]
        if all(r.verdict == chosen.verdict for r in others):
            return chosen
        readings = "; ".join(self._reading(r) for r in (chosen, *others))
        chosen.verdict = "unverifiable"
        chosen.fact = chosen.expected = chosen.source = chosen.quote = None
        chosen.reason = (f"The words around {f.text} fit several metrics equally well, and the sources do not "
                         f"agree with it on all of them: {readings}. Name the one meant.")
        return chosen

    def _reading(self, r: FigureResult) -> str:
        name = self.kb.metrics[r.metric].en if r.metric in self.kb.metrics else "?"
        x = self.kb.facts.get(r.fact) if r.fact else None
        return f"{name}: {show(x.value, x.unit, x.qualifier)}" if x else f"{name}: no sourced figure"

    def _figure(self, claim: Claim, f: Figure) -> FigureResult:
        if f.role == "part":
            own_figure_of_a_part(self.kb, claim, f)
        res = FigureResult(text=f.text, verdict="unverifiable", value=f.value, unit=f.unit, metric=f.metric,
                           entity=f.entity, period=f.period.code if f.period else None, role=f.role,
                           qualifier=f.qualifier)
        if f.metric is None:
            why = f" The nearest metric, {claim.rejected_metric}, does not fit." if claim.rejected_metric else ""
            res.reason = f"No metric in the knowledge base matches the words around {f.text}.{why}"
            return res
        measure = MEASURE_FOR_ROLE.get(f.role, "level")
        if measure == "average" and "average" in self.kb.metrics[f.metric].en:
            measure = "level"       # "made an average new profit of 980 million yuan": the metric is the average
        if f.role == "growth" and claim.comparison == "from_to":
            measure = "change"
        if f.role == "change" and claim.comparison != "from_to":
            # ("较“十三五”初期增长一倍以上": a rise in times over a base the sources give a growth rate against)
            # (or over the year before: "同比增长近一倍", "doubled year on year")
            measure = "growth" if f.unit == "times" and (f.base is not None or "同比" in claim.text or any(
                w in claim.text.lower() for w in ("year-on-year", "year on year", "yoy", "y-o-y", "a year earlier",
                                                  "a year before", "a year ago", "previous year", "last year"))) else "change"
        if measure == "share" and self.kb.metrics[f.metric].measure == "rate":
            measure = "level"           # "contributed 24.6% of GDP growth": a rate is its own level, in percent
        if measure == "change" and f.period and claim.comparison == "from_to":
            ends = sorted({x.period for x in claim.figures if x.role == "level" and x.period})
            if len(ends) >= 2:
                f.period = Period("range", ends[0].start, ends[-1].end)
                res.period = f.period.code
        # resolve a missing entity: the only one with this metric (and period)
        if f.entity is None and claim.unknown_names:
            res.reason = (f"The claim is about {', '.join(claim.unknown_names[:3])}, which the knowledge base "
                          f"has no figures for.")
            return res
        guessed_entity = f.entity is None
        if f.entity is not None and not self.kb.lookup(f.metric, f.entity):
            # "university patent applications in China": China's universities; "China's 5,729
            # demonstration enterprises … produced 37.4% of industrial added value": those enterprises
            group = self._group_meant(f.metric, f.entity) or next(
                (x.entity for x in claim.figures if x is not f and x.entity and x.entity != f.entity
                 and self.kb.entities[x.entity].kind == "group" and self.kb.is_within(x.entity, f.entity)
                 and self.kb.lookup(f.metric, x.entity)), None)
            if group is not None:
                f.entity = res.entity = group
        if f.entity is None:
            # "…reached 562.5 billion yuan, up about 10%": the place the same metric's figure before was found for
            f.entity = res.entity = next((x.entity for x in claim.figures if x is not f and x.metric == f.metric
                                          and x.entity and x.start < f.start), None)
        if f.entity is None:
            pool = [x for x in self.kb.lookup(f.metric) if x.measure == measure
                    and (f.period is None or self._period_matches(f.metric, f.period, x))
                    and _of_round(f, x)]
            ents = sorted({x.entity for x in pool})
            top = [e for e in ents if all(e == o or self.kb.is_within(o, e) for o in ents)]
            if len(ents) > 1 and len(top) == 1:
                ents = top          # the city, when the others are its courts or districts
            if len(ents) == 1:
                f.entity = res.entity = ents[0]
            elif len(ents) > 1:
                names = ", ".join(self.kb.entities[e].en for e in ents[:6])
                res.reason = (f"The claim names no entity and several have {self.kb.metrics[f.metric].en}"
                              f" figures: {names}.")
                return res
        facts = self._candidates(f, measure)
        if measure == "streak" and f.trend == "rises":
            facts = [x for x in facts if not x.rank]     # ("rose for the seventh year in a row": no streak at a rank)
        if not facts and measure == "difference" and (counts_additions(self.kb, f.metric)
                                                      or (flow := self.kb.flow_of(f.metric)) is not None):
            # "gained 15 newly recognised China famous trademarks": a metric of additions states the gain;
            # "gained 15 well-known trademarks, taking its total to 118": a total's gain is its flow's level
            measure = "level"
            if not counts_additions(self.kb, f.metric):
                f.metric = res.metric = flow
            facts = self._candidates(f, measure)
        if not facts and measure == "rank":
            # "first … for the tenth consecutive year": a streak at a rank holds that rank in its last period
            facts = [dataclasses.replace(x, value=float(x.rank), unit="rank", measure="rank", half_ulp=0.0,
                                         qualifier="exact") for x in self._candidates(f, "streak") if x.rank]
        if not facts and measure == "streak" and f.period is not None and f.period.kind in ("year", "point"):
            # "in 2021, … for two consecutive years": a streak is told in its last year, and the
            # sources may give it as the years it spans (2020/2021)
            facts = [x for x in self._candidates(dataclasses.replace(f, period=None), measure)
                     if x.period.kind == "range" and x.period.end == f.period.end]
        if not facts and measure == "rank":
            ranked = self._rank_among_parts(claim, f, res)
            if ranked is not None:
                return ranked
        if not facts and measure == "change" and f.period and f.period.kind == "range" and \
                f.period.end.year == f.period.start.year + 1 and f.unit == "percent":
            # a change between consecutive years is the later year's year-on-year growth
            f.period, measure = year(f.period.end.year), "growth"
            res.period = f.period.code
            facts = self._candidates(f, measure)
        if f.period is None and f.edition is not None:
            # "at the 18th China Patent Awards": the round names the period of the facts of that round
            of_round = [x for x in facts if x.edition == f.edition]
            if not of_round:
                res.reason = self._other_rounds(f, measure)
                return res
            facts = of_round
            if len({x.period for x in of_round}) == 1:
                f.period = of_round[0].period
                res.period = f.period.code
        if f.period is None:
            periods = sorted({x.period for x in facts if (x.kind != "actual") == (claim.target and not f.reached)})
            if len(periods) > 1 and claim.relative is None:
                # "five times as many trademark agencies (3,334) as patent agencies (598)": a claim that
                # names no time speaks of one; the time its other figure could only be of is this one's
                placed = [p for p in periods if any(x is not f and x.period == p for x in claim.figures)]
                if len(placed) == 1:
                    periods = placed
            if claim.relative is not None:
                # "801 this year": the only period the sources have is not therefore the claim's;
                # a span up to the date of writing may fit one ("the past three years", 2019-2021)
                fitting = [p for p in periods if self.as_of and claim.relative.admits(p, self.as_of)]
                if len(fitting) != 1:
                    res.reason = self._unplaced(f, claim, periods)
                    return res
                periods = fitting
            if len(periods) == 1 and guessed_entity and len({x.entity for x in self.kb.lookup(f.metric)}) > 1:
                # neither place nor time named, and the metric is counted for several places: two
                # guesses on top of each other are one too many to judge a figure on
                res.reason = (f"The claim names neither the place nor the period of {f.text}; the sources give "
                              f"{self._names(f.metric, f.entity, periods[0])} = "
                              f"{', '.join(show(x.value, x.unit, x.qualifier) for x in facts if x.kind == 'actual')}.")
                return res
            if len(periods) == 1:
                f.period = periods[0]
                res.period = f.period.code
                facts = [x for x in facts if x.period == f.period]
            else:
                listed = ", ".join(p.label for p in periods[:6]) or "none"
                res.reason = (f"The claim gives no period for {self._names(f.metric, f.entity, None)}; "
                              f"the sources cover: {listed}.")
                return res
        if not facts and f.edition is not None and f.period is not None:
            other = next((x for x in self.kb.lookup(f.metric, f.entity) if x.measure == measure and x.edition
                          and self._period_matches(f.metric, f.period, x)), None)
            if other is not None:       # "in 2016, at the 15th …": the two say different times
                res.reason = (f"The claim puts {f.text} at the {ordinal(f.edition)} round and in {f.period.label}; "
                              f"the sources' {f.period.label} figure for {self.kb.metrics[f.metric].en} "
                              f"is of the {ordinal(other.edition)} round.")
                return res
        actual = [x for x in facts if x.kind == "actual"]
        planned = [x for x in facts if x.kind != "actual"]
        if claim.target and not f.reached:      # a goal is checked against the goals the sources set
            if not planned and f.period is not None and f.period.kind == "year":
                # "the 2018 rules' goal of 1,300": the goal a document of that year set, whatever its horizon
                set_then = [x for x in self.kb.lookup(f.metric, f.entity) if x.kind != "actual" and x.measure == measure
                            and self.kb.sources[x.source].date[:4] == str(f.period.start.year)]
                if len({x.period for x in set_then}) == 1:
                    planned = set_then
                    res.period = set_then[0].period.code
            if planned:
                return self._compare(f, res, planned, claim.language, goal=True)
            res.reason = (f"The claim states a goal, and the sources set none for "
                          f"{self._names(f.metric, f.entity, f.period)}"
                          + (f"; they give the outcome {show(actual[0].value, actual[0].unit, actual[0].qualifier)}."
                             if actual else "."))
            return res
        if not actual:
            return self._no_actual(f, res, measure, planned)
        return self._compare(f, res, actual, claim.language)

    def _other_rounds(self, f: Figure, measure: str) -> str:
        rounds = sorted({(x.edition, x.period) for x in self.kb.lookup(f.metric, f.entity)
                         if x.edition is not None and x.measure == measure}, key=lambda r: r[0])
        listed = ", ".join(f"{ordinal(n)} ({p.label})" for n, p in rounds) or "none"
        return (f"No sourced figure for {self._names(f.metric, f.entity, None)} at the {ordinal(f.edition)} "
                f"round; the sources cover: {listed}.")

    def _unplaced(self, f: Figure, claim: Claim, periods: list[Period]) -> str:
        """Why a figure dated relative to its writing ("this year", "近三年") is not judged."""
        listed = ", ".join(p.label for p in periods[:6]) or "none"
        words = claim.relative.words if claim.relative else ""
        if self.as_of is None:
            return (f"The claim dates {f.text} by when it was written ('{words}'), which does not say which "
                    f"period it is: name the period, or give the date of writing (--as-of). The sources "
                    f"cover {self._names(f.metric, f.entity, None)} for: {listed}.")
        return (f"'{words}', written on {self.as_of.isoformat()}, fits none or several of the periods the "
                f"sources cover for {self._names(f.metric, f.entity, None)}: {listed}.")

    def _no_actual(self, f: Figure, res: FigureResult, measure: str, planned: list[Fact]) -> FigureResult:
        names = self._names(f.metric, f.entity, f.period)
        if planned:
            p = planned[0]
            res.fact, res.expected, res.source, res.quote = p.id, p.value, p.source, p.quote
            res.reason = (f"The sources give only a {p.kind} for {names}: {show(p.value, p.unit, p.qualifier)}"
                          f" ({self.kb.source_title(p.source)}: \u201c{p.quote}\u201d); a {p.kind} neither "
                          f"confirms nor refutes an actual figure.")
            return res
        if measure == "rank" and f.scope is not None:
            elsewhere = [x for x in self.kb.lookup(f.metric, f.entity) if x.measure == "rank" and x.kind == "actual"
                         and (f.period is None or self._period_matches(f.metric, f.period, x))]
            if elsewhere:
                x = elsewhere[0]
                res.reason = (f"The sources rank {names} {show(x.value, x.unit, x.qualifier)} {x.scope or ''} "
                              f"({self._cite(x)[1]}), which says nothing of its rank {f.scope}.")
                return res
        if f.role in _OF_A_WHOLE and f.scope is not None:
            of_other = [x for x in self.kb.lookup(f.metric, f.entity) if x.measure == measure and x.kind == "actual"
                        and (f.period is None or self._period_matches(f.metric, f.period, x))
                        and self._whole_of(x) not in (None, f.scope)]
            if of_other:
                x = of_other[0]
                res.reason = (f"The claim measures {f.text} against a whole {f.scope}; the sources give {names} "
                              f"as {show(x.value, x.unit, x.qualifier)}, measured against a whole {self._whole_of(x)} "
                              f"({self._cite(x)[1]}).")
                return res
        if measure == "pp_gap" and f.compared_with is not None:
            against = [x for x in self.kb.lookup(f.metric, f.entity) if x.measure == measure and x.kind == "actual"
                       and self.kb.other_side(x) not in (None, f.compared_with)]
            if against:
                x = against[0]
                res.reason = (f"The claim measures {f.text} against {self.kb.metrics[f.compared_with].en}; the sources "
                              f"give the gap of {names} against {self.kb.metrics[self.kb.other_side(x)].en} "
                              f"({show(x.value, x.unit, x.qualifier)}; {self._cite(x)[1]}).")
                return res
        if measure == "level":
            implied = previous_year_figure(self, f, res)
            if implied is not None:
                return implied
        others = [x for x in self.kb.lookup(f.metric, f.entity) if x.measure == measure and x.kind == "actual"]
        hint = ""
        same = [x for x in others if self._same_figure(f, x)]
        if same:
            x = same[0]
            hint = f" {f.text} is the {x.period.label} figure ({show(x.value, x.unit, x.qualifier)})."
        else:
            hint = self._other_metric_hint(f, measure)
        if others:
            covered = ", ".join(sorted({f"{x.period.label} ({show(x.value, x.unit, x.qualifier)})"
                                        for x in others})[:5])
            res.reason = f"No sourced figure for {names}; the sources cover {covered}.{hint}"
        else:
            what = "growth rate" if measure == "growth" else ("share" if measure == "share" else
                                                               measure.replace("_", " "))
            res.reason = (f"No sourced {what if measure != 'level' else 'figure'} for {names} "
                          f"in the knowledge base.")
        return res

    def _other_metric_hint(self, f: Figure, measure: str) -> str:
        """' 16,300 is the figure for PCT applications' when the number belongs to another metric."""
        if f.entity is None or not f.value:
            return ""
        for x in self.kb.facts_near(f.entity, measure, f.unit, f.value, ar.MAX_GAP):
            if x.metric != f.metric and x.kind == "actual" and \
                    (f.period is None or self._period_matches(x.metric, f.period, x)) and self._same_figure(f, x):
                return (f" {f.text} is the figure for {self.kb.metrics[x.metric].en} "
                        f"({self.kb.entities[x.entity].en}, {x.period.label}).")
        return ""

    def _statement(self, f: Figure, fact: Fact) -> tuple[ar.Statement, ar.Statement] | None:
        value, half = f.value, f.half_ulp
        if half == 0.0 and value == int(value) and self.kb.metrics[fact.metric].measure == "rate":
            half = 0.5          # whole-number ratios are rounded, as in the knowledge base
        if f.unit != fact.unit:
            if f.unit == "count" and fact.unit in ("yuan", "usd"):
                if f.scale < 1e4:
                    return None   # "5,981 loans" is a count, not an amount of money
                # else "50.4 billion" / "504亿" with the currency left implicit
            elif f.unit == "count" and fact.unit in DURATIONS:
                pass      # "consecutive months error-free … 115": the metric's own name says what 115 counts
            else:
                try:
                    value = quantities.convert(f.value, f.unit, fact.unit)
                    half = quantities.convert(f.half_ulp, f.unit, fact.unit)
                except quantities.IncompatibleUnits:
                    return None
        return (ar.Statement(value, half, f.qualifier),
                ar.Statement(fact.value, fact.half_ulp, fact.qualifier))

    def _same_figure(self, f: Figure, fact: Fact) -> bool:
        """Is the claimed number the one this fact states (whatever its qualifier)?"""
        pair = self._statement(f, fact)
        if not pair:
            return False
        c, v = pair
        return abs(c.value - v.value) <= c.half_ulp + v.half_ulp and ar.gap(c.value, v.value) <= ar.MAX_GAP

    def _agrees(self, f: Figure, fact: Fact, goal: bool = False) -> str | None:
        pair = self._statement(f, fact)
        if pair and goal:
            # a goal's number is the number set, bound or not: "more than 29" misstates "more than 92"
            c, v = pair
            if ar.UPWARD.get(c.qualifier, 0) * ar.UPWARD.get(v.qualifier, 0) < 0:
                return ar.DISAGREE      # "fewer than 92" turns round a goal of "more than 92"
            pair = (c._replace(qualifier="exact") if c.qualifier in _BOUNDS else c, v._replace(qualifier="exact"))
        if pair and f.unit == "times" and fact.unit == "percent" and f.role in ("growth", "change"):
            return ar.rise_in_times(f.text, *pair)[0]      # "rose fourfold" against "up 346.4%"
        if pair and f.unit == "percent" and f.text.endswith("成"):
            return ar.within_a_tenth(*pair)                 # "近三成" against 28.08%
        return ar.compare(*pair) if pair else None

    def _compare(self, f: Figure, res: FigureResult, facts: list[Fact], language: str = "en",
                 goal: bool = False) -> FigureResult:
        outcomes: list[tuple[Fact, str | None]] = [(x, self._agrees(f, x, goal)) for x in facts]
        if all(o is None for _, o in outcomes):
            x = facts[0]
            res.fact, res.expected, res.source, res.quote = x.id, x.value, x.source, x.quote
            if {f.unit, x.unit} == {"yuan", "usd"} and ar.compare(ar.Statement(f.value, f.half_ulp, f.qualifier),
                                                                ar.Statement(x.value, x.half_ulp, x.qualifier)) == ar.AGREE:
                # "378.3 billion US dollars" for the source's 378.3 billion yuan: whatever the rate, not 1
                res.verdict = "contradicted"
                res.reason = (f"The sources give {show(x.value, x.unit, x.qualifier)} for {self._names(f.metric, f.entity, x.period)}, "
                              f"not {f.text}: the same number in another currency is another amount ({self._cite(x)[1]}).")
                return res
            res.reason = (f"{f.text} is in {f.unit}, the source's figure in {x.unit}; "
                          f"{'there is no sourced exchange rate' if {f.unit, x.unit} <= {'yuan', 'usd'} else 'they cannot be compared'}.")
            return res
        outcomes = [(x, o) for x, o in outcomes if o is not None]
        conflict = self._conflict([x for x, _ in outcomes])
        points = [(x, o) for x, o in outcomes if x.qualifier in ar.POINT_QUALIFIERS]
        deciding = points if (points and not conflict) else outcomes
        kinds = {o for _, o in deciding}
        if kinds == {ar.AGREE}:
            verdict = "supported"
        elif kinds == {ar.DISAGREE}:
            verdict = "contradicted"
        elif conflict and (ar.AGREE in kinds or kinds == {ar.UNDECIDED}):
            # (sources that disagree, one refuting the claim and none bearing it out, refute it)
            verdict = "disputed"
        elif ar.DISAGREE in kinds and ar.AGREE in kinds:
            verdict = "disputed"
        elif ar.DISAGREE in kinds:
            verdict = "contradicted"
        elif ar.AGREE in kinds:
            verdict = "supported"
        else:
            verdict = "unverifiable"
        order = {"supported": ar.AGREE, "contradicted": ar.DISAGREE, "unverifiable": ar.UNDECIDED}
        chosen = [x for x, o in deciding if o == order.get(verdict)] or [deciding[0][0]]
        pick = next((x for x in chosen if self.kb.sources[x.source].language == language), chosen[0])
        if verdict == "supported" and self.kb.dispute_of(pick.id) is not None:
            # "居全国各城市前列": a version no reviewer disputes bears the claim out just as well
            pick = next((x for x, o in outcomes if o == ar.AGREE and self.kb.dispute_of(x.id) is None), pick)
        res.verdict = verdict
        res.fact, res.expected, res.source, res.quote = pick.id, pick.value, pick.source, pick.quote
        res.reason = self._figure_reason(f, verdict, pick, [x for x, _ in outcomes])
        if verdict == "supported" and (why := self.kb.dispute_of(pick.id)) is not None:
            # a reviewer found the versions disagree on what the figure is: neither reading is confirmed
            res.verdict = "disputed"
            res.reason = f"{res.reason.removesuffix('.')}; but the sources disagree on it: {why}"
        return res

    def _conflict(self, facts: list[Fact]) -> bool:
        """Do any two of these sourced statements contradict each other?"""
        key = tuple((x.id, x.value) for x in facts)      # (a streak's fact read as its rank keeps its id)
        found = self._in_conflict.get(key)
        if found is None:
            found = self._in_conflict[key] = any(
                not ar.consistent(ar.Statement(a.value, a.half_ulp, a.qualifier),
                                  ar.Statement(b.value, b.half_ulp, b.qualifier))
                for i, a in enumerate(facts) for b in facts[i + 1:])
        return found

    def _cite(self, x: Fact) -> tuple[str, str]:
        """A fact's figure as the reason writes it, and its citation (title and the source's words)."""
        key = (x.id, x.value, x.unit)
        found = self._cited.get(key)
        if found is None:
            worked = f", worked out from its words ({x.note.removeprefix('Worked out, not stated: ')}): no source " \
                     f"states it as such" if x.derived and x.note else ""
            found = self._cited[key] = (show(x.value, x.unit, x.qualifier),
                                         f"{self.kb.source_title(x.source)}: \u201c{x.quote}\u201d{worked}")
        return found

    def _figure_reason(self, f: Figure, verdict: str, x: Fact, facts: list[Fact]) -> str:
        names = self._names(f.metric, f.entity, x.period) + (f", a {x.kind}" if x.kind != "actual" else "")
        said, cite = self._cite(x)
        if verdict == "supported":
            reading = ar.rise_in_times(f.text, *self._statement(f, x))[1] \
                if f.unit == "times" and x.unit == "percent" and f.role in ("growth", "change") else None
            return f"{f.text}{f' (read as {reading})' if reading else ''} agrees with {names} = {said} ({cite})."
        if verdict == "contradicted" and f.qualifier == ar.DENIED:
            return f"The sources give {said} for {names}, the figure the claim denies ({f.text}; {cite})."
        if verdict == "contradicted":
            extra = ""
            if f.qualifier in ar.POINT_QUALIFIERS and f.role not in ("rank", "streak"):
                # a bound is no one figure, and "No. 1" is every metric's: not another period's or metric's
                other = [y for y in self.kb.lookup(f.metric, f.entity) if y.measure == x.measure
                         and y.period != x.period and y.kind == "actual" and self._same_figure(f, y)]
                if other:
                    extra = f" {f.text} is the {other[0].period.label} figure ({show(other[0].value, other[0].unit, other[0].qualifier)})."
                else:
                    extra = self._other_metric_hint(f, x.measure)
            pair = self._statement(f, x)
            if pair and ar.far_short(*pair):
                extra += (f" {f.text} is {ar.BOUND_REACH:g} times or more short of the sourced figure: true to the "
                          f"letter, a slip of scale in fact.")
            if x.qualifier in ("more_than", "at_least") and x.value > 0 and f.value > x.value * ar.BOUND_REACH:
                extra += (f" A sourced lower bound is read as reaching at most {ar.BOUND_REACH:g} times itself;"
                          f" {f.text} would be a slip of scale.")
            claimed = f"“{f.text}”" if f.negation else QUALIFIER_WORDS.get(f.qualifier, "") + f.text
            if f.role in ("growth", "change") and f.unit == "percent" and f.value * x.value < 0:
                claimed = f"{f.text} ({'a rise' if f.value > 0 else 'a fall'}: the direction is wrong)"
                said = f"{'a rise' if x.value > 0 else 'a fall'} of {show(abs(x.value), x.unit, x.qualifier)}"
            elif f.role == "pp" and f.value * x.value < 0:
                claimed = f"{f.text} {'more' if f.value > 0 else 'less'} (the direction is wrong)"
                said = f"{show(abs(x.value), x.unit, x.qualifier)} {'more' if x.value > 0 else 'less'}"
            return f"The sources give {said} for {names}, not {claimed} ({cite}).{extra}"
        if verdict == "disputed":
            vals = "; ".join(f"{self.kb.source_title(y.source)} ({self.kb.sources[y.source].language}) says "
                             f"{show(y.value, y.unit, y.qualifier)}" for y in facts)
            return f"The sources disagree on {names}: {vals}."
        if (pair := self._statement(f, x)) and ar.weak_bound(*pair):
            return (f"The sources give {said} for {names} ({cite}): {QUALIFIER_WORDS.get(f.qualifier, '')}{f.text} is "
                    f"true to the letter but far under it, which no one who knew the figure would write (a slip of "
                    f"digits, or another figure), so the source neither confirms nor refutes it.")
        return (f"The source only says {said} for {names} ({cite}), which neither confirms nor refutes "
                f"{f.text}.")

    def _reason(self, verdict: str, results: list[FigureResult], checks: list[Check]) -> str:
        return verdict_reason(self.kb, verdict, results, checks)


def _of_round(f: Figure, x: Fact) -> bool:
    """Can fact ``x`` be of the round of an award the figure names (when either names one)?"""
    return f.edition is None or x.edition is None or x.edition == f.edition
