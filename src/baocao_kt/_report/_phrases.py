"""The phrases a report makes of a calculator's result, in its own words.

Each phrase takes a result (a `Percent` or `Points`), the words of its reference and the
precision it is shown with. "Equal" is decided at that precision: a variance that rounds
to zero is *bằng kịch bản*, never *vượt kịch bản 0,0%*. The sign is said in words
(*vượt*, *thấp hơn*, *giảm*), so the number itself is written without one.
"""

from __future__ import annotations

from typing import Literal

from baocao_kt._values._rates import Percent, Points
from baocao_kt._values._rounding import check_places
from baocao_kt.errors import OptionError, ValueKindError

__all__ = [
    "VarianceForm",
    "attainment_phrase",
    "growth_phrase",
    "points_phrase",
    "variance_phrase",
]

#: Where the reference goes in a variance phrase: ``"before"`` the number (*vượt kịch bản
#: 2,5%*), ``"compared"``, after it with *so với* (*vượt 0,8% so với kịch bản*), or
#: ``"after"`` it (*vượt 72,05% kế hoạch kịch bản giải ngân*).
VarianceForm = Literal["before", "compared", "after"]
_FORMS = ("before", "compared", "after")


def _checked(value: object, kind: type[Percent | Points], phrase: str) -> None:
    if type(value) is not kind:
        raise ValueKindError(
            f"{phrase}: {value!r} is not a {kind.__name__}; a ratio with no meaning (n.a.) "
            "has no phrase: leave the phrase out, or write n.a. in the table",
            value=value,
        )


def _magnitude(value: Percent | Points, places: int, *, trim: bool) -> tuple[int, str]:
    """The sign at the shown precision (-1, 0, 1) and the text of the absolute value."""
    check_places(places)
    return value.signed_text(places, trim=trim)


def _signed_phrase(
    sign: int, number: str, reference: str, words: tuple[str, str, str], form: str
) -> str:
    above, below, equal = words
    if sign == 0:
        return f"{equal} {reference}"
    word = above if sign > 0 else below
    if form == "before":
        return f"{word} {reference} {number}"
    if form == "after":
        return f"{word} {number} {reference}"
    return f"{word} {number} so với {reference}"


def attainment_phrase(
    percent: Percent,
    reference: str,
    *,
    verb: str = "bằng",
    places: int = 1,
    trim: bool = False,
) -> str:
    """How much of a plan is reached: *bằng 37,2% kế hoạch năm 2026*.

    Args:
        percent: An `attainment` (or any `Percent` of a reference).
        reference: The words of the reference: ``str(plan)`` (*kế hoạch năm 2026*), or
            a budget's own words (*dự toán Hội đồng nhân dân thành phố và phường giao*).
        verb: *bằng* or *đạt*, as the report says it.
        places: The decimals shown.
        trim: Drop trailing zeros after rounding (*đạt 20%* rather than *20,0%*).

    >>> attainment_phrase(attainment(50520, 135800), "kế hoạch năm 2026")
    'bằng 37,2% kế hoạch năm 2026'
    >>> attainment_phrase(attainment(119456, 357450), "dự toán", verb="đạt")
    'đạt 33,4% dự toán'
    """
    _checked(percent, Percent, "attainment_phrase")
    return f"{verb} {percent.format(places, trim=trim)} {reference}"


def variance_phrase(  # noqa: PLR0913 - every word of the phrase is a choice with a default
    percent: Percent,
    *,
    reference: str = "kịch bản",
    form: VarianceForm = "before",
    places: int = 1,
    trim: bool = False,
    words: tuple[str, str, str] = ("vượt", "thấp hơn", "bằng"),
) -> str:
    """A variance against a reference: *vượt kịch bản 2,5%*, *vượt 0,8% so với kịch bản*.

    Args:
        percent: A `variance` (signed: positive above the reference).
        reference: The reference's words; *kịch bản* by default.
        form: ``"before"`` puts the reference before the number, ``"compared"``
            after it with *so với*, ``"after"`` after it without.
        places: The decimals shown; a variance that rounds to zero is *bằng kịch bản*.
        trim: Drop trailing zeros after rounding.
        words: The words for above, below and equal.

    >>> variance_phrase(variance(12250, 11950))
    'vượt kịch bản 2,5%'
    >>> variance_phrase(variance(50520, 50120), form="compared")
    'vượt 0,8% so với kịch bản'
    >>> variance_phrase(variance(3348, 1946), reference="kế hoạch kịch bản", form="after", places=2)
    'vượt 72,05% kế hoạch kịch bản'
    >>> variance_phrase(variance(9750, 10000), places=0)
    'thấp hơn kịch bản 3%'
    >>> variance_phrase(variance(651909, 651910))
    'bằng kịch bản'
    """
    _checked(percent, Percent, "variance_phrase")
    if form not in _FORMS:
        raise OptionError(
            f"variance_phrase: form={form!r} is not a form; pass 'before' (vượt kịch bản "
            "2,5%), 'compared' (vượt 2,5% so với kịch bản) or 'after' (vượt 2,5% kịch bản)",
            option="form",
            value=form,
        )
    sign, number = _magnitude(percent, places, trim=trim)
    return _signed_phrase(sign, number, reference, words, form)


def growth_phrase(
    percent: Percent,
    *,
    reference: str = "cùng kỳ",
    places: int = 2,
    trim: bool = False,
    words: tuple[str, str, str] = ("tăng", "giảm", "bằng"),
) -> str:
    """Growth over the same period of last year: *tăng 4,06% so với cùng kỳ*.

    Args:
        percent: A `growth` (signed).
        reference: The reference's words; *cùng kỳ* by default (*cùng kỳ năm 2025*).
        places: The decimals shown; a growth that rounds to zero is *bằng cùng kỳ*.
        trim: Drop trailing zeros after rounding (*giảm 4%*).
        words: The words for a rise, a fall and no change.

    >>> growth_phrase(growth(104060, 100000))
    'tăng 4,06% so với cùng kỳ'
    >>> growth_phrase(growth(96, 100), trim=True)
    'giảm 4% so với cùng kỳ'
    >>> growth_phrase(growth(100001, 100000))
    'bằng cùng kỳ'
    """
    _checked(percent, Percent, "growth_phrase")
    sign, number = _magnitude(percent, places, trim=trim)
    return _signed_phrase(sign, number, reference, words, "compared")


def points_phrase(
    points: Points,
    *,
    reference: str = "kịch bản",
    places: int = 2,
    trim: bool = False,
    words: tuple[str, str, str] = ("cao hơn", "thấp hơn", "bằng"),
) -> str:
    """A difference of rates in percentage points: *cao hơn 0,66 điểm % so với kịch bản*.

    For indicators that are rates themselves, where a relative variance would be a
    percent of a percent.

    Args:
        points: A `point_change`.
        reference: The reference's words; *kịch bản* by default.
        places: The decimals shown; a difference that rounds to zero is *bằng kịch bản*.
        trim: Drop trailing zeros after rounding.
        words: The words for higher, lower and equal.

    >>> points_phrase(point_change(Percent("9.46"), Percent("8.80")))
    'cao hơn 0,66 điểm % so với kịch bản'
    >>> points_phrase(Points("-1.5"), reference="cùng kỳ", places=1)
    'thấp hơn 1,5 điểm % so với cùng kỳ'
    """
    _checked(points, Points, "points_phrase")
    sign, number = _magnitude(points, places, trim=trim)
    return _signed_phrase(sign, number, reference, words, "compared")
