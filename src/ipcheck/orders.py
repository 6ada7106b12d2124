"""What a claim compares beyond its figures. Comparisons made without a figure: "In 2024, Shenzhen's courts concluded more IP cases
than they newly accepted", "Longgang District People's Court took in more IP cases than Bao'an
District People's Court in 2013", "Shenzhen's PCT applications in 2024 were lower than in 2016".

Both sides must be named in full (a metric the words name wholly, a place, a period) and both must
have a sourced figure; the order of those figures settles the claim. Anything less is left
unverifiable: a side read wrongly would print a wrong verdict with no figure to show for it. And
what a supported claim says that none of its checks looked at (``what_nothing_checks``).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipcheck import cues, roles, scopes, sides
from ipcheck.citations import cited_elsewhere, dated_elsewhere
from ipcheck.directions import _order, _sourced, _sourced_change
from ipcheck.lazyre import lazy
from ipcheck.links import ELLIPTICAL as _ELLIPTICAL
from ipcheck.matching import words
from ipcheck.model import Fact
from ipcheck.ranking import refused_for
from ipcheck.verdicts import Check, Verdict, show

if TYPE_CHECKING:
    from ipcheck.claims import Claim
    from ipcheck.judge import Judge

def order_without_figures(judge: Judge, claim: Claim) -> Verdict | None:
    """The verdict on a claim that compares two sourced quantities and states no figure, or None
    when its two sides cannot both be named and found."""
    found = _order_checks(judge, claim)
    if found is None:
        return None
    checks, told = found
    comparatives = list(_PATTERN.finditer(claim.text)) if claim.text.count("than") > 1 or "," in claim.text else []
    for prev, m in zip(comparatives, comparatives[1:]):
        # "… fewer … than they accepted in 2013, but in 2024 they concluded more than they took in": each order
        # in its own clause, all of them settled, or none is
        cut = _CLAUSE_OPENS.search(claim.text, prev.end(), m.start())
        more = _order_checks(judge, claim, cut.end()) if cut is not None else None
        if more is None:
            return None
        checks, told = checks + more[0], told + more[1]
    ok = all(c.ok for c in checks)
    verdict = "supported" if ok else "contradicted"
    said = "; ".join(t for t, c in zip(told, checks) if ok or not c.ok)
    reason = f"{verdict.capitalize()}: the claim states no figure, and compares two the sources give: {said}."
    return Verdict(claim.line, claim.text, verdict, reason, [], checks)


def _order_checks(judge: Judge, claim: Claim, start: int = 0) -> tuple[list[Check], list[str]] | None:
    """The checks of an order the claim states between two sourced quantities it gives no figure for
    (the left side named from ``start``: the clause the comparison is in), and what each found; None
    when its two sides cannot both be named and found."""
    m = _PATTERN.search(claim.text, start)
    if m is None:
        return None
    sign = 1 if (m.group("more") or m.group("outdid") or m.group("more_zh") or m.group("faster") or m.group("above")) else -1
    # "imports grew faster than exports": their growth rates, not their levels
    measure = "growth" if (m.group("faster") or m.group("slower") or m.group("lagged") and _RATE_WORDS.search(
        claim.text, start, m.start())) else "level"
    if measure == "level" and _GROWTH_NAMED.search(claim.text, start, m.start()):
        measure = "growth"      # "核准注册商标的增速高于…的增速", "growth in A outpaced growth in B": the rates
    if _SHARE_WORDS.search(claim.text, start, m.start()):
        measure = "share"       # "Shenzhen's share of all patents granted in China was higher": shares, not levels
    if _RANKED.search(claim.text, max(start, m.start() - 16), m.start()):
        measure = "rank"        # "its trademarks ranked higher … than its invention patents": their places, not sizes
    said_order = "more" if sign > 0 else "less"
    if _NEGATED.search(claim.text, max(0, m.start() - 30), m.start()):
        # "did not close more IP cases than they took in", "结案数未超过收案数": the other way round
        sign, said_order = -sign, "not " + said_order
    # (the noun between the comparative and 'than' is the left side's: "concluded more IP cases than")
    cut = m.end() - 4 if m.group(0).lower().endswith("than") else m.start()
    left_text, right_text = claim.text[start:cut], claim.text[m.end():]
    kb = judge.kb
    # the left side must name one metric in full (in a clause after the figures, the words it shares
    # with the clauses before may be there: "新收知识产权案件19055件，但审结数量…" is 审结 知识产权案件)
    left = [x for x in kb.metric_index.best(claim.text, left_text) if x.in_focus >= x.alias.weight[0]
            or start and x.in_focus > 0]
    if not left or (len(left) > 1 and left[1].score[:3] == left[0].score[:3]) \
            or refused_for(kb, left_text, left[0].target) is not None:
        return None         # (nor a metric the words rule out: "filed fewer PCT grants …" names no PCT filings)
    left_metric = left[0].target
    right = [x for x in kb.metric_index.best(claim.text, right_text) if x.in_focus > 0]
    if right and len(right) > 1 and right[1].in_focus == right[0].in_focus:
        # "imports grew faster than its IP royalty exports": of metrics its words name alike, one they
        # name in full is meant ("than its imports" names none in full: left unread)
        tied = [x for x in right if x.in_focus == right[0].in_focus]
        right = [x for x in tied if x.in_focus >= x.alias.weight[0]]
        if not right:
            # "imports grew faster than its exports", "took in more patent licenses than it granted": the left
            # side's name with the word the right side changes; the one sharing most of the left's words
            mine, said = set(left[0].alias.keywords), set(words(right_text))
            targets = {x.target for x in tied} - {left[0].target}
            swapped = {a.target for a in kb.metric_index.aliases if a.target in targets and not a.chinese
                       and len(kw := set(a.keywords)) == len(mine) and len(kw - mine) == 1 and kw - mine <= said}
            right = [x for x in tied if x.target in swapped] if len(swapped) == 1 else []
        if len({x.target for x in right}) != 1:
            return None
    # (the right side may leave the noun out: "than they newly accepted" are accepted cases)
    right_metric = right[0].target if right else left_metric
    # a side summed over the years ("than in all the years up to the end of 2013 combined"): the total to date
    left_metric, right_metric = (kb.metrics[x].cumulative if kb.metrics[x].cumulative and _SUMMED_OVER_YEARS.search(words)
                                 else x for x, words in ((left_metric, left_text), (right_metric, right_text)))
    mentions = kb.entity_index.find(claim.text, kb.word_bigrams())
    left_places = [e for e, s, _ in mentions if s < m.start()]
    right_places = [e for e, s, _ in mentions if s >= m.end()]
    left_entity = left_places[0] if left_places else None
    if not right_places and left_entity is not None and kb.entities[left_entity].kind == "court" \
            and (whose := _ELLIPTICAL.match(claim.text, m.end())) is not None:
        # "Longgang's court handled fewer new IP cases than Luohu's": the court of the place named
        right_places = [e for e, _, _ in kb.entity_index.find(f"{whose.group(1)}'s court", kb.word_bigrams())]
    right_entity = right_places[0] if right_places else left_entity
    named = {e for e in right_places if not any(o != e and kb.is_within(o, e) for o in right_places)}
    if left_entity is None or len(named) > 1 or _COMBINED.search(right_text) and _TWO_NAMED.search(right_text):
        return None         # ("than the Futian and Luohu district courts combined": a sum of sides, unread)
    if right_entity != left_entity and kb.entities[left_entity].kind == "court" \
            and kb.entities[right_entity].kind == "district":
        # "Nanshan court accepted more IP cases than Futian's": the court of the district named
        courts = [e for e, x in kb.entities.items() if x.kind == "court" and kb.is_within(e, right_entity)]
        right_entity = courts[0] if len(courts) == 1 else right_entity
    periods = claim.periods
    if not periods:
        return None
    before = list(dict.fromkeys(p.period for p in periods if start <= p.start < m.start())) \
        or list(dict.fromkeys(p.period for p in periods if p.start < m.start())) or [periods[0].period]
    if (unlike := _UNLIKE_IN.search(claim.text)) is not None:
        # "Unlike in 2013, … concluded more IP cases in 2024 than they took in": the order of the other year
        inside = [p.period for p in periods if m.start() <= p.start < m.end() and p.start != unlike.start(1)]
        before = inside or [t for t in before if str(t.start.year) != unlike.group(1)] \
            or [p.period for p in periods if p.start >= m.end()][:1] or before      # ("… than they took in during 2024")
    after = next((p.period for p in periods if p.start >= m.end()), None)
    # "与2013年一样,2024年…结案数少于收案数", "as in 2013, in 2024 …": one order said of every year named
    # before it (when the other side names no time of its own)
    times = [(t, after or t) for t in before] if after is None else [(before[0], after)]
    if after is not None and _AS_IN_A_YEAR.search(claim.text) is not None:
        # "Just as in 2024, Shenzhen's courts closed more IP cases than they accepted in 2013": the same order
        # said of each year, both sides in it (never 2024's closures against 2013's intake)
        times = [(t, t) for t in dict.fromkeys(p.period for p in periods)]
    checks, told = [], []
    plan = [(left, right, sign, said_order) for left, right in times]
    if unlike is not None and (year_unlike := next((p.period for p in periods if p.start == unlike.start(1)), None)):
        # (and the year it is unlike had the other order: "Unlike in 2012, …" needs 2012's figures too)
        plan.append((year_unlike, year_unlike, -sign, _TURNED_ORDER.get(said_order, said_order)))
    for left_period, right_period, sign, said_order in plan:
        if (left_metric, left_entity, left_period) == (right_metric, right_entity, right_period):
            return None                         # the same thing on both sides: nothing read right
        a = _sourced(judge, left_metric, left_entity, left_period, measure)
        b = _sourced(judge, right_metric, right_entity, right_period, measure)
        if a is not None and b is None and measure == "level" and (left_metric, left_entity) == (right_metric, right_entity) \
                and right_period.kind == left_period.kind == "year" \
                and right_period.start.year == left_period.start.year - 1 \
                and (moved := _sourced_change(judge, left_metric, left_entity, left_period)) is not None:
            # "more invention patent grants in 2013 than in 2012": the sourced change over that year settles it
            said = f"{judge._names(left_metric, left_entity, left_period)} against the year before: {moved[0]}"
            _tell(checks, told, sign, said_order, said, moved[1], (moved[1] > 0) == (sign > 0))
            continue
        if a is not None and b is None and measure == "level" and (left_metric, left_period) == (right_metric, right_period) \
                and right_entity != left_entity and kb.entities[right_entity].kind == "country" \
                and (times_x := _sourced(judge, left_metric, left_entity, left_period, "multiple")) is not None \
                and "national" in times_x.quote.lower() + (times_x.whole or "").lower() and times_x.value != 1:
            # "… per 10,000 people in 2016 were well above the national average": 10 times it, the sources say
            said = f"{judge._names(left_metric, left_entity, left_period)} {show(times_x.value, times_x.unit)} the national " \
                   f"figure ({times_x.id})"
            _tell(checks, told, sign, said_order, said, times_x.value - 1, (times_x.value > 1) == (sign > 0))
            continue
        if a is not None and b is not None and _REST_OF.match(right_text) and kb.is_within(left_entity, right_entity) \
                and a.qualifier == b.qualifier == "exact" and a.unit == b.unit and a.value * 2 != b.value:
            # "fewer patent agencies than the rest of Shenzhen combined": the whole less the part
            said = (f"{judge._names(left_metric, left_entity, left_period)} {show(a.value, a.unit)} ({a.id}) against the "
                    f"rest of {kb.entities[right_entity].en}, {show(b.value - a.value, b.unit)} ({b.id} less it)")
            _tell(checks, told, sign, said_order, said, 2 * a.value - b.value, (a.value * 2 > b.value) == (sign > 0))
            continue
        if a is not None and b is not None and (kb.dispute_of(a.id) or kb.dispute_of(b.id)
                                                or _versions_differ(judge, left_metric, left_entity, left_period, measure)
                                                or _versions_differ(judge, right_metric, right_entity, right_period, measure)):
            return None         # (a figure the versions disagree on settles no order: 3 associate-senior titles or 2)
        if a is None or b is None or a.unit != b.unit or measure == "rank" and (
                a.scope != b.scope or not scopes.matches(scopes.claimed_scope(claim.text, m.start(), m.end()), a.scope)):
            return None
        order = _order(a, b) * (-1 if measure == "rank" else 1)        # (first place ranks highest)
        if order == 0 and (reached := _order(a, b, reach=True)) not in (0, sign):
            order = reached         # "fewer items in 2024 (28.8 million) than in 2013 (more than 2.9 million)":
            #                         a lower bound refutes up to five times itself, never supports
        if order == 0:
            return None
        said = (f"{judge._names(left_metric, left_entity, left_period)} {show(a.value, a.unit, a.qualifier)} "
                f"({a.id}) against {judge._names(right_metric, right_entity, right_period)} "
                f"{show(b.value, b.unit, b.qualifier)} ({b.id})")
        _tell(checks, told, sign, said_order, said, a.value - b.value, order == sign)
    return checks, told


def _tell(checks: list[Check], told: list[str], sign: int, said_order: str, said: str, computed: float, ok: bool) -> None:
    """One order settled: its check, and what the verdict's reason tells of it."""
    checks.append(Check("order", float(sign), computed, ok, f"the claim says the first is {said_order}: {said}"))
    told.append(said + ("" if ok else _wrong(said_order)))


