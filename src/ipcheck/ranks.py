"""Figures written as words of order and time: ranks ("ranked second", "居全国首位"), streaks ("for
the 21st consecutive year", "连续五年") and doubling ("翻番", "doubled")."""
from __future__ import annotations

import re

from ipcheck import numbers, wordfigures
from ipcheck.lazyre import lazy
from ipcheck.model import Figure
from ipcheck.scopes import claimed_scope

ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "top": 1,
                 "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
                 "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30}


FRONT_RANKS = 3     # how far down "前列" (the front ranks) reaches: a sourced third place is in it, a fourth is not said


def _count_word(raw: str) -> float | None:
    """A count or an ordinal in words or digits: '21', 'fifteenth', 'twenty-first', 'twenty one', '五'."""
    w = raw.strip().lower()
    if w.isdigit():
        return float(w)
    if w in ORDINAL_WORDS:
        return float(ORDINAL_WORDS[w])
    parts = re.split(r"[\s-]+", w)
    if len(parts) == 2 and parts[0] in ("twenty", "thirty"):
        tens = wordfigures.word_number(parts[0])
        unit = ORDINAL_WORDS.get(parts[1]) or wordfigures.word_number(parts[1])
        return tens + unit if tens and unit and unit < 10 else None
    return wordfigures.word_number(w)
_RANK = lazy(r"\b(?:rank(?:ed|ing|s)?|placed|placing|came|coming|stood|standing|taking|took|"
                   r"winning|won|maintaining|maintained|held|holding|remained|remaining|was|is|were|"
                   r"put(?:s|ting)?\s+(?:it|them|the\s+city|shenzhen))\s+"
                   r"(?:(?:it|them|the\s+city|shenzhen)\s+(?=(?:only\s+|just\s+)?(?:first|second|third|fourth|fifth|top|no\.|#|\d)))?"   # "placed it second"
                   r"(?:(?:only|just|merely|still|again|also|once\s+again|a\s+distant|a\s+close)\s+)?"    # "ranking only second"
                   r"(?:in\s+)?(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|"
                   r"ninth|tenth|top|no\.\s?\d+|#\s?\d+|\d+(?:st|nd|rd|th))\b(?!\s+(?:batch|time|half|quarter|consecutive|straight|successive|year|round|edition)\b)"
                   r"|(?<![\w-])(?P<ord2>first|second|third|fourth|fifth)\s+(?=among\s|in\s+the\s+(?:nation|country|world)\b|nationwide\b"
                   r"|nationally\b|(?:in\s+(?:china|guangdong)|globally|worldwide)\b(?!\s+to\s))"     # (not "first in China to …")
                   r"|(?<![\w-])(?P<sup>(?:the\s+)?(?:most|highest|largest|biggest|greatest|best)\s+(?:of\s+any|among|in\s+the\s+(?:nation|"
                   r"country|world|province)|in\s+(?:china|guangdong(?:\s+province)?))\b"
                   # "the highest figure in Guangdong province" (a group's superlative, "the most IP cases among …
                   # courts", is worked out from its parts below)
                   r"|(?:the\s+)?(?:highest|largest|biggest|greatest|best)\s+(?:(?!of\b|in\b|among\b)[\w-]+\s+){1,2}?in\s+"
                   r"(?:the\s+(?:nation|country|world|province)|china|guangdong(?:\s+province)?)\b)"
                   r"|(?P<zhsup>居[^,;。]{0,16}?首位?|位居[^,;。]{0,8}?首位|领跑(?=全国|全省|全球|世界|全市|深圳|广东)|"
                   r"领先(?=全国|全省|全球|世界)|(?:全国|全省)领先)"
                   # "居全国前列", "among the front ranks": no place given, read as no lower than third
                   r"|(?P<front>(?:居|位居|位列|处于|跻身)[^,;。]{0,10}?前列)"
                   # "among the world's top five cities", "进入全国前十": no lower than that
                   r"|\b(?:among|in|into|within)\s+(?:the\s+)?(?:(?:world|nation|country|china|province)['’]s\s+)?top[ -]"
                   r"(?P<topn>\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b(?![\d,.])"
                   r"|居[^,;。]{0,16}?第(?P<zh>[一二三四五六七八九十\d]+)位?"
                   r"|(?:排名|位列|位居|排|列)[^,;。]{0,8}?第(?P<zh2>[一二三四五六七八九十\d]+)(?![批届次])"     # (列第二; never 列入第二批)
                   # "led the nation", "topped China", "the nation's second-largest", 全国第二
                   r"|\b(?P<sup2>(?:led|leads|leading|topped|tops|topping|headed|heads)\s+(?:the\s+(?:whole\s+|entire\s+)?(?:nation|country|world)\b|"
                   r"china\b|guangdong(?:\s+province)?\b|(?:all\s+)?(?:(?:other|major|large|big|chinese|large\s+and\s+medium-sized)\s+){0,3}cities\b|"
                   r"the\s+national\s+(?:ranking|list))"
                   r"|(?:nation's|country's|china's|world's)\s+(?:largest|biggest)\b"
                   r"|(?:topped|tops|top|topping|led|leads|lead|headed|heads|head)\s+the\s+(?:[\w'-]+\s+){0,3}?(?:tally|ranking|rankings|list|table|league\s+table)\b"
                   r"|\bmore\s+(?:[\w'-]+\s+){0,6}?than\s+(?:any|all)\s+other\b)"   # "more … than any other city"
                   r"|(?<![\w-])(?P<ord3>second|third|fourth|fifth)-(?:largest|biggest|highest)\b"
                   # "both No.1 nationally": a rank with its scope and no verb
                   r"|(?<![\w.])(?:no\.|#)\s?(?P<no>\d+)(?=\s+(?:nationally|nationwide|worldwide|globally|in\s+(?:the\s+)?(?:nation|country|china|world|guangdong)|among)\b)"
                   r"|(?<![居列])(?:全国|全省|全球|世界|全市|深圳|广东)(?:大中城市|城市)?(?:排名)?第(?P<zh3>[一二三四五六七八九十\d]+)(?!批|届|次)", re.I)
