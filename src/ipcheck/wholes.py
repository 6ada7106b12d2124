"""Parts and wholes a claim states around its figures: the part of a whole it opens with ("Of the 69
agencies, 37 were in Futian"), the whole of a share ("22% of the 49,756 patents granted"), and an
upper bound that only says which items a count counts ("7,345 projects of under 10 million yuan").

Each works on the figures the reader has already placed, and changes only what the words around
them make plain.
"""
from __future__ import annotations

import re

from ipcheck import cues
from ipcheck.clauses import clause_of
from ipcheck.counted import counted_by, thing_counted
from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import lazy
from ipcheck.spelt import OF_THEM
from ipcheck.matching import Match, _words
from ipcheck.model import Claim, Figure
from ipcheck.numbers import read_numbers
from ipcheck.roles import A_WHOLE_IN_WORDS


OPENING_WHOLE = lazy(r"\s*(?:of|among|out\s+of)\s+(?:the\s+|its\s+|[A-Z][\w'’-]*'s\s+)?(?=\d)", re.I)


def part_of_an_opening_whole(kb: KnowledgeBase, text: str, figs: list[Figure], mentions: list[tuple[str, int, int]]
                             ) -> None:
    """"Of the 69 patent agencies in Shenzhen, 37 were in Futian District", "Shenzhen had 69 patent agencies,
    and 37 of them … were based in Futian District": the part counts what the whole counts, in the part of
    the whole's place the words after it name; a part that names none is no figure of the whole's
    metric ("of the 69 agencies, 37 were small" names no part the base counts)."""
    levels = [f for f in figs if f.role == "level"]
    if len(levels) < 2:
        return
    opening = OPENING_WHOLE.match(text)
    if opening is not None and opening.end() == levels[0].start and "," in text[levels[0].end:levels[1].start]:
        whole, part = levels[0], levels[1]
    elif "其中" in text and (zh := next((f for f in levels[1:] if "其中" in text[max(0, f.start - 16):f.start]), None)):
        # "截至2013年底,深圳专利代理机构增至69家,其中福田区有37家": the part's place named after 其中
        whole, part = max((g for g in levels if g.end <= zh.start), key=lambda g: g.start), zh
        if whole.metric is None or whole.entity is None or part.metric not in (None, whole.metric):
            return
        at = text.rfind("其中", 0, part.start)
        place = next((e for e, m_at, _ in mentions if at < m_at < part.start and e != whole.entity
                      and kb.is_within(e, whole.entity)), None)
        if place is not None:
            part.metric, part.metric_words, part.alternatives = whole.metric, whole.metric_words, ()
            part.entity, part.entity_named = place, True
        return
    else:
        part = next((f for f in levels[1:] if OF_THEM.match(text, f.end)), None)
        # (of the last count before it of the things it counts: "689 cases involving 2,352 enterprises, …, win 120
        # of those cases" are of the 689)
        thing = thing_counted(text, part.end) if part is not None else None
        whole = max((g for g in levels if part is not None and g.end <= part.start and g.unit == part.unit
                     and (thing is None or g.metric is None or counted_by(kb, g.metric) in (thing, None))),
                    key=lambda g: g.start, default=None)
        if part is None or whole is None:
            return
    if whole.metric is None or whole.entity is None or part.metric not in (None, whole.metric):
        return                  # (a part its own words name another metric of: "…, 8,174 were closed")
    upto = next((g.start for g in figs if g.start > part.end and g.role != "share"), len(text))
    place = next((e for e, at, _ in mentions if part.end <= at < upto and e != whole.entity
                  and kb.is_within(e, whole.entity)), None)
    if place is not None:
        part.metric, part.metric_words, part.alternatives = whole.metric, whole.metric_words, ()
        part.entity, part.entity_named = place, True
    elif part.metric == whole.metric and part.entity == whole.entity:
        # what the part's own words say the whole's things did ("54 enterprises … loan guarantees …, and 31 of
        # them received 94 million yuan in loans": enterprises that received loans), else nothing
        thing = thing_counted(text, whole.end)
        rest = text[part.end:].split(";")[0].split("；")[0]
        said = [m for m in kb.metric_index.best(f"{thing or ''} {rest}") if m.score[0]
                and m.target != whole.metric and counted_by(kb, m.target) == counted_by(kb, whole.metric)] \
            if thing else []
        part.metric, part.alternatives = (said[0].target if said else None), ()


