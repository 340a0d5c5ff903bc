"""Doctest namespace for docstrings and the Markdown docs: what a user has imported."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib.util
import inspect
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import baocao_kt

_PRIVATE = "baocao_kt._"
_from_module = doctest.DocTestFinder._from_module  # noqa: SLF001 - wrapped below, see there


def _defining_module(value: object) -> str | None:
    """The private module that defines a public class or function.

    baocao_kt/__init__.py makes every public name report ``baocao_kt`` as its module;
    the functions in a class keep their own, as do the functions attrs writes for it.
    """
    if inspect.isfunction(value):
        return value.__globals__["__name__"]  # type: ignore[no-any-return]
    if inspect.isclass(value):
        for member in vars(value).values():
            function = getattr(member, "__func__", member)  # a classmethod's function
            if inspect.isfunction(function) and function.__module__.startswith(_PRIVATE):
                return function.__module__
    return None


def _from_defining_module(
    finder: doctest.DocTestFinder, module: ModuleType | None, value: object
) -> bool:
    # doctest finds a class's examples, and its methods', where its __module__ says; a
    # public name's examples are collected, once, in the module that defines them.
    if module is not None and getattr(value, "__module__", None) == baocao_kt.__name__:
        defined = _defining_module(value)
        if defined is not None and defined.startswith(_PRIVATE):
            return bool(module.__name__ == defined)
    return bool(_from_module(finder, module, value))  # type: ignore[arg-type]


doctest.DocTestFinder._from_module = _from_defining_module  # type: ignore[method-assign]  # noqa: SLF001 - doctest has no hook for this

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
