"""show and sources."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ipcheck.cli import app
from ipcheck.errors import UsageError
from ipcheck.explore import find_metrics, list_sources, show_metric

runner = CliRunner()


@pytest.mark.parametrize("query", ["pct_applications", "PCT applications", "PCT filings", "PCT国际专利申请",
                                   "PTC aplications"])
def test_find_metrics_by_id_alias_chinese_and_typo(knowledge, query):
    assert find_metrics(knowledge, query)[0].id == "pct_applications"


def test_show_lists_facts_implied_figures_and_chart(knowledge):
    report = show_metric(knowledge, "PCT applications", entity="Shenzhen")
    [series] = report["series"]
    kinds = {f["kind"] for f in series["facts"]}
    assert {"actual", "target"} <= kinds                      # targets beside actuals
    assert any(i["period"] == "2012" and i["text"] == "8,024" for i in series["implied"])
    assert [c["period"] for c in series["chart"]] == ["2013", "2016", "2024"]
    assert all(f["quote"] for f in series["facts"])


def test_show_filters(knowledge):
    report = show_metric(knowledge, "trademark registrations", period="2024")
    assert {f["period"] for s in report["series"] for f in s["facts"]} == {"2024"}
    with pytest.raises(UsageError):
        show_metric(knowledge, "PCT applications", entity="Atlantis")


def test_show_cli_table_chart_and_json():
    r = runner.invoke(app, ["show", "PCT applications", "--entity", "Shenzhen"])
    assert r.exit_code == 0 and "16,300" in r.stdout and "█" in r.stdout and "TARGET" in r.stdout
    r = runner.invoke(app, ["show", "专利授权", "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["series"]
    r = runner.invoke(app, ["show", "zzzzqqq"])
    assert r.exit_code == 2 and "no metric matches" in r.stderr


def test_sources(knowledge):
    rows = list_sources(knowledge)
    assert sum(r["facts"] for r in rows) == len(knowledge.facts)
    assert {r["language"] for r in rows} == {"en", "zh"}
    r = runner.invoke(app, ["sources", "--format", "json"])
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 6
    r = runner.invoke(app, ["sources"])
    assert "sz-wp-2013-zh" in r.stdout
    assert f"6 sources, {len(knowledge.facts)} facts" in r.stdout