# "7,345 projects of under 10 million yuan", "1000万元以下的普惠性质押项目7,345个": an upper bound that
# says which items a count counts (small ones) is part of their name, no figure of its own
_CATEGORY_AFTER_COUNT = lazy(r"\s+(?:[\w'’-]+\s+){1,6}(?:(?:of|worth|with|valued\s+at)\s+)?(?:under|below|less\s+than|"
                             r"fewer\s+than|up\s+to|no\s+more\s+than)\s+$", re.I)
_CATEGORY_BEFORE_COUNT = lazy(r"的[^,，;；、。\d]{1,16}$")
# a card's label ends, and its value follows: "projects under 10 million yuan, first half of 2022 = 7,345"
_CARD_VALUE = lazy(r"\s*(?:,\s*[^,;=:|]{0,40})?[=:|]\s*")
_CATEGORY_OF_ITEMS = lazy(r"\b[a-z]+s,?\s+(?:(?:those|ones)\s+)?(?:(?:of|worth|with|valued\s+at)\s+)?"
                          r"(?:under|below|less\s+than|up\s+to|no\s+more\s+than)\s+$",
                          re.I)    # "the number of inclusive projects of less than 10 million yuan reached 7,345"


_WHOLE_OF_A_SHARE = lazy(r"(?:%|percent|per\s+cent|\d|\b(?:half|thirds?|quarters?|fifths?|tenths?)"
                         r"|\bin\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty))\s+of\s+"   # ("one in five of the")
                         r"(?:the\s+world['’]s\s+|the\s+|all\s+|its\s+|their\s+|[A-Z][\w-]*['’]s\s+)?$", re.I)


def follows_a_share(text: str, start: int) -> bool:
    """Is the figure at ``start`` the whole of the share right before it ("22% of the 49,756 …")?"""
    tail = text[max(0, start - 12):start].rstrip().lower()
    if not tail.endswith(("of", "the", "all", "its", "their", "'s", "’s")):
        return False                # most figures (a substring test before the pattern)
    return _WHOLE_OF_A_SHARE.search(text, max(0, start - 30), start) is not None


def whole_of_a_stated_share(kb: KnowledgeBase, text: str, figs: list[Figure],
                             mentions: list[tuple[str, int, int]]) -> None:
    """"The Intermediate Court accepted 2,936 IP cases, roughly 30% of the 9,694 accepted by courts
    citywide": a whole of the same things as its part, and no place named after it, is the place
    the part is in (a part's share of itself would be all of it)."""
    for i, share in enumerate(figs[:-1]):
        whole = figs[i + 1]
        if share.role != "share" or whole.role != "level" or whole.metric is None \
                or not follows_a_share(text, whole.start):
            continue
        part = next((x for x in reversed(figs[:i]) if x.role == "level" and x.metric == whole.metric), None)
        if part is None or part.entity != whole.entity or whole.entity is None \
                or any(whole.start < m[1] for m in mentions):
            continue
        parent = kb.entities[whole.entity].parent
        if parent and kb.lookup(whole.metric, parent):
            whole.entity = parent


def without_category_bounds(text: str, figs: list[Figure]) -> tuple[list[Figure], list[tuple[Figure, Figure]]]:
    """The figures, less the upper bounds that only say which items a count beside them counts; and
    those bounds, each with the count it names the items of."""
    out, bounds = [], []
    for i, f in enumerate(figs):
        # (a figure read from words of multiplying stands between no bound and its count: "projects under
        # 10 million yuan more than doubled to 7,345")
        after = next((g for g in figs[i + 1:] if not g.fixed_role and g.unit != "percent"), None)   # (nor a rate: "jumped 112% to …")
        counted = _items_bounded(text, f, figs[i - 1] if i > 0 else None, after)
        if counted is None:
            out.append(f)
        else:
            bounds.append((f, counted))
    return out, bounds


def _items_bounded(text: str, f: Figure, before: Figure | None, after: Figure | None) -> Figure | None:
    """The count whose items ``f`` bounds, when it is such a bound; None when it is a figure."""
    if f.qualifier not in ("less_than", "at_most") or f.role != "level" or f.unit == "percent":
        return None         # (nor a share: "37 patent agencies were less than a third of Shenzhen's 69")
    if before is not None and before.unit == "count" and before.role == "level" \
            and _CATEGORY_AFTER_COUNT.fullmatch(text, before.end, f.start):
        return before               # "7,345 projects of under 10 million yuan"
    if before is not None and before.unit == "count" and before.role == "level" and f.unit in ("yuan", "usd") \
            and text[f.end - 2:f.end] == "以下" and text[f.end:f.end + 1] == "的" \
            and (after is None or after.start > f.end + 20):
        return before               # "7,345家…获得1000万元以下的普惠性…融资": the kind of financing, no amount
    if after is None or after.unit != "count":
        return None
    if f.unit in ("yuan", "usd", "count") and text[f.end - 2:f.end] == "以下" \
            and _CATEGORY_BEFORE_COUNT.match(text, f.end, after.start):
        return after                # "1000万元以下的普惠性质押项目7,345个"
    if f.unit in ("yuan", "usd") and (m := _CATEGORY_OF_ITEMS.search(text, max(0, f.start - 40), f.start)) \
            and (not any(c in text[f.end:after.start] for c in ",;，；")
                 or "," in m.group(0) and text[f.end:after.start].count(",") == 1 and ";" not in text[f.end:after.start]
                 or _CARD_VALUE.fullmatch(text, f.end, after.start) is not None):
        # "the number of inclusive projects of less than 10 million yuan reached 7,345" (or set off: "projects, those
        # under 10 million yuan, more than doubled to 7,345")
        return after
    return None


