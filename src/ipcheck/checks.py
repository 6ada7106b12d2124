"""Stated arithmetic, recomputed: changes between two stated levels, growth against the sourced
figure of the year before, multiples, percentage-point gaps, stated totals and shares. A rate no
source states but the claim's own figures give is as good as those figures (each judged on its
own), so a check that holds supports it."""
from __future__ import annotations

import re

from ipcheck import arithmetic as ar, cues, roles, sides
from ipcheck.claims import Claim, Figure
from ipcheck.among import AmongParts
from ipcheck.counted import counted_by
from ipcheck.lazyre import lazy
from ipcheck.links import SET_AGAINST, in_order
from ipcheck.matching import stem, words
from ipcheck.ordered import stated_orders
from ipcheck.model import Fact
from ipcheck.multiples import add_multiples
from ipcheck.periods import Period, year
from ipcheck.stated import BELONGING, parts_of, set_off, share_of_a_listed_part, stated_share
from ipcheck.verdicts import Check, FigureResult, number, show

_FALLEN_TO = lazy(r"(?:下降|减少|降|跌|\bfell|\bdropped|\bdeclined|\bdecreased|\bshrank)(?:到|至|了|\s+to)?\s*(?:原来的|its\s+)?"
                  r"(?:超过|逾|近|约|将近|接近|不到|(?:more\s+than|nearly|about|over|almost)\s+)?$", re.I)   # ("下降超过九倍")
# "…, about 950 more than they received": nothing between the comparative and 'than', a clause after it
_MORE_THAN_A_VERB = lazy(r"\s*(?:more|fewer|less)\s+(?:[a-z]+\s+)?than\s+(?:they|it|the\s+city|the\s+courts?)\s+"
                         r"(?:[a-z]+ed|took|got|had|won|saw|gave|made|did|brought|drew)\b", re.I)
_UNSIGNED = lazy(r"\b(?:a|the)\s+(?:gap|difference|margin)\b|相差|差距|[还尚仍]差", re.I)
_COUNTING = lazy(r"\s*(?:counting|including|adding\s+up)\s+(?=\d)", re.I)
_TOTAL = lazy(r"(?=[aictAICT合总共一])(?:\b(?:a total of|in total|in all|total(?:led|ing)?|combined|altogether|together)\b"
                    r"|合计|总计|共计|总共|一共)", re.I)




_MORE_BRACKETED = lazy(r"\s+(?:more|fewer|less|higher|lower)\s+[^()]*\($", re.I)
_THAN_BRACKETED = lazy(r"\)\s+than\s+[^()]*\($", re.I)
_A_BASE_AFTER = lazy(r"\s+(?:the|that|those|its|their|what|as\s+(?:many|much|large|high))\b", re.I)
# words that date a rise by the year before, and words that set a figure against something else
_OVER_THE_YEAR_BEFORE = lazy(r"[比较](?:上年|去年|前一年)|同比|\byear[-\s](?:on|over)[-\s]year\b|\b(?:over|than|on|from)\s+"
                             r"(?:the\s+)?(?:previous|prior|preceding)\s+year\b|\ba\s+year\s+(?:earlier|before)\b", re.I)
_AGAINST_SOMETHING = lazy(r"\bthan\b|比|\bcompared\b|\bagainst\b|\bbehind\b|\bahead\s+of\b", re.I)
# "124,569 + 32,112 = | 156,681", "13 people's + 37 commercial bodies = | 50"
_EQUALS_A_SUM = lazy(r"\d[\w\s'’]{0,30}?(?:\+|\bplus\b)\s*[\d,.]+(?:\s+[A-Za-z'’-]+){0,3}\s*=\s*$")
_IN_BRACKETS_AFTER = lazy(r"[^,;(]*[(（]")      # ("more by 96 per 10,000 people (110 versus 14)")
_WHOLE_OF_A_SHARE_ZH = lazy(r"\s*[件项个家元宗]?\s*[)）]?\s*的\s*(?:[一二三四五六七八九十百]+分之[一二三四五六七八九十]+|一半|[\d.]+\s*%|"
                            r"[\d.]+\s*倍|[一二两三四五六七八九十]+倍|[一二三四五六七八九]成)")
_ITEMS_APART = lazy(r"[;；|•▪●]")     # (a colon after one of these labels the next item)
_HEAD = lazy(r"\b(?:by|of|in|for|through|under|accepted|handled|received|granted|issued|involved)\b")   # a name's head
_PER_Y = lazy(r"\s+(?:per|for\s+each|for\s+every)\s+([A-Za-z]+)", re.I)      # "six | per agency"
_X_PER_Y = lazy(r"\s+([A-Za-z]+)\s+(?:per|each|every|an?)\s+([A-Za-z]+)")     # "4,600 | items per batch"
_A_SPAN_AFTER = lazy(r"\s*(?:days?|weeks?|months?|hours?|working\s+days|天|个?月|小时|周)(?![a-z])", re.I)
_TO_A_LEVEL = lazy(r"(?:\s+[\w'-]+){0,3}?[\s,]+to\s+(?:about\s+|nearly\s+|some\s+)?", re.I)   # "…1,100 in 2013, to 32,208"
_POINT_OR_FLOOR = ar.POINT_QUALIFIERS + ("more_than", "at_least")
_UP_VERB = lazy(r"\b(?:rose|rise|rises|risen|grew|grown|increased|climbed|jumped|up|increase|increases|gain|gains)\b"
                r"|增长|增加|增至|提高|上升", re.I)
