"""What part a figure plays in a claim: a level, a growth rate, a share, a multiple, a change, or a
gap in percentage points, decided by the cue words written around it ("up 10.29%", "accounting for",
"7.9 times", "增长", "占")."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipcheck.lazyre import lazy
from ipcheck.wordfigures import bound_before_a_base

if TYPE_CHECKING:
    from ipcheck.claims import Figure

_UP = r"up|rose|rise|rises|rising|grew|grow|grows|grown|growing|growth|growth rate|growth rates|increase|increased|increases|" \
      r"increasing|gain|gained|gains|jumped|jump|jumps|climbed|climb|climbs|surged|surge|surges|soared|soar|soars|" \
      r"rocketed|leapt|leaped|swelled|higher|expanded|" \
      r"added|advanced|boosted|同比增长|增长率|增长|增加|上升|提高|提升|增幅|增速|多了|增|涨"
_DOWN = r"down|fell|fall|falls|falling|dropped|drop|drops|declined|decline|declines|declining|" \
        r"decreased|decrease|decreases|shrank|shrink|slid|slipped|lower|reduced|reduction|plunged|plummeted|" \
        r"tumbled|slumped|sank|dipped|" \
        r"contracted|同比下降|下降|减少|下滑|降低|回落|降|跌"
_GROWTH_LINKS = ("of", "by", "at", "a", "an", "to", "about", "some", "nearly", "around", "roughly", "more than",
                 "over", "almost", "approximately", "just", "only", "year-on-year", "yoy", "y-o-y", "同比", "了", "达", "为")
_GROWTH_PLANNED = ("计划", "预计", "力争", "争取")      # "年均增幅计划超过25%": a rate the plan sets
_GROWTH_BEFORE = lazy(rf"(?:^|[^a-z])(?P<cue>{_UP}|{_DOWN})(?:\s+(?:{'|'.join(_GROWTH_LINKS)})|\s*(?:[了达为约近逾]|超过|不足|不到|大约|{'|'.join(_GROWTH_PLANNED)}))*\s*$", re.I)
_GROWTH_AFTER = lazy(rf"^\s*(?:year-on-year\s+|yoy\s+|y-o-y\s+|annual\s+|annually\s+|的)?"
                           rf"(?P<cue>{_UP}|{_DOWN})\b", re.I)
_YOY_AFTER = lazy(r"^\s*(?:year-on-year|yoy|y-o-y|y/y|on the previous year|from a year earlier)", re.I)
_DOWN_RE = lazy(rf"^(?:{_DOWN})$", re.I)
_RATE_HELD = lazy(r"\bgrowth(?:\s+rate)?\s+(?:had\s+|has\s+|have\s+)?(?:stayed|remained|held|kept|stood|ran)(?:\s+at)?\s*$", re.I)
_RATE_FELL = lazy(r"\b(?:growth|growth\s+rate|rate\s+of\s+growth)\s+(?:had\s+|has\s+|have\s+)?$|(?:增速|增长率|增幅)$", re.I)
_SHARE_QUALIFIERS = ("about", "nearly", "around", "roughly", "over", "more than", "almost", "some", "约", "近", "超过")
_SHARE_BEFORE = lazy(r"(accounting\s+for|accounted\s+for|accounts\s+for|account\s+for|share\s+of|"
                           r"making\s+up|made\s+up|makes\s+up|representing|represented|represents|"
                           rf"占(?:[^,;。]|,(?=\d)){{0,30}}?(?:的)?)\s*(?:{'|'.join(_SHARE_QUALIFIERS)})?\s*$", re.I)
_SHARE_AFTER = lazy(r"^\s*(of\b|share\b|slice\b|portion\b|的份额)", re.I)
_TIMES_CUES = ("increase", "increased", "rise", "rose", "grew", "growth", "jump", "增长", "增加", "提高")
_TIMES_QUALIFIERS = ("about", "nearly", "more than", "over", "almost", "约", "近")
_TIMES_INCREASE = lazy(rf"({'|'.join(_TIMES_CUES)})"
                             rf"\s*(?:of|by|了)?\s*(?:{'|'.join(_TIMES_QUALIFIERS)})?\s*$", re.I)
_A_YEAR_EARLIER = lazy(r"\s+(?:(?:that\s+of\s+|what\s+it\s+was\s+)?a\s+year\s+(?:earlier|before|ago)|last\s+year|"
                       r"the\s+(?:previous|prior|preceding)\s+year(?:['’]s)?)\b", re.I)
_BEFORE_QUALIFIERS = ("more than", "over", "about", "nearly", "around", "roughly", "almost", "approximately", "some",
                      "less than", "fewer than", "under", "below", "above", "lower than", "at least", "at most", "up to",
                      "no less than", "no more than", "exceeding", "just over", "just under", "close to",
                      "超过", "约", "近", "逾", "不足", "不到", "低于", "少于", "高于", "至少", "不少于", "不低于", "不超过",
                      "接近", "将近", "大约")
_BEFORE_QUALIFIER = lazy(rf"({'|'.join(_BEFORE_QUALIFIERS)})\s*$", re.I)

# What the text before a figure must end with (lower-cased, trailing spaces dropped) for each
# backward-looking pattern above to match there: a cheap test first, the search (which tries
# every position of up to 60 characters) only when it can succeed.
_GROWTH_ENDS = tuple(_UP.split("|") + _DOWN.split("|")) + _GROWTH_LINKS + _GROWTH_PLANNED
_SHARE_ENDS = ("for", "of", "up", "representing", "represented", "represents") + _SHARE_QUALIFIERS
_TIMES_ENDS = _TIMES_CUES + ("of", "by", "了") + _TIMES_QUALIFIERS
_PP_CUE = lazy(r"(higher|more\s+slowly|more|above|faster|exceed|greater|ahead|outpac|outstrip|beat|outperform|lower|less|below|slower|slowly|trail|lagg?|behind|"
               r"高|低|快|慢)", re.I)


_DIFFERENCE_AFTER = lazy(r"\s*(?:(?:more|fewer|less|higher|lower|greater)\s+than|above|below)\s+"
                         r"(?:(?:the\s+|its\s+|their\s+)?(?=[0-9$¥￥]|US\$|RMB)|the\s+previous\s+year\b|"
                         r"the\s+(?:[A-Za-z][\w'’-]*\s+){1,4}of\s+(?=[0-9$¥￥]|US\$|RMB)|"   # "the national average of 14"
                         r"a\s+year\s+(?:earlier|before|ago)\b|last\s+year\b|in\s+(?:19|20)\d\d\b)", re.I)
# an absolute change: "an increase of 51 billion yuan", "up by 3,000", "比上年增加51亿元" (not "增加到", nor
# what a verb with 'up' achieves: "racks up 241.9k patent grants", "notched up")
_INCREASE_BEFORE = lazy(r"(?:\b(?:increase|rise|growth|jump|decrease|fall|drop|gap|difference|margin)\s+of|"
                        r"(?<!wrapped )(?<!picked )(?<!set )(?<!made )(?<!ended )(?<!took )(?<!rack )(?<!racks )"
                        r"(?<!racked )(?<!built )(?<!builds )(?<!build )(?<!shut )(?<!shuts )(?<!broke )(?<!broken )(?<!rounded )"
                        r"(?<!chalked )(?<!chalks )(?<!notched )(?<!notches )(?<!notch )(?<!clocked )"
                        r"(?<!clocks )(?<!rang )(?<!rings )(?<!ran )(?<!runs )\b(?:up|down)(?:\s+by)?|"
                        r"\b(?:gaining|gained|adding)(?:\s+(?:about|nearly|some|around|roughly|more\s+than))?|"
                        r"\b(?:rose|risen|grew|grown|increased|climbed|jumped|fell|fallen|dropped|declined|decreased)"
                        r"\s+by|"
                        r"(?:增加|增长|增多|减少)了?)\s*$", re.I)


_MORE_LESS_ZH = frozenset("多少高低出")
_MORE_BY_ZH = lazy(r"([多少高低])(?:出|了)\s*$")
_FELL_BY = lazy(r"(?:下降|减少|降低|回落|下滑|缩减|\bfell|\bfallen|\bdropped|\bdeclined|\bdecreased|\bshrank|\bplunged)"
               r"(?:了|\s+by)?\s*$", re.I)
_SHORT_BY_ZH = lazy(r"(?:还|尚|仍|相)差(?:了)?\s*$")
# a verb of change then "to": what follows is the new level ("rose to 83.9%", 升至, 提高到)
_TO_A_LEVEL = lazy(r"(?:\b(?:rose|risen|increased|grew|grown|climbed|jumped|fell|fallen|dropped|declined|decreased|"
                   r"slipped|edged\s+up|edged\s+down)\s+to|升至|增至|降至|减至|提高到|提高至|上升到|上升至|下降到|下降至)\s*$",
                   re.I)
_PAST_A_LEVEL = lazy(r"\b(?:rose|risen|climbed|grew|jumped|fell|fallen|dropped|slipped|sank)\s+(?:above|past|beyond|below)\s*$", re.I)
# a rate relative to a figure stated after it: "62% more than the 10,049 filed in 2013"
# a rate against the year before, said with a comparative: "28.08% more than a year earlier"
# the year before, as a comparison names it ("than a year earlier", "than the previous year")
THE_YEAR_BEFORE = r"(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|preceding|prior)\s+year|last\s+year|the\s+year\s+before)\b"
_MORE_THAN_A_YEAR_BEFORE = lazy(r"\s*(?P<cue>more|higher|greater|larger|fewer|less|lower|smaller)\s+than\s+(?:"
                                + THE_YEAR_BEFORE + r"|(?:in\s+)?(?:19|20)\d\d(?![\d,])"      # "15% more than in 2020"
                                r"|(?:at|in)\s+the\s+(?:start|beginning|outset)\s+of\b)", re.I)  # "… than at the start of the 13th FYP"


def _than_cue(after: str) -> str:
    """'up' or 'down' for a rate after which a comparative with the year before may stand."""
    m = _MORE_THAN_A_YEAR_BEFORE.match(after)
    return "down" if m and m.group("cue").lower() in ("fewer", "less", "lower", "smaller") else "up"


# a comparative closing a clause that opens with the figure: "accepted 9,694 and closed 8,174, | 1,520 fewer"
BARE_COMPARATIVE = lazy(r"\s+(more|fewer|less)\s*(?:[,;.]|$)", re.I)
# a count compared with something named after 'than': "692 more IP cases than the Luohu court", "163 fewer
# than Futian District People's Court" (never a bound: "more than 25,612" has a figure after it)
MORE_NOUN_THAN = lazy(r"\s*(more|fewer|less)\s+(?:[\w',-]+\s+){0,8}?than\s+(?=[A-Za-z])"
                      r"(?!(?:about|nearly|some|around|almost|just|only|a|an|one|two|three|four|five|six|seven|eight|"
                      r"nine|ten|half|double|twice|expected|planned|forecast)\b)", re.I)

_RELATIVE_TO = lazy(r"\s*(more|higher|greater|larger|fewer|less|lower|smaller)\s+than\s+(?:the\s+|its\s+|their\s+)?"
                    r"(?=[0-9$¥￥]|US\$|RMB)"
                    r"|\s*(above|below)\s+(?:[\w'’-]+\s+){0,6}?(?=[0-9])", re.I)   # ("15% above Shenzhen's 2016 level of 80.1")
_MORE_THAN_ZH = lazy(r"比(?:[^,，;；。]|,(?=\d)){1,24}?(多出?|少|高出?|低)了?\s*$")
# "38% more patent licenses (5,998) than it received (4,351)": a rate of one bracketed figure over the other
_RELATIVE_BRACKETED = lazy(r"\s+(more|fewer|less|higher|lower)\s+[^()]{1,40}\(\s*[\d,.]+\s*\)\s+than\b", re.I)
# "..., or 10%" / "..., or about 10%": a figure restated in the words just before it
_HEDGES = ("about", "roughly", "nearly", "some", "around", "almost", "approximately")
_OR_HEDGED = ("or", *(f"or {h}" for h in _HEDGES))
_OR_HEDGED_RE = r",\s*or\s+(?:" + "|".join(rf"{h}\s+" for h in _HEDGES) + ")?$"
_CHANGE_RESTATED = lazy(r"(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bsumming\s)"     # (never "made up 10,987, or 22.08%")
                        r"\b(up|down|rose|fell|grew|dropped|declined|increased|decreased)\b[^.;%]{1,50}" + _OR_HEDGED_RE,
                        re.I)
_A_COUNT_RESTATED = lazy(r"\d(?:[\d,.]*\d)?\s*(?:[a-z]+\s+){0,2}" + _OR_HEDGED_RE, re.I)
_DOWN_WORDS = frozenset(("down", "fell", "dropped", "declined", "decreased"))
def _per_a_noun(words: str) -> bool:
    """'per court', 'per company' (never 'per 10,000 people', a rate): a substring test before the pattern."""
    at = words.find("per ")
    while at >= 0:
        if words[at + 4:at + 5].isalpha():
            return True
        at = words.find("per ", at + 4)
    return False


# how far apart two figures are, said before the figure: "the gap between the two was", "the difference between them came to"
_GAP_WORDS = r"\b(?:gap|difference|margin)\s+(?:between|separating)\b"
_GAP_BETWEEN = lazy(_GAP_WORDS + r"[^.;。]{1,60}?\s(?:was|is|were|stood\s+at|came\s+to|amounted\s+to|of|at)\s*$"
                    r"|\b(?:gap|difference|margin)\s*[:：=]\s*$", re.I)      # ("…; closed: 8,174; gap: 1,520")
# "N things for every one of another": a ratio (never "for every 10,000 people", a rate's base)
_FOR_EVERY = lazy(r"(?:\s+[\w'-]+){0,4}?\s+for\s+(?:every|each)\s+(?!\d|of\b|ten\b|one\s+hundred|a\s+hundred|hundred\b|thousand\b)"
                  r"(?:one\s+)?[a-z]", re.I)      # (nor "for each of the 1,427 enterprises", an average)
# "50.421 billion yuan …, roughly 35 million yuan for each of the 1,427 enterprises": an average over the count
_FOR_EACH_OF = lazy(r"\s+(?:for|to|per)\s+each\s+of\s+(?:the|its|their|those|these)\s+(?:about\s+|some\s+)?\d", re.I)
_INCREASE_INITIALS = frozenset("iIrRgGjJdDfFaAyYnN")     # the first letters of the words below (a cheap test first)
_AN_INCREASE_AFTER = lazy(r"(?:-[a-z]+)?\s+(?:(?:year-on-year|annual|yearly|net)\s+)?(?:increase|rise|gain|jump|increment"
                          r"|(?P<less>decrease|decline|drop|fall|reduction))\b(?!\s+(?:of|in|to)\s+\d)", re.I)
_GROWTH_SET_OFF = lazy(r"\bgrowth\b[^.;,]{0,50},\s*at\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?$", re.I)
_LESS = lazy(r"(?:fewer|less|lower|below|decrease|decreased|fall|fell|fallen|drop|dropped|declined|down)\b|减少", re.I)
# "40 of China's IP securitisation products", "nine of the city's courts": a whole in words (wholes reads it too)
A_WHOLE_IN_WORDS = r"\s+of\s+(?:(?:the|its|their)\s+)?(?:[A-Za-z][\w-]*'s|all)\s+(?=[A-Za-z])"
_PART_OF = lazy(r"\s+of\s+(?:(?:the|its|their)\s+)?(?:[A-Za-z][\w-]*'s\s+)?(?:(?:more\s+than|over|nearly|about|some|almost)\s+)?"
                r"(?=[0-9])(?!(?:19|20)\d\d\b)|" + A_WHOLE_IN_WORDS,
                re.I)
_AVERAGE_AFTER = lazy(r"(?:\s+(?!each\b|per\b|on\b|in\b|and\b)[\w'-]+){0,3}?\s*(?:each|apiece)?\s*(?:on\s+average|each(?!\s+(?:year|of|other)\b)|"
                      r"apiece|per\s+(?:case|enterprise|company|firm|product|project|item|deal|loan|transaction|institution|"
                      r"university|award|patent|court|batch|judge|station|body|organi[sz]ation|agency|applicant|person|"
                      r"member|city|district|month|year|employee|worker|expert|head|capita|dispute|contract|event|platform|"
                      r"cluster|fund|office|park)"
                      # a density on another base than the sources' 10,000 people: "4 for every 100,000 residents"
                      r"|(?:for\s+every|for\s+each|per)\s+(?!10,000\b|10\s+thousand\b|ten\s+thousand\b)[\d,.]+"
                      r"(?:\s+(?:thousand|million))?\s+(?:people|residents|inhabitants|persons|population))\b", re.I)
# "an average of", "averaged about", "an average compensation of nearly", "平均每单约", "户均约" (not "the
# national average of 14")
# "…, on average, monitoring close to three …": the average set off by commas before its verb
_ON_AVERAGE_SET_OFF = lazy(r"\bon\s+average,\s+(?:was\s+|were\s+)?[a-z]+(?:ing|ed)\s+(?:(?:close\s+to|about|nearly|some|around|"
                           r"roughly|almost|more\s+than|over)\s+)?$", re.I)
_AVERAGE_BEFORE = lazy(r"(?:\ban\s+average\s+(?:[a-z]+\s+){0,2}?of|\bon\s+average(?:,?\s+(?:was\s+|were\s+)?[a-z]+ing)?"
                       r"|\baverag(?:ed|ing|es)(?:\s+out\s+(?:to|at))?"
                       r"|\beach\s+(?:[\w'’-]+\s+){0,7}?(?:handled|served|received|filed|won|had|held|processed|took\s+in|heard|closed"
                       r"|monitored|disclosed|handling|monitoring))"
                       r"(?:\s+(?:about|nearly|some|around|roughly|almost|approximately|more\s+than|over))?\s*$"
                       r"|(?:平均(?:每[\u4e00-\u9fff]{1,4})?|平均每[\u4e00-\u9fff]{1,10}?|[户家笔件]均|每(?:户|家|笔)平均)(?:约|近|超过)?$", re.I)
# "A outnumbered B by N": the difference of the two
_BY_OVER = lazy(r"\b(?:outnumber(?:ed|s|ing)?|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|outstripp?(?:ed|s|ing)?)\b"
                r"(?:[^,;]|,(?=\d))*\bby\s+(?:about|nearly|some|around|roughly|almost|more\s+than)?\s*$", re.I)


_FLIPPED = {"more_than": "less_than", "at_least": "at_most", "less_than": "more_than", "at_most": "at_least"}


def _moving(f: Figure, role: str, direction: int) -> None:
    """Read ``f`` as a change (``role``) up (+1) or down (-1); a fall written as a positive figure is negated."""
    f.role, f.direction = role, direction
    if direction < 0 and f.value > 0:
        _negate(f)


def _negate(f: Figure) -> None:
    """A fall is a negative change, and a bound on its size bounds it from the other side: "a fall
    of more than 40%" is a change below -40%."""
    f.value, f.qualifier = turned(f.value, f.qualifier)


