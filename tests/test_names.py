"""Who a claim is about: entity mentions kept and dropped, and names the knowledge base does not know."""
from __future__ import annotations

import pytest

from ipcheck.claims import read_claim
from ipcheck.names import not_in_names, unknown_names


@pytest.mark.parametrize("text,entities", [
    ("A total of 99 IP securitization products were issued, continuing to lead the nation.", []),
    ("Shenzhen ranked first nationwide with 16,300 PCT applications in 2024.", ["shenzhen"]),
    ("累计有效注册商标237,790件,居全国大中城市第四位。", []),
    ("深圳PCT国际专利申请量全国领先。", ["shenzhen"]),
    ("The nation filed 1,500,000 patent applications in 2021.", ["china"]),   # the subject, not a yardstick
    ("全国知识产权质押融资金额达到3,098亿元。", ["china"]),
])
def test_the_nation_as_a_yardstick_is_not_the_subject(knowledge, text, entities):
    c = read_claim(knowledge, text)
    assert c.entities == entities
    assert not any("全国" in n for n in c.unknown_names)


def test_unknown_places_are_noticed(knowledge):
    assert read_claim(knowledge, "Luoyang filed 6,000 PCT applications in 2024.").unknown_names == ["Luoyang"]
    assert read_claim(knowledge, "PCT applications 2024 = 16,300").unknown_names == []



def test_a_place_inside_a_proper_name_is_not_a_mention(knowledge):
    text = "Shenzhen enterprises won 4 gold awards at the 25th China Patent Award."
    found = knowledge.entity_index.find(text, knowledge.word_bigrams())
    assert {e for e, _, _ in found} >= {"shenzhen", "china"}
    assert [e for e, _, _ in not_in_names(knowledge, text, found)] == ["shenzhen"]


def test_a_place_inside_a_chinese_metric_name_is_not_a_mention(knowledge):
    # 中国专利金奖 (the China Patent Award) and 广东省…优势企业 are what is counted, not where
    for text in ("2013年深圳中国专利金奖4。", "2013年深圳广东省知识产权优势企业认定数11。"):
        found = knowledge.entity_index.find(text, knowledge.word_bigrams())
        assert [e for e, _, _ in not_in_names(knowledge, text, found)] == ["shenzhen"]


def test_a_qualifier_opening_a_sentence_is_no_name(knowledge):
    assert unknown_names(knowledge, "Some 408 of the world's 5,000 leading brands are Chinese.") == []


@pytest.mark.parametrize("text", [
    "Heng Fuguang said 408 of the world's leading 5,000 brands are Chinese.",
    "Heng Fuguang, a CNIPA spokesman, said 408 of the world's leading 5,000 brands are Chinese.",
    "According to Heng Fuguang the number reached 420,000.",
    "CNIPA spokesman Heng Fuguang put the number at 420,000.",
])
def test_a_person_quoted_is_no_unknown_place(knowledge, text):
    assert unknown_names(knowledge, text) == []


def test_a_place_before_a_verb_of_saying_is_still_a_place(knowledge):
    assert unknown_names(knowledge, "Luoyang filed 6,000 PCT applications in 2024, the report said.") == ["Luoyang"]


@pytest.mark.parametrize("text,entities", [
    ("Shenzhen's China well-known trademarks were 118 at the end of 2013.", ["shenzhen"]),
    ("In 2013, Shenzhen recorded 15 new China well-known trademarks.", ["shenzhen"]),
    ("Shenzhen's Guangdong copyright industry model bases stood at 17 at the end of 2013.", ["shenzhen"]),
    ("Guangzhou's Shenzhen enterprises involved in overseas IP disputes were 2,352 in 2024.", ["guangzhou"]),
    ("China filed 1,500,000 patent applications in 2021.", ["china"]),     # no metric's name goes on from it
])
def test_a_place_opening_a_metric_name_written_out_is_part_of_the_name(knowledge, text, entities):
    assert read_claim(knowledge, text).entities == entities


def test_a_claim_about_another_place_is_not_supported_by_the_name_of_a_metric(judge):
    v = judge.verify("Guangzhou's Shenzhen enterprises involved in overseas IP disputes were 2,352 in 2024.")
    assert v.verdict == "unverifiable"


@pytest.mark.parametrize("claim", ["2013年珠海境外商标申请2,692件。", "2013年东莞境外商标申请2,692件。",
                                   "In 2013 Dongguan filed 2,692 overseas trademark applications."])
def test_another_city_named_without_its_suffix_is_not_shenzhen(judge, claim):
    # the white paper's 2,692 is Shenzhen's; a city the documents never mention gets no figure of it
    assert judge.verify(claim).verdict == "unverifiable"


def test_a_place_inside_a_metric_s_english_name_is_no_mention(knowledge):
    c = read_claim(knowledge, "coastal cities of Fujian and Guangdong IP protection joint conference 2013 = 12")
    assert "fujian" not in c.entities


def test_the_first_word_of_a_sentence_is_no_unknown_name(knowledge):
    from ipcheck.names import unknown_names

    assert unknown_names(knowledge, "Speaking in August 2022, CNIPA said 40 gold awards were given.") == []
    assert unknown_names(knowledge, "Guangzhou filed 6,000 PCT applications.") == ["Guangzhou"]


