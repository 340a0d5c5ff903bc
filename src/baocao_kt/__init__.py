"""baocao_kt: exact figures and Vietnamese text for socio-economic reports.

>>> from baocao_kt import format_number, Percent
>>> format_number(1883819164)
'1.883.819.164'
>>> str(Percent.from_quotient(103700, 351147))
'29,5%'
"""

import inspect
import sys
from types import FunctionType
from typing import TYPE_CHECKING

from baocao_kt._audit._findings import Audit, Finding
from baocao_kt._audit._text import audit_text
from baocao_kt._calculators._planning import remaining, required_monthly_average
from baocao_kt._calculators._ratios import (
    NotAvailable,
    Operand,
    attainment,
    growth,
    point_change,
    share,
    variance,
)
from baocao_kt._calculators._verdict import Verdict, compare
from baocao_kt._edges._charts import plot_attainment, plot_variance
from baocao_kt._edges._docx_audit import audit_docx
from baocao_kt._edges._jinja import jinja_filters, register_filters
from baocao_kt._edges._toml import load_report, loads_report
from baocao_kt._edges._xlsx_cells import CoercedCell
from baocao_kt._edges._xlsx_items import StatedPercent
from baocao_kt._edges._xlsx_layout import WorkbookColumn, WorkbookLayout
from baocao_kt._edges._xlsx_read import WorkbookReading, load_workbook, read_workbook
from baocao_kt._edges._xlsx_write import write_workbook
from baocao_kt._model._indicator import Indicator, Plan
from baocao_kt._model._scenario import Scenario, ScenarioGap
from baocao_kt._model._series import Figure, Series
from baocao_kt._periods._calendar import Half, Month, Quarter, Year, YearToDate
from baocao_kt._periods._parse import parse_period
from baocao_kt._periods._ranges import DateRange, Period
from baocao_kt._periods._windows import reporting_window
from baocao_kt._report._change import change_phrase
from baocao_kt._report._phrases import (
    Connector,
    VarianceForm,
    attainment_phrase,
    growth_phrase,
    points_phrase,
    variance_phrase,
)
from baocao_kt._report._section import Report, Section, SectionItem, render_section
from baocao_kt._report._sentence import render_indicator
from baocao_kt._report._wording import OverPlan, Wording
from baocao_kt._text._dates import date_line, format_date, parse_date
from baocao_kt._text._numbers import format_number, parse_number
from baocao_kt._text._percents import format_percent, format_points, parse_percent, parse_points
from baocao_kt._text._roman import from_roman, to_roman
from baocao_kt._text._words import money_to_words, number_to_words, words_to_number
from baocao_kt._units._catalog import UnitCatalog
from baocao_kt._units._parse import format_quantity, parse_quantity
from baocao_kt._units._quantity import Quantity
from baocao_kt._units._unit import Unit
from baocao_kt._values._convert import to_decimal
from baocao_kt._values._rates import Percent, Points
from baocao_kt.errors import (
    BaoCaoError,
    MagnitudeError,
    MissingFigureError,
    MissingValueError,
    NonFiniteError,
    OppositeSignError,
    OptionError,
    ParseError,
    PeriodError,
    ReportDataError,
    UnitMismatchError,
    UnknownUnitError,
    ValueKindError,
    ZeroBaseError,
)

__all__ = [
    "Audit",
    "BaoCaoError",
    "CoercedCell",
    "Connector",
    "DateRange",
    "Figure",
    "Finding",
    "Half",
    "Indicator",
    "MagnitudeError",
    "MissingFigureError",
    "MissingValueError",
    "Month",
    "NonFiniteError",
    "NotAvailable",
    "Operand",
    "OppositeSignError",
    "OptionError",
    "OverPlan",
    "ParseError",
    "Percent",
    "Period",
    "PeriodError",
    "Plan",
    "Points",
    "Quantity",
    "Quarter",
    "Report",
    "ReportDataError",
    "Scenario",
    "ScenarioGap",
    "Section",
    "SectionItem",
    "Series",
    "StatedPercent",
    "Unit",
    "UnitCatalog",
    "UnitMismatchError",
    "UnknownUnitError",
    "ValueKindError",
    "VarianceForm",
    "Verdict",
    "Wording",
    "WorkbookColumn",
    "WorkbookLayout",
    "WorkbookReading",
    "Year",
    "YearToDate",
    "ZeroBaseError",
    "attainment",
    "attainment_phrase",
    "audit_docx",
    "audit_text",
    "change_phrase",
    "compare",
    "date_line",
    "format_date",
    "format_number",
    "format_percent",
    "format_points",
    "format_quantity",
    "from_roman",
    "growth",
    "growth_phrase",
    "jinja_filters",
    "load_report",
    "load_workbook",
    "loads_report",
    "money_to_words",
    "number_to_words",
    "parse_date",
    "parse_number",
    "parse_percent",
    "parse_period",
    "parse_points",
    "parse_quantity",
    "plot_attainment",
    "plot_variance",
    "point_change",
    "points_phrase",
    "read_workbook",
    "register_filters",
    "remaining",
    "render_indicator",
    "render_section",
    "reporting_window",
    "required_monthly_average",
    "share",
    "to_decimal",
    "to_roman",
    "variance",
    "variance_phrase",
    "words_to_number",
    "write_workbook",
]


def _report_the_package_as_module() -> None:
    """Public classes and functions say they are ``baocao_kt``'s, not a private module's.

    Reprs, pickles, tracebacks and the docs then name the public path
    (``baocao_kt.Month``), which stays valid when the private modules are reorganised.
    """
    for name in __all__:
        value = globals()[name]
        if isinstance(value, (type, FunctionType)) and value.__module__.startswith(f"{__name__}._"):
            if isinstance(value, type):
                _resolve_annotations(value)
            value.__module__ = __name__


def _resolve_annotations(cls: type) -> None:
    """Evaluate a class's own string annotations where it is defined, before it moves.

    ``typing.get_type_hints`` (and attrs, cattrs, the data-file reader) evaluate a class's
    annotations in the module its ``__module__`` names; once that is ``baocao_kt``, the
    names the private module imported (``Decimal``, ``ClassVar``, its own aliases) would
    be missing there. A function keeps its own globals, so only classes need this.
    """
    # The defining module's names first; the package's public names for those the module
    # imports only for type checking (a circular import at run time).
    namespace = {**globals(), **vars(sys.modules[cls.__module__])}
    resolved = {}
    for field, hint in inspect.get_annotations(cls).items():
        resolved[field] = eval(hint, namespace, dict(vars(cls))) if isinstance(hint, str) else hint  # noqa: S307 - the library's own annotations
    cls.__annotations__ = resolved


_report_the_package_as_module()

if TYPE_CHECKING:
    #: The installed distribution's version, such as ``"0.1.0"``.
    __version__: str
else:

    def __getattr__(name: str) -> str:
        # The version is read on first use: importlib.metadata costs about as much to
        # import as the whole package, and most scripts never ask for the version.
        if name == "__version__":
            from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - lazy, see above

            try:
                return version(__name__)
            except PackageNotFoundError:  # running from a source tree, not installed
                return "0+unknown"
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
