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