_STREAK = lazy(r"(?:for\s+(?:the\s+|an?\s+)?)?(?P<n>\d+|(?:twenty|thirty)[\s-][a-z]+|[a-z]+)(?:th|st|nd|rd)?\s+"
               r"(?:consecutive|straight|successive)\s+years?"
               r"|(?:for\s+(?:the\s+|an?\s+)?)?(?P<n2>\d+|(?:twenty|thirty)[\s-][a-z]+|[a-z]+)(?:th|st|nd|rd)?\s+years?\s+"
               r"(?:in\s+a\s+row|running)\b"
                     r"|连续第?(?P<zh>[一二两三四五六七八九十\d]+)年"      # 连续五年, 连续第五年
               r"|(?P<n3>\d+|(?:twenty|thirty)-[a-z]+|[a-z]+)-year\s+(?:run|streak|winning\s+streak)\b"    # "a 21-year run"
               r"|(?P<n4>\d+|[a-z]+)\s+years?\s+long\b"                                           # "ten years long"
               r"|\b(?:run|streak)\s+(?:that|which)\s+(?:reached|stretched\s+to|hit|grew\s+to)\s+(?P<n5>\d+|[a-z]+)\s+years?\b",
               re.I)                                                                    # "a run that reached 21 years"


# a number written as an ordinal ("21st", "18th")
_NTH = lazy(r"[0-9](?:th|(?<=1)st|(?<=2)nd|(?<=3)rd)")     # opens with a class: the engine skips to a digit


def _rank_cue(text: str) -> bool:
    """A cheap test that a rank may be stated, before the costly rank grammar runs (substring
    tests in one expression: a generator over the words cost more than all the tests)."""
    low = text.lower()
    return ("first" in low or "second" in low or "third" in low or "fourth" in low or "fifth" in low
            or "sixth" in low or "seventh" in low or "eighth" in low or "ninth" in low or "tenth" in low
            or "top" in low or "no." in low or "#" in low or "第" in text or "首" in text or "most" in low or "highest" in low
            or "largest" in low or "biggest" in low or "greatest" in low or " led " in low or "leads" in low
            or "领跑" in text or "领先" in text or "前列" in text
            or "leading" in low or "head" in low or " other" in low or _NTH.search(low) is not None)


_RISES_FOR = lazy(r"\b(?:rose|risen|grew|grown|increased|climbed|fell|fallen|declined|dropped|growth|increases|rises)"
                  r"(?:\s+[\w'-]+){0,3}?\s*$|(?:增长|增加|上升|下降|减少)$", re.I)
_RANK_WORD = lazy(r"\b(?:first|top|led|lead|leads|leading|No\.\s?1|ranked|ranking|second|third)\b|第一|首位|第[二三]|领先|领跑",
                  re.I)
