"""Which of a claim's own figures are the sides of the arithmetic it states: the part and the whole of
a share ("10,987 …, 22.08% of the 49,756 …"), the two sides of a multiple ("86,950 …, nearly three
times the 39,527 …", "110 vs national 14 (7.9x)"), and the parts a stated total adds up ("50 bodies
— 13 … and 37 …")."""
from __future__ import annotations

import re

from ipcheck import sides
from ipcheck.claims import Figure
from ipcheck.lazyre import lazy
from ipcheck.wholes import OPENING_WHOLE


_OF_THE = lazy(r"\s*of\s+(?:the\s+|its\s+|all\s+|their\s+)?(?:(?:national|nationwide|city's|city|provincial|"
               r"nation's|country's|overall|combined|whole)\s+)?(?:total\s+(?:of\s+)?)?$", re.I)


def stated_share(text: str, f: Figure, levels: list[Figure]) -> tuple[Figure, Figure] | None:
    """The part and the whole a share is of, when the claim states both: "2,936 …, roughly 30% of
    the 9,694 …" (the whole right after "of"), "…1,222宗,占全市9,694宗的12.6%" (the whole after 占)."""
    whole = next((x for x in levels if x.start > f.end and _OF_THE.match(text[f.end:x.start])), None)
    if whole is None:
        whole = next((x for x in reversed(levels) if x.end <= f.start and "占" in text[max(0, x.start - 16):x.start]
                      and not sides.BREAK.search(text, text.rfind("占", 0, x.start), x.start)
                      and len(text[x.end:f.start]) <= 12), None)
    if whole is None and len(levels) >= 2 and (opening := OPENING_WHOLE.match(text)) is not None \
            and opening.end() == levels[0].start and levels[1].end <= f.start:
        # "Of the 410 IP crime cases … accepted, 304 were prosecuted - about three in four": of the whole it opens with
        part = max((x for x in levels[1:] if x.end <= f.start and x.unit == levels[0].unit), key=lambda x: x.start,
                   default=None)
        return (part, levels[0]) if part is not None else None
    if whole is None and " of " in text[f.end:f.end + 5] and _OF_THEM_CLOSING.match(text, f.end):
        # "accepted 9,694 IP cases and closed 8,174, about 84% of them": the later of the earlier
        before = [x for x in levels if x.end <= f.start]
        if len(before) >= 2 and before[-1].unit == before[-2].unit and len(text[before[-1].end:f.start]) <= 16:
            return before[-1], before[-2]
    if whole is None:
        return None
    before = [x for x in levels if x.end <= min(f.start, whole.start) and x.unit == whole.unit]
    # the share's own metric's figure, else the nearest ("the 1.17 million new jobs … linked to the 160 …
    # indications equalled roughly 8% of the 14.73 million people": the jobs' share)
    part = next((x for x in reversed(before) if f.metric is not None and x.metric == f.metric), before[-1] if before else None)
    return (part, whole) if part is not None else None


_OF_THEM_CLOSING = lazy(r"\s+of\s+(?:them|those|these)\s*(?:[,.;]|$)", re.I)   # (never "22% of them inventions")
_OF_WHICH = lazy(r"其中|\bof\s+which\b|\bincluding\b|\bamong\s+them\b", re.I)


def share_of_a_listed_part(text: str, f: Figure, levels: list[Figure]) -> tuple[Figure, Figure] | None:
    """"42万次,其中高校和科研院所2.7万次,约占6%": a share right after a part the claim lists of the
    figure before 其中 / "of which" is the part's of that figure."""
    part = max((x for x in levels if x.end <= f.start), key=lambda x: x.start, default=None)
    if part is None or len(text[part.end:f.start]) > 12:
        return None
    cue = sides.last_match(_OF_WHICH, text, part.start)
    if cue is None:
        return None
    whole = max((x for x in levels if x.end <= cue.start() and x.unit == part.unit), key=lambda x: x.start, default=None)
    return (part, whole) if whole is not None else None


BELONGING = lazy(r"\s*(?:的专利)?(?:属于|来自|集中在|分布在)|\s+(?:of\s+(?:them|these|which)\s+)?(?:belong(?:ed|s)?\s+to|(?:are|were)\s+in|came\s+from)\b", re.I)


_TIMES_THE = lazy(r"\s*(?:(?:of\s+)?the|that\s+of|those\s+of|its|their|the\s+(?:number|total|count)\s+of(?:\s+(?:its|their|the))?)?\s*",
                  re.I)     # ("5.6 times the number of its 598 patent agencies")


_RESTATING = lazy(r"\b(?:i\.?e\.?|that\s+is|or)(?![\w])", re.I)    # "110 vs national 14, i.e. 7.9x"
_THOSE_OF = lazy(r"\s+(?:those|that)\s+of\b", re.I)
_IS_ZH = lazy(r"是|为|相当于|达到?|不到|不足|超过|接近|将近")     # (or the bound a multiple is under: "…不到专利代理机构(598家)的五倍")


# "five times as many trademark agencies (3,334) | as patent agencies (598)": the first side in brackets
_AS_MANY_BRACKETED = lazy(r"\s+as\s+(?:many|much)\b[^()]*\($", re.I)


_AS_THE_OTHER = lazy(r"[^()]*\)\s+as\s+[^()]*\(?$", re.I)     # (the other side in brackets or not: "as the 518 cases")