_COMBINED = lazy(r"\b(?:combined|together|between\s+them|in\s+all|in\s+total)\b|之和|合计|总和", re.I)
_TWO_NAMED = lazy(r"\band\b|和|与|、")
_RANKED = lazy(r"\b(?:rank(?:ed|s)?|plac(?:ed|es))\s+$|(?:排名|排位|位次)\s*$", re.I)
_RATE_WORDS = lazy(r"\b(?:growth|grew|rate|rise|increase)\b", re.I)
_PATTERN = lazy(r"\b(?P<more>more|higher|greater|larger)(?:\s+[\w'-]+){0,6}?\s+than\b"
                r"|\b(?:well\s+|far\s+)?(?:(?P<above>above)|below)\s+(?=(?:the|its|their)\s+(?!\d))"
                r"|\b(?P<fewer>fewer|less|lower|smaller)(?:\s+[\w'-]+){0,6}?\s+than\b"
                r"|\b(?P<outdid>outnumber(?:ed|s)?|exceed(?:ed|s)?|surpass(?:ed|es)?)\b"
                r"|\b(?P<faster>faster)\s+than\b|\b(?P<slower>slower)\s+than\b"
                r"|\b(?P<lagged>lagg(?:ed|ing)\s+behind|trail(?:ed|ing)|outpaced\s+by)\b"    # "export growth … lagged behind import growth"
                r"|(?P<more_zh>多于|高于|超过|大于)|(?P<fewer_zh>少于|低于|小于|不及)", re.I)


