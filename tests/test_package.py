"""The package as a whole: public names, layering, lightness, typing marker."""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import pickle
import re
import subprocess
import sys
import tomllib
import typing
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import FunctionType

import attrs
import pytest

import baocao_kt
from baocao_kt import errors

ROOT = Path(__file__).parent.parent

PACKAGE = Path(baocao_kt.__file__).parent

# DESIGN.md's layers, by the private subpackage that holds each. A module may import
# its own layer and the layers above it (lower numbers), never a layer below it.
LAYERS = {
    "errors": 0,
    "_values": 1,
    "_text": 2,
    "_units": 3,
    "_periods": 4,
    "_model": 5,
    "_calculators": 6,
    "_report": 7,
    "_audit": 8,
    "_edges": 9,
    "frames": 9,  # the public module of the tables: an edge
}

DESIGN_NAMES_SO_FAR = {
    "format_number", "parse_number", "format_percent", "parse_percent", "format_date",
    "parse_date", "date_line", "number_to_words", "words_to_number", "money_to_words",
    "to_roman", "from_roman", "Percent", "Points", "BaoCaoError", "ParseError",
    "UnitMismatchError", "ZeroBaseError", "PeriodError",
    "Quantity", "parse_quantity",
    "Month", "Quarter", "Half", "Year", "YearToDate", "DateRange", "parse_period",
    "reporting_window",
    "attainment", "variance", "growth", "share", "point_change",
    "Indicator", "Plan", "Scenario", "Figure", "Series",
}  # fmt: skip


def _layer_of(module: str) -> int | None:
    parts = module.split(".")
    if parts[0] != "baocao_kt" or len(parts) < 2:
        return None
    return LAYERS.get(parts[1])


def _imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, node.lineno))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno) for alias in node.names)
    return found


def test_all_is_sorted_and_every_name_exists():
    assert baocao_kt.__all__ == sorted(baocao_kt.__all__)
    for name in baocao_kt.__all__:
        assert getattr(baocao_kt, name) is not None


def test_the_design_contract_names_of_this_layer_are_public():
    assert set(baocao_kt.__all__) >= DESIGN_NAMES_SO_FAR


def test_every_subpackage_belongs_to_a_layer():
    subpackages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name.startswith("_")}
    assert subpackages - {"__pycache__"} <= set(LAYERS)


@pytest.mark.parametrize(
    "path",
    [*sorted(PACKAGE.glob("_*/*.py")), PACKAGE / "errors.py", PACKAGE / "frames.py"],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_layers_import_downward_only(path):
    own = LAYERS[path.parent.name if path.parent != PACKAGE else path.stem]
    for module, line in _imports(path):
        target = _layer_of(module)
        assert target is None or target <= own, (
            f"{path.relative_to(PACKAGE)}:{line} imports {module} from a lower layer"
        )


def test_errors_are_also_the_builtins_they_are():
    assert issubclass(errors.ParseError, ValueError)
    assert issubclass(errors.OptionError, ValueError)
    assert issubclass(errors.NonFiniteError, ValueError)
    assert issubclass(errors.PeriodError, ValueError)
    assert issubclass(errors.ValueKindError, TypeError)
    assert issubclass(errors.UnitMismatchError, TypeError)
    assert issubclass(errors.ZeroBaseError, ZeroDivisionError)
    assert issubclass(errors.MissingFigureError, LookupError)
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.BaoCaoError)


