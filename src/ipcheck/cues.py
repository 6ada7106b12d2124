"""Words that change what a figure is: a goal rather than an outcome, a total to a date, the sum
of two metrics, the part a share is of, the noun that says what a figure counts."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import lazy
from ipcheck.matching import Alias, Match, _words, cjk, stem
from ipcheck.names import COURTS

if TYPE_CHECKING:
    from ipcheck.claims import Figure


# A claim about a goal, not an outcome: "Shenzhen targets more than 92 … by 2020", "the plan aims
# to", "力争超过25%". ("will have" is a forecast, and a forecast is not what a target says.)
_TARGET = lazy(r"\b(?:target(?:s|ed|ing)?(?![\s-]+(?:completion|rate))|aim(?:s|ed|ing)?\s+(?:to|for|at)|goals?|"
               r"objectives?|(?-i:plans?\s+to|planned\s+(?:to|for)|(?:plans?|planned)\s+an?\s+(?:average\s+)?(?:annual\s+)?"
               r"(?:increase|growth|rise))|envisag\w*|envision\w*|call(?:s|ed)?\s+for|(?:was|were|is|are)\s+(?:meant|due)\s+to|"
               r"(?:is|are)\s+to\s+(?:reach|exceed|top|hit|grow|rise|increase|climb|cover))\b"
               r"|\bpropos(?:e|es|ed|ing|als?)\b[^.;]{0,80}?\bby\s+(?:the\s+end\s+of\s+)?\d{4}\b"
               r"|\b(?:(?:was|were|is|are|been)\s+(?:expected|projected|forecast|anticipated|estimated)\s+to|"
               r"expect(?:s|ed)?\s+(?:the\s+[\w\s-]{1,30}?\s+)?to|forecasts?|projections?"
               r"|expect(?:s|ed)?\s+[\w\s,.-]{1,48}?\s+to\s+(?:be|reach|exceed|top|hit))\b"
               r"|目标|力争|争取|预计|预期|计划(?:到|在|于|每年|年均)|计划[^,，。;；]{0,24}?(?:增长|达到|超过|提高)"
               r"|(?:提出|文件|规划|方案)[^。;]{0,40}?(?:(?:到|至)\s*\d{4}\s*年|将|每年|年均)"
               # what a plan of a year says ("Under the 2018 plan, 1,300 enterprises were to …", "the city's 2018 plan set a
               # floor of 120"), and what a document or plan said would happen ("a 2018 document said … would cover …")
               r"|\b(?:19|20)\d\d\s+(?:plan|rules|document|policy|blueprint|guidelines)\b"
               r"|\b(?:document|plan|rules|policy|policies|blueprint|guidelines?)\s+(?:said|says|stated|states)\b[^.;]{0,60}?"
               r"\b(?:would|will)\s+(?:reach|exceed|top|hit|grow|rise|increase|climb|cover|number|total)\b", re.I)
# (an expectation is checked as a goal is: against what the sources expect, never against outcomes)
# ("the Action Plan for …" is a title; a proposal is a goal only when it names the year it is for)


# A goal met or missed is an outcome measured against it: "exceeded 22,000 in 2020, hitting the
# target the city set", "完成了目标". The figure is then a claimed actual, not a goal.
_MET = lazy(r"(?:\b(?:hit|hits|hitting|met|meet|meets|meeting|reached|reaching|achieved|achieving|surpassed|surpassing|"
            r"exceeded|exceeding|beat|beating|beaten|missed|missing|fell\s+short\s+of|falling\s+short\s+of|topped|"
            r"topping|outstripped|overshot)\s+(?:(?:the|its|their|this|that|a|an|city's|government's)\s+)?"
            r"(?:[\w-]+\s+){0,2}|(?:完成|实现|达到|达成|超额完成|超过|未完成|未实现|未达到)了?(?:既定|预定|规划|原定|年度)?)$", re.I)


def states_a_target(text: str) -> bool:
    """Substring tests first (in one expression: cheaper than a generator), the pattern only when one holds."""
    low = text.lower()
    if not ("target" in low or "aim" in low or "goal" in low or "objective" in low or "plan" in low
            or "envis" in low or "call" in low or "is to " in low or "are to " in low or "目标" in text or "力争" in text
            or "争取" in text or "计划" in text or "propos" in low or "提出" in text or "文件" in text or "规划" in text or "方案" in text or "expect" in low
            or "forecast" in low or "projected" in low or "projection" in low or "anticipat" in low
            or "estimated to" in low or "would" in low or "will" in low or "meant to" in low or "due to" in low
            or "预计" in text or "预期" in text):
        return False
    if "?" in text and _ASKED_WHAT_WAS.match(text):
        return False        # "What was SZ's … density in 2020? Above 92, as the 2018 plan set out": an outcome asked for
    return any(_MET.search(text, max(0, m.start() - 40), m.start()) is None for m in _TARGET.finditer(text))


_ASKED_WHAT_WAS = lazy(r"\s*(?:what|how\s+(?:many|much|high|large|big))\s+(?:was|were|did|had)\b[^?]*\?", re.I)


ACCUMULATED = lazy(r"\b(?:in\s+total|in\s+all|accumulat\w*|cumulative(?:ly)?|altogether|to\s+date|so\s+far|by\s+the\s+end\s+of|"
                   r"as\s+of\s+the\s+end\s+of|haul|"
                   r"running\s+total|all-time|all\s+time|(?:total\s+)?tally\s+of|"
                   r"had\s+(?:been\s+)?(?:won|granted|filed|received|collected|obtained))\b|累计|共计|总计|截至|截止", re.I)


# a figure that brings a total to date where it says ("lifted Shenzhen's total to 118", "总数达到118件")
TOTAL_TO = lazy(r"\b(?:total|tally)\s+to\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?$"
                r"|总数(?:达到|达|增至|升至|增加到|为)\s*$", re.I)
_NEXT_WORD = lazy(r"\s*([A-Za-z][A-Za-z'-]*)")


def next_stem(text: str, end: int) -> str:
    """The stem of the English word right after a figure ("4 gold and 20 outstanding prizes": gold),
    which says what it counts when two metrics' words fit the claim equally well."""
    m = _NEXT_WORD.match(text, end)
    return stem(m.group(1)) if m else ""