_SUMMED_OVER_YEARS = lazy(r"\b(?:all\s+(?:the\s+)?(?:previous\s+|prior\s+|earlier\s+)?years|combined|in\s+total|"
                          r"cumulative(?:ly)?|accumulated|to\s+date)\b|累计|历年", re.I)
_SHARE_WORDS = lazy(r"\b(?:share|proportion|percentage|portion|fraction)\b|占比|比重|份额|比例", re.I)
_THAN_THE_YEAR_BEFORE = lazy(r"than\s+" + roles.THE_YEAR_BEFORE + r"|\b(?:more|higher|greater|larger|fewer|less|lower|smaller)"
                             r"\s+than\s+(?:(?:in\s+)?(?:19|20)\d\d\b|(?:at|in)\s+the\s+(?:start|beginning|outset)\s+of\b)",
                             re.I)     # (never "faster than in 2012": two rates)


# words saying a goal was met ("reached that mark", "met the target", "如期实现") or missed
_GOAL_MET = lazy(r"\b(?:reached|met|hit|achieved|attained|fulfilled|exceeded|surpassed|beat)\s+(?:(?:that|the|this|its|their)\s+"
                 r"(?:mark|goal|target|objective|level)|it\b|them\b)|\bon\s+schedule\b|\b(?:target|goal)s?\s+(?:met|reached|achieved|hit)\b"
                 r"|(?:如期|提前|已经?)(?:实现|完成|达到)|达标|兑现了?|(?:实现|完成|达到)了?[^，。,;；]{0,12}目标"
                 # or that it was missed: "failed to reach its goal of more than 92 by 2020"
                 r"|(?P<missed>\b(?:failed\s+to\s+(?:reach|meet|hit|achieve|attain)|missed|fell\s+short\s+of|"
                 r"did\s+not\s+(?:reach|meet|hit|achieve))\b|(?:未能?|没有|没能)(?:实现|完成|达到))", re.I)


