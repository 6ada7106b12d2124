"""Matching reporters' wording to metrics (keyword bags) and entities (phrases)."""
from __future__ import annotations

import pytest

from ipcheck.matching import AliasIndex, PhraseIndex, make_alias, prepare, stem, words


# -- stem / words ------------------------------------------------------------------------------

@pytest.mark.parametrize("word,expected", [
    ("patents", "patent"),
    ("patent", "patent"),
    ("granted", "grant"),
    ("granting", "grant"),
    ("grants", "grant"),
    ("applications", "application"),
    ("companies", "enterpris"),      # a company is an enterprise in metric names
    ("agencies", "agency"),
    ("class", "class"),          # a double s is not a plural
    ("Shenzhen's", "shenzhen"),
    ("Trademarks", "trademark"),
])
def test_stem(word, expected):
    assert stem(word) == expected


@pytest.mark.parametrize("forms", [
    ("file", "files", "filed", "filing"),
    ("license", "licenses", "licensed", "licensing"),
    ("grant", "grants", "granted", "granting"),
    ("own", "owns", "owned"),
    ("register", "registers", "registered"),
    ("pledge", "pledges", "pledged"),
])
def test_inflections_share_a_stem(forms):
    assert len({stem(f) for f in forms}) == 1


@pytest.mark.parametrize("a,b", [("transferred", "transfers"), ("used", "uses"),
                                 ("applied", "applies")])
def test_inflections_share_a_stem_hard_cases(a, b):
    assert stem(a) == stem(b)


def test_words_drops_stop_words_and_numbers():
    assert words("The number of patents granted in Shenzhen reached 16,300 in 2013") == \
        ["patent", "grant"]


def test_words_keeps_order():
    assert words("granted patents") == ["grant", "patent"]
    assert words("PCT international patent applications") == \
        ["pct", "international", "patent", "application"]


def test_words_hyphens():
    assert words("high-value invention patents") == [stem("high-value"), "invention", "patent"]
    assert words("year-on-year growth") == ["year-on-year", "growth"]
    assert words("state-owned enterprises") == ["stat", "own", "enterpris"]


@pytest.mark.parametrize("text", [
    "per 10,000 people",
    "per 10000 people",
    "per 10 000 residents",
    "per ten thousand population",
    "per 10,000 inhabitants",
    "per 10k residents",
    "per 10k",
])
def test_per10k_marker(text):
    assert words(text) == ["per10k"]
    assert "per10k" in prepare(text)


def test_per10k_needs_a_population_word():
    assert "per10k" not in words("per 10,000 patents")


def test_make_alias():
    a = make_alias("patent_grants", "Patents granted")
    assert a.keywords == ("patent", "grant")
    assert not a.chinese
    assert make_alias("x", "the number of") is None       # nothing but stop words
    zh = make_alias("wk", "驰名商标 累计")
    assert zh.chinese
    assert zh.keywords == ("驰名商标", "累计")
    # duplicate keywords collapse
    assert make_alias("x", "patents and patent").keywords == ("patent",)


# -- AliasIndex ----------------------------------------------------------------------------------

@pytest.fixture
def index() -> AliasIndex:
    ix = AliasIndex()
    ix.add("patent_grants", "patents granted")
    ix.add("patent_applications", "patent applications")
    ix.add("invention_applications", "invention patent applications")
    ix.add("patent_applications", "专利申请")
    ix.add("invention_applications", "发明专利申请")
    ix.add("well_known_marks", "驰名商标 累计")
    ix.add("invention_per10k", "invention patents per 10,000 people")
    ix.add("invention_per10k", "每万人口发明专利拥有量")
    ix.add("invention_owned", "invention patents owned")
    ix.add("nothing", "the number of")                    # ignored: no keywords
    return ix


def targets(ix: AliasIndex, text: str, focus: str | None = None) -> list[str]:
    return [m.target for m in ix.best(text, focus)]


def test_ignored_alias_is_not_indexed(index):
    assert len(index.aliases) == 9


@pytest.mark.parametrize("text", [
    "patents granted",
    "granted patents",
    "The number of patents granted reached 16,300",
    "Shenzhen granted 16,300 patents",
    "the granting of patents",
    "PATENTS GRANTED",
])
def test_bag_of_keywords_ignores_order_and_inflection(index, text):
    assert targets(index, text) == ["patent_grants"]


