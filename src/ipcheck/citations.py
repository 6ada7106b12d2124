"""Which document a claim says its figures come from ("Invest Shenzhen reported …", "according to
Intellectual Property in Shenzhen 2024", "CNIPA said …"): figures that agree with another document
than the one cited are no support for what the claim says the cited one says."""
from __future__ import annotations

import re

from ipcheck.kb import KnowledgeBase

_VERBS = r"(?:said|says|reported|reports|report|showed|shows|show|data|figures|statistics|noted|notes|stated|states)"
_LEADS = r"(?:according\s+to|per|citing|data\s+from|figures\s+from|statistics\s+from|as\s+reported\s+by|reported\s+by)"


def _names(kb: KnowledgeBase) -> list[tuple[str, str, str]]:
    """(name, its lower case, document) for every way a source is cited: its title, its publisher, the short name in
    brackets after a publisher ("… Administration (CNIPA)"). Read once per knowledge base."""
    cached = kb.__dict__.get("_citation_names")
    if cached is None:
        cached = []
        for s in kb.sources.values():
            names = {s.title, s.publisher}
            names.update(re.findall(r"\(([^()]+)\)", s.publisher))
            names.add(re.sub(r"\s*\([^()]*\)", "", s.publisher))
            cached += [(n.strip(), n.strip().lower(), s.work) for n in names if len(n.strip()) >= 4]
        cached.sort(key=lambda p: -len(p[0]))
        kb.__dict__["_citation_names"] = cached
    return cached


def cited_elsewhere(kb: KnowledgeBase, text: str, sources: set[str]) -> str | None:
    """The name a claim cites its figures to, when none of ``sources`` (the documents its agreeing
    figures come from) is that document; None when it cites none, or cites the right one."""
    low = text.lower()
    for name, lowered, work in _names(kb):
        at = low.find(lowered)
        if at < 0:
            continue
        before, after = text[max(0, at - 30):at], text[at + len(name):at + len(name) + 24]
        if not (re.search(_LEADS + r"\s+(?:the\s+)?$", before, re.I) or re.match(r"(?:['’]s)?\s+" + _VERBS + r"\b", after, re.I)):
            continue        # named, not cited: "the Invest Shenzhen office …"
        works = {kb.sources[s].work for s in sources if s in kb.sources}
        return name if works and work not in works else None
    return None


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# an event the claim dates: "at a press conference in August 2021", "CNIPA's 24 August 2022 briefing"
_EVENT = re.compile(r"\b(?:press\s+conference|news\s+conference|briefing|press\s+briefing)\b", re.I)
_AT_THE_EVENT = re.compile(r"\s+(?:held\s+)?(?:in|on|of)\s", re.I)       # "a press conference in August 2021"
_AS_OF = re.compile(r"(?:as\s+of|by|since|until|截至|截止)\s*$", re.I)
_DATE = re.compile(r"\b(?:(?:\d{1,2}\s+)?(?P<month>" + "|".join(_MONTHS) + r")\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d\d)\b"
                   r"|(?P<zy>(?:19|20)\d\d)年(?P<zm>\d{1,2})月", re.I)


def dated_elsewhere(kb: KnowledgeBase, text: str, sources: set[str]) -> str | None:
    """The date a claim gives the press conference its figures were given at, when the source that gave
    them is dated otherwise ("at a press conference in August 2021" for one held on 24 August 2022);
    None when it dates no such event, or dates it right."""
    if not ("conference" in text or "briefing" in text or "发布会" in text):
        return None
    event = _EVENT.search(text)
    dated = [s for s in (kb.sources.get(x) for x in sources) if s is not None and len(s.date) >= 7]
    if event is None or not dated:
        return None
    near = [m for m in _DATE.finditer(text) if (m.group("month") or m.group("zm"))
            and (0 <= m.start() - event.end() <= 24 and _AT_THE_EVENT.match(text, event.end())
                 or 0 <= event.start() - m.end() <= 16 and not _AS_OF.search(text, max(0, m.start() - 12), m.start()))]
    if len(near) != 1:
        return None
    m = near[0]
    year = m.group("year") or m.group("zy")
    month = _MONTHS.index(m.group("month").lower()) + 1 if m.group("month") else int(m.group("zm"))
    if any(s.date[:4] == year and int(s.date[5:7]) == month for s in dated):
        return None
    return m.group(0).strip()