_COMBINED_BEFORE = lazy(r"(?:\b(?:a\s+combined|combined|a\s+total\s+of|in\s+all|together|altogether|total)"
                       r"(?:\s+(?:[a-z]+ed|won|held|had|made|saw|took|got|filed|issued))?|合计|共计|总计|总共|一共)"
                       r"\s*(?:了|为|达)?\s*(?:约|近|超过|逾|about|nearly|some|around|roughly|almost|over|more\s+than)?\s*$",
                       re.I)     # (… "together disclosed 156,681", "合计约15.7万")
# a sentence that opens by saying it adds up: "Together, A and B disclosed 156,681 …"
_ALL_OF_ZH = lazy(r"(?<![公总一合同])共(?!同|享|识|性|建(?!立))[^，。,;；:：]*$")
_SUM_AFTER = lazy(r"\s+(?:combined|altogether|together)\b|(?:\s+[\w'-]+){0,4}?\s+between\s+them\b", re.I)
#                 ("… worth more than USD 43 million combined", "disclosed about 156,700 invention patents between them")
_SUM_OPENING = lazy(r"\s*(?:together|combined|altogether|in\s+total|taken\s+together"
                    r"|(?:counting|taking|adding\s+up)\s+[^;.]{3,80}?\s+(?:together|combined))\s*,", re.I)
#                   ("Counting trademark, patent and copyright cases together, … 1,418 cases")


def combined(kb: KnowledgeBase, text: str, f: Figure) -> tuple[str, ...] | None:
    """The metrics a figure written as their sum names: two, best-scored first ("A and B disclosed a
    combined 156,681 invention patents", "A和B合计50家"), or one for each kind of a list sharing a head
    noun ("商标、专利、版权案件合计1,418宗"); () when the words name no such parts, or name them without
    joining them ("had facilitated a total of 643 licensing projects"); None for a sum of kinds some
    of which no metric names: the figure is no one metric's."""
    head = text[max(0, f.start - 28):f.start]
    shared = kinds_summed_after(text, f.end) if " and " in text[f.end:f.end + 60] else None
    if shared is None:
        # ("1,418 trademark, patent and copyright cases combined": the list and its sum word after it)
        summed_after = ("ombined" in text or "ogether" in text or "between them" in text) \
            and _SUM_AFTER.match(text, f.end) is not None
        # "共办理商标、专利、版权案件1418宗": 共 opening the clause the list and its figure are in
        all_of = "共" in text and _ALL_OF_ZH.search(text, max(0, f.start - 40), f.start) is not None
        if not ("ombined" in head or "otal" in head or " all" in head or "ogether" in head or "计" in head
                or "总共" in head or "一共" in head or text[:1] in "TtCcAaIi" and _SUM_OPENING.match(text)
                or summed_after or all_of):
            return ()                   # most figures: no word of a sum before them (substring tests first)
        if not _JOINS.search(text, 0, f.start):
            return ()
        shared = _kinds_sharing_a_head(text, f.start)
        if not (_COMBINED_BEFORE.search(text, max(0, f.start - 28), f.start) or _SUM_OPENING.match(text) or summed_after
                or all_of
                or shared and _TOTALLING.search(text, max(0, f.start - 28), f.start)):
            return ()       # ("… cases totalling 1,418": a sum only after a list of kinds, never "X totalled N")
    if shared:          # "商标、专利、版权案件", "trademark, patent and copyright cases": each kind with the head
        text = text[:shared.start] + shared.written_out + text[shared.end:]
    ranked = [m for m in kb.metric_index.best(text) if m.score[0]]      # best per metric, best first
    if shared:
        # one part for each kind the list names: the best metric that names it ("办理商标、专利、版权案件
        # 合计1,418宗" sums three); a kind no metric names leaves the sum unread
        parts = [next((m.target for m in ranked if (k in m.alias.text if m.alias.chinese else stem(k) in m.alias.keywords)),
                      None) for k in shared.kinds]
        if None in parts and any(parts):
            # a kind named by a sibling of a named part: "trademark cases handled by the market supervision
            # administration" names "patent cases handled by the market supervision administration (IP
            # office)" too: the one metric whose name says the same but for the kind
            k0, p0 = next((k, p) for k, p in zip(shared.kinds, parts) if p)
            parts = [p or _sibling(kb, p0, stem(k0), stem(k)) for k, p in zip(shared.kinds, parts)]
        return tuple(parts) if None not in parts and len(set(parts)) == len(parts) else None
    if len(ranked) < 2 or (len(ranked) > 2 and ranked[2].score == ranked[1].score):
        return ()
    return (ranked[0].target, ranked[1].target)


