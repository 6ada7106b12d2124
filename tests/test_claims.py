"""The claim reader: roles, metrics, entities and periods of each figure."""
from __future__ import annotations

from datetime import date

import pytest

from ipcheck.claims import read_claim
from ipcheck.periods import half, point, year


def figures(knowledge, text):
    return read_claim(knowledge, text).figures


def test_card_form(knowledge):
    [f] = figures(knowledge, "PCT applications 2024 = 16,300")
    assert (f.value, f.role, f.metric, f.period) == (16300, "level", "pct_applications", year(2024))
    assert f.entity is None                     # resolved later to the only entity with the figure


def test_metric_entity_period_form(knowledge):
    [f] = figures(knowledge, "PCT applications (Shenzhen, 2024): 16,300")
    assert (f.metric, f.entity, f.period) == ("pct_applications", "shenzhen", year(2024))


def test_growth_and_level(knowledge):
    figs = figures(knowledge, "Trademark applications rose 28.08% to 86,950 in 2013")
    assert [(f.role, f.value) for f in figs] == [("growth", 28.08), ("level", 86950)]
    assert {f.metric for f in figs} == {"trademark_applications"}


@pytest.mark.parametrize("text, value", [
    ("Shenzhen was granted 10,987 invention patents in 2013, down 15.9%.", -15.9),
    ("2013年深圳发明专利授权量10,987件,同比下降15.9%", -15.9),
    ("Shenzhen was granted 49,756 domestic patents in 2013, up 2.25%.", 2.25),
])
def test_direction_words(knowledge, text, value):
    [g] = [f for f in figures(knowledge, text) if f.role == "growth"]
    assert g.value == value


def test_chinese_prose(knowledge):
    figs = figures(knowledge, "2013年深圳国内专利申请量80,657件,同比增长10.29%")
    assert [(f.role, f.value) for f in figs] == [("level", 80657), ("growth", 10.29)]
    assert all(f.metric == "patent_applications" and f.entity == "shenzhen" for f in figs)


def test_share_multiple_pp_roles(knowledge):
    figs = figures(knowledge, "Shenzhen's PCT applications in 2013 were 10,049, 48.10% of the national total.")
    assert [f.role for f in figs] == ["level", "share"]
    figs = figures(knowledge, "110 in 2024, 7.9 times the national average of 14 high-value invention patents "
                              "per 10,000 people")
    assert [f.role for f in figs] == ["level", "multiple", "level"]
    [pp] = figures(knowledge, "China's IP royalty export growth was 10.5 percentage points higher than imports in 2021")
    assert pp.role == "pp" and pp.unit == "percentage_point"


def test_increase_of_n_times_notes_both_readings(knowledge):
    figs = figures(knowledge, "University patent transfers rose from 2,357 in 2012 to 15,000 in 2021, an increase of 5.5 times.")
    [t] = [f for f in figs if f.unit == "times"]
    assert t.role == "change" and "N+1" in t.note


def test_periods_of_several_kinds(knowledge):
    [f] = figures(knowledge, "The balance of IP pledge loans was 124.637 billion yuan at the end of June 2022.")
    assert f.period == point(date(2022, 6, 30)) and f.unit == "yuan" and f.value == 124.637e9
    [f] = figures(knowledge, "2022年上半年全国专利商标质押融资额1626.5亿元")
    assert f.period == half(2022, 1)


def test_clause_metrics(knowledge):
    a, b = figures(knowledge, "In 2013 Shenzhen courts accepted 9,694 IP cases and closed 8,174.")
    assert (a.metric, b.metric) == ("court_ip_cases_accepted", "court_ip_cases_concluded")


def test_modifiers_keep_metrics_apart(knowledge):
    [f] = figures(knowledge, "Shenzhen was granted 10,987 invention patents in 2013.")
    assert f.metric == "invention_patent_grants"
    [f] = figures(knowledge, "Shenzhen was granted 49,756 patents in 2013.")
    assert f.metric == "patent_grants"


def test_a_metric_named_for_the_modifier_keeps_it(knowledge):
    # "universities" rules out general metrics, not the one whose own name is about universities,
    # whichever of its aliases the words matched
    [f] = figures(knowledge, "Chinese universities' interdisciplinary disciplines related to intellectual "
                             "property totalled 50 at the end of 2022.")
    assert f.metric == "university_ip_disciplines"


def test_a_modifier_has_one_spelling_whatever_the_hash_seed(knowledge):
    from ipcheck.ranking import _modifier_sets
    from ipcheck.matching import stem

    english, _, _ = _modifier_sets(knowledge)
    assert english[stem("universities")] == "university"     # the shortest, not the set's first


def test_the_noun_after_a_figure_says_what_it_counts(knowledge):
    # one clause, two counts: each takes the metric that counts what its own noun names
    fs = figures(knowledge, "The global expert pool monitored 689 overseas dispute cases involving "
                            "2,352 Shenzhen enterprises in 2024.")
    assert [(f.text, f.metric) for f in fs] == [("689", "overseas_ip_disputes_monitored"),
                                                ("2,352", "overseas_dispute_enterprises_involved")]
    fs = figures(knowledge, "In 2013 Shenzhen procuratorates ratified the arrest of 461 persons involved in 305 cases.")
    assert [f.metric for f in fs] == ["proc_arrest_approved_persons", "proc_arrest_approved_cases"]


def test_a_metric_naming_what_a_measure_word_counts_beats_one_naming_nothing(knowledge):
    figs = figures(knowledge, "2024年深圳海关查扣涉嫌侵权货物6,264批、约2,883.5万件,案值1.01亿元。")
    assert [f.metric for f in figs] == ["customs_seized_batches", "customs_seized_items", "customs_seized_value"]


def test_a_metric_counting_other_things_is_refused_when_nothing_else_fits(knowledge):
    c = read_claim(knowledge, "In 2024, Shenzhen recorded 2,352 overseas dispute cases involving enterprises.")
    assert c.figures[0].metric is None
    assert "it counts enterprises; the claim counts cases" in c.rejected_metric


def test_with_inside_a_capitalised_name_does_not_cut_the_clause(knowledge):
    [f] = figures(knowledge, "In 2013, 20 enterprises were recognized as Enterprises with IPR Advantages "
                             "by the municipal government of Shenzhen.")
    assert f.metric == "sz_ip_advantage_enterprises"


def test_entities(knowledge):
    [f] = figures(knowledge, "The Futian District People's Court accepted 1,664 IP cases in 2013.")
    assert f.entity == "futian-court"
    [f] = figures(knowledge, "2016年深圳PCT国际专利申请超过1.9万件")
    assert f.entity == "shenzhen" and f.qualifier == "more_than"


def test_a_long_chinese_name_is_read_even_where_its_edge_spells_part_of_a_metric(knowledge):
    # 院受 is inside 法院受理 (a metric's words), but no word opens with it
    [f] = figures(knowledge, "2013年龙岗区人民法院受理知识产权案件1,222宗。")
    assert f.entity == "longgang-court"
    [f] = figures(knowledge, "截至2013年底,深圳市知识产权质押融资额将近12亿元。")
    assert f.entity == "shenzhen"
    # 国内专利申请量 opens with 国内: 中国 is not named in 其中国内
    [f] = figures(knowledge, "2013年深圳其中国内专利申请量80,657件。")
    assert f.entity == "shenzhen"


