"""The phrases a report makes of a calculator's result, in its own words.

Each phrase takes a result (a `Percent` or `Points`), the words of its reference and the
precision it is shown with. "Equal" is decided at that precision: a variance that rounds
to zero is *bằng kịch bản*, never *vượt kịch bản 0,0%*. The sign is said in words
(*vượt*, *thấp hơn*, *giảm*), so the number itself is written without one.

A *connector* (*so với*, *so*, or none) goes between the number and the reference:
*tăng 3,5% so với cùng kỳ*, *tăng 3,5% so cùng kỳ*, *tăng 3,5% cùng kỳ*. The equal case
has none: *bằng cùng kỳ*.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from baocao_kt._report._approximate import approximate_change, approximate_ratio
from baocao_kt._report._phrase_parts import (
    Connector,
    check_connector,
    check_reference,
    check_words,
    checked,
    joined,
    magnitude,
    signed_number,
    signed_phrase,
)
from baocao_kt._values._rates import Percent, Points
from baocao_kt.errors import OptionError

__all__ = [
    "Connector",
    "VarianceForm",
    "attainment_phrase",
    "growth_phrase",
    "points_phrase",
    "variance_phrase",
]

#: Where the reference goes in a variance phrase: ``"before"`` the number (*vượt kịch bản
#: 2,5%*), ``"compared"``, after it with a connector (*vượt 0,8% so với kịch bản*), or
#: ``"after"`` it (*vượt 72,05% kế hoạch kịch bản giải ngân*).
VarianceForm = Literal["before", "compared", "after"]
_FORMS = ("before", "compared", "after")

#: The verb of `attainment_phrase` that writes the excess over 100 %.
_EXCESS_VERB = "vượt"
_AUTO_VERB = "auto"
_REACHED_VERB = "đạt"
_HUNDRED = Points(100)
_USUAL_VERBS = frozenset({"bằng", "đạt", _EXCESS_VERB, _AUTO_VERB})


def _attainment_verb(verb: object) -> str:
    if verb in _USUAL_VERBS:  # composed already: no normalizing
        return verb
    if isinstance(verb, str) and verb.strip():
        # "Vượt", "vượt " and the decomposed spelling are the excess verb too, never a
        # plain verb before the attainment (which would claim the plan was exceeded).
        text = " ".join(unicodedata.normalize("NFC", verb).split())
        folded = text.casefold()
        return folded if folded in _USUAL_VERBS else text
    raise OptionError(
        f"attainment_phrase: verb={verb!r} is not a verb; pass 'bằng', 'đạt', 'vượt' (the "
        "excess over 100%) or 'auto' (đạt up to 100%, vượt above)",
        option="verb",
        value=verb,
    )


def attainment_phrase(  # noqa: PLR0913 - every word of the phrase is a choice with a default
    percent: Percent,
    reference: str,
    *,
    verb: str = "bằng",
    places: int = 1,
    trim: bool = False,
    connector: Connector = None,
    qualifier: str | None = None,
    reference_first: bool = False,
) -> str:
    """How much of a plan is reached: *bằng 37,2% kế hoạch năm 2026*.

    Args:
        percent: An `attainment` (or any `Percent` of a reference).
        reference: The words of the reference: ``str(plan)`` (*kế hoạch năm 2026*), a
            budget's own words (*dự toán Hội đồng nhân dân thành phố và phường giao*), a
            scenario's (*kịch bản tăng trưởng*) or the same period's (*cùng kỳ*).
        verb: *bằng* or *đạt* (any words) write the attainment itself. ``"vượt"`` writes
            the excess over 100 % (*vượt 12,5% dự toán* for 112,5 %); an attainment that
            is not above 100 % at the shown precision has no excess, and is an
            `OptionError`. ``"auto"`` chooses by the result, at the shown precision:
            *đạt 96,0%* up to 100 %, *vượt 12,5%* above.
        places: The decimals shown.
        trim: Drop trailing zeros after rounding (*đạt 20%* rather than *20,0%*).
        connector: The words between the number and the reference: none by default
            (*bằng 37,2% kế hoạch*), ``"so với"`` for a ratio to the same period
            (*bằng 96% so với cùng kỳ*), or ``"so"``.
        qualifier: For an attainment stated approximately, the word before the number:
            *hơn*, *trên*, *dưới*, *gần*, *khoảng* or *xấp xỉ* (*bằng hơn 105% kế hoạch*).
        reference_first: Put the reference first, after the connector, as some reports
            do: *so dự toán giao đạt 40%*.

    >>> attainment_phrase(attainment(50520, 135800), "kế hoạch năm 2026")
    'bằng 37,2% kế hoạch năm 2026'
    >>> attainment_phrase(attainment(119456, 357450), "dự toán", verb="đạt")
    'đạt 33,4% dự toán'
    >>> attainment_phrase(attainment(1125, 1000), "dự toán", verb="vượt")
    'vượt 12,5% dự toán'
    >>> attainment_phrase(attainment(96, 100), "cùng kỳ", trim=True, connector="so với")
    'bằng 96% so với cùng kỳ'
    >>> [attainment_phrase(attainment(v, 1000), "kế hoạch", verb="auto") for v in (960, 1124)]
    ['đạt 96,0% kế hoạch', 'vượt 12,4% kế hoạch']
    >>> attainment_phrase(Percent(105), "kế hoạch", trim=True, qualifier="hơn")
    'bằng hơn 105% kế hoạch'
    >>> attainment_phrase(Percent(40), "dự toán giao", verb="đạt", trim=True, connector="so",
    ...                   reference_first=True)
    'so dự toán giao đạt 40%'
    """
    checked(percent, Percent, "attainment_phrase")
    between = check_connector(connector, "attainment_phrase")
    check_reference(reference, "attainment_phrase", between)
    said = _attainment_verb(verb)
    if qualifier is not None:
        return _approximate_attainment(
            percent,
            reference,
            said,
            between,
            places=places,
            trim=trim,
            qualifier=qualifier,
            first=reference_first,
        )
    if said in (_EXCESS_VERB, _AUTO_VERB):
        if percent.rounded(places) > 100:
            _, excess = magnitude(percent - _HUNDRED, places, trim=trim)
            said_excess = (_EXCESS_VERB, "", excess)
            return _ordered(said_excess, between, reference, first=reference_first)
        if said == _EXCESS_VERB:
            raise OptionError(
                f"attainment_phrase: verb='vượt' writes the excess over 100%, but "
                f"{percent.format(places)} of {reference} is not above 100% as shown; pass "
                "verb='auto' (đạt up to 100%, vượt above) or verb='đạt'",
                option="verb",
                value=verb,
            )
        verb = _REACHED_VERB
    number = percent.format(places, trim=trim)
    return _ordered(
        (said if said not in (_AUTO_VERB, _EXCESS_VERB) else verb, "", number),
        between,
        reference,
        first=reference_first,
    )


def _approximate_attainment(  # noqa: PLR0913 - the phrase's parts, as attainment_phrase has them
    percent: Percent,
    reference: str,
    verb: str,
    between: str,
    *,
    places: int,
    trim: bool,
    qualifier: str,
    first: bool,
) -> str:
    """*bằng hơn 105% kế hoạch*, *vượt hơn 5%*: rounded the way the word stays true."""
    if verb in (_EXCESS_VERB, _AUTO_VERB):
        excess = percent - _HUNDRED
        try:
            _, word, number = approximate_change(excess, places, trim=trim, qualifier=qualifier)
        except OptionError:
            if verb == _EXCESS_VERB:
                raise
        else:
            return _ordered((_EXCESS_VERB, word, number), between, reference, first=first)
        verb = _REACHED_VERB
    number = approximate_ratio(percent, places, trim=trim, qualifier=qualifier)
    return _ordered((verb, qualifier, number), between, reference, first=first)


def _ordered(said: tuple[str, str, str], between: str, reference: str, *, first: bool) -> str:
    """*bằng 37,2% kế hoạch*, or with the reference first: *so dự toán giao đạt 40%*.

    ``said`` is the verb, the qualifier (or ``""``) and the number.
    """
    if first:
        return joined(between, reference, *said)
    return joined(*said, between, reference)


def variance_phrase(  # noqa: PLR0913 - every word of the phrase is a choice with a default
    percent: Percent,
    *,
    reference: str = "kịch bản",
    form: VarianceForm = "before",
    places: int = 1,
    trim: bool = False,
    words: tuple[str, str, str] = ("vượt", "thấp hơn", "bằng"),
    connector: Connector = "so với",
    qualifier: str | None = None,
) -> str:
    """A variance against a reference: *vượt kịch bản 2,5%*, *vượt 0,8% so với kịch bản*.

    Args:
        percent: A `variance` (signed: positive above the reference).
        reference: The reference's words; *kịch bản* by default.
        form: ``"before"`` puts the reference before the number, ``"compared"``
            after it with the connector, ``"after"`` after it without.
        places: The decimals shown; a variance that rounds to zero is *bằng kịch bản*.
        trim: Drop trailing zeros after rounding.
        words: The words for above, below and equal.
        connector: The connector of the ``"compared"`` form: ``"so với"`` (the default),
            ``"so"``, or none (``None``, the same as ``form="after"``). The other forms
            have no place for one: ``"so"`` with them is an `OptionError`.
        qualifier: For a variance stated approximately, the word before the number
            (*vượt hơn 2,5%*); one that rounds to zero has no phrase (`OptionError`).

    >>> variance_phrase(variance(12250, 11950))
    'vượt kịch bản 2,5%'
    >>> variance_phrase(variance(50520, 50120), form="compared")
    'vượt 0,8% so với kịch bản'
    >>> variance_phrase(variance(50520, 50120), form="compared", connector="so")
    'vượt 0,8% so kịch bản'
    >>> variance_phrase(variance(3348, 1946), reference="kế hoạch kịch bản", form="after", places=2)
    'vượt 72,05% kế hoạch kịch bản'
    >>> variance_phrase(variance(9750, 10000), places=0)
    'thấp hơn kịch bản 3%'
    >>> variance_phrase(variance(651909, 651910))
    'bằng kịch bản'
    """
    checked(percent, Percent, "variance_phrase")
    if form not in _FORMS:
        raise OptionError(
            f"variance_phrase: form={form!r} is not a form; pass 'before' (vượt kịch bản "
            "2,5%), 'compared' (vượt 2,5% so với kịch bản) or 'after' (vượt 2,5% kịch bản)",
            option="form",
            value=form,
        )
    between = check_connector(connector, "variance_phrase")
    if form != "compared":
        if between not in ("", "so với"):  # "so với" is the default, meant for "compared"
            raise OptionError(
                f"variance_phrase: connector={connector!r} is written by form='compared' "
                f"only; form={form!r} has no connector: pass form='compared'",
                option="connector",
                value=connector,
            )
        between = ""
    check_reference(reference, "variance_phrase", between)
    sign, number, said = signed_number(percent, places, trim=trim, qualifier=qualifier)
    chosen = check_words(words, "variance_phrase")
    return signed_phrase(
        sign, number, reference, chosen, form=form, connector=between, qualifier=said
    )


def growth_phrase(  # noqa: PLR0913 - every word of the phrase is a choice with a default
    percent: Percent,
    *,
    reference: str = "cùng kỳ",
    places: int = 2,
    trim: bool = False,
    words: tuple[str, str, str] = ("tăng", "giảm", "bằng"),
    connector: Connector = "so với",
    qualifier: str | None = None,
) -> str:
    """Growth over the same period of last year: *tăng 4,06% so với cùng kỳ*.

    Args:
        percent: A `growth` (signed).
        reference: The reference's words; *cùng kỳ* by default (*cùng kỳ năm 2025*).
        places: The decimals shown; a growth that rounds to zero is *bằng cùng kỳ*.
        trim: Drop trailing zeros after rounding (*giảm 4%*).
        words: The words for a rise, a fall and no change.
        connector: Between the number and the reference: ``"so với"`` (the default),
            ``"so"`` or none (``None``).
        qualifier: For a growth stated approximately, the word before the number
            (*tăng hơn 5,0%*); one that rounds to zero has no phrase (`OptionError`).

    >>> growth_phrase(growth(104060, 100000))
    'tăng 4,06% so với cùng kỳ'
    >>> growth_phrase(growth(96, 100), trim=True)
    'giảm 4% so với cùng kỳ'
    >>> growth_phrase(growth(1035, 1000), places=1, connector="so")
    'tăng 3,5% so cùng kỳ'
    >>> growth_phrase(growth(100001, 100000))
    'bằng cùng kỳ'
    """
    checked(percent, Percent, "growth_phrase")
    between = check_connector(connector, "growth_phrase")
    check_reference(reference, "growth_phrase", between)
    sign, number, said = signed_number(percent, places, trim=trim, qualifier=qualifier)
    chosen = check_words(words, "growth_phrase")
    return signed_phrase(
        sign, number, reference, chosen, form="compared", connector=between, qualifier=said
    )


def points_phrase(  # noqa: PLR0913 - every word of the phrase is a choice with a default
    points: Points,
    *,
    reference: str = "kịch bản",
    places: int = 2,
    trim: bool = False,
    words: tuple[str, str, str] = ("cao hơn", "thấp hơn", "bằng"),
    connector: Connector = "so với",
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
        connector: Between the number and the reference: ``"so với"`` (the default),
            ``"so"`` or none (``None``).

    >>> points_phrase(point_change(Percent("9.46"), Percent("8.80")))
    'cao hơn 0,66 điểm % so với kịch bản'
    >>> points_phrase(Points("-1.5"), reference="cùng kỳ", places=1)
    'thấp hơn 1,5 điểm % so với cùng kỳ'
    """
    checked(points, Points, "points_phrase")
    between = check_connector(connector, "points_phrase")
    sign, number = magnitude(points, places, trim=trim)
    chosen = check_words(words, "points_phrase")
    return signed_phrase(sign, number, reference, chosen, form="compared", connector=between)
