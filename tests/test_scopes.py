"""Where a rank holds, read from a claim's words and from a fact's scope."""
from __future__ import annotations

import pytest

from ipcheck import scopes
from ipcheck.scopes import NATION, PROVINCE, WORLD, claimed_scope, matches, scope_class


@pytest.mark.parametrize("words,expected", [
    ("nationwide", NATION), ("among large and medium-sized cities in China", NATION), ("in the country", NATION),
    ("居全国大中城市第一位", NATION), ("in the world", WORLD), ("全球第一", WORLD), ("globally", WORLD),
    ("in Guangdong Province", PROVINCE), ("全省第一", PROVINCE),
    ("among enterprises in the cultivation database of enterprises with IP advantages", None), ("", None),
])
def test_scope_classes(words, expected):
    assert scope_class(words) == expected


@pytest.mark.parametrize("text,rank,expected", [
    ("Shenzhen's PCT applications ranked first in the world in 2024.", "ranked first", WORLD),
    ("Shenzhen's PCT applications ranked first in 2024, ahead of Beijing.", "ranked first", None),
    ("China's IP royalty exports ranked second in 2021.", "ranked second", None),   # the subject is no scope
    ("Shenzhen ranked first, with China's largest count", "ranked first", None),   # the clause ends at the comma
    ("深圳PCT国际专利申请量全省排名第一", "排名第一", PROVINCE),
])
def test_a_claimed_scope_is_read_from_the_rank_and_what_follows(text, rank, expected):
    start = text.index(rank)
    assert claimed_scope(text, start, start + len(rank)) == expected


def test_a_rank_claimed_in_one_scope_is_matched_only_by_that_scope():
    assert matches(NATION, "nationwide") and matches(NATION, "among major cities nationwide")
    assert not matches(WORLD, "nationwide") and not matches(PROVINCE, "nationwide")
    assert not matches(NATION, "among enterprises in the cultivation database of enterprises with IP advantages")
    assert matches(None, "nationwide") and matches(WORLD, None)


@pytest.mark.parametrize("text,figure,expected", [
    ("48.10% of the national total", "48.10%", scopes.NATION),
    ("7.9 times the Guangdong average", "7.9 times", scopes.PROVINCE),
    ("75.58% of the city's total", "75.58%", scopes.CITY),
    ("占全国登记总量的9.09%", "9.09%", scopes.NATION),
    ("在全国登记总量中占比9.09%", "9.09%", scopes.NATION),       # the whole before 占比
    ("在深圳登记总量中占比9.09%", "9.09%", scopes.CITY),
    ("登记软件著作权14,934件,占比9.09%", "9.09%", None),        # (no whole named)
    ("22.08% of the domestic patents granted", "22.08%", None),
    ("48.10% of the total applications of domestic enterprises", "48.10%", scopes.NATION),
])
def test_the_whole_a_share_is_of(text, figure, expected):
    at = text.index(figure)
    assert scopes.claimed_whole(text, at, at + len(figure)) == expected


def test_the_words_of_a_whole_run_past_a_figure_in_them():
    from ipcheck.scopes import whole_words

    text = "Invention patents made up about 22% of the 49,756 domestic patents granted, a fifth."
    start = text.index("22%")
    assert "49,756 domestic patents granted" in whole_words(text, start, start + 3)
