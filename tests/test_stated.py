"""Which of a claim's own figures are the sides of the arithmetic it states."""
from __future__ import annotations

from ipcheck.claims import read_claim
from ipcheck.stated import parts_of, set_off, stated_multiple


def _levels(knowledge, text):
    figs = read_claim(knowledge, text).figures
    return figs, [f for f in figs if f.role == "level"]


def test_the_sides_of_a_multiple_after_vs(knowledge):
    text = "Shenzhen high-value invention patents per 10k residents, 2024: 110 vs national 14 (7.9x)"
    figs, levels = _levels(knowledge, text)
    [times] = [f for f in figs if f.role == "multiple"]
    num, den = stated_multiple(text, times, levels)
    assert (num.text, den.text) == ("110", "14")


def test_a_breakdown_set_off_by_commas_or_dashes(knowledge):
    text = ("Shenzhen's 50 IP dispute mediation bodies in 2024, 13 people's mediation organisations and 37 "
            "commercial ones, mediated 5,904 cases over the year.")
    _, levels = _levels(knowledge, text)
    assert [x.text for x in set_off(text, levels[0].end, levels[1:])] == ["13", "37"]
    assert [x.text for x in parts_of(levels[0], levels, text)] == ["13", "37"]
    # a comma before a single figure sets nothing off
    text = "Shenzhen's 50 IP dispute mediation bodies in 2024, 13 of them people's mediation organisations."
    _, levels = _levels(knowledge, text)
    assert set_off(text, levels[0].end, levels[1:]) == []