@pytest.mark.parametrize("text,entity", [
    ("2013年深圳市龙岗区人民法院受理知识产权案件1,222宗,结案1,061宗。", "longgang-court"),
    ("In 2013, Shenzhen's Nanshan District court accepted 1,385 IP cases and closed 1,175.", "nanshan-court"),
    ("In 2013, 31 enterprises in Shenzhen's Nanshan District received 94 million yuan in pledge-backed loans.",
     "nanshan-district"),
])
def test_a_city_written_before_one_of_its_courts_only_says_where_the_court_is(knowledge, text, entity):
    assert [f.entity for f in figures(knowledge, text)] == [entity, entity]


def test_ranks_and_streaks(knowledge):
    figs = figures(knowledge, "Shenzhen's PCT applications ranked first nationwide for 21 consecutive years in 2024.")
    assert {(f.role, f.value) for f in figs} >= {("rank", 1), ("streak", 21)}
    figs = figures(knowledge, "深圳PCT国际专利申请连续十年居全国大中城市第一位")
    assert {(f.role, f.value) for f in figs} >= {("rank", 1), ("streak", 10)}


def test_language(knowledge):
    assert read_claim(knowledge, "深圳2013年专利代理机构69家").language == "zh"
    assert read_claim(knowledge, "PCT applications 2024 = 16,300").language == "en"


def test_each_item_of_a_list_keeps_its_own_metric(knowledge):
    figs = figures(knowledge, "Therein, Shenzhen Municipal Intermediate People\u2019s Court accepted 2936 cases and closed 2114 cases;")
    assert [(f.value, f.metric, f.entity) for f in figs] == [
        (2936, "court_ip_cases_accepted", "sz-intermediate-court"),
        (2114, "court_ip_cases_concluded", "sz-intermediate-court")]


def test_a_bare_clause_shares_the_metric_before_it(knowledge):
    figs = figures(knowledge, "In 2013 the Futian court accepted 1,664 IP cases and the Luohu court 972.")
    assert [f.metric for f in figs] == ["court_ip_cases_accepted"] * 2


def test_a_list_item_never_takes_the_words_of_a_later_item(knowledge):
    figs = figures(knowledge, "2013年,公安机关刑拘1,262人,逮捕778人,移送起诉933人。")
    by_value = {f.value: f.metric for f in figs}
    assert by_value[933] == "police_transfers_for_prosecution"
    assert by_value[1262] != "police_transfers_for_prosecution"


def test_equally_named_metrics_are_told_apart_by_unit(knowledge):
    count, = figures(knowledge, "China's number of IP pledge loans issued by banking institutions reached 5,981 in the first half of 2022.")
    money, = figures(knowledge, "China's IP pledge loans issued by banking institutions reached 58.72 billion yuan in the first half of 2022.")
    assert count.metric == "ip_pledge_loans_count" and money.metric == "ip_pledge_loans_issued"


def test_a_rate_takes_the_metric_of_the_figure_it_follows(knowledge):
    level, growth = figures(knowledge, "In the first half of 2022, banks issued 5,981 IP pledge loans, up 60.91%.")
    assert level.metric == growth.metric == "ip_pledge_loans_count"


def test_a_rate_without_words_of_its_own_is_the_rate_of_the_figure_before_it(knowledge):
    figs = figures(knowledge, "The number of domestic patent applications in 2013 reached 80,657, with a year-on-year "
                              "growth of 10.29%, including 32,208 domestic invention patent applications, which "
                              "realized a year-on-year growth of 3.65%")
    assert [(f.value, f.metric) for f in figs] == [
        (80657, "patent_applications"), (10.29, "patent_applications"),
        (32208, "invention_patent_applications"), (3.65, "invention_patent_applications")]


@pytest.mark.parametrize("text,metric", [
    ("Shenzhen's domestic patent applications grew 10.29% in 2013, reaching 80,657.", "patent_applications"),
    ("Shenzhen's domestic patent applications broke the 80,000 mark in 2013, reaching 80,657.", "patent_applications"),
    ("Shenzhen's invention patent grants fell 15.9% in 2013, to 10,987.", "invention_patent_grants"),
])
def test_a_level_carried_on_from_the_figure_before_is_the_same_things(knowledge, text, metric):
    assert figures(knowledge, text)[-1].metric == metric


def test_a_clause_with_words_of_its_own_is_not_carried_on(knowledge):
    *_, last = figures(knowledge, "Shenzhen's domestic patent applications grew 10.29% in 2013, and "
                                  "49,756 patents were granted.")
    assert last.metric == "patent_grants"
    *_, bare = figures(knowledge, "Shenzhen's domestic patent applications grew 10.29% in 2013; the city "
                                  "later counted 80,657.")
    assert bare.metric is None          # "the city later counted" carries nothing on


@pytest.mark.parametrize("text,value", [
    ("2013年深圳全市法院共受理知识产权案件9,694宗,其中市中级人民法院受理1,664宗。", 1664),
    ("In 2013 Shenzhen courts accepted 9,694 IP cases, among which the Intermediate People's Court accepted 2,936.", 2936),
])
def test_a_part_counted_alike_takes_the_metric_of_the_whole_before_it(knowledge, text, value):
    whole, part = figures(knowledge, text)
    assert part.value == value
    assert part.metric == whole.metric == "court_ip_cases_accepted"
    assert part.entity == "sz-intermediate-court"


def test_a_part_that_names_another_metric_as_much_keeps_it(knowledge):
    *_, rate, gap = figures(knowledge, "In 2021, the total import and export volume of the national intellectual "
                                       "property royalties reached 378.3 billion yuan, of which the growth rate of "
                                       "export volume reached 27.1%, exceeding the growth rate of import volume by "
                                       "10.5 percentage points.")
    assert rate.metric == "ip_royalty_exports"


def test_for_every_ten_thousand_people_names_a_per_capita_metric(knowledge):
    figs = figures(knowledge, "Valid invention patents were more than 95,000, or 80.1 for every 10,000 people, in 2016.")
    assert [f.metric for f in figs][1].endswith("per_10k")


def test_a_modifier_written_before_a_list_governs_every_item(knowledge):
    figs = figures(knowledge, "By the end of 2013, Shenzhen has the accumulative total of 479,399 patent applications "
                              "and 259,422 issued patents.")
    assert [f.metric for f in figs] == ["cumulative_patent_applications", "cumulative_patent_grants"]


def test_a_later_items_words_do_not_reach_back(knowledge):
    figs = figures(knowledge, "In the city, there were 26,967 patent transfers, 25,612 patent acquisitions, "
                              "5,998 patent licenses granted, and 4,351 patent licenses received.")
    assert [f.metric for f in figs] == ["patent_transfers", "patent_acquisitions", "patent_licenses_granted",
                                        "patent_licenses_received"]


def test_metrics_the_words_fit_equally_well_are_kept_as_alternatives(knowledge):
    # '通过' (passed) is also inside '未通过' (failed): the titles awarded and the applicants who failed
    # are named equally well
    text = "2013年,除1名副高级申请人未通过评审外其他申请人均通过了评审。"
    [f] = read_claim(knowledge, text).figures
    assert {f.metric, *f.alternatives} == {"ip_titles_awarded_associate_senior", "ip_title_applicants_failed"}