def _outcome_of(judge: Judge, goal: Fact) -> Fact | None:
    """The sourced actual figure for the metric, place and time a goal was set for."""
    return next((x for x in judge.kb.lookup(goal.metric, goal.entity) if x.kind == "actual" and x.measure == goal.measure
                 and judge._period_matches(goal.metric, goal.period, x)), None)


# a course over years stated beside a figure: "kept climbing after 2016", "has risen every year since 2013"
_TREND_SINCE = lazy(r"\b(?:(?:kept|keeps|keep)\s+(?:on\s+)?(?:climbing|rising|growing|increasing|falling|declining|dropping)"
                    r"|(?:climbing|rising|growing|increasing|falling|declining|dropping|rose|fell|grew|climbed|declined|"
                    r"dropped|increased|decreased|risen|grown|fallen)\s+(?:steadily\s+|every\s+year\s+|each\s+year\s+)?"
                    r"(?:ever\s+)?(?:after|since)\s+(?:19|20)\d\d)", re.I)


_CLAUSE_OPENS = lazy(r".*[,，;；]\s*(?:(?:but|and|while|yet|但|而|且)\s*)?", re.S)     # the last cut before a place


def _settled(judge: Judge, claim: Claim, results: list, checks: list[Check]) -> Verdict:
    """The verdict of a claim whose figures agree, once the last of ``checks`` has settled what else it says."""
    verdict = "supported" if checks[-1].ok else "contradicted"
    return Verdict(claim.line, claim.text, verdict, judge._reason(verdict, results, checks), results, checks)


def _wrong(said_order: str) -> str:
    """How the sourced order differs from the one the claim states."""
    if said_order.startswith("not "):
        return f", and the first is {said_order.removeprefix('not ')}"
    return ", the other way round"


def _versions_differ(judge: Judge, metric: str, entity: str, period, measure: str) -> bool:
    """Do the sources' versions of one figure give different points (the English 3, the Chinese 2)?"""
    points = {x.value for x in judge.kb.lookup(metric, entity) if x.measure == measure and x.kind == "actual"
              and x.qualifier == "exact" and judge._period_matches(metric, period, x)}
    return len(points) > 1


_REST_OF = lazy(r"\s*(?:the\s+)?rest\s+of\b|\s*(?:全市)?其[余他]", re.I)
_GROWTH_NAMED = lazy(r"\b(?:growth|growth\s+rate|rate\s+of\s+growth)\s+(?:in|of)\b|\bgrowth\s+rate\b|增速|增长率|增幅|增长速度", re.I)
_TURNED_ORDER = {"more": "less", "less": "more", "not more": "more", "not less": "less"}
_UNLIKE_IN = lazy(r"\b(?:unlike|contrary\s+to)\s+(?:in\s+)?((?:19|20)\d\d)\b|(?:与|和|同)((?:19|20)\d\d)年(?:不同|相反)", re.I)
_AS_IN_A_YEAR = lazy(r"\b(?:just\s+|much\s+)?(?:as|like)\s+(?:in\s+)?(?:19|20)\d\d\b|(?:与|和|同)(?:19|20)\d\d年(?:相同|一样)", re.I)


