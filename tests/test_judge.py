"""Verdicts on claims of every form the issue names, against the bundled knowledge base."""
from __future__ import annotations

import pytest


def verdict(judge, text):
    return judge.verify(text)


@pytest.mark.parametrize("claim", [
    # 1. claim forms
    "PCT applications 2024 = 16,300",
    "PCT applications (Shenzhen, 2024): 16,300",
    "Shenzhen's PCT patent applications reached 16,300 in 2024",
    "Trademark applications rose 28.08% to 86,950 in 2013",
    "2013年深圳国内专利申请量80,657件,同比增长10.29%",
    # 2. numbers and scales
    "2024年深圳PCT国际专利申请1.63万件。",
    "In 2024, Shenzhen's patent grants were 241.9 thousand.",
    "Shenzhen's PCT applications were １６，３００ in 2024.",
    "The balance of IP pledge loans was 124.637 billion yuan at the end of June 2022.",
    "Shenzhen's IP pledge registration was 504.21亿元 in 2024.",
    # 3/4. qualifiers and rounding
    "Shenzhen filed about 16,000 PCT applications in 2024.",
    "Shenzhen's valid invention patents exceeded 95,000 in 2016.",
    "Shenzhen held about 62,300 valid domestic invention patents at the end of 2013.",
    "Shenzhen filed more than 16,000 PCT applications in 2024.",
    # 6. arithmetic
    "Shenzhen was granted 49,756 domestic patents in 2013, up 2.25%.",
    "University patent grants rose from 69,000 in 2012 to 308,000 in 2021, an increase of 346.4%.",
    "Shenzhen's PCT applications in 2013 were 10,049, 48.10% of the national total from domestic applicants.",
    "Shenzhen's high-value invention patents per 10,000 people were 110 in 2024, 7.9 times the national average of 14.",
    "China's IP royalty exports grew 27.1% in 2021.",
    # 5. matching: the most specific Chinese name wins; "for every 10,000 people" is not a figure
    "2024年深圳检察机关办理侵犯知识产权犯罪案件涉及人数451人。",
    "2013年深圳知识产权专业技术资格副高级申报人数3人。",
    "Shenzhen had 80 invention patents for every 10,000 people in 2016.",
])
def test_supported(judge, claim):
    v = verdict(judge, claim)
    assert v.verdict == "supported", v.reason


@pytest.mark.parametrize("claim, why", [
    ("Trademark registrations 2024 = 294,500", "249,500"),
    ("2024年深圳PCT国际专利申请3.16万件。", "16,300"),
    ("Shenzhen filed about 18,000 PCT applications in 2024.", "16,300"),
    ("Shenzhen filed 20,000 PCT applications in 2024.", "16,300"),
    ("Shenzhen's domestic invention patent applications grew 6.35% to 32,208 in 2013.", "3.65%"),
    ("Shenzhen was granted 10,987 invention patents in 2013, up 15.9%.", "direction"),
    ("The balance of IP pledge loans was 124.637 million yuan at the end of June 2022.", "124.637 billion"),
    ("Shenzhen filed fewer than 100,000 patent applications in 2016.", "145,000"),
    ("Shenzhen held 95,000 valid invention patents at the end of 2013.", "2016 figure"),
    ("Shenzhen's high-value invention patents per 10,000 people were 110 in 2024, 11 times the national average of 14.", "7.9"),
    ("In 2013 Shenzhen courts accepted 9,694 IP cases and closed 9,174.", "8,174"),
    ("University patent grants rose from 69,000 in 2012 to 380,000 in 2021.", "308,000"),
])
def test_contradicted(judge, claim, why):
    v = verdict(judge, claim)
    assert v.verdict == "contradicted", v.reason
    assert why in v.reason


@pytest.mark.parametrize("claim, why", [
    ("Shenzhen's trademark registrations reached 300,000 in 2021.", "2021"),
    ("Shenzhen will have more than 24 IP operation service institutions in 2020.", "target"),
    ("Shenzhen's PCT international patent applications exceeded 22,000 in 2020, hitting the target the "
     "city set in 2018.", "only a target"),
    ("Shanghai filed 6,000 PCT applications in 2024.", ""),
    ("Shenzhen's exports grew 10% in 2024.", ""),
    ("Shenzhen's valid invention patents were 96,500 in 2016.", "neither confirms nor refutes"),
    ("深圳2020年PCT国际专利申请量2.02万件。", ""),
    ("The press conference was well attended.", "no figure"),
    ("Shenzhen's software copyright registrations grew 12% in 2024.", ""),
    ("Shenzhen's PCT applications were 16,300 in 2031.", "2031"),
    ("Shenzhen's PCT applications were 16,300 US dollars in 2024.", ""),
])
def test_unverifiable(judge, claim, why):
    v = verdict(judge, claim)
    assert v.verdict == "unverifiable", v.reason
    assert why in v.reason


def test_disputed_when_sources_disagree(judge):
    v = verdict(judge, "Shenzhen had 2,500 IP service practitioners at the end of 2013.")
    assert v.verdict in ("disputed", "unverifiable"), v.reason


def test_a_headline_its_own_article_contradicts_is_disputed(judge):
    # the 2016 article's headline calls its 80 patents granted per 10,000 people; its body, valid invention
    # patents (a stock): the reading the headline alone gives is disputed (reviews.toml), the body's is not
    v = verdict(judge, "Shenzhen granted 80 patents for every 10,000 people in 2016.")
    assert v.verdict == "disputed", v.reason
    assert verdict(judge, "Shenzhen had 80.1 valid invention patents per 10,000 people in 2016.").verdict == "supported"


def test_claim_naming_no_entity_resolves_to_the_only_one(judge):
    v = verdict(judge, "Domestic invention patent applications 2013 = 32,208")
    assert v.verdict == "supported"
    assert v.figures[0].entity == "shenzhen"


def test_output_fields_follow_the_contract(judge):
    d = verdict(judge, "PCT applications 2024 = 16,300").to_dict()
    assert set(d) >= {"line", "claim", "verdict", "reason", "figures", "checks"}
    f = d["figures"][0]
    assert set(f) >= {"text", "verdict", "value", "unit", "fact", "expected", "source", "quote"}
    assert f["fact"] == "sz24-pct-applications" and f["expected"] == 16300
    assert f["source"] == "sz-ip-2024" and "16,300" in f["quote"]
    assert "Intellectual Property in Shenzhen 2024" in d["reason"]


def test_checks_list_recomputed_arithmetic(judge):
    d = verdict(judge, "University patent grants rose from 69,000 in 2012 to 308,000 in 2021, "
                       "an increase of 346.4%.").to_dict()
    [check] = [c for c in d["checks"] if c["kind"] == "change"]
    assert check["ok"] is True and check["stated"] == 346.4
    assert check["computed"] == pytest.approx(346.4, abs=0.01)


def test_wrong_arithmetic_is_contradicted_even_with_right_figures(judge):
    v = verdict(judge, "University patent grants rose from 69,000 in 2012 to 308,000 in 2021, an increase of 246.4%.")
    assert v.verdict == "contradicted"
    assert any(c.kind == "change" and c.ok is False for c in v.checks)


def test_worst_part_wins(judge):
    v = verdict(judge, "Shenzhen filed 16,300 PCT applications and 294,500 trademark registrations in 2024.")
    assert v.verdict == "contradicted"
    assert [f.verdict for f in v.figures] == ["supported", "contradicted"]


def test_verdict_independent_of_separators_and_digit_width(judge):
    forms = ["16,300", "16300", "１６，３００", "16.3 thousand", "1.63万"]
    verdicts = {verdict(judge, f"Shenzhen's PCT applications were {x} in 2024.").verdict for x in forms}
    assert verdicts == {"supported"}


def test_previous_year_figure_checked_against_the_growth_it_implies(judge):
    assert judge.verify("Shenzhen's domestic patent applications were 73,100 in 2012.").verdict == "supported"
    v = judge.verify("Shenzhen's domestic patent applications were 75,000 in 2012.")
    assert v.verdict == "contradicted" and "73,132" in v.reason


def test_change_between_consecutive_years_is_that_years_growth(judge):
    v = judge.verify("Shenzhen's patent applications rose 10.29% from 73,132 in 2012 to 80,657 in 2013.")
    assert v.verdict == "supported"
    assert any(c.kind == "change" and c.ok for c in v.checks)


def test_figure_of_another_metric_is_named(judge):
    v = judge.verify("Shenzhen's trademark registrations were 16,300 in 2024.")
    assert v.verdict == "contradicted" and "PCT international patent applications" in v.reason


def test_doubling(judge):
    v = judge.verify("University patent grants rose from 69,000 in 2012 to 308,000 in 2021, doubling.")
    assert v.verdict == "contradicted"
    assert any(c.kind == "change" and c.ok is False for c in v.checks)
    v = judge.verify("2012年至2021年高校专利授权量从6.9万件翻番至13.8万件")
    assert any(c.kind == "change" and c.ok for c in v.checks)


def test_stated_sum(judge):
    ok = judge.verify("In 2013 the Futian court accepted 1,664 IP cases and the Luohu court 972, a total of 2,636.")
    assert ok.verdict == "supported" and any(c.kind == "sum" and c.ok for c in ok.checks)
    bad = judge.verify("In 2013 the Futian court accepted 1,664 IP cases and the Luohu court 972, a total of 2,936.")
    assert bad.verdict == "contradicted" and "2,636" in bad.reason


def test_stated_percentage_point_gap(judge):
    v = judge.verify("China's IP royalty exports grew 27.1% in 2021 and imports grew 12.6%, a gap of 10.5 percentage points.")
    assert v.verdict == "contradicted"
    [c] = [c for c in v.checks if c.kind == "pp_gap"]
    assert c.ok is False and c.computed == pytest.approx(14.5)


def test_a_percentage_point_gap_is_a_size_whichever_rate_is_larger(judge):
    for text in ("全国高校专利授权率由2012年的65.1%提高到2021年的83.9%,提高了18.8个百分点。",
                 "China's IP royalty imports grew 12.6% in 2021 and exports grew 27.1%, a gap of 14.5 percentage points."):
        [c] = [c for c in judge.verify(text).checks if c.kind == "pp_gap"]
        assert c.ok is True and c.computed == pytest.approx(abs(c.stated))


