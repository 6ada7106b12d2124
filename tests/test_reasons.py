"""The words of a verdict's reason."""
from __future__ import annotations

from ipcheck.reasons import verdict_reason
from ipcheck.verdicts import Check, FigureResult


def _result(text, verdict, reason, source=None, quote=None):
    return FigureResult(text=text, verdict=verdict, value=1.0, unit="count", reason=reason, source=source, quote=quote)


def test_a_contradiction_names_the_figure_that_decides_it(knowledge):
    results = [_result("16,300", "supported", "16,300 agrees."), _result("9,999", "contradicted", "The sources give 10,049.")]
    assert verdict_reason(knowledge, "contradicted", results, []) == "Contradicted: The sources give 10,049."


def test_a_contradiction_by_arithmetic_says_what_was_recomputed(knowledge):
    results = [_result("80,657", "supported", "80,657 agrees.")]
    checks = [Check("growth", 12.0, 10.29, False, "(80,657 - 73,130) / 73,130")]
    assert verdict_reason(knowledge, "contradicted", results, checks) == (
        "Contradicted: the stated growth 12 does not hold; recomputed 10.29 ((80,657 - 73,130) / 73,130).")


def test_support_names_every_figure_and_the_arithmetic_that_holds(knowledge):
    source = next(iter(knowledge.sources))
    results = [_result("80,657", "supported", "80,657 agrees.", source, "quoted words"),
               _result("10.29%", "supported", "10.29% agrees.", source, "quoted words")]
    checks = [Check("growth", 10.29, 10.2931, True, "…")]
    reason = verdict_reason(knowledge, "supported", results, checks)
    assert reason.startswith("Supported: both figures (80,657, 10.29%) agree with ")
    assert "“quoted words”" in reason and "growth 10.29 recomputed as 10.29" in reason


def test_one_figure_speaks_for_itself(knowledge):
    assert verdict_reason(knowledge, "unverifiable", [_result("5", "unverifiable", "No metric matches.")], []) == \
        "Unverifiable: No metric matches."


def test_a_recomputed_figure_is_written_plainly():
    from ipcheck.verdicts import number
    assert [number(x) for x in (8.684e-07, 0.02835, 62.21, 1355.0, 221272727.0)] == \
        ["0", "0.02835", "62.21", "1,355", "221,272,727"]