# a denial just before the comparative (its verb between): "did not close more", "never exceeded", 未超过
_NEGATED = lazy(r"(?:\b(?:not|never)|n't)\s+(?:[\w'-]+\s+){0,2}$|(?:没有|未|并未|并不|不)$", re.I)


# -- what a supported claim says that none of its checks looked at ---------------------------------

# a document the claim names by its year: "the city's 2013 white paper", "the 2024 report", "2013年…白皮书"
_CITED_DOCUMENT = lazy(r"\b((?:19|20)\d\d)\s+(?:IP\s+|intellectual\s+property\s+)?(?:white\s+paper|report)\b"
                       r"|((?:19|20)\d\d)年(?:度)?(?:知识产权(?:发展)?(?:状况)?)?(?:白皮书|报告)", re.I)
_TITLE_YEAR = lazy(r"(?:19|20)\d\d")


def _document_year(source) -> str:
    """The year a document is named by: the one in its title, else the year it is dated."""
    found = _TITLE_YEAR.search(source.title)
    return found.group(0) if found else source.date[:4]

# a figure that is only what something else is compared with: "exceeding the 420,000 recorded in 2021"
# (not "exceeded the 80,000 mark", a bound on the claim's own figure)
_EXCEEDS_A_FIGURE = lazy(r"\b(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|outnumber(?:ed|ing|s)?|topp(?:ed|ing)|tops?|"
                         r"f(?:e|a)ll(?:s|ing)?\s+short\s+of|f(?:e|a)ll(?:s|ing)?\s+below|"
                         r"beat(?:ing|s)?|outstripp(?:ed|ing)|overt(?:ook|aking|akes)|(?:higher|lower|more|less|fewer|"
                         r"greater|smaller|larger)\s+than)\s+(?:the|its|their|(?:19|20)\d\d['’]s)\s+"
                         r"(?P<own>(?:more\s+than|over|nearly|almost|about|roughly|some|around)\s+)?(?=\d)"   # ("the more than 145,000")
                         # "占全国总量的比重低于2013年的48.10%": what the claim gives no figure for is below it
                         r"|(?:超过|高于|低于|多于|少于|不及|超出|不到|不足)了?(?:[^，,。；;\d]{0,6}(?:19|20)\d\d年(?:底|末)?)?"
                         r"(?:[^，,。；;\d]{0,12}的)?(?=\d)",
                         re.I)
_SECOND_ONLY_TO = lazy(r"\b(?:second|next)\s+only\s+to\s+\S+|\bbehind\s+only\s+\S+|仅次于\S{1,12}", re.I)
# a superlative over a group, or over the years: "the lightest caseload of any court", "the leading
# major city in the country", "the best result in the Greater Bay Area", "全国最高" (never "the most recent")
_UNREAD_SUPERLATIVE = lazy(r"\bthe\s+(?:highest|lowest|largest|smallest|biggest|greatest|heaviest|lightest|busiest|"
                           r"fewest|least|most(?!\s+(?:recent|recently|important|notably|likely)\b)|best|worst|"
                           r"strongest|weakest|fastest|slowest|top|leading)\b"
                           r"(?:\s+[\w'-]+){0,6}?\s+(?:of|among|in|across|on\s+record|ever|by\s+any)\b"
                           r"|\bahead\s+of\s+(?:every|all|any)\b"
                           # ("…, the Futian court took in the most."): a superlative closing its clause
                           r"|\bthe\s+(?:most|fewest|least|highest|lowest|largest|smallest|biggest)\s*(?:[.,;!]|$)"
                           r"|最(?:多|高|大|少|低|快|慢|好|强|佳|前)|之最|前列|居首|首位", re.I)


def _superlative_hint(low: str, text: str) -> bool:
    """Might ``text`` (``low`` lower-cased) hold one of ``_UNREAD_SUPERLATIVE``'s superlatives? Substring tests
    before the pattern."""
    return "est " in low or "most" in low or "est." in low or "est," in low or "least " in low or "top " in low or "leading " in low or "ahead of" in low \
        or "最" in text or "前列" in text or "居首" in text or "首位" in text


_FEWEST_OF = lazy(r"\bthe\s+(?:fewest|least|lowest|smallest)\s+(?:of|among)\b"
                  r"|\b(?:fewer|less|lower|smaller)\s+(?:[\w'-]+\s+){0,6}?than\s+(?:any|all)\s+other\b", re.I)
# checks that weigh both sides of a comparison (a direction checks one figure against its own past)
_SETTLING = ("order", "difference", "pp_gap", "multiple", "change", "change_times", "share")
_COMPARING = ("order", "difference", "pp_gap", "multiple", "change", "change_times", "direction", "growth", "share")
_PLACES = ("city", "district", "abroad")      # (a nation or province is as often the yardstick: "first in Guangdong")


