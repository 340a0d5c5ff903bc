"""Hypothesis strategies shared by the whole test suite (one module, imported by all)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from baocao_kt import (
    DateRange,
    Figure,
    Half,
    Month,
    Percent,
    Quantity,
    Quarter,
    Series,
    UnitCatalog,
    Year,
    YearToDate,
)

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

#: Percents as the calculators make them, of either sign: written values and exact
#: quotients (one third of a percent), near zero too, where "equal" is decided.
percents = st.one_of(
    st.builds(Percent, decimals_with_places(3)),
    st.builds(
        Percent.from_quotient,
        st.integers(min_value=-(10**9), max_value=10**9),
        st.integers(min_value=1, max_value=10**9),
    ),
    st.builds(Percent, st.decimals(min_value=-1, max_value=1, places=4)),
)

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


# Periods --------------------------------------------------------------------------------

#: Every year a period can have (a report's year has four digits).
period_years = st.integers(min_value=1000, max_value=9999)
#: Years with a year before and after, for shifts, neighbours and windows.
inner_years = st.integers(min_value=1001, max_value=9998)


def periods_by_kind(years=period_years):
    """A strategy for each calendar kind of period, over ``years``, by the kind's name."""
    return {
        "Month": st.builds(Month, years, st.integers(1, 12)),
        "Quarter": st.builds(Quarter, years, st.integers(1, 4)),
        "Half": st.builds(Half, years, st.integers(1, 2)),
        "Year": st.builds(Year, years),
        "YearToDate": st.builds(YearToDate, years, st.integers(1, 12)),
    }


@st.composite
def date_ranges(draw, dates=report_dates, max_days=800):
    """A DateRange from a drawn date, of up to ``max_days`` days (a single day at least).

    Reports state windows of days to a few years; longer ones only make tests slow.
    """
    first = draw(dates)
    last_possible = (dt.date.max - first).days
    length = draw(st.integers(min_value=0, max_value=min(max_days, last_possible)))
    return DateRange(first, first + dt.timedelta(days=length))


#: Any period of any kind, over every year a period can have.
periods = st.one_of(
    *periods_by_kind().values(),
    date_ranges(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31))),
    date_ranges(),
)


# Units and quantities -------------------------------------------------------------------

#: Every named unit of the default catalog, and the derived units reports write.
unit_choices = [
    *UnitCatalog.default().units,
    *map(UnitCatalog.default().unit, ["tạ/ha", "tấn/ha", "triệu đồng/hộ", "người/km²", "ha²"]),
]
units = st.sampled_from(unit_choices)

#: Quantities of report size in any of those units.
quantities = st.builds(Quantity, finite_decimals, units)


def _units_by_dimension():
    groups = {}
    for unit in unit_choices:
        groups.setdefault(unit.dimension, []).append(unit)
    return list(groups.values())


#: Two units of one dimension (possibly the same one): a conversion and its way back.
same_dimension_units = st.sampled_from(_units_by_dimension()).flatmap(
    lambda group: st.tuples(st.sampled_from(group), st.sampled_from(group))
)


# Hostile text ---------------------------------------------------------------------------

#: The pieces the parsers read (digits, separators, number words, units, period words),
#: and what trips a reader up (spaces of every kind, combining marks, superscripts).
_PARSER_PIECES = [
    *"0123456789",
    ".",
    ",",
    "%",
    "-",
    "−",
    "+",
    "/",
    "(",
    ")",
    "·",
    "²",
    "³",
    "⁹",
    "e",
    "E",
    " ",
    "  ",
    "\u00a0",
    "\u202f",
    "\t",
    "\n",
    "\u0300",
    "\u0301",
    "\u0323",
    "một",
    "hai",
    "năm",
    "mười",
    "mươi",
    "trăm",
    "linh",
    "lẻ",
    "nghìn",
    "ngàn",
    "triệu",
    "tỷ",
    "tỉ",
    "không",
    "âm",
    "phẩy",
    "tư",
    "mốt",
    "lăm",
    "m",
    "m²",
    "ha",
    "tạ/ha",
    "hộ",
    "đồng",
    "triệu đồng",
    "tỷ đồng",
    "km",
    "sào",
    "điểm",
    "điểm %",
    "phần trăm",
    "tháng",
    "quý",
    "năm",
    "ngày",
    "lũy kế",
    "từ",
    "đến",
    "đầu",
    "cuối",
    "cùng kỳ",
    "I",
    "V",
    "X",
    "M",
    "IV",
    "MMM",
    "nan",
    "inf",
    "2026",
    "0026",
    "9999",
    "12",
    "4300",
]
#: Any text: wide Unicode, and texts built from the parsers' own vocabulary.
hostile_texts = st.one_of(
    st.text(max_size=60),
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.lists(st.sampled_from(_PARSER_PIECES), max_size=25).map("".join),
    st.lists(st.sampled_from(_PARSER_PIECES), max_size=12).map(" ".join),
)


