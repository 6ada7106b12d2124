"""Counts written in words ("four gold awards", "nine of them gold", "Fifteen Shenzhen brands"): which
a claim keeps as figures, and what a part in words ("four of them") is of. A number in words is often
no figure at all ("the three districts", "three kinds of domestic patents", "Five Ones"), so one is
kept only where its words make it one."""
from __future__ import annotations

import re

from ipcheck import cues, wordfigures
from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import lazy
from ipcheck.matching import words
from ipcheck.model import Figure
from ipcheck.numbers import Number
from ipcheck.ranking import refused_for

_SET_OFF = lazy(r"[a-z]\s*[,—–]\s*$", re.I)       # "… China Patent Awards, | four | , matched …"
_SET_OFF_END = lazy(r"\s*[,—–]\s*[a-z]", re.I)
OF_THEM = lazy(r"\s+of\s+(?:them|those|these|which)\b", re.I)      # ("81 awards, nine | of them …")
_SOME_OF_A_KIND = lazy(r"\s+of\s+(?:the|its|their)\s+[a-z]", re.I)
_COUNT_AS_SUBJECT = lazy(r"\s+(?:were|was|are|is|had|have|has)\b", re.I)     # "…, three were awarded"
_FOR_EVERY_N = lazy(r"\s+(?:[a-z]+\s+){0,2}?(?:for\s+every|for\s+each|per)\s+[\d,.]+(?:\s+(?:thousand|million))?\s+[a-z]", re.I)
_DETERMINED = lazy(r"\b(?:the|these|those|its|their|all|of)\s+$", re.I)      # ("the three districts were …": a name)
_OF_THEM_KIND = lazy(r"\s+of\s+(?:them|those|these|which)\s+(?:(?:were|was)\s+)?([A-Za-z]+)\s*(?=[,.;]|$)", re.I)
_OF_THEM_WHERE = lazy(r"\s+of\s+(?:them|those|these|which)\s+(?:at|in|from|during|by|under|for|with)\b", re.I)


def counts_in_words_kept(kb: KnowledgeBase, text: str, figs: list[Figure], in_words: list[Figure],
                         in_digits: list[Number], fractions: list, periods_named: bool) -> list[Figure]:
    """``figs`` less the counts in words (``in_words``) that are no figures, with the parts in words of a
    whole before them ("27 gold awards, four of them at the 18th …") given the metric they count."""
    spelt = {id(w) for w in in_words}
    figs = [f for f in figs if id(f) not in spelt or (
        # beside figures in digits, one no metric takes too: "four silver awards … 27 gold awards"
        # must not be supported on the 27 alone ("three kinds of domestic patents" names a metric)
        (in_digits or fractions) and f.metric is None and f.role == "level"
        and cues.counts_what_metrics_count(kb, text, f.end)
        # or a ratio: "roughly three trademark agencies for every patent agency"
        or f.role == "multiple" and f.unit == "times"
        # or an average of the figures beside it: "2,352 local enterprises, more than three companies per case on average"
        or f.role == "average" and bool(in_digits)
        # or the subject's count opening the sentence: "Fifteen Shenzhen brands were newly recognised as …"
        or f.start == 0 and f.role == "level" and f.metric is not None
        # or a count of some of a named kind beside other figures: "took four of the silver prizes …, one fifth of …"
        or f.role == "level" and (in_digits or fractions) and _SOME_OF_A_KIND.match(text, f.end) is not None
        # or a count that is its clause's subject: "Of the 17 …, three were awarded associate senior titles"
        or f.role == "level" and _COUNT_AS_SUBJECT.match(text, f.end) is not None
        and not _DETERMINED.search(text, max(0, f.start - 8), f.start)
        # or a density: "about four for every 100,000 residents"
        or _FOR_EVERY_N.match(text, f.end) is not None
        # or the side a change starts from: "15 IP cases in 2024, up from nine the year before"
        or f.role == "level" and wordfigures.a_start_in_words(text, f, in_digits)
        # and always one right before its metric's words, unless the name itself holds it: "won six
        # gold awards, bringing … to 27" ("three kinds of domestic patents", "Five Ones" are names)
        or f.metric_words is not None and f.role == "level" and cues.next_stem(text, f.end) in words(f.metric_words)
        and not re.search(rf"(?<![a-z]){re.escape(f.text.lower())}(?![a-z])",
                          f"{f.metric_words} {kb.metrics[f.metric].en}".lower()))]
    for f in figs:
        if id(f) in spelt and not periods_named and wordfigures.a_start_in_words(text, f, in_digits):
            f.metric = None     # "…, up from two a year earlier": no time named that the start could be placed in
    kept = {id(g) for g in figs}
    for f in in_words:
        if id(f) not in kept and f.role == "level" and _SET_OFF.search(text, 0, f.start) and _SET_OFF_END.match(text, f.end):
            # "Shenzhen's silver-award haul at the 18th China Patent Awards, four, matched …": a count set off after
            # what it counts is that thing's, never left unread (nor another clause's: unread words leave it unplaced)
            named = [m for m in kb.metric_index.best(text[:f.start]) if m.score[0]]
            f.metric = named[0].target if named and refused_for(kb, text[:f.start], named[0].target) is None else None
            figs.append(f)
            kept.add(id(f))
    parts = [f for f in in_words if id(f) not in kept and f.role == "level" and OF_THEM.match(text, f.end)]
    for f in parts:
        # "27 gold awards, four of them at the 18th China Patent Awards": the whole's own kind, in the time
        # or round the words after it name; "81 awards, nine of them gold": the kind named, when a metric
        # says it with the whole's words; else left unchecked (never unread)
        whole = max((g for g in figs if g.end <= f.start and g.role == "level"), key=lambda g: g.start, default=None)
        f.metric = None
        if whole is not None and whole.metric is not None and _OF_THEM_WHERE.match(text, f.end):
            f.metric = kb.flow_of(whole.metric) or whole.metric     # (of a total to date: the round's own count)
        elif whole is not None and whole.metric_words and (kind := _OF_THEM_KIND.match(text, f.end)):
            # a kind in one word, whose metric is the whole's words with it: "81 awards, nine of them gold"
            named = kb.metric_index.best(f"{kind.group(1)} {whole.metric_words}")
            if named and named[0].score[0] and named[0].target != whole.metric \
                    and kind.group(1).lower() in named[0].alias.text.lower():
                f.metric = named[0].target
    figs = sorted(figs + parts, key=lambda g: g.start)
    return figs
