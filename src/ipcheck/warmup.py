"""Every lookup the reader builds lazily, built at once: before a knowledge base is pickled into its
cache, and before a batch forks its workers, so that no worker (and no cold start) builds its own."""
from __future__ import annotations

from ipcheck import cues, numbers, quantities
from ipcheck.actors import has_a_body
from ipcheck.counted import counted_by
from ipcheck.kb import KnowledgeBase
from ipcheck.lazyre import compile_all
from ipcheck.names import alias_texts, name_markers, names_opening_with, places_opening_metrics, vocabulary
from ipcheck.ranking import _modifier_sets, _named_by_metric


def warm(kb: KnowledgeBase) -> None:
    """Build every lazily built lookup of ``kb`` (before it is pickled into a cache, or before a
    batch forks its workers, so each does not build its own)."""
    if kb.unit_factors is None:
        units = {x.unit for x in kb.facts.values()} | set(numbers.UNITS)
        kb.unit_factors = quantities.factor_table(units)
    quantities.preload(kb.unit_factors)
    compile_all()
    _modifier_sets(kb)
    vocabulary(kb)
    name_markers(kb)
    names_opening_with(kb)
    places_opening_metrics(kb)
    cues.metric_keywords(kb)
    alias_texts(kb)
    kb.relations_giving("")
    kb.relations_containing("")
    kb.word_bigrams()
    kb.metric_index._lookups()
    for metric in kb.metrics:           # what each metric's own name says, looked up claim after claim
        has_a_body(kb, metric)
        counted_by(kb, metric)
        _named_by_metric(kb, metric)
