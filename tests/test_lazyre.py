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


def test_every_pattern_rebuilt_from_its_saved_program_is_the_pattern_re_compiles():
    import ipcheck.judge  # noqa: F401  (registers the judging modules' patterns too)

    saved = lazyre.programs()
    assert saved is not None
    stamp, found = saved
    assert len(found) >= len({p._source for p in lazyre._ALL}) > 150
    import _sre

    for (pattern, flags), program in found.items():
        assert _sre.compile(pattern, *program) == re.compile(pattern, flags), pattern


def test_preloaded_programs_are_used_only_by_the_interpreter_that_made_them(monkeypatch):
    monkeypatch.setattr(lazyre, "_PROGRAMS", {})
    source = (r"(?P<year>20\d\d)年", 0)
    stamp, found = lazyre._interpreter(), {source: lazyre._program(*source)}
    lazyre.preload((("another python",) + stamp[1:], found))
    assert lazyre._PROGRAMS == {}
    lazyre.preload(("not", "a", "pair"))          # a damaged cache is ignored, never an error
    assert lazyre._PROGRAMS == {}
    lazyre.preload((stamp, found))
    assert lazyre._PROGRAMS == found
    p = LazyPattern(*source)
    assert p.match("2024年").group("year") == "2024" and p.compiled() == re.compile(*source)


def test_a_program_the_engine_refuses_falls_back_to_compiling(monkeypatch):
    source = (r"a+b", re.I)
    monkeypatch.setattr(lazyre, "_PROGRAMS", {source: ("not", "a", "program")})
    assert LazyPattern(*source).compiled() == re.compile(*source)
    assert lazyre._PROGRAMS == {}
