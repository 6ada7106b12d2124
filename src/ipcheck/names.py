"""Who a claim is about: entity names found in it, the ones that are not really mentions (the
'China' of "the 25th China Patent Award", the nation as a yardstick), and proper names the
knowledge base does not know at all (a claim about Shanghai is not one about Shenzhen).
"""
from __future__ import annotations

import re

from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import lazy
from ipcheck.matching import stem, words


_SENTENCE_WORDS = frozenset("""
in the by at as from during since according last this that these those its it there their a an of on
some roughly around almost approximately just over under
for to and with while but under over about nearly more less fewer than between both all each every
january february march april may june july august september october november december year years
jan feb mar apr jun jul aug sep sept oct nov dec h1 h2 q1 q2 q3 q4 fyp yoy
despite although though amid after before across cross-border meanwhile however moreover also still yet even
overall altogether together combined nationally nationwide globally worldwide first-half second-half full-year
""".split())


def vocabulary(kb: KnowledgeBase) -> frozenset[str]:
    cached = getattr(kb, "vocabulary", None)
    if cached is None:
        vocab: set[str] = set()
        for a in kb.metric_index.aliases:
            vocab.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", a.text))
            vocab.update(a.keywords)
        cached = frozenset(vocab)
        kb.vocabulary = cached
    return cached


def _metric_names_opening(kb: KnowledgeBase) -> dict[str, set[str]]:
    """For each entity phrase, the metric names and aliases (lower-cased) that open with it."""
    phrases = set(kb.entity_index._phrases)
    found: dict[str, set[str]] = {}
    for m in kb.metrics.values():
        for alias in (m.en, *m.aliases):
            low = alias.lower()
            for p in phrases:
                if low.startswith(p + " "):
                    found.setdefault(p, set()).add(low)
    return found


