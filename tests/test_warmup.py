"""Building the lazy lookups at once (ipcheck.warmup)."""
from ipcheck import kb as kbmod
from ipcheck.warmup import warm


def test_warm_builds_what_each_worker_would_otherwise_build(mini_kb):
    knowledge = kbmod.load(mini_kb, environ={})      # from the TOML files: nothing built yet
    assert knowledge.unit_factors is None and knowledge.metric_index._derived is None
    warm(knowledge)
    assert ("count", "percent") in knowledge.unit_factors      # pairs of units pint was asked about
    assert knowledge.metric_index._derived is not None
