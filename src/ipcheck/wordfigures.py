"""Figures written in words: fractions ("nearly half of", "三分之一"), counts ("four gold awards"),
multiples ("twice the 2013 level", "两倍") and number words ("ten", "二十一").

Kept apart from ``numbers`` (digits, scales, units): these are read with the same qualifiers and
negations, but only where a claim's words, not its digits, carry the figure.
"""
from __future__ import annotations

import re

from ipcheck.lazyre import lazy
from ipcheck.numbers import _BEFORE_MAP, Number, _digits_step, _negated, _qualifier_after, _qualifier_before

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100,
    "half": 0.5, "twice": 2, "double": 2,
}
_CJK_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
               "八": 8, "九": 9}


# Fractions written in words ("nearly half of", "a third of", "one in five", "约占全国一半", "过半"):
# shares in percent, read as approximations unless a qualifier says otherwise. "Half" of a period
# ("the first half of 2024", 上半年) is no share.
_FRACTION_WORDS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3,
    "two thirds": 200 / 3, "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "one-quarter": 25.0,
    "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0,
    "a tenth": 10.0, "one tenth": 10.0, "one-tenth": 10.0,
    "one in two": 50.0, "one in three": 100 / 3, "one in four": 25.0, "one in five": 20.0, "one in ten": 10.0,
    "一半": 50.0, "半数": 50.0, "二分之一": 50.0, "三分之一": 100 / 3, "三分之二": 200 / 3, "四分之一": 25.0,
    "四分之三": 75.0, "五分之一": 20.0, "十分之一": 10.0, "近半": 50.0, "过半": 50.0, "逾半": 50.0,
}
# "Of the 54 enterprises …, fewer than half went on to obtain loans": a share of the whole the sentence opens with
_SHARE_DID = lazy(r"\s+(?:of\s+them\s+)?(?:went|were|was|got|obtained|received|won|had|did|made|secured|closed|"
                  r"ended|came|went\s+on)\b", re.I)
_FRACTION = lazy(
    r"(?<![A-Za-z-])(?P<en>(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ -](?:half|thirds?|quarters?|fifths?|sixths?|"
    r"sevenths?|eighths?|ninths?|tenths?)"
    r"|half|one in (?:two|three|four|five|ten))(?=\s+of\b)"
    r"|(?<![A-Za-z-])(?P<en3>half)(?=\s+(?:the|its|their)\s+(?:[\w'-]+\s+){0,3}?total\b)"     # "half the national total"
    r"|(?<![A-Za-z-])(?P<en2>one in (?:two|three|four|five|ten))\b"
    r"|(?<![A-Za-z-])one\s+in\s+(?P<every2>twenty|fifty|a\s+hundred|(?!(?:19|20)\d\d\b)\d+)\b"     # (not "one in 2013")
    # "one in every five", "one in every 11", "每11件…中就有1件": one of every N, a share of 1/N
    r"|(?<![A-Za-z-])one\s+(?:in|out\s+of)\s+every\s+(?P<every>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    # "four out of every five", "nine in ten": k of every n
    r"|(?<![A-Za-z-])(?P<k_of>two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<every3>three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred)\b"
    r"|每(?P<every_zh>\d+|[二两三四五六七八九十]+)[件个家项人名][^，。,;；]{0,16}?中(?:就)?有(?P<of_zh>\d+|[一二两三四五])[件个家项人名]"
    # a rise or fall by a fraction: "grew by more than three-quarters between 2013 and 2016"
    r"|(?:(?<=by\s)|(?<=than\s)|(?<=over\s)|(?<=under\s)|(?<=about\s)|(?<=nearly\s)|(?<=almost\s)|(?<=roughly\s))"
    r"(?P<by>(?:a|an|one|two|three|four|five|six|seven|eight|nine)[ -](?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|"
    r"eighths?|ninths?|tenths?)|half)"
    r"\b(?!\s+of\b)"
    r"|(?P<zh>一半|半数|[二三四五十]分之[一二三]|近半|过半|逾半)"
    r"|(?P<zhden>[一二两三四五六七八九十百]{1,4})分之(?P<zhnum>[一二两三四五六七八九十]{1,3})"     # "十一分之一"
    # a majority in words: "the bulk of", "most of" (never "the most of any city"), "大部分"
    r"|(?P<most>(?:the|a)\s+(?:bulk|majority|lion's\s+share)|(?<![\w-])(?<!the\s)most)(?=\s+of\b)"
    r"|(?P<zhmost>绝大多数|大多数|大部分|大部)"
    # tenths: "约三成", "四成以上" (not 成功, 成为, 成立, 成本 …, where 成 opens another word)
    r"|(?<![\d一二两三四五六七八九十])(?P<tenths>[一二两三四五六七八九])成(?![功为立员本果绩交长效熟都型就])"
    r"(?P<hundredths>[一二三四五六七八九半](?![年倍成万亿件家]))?", re.I)     # ("八成五", "八成半": 85%)
