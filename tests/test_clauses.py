"""Clause cuts, and the span a figure's metric words may come from."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from ipcheck.clauses import clauses as _clauses, in_a_title as _in_a_title, metric_spans
from ipcheck.claims import read_claim


def test_than_cuts_before_a_noun_phrase_never_before_a_figure():
    text = "Patent applications (80,657) were fewer than its trademark applications (86,950)"
    assert len(_clauses(text)) == 2
    assert len(_clauses("Shenzhen had more than 95,000 valid invention patents")) == 1
    assert len(_clauses("Exports grew 10.5 percentage points faster than imports")) == 2
    assert len(_clauses("Patents grew more than half in 2013")) == 1
    assert len(_clauses("the number of projects more than doubled to 7,345")) == 1
    # "times its": what the multiple is of has words of its own
    text = "Shenzhen's 3,334 registered trademark agencies are more than five times its 598 patent agencies."
    assert [text[s:e] for s, e in _clauses(text)][-1] == "its 598 patent agencies."
    assert len(_clauses("Shenzhen had 7.9 times the national average")) == 1


def test_with_inside_a_capitalised_name_does_not_cut_the_clause():
    text = "20 enterprises recognized as Enterprises with IPR Advantages by the municipal government"
    assert _clauses(text) == [(0, len(text))]
    assert len(_clauses("Applications reached 80,657 with a growth of 10.29%")) == 2


def test_a_bare_and_between_two_words_of_a_noun_phrase_keeps_the_words_together():
    text = "Shenzhen's strategic emerging and future industries held 271,100 valid invention patents"
    spans = _clauses(text)
    assert (0, len(text)) in metric_spans(text, spans, [])     # (no cut before "future industries" at all)


def test_an_and_after_a_figure_or_before_a_verb_or_inside_a_name_stays_a_cut():
    for text in ("Courts accepted 9,694 IP cases and closed 8,174", "Futian District introduced a Program and "
                 "allocated RMB 5 million"):
        spans = _clauses(text)
        assert metric_spans(text, spans, []) == spans
    text = "national IP advantage and demonstration enterprises recorded 7.7%"
    spans = _clauses(text)
    assert metric_spans(text, spans, [("e", 0, 51)]) == spans


def test_a_noun_phrase_going_on_after_the_figure_keeps_its_words_too():
    text = "Shenzhen held 271,100 valid invention patents in strategic emerging and future industries in 2024"
    spans = _clauses(text)
    assert (0, len(text)) in metric_spans(text, spans, [])
    text = "Shenzhen's patent transfers and licenses rose"          # other nouns after 'and' still cut
    assert len(_clauses(text)) == 2


def test_a_new_item_of_a_list_after_the_figure_is_not_its_words():
    for text in ("identified 80 pilot universities for IP and three batches of information service centers",
                 "identified 80 pilot universities and the centers for universities",
                 "identified 80 pilot universities and Beijing's centers"):
        spans = _clauses(text)
        assert metric_spans(text, spans, []) == spans, text


def test_the_noun_phrase_names_the_metric(knowledge):
    [f] = read_claim(knowledge, "Shenzhen's strategic emerging and future industries held 271,100 valid invention "
                                "patents at the end of 2024.").figures
    assert f.metric == "valid_invention_patents_sei_future_industries"
    figs = read_claim(knowledge, "Shenzhen held 271,100 valid invention patents in strategic emerging and future "
                                 "industries in 2024, 75.58% of the city's total.").figures
    assert [f.metric for f in figs] == ["valid_invention_patents_sei_future_industries"] * 2


_NOT_A_NOUN_PHRASE = ("a an one two three four five six seven eight nine ten eleven twelve twenty thirty forty "
                      "fifty hundred thousand dozen dozens hundreds thousands half twice double about around "
                      "nearly roughly approximately some over under almost just only usd rmb cny").split()
_ONE_PATTERN = re.compile(r"(?:(?<!\d),|,(?!\d{3})|[;。!?、]|\s(?:and(?!\s+a\s+half\b)|while|but|whereas|with|"
                          rf"than(?=\s+(?!(?i:{'|'.join(_NOT_A_NOUN_PHRASE)})\b)[A-Za-z]))\s|而|并且|其中"
                          r"| +(?<=[件项家个%\u4e00-\u9fff] )(?=[\u4e00-\u9fff]))")     # (spaces between Chinese items)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab 12,;。!?、而并且其中\t", max_size=40)
       | st.lists(st.sampled_from(["and", "with", "While", "but", "whereas", "1,234", ",", " ", "x", "。", "Aid",
                                    "than", "its", "the", "Shenzhen's", "theory", "imports", "About", "a",
                                    "half", "halfway"]),
                  max_size=12).map(" ".join))
def test_clause_cuts_are_the_one_pattern_cuts(text):
    """The cuts are found by two patterns (for speed); they are the one pattern's cuts."""
    cuts = [0]
    for m in _ONE_PATTERN.finditer(text):
        if not (m.group(0) == " with " and _in_a_title(text, m.start(), m.end())):
            cuts += [m.start(), m.end()]
    cuts.append(len(text))
    spans = [(s, e) for s, e in zip(cuts[::2], cuts[1::2]) if e > s] or [(0, len(text))]
    assert _clauses(text) == spans


