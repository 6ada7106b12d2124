"""Comparing figures under rounding and recomputing stated arithmetic."""
from __future__ import annotations

import math

import pytest

from ipcheck.arithmetic import (AGREE, DISAGREE, UNDECIDED, Interval, Range, Statement,
                                change_percent, compare, consistent, difference, gap, holds,
                                interval, previous_from_growth, ratio, share, total, within_a_tenth)
from ipcheck.numbers import parse_number


def S(value: float, half_ulp: float = 0.0, qualifier: str = "exact") -> Statement:
    return Statement(value, half_ulp, qualifier)


def written(text: str) -> Statement:
    """A statement as ipcheck reads it from text."""
    n = parse_number(text)
    return Statement(n.value, n.half_ulp, n.qualifier)


FACT_16300 = S(16300, 50)                       # "16,300"
FACT_OVER_145K = S(145000, 500, "more_than")    # "more than 145,000"
FACT_OVER_95K = S(95000, 500, "more_than")      # "more than 95,000"


def test_reading_matches_the_statements_used_here():
    assert written("16,300") == FACT_16300
    assert written("more than 145,000") == FACT_OVER_145K
    assert written("more than 95,000") == FACT_OVER_95K


# -- exact source ------------------------------------------------------------------------------

@pytest.mark.parametrize("claim,expected", [
    (S(16300, 50), AGREE),                  # "16.3 thousand"
    (S(16300, 50), AGREE),                  # "16,300"
    (S(16000, 500, "about"), AGREE),        # "about 16,000"
    (S(16000, 500), AGREE),                 # "16,000": 16,300 rounds to it, 1.8% away
    (S(18000, 500, "about"), DISAGREE),     # "about 18,000": 10% away
    (S(20000, 5000), DISAGREE),             # "20,000": within its rounding but 23% away
    (S(16400, 50, "nearly"), AGREE),        # "nearly 16,400"
    (S(16000, 500, "nearly"), DISAGREE),    # "nearly 16,000": the source is above it
    (S(16000, 500, "more_than"), AGREE),    # "more than 16,000"
    (S(17000, 500, "more_than"), DISAGREE),  # "more than 17,000"
    (S(20000, 5000, "less_than"), AGREE),   # "fewer than 20,000"
    (S(16000, 500, "less_than"), DISAGREE),  # "fewer than 16,000"
    (S(16350, 0), AGREE),                   # at the edge of 16,300's rounding
    (S(16351, 0), DISAGREE),                # just past it
    (S(16400, 50), DISAGREE),               # "16,400": its range only touches 16,300's
    (S(16200, 50), DISAGREE),               # "16,200", from below
    (S(16300, 50, "more_than"), UNDECIDED),  # 16,300 could be 16,260 or 16,340
])
def test_compare_with_exact_source(claim, expected):
    assert compare(claim, FACT_16300) == expected


@pytest.mark.parametrize("text,expected", [
    ("16.3 thousand", AGREE),
    ("16,300", AGREE),
    ("1.63万", AGREE),
    ("about 16,000", AGREE),
    ("about 18,000", DISAGREE),
    ("20,000", DISAGREE),
    ("16,400", DISAGREE),
    ("1.64万", DISAGREE),
    ("16.2 thousand", DISAGREE),
    ("nearly 16,400", AGREE),
    ("nearly 16,000", DISAGREE),
    ("more than 16,000", AGREE),
    ("more than 17,000", DISAGREE),
])
def test_compare_written_claims_with_16300(text, expected):
    assert compare(written(text), written("16,300")) == expected


def test_exact_count_source_needs_the_exact_figure():
    fact = S(10049, 0)                      # "10,049"
    assert compare(S(10049, 0), fact) == AGREE
    assert compare(S(10048, 0), fact) == DISAGREE
    assert compare(S(10000, 5000), fact) == AGREE      # "10,000" is a rounding of it
    assert compare(S(10000, 5000, "about"), fact) == AGREE


# -- source gives a bound ------------------------------------------------------------------------