_OF_A_LIST = lazy(r"\s+(?:[\w'-]+\s+){0,3}?(?:of|among)\s+(?:the\s+)?(?:world's\s+|global\s+|nation's\s+|country's\s+)?"
                 r"(?:top\s+|leading\s+)?$", re.I)


_OF_THEM = lazy(r"\s+of\s+(?:them|these|those)\b", re.I)
_AMONG_ZH = lazy(r"[个家件项所位名]?[^\d,，。；;]{0,12}?中(?:有|的)?")


def without_list_sizes(kb: KnowledgeBase, text: str, figs: list[Figure]) -> list[Figure]:
    """The figures, less the size of a list a count is of, when the metric's own name gives it:
    "408 of the world's 5,000 leading brands" (and "5000个品牌中有408个") states 408, and 5,000 is the
    list's name."""
    out: list[Figure] = []
    for i, f in enumerate(figs):
        n = figs[i + 1] if i + 1 < len(figs) else None
        if n is not None and n.metric is not None and n.role == "level" and f.role == "level" \
                and f.unit == n.unit == "count" and (_AMONG_ZH.fullmatch(text, f.end, n.start)
                                                     or _OF_THEM.match(text, n.end)) \
                and category_named(kb, n.metric, f):
            continue                # "全球领先的5000个品牌中有408个来自中国", "the world's 5,000 leading
            #                         brands are …: 408 of them": the list first, then the count
        p = out[-1] if out else None
        if p is not None and p.metric is not None and p.role in ("level", "part", "share") and f.role == "level" \
                and f.unit == "count" and (p.unit == "count" or p.role == "share") \
                and _OF_A_LIST.fullmatch(text, p.end, f.start) and category_named(kb, p.metric, f):
            if p.role == "part":
                p.role = "level"    # ("408 of the world's 5,000 …" is no part of a figure: of a list)
            else:                   # (nor is the 5,000 of "roughly 8% of the world's 5,000 leading brands")
                p.list_size = f.value
            continue
        out.append(f)
    return out


def category_named(kb: KnowledgeBase, metric: str, bound: Figure) -> bool:
    """Is the bound one the metric's own names give ("under 10 million yuan each", 1000万元以下)? "Projects
    of under 10 billion yuan" are other projects than those of under 10 million."""
    m = kb.metrics[metric]
    return any(n.unit == bound.unit and abs(n.value - bound.value) <= 1e-9 * abs(bound.value)
               for name in (m.en, m.zh, *m.aliases) for n in read_numbers(name))


