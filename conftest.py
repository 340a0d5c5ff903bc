"""Doctest namespace for docstrings and the Markdown docs: what a user has imported."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

import baocao_kt

# Sphinx's configuration is not a module of the library; its examples live in the pages.
collect_ignore = ["docs/conf.py"]


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict[str, Any]) -> None:
    doctest_namespace.update(
        {name: getattr(baocao_kt, name) for name in baocao_kt.__all__},
        Decimal=Decimal,
        Fraction=Fraction,
        date=dt.date,
        datetime=dt,
    )