def test_claim_bound_against_source_bound():
    assert compare(S(100000, 50000, "less_than"), FACT_OVER_145K) == DISAGREE   # fewer than 100,000
    assert compare(S(140000, 5000, "more_than"), FACT_OVER_145K) == AGREE        # weaker bound
    assert compare(S(145000, 500, "more_than"), FACT_OVER_145K) == AGREE         # same bound
    assert compare(S(145000, 500, "at_least"), FACT_OVER_145K) == AGREE
    assert compare(S(200000, 50000, "less_than"), FACT_OVER_145K) == UNDECIDED
    assert compare(S(145000, 500, "nearly"), FACT_OVER_145K) == DISAGREE          # below it


def test_exact_claim_inside_a_source_bound_is_undecided():
    assert compare(S(96500, 50), FACT_OVER_95K) == UNDECIDED
    assert compare(S(96000, 500, "about"), FACT_OVER_95K) == UNDECIDED


def test_exact_claim_outside_a_source_bound_disagrees():
    assert compare(S(90000, 5000), FACT_OVER_95K) == DISAGREE
    assert compare(S(90000, 5000, "about"), FACT_OVER_95K) == DISAGREE
    assert compare(S(140000, 5000), FACT_OVER_145K) == DISAGREE


def test_bound_vs_bound():
    assert compare(S(90000, 5000, "more_than"), FACT_OVER_95K) == AGREE
    assert compare(S(95000, 500, "more_than"), FACT_OVER_95K) == AGREE
    assert compare(S(100000, 50000, "more_than"), FACT_OVER_95K) == UNDECIDED
    assert compare(S(90000, 5000, "less_than"), FACT_OVER_95K) == DISAGREE


@pytest.mark.parametrize("claim,fact", [
    (S(96000, 500, "more_than"), FACT_OVER_95K),
    (S(150000, 5000, "more_than"), FACT_OVER_145K),
    (S(94000, 500, "less_than"), S(95000, 500, "less_than")),
])
def test_stronger_bound_than_the_source_is_undecided(claim, fact):
    assert compare(claim, fact) == UNDECIDED


def test_nearly_source():
    fact = S(1.2e9, 5e7, "nearly")                  # "近12亿元"
    assert compare(S(1.2e9, 5e7, "nearly"), fact) == AGREE
    assert compare(S(1.25e9, 5e6), fact) == DISAGREE
    assert compare(S(1.0e9, 5e7), fact) == DISAGREE
    assert compare(S(1.3e9, 5e7, "more_than"), fact) == DISAGREE


# -- consistency of two sourced statements -------------------------------------------------------

def test_consistent():
    assert consistent(S(2500, 50), S(2500, 50, "more_than")) is False     # 2500 vs over 2,500
    assert consistent(S(2500, 50, "more_than"), S(2500, 50)) is False     # either order
    assert consistent(S(2520, 0), S(2500, 50, "more_than")) is True
    assert consistent(S(16300, 50), S(16300, 50)) is True                 # 16,300 vs 16.3 thousand
    assert consistent(written("16,300"), written("16.3 thousand")) is True
    assert consistent(S(16300, 50), S(16500, 50)) is False
    assert consistent(S(100, 0, "more_than"), S(50, 0, "less_than")) is False
    assert consistent(S(100, 0, "more_than"), S(150, 0, "less_than")) is True


# -- helpers ------------------------------------------------------------------------------------

def test_interval_helpers():
    assert interval(S(100, 5), as_claim=False) == Interval(95, 105)
    assert interval(S(100, 0, "more_than"), as_claim=True) == Interval(100, math.inf, lo_open=True)
    assert interval(S(100, 0, "nearly"), as_claim=False) == Interval(95, 100, hi_open=True)
    assert interval(S(100, 1, "about"), as_claim=True) == Interval(95, 105)
    assert Interval(0, 1, hi_open=True).disjoint(Interval(1, 2))
    assert not Interval(0, 1).disjoint(Interval(1, 2))
    assert Interval(1, 2).within(Interval(0, 3))
    assert not Interval(0, 2).within(Interval(0, 3, lo_open=True))
    assert gap(105, 100) == pytest.approx(0.05)
    assert gap(0, 0) == 0.0
    assert gap(1, 0) == math.inf


# -- recomputation -------------------------------------------------------------------------------