_COUNTED_AMONG = lazy(r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*\s+"
                      r"(?:(?!(?:placed|put|ranked|it|them|was|were|is|are)\b)[A-Za-z'’-]+\s+){0,3}$", re.I)
_GROUP_SUPERLATIVE = lazy(r"\bthe\s+(?:most|highest|largest|biggest|greatest|busiest)\b", re.I)
_SUPERLATIVE_OF_A_GROUP = lazy(r"\bthe\s+(?:most|highest|largest|biggest|greatest|busiest)\b(?=(?:\s+[\w'-]+){0,4}?\s+"
                               r"(?:of|among)\s+(?:all\s+|the\s+)?(?:[\w'-]+\s+){0,3}?(?:courts|districts|cities)\b)", re.I)


def add_ranks_and_streaks(text: str, figs: list[Figure]) -> None:
    taken = [(f.start, f.end) for f in figs]
    for m in (_RANK.finditer(text) if _rank_cue(text) else ()):
        word = (m.group("ord") or m.group("ord2") or m.group("ord3") or m.group("no") or "").lower()
        qualifier = "exact"
        if m.group("sup") or m.group("zhsup") or m.group("sup2"):
            value = 1                 # "the most of any large city", "居全国首位": first
        elif m.group("front"):
            value, qualifier = FRONT_RANKS, "at_most"
        elif m.group("topn"):
            if _COUNTED_AMONG.search(text, 0, m.start()):
                continue        # "408 Chinese brands among the world's top 5,000": members counted, no rank
            value, qualifier = int(_count_word(m.group("topn")) or 0), "at_most"
        elif word:
            if word in ORDINAL_WORDS:
                value = ORDINAL_WORDS[word]
            else:
                value = int(re.sub(r"\D", "", word) or 0)
        else:
            value = wordfigures.word_number(m.group("zh") or m.group("zh2") or m.group("zh3") or "") or 0
            if not value:
                digits = re.sub(r"\D", "", m.group("zh") or m.group("zh2") or m.group("zh3") or "")
                value = int(digits) if digits else 0
        if value:
            _, at = numbers._negation(text, m.start(), "exact") if "n" in text[max(0, m.start() - 30):m.start()] \
                or not text.isascii() else (None, -1)
            denied = text[at:m.start()].strip() if at >= 0 else ""
            figs.append(Figure(text=m.group(0).strip(), value=float(value), unit="rank",
                               qualifier=numbers.DENIED if denied else qualifier,     # "failed to rank first": not first
                               half_ulp=0.0, start=m.start(), end=m.end(), role="rank", negation=denied,
                               scope=claimed_scope(text, m.start(), m.end())))
    low = text.lower()
    if ("the most" in low or "the busiest" in low or "the highest" in low or "the largest" in low or "the biggest" in low
            or "the greatest" in low) and not any(f.role == "rank" for f in figs):
        # "Among Shenzhen's district courts, Futian's accepted the most IP cases", "the busiest of Shenzhen's
        # district courts", "the most IP cases of the city's district courts": first in that group
        m = _GROUP_SUPERLATIVE.search(text) if text[:6].lower() == "among " else _SUPERLATIVE_OF_A_GROUP.search(text)
        if m:
            figs.append(Figure(text=m.group(0), value=1.0, unit="rank", qualifier="exact", half_ulp=0.0,
                               start=m.start(), end=m.end(), role="rank", scope=claimed_scope(text, 0, m.end())))
    add_decade_streaks(text, low, figs)
    for m in (_STREAK.finditer(text) if "连续" in text or "consecutive" in low or "straight" in low
              or "successive" in low or "in a row" in low or "running" in low or "-year " in low or " long" in low
              or "run " in low or "streak " in low else ()):
        raw = m.group("n") or m.group("n2") or m.group("zh") or m.group("n3") or m.group("n4") or m.group("n5") or ""
        value = _count_word(raw)
        if not value:
            continue
        # the digits may already have been read as a plain count: replace that figure
        for f in list(figs):
            if f.start >= m.start() and f.end <= m.end() + 1 and f.role != "rank":
                figs.remove(f)
        if any(s <= m.start() < e for s, e in taken if not (m.start() <= s < m.end())):
            continue
        rises = _RISES_FOR.search(text, max(0, m.start() - 40), m.start()) is not None and not _RANK_WORD.search(text)
        figs.append(Figure(text=m.group(0).strip(), value=value, unit="years", qualifier="exact",
                           half_ulp=0.0, start=m.start(), end=m.end(), role="streak",
                           trend="rises" if rises else ""))     # "rose for the seventh year in a row": no rank's streak