@pytest.mark.parametrize("claim,expected", [
    ("Shenzhen's PCT applications were not 16,300 in 2024.", "contradicted"),
    ("Shenzhen did not file 10,049 PCT applications in 2013.", "contradicted"),
    ("2013年深圳PCT国际专利申请并非10,049件。", "contradicted"),
    ("Shenzhen's PCT applications in 2013 fell short of 10,049.", "contradicted"),
    ("Shenzhen's PCT applications never exceeded 10,049 in 2013.", "supported"),
    ("2013年深圳PCT国际专利申请没有超过10,049件。", "supported"),
    # a denial of some other figure is true, but says nothing a source confirms
    ("Shenzhen's PCT applications were not 12,000 in 2013.", "unverifiable"),
    # 16,300 is a round figure: whether the true count fell short of it the source cannot say
    ("Shenzhen's PCT applications did not reach 16,300 in 2024.", "unverifiable"),
    ("深圳2024年PCT国际专利申请量未达到1.63万件。", "unverifiable"),
])
def test_a_denied_or_turned_figure_is_never_supported_by_the_figure_it_denies(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    ("Shenzhen's PCT applications ranked first nationwide in 2024.", "supported"),
    ("Shenzhen's PCT applications ranked first in China in 2024.", "supported"),
    ("2024年深圳PCT国际专利申请量居全国第一。", "supported"),
    ("Shenzhen's PCT applications ranked first in 2024.", "supported"),
    # the source ranks Shenzhen first nationwide: of the world or the province it says nothing
    ("Shenzhen's PCT applications ranked first in the world in 2024.", "unverifiable"),
    ("2024年深圳PCT国际专利申请量居全球第一。", "unverifiable"),
    ("Shenzhen's PCT applications reached 16,300 in 2024, ranking first in Guangdong.", "unverifiable"),
    ("Shenzhen's PCT applications ranked second nationwide in 2024.", "contradicted"),
])
def test_a_rank_is_judged_against_sourced_ranks_of_the_same_reach(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    if expected == "unverifiable":
        assert "nationwide" in v.reason


@pytest.mark.parametrize("claim,expected", [
    ("Shenzhen's PCT applications in 2013 were 10,049, nearly half of the national total from domestic applicants.",
     "supported"),                                                     # the source: 48.10%
    ("2013年深圳PCT国际专利申请10,049件,约占全国一半。", "supported"),
    ("Shenzhen's PCT applications in 2013 were 10,049, about a third of the national total from domestic applicants.",
     "contradicted"),
    ("2013年深圳PCT国际专利申请10,049件,占全国三分之一。", "contradicted"),
    ("Shenzhen's PCT applications exceeded 19,000 in 2016, about half of the national total.", "supported"),
])
def test_a_share_written_as_a_fraction_is_checked(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert any(f.role == "share" for f in v.figures)


@pytest.mark.parametrize("claim", [
    # the words after 占 name the whole; the share sourced is of invention patents, the figure before
    "2013年深圳发明专利授权量10,987件,同比下降15.9%,占国内专利授权总量的22.08%。",
    "In 2013 Shenzhen was granted 49,756 patents; invention patents accounted for 22.08% of grants.",
    # the share's own words name what the sourced share is of
    "The national IP advantage and demonstration enterprises produced 37.4% of the national industrial added "
    "value and 56% of the effective invention patents.",
])
def test_a_share_takes_the_metric_whose_share_the_words_state(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "supported", v.reason


@pytest.mark.parametrize("claim", [
    "2024年深圳中级和基层法院新收知识产权案件19,055件,审结20,009件。",
    "2024年深圳海关查扣涉嫌侵权货物6,264批、约2,883.5万件,案值1.01亿元。",
    "Output of China's geographical-indication-related industries reached 562.5 billion yuan in 2021.",
])
def test_wordings_reporters_use_for_sourced_figures(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "supported", v.reason


@pytest.mark.parametrize("claim,expected", [
    ("Shenzhen aims to have more than 92 valid invention patents per 10,000 people by 2020.", "supported"),
    ("Under a 2018 city policy document, Shenzhen targets more than 92 valid invention patents per 10,000 "
     "people and over 22,000 PCT international patent applications by 2020.", "supported"),
    ("深圳力争到2020年每万人有效发明专利拥有量超过92件。", "supported"),
    # a document that proposes a figure for a year it names sets a goal
    ("深圳2018年出台的文件提出,到2020年专业知识产权托管服务将覆盖1,500家以上小微企业。", "supported"),
    ("深圳2018年出台的文件提出,到2020年专业知识产权托管服务将覆盖1,300家以上小微企业。", "contradicted"),
    ("The 2018 rules proposed that by 2020 PCT applications would exceed 22,000.", "supported"),
    # a proposal that names no year it is for is no goal the reader can place
    ("深圳2013年提出多项知识产权举措,专利申请量80,657件。", "supported"),
    # a goal's number is the number set: "more than 29" misstates "more than 92"
    ("Shenzhen aims to have more than 29 valid invention patents per 10,000 people by 2020.", "contradicted"),
    # and a bound the other way round turns it about
    ("Shenzhen's 2018 IPR document set a target of fewer than 22,000 PCT international patent applications "
     "by 2020.", "contradicted"),
    # a forecast is not a goal, and a goal never confirms an outcome (nor an outcome a goal)
    ("Shenzhen will have more than 24 IP operation service institutions in 2020.", "unverifiable"),
    ("Shenzhen targets 16,300 PCT applications in 2024.", "unverifiable"),
    # "target" inside a metric's name, "Plan" inside a title: no goal
    ("In 2013, Shenzhen recorded 189.2% police case-solving target completion rate (counterfeiting crimes).",
     "supported"),
])
def test_a_claim_about_a_goal_is_checked_against_the_goals_sources_set(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # the outcome a goal is set beside is an outcome, of the year it names: 22,000 / 10,049 = 2.19
    ("Shenzhen's target of more than 22,000 PCT applications for 2020 was roughly 2.2 times the 10,049 PCT "
     "applications it filed in 2013.", "supported"),
    ("Shenzhen's target of more than 22,000 PCT applications for 2020 was roughly 2.2 times the 10,049 PCT "
     "applications it filed in 2014.", "unverifiable"),
    ("Shenzhen's target of more than 22,000 PCT applications for 2020 was roughly 2.2 times the 11,049 PCT "
     "applications it filed in 2013.", "contradicted"),
])
def test_an_outcome_beside_a_goal_is_judged_as_an_outcome(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # an outcome measured against a goal: each judged as what it is, and the order between them checked
    ("Shenzhen's 16,300 PCT patent applications in 2024 were still below the more than 22,000 it had targeted "
     "for 2020.", "supported"),
    ("Shenzhen's 16,300 PCT applications in 2024 exceeded the more than 22,000 it had targeted for 2020.",
     "contradicted"),
    ("Shenzhen's 16,300 PCT applications in 2024 fell short of the figure of more than 22,000 that the city had "
     "targeted for 2020.", "supported"),
    # where the goal started from is an outcome of its own year
    ("Shenzhen's 2018 plan targeted more than 22,000 PCT applications for 2020, up from 10,049 in 2013.",
     "supported"),
    ("Shenzhen's 2018 plan targeted more than 22,000 PCT applications for 2020, up from 10,049 in 2016.",
     "contradicted"),
    # a goal alone is still checked only against goals
    ("Shenzhen targets 16,300 PCT applications in 2024.", "unverifiable"),
])
def test_an_outcome_measured_against_a_goal(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # the side a comparison is made with takes the time named after it: 19,055 / 9,694 = 1.97
    ("The 19,055 new IP cases Shenzhen's courts took in during 2024 were nearly double the 9,694 IP cases its "
     "courts accepted in 2013.", "supported"),
    ("The 19,055 new IP cases Shenzhen's courts took in during 2024 were nearly double the 9,964 IP cases its "
     "courts accepted in 2013.", "contradicted"),
])
def test_the_side_compared_with_takes_its_own_time(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert [f.period for f in v.figures if f.role == "level"] == ["2024", "2013"]


@pytest.mark.parametrize("claim,expected", [
    ("Punitive damages in 15 Shenzhen IP cases in 2024 added up to 1.78 billion yuan.", "contradicted"),
    ("Punitive damages in Shenzhen IP cases totalled 1.78 billion yuan in 2024.", "contradicted"),
    ("Punitive damages in 15 Shenzhen IP cases in 2024 added up to 178 million yuan.", "supported"),
])
def test_an_amount_of_money_takes_a_metric_of_money(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    ("Shenzhen prosecutors approved the arrest of 461 people in 305 IP crime cases in 2013.", "supported"),
    ("Shenzhen's PCT applications were 16,300 in 2024, first among Chinese cities.", "supported"),
    ("Shenzhen's PCT applications were 16,300 in 2024, second nationwide.", "contradicted"),
])
def test_people_are_persons_and_a_rank_needs_no_verb(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    ("University patent applications in China rose from 106,000 in 2012 to 367,000 in 2021, "
     "an increase of 246.2%.", "supported"),
    ("China's 5,729 national IP advantage demonstration enterprises were 1.5% of industrial enterprises but "
     "produced 37.4% of industrial added value.", "supported"),
    ("China's 5,729 national IP advantage demonstration enterprises were 1.5% of industrial enterprises but "
     "produced 47.4% of industrial added value.", "contradicted"),
    # a place with no figures of its own is not read as one of its parts unless the metric's name says so
    ("China's IP cases accepted by courts were 1,664 in 2013.", "unverifiable"),
    ("China's patent applications were 80,657 in 2013.", "unverifiable"),
])
def test_a_country_counted_through_one_of_its_groups(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    ("China's IP royalty exports grew 27.1% in 2021, 10.5 percentage points faster than imports.", "supported"),
    ("China's IP royalty exports grew 27.1% in 2021, 12.5 percentage points faster than imports.", "contradicted"),
])
def test_a_percentage_point_gap_after_a_rate_is_that_rates(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # a court or district the base does not know, written after the city: about that part, not the city
    ("2013年深圳市龙华区人民法院受理知识产权案件800宗。", "unverifiable"),
    ("In 2013 Shenzhen's Longhua District court accepted 800 IP cases.", "unverifiable"),
    ("2013年深圳市福田区人民法院受理知识产权案件1,664宗。", "supported"),
    ("2013年我市境外商标申请2,692件,比上年增长57.80%。", "supported"),       # 我市: our city
    ("2024年深圳知识产权强县建设试点示范县数5。", "supported"),            # 强县: a metric's words, no county
])
def test_a_part_of_the_city_the_base_does_not_know(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    ("2017年初至2022年6月底,银行业知识产权质押贷款累计发放3723.64亿元。", "supported"),
    ("From the beginning of 2017 to the end of June 2022, banks issued 372.364 billion yuan of IP pledge loans.",
     "supported"),
    ("From 2012 to 2021, university patent grants grew 346.4%.", "supported"),
    ("From 2012 to 2021, university patent grants grew 246.4%.", "contradicted"),
])
def test_one_figure_from_one_period_to_another_is_over_the_whole_span(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_as_of_a_month_is_its_last_day(judge):
    v = judge.verify("截至2021年12月,纳入知识产权优势企业培育库的企业中有1,253家被认定为专精特新“小巨人”企业。")
    assert v.verdict == "supported", v.reason
    assert [f.text for f in v.figures] == ["1,253"]          # 12月 is December, not a figure


def test_a_growth_rate_after_only(judge):
    v = judge.verify("China's patent and trademark pledge financing grew only about 30% in 2021.")
    assert v.verdict == "contradicted" and v.figures[0].role == "growth", v.reason


@pytest.mark.parametrize("claim,expected", [
    # the source: 62,293, "second among the large and medium-sized cities in China"
    ("Shenzhen ended 2013 with 62,293 valid domestic invention patents, the most of any large or "
     "medium-sized Chinese city.", "contradicted"),
    ("2013年深圳累计国内有效发明专利62,293件,居全国大中城市首位。", "contradicted"),
    ("Shenzhen's PCT applications reached 16,300 in 2024, the most of any Chinese city.", "supported"),
    # the source: four golds, "ranking it second among the nation's major cities"
    ("Shenzhen topped all major Chinese cities with its four gold awards at the 18th China Patent Awards.",
     "contradicted"),
    # the source: first in Guangdong Province, no national rank
    ("Shenzhen led the whole country in patent transfers in 2024 with 26,967.", "unverifiable"),
    ("Shenzhen led the entire country in patent transfers in 2024.", "unverifiable"),
])
def test_a_superlative_is_a_rank_of_one(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    ("By the end of 2013, Shenzhen had been granted 259,422 patents in total.", "supported"),
    ("By the end of 2013, Shenzhen had accumulated 479,399 patent applications.", "supported"),
    ("As of the end of 2016, Shenzhen had won 27 China Patent Gold Awards.", "supported"),
    ("As of the end of 2016, Shenzhen had won 72 China Patent Gold Awards.", "contradicted"),
    # a year's total is that year's
    ("In 2013 Shenzhen was granted a total of 49,756 patents.", "supported"),
])
def test_a_total_to_a_date_is_the_accumulated_figure(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_the_word_after_a_figure_tells_metrics_that_fit_alike_apart(judge):
    v = judge.verify("Shenzhen companies won 4 gold and 20 outstanding prizes at the 15th China Patent Award in 2013.")
    assert v.verdict == "supported", v.reason
    assert [f.metric for f in v.figures] == ["china_patent_award_gold", "china_patent_award_excellence"]


@pytest.mark.parametrize("claim,expected", [
    ("Under Shenzhen's 2018 IPR rules, the number of standardized enterprises and institutions is to reach 1,300.",
     "supported"),
    ("Under Shenzhen's 2018 IPR rules, the number of standardized enterprises and institutions is to reach 3,100.",
     "contradicted"),
    # a share with no words of its own is the share of the figure before it
    ("In 2016 Shenzhen's PCT applications exceeded 19,000, about a quarter of all applications nationwide.",
     "contradicted"),
    ("Shenzhen's invention patent density in 2016 was 10 times the national average.", "supported"),
])
def test_goals_by_the_year_they_were_set_and_rates_without_words(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # British spelling; "to more than 15,000" still ends a from-to pair
    ("University patent transfers and licences grew 5.5 times, from 2,357 in 2012 to more than 15,000 in 2021.",
     "supported"),
    ("University patent transfers and licenses rose from 2,357 in 2012 to more than 15,000 in 2021, "
     "an increase of 8.5 times.", "contradicted"),
    ("Patent transfers and licences by Chinese universities and research institutes rose 43.3% to 27,000 in 2021.",
     "contradicted"),
])
def test_spellings_and_qualified_ends_of_a_span(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_small_count_is_never_read_against_a_metric_of_money(judge):
    v = judge.verify("In 2013 Shenzhen's market regulator imposed about RMB 6.29 million in fines in 1,120 "
                     "trademark cases.")
    assert v.verdict == "supported", v.reason
    assert [f.unit for f in v.figures] == ["yuan", "count"]


def test_a_group_named_before_the_comma_is_no_subject(judge):
    v = judge.verify("Among Shenzhen's district courts, Futian District People's Court accepted the most IP cases "
                     "in 2013, with 1,664.")
    assert v.verdict == "supported" and v.figures[0].entity == "futian-court", v.reason


def test_an_institution_named_after_the_city_is_not_the_city(judge):
    v = judge.verify("IP securitization products issued on the Shenzhen Stock Exchange totalled 15.8 billion yuan.")
    assert v.verdict == "unverifiable" and "Shenzhen Stock Exchange" in v.reason


def test_the_reason_quotes_a_denial_as_written(judge):
    v = judge.verify("Shenzhen's PCT applications were not 16,300 in 2024.")
    assert "the figure the claim denies (were not 16,300" in v.reason
    assert v.figures[0].text == "were not 16,300"


def test_share_checked_even_after_a_stated_total(judge):
    v = judge.verify("In 2013 Shenzhen was granted 10,987 invention patents and 38,769 other patents, a total of "
                     "49,756, invention patents accounting for 22.08% of grants.")
    assert [(c.kind, c.ok) for c in v.checks] == [("sum", True), ("share", True)]


@pytest.mark.parametrize("claim, expected", [
    ("China's patent-intensive industries contributed 24.6% of GDP growth in 2020.", "supported"),
    ("Patent-intensive industries contributed 42.6% of China's GDP growth in 2020.", "contradicted"),
])
def test_a_rate_read_as_a_share_is_its_own_level(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the size of the list a count is of, when the metric's own name gives it, is no figure
    ("408 of the world's 5,000 leading brands are Chinese.", "supported"),
    ("480 of the world's 5,000 leading brands are Chinese.", "contradicted"),
    # a part of a place's figure, of a place within it, is that place's own figure
    ("In 2013 the Shenzhen Intermediate People's Court accepted 2,936 of the 9,694 IP cases accepted by Shenzhen "
     "courts.", "supported"),
    ("In 2013 the Shenzhen Intermediate People's Court accepted 2,396 of the 9,694 IP cases accepted by Shenzhen "
     "courts.", "contradicted"),
])
def test_a_count_of_a_larger_number(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a claim that names no place: the growth is of the place its level was found for, and is
    # recomputed from the level less the sourced rise
    ("In 2021 the output value of industries related to geographical indications reached 562.5 billion yuan, "
     "up 51 billion yuan or about 10% on the previous year.", "supported"),
    ("In 2021 the output value of industries related to geographical indications reached 562.5 billion yuan, "
     "up about 20% on the previous year.", "contradicted"),
])
def test_a_rate_takes_the_place_found_for_the_level_before_it(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason
    assert [c.kind for c in v.checks if c.kind != "difference"] == ["growth"]     # (the 51 billion: a rise, checked too)


def test_a_count_in_words_no_metric_takes_keeps_a_claim_from_being_supported_on_its_digits(judge):
    # "four silver awards": no silver figure is sourced, so the 27 gold awards alone cannot carry the claim
    v = verdict(judge, "Shenzhen won four silver awards at the 18th China Patent Awards, bringing its tally of "
                       "China patent gold awards to 27 by the end of 2016.")
    assert v.verdict == "unverifiable", v.reason
    assert [f.text for f in v.figures] == ["four", "27"]


@pytest.mark.parametrize("claim, expected", [
    # names sharing one plural head noun are each that court, and one figure for them is their sum
    ("Together, the Futian and Nanshan District People's Courts accepted 3,049 IP cases in 2013.", "supported"),
    ("The Futian and Nanshan district courts accepted 3,049 IP cases in 2013.", "supported"),
    ("The Futian and Nanshan district courts accepted 3,409 IP cases in 2013.", "contradicted"),
    # "respectively" hands the places out in order, as it does metrics
    ("The Futian and Nanshan District People's Courts accepted 1,664 and 1,385 IP cases respectively in 2013.",
     "supported"),
    ("The Futian District People's Court and the Nanshan District People's Court accepted 1,385 and 1,664 IP "
     "cases, respectively, in 2013.", "contradicted"),
    ("福田区人民法院和南山区人民法院分别受理知识产权案件1,664宗和1,385宗。", "supported"),
])
def test_lists_of_courts(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a share whose part and whole are named by their metrics' words on either side of 占
    ("2013年深圳市各级法院受理知识产权案件9,694宗,结案8,174宗,结案数约占受理数的84%。", "supported"),
    ("2013年深圳市各级法院受理知识产权案件9,694宗,结案8,174宗,结案数约占受理数的74%。", "contradicted"),
])
def test_a_share_of_two_stated_figures_named_by_their_metrics(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason
    assert [(c.kind, c.detail) for c in v.checks] == [("share", "8,174 / 9,694")]


def test_a_bare_count_is_never_compared_with_money(judge):
    v = judge.verify("Shenzhen's IP pledge registration was 5,042 in 2024.")
    assert v.verdict == "unverifiable" and "cannot be compared" in v.reason
    assert judge.verify("Shenzhen's IP pledge registration was 50.4 billion in 2024.").verdict == "supported"


def test_a_total_of_other_things_is_not_a_sum(judge):
    v = judge.verify("In 2024 the city established a total of 13 people's mediation organizations and 37 commercial "
                     "mediation organizations for IP disputes, mediating 5,904 IP dispute cases.")
    assert not any(c.kind == "sum" for c in v.checks)
    assert v.verdict != "contradicted"


def test_each_change_is_checked_against_its_own_pair(judge):
    v = judge.verify("From 2012 to 2021, university patent applications increased from 106,000 to 367,000, an "
                     "increase of 246.2 percent, and patent grants from 69,000 to 308,000, an increase of 346.4 percent.")
    changes = [c for c in v.checks if c.kind == "change"]
    assert [round(c.computed, 1) for c in changes] == [246.2, 346.4] and all(c.ok for c in changes)


def test_a_gap_is_between_rates_of_one_kind(judge):
    v = judge.verify("The added value of patent-intensive industries in 2020 reached 12.13 trillion yuan, an increase "
                     "of 5.8%, 3.1 percentage points higher than GDP, accounting for 11.97% of GDP.")
    assert not any(c.kind == "pp_gap" and c.ok is False for c in v.checks)


def test_a_place_inside_a_proper_name_is_not_the_subject(judge):
    v = judge.verify("At the 15th China Patent Award, enterprises of Shenzhen won 4 gold prizes in 2013.")
    assert v.figures[0].entity == "shenzhen"


def test_neither_place_nor_period_named_is_one_guess_too_many(mini_kb):
    from ipcheck import kb as kbmod
    from ipcheck.judge import Judge

    (mini_kb / "extra.toml").write_text('''
[[metric]]
id = "gadgets"
en = "gadgets repaired"
zh = "修理小工具"
unit = "count"
measure = "flow"
aliases = ["gadgets repaired"]

[[fact]]
id = "town-gadgets"
metric = "gadgets"
entity = "town"
period = "2024"
value = 1500
unit = "count"
source = "doc-en"
quote = "Testtown repaired 1,500 gadgets"

[[fact]]
id = "north-gadgets"
metric = "gadgets"
entity = "north"
period = "2024"
value = 600
unit = "count"
source = "doc-en"
quote = "600 of them in the North District"
''', encoding="utf-8")
    judge = Judge(kbmod.load(mini_kb))
    bare = judge.verify("1,500 gadgets repaired.")
    assert bare.verdict == "unverifiable" and "neither the place nor the period" in bare.reason
    assert judge.verify("Testtown had 1,500 gadgets repaired.").verdict == "supported"
    assert judge.verify("1,500 gadgets repaired in 2024.").verdict == "supported"


def test_chinese_measure_words_tell_cases_from_persons(judge):
    right = judge.verify("2013年深圳检察机关全年共受理审查逮捕侵犯知识产权犯罪案宗425宗694人,批捕305宗461人。")
    assert right.verdict == "supported", right.reason
    assert [f.metric for f in right.figures] == ["proc_arrest_review_cases", "proc_arrest_review_persons",
                                                 "proc_arrest_approved_cases", "proc_arrest_approved_persons"]
    swapped = judge.verify("2013年深圳检察机关批捕461宗305人。")
    assert swapped.verdict == "contradicted"


def test_a_police_list_keeps_each_figure_to_its_own_verb(judge):
    v = judge.verify("In 2013, Public Security Organs uncovered 1,060 counterfeit criminal cases, detained 1,262 "
                     "persons, arrested 778 suspects, and transferred 933 persons for prosecution.")
    assert v.verdict == "supported", v.reason


# -- claims dated relative to when they were written ------------------------------------------------

def test_a_relative_period_is_not_filled_in_with_the_only_sourced_one(judge):
    """'801 this year': the sources have 801 for 2024 only; that does not make it this year's."""
    v = judge.verify("Shenzhen's data IP registration certificates issued stood at 801 this year.")
    assert v.verdict == "unverifiable"
    assert "'this year'" in v.reason and "--as-of" in v.reason and "2024" in v.reason


def test_the_date_of_writing_places_a_relative_period(knowledge):
    from datetime import date

    from ipcheck.judge import Judge

    claim = "In the first half of this year, the amount of national patent and trademark pledge financing reached 162.65 billion yuan."
    assert Judge(knowledge).verify(claim).verdict == "unverifiable"
    assert Judge(knowledge, as_of=date(2022, 8, 24)).verify(claim).verdict == "supported"
    assert Judge(knowledge, as_of=date(2023, 8, 24)).verify(claim).verdict == "unverifiable"   # 2023-H1: not sourced


def test_a_span_up_to_the_date_of_writing_fits_a_sourced_span(knowledge):
    from datetime import date

    from ipcheck.judge import Judge

    claim = "In the past 10 years, China formulated more than 70 manufacturing-related plans."
    assert Judge(knowledge).verify(claim).verdict == "unverifiable"
    assert Judge(knowledge, as_of=date(2022, 8, 24)).verify(claim).verdict == "supported"
    far = Judge(knowledge, as_of=date(2026, 11, 22)).verify(claim)       # 2016-2026 is not 2012-2022
    assert far.verdict == "unverifiable" and "written on 2026-11-22" in far.reason


def test_a_figure_whose_metric_is_a_toss_up_is_unverifiable_when_the_readings_disagree(judge):
    v = judge.verify("2013年,除1名副高级申请人未通过评审外其他申请人均通过了评审。")
    assert v.verdict == "unverifiable"
    assert "fit several metrics equally well" in v.reason and ": 1." in v.reason
    assert v.figures[0].fact is None


def test_a_toss_up_is_judged_when_every_reading_agrees(knowledge, judge):
    from ipcheck.claims import read_claim

    claim = read_claim(knowledge, "2013年,除1名副高级申请人未通过评审外其他申请人均通过了评审。")
    f = claim.figures[0]
    f.alternatives = (f.metric,)          # the same metric twice: the readings cannot disagree
    assert judge.judge(claim).verdict in ("supported", "contradicted")


@pytest.mark.parametrize("claim, expected", [
    ("At the 18th China Patent Awards, Shenzhen won 4 gold awards.", "supported"),
    ("At the 18th China Patent Awards, Shenzhen won 5 gold awards.", "contradicted"),
    ("在第十五届中国专利奖评选中,深圳企业获国家专利金奖4项,国家专利优秀奖20项。", "supported"),
    ("在第十五届中国专利奖评选中,深圳企业获国家专利金奖20项。", "contradicted"),
    ("At the 15th China Patent Award, enterprises of Shenzhen won 4 Gold Prizes and 20 Outstanding Prizes.",
     "supported"),
])
def test_the_round_of_an_award_dates_its_figures(judge, claim, expected):
    assert verdict(judge, claim).verdict == expected


def test_a_round_the_sources_do_not_cover_is_unverifiable_and_names_those_they_do(judge):
    v = verdict(judge, "At the 19th China Patent Awards, Shenzhen won 4 gold awards.")
    assert v.verdict == "unverifiable"
    assert "19th round" in v.reason and "15th (2013), 18th (2016)" in v.reason


def test_a_round_and_a_year_that_disagree_are_unverifiable(judge):
    v = verdict(judge, "In 2016, at the 15th China Patent Award, Shenzhen won 4 gold awards.")
    assert v.verdict == "unverifiable" and "of the 18th round" in v.reason


def test_a_forecast_round_is_no_actual(judge):
    v = verdict(judge, "At the 25th China Patent Award, Shenzhen won 9 gold awards.")
    assert v.verdict == "unverifiable" and "only a forecast" in v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen's PCT applications grew 25.24% in 2013, keeping the city first among large and medium-sized "
     "Chinese cities for the tenth consecutive year.", "supported"),
    ("Shenzhen ranked second among large and medium-sized Chinese cities in PCT applications in 2013.", "contradicted"),
    ("Shenzhen ranked first in the world in PCT applications in 2013.", "unverifiable"),     # the streak is nationwide
])
def test_a_streak_at_a_rank_holds_that_rank_in_its_last_year(judge, claim, expected):
    assert verdict(judge, claim).verdict == expected


