"""Which metrics the words of a clause name, best first, and which one a figure takes.

An alias wholly in the figure's clause beats one spread over the sentence; a modifier the clause uses
("invention", "foreign", 累计) rules out every metric whose names lack it; an alias another figure's
clause spells out in full is that figure's, not a neighbour's (see ``choose``).
"""
from __future__ import annotations

import operator
import re

from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import lazy
from ipcheck.matching import _CJK, Alias, Match, _words, cjk, stem
from ipcheck.model import Figure


def _modifier_sets(kb: KnowledgeBase) -> tuple[dict[str, str], tuple[str, ...], tuple[str, ...]]:
    """(stem -> word) of the English modifiers, their stems, and the Chinese ones; once per base."""
    cached = getattr(kb, "_modifier_sets", None)
    if cached is None:
        mods = sorted(kb.modifiers, key=lambda m: (len(m), m))   # "university" speaks for "universities"
        english: dict[str, str] = {}
        for m in mods:
            if not _CJK.search(m):
                english.setdefault(stem(m), m)
        chinese = tuple(m for m in mods if _CJK.search(m))
        cached = kb._modifier_sets = (english, tuple(english), chinese)
    return cached


def _named_by_metric(kb: KnowledgeBase, metric: str) -> tuple[frozenset[str], str]:
    """The word stems and the lower-cased text of a metric's own names (English and Chinese)."""
    cache = kb.__dict__.setdefault("_metric_names", {})
    found = cache.get(metric)
    if found is None:
        m = kb.metrics[metric]
        text = f"{m.en} {m.zh or ''}".lower()
        found = cache[metric] = (frozenset(_words(text)), text)
    return found


