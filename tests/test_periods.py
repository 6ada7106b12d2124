"""Periods: knowledge-base codes and the prose claims use for them."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from ipcheck.periods import (Period, find_editions, find_periods, find_relative, half, month_end, parse_as_of, parse_period, place,
                              point, year)


# -- parse_period -------------------------------------------------------------------------------

@pytest.mark.parametrize("code,kind,start,end", [
    ("2013", "year", date(2013, 1, 1), date(2013, 12, 31)),
    ("2022-H1", "half", date(2022, 1, 1), date(2022, 6, 30)),
    ("2022-H2", "half", date(2022, 7, 1), date(2022, 12, 31)),
    ("2013-12-31", "point", date(2013, 12, 31), date(2013, 12, 31)),
    ("2022-06-30", "point", date(2022, 6, 30), date(2022, 6, 30)),
    ("2012/2021", "range", date(2012, 1, 1), date(2021, 12, 31)),
    ("2017-01/2022-06", "range", date(2017, 1, 1), date(2022, 6, 30)),
    ("2024-02/2024-02", "range", date(2024, 2, 1), date(2024, 2, 29)),   # leap year
    (" 2013 ", "year", date(2013, 1, 1), date(2013, 12, 31)),
])
def test_parse_period(code, kind, start, end):
    p = parse_period(code)
    assert (p.kind, p.start, p.end) == (kind, start, end)


@pytest.mark.parametrize("code", [
    "2013-13",              # no month 13
    "2013-02-30",           # no such day
    "abc",
    "",
    "2022-H3",
    "2022-06",              # a month alone is ambiguous
    "2013-12",
    "2021/2012",            # ends before it starts
    "2022-06-30/2022-01-01",
    "2013-1-1",
    "2016-13fyp",
])
def test_parse_period_errors(code):
    with pytest.raises(ValueError):
        parse_period(code)


@pytest.mark.parametrize("code,label", [
    ("2013", "2013"),
    ("2022-H1", "first half of 2022"),
    ("2022-H2", "second half of 2022"),
    ("2013-12-31", "end of 2013"),
    ("2022-06-30", "as of 2022-06-30"),
    ("2012/2021", "2012 to 2021"),
    ("2017-01/2022-06", "2017 to end of June 2022"),
])
def test_labels(code, label):
    p = parse_period(code)
    assert p.label == label
    assert str(p) == label


@pytest.mark.parametrize("code", ["2013", "2022-H1", "2022-H2", "2013-12-31", "2022-06-30",
                                  "2012/2021", "2017-01/2022-06", "2013-06-15/2013-06-20"])
def test_code_round_trips(code):
    p = parse_period(code)
    assert parse_period(p.code) == p


def test_distinct_ranges_have_distinct_labels():
    a = parse_period("2013-06-15/2013-06-20")
    b = parse_period("2013-06/2013-06")
    assert a != b
    assert a.label != b.label


def test_year_end():
    assert year(2013).year_end() == point(date(2013, 12, 31))
    assert half(2022, 1).year_end() == half(2022, 1)
    assert point(date(2022, 6, 30)).year_end() == point(date(2022, 6, 30))


def test_helpers():
    assert month_end(2024, 2) == date(2024, 2, 29)
    assert month_end(2023, 2) == date(2023, 2, 28)
    assert half(2022, 1) == parse_period("2022-H1")
    assert year(2013) == parse_period("2013")


_dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def periods(draw) -> Period:
    kind = draw(st.sampled_from(["year", "half", "point", "range"]))
    if kind == "year":
        return year(draw(st.integers(1950, 2100)))
    if kind == "half":
        return half(draw(st.integers(1950, 2100)), draw(st.sampled_from([1, 2])))
    if kind == "point":
        return point(draw(_dates))
    a, b = sorted([draw(_dates), draw(_dates)])
    return Period("range", a, b)


@settings(max_examples=300, deadline=None)
@given(periods())
def test_any_period_code_round_trips(p):
    assert parse_period(p.code) == p


# -- find_periods ------------------------------------------------------------------------------

def mentions(text):
    return [(m.period, m.role) for m in find_periods(text)]


END_2013 = point(date(2013, 12, 31))
END_JUNE_2022 = point(date(2022, 6, 30))


@pytest.mark.parametrize("text,expected", [
    ("in 2013", year(2013)),
    ("2013年", year(2013)),
    ("Patent applications reached 80,657 in 2013", year(2013)),
    ("at the end of 2013", END_2013),
    ("by the end of 2013", END_2013),
    ("by end-2013", END_2013),
    ("year-end 2013", END_2013),
    ("2013 year-end", END_2013),
    ("2013年底", END_2013),
    ("2013年末", END_2013),
    ("截至2013年底", END_2013),
    ("截止到2013年年底", END_2013),
    ("at the end of June 2022", END_JUNE_2022),
    ("as of end-June 2022", END_JUNE_2022),
    ("as of the end of June 2022", END_JUNE_2022),
    ("as of June 2022", END_JUNE_2022),
    ("at the end of Dec. 2013", END_2013),
    ("截至2022年6月底", END_JUNE_2022),
    ("2022年6月末", END_JUNE_2022),
    ("first half of 2022", half(2022, 1)),
    ("in the first half of 2022", half(2022, 1)),
    ("H1 2022", half(2022, 1)),
    ("2022 H1", half(2022, 1)),
    ("2022年上半年", half(2022, 1)),
    ("second half of 2022", half(2022, 2)),
    ("2022年下半年", half(2022, 2)),
])
def test_find_single_period(text, expected):
    assert mentions(text) == [(expected, "at")]


def test_mention_offsets_cover_the_words():
    text = "By the end of 2013, Shenzhen had 1,200 agencies"
    [m] = find_periods(text)
    assert text[m.start:m.end] == "By the end of 2013"
    text = "深圳2022年上半年专利授权"
    [m] = find_periods(text)
    assert text[m.start:m.end] == "2022年上半年"


@pytest.mark.parametrize("text", [
    "from 2012 to 2021",
    "between 2012 and 2021",
    "从2012年到2021年",
    "from early 2012 to late 2021",
    "from mid-2012 to 2021",
])
def test_from_to_roles(text):
    assert mentions(text) == [(year(2012), "from"), (year(2021), "to")]


def test_since_is_from():
    assert mentions("since 2012") == [(year(2012), "from")]


def test_to_needs_a_from():
    assert mentions("in 2013 and 2014") == [(year(2013), "at"), (year(2014), "at")]


def test_several_periods_in_order():
    found = mentions("at the end of 2013, up from 2012")
    assert found == [(END_2013, "at"), (year(2012), "from")]


@pytest.mark.parametrize("text", [
    "2,013 patents",
    "grew 2013%",
    "2013.5",
    "2013万件",
    "2013亿元",
    "2013倍",
    "20130",
    "12013",
    "2101",
])
def test_numbers_that_are_not_years(text):
    assert find_periods(text) == []


# -- useful forms the code does not read yet -----------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("as of June 30, 2022", END_JUNE_2022),
    ("as of December 31, 2013", END_2013),
    ("截至2013年12月31日", END_2013),
    ("end of June, 2022", END_JUNE_2022),
])
def test_dated_points(text, expected):
    assert mentions(text) == [(expected, "at")]


@pytest.mark.parametrize("text", [
    "2022年1-6月",
    "2022年1至6月",
    "January-June 2022",
    "in the first six months of 2022",
])
def test_january_to_june(text):
    [m] = find_periods(text)
    assert (m.period.start, m.period.end) == (date(2022, 1, 1), date(2022, 6, 30))


@pytest.mark.parametrize("text", ["in December 2013", "2013年12月"])
def test_single_month(text):
    [m] = find_periods(text)
    assert (m.period.start, m.period.end) == (date(2013, 12, 1), date(2013, 12, 31))


@pytest.mark.parametrize("text", ["2012年至2021年", "2012-2021"])
def test_range_without_from(text):
    assert mentions(text) == [(year(2012), "from"), (year(2021), "to")]


def test_range_of_points_has_roles():
    assert mentions("from the end of 2012 to the end of 2021") == [
        (point(date(2012, 12, 31)), "from"), (point(date(2021, 12, 31)), "to")]


@pytest.mark.parametrize("text", ["grew 2013 percent", "2013 times"])
def test_english_units_after_year_like_number(text):
    assert find_periods(text) == []


# -- periods relative to the date of writing ------------------------------------------------------

@pytest.mark.parametrize("text,words,back,half_,span", [
    ("PCT applications reached 16,300 this year", "this year", 0, 0, None),
    ("Last year alone, customs seized 2.9 million goods", "Last year", 1, 0, None),
    ("In the first half of this year, financing reached 162.65 billion yuan", "the first half of this year", 0, 1, None),
    ("in the past three years, income reached 57.315 billion yuan", "past three years", None, 0, 3),
    ("In the past 10 years, more than 70 plans", "past 10 years", None, 0, 10),
    ("In recent years, 33 platforms", "recent years", None, 0, None),
    ("去年深圳发放证书801件", "去年", 1, 0, None),
    ("今年上半年,全国专利质押融资", "今年上半年", 0, 1, None),
    ("上半年,全国专利质押融资", "上半年", 0, 1, None),
    ("近三年来,试点企业", "近三年", None, 0, 3),
])
def test_relative_periods_are_found(text, words, back, half_, span):
    [r] = find_relative(text)
    assert (r.words, r.years_back, r.half, r.span_years) == (words, back, half_, span)


@pytest.mark.parametrize("text", [
    "up 5% over last year", "a 9.45% increase compared to the previous year", "比上年增长10%",
    "比去年同期增长", "2022年上半年,全国", "grew 3% year on year", "a year-on-year rise",
])
def test_comparisons_and_absolute_periods_are_not_relative(text):
    assert find_relative(text) == []


def test_relative_periods_resolve_against_the_date_of_writing():
    written = date(2022, 8, 24)
    this_half, last_year, now = (find_relative(t)[0] for t in ("the first half of this year", "去年", "At present"))
    assert this_half.resolve(written) == half(2022, 1)
    assert last_year.resolve(written) == year(2021)
    assert now.resolve(written) == point(written)
    span = find_relative("in the past three years")[0]
    assert span.resolve(written) is None
    assert span.admits(parse_period("2019/2021"), written)        # ends the year before, lasts three
    assert not span.admits(parse_period("2012/2021"), written)    # far too long
    assert not span.admits(parse_period("2013"), written)         # long over


@pytest.mark.parametrize("text,code", [
    ('During the "13th Five-Year Plan" period, 14 tasks', "2016/2020"),
    ("“十三五”时期,全国", "2016/2020"),
    ("the 14th five-year plan", "2021/2025"),
    ("十二五期间", "2011/2015"),
])
def test_five_year_plans_name_their_years(text, code):
    assert [p.period.code for p in find_periods(text)] == [code]


def test_fifteen_is_not_a_plan():
    assert find_periods("十五个城市") == []


@pytest.mark.parametrize("written,expected", [
    ("2022-08-24", date(2022, 8, 24)), ("24 August 2022", date(2022, 8, 24)), ("2022", date(2022, 12, 31)),
])
def test_parse_as_of(written, expected):
    assert parse_as_of(written) == expected


def test_parse_as_of_refuses_what_is_not_a_date():
    with pytest.raises(ValueError, match="cannot read 'soon' as a date"):
        parse_as_of("soon")


def test_that_year_refers_back_and_is_not_relative():
    assert find_relative("当年新增发明专利授权") == []


def test_place_gives_the_periods_a_date_of_writing_fixes():
    relative = find_relative("In the first half of this year, over the past three years")
    assert [(p.period, p.start) for p in place(relative, date(2022, 8, 24))] == [(half(2022, 1), relative[0].start)]
    assert place(relative, None) == []


@pytest.mark.parametrize("text, rounds", [
    ("At the 18th China Patent Awards, the city won four gold awards", [18]),
    ("the 23rd China Patent Award released last month", [23]),
    ("the 1st edition of the Shenzhen Patent Award and the 2nd Guangdong one", [1, 2]),
    ("在第十五届中国专利奖评选中", [15]),
    ("第23届中国专利奖", [23]),
    ("ranked 18th nationwide", []),           # a rank, not a round
    ("for the 21st consecutive year", []),
    ("the 14th five-year plan period", []),
])
def test_find_editions(text, rounds):
    assert [n for n, _ in find_editions(text)] == rounds


@pytest.mark.parametrize("text", [
    "Annual revenue rose 125% from the beginning of the 13th Five-Year Plan period.",
    "Employment has grown 95.7% since the start of the 13th Five-Year Plan period.",
    "全国知识产权服务机构数量较“十三五”初期增长了97.3%。",
    "比“十三五”初期增长125%",
])
def test_the_start_of_a_plan_is_the_base_of_a_change(text):
    [m] = find_periods(text)
    assert m.role == "base" and m.period == year(2015)


def test_a_plan_period_itself_is_no_base():
    [m] = find_periods("During the 13th Five-Year Plan period, institutions grew 97.3%.")
    assert m.role == "at" and m.period.kind == "range"
    assert find_editions("the 13th Five-Year Plan period") == []


def test_since_in_chinese_and_an_end_written_first():
    found = mentions("截至2022年6月末,2017年以来全国知识产权质押贷款累计发放3723.64亿元。")
    assert [role for _, role in found] == ["to", "from"]
    assert found[1][0] == year(2017)



def test_a_claim_that_says_when_its_source_spoke_places_its_relative_times():
    from ipcheck.periods import find_periods, spoken_from
    text = "CNIPA said in August 2022 that … reached 420,000 last year"
    [said] = find_periods(text)
    [last_year] = spoken_from(text, said, None)
    assert last_year.period.label == "2021" and text[last_year.start:last_year.end] == "last year"
    assert spoken_from(text, said, date(2023, 1, 1)) == []          # a date of writing given: that places it
    [year] = find_periods("In 2022 CNIPA said … last year")
    assert spoken_from("In 2022 CNIPA said … last year", year, None) == []   # a year is no day of speaking


def test_a_year_compared_with_and_no_figure_of_its_own_is_the_base(knowledge):
    from ipcheck.claims import read_claim

    [f] = read_claim(knowledge, "深圳软件著作权登记量2024年比2013年翻了一番。").figures
    assert f.period == year(2024)
    figs = read_claim(knowledge, "2024年深圳全市法院新收知识产权案件19,055件,比2013年全市法院受理的9,694件多9,361件。").figures
    assert [g.period for g in figs[:2]] == [year(2024), year(2013)]     # a base with its own figure keeps its year


@pytest.mark.parametrize("text, start, end", [
    ("Shenzhen granted 241,900 patents in Q3 2024.", date(2024, 7, 1), date(2024, 9, 30)),
    ("Shenzhen granted 241,900 patents in 2024 Q3.", date(2024, 7, 1), date(2024, 9, 30)),
    ("in the third quarter of 2024", date(2024, 7, 1), date(2024, 9, 30)),
    ("in the 1st quarter of 2022", date(2022, 1, 1), date(2022, 3, 31)),
    ("in the first three quarters of 2024", date(2024, 1, 1), date(2024, 9, 30)),
    ("from Q2 to Q3 2022", date(2022, 4, 1), date(2022, 9, 30)),
    ("2024年第三季度深圳专利授权量", date(2024, 7, 1), date(2024, 9, 30)),
    ("2024年前三季度深圳专利授权量", date(2024, 1, 1), date(2024, 9, 30)),
])
def test_quarters_are_spans_of_months_not_their_year(text, start, end):
    [m] = find_periods(text)
    assert (m.period.start, m.period.end) == (start, end) and m.period.kind == "range"


def test_the_first_two_quarters_are_the_first_half_and_a_quarter_end_is_a_date():
    [m] = find_periods("in the first two quarters of 2022")
    assert m.period == half(2022, 1)
    [m] = find_periods("the balance at the end of Q2 2022")
    assert m.period == point(date(2022, 6, 30))
    [m] = find_periods("2022年二季度末质押贷款余额")
    assert m.period == point(date(2022, 6, 30))


@pytest.mark.parametrize("text", ["in FY2024", "in FY 2024", "in FY24", "in fiscal 2024", "in fiscal year 2024",
                                  "in the 2024 fiscal year", "深圳2024财年专利授权量", "2024财政年度"])
def test_a_fiscal_year_is_no_calendar_year(text):
    [m] = find_periods(text)
    assert m.period.kind == "fiscal" and m.period != year(2024)
    assert m.period.label == "fiscal year 2024" and m.period.code == "FY2024"


@pytest.mark.parametrize("claim", [
    "Shenzhen granted 241,900 patents in FY2024.",
    "Shenzhen granted 241,900 patents in Q3 2024.",
    "2024年前三季度深圳专利授权量24.19万件。",
])
def test_a_yearly_figure_does_not_bear_out_a_fiscal_year_or_a_quarter(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "unverifiable", v.reason
    assert "No sourced figure" in v.reason


@pytest.mark.parametrize("text, y", [("二〇一三年深圳国内专利申请量", 2013), ("二零二四年深圳PCT国际专利申请", 2024)])
def test_a_year_in_chinese_numerals(text, y):
    [m] = find_periods(text)
    assert m.period == year(y) and text[m.start:m.end].endswith("年")


def test_at_mid_year_is_a_date_and_from_mid_year_a_year():
    [m] = find_periods("the balance was about 125 billion yuan at mid-2022")
    assert m.period == point(date(2022, 6, 30))
    [m] = find_periods("as of mid-year 2022")
    assert m.period == point(date(2022, 6, 30))


@pytest.mark.parametrize("claim, expected", [
    # a time relative to the date a source spoke: 'the previous year', 'the year before' (once, not twice)
    ("Speaking in August 2022, a CNIPA spokesman said IP insurance had provided more than 5,000 companies with "
     "24.1 billion yuan of risk protection the previous year.", "supported"),
    ("At its August 2022 briefing, CNIPA said nationwide patent and trademark pledge financing had hit 309.8 "
     "billion yuan the year before.", "supported"),
    ("At its August 2022 briefing, CNIPA said nationwide patent and trademark pledge financing had hit 409.8 "
     "billion yuan the year before.", "contradicted"),
])
def test_the_year_before_the_source_spoke(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_word_ending_like_a_preposition_is_none():
    from ipcheck.periods import find_relative

    # 'protection the previous year': not 'on the previous year', a year compared with
    assert [r.years_back for r in find_relative("risk protection the previous year")] == [1]
    assert find_relative("up 5% on the previous year") == []


@pytest.mark.parametrize("text, start, end", [
    ("Banks made 5,981 IP pledge loans in 2022 up to the end of June.", "2022-01-01", "2022-06-30"),
    ("Banks made 5,981 IP pledge loans in 2022 through June.", "2022-01-01", "2022-06-30"),
    ("Banks made 5,981 IP pledge loans between January and June 2022.", "2022-01-01", "2022-06-30"),
    ("In 2022 up to September the loans grew.", "2022-01-01", "2022-09-30"),
])
def test_a_year_up_to_a_month(text, start, end):
    (p,) = find_periods(text)
    assert (str(p.period.start), str(p.period.end)) == (start, end)


@pytest.mark.parametrize("claim", [
    # a change since a year runs to a time the claim does not name: never that year's own change
    "Shenzhen's invention patent grants have more than tripled since 2013, when they stood at 10,987.",
    "Software copyright registrations in Shenzhen have more than doubled since the 14,934 recorded in 2013.",
    "Shenzhen's PCT applications have grown 62% since 2013.",
    "Shenzhen's software copyright registrations have grown since 2013.",
])
def test_a_change_since_a_year(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "unverifiable", v.reason


def test_since_then():
    from ipcheck.periods import since_then

    t = "have grown since 2013"
    assert since_then(t, t.index("2013"), len(t))
    t = "were up 12% from 2023"
    assert not since_then(t, t.index("2023"), len(t))
    t = "自2017年以来"
    assert since_then(t, 1, 6)        # (the mention is "2017年")


@pytest.mark.parametrize("claim, expected", [
    # "up N% from <year>": the year is the rate's base
    ("China's patent transfers and licences reached 420,000 in 2021, up 15% from 2020.", "supported"),
    ("China's patent transfers and licences reached 420,000 in 2021, up 25% from 2020.", "contradicted"),
])
def test_a_rate_from_a_year(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
