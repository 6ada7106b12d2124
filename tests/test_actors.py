"""Whose figure: the public body a claim credits it to, against the one the metric names."""
from __future__ import annotations

import pytest

from ipcheck.actors import bodies_named, credited_to, other_body


def test_bodies_are_read_in_both_languages():
    assert bodies_named("Shenzhen Customs seized 2.9 million items") == {"customs"}
    assert bodies_named("深圳市公安局破获案件1,060宗") == {"the police"}
    assert bodies_named("the Futian District People's Court and the procuratorate") == {"the courts", "the procuratorate"}
    assert bodies_named("Shenzhen filed 16,300 PCT applications") == frozenset()


def test_a_figure_is_credited_by_its_clause_or_else_by_what_comes_before_it():
    text = "Shenzhen's IP office handled 86 copyright cases, transferring 15 cases to the public security organs"
    assert bodies_named(credited_to(text, (0, 47), 29)) == {"the market supervision administration"}
    text = "2013年深圳海关查获侵权货物逾290万件,涉案货值超5100万元"
    assert bodies_named(credited_to(text, (23, len(text)), 29)) == {"customs"}


def test_another_body_rules_a_metric_out_and_no_body_rules_nothing_out(knowledge):
    assert "customs" in other_body(knowledge, "Shenzhen police seized 2.9 million infringing goods", "customs_seized_items")
    assert other_body(knowledge, "Shenzhen Customs seized 2.9 million infringing goods", "customs_seized_items") is None
    assert other_body(knowledge, "Shenzhen seized 2.9 million infringing goods", "customs_seized_items") is None
    assert other_body(knowledge, "Shenzhen police seized 2.9 million goods", "pct_applications") is None


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen police destroyed 68 counterfeiting dens in 2013.", "unverifiable"),       # the drug administration's
    ("Shenzhen police seized more than 2.9 million infringing goods in 2013.", "unverifiable"),   # customs'
    ("Shenzhen Customs seized more than 2.9 million infringing goods in 2013.", "supported"),
    ("Of the 410 IP crime cases Shenzhen prosecutors accepted for prosecution in 2013, 304 were prosecuted.",
     "supported"),
    ("2013年深圳海关查获侵权货物逾290万件,涉案货值超5100万元。", "supported"),
])
def test_claims_crediting_a_figure_to_a_body(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_mediation_is_the_mediation_organisations(judge):
    # courts credited with the mediation organisations' cases: a wrongly supported reading in a sixth-round set
    assert judge.verify("2024年深圳法院全年调解知识产权纠纷5,904件。").verdict == "unverifiable"
    assert judge.verify("2024年深圳全年调解知识产权纠纷5,904件。").verdict == "supported"
    assert judge.verify("Shenzhen's mediation organizations mediated 5,904 IP dispute cases in 2024.").verdict == "supported"
