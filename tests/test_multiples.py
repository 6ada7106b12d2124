"""Stated multiples, recomputed (ipcheck.multiples), read through the judge."""
import pytest


@pytest.mark.parametrize("claim, expected", [
    # both sides stated
    ("Shenzhen's high-value invention patents per 10,000 people were 110 in 2024, 7.9 times the national average of 14.",
     "supported"),
    ("Shenzhen's high-value invention patents per 10,000 people were 110 in 2024, 11 times the national average of 14.",
     "contradicted"),
    # the base stated after the multiple, the subject's own figure sourced (never the other way round)
    ("Cumulative IP pledge loans issued from the start of 2017 to end-June 2022 were roughly three times the "
     "124.637 billion yuan balance outstanding at that date.", "supported"),
    ("Cumulative IP pledge loans issued from the start of 2017 to end-June 2022 were roughly five times the "
     "124.637 billion yuan balance outstanding at that date.", "contradicted"),
    # a sourced bound ("over 19,000") moves the multiple one way only: "more than" holds, "about" is undecided
    ("Shenzhen's PCT filings in 2016 were more than 1.8 times the 10,049 it filed in 2013.", "supported"),
    ("Shenzhen's PCT filings in 2016 were about 1.9 times the 10,049 it filed in 2013.", "unverifiable"),
    ("Shenzhen's PCT filings in 2016 were about 1.5 times the 10,049 it filed in 2013.", "contradicted"),
])
def test_multiples(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_the_sourced_side_is_the_numerator(judge):
    v = judge.verify("Cumulative IP pledge loans issued from the start of 2017 to end-June 2022 were roughly three "
                     "times the 124.637 billion yuan balance outstanding at that date.")
    check = next(c for c in v.checks if c.kind == "multiple")
    assert check.computed == pytest.approx(372.364 / 124.637, rel=1e-4)
    assert check.detail.endswith("/ 124.637 billion yuan")


@pytest.mark.parametrize("claim, expected", [
    # a bracketed figure takes the metric the words before it name; "N times those of …" is read and checked
    ("Invention patents disclosed by Shenzhen's strategic emerging industry clusters (124,569) were almost four "
     "times those of its future industry clusters (32,112) in 2024.", "supported"),
    ("Invention patents disclosed by Shenzhen's strategic emerging industry clusters (124,569) were almost five "
     "times those of its future industry clusters (32,112) in 2024.", "contradicted"),
    # a bound before the base of a Chinese multiple
    ("深圳注册的商标代理机构(3,334家)不到专利代理机构(598家)的五倍。", "contradicted"),
    ("深圳注册的商标代理机构(3,334家)超过专利代理机构(598家)的五倍。", "supported"),
])
def test_bracketed_sides(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert any(c.kind == "multiple" for c in v.checks)


@pytest.mark.parametrize("claim, expected", [
    # a base after "times the" whose words name nothing of their own is alike the figure before
    ("Patent grants at Chinese universities reached 308,000 in 2021, roughly 4.5 times the 69,000 granted in 2012.",
     "supported"),
    ("Patent grants at Chinese universities reached 308,000 in 2021, roughly 3.5 times the 69,000 granted in 2012.",
     "contradicted"),
])
def test_a_base_alike_the_figure_before(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "N times the number of its …": the base after it; each count takes the noun phrase after it
    ("Shenzhen's 3,334 trademark agencies were about 5.6 times the number of its 598 patent agencies in 2024.",
     "supported"),
    ("Shenzhen's 3,334 trademark agencies were about 6.6 times the number of its 598 patent agencies in 2024.",
     "contradicted"),
    ("Shenzhen's 37 commercial IP mediation organizations were four times the number of its 13 people's mediation "
     "organizations.", "contradicted"),
])
def test_times_the_number_of(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # "A vs B, i.e. N times": the first side over the second, whichever figure is nearer the multiple
    ("SZ high-value invention patents per 10k people (2024): 110 vs a national 14, i.e. ~7.9x", "supported"),
    ("SZ high-value invention patents per 10k people (2024): 110 vs a national 14, i.e. ~5.9x", "contradicted"),
])
def test_versus_puts_the_first_side_over_the_second(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