_CHANGED_BY = lazy(r"(?:\b(?:grew|grown|grow|grows|rose|risen|rises|increased|increases|climbed|jumped|fell|fallen|falls|"
                   r"dropped|declined|decreased|up|down)\s+by|\b(?:an?\s+)?(?:increase|rise|growth|gain|jump|decline|drop|fall|"
                   r"decrease)\s+of)\s+(?:(?:only|just|barely|merely|a\s+mere)\s+)?"
                   r"(?:(?:more\s+than|fewer\s+than|less\s+than|over|under|about|"
                   r"nearly|almost|roughly)\s+)?$",
                   re.I)
_CLAUSE_ENDS = lazy(r"\s*(?:[,.;:。，；]|$)")
_SET_OFF_BOUND = lazy(r"[,，:;—–]\s*(?:(?:more|fewer|less)\s+than|over|under|nearly|almost|about|roughly)\s+$", re.I)
_NOT_A_SHARE_BEFORE = ("first", "second", "latter", "former", "last", "上", "下", "前", "后")
_FRACTION_QUALIFIER = {"近半": "nearly", "过半": "more_than", "逾半": "more_than"}


_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                 "tenth": 10}


def _fraction_parts(words: str) -> tuple[float, int]:
    """(numerator, denominator) of a fraction in words: "nine-tenths" is (9, 10), "a third" (1, 3)."""
    top, _, bottom = words.lower().replace("-", " ").partition(" ")
    return (1 if top in ("a", "an", "one") else word_number(top) or 0), _DENOMINATORS[bottom.rstrip("s")]


_K_IN = lazy(r"(?:one|two|three|four|five|six|seven|eight|nine) in ")      # "nine in ten", "one in 20"


_OF_A_SCALE = lazy(r"\s+of\s+an?\s+(?:million|billion|trillion|thousand|hundred)\b", re.I)


