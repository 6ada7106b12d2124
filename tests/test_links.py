"""Figures that go together: 'from A to B' and 'respectively' lists."""
from __future__ import annotations

import pytest

from ipcheck.claims import read_claim
from ipcheck.links import in_order
from ipcheck.periods import year


def test_from_to_periods(knowledge):
    claim = read_claim(knowledge, "University patent grants rose from 69,000 in 2012 to 308,000 in 2021.")
    a, b = claim.figures
    assert (a.period, a.period_role, b.period, b.period_role) == (year(2012), "from", year(2021), "to")
    assert claim.comparison == "from_to"


def test_from_to_without_two_years_still_marks_the_roles(knowledge):
    claim = read_claim(knowledge, "University patent grants rose from 69,000 to 308,000.")
    assert [f.period_role for f in claim.figures if f.role == "level"] == ["from", "to"]


@pytest.mark.parametrize("text", [
    "2021年高校专利转让金额为88.9亿元,较2012年的8.2亿元增长近十倍。",
    "University patent transfers brought in 8.89 billion yuan in 2021, up from 820 million yuan in 2012.",
])
def test_a_base_written_after_the_later_figure_is_the_from(knowledge, text):
    claim = read_claim(knowledge, text)
    later, base = [f for f in claim.figures if f.role == "level"]
    assert (base.period, base.period_role, later.period, later.period_role) == (year(2012), "from", year(2021), "to")
    assert claim.comparison == "from_to"
    assert in_order(later, base) == (base, later)


def test_a_comparison_with_a_later_year_is_no_base(knowledge):
    claim = read_claim(knowledge, "2012年高校专利转让金额为8.2亿元,较2021年的88.9亿元少得多。")
    assert claim.comparison is None


@pytest.mark.parametrize("text,expected", [
    ("The total number of invention patents disclosed by Shenzhen's strategic emerging industry clusters and "
     "future industry clusters was 124,569 and 32,112, respectively.",
     ["sei_cluster_invention_patents_disclosed", "future_industry_cluster_invention_patents_disclosed"]),
    ("2024年深圳未来产业集群和战略性新兴产业集群公开发明专利分别为32,112件和124,569件",
     ["future_industry_cluster_invention_patents_disclosed", "sei_cluster_invention_patents_disclosed"]),
])
def test_respectively_gives_the_figures_the_metrics_in_the_order_named(knowledge, text, expected):
    assert [f.metric for f in read_claim(knowledge, text).figures if f.role == "level"] == expected



def test_respectively_hands_out_only_the_figures_before_it(knowledge):
    from ipcheck.claims import read_claim

    c = read_claim(knowledge, "Shenzhen's 2024 IP report puts invention patents disclosed by its strategic emerging "
                              "industry clusters and future industry clusters at 124,569 and 32,112 respectively, both "
                              "second nationally, and the city's valid invention patents in those industries at 271,100.")
    assert [f.metric for f in c.figures if f.role == "level"][:2] == [
        "sei_cluster_invention_patents_disclosed", "future_industry_cluster_invention_patents_disclosed"]


def test_a_year_written_before_its_figure_is_that_figures(judge):
    # "由2012年的6.9万件增至2021年的30.8万件": 2012 before 6.9万, 2021 before 30.8万
    v = judge.verify("高校专利授权量由2012年的6.9万件增至2021年的30.8万件,是2012年的4.4倍多。")
    assert v.verdict == "supported", v.reason
    assert [f.period for f in v.figures if f.role == "level"] == ["2012", "2021"]


