"""Reading figures: separators, scales, units, qualifiers, precision and non-figures."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from ipcheck.numbers import format_number, normalize, parse_number, read_numbers


def one(text: str):
    """The single figure read from ``text`` (years kept, as parse_number does)."""
    return parse_number(text)


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# -- separators and digit width ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "16,300",
    "16300",
    "１６，３００",          # full-width digits and full-width comma
    "１６３００",            # full-width digits, no separator
    "16，300",              # ASCII digits, full-width comma
    "１６,３００",           # full-width digits, ASCII comma
])
def test_separators_and_width_read_the_same_value(text):
    n = one(text)
    assert n.value == 16300.0
    assert n.unit == "count"
    assert n.qualifier == "exact"
    assert n.half_ulp == 50.0


def test_fullwidth_offsets_point_into_the_original_text():
    text = "共有１６，３００件"
    n = read_numbers(text)[0]
    assert text[n.start:n.end] == "１６，３００"
    assert n.text == "16,300"


def test_normalize_is_length_preserving():
    text = "１６，３００、−5%　约"
    assert len(normalize(text)) == len(text)
    assert normalize("１６，３００") == "16,300"
    assert normalize("−5") == "-5"


def test_normalize_leaves_plain_ascii_alone_but_not_control_characters():
    from ipcheck.numbers import _fold

    # the fast path returns printable ASCII unchanged: right only because each such character folds to itself
    assert all(_fold(chr(c)) == chr(c) for c in range(0x20, 0x7F))
    assert normalize("PCT applications 2024 = 16,300") == "PCT applications 2024 = 16,300"
    assert normalize("16,300\t件\x07") == "16,300 件 "
    assert normalize("16\x1b[31m,300") == "16     ,300"


@pytest.mark.parametrize("text,value", [
    ("3.14", 3.14),
    ("0.5", 0.5),
    ("16,300.5", 16300.5),
    ("1,234,567.89", 1234567.89),
    ("１２.５", 12.5),
])
def test_decimals(text, value):
    assert close(one(text).value, value)


def test_several_figures_in_order():
    found = read_numbers("5,000 patents, up 10% on 4,545 the year before")
    assert [n.value for n in found] == [5000.0, 10.0, 4545.0]
    assert [n.unit for n in found] == ["count", "percent", "count"]


# -- scale words --------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,scale", [
    ("3.5k", 3.5e3, 1e3),
    ("12 thousand", 12e3, 1e3),
    ("16.3 thousand", 16.3e3, 1e3),
    ("2 million", 2e6, 1e6),
    ("5 mn", 5e6, 1e6),
    ("50.4 billion", 50.4e9, 1e9),
    ("8.9bn", 8.9e9, 1e9),
    ("8.9 bn", 8.9e9, 1e9),
    ("1.2 trillion", 1.2e12, 1e12),
    ("8万", 8e4, 1e4),
    ("1.2万", 1.2e4, 1e4),
    ("1.2亿", 1.2e8, 1e8),
    ("8千", 8e3, 1e3),
    ("3万亿", 3e12, 1e12),
])
def test_scale_words(text, value, scale):
    n = one(text)
    assert close(n.value, value)
    assert n.scale == scale
    assert n.unit == "count"


@pytest.mark.parametrize("text,value", [
    ("8万元", 8e4),
    ("12亿元", 1.2e9),
    ("3.5万亿元", 3.5e12),
    ("1.2亿元人民币", 1.2e8),
])
def test_chinese_scales_with_yuan(text, value):
    n = one(text)
    assert close(n.value, value)
    assert n.unit == "yuan"
    assert n.text == text


# -- units --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,unit", [
    ("10.29%", 10.29, "percent"),
    ("5 percent", 5.0, "percent"),
    ("5 per cent", 5.0, "percent"),
    ("45.6 per cent", 45.6, "percent"),
    ("2.3 percentage points", 2.3, "percentage_point"),
    ("1 percentage point", 1.0, "percentage_point"),
    ("2.3pp", 2.3, "percentage_point"),
    ("2.3 pp", 2.3, "percentage_point"),
    ("1.5个百分点", 1.5, "percentage_point"),
    ("7.9 times", 7.9, "times"),
    ("7.9倍", 7.9, "times"),
    ("3-fold", 3.0, "times"),
])
def test_percent_points_and_times(text, value, unit):
    n = one(text)
    assert close(n.value, value)
    assert n.unit == unit
    assert n.text == text


def test_percent_and_percentage_points_in_one_sentence():
    found = read_numbers("rose by 3.2 percentage points to 45.6%")
    assert [(n.value, n.unit) for n in found] == [(3.2, "percentage_point"), (45.6, "percent")]


@pytest.mark.parametrize("text,value,unit", [
    ("RMB 100 million", 1e8, "yuan"),
    ("RMB 6,290,600", 6290600.0, "yuan"),
    ("CNY 100", 100.0, "yuan"),
    ("¥1.2亿", 1.2e8, "yuan"),
    ("USD 5 billion", 5e9, "usd"),
    ("US$5 billion", 5e9, "usd"),
    ("US$ 1.2 billion", 1.2e9, "usd"),
    ("$5 billion", 5e9, "usd"),
    ("5 billion yuan", 5e9, "yuan"),
    ("100元", 100.0, "yuan"),
    ("100 RMB", 100.0, "yuan"),
    ("5 billion US dollars", 5e9, "usd"),
    ("1.2 billion U.S. dollars", 1.2e9, "usd"),
    ("5 dollars", 5.0, "usd"),
])
def test_currencies_before_and_after(text, value, unit):
    n = one(text)
    assert close(n.value, value)
    assert n.unit == unit
    assert n.text == text


@pytest.mark.parametrize("text,value,unit", [
    ("RMB100 million", 1e8, "yuan"),
    ("USD5 billion", 5e9, "usd"),
])
def test_currency_code_without_space(text, value, unit):
    n = one(text)
    assert close(n.value, value)
    assert n.unit == unit


# -- qualifiers -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,value,qualifier", [
    ("more than 16,000", 16000.0, "more_than"),
    ("over 16,000", 16000.0, "more_than"),
    ("exceeded 16,000", 16000.0, "more_than"),
    ("upwards of 5 billion", 5e9, "more_than"),
    ("超过16000件", 16000.0, "more_than"),
    ("逾8万件", 8e4, "more_than"),
    ("fewer than 100,000", 100000.0, "less_than"),
    ("less than 5%", 5.0, "less_than"),
    ("under 5%", 5.0, "less_than"),
    ("about 16,000", 16000.0, "about"),
    ("around 16,000", 16000.0, "about"),
    ("approximately 16,000", 16000.0, "about"),
    ("some 5,000", 5000.0, "about"),
    ("约1.2万件", 1.2e4, "about"),
    ("nearly 16,400", 16400.0, "nearly"),
    ("almost 16,400", 16400.0, "nearly"),
    ("近12亿元", 1.2e9, "nearly"),
    ("将近12亿元", 1.2e9, "nearly"),
    ("no fewer than 2,000", 2000.0, "at_least"),
    ("at least 500", 500.0, "at_least"),
    ("up to 500", 500.0, "at_most"),
    ("at most 500", 500.0, "at_most"),
    ("nearly RMB 1.2 billion", 1.2e9, "nearly"),
    # an article between the bound and the figure: "more than a 20% rise"
    ("more than a 20% rise", 20.0, "more_than"),
    ("nearly a 30-fold increase", 30.0, "nearly"),
    ("a 20% rise", 20.0, "exact"),
    ("approached RMB1.2 billion", 1.2e9, "nearly"),
    ("nearing 16,400", 16400.0, "nearly"),
])
def test_qualifiers_before(text, value, qualifier):
    n = one(text)
    assert close(n.value, value)
    assert n.qualifier == qualifier


@pytest.mark.parametrize("text,qualifier", [
    ("broke the 80,000 mark", "more_than"),
    ("passed the 1 million milestone", "more_than"),
    ("exceeded the 2,000-mark", "more_than"),
    ("fell below the 10,000 threshold", "less_than"),
    ("reached the 80,000 mark", "exact"),          # reaching a mark is arriving at it
    ("broke the 80,000 record", "exact"),          # no mark after the figure: "the" is no bound's
    ("domestic patent applications break the 80,000 mark reaching", "more_than"),
    ("crossed 16,000", "more_than"),
])
def test_a_bound_on_a_mark_is_the_verbs(text, qualifier):
    assert one(text).qualifier == qualifier


def test_a_mark_with_no_bound_before_it_is_rounded_like_any_figure():
    assert one("hit the 80,000 mark").half_ulp > 0          # not pinned as "exactly 80,000"


@pytest.mark.parametrize("text,qualifier", [
    ("up to 500", "at_most"), ("can reach up to 500", "at_most"),
    ("added up to 1.78 billion", "exact"), ("went up to 500", "exact"), ("adds up to 500", "exact"),
])
def test_up_to_is_a_bound_unless_a_verb_takes_it(text, qualifier):
    assert one(text).qualifier == qualifier


@pytest.mark.parametrize("text,qualifier", [
    ("1,355 more than 25,612", "exact"), ("In 2013, more than 80,000", "more_than"),
    ("2013 more than 80,000", "more_than"), ("reached 95, more than 80", "more_than"),
])
def test_more_than_after_a_figure_compares_it(text, qualifier):
    assert read_numbers(text, keep_years=False)[-1].qualifier == qualifier



def test_no_fewer_than_is_not_fewer_than():
    assert one("no fewer than 2,000").qualifier == "at_least"
    assert one("fewer than 2,000").qualifier == "less_than"


@pytest.mark.parametrize("text", ["moreover 5,000", "turnover 5,000", "handsome 5,000",
                                  "thunder 5,000"])
def test_qualifier_words_inside_other_words_do_not_count(text):
    assert one(text).qualifier == "exact"


@pytest.mark.parametrize("text,value,qualifier,written", [
    ("4500多次", 4500.0, "more_than", "4500多"),
    ("300余次", 300.0, "more_than", "300余"),
    ("300多万件", 3e6, "more_than", "300多万"),
    ("3.5亿多元", 3.5e8, "more_than", "3.5亿多元"),
    ("8万左右", 8e4, "about", "8万左右"),
    ("8万以上", 8e4, "at_least", "8万以上"),
    ("8000以上", 8000.0, "at_least", "8000以上"),
    ("8,000 or more", 8000.0, "at_least", "8,000 or more"),
    ("5 billion yuan or so", 5e9, "about", "5 billion yuan or so"),
])
def test_qualifiers_after(text, value, qualifier, written):
    n = one(text)
    assert close(n.value, value)
    assert n.qualifier == qualifier
    assert n.text == written


@pytest.mark.parametrize("text,qualifier", [
    ("8万件以上", "at_least"),
    ("8万件左右", "about"),
    ("300次以上", "at_least"),
])
def test_qualifier_after_measure_word(text, qualifier):
    assert one(text).qualifier == qualifier


# -- negation ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,qualifier,written", [
    ("were not 10,049", "not", "were not "),
    ("did not file 10,049", "not", "did not file "),
    ("wasn't 10,049", "not", "wasn't "),
    ("did not reach 16,300", "less_than", "did not reach "),
    ("failed to reach 16,300", "less_than", "failed to reach "),
    ("fell short of 16,300", "less_than", "fell short of "),
    ("never exceeded 10,049", "at_most", "never exceeded "),
    ("did not fall below 500", "at_least", "did not fall below "),
    ("was not at least 500", "less_than", "was not at least "),
    ("并非10,049件", "not", "并非"),
    ("未达到1.63万件", "less_than", "未达到"),
    ("没有超过10,049件", "at_most", "没有超过"),
    ("未突破1万件", "at_most", "未突破"),
    ("未低于500件", "at_least", "未低于"),
])
def test_a_negation_before_a_figure_turns_or_denies_it(text, qualifier, written):
    n = one(text)
    assert (n.qualifier, n.negation) == (qualifier, written)


@pytest.mark.parametrize("text,qualifier", [
    ("not only 16,300", "exact"),            # "not only … but also": the figure stands
    ("not just 16,300", "exact"),
    ("no more than 500", "at_most"),         # qualifiers that carry their own negation
    ("not less than 500", "at_least"),
    ("不超过500件", "at_most"),
    ("不足500件", "less_than"),
    ("不到500件", "less_than"),
    ("未来3年", "exact"),                    # 未来 (the future) is no negation
    ("It is not known; 500", "exact"),        # punctuation ends a negation's reach
])
def test_what_is_not_a_negation_of_the_figure(text, qualifier):
    n = one(text)
    assert n.qualifier == qualifier and n.negation == ""


# -- precision --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,half_ulp", [
    ("16,300", 50.0),
    ("16,000", 500.0),
    ("20,000", 5000.0),
    ("50.4 billion", 0.05e9),
    ("10.29%", 0.005),
    ("16.3 thousand", 50.0),
    ("8万", 5000.0),
    ("1.2亿", 5e6),
    ("2 billion", 5e8),
    ("10,049", 0.0),          # a count written out in full is exact
    ("80,657", 0.0),
    ("1,060", 0.0),           # one trailing zero is not a round figure
    ("110", 0.0),
])
def test_half_ulp(text, half_ulp):
    assert math.isclose(one(text).half_ulp, half_ulp, rel_tol=1e-9, abs_tol=1e-15)


def test_low_and_high_follow_half_ulp():
    n = one("16,300")
    assert (n.low, n.high) == (16250.0, 16350.0)
    n = one("10,049")
    assert (n.low, n.high) == (10049.0, 10049.0)


# -- things that are not figures -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "in 2024",
    "2013年",
    "the 25th session",
    "第十五届",
    "第15届",
    "on 2022-08-24",
    "April 26",
    "26 April",
    "ISO 56005",
    "per 10,000 people",
    "for every 10,000 people",
    "each 100 million yuan of revenue",
    "G20 members",
    "5G networks",
    "H1 2022",
    "No. 5",
])
def test_not_figures(text):
    assert read_numbers(text) == []


def test_per_ten_thousand_people_only_the_figure_is_read():
    found = read_numbers("invention patents per 10,000 people reached 80")
    assert [n.value for n in found] == [80.0]
    found = read_numbers("每万人口发明专利拥有量80件")
    assert [n.value for n in found] == [80.0]


def test_years_are_kept_on_request():
    assert [n.value for n in read_numbers("in 2024", keep_years=True)] == [2024.0]
    assert one("2013").value == 2013.0


@pytest.mark.parametrize("text,value,unit", [
    ("2013%", 2013.0, "percent"),
    ("2,013", 2013.0, "count"),
    ("2013万", 2.013e7, "count"),
])
def test_year_like_numbers_that_are_figures(text, value, unit):
    found = read_numbers(text)
    assert len(found) == 1
    assert close(found[0].value, value)
    assert found[0].unit == unit


# -- signs ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("-5%", -5.0),
    ("\u22125%", -5.0),            # U+2212 MINUS SIGN
    ("同比增长\u22123.2%", -3.2),
    ("-16,300", -16300.0),
])
def test_negative_numbers(text, value):
    n = one(text)
    assert close(n.value, value)
    assert n.value < 0


def test_unicode_minus_keeps_unit_and_precision():
    n = one("\u22125%")
    assert n.unit == "percent"
    assert n.half_ulp == 0.5


@pytest.mark.parametrize("text", ["patent applications \u2014 80,657",
                                  "patent applications\u201480,657"])
def test_dash_as_punctuation_is_not_a_minus_sign(text):
    assert [n.value for n in read_numbers(text)] == [80657.0]


@pytest.mark.parametrize("text", ["during COVID-19", "a top-10 ranking"])
def test_hyphenated_codes_are_not_negative_figures(text):
    assert read_numbers(text) == []


def test_enumeration_comma_separates_figures():
    found = read_numbers("分别为120、350、600件")
    assert [n.value for n in found] == [120.0, 350.0, 600.0]


# -- parse_number -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "abc", "16,300 and 5", "in the 25th year"])
def test_parse_number_wants_exactly_one_figure(text):
    with pytest.raises(ValueError):
        parse_number(text)


# -- properties -------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text())
def test_reading_never_raises(text):
    found = read_numbers(text)
    for n in found:
        assert math.isfinite(n.value)
        assert n.half_ulp >= 0
        assert 0 <= n.start <= n.end <= len(text)
    try:
        parse_number(text)
    except ValueError:
        pass


_FIGURE_ALPHABET = "0123456789０１２３,.，、-−%万亿元多余约近超过逾第年月日 kmbnthousandmilionUSDRMB$¥"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_FIGURE_ALPHABET))
def test_reading_never_raises_on_figure_like_text(text):
    read_numbers(text)
    read_numbers(text, keep_years=True)
    try:
        parse_number(text)
    except ValueError:
        pass



@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_FIGURE_ALPHABET + "CNYusdrmbcny ."))
def test_the_digit_led_token_scan_finds_what_the_plain_scan_finds(text):
    from ipcheck.numbers import _TOKEN, _tokens

    assert [m.span() for m in _tokens(text)] == [m.span() for m in _TOKEN.finditer(text)]

# the unit step of each style: a value built as an integer count of (step / 10**decimals)
# is always written out exactly by format_number
_STYLE_UNIT = {"comma": 1.0, "plain": 1.0, "spaced": 1.0, "fullwidth": 1.0, "wan": 1e4, "yi": 1e8,
               "thousand": 1e3, "million": 1e6, "billion": 1e9}


@settings(max_examples=300, deadline=None)
@given(style=st.sampled_from(sorted(_STYLE_UNIT)), count=st.integers(1, 10**9),
       decimals=st.integers(0, 3))
def test_format_then_read_round_trips(style, count, decimals):
    value = count * _STYLE_UNIT[style] / 10**decimals
    written = format_number(value, style)
    n = parse_number(written)
    assert math.isclose(n.value, value, rel_tol=1e-9), (written, n)
    assert n.qualifier == "exact"
    assert n.unit == "count"


@pytest.mark.parametrize("style", sorted(_STYLE_UNIT))
def test_format_styles_examples(style):
    written = format_number(16300.0, style)
    assert math.isclose(parse_number(written).value, 16300.0, rel_tol=1e-9)


def test_format_number_unknown_style():
    with pytest.raises(ValueError):
        format_number(1.0, "roman")


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**12), st.sampled_from(["", ".5", ".25", ".125"]))
def test_separators_and_digit_width_never_change_the_value(n, frac):
    plain = f"{n}{frac}"
    comma = f"{n:,}{frac}"
    variants = [plain, comma, _fullwidth(plain), _fullwidth(comma),
                comma.replace(",", "\uff0c"), _fullwidth(comma).replace(",", "\uff0c")]
    read = [parse_number(v) for v in variants]
    expected = float(plain)
    for v, r in zip(variants, read):
        assert r.value == expected, v
        assert r.half_ulp == read[0].half_ulp, v
        assert r.unit == "count"


@pytest.mark.parametrize("text", ["In the past 10 years, we formulated more than 70 plans", "近10年来,出台70多项规划",
                                  "over the last 5 years"])
def test_spans_of_time_are_not_figures(text):
    assert all(n.value != 10 and n.value != 5 for n in read_numbers(text))


@pytest.mark.parametrize("text", ["exactly 238,000", "precisely 21.9 billion", "整整1.2万"])
def test_a_figure_said_to_be_exact_carries_no_rounding(text):
    [n] = read_numbers(text)
    assert n.qualifier == "exact" and n.half_ulp == 0.0


@pytest.mark.parametrize("text", ["filings top 19k", "exports surpass 2,000"])
def test_top_and_surpass_in_the_present_are_lower_bounds(text):
    [n] = read_numbers(text)
    assert n.qualifier == "more_than"



def test_a_bound_reaches_over_and_to_a_round_figure_of_its_kind():
    a, b = read_numbers("more than 73,000 institutions and 865,000 employees")
    assert (a.qualifier, b.qualifier) == ("more_than", "more_than")
    # never to a precise figure, nor across other words than a noun phrase
    assert read_numbers("more than 95,000 patents and 80.1 per 10,000 people")[1].qualifier == "exact"
    assert read_numbers("more than 73,000 institutions, and 865,000 employees")[1].qualifier == "exact"
    assert read_numbers("more than 73,000 institutions and 865,123 employees")[1].qualifier == "exact"


@pytest.mark.parametrize("text, value, unit", [
    ("缩短至3个月", 3, "months"), ("for 115 consecutive months", 115, "months"), ("18 months", 18, "months"),
    ("a month", None, None), ("3 monthly reports", 3, "count"),
])
def test_months_are_a_span_of_time(text, value, unit):
    found = read_numbers(text)
    assert [(n.value, n.unit) for n in found] == ([(value, unit)] if value is not None else [])


@pytest.mark.parametrize("text, values", [
    ("involving 2 352 local enterprises", [2352]), ("16 300 PCT applications", [16300]),
    ("in 2024 352 cases", [352]), ("ranks 1 and 2", [1, 2]), ("1 000 000 yuan", [1_000_000]),
])
def test_thousands_grouped_by_spaces(text, values):
    assert [n.value for n in read_numbers(text)] == values


def test_over_after_a_money_noun_is_a_preposition_not_a_bound():
    [fines, cases] = read_numbers("levied RMB 6.29 million in fines over 1,120 trademark cases")
    assert cases.value == 1120 and cases.qualifier == "exact"
    [n] = read_numbers("handled over 1,120 trademark cases")
    assert n.qualifier == "more_than"


def test_a_bound_hyphenated_into_an_adjective():
    [n] = read_numbers("surpassed the more-than-22,000 target it had set")
    assert (n.value, n.qualifier) == (22000, "more_than")
    assert [x.value for x in read_numbers("COVID-19 and the top-10 list")] == []


@pytest.mark.parametrize("text, qualifier", [
    (">145k", "more_than"), ("<20k", "less_than"), ("~16k", "about"), ("≈ 250k", "about"), ("≥ 92", "at_least"),
    ("69k -> 308k", "exact"),           # an arrow's '>' is no bound
])
def test_bounds_written_as_symbols(text, qualifier):
    assert read_numbers(text)[-1].qualifier == qualifier


@pytest.mark.parametrize("text, unit", [
    ("almost 10 points higher than the 83.6% rate", "percentage_point"),      # beside rates, a gap between them
    ("grew 5.8%, 3.1 points faster than GDP", "percentage_point"),
    ("scored 10 points in the assessment", "count"),                          # no rate anywhere: points are points
])
def test_points_beside_rates_are_percentage_points(text, unit):
    [n] = [n for n in read_numbers(text) if "point" in text[n.start:n.end + 8]]
    assert n.unit == unit


@pytest.mark.parametrize("text, qualifier", [
    ("73,000+ institutions", "more_than"), ("¥225bn+ revenue", "more_than"),
    ("124,569 + 32,112 = 156,681", "exact"),        # a sum, not a bound
])
def test_a_trailing_plus_is_more_than(text, qualifier):
    assert read_numbers(text)[0].qualifier == qualifier


@pytest.mark.parametrize("text, low, high", [
    ("registrations were between 240,000 and 250,000", 240_000, 250_000),
    ("注册量在24万至25万件之间", 240_000, 250_000),
    ("between 16,000 and 17,000 PCT applications", 16_000, 17_000),
])
def test_a_range_is_a_lower_and_an_upper_bound(text, low, high):
    a, b = read_numbers(text)
    assert (a.value, a.qualifier) == (low, "at_least") and (b.value, b.qualifier) == (high, "at_most")


@pytest.mark.parametrize("text", [
    "the gap between 16,300 and 11,000 applications",     # two figures compared, no range
    "between 17,000 and 16,000",                            # no range runs downwards
    "在2013年至2024年之间",                                    # years are no figures
])
def test_what_is_no_range(text):
    assert all(n.qualifier == "exact" for n in read_numbers(text))


@pytest.mark.parametrize("text, qualifier", [("north of 145,000", "more_than"), ("south of 20,000", "less_than")])
def test_points_of_the_compass_as_bounds(text, qualifier):
    [n] = read_numbers(text)
    assert n.qualifier == qualifier


@pytest.mark.parametrize("written, value", [("1.63w", 16300.0), ("24.95W", 249500.0)])
def test_w_is_wan(written, value):
    assert parse_number(written).value == value
