"""The percentages of an approximate figure: which word is true, and how to round it.

A figure stated *hơn 2.100* is above 2.100, so its ratio to a positive plan is above the
ratio of 2.100: *bằng hơn X%* is true when X is that ratio rounded **down**, never up
(*hơn 26,3%* of a value proved only above 26,25 % would claim too much). Likewise *dưới*
rounds up. *gần*, *khoảng* and *xấp xỉ* say "about": rounded half-up as any figure.

A change is signed, and a bound on the figure bounds the change on one side only:

- *hơn*, *trên* (above): a rise stays a rise, above the stated one (*tăng hơn 7,6%*); of a
  fall nothing is known, not even that it is one: refused;
- *dưới* (below): a fall stays a fall, larger than the stated one (*giảm hơn 2,5%*); of a
  rise nothing is known: refused;
- *gần* (nearly, from below): a rise is nearly the stated one (*tăng gần 5%*); a fall is
  refused;
- *khoảng*, *xấp xỉ* (about): either way.

A phrase whose number would be zero is refused: *tăng hơn 0,0%* says nothing.
"""

from __future__ import annotations

from decimal import Decimal
from math import ceil, floor

from baocao_kt._units._qualifier import check_qualifier
from baocao_kt._values._rates import Percent, Points
from baocao_kt.errors import OptionError

__all__ = ["approximate_change", "approximate_ratio"]

_ABOVE = frozenset({"hơn", "trên"})
_BELOW = frozenset({"dưới"})
_NEARLY = frozenset({"gần"})


def approximate_ratio(percent: Percent, places: int, *, trim: bool, qualifier: str) -> str:
    """The text of a ratio of an approximate figure to a positive reference: *105%*.

    >>> approximate_ratio(Percent("26.25"), 1, trim=False, qualifier="hơn")
    '26,2%'
    >>> approximate_ratio(Percent("26.25"), 1, trim=False, qualifier="dưới")
    '26,3%'
    """
    word = _word(qualifier)
    direction = "down" if word in _ABOVE else "up" if word in _BELOW else "half"
    return _text(percent, places, trim=trim, direction=direction, word=word)


def approximate_change(
    change: Percent | Points, places: int, *, trim: bool, qualifier: str
) -> tuple[int, str, str]:
    """The sign, the word and the text of a change from a reference to an approximate figure.

    Raises:
        OptionError: The word says nothing true of this change (see the module).

    >>> approximate_change(Percent("7.69"), 1, trim=False, qualifier="hơn")
    (1, 'hơn', '7,6%')
    >>> approximate_change(Percent("-2.56"), 1, trim=False, qualifier="dưới")
    (-1, 'hơn', '2,5%')
    """
    word = _word(qualifier)
    exact = change.exact
    sign = (exact > 0) - (exact < 0)
    if word in _ABOVE and sign > 0:
        said, direction = word, "down"
    elif word in _BELOW and sign < 0:
        said, direction = "hơn", "down"  # below a fall's figure: a larger fall
    elif (word in _NEARLY and sign > 0) or (word not in _ABOVE | _BELOW | _NEARLY and sign):
        said, direction = word, "half"
    else:
        raise OptionError(
            f"a change of {change.format(places)} from a figure stated as {word!r} has no "
            "true phrase: the word bounds the figure, not the change in this direction; "
            "state the exact figure",
            option="qualifier",
            value=qualifier,
        )
    return sign, said, _text(change, places, trim=trim, direction=direction, word=word)


def _word(qualifier: str) -> str:
    """``qualifier`` checked: one of the words of approximate figures."""
    word = check_qualifier(qualifier)
    if word is None:  # None is "exact", which no caller of this module passes
        raise OptionError("qualifier=None: an exact figure", option="qualifier", value=None)
    return word


def _text(value: Percent | Points, places: int, *, trim: bool, direction: str, word: str) -> str:
    """The size of ``value`` rounded down, up or half-up, with its unit; never zero."""
    size = abs(value)
    if direction == "half":  # the library's own rounding and text
        whole = int(size.rounded(places).scaleb(places))
        number = size.format(places, trim=trim)
    else:
        scaled = size.exact * 10**places
        whole = floor(scaled) if direction == "down" else ceil(scaled)
        # The value rounded this way is exact at ``places``: the type writes it as usual.
        number = type(value)(Decimal(whole).scaleb(-places)).format(places, trim=trim)
    if not whole:
        raise OptionError(
            f"{value.format(places)} stated as {word!r} rounds to zero at {places} decimals: "
            "an approximate zero has no phrase; show more decimals, or the exact figure",
            option="qualifier",
            value=word,
        )
    return number