def read_fractions(text: str) -> list[Number]:
    """Shares written as fractions in words, as percent figures (see ``_FRACTION``)."""
    low = text.lower()
    if not ("half" in low or "third" in low or "quarter" in low or "fifth" in low or "tenth" in low or "ixth" in low
            or "eventh" in low or "ighth" in low or "ninth" in low
            or "out of " in low or "每" in text or " in " in low and _K_IN.search(low) is not None
            or "半" in text or "分之" in text or "成" in text or "most of" in low
            or "bulk" in low or "majority" in low or "lion's" in low or "大多数" in text or "大部" in text):
        return []
    found = []
    for m in _FRACTION.finditer(text):
        words = m.group(0)
        if _OF_A_SCALE.match(text, m.end()):
            continue        # "a quarter of a million": 250,000, read_spelt_numbers's
        most = m.group("most") or m.group("zhmost")
        value = 50.0 if most else _FRACTION_WORDS.get(words.lower()) if not m.group("tenths") \
            else 10.0 * _CJK_DIGITS[m.group("tenths")] + (
                (5 if m.group("hundredths") == "半" else _CJK_DIGITS[m.group("hundredths")]) if m.group("hundredths") else 0)
        if m.group("zhden") == "百":
            continue                # "百分之三百四十六点四" is a percentage, read_percent_numerals's
        if m.group("zhden"):
            den, num = word_number(m.group("zhden")), word_number(m.group("zhnum"))
            value = 100.0 * num / den if den and num and num < den else None
        if m.group("k_of"):
            n, k = _count_of(m.group("every3").replace("a hundred", "hundred")), _count_of(m.group("k_of"))
            value = 100.0 * k / n if n and k and k < n else None
        elif m.group("every") or m.group("every_zh") or m.group("every2"):
            n = _count_of((m.group("every") or m.group("every_zh") or m.group("every2")).replace("a hundred", "hundred")) or 0
            k = _count_of(m.group("of_zh")) if m.group("of_zh") else 1
            value = 100.0 * k / n if n and k and k < n else None
        if value is None and (m.group("by") or m.group("en") and not words.lower().startswith("one in")):
            top, bottom = _fraction_parts(words)     # "nine-tenths", "two-fifths of": numerator over denominator
            value = top * 100.0 / bottom if 0 < top < bottom else None
        if m.group("by") and not _CHANGED_BY.search(text, max(0, m.start() - 40), m.start()) \
                and not (_SET_OFF_BOUND.search(text, max(0, m.start() - 24), m.start()) and _CLAUSE_ENDS.match(text, m.end())) \
                and not (text[:7].lower() == "of the " and _SHARE_DID.match(text, m.end())):
            continue                     # (a fraction after 'by' or a bound counts only after a verb of change,
            #                              or set off after the figures it is of: "37 of Shenzhen's 69, more than half")
        if value is None or low[max(0, m.start() - 8):m.start()].rstrip().endswith(_NOT_A_SHARE_BEFORE) \
                or text[m.end():m.end() + 1] in ("年", "月", "天"):      # 近半年: half a year
            continue
        qualifier, qstart = _qualifier_before(text, m.start())
        end = m.end()
        if words in _FRACTION_QUALIFIER and qualifier == "exact":
            qualifier = _FRACTION_QUALIFIER[words]
        after_q, after_end = _qualifier_after(text, end)
        if after_q and qualifier == "exact":
            qualifier, end = after_q, after_end      # "一半以上": at least half
        if most and qualifier == "exact":
            qualifier = "more_than"          # a majority: more than half, however much more
        if qualifier == "exact" and (far := bound_before_a_base(text, m.start())):
            qualifier, qstart = far                                       # "超过2021年全年的一半"
        qualifier, negation = _negated(text, qstart, qualifier, m.start())     # ("did not reach half": under it)
        if qualifier == "exact" and qstart == m.start():
            qualifier = "about"          # "half" for 48.1%: a fraction in words is a round figure (not "exactly half")
        # (tenths are rounded to the nearest tenth: "约两成" is 15% to 25%, see ``arithmetic.within_a_tenth``)
        found.append(Number(value=value, text=text[m.start():end], start=m.start(), end=end,
                            half_ulp=(0.5 if m.group("hundredths") else 5.0) if m.group("tenths") else 0.0, unit="percent",
                            qualifier=qualifier,
                            negation=negation))
    return found


# Counts written in words ("won four gold awards"): read only when a claim states no figure in
# digits, and kept only when the word after it names the metric (see claims.read_claim).
_COUNT_WORD = lazy(r"(?<![\w-])(thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|two|three|four|five|six|seven|"
                  r"eight|nine|ten|eleven|twelve|(?:half\s+a|a|one)\s+dozen)"
                  r"(?:\s+(?=[A-Za-z])|(?<=[a-z])(?=\s*[,—–]\s*[a-z]))", re.I)     # (or set off: "…Awards, four, matched")


def read_count_words(text: str) -> list[Number]:
    low = text.lower()
    if not ("two" in low or "thre" in low or "four" in low or "five" in low or "six" in low or "seven" in low
            or "eight" in low or "nine" in low or "ten" in low or "eleven" in low or "twelve" in low or "dozen" in low
            or "teen" in low):
        return []                   # most claims: substring tests written out (a generator costs more), no pattern run
    found = []
    for m in _COUNT_WORD.finditer(text):
        qualifier, qstart = _qualifier_before(text, m.start())
        qualifier, negation = _negated(text, qstart, qualifier, m.start())
        word = m.group(1).lower()
        value = (6 if word.startswith("half") else 12) if word.endswith("dozen") else _WORD_NUMBERS[word]
        found.append(Number(value=float(value), text=m.group(1), start=m.start(),
                            end=m.start() + len(m.group(1)), half_ulp=0.0, unit="count", qualifier=qualifier,
                            negation=negation))
    return found


