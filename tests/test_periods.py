"""Periods: knowledge-base codes and the prose claims use for them."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from ipcheck.periods import Period, find_periods, half, month_end, parse_period, point, year


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
