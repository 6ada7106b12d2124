"""Renderers only format: every format carries the same verdict data."""
from __future__ import annotations

import csv
import io
import json

from ipcheck.render import RATINGS, VerdictWriter, claim_review, spreadsheet_safe


def sample(judge):
    return [judge.verify("PCT applications 2024 = 16,300", 1).to_dict(),
            judge.verify("=SUM(A1) Trademark registrations 2024 = 294,500", 2).to_dict()]


def write(fmt, rows, colors=False):
    out = io.StringIO()
    w = VerdictWriter(fmt, out, colors=colors)
    for r in rows:
        w.write(r)
    w.close("2 claims: 1 supported, 1 contradicted, 0 disputed, 0 unverifiable")
    return out.getvalue()


def test_jsonl_and_json_equal_the_library_dicts(judge):
    rows = sample(judge)
    assert [json.loads(x) for x in write("jsonl", rows).splitlines()] == rows
    assert json.loads(write("json", rows)) == rows
    assert json.loads(write("json", [])) == []


def test_csv_columns_and_formula_neutralising(judge):
    rows = sample(judge)
    parsed = list(csv.reader(io.StringIO(write("csv", rows))))
    assert parsed[0] == ["line", "claim", "verdict", "reason", "figures", "facts", "sources", "checks"]
    assert parsed[1][2] == "supported" and parsed[1][5] == "sz24-pct-applications"
    assert parsed[2][1].startswith("'=SUM")
    assert [spreadsheet_safe(x) for x in ("=1", "+1", "-1", "@x", "\tx", "ok", None)] == \
        ["'=1", "'+1", "'-1", "'@x", "'\tx", "ok", ""]


def test_markdown_escapes_pipes(judge):
    row = judge.verify("PCT | applications 2024 = 16,300").to_dict()
    text = write("markdown", [row])
    assert "PCT \\| applications" in text and text.count("\n") == 3


def test_claimreview_scale(judge):
    rows = sample(judge)
    reviews = json.loads(write("claimreview", rows))
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [4, 1]
    assert reviews[0]["isBasedOn"] == ["sz-ip-2024"]
    assert {v[0] for v in RATINGS.values()} == {1, 2, 3, 4}
    assert claim_review(rows[0])["claimReviewed"] == "PCT applications 2024 = 16,300"


def test_table_is_plain_without_colour_and_literal(judge):
    row = judge.verify("[red]PCT[/red] applications 2024 = 16,300").to_dict()
    text = write("table", [row])
    assert "[red]PCT[/red]" in text and "\x1b" not in text and "2 claims:" in text
    coloured = write("table", [row], colors=True)
    assert "\x1b[" in coloured


def test_joined_pieces_go_to_the_bytes_of_a_utf8_stream_and_as_text_elsewhere():
    import io

    from ipcheck.render import VerdictWriter

    data = "深圳 “16,300”\n".encode("utf-8")
    raw = io.BytesIO()
    text = io.TextIOWrapper(raw, encoding="utf-8")
    w = VerdictWriter("jsonl", text)
    assert w.concatenates
    text.write("before\n")                 # written through the text layer first: must come out first
    w.write_joined(data, 2)
    assert raw.getvalue() == b"before\n" + data and w.count == 2
    s = io.StringIO()
    VerdictWriter("jsonl", s).write_joined(data, 1)
    assert s.getvalue() == "深圳 “16,300”\n"
    latin = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="replace")
    VerdictWriter("jsonl", latin).write_joined("x\n".encode(), 1)    # not UTF-8: through the text layer
    latin.flush()
    assert latin.buffer.getvalue() == b"x\n"
    assert not VerdictWriter("json", io.StringIO()).concatenates