def part_by_its_verb(kb: KnowledgeBase, text: str, spans: list[tuple[int, int]], figs: list[Figure]) -> None:
    """"Shenzhen courts closed 8,174 of the 9,694 IP cases they accepted": the part is a level of what
    the verb before it names (cases closed), the whole of what the words after the whole name (cases
    accepted), when the two name different metrics of the same things in full. So is a share of a
    whole stated ("the Luohu court closed about 98% of the 972 IP cases it accepted") or only named
    ("Shenzhen's courts closed about 94% of the IP cases they accepted")."""
    for i, f in enumerate(figs):
        if f.role not in ("part", "share") or (of := _OF_THE.match(text, f.end)) is None:
            continue
        g = figs[i + 1] if i + 1 < len(figs) and figs[i + 1].start == of.end() else None
        if g is not None and (g.role != "level" or f.unit != g.unit and f.role == "part"):
            continue
        if g is None and f.role == "part":
            continue
        s, e = spans[clause_of(spans, f.start)]
        before, after = text[s:f.start], text[g.end if g is not None else of.end():e]
        verb = _words(_HEDGE_AT_END.sub("", before))[-1:]     # "closed" right before the part (or its hedge)
        whole = [m for m in kb.metric_index.best(after) if m.score[0]]
        if not whole or not verb:
            continue
        # (a part counts what its whole counts: "461 of the 694 persons" are persons, not cases)
        part = [m for m in kb.metric_index.best(before + " " + after) if m.score[0] and set(verb) <= set(m.alias.keywords)
                and counted_by(kb, m.target) == counted_by(kb, whole[0].target)]
        if part and part[0].target != whole[0].target:
            f.role = "level" if f.role == "part" else f.role
            f.metric, f.metric_words, f.alternatives = part[0].target, part[0].alias.text, ()
            if g is not None:
                g.metric, g.metric_words, g.alternatives = whole[0].target, whole[0].alias.text, ()
    for share, f, g in zip(figs, figs[1:], figs[2:]):
        # "closed about 84% of the IP cases they accepted, 8,174 out of 9,694": the share again, in counts
        if share.role == "share" and share.metric and f.role == "part" and g.role == "level" and f.unit == g.unit \
                and _RESTATED.fullmatch(text, share.end, f.start) and _OF_THE.fullmatch(text, f.end, g.start):
            f.role, f.metric, f.metric_words, f.alternatives = "level", share.metric, share.metric_words, ()
            whole = [m for m in kb.metric_index.best(text[share.end:f.start]) if m.score[0]]
            if whole and whole[0].target != share.metric and (len(whole) == 1 or whole[1].score < whole[0].score):
                g.metric, g.metric_words, g.alternatives = whole[0].target, whole[0].alias.text, ()


_RESTATED = lazy(r"[^,;:()]{0,60}[,:(]\s*(?:or\s+|that\s+is\s+|i\.e\.\s+)?")
_OF_THE = lazy(r"\s+(?:of\s+(?:the|its|their)|out\s+of(?:\s+(?:the|its|their))?)\s+")
_HEDGE_AT_END = lazy(r"(?:\s+(?:about|nearly|roughly|around|almost|some|approximately|over|just|only|more\s+than|"
                     r"less\s+than|fewer\s+than|at\s+least))+\s*$", re.I)


def a_part_alike(text: str, start: int, ranked: list[Match], before: Match) -> bool:
    """Does the clause at ``start`` open a part of the figure before ("其中", "among which") and say
    more of that figure's metric than of any other ("…of which the growth rate of export volume
    reached 27.1%" says as much of the exports)?"""
    if not (_PART_OPENS.match(text, start) or text[max(0, start - 3):start].rstrip(" ,，").endswith("其中")
            or _STILL_A_PART.search(text, 0, start) or _PART_OPENED.search(text, max(0, start - 16), start)):
        return False
    alike = max((m.in_focus for m in ranked if m.target == before.target), default=0)
    return alike > max((m.in_focus for m in ranked if m.target != before.target), default=0)


# a list of parts 其中 opened goes on to the sentence's end: "…9694件，其中深圳市中级人民法院受理2936件，
# 福田区人民法院受理1664件" (the Futian court's 1664 is a part too)
_STILL_A_PART = lazy(r"其中[^。；;]*[\d][^。；;]*$")
_PART_OPENED = lazy(r"\b(?:of|among)\s+(?:these|them|those|which)\s*[,，]\s*$", re.I)     # "; of these, the …"
_PART_OPENS = lazy(r"[\s,，;；]*(?:among\s+(?:them|which|whom|these|those)|of\s+(?:which|whom|them|these|those)|including)\b",
                   re.I)


# "40 of China's IP securitisation products", "271,100 of Shenzhen's valid invention patents": a whole in words
_OF_A_WHOLE_IN_WORDS = lazy(A_WHOLE_IN_WORDS, re.I)


def part_of_a_whole_in_words(kb: KnowledgeBase, text: str, spans: list[tuple[int, int]], figs: list[Figure]) -> None:
    """A part of a whole no figure gives is a figure of its own when what it counts is another, narrower
    thing than the whole: "strategic emerging industries held 271,100 of Shenzhen's valid invention
    patents" is those industries' count. "The Shenzhen exchange issued 40 of China's IP securitisation
    products" names nothing narrower, so 40 stays a part of China's figure, which no source divides."""
    for f in figs:
        if f.role != "part" or f.metric is None or (of := _OF_A_WHOLE_IN_WORDS.match(text, f.end)) is None:
            continue
        whole = [m for m in kb.metric_index.best(text[of.end():spans[clause_of(spans, f.start)][1]]) if m.score[0]]
        if whole and whole[0].target != f.metric and counted_by(kb, whole[0].target) == counted_by(kb, f.metric):
            f.role = "level"
    for f, g in zip(figs, figs[1:]):
        # "Nearly 190 of China's more than 2,800 … pilot enterprises are manufacturing single champions": the part is
        # what the verb after the whole says it is, when those words name a metric in full
        if f.role == "part" and g.role == "level" and g.metric and (said := _PREDICATE.match(text, g.end)) is not None:
            named = [m for m in kb.metric_index.best(said.group(1)) if m.score[0]]
            if named and named[0].target != g.metric:
                f.role, f.metric, f.metric_words, f.alternatives = "level", named[0].target, named[0].alias.text, ()


