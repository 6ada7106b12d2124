"""Where a claim's clauses end, and where the words naming a figure's metric may be.

Each figure takes the words of its own clause ("the court accepted 2,936 cases and closed 2,114
cases": the second is closed cases), so the cuts decide a great deal: punctuation (a comma only
outside a number), a few Chinese conjunctions, and 'and' / 'while' / 'but' / 'whereas' / 'with'.
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ipcheck.lazyre import lazy
from ipcheck.matching import _words, cjk

if TYPE_CHECKING:
    from ipcheck.matching import Match
    from ipcheck.model import Figure

# words written with a full stop that ends no sentence
_ABBREVIATIONS = ("No", "no", "Nos", "vs", "Vs", "Co", "Dr", "Mr", "Ms", "Mrs", "St", "Inc", "Ltd", "Corp", "approx", "Approx",
                  "est", "Fig", "fig", "Art", "art", "S", "U", "e", "i", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                  "Sep", "Sept", "Oct", "Nov", "Dec", "Prof", "Gov", "Govt", "Dept", "Sen", "Rep")


# Where clauses end: punctuation (a comma only outside a number, a dash only outside a range of
# figures: every dash reads as "–" once normalised) and a few Chinese conjunctions, in
# one pattern each of whose branches opens with a literal character, so the regex engine skips ahead
# to the next candidate by itself (a run of spaces is one space and any more); and 'and' / 'while' / 'but' / 'whereas' / 'with' between spaces.
_PUNCTUATION = (r",(?<!\d,)|,(?!\d{3})|;|。|!|\?|、|而|并且|其中|–(?<!\d–)|–(?!\d)"
                # items of a line lifted from a table: "6,264 batches seized / about 28.8 million items", "425 cases/694 people",
                # "73,000+ institutions | 865,000+ employees"
                # (each branch opening with its literal character, as the others do)
                r"|\||/(?<= /)(?= (?:about |some |nearly |over |almost |roughly |more than |case value |value )?[\d$¥])"
                r"|/(?<=[A-Za-z\u4e00-\u9fff]/)(?=\d)"
                # a full stop that ends a sentence, with another after it (never "No. 1", "vs. Beijing")
                r"|\.(?=\s+[\"“'‘(]?[A-Z0-9\u4e00-\u9fff])" + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS))
_PUNCTUATION_CUT = lazy(_PUNCTUATION + r"|  *(?<=[件项家个%\u4e00-\u9fff] )(?=[\u4e00-\u9fff])")  # "…36.7万件 增246.2%": items apart
# (the spaces between Chinese items are never in a text of ASCII only, where every space would be tried)
_PUNCTUATION_CUT_ASCII = lazy(_PUNCTUATION)
# 'than' too, when words follow it ("… (80,657) were fewer than | its trademark applications (86,950)",
# "grew 10.5 percentage points faster than | imports"): never before a figure, a number word or a word
# of multiplying, where "more than" is a bound; 'yet' between two clauses ("make up 1.5% of industrial
# enterprises | yet produce 37.4% of …", never "not yet"); and the 'as' after a figure in brackets ("five times as
# many trademark agencies (3,334) | as patent agencies (598)": each figure is of the words before it)
_WORD_CUT = lazy(r"\s(?:(?<=\d\)\s)(?:as|exceed(?:ed|s)|surpass(?:ed|es)|topped|beat)(?=\s+[A-Za-z])|(?:worked|works|working)\s+out(?=\s+(?:at|to)\s)|(?:after|before)(?=\s+[a-z]+ing\s)|(?<!\bnot\s)(?<!n't\s)(?<!\bas\s)yet(?=\s+[a-z])|(?<!hundred\s)(?<!thousand\s)(?<!million\s)(?<!billion\s)(?<!\bpatent\s)(?<!\btrademark\s)(?<!\bimport\s)(?<!\bexport\s)and(?!\s+[a-z]+\s+(?:industries|industry|clusters?|courts?|levels?)\b)(?!\s+a\s+half\b)|while|but|whereas|with|even\s+as(?=\s+[a-z])|outnumber(?:ed|s)(?=\s+[A-Za-z])|(?:exceed(?:ed|s)|surpass(?:ed|es)|times)"
                 r"(?=\s+(?:its|their)\s)|than(?=\s+(?!(?i:a|an|one|two|three|four|five|six|seven|"
                 r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens?|hundreds|"
                 r"thousands|half|twice|double|about|around|nearly|roughly|approximately|some|over|under|"
                 r"almost|just|only|usd|rmb|cny|doubled|tripled|trebled|quadrupled|halved)\b)[A-Za-z]))\s")


def clauses(text: str) -> list[tuple[int, int]]:
    """Spans of clauses: split at , ; 。 and 'and'/'while'/'but' (never inside a number)."""
    found = [m.span() for m in (_PUNCTUATION_CUT_ASCII if text.isascii() else _PUNCTUATION_CUT).finditer(text)]
    if found and ("(" in text or "（" in text):
        found = [cut for cut in found if not _in_brackets(text, cut[0])]    # "(Shenzhen, 2024)": one unit
    if "and" in text or "with" in text or "but" in text or "while" in text or "whereas" in text or "than" in text \
            or "outnumber" in text or "exceed" in text or "surpass" in text or ") as " in text or " yet " in text \
            or "times its" in text or "times their" in text or ") topped " in text or ") beat " in text \
            or " out " in text or "after " in text or "before " in text or "even as " in text:
        words = [m.span() for m in _WORD_CUT.finditer(text)
                 if not (m.group(0) == " with " and in_a_title(text, m.start(), m.end()))]
        if words:
            found = sorted(found + words)
    cuts = [0]
    for start, end in found:
        cuts.append(start)
        cuts.append(end)
    cuts.append(len(text))
    spans = []
    for i in range(0, len(cuts) - 1, 2):
        s, e = cuts[i], cuts[i + 1]
        if e > s:
            spans.append((s, e))
    return spans or [(0, len(text))]


def _in_brackets(text: str, at: int) -> bool:
    """Is position ``at`` inside a bracket the text closes ("Overseas IP disputes monitored (Shenzhen,
    2024): 689")?"""
    opened = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
    if opened < 0 or max(text.rfind(")", opened, at), text.rfind("）", opened, at)) >= 0:
        return False
    closed = [i for i in (text.find(")", at), text.find("）", at)) if i >= 0]
    return bool(closed) and min(closed) - at < 40