# "has led China for more than two decades": a streak in decades, beside a rank
_DECADES = lazy(r"\b(?:for\s+)?(?P<q>more\s+than|over|fewer\s+than|less\s+than|under|nearly|almost|about|some|close\s+to)?"
                r"\s*(?P<d>two|three|four|\d)\s+decades\b", re.I)
_DECADE_BOUNDS = {"more than": "more_than", "over": "more_than", "fewer than": "less_than", "less than": "less_than",
                  "under": "less_than", "nearly": "nearly", "almost": "nearly", "close to": "nearly"}


def add_decade_streaks(text: str, low: str, figs: list[Figure]) -> None:
    """A streak written in decades beside a rank ("China's top city for PCT filings for more than two decades")."""
    if "decade" not in low or any(f.role == "streak" for f in figs) or not (
            any(f.role == "rank" for f in figs) or " top " in low or " led " in low or "leading" in low):
        return
    for m in _DECADES.finditer(text):
        n = _count_word(m.group("d"))
        if n:
            q = re.sub(r"\s+", " ", (m.group("q") or "").lower())
            figs.append(Figure(text=f"{m.group('d')} decades", value=10 * n, unit="years",
                               qualifier=_DECADE_BOUNDS.get(q, "about"), half_ulp=0.0, start=m.start(), end=m.end(),
                               role="streak"))


_MULTIPLIED = lazy(r"(?=[翻dDtTqQ])(?:翻了?(?P<zh>一|两|二|三)?番|\b(?P<en>doubled|doubling|tripled|tripling|trebled|"
                  r"quadrupled|quadrupling|quintupled)\b)", re.I)
# the increase each word states, in percent: 翻两番 is two doublings, four times the start
_INCREASE = {"一": 100.0, "": 100.0, "两": 300.0, "二": 300.0, "三": 700.0, "doubl": 100.0, "tripl": 200.0,
             "trebl": 200.0, "quadrupl": 300.0, "quintupl": 400.0}


def add_doubling(text: str, figs: list[Figure]) -> None:
    """翻番 / 'doubled', 翻两番 / 'quadrupled', 'tripled': a stated increase of 100%, 300%, 200%
    ("more than quadrupled" an increase of more than 300%)."""
    low = text.lower()
    if "翻" not in text and "doubl" not in low and "tripl" not in low and "trebl" not in low \
            and "quadrupl" not in low and "quintupl" not in low:
        return
    for m in _MULTIPLIED.finditer(text):
        word = m.group("en")
        value = _INCREASE[m.group("zh") or "" if word is None else re.sub(r"(?:ed|ing)$", "", word.lower())]
        qualifier, _ = numbers._qualifier_before(text, m.start())
        end = m.end()
        if text[end:end + 1] in ("多", "余"):       # 翻了两番多: more than quadrupled
            qualifier, end = "more_than", end + 1
        elif text[end:end + 2] in ("还多", "有余", "以上") or text[end:end + 3] == "都不止":
            qualifier, end = "more_than", end + 2 + (text[end:end + 3] == "都不止")     # 翻了一番还多
        figs.append(Figure(text=text[m.start():end], value=value, unit="percent", qualifier=qualifier,
                           half_ulp=0.0, start=m.start(), end=end, role="growth", direction=1, fixed_role=True,
                           note=f"{m.group(0)} read as an increase of {value:g}%"))


_WITH_A_FIGURE = lazy(r"[^,;.:，；。]{0,24}?\bwith\s+(?:(?:about|nearly|over|almost|some|more\s+than)\s+)?", re.I)


def ranked_with_a_figure(text: str, figs: list[Figure]) -> None:
    """A rank set right before the figure it was won with is that figure's: "…, Shenzhen led China in 2024
    with 249,500 trademark registrations" ranks the registrations, whatever another clause named."""
    for f, g in zip(figs, figs[1:]):
        if f.role == "rank" and g.role == "level" and g.metric and f.metric != g.metric \
                and _WITH_A_FIGURE.fullmatch(text, f.end, g.start):
            f.metric, f.metric_words, f.alternatives = g.metric, g.metric_words, ()
