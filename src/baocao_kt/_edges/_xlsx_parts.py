"""What the values of a workbook do not say, read from its XML: formulas and number formats.

python-calamine reads the values (fast), but it shows a formula without a saved result as
an empty cell, and it does not read number formats. Both matter: an empty cell is "no
figure", a formula without a result is a workbook that was never opened in Excel (openpyxl
writes such formulas); and ``0,372`` shown as ``37,2%`` is a percentage. This module reads
the sheet's XML part once, with the standard library's streaming parser, and keeps only
those two facts per cell.
"""

from __future__ import annotations

import posixpath
import re
from typing import IO, TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    import zipfile
    from xml.etree import ElementTree as ET

__all__ = ["SheetFacts", "format_places", "is_percent_format", "sheet_facts"]

# Number formats built into Excel, by id: those a figure or a percentage is shown with.
_BUILTIN_FORMATS = {1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%"}
_RELATIONSHIPS = "_rels/workbook.xml.rels"
_QUOTED = re.compile(r'"[^"]*"|\\.')
_DECIMALS = re.compile(r"\.([0#?]+)")
_CELL = re.compile(r"([A-Z]+)([0-9]+)")


def _local(tag: str) -> str:
    """A tag without its namespace: transitional and strict OOXML name them differently."""
    return tag.rpartition("}")[2]


@attrs.frozen
class SheetFacts:
    """A sheet's formulas without a saved result, its error cells, its number formats.

    Attributes:
        unsaved: Cell address (``"F12"``) → the formula, for each formula cell that has
            no cached value.
        formats: Cell address → number format code, for cells with a format other
            than General.
        errors: Cell address → the error value (``"#DIV/0!"``), for each error cell
            (python-calamine shows them as empty).
    """

    unsaved: dict[str, str]
    formats: dict[str, str]
    errors: dict[str, str] = attrs.field(factory=dict)


def sheet_facts(path: str, sheet: str) -> SheetFacts:
    """Read the formulas without results and the number formats of ``sheet`` in ``path``."""
    import zipfile  # noqa: PLC0415 - loaded with the first workbook, not with the package

    with zipfile.ZipFile(path) as archive:
        part = _sheet_part(archive, sheet)
        styles = _cell_formats(archive)
        facts = _quick_scan(archive.read(part), styles)
        if facts is not None:
            return facts
        with archive.open(part) as stream:  # cells without addresses: parse the XML
            return _scan(stream, styles)


# The cells of a sheet's XML, found without building its tree (a tenth of the time): a
# cell's attributes (r, s, t) hold no ">", and its content no "<" but its elements'.
_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_CELL_ELEMENT = re.compile(
    rb"<" + _PREFIX + rb"c(\s[^>]*?)?(?:/>|>(.*?)</" + _PREFIX + rb"c>)", re.DOTALL
)
_ADDRESS = re.compile(rb"""\sr\s*=\s*["']([A-Z]+[0-9]+)["']""")
_STYLE = re.compile(rb"""\ss\s*=\s*["']([0-9]+)["']""")
_ERROR_TYPE = re.compile(rb"""\st\s*=\s*["']e["']""")
_FORMULA = re.compile(rb"<" + _PREFIX + rb"f[\s/>]")
_VALUE = re.compile(rb"<" + _PREFIX + rb"v>([^<]+)<")
_TEXT = re.compile(rb">([^<]+)<")


def _quick_scan(data: bytes, styles: list[str]) -> SheetFacts | None:
    """The facts of a sheet's XML by its cells' tags; ``None`` if a cell has no address."""
    from html import unescape  # noqa: PLC0415 - see sheet_facts

    shown = {index for index, code in enumerate(styles) if code != "General"}
    if not shown and _FORMULA.search(data) is None and _ERROR_TYPE.search(data) is None:
        return SheetFacts({}, {}, {})  # nothing to find: no formats, formulas or errors
    unsaved: dict[str, str] = {}
    formats: dict[str, str] = {}
    errors: dict[str, str] = {}
    for cell in _CELL_ELEMENT.finditer(data):
        attributes, inner = cell[1] or b"", cell[2] or b""
        style = _STYLE.search(attributes) if shown else None
        styled = style is not None and int(style[1]) in shown
        error = _ERROR_TYPE.search(attributes) is not None
        formula = _FORMULA.search(inner) if inner else None
        if not (styled or error or formula):
            continue
        address = _ADDRESS.search(attributes)
        if address is None:
            return None
        reference = address[1].decode()
        if styled:
            formats[reference] = styles[int(style[1])]  # type: ignore[index] # styled: found
        if error:
            found = _VALUE.search(inner)
            errors[reference] = found[1].decode() if found else "#VALUE!"
        if formula and _VALUE.search(inner) is None:
            text = _TEXT.search(inner, formula.start())
            unsaved[reference] = unescape(text[1].decode()) if text else "(shared formula)"
    return SheetFacts(unsaved, formats, errors)


def _sheet_part(archive: zipfile.ZipFile, sheet: str) -> str:
    """The path in the archive of the sheet named ``sheet``."""
    from xml.etree import ElementTree as ET  # noqa: PLC0415 - its usual name; see sheet_facts

    workbook = "xl/workbook.xml"
    root = ET.fromstring(archive.read(workbook))  # noqa: S314 - the stdlib parser resolves no external entities
    ids = {}
    for element in root.iter():
        if _local(element.tag) == "sheet":
            rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
            ids[element.get("name")] = rid
    rels = ET.fromstring(archive.read(posixpath.join("xl", _RELATIONSHIPS)))  # noqa: S314 - as above
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    target = targets[ids[sheet]]
    return target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)


