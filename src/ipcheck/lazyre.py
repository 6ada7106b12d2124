"""Regular expressions compiled on first use.

A cold ``ipcheck verify`` reads one claim, and most of the reader's patterns (ranks, streaks,
dates, codes, 'per 10,000 people' …) never run on it: compiling them all at import was a tenth of
the start-up. A lazy pattern compiles itself when first used and from then on hands out the
compiled pattern's own bound methods, so the hot path pays nothing. ``compile_all`` compiles every
one (before a batch forks its workers, so each does not compile its own).
"""
from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_ALL: list["LazyPattern"] = []


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0):
        self._source = (pattern, flags)
        _ALL.append(self)

    def compiled(self) -> re.Pattern:
        found = self.__dict__.get("_compiled")
        if found is None:
            found = self.__dict__["_compiled"] = re.compile(*self._source)
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


def compile_all() -> None:
    for p in _ALL:
        p.compiled()