# what may stand between a Chinese multiple's base and its 的 ("39,527件的2.2倍"): the base's unit word
COUNT_WORDS_ZH = " 件项个家人宗元"


_VERSUS = lazy(r"\b(?:vs\.?|versus|against|compared\s+(?:with|to))\s|相比|对比", re.I)


def stated_multiple(text: str, f: Figure, levels: list[Figure]) -> tuple[Figure, Figure] | None:
    """(A, B) when the claim states both sides of a multiple: "86,950 …, nearly three times the
    39,527 …", "86,950件,是商标注册量39,527件的2.2倍", "five times as many A (3,334) as B (598)". A is
    the last figure before the multiple in B's unit (before 是 in Chinese), or the first after it."""
    if f.unit == "times" and sides.TO_ONE.search(f.text) and len(levels) == 2 \
            and levels[0].unit == levels[1].unit:
        return levels[0], levels[1]     # "outnumbered registrations by two to one, at 86,950 against 39,527"
    before = [x for x in levels if x.end <= f.start]
    if len(before) >= 2 and before[-2].unit == before[-1].unit and _VERSUS.search(text, before[-2].end, before[-1].start) \
            and not _RESTATING.sub("", text[before[-1].end:f.start]).strip(" ,(（:–—="):
        return before[-2], before[-1]       # "110 vs national 14 (7.9x)": the first over the second
    after = next((y for y in levels if y.start >= f.end), None)
    then = next((y for y in levels if after is not None and y.start >= after.end), None)
    if then is not None and _AS_MANY_BRACKETED.fullmatch(text, f.end, after.start) \
            and _AS_THE_OTHER.fullmatch(text, after.end, then.start):
        return after, then
    if after is not None and (_TIMES_THE.fullmatch(text, f.end, after.start) or text[after.start - 1:after.start] in "(（"
                              and _THOSE_OF.match(text, f.end) and not sides.BREAK.search(text, f.end, after.start)):
        den = after         # (or bracketed after the words naming it: "… four times those of its future clusters (32,112)")
        stop = f.start
    elif text[f.end - 1:f.end] == "倍":
        cue = max((m for m in _IS_ZH.finditer(text, 0, f.start)), key=lambda m: m.start(), default=None)
        den = max((x for x in levels if cue is not None and cue.end() <= x.start and x.end <= f.start),
                  key=lambda x: x.start, default=None)
        if den is None or text[den.end:f.start].strip(COUNT_WORDS_ZH + ")）") not in ("的", ""):
            return None
        stop = cue.start()
    else:
        return None
    num = max((x for x in levels if x.end <= stop and x.unit == den.unit), key=lambda x: x.start, default=None)
    return (num, den) if num is not None else None


def parts_of(total: Figure, levels: list[Figure], text: str) -> list[Figure]:
    """The figures a stated total adds up. The parts come first ("A and B, a total of N"), or after
    a colon ("50 organisations: 13 … and 37 …"); "a total of 13 organisations and 37 …, mediating
    5,904 cases" opens with its total and sums nothing."""
    after = [x for x in levels if x.start > total.start and x.unit == total.unit]
    if after and ":" in text[total.end:after[0].start]:
        return after
    if after and (inside := set_off(text, total.end, after)):
        return inside
    before = [x for x in levels if x.start < total.start and x.unit == total.unit]
    if not before and len(after) >= 2:
        # "a total of 110 national model and pilot universities …, 30 model and 80 pilot": parts each
        # named by a word of the total's own noun phrase
        phrase = text[total.end:after[0].start].lower()
        named = [x for x in after if (w := _WORD_AFTER.match(text, x.end)) and f" {w.group(1).lower()} " in f" {phrase} "]
        if len(named) == len(after):
            return named
    return before


_WORD_AFTER = lazy(r"\s*([A-Za-z]+)")


_OPENS = {"—": "—", "–": "–", "(": ")", "（": "）", ",": ","}


def set_off(text: str, end: int, after: list[Figure]) -> list[Figure]:
    """The figures a dash or a bracket right after a figure sets off as its breakdown ("50 IP dispute
    mediation bodies — 13 people's mediation organizations and 37 commercial ones — mediated 5,904
    cases"), when there are two or more; else none."""
    if not after:
        return []
    between = text[end:after[0].start]
    if " - " in between:            # (a hyphen between spaces for a dash, as typed: "50 … bodies - 13 … and 37 … -")
        at = end + between.index(" - ")
        close = text.find(" - ", at + 3)
        inside = [x for x in after if at < x.start and (close < 0 or x.end <= close)]
        return inside if len(inside) >= 2 else []
    opening = next((c for c in between if c in _OPENS), None)
    if opening is None:
        return []
    at = end + between.index(opening)
    if opening == ",":
        # "50 IP dispute mediation bodies in 2024, 13 people's mediation organisations and 37 commercial ones,
        # mediated …": commas set off a breakdown only of two or more figures joined by 'and', a clause
        # going on after it
        shut = _COMMA_SHUT.search(text, after[0].end)
        close = shut.start() if shut else -1
        inside = [x for x in after if at < x.start and (close < 0 or x.end <= close)]
        if close < 0 or len(inside) < 2 or " and " not in text[inside[-2].end:inside[-1].start]:
            return []
        return inside
    close = text.find(_OPENS[opening], at + 1)
    inside = [x for x in after if at < x.start and (close < 0 or x.end <= close)]
    return inside if len(inside) >= 2 else []


_COMMA_SHUT = lazy(r",(?!\d{3})")