_DOWN_VERB = lazy(r"\b(?:fell|fallen|dropped|declined|decreased|shrank|shrunk|down|fall|falls|decline|declines|drop|drops|"
                  r"decrease|decreases)\b|下降|减少|降至|降低|下滑", re.I)
_RELATIVE_GAP = lazy(r"\s*(?:(?:more|higher|greater|larger|fewer|less|lower|smaller)\s+than|above|below)\s+"
                     r"(?:the\s+|its\s+|their\s+)?", re.I)


class Arithmetic(AmongParts):
    """The judge's arithmetic (a mixin: it uses the judge's knowledge base and period matching)."""

    def _share_of_a_part(self, f: Figure, levels: list[Figure]) -> tuple[Figure, Figure] | None:
        """"37 of Shenzhen's 69 agencies were in Futian, more than half": a share of the metric whose
        two stated levels are of a place and of a place within it is the inner one's of the outer's."""
        same = [x for x in levels if x.metric == f.metric and x.entity is not None]
        if len(same) != 2 or same[0].unit != same[1].unit:
            return None
        a, b = same
        if self.kb.is_within(a.entity, b.entity):
            return a, b
        if self.kb.is_within(b.entity, a.entity):
            return b, a
        return None

    def _share_of_named_figures(self, text: str, f: Figure, levels: list[Figure], word: str = "占"
                                ) -> tuple[Figure, Figure] | None:
        """"受理9,694宗,结案8,174宗,结案数约占受理数的84%": part and whole named by their metrics'
        words on either side of 占 (or of 比: "结案数比收案数多954件"), each the metric of one level
        figure the claim states (of one place)."""
        cue = text.rfind(word, 0, f.start)
        if cue < 0 or len(levels) < 2 or any(x.start > cue for x in levels if x.end <= f.start):
            return None
        stated = {x.metric for x in levels if x.metric}
        said = []
        for words in (text[max(0, cue - 8):cue], text[cue + 1:f.start]):
            # the level figures' metrics scored by how much of their names these few words hold
            held = sorted(((m.in_focus, m.target) for m in self.kb.metric_index.best(text, words)
                           if m.target in stated and m.in_focus > 0), reverse=True)
            if not held or len(held) > 1 and held[0][0] == held[1][0]:
                return None
            said.append(held[0][1])
        if said[0] == said[1]:
            return None
        part, whole = (next((x for x in levels if x.metric == t), None) for t in said)
        if part is None or whole is None or part.entity != whole.entity or part.unit != whole.unit:
            return None
        return part, whole

    def _checks(self, claim: Claim, results: list[FigureResult | None], total: Figure | None) -> list[Check]:
        """Stated arithmetic, recomputed; ``results`` line up with ``claim.figures`` (None for a total)."""
        checks: list[Check] = []
        figs = claim.figures
        levels = [f for f in figs if f.role == "level"]
        if claim.comparison == "from_to" and len(levels) >= 2:
            for f in figs:
                # each change goes with the 'from … to …' pair just before it ("from 106,000 to
                # 367,000, an increase of 246.2%, … from 69,000 to 308,000, an increase of 346.4%")
                before = [x for x in levels if x.start < f.start]
                a, b = in_order(*((before[-2], before[-1]) if len(before) >= 2 else (levels[0], levels[1])))
                sa, sb = ar.Statement(a.value, a.half_ulp), ar.Statement(b.value, b.half_ulp)
                if f.metric and a.metric and f.metric != a.metric and f.metric != b.metric and f.metric_words:
                    continue    # "…, while their patent grants rose 346.4% to 308,000": another metric's rate
                if f.entity and a.entity and f.entity != a.entity and f.entity != b.entity:
                    continue    # "…, while China's patent grants only doubled": another place's rate
                if f.role == "difference" and f.unit == a.unit == b.unit and (r := ar.difference(sb, sa)) is not None:
                    # "rose by 6,251, from 10,049 to 16,300": the later less the earlier (an end that is a
                    # bound, "to more than 145,000", moves it one way only)
                    checks.append(Check("difference", f.value, r.mid, ar.holds_between_bounds(
                        ar.Statement(f.value, f.half_ulp, f.qualifier), r, a.qualifier, b.qualifier),
                        f"{b.text} - {a.text}", of=f))
                elif f.role in ("growth", "change") and f.unit == "percent":
                    r = ar.change_percent(sa, sb)
                    st = ar.Statement(f.value, f.half_ulp, f.qualifier)
                    ok = ar.holds_between_bounds(st, r, a.qualifier, b.qualifier) if r else None
                    if r and not ok and f.qualifier == "nearly" and f.text.isalpha():
                        # "nearly tripled": nearly three times as many (2.87 times is), not nearly 200% more
                        times = ar.Range(1 + r.lo / 100, 1 + r.hi / 100)
                        ok = ar.holds_between_bounds(ar.Statement(1 + f.value / 100, f.half_ulp / 100, f.qualifier),
                                                     times, a.qualifier, b.qualifier)
                    checks.append(Check("change", f.value, r.mid if r else None, ok,
                                        f"({b.text} - {a.text}) / {a.text}", of=f))
                elif f.role in ("change", "multiple") and f.unit == "times":
                    r = ar.ratio(sb, sa)
                    if r:
                        st = ar.Statement(f.value, f.half_ulp, f.qualifier)
                        # "increased ten times", "up …, nearly ten times" read either way; "ten times the 2012
                        # level" only as a ratio; "增长了N倍" only as an increase (as Chinese usage has it)
                        by_only = f.role == "change" and f.text.endswith("倍")
                        as_ratio = not by_only and ar.holds(st, r)
                        either = (f.role == "change" or not _A_BASE_AFTER.match(claim.text, f.end)) \
                            and not f.text.lower().endswith(("fold", "x", "×"))     # "rose tenfold", "6x": to, never by
                        as_increase = either and ar.holds(st, ar.Range(r.lo - 1, r.hi - 1))
                        ok = (as_ratio or as_increase) and not (r.mid > 1 and (f.direction < 0 or _FALLEN_TO.search(
                            claim.text, max(0, f.start - 16), f.start)))     # ("下降到原来的十倍": no fall)
                        if ok and either and not by_only and as_ratio != as_increase \
                                and f.qualifier in ar.UPWARD and "原来" not in claim.text[max(0, f.start - 8):f.start] \
                                and claim.text[f.start - 1:f.start] != "的":      # ("是2012年的4.4倍多": to, never by)
                            ok = None       # "less than six times": a bound one reading keeps and the other breaks
                        tried = "read as an increase of N times" if by_only else \
                            "both readings of 'N times' tried" if either else "N times the level named"
                        checks.append(Check("change_times", f.value, r.mid - 1 if as_increase or by_only else r.mid, ok,
                                            f"{b.text} is {r.mid:.2f} times {a.text} (an increase of "
                                            f"{r.mid - 1:.2f} times); {tried}", of=f))
            a, b = in_order(levels[0], levels[1])
            # every direction the claim states: its rate's and the verb that opens the span ("fell from
            # 106,000 … to 367,000, an increase of 246.2%" says both, and one of them is wrong)
            stated = [f.direction for f in figs if f.role in ("growth", "change") and f.direction]
            first, second = sorted((a, b), key=lambda x: x.start)
            # the verb before the span opens ("fell from"), or between its ends ("由…降低到…")
            opening = claim.text[max(0, first.start - 40):first.start] + " " + claim.text[first.end:second.start]
            # (every verb there: "fell to more than 15,000 in 2021, up from 2,357" says both ways)
            verbs = [1 for _ in _UP_VERB.finditer(opening)] + [-1 for _ in _DOWN_VERB.finditer(opening)]
            if not verbs and not stated:
                verb = _UP_VERB.search(claim.text) or _DOWN_VERB.search(claim.text)
                verbs = [1 if _UP_VERB.fullmatch(verb.group(0)) else -1] if verb is not None else []
            stated.extend(verbs)
            direction = next((d for d in stated if (b.value - a.value) * d < 0), 0)
            if direction:
                checks.append(Check("direction", float(direction), b.value - a.value, False,
                                    f"the claim says {'up' if direction > 0 else 'down'}, but {b.text} is "
                                    f"{'less' if b.value < a.value else 'more'} than {a.text}"))
        # a change over a span the claim states no level for: the sourced figures at its two ends give it
        # (or a level at one end only, checked on its own: "between 2013, when they numbered 10,049, and 2024")
        if claim.comparison == "from_to" and (not levels or len(levels) == 1 and levels[0].period_role == "from"):
            checks.extend(c for f in figs if (c := sides.change_over_a_span(self, f)) is not None)
        # a rate relative to a figure stated after it: "16,300 …, about 62% more than the 10,049 filed in 2013"
        for f in figs:
            if f.role != "change" or f.unit != "percent" or claim.comparison == "from_to":
                continue
            base = next((x for x in levels if x.start >= f.end), None)
            now = max((x for x in levels if x.end <= f.start and base is not None and x.unit == base.unit),
                      key=lambda x: x.start, default=None)
            after = [x for x in levels if x.start >= f.end][:2]
            if now is None and len(after) == 2 and after[0].unit == after[1].unit \
                    and _MORE_BRACKETED.fullmatch(claim.text, f.end, after[0].start) \
                    and _THAN_BRACKETED.fullmatch(claim.text, after[0].end, after[1].start):
                now, base = after       # "about 38% more patent licenses (5,998) than it received (4,351)"
                ok_gap = True
            else:
                ok_gap = base is not None and _RELATIVE_GAP.fullmatch(claim.text, f.end, base.start)
            if base is not None and now is not None and ok_gap:
                r = ar.change_percent(ar.Statement(base.value, base.half_ulp), ar.Statement(now.value, now.half_ulp))
                if r:       # (a side that is a bound, "more than 19,000", moves the change one way only)
                    checks.append(Check("change", f.value, r.mid, ar.holds_between_bounds(
                        ar.Statement(f.value, f.half_ulp, f.qualifier), r, base.qualifier, now.qualifier),
                        f"({now.text} - {base.text}) / {base.text}", of=f))
        # growth against the previous period's sourced figure
        for f in figs:
            if f.role != "growth" or claim.comparison == "from_to" or f.unit != "percent":
                continue
            cur = next((x for x in levels if x.metric == f.metric and x.period == f.period), None)
            prev = self._previous(f)
            if cur is not None and prev is not None:
                r = ar.change_percent(ar.Statement(prev.value, prev.half_ulp),
                                      ar.Statement(cur.value, cur.half_ulp))
                if r:
                    checks.append(Check("growth", f.value, r.mid, ar.holds(
                        ar.Statement(f.value, f.half_ulp, f.qualifier), r),
                        f"{cur.text} against {show(prev.value, prev.unit, prev.qualifier)} in "
                        f"{prev.period.label} ({prev.id})", of=f))
            elif cur is not None and (rise := self._sourced_rise(f)) is not None:
                # "562.5 billion, up about 10%" where the source gives the rise (51 billion), not the
                # year before: that year's level is the claim's less the rise
                before = ar.Statement(cur.value - rise.value, cur.half_ulp + rise.half_ulp)
                r = ar.change_percent(before, ar.Statement(cur.value, cur.half_ulp))
                if r:
                    checks.append(Check("growth", f.value, r.mid, ar.holds(
                        ar.Statement(f.value, f.half_ulp, f.qualifier), r),
                        f"{cur.text} against itself less the sourced rise of {show(rise.value, rise.unit)} "
                        f"({rise.id})", of=f))
        if any(f.role == "difference" for f in figs):
            checks.extend(self._rises_over_the_year_before(claim, levels))
        add_multiples(self, claim, figs, levels, checks)       # "N times the national average (of M)"
        # a percentage-point gap between two stated rates
        for f, res in zip(figs, results):
            if f.role != "pp":
                continue
            rates = [x for x in figs if x.unit == "percent" and x.role in ("growth", "level", "share")]
            kinds = {x.role for x in rates}
            if len(kinds) > 1:   # a gap is between rates of one kind: two growth rates, two shares
                rates = [x for x in rates if x.role == rates[0].role]
            if len(rates) >= 2:
                a, b = rates[0], rates[1]
                # the gap's size, whichever rate is the larger
                r = ar.size(ar.difference(ar.Statement(a.value, a.half_ulp), ar.Statement(b.value, b.half_ulp)))
                ok = ar.holds(ar.Statement(abs(f.value), f.half_ulp, f.qualifier), r)
                before = [x for x in rates if x.end <= f.start]
                after = [x for x in rates if x.start >= f.end]
                if f.direction and before and after and (before[-1].value - after[0].value) * f.direction <= 0:
                    ok = False          # "25.24%, 15 points slower than …, which grew 10.29%": the wrong way
                checks.append(Check("pp_gap", f.value, abs(a.value - b.value), ok, f"{a.text} - {b.text}", of=f))
            elif len(rates) == 1 and f.metric and f.compared_with not in (None, rates[0].metric) and f.entity \
                    and f.period and rates[0].end <= f.start and (
                    other := self._sourced(f.compared_with, f.entity, rates[0].period or f.period, rates[0].role)) is not None:
                # "grew 57.80%, nearly 30 percentage points faster than its trademark applications": the rate
                # stated against the sourced rate of what it is compared with
                a = rates[0]
                r = ar.size(ar.difference(ar.Statement(a.value, a.half_ulp), ar.Statement(other.value, other.half_ulp)))
                ok = ar.holds(ar.Statement(abs(f.value), f.half_ulp, f.qualifier), r) and not (
                    f.direction and (a.value - other.value) * f.direction <= 0)
                checks.append(Check("pp_gap", f.value, abs(a.value - other.value), ok,
                                    f"{a.text} - {sides.said(other)}", of=f))
            elif res is not None and not res.fact and all(x.role == "level" and x.metric == f.metric for x in rates) \
                    and (pair := sides.of_a_gap(self, claim, f)) is not None:
                # (a level of the rate itself stated beside it is the change's end, judged on its own)
                # "rose 18.8 percentage points between 2012 and 2021": the sourced rates it is between
                x, y = pair
                value, qualifier = f.value, f.qualifier
                if value > 0 and _DOWN_VERB.search(claim.text) and not _UP_VERB.search(claim.text):
                    value, qualifier = roles.turned(value, qualifier)     # "fell 18.8 percentage points"
                r = ar.difference(ar.Statement(x.value, x.half_ulp), ar.Statement(y.value, y.half_ulp))
                checks.append(Check("pp_gap", value, x.value - y.value, ar.holds(
                    ar.Statement(value, f.half_ulp, qualifier), r), f"{sides.said(x)} - {sides.said(y)}", of=f))
        # a stated difference: "(A …,) N more than B" is A - B = N
        for i, f in enumerate(figs):
            if f.role != "difference" or claim.comparison == "from_to" and len(levels) >= 2:
                continue        # (a rise over a span is its two ends' change: see above)
            than = claim.text.rfind("比", 0, f.start) if "比" in claim.text else -1
            if than >= 0 and not sides.BREAK.search(claim.text, than, f.start):
                # "A比B多N": B between 比 and N (when a figure), A before 比
                b = max((x for x in levels if than < x.start < f.start and x.unit == f.unit), key=lambda x: x.start,
                        default=None)
                a = max((x for x in levels if x.start < than and x.unit == f.unit), key=lambda x: x.start, default=None)
            else:
                # (in the comparison's own clause: "about 950 more than they took in, applying … in 15 cases")
                b = next((x for x in figs[i + 1:] if x.role == "level" and x.unit == f.unit), None)
                if b is not None and sides.BREAK.search(claim.text, f.end, b.start) and not _IN_BRACKETS_AFTER.match(
                        claim.text, f.end):
                    b = None
                a = max((x for x in levels if x.start < f.start and x.unit == f.unit), key=lambda x: x.start,
                        default=None)
                earlier = [x for x in levels if x.end <= f.start and x.unit == f.unit]
                later = [x for x in levels if x.start >= f.end and x.unit == f.unit]
                if a is None and len(later) == 2 and SET_AGAINST.fullmatch(claim.text, later[0].end, later[1].start):
                    a, b = later        # "exceeded the national average by 96 (110 versus 14)": the sides after it
                if b is None and len(earlier) >= 2:
                    # "A outnumbered B by N"; but "B …, A, about N more than they received": the nearer is the subject
                    a, b = (earlier[-1], earlier[-2]) if _MORE_THAN_A_VERB.match(claim.text, f.end) \
                        or roles.BARE_COMPARATIVE.match(claim.text, f.end) else (earlier[-2], earlier[-1])
            if than >= 0 and b is None and (named := self._share_of_named_figures(claim.text, f, levels, "比")):
                a, b = named          # "…19,055件,审结20,009件,结案数比收案数多954件": the two named by their words
            if a is not None and b is not None and a.value < b.value \
                    and _UNSIGNED.search(claim.text, max(0, f.start - 90), f.start):
                a, b = b, a             # "a gap of 1,647", "the difference between them": how far apart, unsigned
            if a is not None and b is not None:
                # signed: "1,355 more than" is A - B = 1,355, "1,355 fewer than" A - B = -1,355
                (ka, said_a), (kb_, said_b) = self._known(a, figs, results), self._known(b, figs, results)
                r = ar.difference(ka, kb_)
                checks.append(Check("difference", f.value, ka.value - kb_.value, ar.holds(
                    ar.Statement(f.value, f.half_ulp, f.qualifier), r), f"{said_a} - {said_b}", of=f))
            elif f.entity and f.period and (a is None or b is None) and (named := sides.of_a_difference(self, claim, f, a, b)):
                # "patent transfers outnumbered patent acquisitions by 1,355", "163 fewer than Futian District
                # People's Court", "1,954 more IP cases than the 19,055 new IP cases": the sides the claim
                # leaves unstated are their sourced figures
                x, y = named
                r = ar.difference(ar.Statement(x.value, x.half_ulp), ar.Statement(y.value, y.half_ulp))
                checks.append(Check("difference", f.value, x.value - y.value, ar.holds(
                    ar.Statement(f.value, f.half_ulp, f.qualifier), r), f"{sides.said(x)} - {sides.said(y)}", of=f))
        # an average: "99 products …, worth roughly 221 million yuan each on average" is the sourced
        # total of its metric over the count the claim states
        for f in figs:
            if f.role != "average" or not f.metric or _A_SPAN_AFTER.match(claim.text, f.end) \
                    or "average" in self.kb.metrics[f.metric].en:
                continue        # ("an average trial time of 95 days": a span of time, no count divided; a metric
                #                 that is itself an average is judged as its level)
            # (never a count of what the average itself counts: "9,694 IP cases … about 1,385 per court" is
            # of courts the claim does not count in digits)
            n = max((x for x in levels if x.start < f.start and x.unit == "count" and x.metric != f.metric),
                    key=lambda x: x.start, default=None) \
                or next((x for x in levels if x.start > f.end and x.unit == "count" and x.metric != f.metric), None)
            # the total: one the claim states in the average's unit ("0.94亿元 …, 平均每家约300万元", judged
            # on its own), else the sourced total of the average's metric
            stated = max((x for x in levels if x.start < f.start and x.unit == f.unit and x is not n
                          and (f.unit != "count" or x.metric == f.metric)), key=lambda x: x.start, default=None)
            if f.unit == "count" and (per := _X_PER_Y.match(claim.text, f.end)) is not None and all(named := [next(
                    (x for x in levels if x.unit == "count" and x.metric and stem(w) in words(self.kb.metrics[x.metric].en)),
                    None) for w in per.groups()]) and named[0] is not named[1]:
                stated, n = named       # "28.8 million items in 6,264 batches, about 4,600 items per batch"
            elif f.unit == "count" and (per := _PER_Y.match(claim.text, f.end)) is not None and (den := next(
                    (x for x in levels if x.unit == "count" and x.metric and stem(per.group(1)) in
                     words(_HEAD.split(self.kb.metrics[x.metric].en)[0])), None)) is not None and (num := max(
                    (x for x in levels if x.unit == "count" and x is not den and x.start < f.start and x.metric
                     and x.metric != den.metric),
                    key=lambda x: x.start, default=None)) is not None:
                stated, n = num, den    # "405 qualified patent attorneys across its 69 patent agencies, roughly six per agency"
            elif f.unit == "count" and sum(1 for x in levels if x.start < f.start and x.unit == "count") > 2:
                continue        # "50 bodies, 13 … and 37 …, about 118 disputes each": which counts are divided, unsaid
            # (both stated, the average needs no time: "65 products raising 15.8 billion yuan, about 240 million each")
            total_fact = None if stated is not None or not (f.entity and f.period) else \
                self._sourced(f.metric, f.entity, f.period)
            if total_fact is not None and total_fact.unit != f.unit:
                total_fact = None
            summed = ar.Statement(stated.value, stated.half_ulp) if stated is not None else \
                ar.Statement(total_fact.value, total_fact.half_ulp) if total_fact is not None else None
            if n is not None and summed is not None:
                r = ar.ratio(summed, ar.Statement(n.value, n.half_ulp))
                if r:
                    said = stated.text if stated is not None else \
                        f"{show(total_fact.value, total_fact.unit)} ({total_fact.id})"
                    checks.append(Check("average", f.value, r.mid, ar.holds(
                        ar.Statement(f.value, f.half_ulp, f.qualifier), r), f"{said} / {n.text}", of=f))
        # "A and B, a combined N": the sum of the two metrics' sourced figures
        for f in figs:
            if f.role != "combined" or not f.entity or not (period := f.period or self._only_period(f)):
                continue
            parts = [self._sourced(m, f.entity, period) for m in f.combined] if f.combined else \
                [self._sourced(f.metric, e, period) for e in f.combined_entities] if f.metric else [None]
            if all(parts):
                r = ar.total([ar.Statement(x.value, x.half_ulp) for x in parts])
                checks.append(Check("sum", f.value, sum(x.value for x in parts), ar.holds(
                    ar.Statement(f.value, f.half_ulp, f.qualifier), r),
                    " + ".join(f"{show(x.value, x.unit)} ({x.id})" for x in parts), of=f))
            elif f.combined and (floors := self._lower_bounds(f, period)) is not None:
                # "litigation costs and market losses worth more than USD 43 million combined": over USD 8
                # million and over USD 35 million are over 43 million together, and no more is known
                least = sum(x.value for x in floors)
                ok = True if f.qualifier in ("more_than", "at_least") and f.value <= least * (1 + 1e-9) else \
                    False if f.qualifier in ar.POINT_QUALIFIERS + ("less_than", "at_most") \
                    and not ar.holds(ar.Statement(f.value, f.half_ulp, f.qualifier), ar.Range(least, float("inf"))) \
                    else None
                checks.append(Check("sum", f.value, least, ok, " + ".join(
                    f"more than {show(x.value, x.unit)} ({x.id})" for x in floors) + " (a lower bound)", of=f))
        # a stated total of the other figures
        if total is not None:
            parts = parts_of(total, levels, claim.text)
            r = ar.total([ar.Statement(p.value, p.half_ulp) for p in parts])
            checks.append(Check("sum", total.value, sum(p.value for p in parts), ar.holds(
                ar.Statement(total.value, total.half_ulp, total.qualifier), r), " + ".join(p.text for p in parts)))
        # a share of two figures the claim states ("2,936 …, roughly 30% of the 9,694 …")
        for f, res in zip(figs, results):
            if f.role == "share" and f.unit == "percent" and not BELONGING.match(claim.text, f.end):
                # ("…2.7万次,三成属于战略性新兴产业": a share of the figure before whose part is not stated)
                pair = stated_share(claim.text, f, levels) or self._share_of_a_part(f, levels) \
                    or self._share_of_named_figures(claim.text, f, levels) or share_of_a_listed_part(claim.text, f, levels)
                if not pair and f.list_size and f.metric:
                    # "roughly 8% of the world's 5,000 leading brands": the metric's sourced count of the list
                    part = next((x for x in self.kb.lookup(f.metric, f.entity or "china") if x.measure == "level"
                                 and x.kind == "actual" and x.qualifier == "exact"
                                 and (f.period is None or self._period_matches(f.metric, f.period, x))), None)
                    pair = (part, Figure(f"{f.list_size:,.0f}", f.list_size, "count", "exact", 0.0, f.end, f.end)) \
                        if part is not None else None
                if not pair and res is not None and not res.fact:
                    # "made up about 40% of Shenzhen's domestic patent applications": both sides sourced
                    # (or the part stated before 占: "…32,208件,占当年国内专利申请量的一半以上")
                    pair = sides.of_a_share(self, claim, f) or sides.whole_after_zhan(self, claim, f, levels)
                if pair:
                    part, whole = pair
                    r = ar.share(ar.given(part), ar.given(whole))
                    if r:
                        # (a part larger than the whole it is said to be of is no share: the two are not part and whole)
                        checks.append(Check("share", f.value, r.mid, None if r.lo > 100 else ar.holds(
                            ar.Statement(f.value, f.half_ulp, f.qualifier), r),
                            f"{sides.said(part)} / {sides.said(whole)}", of=f))
        # "closed 8,174 of the 9,694 IP cases they accepted, a closure ratio of roughly 84%": a rate of
        # the two figures before it, the smaller of the larger
        for f, res in zip(figs, results):
            # (a rate no metric takes, or one whose metric has no sourced share: "结案率超过九成")
            if f.unit == "percent" and (f.metric is None or res is not None and not res.fact) \
                    and f.role in ("level", "share") and cues.A_RATE_OF.search(claim.text, max(0, f.start - 30), f.start):
                two = [x for x in levels if x.end <= f.start]
                if len(two) == 2 and two[0].unit == two[1].unit and two[0].value != two[1].value:
                    part, whole = sorted(two, key=lambda x: x.value)
                    r = ar.share(ar.given(part), ar.given(whole))
                    if r:
                        checks.append(Check("share", f.value, r.mid, ar.holds(
                            ar.Statement(f.value, f.half_ulp, f.qualifier), r), f"{part.text} / {whole.text}", of=f))
        # an order the claim states between two of its figures: "A (80,657) were fewer than B (86,950)"
        for a, b, sign in stated_orders(claim.text, levels, figs):
            # (rough sides the sources agree with are their sourced figures: "about 20,000 … more than the roughly
            # 19,100" is refuted when both are the same 19,055)
            (ka, said_a), (kb_, said_b) = self._known(a, figs, results), self._known(b, figs, results)
            sourced = f" (the sources: {said_a} against {said_b})" if (ka.value, kb_.value) != (a.value, b.value) else ""
            checks.append(Check("order", float(sign), ka.value - kb_.value, (ka.value - kb_.value) * sign > 0,
                                f"the claim says {a.text} is {'more' if sign > 0 else 'less'} than {b.text}{sourced}"))
        # shares the knowledge base can recompute
        for f, res in zip(figs, results):
            if f.role != "share" or res is None or not res.fact:
                continue
            for rel in self.kb.relations_giving(res.fact):
                if rel.kind == "share" and len(rel.inputs) == 2:
                    part, whole = (self.kb.facts.get(i) for i in rel.inputs)
                    if part and whole:
                        r = ar.share(ar.given(part), ar.given(whole))
                        if r:
                            checks.append(Check("share", f.value, r.mid, ar.holds(
                                ar.Statement(f.value, f.half_ulp, f.qualifier), r),
                                f"{show(part.value)} / {show(whole.value)}", of=f))
        # a change against another year the claim names, beside the one level it states ("1.63万件,比2013年增长逾八成",
        # "与2013年的10,049件相比,2024年…多出6,251件")
        if len(claim.periods) >= 2:
            checks.extend(c for f in figs if f.role in ("growth", "change", "difference", "multiple")
                          and not any(x.of is f for x in checks)
                          and (c := sides.against_another_year(self, claim, f, levels)) is not None)
        return checks

    def _rises_over_the_year_before(self, claim: Claim, levels: list[Figure]) -> list[Check]:
        """"80,657件,同比增长10.29%,比上年多出约9,500件", "reached 80,657 in 2013, an increase of about 7,500
        over 2012": the rise is the level less the year before's, which the growth rate (the claim's,
        else the sourced one) or the year before's sourced level gives."""
        out = []
        for f in claim.figures:
            if f.role != "difference" or claim.comparison == "from_to" or f.qualifier not in ar.POINT_QUALIFIERS:
                continue
            alike = [x for x in levels if x.unit == f.unit]
            # (the level before the rise, or right after it: "rose by roughly 1,100 in 2013, to 32,208")
            cur = alike[0] if len(alike) == 1 and (alike[0].end <= f.start or _TO_A_LEVEL.match(
                claim.text, f.end, alike[0].start)) else None
            if cur is None or cur.metric != f.metric or not (cur.entity and cur.period and cur.period.kind == "year") \
                    or cur.qualifier not in ar.POINT_QUALIFIERS:
                continue
            if f.period is not None and f.period.kind == "year" and f.period.start > cur.period.end:
                continue            # ("与2013年的10,049件相比,2024年…多出6,251件": sides.against_another_year's)
            earlier = year(cur.period.start.year - 1)
            if not (f.period == earlier or _OVER_THE_YEAR_BEFORE.search(claim.text)
                    or not _AGAINST_SOMETHING.search(claim.text)):
                continue            # ("2,000 more than Guangzhou's": against another place, not another year)
            rate = next((x for x in claim.figures if x.role == "growth" and x.unit == "percent" and x.metric == cur.metric
                         and x.qualifier in ar.POINT_QUALIFIERS), None)
            growth = ar.Statement(rate.value, rate.half_ulp) if rate is not None else None
            said = rate.text if rate is not None else ""
            if growth is None and (g := self._sourced(cur.metric, cur.entity, cur.period, "growth")) is not None \
                    and g.unit == "percent":
                growth, said = ar.Statement(g.value, g.half_ulp), f"{show(g.value, g.unit)} ({g.id})"
            if growth is not None:
                r = ar.rise_from_growth(ar.given(cur), growth)
                detail = f"{cur.text} * g / (1 + g), the growth rate g = {said}"
            elif (prev := self._previous(cur)) is not None:
                r = ar.difference(ar.given(cur), ar.Statement(prev.value, prev.half_ulp))
                detail = f"{cur.text} - {show(prev.value, prev.unit, prev.qualifier)} ({prev.id})"
            else:
                continue
            if r is not None:
                out.append(Check("difference", f.value, r.mid, ar.holds(ar.Statement(f.value, f.half_ulp, f.qualifier), r),
                                 detail, of=f))
        return out

    def _stated_total(self, claim: Claim) -> Figure | None:
        """The figure a claim presents as the total of its other figures ("…, a total of 2,636")."""
        levels = [x for x in claim.figures if x.role == "level"]
        if len(levels) < 3:
            return None                  # most claims: no pattern search at all
        word = _TOTAL.search(claim.text)
        counting = None if word else _COUNTING.match(claim.text)
        if counting is not None:
            # "Counting 13 people's mediation organizations and 37 commercial ones, Shenzhen had set up 50 bodies":
            # the first figure after the parts the sentence opens by counting
            cut = claim.text.find(",", max(x.end for x in levels[:2]))
            total = next((x for x in levels if cut >= 0 and x.start > cut), None)
        elif not word:
            # "50 organisations in 2024: 13 … and 37 …", "50 bodies — 13 … and 37 … —": a figure its breakdown follows
            total = next((x for x in levels if _EQUALS_A_SUM.search(claim.text, 0, x.start)), None) or next(
                (x for x, y in zip(levels, levels[1:]) if ":" in claim.text[x.end:y.start] and not _ITEMS_APART.search(claim.text, x.end, y.start)
                 or set_off(claim.text, x.end, [z for z in levels if z.start > x.start and z.unit == x.unit])), None)
        else:
            # "13 … and 37 …, 50 in all": a total word right after a figure makes that figure the total
            trailing = word.group(0).lower() in ("in all", "in total", "altogether", "combined", "together") \
                and not claim.text[word.end():word.end() + 3].strip(" ,:")[:1].isdigit()
            right_before = [x for x in levels if trailing and x.end <= word.start()
                            and not claim.text[x.end:word.start()].strip(" ,")]
            after = [x for x in levels if x.start >= word.start()]
            total = right_before[-1] if right_before else after[0] if after else levels[0]
        if total is not None and _WHOLE_OF_A_SHARE_ZH.match(claim.text, total.end):
            return None     # "两项合计不到全国…42万件的十分之一": the whole a sum is measured against, not the sum
        parts = parts_of(total, levels, claim.text) if total is not None else []
        if len(parts) < 2:
            return None
        metrics = [x.metric for x in (total, *parts)]
        if not word and counting is None and None not in metrics and len(set(metrics)) == len(metrics) and not (
                (kind := counted_by(self.kb, total.metric)) is not None
                and all(counted_by(self.kb, x.metric) == kind for x in parts)):
            return None     # "479,399 patent applications, 259,422 patent grants and 62,293 valid …": a list of
            #                 different things, no breakdown ("1,418 cases: 1,120 trademark cases, 212 …" is one)
        return total

    def _derived_result(self, f: Figure, check: Check, res: FigureResult) -> FigureResult:
        """A rate no source states (a change between two sourced years, a share of two stated
        figures) that the arithmetic of the claim's other figures gives: it holds as far as they do,
        and they are judged on their own."""
        res.verdict, res.expected = "supported", check.computed
        res.reason = (f"{f.text} agrees with the {check.kind.replace('_', ' ')} recomputed from the figures "
                      f"({check.detail} = {number(check.computed)}); no source states it as such.")
        return res

    def _total_result(self, total: Figure, checks: list[Check]) -> FigureResult:
        check = next(c for c in checks if c.kind == "sum")
        res = FigureResult(text=total.text, verdict="supported" if check.ok else "contradicted", value=total.value,
                           unit=total.unit, metric=total.metric, entity=total.entity,
                           period=total.period.code if total.period else None, role="total",
                           qualifier=total.qualifier, expected=check.computed)
        res.reason = (f"{total.text} {'is' if check.ok else 'is not'} the sum of the other figures "
                      f"({check.detail} = {show(check.computed, total.unit)}).")
        return res

    def _previous(self, f: Figure) -> Fact | None:
        """The sourced level of the year before a figure's year."""
        if not (f.metric and f.entity and f.period and f.period.kind == "year"):
            return None
        return self._sourced(f.metric, f.entity, year(f.period.start.year - 1))

    def _known(self, x: Figure, figs: list[Figure], results: list[FigureResult | None]) -> tuple[ar.Statement, str]:
        """A stated side as arithmetic takes it, and as a check's detail writes it: a rough one ("about
        6,000", "some 4,350") the claim's sourced figure agrees with is that figure (5,998, 4,351), so a
        bound on a gap between rough sides ("a gap of fewer than 1,600") is not left open by their
        rounding; any other as written."""
        if x.qualifier != "exact" or x.half_ulp:
            res = next((r for g, r in zip(figs, results) if g is x), None)
            fact = self.kb.facts.get(res.fact) if res is not None and res.fact and res.verdict == "supported" else None
            if fact is not None and fact.qualifier == "exact" and fact.unit == x.unit and fact.metric == x.metric:
                return ar.Statement(fact.value, fact.half_ulp), sides.said(fact)
        return ar.Statement(x.value, x.half_ulp), x.text

    def _sourced_rise(self, f: Figure) -> Fact | None:
        """The sourced absolute change of a figure's year over the year before."""
        if not (f.metric and f.entity and f.period and f.period.kind == "year"):
            return None
        return self._sourced(f.metric, f.entity, f.period, "difference", base=year(f.period.start.year - 1))

    def _only_period(self, f: Figure) -> Period | None:
        """The one period every part of a sum the claim gives no time for is sourced at (as a lone
        level figure takes the only period its metric has)."""
        pairs = [(m, f.entity) for m in f.combined] if f.combined else [(f.metric, e) for e in f.combined_entities]
        if not pairs or any(m is None or e is None for m, e in pairs):
            return None
        common = set.intersection(*({x.period for x in self.kb.lookup(m, e) if x.measure == "level"
                                     and x.kind == "actual"} for m, e in pairs))
        return common.pop() if len(common) == 1 else None

    def _lower_bounds(self, f: Figure, period: Period) -> list[Fact] | None:
        """The sourced figures of a sum's parts when each is a point or a lower bound ('more than')."""
        found = [self._sourced(m, f.entity, period, qualifiers=_POINT_OR_FLOOR) for m in f.combined]
        return None if None in found else found

    def _sourced(self, metric: str, entity: str, period: Period, measure: str = "level",
                 base: Period | None = None, qualifiers: tuple[str, ...] = ar.POINT_QUALIFIERS) -> Fact | None:
        """The sourced figure of a metric for an entity and period (a level, unless ``measure`` says
        otherwise; over ``base`` when given), stated as a point (not a bound, unless ``qualifiers`` admit
        one): what arithmetic on the claim's figures is recomputed against."""
        return next((x for x in self.kb.lookup(metric, entity) if x.measure == measure and x.kind == "actual"
                     and x.qualifier in qualifiers and (base is None or x.base_period == base)
                     and self._period_matches(metric, period, x)), None)

