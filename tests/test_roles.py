"""The role a figure plays, from the cue words around it."""
from __future__ import annotations

import pytest

from ipcheck.claims import Figure, read_claim
from ipcheck.numbers import read_numbers
from ipcheck.roles import classify


def role_of(text: str, which: int = 0) -> Figure:
    n = read_numbers(text)[which]
    f = Figure(text=n.text, value=n.value, unit=n.unit, qualifier=n.qualifier, half_ulp=n.half_ulp,
               start=n.start, end=n.end)
    classify(text, f, 0)
    return f


@pytest.mark.parametrize("text,role,direction", [
    ("Applications rose by 10.29% in 2013", "growth", 1),
    ("Applications rose by about 10.29% in 2013", "growth", 1),   # a qualifier between cue and figure
    ("applications fell 3.5%", "growth", -1),
    ("grants were 49,756, 2.25% higher year-on-year", "level", 0),   # 49,756 first: a level
    ("同比增长10.29%", "growth", 1),
    ("accounting for 42.3% of the national total", "share", 0),
    ("占全国的42.3%", "share", 0),
    ("The rate reached 42.3%", "level", 0),
    # a comparative with the year before is a growth rate: "28.08% more than a year earlier"
    ("28.08% more than a year earlier", "growth", 1),
    ("applications were 3.5% lower than the previous year", "growth", -1),
])
def test_percent_roles(text, role, direction):
    f = role_of(text)
    assert (f.role, f.direction) == (role, direction)
    if direction < 0:
        assert f.value < 0


def test_times_is_a_multiple_unless_an_increase_is_written():
    assert role_of("7.9 times the national average").role == "multiple"
    change = role_of("an increase of 3 times")
    assert change.role == "change" and "N+1" in change.note


def test_percentage_points_and_their_direction():
    assert (role_of("2.1 percentage points higher").role, role_of("2.1 percentage points higher").direction) == ("pp", 1)
    assert role_of("a gap of 2.1 percentage points").direction == 0
    assert role_of("2.1 percentage points lower than the year before").direction == -1


def test_a_cue_word_that_ends_another_word_still_needs_its_own_boundary():
    # "backup" ends with "up": the cheap ending test lets the pattern run, the pattern says no
    assert role_of("the backup 42.3% rate").role == "level"
    assert role_of("the rate, up 42.3%").role == "growth"


@pytest.mark.parametrize("text", ["全国知识产权服务机构数量增长了125%。", "Employment has grown 95.7% since 2015.",
                                  "2021年全国专利商标质押融资金额保持40%以上的增长。",
                                  "Pledge financing kept a growth rate of more than 40% in 2021.",
                                  "2021年全国专利商标质押融资金额增长率为40%以上。"])
def test_growth_cues_with_a_particle_or_a_participle(knowledge, text):
    assert [f.role for f in read_claim(knowledge, text).figures] == ["growth"]


def test_an_average_per_enterprise_in_chinese(judge):
    v = judge.verify("2024年深圳知识产权质押登记金额504.21亿元,惠及1,427家企业,户均约3,533万元。")
    assert v.verdict == "supported" and v.figures[2].role == "average", v.reason
    v = judge.verify("2024年深圳知识产权质押登记金额504.21亿元,惠及1,427家企业,户均约5,533万元。")
    assert v.verdict == "contradicted" and "average" in v.reason


@pytest.mark.parametrize("text, role", [
    ("Shenzhen racks up 241,900 patent grants in 2024", "level"), ("Huawei notched up 2,094 PCT filings", "level"),
    ("Shenzhen's patent grants were up 3,000 in 2024", "difference"),
])
def test_a_verb_with_up_achieves_a_level_not_a_change(knowledge, text, role):
    figs = [f for f in read_claim(knowledge, text).figures if f.unit == "count"]
    assert figs[0].role == role