def in_a_title(text: str, start: int, end: int) -> bool:
    """Is the 'with' at start..end inside a capitalised name ("Enterprises with IPR Advantages")
    rather than opening a clause ("…, with a growth of 10.29%")?"""
    word_start = text.rfind(" ", 0, start) + 1
    return text[word_start:word_start + 1].isupper() and text[end:end + 1].isupper()


_FIGURE_DIGIT = lazy(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d")     # a digit, not of a year's


_VERB_AFTER = lazy(r"[a-z]+ed\b|(?:won|held|took|saw|made|set|led|grew|rose|fell|hit|built|won)\b")
# what opens a new item of a list rather than going on with a noun phrase: "80 pilot universities |
# and three batches of centers", "… and the rest"
_ITEM_AFTER = lazy(r"(?:a|an|the|its|their|his|her|this|these|those|other|another|all|some|several|many|"
                   r"more|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
                   r"hundreds?|thousands?)\b|[A-Z]")


# a figure set off by commas after the noun it counts: ", at 32,208,", ", numbering 1,427,"
_APPOSITIVE_FIGURE = lazy(r"\s*(?:at|numbering|totall?ing|some|about|roughly|nearly)\s+(?:about\s+|roughly\s+|nearly\s+|some\s+)?"
                          r"(?:RMB\s*|US\$\s*|\$)?\d", re.I)


def metric_spans(text: str, spans: list[tuple[int, int]], mentions: list[tuple[str, int, int]]
                  ) -> list[tuple[int, int]]:
    """For each clause, where the words naming its figures' metric may be: the clause, and beside it
    a clause cut off by a bare 'and' that states no figure, when the 'and' joins two words of one
    noun phrase ("strategic emerging | and future industries held 271,100 …", "held 271,100 valid
    invention patents in strategic emerging | and future industries"), not two verbs ("… Program |
    and allocated RMB 5 million") nor inside an entity's name."""
    out = list(spans)
    for i in range(1, len(spans)):
        before, here = spans[i - 1], spans[i]
        cut = before[1]
        if text[cut:here[0]].strip() == "," and _APPOSITIVE_FIGURE.match(text, here[0]) \
                and not _FIGURE_DIGIT.search(text, before[0], before[1]):
            out[i] = (out[i - 1][0], out[i][1])     # "but invention applications, | at 32,208, …": theirs
            continue
        if text[cut:here[0]] != " and " or _VERB_AFTER.match(text, here[0]) \
                or any(s < cut < e for _, s, e in mentions):
            continue
        if not _FIGURE_DIGIT.search(text, before[0], before[1]):
            out[i] = (out[i - 1][0], out[i][1])
        elif not _FIGURE_DIGIT.search(text, here[0], here[1]) and not _ITEM_AFTER.match(text, here[0]):
            out[i - 1] = (out[i - 1][0], here[1])
    return out


def clause_of(spans: list[tuple[int, int]], pos: int) -> int:
    for i, (s, e) in enumerate(spans):
        if s <= pos < e:
            return i
    return len(spans) - 1


# -- the words of a clause beside the names in it ------------------------------------------------

def without_names(text: str, span: tuple[int, int], mentions: list[tuple[str, int, int]]) -> str:
    """A clause with the entity names in it blanked out."""
    s, e = span
    chars = list(text[s:e])
    for _, ms, me in mentions:
        for i in range(max(ms, s), min(me, e)):
            chars[i - s] = " "
    return "".join(chars)


def outside_names(text: str, span: tuple[int, int], mentions: list[tuple[str, int, int]]) -> tuple[frozenset[str], str]:
    """The words (English stems, and the Chinese text) of a clause outside the entity names in it."""
    rest = without_names(text, span, mentions)
    return frozenset(_words(rest)), rest


def said_outside(m: Match, outside: tuple[frozenset[str], str]) -> int:
    """How many of an alias's words the clause says outside entity names: in "the group of
    enterprises with IP advantages' small giant enterprises", 'IP advantages' names the group,
    not the metric."""
    words, rest = outside
    if m.alias.chinese:
        return sum(len(k) for k in m.alias.keywords if k in rest)
    return sum(1 for k in m.alias.keywords if k in words)


# the characters a bare clause may hold beside names and figures
_FUNCTION_HAN = frozenset("和及与并其中共计为达到了的个件项人次宗家名位所场篇部台套笔例批户余多约近超万亿元年月日")


def near_span(figs: list[Figure], f: Figure, start: int, end: int) -> tuple[int, int]:
    """A figure's clause, cut at the figures either side of it."""
    before = max((x.end for x in figs if x.end <= f.start), default=start)
    after = min((x.start for x in figs if x.start >= f.end), default=end)
    return max(start, before), min(end, after)


def bare_clause(text: str, span: tuple[int, int], mentions: list[tuple[str, int, int]]) -> bool:
    """Does the clause say nothing but who and how many ("and the Luohu court 972")? Such a clause
    leaves its metric to the clause before it."""
    rest = without_names(text, span, mentions)
    if not _SIDE_WORDS.issuperset(_words(rest)):
        return False
    return all(ch in _FUNCTION_HAN for ch in cjk(rest))


# words that only set one side against another ("…, against 110 in Shenzhen"): no metric's
_SIDE_WORDS = frozenset(("against", "versu", "vs", "compar", "wherea", "whil"))


_THE_VERB = lazy(r"\s(?:were|was|are|is|had|has|have|came|went|made|accounted|belonged)\b")


def noun_phrase_after(text: str, start: int, end: int) -> str:
    """The words from ``start`` up to the verb that ends their noun phrase, within ``end`` ("… 80,657 | domestic
    patent applications | were for inventions"): what a whole after a figure is named by."""
    return text[start:end][:_THE_VERB.search(text[start:end] + " is").start()]


def sentence_breaks(text: str, start: int, end: int) -> bool:
    """Is there a break between two clauses of their own (';', a sentence's end) from ``start`` to ``end``?"""
    return SENTENCE_BREAK.search(text, start, end) is not None


SENTENCE_BREAK = lazy(r"[;；。]|\.\s")


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the ``spans`` made blanks (the same length: every offset still holds)."""
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