# a fraction in words, wherever it stands ("took about a quarter", "三分之一", "过半")
_A_FRACTION = lazy(r"\b(?:a|one|two|three|four|five)[ -](?:quarters?|thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b"
                   r"|\b(?:about|nearly|almost|roughly|over|under|more\s+than|less\s+than|some)\s+half\b"
                   r"|[一二三四五六七八九十]分之[一二三四五六七八九]|过半|近半|逾半|一半", re.I)


def _unread_share_words(claim: Claim) -> str | None:
    """A share in words that no figure of the claim was read as ("the Futian District Court took about a
    quarter", "slipped from about half to about a third"): a share nothing checked."""
    low = claim.text.lower()
    if not ("quarter" in low or "third" in low or "fifth" in low or "sixth" in low or "tenth" in low or "half" in low
            or "分之" in claim.text or "半" in claim.text):
        return None
    share = next((m for m in _A_FRACTION.finditer(claim.text)
                  if not any(f.start < m.end() and m.start() < f.end for f in claim.figures)), None)
    return share.group(0) if share is not None else None


def _unread_share_reason(words: str) -> str:
    return f"Unverifiable: the claim gives a share in words ('{words}') that no figure here was read as, so nothing checked it"


def unread_share(claim: Claim, verdict: Verdict | None) -> Verdict | None:
    """``verdict``, unless it is supported while the claim gives a share in words nothing checked, which
    leaves the claim unverifiable."""
    if verdict is None or verdict.verdict != "supported" or (words := _unread_share_words(claim)) is None:
        return verdict
    return Verdict(claim.line, claim.text, "unverifiable", _unread_share_reason(words) + ".", verdict.figures,
                   verdict.checks)


