"""Regular expressions compiled on first use, or rebuilt from programs compiled once.

A cold ``ipcheck verify`` reads one claim, and most of the reader's patterns (ranks, streaks,
dates, codes, 'per 10,000 people' …) never run on it: compiling them all at import was a tenth of
the start-up. A lazy pattern compiles itself when first used and from then on hands out the
compiled pattern's own bound methods, so the hot path pays nothing. ``compile_all`` compiles every
one (before a batch forks its workers, so each does not compile its own).

Compiling is still most of what a batch does before its workers start (some 70 ms for the ~200
patterns, the Chinese character ranges dearest). So the knowledge base's cache also carries each
pattern's compiled program (``programs``), and a pattern whose program was preloaded is made
from it directly, skipping the parser and compiler. Programs belong to one interpreter: they are
used only by the same Python build that made them, and anything unexpected falls back to
``re.compile``. (``re`` has built patterns this way, from the same five arguments, since 3.7.)
"""
from __future__ import annotations

import re
import sys
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_ALL: list["LazyPattern"] = []
_PROGRAMS: dict[tuple[str, int], tuple] = {}      # (pattern, flags) -> the rest of _sre.compile's arguments


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)
        _ALL.append(self)

    def compiled(self) -> re.Pattern:
        found = self.__dict__.get("_compiled")
        if found is None:
            found = self.__dict__["_compiled"] = _build(*self._source)
            for name in _METHODS:            # later calls find these without __getattr__
                self.__dict__[name] = getattr(found, name)
        return found

    def __getattr__(self, name: str) -> Any:       # only for what is not set yet
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


def any_of(*needles: str) -> LazyPattern:
    """A pattern that finds any of ``needles``, literal substrings, case and all: ``.search(text)``
    holds exactly when ``n in text`` holds for one of them. For words kept in a table, where a
    generator would test them one by one in Python (a chain of ``in`` tests written out is as fast)."""
    return LazyPattern("|".join(re.escape(n) for n in sorted(set(needles), key=lambda n: (-len(n), n))))


def compile_all() -> None:
    for p in _ALL:
        p.compiled()


def _interpreter() -> tuple:
    """What a compiled program depends on besides its pattern: the regex engine's build."""
    import _sre

    return sys.version, sys.implementation.name, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode


def _build(pattern: str, flags: int) -> re.Pattern:
    program = _PROGRAMS.get((pattern, flags))
    if program is not None:
        try:
            import _sre

            return _sre.compile(pattern, *program)
        except Exception:          # an engine that takes other arguments: compile as usual
            _PROGRAMS.clear()
    return re.compile(pattern, flags)


def _program(pattern: str, flags: int) -> tuple:
    """The arguments ``_sre.compile`` takes after the pattern, as ``re`` works them out."""
    try:
        from re import _compiler as compiler, _parser as parser   # type: ignore[attr-defined]
    except ImportError:                                            # Python 3.10
        import sre_compile as compiler  # type: ignore[no-redef]
        import sre_parse as parser      # type: ignore[no-redef]
    parsed = parser.parse(pattern, flags)
    code = [int(op) for op in compiler._code(parsed, flags)]     # (its opcodes are ints that refuse pickling)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def programs() -> tuple[tuple, dict[tuple[str, int], tuple]] | None:
    """Every lazy pattern's compiled program, with the interpreter they hold for (None where they
    cannot be worked out)."""
    if sys.implementation.name != "cpython":
        return None
    try:
        import _sre

        found = {p._source: _program(*p._source) for p in _ALL}
        for source, program in found.items():      # made as re makes them, or not kept at all
            if _sre.compile(source[0], *program) != re.compile(*source):
                return None
    except Exception:
        return None
    return _interpreter(), found


def preload(saved: Any) -> None:
    """Take programs that ``programs`` saved, when they were made by this very interpreter."""
    try:
        stamp, found = saved
        if stamp == _interpreter() and isinstance(found, dict):
            _PROGRAMS.update(found)
    except Exception:
        pass