# Series as tables ------------------------------------------------------------------------


@st.composite
def figure_series(draw, indicator):
    """A `Series` of ``indicator``: months of two years, a quarter's figure, any statuses,
    some approximate, values with 0 to 6 decimals of either sign (a table's decimal column
    holds them all)."""
    year = draw(st.integers(min_value=2000, max_value=2030))
    statuses = st.sampled_from(["actual", "estimate"])
    qualifiers = st.one_of(st.none(), st.sampled_from(["hơn", "khoảng", "gần"]))
    values = st.integers(0, 6).flatmap(decimals_with_places)
    quarter = draw(st.one_of(st.none(), st.integers(1, 4)))
    covered = set() if quarter is None else set(range(3 * quarter - 2, 3 * quarter + 1))
    months = draw(st.sets(st.integers(1, 12), max_size=12))
    periods = [Month(year, m) for m in sorted(months - covered)]
    periods += [Month(year - 1, m) for m in sorted(draw(st.sets(st.integers(1, 12))))]
    if quarter is not None:
        periods.append(Quarter(year, quarter))
    figures = [
        Figure(period, draw(values), draw(statuses), qualifier=draw(qualifiers))
        for period in periods
    ]
    return Series(indicator, figures)


# Frames ---------------------------------------------------------------------------------

#: The kinds of numeric column the frames calculators read.
frame_column_kinds = st.sampled_from(["int", "float", "decimal0", "decimal2", "decimal6"])


def frame_cells(kind: str, *, wide: bool = False):
    """Values for a table column of ``kind``: zeros, negatives, nulls, big and small.

    Within the exact range unless ``wide``: below 10^11, so that two columns at six
    decimals stay below 10^17 (their percents may still be too large: 10^11 ÷ 10^-6);
    ``wide`` gives floats of any size and repr, integers up to Int64,
    decimals of up to 18 digits, where some rows are beyond the range.
    """
    if kind == "int":
        limit = 2**63 - 1 if wide else 10**11
        values = st.one_of(
            st.integers(-limit, limit), st.integers(-1000, 1000), st.sampled_from([0, 1, -1])
        )
    elif kind == "float":
        values = (
            st.floats(allow_nan=True, allow_infinity=False, width=64)
            if wide
            else st.one_of(
                st.decimals(-(10**8), 10**8, places=6, allow_nan=False).map(float),
                st.decimals(-1000, 1000, places=2, allow_nan=False).map(float),
                st.sampled_from([0.0, 0.1, -0.1, 1e-6, 5108.711]),
            )
        )
    else:
        places = int(kind.removeprefix("decimal"))
        # Within the range, any two columns brought to six decimals stay below 10^17.
        bound = Decimal(10 ** (18 - places) if wide else 10**11) - Decimal(1).scaleb(-places)
        values = st.one_of(
            st.decimals(-bound, bound, places=places, allow_nan=False),
            st.decimals(-1, 1, places=places, allow_nan=False),
        )
    return st.one_of(st.none(), values)


@st.composite
def frame_pairs(draw, *, wide: bool = False, max_rows: int = 12):
    """Two numeric columns ``a`` and ``b`` of random kinds and equal length."""
    kinds = draw(frame_column_kinds), draw(frame_column_kinds)
    size = draw(st.integers(1, max_rows))
    return {
        name: (kind, draw(st.lists(frame_cells(kind, wide=wide), min_size=size, max_size=size)))
        for name, kind in zip("ab", kinds, strict=True)
    }


