"""Hypothesis strategies shared by the whole test suite (one module, imported by all)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

#: Finite decimals of report size, with any number of decimals they happen to have.
finite_decimals = st.decimals(
    allow_nan=False,
    allow_infinity=False,
    min_value=Decimal("-1e15"),
    max_value=Decimal("1e15"),
)


#: Decimals with exactly ``places`` digits after the point, as figures are written.
def decimals_with_places(places: int) -> st.SearchStrategy[Decimal]:
    return st.decimals(
        allow_nan=False,
        allow_infinity=False,
        min_value=Decimal("-1e12"),
        max_value=Decimal("1e12"),
        places=places,
    )


#: Numbers of decimal places a report shows.
places = st.integers(min_value=0, max_value=3)

#: Integers across every scale the words must read (up to nghìn tỷ tỷ and beyond).
word_integers = st.one_of(
    st.integers(min_value=-(10**25), max_value=10**25),
    st.integers(min_value=0, max_value=10**7),
    st.sampled_from([0, 5, 10, 15, 21, 24, 105, 1005, 1010, 1_005_000, 2_000_001_000, 10**15]),
)

#: Dates a report can carry.
report_dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))

#: The integers a Roman numeral can write.
roman_integers = st.integers(min_value=1, max_value=3999)
