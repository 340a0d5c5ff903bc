"""`Finding` and `Audit`: what an audit says of a text, place by place.

A finding is certain or it is a warning: an *error* is a figure that its own stated
operands contradict at any rounding (``29,04%`` where 103.700/351.147 is 29,53 %); a
*warning* is what is right only under a reading the text does not state (truncation
instead of rounding) or a slip of typography (``02%``); *ok* is a figure checked and
found right, so that a reader sees what was checked, not only what failed.
"""

from __future__ import annotations

from typing import Literal

import attrs

from baocao_kt._text._html import html_table

__all__ = ["Audit", "Finding", "Severity"]

#: How sure a finding is: ``"error"`` (certainly wrong), ``"warning"``, ``"ok"``.
Severity = Literal["error", "warning", "ok"]


@attrs.frozen(kw_only=True)
class Finding:
    """One figure the audit read, and what it found.

    Attributes:
        severity: ``"error"``, ``"warning"`` or ``"ok"``.
        kind: What was checked: ``"ratio"`` (a percentage of two stated amounts),
            ``"growth"`` (a change against the same period, both amounts stated),
            ``"total"`` (a total against its parts), ``"product"`` (an output against
            its yield and area), ``"typography"`` (how a figure is written).
        stated: The figure as the text states it (``"29,04%"``).
        expected: The right text (``"29,53%"``), or ``None`` when the stated one is right.
        line: The line of the figure, from 1 (for a Word file: the paragraph).
        column: Its column in the line, from 1 (for a Word file: the offset, from 1).
        message: One sentence for a reader: what is wrong and why.
    """

    severity: Severity
    kind: str
    stated: str
    expected: str | None
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.severity}: {self.message}"


@attrs.frozen(kw_only=True)
class Audit:
    """What an audit found in a text, and how much of it was checked.

    Attributes:
        source: The file the text came from (``None`` for a text given directly).
        findings: Every finding, in the order of the text.
        percentages_found: How many percentages the text states.
        percentages_checked: How many of them the audit could check against amounts the
            text also states; the rest it could not judge (its coverage).
        totals_checked: How many totals it checked against their parts (*trong đó*,
            *gồm*, a footnote's breakdown).
        products_checked: How many outputs it checked against their yield and area.
    """

    source: str | None
    findings: tuple[Finding, ...]
    percentages_found: int
    percentages_checked: int
    totals_checked: int = 0
    products_checked: int = 0

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings that are certainly wrong."""
        return tuple(finding for finding in self.findings if finding.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings to look at: right only if truncated, or a slip of typography."""
        return tuple(finding for finding in self.findings if finding.severity == "warning")

    def lines(self) -> list[str]:
        """The findings that are not ok, as a compiler writes them: ``file:line:col: …``."""
        prefix = "" if self.source is None else f"{self.source}:"
        return [f"{prefix}{finding}" for finding in self.findings if finding.severity != "ok"]

    def __repr__(self) -> str:
        source = "" if self.source is None else f" {self.source!r}"
        return f"<Audit{source}: {self.summary()}>"

    def _repr_html_(self) -> str:
        """A notebook's table of the findings that are not ok, and the summary."""
        rows = [
            [f"{f.line}:{f.column}", f.severity, f.stated, f.expected or "", f.message]
            for f in self.findings
            if f.severity != "ok"
        ]
        headers = ["Dòng:cột", "Mức", "Ghi", "Đúng là", "Nhận xét"]
        return html_table(f"{self.source or 'audit'}: {self.summary()}", headers, rows)

    def summary(self) -> str:
        """One line: errors, warnings, the percentages checked of those found, the rest checked."""
        return (
            f"{len(self.errors)} error(s), {len(self.warnings)} warning(s); "
            f"{self.percentages_checked} of {self.percentages_found} percentages checked, "
            f"{self.totals_checked} total(s) and {self.products_checked} product(s)"
        )
