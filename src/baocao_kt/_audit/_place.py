"""Where a finding is: the line and column of an offset, and the finding made there."""

from __future__ import annotations

import bisect

from baocao_kt._audit._findings import Finding, Severity

__all__ = ["Lines", "finding_at"]


class Lines:
    """Line and column (from 1) of an offset in a text."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def at(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.starts, offset) - 1  # the last line start ≤ offset
        return index + 1, offset - self.starts[index] + 1


def finding_at(  # noqa: PLR0913 - a finding's fields, as Finding names them
    lines: Lines,
    offset: int,
    *,
    severity: Severity,
    kind: str,
    stated: str,
    expected: str | None,
    message: str,
) -> Finding:
    """The finding of the figure at ``offset``."""
    line, column = lines.at(offset)
    return Finding(
        severity=severity,
        kind=kind,
        stated=stated,
        expected=expected,
        line=line,
        column=column,
        message=message,
    )