def test_words_inside_an_entity_name_do_not_tie_a_metric(knowledge):
    text = ("enterprises in the cultivation database of enterprises with IP advantages (MIIT priority support)'s "
            "small giant enterprises stood at 1,253 at the end of 2021.")
    [f] = read_claim(knowledge, text).figures
    assert f.metric == "little_giant_enterprises" and f.alternatives == ()


def test_a_year_right_after_a_chinese_comma_is_read(knowledge):
    [f] = figures(knowledge, "据2013年数据推算，2012年深圳PCT国际专利申请量约为8,000件。")
    assert f.period == year(2012)


def test_a_bare_clause_goes_on_about_the_entity_the_clause_before_named(knowledge):
    figs = figures(knowledge, "2013年,深圳市各级人民法院全年受理知识产权案宗9,694宗,结案8,174宗,其中,"
                              "深圳市中级人民法院受理2,936宗,结案2,114宗;")
    assert [f.entity for f in figs] == ["shenzhen", "shenzhen", "sz-intermediate-court", "sz-intermediate-court"]


def test_a_rate_that_fits_two_metrics_takes_the_one_of_the_level_after_it(knowledge):
    figs = figures(knowledge, "The number of IP pledge loans issued by Chinese banking institutions in the first half "
                              "of 2022 grew 60.91% to 5,981.")
    assert [(f.role, f.metric, f.alternatives) for f in figs] == [
        ("growth", "ip_pledge_loans_count", ()), ("level", "ip_pledge_loans_count", ())]


@pytest.mark.parametrize("text, expected", [
    ("Shenzhen won four gold awards at the 18th China Patent Awards.", [("four", 4.0)]),
    ("At the 18th China Patent Awards, the city won four gold awards, with that tally ranking it second among the "
     "nation's major cities.", [("four", 4.0), ("ranking it second", 2.0)]),
    # not a count of the cases ("most of" is a share: more than half)
    ("The three district courts accepted most of the IP cases in 2013.", [("most", 50.0)]),
    ("Shenzhen's three district courts accepted 2,936 IP cases in 2013.", [("2,936", 2936.0)]),   # digits speak
    ("Shenzhen's trademark registrations in 2024 were more than six times its approved trademark registrations in "
     "2013.", [("six times", 6.0)]),
])
def test_counts_in_words_are_read_only_where_they_name_the_metric(knowledge, text, expected):
    assert [(f.text, f.value) for f in read_claim(knowledge, text).figures] == expected


def test_a_whole_does_not_take_the_word_of_its_parts(knowledge):
    c = read_claim(knowledge, "Shenzhen was expected to receive 81 awards, 9 of them gold, at the 25th China Patent Award.")
    assert [(f.text, f.metric) for f in c.figures] == [("81", "china_patent_awards"), ("9", "china_patent_award_gold")]
    assert c.target          # an expectation is checked against what the sources expect


def test_a_total_of_one_metric_is_no_sum_of_two(knowledge):
    c = read_claim(knowledge, "By August 2022, China's patent open licensing pilot had facilitated a total of 643 "
                              "licensing projects.")
    assert [f.role for f in c.figures] == ["level"]


def test_a_modifier_spreads_only_where_the_clause_names_nothing_better(knowledge):
    c = read_claim(knowledge, "Shenzhen's market regulator handled 1,120 trademark cases in 2013, imposing fines of RMB "
                              "6.29 million and transferring 51 to judicial authorities, as well as 212 patent cases.")
    assert [f.metric for f in c.figures][-1] == "msa_patent_cases"