# the Chinese words of a bound written before a multiple or its base ("增长超过一倍", "接近…的两倍", "超过全市一半")
_ZH_BOUNDS = "接近|将近|大约|约|超过|逾|不到|不足|近"
# Multiples written in words ("twice the 2013 level", "three times that of", "half the national
# average", "两倍"): figures in times, so the arithmetic they state is checked, never passed over.
_WORD_MULTIPLE = lazy(
    r"(?<![\w-])(?P<en>(?:twice|double|triple|quadruple|half)(?=\s+(?:the|that|those|as|its|their|what|"
    r"a\s+year\s+(?:earlier|before|ago)|last\s+year|the\s+(?:previous|prior)\s+year)\b"
    r"|\s+(?:[A-Z][\w-]*|(?:19|20)\d\d)['’]s\b)"      # ("double 2023's tally")
    r"|(?P<frac>(?:a|one)[ -](?:third|quarter|fifth|tenth)|two[ -]thirds|three[ -]quarters)"
    r"(?=\s+as\s+(?:many|much)\b)"     # "a third as many cases as …"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"a\s+hundred|one\s+hundred)\s+times"
    # what follows says it is a multiple, not how often: "three times the level", "nearly ten times."
    r"(?=\s+(?:the|that|those|as|its|their|what|over|from|since|between|during|higher|larger|greater|bigger|more)\b"
    r"|\s+(?:[A-Za-z][\w-]*|(?:19|20)\d\d)['’]s\b|\s*(?:[.,;:)]|$)))"       # ("twenty times China's average")
    r"|(?<![\d.一二两三四五六七八九十百千])(?P<zh>[一两二三四五六七八九十百千]*[两二三四五六七八九十百千])倍"
    # "增长一倍": up by one time its size (one alone is a multiple only after a verb of rising)
    r"|(?:(?<=增长)|(?<=增加)|(?<=提高)|(?<=上升)|(?<=下降)|(?<=减少)|(?<=长了)|(?<=加了)|(?<=高了)|(?<=升了)|(?<=降了)|(?<=少了))"
    rf"(?P<zh1q>{_ZH_BOUNDS})?(?P<zh1>一)倍"
    # "a tenfold increase", "a twenty-fold rise"
    r"|(?<![\w-])(?P<fold>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred)[\s-]?fold\b", re.I)
_BOUND_OF_A_PLACE = lazy(rf"({_ZH_BOUNDS})(?:全市|全国|全省|全区)$")
_BOUND_OF_A_BASE = lazy(rf"({_ZH_BOUNDS})(?:[^,，;；。]|,(?=\d)){{1,30}}?的$")


def bound_before_a_base(text: str, start: int) -> tuple[str, int] | None:
    """(qualifier, where it starts) of a bound written before the base a Chinese multiple or fraction at
    ``start`` is of ("接近…9,694宗的两倍", "超过2021年全年的一半"): the figure's, though words stand between."""
    if text[start - 1:start] != "的":
        near = _BOUND_OF_A_PLACE.search(text, max(0, start - 6), start)      # "超过全市一半"
        return (_BEFORE_MAP[near.group(1)], near.start(1)) if near else None
    far = _BOUND_OF_A_BASE.search(text, 0, start)
    return (_BEFORE_MAP[far.group(1)], far.start(1)) if far else None
_MULTIPLE_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "quadruple": 4.0, "half": 0.5}


def read_word_multiples(text: str) -> list[Number]:
    """Multiples written in words, as figures in times (see ``_WORD_MULTIPLE``)."""
    low = text.lower()
    if not ("twice" in low or "double" in low or "triple" in low or "quadruple" in low or "half" in low
            or " times" in low or "倍" in text or "fold" in low or " as many" in low or " as much" in low):
        return []
    found = []
    for m in _WORD_MULTIPLE.finditer(text):
        words = m.group(0)
        w = words.lower()
        if m.group("frac"):                 # "a third as many", "two-thirds as much"
            top, bottom = _fraction_parts(w)
            value = top / bottom
        else:
            value = _MULTIPLE_WORDS.get(w) or word_number(w.split()[-2] if m.group("en") else
                                                          m.group("fold") or m.group("zh") or m.group("zh1"))
        if not value:
            continue
        qualifier, qstart = _qualifier_before(text, m.start())
        if qualifier == "exact" and text[m.start() - 1:m.start()] == "上" and words[0] in "百千":
            qualifier, qstart = "at_least", m.start() - 1     # "上百倍": a hundred times or more
        elif qualifier == "exact" and (m.group("zh") or m.group("zh1")) and text[m.end():m.end() + 1] in ("多", "余"):
            qualifier = "more_than"                           # "五倍多": more than five times
        elif qualifier == "exact" and (m.group("zh") or m.group("zh1")) and text[m.end():m.end() + 2] == "以上":
            qualifier = "at_least"                            # "一倍以上": one time or more
        elif qualifier == "exact" and m.group("zh") and (far := bound_before_a_base(text, m.start())):
            qualifier, qstart = far         # "接近2013年全市法院受理量9,694宗的两倍"
        if m.group("zh1q"):
            qualifier = _BEFORE_MAP[m.group("zh1q")]        # "增长超过一倍": more than one time over
        qualifier, negation = _negated(text, qstart, qualifier, m.start())
        found.append(Number(value=float(value), text=words, start=m.start(), end=m.end(), half_ulp=0.0,
                            unit="times", qualifier=qualifier, negation=negation))
    return found


