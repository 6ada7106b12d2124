"""Figures written in words: fractions as shares, multiples, number words."""
from __future__ import annotations

import math

import pytest

from ipcheck.wordfigures import read_count_words, read_fractions, read_word_multiples, word_number, read_scaled_numerals


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# -- fractions in words -----------------------------------------------------------------------

@pytest.mark.parametrize("text,value,qualifier", [
    ("nearly half of the national total", 50.0, "nearly"),
    ("about a third of the national total", 100 / 3, "about"),
    ("half of all applications", 50.0, "about"),          # a fraction in words is a round figure
    ("more than two-thirds of the total", 200 / 3, "more_than"),
    ("one in five patents", 20.0, "about"),
    ("约占全国一半", 50.0, "about"),
    ("占全国三分之一", 100 / 3, "about"),
    ("占全市的一半以上", 50.0, "at_least"),
    ("过半", 50.0, "more_than"),
    ("近半", 50.0, "nearly"),
    # a majority in words: more than half
    ("made up the bulk of the 309.8 billion yuan", 50.0, "more_than"),
    ("filed most of China's PCT applications", 50.0, "more_than"),
    ("the majority of the cases", 50.0, "more_than"),
    ("a majority of the cases", 50.0, "more_than"),
    ("the lion's share of the filings", 50.0, "more_than"),
    ("大部分集中在南山区", 50.0, "more_than"),
    ("绝大多数企业", 50.0, "more_than"),
])
def test_fractions_in_words_are_shares_in_percent(text, value, qualifier):
    [n] = read_fractions(text)
    assert close(n.value, value) and n.unit == "percent" and n.qualifier == qualifier


@pytest.mark.parametrize("text", ["in the first half of 2024", "the second half of the year", "上半年",
                                  "近半年来", "half the national average", "a third batch",
                                  "the most of any Chinese city", "the most-of-all list", "most patents"])
def test_halves_of_periods_and_multiples_are_not_shares(text):
    assert read_fractions(text) == []


@pytest.mark.parametrize("text,value", [
    ("twice the 2013 level", 2.0), ("three times that of 2013", 3.0), ("half the national average", 0.5),
    ("double the figure", 2.0), ("是2013年的两倍", 2.0),
    ("up from 820 million yuan in 2012, nearly ten times.", 10.0), ("a hundred times that of 2012", 100.0),
    ("较2012年增长近百倍", 100.0), ("增长一百二十倍", 120.0),
    ("a tenfold increase", 10.0), ("a twenty-fold rise", 20.0), ("grew threefold", 3.0),
])
def test_multiples_in_words(text, value):
    [n] = read_word_multiples(text)
    assert n.value == value and n.unit == "times"


def test_a_bound_before_an_article_is_the_multiples():
    [n] = read_word_multiples("more than a twentyfold increase")
    assert (n.value, n.qualifier) == (20.0, "more_than")


@pytest.mark.parametrize("text", ["it doubled", "three times in a row", "manifold", "the fold of a page", "half of all", "20倍", "the first half",
                                  "won the award three times in 2013"])
def test_what_is_not_a_multiple_in_words(text):
    assert read_word_multiples(text) == []


# -- word numbers -----------------------------------------------------------------------------

@pytest.mark.parametrize("word,value", [
    ("ten", 10.0), ("Ten", 10.0), ("twelve", 12.0), ("twenty", 20.0), ("half", 0.5),
    ("twice", 2.0),
    ("十", 10.0), ("十五", 15.0), ("二十", 20.0), ("二十一", 21.0), ("三十五", 35.0),
    ("两", 2.0), ("一", 1.0), ("零", 0.0),
    ("百", 100.0), ("一百", 100.0), ("两百", 200.0), ("一百零五", 105.0), ("三百二十", 320.0), ("两千三百", 2300.0),
])
def test_word_number(word, value):
    assert word_number(word) == value


@pytest.mark.parametrize("word", ["", "abc", "一二", "patents", "百百", "一百五"])
def test_word_number_rejects_non_numbers(word):
    assert word_number(word) is None


