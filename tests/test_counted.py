"""What a figure counts, what a metric's name counts, and money against counts."""
from __future__ import annotations

import pytest

from ipcheck.counted import added_to, counted_by, thing_counted, unit_clash
from ipcheck.model import Figure


@pytest.mark.parametrize("text,thing", [
    ("425宗694人", "cases"),
    ("694人", "persons"),
    ("689 overseas dispute cases", "cases"),
    ("2,352 Shenzhen enterprises", "enterprises"),
    ("6,264 batches of goods", "batches"),
    ("2.9 million infringing goods", "items"),
    ("689 disputes involving 2,352 enterprises", "cases"),   # disputes are cases; the phrase ends before the enterprises
    ("9,694 IP-crime cases", "cases"),
    ("80,657件", None),                                      # 件 counts cases, patents and goods alike
])
def test_the_thing_a_figure_counts(text, thing):
    figure_end = next(i for i, ch in enumerate(text) if not (ch.isdigit() or ch in ",."))
    assert thing_counted(text, figure_end) == thing


def test_what_a_metrics_name_counts(knowledge):
    assert counted_by(knowledge, "court_ip_cases_accepted") == "cases"
    assert counted_by(knowledge, "pct_applications") is None


def _fig(text: str, value: float, unit: str, scale: float = 1.0) -> Figure:
    return Figure(text=text, value=value, unit=unit, qualifier="exact", half_ulp=0.0, start=0, end=len(text), scale=scale)


def test_money_never_fits_a_count_and_a_small_bare_count_never_fits_money(knowledge):
    money = _fig("1.78 billion yuan", 1.78e9, "yuan", 1e9)
    assert unit_clash(knowledge, "court_ip_cases_accepted", money, money.text)
    small = _fig("1,120", 1120, "count")
    assert unit_clash(knowledge, "ip_pledge_financing_amount", small, small.text + " trademark cases")
    large = _fig("50.4 billion", 5.04e10, "count", 1e9)
    assert not unit_clash(knowledge, "ip_pledge_financing_amount", large, large.text)


def test_new_words_make_a_stocks_level_its_additions(knowledge):
    assert added_to(knowledge, "valid_invention_patents", "95,000 new valid invention patents") == "new"
    assert added_to(knowledge, "valid_invention_patents", "新增有效发明专利9.5万件") == "新增"
    assert added_to(knowledge, "valid_invention_patents", "a new high of 95,000 valid invention patents") is None


def test_what_the_words_after_a_figure_count(knowledge):
    from ipcheck.counted import counts_other_things, thing_counted

    text = "In 2024 Shenzhen monitored 689 overseas IP dispute cases involving 2,352 Shenzhen enterprises."
    assert thing_counted(text, text.index("689") + 3) == "cases"            # four words in: 'IP' among them
    text = "China had more than 73,000 IP service institutions employing more than 865,000 people."
    end = text.index("73,000") + 6
    assert thing_counted(text, end) == "institutions"
    assert counts_other_things(knowledge, "ip_service_employees", text, end)
    assert not counts_other_things(knowledge, "ip_service_institutions", text, end)
    text = "In 2013, Shenzhen recorded 69 patent agency firms."
    assert not counts_other_things(knowledge, "patent_agencies", text, text.index("69") + 2)


def test_cases_of_one_kind_of_ip_are_not_all_ip_cases(judge):
    assert judge.verify("In 2013, the Shenzhen Intermediate People's Court closed 2,114 patent dispute cases."
                        ).verdict == "unverifiable"
    assert judge.verify("In 2013, the Shenzhen Intermediate People's Court closed 2,114 IP cases.").verdict == "supported"
    assert judge.verify("In 2013 Shenzhen's market supervision administration handled 1,120 trademark cases."
                        ).verdict == "supported"


@pytest.mark.parametrize("claim, firm", [("2013年华为获得中国专利金奖4项。", "Huawei"),
                                         ("2013年腾讯申请PCT国际专利1,000件。", "Tencent"),
                                         ("2013年大疆申请PCT国际专利1,000件。", "大疆")])      # (one the base does not name)
def test_a_company_opening_a_chinese_claim_is_no_place_of_the_base(judge, claim, firm):
    v = judge.verify(claim)
    assert v.verdict == "unverifiable" and firm in v.reason, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a figure credited to a company the documents name is the company's, not the city's it works in
    ("Huawei filed 16,300 PCT applications in Shenzhen in 2024.", "unverifiable"),
    ("Tencent alone insured 164 patents under Shenzhen's 2013 patent insurance pilot.", "unverifiable"),
    # named as examples of a group, they own nothing
    ("在第一批国家级知识产权示范企业评选中,华为、中兴通讯等6家企业被评为国家级知识产权示范企业。", "supported"),
])
def test_companies_the_documents_name(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_a_count_of_things_is_never_read_as_money(judge):
    # "2.9 million infringing items worth …": no metric of money takes the count
    v = judge.verify("Shenzhen Customs' 2013 seizures of more than 2.9 million infringing items worth over RMB 51 "
                     "million averaged about RMB 17.6 per item, down from 2012.")
    assert v.verdict == "unverifiable", v.reason
    assert judge.verify("In 2013 Shenzhen Customs seized more than 2.9 million infringing goods worth over RMB 51 "
                        "million.").verdict == "supported"


def test_what_a_part_of_those_counts():
    from ipcheck.counted import thing_counted

    text = "helped firms win 120 of those cases"
    assert thing_counted(text, text.index("120") + 3) == "cases"


def test_residents_are_no_metric_count(judge):
    from ipcheck.counted import residents_counted

    assert residents_counted("约1,780万常住人口计算", len("约1,780万")) == "常住人口"
    assert residents_counted("its 17.8 million residents", len("its 17.8 million")) == "residents"
    assert residents_counted("80 patents per 10,000 people", 2) is None
    v = judge.verify("按约1,780万常住人口计算,2024年深圳专利授权量24.19万件相当于每万人约136件。")
    assert v.verdict == "unverifiable" and "常住人口" in v.reason, v.reason