def what_nothing_checks(judge: Judge, claim: Claim, results: list, checks: list[Check]) -> Verdict | None:
    """An unverifiable verdict for a claim whose figures all agree but which says more: a comparison
    with something it gives no figure for ("accepted 972 IP cases, more than the Longgang District
    People's Court"), or a place none of its figures is of ("…, more than Beijing did that year").
    None when nothing is left unchecked."""
    def agree() -> str:
        # Built only when a verdict is returned: this runs on every supported claim.
        return judge._reason("supported", results, checks).removeprefix("Supported: ")
    sources = {r.source for r in results if r is not None and r.source}      # (the documents its figures agree with)
    if ("white paper" in claim.text or "report" in claim.text or "白皮书" in claim.text or "报告" in claim.text) \
            and (cited := _CITED_DOCUMENT.search(claim.text)) is not None:
        year_named = next(y for y in cited.groups() if y)
        if sources and not any(_document_year(judge.kb.sources[s]) == year_named for s in sources):
            # "according to the city's 2012 white paper, … in 2013": the figures agree, but with another
            # document than the one the claim cites
            titles = "; ".join(judge.kb.sources[s].title for s in sorted(sources))
            return Verdict(claim.line, claim.text, "unverifiable",
                           f"Unverifiable: the claim cites a document of {year_named} ('{cited.group(0).strip()}'); "
                           f"its figures agree with {titles}, which is not it ({agree()})", results, checks)
    if (cited := cited_elsewhere(judge.kb, claim.text, sources)):
        # "Invest Shenzhen reported that courts in Shenzhen accepted 9,694 IP cases in 2013": another document's figure
        return Verdict(claim.line, claim.text, "unverifiable",
                       f"Unverifiable: the claim cites {cited}; its figures agree with another document ({agree()})",
                       results, checks)
    if ("all " in claim.text or "All " in claim.text or "全部" in claim.text or "全都" in claim.text) \
            and (every := sides.all_of_them(judge, claim, results)) is not None:
        check, words = every
        if check is not None:
            return _settled(judge, claim, results, [*checks, check])
        # "secured convictions in all 259 IP-crime cases they handled": said of every one, which nothing here settles
        return Verdict(claim.line, claim.text, "unverifiable",
                       f"Unverifiable: the claim says something of all of them ('{words}') that no sourced figure here "
                       f"settles; its figures agree ({agree()})", results, checks)
    if (when := dated_elsewhere(judge.kb, claim.text, sources)):
        # "At a press conference in August 2021, CNIPA said …": the figures were given at one held on 24 August 2022
        return Verdict(claim.line, claim.text, "unverifiable",
                       f"Unverifiable: the claim dates the press conference to {when}; its figures agree with one held "
                       f"at another date ({agree()})", results, checks)
    low = claim.text.lower()
    compared = cues.compares_with_words(claim.text)
    if compared and _THAN_THE_YEAR_BEFORE.search(compared) and any(f.role == "growth" for f in claim.figures):
        compared = None         # "28.08% more than a year earlier": the growth rate's own base, checked with it
    if compared and (fewest := _FEWEST_OF.search(claim.text)) is not None:
        # "14 IP cases, the fewest of any court in the city": the other parts of a sourced total settle it
        level = next((f for f, r in zip(claim.figures, results) if f.role == "level" and f.end <= fewest.start()
                      and r is not None and r.verdict == "supported"), None)
        least = judge.least_among_parts(claim, level, fewest.start()) if level is not None else None
        if least is not None:
            return _settled(judge, claim, results, [*checks, least])
    if compared is None and ("outnumber" in low or "xceed" in low or "surpass" in low or "topped" in low or "outstrip" in low
                             or "trail" in low or "lagged" in low or "short of" in low) \
            and (named := sides.A_NAMED_METRIC.search(claim.text)) is not None \
            and not any(f.start >= named.end() for f in claim.figures):
        # "patent acquisitions, at 25,612, outnumbered its patent transfers": the other side named in words only
        against = sides.against_a_named_metric(judge, claim, results, named)
        if against is not None:
            return _settled(judge, claim, results, [*checks, against])
        compared = named.group(0)
    if compared and (against := sides.against_its_own_year(judge, claim, results, compared)) is not None:
        # "16,300 PCT applications in 2024, more than in 2016", "高于2016年的水平": that year's sourced figure
        return _settled(judge, claim, results, [*checks, against])
    if compared and "比" in claim.text and (against := sides.against_a_side_named_zh(judge, claim, results)) is not None:
        return _settled(judge, claim, results, [*checks, against])      # "…237,790件,比2024年全年的商标注册量还多"
    if compared and (against := _against_another(judge, claim, results)) is not None:
        # "972 IP cases, more than the Longgang District People's Court": that court's sourced figure settles it
        return _settled(judge, claim, results, [*checks, against])
    if compared and not any(c.kind in _COMPARING for c in checks) \
            and (clause := _CLAUSE_OPENS.search(claim.text, 0, claim.text.find(compared))) is not None \
            and not any(clause.end() <= f.start for f in claim.figures) \
            and (ordered := _order_checks(judge, claim, clause.end())) is not None:
        # "新收知识产权案件19055件，但审结数量不及收案数": an order of two sourced figures in a clause
        # of its own, after the figures
        return _settled(judge, claim, results, [*checks, min(ordered[0], key=lambda c: c.ok)])
    if compared and not any(c.kind in _COMPARING for c in checks) \
            and (against := sides.subject_against_a_figure(judge, claim, results, _NEGATED)) is not None:
        return _settled(judge, claim, results, [*checks, against])
    if compared and not any(c.kind in _COMPARING for c in checks) \
            and not any(f.role in ("difference", "pp", "multiple", "change") or f.role == "rank"
                        and f.start <= claim.text.find(compared) < f.end + 2 for f in claim.figures):
        return Verdict(claim.line, claim.text, "unverifiable",
                       f"Unverifiable: the claim makes a comparison ('{compared}') one side of which it gives no figure for, and "
                       f"no sourced figure here settles it; its figures agree ({agree()})", results, checks)
    exceeded = _EXCEEDS_A_FIGURE.search(claim.text) if ("xceed" in low or "surpass" in low or "outnumber" in low
                                                        or "top" in low or "beat" in low or "outstrip" in low
                                                        or "overt" in low or " than " in low or "于" in low
                                                        or "超" in low or "不及" in low or "不到" in low or "不足" in low or "short" in low
                                                        or "below" in low) else None
    if exceeded and not any(c.kind in _SETTLING for c in checks):
        side = next((f for f in claim.figures if f.start == exceeded.end()), None)
        if side is not None and (side.qualifier == "exact" or exceeded.group("own")) and not any(
                f.role == "level" and f.end <= exceeded.start() for f in claim.figures):
            # "rose again in 2022, exceeding the 420,000 recorded in 2021": 420,000 is only what is
            # compared with; the claim gives no figure for what exceeded it
            return Verdict(claim.line, claim.text, "unverifiable",
                           f"Unverifiable: the claim compares something with {side.text} ('{exceeded.group(0).strip()} "
                           f"{side.text}') and gives no figure for it; {side.text} itself agrees ({agree()})",
                           results, checks)
    if claim.target and (met := _GOAL_MET.search(claim.text)) is not None and not (
            met.group("missed") and any(c.kind == "order" for c in checks)):   # ("16,300 in 2024 fell short of the
        #                                                                        22,000 targeted for 2020": an order, checked)
        goals = [r for r in results if r is not None and r.fact and judge.kb.facts[r.fact].kind != "actual"]
        if goals and _outcome_of(judge, judge.kb.facts[goals[0].fact]) is None:
            # "set a goal of more than 92 by 2020, and reached that mark": the goal is sourced, its outcome not
            x = judge.kb.facts[goals[0].fact]
            return Verdict(claim.line, claim.text, "unverifiable",
                           f"Unverifiable: the claim says whether the goal was met ('{met.group(0).strip()}'); the sources give "
                           f"the goal, {show(x.value, x.unit, x.qualifier)} for {x.period.label}, and no outcome for "
                           f"that time ({agree()})", results, checks)
    if ("since " in claim.text or "after " in claim.text or "kept " in claim.text or "keep" in claim.text) \
            and not any(c.kind == "direction" for c in checks) and (trend := _TREND_SINCE.search(claim.text)) is not None:
        # "kept climbing after 2016, reaching 16,300 in 2024": a course over the years no check here followed
        return Verdict(claim.line, claim.text, "unverifiable",
                       f"Unverifiable: the claim says how the figure moved over the years ('{trend.group(0)}'), which "
                       f"no sourced figure here settles; its figures agree ({agree()})", results, checks)
    if not any(f.role in ("rank", "streak") or f.record for f in claim.figures) \
            and not any(c.kind == "order" for c in checks) and _superlative_hint(low, claim.text) \
            and (top := _UNREAD_SUPERLATIVE.search(claim.text)) is not None:
        # "972 new IP cases, the lightest caseload of any Shenzhen court", "the highest total of any city":
        # a rank over others, or over the years, that none of its figures states and nothing here settles
        return Verdict(claim.line, claim.text, "unverifiable",
                       f"Unverifiable: the claim also ranks what it counts ('{top.group(0).strip()}'), which no "
                       f"sourced figure here settles; its figures agree ({agree()})", results, checks)
    if ("only" in claim.text or "仅次于" in claim.text) and (first := _SECOND_ONLY_TO.search(claim.text)) is not None:
        # "second only to Futian's among Shenzhen's district courts": who is first, no check here says
        return Verdict(claim.line, claim.text, "unverifiable",
                       f"Unverifiable: the claim also says who comes first ('{first.group(0).strip()}'), which no "
                       f"sourced figure here settles; its figures agree ({agree()})", results, checks)
    if (share := _unread_share_words(claim)) is not None:
        return Verdict(claim.line, claim.text, "unverifiable", f"{_unread_share_reason(share)}; its figures agree "
                       f"({agree()})", results, checks)
    unfigured = _places_without_figures(judge, claim)
    if unfigured:
        names = " and ".join(judge.kb.entities[e].en for e in unfigured)
        return Verdict(claim.line, claim.text, "unverifiable",
                       f"Unverifiable: the claim also speaks of {names}, which the knowledge base has no figures "
                       f"for; its figures agree ({agree()})", results, checks)
    return None