def test_matches_come_in_the_order_of_the_base_whatever_the_hash_seed(index):
    # equal scores are settled by this order, so a verdict never depends on PYTHONHASHSEED
    found = [m.alias for m in index.matches("invention patent applications granted, 发明专利申请 patents")]
    assert len(found) >= 4
    assert found == sorted(found, key=index.aliases.index)


def test_an_index_rebuilt_after_adding_an_alias_finds_it(index):
    assert targets(index, "patents owned for inventions") == ["invention_owned"]
    index.add("design_grants", "design patents granted")
    assert targets(index, "design patents granted") == ["design_grants", "patent_grants"]


def test_missing_keyword_does_not_match(index):
    assert targets(index, "patents rose to 16,300") == []
    assert targets(index, "16,300 were granted") == []


def test_more_specific_alias_wins(index):
    assert targets(index, "Invention patent applications reached 31,000") == \
        ["invention_applications", "patent_applications"]
    assert targets(index, "patent applications for inventions") == \
        ["invention_applications", "patent_applications"]
    assert targets(index, "patent applications reached 80,657") == ["patent_applications"]


def test_best_keeps_the_best_alias_per_target(index):
    best = index.best("Invention patent applications reached 31,000")
    assert best[0].alias.text == "invention patent applications"
    assert best[0].score == (True, 3, 3, len("invention") + len("patent") + len("application"))


def test_chinese_substring_alias(index):
    assert targets(index, "深圳国内专利申请量突破8万件") == ["patent_applications"]


def test_longer_chinese_alias_wins(index):
    assert targets(index, "发明专利申请量达3.1万件") == ["invention_applications", "patent_applications"]


def test_chinese_specificity_is_characters_not_pieces():
    # A one-piece name spelling the whole metric beats a looser three-piece alias of a broader one.
    ix = AliasIndex()
    ix.add("crime_cases", "检察 侵犯知识产权犯罪 案件")
    ix.add("crime_persons", "检察机关办理侵犯知识产权犯罪案件涉及人数")
    assert targets(ix, "2024年深圳检察机关办理侵犯知识产权犯罪案件涉及人数451人") == ["crime_persons", "crime_cases"]
    assert targets(ix, "2024年深圳检察机关办理侵犯知识产权犯罪案件259件") == ["crime_cases"]
    # in the figure's clause, the characters of the pieces found there are what count
    best = ix.best("检察机关办理侵犯知识产权犯罪案件410宗,涉及人数451人", "检察机关办理侵犯知识产权犯罪案件410宗")
    assert [(m.target, m.in_focus) for m in best] == [("crime_cases", 12)]


def test_a_chinese_word_spelt_inside_a_compound_is_not_said():
    # 进出口 (imports and exports) spells 出口 (exports) without meaning it
    ix = AliasIndex()
    ix.add("trade", "使用费 进出口")
    ix.add("exports", "使用费 出口")
    assert targets(ix, "知识产权使用费进出口总额3783亿元") == ["trade"]
    assert targets(ix, "知识产权使用费出口增长27.1%") == ["exports"]
    both = "知识产权使用费进出口总额3783亿元,其中出口增速27.1%"
    assert targets(ix, both) == ["trade", "exports"]
    # in the first clause only 使用费 of the exports is said: 出口 there is a piece of 进出口
    assert [(m.target, m.in_focus) for m in ix.best(both, "知识产权使用费进出口总额3783亿元")] == [("trade", 6), ("exports", 3)]


def test_chinese_pieces_are_all_required_in_any_order(index):
    assert targets(index, "累计认定驰名商标123件") == ["well_known_marks"]
    assert targets(index, "驰名商标累计123件") == ["well_known_marks"]
    assert targets(index, "驰名商标123件") == []


def test_per10k_alias(index):
    found = targets(index, "invention patents owned per 10,000 people reached 80")
    assert found[0] == "invention_per10k"
    assert targets(index, "invention patents owned per 10k residents")[0] == "invention_per10k"
    assert targets(index, "invention patents owned reached 80") == ["invention_owned"]
    assert targets(index, "每万人口发明专利拥有量达80件") == ["invention_per10k"]