# "outnumbered registrations by five to one", "a ratio of 2.2 to 1": a multiple, written as a ratio to one
_RATIO = lazy(r"(?<![\w.,])(?P<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?:\s*(?:to|:)\s*|-to-)"
              r"(?:one|1)(?![\w.,]|,\d)", re.I)


def read_ratios(text: str) -> list[Number]:
    """Ratios to one, as figures in times, where the words say a ratio is meant ('ratio', 'outnumber', 'to one')."""
    if not (" ratio" in text or "Ratio" in text or "utnumber" in text or "to one" in text or "to-one" in text):
        return []           # (most claims: five searches in C, no lower-casing; "registration" is no ratio)
    found = []
    for m in _RATIO.finditer(text):
        n = m.group("n")
        value = float(n) if n[0].isdigit() else word_number(n.lower())
        if not value:
            continue
        qualifier, qstart = _qualifier_before(text, m.start())
        qualifier, negation = _negated(text, qstart, qualifier, m.start())
        half = 0.5 * 10 ** -len(n.split(".")[1]) if "." in n else 0.5     # ("two to one" is rounded to the unit)
        found.append(Number(value=value, text=m.group(0), start=m.start(), end=m.end(), half_ulp=half,
                            unit="times", qualifier=qualifier, negation=negation))
    return found


_CJK_NUMERAL = lazy(r"(?:(?P<k>[一二两三四五六七八九])?千)?(?:(?P<h>[一二两三四五六七八九])?百)?零?"
                    r"(?:(?P<t>[一二两三四五六七八九])?十)?(?P<u>[零一二两三四五六七八九])?")


def _count_of(word: str) -> float | None:
    return float(word) if word.isdigit() else word_number(word)


def word_number(word: str) -> float | None:
    """'ten' -> 10, '十' -> 10, '二十一' -> 21, '百' -> 100, '两千三百' -> 2300; None when it is no
    number word below ten thousand."""
    w = word.strip().lower()
    if w in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[w])
    m = _CJK_NUMERAL.fullmatch(w) if w else None
    if m is None:
        return None
    value = 0
    for unit, place, group in (("千", 1000, "k"), ("百", 100, "h"), ("十", 10, "t")):
        if unit in w:
            digit = m.group(group)
            value += place * (_CJK_DIGITS[digit] if digit else 1)
    if m.group("u"):
        if m.group("u") != "零" and len(w) > 1 and w[-2] not in "十零" and w[-2] in "百千":
            return None             # "一百五" is 150 in speech: too loose to read as a figure
        value += _CJK_DIGITS[m.group("u")]
    return float(value) if value or w == "零" else None


# Chinese numerals with a scale ("八万余件", "两万多件", "逾万件", "近三亿元"): figures as a digit-written
# 8万 would be, bounds by their 余/多 or the word before them. Not "每万人" (per ten thousand people).
_CJK_SCALED = lazy(r"(?<![每\d.万亿一二两三四五六七八九十百千])(?P<q>逾|超过|超|近|约|不足|不到)?"
                   r"(?P<n>[一二两三四五六七八九十百千零]{1,8})?(?P<s>[万亿])(?:(?<=亿)(?P<rest>[一二两三四五六七八九十百千零]{1,6})万)?"
                   r"(?P<low>[零一二两三四五六七八九十百千]{1,8})?"
                   r"(?P<m>余|多)?(?=[件项家人宗个次元])")     # ("三千七百八十三亿元", "一千六百二十六亿五千万元")
