"""Rises and falls stated without a rate: read, attached to their level, and judged against what
the sources say of the direction (never supported on the level alone)."""
from __future__ import annotations

import pytest

from ipcheck.claims import read_claim
from ipcheck.trends import stated_trends


@pytest.mark.parametrize("text, signs", [
    ("PCT applications fell to 16,300", [-1]),
    ("PCT applications rose to 16,300", [1]),
    ("applications edged up to 16,300", [1]),
    ("申请量下降至80,657件", [-1]),
    ("申请量增至80,657件", [1]),
    ("maintained stable growth, reaching 145,000", [1]),
    ("fell short of the target of 22,000", []),      # no fall
    ("did not fall in 2016", []),                     # denied: says nothing either way
    ("申请量未下降", []),
    ("PCT applications reached 16,300", []),
])
def test_stated_trends(text, signs):
    assert [s for s, *_ in stated_trends(text)] == signs


def test_a_level_after_its_verb_takes_the_direction(knowledge):
    c = read_claim(knowledge, "Shenzhen's PCT applications fell to 16,300 in 2024.")
    [f] = c.figures
    assert (f.role, f.direction, f.trend) == ("level", -1, "fell")


def test_a_verb_with_a_rate_in_its_clause_is_the_rate_s(knowledge):
    c = read_claim(knowledge, "Shenzhen's domestic invention patent applications grew 3.65% to 32,208 in 2013.")
    assert [f.direction for f in c.figures if f.role == "level"] == [0]


def test_a_word_of_the_metric_s_name_is_no_direction(knowledge):
    c = read_claim(knowledge, "2020年全国专利密集型产业对GDP增长的贡献率24.6%。")
    assert [f.direction for f in c.figures] == [0]


def test_from_to_pairs_are_left_to_their_own_check(knowledge):
    c = read_claim(knowledge, "University patent grants rose from 69,000 in 2012 to 308,000 in 2021.")
    assert all(f.direction == 0 for f in c.figures if f.role == "level")


