"""Which document a claim cites its figures to (ipcheck.citations), read through the judge."""
import pytest


@pytest.mark.parametrize("claim, expected", [
    # figures that agree with another document than the one the claim cites support nothing it says
    ("Invest Shenzhen reported that courts in Shenzhen accepted 9,694 IP cases in 2013.", "unverifiable"),
    ("Intellectual Property in Shenzhen 2024 reports that Shenzhen was granted 10,987 invention patents in 2013.",
     "unverifiable"),
    # the right document cited, by publisher or by its short name
    ("According to Invest Shenzhen, Shenzhen filed more than 19,000 PCT applications in 2016.", "supported"),
    ("CNIPA said China's patent and trademark pledge financing reached 162.65 billion yuan in the first half of 2022.",
     "supported"),
    # a name that is no citation
    ("Shenzhen courts accepted 9,694 IP cases in 2013.", "supported"),
])
def test_cited_documents(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


def test_citation_reason_names_the_document(judge):
    v = judge.verify("Invest Shenzhen reported that courts in Shenzhen accepted 9,694 IP cases in 2013.")
    assert "Invest Shenzhen" in v.reason


@pytest.mark.parametrize("claim, expected", [
    # a report cited by its year in Chinese; a year that names a document is no figure's time beside another
    ("据深圳市2022年知识产权状况报告,深圳2024年商标注册量为24.95万件,居全国第一。", "unverifiable"),
    ("据深圳市2024年知识产权状况报告,深圳2024年商标注册量为24.95万件,居全国第一。", "supported"),
    ("Cumulative patent grants, Shenzhen, end-2012 (2013 white paper) = 259,422", "unverifiable"),
    ("Cumulative patent grants, Shenzhen, end-2013 (2013 white paper) = 259,422", "supported"),
    # …but the document's year is the figures' when the claim names no other time for them
    ("Shenzhen's 2013 IP white paper puts the city's invention patent grants that year at 10,987, a 15.9% drop from 2012.",
     "supported"),
    ("Shenzhen's 2013 IP white paper puts the city's invention patent grants that year at 10,987, a 25.9% drop from 2012.",
     "contradicted"),
])
def test_documents_cited_by_their_year(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason


@pytest.mark.parametrize("claim, expected", [
    # the press conference the figures were given at, dated otherwise than the source
    ("At a press conference in August 2021, CNIPA said patent transfers and licences in China reached 420,000 in "
     "2021.", "unverifiable"),
    ("At a press conference in August 2022, CNIPA said patent transfers and licences in China reached 420,000 in "
     "2021.", "supported"),
    ("At CNIPA's 24 August 2022 press conference, officials said patent transfers and licences reached 420,000 in "
     "2021.", "supported"),
])
def test_a_press_conference_dated_otherwise(judge, claim, expected):
    v = judge.verify(claim)
    assert v.verdict == expected, v.reason
