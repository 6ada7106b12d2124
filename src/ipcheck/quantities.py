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


def compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    reg = registry()
    return reg.Unit(a).dimensionality == reg.Unit(b).dimensionality


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """``value`` in ``from_unit`` expressed in ``to_unit``; IncompatibleUnits when impossible."""
    if from_unit == to_unit:
        return value
    reg = registry()
    try:
        return float(reg.Quantity(value, from_unit).to(to_unit).magnitude)
    except Exception as e:  # pint.DimensionalityError and friends
        if {from_unit, to_unit} & {"yuan", "usd"}:
            raise IncompatibleUnits(f"no sourced exchange rate between {from_unit} and {to_unit}") from e
        raise IncompatibleUnits(f"{from_unit} and {to_unit} measure different things") from e


def scale_factor(word: str) -> float:
    """How pint reads a scale word ('wan', 'billion'): used to cross-check the number reader."""
    return float(registry()(word).to_base_units().magnitude)
