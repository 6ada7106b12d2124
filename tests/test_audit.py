"""Audit: each finding kind on a small broken base, and the real inconsistencies of the documents."""
from __future__ import annotations

from pathlib import Path

import pytest

from ipcheck import kb as kbmod
from ipcheck.audit import run_audit

TEXTS = Path(__file__).parent / "data" / "texts"


def kinds(report):
    return [(f.kind, f.severity) for f in report.findings]


def messages(report, kind):
    return [f.message for f in report.findings if f.kind == kind]


def test_clean_mini_base_has_no_errors(mini_kb):
    report = run_audit(mini_kb, texts=TEXTS)
    assert report.errors == []
    assert report.checks >= 2          # the district sum and the growth against 2023
    assert report.facts == 9 and report.sources == 2


def test_sum_broken_by_a_slip_in_the_document_is_a_warning(mini_kb):
    doc = mini_kb / "doc.toml"
    doc.write_text(doc.read_text().replace('value = 700', 'value = 555').replace(
        'quote = "North District 700"', 'quote = "North District 555"'), encoding="utf-8")
    report = run_audit(mini_kb)
    [msg] = messages(report, "arithmetic")
    assert "sum does not hold" in msg and "1,055" in msg


def test_growth_checked_against_previous_period(mini_kb):
    doc = mini_kb / "doc.toml"
    doc.write_text(doc.read_text().replace('value = 1000', 'value = 900').replace(
        '"1,000 the year before"', '"900 the year before"'), encoding="utf-8")
    report = run_audit(mini_kb)
    assert any("implies 1,000" in m and "900" in m for m in messages(report, "arithmetic"))


def test_contradiction_between_language_versions(mini_kb):
    report = run_audit(mini_kb)
    [msg] = messages(report, "contradiction")
    assert "more than 300" in msg and "帮手300人" in msg


def test_review_marks_but_never_hides(mini_kb):
    (mini_kb / "reviews.toml").write_text(
        '[[review]]\nfacts = ["en-helpers", "zh-helpers"]\nexplanation = "The English adds a bound."\n',
        encoding="utf-8")
    report = run_audit(mini_kb)
    [f] = [f for f in report.findings if f.kind == "contradiction"]
    assert f.severity == "warning" and f.reviewed == "The English adds a bound."


def test_a_review_may_mark_one_version_disputed(mini_kb):
    from ipcheck import kb as kbmod
    from ipcheck.errors import KnowledgeBaseError

    (mini_kb / "reviews.toml").write_text(
        '[[review]]\nfacts = ["en-helpers", "zh-helpers"]\nexplanation = "The translation adds a bound."\n'
        'disputed = ["en-helpers"]\n', encoding="utf-8")
    knowledge = kbmod.load(mini_kb)
    assert knowledge.dispute_of("en-helpers") == "The translation adds a bound."
    assert knowledge.dispute_of("zh-helpers") is None
    # only facts of the review itself can be marked
    (mini_kb / "reviews.toml").write_text(
        '[[review]]\nfacts = ["en-helpers", "zh-helpers"]\nexplanation = "x"\ndisputed = ["other"]\n',
        encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="'disputed' must list some of the review's facts"):
        kbmod.load(mini_kb)


def test_compatible_statements_are_not_flagged(mini_kb):
    doc = mini_kb / "doc.toml"
    doc.write_text(doc.read_text().replace('value = 300\nunit = "count"\nsource = "doc-zh"',
                                           'value = 320\nunit = "count"\nsource = "doc-zh"').replace(
        '"帮手300人"', '"帮手320人"'), encoding="utf-8")
    report = run_audit(mini_kb)
    assert messages(report, "contradiction") == []


@pytest.mark.parametrize("toml, expected", [
    ('[[fact]]\nid = "x"\nmetric = "widgets"\n', "missing field 'entity'"),
    ('[[fact]]\nid = "en-widgets"\nmetric = "widgets"\nentity = "town"\nperiod = "2024"\nvalue = 1200\n'
     'unit = "count"\nsource = "doc-en"\nquote = "1,200 widget applications"\n', "duplicate fact id"),
    ('[[fact]]\nid = "y"\nmetric = "gadgets"\nentity = "town"\nperiod = "2024"\nvalue = 1\nunit = "count"\n'
     'source = "doc-en"\nquote = "1 gadget"\n', "unknown metric 'gadgets'"),
    ('[[fact]]\nid = "y"\nmetric = "widgets"\nentity = "town"\nperiod = "2024"\nvalue = 1\nunit = "furlong"\n'
     'source = "doc-en"\nquote = "1 widget"\n', "unknown unit 'furlong'"),
    ('[[fact]]\nid = "y"\nmetric = "widgets"\nentity = "town"\nperiod = "2024"\nvalue = "many"\n'
     'unit = "count"\nsource = "doc-en"\nquote = "1 widget"\n', "'value' must be int or float"),
    ('[[fact]]\nid = "y"\nmetric = "widgets"\nentity = "town"\nperiod = "2024"\nvalue = 5\n'
     'unit = "count"\nsource = "doc-en"\nquote = "six widgets"\nqualifier = "roughly"\n', "qualifier 'roughly'"),
    ('[[fact]]\nid = "y"\nmetric = "widgets"\nentity = "town"\nperiod = "2024"\nvalue = 5\n'
     'unit = "count"\nsource = "doc-en"\nquote = "six widgets"\n', "cannot be read back"),
    ('[[fact]]\nid = "y"\nmetric = "widgets"\nentity = "town"\nperiod = "2024-13"\nvalue = 5\n'
     'unit = "count"\nsource = "nosuch"\nquote = "5 widgets"\n', "unknown source 'nosuch'"),
    ('[[fact]\nid = ', "malformed TOML"),
    ('[[relation]]\nid = "r"\nkind = "sum"\ninputs = ["en-north", "ghost"]\nresult = "en-widgets"\n',
     "unknown fact 'ghost'"),
])
def test_schema_findings_name_file_and_line(mini_kb, toml, expected):
    (mini_kb / "extra.toml").write_text(toml, encoding="utf-8")
    report = run_audit(mini_kb)
    hits = [f for f in report.errors if expected in f.message]
    assert hits, [f.message for f in report.errors]
    assert hits[0].location and hits[0].location.startswith("extra.toml")