@pytest.mark.parametrize("claim, expected", [
    ("2021年全国专利商标质押融资金额达3098亿元,连续两年保持40%以上的增长。", "supported"),
    ("China's IP pledge financing grew more than 40% for two consecutive years in 2021.", "supported"),
    ("China's IP pledge financing grew more than 40% for three consecutive years in 2021.", "contradicted"),
    ("China's IP pledge financing grew more than 40% for two consecutive years in 2020.", "unverifiable"),
])
def test_a_streak_told_in_its_last_year_is_the_streak_the_sources_give_over_its_years(judge, claim, expected):
    assert verdict(judge, claim).verdict == expected


def test_the_nation_with_a_possessive_is_still_a_yardstick(judge):
    v = verdict(judge, "Shenzhen had 237,790 valid registered trademarks at the end of 2013, fourth among "
                       "China's large and medium-sized cities.")
    assert v.verdict == "supported" and {f.entity for f in v.figures} == {"shenzhen"}


@pytest.mark.parametrize("claim, expected", [
    ("Annual revenue of China's IP service institutions rose 125% from the beginning of the 13th Five-Year Plan "
     "period.", "supported"),
    ("全国知识产权服务机构数量较“十三五”初期增长了97.3%。", "supported"),
    ("全国知识产权服务机构数量较“十三五”初期增长了125%。", "contradicted"),      # 125% is the revenue's
    ("Employment at China's IP service institutions has grown 125% since the start of the 13th Five-Year Plan "
     "period.", "contradicted"),
])
def test_a_change_over_the_start_of_a_plan(judge, claim, expected):
    assert verdict(judge, claim).verdict == expected