_PREDICATE = lazy(r"(?:\s+[\w'’-]+){0,8}?\s+(?:are|were|is|was|became|become|rank\s+as|count\s+as)\s+([^,.;:]+)", re.I)


def own_figure_of_a_part(kb: KnowledgeBase, claim: Claim, f: Figure) -> None:
    """A part that is a figure of its own: "37 of Shenzhen's 69 agencies were in Futian District" is
    Futian's; "the Intermediate Court accepted 2,936 of the 9,694 cases" the court's; "invention
    patents made up 10,987 of the 49,756 domestic patents granted" the narrower kind's."""
    if f.entity is None or f.metric is None:
        return
    inside = [e for e in dict.fromkeys(claim.entities) if e != f.entity and kb.is_within(e, f.entity)
              and kb.lookup(f.metric, e)]
    if len(inside) == 1:
        f.entity, f.role = inside[0], "level"
        return
    whole = next((g for g in claim.figures if g.start > f.end and g.role == "level"), None)
    if kb.lookup(f.metric, f.entity) and (any(e != f.entity and kb.is_within(f.entity, e) for e in claim.entities)
                                          or whole is not None and whole.metric not in (None, f.metric)
                                          and counted_by(kb, whole.metric) == counted_by(kb, f.metric)):
        f.role = "level"


_OF_THE_WHOLE = lazy(r"\s+of\s+(?:the\s+|its\s+|their\s+)?", re.I)


def a_share_counted_alike(kb: KnowledgeBase, text: str, figs: list[Figure]) -> None:
    """A share of a whole stated right after it counts what the whole counts: "approved arrests for about
    two-thirds of the 694 people … sent for arrest review" is of persons, however the words "IP crime
    cases" fit the metric of cases better. The metric the claim names in full that counts the same thing,
    when exactly one does."""
    for i, f in enumerate(figs[:-1]):
        whole = figs[i + 1]
        if f.role != "share" or f.metric is None or whole.role != "level" or whole.metric in (None, f.metric) \
                or not _OF_THE_WHOLE.fullmatch(text, f.end, whole.start):
            continue
        thing = counted_by(kb, whole.metric)
        if thing is None or counted_by(kb, f.metric) in (None, thing):
            continue
        alike = {m.target for m in kb.metric_index.best(text) if m.score[0] and m.target not in (f.metric, whole.metric)
                 and counted_by(kb, m.target) == thing}
        if len(alike) == 1:
            f.metric, f.alternatives = alike.pop(), ()


def parts_named_by_their_whole(kb: KnowledgeBase, text: str, figs: list[Figure]) -> None:
    """A share's part can not be its whole: "the 94 million yuan actually lent … was more than half of
    the 174 million yuan in loan guarantees" took the whole's words for the part; when the part's own
    words (before the share) name no metric, the part's metric is not known."""
    for i, f in enumerate(figs[1:-1], 1):
        part, whole = figs[i - 1], figs[i + 1]
        if f.role != "share" or part.role != "level" or whole.role != "level" or part.metric is None \
                or (part.metric, part.entity, part.period) != (whole.metric, whole.entity, whole.period) \
                or part.unit != whole.unit or not _OF_THE_WHOLE.fullmatch(text, f.end, whole.start):
            continue
        if not any(m.target == part.metric and m.score[0] for m in kb.metric_index.best(text[:f.start])):
            part.metric, part.alternatives = None, ()


def restated_parts(text: str, figs: list[Figure]) -> None:
    """A share's part restated after it in a count ("the Intermediate Court accounted for about 30% of the 9,694
    …, taking in 2,936") is the count of whoever the share is of."""
    for i, f in enumerate(figs):
        if f.role != "level" or not cues.RESTATED_PART.search(text, max(0, f.start - 24), f.start):
            continue
        share = next((g for g in reversed(figs[:i]) if g.role == "share"), None)
        if share is not None and share.metric == f.metric and share.entity and share.entity != f.entity:
            f.entity, f.entity_named = share.entity, True

