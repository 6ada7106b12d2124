"""Words that change what a figure is: goals, goals met, and clauses that carry a figure on."""
from __future__ import annotations

import pytest

from ipcheck import cues
from ipcheck.cues import goes_on, states_a_target


@pytest.mark.parametrize("text", [
    "Shenzhen targets 22,000 PCT applications by 2020",
    "Shenzhen aims to exceed 22,000",
    "目标是到2020年PCT超过2.2万件",
    "The plan calls for 22,000 PCT filings; the city hit the target",      # one goal stated, one met
    "Shenzhen's 2018 plan called for more than 22,000 PCT filings",
    "Under the 2018 plan, 1,300 enterprises were to meet the standard",
    "Hosting services were meant to reach 1,500 microenterprises",
    "A 2018 document said hosting services would cover 1,500 microenterprises",
    "深圳2018年发布的文件提出,专利商标行政执法案件数量每年增长20%以上",
    "根据深圳2018年发布的文件,托管服务将覆盖1500家以上小微企业",
])
def test_goals(text):
    assert states_a_target(text)


@pytest.mark.parametrize("text", [
    "Shenzhen's PCT applications exceeded 22,000 in 2020, hitting the target the city set in 2018.",
    "The city met its 2020 PCT target of 22,000",
    "Shenzhen missed the goal of 22,000 PCT applications",
    "2020年深圳PCT申请超过2.2万件,完成了目标。",
    "Shenzhen's PCT applications reached 16,300 in 2024.",
    "Shenzhen said PCT applications reached 16,300 in 2024 and will keep rising.",   # a forecast with no figure of its own
    "2024年深圳PCT申请1.63万件,居全国首位。",
])
def test_goals_met_or_missed_and_plain_outcomes_are_no_goals(text):
    assert not states_a_target(text)


@pytest.mark.parametrize("clause,carries", [
    (", reaching ", True),
    (", to ", True),
    (", rising to more than ", True),
    (",达", True),
    (", and 49,756 patents were granted at ", False),
    ("; the city later counted ", False),
])
def test_a_clause_that_carries_the_figure_before_it_on(clause, carries):
    assert goes_on(clause, 0, len(clause)) is carries


@pytest.mark.parametrize("claim, expected", [
    ("2024年深圳PCT国际专利申请量为1.63万件,不足2万件。", "supported"),
    ("2024年深圳PCT国际专利申请量为1.63万件,不足1万件。", "contradicted"),
    ("Shenzhen filed 16,300 PCT applications in 2024, fewer than 20,000.", "supported"),
])
def test_a_clause_that_only_bounds_the_figure_before_it(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_an_approximation_or_another_measure_word_is_no_bound_of_the_figure_before():
    from ipcheck.cues import bound_alone

    text = "深圳海关查扣涉嫌侵权货物6,264批、约2,883.5万件"
    s = text.index("约")
    assert not bound_alone(text, s, len(text), s + 1, len(text) - 1)
    text = "深圳PCT国际专利申请量为1.63万件,不足2万件"
    s = text.index("不足")
    assert bound_alone(text, s, len(text), s + 2, len(text) - 1)


@pytest.mark.parametrize("claim, expected", [
    ("2013年深圳市市场监督管理局办理商标、专利、版权案件合计1,418宗。", "supported"),
    ("2013年深圳市市场监督管理局办理商标、专利、版权案件合计1,518宗。", "contradicted"),
    ("In 2013 Shenzhen's market supervision administration handled trademark, patent and copyright cases "
     "totalling 1,418.", "supported"),
    ("In 2013 Shenzhen's market supervision administration handled trademark, patent and copyright cases "
     "totalling 1,518.", "contradicted"),
    ("2013年深圳市市场监督管理局共办理商标案件1,120宗、专利案件212宗、版权案件86宗,三类合计1,418宗。", "supported"),
    ("Shenzhen's valid invention patents in strategic emerging and future industries totalled 271,100 at the end "
     "of 2024.", "supported"),          # one metric whose name holds an 'and': no sum
    # the kinds right after the figure: a sum, said so or not; a kind the words name only through a sibling
    # metric ("patent cases handled by the market supervision administration (IP office)") is that one
    ("Shenzhen's market regulator dealt with 1,418 trademark, patent and copyright cases combined in 2013.",
     "supported"),
    ("Shenzhen's market regulator dealt with 1,518 trademark, patent and copyright cases combined in 2013.",
     "contradicted"),
    ("Shenzhen's market supervision administration handled a combined 1,418 trademark, patent and copyright "
     "cases in 2013.", "supported"),
    ("In 2013 Shenzhen's market regulator handled 1,120 trademark, patent and copyright cases.", "contradicted"),
    # a rank beside the sum is no second figure of a list
    ("Combined, Shenzhen's strategic emerging and future industry clusters disclosed 156,681 invention patents, "
     "and each group ranked second nationally.", "supported"),
    ("Combined, Shenzhen's strategic emerging and future industry clusters disclosed 124,569 invention patents, "
     "and each group ranked second nationally.", "contradicted"),
])
def test_a_sum_of_kinds_sharing_one_head_noun(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("text, compared", [
    # a bound on a figure in words is no comparison with a thing named
    ("The platform logged more than a million online searches in 2024.", False),
    ("Its registrations made up more than a third of the national total.", False),
    # a comparison with the year before, or with a body named, is
    ("Shenzhen lodged 86,950 trademark applications in 2013, more than a year earlier.", True),
    ("The Futian court accepted 1,664 IP cases, more than the Luohu court.", True),
])
def test_a_bound_in_words_is_no_comparison(text, compared):
    assert (cues.compares_with_words(text) is not None) is compared


@pytest.mark.parametrize("claim, expected", [
    # a comparison whose other side only a pronoun names is never supported on its figures alone
    ("Shenzhen recorded 26,967 patent transfers in 2024. The 5,998 patent licenses it granted outnumbered them.",
     "unverifiable"),
    # an outcome said 'actually' beside a goal is an outcome, which the goal neither confirms nor refutes
    ("Shenzhen, which had set a goal of more than 22,000 PCT applications for 2020, actually filed 20,200 that year.",
     "unverifiable"),
])
def test_sides_and_outcomes_read_this_session(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
