"""scan: articles checked sentence by sentence, with golden outputs for the example articles."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ipcheck.cli import app, main
from ipcheck.environment import Environment
from ipcheck.scan import paragraphs, scan, sentences

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
runner = CliRunner()


def lint(path: Path) -> tuple[int, str]:
    out = io.StringIO()
    status = main(["scan", str(path.relative_to(EXAMPLES.parent))], Environment(stdout=out, stderr=io.StringIO()))
    return status, out.getvalue()


@pytest.mark.parametrize("name", ["article-en", "article-zh"])
def test_golden_scan_output(name, monkeypatch):
    monkeypatch.chdir(EXAMPLES.parent)
    status, got = lint(EXAMPLES / f"{name}.md")
    golden = EXAMPLES / f"{name}.scan.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")
    assert status == 1          # each sample holds a wrong figure


def test_sentences_and_columns():
    assert list(sentences("In 2013 it rose. It fell 5% in 2014! 它增长了。")) == [
        (0, "In 2013 it rose."), (17, "It fell 5% in 2014!"), (37, "它增长了。")]
    assert list(sentences("Shenzhen filed 16.3 thousand. No. 1 again.")) == [
        (0, "Shenzhen filed 16.3 thousand."), (30, "No. 1 again.")]


def test_paragraphs_skip_code_ignored_and_headings_split():
    text = ["# Title", "a 1", "b 2 <!-- ipcheck: ignore -->", "c 3", "", "```", "x 9", "```", "d 4"]
    assert [[n for n, _ in p] for p in paragraphs(text)] == [[1], [2, 4], [9]]


def test_year_carried_within_a_paragraph_only(knowledge):
    text = ["In 2013 the city did well. Domestic patent applications reached 80,657.", "",
            "Domestic patent applications reached 80,657."]
    found = list(scan(knowledge, text, "t.md"))
    assert [(f.line, f.column, f.verdict.verdict) for f in found] == [(1, 28, "supported"), (3, 1, "unverifiable")]


def test_sentence_spanning_lines_is_one_claim(knowledge):
    text = ["Courts in Shenzhen accepted 9,694 IP cases in 2013 and", "  closed 9,174."]
    [f] = list(scan(knowledge, text, "t.md"))
    assert f.verdict.verdict == "contradicted" and (f.line, f.column) == (1, 1)


def test_sentences_without_figures_are_skipped(knowledge):
    assert list(scan(knowledge, ["The mood is good. Nobody complained."], "t")) == []


def test_scan_jsonl_has_column_and_reads_stdin():
    r = runner.invoke(app, ["scan", "--format", "jsonl", "-"], input="In 2024 Shenzhen filed 16,300 PCT applications.\n")
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    assert (d["line"], d["column"], d["verdict"], d["file"]) == (1, 1, "supported", "<stdin>")


def test_scan_errors():
    r = runner.invoke(app, ["scan", "/no/such.md"])
    assert r.exit_code == 2 and "no such file" in r.stderr
    r = runner.invoke(app, ["scan", "--format", "xml", "-"], input="x")
    assert r.exit_code == 2


def test_a_relative_time_goes_on_through_its_paragraph(knowledge):
    from datetime import date

    text = ["In 2013 the city did well. Last year alone, Shenzhen Customs seized more than 2.9 million infringing goods.",
            "It also reached 80,657 domestic patent applications."]
    plain = [f.verdict for f in scan(knowledge, text, "t.md")]
    assert [v.verdict for v in plain] == ["unverifiable", "unverifiable"]
    assert all("'Last year'" in v.reason for v in plain)          # not 2013, carried from the first sentence
    dated = [f.verdict for f in scan(knowledge, text, "t.md", as_of=date(2014, 6, 10))]
    assert all("'Last year'" not in v.reason for v in dated)
    assert dated[1].figures[0].period == "2013"