@pytest.mark.parametrize("claim, expected", [
    # two figures set against each other take the two sides of the comparison before them, in order,
    # whatever splits it ('outnumbered', the second 'as' of 'as many … as') and however they are set off
    ("Trademark applications in Shenzhen outnumbered approved registrations by more than two to one in 2013, "
     "at 86,950 against 39,527.", "supported"),
    ("Shenzhen granted 1,647 more patent licences than it received in 2024: 5,998 going out against 4,351 "
     "coming in.", "supported"),
    ("Shenzhen granted 1,647 more patent licences than it received in 2024: 4,351 going out against 5,998 "
     "coming in.", "contradicted"),
    ("Shenzhen's courts concluded 954 more IP cases than they took in during 2024 (20,009 versus 19,055).",
     "supported"),
])
def test_figures_set_against_each_other_after_a_comparison(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_the_figures_in_brackets_take_each_side():
    from ipcheck import kb as kbmod
    from ipcheck.claims import read_claim

    knowledge = kbmod.load(kbmod.bundled_path())
    c = read_claim(knowledge, "Shenzhen's strategic emerging industry clusters disclosed nearly four times as many "
                              "invention patents as its future industry clusters in 2024 (124,569 against 32,112).")
    a, b = [f for f in c.figures if f.role == "level"]
    assert a.metric != b.metric and "future" in knowledge.metrics[b.metric].en


@pytest.mark.parametrize("claim, expected", [
    # a rise over a span with the level at its end: the rise is the span's, the level the end year's
    ("Patent grants to Chinese universities more than quadrupled between 2012 and 2021, reaching 308,000.",
     "supported"),
    ("Patent grants to Chinese universities rose 246.4% between 2012 and 2021, reaching 308,000.", "contradicted"),
    ("Patent grants to Chinese universities rose 346.4% between 2012 and 2021, reaching 318,000.", "contradicted"),
    ("2012年至2021年，我国高校专利申请量增长了两倍多，达到36.7万件。", "supported"),
    ("The value of patents transferred by Chinese universities rose roughly fivefold from 2012 to 2021, to 8.89 "
     "billion yuan.", "contradicted"),        # nearly ten times
])
def test_a_rise_over_a_span_and_the_level_it_reached(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # rates handed out in the order their metrics are named, as levels are
    ("2013年深圳商标申请量与境外商标申请量分别同比增长28.08%和57.80%。", "supported"),
    ("2013年深圳商标申请量与境外商标申请量分别同比增长57.80%和28.08%。", "contradicted"),
])
def test_rates_respectively(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the two parts of a stated sum take the metrics named in full, in the order named; "plus" before a figure is no bound
    ("Shenzhen's strategic emerging industry clusters and future industry clusters disclosed 156,681 invention patents "
     "between them in the 2024 report (124,569 plus 32,112).", "supported"),
    ("Shenzhen's strategic emerging industry clusters and future industry clusters disclosed 156,681 invention patents "
     "between them in the 2024 report (124,569 plus 23,112).", "contradicted"),
    ("Strategic emerging + future industry clusters, SZ 2024: 124,569 + 32,112 = 156,681 invention patents disclosed",
     "supported"),
    ("Strategic emerging + future industry clusters, SZ 2024: 124,569 + 32,112 = 165,681 invention patents disclosed",
     "contradicted"),
])
def test_parts_of_a_stated_sum(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "to B from A": the end first, then where it started; a card's "Y1 to Y2: A to B"
    ("Between 2012 and 2021 the grant rate for Chinese university patents improved by 18.8 percentage points, "
     "to 83.9% from 65.1%.", "supported"),
    ("Between 2012 and 2021 the grant rate for Chinese university patents improved by 18.8 percentage points, "
     "to 83.9% from 56.1%.", "contradicted"),
    ("Shenzhen PCT applications, 2013 to 2024: 10,049 to 16,300 = +62.2%", "supported"),
    ("Shenzhen PCT applications, 2013 to 2024: 10,049 to 16,300 = +72.2%", "contradicted"),
])
def test_ends_of_a_change_in_either_order(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # two figures set against each other after a comparison: the first of the words before 'than' (or a
    # multiple), the second of the words after it, up to a colon; "close to" is a hedge, not cases closed
    ("Shenzhen's courts concluded more IP cases in 2024 than they took in: 20,009 against 19,055.", "supported"),
    ("Shenzhen's courts concluded more IP cases in 2024 than they took in: 19,055 against 20,009.", "contradicted"),
    ("Trademark applications in Shenzhen ran at more than double the number of approved registrations in 2013: "
     "86,950 against 39,527.", "supported"),
    ("Trademark applications in Shenzhen ran at more than triple the number of approved registrations in 2013: "
     "86,950 against 39,527.", "contradicted"),
    # after a multiple or 'exceeded' whose other side is a place: the first figure is the subject's
    ("Shenzhen's density of high-value invention patents in 2024 was roughly eight times the national average: 110 "
     "per 10,000 people against 14.", "supported"),
    ("Shenzhen's density of high-value invention patents in 2024 was roughly eight times the national average: 100 "
     "per 10,000 people against 14.", "contradicted"),
    ("Shenzhen's density of high-value invention patents in 2024 was roughly nine times the national average: 110 "
     "per 10,000 people against 14.", "contradicted"),
    ("Shenzhen's high-value invention patent density in 2024 exceeded the national average by 96 per 10,000 people "
     "(110 versus 14).", "supported"),
    ("Shenzhen's high-value invention patent density in 2024 exceeded the national average by 90 per 10,000 people "
     "(110 versus 14).", "contradicted"),
    ("Shenzhen's courts took in close to 9,700 intellectual property cases during 2013.", "supported"),
    ("Shenzhen's courts took in close to 7,900 intellectual property cases during 2013.", "contradicted"),
])
def test_sides_set_against_each_other(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