@pytest.mark.parametrize("word", ["十十", "三四十"])
def test_word_number_rejects_malformed_chinese(word):
    assert word_number(word) is None


# -- counts in words ----------------------------------------------------------------------------

def test_counts_in_words_before_a_noun_keep_their_qualifier():
    [n] = read_count_words("Shenzhen won nearly four gold awards")
    assert (n.value, n.unit, n.qualifier, n.text) == (4.0, "count", "nearly", "four")


@pytest.mark.parametrize("text", ["twenty-four awards", "one award", "ten.", "the top-ten list"])
def test_what_is_no_count_in_words(text):
    assert read_count_words(text) == []


@pytest.mark.parametrize("text, value, qualifier", [
    ("2013年深圳国内专利申请量八万余件。", 80000, "more_than"),
    ("审结知识产权案件两万多件", 20000, "more_than"),
    ("受理知识产权案件逾万件", 10000, "more_than"),
    ("发行总额近三亿元", 3e8, "nearly"),
])
def test_chinese_numerals_with_a_scale(text, value, qualifier):
    [n] = read_scaled_numerals(text)
    assert (n.value, n.qualifier) == (value, qualifier)


def test_per_ten_thousand_people_is_no_figure():
    assert read_scaled_numerals("2024年深圳每万人口高价值发明专利拥有量为110件") == []


@pytest.mark.parametrize("text,value,qualifier", [
    ("约占三成", 30.0, "about"), ("占四成以上", 40.0, "at_least"), ("近两成", 20.0, "nearly"), ("超过六成", 60.0, "more_than"),
])
def test_tenths_in_chinese_are_shares(text, value, qualifier):
    [n] = read_fractions(text)
    assert (n.value, n.qualifier, n.unit, n.half_ulp) == (value, qualifier, "percent", 5.0)


@pytest.mark.parametrize("text", ["深圳成功举办活动", "成为全国第一", "完成任务", "成立了12家机构"])
def test_cheng_in_other_words_is_no_share(text):
    assert read_fractions(text) == []


def test_a_fraction_not_reached_is_an_upper_bound():
    [n] = read_fractions("did not reach half of the national total")
    assert (n.value, n.qualifier) == (50.0, "less_than")
    [m] = read_fractions("about half of the national total")
    assert m.qualifier == "about"


@pytest.mark.parametrize("text, value", [
    ("Shenzhen firms took one in every five gold awards", 20.0),
    ("one out of every 11 registrations", 100 / 11),
    ("2013年,全国大约每11件软件著作权登记中就有1件来自深圳。", 100 / 11),
])
def test_one_of_every_n(text, value):
    [n] = read_fractions(text)
    assert close(n.value, value) and n.unit == "percent"


@pytest.mark.parametrize("text, value, unit", [
    ("arrested nine hundred and thirty-three", 933.0, "count"),
    ("up twenty per cent on 2023", 20.0, "percent"),
    ("four point two million in 2021", 4.2e6, "count"),
    ("beat import growth by ten and a half percentage points", 10.5, "percentage_point"),
    ("nearly a quarter of a million trademark registrations", 250000.0, "count"),
    ("ten thousand and forty-nine PCT applications", 10049.0, "count"),
])
def test_numbers_spelt_in_english(text, value, unit):
    from ipcheck.wordfigures import read_spelt_numbers
    [n] = read_spelt_numbers(text)
    assert close(n.value, value) and n.unit == unit


@pytest.mark.parametrize("text", ["won four gold awards", "the twenty-first consecutive year", "ten times the level",
                                  "per ten thousand people", "100 million yuan", "millions of items"])
def test_what_is_not_a_number_spelt_out(text):
    from ipcheck.wordfigures import read_spelt_numbers
    assert read_spelt_numbers(text) == []


@pytest.mark.parametrize("text, value", [
    ("进出口总额达三千七百八十三亿元。", 3783e8), ("查获侵权货物逾二百九十万件", 2.9e6),
    ("质押融资额一千六百二十六亿五千万元", 1626.5e8), ("由2012年的六万九千件", 69000.0),
])
def test_chinese_numerals_with_scales(text, value):
    [n] = read_scaled_numerals(text)
    assert close(n.value, value)


