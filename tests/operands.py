"""A value of the library mixed with a plain number, every way Python lets a script do it.

Shared by the tests of `Percent`/`Points` and of `Quantity`: each of these operations is a
`ValueKindError`, never a number and never Python's bare `TypeError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from baocao_kt import ValueKindError


def mixed_operations(value: object, number: object) -> list[Callable[[], object]]:
    """Adding, subtracting, dividing, ordering and equating ``value`` with ``number``."""
    return [
        lambda: value + number,
        lambda: number + value,
        lambda: value - number,
        lambda: number - value,
        lambda: number / value,
        lambda: value < number,
        lambda: value <= number,
        lambda: number < value,
        lambda: value > number,
        lambda: number > value,
        lambda: value >= number,
        lambda: value == number,
        lambda: number == value,
        lambda: value != number,
    ]


def refusals(value: object, number: object) -> Iterator[ValueKindError]:
    """The error of each mixed operation; fails the test if one does not raise it."""
    for operation in mixed_operations(value, number):
        try:
            operation()
        except ValueKindError as error:
            yield error
        else:
            raise AssertionError(f"mixing {value!r} with {number!r} gave no error")