_CJK_BOUNDS = {"逾": "more_than", "超过": "more_than", "超": "more_than", "近": "nearly", "约": "about",
               "不足": "less_than", "不到": "less_than"}


def read_scaled_numerals(text: str) -> list[Number]:
    if "万" not in text and "亿" not in text:
        return []
    found = []
    for m in _CJK_SCALED.finditer(text):
        if not m.group("n") and not m.group("q"):
            continue                # a bare 万 names no figure ("万件" in a name)
        n = word_number(m.group("n")) if m.group("n") else 1.0
        if not n:
            continue
        scale = 1e4 if m.group("s") == "万" else 1e8
        value, step = n * scale, scale          # step: the place of the last digit written
        if m.group("rest"):
            value, step = value + (word_number(m.group("rest")) or 0) * 1e4, 1e4
        if m.group("low"):          # "六万九千件": 69,000, to the thousand; "一万六千二百六十一件": to the unit
            low = m.group("low")
            value += word_number(low.lstrip("零")) or 0
            step = 1000.0 if low.endswith("千") else 100.0 if low.endswith("百") else 0.0      # ("…九百五十": in full)
        qualifier = "more_than" if m.group("m") else _CJK_BOUNDS.get(m.group("q") or "", "exact")
        unit = "yuan" if text[m.end():m.end() + 1] == "元" else "count"
        start = m.start("n") if m.group("n") else m.start("s")
        found.append(Number(value=value, text=text[start:m.end()], start=start, end=m.end(),
                            half_ulp=step / 2, unit=unit, qualifier=qualifier, scale=scale))
    return found


_CJK_PERCENT = lazy(r"(?P<q>逾|超过|超|近|约|不足|不到)?百分之(?P<n>[零一二两三四五六七八九十百]+)(?:点(?P<d>[零一二三四五六七八九]+))?")


def read_percent_numerals(text: str) -> list[Number]:
    """Percentages in Chinese numerals: "百分之十八", "百分之三百四十六点四"."""
    if "百分之" not in text:
        return []
    found = []
    for m in _CJK_PERCENT.finditer(text):
        n = word_number(m.group("n")) if m.group("n") not in ("零",) else 0.0
        if n is None:
            continue
        decimals = "".join(str(_CJK_DIGITS[c]) for c in m.group("d") or "")
        value = n + (float("0." + decimals) if decimals else 0.0)
        start = m.start("n") - 3
        found.append(Number(value=value, text=text[start:m.end()], start=start, end=m.end(),
                            half_ulp=0.5 * 10.0 ** -len(decimals), unit="percent",
                            qualifier=_CJK_BOUNDS.get(m.group("q") or "", "exact")))
    return found


# Whole numbers written out in English ("nine hundred and thirty-three", "four point two million",
# "twenty per cent", "ten and a half percentage points"): read as the figures they are, so no figure of a
# claim goes unread (and unjudged) for being spelt in words.
_UNITS_EN = {w: v for w, v in _WORD_NUMBERS.items() if isinstance(v, int) and v < 20}
_UNITS_EN.update({"zero": 0})
_TENS_EN = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES_EN = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_NUMBER_WORD = (r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
                r"million|billion|trillion")
_SPELT = lazy(rf"\b(?:a\s+)?(?:{_NUMBER_WORD})(?:(?:[\s-]+(?:and\s+)?)(?:{_NUMBER_WORD}|point)\b)*"
              rf"(?:\s+and\s+a\s+half)?\b(?![-'][a-z])", re.I)      # (never "twenty-first": an ordinal)
