"""What a figure counts and in what: the noun or measure word after it (persons, cases,
enterprises, batches, items), what a metric's own name counts, whether an amount of money can be a
metric's figure at all, and words that make a stock's level its additions. A figure is matched to
a metric by words; these are the checks that the words did not pick a metric of other things.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipcheck import numbers
from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import lazy

if TYPE_CHECKING:
    from ipcheck.model import Figure


_MEASURE_WORD_COUNTS = {"人": "persons", "宗": "cases", "起": "cases", "批": "batches", "笔": "loans"}     # (件 counts cases, patents and goods alike)
_NOUN_COUNTS = {"persons": "persons", "person": "persons", "people": "persons", "individuals": "persons",
                "suspects": "persons", "cases": "cases", "case": "cases", "disputes": "cases", "enterprises": "enterprises",
                "enterprise": "enterprises", "companies": "enterprises", "firms": "enterprises",
                "batches": "batches", "batch": "batches", "consignments": "batches", "items": "items",
                "pieces": "items", "goods": "items", "institutions": "institutions", "institution": "institutions",
                "agencies": "institutions", "organizations": "institutions", "organisations": "institutions",
                "loans": "loans", "loan": "loans", "patents": "patents"}
# words that end the noun phrase a figure begins ("689 overseas dispute cases | involving …")
_PHRASE_ENDS = frozenset("involving involved with of in among and for from to by including which that who "
                         "were was are is had have has employing employed covering".split())
_NEXT_WORDS = lazy(r"[\s\-–]*([A-Za-z]+)(?![A-Za-z'’])")   # ("IP-crime cases": a hyphen joins words; never "people's")


def thing_counted(text: str, end: int, reach: int = 4) -> str | None:
    """What the words right after a figure say it counts: a Chinese measure word (人 persons, 宗/件
    cases) or, in English, the first of persons / cases / enterprises among the next ``reach`` words
    of its noun phrase ("689 overseas dispute cases", "461 persons"). None for anything else."""
    word = text[end:end + 1]
    if word in _MEASURE_WORD_COUNTS:
        return _MEASURE_WORD_COUNTS[word]
    pos = end
    if (part := _OF_THOSE.match(text, end)) is not None:
        pos = part.end()            # "win 120 of those cases": cases
    for _ in range(reach):
        m = _NEXT_WORDS.match(text, pos)
        if not m:
            return None
        w = m.group(1).lower()
        if w in _NOUN_COUNTS:
            return _NOUN_COUNTS[w]
        if w in _PHRASE_ENDS:
            return None
        pos = m.end()
    return None


# the people living in a place: no metric's count ("按约1,780万常住人口计算", "its 17.8 million residents")
_RESIDENTS = lazy(r"\s*(?:(?:常住|户籍)?人口|居民|(?:permanent\s+|registered\s+)?(?:residents|inhabitants|population)\b)", re.I)


def residents_counted(text: str, end: int) -> str | None:
    """The words right after a figure when they say it counts the people living somewhere."""
    m = _RESIDENTS.match(text, end)
    return m.group(0).strip() if m else None


_OF_THOSE = lazy(r"\s+of\s+(?:those|these|the|its|their)(?=\s)", re.I)


_CATEGORIES = {"patent": ("patent", "专利"), "trademark": ("trademark", "商标"), "copyright": ("copyright", "版权", "著作权")}


def narrower_cases(kb: KnowledgeBase, metric: str, text: str, end: int) -> str | None:
    """The kind of IP the cases a figure counts are of, when the words right after it name one its
    metric's names do not ("2,114 patent dispute cases" against all IP cases concluded); else None."""
    if not text.startswith((" patent", " trademark", " copyright"), end) and "case" not in text[end:end + 40]:
        return None                 # most figures: no kind of IP, or no cases, right after them
    words: list[str] = []
    pos = end
    for _ in range(4):
        m = _NEXT_WORDS.match(text, pos)
        if not m:
            return None
        words.append(m.group(1).lower())
        if words[-1] in ("case", "cases"):
            break
        pos = m.end()
    else:
        return None
    kinds = [kind for kind in _CATEGORIES if kind in words]
    if not kinds:
        return None
    names = " ".join((kb.metrics[metric].en, kb.metrics[metric].zh, *kb.metrics[metric].aliases)).lower()
    return next((kind for kind in kinds if not any(s in names for s in _CATEGORIES[kind])), None)


def counts_other_things(kb: KnowledgeBase, metric: str, text: str, end: int) -> bool:
    """Do the words after a figure say it counts something other than what the metric's Chinese
    name counts? Only a plain clash counts; most names say neither."""
    counted = counted_by(kb, metric)       # most names say nothing: the words are not read at all
    if counted is None:
        return False
    thing = thing_counted(text, end)
    return thing is not None and counted != thing and {counted, thing} != _BOTH_FIRMS


_BOTH_FIRMS = {"institutions", "enterprises"}      # "69 patent agency firms": an agency is an institution and a firm