class SharedHead(NamedTuple):
    """A list of kinds sharing one head noun, and the list written out with the head on each kind."""
    start: int
    end: int
    written_out: str
    kinds: list[str]


def _kinds_sharing_a_head(text: str, before: int) -> SharedHead | None:
    """A list of three or more kinds sharing one head noun before ``before``: "商标、专利、版权案件" is
    商标案件、专利案件、版权案件."""
    if "、" in text:
        m = _SHARED_HEAD_ZH.search(text, 0, before)
        if m:
            kinds = re.split(r"[、和及]", m.group(1))     # ("商标、专利和版权案件": the last joined by 和)
            return SharedHead(m.start(), m.end(), "、".join(k + m.group(2) for k in kinds), kinds)
    m = _SHARED_HEAD_EN.search(text, 0, before)
    return _english_list(m) if m else None


def _english_list(m: re.Match) -> SharedHead:
    """"trademark, patent and copyright cases" as trademark cases, patent cases, copyright cases."""
    listed, head = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    kinds = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed)
    return SharedHead(m.start(), m.end(), ", ".join(f"{k} {head}" for k in kinds), kinds)


def _sibling(kb: KnowledgeBase, metric: str, kind: str, other: str) -> str | None:
    """The one metric whose English name has every word of ``metric``'s with ``kind`` swapped for
    ``other`` (stems), and the fewest words besides."""
    said = set(_words(kb.metrics[metric].en))
    if kind not in said:
        return None
    wanted = (said - {kind}) | {other}
    fits = sorted((len(set(_words(m.en)) - wanted), mid) for mid, m in kb.metrics.items()
                  if mid != metric and wanted <= set(_words(m.en)))
    return fits[0][1] if fits and (len(fits) == 1 or fits[1][0] > fits[0][0]) else None


def kinds_summed_after(text: str, end: int) -> SharedHead | None:
    """A list of kinds sharing a head noun right after a figure, which the figure counts together
    ("1,418 trademark, patent and copyright cases (combined)"): a sum, said so or not."""
    m = _SHARED_HEAD_EN.search(text, end, end + 80)
    if m is None or text[end:m.start()].strip():
        return None
    return _english_list(m)


_TOTALLING = lazy(r"\btotall?(?:ing|ed)\s*$", re.I)
_SHARED_HEAD_ZH = lazy(r"((?:[\u4e00-\u9fff]{2}、)+[\u4e00-\u9fff]{2}(?:[和及][\u4e00-\u9fff]{2})?)(案件|申请量?|授权量?|专利)")
_SHARED_HEAD_EN = lazy(r"\b([a-z]+(?:,\s+[a-z]+)+,?\s+and\s+[a-z]+)\s+(cases|patents|applications|grants|registrations)\b"
                      # (two kinds of a body: "50 people's and commercial mediation organizations")
                      r"|\b([a-z]+(?:'s)?\s+and\s+[a-z]+)\s+((?:[a-z]+\s+)?(?:organi[sz]ations|bodies|agencies))\b")
_JOINS = lazy(r"\band\b|\bas\s+well\s+as\b|[和与及、&]", re.I)
_JOINT = lazy(r"\b(?:together|combined|altogether|in\s+total|between\s+them|jointly)\b|合计|共计|总计|一共|合共|(?<!公)共同?", re.I)
_PLURAL_HEAD = lazy(r"\s+" + COURTS + r"\b")     # "Futian and Nanshan | District Courts"
_AND = lazy(r"\s*(?:,?\s*and(?:\s+the)?|as\s+well\s+as(?:\s+the)?|&|和|与|及|、)\s*$", re.I)


