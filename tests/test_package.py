"""The package as a whole: public names, layering, lightness, typing marker."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import baocao_kt
from baocao_kt import errors

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
    "_edges": 8,
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
    [*sorted(PACKAGE.glob("_*/*.py")), PACKAGE / "errors.py"],
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
        "heavy = {'pint', 'numpy', 'pandas', 'polars', 'jinja2', 'matplotlib'};"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_package_is_marked_typed():
    assert (PACKAGE / "py.typed").is_file()
