"""Fill the Word template with a month's report: figures, table and sentences.

Run it from anywhere (it needs the ``docx`` extra: ``pip install 'baocao_kt[docx]'``)::

    python examples/render_docx.py                        # writes build/bao_cao_2026_04.docx
    python examples/render_docx.py out.docx --date 27/4/2026

It reads ``phu_lien_2026_04.toml`` (the report data of the Phù Liễn ward, April 2026) with
`load_report`, computes each indicator's row (the month's figure, the cumulative figure
and its attainment of the plan) and sentences, and renders ``report_template.docx`` through a
Jinja2 environment with the library's filters: the template says where each figure goes,
the library how it is written. The template itself is never written to.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from baocao_kt import (
    Figure,
    NotAvailable,
    Percent,
    Report,
    SectionItem,
    attainment,
    date_line,
    load_report,
    parse_date,
    register_filters,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from baocao_kt import Month

HERE = Path(__file__).parent
DATA = HERE / "phu_lien_2026_04.toml"
TEMPLATE = HERE / "report_template.docx"
BUILD = HERE.parent / "build"


def row(item: SectionItem, month: Month) -> dict[str, object]:
    """One line of the indicator table: the figures as values, for the filters to write."""
    cumulative: Figure = item.series.value(month.year_to_date())
    share: Percent | NotAvailable = (
        NotAvailable("the indicator has no plan")
        if item.plan is None
        else attainment(cumulative, item.plan.target, na=True)
    )
    places = item.wording.attainment_places
    return {
        "name": item.indicator.name,
        "unit": item.indicator.unit_name,
        "month": item.series.value(month),
        "cumulative": cumulative,
        "attainment": share,
        "places": item.indicator.places if places is None else places,
    }


def context(report: Report, place: str, signed: dt.date | None = None) -> dict[str, object]:
    """What the template is rendered with.

    Args:
        report: The month's report.
        place: Where the report is issued, for the title and the date line.
        signed: The date it is signed; ``None`` leaves the day blank for the signer.
    """
    month = report.month
    line = (
        date_line(place, month=month.month, year=month.year)
        if signed is None
        else date_line(place, signed)
    )
    return {
        "report": report,
        "place": place,
        "date_line": line,
        "cumulative": month.year_to_date(),
        "rows": [row(item, month) for item in report.items],
        "sections": [
            {
                "heading": section.heading,
                "sentences": [item.render(month) for item in section.items],
            }
            for section in report.sections
        ],
    }


def render(
    output: Path,
    *,
    data: Path = DATA,
    template: Path = TEMPLATE,
    place: str = "Phù Liễn",
    signed: dt.date | None = None,
) -> Path:
    """Render ``template`` with the report of ``data`` to ``output``; return ``output``.

    Raises:
        ValueError: ``output`` is the template itself.
    """
    import jinja2  # noqa: PLC0415 - the docx extra, loaded when a document is made
    from docxtpl import DocxTemplate  # noqa: PLC0415 - same

    if output.resolve() == template.resolve():
        raise ValueError(f"{output} is the template; name another file to write the report to")
    document = DocxTemplate(template)
    # autoescape: a name with "&" or "<" is written as text, not as broken Word XML.
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    register_filters(environment)
    document.render(
        context(load_report(data), place, signed), jinja_env=environment, autoescape=True
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    document.save(output)
    return output


def _date(text: str) -> dt.date:
    """A date written the Vietnamese way, or the reason it is not one, for argparse."""
    try:
        return parse_date(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line, render the report and say where it was written."""
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument(
        "output",
        nargs="?",
        type=Path,
        help="the Word file to write (default: build/bao_cao_YYYY_MM.docx in the repository)",
    )
    parser.add_argument("--data", type=Path, default=DATA, help="the report data (TOML)")
    parser.add_argument("--template", type=Path, default=TEMPLATE, help="the Word template")
    parser.add_argument("--place", default="Phù Liễn", help="where the report is issued")
    parser.add_argument(
        "--date", type=_date, help="the date it is signed, such as 27/4/2026 (default: blank)"
    )
    arguments = parser.parse_args(argv)
    output = arguments.output
    if output is None:
        month = load_report(arguments.data).month
        output = BUILD / f"bao_cao_{month.year}_{month.month:02d}.docx"
    try:
        written = render(
            output,
            data=arguments.data,
            template=arguments.template,
            place=arguments.place,
            signed=arguments.date,
        )
    except ValueError as error:
        parser.error(str(error))
    print(f"wrote {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
