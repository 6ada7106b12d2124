"""Units through pint, from the project's own small definitions file.

pint is imported only when two different units must be compared or converted; plain lookups of
which unit names exist read the definitions file directly, so judging a claim in the common case
(same unit on both sides) never pays pint's start-up cost.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

DEFINITIONS = Path(__file__).with_name("units.txt")


class IncompatibleUnits(ValueError):
    """Two quantities cannot be compared (different dimensions, or currencies with no sourced rate)."""


@functools.lru_cache(maxsize=1)
def registry():
    import pint

    return pint.UnitRegistry(str(DEFINITIONS), autoconvert_offset_to_baseunit=False,
                             on_redefinition="raise")


@functools.lru_cache(maxsize=1)
def unit_names() -> frozenset[str]:
    """Every name and alias the definitions file declares (no pint needed)."""
    names: set[str] = set()
    for line in DEFINITIONS.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        parts = [p.strip() for p in line.split("=")]
        names.add(parts[0])
        names.update(p for p in parts[2:] if re.fullmatch(r"[A-Za-z_]+", p))
    return frozenset(names)


def is_known_unit(name: str) -> bool:
    return name in unit_names()


# pint's answer for each pair of units: the factor from one to the other, or None when it cannot
# convert. Every unit in units.txt is a plain multiple of its base, so one factor per pair is the
# whole answer; asking pint once per pair (or reading the table a cache carries) keeps pint's
# start-up (~0.2 s) out of batches and forked workers.
_FACTORS: dict[tuple[str, str], float | None] = {}


def _pint_factor(from_unit: str, to_unit: str) -> float | None:
    reg = registry()
    try:
        one = float(reg.Quantity(1.0, from_unit).to(to_unit).magnitude)
        zero = float(reg.Quantity(0.0, from_unit).to(to_unit).magnitude)
    except Exception:  # pint.DimensionalityError and friends
        return None
    if zero != 0.0:
        raise ValueError(f"{from_unit} -> {to_unit} has an offset; units.txt must define plain multiples")
    return one


def factor(from_unit: str, to_unit: str) -> float | None:
    """How many ``to_unit`` one ``from_unit`` is; None when the two cannot be converted."""
    if from_unit == to_unit:
        return 1.0
    key = (from_unit, to_unit)
    if key not in _FACTORS:
        _FACTORS[key] = _pint_factor(from_unit, to_unit)
    return _FACTORS[key]


def factor_table(units: set[str] | frozenset[str]) -> dict[tuple[str, str], float | None]:
    """pint's factors between every pair of ``units`` (for a cache to carry)."""
    return {(a, b): factor(a, b) for a in sorted(units) for b in sorted(units) if a != b}


def preload(table: dict[tuple[str, str], float | None]) -> None:
    """Take factors worked out earlier (by ``factor_table``) so pint need not be started."""
    _FACTORS.update(table)


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """``value`` in ``from_unit`` expressed in ``to_unit``; IncompatibleUnits when impossible."""
    if from_unit == to_unit:
        return value
    f = factor(from_unit, to_unit)
    if f is None:
        if {from_unit, to_unit} & {"yuan", "usd"}:
            raise IncompatibleUnits(f"no sourced exchange rate between {from_unit} and {to_unit}")
        raise IncompatibleUnits(f"{from_unit} and {to_unit} measure different things")
    return value * f


def scale_factor(word: str) -> float:
    """How pint reads a scale word ('wan', 'billion'): used to cross-check the number reader."""
    return float(registry()(word).to_base_units().magnitude)