@pytest.mark.parametrize("text, unknown", [
    ("Sub-¥10m inclusive pledge projects H1 2022: 7,345, up 212%", []),         # a prefix, no name
    ("Bank IP-pledge loan balance, end-June 2022: ¥372.364bn", []),
    ("During the 13th Five-Year Plan period telecommunications authorities dealt with 3,936 illegal websites.", []),
    ("In 2024 Zhuhai-based firms filed 900 PCT applications.", ["Zhuhai-based"]),      # a place the base lacks
])
def test_hyphenated_words_the_base_explains_are_no_names(knowledge, text, unknown):
    from ipcheck.names import unknown_names
    assert unknown_names(knowledge, text) == unknown


@pytest.mark.parametrize("claim, entity", [
    ("Shenzhen was granted 241,900 patents in China in 2024.", "shenzhen"),
    ("Shenzhen's total stock of valid invention patents in China came to 271,100 in 2024.", "shenzhen"),
    ("China granted 798,000 invention patents in 2021.", "china"),       # the nation's own figure
])
def test_in_china_after_the_rights_is_where_they_hold_not_whose(knowledge, claim, entity):
    from ipcheck.claims import read_claim
    [f] = read_claim(knowledge, claim).figures
    assert f.entity == entity


def test_a_place_that_with_the_words_after_it_paraphrases_a_metric_s_name_is_the_name_s(judge):
    v = judge.verify("Shenzhen earned an Excellent grade in Guangdong's provincial IP protection assessment "
                     "for the third consecutive year in 2024.")
    assert v.verdict == "supported" and v.figures[0].entity == "shenzhen", v.reason
    v = judge.verify("Shenzhen earned an 'Excellent' grade in Guangdong's IP protection assessment for the second "
                     "year running in 2024.")
    assert v.verdict == "contradicted", v.reason


def test_the_national_leader_is_a_yardstick(judge):
    v = judge.verify("Shenzhen's 16,300 PCT applications in 2024 marked its 20th consecutive year as the national leader.")
    assert v.verdict == "contradicted" and "21 years" in v.reason, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("SZ patent grants 2024: 241.9k — #1 in China for the 7th straight year", "supported"),
    ("SZ TM regs 2024: 294.5K — highest in China", "contradicted"),
    ("SZ 2013 — TM apps: 86,950 (+28.08%); TM regs approved: 39,527 (+6.64%)", "supported"),
])
def test_headline_shorthand(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
    assert all(f.entity == "shenzhen" for f in v.figures if f.role != "rank")


@pytest.mark.parametrize("claim, expected", [
    ("罗湖区法院2013年共受理知识产权案件972宗,其中955宗已审结。", "supported"),      # the court's short name
    ("2013年宝安区法院受理知识产权案件1,501宗,少于福田区法院的1,664宗。", "supported"),
    # a sentence's first word is no place: "Despite …", "Cross-border …"
    ("Despite economic headwinds, patent and trademark pledge financing fell 51.5% in the first half of 2022, "
     "to 162.65 billion yuan.", "contradicted"),
    ("Cross-border trade in IP royalties, imports and exports combined, came to 378.3 billion yuan in 2021.",
     "supported"),
    ("与“十三五”初期相比,全国知识产权服务机构数量增长97.3%,从业人员增长95.7%。", "supported"),
])
def test_short_court_names_sentence_openers_and_a_plan_s_start_compared_with(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_china_inside_a_chinese_metric_name_is_no_owner(judge):
    v = judge.verify("深圳2013年新增15件中国驰名商标,驰名商标累计达到118件。")
    assert v.verdict == "supported" and {f.entity for f in v.figures} == {"shenzhen"}, v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Shenzhen logged about 25,600 patent acquisitions in 2024, the highest figure in Guangdong province.", "supported"),
    ("Shenzhen logged about 25,600 patent acquisitions in 2024, the highest figure in China.", "unverifiable"),
    ("Longgang District People's Court accepted the most IP cases among Shenzhen's district courts in 2013.",
     "contradicted"),
])
def test_a_superlative_with_a_noun_before_its_place(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim", [
    # one named member of a group the base counts as a whole
    "Peking University has set up 12 second-level disciplines related to intellectual property.",
    "Tsinghua University filed 3,000 patent applications in 2021.",
    # a part of the city the base has no figures for
    "2024年深圳前海合作区人民法院受理知识产权案件3,000件。",
])
def test_bodies_the_base_has_no_figures_for(judge, claim):
    v = judge.verify(claim)
    assert v.verdict == "unverifiable" and ("no figures for" in v.reason or "Qianhai" in v.reason), v.reason


def test_a_zone_named_only_inside_a_body_is_a_place_of_its_own(judge):
    assert judge.verify("Qianhai accepted 16,261 patent pre-examination cases in 2024.").verdict == "unverifiable"
    # the body's own name still names the body
    v = judge.verify("The Qianhai Copyright Public Service Platform served 1,000 entities in 2024.")
    assert v.verdict == "contradicted", v.reason


def test_a_comparison_across_a_set_off_figure_is_never_passed(judge):
    v = judge.verify("In 2024 Shenzhen granted more patents, 241,900, than it registered trademarks.")
    assert v.verdict == "unverifiable", v.reason