@pytest.mark.parametrize("claim,expected", [
    # an item of a list that says part of one metric's name, and of no other's, is that metric's
    ("2013年深圳福田区人民法院受理知识产权案件1,664件、南山区人民法院受理1,385件,两院合计受理3,049件。", "supported"),
    ("2013年深圳福田区人民法院受理知识产权案件1,664件、南山区人民法院受理1,358件。", "contradicted"),
    # an item whose own verb names another metric keeps it
    ("2013年深圳市公安机关刑拘1,262人,逮捕778人。", "supported"),
])
def test_an_item_of_a_list_takes_the_metric_it_names_in_part(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # "B …, up from A": A is the same thing's earlier level, and every direction the claim states holds
    ("China's universities were awarded 308,000 patents in 2021, up from 69,000 in 2012.", "supported"),
    ("The number of patent transfers and licenses by Chinese universities fell to more than 15,000 in 2021, up "
     "from 2,357 in 2012.", "contradicted"),
    # vocabulary: 获得授权, 许可他人, 获得许可, 新增驰名商标
    ("2013年深圳发明专利获得授权10,987件,同比下降15.9%。", "supported"),
    ("2024年深圳专利许可(许可他人)5,998件,比获得许可的4,351件多1,647件。", "supported"),
    ("2024年深圳专利许可(许可他人实施)数量为4,351件。", "contradicted"),
])
def test_up_from_and_reporters_words(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # the whole after "N% of Shenzhen's": its own words name it
    ("Invention applications made up about 40% of Shenzhen's 80,657 domestic patent applications in 2013.",
     "supported"),
    ("Invention applications made up about 30% of Shenzhen's 80,657 domestic patent applications in 2013.",
     "contradicted"),
    # "此前" dates a figure a year before; "较上年" is only what a change is measured from
    ("2013年深圳新获认定中国驰名商标15件,累计达118件,可知此前累计为103件。", "unverifiable"),
    ("2013年深圳商标申请量达86,950件,较上年翻了一番。", "contradicted"),
])
def test_wholes_after_a_possessive_and_the_time_before(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # "closed 8,174 of the 9,694 … accepted": the part is what its verb names, the whole what the words
    # after it name; a rate of the two is the smaller over the larger
    ("Shenzhen courts closed 8,174 of the 9,694 IP cases they accepted in 2013.", "supported"),
    ("Shenzhen courts closed 8,714 of the 9,694 IP cases they accepted in 2013.", "contradicted"),
    ("Shenzhen courts closed 8,174 of the 9,694 IP cases they accepted in 2013, a closure ratio of roughly 84%.",
     "supported"),
    ("Shenzhen's courts closed 8,174 of the 9,694 IP cases they accepted in 2013, a clearance rate of about 89%.",
     "contradicted"),
    # a part that counts other things than its whole is left as a part
    ("In 2013 Shenzhen's procuratorial organs approved the arrest of 461 of the 694 persons in IP crime cases "
     "submitted for arrest review, about two-thirds.", "unverifiable"),
])
def test_a_part_named_by_its_verb_and_a_rate_of_two_figures(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_part_of_an_earlier_figure_takes_that_figures_metric(knowledge):
    # "of which the Intermediate Court accepted 2,936": a part of the 9,694 accepted, not of the
    # 8,174 closed that came last
    figs = figures(knowledge, "Shenzhen courts accepted 9,694 IP cases and closed 8,174 in 2013, of which the "
                              "Intermediate People's Court accepted 2,936 and closed 2,114.")
    assert [(f.value, f.metric) for f in figs] == [
        (9694, "court_ip_cases_accepted"), (8174, "court_ip_cases_concluded"),
        (2936, "court_ip_cases_accepted"), (2114, "court_ip_cases_concluded")]
    assert [f.entity for f in figs][2:] == ["sz-intermediate-court"] * 2


def test_an_items_own_word_names_its_metric_even_one_another_item_spells_out(knowledge):
    figs = figures(knowledge, "Shenzhen courts accepted 9,694 IP cases and accepted 8,174 in 2013, of which the "
                              "Intermediate People's Court accepted 2,936 and closed 2,114.")
    assert figs[1].metric == "court_ip_cases_accepted"      # never 'closed', a word of another item


def test_the_size_of_a_list_named_before_its_count_is_no_figure(knowledge):
    figs = figures(knowledge, "About 8% of the world's 5,000 leading brands are Chinese: 408 of them.")
    assert [f.value for f in figs] == [8, 408]


def test_a_count_in_words_before_its_metrics_words_is_kept_beside_digits(knowledge):
    figs = figures(knowledge, "At the 18th China Patent Awards Shenzhen won six gold awards, ranking second among the "
                              "nation's major cities, bringing its China gold patent awards to 27 by the end of 2016.")
    assert [f.text for f in figs if f.role == "level"] == ["six", "27"]
    # a count word that is part of the metric's own name is no figure
    figs = figures(knowledge, "In 2013, Shenzhen recorded 75.88 applications for three kinds of domestic patents per "
                              "ten thousand persons.")
    assert [f.text for f in figs] == ["75.88"]


def test_an_item_that_says_most_of_a_metric_takes_it_though_another_item_spells_it_out(knowledge):
    figs = figures(knowledge, "Shenzhen's courts accepted 9,694 IP cases in 2013 and closed 8,174, a closure ratio of "
                              "roughly 84%, with the Futian court alone accepting 1,664.")
    assert [(f.text, f.metric) for f in figs if f.unit == "count"] == [
        ("9,694", "court_ip_cases_accepted"), ("8,174", "court_ip_cases_concluded"), ("1,664", "court_ip_cases_accepted")]
    assert figs[2].metric is None            # the 84% is a rate of the two figures before it, no count


def test_a_bound_that_names_the_kind_of_financing_is_no_amount(knowledge):
    figs = figures(knowledge, "2022年上半年全国有7,345家中小企业获得1000万元以下的普惠性知识产权质押融资。")
    assert [f.text for f in figs] == ["7,345"]


@pytest.mark.parametrize("text, periods", [
    # the side compared with has its time named after it, past a cut inside its noun phrase
    ("The 49,756 domestic patents granted to Shenzhen in 2013 were less than a quarter of the 241,900 patents "
     "the city was granted in 2024.", ["2013", "2024"]),
    ("Shenzhen's courts accepted 9,694 IP cases in 2013, roughly half the 19,055 new IP cases the city's "
     "intermediate and grassroots courts took on in 2024.", ["2013", "2024"]),
])
def test_the_time_of_the_side_compared_with(knowledge, text, periods):
    assert [f.period.label for f in read_claim(knowledge, text).figures if f.role == "level"] == periods


def test_the_noun_left_out_after_than(knowledge):
    # "granted more patent licences (5,998) than it received (4,351)": licences received, not acquisitions
    text = ("Patent transfers in Shenzhen in 2024 (26,967) exceeded patent acquisitions (25,612), and the city "
            "granted more patent licences (5,998) than it received (4,351).")
    assert [f.metric for f in read_claim(knowledge, text).figures] == [
        "patent_transfers", "patent_acquisitions", "patent_licenses_granted", "patent_licenses_received"]


def test_a_side_compared_with_is_no_subject_to_go_on_about(knowledge):
    text = ("The Shenzhen Intermediate People's Court accepted 2,936 IP cases in 2013, about 1.8 times the 1,664 "
            "accepted by the Futian District court, and closed 2,114 of them.")
    assert [f.entity for f in read_claim(knowledge, text).figures] == [
        "sz-intermediate-court", "sz-intermediate-court", "futian-court", "sz-intermediate-court"]


def test_a_relative_clause_is_about_the_name_before_it(knowledge):
    text = ("About 30% of the IP cases accepted by Shenzhen courts in 2013 went to the Shenzhen Intermediate "
            "People's Court, which took in 2,936.")
    [level] = [f for f in read_claim(knowledge, text).figures if f.role == "level"]
    assert level.entity == "sz-intermediate-court"


def test_a_cumulative_basis_said_after_a_list_is_every_item_s(knowledge):
    figs = read_claim(knowledge, "As of end-2013, Shenzhen had racked up 479,399 patent applications and 259,422 grants "
                                 "on a cumulative basis.").figures
    assert [f.metric for f in figs] == ["cumulative_patent_applications", "cumulative_patent_grants"]
    one = read_claim(knowledge, "Shenzhen won four gold awards at the 18th China Patent Awards and had won 27 China "
                                "patent gold awards by the end of 2016.").figures
    assert one[0].metric != one[1].metric          # "by the end of" is the second figure's alone


def test_the_noun_right_after_each_count_of_a_chinese_list_is_its_own(knowledge):
    figs = read_claim(knowledge, "2024年深圳598家专利代理机构和3,334家商标代理机构数量均居全省首位。").figures
    assert [f.metric for f in figs[:2]] == ["patent_agencies", "trademark_agencies"]


def test_the_national_average_named_first_is_no_subject(judge):
    v = judge.verify("With 110 high-value invention patents per 10,000 residents in 2024, roughly 7.9 times the "
                     "national average of 14, Shenzhen stays far ahead of the rest of the country.")
    assert v.verdict == "supported" and v.figures[0].entity == "shenzhen", v.reason


@pytest.mark.parametrize("claim, expected", [
    # a part written in words after a whole: of the whole's own kind in the round it names, else unchecked
    ("By the end of 2016 Shenzhen had won 27 China Patent gold awards, four of them at the 18th China Patent Awards.",
     "supported"),
    ("By the end of 2016 Shenzhen had won 27 China Patent gold awards, five of them at the 18th China Patent Awards.",
     "contradicted"),
    ("Shenzhen was expected to take 81 awards, nine of them silver, at the 25th China Patent Award Contest.",
     "unverifiable"),
    # a kind in one word, whose metric is the whole's words with it; the whole never takes that word
    ("Shenzhen was expected to collect 81 awards, nine of them gold, at the 25th China Patent Award.", "supported"),
    ("Shenzhen was expected to collect 81 awards, eight of them gold, at the 25th China Patent Award.", "contradicted"),
    # a count in words no metric takes, beside a fraction: never passed over
    ("Shenzhen companies took four silver awards at the 15th China Patent Award, a fifth of all gold awards nationwide.",
     "unverifiable"),
])
def test_counts_in_words_beside_other_figures(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the whole after "of the" named by a relative clause closing its phrase, not by the part's words before it
    ("Invention patents accounted for 22.08% of the 49,756 domestic patents Shenzhen was granted in 2013.", "supported"),
    ("Invention patents accounted for 22.08% of the 59,756 domestic patents Shenzhen was granted in 2013.", "contradicted"),
])
def test_a_whole_named_by_the_clause_after_it(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert v.figures[1].metric == "patent_grants"


@pytest.mark.parametrize("claim, expected", [
    # a flow "during that year" beside a total at the year's end: the year's own, never the total to date
    ("By the end of 2013 Shenzhen's cumulative patent grants stood at 259,422, after 49,756 domestic patents were "
     "granted during that year.", "supported"),
    ("By the end of 2013 Shenzhen's cumulative patent grants stood at 259,422, after 59,756 domestic patents were "
     "granted during that year.", "contradicted"),
])
def test_a_figure_during_that_year_beside_a_year_end_total(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert (v.figures[1].metric, v.figures[1].period) == ("patent_grants", "2013")


def test_a_whole_after_a_share_with_no_metric_left_is_no_crash(judge):
    # the figure's metric was ruled out before the whole-of-a-share rule ran (it raised AttributeError)
    v = judge.verify("In Nanshan District, 31 of the 54 firms granted loan guarantees in 2013 went on to receive loans "
                     "totalling 94 million yuan.")
    assert v.verdict in ("supported", "contradicted", "unverifiable")


@pytest.mark.parametrize("claim, expected", [
    # a count in words opening the sentence is the subject's, where no digits are
    ("Fifteen Shenzhen brands were newly recognized as China well-known trademarks in 2013.", "supported"),
    ("Sixteen Shenzhen brands were newly recognized as China well-known trademarks in 2013.", "contradicted"),
    ("Three districts led the city in 2013.", "unverifiable"),
    # applicants who won something count what they won (here a figure the two texts of 002 disagree on)
    ("3 Shenzhen applicants won associate senior (vice-senior) IP professional titles in 2013.", "disputed"),
    ("Three applicants earned vice-senior IP professional titles in Shenzhen in 2013.", "disputed"),
    ("Three Shenzhen applicants applied for associate senior IP professional titles in 2013.", "supported"),
    # 'shut down' is no fall; each figure its own noun's
    ("Shenzhen's drug regulator handled 862 cases in 2013 and shut down 68 counterfeiting dens.", "supported"),
    ("Shenzhen's drug regulator handled 862 cases in 2013 and seized 68 trucks.", "unverifiable"),
])
def test_counts_named_by_their_subject(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # disputes are counted like cases; experts are persons; a part "of those cases" is of the count of cases
    ("Shenzhen's global IP expert pool grew to 236 experts in 2024, monitoring 689 overseas disputes that involved "
     "2,352 local companies.", "supported"),
    ("Shenzhen's overseas-dispute expert pool monitored fewer than 600 overseas dispute cases in 2024.", "contradicted"),
    ("Shenzhen's overseas dispute guidance monitored 689 cases involving 2,352 enterprises in 2024, saved over USD 8 "
     "million in litigation costs and helped firms win 120 of those cases.", "unverifiable"),
])
def test_what_each_count_counts(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "fell short of the <figure>" compares with it; it denies nothing
    ("Shenzhen's 16,300 PCT applications in 2024 fell short of the more than 19,000 it filed in 2016.", "supported"),
    # a run that reached N years is a streak, never a count of the metric
    ("Shenzhen has been China's leading city for PCT applications every year since 2004, a run that reached 21 years "
     "with 16,300 filings in 2024.", "unverifiable"),
    # a sum of kinds opening the sentence
    ("Counting trademark, patent and copyright cases together, Shenzhen's market regulator handled 1,418 cases in 2013.",
     "supported"),
    ("Counting trademark, patent and copyright cases together, Shenzhen's market regulator handled 1,518 cases in 2013.",
     "contradicted"),
    # a group in a place is that place's; patents counted are patents
    ("In 2024, 21 universities and research institutions in Shenzhen completed an inventory of 17,000 patents.",
     "supported"),
    ("In 2024, 21 universities and research institutions in Shenzhen completed an inventory of 71,000 patents.",
     "contradicted"),
    ("Shenzhen's drug regulator handled 862 cases in 2013 and shut down 68 counterfeiting sites.", "supported"),
])
def test_readings_from_the_fourth_round(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_count_of_some_of_a_kind_is_never_passed_over(judge):
    # found by the mutation test: "four of the silver prizes" was dropped and the claim passed on its fraction alone
    v = judge.verify("Shenzhen firms took four of the silver prizes at the 15th China Patent Award, one fifth of all "
                     "the gold prizes awarded nationally.")
    assert v.verdict == "unverifiable", v.reason


@pytest.mark.parametrize("claim, expected", [
    # a count whose own noun phrase names a metric in full takes it over words of its clause that name another
    ("Shenzhen's 13 people's mediation bodies and 37 commercial mediation bodies for IP disputes mediated 5,904 "
     "cases over a full year.", "supported"),
    ("Shenzhen's 13 people's mediation bodies and 73 commercial mediation bodies for IP disputes mediated 5,904 "
     "cases over a full year.", "contradicted"),
    # 分别 opens a list that ends with its clause
    ("深圳战略性新兴产业集群和未来产业集群公开的发明专利分别为124,569件和32,112件，两者合计约15.67万件。", "supported"),
    ("深圳战略性新兴产业集群和未来产业集群公开的发明专利分别为124,569件和23,112件，两者合计约14.77万件。", "contradicted"),
    # a per-head measure with a place between 'per 10,000' and 'residents'
    ("Annual applications for the three kinds of domestic patents per 10,000 Shenzhen residents reached 75.88 in 2013, "
     "up 9.45%.", "supported"),
    ("Annual applications for the three kinds of domestic patents per 10,000 Shenzhen residents reached 78.58 in 2013, "
     "up 9.45%.", "contradicted"),
    # a rank set right before the figure it was won with; an adverb inside a rank
    ("Despite ranking only second nationally for invention patents disclosed by its strategic emerging industry "
     "clusters, Shenzhen led China in 2024 with 249,500 trademark registrations.", "supported"),
    ("Despite ranking only third nationally for invention patents disclosed by its strategic emerging industry "
     "clusters, Shenzhen led China in 2024 with 249,500 trademark registrations.", "contradicted"),
    # a minus-signed rate set off after a level is its change; 'exactly half' is more than 'about half' says
    ("2013: SZ software copyright registrations 14,934, +20.69% y/y", "supported"),
    ("2013: SZ software copyright registrations 14,934, -20.69% y/y", "contradicted"),
    ("In 2016 Shenzhen accounted for exactly half of China's PCT applications.", "unverifiable"),
    ("In 2016 Shenzhen accounted for about half of China's PCT applications.", "supported"),
    # 商标注册申请 are applications, not the registrations 商标注册 names
    ("2024年深圳商标注册申请量达24.95万件。", "unverifiable"),
    ("2013年深圳商标注册申请量86,950件。", "supported"),
    # a figure whose sentence names what it counts only by pointing back
    ("Shenzhen held 62,293 valid domestic invention patents at the end of 2013. By 2016 the total had passed 95,000.",
     "supported"),
    ("Shenzhen held 62,293 valid domestic invention patents at the end of 2013. By 2016 the total had reached about 59,000.",
     "contradicted"),
    ("Shenzhen's domestic patent applications broke the 80,000 mark in 2013. They reached 80,657, up 10.29% on the year.",
     "supported"),
    ("Shenzhen's domestic patent applications broke the 80,000 mark in 2013. They reached 86,057, up 10.29% on the year.",
     "contradicted"),
    # "placed it second": a rank with its object between verb and place
    ("Shenzhen's 249,500 trademark registrations in 2024 placed it second in China.", "contradicted"),
    ("Shenzhen's 249,500 trademark registrations in 2024 placed it first in China.", "supported"),
    # a count in words set off after what it counts; an average in words beside figures in digits; "N times X's"
    ("Shenzhen's silver-award haul at the 18th China Patent Awards, four, matched the four gold prizes its companies "
     "won at the 15th.", "unverifiable"),
    ("Shenzhen's gold-award haul at the 18th China Patent Awards, five, matched the four gold prizes its companies "
     "won at the 15th.", "contradicted"),
    ("The 689 overseas IP disputes Shenzhen monitored in 2024 involved 2,352 local enterprises, more than three "
     "companies per case on average.", "supported"),
    ("The 689 overseas IP disputes Shenzhen monitored in 2024 involved 2,352 local enterprises, fewer than three "
     "companies per case on average.", "contradicted"),
    ("Shenzhen had 80.1 valid invention patents for every 10,000 residents in 2016, ten times China's average.",
     "supported"),
    ("Shenzhen had 80.1 valid invention patents for every 10,000 residents in 2016, twenty times China's average.",
     "contradicted"),
    # the 2013 procuratorates' figures named as the white paper names them, never the 2024 total's
    ("2013年,深圳检察机关共受理审查逮捕侵犯知识产权犯罪案件425宗。", "supported"),
    ("2013年深圳检察机关批准逮捕侵犯知识产权犯罪案件425宗。", "contradicted"),
    ("2013年深圳检察机关受理起诉侵犯知识产权犯罪案件410宗,最终起诉304宗,起诉率约为74%。", "supported"),
    ("2013年深圳检察机关受理起诉侵犯知识产权犯罪案件410宗,最终起诉304宗,起诉率约为64%。", "contradicted"),
    # a national average a figure is set against counts what the figure counts
    ("Shenzhen counted 110 high-value invention patents per 10,000 people in 2024, against a national average of 14.",
     "supported"),
    ("Shenzhen counted 110 high-value invention patents per 10,000 people in 2024, against a national average of 41.",
     "contradicted"),
    # police who "broke" cases solved them (no bound); 对外许可专利 are licences granted
    ("Shenzhen police broke 1,060 counterfeiting crime cases in 2013 and arrested 778 suspects.", "supported"),
    ("Shenzhen police broke 1,600 counterfeiting crime cases in 2013 and arrested 778 suspects.", "contradicted"),
    ("2024年深圳专利转让26,967件、对外许可专利5,998件。", "supported"),
    ("2024年深圳专利转让26,967件、对外许可专利5,898件。", "contradicted"),
    # 八成五 is 85%; "during 2013" is the year's own flow, never a total at its end
    ("2024年深圳战略性新兴产业和未来产业有效发明专利约占全市总量的八成五。", "contradicted"),
    ("2024年深圳战略性新兴产业和未来产业有效发明专利约占全市总量的七成五。", "supported"),
    ("Shenzhen arranged nearly 1.2 billion yuan of IP pledge financing during 2013.", "unverifiable"),
    ("By the end of 2013 Shenzhen had arranged nearly 1.2 billion yuan of IP pledge financing.", "supported"),
    # a per-head opener holds for the whole sentence; "the seventh consecutive year" is a streak, no rank;
    # a haul "as of the end of 2016" is the total to date
    ("For every 10,000 residents, Shenzhen filed 75.88 domestic patent applications in 2013, 9.45% more than in 2012.",
     "supported"),
    ("For every 10,000 residents, Shenzhen filed 78.58 domestic patent applications in 2013, 9.45% more than in 2012.",
     "contradicted"),
    ("2024 was the seventh consecutive year in which Shenzhen ranked first nationally for patent grants, with 241,900 "
     "granted.", "supported"),
    ("2024 was the eighth consecutive year in which Shenzhen ranked first nationally for patent grants, with 241,900 "
     "granted.", "contradicted"),
    ("Shenzhen's haul of China Patent Gold Awards stood at 27 as of the end of 2016.", "supported"),
    ("Shenzhen's haul of China Patent Gold Awards stood at 29 as of the end of 2016.", "contradicted"),
    # a count in words opening the sentence is its subject's figure, beside figures in digits too
    ("Fifteen Shenzhen enterprises won Guangdong provincial IP recognition in 2013, 11 as advantage enterprises and 4 "
     "as model enterprises.", "contradicted"),
])
def test_readings_of_session_18(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim,expected", [
    # a share "在…中占比": the whole named before 占比 is the one the claim measures against
    ("深圳2013年登记软件著作权14,934件,在全国登记总量中占比9.09%。", "supported"),
    ("深圳2013年登记软件著作权14,934件,在深圳登记总量中占比9.09%。", "unverifiable"),
    # "fewer than any other district court": the fewest of the parts of a sourced total, as "the fewest of"
    ("With 14 IP cases accepted in 2013, the Yantian District People's Court took in fewer than any other district "
     "court in Shenzhen.", "supported"),
    ("With 1,664 IP cases accepted in 2013, the Futian District People's Court took in fewer than any other district "
     "court in Shenzhen.", "contradicted"),
    ("With 14 IP cases accepted in 2013, the Yantian District People's Court took in fewer than any other court in "
     "Guangdong.", "unverifiable"),
    # a fund is no metric's but one whose names say so
    ("Shenzhen seeded its IP pledge risk compensation fund with 200 million yuan.", "unverifiable"),
    ("China guided the establishment of 20 IP operating funds by August 2022.", "supported"),
    # "N-strong X": the count of X
    ("Overseas disputes: Shenzhen's 236-strong expert pool monitored 689 cases involving 2,352 local firms in 2024",
     "supported"),
    ("Overseas disputes: Shenzhen's 263-strong expert pool monitored 689 cases involving 2,352 local firms in 2024",
     "contradicted"),
    # an arrow between figures each dated after it
    ("Trademark registrations in Shenzhen: 39,527 in 2013 → 249.5k in 2024, more than 6x", "supported"),
    ("Trademark registrations in Shenzhen: 39,527 in 2013 → 294.5k in 2024, more than 6x", "contradicted"),
    # parts with words of their own summed to a total: "13 people's + 37 commercial bodies = 50"
    ("IP mediation in Shenzhen, 2024: 13 people's + 37 commercial bodies = 50 organisations; 5,904 disputes mediated",
     "supported"),
    ("IP mediation in Shenzhen, 2024: 13 people's + 37 commercial bodies = 52 organisations; 5,904 disputes mediated",
     "contradicted"),
    # "by less than 10 points" is a bound on the lead, not a lag
    ("In 2021, China's IP royalty export growth beat import growth by less than 10 percentage points.", "contradicted"),
    ("In 2021, China's IP royalty export growth beat import growth by more than 10 percentage points.", "supported"),
    # a superlative closing its clause is a rank nothing here settles
    ("Of the 9,694 IP cases Shenzhen courts accepted in 2013, the Futian District People's Court took in the most.",
     "unverifiable"),
    # "ranked higher than": the sourced places, in the same scope
    ("In 2013 Shenzhen's stock of valid registered trademarks ranked higher among large and medium-sized Chinese "
     "cities than its stock of valid invention patents.", "contradicted"),
    ("In 2013 Shenzhen's stock of valid registered trademarks ranked lower among large and medium-sized Chinese "
     "cities than its stock of valid invention patents.", "supported"),
    ("In 2013 Shenzhen's valid registered trademarks ranked higher in the world than its valid invention patents.",
     "unverifiable"),
    # "double 2023's tally": a multiple of a year's figure
    ("Qianhai copyright platform served 4,000+ entities in 2024 — double 2023's tally", "unverifiable"),
    # "even as" cuts a clause; "taking in" cases are accepted ones
    ("Total domestic patent grants in Shenzhen inched up 2.25% in 2013 even as invention patent grants dropped 15.9%.",
     "supported"),
    ("Total domestic patent grants in Shenzhen inched up 2.52% in 2013 even as invention patent grants dropped 15.9%.",
     "contradicted"),
    ("Courts across Shenzhen accepted 9,694 intellectual-property cases in 2013 and closed 8,174, with the Shenzhen "
     "Intermediate People's Court alone taking in 2,936.", "supported"),
    # a stated difference's other side is in its own clause, never a count after a comma
    ("Shenzhen's intermediate and grassroots courts accepted 19,055 new IP cases in 2024 and concluded 20,009, about "
     "950 more than they took in, applying punitive damages in 15 cases.", "supported"),
    ("Shenzhen's intermediate and grassroots courts accepted 19,055 new IP cases in 2024 and concluded 20,009, about "
     "1,950 more than they took in, applying punitive damages in 15 cases.", "contradicted"),
    # "outnumbered …, A to B": a score, the first side first
    ("Shenzhen's trademark applications outnumbered its domestic patent applications in 2013, 86,950 to 80,657.",
     "supported"),
    ("Patent acquisitions in Shenzhen outnumbered patent transfers in 2024, 26,967 to 25,612.", "contradicted"),
    # "between 2013, when they numbered N, and 2024": N is 2013's; the rate over the span from the sourced ends,
    # a bound at one end deciding it one way only
    ("Shenzhen's PCT filings grew by roughly 62% between 2013, when they numbered 10,049, and 2024.", "supported"),
    ("Shenzhen's PCT filings grew by roughly 82% between 2013, when they numbered 10,049, and 2024.", "contradicted"),
    ("Shenzhen's PCT filings grew by more than 80% between 2013, when they numbered 10,049, and 2016.", "supported"),
    ("Shenzhen's PCT filings grew by about 90% between 2013 and 2016.", "unverifiable"),
    ("Shenzhen's PCT filings grew by about a tenth between 2016 and 2024.", "contradicted"),
    # "6x" is six times the base, never up by six times; a bound one reading of "N times" keeps and the other
    # breaks is left open
    ("Trademark registrations in Shenzhen: 39,527 in 2013 → 249.5k in 2024, fewer than 6x", "contradicted"),
    ("Trademark registrations in Shenzhen rose from 39,527 in 2013 to 249,500 in 2024, more than six times.",
     "unverifiable"),
    ("高校专利转让金额从2012年的8.2亿元增至2021年的88.9亿元，增长到原来的十倍以上。", "supported"),
    # "first in China" after a figure is its rank
    ("Shenzhen's strategic emerging industry clusters disclosed 124,569 invention patents — first in China (2024 "
     "report)", "contradicted"),
    ("Shenzhen's strategic emerging industry clusters disclosed 124,569 invention patents, second in China.",
     "supported"),
    # "growth had slipped below 40%" states the rate, not a fall
    ("China's patent and trademark pledge financing came to 309.8 billion yuan in 2021, though annual growth had "
     "slipped below 40%.", "contradicted"),
    ("China's patent and trademark pledge financing came to 309.8 billion yuan in 2021, and annual growth stayed "
     "above 40%.", "supported"),
    # a figure against its own metric in another year the claim names ("more than in 2016", "高于2016年的水平")
    ("2024年深圳PCT申请量达到1.63万件,高于2016年的水平。", "contradicted"),
    ("2024年深圳PCT申请量达到1.63万件,低于2016年的水平。", "supported"),
    ("Shenzhen filed 16,300 PCT applications in 2024, above the 2016 level.", "contradicted"),
    ("Shenzhen filed 16,300 PCT applications in 2024, more than in 2013.", "supported"),
    ("2024年深圳商标注册量仍低于2013年底全市累计有效注册商标237,790件。", "unverifiable"),
    # "among the top N": a rank no lower than N, in its own scope; a count of members "among the top 5,000" is none
    ("Shenzhen's 241,900 patent grants in 2024 placed it among the world's top five cities.", "unverifiable"),
    ("Shenzhen's 241,900 patent grants in 2024 placed it among the top three cities in China.", "supported"),
    ("A WIPO report counted 408 Chinese brands among the world's top 5,000, worth a combined 1.6 trillion US dollars.",
     "supported"),
    # a share's whole ends at a comma before a year ("…总量的48.10%,2016年…")
    ("2013年深圳PCT申请占深圳国内企业和个人申请总量的48.10%,2016年则约占全国的一半。", "unverifiable"),
    ("2013年深圳PCT申请占全国国内企业和个人申请总量的48.10%,2016年则约占全国的一半。", "supported"),
    # a streak in decades beside a rank
    ("Shenzhen has been China's top city for PCT filings for fewer than two decades, and in 2024 it also led the "
     "nation in trademark registrations.", "contradicted"),
    ("Shenzhen has been China's top city for PCT filings for more than two decades, and in 2024 it also led the "
     "nation in trademark registrations.", "supported"),
    # every order a claim states without figures is settled, or none is
    ("Shenzhen courts closed fewer IP cases than they accepted in 2013, but in 2024 they concluded more than they "
     "took in.", "supported"),
    ("Shenzhen courts closed fewer IP cases than they accepted in 2013, but in 2024 they concluded fewer than they "
     "took in.", "contradicted"),
    ("Shenzhen courts closed fewer IP cases than they accepted in 2013, but in 2023 they concluded more than they "
     "took in.", "unverifiable"),
    # averages: "on average, monitoring close to three", "平均每宗涉案货值约…", "each IP judge … handled roughly 200"
    ("Each of the 236 experts in Shenzhen's overseas expert pool was, on average, monitoring close to three dispute "
     "cases in 2024.", "supported"),
    ("Each of the 236 experts in Shenzhen's overseas expert pool was, on average, monitoring close to five dispute "
     "cases in 2024.", "contradicted"),
    ("2013年深圳药监部门办理的862宗案件,平均每宗涉案货值约24.6万元。", "supported"),
    ("2013年深圳药监部门办理的862宗案件,平均每宗涉案货值约42.6万元。", "contradicted"),
    ("Each IP judge in Shenzhen's courts handled roughly 200 new cases in 2024.", "unverifiable"),
    ("On average each enterprise in Shenzhen's future industry clusters disclosed about 150 invention patents in 2024.",
     "unverifiable"),
    # "从2013年底的69家增至2024年的598家": a year's end is an end of the span
    ("深圳的专利代理机构从2013年底的69家增至2024年的598家,增加了500多家。", "supported"),
    ("深圳的专利代理机构从2013年底的69家增至2024年的598家,增加了600多家。", "contradicted"),
    # the whole a sum is measured against is not the sum ("两项合计不到…42万件的十分之一")
    ("2024年深圳专利转让26,967件、专利许可5,998件,两项合计不到全国2021年专利转让许可总量42万件的十分之一。",
     "unverifiable"),
    # "5倍多": more than five times; "是…的N倍" is to N times, never by
    ("2024年深圳商标代理机构数量是专利代理机构的5倍多。", "supported"),
    ("2024年深圳商标代理机构数量是专利代理机构的6倍多。", "contradicted"),
    ("2024年深圳商标注册量24.95万件,是2013年核准注册商标39,527件的6倍多。", "supported"),
    ("高校专利授权量由2012年的6.9万件增至2021年的30.8万件,是2012年的4.4倍多。", "supported"),
    ("2024年深圳专利转让26,967件,是专利被许可4,351件的8倍多。", "contradicted"),
    # cases "brought for review", "reviewed … for arrest": the arrest-review intake
    ("Shenzhen prosecutors approved arrests in roughly 72% of the 425 IP-crime cases brought to them for review in "
     "2013.", "supported"),
    ("In 2013 Shenzhen prosecutors reviewed 425 IP-crime cases for arrest, approved arrests in 305 of them, and "
     "prosecuted 304 IP-crime cases that year.", "supported"),
    # the noun phrase after a Chinese count names its metric ("80所试点高校"), unless the words before say more
    ("教育部与国家知识产权局共认定了30所国家知识产权示范高校和80所试点高校，合计110所。", "supported"),
    ("教育部与国家知识产权局共认定了30所国家知识产权示范高校和70所试点高校，合计100所。", "contradicted"),
    ("2024年深圳引进38家知识产权服务机构,实现营收39.14亿元,同比增长20.6%。", "supported"),
    # a goal said to be missed is an outcome no source gives; a denied rank
    ("Shenzhen failed to reach its goal of more than 92 valid invention patents per 10,000 people by 2020.",
     "unverifiable"),
    ("Shenzhen failed to rank first in Guangdong by IP pledge registration amount in 2024.", "contradicted"),
    ("深圳2024年知识产权质押登记金额未能位居全省第一。", "contradicted"),
    # "rose above 70%": the rate's level
    ("The patent grant rate at Chinese universities rose above 90% by 2021.", "contradicted"),
    # "topped the … tally": a first place, denied by "did not"; a comparison beside a rank is still weighed
    ("Shenzhen topped the gold-award tally at the 18th China Patent Awards.", "contradicted"),
    ("Shenzhen did not top the silver-award tally at the 18th China Patent Awards; its four golds placed it second "
     "among the nation's major cities.", "unverifiable"),
    ("Shenzhen was granted 241,900 patents in 2024, fewer than any other place in China, and has now topped the "
     "national table seven years running.", "unverifiable"),
    # lines lifted from tables: items apart at " / ", "|", "cases/694"; a colon after a ';' labels the next item;
    # "gap: N" is a difference
    ("Shenzhen Customs, 2024: 6,264 batches seized / about 28.8 million items / case value 101 million yuan",
     "supported"),
    ("China's IP service industry: 73,000+ institutions | 865,000+ employees | annual revenue above 225 billion yuan",
     "supported"),
    ("Shenzhen 2024 enforcement — procuratorate: 259 IP crime cases; police: 518 infringement and counterfeiting "
     "cases; administrative enforcement: 1,803 IP cases", "supported"),
    ("Shenzhen courts, 2013 — IP cases accepted: 9,694; closed: 8,174; gap: 1,520", "supported"),
    ("Shenzhen courts, 2013 — IP cases accepted: 9,694; closed: 8,174; gap: 1,250", "contradicted"),
    # a share of the filings of enterprises alone is not one of enterprises and individuals
    ("Shenzhen's 2013 PCT filings made up 48.1% of those lodged by Chinese enterprises.", "unverifiable"),
    ("Shenzhen's 2013 PCT filings made up 48.1% of those lodged by Chinese enterprises and individuals.", "supported"),
    # a question about what a figure was asks for an outcome, not the goal set for it
    ("What was SZ's valid invention patent density in 2020? Above 92 per 10,000 people, as the 2018 plan set out.",
     "unverifiable"),
    # "Of the 54 …, fewer than half went on to …": a share of the whole the sentence opens with
    ("Of the 54 Nanshan enterprises that secured loan guarantees in 2013, fewer than half went on to obtain loans.",
     "unverifiable"),
    # a colon after '|' labels the next item; 商业调解组织 are the commercial mediation bodies
    ("IP service institutions newly attracted to Shenzhen (2024): 38 | their revenue: 3.914 bn yuan, +20.6% | patent "
     "agencies: 598 | trademark agencies: 3,334", "supported"),
    ("深圳2024年知识产权纠纷调解:人民调解组织13家、商业调解组织37家、全年调解5,904件", "supported"),
    ("Unlike in 2013, Shenzhen's courts concluded more IP cases than they took in during 2024.", "supported"),
    # 拿到贷款: the money lent (the enterprises that got it are counted by another metric, left open here)
    ("2013年南山区54家企业获得1.74亿元的贷款担保,实际拿到贷款9,400万元。", "supported"),
    ("2013年南山区54家企业获得1.74亿元的贷款担保,实际拿到贷款9,800万元。", "contradicted"),
    ("深圳南山区2013年获得贷款担保的54家企业中有31家拿到贷款,占比约57%。", "unverifiable"),
    # 八成半 is 85%; "exceeded the full-year 2021 total": its own figure in the year named
    ("深圳战略性新兴产业和未来产业有效发明专利27.11万件,占全市总量的八成半以上。", "contradicted"),
    ("深圳战略性新兴产业和未来产业有效发明专利27.11万件,占全市总量的七成半。", "supported"),
    ("Patent and trademark pledge financing in the first half of 2022, at 162.65 billion yuan, already exceeded the "
     "full-year 2021 total, CNIPA said.", "contradicted"),
    # a campaign's year is no figure's time; a density per 100,000 people is no per-10,000 figure
    ("In 2023 Shenzhen investigated and handled 1,803 IP cases through administrative enforcement drives such as "
     "Sword Network 2024.", "unverifiable"),
    ("In 2024 Shenzhen investigated and handled 1,803 IP cases through administrative enforcement drives such as "
     "Sword Network 2024.", "supported"),
    ("Shenzhen's invention patent density was about 80 per 100,000 people in 2016, ten times the national average.",
     "unverifiable"),
    # "made up 10,987, or 22.08%": a part and its share, no change; a date that is the figures' own, not the briefing's
    ("Invention patents made up 10,987, or 22.08%, of the 49,756 domestic patents Shenzhen was granted in 2013.",
     "supported"),
    ("MIIT told the press conference that, as of December 2021, 1,253 enterprises in its IP-advantage cultivation pool "
     "had been recognised as specialised 'little giant' firms.", "supported"),
    ("Shenzhen drew in 83 IP service institutions in 2024.", "contradicted"),
    ("Fewer than 2,000 people were actually working in Shenzhen's IP service industry at the end of 2013.",
     "contradicted"),
    # "six per agency": the count over the count whose head noun the words after 'per' name
    ("Shenzhen had 405 qualified patent attorneys across its 69 patent agencies at the end of 2013, roughly six per "
     "agency.", "supported"),
    ("Shenzhen had 405 qualified patent attorneys across its 69 patent agencies at the end of 2013, roughly nine per "
     "agency.", "contradicted"),
    ("The 689 overseas IP disputes Shenzhen tracked in 2024 involved 2,352 local enterprises, about 3.4 companies per "
     "dispute.", "supported"),
    ("Shared among the city's 11 courts, the 19,055 new IP cases Shenzhen received in 2024 come to roughly 1,700 per "
     "court.", "unverifiable"),
])
def test_readings_of_session_19(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
