"""Stated arithmetic: a rate no source states is supported when the claim's own figures give it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("claim,expected", [
    # 16,300 / 10,049 - 1 = 62.2%: both ends sourced, the change stated by no source
    ("Shenzhen's PCT international patent applications rose from 10,049 in 2013 to 16,300 in 2024, "
     "an increase of about 62%.", "supported"),
    ("Shenzhen's PCT international patent applications rose from 10,049 in 2013 to 16,300 in 2024, "
     "an increase of about 72%.", "contradicted"),
    ("全国高校专利授权率由2012年的65.1%提高到2021年的83.9%,提高了18.8个百分点。", "supported"),
    # a change between figures the sources do not give stays unverifiable, however it is worked out
    ("Shenzhen's PCT international patent applications rose from 10,049 in 2013 to 20,000 in 2023, "
     "an increase of 99%.", "unverifiable"),
])
def test_a_change_between_two_sourced_figures(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_derived_rate_says_no_source_states_it(judge):
    v = judge.verify("Shenzhen's PCT international patent applications rose from 10,049 in 2013 to 16,300 in "
                     "2024, an increase of about 62%.")
    [rate] = [f for f in v.figures if f.unit == "percent"]
    assert rate.verdict == "supported" and rate.fact is None and "no source states it" in rate.reason
    assert rate.expected == pytest.approx(62.2, abs=0.1)


def test_a_share_of_two_stated_figures_is_recomputed(judge):
    ok = judge.verify("The Shenzhen Intermediate People's Court accepted 2,936 IP cases in 2013, roughly 30% of "
                      "the 9,694 IP cases accepted by Shenzhen courts.")
    [c] = [c for c in ok.checks if c.kind == "share"]
    assert c.ok and c.computed == pytest.approx(30.29, abs=0.01)
    bad = judge.verify("The Shenzhen Intermediate People's Court accepted 2,936 IP cases in 2013, roughly 40% of "
                       "the 9,694 IP cases accepted by Shenzhen courts.")
    assert bad.verdict == "contradicted" and "30.29" in bad.reason


@pytest.mark.parametrize("claim,expected", [
    # 16,300 / 10,049 = 1.62: "twice" is wrong, "1.6 times" right
    ("Shenzhen's PCT applications reached 16,300 in 2024, twice the 2013 level.", "contradicted"),
    ("Shenzhen's PCT applications reached 16,300 in 2024, 1.6 times that of 2013.", "supported"),
    ("深圳2024年PCT国际专利申请1.63万件,是2013年的两倍。", "contradicted"),
])
def test_a_multiple_of_another_years_figure(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert any(c.kind == "multiple" for c in v.checks)


@pytest.mark.parametrize("claim,expected", [
    ("In 2024 Shenzhen recorded 26,967 patent transfers, 1,355 more than its 25,612 patent acquisitions.",
     "supported"),
    ("In 2024 courts in Shenzhen concluded 20,009 IP cases, 954 more than the 19,055 new IP cases they handled.",
     "supported"),
    ("In 2024 courts in Shenzhen concluded 20,009 IP cases, 1,954 more than the 19,055 new IP cases they handled.",
     "contradicted"),
    # "a gap of", "a difference of": the difference of the two figures before it
    ("Recommended for priority examination: 17,225 patents; pre-examination cases accepted: 16,261 — a gap of 964",
     "supported"),
    ("Recommended for priority examination: 17,225 patents; pre-examination cases accepted: 16,261 — a gap of 864",
     "contradicted"),
    ("Shenzhen had 110 high-value invention patents per 10,000 people against a national 14, a difference of 86.",
     "contradicted"),
])
def test_a_stated_difference(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    [c] = [c for c in v.checks if c.kind == "difference"]
    assert c.ok is (expected == "supported")


@pytest.mark.parametrize("claim,expected", [
    ("Shenzhen had 50 IP dispute mediation organizations in 2024: 13 people's mediation organizations and "
     "37 commercial ones.", "supported"),
    ("Shenzhen had 60 IP dispute mediation organizations in 2024: 13 people's mediation organizations and "
     "37 commercial ones.", "contradicted"),
])
def test_a_total_its_breakdown_follows(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert [c.kind for c in v.checks] == ["sum"]


@pytest.mark.parametrize("claim,expected", [
    # 21.906 billion yuan over 99 products is 221 million each
    ("Shenzhen issued 99 IP securitization products in 2024, worth roughly 221 million yuan each on average.",
     "supported"),
    ("Shenzhen issued 99 IP securitization products in 2024, worth roughly 300 million yuan each on average.",
     "contradicted"),
])
def test_an_average_is_the_sourced_total_over_the_stated_count(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    if expected == "contradicted":
        assert "221,272,727" in v.reason          # recomputed figures are written out, not in e-notation


def test_a_part_of_a_figure_is_no_level_of_its_metric(judge):
    # 37 of the 69 are in one district: not a (wrong) count of Shenzhen's agencies
    v = judge.verify("At the end of 2013, 37 of Shenzhen's 69 patent agencies were in one district.")
    assert v.verdict == "unverifiable" and v.figures[0].role == "part"


@pytest.mark.parametrize("claim,expected", [
    ("At the end of 2013, 37 of Shenzhen's 69 patent agencies were in Futian District.", "supported"),
    ("At the end of 2013, 39 of Shenzhen's 69 patent agencies were in Futian District.", "contradicted"),
    ("At the end of 2013, 37 of Shenzhen's 69 patent agencies were in Futian District, more than half of the "
     "city's total.", "supported"),
    ("At the end of 2013, 37 of Shenzhen's 69 patent agencies were in Futian District, about a third of the "
     "city's total.", "contradicted"),
    ("2013年末深圳69家专利代理机构中,超过一半(37家)位于福田区。", "supported"),
    ("2013年末深圳69家专利代理机构中,不到三分之一(37家)位于福田区。", "contradicted"),
])
def test_a_part_named_by_its_place_is_that_places_figure_and_its_share_is_recomputed(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert any(f.entity == "futian-district" and f.role == "level" for f in v.figures)


@pytest.mark.parametrize("claim,expected", [
    ("Output of industries related to geographical indications reached 562.5 billion yuan in 2021, an increase "
     "of 51 billion yuan over the previous year.", "supported"),
    ("2021年全国地理标志相关产业总产值5625亿元,比上年增加510亿元。", "supported"),
    ("Output of industries related to geographical indications reached 562.5 billion yuan in 2021, 15 billion "
     "yuan more than the previous year.", "contradicted"),
    # "rose 10.29% to 80,657": the figure after "to" is a level, not a change
    ("Shenzhen's domestic patent applications rose 10.29% to 80,657 in 2013.", "supported"),
])
def test_an_absolute_change_over_the_previous_year(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    ("2024年深圳共建立知识产权纠纷人民调解组织和商事调解组织合计50家。", "supported"),
    ("2024年深圳共建立知识产权纠纷人民调解组织和商事调解组织合计60家。", "contradicted"),
    ("Shenzhen's strategic emerging industry clusters and future industry clusters disclosed a combined 156,681 "
     "invention patents in 2024.", "supported"),
    ("Shenzhen's strategic emerging industry clusters and future industry clusters disclosed a combined 165,681 "
     "invention patents in 2024.", "contradicted"),
    # "a total of" before the first of two figures sums nothing
    ("The city established a total of 13 people's mediation organizations and 37 commercial mediation "
     "organizations for IP disputes in 2024.", "supported"),
])
def test_one_figure_stated_as_the_sum_of_two_named_metrics(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # 16,300 (2024) against 10,049 (2013): 62.2%, stated by no source but given by two that are
    ("Shenzhen's PCT applications grew by more than 60% between 2013 and 2024.", "supported"),
    ("Shenzhen's PCT applications grew by more than 70% between 2013 and 2024.", "contradicted"),
])
def test_a_change_over_a_span_from_the_sourced_figures_at_its_ends(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    ("Output of China's geographical-indication-related industries reached 562.5 billion yuan in 2021, up about "
     "10% from the previous year.", "supported"),
    ("2021年全国地理标志相关产业总产值5625亿元,同比增长约10%。", "supported"),
    ("2021年全国地理标志相关产业总产值5625亿元,同比增长15%。", "contradicted"),
])
def test_growth_from_a_sourced_rise_over_the_year_before(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert [c.kind for c in v.checks] == ["growth"] and "sourced rise" in v.checks[0].detail


@pytest.mark.parametrize("claim,expected", [
    ("In 2013 Shenzhen's domestic patent applications (80,657) were fewer than its trademark applications "
     "(86,950).", "supported"),
    ("In 2013 Shenzhen's domestic patent applications (80,657) were more than its trademark applications "
     "(86,950).", "contradicted"),
    ("2013年深圳国内专利申请量80,657件,少于商标申请量86,950件。", "supported"),
    ("2013年深圳国内专利申请量80,657件,高于商标申请量86,950件。", "contradicted"),
    # "above" and "below" rank the two as "more than" and "fewer than" do
    ("Shenzhen's 2020 target of more than 92 valid invention patents per 10,000 people was set below the "
     "80.1 it had already reached in 2016.", "contradicted"),
    ("Shenzhen's 2020 target of more than 92 valid invention patents per 10,000 people was set above the "
     "80.1 it had already reached in 2016.", "supported"),
])
def test_an_order_stated_between_two_figures_is_checked(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    [order] = [c for c in v.checks if c.kind == "order"]
    assert order.ok is (expected == "supported")


@pytest.mark.parametrize("claim", [
    "In 2024 Shenzhen recorded 26,967 patent transfers, 1,355 more than its 25,612 patent acquisitions.",
    "2013年末深圳69家专利代理机构中,超过一半(37家)位于福田区。",
    "Shenzhen filed 80,657 patent applications in 2013, more than any other city, and 86,950 trademark applications.",
])
def test_a_comparative_about_something_else_states_no_order(judge, claim):
    assert not [c for c in judge.verify(claim).checks if c.kind == "order"]


@pytest.mark.parametrize("claim,expected", [
    ("Patent applications by Chinese universities fell from 106,000 in 2012 to 367,000 in 2021, an increase "
     "of 246.2%.", "contradicted"),
    ("Patent applications by Chinese universities rose from 106,000 in 2012 to 367,000 in 2021, an increase "
     "of 246.2%.", "supported"),
    ("全国高校专利授权率由2012年的65.1%降低到2021年的83.9%,提高了18.8个百分点。", "contradicted"),
    ("全国高校专利授权率由2012年的65.1%提高到2021年的83.9%,提高了18.8个百分点。", "supported"),
])
def test_every_direction_a_change_states_must_hold(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert (expected == "contradicted") == any(c.kind == "direction" and c.ok is False for c in v.checks)


@pytest.mark.parametrize("claim,expected", [
    ("In 2024 Shenzhen recorded 26,967 patent transfers, 1,355 fewer than its 25,612 patent acquisitions.",
     "contradicted"),
    ("In 2024 Shenzhen recorded 25,612 patent acquisitions, 1,355 fewer than its 26,967 patent transfers.",
     "supported"),
    ("GI-related industries in China generated output of 562.5bn yuan in 2021, 51bn fewer than a year earlier.",
     "contradicted"),
    ("GI-related industries in China generated output of 562.5bn yuan in 2021, 51bn more than a year earlier.",
     "supported"),
])
def test_a_difference_has_a_direction(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    ("Among Shenzhen's district-level courts, the Futian District People's Court accepted the most IP cases in "
     "2013, while the Yantian court accepted just 14.", "supported"),
    ("Among Shenzhen's district-level courts, the Luohu District People's Court accepted the most IP cases in "
     "2013, while the Yantian court accepted just 14.", "contradicted"),
    # among all the city's courts the intermediate court accepted the most
    ("Among Shenzhen's courts, Futian District People's Court accepted the most IP cases in 2013.", "contradicted"),
])
def test_a_rank_among_the_parts_of_a_sourced_total(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    [rank] = [r for r in v.figures if r.role == "rank"]
    assert "no source states the rank as such" in rank.reason



@pytest.mark.parametrize("claim, expected", [
    # differences: stated both sides, named both sides, or in Chinese with 高出
    ("In 2013 Shenzhen's 86,950 trademark applications outnumbered its 39,527 approved trademark registrations "
     "by 47,423.", "supported"),
    ("In 2013 Shenzhen's 86,950 trademark applications outnumbered its 39,527 approved trademark registrations "
     "by 57,423.", "contradicted"),
    ("Patent transfers in Shenzhen outnumbered patent acquisitions by 1,355 in 2024.", "supported"),
    ("Patent transfers in Shenzhen outnumbered patent acquisitions by 2,355 in 2024.", "contradicted"),
    ("2024年深圳每万人口高价值发明专利拥有量为110件，比全国平均水平（14件）高出96件。", "supported"),
    ("2024年深圳每万人口高价值发明专利拥有量为110件，比全国平均水平（14件）高出86件。", "contradicted"),
    # averages: over a stated or a sourced total, the count before or after
    ("Shenzhen's IP pledge registrations of 50.421 billion yuan in 2024 averaged about 35.3 million yuan for each "
     "of the 1,427 enterprises that benefited.", "supported"),
    ("2024年深圳共发行知识产权证券化产品99单,发行总额219.06亿元,平均每单约2.2亿元。", "supported"),
    ("2024年深圳共发行知识产权证券化产品99单,发行总额219.06亿元,平均每单约3.2亿元。", "contradicted"),
    ("Shenzhen's 15 IP cases with punitive damages in 2024 carried an average compensation of nearly 12 million "
     "yuan per case.", "supported"),
    ("2013年深圳南山区31家企业共获得0.94亿元贷款,平均每家约300万元。", "supported"),
    # a rise in units ('gaining 51 billion yuan')
    ("The output value of China's geographical-indication-related industries rose about 10% in 2021, gaining 51 "
     "billion yuan to reach 562.5 billion yuan.", "supported"),
    # a rate in a clause about what a gap is compared with
    ("In 2013 Shenzhen's approved trademark registrations grew 6.64%, about 21.4 percentage points slower than its "
     "trademark applications, which grew 28.08%.", "supported"),
    ("In 2013 Shenzhen's PCT international applications grew 25.24%, nearly 15 percentage points faster than its "
     "domestic patent applications, which grew 10.29%.", "supported"),
    # a sum of two metrics the claim names ('together disclosed')
    ("Shenzhen's strategic emerging and future industry clusters together disclosed 156,681 invention patents in "
     "2024.", "supported"),
    ("Shenzhen's strategic emerging and future industry clusters together disclosed 165,681 invention patents in "
     "2024.", "contradicted"),
    # parts of a whole opened by 其中, a share of a named total, a flow since a year to a date
    ("2013年深圳市各级法院共受理知识产权案件9694件，其中深圳市中级人民法院受理2936件，福田区人民法院受理1664件。", "supported"),
    ("2013年深圳市各级法院共受理知识产权案件9694件，其中深圳市中级人民法院受理2936件，福田区人民法院受理1764件。",
     "contradicted"),
    ("截至2024年，深圳战略性新兴产业和未来产业有效发明专利达27.11万件，占全市有效发明专利总量的75.58%。", "supported"),
    ("自2012年开展知识产权质押融资工作以来，截至2013年深圳市南山区共有155家高新技术企业备案申请贷款7.8亿元。", "supported"),
])
def test_arithmetic_reporters_work_out(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_gap_stated_the_wrong_way_round_is_contradicted(judge):
    v = judge.verify("In 2013 Shenzhen's PCT international applications grew 25.24%, nearly 15 percentage points slower "
                     "than its domestic patent applications, which grew 10.29%.")
    assert v.verdict == "contradicted", v.reason


def test_a_multiple_of_the_city_s_own_average_is_not_the_nation_s(judge):
    v = judge.verify("2016年深圳每万人有效发明专利拥有量达80.1件，是深圳平均水平的10倍，居全国大中城市首位。")
    assert v.verdict == "unverifiable", v.reason
    assert judge.verify("2016年深圳每万人有效发明专利拥有量达80.1件，是全国平均水平的10倍，居全国大中城市首位。").verdict == "supported"


@pytest.mark.parametrize("claim,expected", [
    # a dash or a bracket after a figure sets off its breakdown: 13 + 37 = 50
    ("Shenzhen's 50 IP dispute mediation bodies — 13 people's mediation organizations and 37 commercial ones — "
     "mediated 5,904 cases in 2024.", "supported"),
    ("Shenzhen's 50 IP dispute mediation bodies—13 people's mediation organizations and 37 commercial ones—"
     "mediated 5,904 cases in 2024.", "supported"),
    ("Shenzhen's 51 IP dispute mediation bodies (13 people's mediation organizations and 37 commercial ones) "
     "mediated 5,904 cases in 2024.", "contradicted"),
])
def test_a_breakdown_set_off_by_dashes_or_brackets(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    [total] = [c for c in v.checks if c.kind == "sum"]
    assert total.detail == "13 + 37"


def test_figures_of_other_units_after_a_figure_are_no_breakdown(judge):
    # (a figure followed only by figures of another unit once broke the search for a breakdown)
    v = judge.verify("2024年深圳海关查扣涉嫌侵权货物6,264批、约2,883.5万件,案值1.01亿元。")
    assert not [c for c in v.checks if c.kind == "sum"]


@pytest.mark.parametrize("claim,expected,detail", [
    # a difference with the sides the claim leaves unstated recomputed from their sourced figures
    ("In 2013 the Futian District People's Court accepted 692 more IP cases than the Luohu District People's "
     "Court.", "supported", "1,664 (wp13en-court-futian-accepted) - 972 (wp13en-court-luohu-accepted)"),
    ("In 2013 the Futian District People's Court accepted 792 more IP cases than the Luohu District People's "
     "Court.", "contradicted", "1,664 (wp13en-court-futian-accepted) - 972 (wp13en-court-luohu-accepted)"),
    ("In 2024 Shenzhen's intermediate and grassroots courts concluded 954 more IP cases than they newly accepted.",
     "supported", "20,009 (sz24-court-ip-cases-concluded) - 19,055 (sz24-court-ip-cases-accepted)"),
    ("Bao'an District People's Court accepted 1,501 IP cases in 2013, 173 fewer than Futian District People's "
     "Court.", "contradicted", "1,501 (wp13en-court-baoan-accepted) - 1,664 (wp13en-court-futian-accepted)"),
    ("2013年深圳市各级法院知识产权案件结案数比受理数少1,520宗。", "supported",
     "8,174 (wp13en-courts-concluded) - 9,694 (wp13en-courts-accepted)"),
    ("Shenzhen's courts concluded 1,954 more IP cases in 2024 than the 19,055 new IP cases they received.",
     "contradicted", "20,009 (sz24-court-ip-cases-concluded) - 19,055 (sz24-court-ip-cases-accepted)"),
])
def test_a_difference_against_unstated_sides(judge, claim, expected, detail):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    [diff] = [c for c in v.checks if c.kind == "difference"]
    assert diff.detail == detail and diff.ok is (expected == "supported")


@pytest.mark.parametrize("claim,expected,detail", [
    # a multiple with neither side stated: both recomputed from the sourced figures they name
    ("In 2013 the Shenzhen Intermediate People's Court accepted about three times as many IP cases as the Luohu "
     "District People's Court.", "supported", "2,936 (wp13en-court-intermediate-accepted) / 972 (wp13en-court-luohu-accepted)"),
    ("Shenzhen's trademark applications in 2013 were more than double its approved trademark registrations.",
     "supported", "86,950 (wp13en-trademark-applications) / 39,527 (wp13en-trademark-registrations)"),
    ("In 2013 Shenzhen's market supervision (IP) administration handled more than six times as many trademark "
     "cases as patent cases.", "contradicted", "1,120 (wp13en-msa-trademark-cases) / 212 (wp13en-msa-patent-cases)"),
    ("2024年深圳专利授权量是2013年国内专利授权量的四倍多。", "supported", "241,900 (sz24-patent-grants) / 49,756 (wp13en-patent-grants)"),
    ("2024年深圳专利授权量是2013年国内专利授权量的五倍多。", "contradicted", "241,900 (sz24-patent-grants) / 49,756 (wp13en-patent-grants)"),
])
def test_a_multiple_of_unstated_sides(judge, claim, expected, detail):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    [multiple] = [c for c in v.checks if c.kind == "multiple"]
    assert multiple.detail == detail and multiple.ok is (expected == "supported")


def test_a_total_whose_parts_are_named_by_its_own_words():
    # "a total of 110 national model and pilot universities …, 30 model and 80 pilot": 30 + 80
    from ipcheck.checks import parts_of
    from ipcheck.model import Figure
    text = "identified a total of 110 national model and pilot universities, 30 model and 80 pilot."
    figs = [Figure(text=t, value=float(t), unit="count", qualifier="exact", half_ulp=0.0, start=text.index(t),
                   end=text.index(t) + len(t)) for t in ("110", "30", "80")]
    assert [p.text for p in parts_of(figs[0], figs, text)] == ["30", "80"]
    text2 = "a total of 13 organisations and 37 commercial ones, mediating 5904 cases"
    figs2 = [Figure(text=t, value=float(t), unit="count", qualifier="exact", half_ulp=0.0, start=text2.index(t),
                    end=text2.index(t) + len(t)) for t in ("13", "37", "5904")]
    assert parts_of(figs2[0], figs2, text2) == []


@pytest.mark.parametrize("claim,expected,detail", [
    # a share with neither side stated: the part and the whole the words name, from the sources
    ("Invention patent applications made up about 40% of Shenzhen's domestic patent applications in 2013.",
     "supported", "32,208 (wp13en-invention-applications) / 80,657 (wp13en-patent-applications)"),
    ("Invention patents accounted for 22.08% of Shenzhen's domestic patent applications in 2013.",
     "contradicted", "32,208 (wp13en-invention-applications) / 80,657 (wp13en-patent-applications)"),
    ("In 2013 the Futian District People's Court accepted about 17% of the IP cases accepted by all Shenzhen "
     "courts.", "supported", "1,664 (wp13en-court-futian-accepted) / 9,694 (wp13en-courts-accepted)"),
    ("2013年福田区人民法院受理的知识产权案件占全市法院受理总数的一半以上。", "contradicted",
     "1,664 (wp13en-court-futian-accepted) / 9,694 (wp13en-courts-accepted)"),
])
def test_a_share_of_unstated_sides(judge, claim, expected, detail):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    [share] = [c for c in v.checks if c.kind == "share"]
    assert share.detail == detail and share.ok is (expected == "supported")


@pytest.mark.parametrize("claim,expected", [
    # a gap in percentage points with neither rate stated: the sourced rates it is between
    ("In 2013 the growth rate of Shenzhen's PCT applications was 14.95 percentage points higher than that of its "
     "domestic patent applications.", "supported"),           # 25.24% - 10.29%
    ("In 2013 the growth rate of Shenzhen's PCT applications was 4.95 percentage points higher than that of its "
     "domestic patent applications.", "contradicted"),
    ("2013年深圳商标申请量增速比核准注册商标量增速高12.44个百分点。", "contradicted"),   # 28.08% - 6.64%
    ("The grant rate for Chinese university patents rose 18.8 percentage points between 2012 and 2021.",
     "supported"),                                             # 83.9% - 65.1%
    ("China's university patent grant rate fell 18.8 percentage points from 2012 to 2021.", "contradicted"),
    ("2012年至2021年,我国高校专利授权率提高了20多个百分点。", "contradicted"),
])
def test_a_gap_between_unstated_rates(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    [gap] = [c for c in v.checks if c.kind == "pp_gap"]
    assert gap.ok is (expected == "supported")


@pytest.mark.parametrize("claim,expected", [
    # shares in tenths, of a stated whole or of one the words name
    ("2013年深圳发明专利授权10,987件,约占国内专利授权总量49,756件的三成。", "contradicted"),     # 22.08%
    ("2013年深圳发明专利授权10,987件,约占国内专利授权总量49,756件的两成。", "supported"),
    ("2013年深圳市中级人民法院受理知识产权案件2,936宗,占全市法院受理总量的四成以上。", "contradicted"),  # 30.29%
    ("2013年深圳市中级人民法院受理知识产权案件2,936宗,约占全市法院受理总量的三成。", "supported"),
    # a whole the words narrow with a modifier no metric's name has is no sourced whole
    ("2013年深圳发明专利授权量10,987件,同比下降15.9%,占国外专利授权总量的22.08%。", "unverifiable"),
    ("2024年深圳专利授权24.19万件,其中发明专利约占四成。", "unverifiable"),
])
def test_shares_in_tenths(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # a share right after a part listed with 其中 / "of which" is the part's of the figure before
    ("2021年全国专利转让许可42万次,其中高校和科研院所2.7万次,约占6%。", "supported"),
    ("2021年全国专利转让许可42万次,其中高校和科研院所2.7万次,约占16%。", "contradicted"),
    # arithmetic on an approximate figure is as loose as the figure ("约3,250亿元 … 两倍" of 1,626.5亿元)
    ("2022年全年全国专利商标质押融资额约3,250亿元,是上半年1,626.5亿元的两倍。", "unverifiable"),
])
def test_listed_parts_and_approximate_inputs(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # a bound before a multiple's base is the multiple's: "接近…9,694宗的两倍" (19,055 / 9,694 = 1.97)
    ("2024年深圳法院新收知识产权案件19,055件,接近2013年全市法院受理量9,694宗的两倍。", "supported"),
    ("2024年深圳法院新收知识产权案件19,055件,是2013年全市法院受理量9,694宗的两倍。", "contradicted"),
    ("2024年深圳中基层法院新收知识产权案件数接近2013年全市法院受理数的两倍。", "supported"),
    ("2024年深圳中基层法院新收知识产权案件数是2013年全市法院受理数的三倍。", "contradicted"),
])
def test_a_bound_before_a_multiples_base(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # a share of another period's total, with the bound before the whole: 1,626.5 / 3,098 = 52.5%
    ("2022年上半年全国专利商标质押融资额超过2021年全年的一半。", "supported"),
    ("2022年上半年全国专利商标质押融资额不到2021年全年的一半。", "contradicted"),
])
def test_a_share_of_another_periods_whole(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen has more than five times as many registered trademark agencies (3,334) as patent agencies (598).",
     "supported"),
    ("Shenzhen has more than six times as many registered trademark agencies (3,334) as patent agencies (598).",
     "contradicted"),
    ("Shenzhen's strategic emerging industry clusters disclosed nearly four times as many invention patents "
     "(124,569) as its future industry clusters (32,112).", "supported"),
])
def test_a_multiple_of_two_bracketed_sides(judge, claim, expected):
    # each bracketed figure is of the words before it, and the claim's one time is both figures' time
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Together, Shenzhen's strategic emerging and future industry clusters disclosed 156,681 invention patents.",
     "supported"),        # a sum opened by 'Together,', with no time: the one time both parts are sourced at
    ("Together, Shenzhen's strategic emerging and future industry clusters disclosed 165,681 invention patents.",
     "contradicted"),
    ("2024年深圳战略性新兴产业集群和未来产业集群公开的发明专利合计约15.7万件。", "supported"),   # 合计约
    ("2024年深圳战略性新兴产业集群和未来产业集群公开的发明专利合计约17.5万件。", "contradicted"),
])
def test_sums_of_two_metrics(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("In 2024 Shenzhen's procuratorial organs handled exactly half as many cases (259 IP infringement crimes) as "
     "the 518 cases handled by its public security organs.", "supported"),
    ("In 2024 Shenzhen's procuratorial organs handled a third as many cases (259 IP infringement crimes) as "
     "the 518 cases handled by its public security organs.", "contradicted"),       # a fraction as many, in words
    ("深圳共建立13家知识产权纠纷人民调解组织和37家商事调解组织,合计50家。", "supported"),   # the noun after each count
    ("深圳共建立37家知识产权纠纷人民调解组织和13家商事调解组织,合计50家。", "contradicted"),
])
def test_each_side_takes_the_body_or_noun_named_beside_it(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_n_times_the_level_is_a_ratio_never_an_increase(judge):
    # 8.89 billion is 10.84 times 820 million: "fewer than ten times the 2012 level" is false, though
    # the increase (9.84 times) is fewer than ten
    v = judge.verify("Universities' patent transfer amount rose from 820 million yuan in 2012 to 8.89 billion yuan "
                     "in 2021, fewer than ten times the 2012 level.")
    assert v.verdict == "contradicted", v.reason


@pytest.mark.parametrize("claim, expected", [
    ("2021年全国专利转让许可次数达42万次，同比增长15%；其中高校和科研院所专利转让许可2.7万次，增长33.4%，"
     "三成属于战略性新兴产业。", "supported"),     # 30% of the 2.7万, whose part is not stated: the sourced share
    ("2021年全国专利转让许可次数达42万次，同比增长15%；其中高校和科研院所专利转让许可2.7万次，增长33.4%，"
     "五成属于战略性新兴产业。", "contradicted"),
    ("2021年全国知识产权使用费进出口总额3783亿元，出口增速达27.1%，高出进口增速10.5个百分点。", "supported"),
    ("2021年全国知识产权使用费进出口总额3783亿元，出口增速达27.1%，低于进口增速10.5个百分点。", "contradicted"),
    ("2024年深圳知识产权质押登记金额504.21亿元，惠及1427家企业，平均每家企业约3533万元。", "supported"),
])
def test_shares_gaps_and_averages_in_chinese_copy(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("2013年深圳法院受理知识产权案件9,694宗、结案8,174宗，结案率超过九成。", "contradicted"),   # 84.3%
    ("2013年深圳法院受理知识产权案件9,694宗、结案8,174宗，结案率超过八成。", "supported"),
])
def test_a_bounded_rate_of_the_two_figures_before_it(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Between 2013 and 2024 Shenzhen's PCT applications rose by 6,251, from 10,049 to 16,300.", "supported"),
    ("Between 2013 and 2024 Shenzhen's PCT applications rose by 7,251, from 10,049 to 16,300.", "contradicted"),
    ("Shenzhen courts at all levels accepted 9,694 IP cases and closed 8,174 in 2013; of these, the Intermediate "
     "People's Court accepted 2,936 and closed 2,114.", "supported"),       # 'of these,' opens the parts
])
def test_a_rise_by_n_between_two_stated_levels_and_parts_opened_by_of_these(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen's patent applications grew by more than three-quarters between 2013, when there were 80,657, "
     "and 2016, when there were more than 145,000.", "supported"),
    ("Shenzhen's patent applications grew by half between 2013, when there were 80,657, and 2016, when there "
     "were more than 145,000.", "contradicted"),           # a rise by a fraction in words, each end framed by its year
])
def test_a_rise_by_a_fraction_between_two_framed_years(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_fractions_after_a_verb_of_change():
    from ipcheck.wordfigures import read_fractions

    assert [round(n.value, 2) for n in read_fractions("grew by more than nine-tenths between 2013 and 2016")] == [90.0]
    assert [n.value for n in read_fractions("won by half a point")] == []       # no verb of change before 'by'


@pytest.mark.parametrize("claim, expected", [
    ("The amount of Chinese university patent transfers rose more than tenfold, from 820 million yuan in 2012 to "
     "8.89 billion yuan in 2021.", "supported"),        # 10.84 times
    ("The amount of Chinese university patent transfers rose fewer than tenfold, from 820 million yuan in 2012 to "
     "8.89 billion yuan in 2021.", "contradicted"),     # '-fold' is to N times, never by N times
])
def test_n_fold_is_a_ratio(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected, computed", [
    # 367,000 / 106,000 = 3.46 times: a multiple over a span is checked once, to N times for '-fold'
    ("Patent applications by Chinese universities saw a fivefold increase between 2012 and 2021.", "contradicted", 3.462),
    ("Patent applications by Chinese universities saw a 3.5-fold increase between 2012 and 2021.", "supported", 3.462),
    ("Patent applications by Chinese universities saw a 2.5-fold increase between 2012 and 2021.", "contradicted", 3.462),
])
def test_a_multiple_over_a_span_is_checked_once(judge, claim, expected, computed):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    [check] = v.checks
    assert check.kind == "change_times" and round(check.computed, 3) == computed


@pytest.mark.parametrize("claim, expected, reading", [
    # against the sourced rise of 346.4% (69,000 to 308,000: 4.46 times)
    ("University patent grants increased about 4.5-fold from 2012 to 2021.", "supported", "to 4.5 times"),
    ("University patent grants increased 3.5-fold from 2012 to 2021.", "contradicted", None),   # never by
    ("University patent grants increased 4.5 times from 2012 to 2021.", "supported", "to 4.5 times"),
    ("University patent grants increased 3.5 times from 2012 to 2021.", "supported", "by 3.5 times"),
    ("University patent grants increased 5.5 times from 2012 to 2021.", "contradicted", None),
    ("高校专利授权量2012年至2021年增长了3.5倍。", "supported", "by 3.5 times"),
    ("高校专利授权量2012年至2021年增长了4.5倍。", "contradicted", None),      # 增长了N倍: by N times only
    ("高校专利授权量由2012年的6.9万件增至2021年的30.8万件，增长了4.5倍。", "contradicted", None),
])
def test_a_rise_in_times_against_a_rise_in_percent(judge, claim, expected, reading):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert all(c.ok is (expected == "supported") for c in v.checks), v.checks
    if reading:
        assert f"read as {reading}" in v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Valid invention patents per 10k people (Shenzhen, 2016): 80.1, 10x national average", "supported"),
    ("Valid invention patents per 10k people (Shenzhen, 2016): 80.1, 10x Guangdong average", "unverifiable"),
    ("2016年深圳每万人有效发明专利拥有量80.1件,约为全国平均水平的10倍。", "supported"),
    ("2016年深圳每万人有效发明专利拥有量80.1件,约为深圳平均水平的10倍。", "unverifiable"),   # 为 names the whole too
])
def test_multiples_written_10x_and_their_wholes(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen's annual trademark registrations rose by about 210,000 between 2013 and 2024.", "supported"),
    ("Shenzhen's annual trademark registrations rose by about 110,000 between 2013 and 2024.", "contradicted"),
    ("Shenzhen's patent grants grew nearly five times between 2013 and 2024.", "supported"),    # 4.86 times
    ("Shenzhen's patent grants grew nearly ten times between 2013 and 2024.", "contradicted"),
    ("Shenzhen's trademark registrations more than doubled from 2013 to 2024.", "supported"),
])
def test_changes_over_a_span_with_no_figure_at_either_end(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen granted about 38% more patent licenses (5,998) than it received (4,351) in 2024.", "supported"),
    ("Shenzhen granted about 58% more patent licenses (5,998) than it received (4,351) in 2024.", "contradicted"),
])
def test_a_rate_of_one_bracketed_figure_over_the_other(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the nation's securitization figures, issued on the two exchanges (not Shenzhen's 99 of 2024); both
    # sides of the average stated, so it needs no time of its own
    ("The Shanghai and Shenzhen bourses have issued 65 IP securitization products raising 15.8 billion yuan, "
     "or roughly 240 million yuan per product.", "supported"),
    ("The Shanghai and Shenzhen bourses have issued 65 IP securitization products raising 15.8 billion yuan, "
     "or roughly 340 million yuan per product.", "contradicted"),
    ("Shenzhen's IP pledge registrations of 50.421 billion yuan benefited 1,427 enterprises, an average of about "
     "45 million yuan each.", "contradicted"),
])
def test_an_average_of_two_stated_figures(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # commas set off a breakdown of the figure before them
    ("Shenzhen's 50 IP dispute mediation bodies in 2024, 13 people's mediation organisations and 37 commercial "
     "ones, mediated 5,904 cases over the year.", "supported"),
    ("Shenzhen's 60 IP dispute mediation bodies in 2024, 13 people's mediation organisations and 37 commercial "
     "ones, mediated 5,904 cases over the year.", "contradicted"),
])
def test_a_total_and_its_breakdown_set_off_by_commas(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert any(c.kind == "sum" for c in v.checks)


@pytest.mark.parametrize("claim, expected", [
    # "between 2013, when the city filed 10,049, and 2024, when it filed 16,300": each year's own figure
    ("Shenzhen's PCT international applications grew by more than 60 percent between 2013, when the city filed "
     "10,049, and 2024, when it filed 16,300.", "supported"),
    ("Shenzhen's PCT international applications grew by more than 70 percent between 2013, when the city filed "
     "10,049, and 2024, when it filed 16,300.", "contradicted"),
])
def test_a_change_between_years_each_framed_by_when(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a list item leaving its noun out takes the one before ("detained 1,262 people and arrested 778")
    ("Shenzhen public security organs detained 1,262 people and arrested 778 in their 2013 crackdown on "
     "counterfeiting.", "supported"),
    ("Shenzhen public security organs detained 1,262 people and arrested 787 in their 2013 crackdown on "
     "counterfeiting.", "contradicted"),
])
def test_an_item_that_leaves_its_noun_out(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_rate_of_another_metric_is_no_change_of_the_span_before_it(judge):
    v = judge.verify("Between 2012 and 2021 Chinese universities' patent applications more than tripled, from "
                     "106,000 to 367,000, while their patent grants rose 346.4% to 308,000 and the grant rate "
                     "climbed from 65.1% to 83.9%.")
    # (the grants' own sourced levels may check it: never the applications' span)
    assert not any(c.kind == "change" and c.stated == 346.4 and "367,000" in c.detail for c in v.checks)
    assert v.verdict != "contradicted", v.reason


@pytest.mark.parametrize("claim, expected", [
    # "19,000+": more than 19,000; an arrow between figures each with its year in brackets is a span, and
    # the noun after it says which way it went
    ("Shenzhen PCT filings: 19,000+ (2016) → 16,300 (2024), a decline", "supported"),
    ("Shenzhen PCT filings: 19,000+ (2016) → 16,300 (2024), a rise", "contradicted"),
    ("Shenzhen PCT filings: 10,049 (2013) → 16,300 (2024), a fall", "contradicted"),
    ("Shenzhen PCT filings: 10,049 (2013) → 16,300 (2024), an increase", "supported"),
    ("China IP service sector: 73,000+ institutions, 865,000+ staff, ¥225bn+ revenue", "supported"),
])
def test_arrows_and_pluses(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen granted 5,998 patent licences in 2024 and received 4,351. The gap between the two was more than 2,000.",
     "contradicted"),
    ("Shenzhen granted 5,998 patent licences in 2024 and received 4,351. The gap between the two was 1,647.", "supported"),
    # a gap is how far apart, whichever is named first
    ("Shenzhen received 4,351 patent licences in 2024 and granted 5,998, a gap of 1,647.", "supported"),
    ("Shenzhen received 4,351 patent licences in 2024 and granted 5,998, a gap of 2,647.", "contradicted"),
])
def test_a_gap_between_two_figures(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # an average over a count the claim gives in words, or not at all: nothing to divide by, never the total itself
    ("Spread over the seven Shenzhen courts listed in the 2013 white paper, the 9,694 IP cases accepted that year "
     "average out to about 1,385 per court.", "unverifiable"),
    ("Shared among the city's 11 courts, the 19,055 new IP cases Shenzhen received in 2024 come to roughly 1,700 per court.",
     "unverifiable"),
    ("Shenzhen's IP judges each handled about 100 new cases in 2013.", "unverifiable"),
    ("Shenzhen's 50 IP mediation bodies, 13 people's and 37 commercial, handled about 118 disputes each on average "
     "in 2024.", "unverifiable"),
    # a total over a count, both sourced
    ("A total of 99 IP securitization products were issued in Shenzhen in 2024, worth roughly 221 million yuan each "
     "on average.", "supported"),
    ("Shenzhen granted 5,998 patent licences in 2024.", "supported"),
])
def test_averages_per_unit_and_each(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert "recomputed 1 " not in v.reason


@pytest.mark.parametrize("claim, expected", [
    # "增长一倍以上": more than doubled, against the growth the sources give over the plan's start (125%)
    ("我国知识产权服务机构超过7.3万家，年营业收入超过2250亿元，较“十三五”初期增长一倍以上。", "supported"),
    ("我国知识产权服务机构年营业收入超过2250亿元，较“十三五”初期增长了两倍以上。", "contradicted"),
    ("我国知识产权服务机构超过7.3万家，年营业收入超过2250亿元，较“十三五”初期下降一倍以上。", "unverifiable"),
    # a figure is never divided by its own sourced value
    ("2022年上半年，1000万元以下的普惠性质押融资项目达7345个，数量同比下降一倍以上。", "unverifiable"),
    # a fall to ten times is no fall
    ("高校专利转让金额从2012年的8.2亿元增至2021年的88.9亿元，下降到原来的十倍以上。", "contradicted"),
    ("高校专利转让金额从2012年的8.2亿元增至2021年的88.9亿元，增长到原来的十倍以上。", "supported"),
    # money taken as a count's companion only when the clause's words allow it
    ("Spread across the 1,427 firms that benefited, Shenzhen's 2024 IP pledge applications work out to roughly "
     "35 million yuan per company.", "unverifiable"),
    ("Spread across the 1,427 firms that benefited, Shenzhen's 2024 IP pledge registrations work out to roughly "
     "35 million yuan per company.", "supported"),
    ("Bao'an District court's 1,501 new IP cases in 2013 were second only to Luohu's among Shenzhen's district courts.",
     "unverifiable"),
])
def test_multiples_in_chinese_and_other_second_looks(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "N things for every one of another": a ratio of the two sourced figures (5,998 / 4,351)
    ("In 2024 Shenzhen granted roughly 1.4 patent licences for every licence it received.", "supported"),
    ("In 2024 Shenzhen granted roughly 2.4 patent licences for every licence it received.", "contradicted"),
    ("Shenzhen had 80.1 valid invention patents for every 10,000 people in 2016.", "supported"),    # a rate, no ratio
    # the figure after "as many … as the" is the side compared with
    ("Shenzhen registered more than six times as many trademarks in 2024 as the 39,527 it had approved in 2013.",
     "supported"),
    ("Shenzhen registered more than seven times as many trademarks in 2024 as the 39,527 it had approved in 2013.",
     "contradicted"),
])
def test_ratios_for_every_and_multiples_of_a_stated_side(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a ratio with its count in words, rounded to the unit (3,334 / 598 = 5.6)
    ("Shenzhen had roughly six trademark agencies for every patent agency in 2024.", "supported"),
    ("Shenzhen had roughly three trademark agencies for every patent agency in 2024.", "contradicted"),
    ("Shenzhen had more than five trademark agencies for every patent agency in 2024.", "supported"),
    ("Shenzhen received more than three trademark applications for every trademark it approved for registration "
     "in 2013.", "contradicted"),                                                     # 86,950 / 39,527 = 2.2
])
def test_a_ratio_in_words(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_part_larger_than_its_whole_is_no_share(judge):
    # the whole read as a year's grants (49,756), the part as all grants to date (259,422): no share of 50% or more holds
    v = judge.verify("By the end of 2013, the cumulative number of patents granted in Shenzhen amounted to more than "
                     "half of all patent grants the city had ever filed.")
    assert v.verdict != "supported", v.reason


def test_the_whole_of_a_share_is_named_by_its_own_words(judge):
    # 结案 (closed, 2,114) of the city's 受理 (accepted, 9,694) total: 21.8%, no 三成
    v = judge.verify("2013年深圳市中级人民法院结案的知识产权案件约占全市法院受理总数的三成。")
    assert v.verdict == "contradicted", v.reason
    v = judge.verify("2013年深圳市中级人民法院受理的知识产权案件约占全市法院受理总数的三成。")
    assert v.verdict == "supported", v.reason


@pytest.mark.parametrize("claim, expected", [
    # a rise over the year before, beside its level: the level less the year before's
    ("Shenzhen's domestic patent applications reached 80,657 in 2013, an increase of about 7,500 over 2012.",
     "supported"),        # the sourced growth of 10.29% gives 7,525
    ("Shenzhen's domestic patent applications reached 80,657 in 2013, an increase of about 9,500 over 2012.",
     "contradicted"),
    ("2013年深圳国内专利申请量80,657件,同比增长10.29%,比上年多出约9,500件。", "contradicted"),
    ("Shenzhen's software copyright registrations rose 20.69% to 14,934 in 2013, an increase of about 3,500 "
     "over 2012.", "contradicted"),       # 2,560
    ("2020年深圳每万人有效发明专利拥有量达到92件,比2016年的80.1件多出约12件。", "unverifiable"),  # 2020: a target
])
def test_a_rise_over_the_year_before(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the year before's figure, named so: dated the year before
    ("2024年深圳知识产权质押登记金额504.21亿元,比上年的403.4亿元增长约25%。", "unverifiable"),
    ("Shenzhen's domestic patent grants reached 49,756 in 2013, up from the previous year's 48,662.", "supported"),
    ("Shenzhen's domestic patent grants reached 49,756 in 2013, down from 2012's 48,662.", "contradicted"),
    # a rise runs forward in time: the year after the 'from' figure is its own
    ("National patent and trademark pledge financing rose 42% in 2021, from 218.2 billion yuan in 2020 to "
     "309.8 billion yuan.", "unverifiable"),
])
def test_the_year_before_named_with_its_figure(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a sum of two sourced lower bounds ('over USD 8 million' and 'over USD 35 million') is a lower bound
    ("Shenzhen's guidance on overseas IP disputes in 2024 saved firms litigation costs and market losses worth "
     "more than USD 43 million combined.", "supported"),
    ("Shenzhen's guidance on overseas IP disputes in 2024 saved firms litigation costs and market losses worth "
     "more than USD 53 million combined.", "unverifiable"),
    ("Shenzhen's guidance on overseas IP disputes in 2024 saved firms litigation costs and market losses worth "
     "USD 30 million combined.", "contradicted"),
    ("Shenzhen's guidance on overseas IP disputes in 2024 saved firms litigation costs and market losses worth "
     "USD 50 million combined.", "unverifiable"),
])
def test_a_sum_of_lower_bounds(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a list of different things after a comma is no breakdown of the first (no word says it is a total)
    ("By the end of 2013 Shenzhen had built up a cumulative 479,399 patent applications, 259,422 patent grants and "
     "62,293 valid domestic invention patents, the last ranking second among large and medium-sized cities.",
     "supported"),
    ("Shenzhen was granted 241,900 patents in 2024, filed 16,300 PCT applications and registered 249,500 "
     "trademarks, ranking first in China on all three counts.", "supported"),
    # a total word still makes one
    ("2024年深圳共建立13家人民调解组织和37家商事调解组织,合计50家知识产权纠纷调解组织,全年调解知识产权纠纷5,904件。",
     "supported"),
    ("2024年深圳共建立13家人民调解组织和37家商事调解组织,合计60家知识产权纠纷调解组织。", "contradicted"),
    ("Shenzhen police cracked 1,060 counterfeiting crime cases in 2013, detaining 1,262 people, arresting 778 and "
     "sending 933 for prosecution.", "supported"),
])
def test_a_list_is_no_total(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # 共 opening the clause of a list and its figure: the sum of the list's kinds
    ("2013年深圳市市场监督管理局共办理商标、专利、版权案件1418宗。", "supported"),
    ("2013年深圳市市场监督管理局共办理商标、专利、版权案件1518宗。", "contradicted"),
    ("2024年深圳共建立知识产权纠纷人民调解组织和商事调解组织50家，全年调解纠纷5904件。", "supported"),
    ("2024年深圳共建立知识产权纠纷人民调解组织和商事调解组织60家，全年调解纠纷5904件。", "contradicted"),
    # a single rank figure is no sum (and no crash)
    ("2013年深圳国内专利授权量居全国大中城市第一位。", "contradicted"),
])
def test_a_sum_opened_by_gong(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected and not v.failed, v.reason


def test_a_fall_by_a_hedged_multiple_is_a_fall(judge):
    # "下降超过九倍" after "由…增至…": the words say it fell; it rose
    v = judge.verify("全国高校专利转让金额由2012年的8.2亿元增至2021年的88.9亿元,下降超过九倍。")
    assert v.verdict == "contradicted", v.reason
    assert judge.verify("全国高校专利转让金额由2012年的8.2亿元增至2021年的88.9亿元,增长超过九倍。").verdict == "supported"


@pytest.mark.parametrize("claim, expected", [
    # "citywide" names the city the district before it is in
    ("Nanshan District's 54 firms received 174 million yuan in loan guarantees in 2013, and citywide pledge "
     "financing neared 1.2 billion yuan.", "supported"),
    ("Nanshan District's 54 firms received 174 million yuan in loan guarantees in 2013, and citywide pledge "
     "financing neared 2.2 billion yuan.", "contradicted"),
    ("2013年深圳市中级人民法院受理知识产权案件2,936宗,约占全市法院受理总量的三成。", "supported"),     # a whole: the courts'
    # an average span of time divides no counts
    ("Shenzhen courts accepted 9,694 IP cases in 2013 and closed 8,174, with an average trial time of 95 days.",
     "unverifiable"),
])
def test_citywide_and_spans_of_time(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the figure set up with 与…相比 counts what the later one counts; "多出N件" a difference against it
    ("与2013年的10,049件相比,2024年深圳PCT国际专利申请多出6,251件。", "supported"),      # 16,300 - 10,049
    ("与2013年的10,049件相比,2024年深圳PCT国际专利申请多出7,251件。", "contradicted"),
    ("与2013年相比,2024年深圳PCT国际专利申请多出6,251件。", "unverifiable"),           # (no level stated to subtract)
    ("By the late-August 2022 briefing, 17 provinces had issued open-licensing pilot plans and the pilot had "
     "facilitated 643 licensing projects.", "supported"),
])
def test_compared_with_an_earlier_year(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a change against an earlier year the claim names, beside the one level it states: the sourced levels
    ("2024年深圳PCT国际专利申请量1.63万件,比2013年增长逾八成。", "contradicted"),     # 62.2%
    ("2024年深圳PCT国际专利申请量1.63万件,比2013年增长逾六成。", "supported"),
    ("2024年深圳法院新收知识产权案件19,055件,比2013年的受理量翻了一番多。", "contradicted"),   # 1.97 times
    ("Shenzhen more than doubled its PCT applications between 2013 and 2024, reaching 16,300.", "contradicted"),
    ("Shenzhen's 16,300 PCT applications in 2024 were 7,251 more than the city filed in 2013.", "contradicted"),
    ("Shenzhen's 16,300 PCT applications in 2024 were 6,251 more than the city filed in 2013.", "supported"),
    ("2024年深圳专利授权量24.19万件,约为2013年国内专利授权量的4.9倍。", "supported"),
])
def test_a_change_against_an_earlier_year_named(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_multiple_said_to_be_a_fall_is_checked_as_one(judge):
    v = judge.verify("2012年至2021年，我国高校专利申请量下降了两倍多，达到36.7万件。")
    assert v.verdict == "contradicted", v.reason          # 106,000 to 367,000 is a rise
    assert judge.verify("2012年至2021年，我国高校专利申请量增长了两倍多，达到36.7万件。").verdict == "supported"


@pytest.mark.parametrize("claim, expected", [
    # the base of "N times the …" counts what the figure before it counts
    ("Shenzhen's PCT filings in 2016 topped 19,000, more than 1.8 times the 10,049 the city filed in 2013.",
     "supported"),
    ("Shenzhen's PCT filings in 2016 topped 19,000, more than 2.8 times the 10,049 the city filed in 2013.",
     "contradicted"),
])
def test_the_base_of_a_multiple(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "B …, A, N fewer (than they took in)": the nearer figure is the subject, A - B = -N
    ("Shenzhen courts accepted 9,694 IP cases in 2013 and closed 8,174, or 1,520 fewer than they took in.", "supported"),
    ("Shenzhen courts accepted 9,694 IP cases in 2013 and closed 8,174, 1,520 fewer.", "supported"),
    ("Shenzhen courts accepted 9,694 IP cases in 2013 and closed 8,174, 1,620 fewer.", "contradicted"),
    ("Shenzhen courts accepted 9,694 IP cases in 2013 and closed 8,174, 1,520 more.", "contradicted"),
    # A比B多N, with B named by its own words
    ("2024年深圳专利许可5,998次,比被许可的4,351次多出1,647次。", "supported"),
    ("2024年深圳专利许可5,998次,比被许可的4,351次多出1,747次。", "contradicted"),
])
def test_differences_with_their_sides_in_order(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # one rate stated, the other what the words after 'than' name, sourced
    ("Shenzhen's overseas trademark applications grew 57.80% in 2013, nearly 30 percentage points faster than its "
     "trademark applications as a whole.", "supported"),
    ("Shenzhen's overseas trademark applications grew 57.80% in 2013, nearly 30 percentage points slower than its "
     "trademark applications as a whole.", "contradicted"),
    ("In 2013 Shenzhen's overseas trademark applications grew about 40 percentage points faster than its trademark "
     "applications overall.", "contradicted"),
    # a rate's change between two years, its end level stated beside it
    ("The grant rate of Chinese university patents rose by 18.8 percentage points between 2012 and 2021, reaching 83.9%.",
     "supported"),
    ("The grant rate of Chinese university patents rose by 8.8 percentage points between 2012 and 2021, reaching 83.9%.",
     "contradicted"),
])
def test_percentage_point_gaps_against_sourced_rates(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # A比B多N with B only named: the stated side against the sourced one the words after 比 name
    ("2024年深圳两级法院审结知识产权案件20,009件,比新收案件多954件。", "supported"),
    ("2024年深圳两级法院审结知识产权案件20,009件,比新收案件少954件。", "contradicted"),
    ("2013年宝安区人民法院受理知识产权案件1,501件,比龙岗区人民法院多279件。", "supported"),
    ("2013年宝安区人民法院受理知识产权案件1,501件,比龙岗区人民法院多379件。", "contradicted"),
    # a stated part before 占, its whole only named after it: the sourced whole
    ("2013年深圳国内发明专利申请量32,208件,占当年国内专利申请量的近四成。", "supported"),
    ("2013年深圳国内发明专利申请量32,208件,占当年国内专利申请量的一半以上。", "contradicted"),
    # the words after 占 name the whole, not the part ("占全市有效发明专利的…")
    ("2024年深圳战略性新兴产业和未来产业有效发明专利27.11万件,占全市有效发明专利的75.58%。", "supported"),
    ("2024年深圳战略性新兴产业和未来产业有效发明专利27.11万件,占全市有效发明专利的57.58%。", "contradicted"),
    # a level after ';' with a time and 达 goes on with the metric before it
    ("2021年全国专利商标质押融资额达3,098亿元;2022年上半年达1,626.5亿元,同比增长51.5%。", "supported"),
    ("2021年全国专利商标质押融资额达3,098亿元;2022年上半年达1,826.5亿元。", "contradicted"),
])
def test_chinese_sides_named_in_words(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a side summed over the years is the total to date (a wrongly supported reading before)
    ("In 2024 alone Shenzhen was granted more patents than in all the years up to the end of 2013 combined.",
     "contradicted"),
    ("In 2024 alone Shenzhen was granted fewer patents than in all the years up to the end of 2013 combined.",
     "supported"),
    # a signed change after an arrow
    ("Patent grants, Shenzhen: 49,756 (2013) -> 241,900 (2024), +192,144", "supported"),
    ("Patent grants, Shenzhen: 49,756 (2013) -> 241,900 (2024), +182,144", "contradicted"),
    # a span's end that is a bound moves a difference one way only
    ("Shenzhen's patent applications rose by more than 64,000 between 2013, when domestic filings reached 80,657, "
     "and 2016, when the total topped 145,000.", "supported"),
    ("Shenzhen's patent applications rose by fewer than 60,000 between 2013, when domestic filings reached 80,657, "
     "and 2016, when the total topped 145,000.", "contradicted"),
    ("Shenzhen's patent applications rose by more than 70,000 between 2013, when domestic filings reached 80,657, "
     "and 2016, when the total topped 145,000.", "unverifiable"),
    # "nearly tripled" is nearly three times as many
    ("University patent grants nearly quintupled from 69,000 in 2012 to 308,000 in 2021.", "contradicted"),
    ("Shenzhen's trademark applications nearly tripled from 86,950 in 2013 to 249,500 in 2024.", "unverifiable"),
    # "behind" is the slower side of a gap
    ("China's IP royalty imports grew about 16.6% in 2021, 10.5 points ahead of the 27.1% growth in exports.",
     "contradicted"),
    # each of several counts is what the noun phrase after it names in full
    ("Shenzhen's 26,967 patent transfers in 2024 were equal to about 6.4% of the 420,000 patent transfers and "
     "licences recorded across China in 2021.", "supported"),
    ("Shenzhen's 26,967 patent transfers in 2024 were equal to about 16% of the 420,000 patent transfers and "
     "licences recorded across China in 2021.", "contradicted"),
])
def test_sides_read_from_their_own_words(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a quantity with no figure, compared with the figure after 'than': its sourced figure settles it
    ("Shenzhen courts concluded fewer IP cases in 2024 than the 19,055 new ones they accepted.", "contradicted"),
    ("In 2024 Shenzhen courts concluded more IP cases than the 19,055 new ones they took in.", "supported"),
    ("Shenzhen's courts did not close more IP cases in 2024 than the 19,055 new ones they took in.", "contradicted"),
    ("Shenzhen's PCT filings in 2024 were lower than the more than 19,000 it recorded in 2016.", "supported"),
    ("Shenzhen's PCT filings in 2024 were higher than the more than 19,000 it recorded in 2016.", "contradicted"),
    # a million in words
    ("Shenzhen's IP information public service platform recorded more than one million online searches in 2024.",
     "supported"),
    ("The Shenzhen IP information public service platform logged fewer than one million online searches in 2024.",
     "contradicted"),
])
def test_a_side_with_no_figure_against_a_stated_one(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "up N% on <year>": that year is the base (found by the mutation test: 'on 2013' read as the rate's own year)
    ("Shenzhen's domestic patent applications reached 80,657 in 2013, up 10.29% on 2012.", "supported"),
    ("Shenzhen's domestic patent applications reached 80,657 in 2013, up 10.29% on 2011.", "unverifiable"),
    # "N times as many" is a ratio only, never an increase of N times
    ("Shenzhen's patent agencies went from 69 at the end of 2013 to 598 in 2024, more than eight times as many.",
     "supported"),
    ("Shenzhen's patent agencies went from 69 at the end of 2013 to 598 in 2024, fewer than eight times as many.",
     "contradicted"),
])
def test_bases_and_ratios_the_words_fix(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "N% above the <figure>" is a change over it (a bound at one side moves it one way only)
    ("Shenzhen filed more than 19,000 PCT applications in 2016, more than 80% above the 10,049 it filed in 2013.",
     "supported"),
    ("Shenzhen filed more than 19,000 PCT applications in 2016, about 60% above the 10,049 it filed in 2013.",
     "contradicted"),
    # "exceeded <figure> by N": the subject's sourced figure less the one stated
    ("In 2024 Shenzhen's high-value invention patents per 10,000 people exceeded the national average of 14 by 96.",
     "supported"),
    ("In 2024 Shenzhen's high-value invention patents per 10,000 people exceeded the national average of 14 by 86.",
     "contradicted"),
    # cases opened are cases accepted
    ("Shenzhen courts closed 954 more IP cases than they opened in 2024.", "supported"),
    ("Shenzhen courts closed 854 more IP cases than they opened in 2024.", "contradicted"),
])
def test_changes_and_gaps_over_a_stated_side(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_an_order_between_rough_figures_uses_their_sourced_values(judge):
    # found by the mutation test: both rough figures are the same 19,055 accepted cases, so neither is more
    v = judge.verify("Shenzhen's courts accepted about 20,000 IP cases in 2024, more than the roughly 19,100 new "
                     "cases they took in.")
    assert v.verdict == "contradicted" and "19,055" in v.reason, v.reason
    v = judge.verify("Shenzhen's courts concluded about 20,000 IP cases in 2024, more than the roughly 19,100 new "
                     "cases they took in.")
    assert v.verdict == "supported", v.reason


@pytest.mark.parametrize("claim, expected", [
    # a rise told before the level it reaches
    ("Shenzhen's domestic invention patent applications rose by roughly 1,100 in 2013, to 32,208.", "supported"),
    ("Shenzhen's domestic invention patent applications grew by about 3,000 in 2013, to 32,208.", "contradicted"),
    # a rise over a span to a sourced bound
    ("Shenzhen's PCT applications increased by more than 8,900 between 2013 and 2016.", "supported"),
    ("Shenzhen's PCT applications increased by fewer than 8,000 between 2013 and 2016.", "contradicted"),
])
def test_rises_before_their_level_and_over_a_span(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a total after the parts a sentence opens by counting; a sum told by the present 'total'
    ("Counting 13 people's mediation organizations and 37 commercial ones, Shenzhen had set up 50 bodies to mediate IP "
     "disputes by 2024.", "supported"),
    ("Counting 13 people's mediation organizations and 37 commercial ones, Shenzhen had set up 60 bodies to mediate IP "
     "disputes by 2024.", "contradicted"),
    ("According to Shenzhen's 2024 IP report, invention patents disclosed by the city's strategic emerging industry "
     "clusters and future industry clusters total nearly 157,000.", "supported"),
    # a surplus is no total of imports and exports
    ("China ran a surplus of 20 billion yuan in its IP royalty trade in 2021.", "unverifiable"),
])
def test_totals_and_what_is_no_total(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a list of kinds ending in 和 is a sum; a multiple restated after "i.e."; 捣毁窝点 are the dens destroyed
    ("2013年深圳市市场监督管理局(知识产权局)共办理商标、专利和版权案件1,418宗。", "supported"),
    ("2013年深圳市市场监督管理局(知识产权局)共办理商标、专利和版权案件1,518宗。", "contradicted"),
    ("High-value invention patents per 10k residents (2024): Shenzhen 110 vs national 14, i.e. 7.9x", "supported"),
    ("High-value invention patents per 10k residents (2024): Shenzhen 110 vs national 14, i.e. 9.7x", "contradicted"),
    ("深圳市药品监督管理局2013年办理案件862宗,捣毁窝点68个,涉案货值约2.12亿元。", "supported"),
])
def test_lists_and_restatements_of_the_sixth_round(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # an average "N items per batch" divides the items by the batches, whichever the figure's metric words took
    ("Customs operations in Shenzhen seized about 28.8 million suspected infringing items in 6,264 batches in 2024, "
     "an average of roughly 4,600 items per batch.", "supported"),
    ("Customs operations in Shenzhen seized about 28.8 million suspected infringing items in 6,264 batches in 2024, "
     "an average of roughly 5,600 items per batch.", "contradicted"),
])
def test_an_average_per_named_unit(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