def _context_modifiers(kb: KnowledgeBase, context: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The modifiers ``context`` uses: English stems and Chinese words, each in the base's order."""
    _, stems, chinese = _modifier_sets(kb)
    used = set(_words(context)).intersection(stems)
    ctx_han = cjk(context) if chinese else ""
    return (tuple(s for s in stems if s in used) if used else (),
            tuple(m for m in chinese if m in ctx_han) if ctx_han else ())


def _modifiers_ok(kb: KnowledgeBase, match: Match, used: tuple[tuple[str, ...], tuple[str, ...]]) -> str | None:
    """None when the alias covers every modifier the context uses (``used``, from
    ``_context_modifiers``), else the offending word."""
    used_en, used_zh = used
    if not used_en and not used_zh:
        return None
    cache = kb.__dict__.setdefault("_refusals", {})      # (alias, modifiers used) -> the answer: asked claim after claim
    key = (match.alias, used)
    if key in cache:
        return cache[key]
    if len(cache) > 100_000:
        cache.clear()
    english = _modifier_sets(kb)[0]
    alias_text = match.alias.text.lower()
    alias_words = match.alias.keywords if not match.alias.chinese else ()
    # a metric whose own name has the modifier ("… set up by universities") is that narrower
    # metric, whichever of its aliases the claim's words matched
    name_words, name_text = _named_by_metric(kb, match.target)
    found = next((english[s] for s in used_en if s not in alias_words and english[s] not in alias_text
                  and s not in name_words), None) \
        or next((mod for mod in used_zh if mod not in alias_text and mod not in name_text), None)
    cache[key] = found
    return found


def refused_for(kb: KnowledgeBase, context: str, metric: str) -> str | None:
    """A modifier ``context`` uses that none of ``metric``'s names has (the word), else None: what
    rules out a metric taken for a figure by another route than its words ("IP pledge applications …
    35 million yuan per company" is no pledge registration)."""
    used = _context_modifiers(kb, context)
    if used == ((), ()):
        return None
    names = [a for a in kb.metric_index.aliases if a.target == metric]
    refusals = [_modifiers_ok(kb, Match.found(a, a.weight[0]), used) for a in names]
    return None if not names or None in refusals else refusals[0]


Pick = tuple[Match | None, str | None, tuple[Match, ...]]

REFUSED_FOR = "(the claim says '"     # how a metric refused for a word of the claim's is reported


_BY_SCORE = operator.attrgetter("score")


def _modifiers_spread(m: Match, focus: str, before: str, present: set[str], said_before: set[str],
                      stems: dict[str, str], chinese: tuple[str, ...]) -> Match:
    """An alias whose only words outside the clause are modifiers written before it counts as
    whole in it: in "the accumulative total of 479,399 patent applications and 259,422 issued
    patents", 'accumulative' governs both (but in "26,967 patent transfers, … 5,998 patent
    licenses", the later 'licenses' does not reach back to the transfers)."""
    if m.score[0]:
        return m
    if m.alias.chinese:
        missing = [k for k in m.alias.keywords if k not in focus]
        # (never a rate per head, 每万人…: "每万人发明专利拥有量80.1件、有效发明专利超过9.5万件" are two measures)
        spread = bool(missing) and all(k in chinese and k in before and not k.startswith("每") for k in missing)
    else:           # (``present``, ``said_before``: the English words of the focus and of the text before it)
        missing = [k for k in m.alias.keywords if k not in present]
        spread = bool(missing) and all(k in stems for k in missing) and said_before.issuperset(missing)
    return m._replace(score=(True, *m.score[1:])) if spread else m


_OPENS_PER_HEAD = lazy(r"\s*(?:for\s+every|for\s+each|every|per)\s+(?:10,000|10000|ten\s+thousand)\s+[a-z]+\s*,", re.I)


def _ranked(kb: KnowledgeBase, text: str, span: tuple[int, int]) -> tuple[list[Match], str | None]:
    """Metrics the words name, best first for a figure whose clause is ``span`` (those a modifier
    rules out left out), and the best one refused for a modifier."""
    refused: str | None = None
    focus = text[span[0]:span[1]]
    found = kb.metric_index.matches(text, focus)
    english, _, chinese = _modifier_sets(kb)
    if len(found) > 1 and focus != text:
        before = text[:span[0]]
        present, said_before = set(_words(focus)), set(_words(before))
        spread = [m if m.score[0] else _modifiers_spread(m, focus, before, present, said_before, english, chinese)
                  for m in found]
        if any(a is not b for a, b in zip(spread, found)):
            # a modifier spreads only where the clause names no other metric better ("…, as well as 212
            # patent cases" are patent cases, however "trademark … transferring" went before)
            best_of: dict[str, int] = {}
            for o in found:
                if o.in_focus > best_of.get(o.target, -1):
                    best_of[o.target] = o.in_focus
            opens_per_head = _OPENS_PER_HEAD.match(text) is not None    # "For every 10,000 residents, …": all of it
            spread = [a if a is b or b.alias.chinese   # (Chinese counts characters: no measure across names)
                      or max((n for t, n in best_of.items() if t != b.target), default=0) <= b.in_focus
                      or opens_per_head and "per10k" in a.alias.keywords
                      else b for a, b in zip(spread, found)]
        found = spread
    ranked = sorted(found, key=_BY_SCORE, reverse=True) if len(found) > 1 else found
    if not ranked:
        return ranked, None
    used = _context_modifiers(kb, focus)
    if "per10k" not in used[0] and ("10,000" in text or "ten thousand" in text) and _OPENS_PER_HEAD.match(text):
        used = (used[0] + ("per10k",), used[1])     # "For every 10,000 residents, …": every clause is per head
    if used == ((), ()):
        return ranked, None                 # the clause uses no modifier: nothing to rule out
    out = []
    for m in ranked:
        bad = _modifiers_ok(kb, m, used)
        if bad is None:
            out.append(m)
        else:
            refused = refused or f"{kb.metrics[m.target].en} {REFUSED_FOR}{bad}')"
    return out, refused


def _choose(ranked: list[Match], refused: str | None, elsewhere: set[Alias] = frozenset(),
            mine: dict[Alias, int] | None = None, strict: bool = False) -> Pick:
    """The best match, passing over aliases that another figure's clause spells out in full and
    this one does not (``mine``: this clause's aliases, and how many of their keywords it holds);
    the refused metric; and the matches that tie with the choice.

    With ``strict`` such an alias is never borrowed; otherwise it may be when this clause has none
    of its words ("80,657件, 同比增长10.29%": the growth is of the applications).
    """
    mine = mine or {}
    leader: list[str | None] = []

    def lead() -> str | None:
        """The metric this clause says most words of, when only one: an item of a list names its own
        metric even when another item spells it out ("courts accepted 9,694 IP cases …, with the
        Futian court alone accepting 1,664"). Worked out only when an alias is someone else's."""
        if not leader:
            most = max((mine.get(o.alias, 0) for o in ranked), default=0)
            leaders = {o.target for o in ranked if most and mine.get(o.alias, 0) == most}
            leader.append(next(iter(leaders)) if len(leaders) == 1 and most > 1 else None)
        return leader[0]

    def taken(m: Match) -> bool:
        if m.alias not in elsewhere or m.target == lead():
            return False
        # (an item of a list that says part of one metric's name and of no other's is that metric's:
        # "福田区人民法院受理知识产权案件1,664件、南山区人民法院受理1,385件")
        return _taken(m, elsewhere, mine, strict and {o.target for o in ranked if mine.get(o.alias, 0) > 0} != {m.target})

    for i, m in enumerate(ranked):
        if taken(m):
            continue        # "accepted 2,936 cases and closed 2,114 cases": 'closed cases' is the second's
        top, ties = m.score[:3], []
        for o in ranked[i + 1:]:        # best first: the ties come right after the choice
            if o.score[:3] != top:
                break
            if o.target != m.target and not taken(o):
                ties.append(o)
        return m, refused, tuple(ties)
    return None, refused, ()


def _taken(m: Match, elsewhere: set[Alias], mine: dict[Alias, int], strict: bool = False) -> bool:
    """Is the alias another figure's clause's, spelt out there in full and only in part here?"""
    if m.alias not in elsewhere:
        return False
    held = mine.get(m.alias, 0)
    return held < m.alias.weight[0] and (strict or held > 0)


# the noun a Chinese count goes on to name: up to the next figure, list joint or break
_ZH_NOUN_AFTER = lazy(r"[^\d,，、;；。和及与()（）]{0,16}")      # (a bracket closes it: "许可数量(5,998件)少于…")


def named_right_after(kb: KnowledgeBase, text: str, end: int) -> Match | None:
    """The metric whose Chinese name the noun right after a count spells whole (the longest such), when
    one does: a modifier another item of the list uses (商标 in "…和3,334家商标代理机构") rules nothing out here."""
    noun = _ZH_NOUN_AFTER.match(text, end).group(0)
    if not noun or noun.isascii():
        return None
    spelt = [a for a in kb.metric_index.present(text) if a.chinese and all(k in noun for k in a.keywords)]
    if spelt:
        alias = max(spelt, key=lambda a: sum(map(len, a.keywords)))
        return Match.found(alias, alias.weight[0])
    # or the one alias of the claim the noun says the most of, where the rest of it is said before
    # ("在第十五届中国专利奖评选中,深圳企业拿下4项金奖和20项优秀奖": 金奖 of "中国专利奖 金奖")
    said = {a: sum(len(k) for k in a.keywords if k in noun) for a in kb.metric_index.present(text) if a.chinese}
    most = max(said.values(), default=0)
    top = {a.target for a, n in said.items() if n == most}
    if most < 2 or len(top) != 1:
        return None
    alias = max((a for a, n in said.items() if n == most), key=lambda a: a.weight)
    return Match.found(alias, alias.weight[0])


def bracketed_by(kb: KnowledgeBase, text: str, f: Figure, figs: list[Figure]) -> Match | None:
    """The metric the words between the figure before and a bracketed figure say most of, when one
    says more of them than any other ("… (124,569) were almost four times those of its future industry
    clusters (32,112)": the future clusters')."""
    start = max((g.end for g in figs if g.end <= f.start), default=0)
    whole = {m.target for m in kb.metric_index.best(text) if m.score[0]}       # (named in full in the claim)
    held: dict[str, int] = {}
    for m in kb.metric_index.best(text, text[start:f.start]):
        if m.target in whole:
            held[m.target] = max(held.get(m.target, 0), m.in_focus)
    ranked = sorted(held.items(), key=lambda t: -t[1])
    if not ranked or ranked[0][1] == 0 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return next(m for m in kb.metric_index.best(text, text[start:f.start]) if m.target == ranked[0][0])