def test_import_is_light():
    code = (
        "import sys, baocao_kt;"
        "heavy = {'pint', 'numpy', 'pandas', 'polars', 'jinja2', 'matplotlib', 'narwhals',"
        " 'pyarrow', 'duckdb', 'dask', 'openpyxl', 'python_calamine', 'docx', 'docxtpl'};"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_package_is_marked_typed():
    assert (PACKAGE / "py.typed").is_file()


def _example_item() -> baocao_kt.SectionItem:
    report = baocao_kt.load_report(ROOT / "examples" / "phu_lien_2026_04.toml")
    return report.sections[0].items[0]


def _example_reading() -> baocao_kt.WorkbookReading:
    return baocao_kt.read_workbook(ROOT / "examples" / "phu_lien_2026_04.xlsx")


# One instance of every public value class, made as a user makes it.
SAMPLES: dict[str, Callable[[], object]] = {
    "Audit": lambda: baocao_kt.audit_text("103.700/351.147 triệu đồng, bằng 29,04% dự toán"),
    "DateRange": lambda: baocao_kt.DateRange(dt.date(2026, 3, 8), dt.date(2026, 4, 8)),
    "Figure": lambda: baocao_kt.Figure(baocao_kt.Month(2026, 4), 12250, "estimate"),
    "Finding": lambda: baocao_kt.audit_text("131 triệu/6.350 triệu đồng, đạt 02%").findings[0],
    "Half": lambda: baocao_kt.Half(2026, 1),
    "Indicator": lambda: _example_item().indicator,
    "Month": lambda: baocao_kt.Month(2026, 4),
    "NotAvailable": lambda: baocao_kt.attainment(94, 0, na=True),
    "Percent": lambda: baocao_kt.attainment(Decimal(1), Decimal(3)),  # its division waits
    "Plan": lambda: _example_item().plan,
    "Points": lambda: baocao_kt.Points("0.66"),
    "Quantity": lambda: baocao_kt.Quantity(5, "ha"),
    "Quarter": lambda: baocao_kt.Quarter(2026, 2),
    "Report": lambda: baocao_kt.load_report(ROOT / "examples" / "phu_lien_2026_04.toml"),
    "Scenario": lambda: _example_item().scenario,
    "ScenarioGap": lambda: baocao_kt.ScenarioGap(_example_item().plan, Decimal(1), Decimal(-2)),
    "Section": lambda: baocao_kt.load_report(ROOT / "examples" / "phu_lien_2026_04.toml").sections[
        0
    ],
    "SectionItem": _example_item,
    "Series": lambda: _example_item().series,
    "Unit": lambda: baocao_kt.Quantity(5, "ha").unit,
    "UnitCatalog": baocao_kt.UnitCatalog.default,
    "Verdict": lambda: baocao_kt.compare(12250, 11951),
    "Wording": lambda: _example_item().wording,
    "WorkbookColumn": lambda: _example_reading().layout.columns[0],
    "WorkbookLayout": lambda: _example_reading().layout,
    "WorkbookReading": _example_reading,
    "CoercedCell": lambda: _example_reading().coerced[0],
    "StatedPercent": lambda: _example_reading().stated[0],
    "Year": lambda: baocao_kt.Year(2026),
    "YearToDate": lambda: baocao_kt.YearToDate(2026, 4),
}


def _public_classes() -> list[str]:
    return [
        name
        for name in baocao_kt.__all__
        if isinstance(getattr(baocao_kt, name), type)
        and not issubclass(getattr(baocao_kt, name), BaseException)
    ]


def _attributes(kind: type) -> set[str]:
    """Every slot along the MRO and every attrs field: the state of an instance."""
    names = {
        slot
        for klass in kind.__mro__
        for slot in (
            [klass.__dict__["__slots__"]]
            if isinstance(klass.__dict__.get("__slots__"), str)
            else klass.__dict__.get("__slots__", ())
        )
    }
    if attrs.has(kind):
        names |= {field.name for field in attrs.fields(kind)}
    return names - {"__weakref__", "__dict__"}


def test_every_public_value_class_has_a_sample():
    assert set(_public_classes()) == set(SAMPLES)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_no_attribute_of_a_public_value_can_be_set_or_deleted(name):
    value = SAMPLES[name]()
    kind = type(value)
    assert kind is getattr(baocao_kt, name)
    attributes = _attributes(kind)
    assert attributes, f"{name} has no state to protect"
    before = {attribute: getattr(value, attribute) for attribute in attributes}
    for attribute in [*sorted(attributes), "new_attribute"]:
        replacement = before.get(attribute, 1)
        with pytest.raises(AttributeError):
            setattr(value, attribute, replacement)
        with pytest.raises(AttributeError):
            delattr(value, attribute)
    assert not hasattr(value, "__dict__") or not vars(value)
    assert {attribute: getattr(value, attribute) for attribute in attributes} == before


def test_a_value_is_not_changed_by_being_used():
    percent = SAMPLES["Percent"]()
    slots = sorted(_attributes(type(percent)))
    before = [getattr(percent, slot) for slot in slots]
    assert (str(percent), percent.format(2)) == ("33,3%", "33,33%")
    assert percent == baocao_kt.Percent.from_quotient(1, 3)
    assert all(getattr(percent, slot) is state for slot, state in zip(slots, before, strict=True))


def _classes_and_functions() -> list[str]:
    return [
        name
        for name in baocao_kt.__all__
        if isinstance(getattr(baocao_kt, name), (type, FunctionType))
        and not (
            isinstance(getattr(baocao_kt, name), type)
            and issubclass(getattr(baocao_kt, name), BaseException)
        )
    ]


@pytest.mark.parametrize("name", _classes_and_functions())
def test_public_classes_and_functions_report_the_package_as_their_module(name):
    value = getattr(baocao_kt, name)
    assert value.__module__ == "baocao_kt"
    assert value.__qualname__ == name
    if isinstance(value, type):
        assert repr(value) == f"<class 'baocao_kt.{name}'>"


def test_errors_stay_in_their_public_module():
    for name in errors.__all__:
        assert getattr(baocao_kt, name).__module__ == "baocao_kt.errors"


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_values_pickle_by_their_public_names_and_round_trip(name):
    value = SAMPLES[name]()
    data = pickle.dumps(value)
    assert pickle.loads(data) == value  # noqa: S301 - our own data
    assert b"baocao_kt._" not in data


def test_a_month_pickles_without_its_private_module():
    data = pickle.dumps(baocao_kt.Month(2026, 4))
    assert b"_periods" not in data
    assert pickle.loads(data) == baocao_kt.Month(2026, 4)  # noqa: S301 - our own data


def _pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)


