"""Who did it: the public body a claim credits a figure to, against the one a metric's own name says.

The sources count many figures per body ("infringing goods seized by customs", "persons criminally
detained by police"). A claim that credits such a figure to another body ("Shenzhen police seized
2.9 million infringing goods") is about something the sources do not count, however alike the
figure; a claim that names no body, or names the metric's own among others, is left alone.
"""
from __future__ import annotations

import functools

from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import any_of

# each body: how English and Chinese text names it (lower-cased substrings)
_BODIES: dict[str, tuple[str, ...]] = {
    "the police": ("police", "public security", "公安"),
    "customs": ("customs", "海关"),
    "the procuratorate": ("procurator", "prosecutors", "检察"),
    "the courts": ("court", "法院", "法庭"),
    "the drug administration": ("drug administration", "drug regulator", "food and drug", "药品监督", "药监"),
    "the market supervision administration": ("market supervision", "market regulat", "ip office",
                                               "intellectual property office", "市场监督", "市场监管", "知识产权局"),
    "the mediation organizations": ("mediation organi", "mediation bod", "调解组织"),
    "the culture bureau": ("culture, sport", "culture bureau", "cultural market", "culture and tourism",
                           "文体旅游", "文化市场", "文化广电"),
}


_ANY_BODY = any_of(*(w for words in _BODIES.values() for w in words))
_WORD_OF = tuple((w, body) for body, words in _BODIES.items() for w in words)
_NONE: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=256)
def bodies_named(text: str) -> frozenset[str]:
    """The public bodies ``text`` names (asked of the same words several times a claim: remembered)."""
    low = text.lower()
    if _ANY_BODY.search(low) is None:
        return _NONE                # most texts: one search, no test per body
    return frozenset({body for w, body in _WORD_OF if w in low})


def has_a_body(kb: KnowledgeBase, metric: str) -> bool:
    """Does the metric's name say which body counts it? (Most do not: nothing to check.)"""
    return bool(_metric_bodies(kb, metric))


def _metric_bodies(kb: KnowledgeBase, metric: str) -> frozenset[str]:
    cache = kb.__dict__.setdefault("_metric_bodies", {})
    found = cache.get(metric)
    if found is None:
        m = kb.metrics[metric]
        found = cache[metric] = bodies_named(f"{m.en} {m.zh or ''}")
    return found


def credited_to(text: str, near: tuple[int, int], at: int) -> str:
    """The words that say whose a figure at ``at`` is: those ``near`` it (its clause, up to the
    figures either side) when they name a body ("… were seized by customs", "procuratorial organs
    handled (259 …) as the 518 … of its public security organs"), else everything before it
    ("Customs seized 2.9 million items, worth …"), never a body named later as the other side
    ("… and transferred 15 to the police")."""
    own = text[near[0]:near[1]]
    return own if bodies_named(own) else text[:at]


def other_body(kb: KnowledgeBase, words: str, metric: str) -> str | None:
    """Why a figure is not of ``metric`` when ``words`` (see ``credited_to``) credit it to another
    body than the one the metric's name says; None when the bodies agree or either names none."""
    own = _metric_bodies(kb, metric)
    if not own:
        return None
    said = bodies_named(words)
    if not said or said & own:
        return None
    return f"the claim credits it to {' and '.join(sorted(said))}; the sources count it for {' and '.join(sorted(own))}"
