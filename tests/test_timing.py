"""Which time each figure of a claim is of (ipcheck.timing), read through the claim reader."""
import pytest

from ipcheck.claims import read_claim
from ipcheck.periods import parse_period
from ipcheck.timing import says_before_that


def _periods(knowledge, text):
    return [(f.text, f.period.label if f.period else None, f.period_role) for f in read_claim(knowledge, text).figures]


def test_each_figure_takes_the_time_in_its_own_clause(knowledge):
    got = _periods(knowledge, "In 2013 Shenzhen courts accepted 9,694 IP cases, and in 2024 they accepted 19,055.")
    assert [(t, p) for t, p, _ in got] == [("9,694", "2013"), ("19,055", "2024")]


def test_the_year_before_and_a_year_later(knowledge):
    before = _periods(knowledge, "Pledge financing reached 50.4 billion yuan in 2024, from 40 billion yuan the year before.")
    assert [p for _, p, _ in before] == ["2024", "2023"]
    later = _periods(knowledge, "Shenzhen had 118 well-known trademarks at the end of 2013 and 130 a year later.")
    assert later[1][1] == "end of 2014"      # a stock at a date: the same date a year on


def test_a_year_alone_is_what_the_year_added(knowledge):
    got = _periods(knowledge, "In 2013 alone Shenzhen was granted 49,756 domestic patents.")
    assert got[0][1:] == ("2013", "during")


def test_a_goal_is_for_its_horizon_not_the_outcome_year(knowledge):
    claim = read_claim(knowledge, "Shenzhen had 16,300 PCT applications in 2024, below the 22,000 targeted for 2020.")
    assert claim.target
    goal = next(f for f in claim.figures if f.text == "22,000")
    assert goal.period == parse_period("2020")


def test_a_change_since_a_year_names_no_end(knowledge):
    claim = read_claim(knowledge, "Shenzhen's PCT applications have grown 62% since 2013.")
    rate = next(f for f in claim.figures if f.role == "growth")
    assert rate.metric is None and "since 2013" in claim.rejected_metric


@pytest.mark.parametrize("text, expected", [
    ("可知此前累计为103件", True),
    ("from 511.5 billion yuan the previous year's", True),
    ("Shenzhen filed 16,300 PCT applications in 2024", False),
])
def test_says_before_that(text, expected):
    assert says_before_that(text) is expected


@pytest.mark.parametrize("claim, expected", [
    # "the close of 2013" is its last day; "in total" closing a list makes each figure of that time a total to date
    ("By the close of 2013 Shenzhen had built up 479,399 patent applications and 259,422 patent grants in total.",
     "supported"),
    ("By the close of 2013 Shenzhen had built up 479,399 patent applications and 295,422 patent grants in total.",
     "contradicted"),
    # but not a figure of an earlier time the sentence names before it
    ("At the 18th China Patent Awards Shenzhen won four gold awards, and by the end of 2016 it had won 27 China gold "
     "patent awards in total.", "supported"),
])
def test_totals_to_a_date(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_figure_for_the_full_year(judge):
    v = judge.verify("China's patent and trademark pledge financing reached 162.65 billion yuan in the first half of "
                     "2022 and about 480 billion yuan for the full year.")
    assert v.verdict == "unverifiable" and v.figures[1].period == "2022", v.reason


@pytest.mark.parametrize("claim, expected", [
    # the count of one round is no total to date, whatever the sentence says of its total
    ("The four golds Shenzhen won at the 18th China Patent Awards made up about 15% of the 27 gold awards it had "
     "collected by the end of 2016.", "supported"),
    ("The four golds Shenzhen won at the 18th China Patent Awards made up about 25% of the 27 gold awards it had "
     "collected by the end of 2016.", "contradicted"),
    # a goal's own year is its horizon; a year's level named as such beside it is an outcome of that year
    ("The goal of more than 92 invention patents per 10,000 people by 2020 is roughly 15% above Shenzhen's 2016 "
     "level of 80.1.", "unverifiable"),
])
def test_rounds_and_goals(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
