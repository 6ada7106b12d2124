"""Which metric a figure with no words of its own may take from the rest of the claim: not one
named only after a clause that names something else, nor one that needs a word only the clause of
its parts says."""
from __future__ import annotations

import re

from ipcheck import cues
from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import lazy
from ipcheck.links import keyword_at
from ipcheck.matching import Match, _words
from ipcheck.model import Figure


def not_the_parts(kb: KnowledgeBase, text: str, spans: list[tuple[int, int]], f: Figure, ranked: list[Match],
                   refused: str | None) -> tuple[list[Match], str | None]:
    """A whole's metrics, less those that need a word only a later clause of its parts says: in
    "expected to receive 81 awards, 9 of them gold, …" the 81 are not gold awards."""
    if len(spans) < 2 or len(ranked) < 2 or f.clause + 1 >= len(spans):
        return ranked, refused
    later = [(s, e) for s, e in spans[f.clause + 1:]
             if _OPENS_A_PART.match(text, s) or text[max(0, s - 3):s].rstrip(" ,，").endswith("其中")]
    if not later:
        return ranked, refused          # most claims: no clause of parts
    a, b = spans[f.clause]
    own, own_text = set(_words(text[a:b])), text[a:b]
    parts = {w for s, e in later for w in _words(text[s:e]) if w not in own}
    part_text = "".join(text[s:e] for s, e in later)
    # (in Chinese: "预计获得81项奖励,其中金奖9项": a piece only the parts say, 金奖)
    kept = [m for m in ranked if (not any(k in part_text and k not in own_text for k in m.alias.keywords)
                                  if m.alias.chinese else parts.isdisjoint(m.alias.keywords))]
    return (kept or ranked), refused


# a clause of parts of the figure before it: "9 of them gold", "including nine gold awards"
_OPENS_A_PART = lazy(r"[\s,]*(?:[\d,.]+\s+of\s+(?:them|which)|including|among\s+(?:them|which))\b", re.I)


def names_something_else(kb: KnowledgeBase, text: str, clause: tuple[int, int], m: Match, gap: bool = False) -> bool:
    """Is ``m`` named only after the clause, which itself says a word of some other metric's name?
    "patent-intensive industries grew 5.8%, …, implying GDP growth of about 2.7%": the 5.8% is of
    the industries, not of the GDP named later ("grew 10.29%, reaching 80,657 applications" says no
    such word, and the level after it names what grew). A gap (``gap``) never takes a metric named
    only after it: "3.1 points faster than GDP" is not GDP's lead."""
    if m.alias.chinese:
        return False
    s, e = clause
    low = text.lower()
    if any(keyword_at(low[:e], k, False) >= 0 for k in m.alias.keywords):
        return False                    # named in or before the clause: what it goes on about
    if gap:
        return True
    own = set(_words(text[s:e]))
    return bool(own.intersection(cues.metric_keywords(kb)) - set(m.alias.keywords))
