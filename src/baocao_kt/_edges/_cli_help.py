"""The help of ``baocao-kt``, in Vietnamese and English: each command's own, with examples.

The examples use only what an installed package has: ``baocao-kt example`` writes the
example data file, which the other examples then read.
"""

from __future__ import annotations

import attrs

__all__ = ["COMMANDS", "DESCRIPTION", "EPILOG"]

DESCRIPTION = (
    "Số liệu và câu chữ báo cáo kinh tế - xã hội. "
    "Figures and Vietnamese text of socio-economic reports."
)

EPILOG = """\
lệnh / commands:
  baocao-kt COMMAND --help     hướng dẫn và ví dụ của từng lệnh / each command's help

mã thoát / exit status:
  0  thành công / success
  1  dữ liệu sai hoặc báo cáo có lỗi số liệu / wrong data, or an audit found an error
  2  dòng lệnh sai / a usage error (option, file that cannot be opened, argument)

Số viết theo kiểu Việt Nam (12.250; 5.108,711). Numbers are in Vietnamese notation.
"""


@attrs.frozen
class CommandHelp:
    """One command's help: its line in the list, its description, its examples."""

    help: str
    description: str
    epilog: str


COMMANDS: dict[str, CommandHelp] = {
    "render": CommandHelp(
        help="viết báo cáo từ tệp dữ liệu / write a report from its data file",
        description=(
            "Viết các câu của báo cáo từ tệp dữ liệu TOML hoặc bảng Excel (.xlsx).\n"
            "Write the sentences of a report from its TOML data file or Excel workbook."
        ),
        epilog="""\
ví dụ / examples:
  baocao-kt example > phu_lien.toml
      tệp dữ liệu mẫu (phường Phù Liễn, tháng 4/2026) / the example data file
  baocao-kt render phu_lien.toml
      viết báo cáo tháng / write the month's report
  baocao-kt render phu_lien.toml --period "quý I/2026"
      báo cáo cho kỳ khác của cùng năm / the report for another period of its year
  baocao-kt render phu_lien.toml --format json
      mọi số liệu và tỷ lệ, giá trị chính xác và chữ / every figure, exact and as text
  baocao-kt render phu_lien.toml --output bao_cao.docx
      tài liệu Word với các đề mục / a Word document with real headings
  baocao-kt render bieu_thang_4.xlsx
      từ bảng Excel của phường / from the ward's Excel workbook
  cat phu_lien.toml | baocao-kt render -
      đọc từ stdin / read the data file from stdin
""",
    ),
    "check": CommandHelp(
        help="kiểm tra số liệu của báo cáo / check the figures a report states",
        description=(
            "Kiểm tra các tỷ lệ, tổng và số liệu mà báo cáo nêu (văn bản, Markdown, Word).\n"
            "Check the percentages, totals and products a report states against its own "
            "amounts (plain text, Markdown or Word .docx). Findings print as "
            "FILE:LINE:COLUMN: SEVERITY: MESSAGE; exit status 1 when there is an error."
        ),
        epilog="""\
ví dụ / examples:
  baocao-kt check bao_cao_thang_4.txt
      như trình biên dịch / like a compiler: bao_cao_thang_4.txt:31:125: error: …
  baocao-kt check bao_cao_thang_4.docx --format json
      cho công cụ khác / for tools
  baocao-kt render phu_lien.toml | baocao-kt check -
      kiểm tra báo cáo vừa viết / check the report just written
""",
    ),
    "words": CommandHelp(
        help="đọc số bằng chữ / a number in words",
        description=(
            "Đọc một số (viết kiểu Việt Nam) bằng chữ.\n"
            "Write a number (Vietnamese notation) in Vietnamese words."
        ),
        epilog="""\
ví dụ / examples:
  baocao-kt words 1.883.819.164 --money
      đọc số tiền bằng chữ / an amount in words, as an invoice writes it
  baocao-kt words 12,5
      đọc số bằng chữ / a number in words
  baocao-kt words -- -7,5
      số âm: đặt sau "--" / a negative number goes after "--"
""",
    ),
    "example": CommandHelp(
        help="in tệp dữ liệu mẫu / print the example data file",
        description=(
            "In tệp dữ liệu mẫu (mục B.I báo cáo tháng 4/2026 của phường Phù Liễn).\n"
            "Print the example data file: section B.I of the Phù Liễn ward report of "
            "April 2026, to start a data file of one's own from."
        ),
        epilog="""\
ví dụ / examples:
  baocao-kt example > phu_lien.toml
  baocao-kt example --output phu_lien.toml
      ghi ra tệp (không ghi đè) / write a file (never over an existing one)
""",
    ),
}
