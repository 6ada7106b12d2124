"""Parts and wholes around a claim's figures (ipcheck.wholes), read through the judge."""
import pytest


@pytest.mark.parametrize("claim, expected", [
    # a part of a whole only words name: the whole's figure is no test of the part
    ("By August 2022 the Shenzhen Stock Exchange alone had issued 40 of China's IP securitization products.",
     "unverifiable"),
    ("Shenzhen's courts accepted 2,936 of the city's IP cases in 2013.", "unverifiable"),
    # the part names a narrower thing the sources count: its own figure
    ("Strategic emerging and future industries held 271,100 of Shenzhen's valid invention patents in 2024, "
     "75.58% of the city's total.", "supported"),
    ("Strategic emerging and future industries held 291,100 of Shenzhen's valid invention patents in 2024.",
     "contradicted"),
])
def test_a_part_of_a_whole_in_words(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_the_part_is_said_to_be_one(judge):
    v = judge.verify("By August 2022 the Shenzhen Stock Exchange alone had issued 40 of China's IP securitization "
                     "products.")
    assert "part" in v.reason and v.figures[0].role == "part"


@pytest.mark.parametrize("claim, expected", [
    # a share of a whole, the part named by the verb before it: what that verb counts over what the whole's words do
    ("The Luohu District People's Court closed about 98% of the 972 IP cases it accepted in 2013.", "supported"),
    ("The Luohu District People's Court closed about 90% of the 972 IP cases it accepted in 2013.", "contradicted"),
    ("Shenzhen's courts closed about 84% of the IP cases they accepted in 2013.", "supported"),
    ("Shenzhen's courts closed about 94% of the IP cases they accepted in 2013.", "contradicted"),
    # "…and closed 8,174, about 84% of them": the later of the earlier
    ("In 2013 Shenzhen courts accepted 9,694 IP cases and closed 8,174, about 84% of them.", "supported"),
    ("In 2013 Shenzhen courts accepted 9,694 IP cases and closed 8,174, about 94% of them.", "contradicted"),
])
def test_shares_of_what_a_verb_names(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a share of a list its metric's name gives: the sourced count over the list's size (the size is no level)
    ("Chinese brands make up roughly 8% of the world's 5,000 leading brands, according to figures cited by CNIPA.",
     "supported"),
    ("Chinese brands now make up more than a tenth of the world's 5,000 leading brands, WIPO says.", "contradicted"),
    # two kinds of a body after a figure are its sum; a possessive is no noun counted
    ("Shenzhen's 50 people's and commercial mediation organizations for IP disputes handled nearly 6,000 mediation "
     "cases in 2024.", "supported"),
    ("Shenzhen's 60 people's and commercial mediation organizations for IP disputes handled nearly 6,000 mediation "
     "cases in 2024.", "contradicted"),
    # but a category a metric's name holds whole is no sum
    ("In 2024, Shenzhen recorded 21 universities and research institutions that completed a patent inventory.",
     "supported"),
])
def test_lists_and_sums_in_words(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a part of a whole in the part of its place the words after it name
    ("Of Shenzhen's 69 patent agencies at the end of 2013, 37, more than half, were located in Futian District.",
     "supported"),
    ("At the end of 2013 Shenzhen had 69 patent agencies, and 37 of them, more than half, were based in Futian District.",
     "supported"),
    ("At the end of 2013 Shenzhen had 69 patent agencies, and 39 of them were based in Futian District.", "contradicted"),
    # a part naming no place is no figure of the whole's metric
    ("Of the 69 patent agencies in Shenzhen at the end of 2013, 37 were small.", "unverifiable"),
    # a count in words that is its clause's subject is kept, and checked
    ("Of the 17 Shenzhen professionals who applied for IP professional titles in 2013, eleven were awarded "
     "intermediate titles.", "supported"),
    ("Of the 17 Shenzhen professionals who applied for IP professional titles in 2013, nine were awarded "
     "intermediate titles.", "contradicted"),
    ("Of the 17 Shenzhen professionals who applied for IP professional titles in 2013, three were awarded "
     "associate senior titles.", "disputed"),
])
def test_parts_of_a_whole_in_a_place(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a part of the whole's things that its own words say did something else: that metric
    ("In 2013, 54 enterprises in Nanshan District secured loan guarantees totalling 174 million yuan in loan "
     "guarantees, and 35 of them received loans.", "contradicted"),
    # applicants in a place who were awarded titles count titles awarded (disputed by 002's two texts)
    ("Three applicants in Shenzhen were awarded associate senior IP professional titles in 2013.", "disputed"),
    # a fraction of a scale is a number; 'upward of' is a bound; 'between them' sums
    ("Shenzhen registered roughly a quarter of a million trademarks in 2024.", "supported"),
    ("Shenzhen handled upward of 140,000 patent applications in 2016.", "supported"),
    ("Shenzhen's strategic emerging industry clusters and future industry clusters disclosed about 156,700 invention "
     "patents between them in 2024.", "supported"),
])
def test_parts_bounds_and_sums_in_words(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # 其中 and a place: the part is that place's count of the whole's things
    ("截至2013年底,深圳专利代理机构增至69家,其中福田区有37家,占全市一半以上。", "supported"),
    ("截至2013年底,深圳专利代理机构增至69家,其中福田区有39家。", "contradicted"),
    # "全国平均水平为N件" goes on with the metric before it, the nation's
    ("2024年深圳每万人高价值发明专利拥有量110件,全国平均水平为14件。", "supported"),
    ("2024年深圳每万人高价值发明专利拥有量110件,全国平均水平为41件。", "contradicted"),
])
def test_chinese_parts_and_averages(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a part restated after a share, set off by ", at"
    ("Invention patents made up about 22% of the 49,756 domestic patents granted in Shenzhen in 2013, at 10,987.",
     "supported"),
    ("Invention patents made up about 22% of the 49,756 domestic patents granted in Shenzhen in 2013, at 11,987.",
     "contradicted"),
])
def test_a_part_restated_after_its_share(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a bound set off by commas that says which items are counted is no figure of its own
    ("The number of small inclusive pledge-financing projects, those under 10 million yuan, more than doubled to 7,345 "
     "in the first half of 2022.", "supported"),
    ("The number of small inclusive pledge-financing projects, those under 10 million yuan, more than tripled to 7,345 "
     "in the first half of 2022.", "contradicted"),
])
def test_a_category_bound_set_off_by_commas(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # a share of a whole stated after it counts what the whole counts (persons, not cases)
    ("Shenzhen prosecutors approved arrests for about two-thirds of the 694 people in IP crime cases sent to them "
     "for arrest review in 2013.", "supported"),
    ("Shenzhen prosecutors approved arrests for about half of the 694 people in IP crime cases sent to them "
     "for arrest review in 2013.", "contradicted"),
    # "A out of B" is a part, like "A of the B"; a share restated in counts takes the share's metric
    ("Shenzhen courts closed 8,174 out of 9,694 IP cases they accepted in 2013.", "supported"),
    ("Shenzhen courts closed 8,174 out of 9,964 IP cases they accepted in 2013.", "contradicted"),
    ("Shenzhen courts closed about 84% of the IP cases they accepted in 2013, 8,174 out of 9,694.", "supported"),
    ("Shenzhen courts closed about 84% of the IP cases they accepted in 2013, 8,714 out of 9,694.", "contradicted"),
    # "one in five of the 49,756 …": the whole of a share in words
    ("Just over one in five of the 49,756 domestic patents granted to Shenzhen in 2013 were invention patents.",
     "supported"),
    ("Just over one in four of the 49,756 domestic patents granted to Shenzhen in 2013 were invention patents.",
     "contradicted"),
    # a card's label bounds the items it counts
    ("Inclusive IP pledge projects under 10 million yuan, first half of 2022 = 7,345", "supported"),
    ("Inclusive IP pledge projects under 10 million yuan, first half of 2022 = 7,543", "contradicted"),
    # a share's part restated after it in a count is whoever's the share is
    ("Shenzhen's Intermediate People's Court accounted for about 30% of the 9,694 IP cases the city's courts accepted "
     "in 2013, taking in 2,936.", "supported"),
    ("Shenzhen's Intermediate People's Court accounted for about 30% of the 9,694 IP cases the city's courts accepted "
     "in 2013, taking in 3,936.", "contradicted"),
    # a part of a bounded whole, named by the verb after the whole
    ("Nearly 190 of China's more than 2,800 industrial IP application pilot enterprises are manufacturing single "
     "champions.", "supported"),
    ("Nearly 290 of China's more than 2,800 industrial IP application pilot enterprises are manufacturing single "
     "champions.", "contradicted"),
    # a category bound reaches past a rate to its count; the base of "double the"; 起 counts cases
    ("In the first half of 2022, inclusive pledge-financing projects of under 10 million yuan jumped 112% to about 7,300.",
     "supported"),
    ("In the first half of 2022, inclusive pledge-financing projects of under 10 million yuan jumped 112% to about 8,300.",
     "contradicted"),
    ("Shenzhen's 2013 trademark applications were more than double the 39,527 trademarks approved for registration "
     "that year.", "supported"),
    ("Shenzhen's 2013 trademark applications were more than triple the 39,527 trademarks approved for registration "
     "that year.", "contradicted"),
    ("2024年深圳监测的689起海外知识产权纠纷涉及2,352家深圳企业。", "supported"),
    ("2024年深圳监测的698起海外知识产权纠纷涉及2,352家深圳企业。", "contradicted"),
    # the whole of a part is whose its possessive names, never a place named after a comma
    ("With 37 of Shenzhen's 69 patent agencies, Futian District hosted more than half of the city's total at the end "
     "of 2013.", "supported"),
    ("With 37 of Shenzhen's 96 patent agencies, Futian District hosted more than half of the city's total at the end "
     "of 2013.", "contradicted"),
    ("GI-related industries created 1.17 million new jobs in 2021, about 8% of their 14.73 million workforce.",
     "supported"),
    ("GI-related industries created 1.17 million new jobs in 2021, about 18% of their 14.73 million workforce.",
     "contradicted"),
    # a share's part with no words of its own is not its whole's metric (it would equal the whole)
    ("The 94 million yuan actually lent to Nanshan firms in 2013 was more than half of the 174 million yuan in loan "
     "guarantees approved that year.", "unverifiable"),
    ("Shenzhen's 10,987 invention patent grants in 2013 were about 22% of the 49,756 patents granted that year.",
     "supported"),
    # a fraction after a count is its share, never a bound on the items counted
    ("Futian District's 37 patent agencies were less than a third of Shenzhen's total of 69.", "contradicted"),
    ("Futian District's 37 patent agencies were more than half of Shenzhen's total of 69.", "supported"),
])
def test_wholes_and_parts_read_this_session(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