@pytest.mark.parametrize("claim, expected", [
    # the sources' growth rate says which way
    ("Shenzhen's domestic invention patent applications fell to 32,208 in 2013.", "contradicted"),
    ("Shenzhen's domestic invention patent applications rose to 32,208 in 2013.", "supported"),
    ("2013年深圳国内专利申请量下降至80,657件。", "contradicted"),
    ("2013年深圳国内专利申请量增加到80,657件。", "supported"),
    ("Shenzhen's domestic patent grants dipped to 49,756 in 2013.", "contradicted"),
    # the sources give the level only: the direction is unverifiable, not supported
    ("Shenzhen's PCT applications fell to 16,300 in 2024.", "unverifiable"),
    ("Shenzhen's PCT applications rose to 16,300 in 2024.", "unverifiable"),
    ("2024年深圳PCT国际专利申请下降至1.63万件。", "unverifiable"),
    # the source's own sentence says which way
    ("Shenzhen's patent applications declined in 2016, although they still topped 145,000.", "contradicted"),
    ("Shenzhen's patent applications grew in 2016 to more than 145,000.", "supported"),
    ("Shenzhen's global expert pool expanded to 236 experts in 2024.", "supported"),
    # a wrong level stays contradicted whatever the direction
    ("Shenzhen's PCT applications rose to 19,300 in 2024.", "contradicted"),
])
def test_directions_judged(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_an_unknown_direction_says_why(judge):
    v = judge.verify("Shenzhen's PCT applications fell to 16,300 in 2024.")
    assert "do not say whether it rose or fell in 2024" in v.reason
    [check] = [c for c in v.checks if c.kind == "direction"]
    assert check.ok is None and check.to_dict()["computed"] is None


def test_a_wrong_direction_names_the_sourced_rate(judge):
    v = judge.verify("Shenzhen's domestic patent grants fell to 49,756 in 2013.")
    assert "a rise of 2.25%" in v.reason
    [check] = [c for c in v.checks if c.kind == "direction"]
    assert (check.stated, check.computed, check.ok) == (-1.0, 1.0, False)


@pytest.mark.parametrize("claim, expected", [
    # 'a record' is a claim about every year before: supported only where the source says so too
    ("Shenzhen's IP pledge registration of 50.421 billion yuan in 2024 was a record high.", "unverifiable"),
    ("Shenzhen's PCT applications hit a record 16,300 in 2024.", "unverifiable"),
    ("2013年深圳企业在第十五届中国专利奖中获金奖4项、优秀奖20项,均创历年之最。", "supported"),
    ("2013年深圳企业在第十五届中国专利奖中获金奖4项、优秀奖21项,均创历年之最。", "contradicted"),
    ("In 2013 Shenzhen recorded 80,657 patent applications.", "supported"),      # 'recorded' claims no record
    # the same of the years before, said of a level or of a rate
    ("Shenzhen's invention patent grants fell 15.9% in 2013, the first decline in a decade.", "unverifiable"),
    ("2013年深圳发明专利授权量下降15.9%,为十年来首次下降。", "unverifiable"),
    ("Shenzhen's trademark applications grew 28.08% in 2013, the fastest growth in five years.", "unverifiable"),
    ("Shenzhen's PCT applications reached 16,300 in 2024, the highest since 2016.", "unverifiable"),
    ("Shenzhen's invention patent grants fell 15.9% in 2013.", "supported"),
    ("Shenzhen's trademark applications grew 28.08% in 2013, faster than in 2012.", "unverifiable"),   # unsourced side
])
def test_records(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim", [
    "Shenzhen's PCT applications reached 16,300 in 2024, the highest on record.",
    "The 6.3 billion yuan average sales of gold-award projects at the 23rd China Patent Award were the highest on record.",
])
def test_the_highest_on_record_is_a_record(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "unverifiable" and "a record" in v.reason, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("19,055 new IP cases hit Shenzhen courts in 2024 — up from 2023", "unverifiable"),    # no 2023 figure
    ("Shenzhen courts took in 19,055 new IP cases in 2024, up on the year before.", "unverifiable"),
    ("Shenzhen's PCT applications reached 10,049 in 2013, up from 2012.", "supported"),      # a sourced rise
    ("Shenzhen's PCT applications reached 10,049 in 2013, down from 2012.", "contradicted"),
])
def test_up_or_down_from_a_year_is_a_direction(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "picked up 15 new …": took, no rise; a name that opens with China, in the singular
    ("Shenzhen picked up 15 new China well-known trademark designations in 2013.", "supported"),
    ("Shenzhen picked up 118 new China well-known trademark designations in 2013.", "contradicted"),
    # a total's gain is its flow's level
    ("Shenzhen gained 25 well-known trademarks in 2013, taking its total to 118.", "contradicted"),
])
def test_picking_up_and_gaining(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a headline's 'up' or 'down' with no verb states a direction as much as 'rose' does
    ("Shenzhen patent grants up again in 2024, to 241,900", "unverifiable"),
    ("Up again: Shenzhen patent grants hit 241,900 in 2024", "unverifiable"),
    ("Shenzhen PCT filings down in 2024, at 16,300.", "unverifiable"),
    ("Shenzhen domestic patent grants up 2.25% in 2013, to 49,756", "supported"),      # the rate is sourced
    ("Shenzhen domestic patent grants down in 2013, to 49,756", "contradicted"),       # it rose 2.25%
])
def test_a_headline_up_or_down_is_a_direction(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_up_after_a_verb_it_belongs_to_is_no_direction():
    from ipcheck.trends import stated_trends

    assert stated_trends("The fund was set up in 2013 with 2,936 members.") == []
    assert [t[0] for t in stated_trends("Patent grants up in 2024.")] == [1]
    assert [t[0] for t in stated_trends("Patent grants down, at 16,300.")] == [-1]