# "more than the Longgang court", "fewer IP cases than Futian District People's Court", "多于龙岗区人民法院"
_THAN_ANOTHER = lazy(r"\b(?:(?P<more>more|higher|greater|larger|bigger)|(?P<fewer>fewer|less|lower|smaller))"
                     r"(?:\s+[\w'-]+){0,4}?\s+than\s+(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?"
                     r"|(?:(?P<more_zh>多于|高于|超过)|(?P<fewer_zh>少于|低于))", re.I)


_NOTHING_MORE = lazy(r"(?:'s|’s|的)?(?:\s*(?:did|does|had|has|was|were|in\s+(?:that|the\s+same)\s+year|that\s+year))*"
                     r"\s*(?:[,.;:!?。，；：！？]|$)", re.I)


def _against_another(judge: Judge, claim: Claim, results: list) -> Check | None:
    """The order of a claim's sourced figure against the same figure of the place or body named right
    after its comparative ("accepted 972 IP cases in 2013, more than the Longgang District People's
    Court"), when the sources give both; None when they do not (nothing settles it)."""
    kb = judge.kb
    text = claim.text
    mentions = kb.entity_index.find(text, kb.word_bigrams())
    for m in _THAN_ANOTHER.finditer(text):
        # the name, and nothing after it that could make it another quantity ("the Longgang court's 2012 total")
        named = [(e, end) for e, s, end in mentions if m.end() <= s <= m.end() + 4 and _NOTHING_MORE.match(text, end)]
        if named:
            break
    else:
        # "…受理知识产权案件1385宗，比福田区人民法院还多": the name between 比 and the comparative, nothing else
        m = cues.MORE_THAN_NAMED_ZH.search(text) if "比" in text else None
        named = [(e, end) for e, s, end in mentions if m is not None and m.start("name") <= s
                 and text[end:m.end("name")] in ("", "的")]
        if not named:
            return None
    mine = sides.sourced_levels_before(claim, results, m.start())
    if len(named) != 1 or not mine:
        return None
    f, res = mine[-1]
    other = named[0][0]
    if other == f.entity or f.metric is None or f.period is None:
        return None
    a, b = kb.facts[res.fact], _sourced(judge, f.metric, other, f.period)
    if b is None:
        return None
    said = m.groupdict()
    sign, said_order = (1, "more") if (said.get("more") or said.get("more_zh")) else (-1, "less")
    if _NEGATED.search(claim.text, max(0, m.start() - 30), m.start()):
        sign, said_order = -sign, "not " + said_order
    return sides.order_against(judge, f, a, b, f.metric, other, sign, said_order)


def _places_without_figures(judge: Judge, claim: Claim) -> list[str]:
    """Places the claim names that none of its figures is of, nor holds or lies within."""
    kb = judge.kb
    held = {e for f in claim.figures for e in (f.entity, *f.combined_entities) if e}
    out = []
    for e in dict.fromkeys(claim.entities):
        if e in held or kb.entities[e].kind not in _PLACES:
            continue
        if any(kb.is_within(e, h) or kb.is_within(h, e) for h in held):
            continue
        out.append(e)
    return out