def counted_by(kb: KnowledgeBase, metric: str) -> str | None:
    """'persons', 'cases', 'enterprises', 'batches' or 'loans' when the metric's Chinese name says which it counts
    ('items' when its English name does); read once per metric."""
    cache = kb.__dict__.setdefault("_counted_by", {})
    if metric not in cache:
        cache[metric] = _counted_by(kb, metric)
    return cache[metric]


def _counted_by(kb: KnowledgeBase, metric: str) -> str | None:
    name = kb.metrics[metric].zh
    if "人数" in name or name.endswith(("人次", "人员", "专家数")):
        return "persons"
    if name.endswith(("机构", "机构数", "组织", "组织数")):
        return "institutions"
    if "案件" in name or "案宗" in name or "案数" in name:
        return "cases"
    if name.endswith(("企业数", "企业数量", "企业")):
        return "enterprises"
    if "批次" in name:
        return "batches"
    if name.endswith("专利数"):
        return "patents"
    if name.endswith("笔数"):
        return "loans"
    if kb.metrics[metric].en.endswith("(items)"):
        return "items"
    return None


_NOT_MONEY_WORDS = numbers.MEASURE_WORDS.replace("元", "")


DURATIONS = frozenset(("years", "months"))     # spans of time: never a count, never money


def unit_clash(kb: KnowledgeBase, metric: str, f: Figure, text: str) -> bool:
    """Money read against a metric of counts, or a count that is no money against a metric of money:
    one its measure word or noun shows is a count ("2,883.5万件", "2.9 million infringing goods"), or one
    too small to be an amount with the currency left out ("in 1,120 trademark cases"; the judge never
    compares those with money); a span of time against a metric of anything else ("the grant cycle was
    cut to 3 months": no count of patents)."""
    own = kb.metrics[metric].unit
    if f.unit in ("yuan", "usd"):
        return own not in ("yuan", "usd")
    if f.unit in DURATIONS:
        return own not in DURATIONS
    after = text[f.end:f.end + 1]
    return f.unit == "count" and own in ("yuan", "usd") and (f.scale < 1e4 or after != "" and after in _NOT_MONEY_WORDS
                                                              or thing_counted(text, f.end) is not None)


def unit_fit(kb: KnowledgeBase, metric: str, unit: str) -> int:
    """How well a level figure's unit fits a metric: its own unit, a bare amount of money, or not."""
    own = kb.metrics[metric].unit
    if own == unit:
        return 2
    return 1 if unit == "count" and own in ("yuan", "usd") else 0


# Words that make a level of a stock its additions ("new valid invention patents", "新增有效发明专利");
# "a new high" is still the stock
_ADDED = lazy(r"\b(?:new(?!\s+(?:highs?|records?|peaks?|levels?|heights)\b)|newly|added|additional)\b|新增|净增", re.I)


def counts_additions(kb: KnowledgeBase, metric: str) -> bool:
    """Does the metric's own name count additions ("newly recognised China famous trademarks")?"""
    return _ADDED.search(kb.metrics[metric].en) is not None


def added_to(kb: KnowledgeBase, metric: str, clause: str) -> str | None:
    """The word saying a figure counts additions to a stock, unless the metric's own names say it."""
    hit = _ADDED.search(clause)
    if hit is None:
        return None
    word = hit.group(0).lower()
    m = kb.metrics[metric]
    return None if any(word in n.lower() for n in (m.en, m.zh, *m.aliases)) else hit.group(0)


# the noun phrase a count opens: its words up to a preposition, a verb of the clause or a break
_PHRASE_AFTER_A_COUNT = lazy(r"(?:-strong)?\s+(?!(?:and|or|but|while|whereas|with)\b)((?:(?!(?:in|at|on|of|from|for|by|during|across|with|to|that|which|who|were|was|are|is|"
                             r"had|has|have|recorded|filed|granted|reached|rose|fell|and\s+(?:\d|their|its|the|an?|other|each)\b)\b)"
                             r"[A-Za-z][\w'’-]*\s*){2,8})",
                             re.I)


# ("30所国家知识产权示范高校和80所 | 试点高校 | ，…"): up to the next item or clause
_PHRASE_AFTER_A_COUNT_ZH = lazy(r"[所家件项个宗名位人次批户]?([\u4e00-\u9fff]{2,16}?)(?=和|、|，|,|及|与|。|；|;|$)")


def words_after_a_count(kb: KnowledgeBase, text: str, end: int, phrase: bool = False):
    """The metric the noun phrase right after a count names in full ("26,967 | patent transfers | in
    2024", "the 420,000 | patent transfers and licences | recorded across China"), when one does (with
    ``phrase``, the phrase itself, or "")."""
    m = _PHRASE_AFTER_A_COUNT.match(text, end) if text[end:end + 2].isascii() else _PHRASE_AFTER_A_COUNT_ZH.match(text, end)
    if phrase:
        return m.group(1) if m else ""
    if m is None:
        return None
    found = [x for x in kb.metric_index.best(m.group(1)) if x.score[0]]
    return found[0] if found and (len(found) == 1 or found[1].score < found[0].score) else None
