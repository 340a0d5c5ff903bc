"""Cumulative windows over tables: lũy kế by month, and the same period last year."""

from __future__ import annotations

from typing import Any


def cumulate(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401, D103
    raise NotImplementedError


def same_period_last_year(*args: Any, **kwargs: Any) -> Any:  # noqa: ANN401, D103
    raise NotImplementedError