def test_focus_counts_keywords_in_the_figures_clause(index):
    text = "Patent applications rose while patents granted fell 5%"
    best = index.best(text, focus="patents granted fell 5%")
    assert [(m.target, m.in_focus) for m in best] == [("patent_grants", 2),
                                                      ("patent_applications", 1)]
    best = index.best(text, focus="Patent applications rose")
    assert [(m.target, m.in_focus) for m in best] == [("patent_applications", 2),
                                                      ("patent_grants", 1)]


def test_matches_lists_every_alias(index):
    found = {(m.target, m.alias.text) for m in index.matches("发明专利申请 and invention patent applications")}
    assert found == {("invention_applications", "invention patent applications"),
                     ("patent_applications", "patent applications"),
                     ("invention_applications", "发明专利申请"),
                     ("patent_applications", "专利申请")}


# -- PhraseIndex -----------------------------------------------------------------------------------

@pytest.fixture
def places() -> PhraseIndex:
    px = PhraseIndex()
    px.add("shenzhen", "Shenzhen")
    px.add("shenzhen", "深圳")
    px.add("futian", "Futian")
    px.add("futian-court", "Futian District People's Court")
    px.add("futian-court", "福田区人民法院")
    return px


def test_phrase_possessive(places):
    assert places.find("Shenzhen's patents") == [("shenzhen", 0, 8)]


def test_phrase_longest_wins(places):
    text = "Futian District People's Court heard 500 cases from Futian"
    found = places.find(text)
    assert found == [("futian-court", 0, 30), ("futian", len(text) - 6, len(text))]


def test_phrase_case_insensitive(places):
    assert places.find("SHENZHEN and futian") == [("shenzhen", 0, 8), ("futian", 13, 19)]


@pytest.mark.parametrize("text", ["Shenzhenese", "Futianxyz", "XShenzhen", "Shenzhens"])
def test_phrase_word_boundaries(places, text):
    assert places.find(text) == []


def test_phrase_punctuation_is_a_boundary(places):
    assert places.find("Shenzhen-Hong Kong") == [("shenzhen", 0, 8)]
    assert places.find("(Futian)") == [("futian", 1, 7)]


def test_chinese_phrases_need_no_boundaries(places):
    text = "深圳市福田区人民法院受理案件"
    assert places.find(text) == [("shenzhen", 0, 2), ("futian-court", 3, 10)]


def test_every_mention_is_found(places):
    assert [t for t, _, _ in places.find("Shenzhen, Futian and Shenzhen again")] == \
        ["shenzhen", "futian", "shenzhen"]


def test_a_doubled_consonant_before_ing_goes_as_before_ed():
    assert stem("referring") == stem("referred") == "refer"
    assert stem("transferring") == stem("transferred") == "transfer"



def test_names_are_found_inside_quotation_marks(knowledge):
    find = lambda t: [(e, t[s:x]) for e, s, x in knowledge.entity_index.find(t)]   # noqa: E731
    assert ("cn-dual-carbon-industries", "dual carbon' industries") in find(
        "Patent transfers and licenses in China's 'dual carbon' industries grew 35% in 2021.")
    assert ("cn-dual-carbon-industries", "双碳”相关产业") in find("全国“双碳”相关产业专利转让许可十分活跃")
    assert [name for _, name in find("In 2013 Bao'an District's court accepted 1,195 IP cases")][0].startswith("Bao'an")


def test_a_group_named_in_quotation_marks_is_the_claims_subject(judge):
    v = judge.verify("Patent transfers and licenses in China's 'dual carbon' industries grew 35% in 2021.")
    assert v.verdict == "unverifiable", v.reason        # no sourced growth for those industries, not China's 15%


def test_the_licensee_is_no_licensor(judge):
    # 被许可方 (the licensee) spells 许可方 (the licensor): a wrongly supported reading
    assert judge.verify("2024年深圳作为被许可方获得的专利许可有5,998次。").verdict == "contradicted"
    assert judge.verify("2024年深圳作为被许可方获得的专利许可有4,351次。").verdict == "supported"
    assert judge.verify("2024年深圳作为许可方的专利许可有5,998次。").verdict == "supported"
