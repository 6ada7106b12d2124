"""Rises and falls a claim states without a rate of its own: 'fell to 16,300', '下降至80,657件',
'declined in 2016, although they still topped 145,000'.

A direction is a statement in its own right: the level can be the sourced one and the direction
wrong, and a reporter who writes 'fell' where the sources say it grew publishes an error. So a
level figure that carries a direction is supported only when the sources say which way it went
(a growth rate, a sourced rise, the year before's level, or the words of the quote itself); when
they are silent the claim is unverifiable, never supported on the level alone.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipcheck import arithmetic as ar
from ipcheck.clauses import clause_of
from ipcheck.lazyre import lazy
from ipcheck.matching import _words, stem
from ipcheck.model import Fact
from ipcheck.numbers import Number, normalize, read_numbers
from ipcheck.periods import Period, point, year
from ipcheck.wordfigures import _WORD_NUMBERS
from ipcheck.verdicts import Check, show

if TYPE_CHECKING:
    from ipcheck.judge import Judge
    from ipcheck.model import Claim, Figure

# "up from 2023", "down on the year before": a direction against a year whose figure the claim leaves out
_BEFORE_A_YEAR = r"(?=\s+(?:the\s+(?:year\s+before|previous\s+year|prior\s+year)|a\s+year\s+(?:earlier|before|ago)|last\s+year|(?:19|20)\d\d(?!\d)))"
# "Shenzhen patent grants up again in 2024, to 241,900": a headline's 'up' or 'down', no verb, no rate
_HEADLINE_END = (r"(?=\s+(?:again|sharply|strongly|slightly|markedly|significantly|steadily|year[-\s]on[-\s]year)\b"
                 r"|\s+in\s+(?:19|20)\d\d|\s*(?:[,;:.]|$))")
# (not after a verb it makes another verb of: "the court set up in 2013", "cracked down, …")
_PHRASAL = frozenset("set sets made make makes took take takes taken ended end ends opened open opens sped speed "
                     "stepped step steps built build builds scaled scale ramped ramp shored backed back signed sign "
                     "summed sum sums added add adds kept keep keeps caught catch followed follow lined line drew "
                     "draw drawn came come comes turned turn turns showed show shows geared gear rounded round tied "
                     "tie locked lock held hold holds cleaned clean broke break broken shut cracked crack handed hand "
                     "narrowed narrow slowed slow wrote write written brought bring closed close calmed settled "
                     "toned tracked laid lay put knocked cut".split())
_UP_EN = (r"rose|risen|rises|increased|increases|grew|grown|grows|climbed|climbs|jumped|surged|soared|"
          r"rebounded|expanded|picked\s+up|edged\s+up|inched\s+up|ticked\s+up|"
          r"(?:rising|climbing|growing|jumping|increasing)(?=\s+to\s)|(?:continued|continues|kept)\s+to\s+"
          r"(?:grow|rise|increase|climb|expand)|(?:stable|steady|continued|continuous|sustained|rapid|strong|"
          r"robust)\s+growth|up\s+(?:from|on)" + _BEFORE_A_YEAR + "|up" + _HEADLINE_END)
_DOWN_EN = (r"fell|fallen|falls|declined|declines|decreased|decreases|dropped|drops|dipped|slipped|slid|shrank|"
            r"shrunk|plunged|plummeted|tumbled|contracted|edged\s+down|ticked\s+down|"
            r"(?:slipping|sliding|falling|dropping|declining|dipping)(?=\s+to\s)|(?:continued|continues|kept)"
            r"\s+to\s+(?:fall|decline|drop|shrink|decrease)|down\s+(?:from|on)" + _BEFORE_A_YEAR + "|down" + _HEADLINE_END)
_UP_ZH = r"增长(?!率)|增加(?!值)|上升|提高|提升|攀升|增至|升至|回升|增多"     # (增加值 is value added, 增长率 a rate)
_DOWN_ZH = r"下降|减少|下滑|回落|降低|降至|减至|萎缩|下跌|跌至"
# 'fell short of' is no fall; a verb denied ('did not fall', 未下降) says nothing either way
# one flat alternation of words (each opening with a letter, so the regex engine skips ahead to the
# next possible first letter by itself); which way each goes is looked up after a match
# (matched against the lower-cased text: an alternation this long is several times slower with re.I)
_TREND = lazy(rf"(?:{_UP_EN}|{_DOWN_EN})(?![a-z])(?!\s+(?:just\s+|slightly\s+|well\s+|far\s+)?short\b)|{_UP_ZH}|{_DOWN_ZH}")
_UP = lazy(rf"(?:{_UP_EN}|{_UP_ZH})")
_A_FIGURE_NEXT = lazy(r"\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+)?\d")
_DENIED = lazy(r"(?:\b(?:not|never|no\s+longer|neither|nor)\s+(?:\w+\s+)?|[未没不]有?|并未|并非)$", re.I)
# a figure of these roles in the verb's clause is the rise or fall the verb speaks of, checked as such
_TAKES_THE_VERB = ("growth", "change", "difference", "pp", "rank", "streak", "multiple", "combined")
# The cheap test before the pattern: a stem of one of its English words (the claim's stems are
# worked out, and cached, for matching metrics anyway), or a character of its Chinese ones.
_CUE_STEMS = frozenset(stem(w) for w in re.findall(r"[a-z]+", (_UP_EN + " " + _DOWN_EN).replace(_BEFORE_A_YEAR, ""))
                       if w not in ("s", "to", "from", "on"))
_CUE_HAN = frozenset("增升提降减滑落缩跌")


def stated_trends(text: str) -> list[tuple[int, int, int, str]]:
    """(sign, start, end, words) of every rise or fall the words state, denied ones left out."""
    if _CUE_STEMS.isdisjoint(_words(text)) and (text.isascii() or _CUE_HAN.isdisjoint(text)):
        return []               # most claims: no pattern search at all
    out = []
    low = text.lower()
    if len(low) != len(text):
        return out                  # (a rare character whose lower case is longer: positions would not hold)
    for m in _TREND.finditer(low):
        said, at = text[m.start():m.end()], m.start()
        english = said[0].isascii()
        if english and at > 0 and text[at - 1].isalpha() and text[at - 1].isascii():
            continue                    # inside a longer word ("arose", "befell")
        if _DENIED.search(text[max(0, at - 16):at].rstrip() + (" " if english else "")):
            continue
        if said.lower().startswith("picked") and _A_FIGURE_NEXT.match(text, m.end()):
            continue                    # "picked up 15 new … designations": took, no rise
        if said in ("up", "down") and (before := low[max(0, at - 16):at].split()) and before[-1] in _PHRASAL:
            continue
        out.append((1 if _UP.fullmatch(m.group(0)) or m.group(0).startswith("up") else -1, at, m.end(), said))
    return out


def attach_trends(text: str, spans: list[tuple[int, int]], figs: list[Figure], comparison: str | None,
                  target: bool) -> None:
    """Give each level figure the direction the words state for it: the verb in its clause ('fell
    to 16,300'), or, when the claim has one level figure and the verb's clause has none, that
    figure's ('declined in 2016, although they still topped 145,000'). A verb whose clause holds a
    rate, a change or a rank is that figure's; a 'from … to …' pair is checked as a pair."""
    if comparison == "from_to" or target:
        return
    levels = [f for f in figs if f.role in ("level", "growth") and f.metric is not None]
    if not levels:
        return
    trends = stated_trends(text)
    if not trends:
        return
    for sign, start, end, said in trends:
        ci = clause_of(spans, start)
        here = [f for f in figs if f.clause == ci]
        if any(f.role in _TAKES_THE_VERB for f in here):
            continue
        local = [f for f in levels if f.clause == ci]
        if local:
            after = [f for f in local if f.start >= end]
            f = after[0] if after else local[-1]
        elif len(levels) == 1 and not any(f.role in _TAKES_THE_VERB for f in figs):
            f = levels[0]
        else:
            continue
        if said.lower() in (f.metric_words or "").lower():
            continue                    # a word of the metric's own name ("对GDP增长的贡献率", "expert pool expanded to")
        if f.direction and f.direction != sign:
            f.direction, f.trend = 0, ""           # the words say both: leave it to the reader
            continue
        f.direction, f.trend = sign, said


# "A record" is a claim about every year before: supported only where the source says so too.
_RECORD = lazy(r"\b(?:a\s+record(?:\s+high)?|record[-\s](?:high|level|number)|all-time\s+high|(?:a\s+)?new\s+record|"
               r"highest\s+ever|most\s+ever|best\s+ever|unprecedented|"
               r"(?:highest|largest|biggest|greatest|most|best)\s+(?:[\w-]+\s+){0,3}?on\s+record|"
               # the same about the years before: "the first decline in a decade", "the fastest growth since 2010"
               r"(?:the\s+)?first\s+(?:annual\s+|year-on-year\s+)?(?:decline|drop|fall|decrease|rise|increase|gain)\s+"
               r"(?:in|since)\s+[\w\s]{0,20}?(?:decade|years?|(?:19|20)\d\d)|for\s+the\s+first\s+time\b|"
               r"(?:the\s+)?(?:lowest|highest|fastest|slowest|biggest|largest|sharpest|steepest|strongest|weakest)\s+"
               r"(?:[\w-]+\s+){0,3}?(?:in|since)\s+(?:a\s+decade|(?:\w+\s+)?(?:years|decades)|(?:19|20)\d\d))\b"
               r"|历史新高|创新高|创历年之最|历年之最|创历史|历史最高|(?:[\d一二三四五六七八九十]+|多)年来(?:首次|最高|最低|最快|最大|最多)")
# (matched against lower-cased text, as _TREND is)
_A_PLAIN_RECORD = lazy(r"(?:(?!\bfirst\b|\bsince\b|\bin\b|年来).)+")     # not one about the years before
_OF_A_CHANGE = lazy(r"decline|drop|fall|decrease|rise|increase|gain|fastest|slowest|sharpest|steepest|首次|最快")


def attach_records(text: str, spans: list[tuple[int, int]], figs: list[Figure]) -> None:
    """Mark the level figure a 'record' is said of: the one in its clause (nearest after it, else
    before it), or the claim's only level figure."""
    low = text.lower()
    if not ("a record" in low or "record high" in low or "record-" in low or "new record" in low
            or "record level" in low or "record number" in low or "all-time" in low or "est ever" in low
            or "most ever" in low or "unprecedented" in low or "on record" in low or "历" in text or "新高" in text
            or " since " in low or " in a decade" in low or " years" in low or "年来" in text or "first time" in low):
        return                      # ("recorded 236 experts" calls nothing a record)
    said = [f for f in figs if f.role in ("level", "growth") and f.metric is not None]
    if len(low) != len(text):
        return
    for m in _RECORD.finditer(low):
        # a record is a level's; a first fall in a decade, or the fastest growth since 2010, a rate's too
        levels = said if _OF_A_CHANGE.search(m.group(0)) else [f for f in said if f.role == "level"]
        ci = clause_of(spans, m.start())
        local = [f for f in levels if f.clause == ci]
        after = [f for f in local if f.start >= m.end()]
        f = after[0] if after else local[-1] if local else levels[0] if len(levels) == 1 else None
        if f is None:
            # "均创历年之最" after a list: every level before it in the sentence
            for g in levels:
                if g.end <= m.start():
                    g.record = m.group(0)
            continue
        f.record = m.group(0)


# -- judging ---------------------------------------------------------------------------------------

def _before(p: Period) -> Period | None:
    """The period a change over the previous one is measured from: the year before, or the same
    date a year earlier."""
    if p.kind == "year":
        return year(p.start.year - 1)
    if p.kind == "point":
        try:
            return point(p.end.replace(year=p.end.year - 1))
        except ValueError:              # 29 February
            return point(p.end.replace(year=p.end.year - 1, day=28))
    return None


def _sign_of_rate(x: Fact) -> int:
    """Which way a sourced growth rate points, when its words pin it down."""
    if x.value > 0 and x.qualifier in ("exact", "about", "nearly", "more_than", "at_least"):
        return 1
    if x.value < 0 and x.qualifier in ("exact", "about", "nearly", "less_than", "at_most"):
        return -1
    return 0


_NUMBER_WORD = lazy(r"(?<![\w-])(" + "|".join(_WORD_NUMBERS) + r")(?![\w-])", re.I)


def _in_words(text: str) -> list[Number]:
    """Counts written as words anywhere in a source's sentence, as figures (a claim's reader is
    stricter: see wordfigures.read_count_words)."""
    return [Number(float(_WORD_NUMBERS[m.group(1).lower()]), m.group(1), m.start(), m.end(), 0.0)
            for m in _NUMBER_WORD.finditer(text)]


_LEADS_TO = lazy(r"\s*(?:to|at|by|of|达到?|到|至|为)?\s*(?:about|nearly|more\s+than|over|约|近|超过)?\s*$", re.I)


def _sign_in_quote(x: Fact) -> tuple[int, str]:
    """The direction a fact's own words give its figure: a rise or fall word right before it
    ("expanded to 236 experts", "增至…"), or, in a sentence that holds no other figure, every such
    word of it, all agreeing ("maintained stable growth, with the total number reaching more than
    145,000")."""
    quote = normalize(x.quote)
    trends = stated_trends(quote)
    if not trends:
        return 0, ""
    numbers = read_numbers(quote)
    numbers += [n for n in _in_words(quote) if all(n.start != o.start for o in numbers)]     # "has risen to five"
    own = [n for n in numbers if abs(n.value - x.value) <= max(n.half_ulp, x.half_ulp) + 1e-9 * abs(x.value)]
    if len(own) != 1:
        return 0, ""
    n = own[0]
    right_before = [t for t in trends if t[2] <= n.start and _LEADS_TO.fullmatch(quote, t[2], n.start)]
    if right_before:
        return right_before[-1][0], right_before[-1][3]
    signs = {s for s, _, _, _ in trends}
    if len(numbers) != 1 or len(signs) != 1:
        return 0, ""
    return signs.pop(), trends[0][3]


def trend_checks(judge: Judge, claim: Claim) -> list[Check]:
    """One check for each level figure the claim says rose or fell: ok when the sources say the
    same way, False when they say the other, None when they do not say. And one for each it calls a
    record: ok when the source's own words say so, None when they do not."""
    checks = []
    for f in claim.figures:
        if f.record and f.role in ("level", "growth") and f.metric and f.entity and f.period:
            said = [x for x in judge.kb.lookup(f.metric, f.entity) if x.kind == "actual"
                    and judge._period_matches(f.metric, f.period, x) and _RECORD.search(x.quote.lower())]
            name = judge.kb.metrics[f.metric].en
            checks.append(Check("direction", 1.0, 1.0 if said else None, True if said else None,
                                f"the claim calls {f.text} a record ('{f.record}'); " + (
                                    f"so does the source ({said[0].id}: \u201c{said[0].quote}\u201d)" if said else
                                    f"the sources do not say {name} ({f.period.label}) was the highest ever"
                                    if _A_PLAIN_RECORD.fullmatch(f.record) else
                                    f"the sources do not say that of {name} ({f.period.label})"),
                                of=f))
    for f in claim.figures:
        if not f.direction or f.role != "level" or not (f.metric and f.entity and f.period):
            continue
        name = judge.kb.metrics[f.metric].en
        said = f"the claim says {name} {'rose' if f.direction > 0 else 'fell'} ('{f.trend}', {f.text})"
        sign, how = _sourced_direction(judge, f)
        if sign == 0:
            checks.append(Check("direction", float(f.direction), None, None,
                                f"{said}, but the sources do not say whether it rose or fell in {f.period.label}", of=f))
        else:
            checks.append(Check("direction", float(f.direction), float(sign), sign == f.direction,
                                f"{said}; {how}", of=f))
    return checks


def _sourced_direction(judge: Judge, f: Figure) -> tuple[int, str]:
    kb = judge.kb
    assert f.metric and f.entity and f.period
    facts = [x for x in kb.lookup(f.metric, f.entity) if x.kind == "actual"
             and judge._period_matches(f.metric, f.period, x)]
    for x in facts:                         # a growth rate over the period before
        if x.measure == "growth" and x.unit == "percent" and (sign := _sign_of_rate(x)):
            return sign, f"the sources give {'a rise' if sign > 0 else 'a fall'} of " \
                         f"{show(abs(x.value), x.unit, x.qualifier)} ({x.id})"
    for x in facts:                         # a sourced rise or fall in units
        if x.measure == "difference" and x.qualifier in ar.POINT_QUALIFIERS and x.value:
            sign = 1 if x.value > 0 else -1
            return sign, f"the sources give {'a rise' if sign > 0 else 'a fall'} of {show(abs(x.value), x.unit)} ({x.id})"
    then = _before(f.period)
    if then is not None:                     # the level a year before
        cur, prev = judge._sourced(f.metric, f.entity, f.period), judge._sourced(f.metric, f.entity, then)
        if cur is not None and prev is not None:
            r = ar.difference(ar.Statement(cur.value, cur.half_ulp), ar.Statement(prev.value, prev.half_ulp))
            if r.lo > 0 or r.hi < 0:
                sign = 1 if r.lo > 0 else -1
                return sign, (f"the sources give {show(cur.value, cur.unit)} ({cur.id}) against "
                              f"{show(prev.value, prev.unit)} in {prev.period.label} ({prev.id})")
    for x in facts:                          # the words of the quote that states the level
        if x.measure == "level":
            sign, words = _sign_in_quote(x)
            if sign:
                return sign, f"the source's own sentence says '{words}' ({x.id}: \u201c{x.quote}\u201d)"
    return 0, ""