@pytest.mark.parametrize("text, value", [("同比增长百分之十八", 18.0), ("增幅为百分之三百四十六点四", 346.4)])
def test_chinese_percentages_in_numerals(text, value):
    from ipcheck.wordfigures import read_percent_numerals
    [n] = read_percent_numerals(text)
    assert close(n.value, value) and n.unit == "percent"


def test_a_percentage_in_numerals_is_no_fraction_of_a_hundred():
    assert read_fractions("增幅为百分之三百四十六点四") == []
    [n] = read_fractions("fewer than one in twenty")
    assert close(n.value, 5.0) and n.qualifier == "less_than"


@pytest.mark.parametrize("text, value", [("took home half a dozen gold awards", 6), ("won a dozen gold awards", 12),
                                         ("won one dozen gold awards", 12)])
def test_dozens_are_counts(text, value):
    [n] = read_count_words(text)
    assert n.value == value and n.text.lower().endswith("dozen")


@pytest.mark.parametrize("text, value", [("About two-fifths of the 80,657 applications", 40.0),
                                         ("three-fifths of the 80,657 applications", 60.0),
                                         ("nine-tenths of the courts' cases", 90.0)])
def test_fractions_of_any_numerator(text, value):
    [n] = read_fractions(text)
    assert math.isclose(n.value, value)


def test_ratios_to_one_are_multiples():
    from ipcheck.wordfigures import read_ratios

    assert [(n.value, n.unit, n.text) for n in read_ratios("applications outnumbered registrations five to one")] \
        == [(5.0, "times", "five to one")]
    assert [n.value for n in read_ratios("a ratio of 2.2 to 1 in 2013")] == [2.2]
    assert [n.qualifier for n in read_ratios("outnumbered them by more than two to one")] == ["more_than"]
    assert read_ratios("rose from 2 to 1,000 in 2013") == []            # no ratio is said to be meant
    assert read_ratios("the ratio rose from 2 to 1,000") == []           # (nor is 1,000 one)


@pytest.mark.parametrize("claim, expected", [
    ("Trademark applications in Shenzhen outnumbered registrations five to one in 2013.", "contradicted"),  # 2.2
    ("Trademark applications in Shenzhen outnumbered registrations by a ratio of 2.2 to 1 in 2013.", "supported"),
    ("Trademark applications in Shenzhen outnumbered registrations by roughly two to one in 2013.", "supported"),
    ("Trademark applications in Shenzhen outnumbered approved registrations by five to one in 2013, at 86,950 "
     "against 39,527.", "contradicted"),
])
def test_a_ratio_to_one_is_checked(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_one_in_a_year_is_no_fraction():
    from ipcheck.wordfigures import read_fractions

    assert read_fractions("by more than two to one in 2013") == []
    assert [n.value for n in read_fractions("one in 20 firms")] == [5.0]


def test_k_of_every_n():
    assert [(n.value, n.qualifier) for n in read_fractions("closed more than four out of every five cases")] \
        == [(80.0, "more_than")]
    assert [n.value for n in read_fractions("nine in ten of the cases")] == [90.0]
    assert read_fractions("five in 2013") == []


@pytest.mark.parametrize("claim, expected", [
    # a share the claim states of the whole it opens with and the part it names after
    ("Of the 410 IP crime cases Shenzhen prosecutors accepted for prosecution in 2013, 304 were prosecuted - "
     "about three in four.", "supported"),
    ("Of the 410 IP crime cases Shenzhen prosecutors accepted for prosecution in 2013, 304 were prosecuted - "
     "about nine in ten.", "contradicted"),
    ("Of Shenzhen's 80,657 domestic patent applications in 2013, 32,208, or about 40%, were invention patent "
     "applications.", "supported"),
    # never the count of another thing: 'five' is no figure of its own here
    ("Shenzhen courts closed more than four out of every five IP cases they accepted in 2013.", "unverifiable"),
    ("全国知识产权服务机构年营业收入较“十三五”初期翻了一番还多，超过2250亿元。", "supported"),   # 125%: more than doubled
])
def test_shares_in_words_of_stated_figures(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
