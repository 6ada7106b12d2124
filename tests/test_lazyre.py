"""Patterns compiled on first use behave as the compiled pattern does."""
from __future__ import annotations

import re

from ipcheck import lazyre
from ipcheck.lazyre import LazyPattern, compile_all


def test_a_lazy_pattern_compiles_on_first_use_and_answers_as_re_does():
    p = LazyPattern(r"(?P<n>\d+)\s*(万|亿)?", re.I)
    assert "_compiled" not in p.__dict__
    text = "16,300 and 1.63万"
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in re.finditer(p.pattern, text, re.I)]
    assert "_compiled" in p.__dict__ and p.groupindex == {"n": 1}
    assert p.sub("#", "a 12 b") == "a #b" and p.match("x") is None


def test_compile_all_leaves_nothing_to_compile_after_a_fork():
    p = LazyPattern(r"never used")
    compile_all()
    assert "_compiled" in p.__dict__
    assert all("_compiled" in q.__dict__ for q in lazyre._ALL)
