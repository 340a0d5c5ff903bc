"""Doctest namespace for docstrings and the Markdown docs: what a user has imported."""

from __future__ import annotations

import datetime as dt
import importlib.util
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

import baocao_kt

# Sphinx's configuration is not a module of the library; its examples live in the pages.
collect_ignore = ["docs/conf.py"]

# The examples of an optional extra need it: without Jinja2 (`.[test]` installs it), the
# templates page and the filters' docstrings are left out, as tests/test_jinja.py is skipped.
if importlib.util.find_spec("jinja2") is None:
    collect_ignore += ["docs/templates.md", "src/baocao_kt/_edges/_jinja.py"]


@pytest.fixture(autouse=True)
def _doctest_names(doctest_namespace: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    # Examples open the shipped data as a user in a checkout would: "examples/…".
    monkeypatch.chdir(Path(__file__).parent)
    doctest_namespace.update(
        {name: getattr(baocao_kt, name) for name in baocao_kt.__all__},
        Decimal=Decimal,
        Fraction=Fraction,
        date=dt.date,
        datetime=dt,
    )