@st.composite
def month_tables(draw, *, max_extra: int = 40):
    """A table of monthly flows for `frames.cumulate`: mostly whole runs of months.

    Each unit and year gets months 1 to k in a shuffled order, then some rows are
    dropped or given twice, and rows are added with a month outside 1 to 12 (or none),
    a null value, a null unit, or a value near the Int64 bounds; sometimes many rows
    of one unit (a forgotten key), where a month is given dozens of times.
    """
    kind = draw(st.sampled_from(["int", "decimal2"]))
    small = (
        st.integers(-(10**12), 10**12)
        if kind == "int"
        else st.decimals(-(10**9), 10**9, places=2, allow_nan=False)
    )
    rows = []
    for unit in draw(
        st.lists(st.sampled_from(["A", "B", "C"]), min_size=1, max_size=3, unique=True)
    ):
        for year in draw(
            st.lists(st.sampled_from([2025, 2026]), min_size=1, max_size=2, unique=True)
        ):
            months = draw(st.permutations(range(1, draw(st.integers(1, 12)) + 1)))
            rows += [[unit, year, month, draw(small)] for month in months]
    for _ in range(draw(st.integers(0, 3))):
        if rows:
            rows.pop(draw(st.integers(0, len(rows) - 1)))
    extra_months = st.one_of(st.integers(1, 12), st.sampled_from([None, 0, 13, -1]))
    extra_units = st.sampled_from(["A", "B", "C", None])
    values = small
    if kind == "int":
        values = st.one_of(small, st.sampled_from([2**59, 2**59 + 1, 2**62, -(2**62), 2**63 - 1]))
    extra = st.tuples(
        extra_units, st.sampled_from([2025, 2026]), extra_months, st.one_of(st.none(), values)
    )
    rows += [list(row) for row in draw(st.lists(extra, max_size=max_extra))]
    if rows and draw(st.booleans()):
        rows[draw(st.integers(0, len(rows) - 1))][3] = None
    if not rows:
        rows = [["A", 2026, 1, draw(small)]]
    order = draw(st.permutations(range(len(rows))))
    rows = [rows[index] for index in order]
    return {
        "unit": ("str", [row[0] for row in rows]),
        "year": ("int", [row[1] for row in rows]),
        "month": ("int", [row[2] for row in rows]),
        "flow": (kind, [row[3] for row in rows]),
    }


#: The pandas integer dtypes the NumPy path of the frames calculators reads; the
#: nullable ones (capitalised, or pyarrow-backed) hold nulls.
pandas_integer_dtypes = st.sampled_from(
    [
        *("int64", "int32", "int8", "uint8", "uint32", "uint64"),
        *("Int64", "Int16", "UInt32"),
        *("int64[pyarrow]", "uint64[pyarrow]", "int16[pyarrow]"),
    ]
)
# Sizes at and just beyond the NumPy path's bound (2·|a|·10^k + |b| < 2^63 and its kin,
# k from 0 to 10) and beyond the exact range of an Int64 (LIMIT = (2^63 - 1) // 10 - 1).
_INT64_EDGES = sorted(
    {
        (2**63 - 1) // (factor * 10**digits) + step
        for factor in (1, 2, 4)
        for digits in range(11)
        for step in (-1, 0, 1)
    }
    | {(2**63 - 1) // 10 - 1 + step for step in (0, 1)}
)


@st.composite
def pandas_integer_pairs(draw, *, max_rows: int = 8):
    """Two pandas integer columns ``a`` and ``b``: dtypes, values and nulls at random.

    Returns ``{"a": (dtype, values), "b": (dtype, values)}``, each value within its
    dtype, None only in a nullable dtype: zeros, ±1, powers of two (exact halves), small,
    any size, and sizes at the edges of the NumPy path's bound, on both sides.
    """
    import numpy as np  # noqa: PLC0415 - only the frames tests draw these

    size = draw(st.integers(0, max_rows))
    columns = {}
    for name in "ab":
        dtype = draw(pandas_integer_dtypes)
        info = np.iinfo(dtype.lower().removesuffix("[pyarrow]"))
        low, high = int(info.min), min(int(info.max), 2**63 - 1)
        edges = [e for edge in _INT64_EDGES for e in (edge, -edge) if low <= e <= high]
        values = st.one_of(
            st.sampled_from([v for v in (0, 1, -1) if low <= v <= high]),
            # Powers of two divide into exact halves: the ties of the half-up rounding.
            st.sampled_from([v for n in range(13) for v in (2**n, -(2**n)) if low <= v <= high]),
            st.integers(max(low, -1000), min(high, 1000)),
            st.integers(low, high),
            *([st.sampled_from(edges)] if edges else []),
        )
        if dtype[0].isupper() or dtype.endswith("[pyarrow]"):
            values = st.one_of(st.none(), values)
        columns[name] = (dtype, draw(st.lists(values, min_size=size, max_size=size)))
    return columns


@st.composite
def int64_pairs(draw, *, max_rows: int = 8):
    """Two Int64 columns ``a`` and ``b`` for `frames.make`: ``{"a": ("int", values), …}``.

    Zeros, ±1, powers of two (exact halves), small values, any Int64 (both ends
    included) and the sizes at the edges of the one-division paths' bounds; nulls.
    """
    edges = [e for edge in _INT64_EDGES for e in (edge, -edge) if -(2**63) <= e < 2**63]
    values = st.one_of(
        st.none(),
        st.sampled_from([0, 1, -1, -(2**63), 2**63 - 1]),
        st.sampled_from([v for n in range(13) for v in (2**n, -(2**n))]),
        st.integers(-1000, 1000),
        st.integers(-(2**63), 2**63 - 1),
        st.sampled_from(edges),
    )
    size = draw(st.integers(1, max_rows))
    return {name: ("int", draw(st.lists(values, min_size=size, max_size=size))) for name in "ab"}