@pytest.mark.parametrize("claim, expected", [
    # the base written after the later figure ("较2012年的", "up from"): the change is checked between them
    ("2021年高校专利转让金额为88.9亿元,较2012年的8.2亿元增长近十倍。", "supported"),
    ("2021年高校专利转让金额为88.9亿元,较2012年的8.2亿元增长近百倍。", "contradicted"),
    ("2021年高校专利转让金额为88.9亿元,较2012年的8.2亿元增长上百倍。", "contradicted"),
    ("University patent transfers brought in 8.89 billion yuan in 2021, up from 820 million yuan in 2012, "
     "nearly ten times.", "supported"),
    ("University patent transfers brought in 8.89 billion yuan in 2021, up from 820 million yuan in 2012, "
     "nearly twenty times.", "contradicted"),
])
def test_a_multiple_in_words_over_a_base_written_last_is_recomputed(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason
    assert any(c.kind == "change_times" for c in v.checks)


@pytest.mark.parametrize("claim, expected", [
    ("Bao'an District People's Court took in 1,501 IP cases in 2013 and closed 1,274.", "supported"),
    ("Bao'an District People's Court took in 1,274 IP cases in 2013 and closed 1,501.", "contradicted"),
    ("Shenzhen courts received 9,694 IP cases in 2013.", "supported"),
])
def test_cases_a_court_takes_in_or_receives_are_cases_accepted(judge, claim, expected):
    assert verdict(judge, claim).verdict == expected


@pytest.mark.parametrize("claim, expected", [
    ("2013年南山区有54家企业获得总额1.74亿元的贷款担保。", "supported"),
    ("In 2013, 54 Nanshan enterprises received loan guarantees of RMB 147 million.", "contradicted"),
    # the amount after "among which" is no loan guarantee: the words of the clause before are theirs;
    # it is the money the source states in the same words as the 31 enterprises' count
    ("In 2013, 54 Nanshan enterprises received loan guarantees of RMB 174 million, among which 31 enterprises "
     "received RMB 94 million in loans.", "supported"),
    ("2013年,深圳市南山区有54家企业获得总额1.74亿元的贷款担保,其中31家企业获得0.94亿元贷款。", "supported"),
    ("In 2013, 31 enterprises in Nanshan District received loans totalling 940 million yuan.", "contradicted"),
])
def test_an_amount_takes_a_metric_of_money_only_from_words_no_other_figure_holds(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason
    money = [f for f in v.figures if f.unit == "yuan"][-1]
    assert money.metric == ("ip_pledge_financing_amount" if "31" in claim else "ip_pledge_loan_guarantee_amount")


def test_money_stated_with_a_count_is_that_places_only(judge):
    # the 94 million yuan are Nanshan's: with no place named there is nothing to take them from
    v = verdict(judge, "In 2013, 31 enterprises received loans totalling 940 million yuan.")
    assert v.verdict == "unverifiable", v.reason


def test_a_total_from_early_one_year_to_a_date_is_over_that_span(judge):
    v = verdict(judge, "Cumulative IP pledge loans issued in China from early 2017 to end-June 2022 reached "
                       "372.364 billion yuan.")
    assert v.verdict == "supported", v.reason


@pytest.mark.parametrize("claim, expected", [
    ("China's IP royalty exports grew 10.5 percentage points faster than imports in 2021.", "supported"),
    ("China's IP royalty exports grew 10.5 percentage points slower than imports in 2021.", "contradicted"),
    ("China's IP royalty exports grew 15 percentage points faster than imports in 2021.", "contradicted"),
])
def test_a_gap_in_points_is_the_subjects_and_has_a_direction(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason
    if "slower" in claim:
        assert "direction is wrong" in v.reason


@pytest.mark.parametrize("claim", [
    "Guangzhou's Intermediate People's Court accepted 2,936 IP cases in 2013 and closed 2,114.",
    "2013年广州市龙岗区人民法院受理知识产权案件1,222宗,结案1,061宗。",
    "Among Guangzhou's district courts, Futian District People's Court accepted the most IP cases in 2013, "
    "with 1,664.",
    # "the city" is the city the claim names, not the Shenzhen a source means by it
    "Guangzhou's PCT applications in 2024 kept the city top nationwide for the 21st consecutive year.",
])
def test_a_part_of_shenzhen_put_in_another_city_is_no_part_the_base_knows(judge, claim):
    v = verdict(judge, claim)
    assert v.verdict == "unverifiable", v.reason


@pytest.mark.parametrize("claim", [
    "Shenzhen's Futian District People's Court accepted 1,664 IP cases in 2013.",
    "Shenzhen's PCT applications in 2024 kept the city top nationwide for the 21st consecutive year.",
])
def test_a_part_in_its_own_city_is_still_read(judge, claim):
    assert verdict(judge, claim).verdict == "supported"


@pytest.mark.parametrize("claim", [
    "2024年深圳PCT国际专利授权1.63万件。",
    "Shenzhen's PCT international patent grants rose from 10,049 in 2013 to 16,300 in 2024.",
])
def test_grants_are_never_read_as_applications(judge, claim):
    assert verdict(judge, claim).verdict == "unverifiable"


@pytest.mark.parametrize("claim, expected", [
    # a bound on the size of a fall bounds the change from below
    ("2021年全国专利商标质押融资金额达3098亿元,连续两年保持40%以上的下降。", "contradicted"),
    ("Shenzhen's PCT applications shrank by more than 60% between 2013 and 2024.", "contradicted"),
    ("Shenzhen's invention patent grants fell more than 15% in 2013.", "supported"),
    ("Shenzhen's invention patent grants fell more than 17% in 2013.", "contradicted"),
    ("Shenzhen's invention patent grants fell nearly 16% in 2013.", "supported"),
    ("Shenzhen's invention patent grants fell nearly 15% in 2013.", "contradicted"),
])
def test_a_bound_on_a_fall_is_a_bound_on_its_size(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen's PCT applications in 2013 were 10,049, 48.10% of the national total from domestic applicants.",
     "supported"),
    ("Shenzhen's PCT applications in 2013 were 10,049, 48.10% of the provincial total from domestic applicants.",
     "unverifiable"),
    ("2013年深圳软件著作权登记量占全国登记总量的9.09%。", "supported"),
    ("2013年深圳软件著作权登记量占深圳登记总量的9.09%。", "unverifiable"),
    ("2016年深圳PCT国际专利申请超过1.9万件,约占深圳申请总量的一半。", "unverifiable"),
    ("Shenzhen's high-value invention patents per 10,000 people were 110 in 2024, 7.9 times the national "
     "average.", "supported"),
    ("Shenzhen's high-value invention patents per 10,000 people were 110 in 2024, 7.9 times the Guangdong "
     "average.", "unverifiable"),
    # "domestic patents" are a kind of patent, not the nation as the whole
    ("Invention patents accounted for 22.08% of Shenzhen's domestic patent grants in 2013.", "supported"),
])
def test_a_share_or_multiple_is_of_the_whole_the_claim_names(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen took four gold awards at the 18th Shenzhen Patent Awards, second among the nation's major cities.",
     "unverifiable"),
    ("As of the end of 2016, Shenzhen had won 27 Shenzhen Patent Gold Awards.", "unverifiable"),
    ("As of the end of 2016, Shenzhen had won 27 China Patent Gold Awards.", "supported"),
    # whose awards, not which: the possessive names no other award
    ("Shenzhen's patent awards: 27 gold awards by the end of 2016.", "supported"),
    ("By the end of 2016, Shenzhen had won 4 China Patent gold awards.", "contradicted"),
    ("2013年深圳国外专利申请量80,657件,同比增长10.29%。", "unverifiable"),
    ("By the end of 2016, Shenzhen had won a cumulative 27 Shenzhen Patent Gold Awards.", "unverifiable"),
    # a word that narrows a share's whole must be the source's
    ("In 2013, Shenzhen's invention patent grants fell 15.9% to 10,987, or 22.08% of all foreign grants.",
     "unverifiable"),
    ("In 2013, Shenzhen's invention patent grants fell 15.9% to 10,987, or 22.08% of all domestic grants.",
     "supported"),
    ("2013年深圳发明专利授权量10,987件,同比下降15.9%,占国外专利授权总量的22.08%。", "unverifiable"),
])
def test_an_award_named_for_another_place_is_another_award(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen had exactly 238,000 effective registered trademarks in 2013.", "contradicted"),
    ("Shenzhen had about 238,000 effective registered trademarks in 2013.", "supported"),
    ("Shenzhen's IP securitization products totalled exactly 21.9 billion yuan in 2024.", "contradicted"),
    # a district the base does not know is not the one it does
    ("2013年宝安区有54家企业获得总额1.74亿元的贷款担保。", "unverifiable"),
    ("2013年南山区有54家企业获得总额1.74亿元的贷款担保。", "supported"),
])
def test_exactly_means_unrounded_and_an_unknown_district_is_unknown(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shanghai's universities were granted 30,800 patents in 2021.", "unverifiable"),
    ("China's universities were granted 308,000 patents in 2021.", "supported"),
    ("Shenzhen's PCT applications jumped 25.24 pct in 2013.", "supported"),
    ("In 2024, Shenzhen recorded 16,300 PCT patents.", "supported"),          # PCT is no percent
    ("2013年深圳公安机关刑拘1,262人、逮捕778人、移送起诉933人。", "supported"),   # 、 ends a list item
    ("2013年深圳公安机关刑拘1,262人、逮捕933人、移送起诉778人。", "contradicted"),
    ("Shenzhen customs seized about 28.8 mn suspected infringing items across 6,624 batches in 2024.",
     "contradicted"),
])
def test_groups_of_other_places_pct_and_list_items(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Output of China's GI-related industries reached 562.5 billion yuan in 2021, up 51 billion yuan on the "
     "year before.", "supported"),
    ("Output of China's GI-related industries reached 562.5 billion yuan in 2021, down 51 billion yuan on the "
     "year before.", "contradicted"),
    # sources at odds (4,500; 4500多次): one refuting the claim and none bearing it out refute it
    ("2013年深圳海关实施知识产权保护措施5400多次。", "contradicted"),
    ("Shenzhen Customs carried out more than 4,500 IP protection actions in 2013.", "disputed"),
])
def test_up_a_sum_and_sources_at_odds(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("深圳在第十八届中国专利奖评选中斩获4项金奖。", "supported"),
    ("深圳在第十八届中国专利奖评选中斩获5项金奖。", "contradicted"),
    # "the national ranking" is what Shenzhen is measured against, not whose figure it is
    ("Shenzhen's PCT applications have topped the national ranking for 21 consecutive years as of 2024.",
     "supported"),
    ("Shenzhen's PCT applications have topped the national ranking for 20 consecutive years as of 2024.",
     "contradicted"),
])
def test_gold_awards_named_apart_and_the_national_ranking(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen's market regulator handled 1,120 trademark cases in 2013, referring 51 of them to judicial "
     "authorities.", "supported"),
    ("Shenzhen's market regulator handled 1,120 trademark cases in 2013, referring 61 of them to judicial "
     "authorities.", "contradicted"),
    ("In 2013, 54 Nanshan enterprises secured loan guarantees totalling RMB 174 mn.", "supported"),
    ("In 2013, 54 Nanshan enterprises secured loan guarantees totalling RMB 147 mn.", "contradicted"),
])
def test_referring_is_referred_and_enterprises_with_loan_guarantees(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("截至2022年6月末,2017年以来全国知识产权质押贷款累计发放3723.64亿元。", "supported"),
    ("截至2022年6月末,2017年以来全国知识产权质押贷款累计发放3273.64亿元。", "contradicted"),
])
def test_a_total_since_a_year_up_to_a_date(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Futian District set aside RMB 5 million to subsidise interest and fees on IP pledge loans for small firms.",
     "supported"),
    ("Shenzhen prosecutors indicted 627 people for IP crimes in 2013.", "contradicted"),     # 627 were reviewed
    ("Shenzhen prosecutors indicted 452 people for IP crimes in 2013.", "supported"),
    # the part of an opening whole: the same things, in the part the clause names
    ("Of the 69 patent agencies operating in Shenzhen at the end of 2013, 37 were located in Futian District.",
     "supported"),
    ("Of the 69 patent agencies operating in Shenzhen at the end of 2013, 47 were located in Futian District.",
     "contradicted"),
    ("Of the 69 patent agencies in Shenzhen at the end of 2013, 37 were small.", "unverifiable"),
])
def test_subsidies_indictments_and_the_part_of_an_opening_whole(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("2024年深圳引进38家知识产权服务机构,实现营收39.14亿元,同比增长20.6%。", "supported"),
    ("2024年深圳引进38家知识产权服务机构,实现营收3.914亿元,同比增长20.6%。", "contradicted"),
])
def test_the_revenue_of_the_institutions_attracted_is_theirs(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason



@pytest.mark.parametrize("claim, expected", [
    # additions to a stock are not the stock
    ("Shenzhen had more than 95,000 new valid invention patents in 2016.", "unverifiable"),
    ("深圳2016年新增有效发明专利超过9.5万件。", "unverifiable"),
    ("2013年深圳有效发明专利新增62,300件。", "unverifiable"),
    ("Shenzhen's valid invention patents hit a new high of more than 95,000 in 2016.", "supported"),
    ("2013年深圳新增商标注册39,527件。", "supported"),          # registrations are a year's anyway
    # a court put in the nation or a province without its own name is one of many
    ("China's Intermediate People's Court accepted 2,936 IP cases in 2013.", "unverifiable"),
    ("广东省中级人民法院2013年受理知识产权案件2,936宗。", "unverifiable"),
    ("China's Shenzhen Intermediate People's Court accepted 2,936 IP cases in 2013.", "supported"),
    ("China's Futian District People's Court accepted 1,664 IP cases in 2013.", "supported"),
])
def test_additions_to_a_stock_and_a_court_of_the_nation(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # words of multiplying state an increase: tripled 200%, quadrupled 300%, 翻两番 300%
    ("China's university patent applications more than quadrupled between 2012 and 2021, from 106,000 to 367,000.",
     "contradicted"),        # 3.46 times
    ("China's university patent applications more than tripled between 2012 and 2021, from 106,000 to 367,000.",
     "supported"),
    ("University patent grants rose from 69,000 in 2012 to 308,000 in 2021, more than quadrupling.", "supported"),
    ("2012年至2021年高校专利授权量从6.9万件翻了两番多,达到30.8万件。", "supported"),
    ("2012年至2021年高校专利申请量从10.6万件增加到36.7万件,翻了两番多。", "contradicted"),
])
def test_words_of_multiplying(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason
    assert any(c.kind == "change" for c in v.checks)


@pytest.mark.parametrize("claim, expected", [
    # an upper bound naming which items a count counts is no figure of its own
    ("In the first half of 2022, 7,345 inclusive pledge-financing projects of under 10 million yuan were financed "
     "nationwide, up 112% year on year.", "supported"),
    ("2022年上半年,1000万元以下的普惠性质押项目7,345个,同比增长112%。", "supported"),
    ("In the first half of 2022, 7,345 inclusive projects of less than 10 million yuan were financed, up 121%.",
     "contradicted"),
    ("In the first half of 2022 the number of inclusive projects of less than 10 million yuan reached 7,345.",
     "supported"),
    # with no "of", and with a word of multiplying between the bound and the count
    ("In the first half of 2022 the number of inclusive projects under 10 million yuan more than doubled to 7,345.",
     "supported"),
    ("In the first half of 2022 the number of inclusive projects under 10 million yuan more than tripled to 7,345.",
     "contradicted"),
    # a bound that is the figure stays one
    ("China's IP pledge financing reached less than 10 million yuan in the first half of 2022.", "contradicted"),
])
def test_a_bound_in_the_name_of_what_is_counted(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # two places or courts a figure adds up: the sum of their sourced figures
    ("Shenzhen's Intermediate People's Court and the Futian District People's Court together accepted 4,600 IP "
     "cases in 2013.", "supported"),
    ("In 2013 the Futian District People's Court and the Luohu District People's Court accepted a combined 2,636 "
     "IP cases.", "supported"),
    ("2013年福田区人民法院和罗湖区人民法院共受理知识产权案件2,636宗。", "supported"),
    ("2013年福田区人民法院和罗湖区人民法院共受理知识产权案件2,936宗。", "contradicted"),
    ("2013年福田区人民法院和龙华区人民法院共受理知识产权案件2,636宗。", "unverifiable"),    # 龙华: unknown
])
def test_a_figure_two_places_add_up_to(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason
    if expected != "unverifiable":
        assert [c.kind for c in v.checks] == ["sum"]


def test_a_part_and_its_whole_are_not_added(judge):
    v = verdict(judge, "Shenzhen and Futian District together had 69 patent agencies at the end of 2013.")
    assert not any(c.kind == "sum" for c in v.checks)


@pytest.mark.parametrize("claim, expected", [
    # a difference with what it is compared with named in words, and 比…多/少 in Chinese
    ("Shenzhen's 110 high-value invention patents per 10,000 people in 2024 were 96 more than the national "
     "average of 14.", "supported"),
    ("Shenzhen's 110 high-value invention patents per 10,000 people in 2024 were 86 more than the national "
     "average of 14.", "contradicted"),
    ("2024年深圳PCT国际专利申请16,300件,比2013年的10,049件多6,251件。", "supported"),
    ("2024年深圳PCT国际专利申请16,300件,比2013年的10,049件多5,251件。", "contradicted"),
    ("2013年深圳PCT国际专利申请10,049件,比2024年的16,300件少6,251件。", "supported"),
    ("2013年深圳PCT国际专利申请10,049件,比2024年的16,300件多6,251件。", "contradicted"),
    # the two sides named by their metrics' words: the stated figures those words name
    ("2024年深圳两级法院新收知识产权案件19,055件,审结20,009件,结案数比收案数多954件。", "supported"),
    ("2024年深圳两级法院新收知识产权案件19,055件,审结20,009件,结案数比收案数多1,954件。", "contradicted"),
    ("2024年深圳两级法院新收知识产权案件19,055件,审结20,009件,收案数比结案数多954件。", "contradicted"),
    # a rate relative to a figure stated after it
    ("Shenzhen's PCT applications reached 16,300 in 2024, about 62% more than the 10,049 filed in 2013.", "supported"),
    ("Shenzhen's PCT applications reached 16,300 in 2024, about 72% more than the 10,049 filed in 2013.",
     "contradicted"),
    ("Shenzhen's PCT applications were 10,049 in 2013, about 38% fewer than the 16,300 filed in 2024.", "supported"),
])
def test_differences_named_in_words_and_in_chinese(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # what the words after a figure count picks its metric: items, batches, cases, money
    ("In 2013 Shenzhen's procuratorial organs accepted 425 IP-crime cases involving 694 people for arrest review.",
     "supported"),
    ("Shenzhen Customs seized about 28.8 million suspected infringing items in 6,264 batches in 2024, with a case "
     "value of 101 million yuan.", "supported"),
    ("Shenzhen Customs seized more than 2.9 million infringing goods worth over 51 million yuan in 2013.", "supported"),
    ("Shenzhen Customs seized more than 2.9 million infringing items worth over 51 million yuan in 2013.", "supported"),
    ("Shenzhen Customs seized about 28.835 million infringing items worth 1.01 billion yuan in 2024.", "contradicted"),
    ("Shenzhen's drug regulator handled 862 cases in 2013 and destroyed 68 counterfeiting sites, with goods worth "
     "about 212 million yuan involved.", "supported"),
    ("2024年深圳海关查扣涉嫌侵权货物6,264批、约2,883.5万件,案值1.01亿元。", "supported"),
])
def test_what_a_figure_counts_and_what_goods_are_worth(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the whole of a share the claim states is read by its own words, or as the same things as the part
    ("Invention patents made up about 22% of the 49,756 domestic patents granted to Shenzhen in 2013.", "supported"),
    ("Invention patents made up about 32% of the 49,756 domestic patents granted to Shenzhen in 2013.",
     "contradicted"),
    ("Invention patents made up about 22% of the 47,756 domestic patents granted to Shenzhen in 2013.",
     "contradicted"),
    ("In 2013 Shenzhen's Intermediate People's Court accepted 2,936 IP cases, roughly 30% of the 9,694 accepted by "
     "all the city's courts.", "supported"),
    ("2013年深圳市中级人民法院受理知识产权案件2,936宗,约占全市法院受理总数9,694宗的30%。", "supported"),
    ("2013年深圳市中级人民法院受理知识产权案件2,936宗,约占全市法院受理总数9,694宗的40%。", "contradicted"),
])
def test_the_whole_of_a_stated_share(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("The Shenzhen Intermediate People's Court accepted 2,936 IP cases in 2013, roughly 30% of the 9,694 accepted "
     "by courts citywide.", "supported"),
    ("Shenzhen's invention patent grants were 10,987 in 2013, 22% of the 49,756 patents granted.", "supported"),
])
def test_the_whole_of_a_share_of_like_things_is_the_place_the_part_is_in(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen issued 99 IP securitisation products in 2024 with a total value of 15.8 billion yuan.",
     "contradicted"),                                       # British -isation, and 15.8 is the nation's
    ("In 2013, 54 Nanshan enterprises obtained loan guarantees totalling 174 million yuan.", "supported"),
    ("In 2013, 54 Nanshan companies obtained 174 million yuan in loan guarantees.", "supported"),
    ("2024年深圳检察机关办理侵犯知识产权犯罪案件259件,涉及待捕人员541人。", "contradicted"),
])
def test_spellings_and_words_that_stand_for_one_another(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim", [
    "In the first half of 2022, 7,345 inclusive pledge-financing projects of under 10 billion yuan were financed "
    "nationwide, up 112% year on year.",
    "2022年上半年,100万元以下的普惠性质押项目7,345个,同比增长112%。",
])
def test_a_bound_naming_other_items_than_the_metric_s_is_not_theirs(judge, claim):
    v = verdict(judge, claim)
    assert v.verdict == "unverifiable" and "name does not give" in v.reason, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a balance stands at the date the claim opens with; a total since a year runs to that date
    ("截至2022年6月末,银行业知识产权质押贷款余额1246.37亿元,2017年初以来累计发放3723.64亿元。", "supported"),
    ("截至2022年6月末,银行业知识产权质押贷款余额1246.37亿元,2017年初以来累计发放3273.64亿元。", "contradicted"),
])
def test_a_balance_at_a_date_and_a_total_since_a_year(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a bound before a growth rate keeps it a growth rate
    ("China's patent and trademark pledge financing reached 309.8 billion yuan in 2021, growing by less than 30% "
     "on the year.", "contradicted"),
    ("2021年全国专利商标质押融资金额达3098亿元,增速不足40%。", "contradicted"),
    ("2021年全国专利商标质押融资金额达3098亿元,增速超过40%。", "supported"),
    # a multiple of two figures the claim states, of different metrics
    ("Shenzhen received 86,950 trademark applications in 2013, nearly three times the 39,527 trademarks approved "
     "for registration that year.", "contradicted"),
    ("In 2024 Shenzhen's strategic emerging industry clusters disclosed 124,569 invention patents, about 3.9 times "
     "the 32,112 disclosed by its future industry clusters.", "supported"),
    ("2013年深圳商标申请量86,950件,是商标注册量39,527件的2.2倍。", "supported"),
    ("2013年深圳商标申请量86,950件,是商标注册量39,527件的3.2倍。", "contradicted"),
    # a court written before its city ("… in Shenzhen"), known and unknown
    ("In 2013 the Nanshan District People's Court in Shenzhen accepted 1,385 IP cases and closed 1,175.", "supported"),
    ("In 2013 the Longhua District People's Court in Shenzhen accepted 1,385 IP cases and closed 1,175.",
     "unverifiable"),
    # a count in words beside a fraction in words
    ("Shenzhen companies won four gold awards at the 15th China Patent Award in 2013, one fifth of the national "
     "total.", "supported"),
    ("Shenzhen companies won four gold awards at the 15th China Patent Award in 2013, one third of the national "
     "total.", "contradicted"),
    # 'intellectual property' is the 'IP' of a metric's name
    ("In 2021, intellectual property insurance in China provided 24.1 billion yuan of risk protection to more than "
     "5,000 enterprises.", "supported"),
    ("2022年上半年,全国1000万元以下的普惠性专利商标质押融资项目达7,345项,同比增长112%。", "supported"),
])
def test_session_ten_readings(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


_SERVICE = ("At present, there are more than 73,000 intellectual property service institutions in China, employing "
            "more than 865,000 people, and their annual revenue exceeds 225 billion yuan, an increase of {} over the "
            "beginning of the 13th Five-Year Plan period respectively.")


@pytest.mark.parametrize("rates, expected", [("97.3%, 95.7% and 125%", "supported"),
                                             ("95.7%, 97.3% and 125%", "contradicted")])
def test_rates_handed_out_respectively(knowledge, rates, expected):
    from datetime import date

    from ipcheck.judge import Judge

    v = Judge(knowledge, as_of=date(2022, 8, 24)).verify(_SERVICE.format(rates))
    assert v.verdict == expected, v.reason
    assert [f.role for f in v.figures][3:] == ["growth"] * 3


@pytest.mark.parametrize("claim, expected", [
    # another city the claim speaks of, with no figure of its own
    ("Shenzhen handled more than 145,000 patent applications in 2016, more than Beijing did that year.",
     "unverifiable"),
    ("Shenzhen's 14,934 software copyright registrations in 2013 exceeded Guangzhou's total for that year.",
     "unverifiable"),
    ("Shenzhen's PCT applications in 2013 were 10,049, 48.10% of the national total from domestic applicants.",
     "supported"),                                          # the nation is the yardstick, not another place
    # a total named after its parts ("50 in all")
    ("In 2024 Shenzhen's 13 people's mediation organizations and 37 commercial mediation organizations for IP "
     "disputes, 50 in all, mediated 5,904 cases.", "supported"),
    ("In 2024 Shenzhen's 13 people's mediation organizations and 37 commercial mediation organizations for IP "
     "disputes, 60 in all, mediated 5,904 cases.", "contradicted"),
    # 'from more than 19,000 in 2016 to 16,300 in 2024'
    ("Shenzhen's PCT applications fell from more than 19,000 in 2016 to 16,300 in 2024.", "supported"),
    ("Shenzhen's PCT applications rose from more than 19,000 in 2016 to 16,300 in 2024.", "contradicted"),
    # a total to a date counts from its 'since'
    ("As of the end of June 2022, cumulative IP pledge loans issued since the start of 2017 reached 372.364 "
     "billion yuan.", "supported"),
    ("Cumulative IP pledge loans issued since 2017 reached 272.364 billion yuan by the end of June 2022.",
     "contradicted"),
    # a direction the source's own words give a count written in words ("has risen to five")
    ("2024年深圳知识产权强国建设试点示范县数量下降至5个。", "contradicted"),
    ("2024年深圳知识产权强国建设试点示范县数量增至5个。", "supported"),
])
def test_session_ten_traps(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # streaks however they are written: a wrong count must never ride on a right rank
    ("Shenzhen's PCT applications ranked first nationwide for the 21st straight year in 2024.", "supported"),
    ("Shenzhen's PCT applications ranked first nationwide for the 25th straight year in 2024.", "contradicted"),
    ("Shenzhen's PCT applications led China for 21 years in a row as of 2024.", "supported"),
    ("Shenzhen's PCT applications have topped the national ranking for 22 years running as of 2024.",
     "contradicted"),
    ("Shenzhen's patent grants ranked first in China for the seventh successive year in 2024.", "supported"),
    ("2024年深圳专利授权量24.19万件,连续第7年居全国首位。", "supported"),
    ("2024年深圳专利授权量24.19万件,连续第8年居全国首位。", "contradicted"),
    ("2024年深圳知识产权质押登记惠及1,427家企业,登记金额连续第五年位居广东省第一。", "supported"),
    ("2024年深圳知识产权质押登记惠及1,427家企业,登记金额连续第六年位居广东省第一。", "contradicted"),
])
def test_streaks_as_reporters_write_them(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # ranks however they are written
    ("Shenzhen's PCT applications were No. 1 in China in 2024.", "supported"),
    ("Shenzhen's PCT applications were No. 2 in China in 2024.", "contradicted"),
    ("Shenzhen was the nation's second-largest filer of PCT applications in 2024.", "contradicted"),
    ("Shenzhen was the nation's largest filer of PCT applications in 2024.", "supported"),
    ("Shenzhen was the world's largest filer of PCT applications in 2024.", "unverifiable"),
    ("2024年深圳PCT国际专利申请量全国第二。", "contradicted"),
    ("2024年深圳PCT国际专利申请量全国第一。", "supported"),
    ("Shenzhen led the nation in trademark registrations in 2024 with 249,500.", "supported"),
    ("Shenzhen led the nation in valid domestic invention patents at the end of 2013 with 62,293.", "contradicted"),
    # ordinals in words, and a gap that trails
    ("In 2013, Shenzhen's PCT applications led China's large and medium-sized cities for the fifteenth consecutive "
     "year.", "contradicted"),
    ("In 2013, Shenzhen's PCT applications led China's large and medium-sized cities for the tenth consecutive year.",
     "supported"),
    ("Shenzhen's PCT applications ranked first nationwide for the twenty-second straight year in 2024.",
     "contradicted"),
    ("In 2021, the growth rate of China's IP royalty exports trailed that of imports by 10.5 percentage points.",
     "contradicted"),
    ("In 2021, the growth rate of China's IP royalty imports trailed that of exports by 10.5 percentage points.",
     "supported"),
])
def test_ranks_as_reporters_write_them(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("2013年深圳国内专利申请量八万余件。", "supported"),
    ("2013年深圳国内专利申请量九万余件。", "contradicted"),
    ("2024年深圳中级和基层法院新收知识产权案件两万多件。", "contradicted"),
    ("2013年深圳各级法院受理知识产权案件逾万件。", "contradicted"),
    ("Shenzhen's software copyright registrations in 2013 were 9.1 pct of the national total.", "supported"),
    ("截至2022年8月,全国知识产权服务机构不足7万家。", "contradicted"),     # a date in that month (08-24)
    ("截至2022年8月,全国知识产权服务机构超过7万家。", "supported"),
])
def test_numbers_and_dates_as_written(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # an expectation is a claim about what the sources expect, not about an outcome
    ("According to Shenzhen's 2024 IP report, the city was expected to receive 81 awards at the 25th China Patent "
     "Award.", "supported"),
    ("Shenzhen was expected to receive 91 awards at the 25th China Patent Award.", "contradicted"),
    ("Shenzhen was expected to receive 81 awards, 9 of them gold, at the 25th China Patent Award.", "supported"),
    ("第二十五届中国专利奖深圳预计获奖81项,其中金奖19项。", "contradicted"),
    ("Shenzhen received 81 awards at the 25th China Patent Award.", "unverifiable"),    # an outcome: no source has it
    ("By the end of 2016, Shenzhen had won a total of 72 China Patent gold awards.", "contradicted"),
])
def test_expectations(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a comparison with something the claim gives no figure for settles nothing, unless the sources
    # give the other side (Longgang's court: 1,222, see test_orders)
    ("In 2013 Shenzhen's Luohu District People's Court accepted 972 IP cases, more than the Longgang District "
     "People's Court.", "contradicted"),
    ("In 2013 the Shenzhen Intermediate People's Court closed 2,114 IP cases, more than all of the city's district "
     "courts combined.", "unverifiable"),
    ("Shenzhen's valid invention patents exceeded 95,000 in 2016.", "supported"),       # a bound, no comparison
    # 'more than any other' is a rank of one
    ("Shenzhen filed 16,300 PCT applications in 2024, more than any other Chinese city.", "supported"),
    ("Shenzhen held 62,293 valid invention patents at the end of 2013, more than any other Chinese city.",
     "contradicted"),
    # a multiple's numerator is the figure nearest before it, whoever's
    ("2024年全国每万人口高价值发明专利拥有量平均为14件,深圳为110件,是全国平均水平的7.9倍。", "supported"),
])
def test_comparisons_with_words(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("2024年深圳每万人高价值发明专利拥有量为110件,接近全国平均水平14件的8倍。", "supported"),   # 14件的8倍: 14 is the base
    ("在第二十五届中国专利奖评选中,深圳预计获得81项奖励,其中金奖9项。", "supported"),          # 其中: the parts' word
    # a goal beside an outcome already reached: the outcome keeps its own year and is judged as an
    # outcome (never as the goal), and the order stated between the two is checked
    ("Shenzhen's 2020 target of more than 92 valid invention patents per 10,000 people was set above the 80.1 it "
     "had already reached in 2016.", "supported"),
    # a superlative among the parts of a sourced total is checked against the other parts
    ("In 2013 Shenzhen's Yantian District People's Court accepted and concluded 14 IP cases, the fewest of any "
     "court in the city.", "supported"),
    ("In 2013 Shenzhen's Luohu District People's Court accepted 972 IP cases, the fewest of any court in the city.",
     "contradicted"),
    ("The Bao'an District People's Court accepted more IP cases in 2013 than any other district court in "
     "Shenzhen.", "contradicted"),                   # Futian's 1,664 is more
    ("The Futian District People's Court accepted more IP cases in 2013 than any other district court in "
     "Shenzhen.", "supported"),
    # a superlative among a group the sources give no total of: nothing checks it
    ("In 2013 Shenzhen's Yantian District People's Court accepted 14 IP cases, the fewest of any court in "
     "Guangdong.", "unverifiable"),
])
def test_goals_parts_and_superlatives(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen-based Huawei filed 2,094 PCT applications in 2013.", "unverifiable"),    # the company's, not the city's
    ("In 2024, Shenzhen recorded 20 Shenzhen-based IP leading enterprises.", "supported"),    # a metric's own name
    ("Shenzhen's guidance on overseas IP disputes saved enterprises more than US$8 million in litigation costs in "
     "2024.", "supported"),                                 # a bound in dollars, no comparison with words
    ("Shenzhen's 26,967 patent transfers in 2024 exceeded its 25,612 patent acquisitions by 1,355.", "supported"),
    ("2024年,中国(深圳)知识产权保护中心协助办理行政执法案件285件。", "supported"),
])
def test_companies_bounds_and_named_sides(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("2020年全国专利密集型产业增加值对GDP增长的贡献率达24.6%。", "supported"),       # 增加值 is value added, no rise
    ("Shenzhen's 249,500 trademark registrations in 2024 ranked first in China, and its 110 high-value invention "
     "patents per 10,000 people were 7.9 times the national average of 14.", "supported"),   # 'national' owns the 14
    ("University patent applications in China rose from 106,000 in 2012 to 367,000 in 2021, an increase of 246.2%, "
     "while the grant rate rose to 83.9%.", "supported"),                                # 'rose to 83.9%': a level
])
def test_long_claims(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim", [
    "As of August 2022, China had more than 73,000 IP service institutions employing more than 865,000 people.",
    "In 2024 Shenzhen monitored 689 overseas IP dispute cases involving 2,352 Shenzhen enterprises.",
])
def test_a_figure_takes_the_metric_that_counts_what_it_counts(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "supported", v.reason


def test_respectively_reaches_only_its_own_part_of_the_sentence(judge):
    claim = ("In 2024 Shenzhen held 271,100 valid invention patents in strategic emerging and future industries, "
             "75.58% of the city's total, while its strategic emerging and future industry clusters disclosed "
             "{} and {} invention patents respectively.")
    assert judge.verify(claim.format("124,569", "32,112")).verdict == "supported"
    assert judge.verify(claim.format("32,112", "124,569")).verdict == "contradicted"


@pytest.mark.parametrize("claim", [
    "2013年深圳全市法院收案知识产权案件9,694件,审结8,174件。",
    "The Shenzhen Intermediate People's Court took in 2,936 IP cases in 2013 and disposed of 2,114 of them.",
    "Shenzhen recorded 249,500 trademark approvals in 2024.",
    "2024年深圳每万人口高价值发明专利拥有量为110件,是全国平均水平(14件)的7.9倍。",
    "Shenzhen's intermediate and grassroots courts took on 19,055 new IP lawsuits in 2024 and wrapped up 20,009.",
    "Shenzhen issued 99 IP asset-backed securities products worth a combined 21.906 billion yuan in 2024.",
    "Outstanding IP-backed loans held by Chinese banks stood at 124.637 billion yuan at the end of June 2022.",
    "China recorded 420,000 patent assignments and licences in 2021, up 15% year on year.",
    "2016年深圳PCT国际专利申请超过1.9万件。",
])
def test_paraphrases_reporters_use(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "supported", v.reason


def test_a_count_in_chinese_measure_words_is_no_year(judge):
    v = judge.verify("2016年深圳PCT国际专利申请约1900件。")       # 1900件: a count (of the sourced 19,000: wrong)
    assert v.verdict == "contradicted", v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen's 2018 IPR document plans an average annual increase of over 25% in the amount of IP pledges.",
     "supported"),
    ("Shenzhen's 2018 IPR document planned an average annual increase of over 35 percent in the amount of IP "
     "pledges.", "contradicted"),
])
def test_a_plan_of_growth_is_a_goal(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen's 271,100 valid invention patents in strategic emerging and future industries made up 75.58% of the "
     "city's total in 2024.", "supported"),
    ("Shenzhen's 271,100 valid invention patents in strategic emerging and future industries were 85.58% of the "
     "city's total in 2024.", "contradicted"),
])
def test_strategic_emerging_and_future_industries_is_one_phrase(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_total_to_date_is_the_figure_its_words_are_with(judge):
    # 累计 belongs to the 27, not to the round's 4 gold awards before it
    v = judge.verify("深圳在第十八届中国专利奖中获得4项金奖,居全国主要城市第二位,截至2016年底累计获得中国专利金奖27项。")
    assert v.verdict == "supported", v.reason
    v = judge.verify("深圳在第十八届中国专利奖中获得4项金奖,居全国主要城市第二位,截至2016年底累计获得中国专利金奖37项。")
    assert v.verdict == "contradicted", v.reason


@pytest.mark.parametrize("claim,expected", [
    # 8.89 billion is 10.84 times 820 million: a multiple in words is checked, never passed over
    ("The value of patent transfers by Chinese universities rose from 820 million yuan in 2012 to 8.89 billion "
     "yuan in 2021, more than a twentyfold increase.", "contradicted"),
    ("The value of patent transfers by Chinese universities rose from 820 million yuan in 2012 to 8.89 billion "
     "yuan in 2021, a threefold increase.", "contradicted"),
    ("The value of patent transfers by Chinese universities rose from 820 million yuan in 2012 to 8.89 billion "
     "yuan in 2021, more than a tenfold increase.", "supported"),
])
def test_a_multiple_written_with_fold_is_checked(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert [c.kind for c in v.checks] == ["change_times"]


@pytest.mark.parametrize("claim,expected", [
    # a rate said against the year before is the year's growth, its comparison checked with it
    ("Shenzhen lodged 86,950 trademark applications in 2013, 28.08% more than a year earlier.", "supported"),
    ("Shenzhen lodged 86,950 trademark applications in 2013, 28.08% fewer than a year earlier.", "contradicted"),
    ("Shenzhen lodged 86,950 trademark applications in 2013, 18.08% more than the previous year.", "contradicted"),
    # a comparison with the year before and no rate: nothing says by how much
    ("Shenzhen lodged 86,950 trademark applications in 2013, more than a year earlier.", "unverifiable"),
])
def test_a_rate_against_the_year_before(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # a month stands for a figure stated as of a day in it
    ("China had more than 73,000 IP service institutions in August 2022.", "supported"),
    ("China had more than 73,000 IP service institutions in July 2022.", "unverifiable"),
    # "by the end of the year" in a claim that says when it speaks: the end of that year, and what
    # was expected then is checked as expectations are
    ("In August 2022 CNIPA said it expected more than 1,000 patent open licenses to be reached by the end of "
     "the year.", "supported"),
    ("In August 2022 CNIPA said it expected more than 10,000 patent open licenses to be reached by the end of "
     "the year.", "contradicted"),
])
def test_a_month_and_the_end_of_its_year(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # the size of a list a count is of, before or after it, in either language, and US dollars in Chinese
    ("国家知识产权局2022年8月介绍,全球领先的5000个品牌中有408个来自中国,总价值达1.6万亿美元。", "supported"),
    ("According to WIPO figures cited by CNIPA in August 2022, the 408 Chinese brands among the world's leading "
     "5,000 had a combined value of 1.6 trillion US dollars.", "supported"),
    ("According to WIPO figures cited by CNIPA in August 2022, the 408 Chinese brands among the world's leading "
     "5,000 had a combined value of 1.6 billion US dollars.", "contradicted"),
])
def test_a_list_s_size_is_no_figure_of_its_own(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert "5000" not in [f.text for f in v.figures] and "5,000" not in [f.text for f in v.figures]


@pytest.mark.parametrize("claim,expected", [
    # a metric of additions states a gain ("gained 15 newly recognised …") as its level
    ("Shenzhen gained 15 newly recognised China famous trademarks in 2013, bringing its cumulative total to 118.",
     "supported"),
    ("Shenzhen gained 16 newly recognised China famous trademarks in 2013.", "contradicted"),
    # a bound inside brackets is the figure's: "(over 19,000)"
    ("Shenzhen filed fewer PCT applications in 2024 (16,300) than in 2016 (over 19,000).", "supported"),
    # "from the start of 2017" opens a span as "since" does: the cumulative issuance is over it
    ("At the end of June 2022 the balance of IP pledge loans at Chinese banking institutions was 124.637 billion "
     "yuan, while cumulative issuance from the start of 2017 reached 372.364 billion yuan.", "supported"),
])
def test_additions_bracketed_bounds_and_spans(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # "in 2013 alone" is the year's own flow, never a total at its end
    ("In 2013 alone, Shenzhen's IP pledge financing amounted to nearly RMB 1.2 billion.", "unverifiable"),
    ("By the end of 2013, Shenzhen's IP pledge financing amounted to nearly RMB 1.2 billion.", "supported"),
    ("In 2013 alone Shenzhen filed 80,657 domestic patent applications.", "supported"),
])
def test_a_year_alone(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # relative times said from the month the source spoke
    ("国家知识产权局2022年8月称,去年全国专利商标质押融资额为1626.5亿元。", "contradicted"),   # 2021: 309.8 billion
    ("Speaking in August 2022, CNIPA said the number of patent transfers and licenses in China reached 420,000 "
     "last year, up 15%.", "supported"),
    ("CNIPA said in August 2022 that national patent and trademark pledge financing reached 309.8 billion yuan in "
     "the first half of this year.", "contradicted"),
    ("国家知识产权局2022年8月表示,今年上半年全国专利商标质押融资额达1626.5亿元,同比增长51.5%。", "supported"),
])
def test_relative_times_from_when_the_source_spoke(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # a figure implied by a stated level and its growth is the same metric's, of the year before
    ("Shenzhen's invention patent grants fell 15.9% to 10,987 in 2013, implying roughly 13,100 in 2012.", "supported"),
    ("Shenzhen's invention patent grants fell 15.9% to 10,987 in 2013, implying roughly 15,100 in 2012.",
     "contradicted"),
    # never a false contradiction from a goal read as an outcome, or an addition read as a level
    ("The 2018 plan's 2020 target of more than 92 valid invention patents per 10,000 people was about 15% above "
     "the 80.1 Shenzhen recorded in 2016.", "unverifiable"),
    ("2020年深圳每万人发明专利拥有量达到92件,比2016年的80.1件增加约12件。", "unverifiable"),
    # a goal stated with a bound stays a goal
    ("Shenzhen's 2018 IPR document set a target of more than 22,000 PCT international patent applications by 2020.",
     "supported"),
])
def test_implied_figures_and_goals_beside_outcomes(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen's pre-examination agency services kept an error-free record for 115 consecutive months.", "supported"),
    ("深圳预审代办服务连续115个月零差错。", "supported"),
    ("error-free consecutive months agency services 2024 = 115", "supported"),    # the metric says months
    ("Shenzhen's pre-examination agency services kept an error-free record for 150 consecutive months.",
     "contradicted"),
    # a span of time is no count of patents: the grant cycle's 3 months are not 3 patents granted
    ("2024年深圳超过1万家企业办理专利预审备案,受理预审案件16,261件,专利授权周期缩短至3个月。", "unverifiable"),
    ("In 2024 the patent grant cycle in Shenzhen was cut to 3 months.", "unverifiable"),
])
def test_spans_of_time_are_months_never_counts(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a whole that takes in what the source's whole leaves out ("不含国外申请")
    ("Shenzhen's 10,049 PCT applications in 2013 made up 48.10% of all PCT applications filed in China, including "
     "those by foreign applicants.", "unverifiable"),
    ("Shenzhen's 10,049 PCT applications in 2013 made up 48.10% of the national total from domestic applicants.",
     "supported"),
    # loans are not enterprises
    ("Chinese banks' IP pledge loans went to 5,981 enterprises in the year, up 60.91%.", "unverifiable"),
])
def test_what_a_figure_counts_and_what_its_whole_takes_in(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("18th China Patent Awards: Shenzhen 4 golds, ranked #1 among major cities", "contradicted"),   # second
    ("18th China Patent Awards: Shenzhen 4 golds, ranked #2 among major cities", "supported"),
    ("China IP service institutions: >73k, up 125% vs start of 13th FYP", "contradicted"),         # 97.3%
    ("China IP service institutions: >73k, up 97.3% vs start of 13th FYP", "supported"),
    ("Cumulative IP pledge loans, Jan 2017–Jun 2022: ¥327.364bn", "contradicted"),                # Jan, Jun are months
    ("SZ domestic patent apps 2013: 80,657 (+10.29% y/y)", "supported"),
])
def test_short_forms_of_live_blogs_and_fact_boxes(judge, claim, expected):
    v = verdict(judge, claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a majority in words is a share, more than half: checked like any share
    ("Patent pledges made up the bulk of the 309.8 billion yuan in patent and trademark pledge financing in 2021.",
     "unverifiable"),                                   # no share of the financing is sourced
    ("In 2016 Shenzhen filed most of China's PCT applications.", "unverifiable"),     # the source: about half
    ("In 2016 Shenzhen filed less than a third of China's PCT applications.", "contradicted"),
    ("Shenzhen's PCT applications reached 16,300 in 2024, the most of any Chinese city.", "supported"),
])
def test_a_majority_in_words(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the English says 3 associate-senior titles were awarded; the Chinese, 3 applicants of whom 1 failed
    ("In 2013, 3 people in Shenzhen were awarded associate senior IP titles.", "disputed"),
    ("2013年深圳知识产权专业技术资格副高级通过2人。", "disputed"),
    ("In 2013 Shenzhen awarded 11 intermediate IP professional titles.", "supported"),
    # the English translation's "164 patent insurance contracts" are the Chinese original's 164 insured
    # patents: a review marks the translation's figure disputed, the original's stands
    ("Shenzhen had signed 164 patent insurance contracts by the end of 2013.", "disputed"),
    ("2013年深圳全市投保专利达到164件,专利保险试点正式启动。", "supported"),
    ("Shenzhen had signed 165 patent insurance contracts by the end of 2013.", "contradicted"),
])
def test_where_the_versions_of_a_document_disagree(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    if expected == "disputed":
        assert "disagree" in v.reason


def test_the_side_a_multiple_is_of_keeps_its_own_words(judge):
    v = judge.verify("Shenzhen's 3,334 registered trademark agencies are more than five times its 598 patent agencies.")
    assert v.verdict == "supported", v.reason
    assert [f.metric for f in v.figures if f.role == "level"] == ["trademark_agencies", "patent_agencies"]


@pytest.mark.parametrize("claim, expected", [
    ("2013年深圳商标申请量同比增长近三成。", "supported"),        # 28.08%
    ("2013年深圳商标申请量同比增长约三成。", "supported"),
    ("2013年深圳商标申请量同比增长近两成。", "contradicted"),
    ("2013年深圳商标申请量同比增长约四成。", "contradicted"),
    ("2013年深圳商标申请量同比增长三成以上。", "contradicted"),
])
def test_growth_in_chinese_tenths(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "nationally" names the nation; "against 110 in Shenzhen" is a side with no metric words of its own
    ("Nationally there were 14 high-value invention patents per 10,000 people in 2024, against 110 in Shenzhen.",
     "supported"),
    ("Nationally there were 14 high-value invention patents per 10,000 people in 2024, against 120 in Shenzhen.",
     "contradicted"),
    ("In 2024 the national average of high-value invention patents per 10,000 people was 14, against Shenzhen's 110.",
     "supported"),
    ("Shenzhen's PCT applications ranked first nationally in 2024.", "supported"),     # a yardstick, no subject
])
def test_the_nation_and_a_side_set_against_it(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_reason_does_not_depend_on_what_was_judged_before(knowledge):
    """A streak's fact is also read as its rank (same id, another value): the reason of one must never
    be written with the other's figure, whichever claim came first."""
    from ipcheck.judge import Judge

    rank = "In 2013, Shenzhen's 10,049 PCT international applications ranked first among China's large and " \
           "medium-sized cities for the tenth consecutive year."
    streak = "In 2013 Shenzhen's PCT applications ranked first among Chinese cities for the 11th consecutive year."
    alone = Judge(knowledge).verify(streak).reason
    judge = Judge(knowledge)
    judge.verify(rank)
    assert judge.verify(streak).reason == alone
    assert "The sources give 10 years" in alone


@pytest.mark.parametrize("claim, expected", [
    # "which" after a metric's name: the figure in the relative clause is of what it names
    ("Growing 5.8% in 2020, patent-intensive industries outpaced GDP, which the CNIPA's figures put at 2.7% "
     "growth for the same period.", "supported"),
    ("Growing 5.8% in 2020, patent-intensive industries outpaced GDP, which the CNIPA's figures put at 3.7% "
     "growth for the same period.", "contradicted"),
    ("China's patent-intensive industries grew 5.8% in 2020.", "supported"),       # their value added
])
def test_a_relative_clause_takes_the_metric_before_it(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the 30% the source gives is of the universities' 27,000, not of the nation's 420,000: the share is
    # recomputed, 27,000 / 420,000 = 6.43%
    ("Universities and research institutes accounted for only about 6.4% of China's 420,000 patent transfers and "
     "licences in 2021.", "supported"),
    ("Universities and research institutes accounted for about 30% of China's 420,000 patent transfers and "
     "licences in 2021.", "contradicted"),
    ("Invention patents made up about 22% of the 49,756 domestic patents granted to Shenzhen in 2013.", "supported"),
])
def test_a_share_of_a_stated_whole_is_not_one_of_another(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    if "Invention" in claim:
        assert v.figures[0].fact == "wp13en-invention-grant-share"      # the sourced share, of the same whole
    else:
        assert [c.detail for c in v.checks if c.kind == "share"] == [
            "27,000 (cn22-univ-inst-transfers-licenses-2021) / 420,000 (cn22-patent-transfers-licenses-2021)"]


@pytest.mark.parametrize("claim, expected", [
    # the same number in another currency is another amount, whatever the rate
    ("China's combined IP royalty imports and exports reached 378.3 billion US dollars in 2021.", "contradicted"),
    ("The 408 Chinese brands among the world's 5,000 leading brands were worth a combined 1.6 trillion yuan, "
     "according to figures cited by CNIPA in August 2022.", "contradicted"),
    ("China's IP royalty imports and exports totalled 58 billion US dollars in 2021.", "unverifiable"),   # no rate
])
def test_a_figure_in_another_currency(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # first of a group the claim names: worked out from the parts of the sourced total (Futian 1,664 the most)
    ("Luohu's district court was the busiest of Shenzhen's district-level courts for IP disputes in 2013, "
     "accepting 972 cases.", "contradicted"),
    ("Futian's district court was the busiest of Shenzhen's district-level courts for IP disputes in 2013, "
     "accepting 1,664 cases.", "supported"),
    ("The Luohu District People's Court accepted the most IP cases of Shenzhen's district courts in 2013, 972.",
     "contradicted"),
    ("Among Shenzhen's district courts, Luohu's accepted the most IP cases in 2013.", "contradicted"),
    ("Among Shenzhen's district courts, Futian's accepted the most IP cases in 2013.", "supported"),
    ("Longgang District People's Court accepted the most IP cases among Shenzhen's district courts in 2013.",
     "contradicted"),
])
def test_the_most_of_a_named_group(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the table a streak at the top is of names the metric; "PCT grants" are nothing the sources count
    ("2024 marked Shenzhen's 20th consecutive year at the top of China's PCT table.", "contradicted"),
    ("2024 marked Shenzhen's 21st consecutive year at the top of China's PCT table.", "supported"),
    ("Shenzhen's PCT grants in 2024 were lower than its PCT applications in 2016.", "unverifiable"),
])
def test_a_streak_at_the_top_of_a_table(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim", [
    # "second among the large and medium-sized cities": all patents granted in the English, invention
    # patents granted in the Chinese original; a review marks both versions' ranks disputed
    "Shenzhen's total number of domestic patents granted in 2013 ranked second among China's large and "
    "medium-sized cities.",
    "2013年深圳发明专利授权量居全国大中城市第二位。",
])
def test_a_rank_the_versions_give_to_different_metrics(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "disputed" and "the sources disagree on it" in v.reason, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("深圳PCT国际专利申请量2024年约为1.6万件，已连续21年领跑全国。", "supported"),     # 领跑全国: first nationwide
    ("深圳PCT国际专利申请量2024年约为1.6万件，已连续21年领跑深圳。", "unverifiable"),   # a rank in no source's scope
    # a rate refused for a word of its own names no change the figures around it give
    ("Shenzhen's PCT international grants grew by more than 60 percent between 2013, when the city filed 10,049, "
     "and 2024, when it filed 16,300.", "unverifiable"),
])
def test_leading_in_chinese_and_a_refused_rate(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen set up 13 people's mediation bodies and 37 commercial mediation bodies for IP disputes, which "
     "mediated 5,904 cases in 2024.", "supported"),
    # 'after creating' opens the clause of the jobs created, so the 14.73 million employed are no additions
    ("Industries linked to geographical indications produced 562.5 billion yuan of output in 2021, 51 billion "
     "yuan more than the year before, and employed 14.73 million people after creating 1.17 million new jobs.",
     "supported"),
    # 'a year earlier' is the year before's, whatever the claim says of 2021
    ("Output from China's geographical-indication industries rose to 562.5 billion yuan in 2021, up from roughly "
     "511.5 billion yuan a year earlier.", "unverifiable"),
])
def test_long_claims_of_several_figures(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # compressed forms: a rank with its scope and no verb, a goal said to be met, a side after 'vs', items
    # set apart by spaces, a single-character cue of growth, a synonym of employees
    ("Shenzhen 2024 invention patents disclosed: strategic emerging clusters 124,569, future-industry clusters "
     "32,112 — both No.1 nationally", "contradicted"),
    ("Shenzhen tops major cities with 4 golds at 18th China Patent Awards", "contradicted"),
    ("Shenzhen PCT filings 2020: over 22,000 — target met", "unverifiable"),
    ("Shenzhen high-value invention patents per 10k residents, 2024: 110 vs national 14 (7.9x)", "supported"),
    ("Shenzhen high-value invention patents per 10k residents, 2024: 110 vs national 14 (9.7x)", "contradicted"),
    ("高校专利申请量2012年10.6万件→2021年36.7万件 增246.2% 授权率65.1%→83.9%", "supported"),
    ("高校专利申请量2012年10.6万件→2021年36.7万件 增146.2% 授权率65.1%→83.9%", "contradicted"),
])
def test_headline_forms(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the nation is the whole; the share is the place the items come from
    ("2013年,全国大约每11件软件著作权登记中就有1件来自深圳。", "supported"),       # 9.09%
    ("2013年,全国大约每5件软件著作权登记中就有1件来自深圳。", "contradicted"),
    ("In 2013 one out of every 11 software copyright registrations in China came from Shenzhen.", "supported"),
    # "second-largest" is the rank: never also "largest among"; "96 more … than" across a long noun phrase
    ("Shenzhen's stock of 62,293 valid domestic invention patents at the end of 2013 was the second-largest among "
     "China's large and medium-sized cities.", "supported"),
    ("In 2024 Shenzhen had 96 more high-value invention patents per 10,000 people than the national average.",
     "supported"),
    # a run of years is a streak
    ("Shenzhen has held the national top spot for PCT applications, a 21-year run as of 2024.", "supported"),
    ("Shenzhen has held the national top spot for PCT applications, a 20-year run as of 2024.", "contradicted"),
])
def test_shares_ranks_and_runs_as_reporters_write_them(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # 'fell just short of' is a bound, never a fall
    ("Shenzhen's PCT applications fell just short of 16,000 in 2024.", "contradicted"),
    ("Shenzhen's PCT applications fell just short of 16,500 in 2024.", "supported"),
    # ", to fewer than 11,000": the same thing's level, bounded
    ("Invention patent grants in Shenzhen slipped by just under 16% in 2013, to fewer than 11,000.", "supported"),
    ("Invention patent grants in Shenzhen slipped by just under 16% in 2013, to fewer than 10,000.", "contradicted"),
    # what a rate beat is not what it is of, nor the gap's
    ("The added value of China's patent-intensive industries exceeded 12 trillion yuan in 2020, with growth of "
     "5.8% that beat GDP growth by 3.1 points.", "supported"),
    ("The added value of China's patent-intensive industries exceeded 12 trillion yuan in 2020, with growth of "
     "5.8% that beat GDP growth by 4.1 points.", "contradicted"),
])
def test_bounds_and_sides_beaten(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the mutants of the fifty-third to fifty-fifth sets: each one change that no source bears out
    ("2013年深圳PCT国际专利申请量占深圳国内企业和个人申请总量的比例在50%以下。", "unverifiable"),   # the city's filers
    ("2013年深圳PCT国际专利申请量占全国国内企业和个人申请总量的比例在50%以下。", "supported"),
    ("With 598 patent agencies in 2024, Shenzhen had fewer than any other city in Guangdong.", "unverifiable"),
    ("2013年,深圳大约每11件软件著作权登记中就有1件来自深圳。", "unverifiable"),
    ("第十八届中国专利奖评选中,深圳拿下4项金奖,金奖数在深圳主要城市中位列第二。", "unverifiable"),
    ("深圳2024年国内专利授权24.19万件 连续七年深圳第一", "unverifiable"),
    ("深圳2024年国内专利授权24.19万件 连续七年全国第一", "supported"),
    ("Futian: 37 of Shenzhen's 69 patent agencies at end-2013, fewer than half", "contradicted"),
    ("Futian: 37 of Shenzhen's 69 patent agencies at end-2013, more than half", "supported"),
])
def test_one_change_no_source_bears_out(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # lagging is beating the other way: the gap is the subject's, and its direction is checked
    ("Patent-intensive industries grew 5.8% in 2020, lagging GDP growth by 3.1 percentage points.", "contradicted"),
    ("Patent-intensive industries grew 5.8% in 2020, beating GDP growth by 3.1 percentage points.", "supported"),
    # "for the first time" says something of every year before
    ("Shenzhen's PCT applications topped 10,000 for the first time in 2013.", "unverifiable"),
    ("Shenzhen's PCT applications topped 10,000 in 2013.", "supported"),
])
def test_lagging_and_a_first_time(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the whole after a part or a fraction is named by the words after it, never by the part's
    ("Invention patents made up 10,987 of the 49,756 domestic patents granted in Shenzhen in 2013.", "supported"),
    ("About three-fifths of the 80,657 domestic patent applications Shenzhen filed in 2013 were for inventions.",
     "unverifiable"),
    ("Just over a fifth of the 49,756 domestic patents granted in Shenzhen in 2013 were invention patents.", "supported"),
    # a part of another kind of thing than its whole stays a part ("461 of the 694 persons": persons, not cases)
    ("In 2013 Shenzhen's procuratorial organs approved the arrest of 461 of the 694 persons in IP crime cases "
     "submitted for arrest review, about two-thirds.", "unverifiable"),
])
def test_parts_and_wholes_of_other_kinds(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a share whose words name the whole is the share of the part the claim has been talking about
    ("Shenzhen's invention patent grants fell 15.9% in 2013 and made up 22.08% of all patents it was granted.",
     "supported"),
    ("2013年深圳发明专利授权量为10,987件,同比下降15.9%,约占国内专利授权总量的22%。", "supported"),
    ("In 2013, invention-patent grants in Shenzhen dropped 15.9% to 10,987, a roughly 22% slice of all its domestic "
     "grants.", "supported"),
    ("In 2013, invention-patent grants in Shenzhen dropped 15.9% to 10,987, a roughly 32% slice of all its domestic "
     "grants.", "contradicted"),
])
def test_the_share_of_the_part_talked_about(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # what a document or plan of a year says will happen is a goal, checked against the goals that year's sources set
    ("A 2018 Shenzhen document said professional IP hosting services would cover more than 1,500 microenterprises.",
     "supported"),
    ("A 2018 Shenzhen document said professional IP hosting services would cover more than 5,000 microenterprises.",
     "contradicted"),
    ("深圳2018年发布的文件提出,专利商标行政执法案件数量每年增长20%以上。", "supported"),
    ("根据深圳2018年发布的知识产权保护文件,专业知识产权托管服务将覆盖5000家以上小微企业。", "contradicted"),
    ("深圳2018年出台的知识产权保护文件提出,知识产权质押金额年均增幅计划超过25%。", "supported"),
    ("深圳2018年出台的知识产权保护文件提出,知识产权质押金额年均增幅计划超过35%。", "contradicted"),
    ("Under the 2018 plan, 1,300 enterprises and institutions were to be brought up to Shenzhen's IP management standard.",
     "supported"),
    ("Under the 2018 plan, 3,100 enterprises and institutions were to be brought up to Shenzhen's IP management standard.",
     "contradicted"),
    # an outcome is no goal, and the sources give none
    ("2019年深圳知识产权质押金额增长25%。", "unverifiable"),
])
def test_what_a_plan_of_a_year_says_is_a_goal(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a bound written before the whole a Chinese multiple is of bounds the multiple (110 is 7.9 times 14)
    ("深圳每万人口高价值发明专利拥有量110件,超过全国平均水平的8倍。", "contradicted"),
    ("深圳每万人口高价值发明专利拥有量110件,超过全国平均水平的7倍。", "supported"),
    ("深圳每万人口高价值发明专利拥有量110件,不到全国平均水平的8倍。", "supported"),
    ("深圳每万人口高价值发明专利拥有量110件,不到全国平均水平的7倍。", "contradicted"),
])
def test_a_bound_before_the_whole_of_a_chinese_multiple(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim", [
    # a part set aside, or only some of a city's courts: the figure is no source's whole (9,694 is all courts')
    "Shenzhen's district courts accepted 9,694 IP cases in 2013.",
    "Not counting the Intermediate Court, Shenzhen courts accepted 9,694 IP cases in 2013.",
    "Excluding the Intermediate Court, Shenzhen courts accepted 6,758 IP cases in 2013.",
    "2013年深圳各基层法院共受理知识产权案件9,694宗。",
    "除中级法院外,2013年深圳法院共受理知识产权案件9,694宗。",
])
def test_a_part_set_aside_or_some_courts_are_no_whole(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "unverifiable", v.reason


@pytest.mark.parametrize("claim", [
    "In 2024 the city's intermediate and grassroots courts handled 19,055 new IP cases.",
    "2024年深圳中基层法院新收知识产权案件19,055件。",
    "除此之外,2013年深圳法院共受理知识产权案件9,694宗。",       # 'besides', no part set aside
    "Futian District People's Court accepted 1,664 IP cases in 2013, the most of Shenzhen's district courts.",
])
def test_all_levels_of_courts_or_one_court_are_judged(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "supported", v.reason


@pytest.mark.parametrize("claim, expected", [
    # a bound between the verb of rising and 一倍 bounds the rise (19,055 is 0.97 times more than 9,694)
    ("深圳法院受理知识产权案件从2013年的9,694件增至2024年的19,055件,增长超过一倍。", "contradicted"),
    ("深圳法院受理知识产权案件从2013年的9,694件增至2024年的19,055件,增长近一倍。", "supported"),
    ("深圳法院受理知识产权案件从2013年的9,694件增至2024年的19,055件,增长不到一倍。", "supported"),
    # a fraction after "by only …" is the rise (95,000 is 52.5% more than 62,293)
    ("Shenzhen's valid invention patents grew by only about a third, from 62,293 at the end of 2013 to more than "
     "95,000 in 2016.", "contradicted"),
    ("Shenzhen's valid invention patents grew by just over half, from 62,293 at the end of 2013 to more than "
     "95,000 in 2016.", "supported"),
])
def test_bounded_rises_in_words(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # 'from (roughly) A in Y1 to (roughly) B in Y2': a pair, whose verb is the span's, not Y1's own change
    ("Invention patent grants in Shenzhen rose from 10,987 in 2013 to roughly 44,000 in 2024, a fourfold increase.",
     "unverifiable"),
    ("Shenzhen's invention-patent grants dropped from roughly 13,000 in 2012 to 10,987 in 2013.", "supported"),
    # "when it held …", "when the count passed …": the time just named
    ("Shenzhen's valid invention patents rose by more than half between the end of 2013, when it held 62,293 domestic "
     "ones, and 2016, when the count passed 95,000.", "supported"),
    # no time in a figure's clause: the one named last before it, not one a later clause names
    ("In 2013 Shenzhen's courts closed fewer IP cases (8,174) than they accepted (9,694), but in 2024 they concluded "
     "20,009, more than the 19,055 new cases they took in.", "supported"),
    ("In 2013 Shenzhen's courts closed fewer IP cases (8,174) than they accepted (9,964), but in 2024 they concluded "
     "20,009, more than the 19,055 new cases they took in.", "contradicted"),
    # a rate per head (每万人) does not reach over to the next item of a list
    ("深圳2016年每万人发明专利拥有量80.1件、有效发明专利超过9.5万件。", "supported"),
    ("深圳2016年每万人发明专利拥有量80.1件、有效发明专利不到8.5万件。", "contradicted"),
    ("截至2013年底,深圳累计专利申请479,399件、专利授权259,422件。", "supported"),
])
def test_spans_times_and_list_items(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a rate about another place is not the pair's change ("China's … only doubled": no sourced figure)
    ("While Shenzhen's patent grants rose from 49,756 in 2013 to 241,900 in 2024, China's national patent grants only "
     "doubled over the same period.", "unverifiable"),
    ("Shenzhen's patent grants rose from 49,756 in 2013 to 241,900 in 2024, roughly doubling.", "contradicted"),
    # "people work in … institutions" count the institutions' employees
    ("More than 865,000 people work in China's IP service institutions, 95.7% more than at the start of the 13th "
     "Five-Year Plan period.", "supported"),
    ("More than 865,000 people work in China's IP service institutions, 97.3% more than at the start of the 13th "
     "Five-Year Plan period.", "contradicted"),
    # a figure that lifts a total to N is the total to date; counts in words up to nineteen are read
    ("Fifteen newly recognised China well-known trademarks in 2013 lifted Shenzhen's total to 118.", "supported"),
    ("Fifteen newly recognised China well-known trademarks in 2013 lifted Shenzhen's total to 128.", "contradicted"),
    ("Thirteen newly recognised China well-known trademarks in 2013 lifted Shenzhen's total to 118.", "contradicted"),
])
def test_other_places_rates_employees_and_totals_to_date(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a rate with no words of its own never borrows a metric a word of the claim before it rules out
    ("2013年深圳国内实用新型专利申请量32,208件,同比增长3.65%。", "unverifiable"),
    ("2013年深圳国内发明专利申请量32,208件,同比增长3.65%。", "supported"),
    ("Shenzhen's 80.1 valid invention patents per 10,000 people in 2016, drawn from a stock of more than 95,000, were "
     "eight times the national average.", "contradicted"),
])
def test_a_rate_never_borrows_a_metric_ruled_out(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "a year later": the year after the one named, which the sources may not give
    ("Shenzhen's IP pledge financing reached nearly 1.2 billion yuan by the end of 2013 and rose to 3 billion yuan a "
     "year later.", "unverifiable"),
    ("Shenzhen filed 10,049 PCT applications in 2013 and 16,300 the following year.", "unverifiable"),
    ("Shenzhen filed 10,049 PCT applications in 2013 and 11,000 in 2014.", "unverifiable"),
])
def test_a_year_later_is_the_next_year(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # 超过 a sum the claim gives no figure for: a comparison nothing here settles
    ("2013年深圳中院受理知识产权案件2,936宗,超过六个区法院受理量之和。", "unverifiable"),
    # a share in words the reader could not tie to a figure: never supported on the other figures alone
    ("Of the 19,055 new IP cases filed with Shenzhen courts in 2024, the Futian District Court took about a quarter.",
     "unverifiable"),
    # "an increase of (just over) a quarter": a rise in words, checked (PCT applications rose 25.24% in 2013)
    ("Shenzhen filed 10,049 PCT applications in 2013, an increase of just over a quarter on the previous year.",
     "supported"),
    ("Shenzhen filed 10,049 PCT applications in 2013, an increase of about a third on the previous year.", "contradicted"),
])
def test_comparisons_and_shares_in_words_left_unchecked(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # shares in words nothing read: never supported on a direction or the other figures alone
    ("Shenzhen's share of China's PCT applications slipped from about half in 2016 to about a third in 2024.",
     "unverifiable"),
    ("Shenzhen's 50.421 billion yuan of IP pledge registrations in 2024 was about a sixth of the national total that "
     "year.", "unverifiable"),
    # a rise in times said to be year on year is checked against the year-on-year rate (33.4%)
    ("2021年,高校和科研院所专利转让许可次数达2.7万次,同比增长近一倍。", "contradicted"),
    ("Patent transfers and licences by universities and research institutes doubled year on year to 27,000 in 2021.",
     "contradicted"),
])
def test_shares_in_words_and_yearly_rises_in_times(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the rest of a whole, whatever was set aside, is no source's figure
    ("Apart from the 2,114 closed by the Intermediate Court, the rest of the 8,174 IP cases Shenzhen courts closed in "
     "2013 - 6,060 - were closed at district level.", "unverifiable"),
    ("Excluding both the Intermediate Court and the Futian court, Shenzhen's remaining courts accepted 5,094 IP cases "
     "in 2013.", "unverifiable"),
])
def test_rests_of_wholes(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_cases_passed_on_are_no_bound(judge):
    # "passed N cases to …" hands them on: no bound, so 51 + 15 = 66 holds
    v = judge.verify("Shenzhen's market regulator passed 66 IP cases to judicial and police authorities in 2013: 51 "
                     "trademark cases and 15 copyright cases.")
    assert v.verdict != "contradicted" and v.figures[0].qualifier == "exact", v.reason


@pytest.mark.parametrize("claim, expected", [
    # 专利许可 alone is a licence granted; 获得…专利许可 one received (5,998 granted, 4,351 received in 2024)
    ("2024年深圳专利许可5,998次。", "supported"),
    ("2024年深圳对外授予专利许可4,351件。", "contradicted"),
    ("2024年深圳获得(许入)专利许可4,351件,对外授予专利许可5,998件。", "supported"),
])
def test_chinese_licences_granted_and_received(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # in one Chinese clause, each count takes the award the noun right after it names
    ("在第十五届中国专利奖评选中,深圳企业拿下4项金奖和20项优秀奖。", "supported"),
    ("在第十五届中国专利奖评选中,深圳企业拿下20项金奖和4项优秀奖。", "contradicted"),
    # a bound before the place a fraction is of: 37 of 69 is more than half
    ("截至2013年底,深圳专利代理机构增至69家,其中福田区有37家,不到全市一半。", "contradicted"),
])
def test_chinese_nouns_after_counts_and_bounds_before_a_place(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_more_than_half_of_the_city_holds(judge):
    v = judge.verify("截至2013年底,深圳专利代理机构增至69家,其中福田区有37家,超过全市一半。")
    assert v.verdict != "contradicted", v.reason


@pytest.mark.parametrize("claim, expected", [
    # 列第N is a rank, and "在全国主要城市中" its yardstick, not the place the figure is of (second in 2016)
    ("第十八届中国专利奖中,深圳斩获4项金奖,在全国主要城市中列第二。", "supported"),
    ("第十八届中国专利奖中,深圳斩获4项金奖,在全国主要城市中列第一。", "contradicted"),
    ("2024年深圳商标注册量24.95万件,在全国排名第二。", "contradicted"),
])
def test_chinese_ranks_with_lie(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "put it second in China" and "topped Guangdong province" are ranks (first in China, 2024)
    ("Shenzhen's 249,500 trademark registrations in 2024 put it second in China.", "contradicted"),
    ("Shenzhen's 249,500 trademark registrations in 2024 put it first in China.", "supported"),
    ("Shenzhen's 100 ISO 56005-certified innovation entities in 2024 topped Guangdong province but not the country as "
     "a whole.", "unverifiable"),
])
def test_ranks_put_and_topped_a_province(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "half the national total" is a share (about half in 2016), never also a multiple
    ("Shenzhen filed more than 19,000 PCT applications in 2016, about half the national total.", "supported"),
    ("Shenzhen filed more than 19,000 PCT applications in 2016, about a third of the national total.", "contradicted"),
])
def test_half_the_total_is_a_share(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_part_of_a_whole_named_only_in_words_is_not_the_whole(judge):
    # 100 billion yuan "of China's … pledge financing" is some part of the 309.8 billion, not a misstated total
    v = judge.verify("Trademark pledges accounted for 100 billion yuan of China's 2021 patent and trademark pledge "
                     "financing.")
    assert v.verdict == "unverifiable", v.reason


@pytest.mark.parametrize("claim, expected", [
    # "(A to B)" in brackets is a from/to pair, as "from A to B" is
    ("University patent grants in China, 2012 to 2021 = more than quadrupled (69,000 to 308,000)", "supported"),
    ("University patent grants in China, 2012 to 2021 = more than quadrupled (69,000 to 208,000)", "contradicted"),
])
def test_a_bracketed_pair_from_to(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_the_whole_of_a_part_never_borrows_the_part_s_metric(judge):
    # "305 of the 425 IP crime cases they reviewed": 425's words name no metric; it is not the 305's metric's figure
    v = judge.verify("Shenzhen prosecutors approved arrests in 305 of the 425 IP crime cases they reviewed in 2013, "
                     "roughly 72%.")
    assert v.verdict != "contradicted", v.reason


@pytest.mark.parametrize("claim, expected", [
    # the year before a sourced level, through its growth rate: a point rate gives the figure, a bound only refutes
    ("Shenzhen's domestic patent applications were 73,100 in 2012.", "supported"),
    ("National patent and trademark pledge financing reached 309.8 billion yuan in 2020.", "contradicted"),
    ("National patent and trademark pledge financing reached 200 billion yuan in 2020.", "unverifiable"),
])
def test_the_year_before_through_its_growth(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a floor far under the sourced figure is true to the letter and confirms nothing (a slip of digits, often)
    ("China has more than 73,000 IP service institutions employing over 586,000 people.", "unverifiable"),
    ("Shenzhen's valid invention patents exceeded 59,000 in 2016.", "unverifiable"),
    # a round restatement just under it does confirm
    ("Shenzhen's valid invention patents exceeded 90,000 in 2016.", "supported"),
    ("China has more than 70,000 IP service institutions, with a combined workforce of over 860,000.", "supported"),
])
def test_a_floor_far_under_the_source(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_breakdown_set_off_by_typed_dashes(judge):
    v = judge.verify("Shenzhen's 60 IP mediation bodies - 13 people's mediation organisations and 37 commercial ones - "
                     "mediated 5,904 disputes in 2024.")
    assert v.verdict == "contradicted" and "13 + 37" in v.reason, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "double a year earlier" is a multiple of the year before: the sourced growth settles it (to twice, never by)
    ("More than 7,300 inclusive pledge-financing projects of under 10 million yuan were recorded in China in the first "
     "half of 2022, more than double a year earlier.", "supported"),
    ("More than 7,300 inclusive pledge-financing projects of under 10 million yuan were recorded in China in the first "
     "half of 2022, fewer than double a year earlier.", "contradicted"),
])
def test_a_multiple_of_the_year_before(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a metric that is itself an average is judged as its level, never divided again
    ("Gold-award projects at the 23rd China Patent Award made an average new profit of about 980 million yuan.",
     "supported"),
    ("Gold-award projects at the 23rd China Patent Award made an average new profit of about 890 million yuan.",
     "contradicted"),
    ("The 40 gold-award projects of the 23rd China Patent Award averaged 6.3 billion yuan in sales.", "supported"),
    ("The 40 gold-award projects of the 23rd China Patent Award averaged 6.3 million yuan in sales.", "contradicted"),
])
def test_an_average_metric(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a rate said to be year on year is never one over the start of a five-year plan (a wrongly supported reading)
    ("The number of IP service institutions in China rose 97.3% year on year.", "unverifiable"),
    ("The number of IP service institutions in China rose 97.3% from the start of the 13th Five-Year Plan period.",
     "supported"),
    # a running or all-time total is the total to date; a body named with its country and city in brackets is the city's
    ("Shenzhen's running total of issued patents stood at roughly 259,000 at the close of 2013.", "supported"),
    ("As of the end of 2016, Shenzhen's all-time tally of China Patent Gold Awards stood at 27.", "supported"),
    ("The China (Shenzhen) IP Protection Center assisted with 285 administrative enforcement cases in 2024.",
     "supported"),
    ("The China (Shenzhen) IP Protection Center assisted with 385 administrative enforcement cases in 2024.",
     "contradicted"),
])
def test_rates_totals_and_bodies_of_the_sixth_round(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # what banks lent through IP pledge financing is the banks' loans issued, not all pledge financing
    ("Banks lent 58.724 billion yuan through IP pledge financing in the first half of 2022, a 64.43% increase.",
     "supported"),
    ("Banks lent 85.724 billion yuan through IP pledge financing in the first half of 2022, a 64.43% increase.",
     "contradicted"),
])
def test_what_banks_lent(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