def joint_entities(kb: KnowledgeBase, text: str, mentions: list[tuple[str, int, int]], start: int, at: int
                   ) -> tuple[str, ...]:
    """The places or courts a figure adds up ("the Futian and Luohu courts together accepted 2,636",
    "福田区人民法院和罗湖区人民法院共受理2,636宗"): two or more names in its clause (from ``start``)
    before it (at ``at``), one list joined by 'and', and a word of a sum before the first or between
    the last and the figure, or a plural head noun they share ("the Futian and Nanshan District
    People's Courts"), none of them part of another; () otherwise."""
    named = [m for m in mentions if start <= m[1] and m[2] <= at]
    if len(named) < 2 or not (_JOINT.search(text, named[-1][2], at) or _JOINT.search(text, start, named[0][1])
                              or _PLURAL_HEAD.match(text, named[-1][2])):
        return ()
    run = [named[-1]]
    for m in reversed(named[:-1]):
        if not _AND.match(text[m[2]:run[0][1]]) and text[m[2]:run[0][1]].strip() not in (",", "，"):
            break
        run.insert(0, m)
    ents = tuple(dict.fromkeys(e for e, _, _ in run))
    if any(a != b and kb.is_within(a, b) for a in ents for b in ents):
        return ()                   # "Shenzhen and Futian together": a part is already in its whole
    return ents if len(ents) >= 2 else ()


# A clause that only carries the figure before it on to a new level: "grew 10.29%, reaching 80,657",
# "broke the 80,000 mark, reaching 80,657", "fell 15.9% to 10,987", "同比增长10.29%,达80,657件"
_GOES_ON = lazy(r"[\s,;，、；]*(?:and\s+|which\s+)?(?:(?:19|20)\d\d年(?:上半年|下半年|全年|前三季度|底|末|\d{1,2}月(?:底|末)?)?)?"
                r"(?:(?:reaching|reached|rising|rose|climbing|climbed|falling|fell|dropping|"
                r"dropped|increasing|increased|decreasing|decreased|growing|grew|coming|came|standing|stood)"
                r"(?:\s+to|\s+at)?|hitting|to|at|totall?ing|for\s+a\s+total\s+of|(?:(?:up|down)\s+)?from|"
                r"(?:implying|which\s+implies|meaning)(?:\s+(?:that\s+)?(?:there\s+were\s+)?)?(?:\s*(?:19|20)\d\d\s+had)?|"
                r"when\s+(?:there\s+(?:were|was)|it\s+(?:had|was|stood\s+at)|they\s+(?:were|numbered))|"
                r"(?:据此)?推算(?:出)?(?:(?:19|20)\d\d年)?(?:约)?(?:为|有)?|可知(?:此前)?(?:累计)?(?:为)?|"
                r"达到?|增至|升至|降至|增长到|下降到|至|为|"
                r"(?:全国|全省|广东省?)(?:的)?平均(?:水平|值)?(?:仅)?(?:为|是|约为)?)"     # "…110件,全国平均水平为14件"
                r"(?:\s+(?:the|its|their)\s+(?:previous|prior|preceding)\s+year['’]s|\s+(?:19|20)\d\d['’]s)?"   # "up from 2012's"
                r"(?:\s*(?:a\s+total\s+of|a\s+record|more\s+than|fewer\s+than|less\s+than|just\s+(?:over|under)|over|under|"
                r"about|around|nearly|almost|roughly|some|近|约|超过|逾|不足|不到))?\s*$", re.I)


# a clause that only bounds the figure before it again: "1.63万件,不足2万件", "16,300, well under 20,000"
_BOUND_ALONE = lazy(r"[\s,;，、]*(?:已|仍|还|也|i\.e\.\s*|still\s+|well\s+|that\s+is\s+)?"
                    r"(?:不足|不到|超过|逾|less\s+than|fewer\s+than|under|below|more\s+than|over|above)\s*$", re.I)
_NOTHING_AFTER = lazy(r"\s*([件项个家宗人次所名位批]?)\s*[。.!;；]?\s*$")


# a share's part restated after it in a count: "… about 22% of the 49,756 …, at 10,987", "…, taking in 2,936"
RESTATED_PART = lazy(r",\s*(?:at|taking\s+in|handling|receiving|accepting|or|i\.e\.)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$",
                     re.I)


def compared_alike(text: str, start: int, at: int) -> bool:
    """Is the figure at ``at``, whose clause opens at ``start`` and names nothing of its own, what the figure
    before it is compared with ("110 … were 96 more than | the national average of 14", "1.63万件,低于2016年的…",
    "7.9 times the 14 …", "110 …, far above the national average of 14")? What is compared is alike."""
    return (text[max(0, start - 6):start].rstrip().lower().endswith("than")
            or "于" in text and COMPARED_BEFORE_ZH.match(text, start, at) is not None
            or ("times" in text or "ouble" in text or "twice" in text or "tr" in text) and TIMES_THE.search(text, max(start, at - 12), at) is not None
            or "average" in text and _AGAINST_AN_AVERAGE.search(text, max(start, at - 60), at) is not None)


_AGAINST_AN_AVERAGE = lazy(r"\b(?:above|below|against|versus|vs\.?|compared\s+(?:with|to)|beating|exceeding|under|over)\s+"
                           r"(?:the\s+|a\s+)?(?:national|nationwide|country's|china's|provincial|guangdong)\s+average"
                           r"(?:\s+(?:of|at))?\s*$", re.I)


