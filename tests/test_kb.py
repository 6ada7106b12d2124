"""The bundled knowledge base: every figure sourced, quoted verbatim, and readable from its quote."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from ipcheck import kb as kbmod
from ipcheck import numbers
from ipcheck.errors import KnowledgeBaseError


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_bundled_base_loads_without_problems():
    knowledge, findings = kbmod.read(kbmod.bundled_path())
    assert [f.message for f in findings if f.severity == "error"] == []
    assert len(knowledge.facts) >= 270
    assert len(knowledge.sources) == 6


def test_every_quote_occurs_verbatim_in_its_source_text(knowledge, seeds):
    texts = {s.id: squash((seeds / s.file).read_text(encoding="utf-8")) for s in knowledge.sources.values()}
    missing = [f.id for f in knowledge.facts.values() if squash(f.quote) not in texts[f.source]]
    assert missing == []


def test_every_value_reads_back_from_its_quote(knowledge):
    unreadable = [f.id for f in knowledge.facts.values()
                  if not f.derived and kbmod.read_back(f.value, f.unit, f.measure, f.quote) is None]
    assert unreadable == []


def test_a_gap_gives_the_other_rate(knowledge):
    # "export growth reached 27.1%, exceeding the growth rate of import volume by 10.5 percentage points"
    rate = knowledge.facts["cn22-rel-royalty-export-import-growth-gap:rate"]
    gap = knowledge.facts["cn22-rel-royalty-export-import-growth-gap:gap"]
    assert (rate.metric, rate.value, rate.measure, rate.unit) == ("ip_royalty_imports", 16.6, "growth", "percent")
    assert (gap.metric, gap.value, gap.measure) == ("ip_royalty_imports", -10.5, "pp_gap")
    assert rate.derived == gap.derived == "cn22-rel-royalty-export-import-growth-gap"
    assert "10.5 percentage points" in rate.quote          # the words it is worked out from


def test_implied_metric_must_be_known(mini_kb):
    (mini_kb / "bad.toml").write_text('[[relation]]\nid = "r"\nkind = "pp_gap"\ninputs = []\n'
                                      'implied_metric = "no_such_metric"\n', encoding="utf-8")
    _, findings = kbmod.read(mini_kb)
    assert any("implied_metric" in f.message for f in findings)


def test_ids_unique_across_files():
    ids = Counter()
    for path in kbmod.bundled_path().glob("*.toml"):
        ids.update(re.findall(r'^\s*id\s*=\s*"([^"]+)"', path.read_text(encoding="utf-8"), re.M))
    assert [i for i, n in ids.items() if n > 1] == []


def test_references_resolve(knowledge):
    for f in knowledge.facts.values():
        assert f.metric in knowledge.metrics
        assert f.entity in knowledge.entities
        assert f.source in knowledge.sources
        if f.of:
            assert f.of in knowledge.facts, f.id
    for r in knowledge.relations:
        for ref in (*r.inputs, *([r.result] if r.result else [])):
            assert ref in knowledge.facts, r.id


def test_vocabularies(knowledge):
    assert {f.qualifier for f in knowledge.facts.values()} <= set(kbmod.QUALIFIERS)
    assert {f.kind for f in knowledge.facts.values()} <= set(kbmod.KINDS)
    assert {f.measure for f in knowledge.facts.values()} <= set(kbmod.MEASURES)
    assert {m.measure for m in knowledge.metrics.values()} <= set(kbmod.METRIC_MEASURES)


def test_both_language_versions_of_the_white_paper_are_sources(knowledge):
    zh, en = knowledge.sources["sz-wp-2013-zh"], knowledge.sources["sz-wp-2013-en"]
    assert (zh.language, en.language) == ("zh", "en")
    assert zh.work == en.work
    by_source = Counter(f.source for f in knowledge.facts.values())
    assert by_source["sz-wp-2013-zh"] >= 100 and by_source["sz-wp-2013-en"] >= 100


@pytest.mark.parametrize("fact_id, value, qualifier", [
    ("sz24-pct-applications", 16300, "exact"),
    ("wp13zh-patent-applications", 80657, "exact"),
    ("wp13zh-patent-applications-growth", 10.29, "exact"),
    ("wp13zh-invention-grants-growth", -15.9, "exact"),
])
def test_headline_figures(knowledge, fact_id, value, qualifier):
    f = knowledge.facts[fact_id]
    assert f.value == pytest.approx(value)
    assert f.qualifier == qualifier


def test_bounds_keep_their_qualifier(knowledge):
    bounded = [f for f in knowledge.facts.values() if f.source == "invest-sz-2016" and f.value == 145000]
    assert bounded and bounded[0].qualifier == "more_than"
    nearly = [f for f in knowledge.facts.values() if "将近12亿元" in f.quote]
    assert nearly and nearly[0].qualifier == "nearly" and nearly[0].value == 1.2e9


def test_targets_are_never_actuals(knowledge):
    daily = [f for f in knowledge.facts.values() if f.source == "sz-daily-2018"]
    assert daily and all(f.kind == "target" for f in daily)


def test_growth_rates_point_at_their_figure(knowledge):
    g = knowledge.facts["wp13zh-patent-applications-growth"]
    assert g.of == "wp13zh-patent-applications"
    assert g.base_period is not None and g.base_period.code == "2012"


def test_periods_model_stocks_halves_ranges_and_as_of(knowledge):
    kinds = Counter(f.period.kind for f in knowledge.facts.values())
    assert {"year", "half", "point", "range"} <= set(kinds)
    balance = [f for f in knowledge.facts.values() if f.value == 124.637e9]
    assert balance and balance[0].period.code == "2022-06-30"


def test_metric_aliases_cover_both_languages(knowledge):
    m = knowledge.metrics["pct_applications"]
    assert any(re.search(r"[\u4e00-\u9fff]", a) for a in m.aliases)
    assert any(a.isascii() for a in m.aliases)


def test_load_refuses_a_broken_base(mini_kb):
    (mini_kb / "bad.toml").write_text('[[fact]]\nid = "x"\nmetric = "nope"\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as e:
        kbmod.load(mini_kb)
    assert "bad.toml:1" in str(e.value) and "missing field" in str(e.value)


def test_missing_folder_and_empty_folder(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="not found"):
        kbmod.load(tmp_path / "nowhere")
    with pytest.raises(KnowledgeBaseError, match="no .toml files"):
        kbmod.load(tmp_path)


def test_resolve_path_prefers_option_then_environment(tmp_path):
    assert kbmod.resolve_path(str(tmp_path), {}) == tmp_path
    assert kbmod.resolve_path(None, {"IPCHECK_FACTS": str(tmp_path)}) == tmp_path
    assert kbmod.resolve_path(None, {}) == kbmod.bundled_path()


def test_number_reader_scale_agrees_with_pint_definitions():
    from ipcheck import quantities

    assert numbers.SCALES["万"] == quantities.scale_factor("wan")
    assert numbers.SCALES["亿"] == quantities.scale_factor("yi")
    assert numbers.SCALES["billion"] == quantities.scale_factor("billion")


def test_unit_names_known_to_pint():
    from ipcheck import quantities

    reg = quantities.registry()
    for name in ("count", "yuan", "usd", "percent", "percentage_point", "times", "rank", "years"):
        assert quantities.is_known_unit(name)
        reg.Unit(name)
    with pytest.raises(quantities.IncompatibleUnits, match="exchange rate"):
        quantities.convert(1, "usd", "yuan")
    assert quantities.convert(7.9, "times", "percent") == pytest.approx(790)


def test_unit_factors_are_pints_answers():
    from ipcheck import quantities

    reg = quantities.registry()
    table = quantities.factor_table(set(numbers.UNITS))
    assert table[("times", "percent")] == pytest.approx(100)
    assert table[("percent", "times")] == pytest.approx(0.01)
    for (a, b), f in table.items():
        if f is None:                      # pint refuses: different dimensions, or currencies
            assert reg.Unit(a).dimensionality != reg.Unit(b).dimensionality
        else:
            assert f == pytest.approx(float(reg.Quantity(1.0, a).to(b).magnitude))
    assert table[("yuan", "usd")] is None and table[("percent", "count")] is None


def test_preloaded_factors_spare_pint(monkeypatch):
    from ipcheck import quantities

    monkeypatch.setattr(quantities, "_FACTORS", {})
    quantities.preload({("widget", "gadget"): 3.0, ("gadget", "widget"): None})
    monkeypatch.setattr(quantities, "registry", lambda: pytest.fail("pint was started"))
    assert quantities.convert(2.0, "widget", "gadget") == 6.0
    with pytest.raises(quantities.IncompatibleUnits, match="different things"):
        quantities.convert(2.0, "gadget", "widget")


def test_compiled_base_carries_its_unit_factors(tmp_path):
    from ipcheck import quantities

    target = kbmod.compile_cache(kbmod.bundled_path(), tmp_path / "kb.cache")
    import pickle

    _, compiled, _ = pickle.loads(target.read_bytes())
    units = {f.unit for f in compiled.facts.values()} | set(numbers.UNITS)
    assert {a for a, _ in compiled.unit_factors} == units
    assert compiled.unit_factors[("times", "percent")] == pytest.approx(quantities.convert(1, "times", "percent"))


def test_compiled_base_carries_its_patterns_programs(tmp_path, monkeypatch):
    from ipcheck import lazyre

    target = kbmod.compile_cache(kbmod.bundled_path(), tmp_path / "kb.cache")
    monkeypatch.setattr(lazyre, "_PROGRAMS", {})
    assert kbmod._from_cache(kbmod.bundled_path(), target) is not None
    assert {p._source for p in lazyre._ALL} <= set(lazyre._PROGRAMS)


def test_a_metric_may_name_its_accumulated_counterpart_and_it_must_exist(tmp_path):
    (tmp_path / "m.toml").write_text(
        '[[metric]]\nid = "w"\nen = "widgets"\nzh = "部件"\nunit = "count"\nmeasure = "flow"\n'
        'cumulative = "w_total"\naliases = []\n', encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="'cumulative' names unknown metric 'w_total'"):
        kbmod.load(tmp_path)


_ONE_FACT = ('[[source]]\nid = "s"\ntitle = "T"\npublisher = "P"\ndate = "2016-12-31"\nlanguage = "en"\nfile = "f.txt"\n'
             '[[metric]]\nid = "w"\nen = "widgets"\nzh = "部件"\nunit = "count"\nmeasure = "flow"\naliases = []\n'
             '[[entity]]\nid = "e"\nen = "E"\nzh = "E"\nkind = "city"\n'
             '[[fact]]\nid = "x"\nmetric = "w"\nentity = "e"\nperiod = "2016"\nvalue = 4\nunit = "count"\n'
             'source = "s"\nquote = "at the 18th round, 4 widgets"\n')


def test_a_fact_may_name_the_round_of_its_event(tmp_path):
    (tmp_path / "k.toml").write_text(_ONE_FACT + "edition = 18\n", encoding="utf-8")
    assert kbmod.load(tmp_path).facts["x"].edition == 18


@pytest.mark.parametrize("bad", ['"18th"', "0", "1.5", "true"])
def test_a_round_is_a_whole_number_from_one(tmp_path, bad):
    (tmp_path / "k.toml").write_text(_ONE_FACT + f"edition = {bad}\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="edition must be a whole number"):
        kbmod.load(tmp_path)


def test_the_china_patent_award_facts_carry_their_round(knowledge):
    rounds = {f.id: f.edition for f in knowledge.facts.values() if f.metric == "china_patent_award_gold"
              and f.measure == "level"}
    assert rounds["wp13zh-china-patent-gold"] == 15 and rounds["sz16-patent-award-gold-18th"] == 18
    assert rounds["cn22-patent-gold-awards-23rd"] == 23


def test_a_metric_stated_with_another_in_overlapping_words(knowledge):
    # "… issued 65 pieces of intellectual property securitization products" and "65 pieces of intellectual
    # property securitization products with an issuance scale of 15.8 billion yuan": the count's money
    assert knowledge.stated_with("ip_securitization_products", "yuan", "china") == "ip_securitization_value"
    assert knowledge.stated_with("ip_securitization_products", "usd", "china") is None
