"""Rates the sources give only through a gap (implied.py), and gaps checked against what they
compare: the claim's subject and the metric named after its comparative."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("claim, expected", [
    # import growth: 27.1% less the 10.5-point gap, worked out, never stated
    ("China's IP royalty imports grew 16.6% in 2021.", "supported"),
    ("2021年我国知识产权使用费进口额增速约为16.6%。", "supported"),
    ("China's IP royalty imports grew 20% in 2021.", "contradicted"),
    ("2021年我国知识产权使用费进出口总额达3783亿元,其中出口增速27.1%,进口增速16.6%。", "supported"),
    ("China's GDP grew 2.7% in 2020.", "supported"),
    ("China's GDP grew 3.7% in 2020.", "contradicted"),
    # the gap is the subject's, named before the comparative
    ("In 2021 China's IP royalty export growth outpaced import growth by 15 percentage points.", "contradicted"),
    ("In 2021 growth in China's IP royalty imports outpaced export growth by 10.5 percentage points.",
     "contradicted"),
    ("China's IP royalty imports grew about 16.6% in 2021, 10.5 percentage points slower than royalty exports.",
     "supported"),
    ("2021年全国知识产权使用费出口增速比进口增速低10.5个百分点。", "contradicted"),
    ("2021年全国知识产权使用费出口增速比进口增速高10.5个百分点。", "supported"),
    ("2020年全国专利密集型产业增加值达12.13万亿元,增长5.8%,比同期GDP增速高3.1个百分点。", "supported"),
    # compared with itself, or with something the sources do not compare it with
    ("China's IP royalty imports grew about 16.6% in 2021, 10.5 percentage points slower than royalty imports.",
     "unverifiable"),
    ("China's IP royalty exports grew 27.1% in 2021, 10.5 percentage points faster than GDP.", "unverifiable"),
    # a metric named only after the figure's clause, which names something else, is not borrowed
    ("China's IP-heavy sectors grew 5.8% in 2020, 3.1 percentage points faster than GDP, implying GDP "
     "growth of about 2.7% in the same period.", "unverifiable"),
    # (what patent-intensive industries are said to grow by is their value added)
    ("China's patent-intensive industries grew 5.8% in 2020, 3.1 percentage points faster than GDP, implying GDP "
     "growth of about 2.7% in the same period.", "supported"),
    ("China's patent-intensive industries added 12.13 trillion yuan of value in 2020, growing 5.8% while GDP grew "
     "2.7%, and contributed 24.6% of GDP growth.", "supported"),
])
def test_gaps_and_what_they_imply(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_worked_out_figure_says_so(judge):
    v = judge.verify("China's IP royalty imports grew 16.6% in 2021.")
    assert "worked out from its words" in v.reason and "no source states it as such" in v.reason
    assert v.figures[0].fact == "cn22-rel-royalty-export-import-growth-gap:rate"


def test_the_audit_counts_only_stated_facts(knowledge):
    from ipcheck.audit import run_audit
    from ipcheck.kb import bundled_path

    stated = sum(not f.derived for f in knowledge.facts.values())
    assert stated < len(knowledge.facts)
    assert run_audit(bundled_path()).facts == stated
