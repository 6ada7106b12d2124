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
