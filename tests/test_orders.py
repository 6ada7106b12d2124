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
    ("China's IP royalty imports grew faster than its exports in 2021.", "unverifiable"),
    ("The press conference was well attended.", "unverifiable"),
])
def test_comparisons_without_figures(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_an_order_names_both_figures_it_rests_on(judge):
    v = judge.verify("Shenzhen's courts closed fewer IP cases than they took in during 2024.")
    assert "20,009" in v.reason and "19,055" in v.reason and "the other way round" in v.reason
    [check] = v.checks
    assert (check.kind, check.ok) == ("order", False)