def test_the_version_is_the_projects():
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    assert baocao_kt.__version__ == project["version"]
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = baocao_kt.no_such_name  # type: ignore[attr-defined]


def test_asking_for_the_version_is_what_imports_importlib_metadata():
    code = (
        "import sys, baocao_kt; before = 'importlib.metadata' in sys.modules;"
        "baocao_kt.__version__; print(before, 'importlib.metadata' in sys.modules)"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True"]


# The import name of a distribution, where it differs from its name.
IMPORT_NAMES = {"attrs": "attrs", "babel": "babel", "pint": "pint"}


def test_every_runtime_dependency_is_imported_by_the_library():
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    imported = {
        module.split(".")[0] for path in PACKAGE.rglob("*.py") for module, _ in _imports(path)
    }
    for requirement in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group().lower()  # type: ignore[union-attr]
        assert IMPORT_NAMES.get(name, name.replace("-", "_")) in imported, (
            f"{requirement} is a runtime dependency that nothing in src/ imports; move it "
            "to the extra that needs it"
        )


@pytest.mark.parametrize(
    "name",
    [
        name
        for name in baocao_kt.__all__
        if inspect.isclass(getattr(baocao_kt, name)) or inspect.isfunction(getattr(baocao_kt, name))
    ],
)
def test_type_hints_resolve_under_the_public_module(name):
    # Classes report `baocao_kt` as their module, where typing, attrs and cattrs then
    # evaluate their annotations: each must still resolve (the data-file reader needs it).
    hints = typing.get_type_hints(getattr(baocao_kt, name))
    assert all(not isinstance(hint, str) for hint in hints.values())