def _cell_formats(archive: zipfile.ZipFile) -> list[str]:
    """The number format code of each cell style (``s`` attribute), by index."""
    from xml.etree import ElementTree as ET  # noqa: PLC0415 - its usual name; see sheet_facts

    try:
        root = ET.fromstring(archive.read("xl/styles.xml"))  # noqa: S314 - as above
    except KeyError:  # a workbook without styles shows every number as General
        return []
    custom = {}
    formats: list[str] = []
    for element in root.iter():
        name = _local(element.tag)
        if name == "numFmt":
            custom[int(element.get("numFmtId", "0"))] = element.get("formatCode", "General")
        elif name == "cellXfs":
            for xf in element:
                number = int(xf.get("numFmtId", "0"))
                formats.append(custom.get(number, _BUILTIN_FORMATS.get(number, "General")))
    return formats


def _scan(stream: IO[bytes], styles: list[str]) -> SheetFacts:
    from xml.etree import ElementTree as ET  # noqa: PLC0415 - its usual name; see sheet_facts

    unsaved: dict[str, str] = {}
    formats: dict[str, str] = {}
    errors: dict[str, str] = {}
    row = 0
    column = 0
    for event, element in ET.iterparse(stream, events=("start", "end")):  # noqa: S314 - as above
        name = _local(element.tag)
        if event == "start":
            if name == "row":
                row = int(element.get("r") or row + 1)
                column = 0
            continue
        if name != "c":
            if name == "row":
                element.clear()
            continue
        reference = element.get("r")
        if reference is None:  # cells may leave out their address: the next one in the row
            column += 1
            reference = f"{_letters(column)}{row}"
        else:
            column = _column_number(reference)
        formula = _unsaved_formula(element)
        if formula is not None:
            unsaved[reference] = formula
        if element.get("t") == "e":
            errors[reference] = "".join(element.itertext()) or "#VALUE!"
        style = element.get("s")
        if style is not None and int(style) < len(styles) and styles[int(style)] != "General":
            formats[reference] = styles[int(style)]
        element.clear()
    return SheetFacts(unsaved, formats, errors)


def _unsaved_formula(cell: ET.Element) -> str | None:
    """The formula of a cell element that has one and no saved value, else ``None``."""
    formula = value = None
    for child in cell:
        name = _local(child.tag)
        if name == "f":
            formula = child
        elif name in ("v", "is"):
            value = child
    if formula is None or (value is not None and "".join(value.itertext())):
        return None
    return formula.text or "(shared formula)"


def _letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_number(reference: str) -> int:
    match = _CELL.fullmatch(reference)
    if match is None:  # pragma: no cover - a malformed address; count on from it
        return 0
    number = 0
    for letter in match[1]:
        number = number * 26 + ord(letter) - 64
    return number


def _first_section(code: str) -> str:
    """The format of positive numbers: the first ``;`` section, quoted text removed."""
    return _QUOTED.sub("", code).split(";", 1)[0]


def is_percent_format(code: str) -> bool:
    """Whether a number format shows its value × 100 with a ``%``.

    >>> is_percent_format("0.0%"), is_percent_format('0.0" %"'), is_percent_format("#,##0")
    (True, False, False)
    """
    return "%" in _first_section(code)


def format_places(code: str) -> int:
    """The decimals a number format shows.

    >>> format_places("#,##0.00"), format_places("0%"), format_places("General")
    (2, 0, 0)
    """
    match = _DECIMALS.search(_first_section(code))
    return 0 if match is None else len(match[1])