_TENS_WORD = lazy(r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty\b")
_UNIT_WORD_PERCENT = lazy(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                          r"fifteen|sixteen|seventeen|eighteen|nineteen)\s+(?:per\s?cent|percent|percentage)")
_PER_WORD = lazy(r"\b(?:per|every|each)\s+$", re.I)
_PART_OF_A_SCALE = lazy(r"\b(?:a|one)\s+(half|third|quarter|fifth|tenth)\s+of\s+$", re.I)
_SPELT_UNIT = lazy(r"\s*(?P<u>per\s?cent|percent|percentage\s+points?|yuan|times)\b", re.I)


def _spelt_value(words: list[str]) -> tuple[float, str] | None:
    """The value of number words, and the digits it would be written with (for its precision)."""
    total, current, decimals, seen = 0.0, 0.0, "", False
    after_point = False
    for w in words:
        if w == "point":
            after_point = True
            continue
        if after_point and w in _UNITS_EN and _UNITS_EN[w] < 10:
            decimals += str(_UNITS_EN[w])
            continue
        if after_point and decimals:
            current += float("0." + decimals)
            after_point, decimals = False, ""
        if w in _UNITS_EN:
            current += _UNITS_EN[w]
        elif w in _TENS_EN:
            current += _TENS_EN[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALES_EN:
            total += (current or 1) * _SCALES_EN[w]
            current = 0.0
        else:
            return None
        seen = True
    if after_point and decimals:
        current += float("0." + decimals)
    if not seen:
        return None
    value = total + current
    written = f"{value:.{len(decimals)}f}" if decimals else f"{value:.0f}"
    return value, written


_A_FEW_MILLION = lazy(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:m|b|tr)illion\b")


def read_spelt_numbers(text: str) -> list[Number]:
    """Figures spelt out in English words beyond the small counts ``read_count_words`` reads: any with a
    tens word, a hundred or a scale ("two hundred thousand"), a decimal point, or a unit after it
    ("nine per cent")."""
    low = text.lower()
    if not ("hundred" in low or "thousand" in low or "ty" in low and _TENS_WORD.search(low) or " point " in low
            or "and a half" in low or "a million" in low or "a billion" in low
            or "illion" in low and _A_FEW_MILLION.search(low)
            or ("cent" in low or "percentage" in low) and _UNIT_WORD_PERCENT.search(low)):
        return []                   # most claims: no number spelt out (substring tests in one expression first)
    found = []
    for m in _SPELT.finditer(text):
        before = text[max(0, m.start() - 12):m.start()]
        if before.rstrip()[-1:].isdigit() or _PER_WORD.search(before):
            continue                # "100 million" is the digits'; "per ten thousand people" names a rate
        words = [w for w in re.split(r"[\s-]+", m.group(0).lower()) if w and w not in ("and", "a")]
        if words and (words[0] in _SCALES_EN or words[0] == "hundred") and not m.group(0).lower().startswith("a "):
            continue                # a scale word with no number before it ("millions of")
        half_more = m.group(0).lower().endswith("and a half")
        if half_more:
            words = words[:-1] if words and words[-1] == "half" else words
        parsed = _spelt_value(words)
        if parsed is None:
            continue
        value, written = parsed
        value += 0.5 if half_more else 0.0
        start = m.start()
        if (part := _PART_OF_A_SCALE.search(text, max(0, m.start() - 16), m.start())) is not None:
            value *= 1 / _DENOMINATORS[part.group(1).lower()]     # "a quarter of a million": 250,000
            written, start = f"{value:.0f}", part.start()
        unit_m = _SPELT_UNIT.match(text, m.end())
        compound = any(w in _TENS_EN or w == "hundred" or w in _SCALES_EN or w == "point" for w in words) or half_more
        if not compound and unit_m is None:
            continue                # "four gold awards", "one in five": the count and fraction readers' own
        if unit_m is not None and unit_m.group("u").lower() == "times":
            continue                # "ten times": a multiple, the multiples reader's
        end = unit_m.end() if unit_m else m.end()
        unit = "count"
        if unit_m:
            u = unit_m.group("u").lower()
            unit = "percentage_point" if "point" in u else "percent" if "cent" in u else "yuan"
        step = _digits_step(written) if not half_more else 0.5
        qualifier, qstart = _qualifier_before(text, start)
        qualifier, negation = _negated(text, qstart, qualifier, start)
        exact_count = unit == "count" and step == 1 and "." not in written
        found.append(Number(value=value, text=text[start:end].strip(), start=start, end=end,
                            half_ulp=0.0 if exact_count else step / 2, unit=unit, qualifier=qualifier,
                            negation=negation))
    return found


def a_start_in_words(text: str, f: Number, in_digits: list) -> bool:
    """Is ``f``, a count in words, the side a change starts from ("up from nine the year before"), and
    not a piece of a figure read whole ("from two hundred thousand")?"""
    return text[max(0, f.start - 5):f.start].lower() == "from " and not any(d.start <= f.start < d.end for d in in_digits)