def test_and_a_half_cuts_no_clause():
    text = "grew by ten and a half percentage points"
    assert _clauses(text) == [(0, len(text))]
    assert len(_clauses("grew by ten and a dozen courts closed cases")) == 2


def test_a_comma_inside_brackets_cuts_no_clause():
    text = "Overseas IP disputes monitored (Shenzhen, 2024): 689, involving 2 352 local enterprises"
    assert [text[a:b] for a, b in _clauses(text)] == ["Overseas IP disputes monitored (Shenzhen, 2024): 689",
                                                       " involving 2 352 local enterprises"]


def test_yet_between_two_clauses_cuts_but_not_yet_does_not():
    text = "make up 1.5% of industrial enterprises yet produce 37.4% of industrial added value"
    assert len(_clauses(text)) == 2
    assert len(_clauses("applications have not yet returned to 19,000")) == 1


def test_a_figure_set_off_by_commas_takes_the_noun_before_it(knowledge):
    text = ("Shenzhen's 80,657 domestic patent applications in 2013 were up 10.29% on the year, but invention "
            "applications, at 32,208, grew only 3.65%.")
    figs = read_claim(knowledge, text).figures
    assert [(f.text, f.metric) for f in figs if f.role == "level"] == [
        ("80,657", "patent_applications"), ("32,208", "invention_patent_applications")]


def test_worked_out_at_opens_the_figure_a_stock_comes_to(knowledge):
    text = ("In 2016 Shenzhen handled more than 145,000 patent applications, and its stock of over 95,000 valid "
            "invention patents worked out at 80.1 per 10,000 people, ten times the national average.")
    assert [f.metric for f in read_claim(knowledge, text).figures][1:3] == [
        "valid_invention_patents", "valid_invention_patents_per_10k"]


def test_an_and_inside_a_number_spelt_out_cuts_nothing():
    assert len(_clauses("Shenzhen filed ten thousand and forty-nine PCT grants in 2013.")) == 1
    assert len(_clauses("grew ten and a half percentage points")) == 1


@pytest.mark.parametrize("text, pieces", [
    ("Courts accepted 9,694 IP cases in 2013. By the end of the year they had closed 8,174 of them.", 2),
    ("Shenzhen filed 16,300 PCT applications in 2024. 2,094 came from one firm.", 2),
    ("It ranked No. 1 in China, ahead of Beijing", 2),            # "No." ends no sentence
    ("Royalties vs. Beijing were 2.5 times higher", 1),         # nor "vs.", nor a decimal point
])
def test_a_full_stop_ends_a_clause_only_at_the_end_of_a_sentence(text, pieces):
    assert len(_clauses(text)) == pieces


def test_a_second_sentence_names_its_own_metric(judge):
    v = judge.verify("Shenzhen's courts accepted 9,694 intellectual-property cases in 2013. By the end of the year "
                     "they had closed 8,174 of them.")
    assert v.verdict == "supported", v.reason


def test_patent_and_trademark_is_one_noun_phrase(judge):
    # (so the half-year named before it is the figure's own)
    v = judge.verify("First-half 2022 patent and trademark pledge financing of 162.65 billion yuan was already more "
                     "than half of the 309.8 billion recorded for all of 2021.")
    assert v.verdict == "supported", v.reason


@pytest.mark.parametrize("claim, expected", [
    ("Patent transfers and licences in green, low-carbon industries grew 35% in 2021.", "unverifiable"),
    ("China's patent transfers and licenses grew 15% in 2021.", "supported"),
])
def test_a_narrower_kind_of_industry_rules_out_the_national_total(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