def turned(value: float, qualifier: str) -> tuple[float, str]:
    """A figure and its bound read as a fall (see ``_negate``)."""
    return -value, _FLIPPED.get(qualifier, qualifier)


def classify(text: str, f: Figure, clause_start: int) -> None:
    """Set ``f.role`` (and ``direction``) from the words around it, within its clause."""
    if f.role in ("rank", "streak") or f.fixed_role:
        return
    before = text[max(clause_start, f.start - 60):f.start]
    tail = before.rstrip().lower()
    before_q = before
    if tail.endswith(_BEFORE_QUALIFIERS):
        before_q = _BEFORE_QUALIFIER.sub("", before)
        tail = before_q.rstrip().lower()
    after = text[f.end:f.end + 40]
    if f.unit == "percentage_point":
        f.role = "pp"
        cue = _PP_CUE.search(after) or _PP_CUE.search(before_q)      # ("by less than 10 points": a bound, no cue)
        if cue and re.match(r"(lower|less|below|slower|more\s+slowly|slowly|trail|lag|behind|低|慢)", cue.group(1), re.I):
            f.direction = -1
            if f.value > 0:         # "10.5 points slower than imports": a gap of -10.5 in the subject's favour
                _negate(f)
        elif cue:
            f.direction = 1         # "faster", "higher", 高: the subject leads
        return
    if f.unit == "times":
        if _A_YEAR_EARLIER.match(text, f.end):
            f.role = "change"       # "more than double a year earlier": to twice the year before's
            return
        if tail.endswith(_TIMES_ENDS) and _TIMES_INCREASE.search(before_q):
            f.role = "change"
            f.note = "read as an increase of N times (to N+1 times the base) or as N times the base"
        else:
            f.role = "multiple"
            if f.qualifier == "exact" and not f.negation and (bound := bound_before_a_base(text, f.start)) is not None:
                f.qualifier = bound[0]      # "超过全国平均水平的8倍": more than 8 times
        if _FELL_BY.search(before_q[-14:]):
            f.direction = -1        # "下降了两倍多", "fell more than fourfold": a fall, whatever its size
        return
    if f.unit == "percent" and tail.endswith(_OR_HEDGED) \
            and (said := _CHANGE_RESTATED.search(text, max(0, f.start - 80), f.start)) is not None:
        # "up 51 billion yuan, or roughly 10%": the same change as a rate
        _moving(f, "growth", -1 if said.group(1).lower() in _DOWN_WORDS else 1)
        return
    if f.unit == "percent" and tail.endswith(_OR_HEDGED) \
            and _A_COUNT_RESTATED.search(text, max(0, f.start - 30), f.start) is not None:
        f.role = "share"        # "(271,100, or 75.58%)": the same count as a share of its whole
        return
    if f.unit == "percent" and tail[-1:] in ("+", "↑", "↓") and not _SHARE_AFTER.match(after):
        # "69k → 308k (+346.4%)", "↑12%", "↓3%": a signed or arrowed rate is a change
        _moving(f, "growth", -1 if tail[-1:] == "↓" else 1)
        return
    if f.unit == "percent" and f.value < 0 and f.text[:1] in "-−" and tail[-1:] in (",", "(", "（", "，") \
            and not _SHARE_AFTER.match(after):
        _moving(f, "growth", -1)        # "14,934, -20.69% y/y": a rate set off with its minus after a level is its change
        return
    if f.unit == "percent":
        g = _GROWTH_BEFORE.search(before_q) if tail.endswith(_GROWTH_ENDS) else None
        ga = _GROWTH_AFTER.match(after)
        if (("占" in before_q or tail.endswith(_SHARE_ENDS)) and _SHARE_BEFORE.search(before_q)) or \
                _SHARE_AFTER.match(after):
            f.role = "share"
        elif g and (_TO_A_LEVEL.search(before_q) or _PAST_A_LEVEL.search(before)):
            f.role = "level"        # "the grant rate rose to 83.9%" ("… above 70%"): the rate's new level, not its growth
        elif g or ga or _YOY_AFTER.match(after) or ("than" in after[:24].lower() and _MORE_THAN_A_YEAR_BEFORE.match(after)):
            cue = (g or ga).group("cue") if (g or ga) else _than_cue(after)
            down = _DOWN_RE.match(cue) is not None
            if down and g and _RATE_FELL.search(before_q, 0, g.start("cue")):
                down = False        # "annual growth had slipped below 40%": the rate's new level, not a fall
            _moving(f, "growth", -1 if down else 1)
        elif "growth" in tail and _RATE_HELD.search(before_q):
            _moving(f, "growth", 1)     # "annual growth stayed above 40%": the rate itself
        elif ("than" in after.lower() or "above" in after or "below" in after) \
                and (d := _RELATIVE_TO.match(after) or _RELATIVE_BRACKETED.match(after)):
            # "16,300 …, about 62% more than the 10,049 filed in 2013"
            cue = (d.group(1) or d.group(2)).lower()
            _moving(f, "change", -1 if cue in ("fewer", "less", "lower", "smaller", "below") else 1)
        elif tail.endswith("at") and "growth" in text[max(0, f.start - 70):f.start].lower() \
                and _GROWTH_SET_OFF.search(text, max(0, f.start - 70), f.start):
            _moving(f, "growth", 1)     # "Export growth in China's IP royalties, at 27.1 per cent, …": the rate named
        else:
            f.role = "level"
        return
    # "1,355 more than its 25,612 patent acquisitions": a difference between two figures; "37 of
    # Shenzhen's 69 agencies": a part of the figure after it; "221 million yuan each on average": an average
    f.role = "level"            # the patterns run only when their words are there (most figures: none)
    if f.start > 1 and text[f.start - 1] == "+" and text[f.start - 2] in " ,(（:：":
        f.role = "difference"   # "49,756 (2013) -> 241,900 (2024), +192,144": a signed change
        return
    head = after[:24].lower()
    if ("than" in head or "above" in head or "below" in head) and (d := _DIFFERENCE_AFTER.match(after)):
        f.role = "difference"
        if _LESS.match(d.group(0).strip()):
            _negate(f)           # "1,355 fewer than its 25,612": a difference of -1,355
    elif "than" in text[f.end:f.end + 80].lower() and (d := MORE_NOUN_THAN.match(text, f.end)) \
            or f.start > 0 and text[f.start - 2:f.start] == ", " and (d := BARE_COMPARATIVE.match(text, f.end)):
        # "692 more IP cases than the Luohu court", "954 more IP cases than they accepted", "closed 8,174, 1,520 fewer"
        f.role = "difference"
        if _LESS.match(d.group(1)):
            _negate(f)
    elif "比" in before and not _MORE_LESS_ZH.isdisjoint(before_q[-3:]) and (d := _MORE_THAN_ZH.search(before_q)):
        f.role = "difference"    # "结案数比收案数多954件", "比全国平均水平（14件）高出96件": A - B = 954
        if d.group(1) in ("少", "低"):
            _negate(f)
    elif ("出" in before_q[-3:] or "了" in before_q[-2:]) and "比" in text and (d := _MORE_BY_ZH.search(before_q)):
        f.role = "difference"    # "与2013年的10,049件相比,2024年…多出6,251件": more by, against what 相比 names
        if d.group(1) in ("少", "低"):
            _negate(f)
    elif "差" in before_q[-4:] and _SHORT_BY_ZH.search(before_q):
        f.role = "difference"    # "距离…目标还差11.9件", "相差约2,000件": how far apart, never a level
    elif ("of" in tail or "by" in tail or "up" in tail or "down" in tail or "增" in tail or "减" in tail
          or "gain" in tail or "adding" in tail) \
            and (d := _INCREASE_BEFORE.search(before_q[-24:])):
        f.role = "difference"
        if _LESS.search(d.group(0)):
            _negate(f)           # "a decrease of 3,000", "减少了3,000"
    elif (after[:1] == "-" or after[1:2] in _INCREASE_INITIALS) and f.unit != "percent" \
            and (d := _AN_INCREASE_AFTER.match(after)) is not None:
        f.role = "difference"    # "a 51 billion yuan increase that took it to 562.5 billion yuan"
        if d.group("less"):
            _negate(f)
    elif ("gap" in before or "differen" in before or "margin" in before) and _GAP_BETWEEN.search(before_q[-90:]):
        f.role = "difference"    # "The gap between the two was more than 2,000": how far apart two figures are
    elif ("for every" in after or "for each" in after) and f.unit == "count" and _FOR_EVERY.match(after):
        f.role, f.unit = "multiple", "times"     # "1.4 patent licences for every licence it received": a ratio
        if f.half_ulp == 0.0 and f.value == int(f.value):
            f.half_ulp = 0.5        # ("three … for every …": a ratio in whole numbers is rounded to the unit)
    elif head[:4] == " of " and _PART_OF.match(after) or head[:8] == " out of " and _PART_OF.match(after, 4):
        f.role = "part"         # ("closed 8,174 out of 9,694": of them)
    elif tail.endswith("by") and _BY_OVER.search(text, max(0, f.start - 160), f.start):
        f.role = "difference"    # "86,950 … outnumbered its 39,527 … by 47,423"
    elif (("each" in after[:40] or "apiece" in head or "average" in after[:40] or _per_a_noun(after[:40])
           or "for every" in after[:50] or "per " in after[:40])
          and (_AVERAGE_AFTER.match(text[f.end:f.end + 70]) or _FOR_EACH_OF.match(after))) or \
            (("averag" in text or "均" in text or "each" in text or "Each" in text)
             and _AVERAGE_BEFORE.search(text, max(clause_start, f.start - 100), f.start)) or \
            ("average" in text[max(0, f.start - 60):f.start] and _ON_AVERAGE_SET_OFF.search(text, max(0, f.start - 60), f.start)):
        f.role = "average"