def test_share():
    r = share(S(10987), S(49756))                  # 10,987 of 49,756
    assert r.lo == pytest.approx(22.0818, abs=1e-4)
    assert r.hi == pytest.approx(22.0818, abs=1e-4)
    assert holds(S(22.08, 0.005), r)               # "22.08%"
    assert not holds(S(22.18, 0.005), r)
    assert not holds(S(22.0, 0.05), r)             # "22.0%" is too far
    assert holds(S(22, 0.5), r)                    # "22%"
    assert holds(S(20, 0.5, "more_than"), r)       # "more than 20%"
    assert not holds(S(25, 0.5, "more_than"), r)


def test_about_loosens_a_result_no_further_than_its_digits_allow():
    r = share(S(1061), S(1222))                    # 86.82%
    assert holds(S(87, 0.5, "about"), r)           # "about 87%"
    assert holds(S(85, 0.5, "about"), r)           # "about 85%": within 10 half-units of the last digit
    assert not holds(S(89.8, 0.05, "about"), r)    # "约89.8%": the tenths say it is no 86.8%
    assert holds(S(90, 5, "about"), r)             # "about 90%" read to the ten: within 5%
    assert not holds(S(95, 0.5, "about"), r)


def test_ratio():
    r = ratio(S(110), S(14))                       # 110 / 14
    assert r.lo == pytest.approx(7.857, abs=1e-3)
    assert holds(S(7.9, 0.05), r)                  # "7.9 times"
    assert not holds(S(7.8, 0.05), r)
    assert not holds(S(8.5, 0.05), r)
    assert ratio(S(1), S(0)) is None
    assert ratio(S(1), S(10, 50)) is None          # a denominator that may be zero


def test_ratio_with_rounded_inputs_widens():
    r = ratio(S(16300, 50), S(1000, 0))
    assert (r.lo, r.hi) == pytest.approx((16.25, 16.35))


def test_change_percent():
    r = change_percent(S(69000, 500), S(308000, 500))     # 69,000 -> 308,000
    assert r.lo == pytest.approx((307500 / 69500 - 1) * 100)
    assert r.hi == pytest.approx((308500 / 68500 - 1) * 100)
    assert holds(S(346.4, 0.05), r)                        # "+346.4%"
    assert not holds(S(246.4, 0.05), r)
    exact = change_percent(S(69000), S(308000))
    assert exact.mid == pytest.approx(346.3768, abs=1e-4)


def test_previous_from_growth():
    r = previous_from_growth(S(80657), S(10.29, 0.005))   # 80,657 at +10.29%
    assert r.lo == pytest.approx(80657 / 1.10295)
    assert r.hi == pytest.approx(80657 / 1.10285)
    assert r.lo < 73132 < r.hi
    assert holds(S(73132), r)
    assert holds(S(73132, 0, "about"), r)
    assert not holds(S(73200), r)
    assert not holds(S(72000, 500), r)


def test_difference_and_total():
    d = difference(S(308000, 500), S(69000, 500))
    assert (d.lo, d.hi) == (238000, 240000)
    t = total([S(100), S(200, 5), S(300, 50)])
    assert (t.lo, t.hi) == (545, 655)
    assert Range(1, 3).mid == 2


def test_an_exact_claim_within_reach_of_an_approximate_source_is_undecided():
    # "48.10%" against "about half": the source is too loose to confirm it, and too close to refute it
    about_half = Statement(50.0, 0.5, "about")
    assert compare(Statement(48.10, 0.005), about_half) == UNDECIDED
    assert compare(Statement(50.0, 0.5), about_half) == AGREE
    assert compare(Statement(38.0, 0.5), about_half) == DISAGREE


def test_a_sourced_lower_bound_refutes_a_slip_of_scale_but_supports_nothing_by_it():
    over_2_9m = S(2_900_000, 50_000, "more_than")
    assert compare(S(29_000_000, 500_000, "more_than"), over_2_9m) == DISAGREE     # ten times: a slip of scale
    assert compare(S(29_000_000, 500_000), over_2_9m) == DISAGREE
    assert compare(S(3_000_000, 500_000, "more_than"), over_2_9m) == UNDECIDED
    assert compare(S(10_000_000, 500_000), over_2_9m) == UNDECIDED                # within the reach: not known
    assert compare(S(100_000_000, 500_000, "less_than"), over_2_9m) == UNDECIDED   # the reach never supports


