"""Records that a pickled knowledge base rebuilds through their constructors.

Unpickling fills an object's ``__dict__`` directly; on CPython 3.11 an object whose attributes live in
a materialised dict loses the fast attribute path its constructor gives it, and a knowledge base
loaded from the compiled cache judged claims some 3% slower than one read from TOML (measured with
``benchmarks/instructions.py``). Rebuilt through ``__init__``, both are alike.
"""
from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")


def _rebuilt(self: Any) -> tuple:
    return self.__class__, tuple(getattr(self, f.name) for f in dataclasses.fields(self))


def rebuilt_by_init(cls: type[T]) -> type[T]:
    """Class decorator for a dataclass whose every field is an ``__init__`` argument, in order."""
    cls.__reduce__ = _rebuilt  # type: ignore[method-assign]
    return cls


def digest(data: bytes) -> Any:
    """A BLAKE2b hash, for the compiled cache's fingerprint: CPython's own module where it has one
    (importing hashlib loads OpenSSL, some 4 ms of every cold start), hashlib's otherwise."""
    try:
        from _blake2 import blake2b
    except ImportError:
        from hashlib import blake2b
    return blake2b(data)