@pytest.mark.parametrize("claim, expected", [
    ("University patent grants 2012→2021: 69k → 308k (+346.4%)", "supported"),     # arrows make a span
    ("University patent grants 2012→2021: 69k → 308k (+246.4%)", "contradicted"),
    ("Shenzhen trademark applications 2013: 86,950 (↑28.08%)", "supported"),
    ("Shenzhen trademark applications 2013: 86,950 (↓28.08%)", "contradicted"),
])
def test_signed_and_arrowed_rates_are_changes(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_change_restated_as_a_rate_and_the_level_of_the_year_before(knowledge):
    figs = read_claim(knowledge, "Output of GI-related industries reached 562.5 billion yuan in 2021, up 51 billion yuan, "
                                 "or roughly 10%, from 511.5 billion yuan the year before.").figures
    assert [f.role for f in figs] == ["level", "difference", "growth", "level"]
    assert figs[3].period is not None and figs[3].period.code == "2020"


def test_a_count_restated_as_a_share(judge):
    v = judge.verify("About three-quarters of Shenzhen's valid invention patents were in strategic emerging and future "
                     "industries (271,100, or 75.58%).")
    assert v.verdict == "supported" and v.figures[2].role == "share", v.reason


@pytest.mark.parametrize("text, role", [
    ("accepted 2,936 of the 9,694 IP cases", "part"),
    ("accounted for 2,936 of the city's 9,694 new IP cases", "part"),      # a possessive before the whole
    ("2,936 of Shenzhen's 9,694 cases", "part"),
    ("2,936 of 2013's cases", "level"),                                     # a year is no whole
])
def test_a_part_of_a_figure_after_it(text, role):
    assert role_of(text).role == role


def test_a_count_of_a_named_list_is_no_part(judge):
    v = judge.verify("408 of the world's 5,000 leading brands are Chinese, about 8% of the total.")
    assert [(f.text, f.role) for f in v.figures][:1] == [("408", "level")]
    assert v.verdict != "contradicted", v.reason


@pytest.mark.parametrize("text, value", [
    ("output fell by 51 billion yuan", -51e9),       # a fall told with 'fell by' is a negative difference
    ("output dropped by 51 billion yuan", -51e9),
    ("output rose by 51 billion yuan", 51e9),
])
def test_a_difference_told_by_a_verb_of_change(text, value):
    f = role_of(text)
    assert f.role == "difference" and f.value == value


@pytest.mark.parametrize("claim, role", [
    ("Shenzhen's PCT applications in 2013 soared 52.24% year on year.", "growth"),
    ("Shenzhen's PCT applications in 2013 plunged 12% year on year.", "growth"),
    ("Invention grants were 10,987, a roughly 22% slice of all domestic grants.", "share"),
])
def test_more_verbs_of_change_and_words_of_a_share(knowledge, claim, role):
    figs = read_claim(knowledge, claim).figures
    assert any(f.unit == "percent" and f.role == role for f in figs)


@pytest.mark.parametrize("claim, expected", [
    ("China's patent transfers and licences reached 420,000 in 2021. That was 15% more than in 2020.", "supported"),
    ("China's patent transfers and licences reached 420,000 in 2021, 25% more than in 2020.", "contradicted"),
    # a rise over two years is no year-on-year rate
    ("China's patent transfers and licences reached 420,000 in 2021, 15% more than in 2019.", "unverifiable"),
    # the year compared with has a figure of its own after it: it is no base
    ("Shenzhen filed fewer PCT applications in 2024, at 16,300, than in 2016, when it filed more than 19,000.",
     "supported"),
])
def test_a_rate_more_than_in_a_year(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_gap_grown_more_slowly_is_the_subject_s_lag(judge):
    v = judge.verify("In 2021 China's IP royalty exports grew 10.5 percentage points more slowly than royalty imports.")
    assert v.verdict == "contradicted", v.reason


@pytest.mark.parametrize("claim, expected", [
    # a gap's subject: the words before the comparative in the gap's own clause ("beat" among the comparatives)
    ("Growth in China's IP royalty exports beat import growth by 10.5 percentage points in 2021.", "supported"),
    ("Growth in China's IP royalty imports beat export growth by 10.5 percentage points in 2021.", "contradicted"),
    ("Export growth in China's IP royalties, at 27.1 per cent, beat import growth by ten and a half percentage "
     "points in 2021, so imports grew about 16.6 per cent.", "supported"),
    # "954 more cases than they received": the nearer figure is the subject
    ("Courts at the intermediate and grassroots levels in Shenzhen, which took in 19,055 new IP cases in 2024, "
     "concluded 20,009, clearing 954 more cases than they received.", "supported"),
])
def test_gaps_beaten_and_differences_cleared(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("National IP royalty imports and exports totalled 378.3 billion yuan in 2021, with export growth outpacing "
     "import growth by 10.5 percentage points.", "supported"),
    ("China's IP royalty export growth lagged import growth by 10.5 percentage points in 2021.", "contradicted"),
])
def test_a_gap_s_subject_named_in_its_clause_and_lagging(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("China has more than seventy-three thousand IP service institutions, 97.3% more than at the start of the 13th "
     "Five-Year Plan.", "supported"),
    ("China's IP service institutions employ more than 865,000 people, 125% more than at the start of the 13th "
     "Five-Year Plan.", "contradicted"),                                             # the employees grew 95.7%
    ("Shenzhen entities took in 4,351 patent licenses in 2024.", "supported"),
    ("Shenzhen prosecutors charged 452 people in 304 IP crime cases in 2013.", "supported"),
])
def test_rates_against_a_plan_s_start_and_more_ways_of_naming(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "N for each of the M …": an average over the count
    ("Shenzhen's 50.421 billion yuan of IP pledge registrations in 2024 worked out at roughly 35 million yuan for "
     "each of the 1,427 enterprises that benefited.", "supported"),
    ("Shenzhen's 50.421 billion yuan of IP pledge registrations in 2024 worked out at roughly 45 million yuan for "
     "each of the 1,427 enterprises that benefited.", "contradicted"),
    # "a 51 billion yuan increase": a difference, never the level
    ("In 2021 the output value of industries related to geographical indications reached 562.5 billion yuan, "
     "a 51 billion yuan increase.", "supported"),
    ("In 2021 the output value of industries related to geographical indications reached 562.5 billion yuan, "
     "a 61 billion yuan increase.", "contradicted"),
])
def test_averages_and_increases_named_after_the_figure(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_share_is_of_its_own_metric_figure(judge):
    v = judge.verify("The 1.17 million new jobs created in 2021 in industries linked to the 160 promoted geographical "
                     "indications equalled roughly 8% of the 14.73 million people they employed.")
    assert not any(c.kind == "share" and "160" in c.detail for c in v.checks), v.reason


@pytest.mark.parametrize("claim, expected", [
    # "还差N件": a shortfall (how far apart), never a level; its size either way
    ("2016年深圳每万人有效发明专利拥有量为80.1件,距离2020年超过92件的目标还差11.9件。", "supported"),
    ("2016年深圳每万人有效发明专利拥有量为80.1件,距离2020年超过92件的目标还差15件。", "contradicted"),
])
def test_a_shortfall_in_chinese(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
