"""Jinja2 filters: the library's Vietnamese text in templates (docxtpl, HTML, e-mail).

``{{ figure.value | number }}`` writes ``12.250``, ``{{ attainment(a, b) | percent(2) }}``
writes ``29,53%``. Each filter is a function of the library under a short name that says what
it writes, and takes the same arguments after the value. No name is one of Jinja2's built-in
filters (Jinja2 has ``round`` and ``format``, but no ``number``, ``percent`` or ``date``), and a
``prefix`` puts them beside filters of the same names that an environment already has.

A filter never writes a missing value as empty text: ``None``, an undefined template
variable, a NaN and ``pandas.NA`` are refused with `MissingValueError`, and bad input
raises the error the library function raises. Building the filters needs no Jinja2;
`register_filters` is given an environment, so Jinja2 is there when it runs.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from baocao_kt._calculators._ratios import NotAvailable
from baocao_kt._periods._base import LabelStyle
from baocao_kt._periods._parse import parse_period
from baocao_kt._periods._ranges import Period
from baocao_kt._report._change import change_phrase
from baocao_kt._report._phrases import (
    attainment_phrase,
    growth_phrase,
    points_phrase,
    variance_phrase,
)
from baocao_kt._text._dates import format_date
from baocao_kt._text._numbers import format_number
from baocao_kt._text._percents import format_percent, format_points
from baocao_kt._text._roman import to_roman
from baocao_kt._text._words import money_to_words, number_to_words
from baocao_kt._units._parse import format_quantity
from baocao_kt._values._convert import Exact
from baocao_kt._values._rates import Percent
from baocao_kt.errors import MissingValueError, OptionError, ValueKindError

if TYPE_CHECKING:
    import jinja2

__all__ = ["jinja_filters", "register_filters"]

#: A filter: the value first, then the arguments the template gives.
Filter = Callable[..., str]

_Environment = TypeVar("_Environment", bound="jinja2.Environment")


def _percent(value: Percent | NotAvailable | Exact, places: int = 1, *, trim: bool = False) -> str:
    """`format_percent`, and ``n.a.`` for a ratio with no meaning (`NotAvailable`)."""
    if isinstance(value, NotAvailable):
        return str(value)
    return format_percent(value, places, trim=trim)


def _period(value: Period | str, style: LabelStyle = "full") -> str:
    """A period's label; a period's name as text is read with `parse_period` first."""
    period = parse_period(value) if isinstance(value, str) else value
    label = getattr(period, "label", None)
    if not callable(label):
        raise ValueKindError(
            f"period filter: {value!r} is not a period; pass a Month, Quarter, Half, Year, "
            "YearToDate, DateRange or a period's name ('tháng 4/2026')",
            value=value,
        )
    text: str = label(style)
    return text


def _missing(name: str, value: object) -> str | None:
    """Why ``value`` is no value at all (None, an undefined variable), or None if it is one."""
    if value is None:
        return f"the value is None ({name} filter)"
    jinja2 = sys.modules.get("jinja2")  # an Undefined exists only once Jinja2 is imported
    if jinja2 is not None and isinstance(value, jinja2.Undefined):
        # Undefined's message names the variable: "'spending' is undefined".
        message = getattr(value, "_undefined_message", "a template variable is undefined")
        return f"{message} ({name} filter)"
    return None


def _guarded(name: str, function: Callable[..., str]) -> Filter:
    """``function`` as the filter ``name``: a missing value is an error, not empty text."""

    @functools.wraps(function)
    def run(value: object, *args: Any, **kwargs: Any) -> str:  # noqa: ANN401 - as the function takes it
        reason = _missing(name, value)
        if reason is not None:
            raise MissingValueError(
                f"{reason}: a template never writes a missing figure as empty text; put the "
                "value in the template's context, or write the cell's text ('n.a.', '-') "
                "in the template itself",
                value=value,
            )
        return function(value, *args, **kwargs)

    return run


# Built once, so that the filters registered on two environments are the same functions
# (registering twice is then no collision). A tuple: nothing can add to it.
_FILTERS: tuple[tuple[str, Filter], ...] = tuple(
    (name, _guarded(name, function))
    for name, function in (
        ("number", format_number),
        ("percent", _percent),
        ("points", format_points),
        ("quantity", format_quantity),
        ("date", format_date),
        ("period", _period),
        ("roman", to_roman),
        ("words", number_to_words),
        ("money_words", money_to_words),
        ("attainment_phrase", attainment_phrase),
        ("variance_phrase", variance_phrase),
        ("growth_phrase", growth_phrase),
        ("change_phrase", change_phrase),
        ("points_phrase", points_phrase),
    )
)


def jinja_filters(*, prefix: str = "") -> dict[str, Filter]:
    """The template filters, by name; a new dict each call (Jinja2 is not needed for it).

    Each filter takes the value, then the arguments of the function it calls:

    ========================  =====================================================
    ``number``                `format_number` (``places``, ``trim``, ``pad``)
    ``percent``               `format_percent` (``places``, default 1; ``trim``);
                              a plain number is a ratio; `NotAvailable` is ``n.a.``
    ``points``                `format_points` (``places``, default 2; ``trim``)
    ``quantity``              `format_quantity` (``places``, ``unit``, ...)
    ``date``                  `format_date` (``style``: ``"numeric"`` or ``"long"``)
    ``period``                a period's label (``style``: ``"full"`` or ``"short"``);
                              text is read with `parse_period` first
    ``roman``                 `to_roman`
    ``words``                 `number_to_words` (``zero_tens``, ``thousand``, ``four``)
    ``money_words``           `money_to_words` (``unit``, ...)
    ``attainment_phrase``     `attainment_phrase` (``reference``, ``verb``, ``places``)
    ``variance_phrase``       `variance_phrase` (``reference``, ``form``, ``places``)
    ``growth_phrase``         `growth_phrase` (``reference``, ``places``)
    ``points_phrase``         `points_phrase` (``reference``, ``places``)
    ``change_phrase``         `change_phrase` (``reference``, ``words``, ``places``)
    ========================  =====================================================

    Args:
        prefix: Put before every name (``"vn_"`` makes ``vn_number``), for an environment
            that has filters of these names already.

    Raises:
        OptionError: ``prefix`` would not make names a template can use.

    >>> filters = jinja_filters()
    >>> filters["number"](12250), filters["percent"](attainment(103700, 351147), 2)
    ('12.250', '29,53%')
    >>> sorted(jinja_filters(prefix="vn_"))[:3]
    ['vn_attainment_phrase', 'vn_change_phrase', 'vn_date']
    """
    if not isinstance(prefix, str) or not (prefix + "x").isidentifier():
        raise OptionError(
            f"jinja_filters: prefix={prefix!r} would not make filter names a template can "
            "use; pass letters, digits and underscores, such as 'vn_'",
            option="prefix",
            value=prefix,
        )
    return {prefix + name: function for name, function in _FILTERS}


def register_filters(
    environment: _Environment, *, prefix: str = "", replace: bool = False
) -> _Environment:
    """Add the template filters of `jinja_filters` to a Jinja2 environment; return it.

    Only the filters' names are added: the environment's other filters (Jinja2's built-ins
    among them) are kept as they are.

    Args:
        environment: A ``jinja2.Environment`` (or a subclass, such as docxtpl's or a
            sandboxed one).
        prefix: As in `jinja_filters`.
        replace: Replace filters of the same names that the environment has already;
            without it, such a name is an error (a template would silently change).

    Raises:
        OptionError: A filter of one of the names is there already and ``replace`` is
            not given, or ``prefix`` is not one `jinja_filters` takes.

    >>> import jinja2
    >>> environment = register_filters(jinja2.Environment())
    >>> environment.from_string("{{ 12250 | number }} triệu đồng").render()
    '12.250 triệu đồng'
    """
    filters = jinja_filters(prefix=prefix)
    if not replace:
        for name, function in filters.items():
            existing = environment.filters.get(name)
            if existing is not None and existing is not function:
                raise OptionError(
                    f"register_filters: the environment has a filter {name!r} of its own; "
                    "pass prefix='vn_' to add ours beside it, or replace=True to replace it",
                    option="prefix",
                    value=prefix,
                )
    environment.filters.update(filters)
    return environment
