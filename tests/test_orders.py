"""Comparisons a claim makes without a figure, settled by the two sides' sourced figures, and what a
supported claim says that none of its checks looked at."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("claim, expected", [
    ("In 2024, Shenzhen's intermediate and grassroots courts concluded more IP cases than they newly accepted.",
     "supported"),                                                       # 20,009 against 19,055
    ("Shenzhen's courts closed fewer IP cases than they took in during 2024.", "contradicted"),
    ("Longgang District People's Court took in more IP cases than Bao'an District People's Court in 2013.",
     "contradicted"),
    ("Shenzhen's PCT applications in 2024 were lower than its PCT applications in 2016.", "supported"),  # 16,300 < >19,000
    # a side with no sourced figure, or none named: nothing to settle it
    ("Shenzhen's PCT applications were higher than Beijing's in 2024.", "unverifiable"),
    ("China's IP royalty imports grew faster than its rivals' in 2021.", "unverifiable"),
    ("The press conference was well attended.", "unverifiable"),
    # a denial of the comparative turns it round: 20,009 concluded is more than 19,055 accepted
    ("Shenzhen's courts did not close more IP cases in 2024 than they took in.", "contradicted"),
    ("Shenzhen's courts never concluded more IP cases in 2024 than they newly accepted.", "contradicted"),
    ("Shenzhen's courts did not close fewer IP cases in 2024 than they took in.", "supported"),
    ("2024年深圳法院审结知识产权案件数未超过新收案件数。", "contradicted"),
    ("2024年深圳法院审结知识产权案件数超过新收案件数。", "supported"),
])
def test_comparisons_without_figures(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_an_order_names_both_figures_it_rests_on(judge):
    v = judge.verify("Shenzhen's courts closed fewer IP cases than they took in during 2024.")
    assert "20,009" in v.reason and "19,055" in v.reason and "the other way round" in v.reason
    [check] = v.checks
    assert (check.kind, check.ok) == ("order", False)


def test_a_denied_order_says_which_way_the_sources_go(judge):
    v = judge.verify("Shenzhen's courts did not close more IP cases in 2024 than they took in.")
    assert v.verdict == "contradicted" and "and the first is more" in v.reason
    assert "not more" in v.checks[0].detail


@pytest.mark.parametrize("claim, expected", [
    # the side compared with a figure has none of its own: its sourced figure (20,009 closed) settles it
    ("Shenzhen's courts closed more IP cases in 2024 than the 19,055 new ones they took in.", "supported"),
    ("Shenzhen's courts closed fewer IP cases in 2024 than the 19,055 new ones they took in.", "contradicted"),
    ("Shenzhen's courts did not close more IP cases in 2024 than the 19,055 new ones they took in.", "contradicted"),
])
def test_a_comparison_with_a_figure_whose_other_side_has_none_is_settled_by_its_sourced_figure(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert "20,009" in v.reason and "19,055" in v.reason


@pytest.mark.parametrize("claim, expected", [
    # the place named after the comparative has a sourced figure of the same metric and year: it settles
    # the order (Luohu 972, Longgang 1,222, Futian 1,664 cases accepted in 2013)
    ("In 2013 Shenzhen's Luohu District People's Court accepted 972 IP cases, more than the Longgang District "
     "People's Court.", "contradicted"),
    ("In 2013 Shenzhen's Luohu District People's Court accepted 972 IP cases, fewer than the Longgang District "
     "People's Court did that year.", "supported"),
    ("In 2013 Futian District People's Court accepted 1,664 IP cases, not fewer than the Longgang District "
     "People's Court.", "supported"),
    ("2013年罗湖区人民法院受理知识产权案件972宗,少于龙岗区人民法院。", "supported"),
    ("2013年罗湖区人民法院受理知识产权案件972宗,多于龙岗区人民法院。", "contradicted"),
    # words after the name make it another quantity: nothing settles it
    ("In 2013 Shenzhen's Luohu District People's Court accepted 972 IP cases, more than the Longgang District "
     "People's Court's 2012 total.", "unverifiable"),
])
def test_a_comparison_with_another_place_is_settled_by_its_sourced_figure(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    if expected != "unverifiable":
        [order] = [c for c in v.checks if c.kind == "order"]
        assert "1,222" in order.detail and order.ok is (expected == "supported")


@pytest.mark.parametrize("claim, expected", [
    # the figure is only what something the claim gives no figure for exceeded
    ("China's patent transfers and licenses rose again in 2022, exceeding the 420,000 recorded in 2021.",
     "unverifiable"),
    # a mark is a bound on the claim's own figure, and two stated figures are ordered by a check
    ("Shenzhen's domestic patent applications exceeded the 80,000 mark in 2013.", "supported"),
    ("Shenzhen's PCT applications in 2024, 16,300, exceeded the 10,049 filed in 2013.", "supported"),
])
def test_a_figure_only_compared_with_settles_nothing(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # rises and falls stated without a figure, each part against its sourced direction
    ("Shenzhen's invention patent grants rose in 2013, in line with its total patent grants.", "contradicted"),
    ("Shenzhen's invention patent grants fell in 2013.", "supported"),          # -15.9%
    ("2013年深圳国内专利授权量同比上升,而其中发明专利授权量同比下降。", "supported"),   # +2.25%, -15.9%
    ("2013年深圳国内专利授权量同比下降。", "contradicted"),
    ("Patent grants in Shenzhen rose in 2013 while its invention patent grants rose too.", "contradicted"),
    # what a direction does not settle: a pace, a record, a comparison, a denial, a place without figures
    ("Shenzhen's patent applications rose sharply in 2013.", "unverifiable"),
    ("Shenzhen's patent applications rose in 2013, reaching a record.", "unverifiable"),
    # a denial turns the direction round ("did not decline": held or rose), and two years are compared
    ("Shenzhen's PCT applications did not rise in 2013.", "contradicted"),
    ("Shenzhen's domestic invention patent applications did not decline in 2013.", "supported"),
    ("2013年深圳发明专利授权量并未下降。", "contradicted"),
    ("Shenzhen's PCT international applications increased between 2016 and 2024.", "contradicted"),
    ("Shenzhen's PCT international applications fell between 2016 and 2024.", "supported"),
    ("Beijing's patent applications rose in 2013.", "unverifiable"),
])
def test_rises_and_falls_without_a_figure(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    if expected != "unverifiable":
        assert v.checks and all(c.kind == "direction" for c in v.checks)


@pytest.mark.parametrize("claim, expected", [
    ("2022年上半年全国专利商标质押融资额1,626.5亿元,已超过2021年全年(3,098亿元)的一半。", "supported"),
    ("2022年上半年全国专利商标质押融资额1,626.5亿元,已超过2021年全年(3,098亿元)的六成。", "contradicted"),
])
def test_more_than_a_share_of_the_other_figure_is_no_order_of_the_two(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen's PCT applications declined every year between 2016 and 2024.", "unverifiable"),   # only the ends
    ("Shenzhen's trademark registrations grew every year from 2013 to 2024.", "unverifiable"),
    ("Shenzhen's PCT applications declined between 2016 and 2024.", "supported"),
    ("Shenzhen's PCT applications rose every year between 2016 and 2024.", "contradicted"),     # the ends refute it
])
def test_a_direction_held_every_year_needs_the_years_between(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_an_order_said_of_every_year_named_before_it(judge):
    # "as in 2013, in 2024 …": concluded < accepted held in 2013, not in 2024 (20,009 > 19,055)
    v = judge.verify("与2013年一样,2024年深圳法院知识产权案件结案数少于收案数。")
    assert v.verdict == "contradicted" and "2024" in v.reason, v.reason


@pytest.mark.parametrize("claim", [
    "2024年深圳PCT申请量占全国总量的比重低于2013年的48.10%。",     # the 2024 share is given by no source
    "Shenzhen's share of national PCT applications in 2024 was lower than the 48.10% of 2013.",
])
def test_a_figure_only_compared_with_supports_nothing(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "unverifiable", v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen courts took in fewer new IP cases in 2024 than in 2013.", "contradicted"),
    ("Shenzhen courts took in more new IP cases in 2024 than in 2013.", "supported"),
    # 28.8 million against "more than 2.9 million": a lower bound refutes, it never supports
    ("Shenzhen Customs seized fewer infringing items in 2024 than it did in 2013.", "contradicted"),
    ("Shenzhen Customs seized more infringing items in 2024 than it did in 2013.", "unverifiable"),
])
def test_orders_between_two_years_of_one_metric(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("China's IP royalty exports grew faster than its IP royalty imports in 2021.", "supported"),   # 27.1% > 16.6%
    ("China's IP royalty imports grew faster than its IP royalty exports in 2021.", "contradicted"),
    ("Shenzhen received more patent licenses than it granted in 2024.", "contradicted"),  # 'it granted': licenses granted
])
def test_growth_rates_compared_without_figures(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("According to the city's 2013 white paper, Shenzhen filed 10,049 PCT international applications in 2013, "
     "up 25.24%.", "supported"),
    ("According to the city's 2012 white paper, Shenzhen filed 10,049 PCT international applications in 2013, "
     "up 25.24%.", "unverifiable"),         # the figures are the 2013 paper's, not the one cited
    ("根据深圳市2014年知识产权发展状况白皮书,2013年深圳商标申请86,950件,同比增长28.08%。", "unverifiable"),
])
def test_a_document_cited_by_its_year_must_be_the_one_the_figures_come_from(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # an order of two sourced figures in a clause of its own after the figures (20,009 closed, 19,055 taken in)
    ("2024年深圳法院新收知识产权案件19055件，但审结数量不及收案数。", "contradicted"),
    ("2024年深圳法院新收知识产权案件19055件，审结数量多于收案数。", "supported"),
    ("In 2024 Shenzhen courts took in 19,055 new IP cases, but concluded fewer cases than they accepted.",
     "contradicted"),
    ("In 2024 Shenzhen courts took in 19,055 new IP cases, but concluded more IP cases than they accepted.",
     "supported"),
    ("2024年深圳法院审结知识产权案件数量不及收案数。", "contradicted"),      # no figure at all
])
def test_an_order_after_the_figures(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a goal the sources set, said to be met: its outcome must be sourced too
    ("Having set a goal in 2018 of more than 92 valid invention patents per 10,000 people by 2020, Shenzhen "
     "reached that mark on schedule.", "unverifiable"),
    ("深圳提出到2020年每万人口发明专利拥有量达到92件以上，并已如期实现。", "unverifiable"),
    ("In 2018 Shenzhen set a goal of more than 92 valid invention patents per 10,000 people by 2020.", "supported"),
    # an outcome said to be in line with the goal is an outcome, which no source gives for 2020
    ("Shenzhen filed more than 22,000 PCT applications in 2020, in line with the goal the city set in 2018.",
     "unverifiable"),
])
def test_a_goal_said_to_be_met(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a place abroad the sources give no figures for is no figure's: the claim says more than they do
    ("Shenzhen Customs seized 6,264 batches of infringing goods bound for the United States in 2024.", "unverifiable"),
    ("Shenzhen Customs seized 6,264 batches of suspected infringing goods in 2024.", "supported"),
])
def test_a_place_abroad(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_course_over_the_years_beside_a_figure(judge):
    v = judge.verify("Shenzhen's PCT applications kept climbing after 2016, reaching 16,300 in 2024.")
    assert v.verdict == "unverifiable" and "moved over the years" in v.reason


@pytest.mark.parametrize("claim, expected", [
    # a superlative no figure reads and nothing settles: the figure alone is no support for it
    ("Luohu District People's Court accepted 972 IP cases in 2013, the lightest caseload of any Shenzhen court.",
     "unverifiable"),
    ("Shenzhen's PCT applications reached 16,300 in 2024, the highest total of any city in China.", "unverifiable"),
    ("Shenzhen's four gold awards at the 18th China Patent Awards made it the leading major city in the country.",
     "unverifiable"),
    ("Shenzhen granted 241,900 patents in 2024, the best result in the Greater Bay Area.", "unverifiable"),
    # read as ranks, and checked against the sourced ones
    ("Shenzhen logged 26,967 patent transfers in 2024, the most in Guangdong.", "supported"),
    ("Shenzhen logged 26,967 patent transfers in 2024, the most in China.", "unverifiable"),
    ("Shenzhen's 249,500 trademark registrations in 2024 were the highest in China.", "supported"),
    # not superlatives of a group
    ("According to the most recent figures, Shenzhen granted 241,900 patents in 2024.", "supported"),
])
def test_a_superlative_beside_a_figure_is_checked_or_left_unverifiable(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    if expected == "unverifiable" and "ranks what it counts" in v.reason:
        assert "its figures agree" in v.reason


def test_a_goal_said_to_be_met_in_a_second_sentence(judge):
    v = judge.verify("A 2018 plan set a goal of more than 92 valid invention patents per 10,000 people by 2020. "
                     "Shenzhen met it.")
    assert v.verdict == "unverifiable" and "met it" in v.reason, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("18th China Patent Awards: SZ's 4 golds put it No.1 among major cities", "contradicted"),    # second
    ("Shenzhen won four gold awards at the 18th China Patent Awards, up from two a year earlier.", "unverifiable"),
    ("Shenzhen courts applied punitive damages in 15 IP cases in 2024. That was up from nine the year before.",
     "unverifiable"),
    # a share the source gives of a whole of its own ("of which 30% … belong to strategic emerging industries")
    ("2021年高校和科研院所完成的专利转让许可约占全国总次数的30%。", "unverifiable"),
    ("Invention patents made up about 22% of the 49,756 domestic patents granted to Shenzhen in 2013.", "supported"),
])
def test_what_a_second_look_found(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # two figures set against each other after a comparison: its two sides, in order, and the order checked
    ("Shenzhen's courts took in more IP cases than they closed in 2013, 9,694 against 8,174.", "supported"),
    ("Shenzhen's courts took in fewer IP cases than they closed in 2013, 9,694 against 8,174.", "contradicted"),
    ("Shenzhen's courts took in more IP cases than they closed in 2013, 9,694 against 9,174.", "contradicted"),
    ("Shenzhen's courts closed fewer IP cases than they took in during 2013, 8,174 against 9,694.", "supported"),
])
def test_sides_set_against_each_other(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the second of two figures set against each other is the place the comparison names after 'than'
    ("Futian District People's Court accepted more IP cases than Luohu District People's Court in 2013, 1,664 "
     "against 972.", "supported"),
    ("Futian's court accepted more IP cases than Luohu's in 2013, 1,664 against 972.", "supported"),
    ("Futian's court accepted more IP cases than Luohu's in 2013, 1,664 against 1,972.", "contradicted"),
    ("Bao'an District's court took in more IP cases than Nanshan District's in 2013, 1,501 against 1,385.", "supported"),
    ("Shenzhen's courts concluded fewer IP cases than they accepted in 2024, closing 19,055 against 20,009 new "
     "filings.", "contradicted"),
])
def test_places_and_kinds_set_against_each_other(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the comparative before the first figure, its 'than' between the two
    ("Shenzhen filed more PCT applications in 2024, at 16,300, than in 2016, when it filed over 19,000.",
     "contradicted"),
    ("Shenzhen filed fewer PCT applications in 2024, at 16,300, than in 2016, when it filed over 19,000.",
     "supported"),
    ("Shenzhen filed more PCT applications in 2024 (16,300) than in 2016 (19,648).", "contradicted"),
    ("Shenzhen courts accepted fewer IP cases in 2013, 9,694, than they closed, 8,174.", "contradicted"),
])
def test_a_comparative_around_the_first_figure(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "比<name>(还)多": an order against the named body's sourced figure (it was left unchecked: supported)
    ("2013年南山区人民法院受理知识产权案件1385宗，比福田区人民法院还多。", "contradicted"),
    ("2013年南山区人民法院受理知识产权案件1385宗，比福田区人民法院少。", "supported"),
    ("2013年福田区人民法院受理知识产权案件1,664宗，比南山区人民法院多。", "supported"),
    ("2013年深圳国内专利申请量80,657件，比上年多。", "unverifiable"),      # no body named: a year, unread
])
def test_more_than_a_body_named_in_chinese(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_an_order_of_shares_is_no_order_of_levels(judge):
    v = judge.verify("Shenzhen's share of all patents granted in China was higher in 2024 than in 2013.")
    assert v.verdict == "unverifiable", v.reason          # (it was supported on 241,900 against 49,756)
    assert judge.verify("Shenzhen granted more patents in 2024 than in 2013.").verdict == "supported"


@pytest.mark.parametrize("claim, expected", [
    # a clause opening with 低于/高于 compares the figure after it with the one before: the same thing
    ("2024年深圳PCT国际专利申请1.63万件,低于2016年的1.9万余件。", "supported"),
    ("2024年深圳PCT国际专利申请1.63万件,高于2016年的1.9万余件。", "contradicted"),
])
def test_a_clause_opening_with_a_comparative(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim", [
    # a record or a lead over others that no figure of the claim states: never passed on its figure alone
    "Shenzhen's 16,300 PCT applications in 2024 were the highest annual total the city has ever recorded.",
    "Shenzhen's more than 95,000 valid invention patents in 2016 were the largest total held by any major Chinese city.",
    "Shenzhen's four gold awards at the 18th China Patent Awards put it ahead of every other major city in the country.",
])
def test_an_unread_superlative_is_unverifiable(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "unverifiable" and "ranks what it counts" in v.reason, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "just as in 2024": the same order said of each year, both sides in it
    ("Just as in 2024, Shenzhen's courts closed more IP cases than they accepted in 2013.", "contradicted"),
    ("Just as in 2013, Shenzhen's courts closed fewer IP cases than they accepted in 2024.", "contradicted"),
    # a side compared with, bound and all, and no figure for what topped it
    ("Shenzhen's patent applications in 2024 topped the more than 145,000 it filed in 2016.", "unverifiable"),
])
def test_orders_read_in_session_18(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "lagged behind" compares: with a side in words only it is never supported on the figure alone; both sides
    # sourced, it is settled
    ("China's IP royalty export growth of twenty-seven point one percent in 2021 lagged behind import growth.",
     "unverifiable"),
    ("China's IP royalty export growth lagged behind import growth in 2021.", "contradicted"),
    # fractions in sixths to ninths
    ("Shenzhen's invention patent grants fell by nearly a sixth in 2013, to 10,987.", "supported"),
    ("The national average of 14 high-value invention patents per 10,000 people in 2024 was less than an eighth of "
     "Shenzhen's 110.", "unverifiable"),
])
def test_lags_and_fractions_read_in_session_18(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the right side names the left's metric with one word changed ("than its exports", "than it granted")
    ("China's IP royalty imports grew faster than its exports in 2021.", "contradicted"),
    ("China's IP royalty exports grew faster than its imports in 2021.", "supported"),
    ("In 2024 Shenzhen took in more patent licenses than it granted.", "contradicted"),
    ("In 2024 Shenzhen granted more patent licenses than it received.", "supported"),
    # the court of the district named ("than Futian's")
    ("Nanshan court accepted more IP cases than Futian's in 2013", "contradicted"),
    ("Futian's court accepted more IP cases than Nanshan's in 2013", "supported"),
    # against the year before: the sourced change over the year settles it
    ("Shenzhen received more invention patent grants in 2013 than in 2012.", "contradicted"),
    ("Shenzhen received fewer invention patent grants in 2013 than in 2012.", "supported"),
    # a side that sums two places is not read
    ("In 2013 the Intermediate Court accepted more IP cases than the Futian and Luohu district courts combined.",
     "unverifiable"),
    ("In 2013 the Futian District court accepted more IP cases than Shenzhen's Intermediate People's Court.",
     "contradicted"),
])
def test_orders_without_figures_read_this_session(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a figure against another metric the words after the comparative name ("outnumbered its patent transfers")
    ("In 2024 Shenzhen's patent acquisitions, at 25,612, outnumbered its patent transfers.", "contradicted"),
    ("In 2024 Shenzhen's patent transfers, at 26,967, outnumbered its patent acquisitions.", "supported"),
    # a density on another base than 10,000 people is no sourced figure
    ("Shenzhen's 405 qualified patent attorneys at the end of 2013 worked out to about four for every 100,000 "
     "residents.", "unverifiable"),
    ("Shenzhen had 4 qualified patent attorneys for every 100,000 residents at the end of 2013.", "unverifiable"),
])
def test_sides_named_in_words_and_densities(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "than Luohu's" after a court: that district's court, in orders and differences, in English and after 比
    ("Longgang's court handled fewer new IP cases than Luohu's in 2013.", "contradicted"),
    ("Nanshan's court closed more IP cases than Bao'an's in 2013.", "contradicted"),
    ("Nanshan's court accepted 163 more IP cases than Longgang's in 2013.", "supported"),
    ("Nanshan's court accepted 136 more IP cases than Longgang's in 2013.", "contradicted"),
    ("2013年福田区人民法院受理的知识产权案件比南山区人民法院多279宗。", "supported"),
    ("2013年福田区人民法院受理的知识产权案件比南山区人民法院多297宗。", "contradicted"),
])
def test_the_court_of_a_place_named_after_than(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "Unlike in 2013, … in 2024": the year inside the comparison is the one compared; ranks compared in Chinese
    ("Unlike in 2013, Shenzhen's courts concluded more IP cases in 2024 than they took in.", "supported"),
    ("Unlike in 2013, Shenzhen's courts concluded fewer IP cases in 2024 than they took in.", "contradicted"),
    ("2013年深圳累计有效发明专利在全国大中城市中的排名高于累计有效注册商标的排名。", "supported"),
    ("2013年深圳累计有效发明专利在全国大中城市中的排名低于累计有效注册商标的排名。", "contradicted"),
    # above or below the national average: the sourced multiple of it settles the order
    ("Shenzhen's valid invention patents per 10,000 residents in 2016 were well above the national average.",
     "supported"),
    ("2016年深圳每万人有效发明专利拥有量低于全国平均水平。", "contradicted"),
])
def test_orders_against_another_year_a_rank_or_the_national_average(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # growth rates compared in words (增速, "growth in … outpaced"); versions that disagree settle no order;
    # "about half" is not surely above 48.1%
    ("2013年深圳核准注册商标的增速高于软件著作权登记量的增速。", "contradicted"),
    ("Shenzhen awarded more associate-senior IP professional titles than junior ones in 2013.", "unverifiable"),
    ("Shenzhen's share of China's PCT applications was larger in 2016 than in 2013.", "unverifiable"),
    # a goal said to be met (兑现); "fell short of 2021's 309.8 billion" and "of that number" give no figure
    ("深圳2020年PCT申请量突破2.2万件,兑现了2018年提出的目标。", "unverifiable"),
    ("China's patent and trademark pledge financing for all of 2022 fell short of 2021's 309.8 billion yuan.",
     "unverifiable"),
    ("Shenzhen courts, 2024: 19,055 new IP cases received, but cases concluded fell short of that number",
     "unverifiable"),
    # "slipping to", "rising to": a direction; a streak of rises is no streak at a rank
    ("Shenzhen's PCT applications did not grow in 2013, slipping to 10,049.", "contradicted"),
    ("Shenzhen's patent grants rose for the seventh year in a row in 2024.", "unverifiable"),
    ("Shenzhen ranked first nationally in patent grants for the seventh year in a row in 2024.", "supported"),
])
def test_orders_and_directions_read_in_session_19s_fifth_round(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # all of a sourced count said to have done what another sourced count counts
    ("All 54 Nanshan enterprises that obtained loan guarantees in 2013 went on to receive loans.", "contradicted"),
    ("2013年深圳检察机关受理起诉的410宗侵犯知识产权犯罪案件全部提起了公诉。", "contradicted"),
    ("2013年盐田区人民法院受理的14宗知识产权案件全部审结。", "supported"),
    ("In 2013 the Yantian District People's Court accepted 14 IP cases and closed all 14.", "supported"),
    # "the rest of Shenzhen": the whole less the part; a share of a whole in another place is not the city's
    ("Futian District was home to fewer patent agencies than the rest of Shenzhen combined at the end of 2013.",
     "contradicted"),
    ("Futian District was home to more patent agencies than the rest of Shenzhen combined at the end of 2013.",
     "supported"),
    ("By the end of 2013 Futian District was home to more than half of all patent agencies in Guangdong.",
     "unverifiable"),
])
def test_all_of_them_and_the_rest(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a side named after 比 by its metric and year; a deed said of all of a count that nothing here counts
    ("截至2013年底深圳累计有效注册商标237,790件,比2024年全年的商标注册量还多。", "contradicted"),
    ("截至2013年底深圳累计有效注册商标237,790件,比2024年全年的商标注册量还少。", "supported"),
    ("Shenzhen prosecutors secured convictions in all 259 IP-crime cases they handled in 2024.", "unverifiable"),
])
def test_a_side_named_after_bi_and_a_deed_said_of_all(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
