"""How precisely a fact's quote states its value."""
from __future__ import annotations

import pytest

from ipcheck.readback import read_back


@pytest.mark.parametrize("value, unit, quote, half_ulp", [
    (16300, "count", "Shenzhen's PCT patent applications reached 16,300", 50.0),     # to the hundred
    (10049, "count", "the number of applications reached 10,049", 0.0),            # a count in full
    (50, "percent", "accounting for about half of the total", 0.0),                  # in words
    (1, "rank", "ranking first in the nation", 0.0),
    (21, "years", "for 21 consecutive years", 0.0),
    (2, "times", "实现翻番", 0.0),
])
def test_the_precision_a_quote_gives(value, unit, quote, half_ulp):
    assert read_back(value, unit, "level", quote) == half_ulp


def test_a_value_the_quote_does_not_state():
    assert read_back(16400, "count", "Shenzhen's PCT patent applications reached 16,300", "level") is None