def refers_back(text: str, start: int, at: int) -> bool:
    """Does the clause name what the figure at ``at`` counts only by pointing back ("…62,293 valid invention
    patents at the end of 2013. By 2016 the total had passed 95,000", "They reached 80,657")? Such a figure
    is the same thing's as the figure before it."""
    return (("hey" in text or "total" in text or "figure" in text or "number" in text or "it " in text)
            and _POINTS_BACK.match(text, start, at) is not None)


_POINTS_BACK = lazy(r"[\s.,;]*(?:(?:and\s+)?(?:by|in)\s+(?:(?:the\s+end\s+of\s+)?(?:19|20)\d\d|then|that\s+year),?\s+)?"
                    r"(?:they|it|the\s+(?:total|figure|number|count|tally)|that\s+(?:total|figure|number)|its\s+total)\s+"
                    r"(?:(?:had|has|have)\s+)?(?:reached|rose|grew|climbed|hit|passed|topped|exceeded|surpassed|stood\s+at|"
                    r"were|was|numbered|came\s+to|totall?ed|jumped\s+to|fell\s+to|dropped\s+to|increased\s+to|risen\s+to|grown\s+to)"
                    r"(?:\s+(?:to|at))?(?:\s+(?:about|nearly|almost|roughly|some|over|more\s+than|just\s+over|around))?\s*$", re.I)


def bound_alone(text: str, start: int, end: int, at: int, after: int) -> bool:
    """Is the clause start..end nothing but a bound on the figure at..after ("…1.63万件, 不足2万件"),
    counting what the clause before it counts? Such a figure bounds the same thing as the figure
    before it ("6,264批、约2,883.5万件" are items, not batches, and 'about' is no bound)."""
    if _BOUND_ALONE.match(text, start, at) is None or (rest := _NOTHING_AFTER.match(text, after, end)) is None:
        return False
    word = rest.group(1)
    return not word or text[max(0, start - 3):start].rstrip(" ,，、;；").endswith(word)


# the words before a rate of two figures the claim states: "a closure ratio of roughly 84%", "结案率超过九成"
A_RATE_OF = lazy(r"\b(?:rate|ratio)\s+of\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|almost\s+)?$"
                 r"|率(?:约为|大约为|约|为|达|超过|逾|近|不足|不到|接近)?$", re.I)


_TWO_WORDS = lazy(r"\s*([A-Za-z][A-Za-z'-]*)(?:\s+([A-Za-z][A-Za-z'-]*))?")


def counts_what_metrics_count(kb: KnowledgeBase, text: str, end: int) -> bool:
    """Do the two words after a count in words hold a word of a metric's name ("four silver awards")?
    Such a count, beside figures in digits, is a figure of the claim even when no metric takes it: a
    claim must not be supported on its other figures alone."""
    m = _TWO_WORDS.match(text, end)
    if m is None:
        return False
    keywords = metric_keywords(kb)
    return any(w and stem(w) in keywords for w in m.groups())


def metric_keywords(kb: KnowledgeBase) -> frozenset[str]:
    """Every English keyword of a metric alias (stemmed), once per base."""
    cached = getattr(kb, "_metric_keywords", None)
    if cached is None:
        cached = kb._metric_keywords = frozenset(k for a in kb.metric_index.aliases if not a.chinese for k in a.keywords)
    return cached


def goes_on(text: str, start: int, at: int) -> bool:
    """Does the clause from ``start`` hold nothing before the figure at ``at`` but words carrying the
    figure before it on ("…, reaching 80,657")? Such a figure is the same thing's."""
    return _GOES_ON.match(text, start, at) is not None


def whole_after_zhan(text: str, start: int, at: int, alias: Alias) -> bool:
    """Does the Chinese ``alias`` stand whole between 占 and the share at ``at`` ("…27.11万件,占全市有效
    发明专利的57.58%")? Those words name the share's whole, never its part."""
    zhan = text.rfind("占", start, at)
    return zhan >= 0 and alias.chinese and all(k in text[zhan + 1:at] for k in alias.keywords)


def has_shares(kb: KnowledgeBase, metric: str) -> bool:
    return any(x.measure == "share" for x in kb.lookup(metric))


_SHARE_CUES = ("占", "account", "making up", "made up", "makes up", "represent", "share of")


def names_the_part(text: str, start: int, end: int, comparing: bool = False) -> bool:
    """Does a share's clause say what the part is before its cue ("invention patents accounting for
    …", "发明专利授权占…")? Words after the cue name the whole. With ``comparing``, a gap's clause,
    cut at its comparative ("比同期GDP增速高3.1个百分点": the words after 比 name what it is compared with)."""
    low = text[start:end].lower()
    cut = min((i for i in (low.find(c) for c in _SHARE_CUES) if i >= 0), default=len(low))
    if comparing and (m := _COMPARES.search(low)):
        cut = min(cut, m.start())
    part = text[start:start + cut]
    return bool(set(_words(part)) - _HEDGE_STEMS or set(cjk(part)) - _HEDGE_HAN)


