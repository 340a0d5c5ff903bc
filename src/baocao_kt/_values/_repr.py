"""Short reprs of option-heavy attrs classes: the call that makes the value, defaults left out."""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["short_repr"]

# attrs.Factory is typed as a function; its instances' class is what a default holds.
_FACTORY: type[Any] = type(attrs.Factory(list))


def short_repr(value: Any) -> str:  # noqa: ANN401 - any attrs instance
    """``Class(field=value, …)`` with only the fields whose value is not their default.

    The fields are given by keyword (their ``__init__`` names), so the text is the call
    that makes an equal value.

    >>> @attrs.frozen
    ... class Options:
    ...     verb: str = "bằng"
    ...     places: int = 1
    >>> short_repr(Options(places=2))
    'Options(places=2)'
    """
    shown = []
    for field in attrs.fields(type(value)):
        if not field.init or not field.repr:
            continue
        current = getattr(value, field.name)
        default: Any = field.default
        if isinstance(default, _FACTORY):
            default = attrs.NOTHING if default.takes_self else default.factory()
        if default is not attrs.NOTHING and current == default:
            continue
        shown.append(f"{field.alias or field.name}={current!r}")
    return f"{type(value).__name__}({', '.join(shown)})"