def name_markers(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """For each entity phrase, the two words after it in metric names that begin with it ("China"
    -> "patent award"), computed once per base."""
    cached = getattr(kb, "name_markers", None)
    if cached is None:
        found: dict[str, set[str]] = {}
        for p, names in _metric_names_opening(kb).items():
            for n in names:
                rest = n[len(p):].split()
                if len(rest) >= 2:
                    found.setdefault(p, set()).add(" ".join(rest[:2]))
        cached = kb.name_markers = {p: frozenset(v) for p, v in found.items()}
    return cached


def names_opening_with(kb: KnowledgeBase) -> dict[str, dict[str, tuple[str, ...]]]:
    """For each place's name, the metric names (and aliases) that open with it, lower-cased ("china"
    -> "well-known" -> "china well-known trademarks"): written out in full after the phrase, the
    phrase is part of the metric's name whatever its capitals. Computed once per base."""
    cached = getattr(kb, "names_opening", None)
    if cached is None:
        # places only (a group such as "universities" is what a metric's name says it counts), and
        # English only (Chinese names: _inside_a_metric_name); filed by the word after the phrase,
        # so most mentions are passed over with one lookup
        by_next: dict[str, dict[str, tuple[str, ...]]] = {}
        for p, names in _metric_names_opening(kb).items():
            if not p.isascii() or kb.entities[kb.entity_index._phrases[p]].kind == "group":
                continue
            for n in sorted(names, key=len, reverse=True):
                nxt = n[len(p) + 1:].split(" ", 1)[0]
                by_next.setdefault(p, {}).setdefault(nxt, ())
                by_next[p][nxt] += (n,)
        cached = kb.names_opening = by_next
    return cached


def places_opening_metrics(kb: KnowledgeBase) -> dict[str, tuple[tuple[str, str], ...]]:
    """For each metric whose name opens with a place ("China Patent Award gold awards"), the place and
    the word after it ("china", "patent"), lower-cased; computed once per base."""
    cached = getattr(kb, "places_opening", None)
    if cached is None:
        places = {p for p, e in kb.entity_index._phrases.items()
                  if p.isascii() and kb.entities[e].kind in ("city", "province", "country")}
        found: dict[str, set[tuple[str, str]]] = {}
        for m in kb.metrics.values():
            for name in (m.en, *m.aliases):
                low = name.lower()
                for p in places:
                    rest = low[len(p) + 1:].split()
                    if low.startswith(p + " ") and rest:
                        found.setdefault(m.id, set()).add((p, rest[0]))
        cached = kb.places_opening = {k: tuple(sorted(v)) for k, v in found.items()}
    return cached


def other_place_in_name(kb: KnowledgeBase, text: str, metric: str) -> str | None:
    """The place a claim writes where a metric's name has another ("the 18th Shenzhen Patent Awards"
    for the China Patent Award): another award, not that metric; written as a name (capitals, no
    possessive). None when the names agree."""
    opening = places_opening_metrics(kb).get(metric)
    if not opening:
        return None
    low = text.lower()
    places = {p for p, _ in opening}
    for place, rest in opening:
        at = low.find(rest + " ")
        while at >= 0:
            words = low[:at].split()
            if not text[at:at + 1].isupper() or (words and words[-1].endswith("'s")):
                at = low.find(rest + " ", at + 1)
                continue            # "Shenzhen's patent awards": whose, not which award
            for n in (1, 2):
                before = " ".join(words[-n:])
                target = kb.entity_index._phrases.get(before)
                if target and before not in places and kb.entities[target].kind in ("city", "province", "country"):
                    return text[at - len(before) - 1:at + len(rest)]
            at = low.find(rest + " ", at + 1)
    return None


_NEXT_TWO = lazy(r" ([A-Z][\w()-]*) (\w[\w()-]*)")


# Names sharing one head noun: "the Futian and Nanshan District People's Courts", "Futian, Luohu and
# Nanshan district courts"
COURTS = r"(?i:district\s+(?:people's\s+)?courts)"         # the plural head noun a list of courts shares
_SHARED_HEAD = lazy(r"\b((?:[A-Z][\w']+(?:,\s*|\s+and\s+))+[A-Z][\w']+)\s+" + COURTS + r"\b")
_CAPITAL_WORD = lazy(r"[A-Z][\w']+")


def shared_heads(kb: KnowledgeBase, text: str, mentions: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Mentions with each name of a list that shares a plural head noun read as the court it names
    ("the Futian and Nanshan District People's Courts": Futian's court and Nanshan's, not the Futian
    district and Nanshan District); a list with a name no court has is left as it was."""
    for m in _SHARED_HEAD.finditer(text):
        named = []
        for n in _CAPITAL_WORD.finditer(text, m.start(1), m.end(1)):
            target = kb.entity_index.target_of(f"{n.group(0)} District People's Court")
            if target is None:
                break
            named.append((target, n.start(), n.end()))
        else:
            lo, hi = m.span()
            mentions = sorted([x for x in mentions if x[2] <= lo or x[1] >= hi] + named, key=lambda x: x[1])
    if text[:6].lower() == "among " and "," in text and "court" in text[:text.index(",")].lower():
        # "Among Shenzhen's district courts, Futian's accepted the most": Futian's court, not the district
        cut = text.index(",")
        for n in _ELLIPTICAL_POSSESSIVE.finditer(text, cut):
            court = kb.entity_index.target_of(f"{n.group(1)} District People's Court")
            if court is not None:
                mentions = sorted([x for x in mentions if x[2] <= n.start() or x[1] >= n.end(1)]
                                  + [(court, n.start(), n.end(1))], key=lambda x: x[1])
    return mentions


# a name whose noun is left out: "…, Futian's accepted the most" (never "Futian's court")
_ELLIPTICAL_POSSESSIVE = lazy(r"\b([A-Z][a-z]+(?:'[a-z]+)?)'s\b(?!\s+[a-z-]*\s*(?:court|courts)\b)(?!\s+[A-Z])")


def not_in_names(kb: KnowledgeBase, text: str, mentions: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop a place read out of a proper name (the 'China' of "the 25th China Patent Award") and
    the nation when it is only the yardstick ("continuing to lead the nation", "居全国首位")."""
    markers = name_markers(kb)
    opening = names_opening_with(kb)
    out = []
    for target, i, j in mentions:
        if _inside_a_metric_name(kb, text, i, j):
            continue                # 中国专利金奖, 广东省知识产权优势企业: a metric's name, not a place
        after = _NEXT_TWO.match(text, j) if text[j:j + 1] == " " else None
        words = markers.get(text[i:j].lower())
        if after and words and f"{after.group(1)} {after.group(2)}".lower() in words:
            continue
        nexts = opening.get(text[i:j].lower()) if text[j:j + 1] == " " else None
        names = nexts.get(text[j + 1:].split(" ", 1)[0].lower()) if nexts else None
        if names and any(text.lower().startswith(n.removesuffix("s"), i) for n in names):
            continue                # "China well-known trademarks": a metric's whole name, not China's
        if _a_yardstick(text, i, j):
            continue
        if kb.entities[target].kind == "company" and (_EXAMPLES_BEFORE.search(text, max(0, i - 60), i)
                                                     or _EXAMPLES_AFTER.match(text, j)):
            continue                # "six enterprises including Huawei and ZTE", "华为、中兴通讯等6家": examples, no owners
        if any(s < i for _, s, _ in mentions) and _spells_a_metric(kb, text, i, j):
            continue                # "Shenzhen earned an Excellent grade in Guangdong's provincial IP protection assessment"
        if text[max(0, i - 3):i].lower() == "in " and text[i:j].lower() == "china" \
                and _PROTECTED_THERE.search(text, max(0, i - 30), i - 3) \
                and any(s < i and kb.entities[t].kind in ("city", "district", "court") for t, s, _ in mentions):
            continue                # "Shenzhen was granted 241,900 patents in China": where they hold, not whose
        out.append((target, i, j))
    return out


def _spells_a_metric(kb: KnowledgeBase, text: str, i: int, j: int) -> bool:
    """Is the place at i..j, with the words right after it, a paraphrase of a metric whose own name
    holds the place ("Guangdong's provincial IP protection assessment" for the Guangdong Province IP
    Protection Assessment)? Then it is the name's, not the owner of the figure."""
    name = text[i:j].lower().removesuffix("'s")
    if not name.isascii():
        return False
    own, after = words(name)[:1], words(text[j:j + 40])[:2]
    return bool(own) and any(
        not a.chinese and own[0] in a.keywords and name in kb.metrics[a.target].en.lower()
        and any(w in a.keywords for w in after) for a in kb.metric_index.present(text))


# a company named as an example of a group, before it ("including", "such as") or after it ("… were among six …",
# "华为、中兴通讯等6家企业")
_EXAMPLES_BEFORE = lazy(r"\b(?:including|such\s+as|like|e\.g\.|among\s+them|notably)\s+(?:[\w'&.-]+\s*(?:,|and)?\s*){0,4}$|包括[^,，。]{0,12}$|如[^,，。]{0,10}$", re.I)
_EXAMPLES_AFTER = lazy(r"(?:(?:\s*(?:,|and|、|和)\s*[\w'&.-]+){0,4}\s+(?:were|was|are|is)\s+(?:among|one\s+of)\b|"
                       r"(?:[、和][\u4e00-\u9fff]{1,6}){0,4}等)", re.I)


# the rights a place holds in a country's register ("patents in China", "granted in China")
_PROTECTED_THERE = lazy(r"\b(?:patents?|grants|granted|applications|filed|trademarks?|registrations|registered)\s*$", re.I)


def alias_texts(kb: KnowledgeBase) -> str:
    """Every English metric alias past its first character, lower-cased, in one string (once per
    base): a name not in it is inside no metric's name."""
    found = kb.__dict__.get("_alias_texts")
    if found is None:
        found = kb.__dict__["_alias_texts"] = "\n".join(a.text.lower()[1:] for a in kb.metric_index.aliases
                                                          if not a.chinese)
    return found


def _in_some_alias(kb: KnowledgeBase, name: str) -> bool:
    cache = kb.__dict__.setdefault("_names_in_aliases", {})
    found = cache.get(name)
    if found is None:
        found = cache[name] = name in alias_texts(kb)
    return found


def _inside_a_metric_name(kb: KnowledgeBase, text: str, i: int, j: int) -> bool:
    """Is the name at i..j written inside a longer piece of a metric's name found in ``text``? (In
    English, inside a metric's name written out in full, past its first word: the Fujian of "coastal
    cities of Fujian and Guangdong IP protection joint conference"; a name a metric's name opens
    with is ``names_opening_with``'s.)"""
    name = text[i:j]
    if name.isascii():
        if i == 0 or not _in_some_alias(kb, name.lower()):
            return False                # nothing of a metric's name before it, or no name holds it
        low, name = text.lower(), name.lower()
        for alias in kb.metric_index.present(text):
            said = alias.text.lower()
            if alias.chinese or name not in said[1:]:
                continue
            at = low.find(said)
            while at >= 0:
                if at < i and j <= at + len(said):
                    return True
                at = low.find(said, at + 1)
        return False
    for alias in kb.metric_index.present(text):
        if alias.chinese:
            for piece in alias.keywords:
                if len(piece) > len(name) and name in piece:
                    at = text.find(piece)
                    while at >= 0:
                        if at <= i and j <= at + len(piece):
                            return True
                        at = text.find(piece, at + 1)
    return False


_YARDSTICKS = frozenset(("the nation", "the country", "nationwide", "national", "nationally", "china", "chinese", "guangdong",
                         "guangdong province",
                         "全国", "中国", "广东", "广东省"))
_LEADING_WORDS = frozenset(("lead", "leads", "leading", "led", "first", "second", "third", "fourth", "fifth", "top", "no.",
                            "topped", "topping", "tops", "headed", "heads", "ranking",
                            "ahead", "ranked", "ranking", "ranks", "among", "any", "most", "highest", "largest"))


def _a_yardstick(text: str, i: int, j: int) -> bool:
    """Is the nation (or province) named at i..j only what the subject is measured against?"""
    name = text[i:j].lower()
    if name not in _YARDSTICKS and name.removesuffix("'s") not in _YARDSTICKS:    # "among China's cities"
        return False
    if not text[i:j].isascii():
        # "全国领先/第一/首位/前列", 全国第二; "居全国" (and so "位居全国"), "位列全国"
        return text[j:j + 2] in ("领先", "第一", "首位", "前列") or text[j:j + 1] == "第" \
            or text[max(0, i - 2):i].endswith(("居", "位列", "领跑", "领先")) \
            or text[i - 1:i] == "在" and _ZH_RANK_SOON.match(text, j) is not None     # "在全国主要城市中列第二"
    return not _LEADING_WORDS.isdisjoint(text[max(0, i - 45):i].lower().split()[-5:]) \
        or _NUMBERED_RANK_BEFORE.search(text, max(0, i - 12), i) is not None \
        or _RANK_AFTER.match(text, j) is not None        # "the nation's second-largest filer"


_ZH_RANK_SOON = lazy(r"[^,，。;；]{0,12}?中?[,，]?\s*(?:列|排名?|位列|位居|居)第")
_NUMBERED_RANK_BEFORE = lazy(r"(?:\bno\.|#)\s?\d+\s+(?:in\s+(?:the\s+)?)?$", re.I)      # "both No.1 | nationally", "#1 in | China"
_RANK_AFTER = lazy(r"(?:'s)?\s+(?:(?:second|third|fourth|fifth)-)?(?:largest|biggest|highest|top|leading|leaders?)\b", re.I)
_CAPITALISED = lazy(r"\b[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+)*")
# A person quoted, not a place: a name before a verb of saying (an appositive between), or after a
# title or "according to"
_SPEAKS = lazy(r"(?:\s*,[^,;]{1,80},)?\s+(?:said|says|told|added|noted|explained|stated|announced|stressed|"
               r"pointed\s+out|revealed|disclosed)\b", re.I)
_TITLE_BEFORE = lazy(r"\b(?:according\s+to|spokes(?:man|woman|person)|director(?:-general)?|deputy|commissioner|"
                     r"official|minister|head|chief|chairman|chairwoman|president|professor|Mr|Ms|Mrs|Dr)\.?\s*$", re.I)
_CHINESE_PLACE = lazy(r"((?![年月日的在和与及是为有])[\u4e00-\u9fff]{2,6}?(?:市|省|自治区|特别行政区|(?<![地社园辖片城景校学])区|县))")
# a part of a place written right after it: "深圳市|龙华区人民法院", "Shenzhen's |Longhua District court"
_CHINESE_PART = lazy(r"[\u4e00-\u9fff]{2,3}?(?:区|县|镇)(?:人民法院|法院)?|[\u4e00-\u9fff]{2,4}?(?:合作区|新区|片区)(?:人民法院|法院)?")
_PART_NAME = r"(?:[A-Z][a-z'-]+\s+){1,3}(?:District|County|Town)(?:\s+People's\s+Court|\s+[Cc]ourt)?"
_ENGLISH_PART = lazy(_PART_NAME + r"|Stock\s+Exchange")     # "the Shenzhen Stock Exchange" is no figure of the city's
# the words that put a part in its place: "the Nanshan District court| in |Shenzhen"
_IN_PLACE_WORDS = r",?\s+(?:in|of)\s+(?:the\s+city\s+of\s+)?"


_AND_ZH = frozenset("和与及、")


# words that set a named part aside: the figures after them are the rest's ("Excluding the Intermediate Court,
# Shenzhen courts accepted 6,758", "除中级法院外"), which no source counts as such
_SET_ASIDE = lazy(r"\b(?:excluding|leaving\s+(?:aside|out)|setting\s+aside|not\s+counting|apart\s+from|aside\s+from|"
                  r"other\s+than|except(?:\s+for)?)\s+(?:both\s+)?(?:the\s+)?$|(?:除(?:去)?|不含|不包括|扣除)\s*$", re.I)
# the rest of a whole, whatever was set aside ("the rest of the 8,174 …", "Shenzhen's remaining courts", 其余)
# (never "ahead of the rest of the country": the rest of a figure, "the rest of the 8,174")
_THE_REST = lazy(r"\b(?:the\s+rest\s+of|the\s+remainder\s+of)\s+(?:the\s+|its\s+)?(?=\d)|\b(?:the|its|shenzhen's|the\s+city's)\s+remaining\b"
                 r"|其余", re.I)
# a group of a city's courts narrower than all of them ("the six district courts", "基层法院"), never all its levels
# together ("the intermediate and grassroots courts")
_SOME_COURTS = lazy(r"\b(?:district|grassroots|basic[\s-]level|primary)(?:[\s-]level)?\s+courts\b|基层法院|各区法院|区级法院", re.I)
# (in Chinese, the part set aside between 除 and 外, a court or one before a total: never 除此之外, "besides")
_SET_ASIDE_ZH = lazy(r"除(?:去)?(?!此)([^,，。;；]{1,20}?)(?:之外|以外|外)[,，]?(?=[^。;；]*?(?:法院|共|合计|总计|累计))")
_ALL_LEVELS = lazy(r"intermediate\s+and\s+(?:the\s+)?$|中级(?:人民法院|法院)?(?:和|与|及|、)$|(?<!其)中$", re.I)   # (中基层法院)


def remainder_named(kb: KnowledgeBase, text: str, mentions: list[tuple[str, int, int]]) -> str | None:
    """What a claim is about when it sets part of a whole aside, or names only some of a city's courts: a
    group no source counts (its figures are not the whole's); None when it does neither."""
    low = text.lower()
    if ("xclud" in low or "aside" in low or "counting" in low or "apart" in low or "other than" in low or "except" in low
            or "leaving out" in low or "除" in text or "不含" in text or "不包括" in text):
        for _, i, j in mentions:
            if _SET_ASIDE.search(text, max(0, i - 20), i):
                return f"the rest, without {text[i:j]}"
        if "除" in text and (aside := _SET_ASIDE_ZH.search(text)) is not None:
            return f"the rest, without {aside.group(1)}"
    if ("rest of" in low or "remain" in low or "其余" in text) and (rest := _THE_REST.search(text)) is not None:
        return f"the rest of a whole ('{rest.group(0).strip()}')"
    if ("courts" in low or "法院" in text) and not any(kb.entities[t].kind == "court" for t, _, _ in mentions) \
            and (some := _SOME_COURTS.search(text)) is not None \
            and not _ALL_LEVELS.search(text, max(0, some.start() - 25), some.start()) \
            and not any(kb.entities[t].kind == "district" and 0 <= some.start() - j <= 30 for t, _, j in mentions):
        return some.group(0)        # (never "Futian's and Luohu's district courts": the courts of districts named)
    return None


def unknown_part(kb: KnowledgeBase, text: str, mentions: list[tuple[str, int, int]]
                 ) -> tuple[str, tuple[str, int, int]] | None:
    """A district, county or court the base does not know, written right after a place it does
    ("深圳市龙华区人民法院", "Shenzhen's Longhua District court"): the claim is about that part, and the
    known place only says where it is. (A known part would itself be a mention, taking the place's.)"""
    english = "District" in text or "County" in text or "Town" in text or "Exchange" in text
    if not english and not ("区" in text or "县" in text or "镇" in text):
        return None                       # most claims: no part of a place is written at all
    starts = {s for _, s, _ in mentions}
    for m in mentions:
        at = m[2]
        if text[at:at + 2] == "'s":
            at += 2
        at += len(text[at:]) - len(text[at:].lstrip(" 的"))
        if text[at:at + 1] in _AND_ZH:
            at += 1                        # "福田区人民法院和罗湖区人民法院": the list goes on
        if at in starts:
            continue
        part = (_CHINESE_PART if "\u3400" <= text[at:at + 1] <= "\u9fff" else _ENGLISH_PART).match(text, at)
        if part and not _inside_a_metric_name(kb, text, part.start(), part.end()):   # 知识产权强县: a metric's words
            # "the Shenzhen Stock Exchange" is named with its city; "深圳市龙华区人民法院" is 龙华区人民法院
            name = text[m[1]:part.end()] if part.group(0).startswith("Stock") else part.group(0)
            return name, m
        if english and (before := _PART_BEFORE.search(text, 0, m[1])) and before.end() == m[1] \
                and before.start() not in starts and not any(s < before.end() and before.start() < e for _, s, e in mentions):
            # "the Longhua District People's Court in Shenzhen": the place after says where the part is
            return before.group(1), m
    return None


_PART_BEFORE = lazy(f"({_PART_NAME}){_IN_PLACE_WORDS}$")


# What a source says for its own city ("the city", "全市"): the city a claim names, when it names another
_GENERIC_CITY = frozenset(("the city", "全市", "我市", "本市"))
_PART_KINDS = ("court", "district")


def city_of(kb: KnowledgeBase, entity: str) -> str | None:
    """The city an entity is in (itself, when it is one), or None."""
    seen: set[str] = set()
    while entity in kb.entities and entity not in seen:
        seen.add(entity)
        if kb.entities[entity].kind == "city":
            return entity
        entity = kb.entities[entity].parent or ""
    return None


def misplaced(kb: KnowledgeBase, text: str, mentions: list[tuple[str, int, int]]
              ) -> tuple[list[tuple[str, int, int]], str | None]:
    """Mentions left after a claim's cities are taken at their word, and the part it puts in the
    wrong place. "Guangzhou's PCT applications … kept the city top": the city is Guangzhou, not the
    Shenzhen a source means by it. "Guangzhou's Intermediate People's Court", "广州市龙岗区人民法院",
    "among Guangzhou's district courts, Futian's": a court or district of a city the claim does
    not name, put in one it does, is no part the base knows (None when there is none)."""
    for (place, _, end), (part, start, stop) in zip(mentions, mentions[1:]):
        if _run_into(text, end, start) and _unplaced_part(kb, text, place, part, start, stop):
            # "China's Intermediate People's Court": the nation has hundreds; which one is not said
            return mentions, f"{text[start:stop]} (of {kb.entities[place].en}, not of a city the base knows)"
    cities = {e for e, i, j in mentions if kb.entities[e].kind == "city" and text[i:j].lower() not in _GENERIC_CITY}
    if not cities:
        return mentions, None
    kept = [m for m in mentions if not (text[m[1]:m[2]].lower() in _GENERIC_CITY and m[0] not in cities)]
    for e, i, j in kept:
        home = city_of(kb, e) if kb.entities[e].kind in _PART_KINDS else None
        if home is not None and home not in cities:
            other = next(c for c in cities)
            return kept, f"{text[i:j]} (of {kb.entities[home].en}, put in {kb.entities[other].en})"
    return kept, None


def groups_of_other_places(kb: KnowledgeBase, text: str, mentions: list[tuple[str, int, int]]) -> dict[str, str]:
    """Groups the claim puts in a place they are not of ("Shanghai's universities": that city's, not
    the nation's universities the base counts), with the words that say so."""
    out = {}
    for (place, begin, end), (group, start, stop) in zip(mentions, mentions[1:]):
        if kb.entities[group].kind == "group" and kb.entities[place].kind in ("city", "province", "district") \
                and _run_into(text, end, start) and not kb.is_within(group, place):
            out[group] = text[begin:stop]
    return out


def unknown_names(kb: KnowledgeBase, text: str) -> list[str]:
    """Capitalised names (or Chinese place names) that no entity or metric of the base explains."""
    vocab = vocabulary(kb)
    names = []
    for m in _CAPITALISED.finditer(text):
        if _SPEAKS.match(text, m.end()) or _TITLE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue                    # "Heng Fuguang said …", "according to spokesman Heng …": who says it
        parts = [p for p in m.group(0).split() if p.lower().rstrip("'s") not in _SENTENCE_WORDS]
        if m.start() == 0 and parts and parts[0].lower().endswith(("ing", "ed", "ly")):
            parts = parts[1:]           # "Speaking in August 2022, …", "Overall, …": the sentence's first word
        unknown = [p for p in parts if p.lower() not in vocab and stem(p) not in vocab
                   and p.lower().rstrip("'s") not in vocab and not p.isupper()
                   and not ("-" in p and all(_known_piece(vocab, x) for x in p.split("-") if x))]
        if unknown:
            names.append(" ".join(unknown))
    if "市" in text or "省" in text or "区" in text or "县" in text:
        for m in _CHINESE_PLACE.finditer(text):
            if "全国" not in m.group(1):      # "居全国大中城市第二位": cities nationwide, not a place
                names.append(m.group(1))
    if not names and not text.isascii() and (m := _ZH_SUBJECT.match(text)) and not _known_zh(kb, m.group("name")):
        names.append(m.group("name"))         # "2013年华为获得中国专利金奖4项": a company's, not the city's
    return names


_PREFIXES = frozenset("sub non pre post over under anti semi multi cross inter co".split())


def _known_piece(vocab, piece: str) -> bool:
    """A piece of a hyphenated word the base's words explain: "IP-pledge", "Sub-" (of "Sub-¥10m")."""
    low = piece.lower()
    return piece.isupper() or low in _PREFIXES or low in vocab or stem(piece) in vocab


# who opens a Chinese claim, before its verb ("2013年华为获得…", "腾讯申请…")
_ZH_SUBJECT = lazy(r"(?:(?:19|20)\d\d年(?:[上下]半年|底|末|\d{1,2}月)?[,，]?)?(?P<name>[\u4e00-\u9fff]{2,6}?)"
                   r"(?:公司|集团)?(?:获得|获|取得|拥有|申请|提交|实现|完成|新增|签约)")
_COMMON_ZH = ("全市", "全国", "我国", "全省", "本市", "各级", "各区", "共有", "累计", "企业", "高校", "机构")


def _known_zh(kb: KnowledgeBase, name: str) -> bool:
    """Does any two characters of ``name`` occur in the base's own Chinese names (of metrics and
    entities) or in words every claim may open with? A company's name ("华为", "腾讯") does not."""
    grams = kb.__dict__.get("_zh_name_grams")
    if grams is None:
        texts = [t for m in kb.metrics.values() for t in (m.zh, *m.aliases) if t and not t.isascii()]
        texts += [t for e in kb.entities.values() for t in (e.zh, *e.aliases) if t and not t.isascii()]
        texts += list(_COMMON_ZH)
        grams = kb.__dict__["_zh_name_grams"] = frozenset(t[i:i + 2] for t in texts for i in range(len(t) - 1))
    return any(name[i:i + 2] in grams for i in range(len(name) - 1))


def _run_into(text: str, end: int, start: int) -> bool:
    """Does one name run straight into the next ("Shenzhen's Futian …", "深圳市的…", "深圳市龙岗区")?"""
    return text[end:start].strip().lower() in ("", "'s", "的")


_WIDE_KINDS = ("country", "province")


def _unplaced_part(kb: KnowledgeBase, text: str, place: str, part: str, start: int, stop: int) -> bool:
    """A court or district put in the nation or province without its city's name ("China's
    Intermediate People's Court"): one of many, not the city's own."""
    if kb.entities[place].kind not in _WIDE_KINDS or kb.entities[part].kind not in _PART_KINDS:
        return False
    # its own proper name ("Futian", 福田, "Shenzhen", 深圳) says which; "Intermediate People's Court" does not
    own = kb.entities[part]
    named = text[start:stop].lower()
    return own.en.split()[0].lower() not in named and own.zh[:2] not in named


def within_parents(kb: KnowledgeBase, text: str, mentions: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Mentions with a place run straight into one of its own parts read as that part ("深圳市龙岗区人民法院",
    "Shenzhen's Nanshan District"), or written after it ("the Nanshan District People's Court in
    Shenzhen"): the city only says where the court or district is."""
    out: list[tuple[str, int, int]] = []
    for entity, start, stop in mentions:
        if out:
            prev, prev_start, prev_stop = out[-1]
            if _run_into(text, prev_stop, start) and kb.is_within(entity, prev) and not _unplaced_part(kb, text, prev, entity, start, stop):
                out[-1] = (entity, prev_start, stop)
                continue
            if kb.is_within(prev, entity) and _IN_PLACE.fullmatch(text, prev_stop, start):
                out[-1] = (prev, prev_start, stop)
                continue
        out.append((entity, start, stop))
    return out


_IN_PLACE = lazy(_IN_PLACE_WORDS)


_ONE_NAMED = lazy(r"(?:[A-Z][\w'-]*\s+){1,3}$")      # "Peking | University": a name before the group's word


def one_of_a_group_named(kb: KnowledgeBase, text: str, mentions: list[tuple[str, int, int]]) -> str | None:
    """A single member of a group the base counts as a whole, named ("Peking University", "Tsinghua
    University"): the claim is about that body, which the base has no figures for."""
    for e, s, end in mentions:
        word = text[s:end]
        if kb.entities[e].kind == "group" and word in ("University", "Institute", "College", "Academy") \
                and (name := _ONE_NAMED.search(text, max(0, s - 40), s)) is not None:
            return text[name.start():end]
    return None