# "约占…", "a roughly 22% slice of": a hedge before the cue names no part
_HEDGE_HAN = frozenset("约近超逾达共计为了的将大概")
_HEDGE_STEMS = frozenset(stem(w) for w in ("roughly", "about", "nearly", "around", "some", "almost", "approximately",
                                           "just", "or", "over", "under", "more", "less", "than", "only"))


# What a gap between two rates compares: the words before the comparative name the subject, whose
# lead (or lag) the gap is ("export growth outpaced import growth by 15 points", "出口增速比进口增速低10.5
# 个百分点"); the words after it name what it is compared with.
_COMPARES = lazy(r"\b(?:outpac|outstripp|outgr[eo]w|outnumber|exceed|surpass|beat|trail|lagg?(?:ed|ing|s)?(?:\s+behind)?|(?:faster|slower|higher|lower|more|less)\s+than|above|below|"
                 r"ahead\s+of|behind)|比|高出|高于|超出|快于|慢于|低于|落后于", re.I)


def subject_of_a_gap(kb: KnowledgeBase, text: str, start: int, at: int):
    """The metric the words before a comparative name in full (between ``start`` and the figure at
    ``at``), for a gap in percentage points: the best such match, or None."""
    cue = _COMPARES.search(text, start, at)
    if cue is None:
        return None
    # (in the gap's own clause first; else the whole claim's, the one that names most of what the clause
    # says and least of what it does not: "…imports and exports totalled …, with export growth outpacing …")
    found = [m for m in kb.metric_index.best(text[start:cue.start()]) if m.score[0]]
    if found:
        return found[0]
    local = set(_words(text[start:cue.start()]))
    found = [m for m in kb.metric_index.best(text[:cue.start()]) if m.score[0]]
    return max(found, key=lambda m: (len(local.intersection(m.alias.keywords)) * 2 - len(m.alias.keywords),
                                     -found.index(m))) if found else None


_CLAUSE_END = lazy(r",(?!\d)|[;；。，.]")


def comparator(kb: KnowledgeBase, text: str, start: int, f: Figure) -> str | None:
    """The metric a gap compares its subject with: named after 'than' ("10.5 points slower than
    royalty imports"), or between the comparative and the figure ("outpaced import growth by 15
    points", "出口增速比进口增速低10.5个百分点"). The metric of the claim whose names say most of those
    words, when one does; else None."""
    after = _COMPARES.search(text, f.end, min(len(text), f.end + 40))
    if after is not None and ("than" in after.group(0).lower() or after.group(0).lower() in ("above", "below")):
        stop = _CLAUSE_END.search(text, after.end())
        words = text[after.end():stop.start() if stop else len(text)]
    else:
        before = None
        for before in _COMPARES.finditer(text, start, f.start):
            pass
        if before is None:
            return None
        words = text[before.end():f.start]
    if not (_words(words) or cjk(words)):
        return None
    held: dict[str, tuple[int, bool]] = {}
    for m in kb.metric_index.matches(text, words):
        # (words said, and all of a name said: "than its trademark applications as a whole" are trademark
        # applications, not the overseas ones the claim's subject is)
        held[m.target] = max(held.get(m.target, (0, False)), (m.in_focus, m.in_focus >= m.alias.weight[0]))
    ranked = sorted(held.items(), key=lambda t: t[1], reverse=True)
    if not ranked or ranked[0][1][0] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


# A comparison the claim makes with something it states no figure for ("more than the Longgang
# District People's Court", "more than all of the city's district courts combined", 高于广州): not a
# bound on a figure ("more than 95,000", "more than half", "more than doubled").
_COMPARED_WITH = lazy(r"\b(?:more|fewer|less|higher|lower|greater|larger|bigger|smaller|faster|slower|quicker)\s+than\s+"
                      r"(?!an?\s+(?:million|billion|trillion|thousand|hundred|dozen|half|third|quarter|fifth|tenth|few|couple)\b)"
                      r"(?!(?:about|nearly|some|"     # ("more than a million": a bound, not a thing named)
                      r"around|almost|just|only|one|two|three|four|five|six|seven|eight|nine|ten|half|"
                      r"eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                      r"ninety|hundred|thousand|dozen|"
                      r"double|twice|triple|doubled|tripled|quadrupled|any\s+other|all\s+other|us\$|usd|rmb|cny|hk\$)"
                      r"(?![a-z]))(?=[A-Za-z])"
                      r"|(?:多于|少于|高于|低于|大于|小于|不及|不如|超出)(?![\d一二两三四五六七八九十半])"
                      r"|(?:多于|少于|高于|低于|大于|小于|不及|不如|超出|超过)(?=(?:19|20)\d\d年)"      # ("高于2016年的水平")
                      # (超过 a thing, not a number: "超过六个区法院受理量之和")
                      r"|超过(?!了?\s*[\d一二两三四五六七八九十半百千万亿约近逾])(?=[\u4e00-\u9fff])|超过(?=[^,，。;；]{1,20}?(?:之和|总和))"
                      # "fewer than any other city": no rank any source gives (the most is first, the fewest last)
                      r"|\b(?:fewer|less|lower|smaller)\s+(?:[\w'-]+\s+){0,6}?than\s+(?:any|all)\s+other\b"
                      # "… 26,967 patent transfers. The 5,998 licences it granted outnumbered them": a side only a pronoun names
                      r"|\b(?:outnumber(?:ed|s)?|outstripp?(?:ed|s)?|overtook|(?:exceed(?:ed|s)?|surpass(?:ed|es)?)(?=\s+th))"
                      r"\s+(?:them|it|those|these|theirs)\b"
                      # "… lagged behind import growth": a side named in words only
                      r"|\b(?:lagg(?:ed|ing)\s+behind|trail(?:ed|ing)|outpac(?:ed|ing))\s+(?=[A-Za-z])(?![^.;]*\d)", re.I)