def test_nearly_a_negative_figure_is_short_of_its_size():
    # "fell nearly 16%": a change a little above -16%, never below it
    assert compare(Statement(-16, 0.5, "nearly"), Statement(-15.9, 0.05)) == AGREE
    assert compare(Statement(-16, 0.5, "nearly"), Statement(-16.5, 0.05)) == DISAGREE
    assert interval(Statement(-40, 0, "nearly"), as_claim=True).lo == -40


@pytest.mark.parametrize("claim,fact,expected", [
    (Statement(225e6, 0, "more_than"), Statement(225e9, 5e8, "more_than"), DISAGREE),   # a slip of scale
    (Statement(200e9, 0, "more_than"), Statement(225e9, 5e8, "more_than"), AGREE),      # short, not far short
    (Statement(9_500, 0, "more_than"), Statement(95_000, 500, "more_than"), DISAGREE),
    (Statement(10e6, 0, "less_than"), Statement(16_300, 50), DISAGREE),
    (Statement(20_000, 0, "less_than"), Statement(16_300, 50), AGREE),
])
def test_a_bound_far_short_of_the_figure_is_a_slip_of_scale(claim, fact, expected):
    assert compare(claim, fact) == expected


@pytest.mark.parametrize("claim, expected", [
    # a source's "about half" (50, about) is no exact 50%: a bound beside it settles nothing
    (Statement(50.0, 0.0, "more_than"), UNDECIDED),
    (Statement(50.0, 0.0, "less_than"), UNDECIDED),
    (Statement(40.0, 0.0, "more_than"), AGREE),
    (Statement(100 / 3, 0.0, "less_than"), DISAGREE),
])
def test_a_bound_against_a_source_about_a_round_figure(claim, expected):
    assert compare(claim, Statement(50.0, 0.0, "about")) == expected


@pytest.mark.parametrize("claim, fact, expected", [
    # a Chinese tenth: "三成" and "约三成" are 25% up to 35%, "近三成" 25% up to 30%
    (Statement(30.0, 5.0, "about"), 28.08, AGREE),
    (Statement(30.0, 5.0, "about"), 34.9, AGREE),
    (Statement(30.0, 5.0, "about"), 35.5, DISAGREE),
    (Statement(30.0, 5.0, "nearly"), 28.08, AGREE),
    (Statement(30.0, 5.0, "nearly"), 31.0, DISAGREE),
    (Statement(20.0, 5.0, "nearly"), 28.08, DISAGREE),
    (Statement(30.0, 5.0, "more_than"), 28.08, DISAGREE),     # a bound is a bound
])
def test_a_chinese_tenth_is_as_coarse_as_its_word(claim, fact, expected):
    assert within_a_tenth(claim, Statement(fact, 0.005)) == expected


def test_a_change_between_bounds():
    from ipcheck.arithmetic import holds_between_bounds
    computed = change_percent(Statement(10049.0), Statement(19000.0))          # 89.07%, to "more than 19,000"
    assert holds_between_bounds(Statement(100.0, 0.0, "nearly"), computed, "exact", "more_than") is None
    assert holds_between_bounds(Statement(50.0, 0.5, "about"), computed, "exact", "more_than") is False
    assert holds_between_bounds(Statement(75.0, 0.0, "more_than"), computed, "exact", "more_than") is True
    assert holds_between_bounds(Statement(89.0, 0.5, "exact"), computed, "exact", "more_than") is None
    assert holds_between_bounds(Statement(89.07, 0.005, "exact"), computed, "exact", "exact") is True


def test_rise_from_growth():
    from ipcheck.arithmetic import rise_from_growth

    r = rise_from_growth(Statement(80_657, 0.5), Statement(10.29, 0.005))
    assert r.lo < 7_525.26 < r.hi and r.hi - r.lo < 7         # 80,657 - 80,657 / 1.1029, to the precision given
    fall = rise_from_growth(Statement(10_000), Statement(-20))
    assert fall.lo == fall.hi == -2_500                          # 10,000 is 12,500 less a fifth
    assert rise_from_growth(Statement(10), Statement(-100)) is None