def test_file_that_is_not_utf8(mini_kb):
    (mini_kb / "latin.toml").write_bytes('# caf\xe9\n'.encode("latin-1"))
    report = run_audit(mini_kb)
    assert any("not UTF-8" in f.message and f.location == "latin.toml" for f in report.errors)


def test_quote_not_in_text(mini_kb):
    doc = mini_kb / "doc.toml"
    doc.write_text(doc.read_text().replace('quote = "North District 700"', 'quote = "North  District 700 "'),
                   encoding="utf-8")
    assert run_audit(mini_kb, texts=TEXTS).errors == []      # white space may be collapsed
    doc.write_text(doc.read_text().replace('"North  District 700 "', '"Northern District 700"'), encoding="utf-8")
    report = run_audit(mini_kb, texts=TEXTS)
    assert any(f.kind == "quote" and "en-north" in f.facts for f in report.errors)


def test_relation_with_wrong_units_is_an_error(mini_kb):
    (mini_kb / "rel.toml").write_text('[[relation]]\nid = "bad"\nkind = "share"\n'
                                      'inputs = ["en-north", "en-widgets"]\nresult = "en-south"\n', encoding="utf-8")
    report = run_audit(mini_kb)
    assert any(f.kind == "relation" and "must be in percent" in f.message for f in report.errors)


def test_targets_listed_against_actuals(mini_kb):
    report = run_audit(mini_kb)
    [t] = report.targets
    assert t["target"] == "en-widgets-target" and t["status"] == "no data"


def test_derived_lists_implied_figures(mini_kb):
    report = run_audit(mini_kb, derived=True)
    implied = [d for d in report.derived if "en-widgets-growth" in d.facts]
    assert implied and implied[0].value == pytest.approx(1000)
    assert "derived" in report.to_dict()


def test_streaks_must_start_in_the_same_year(mini_kb):
    (mini_kb / "streak.toml").write_text('''
[[fact]]
id = "s1"
metric = "widgets"
entity = "town"
period = "2013"
value = 10
unit = "years"
measure = "streak"
rank = 1
source = "doc-en"
quote = "first for 10 consecutive years"

[[fact]]
id = "s2"
metric = "widgets"
entity = "town"
period = "2024"
value = 20
unit = "years"
measure = "streak"
rank = 1
source = "doc-en"
quote = "first for 20 consecutive years"
''', encoding="utf-8")
    report = run_audit(mini_kb)
    assert any(f.kind == "streak" and "2004" in f.message and "2005" in f.message for f in report.findings)


# -- the real documents ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundled_report():
    return run_audit(kbmod.bundled_path())


def test_bundled_base_has_no_errors(bundled_report):
    assert [f.message for f in bundled_report.errors] == []
    assert bundled_report.checks >= 20


def test_finds_the_white_paper_title_sum(bundled_report):
    assert any(f.kind == "arithmetic" and "wp13zh-ip-title-applicants" in f.facts
               for f in bundled_report.warnings)


def test_finds_the_language_version_disagreements(bundled_report):
    flagged = {frozenset(f.facts) for f in bundled_report.warnings if f.kind == "contradiction"}
    assert frozenset({"wp13zh-ip-service-practitioners", "wp13en-ip-service-practitioners"}) in flagged
    assert any("customs" in " ".join(p) for p in flagged)


def test_the_rank_moved_between_versions(bundled_report):
    moved = [f for f in bundled_report.warnings if f.kind == "version" and "rank" in f.message]
    assert any("wp13zh-invention-grants-rank" in f.facts for f in moved)


def test_pct_streaks_agree(bundled_report):
    assert not any(f.kind == "streak" and "pct" in " ".join(f.facts) for f in bundled_report.findings)


def test_scopes_are_not_contradictions(bundled_report):
    assert not any(f.kind == "contradiction" and "reward-ratio" in " ".join(f.facts)
                   for f in bundled_report.findings)