def compares_with_words(text: str) -> str | None:
    """The words of a comparison with something named in words only ("more than the Longgang
    court", "the fewest of any court"), or one whose own side has no figure ("closed more IP cases
    than the 19,055 they took in": how many were closed the claim leaves unsaid), or None."""
    if ("above" in text or "below" in text) and (m := _ABOVE_A_YEAR.search(text)) is not None:
        return m.group(0)       # "16,300 …, above the 2016 level": a year's figure the claim does not give
    if (" that " in text or " this " in text) and (m := _THAT_NUMBER.search(text)) is not None:
        return m.group(0)       # "19,055 new IP cases received, but cases concluded fell short of that number"
    if "than" not in text and "于" not in text and "fewest" not in text and "least" not in text \
            and "lowest" not in text and "smallest" not in text and "最" not in text and "不" not in text \
            and "超出" not in text and "超过" not in text and "比" not in text \
            and not (("outnumber" in text or "outstrip" in text or "xceed" in text or "urpass" in text or "overtook" in text)
                     and (" them" in text or " it" in text or " those" in text or " these" in text or " theirs" in text)) \
            and "lagg" not in text and "trail" not in text and "outpac" not in text:
        return None
    m = _COMPARED_WITH.search(text) or _FEWEST.search(text) or ("than" in text and _COMPARED_ACROSS.search(text)) \
        or ("比" in text and MORE_THAN_NAMED_ZH.search(text))
    return _PHRASE_END.split(text[m.start():m.end() + 30])[0].strip() if m else None


_PHRASE_END = lazy(r"[,.](?!\d)")
_THAT_NUMBER = lazy(r"\b(?:f(?:e|a)ll\s+short\s+of|exceeded|topped|surpassed|outnumbered|trailed|matched|passed)\s+"
                     r"(?:that|this)\s+(?:number|figure|total|level|mark|count|tally)\b", re.I)
_ABOVE_A_YEAR = lazy(r"\b(?:above|below)\s+(?:(?:the|its|their)\s+(?:19|20)\d\d|(?:19|20)\d\d['’]s)\s+"
                     r"(?:level|figure|total|mark|tally|count|number)s?\b", re.I)
# "topped 19,000, more than 1.8 times the 10,049 the city filed in 2013": the base of a multiple counts the same
TIMES_THE = lazy(r"\b(?:times|double|twice|triple|treble)\s+(?:the|that\s+of|those\s+of)\s+$", re.I)   # ("double the 39,527")
# "1.63万件,低于2016年的1.9万余件": a clause that opens by comparing, naming no thing of its own
COMPARED_BEFORE_ZH = lazy(r"\s*(?:[仍也还]?(?:低于|高于|多于|少于|超过|不及|逊于|远超|超出))\s*(?:\d{4}年(?:底|末)?的?)?\s*$")
# "…1385宗，比福田区人民法院还多": what is compared with, named between 比 and the comparative, and nothing after
MORE_THAN_NAMED_ZH = lazy(r"(?<![同环])比(?P<name>(?:[^，。,;；\d]|(?:19|20)\d\d年){2,24}?)(?:还|更|要|都)?(?:(?P<more_zh>多|高)|(?P<fewer_zh>少|低))"
                          r"(?=[。，,;；!！]|$)")


# a comparative parted from its 'than' by the noun compared ("more IP cases in 2024 than"): no bound
# on a figure, which is written "more than 19,055"
_COMPARED_ACROSS = lazy(r"\b(?:more|fewer|less|higher|lower|greater|larger|bigger|smaller|faster|slower|quicker)\s+(?!than\b)"
                        r"(?:[\w'-]+,?\s+|[\d,.]+,\s+){1,6}?than\b", re.I)     # ("more patents, 241,900, than …")


_REACHED = lazy(r"\b(?:had|has|have)\s+(?:already\s+)?(?:reached|achieved|filed|recorded|won|hit|had)\b|\balready\b|"
                r"\b(?:it|they)\s+(?:filed|reached|recorded|won|had(?!\s+(?:targeted|set|planned|aimed|proposed|hoped|"
                r"expected|projected|envisaged)))\b|已经?(?:达到|实现|超过)", re.I)
# "…, actually filed 20,200 that year", "but filed only 20,200", 实际完成: what happened beside the goal, said before it
_OUTCOME_BEFORE = lazy(r"\bactually\b|\bin\s+(?:the\s+)?event\b|\bbut\s+(?:only\s+)?(?:filed|reached|recorded|won|hit|got|"
                       r"achieved|managed)\b|\b(?:filed|reached|recorded|achieved|managed)\s+only\b|实际", re.I)


def reached_before(text: str, at: int) -> bool:
    """Is the figure at ``at`` one already reached ("the 80.1 it had already reached in 2016", "the
    10,049 PCT applications it filed in 2013"), said in the words right around it?"""
    return _REACHED.search(text, max(0, at - 20), min(len(text), at + 60)) is not None \
        or _OUTCOME_BEFORE.search(text, max(0, at - 40), at) is not None


def measured_against_a_goal(text: str, start: int, end: int) -> bool:
    """Is the figure at ``start``..``end`` an outcome the claim measures against a goal it names
    elsewhere: before the goal's words with a comparative between ("16,300 PCT applications in 2024
    were still below the more than 22,000 it had targeted for 2020"), or after them as where it
    started ("targeted more than 22,000 …, up from 10,049 in 2013")?"""
    goal = _TARGET.search(text)
    if goal is None:
        return False
    if end <= goal.start():
        return _AGAINST.search(text, end, goal.start()) is not None
    return goal.end() <= start and _FROM_BEFORE.search(text, max(goal.end(), start - 16), start) is not None


# a comparative an outcome is measured against a goal with
_AGAINST = lazy(r"\b(?:below|above|short\s+of|exceed\w*|surpass\w*|beyond|behind|ahead\s+of|more\s+than|less\s+than|"
                r"fewer\s+than|under|over|in\s+line\s+with|matching|meeting|hitting|on\s+(?:target|track|schedule)|"
                r"as\s+(?:planned|targeted))\b|低于|高于|超过|不及|未达到|达到了?|完成|实现", re.I)
_FROM_BEFORE = lazy(r"\b(?:(?:up|down|rising|falling)\s+from\s+(?:the\s+|its\s+)?|(?:above|below|than|compared\s+with|"
                    r"against)\s+(?:the|its)\s+)$|(?:比|较)$", re.I)      # (never a bound: "more than 22,000")


_FEWEST = lazy(r"\bthe\s+(?:fewest|least|lowest|smallest)\b|最少|最低", re.I)


_LAST_WORDS = lazy(r"(?:[\w'-]+\s+){0,2}[\w'-]+[\s,]*$")


def antecedent(kb: KnowledgeBase, text: str, at: int) -> Match | None:
    """The metric the last words before a relative clause at ``at`` name in full ("…outpaced GDP, |
    which …": GDP), or None."""
    last = _LAST_WORDS.search(text, max(0, at - 60), at)
    found = [m for m in kb.metric_index.best(last.group(0))] if last else []
    return found[0] if found and found[0].score[0] and (len(found) == 1 or found[1].score < found[0].score) else None


# the words just before the side a comparison is made with: "double the", "three times", "than its",
# "a quarter of the"
_COMPARED_SIDE = lazy(r"(?:\bas\s+(?:the|its|their)\s+|\b(?:double|twice|triple|treble|half|times|than|compared\s+(?:with|to)|against|versus|vs\.?|"
                      r"(?:half|third|quarter|fifth|tenth|thirds|quarters|fifths|tenths)\s+of)"
                      r"\s+(?:(?:the|its|their|that\s+of|those\s+of)\s+)?|倍于|相比)$", re.I)


def compared_side(text: str, start: int, end: int) -> bool:
    """Do the words at ``start``..``end`` end by introducing the side a comparison is made with? (Substring
    tests for the words ``_COMPARED_SIDE`` needs first: most figures have none before them.)"""
    w = text[start:end].lower()
    return ("as" in w or "doubl" in w or "twice" in w or "tripl" in w or "trebl" in w or "half" in w or "times" in w
            or "than" in w or "compared" in w or "against" in w or "vs" in w or "versus" in w or "third" in w
            or "quarter" in w or "fifth" in w or "tenth" in w or "倍于" in w or "相比" in w) \
        and _COMPARED_SIDE.search(text, start, end) is not None


_OF_THE_BEFORE = lazy(r"\d[\d,]*\s+of\s+(?:the\s+|its\s+|their\s+)?$")


def whole_of_a_part(text: str, start: int) -> bool:
    """Is the figure at ``start`` the whole a part before it is of ("305 of the 425 IP crime cases")?"""
    return " of " in text[max(0, start - 12):start] and _OF_THE_BEFORE.search(text, max(0, start - 24), start) is not None
