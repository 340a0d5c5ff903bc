"""The Word example: the template renders the example report's figures and sentences."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip(
    "docxtpl", reason="docxtpl is an optional extra (Word templates): pip install 'baocao_kt[docx]'"
)
import docx  # python-docx: docxtpl brings it, checked just above

EXAMPLES = Path(__file__).parents[1] / "examples"
TEMPLATE = EXAMPLES / "report_template.docx"
RENDER = EXAMPLES / "render_docx.py"


def run(*arguments):
    return subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, str(RENDER), *map(str, arguments)],
        capture_output=True,
        text=True,
        check=False,
    )


def texts(document):
    """The paragraphs' text, and each table as rows of cell texts."""
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    tables = [
        [[cell.text for cell in row.cells] for row in table.rows] for table in document.tables
    ]
    return paragraphs, tables


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    output = tmp_path_factory.mktemp("docx") / "bao_cao.docx"
    result = run(output, "--date", "27/4/2026")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {output}"
    return texts(docx.Document(str(output)))


def test_the_heading_and_the_date_line(rendered):
    paragraphs, _ = rendered
    assert paragraphs[:4] == [
        "ỦY BAN NHÂN DÂN PHƯỜNG PHÙ LIỄN",
        "BÁO CÁO",
        "Tình hình kinh tế tháng 4/2026",
        "Phù Liễn, ngày 27 tháng 4 năm 2026",
    ]


def test_the_table_writes_each_figure_with_the_filters(rendered):
    _, [table] = rendered
    assert table[0] == ["Chỉ tiêu", "Tháng 4", "Lũy kế 4 tháng", "% kế hoạch (dự toán) năm 2026"]
    rows = {row[0]: row[1:] for row in table[1:]}
    assert rows["Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản (triệu đồng)"] == [
        "12.250",
        "50.520",
        "37,2%",
    ]
    # The seed report states 29,04%; 103.700 ÷ 351.147 is 29,53%.
    assert rows["Tổng chi ngân sách (triệu đồng)"] == ["20.000", "103.700", "29,53%"]
    assert len(rows) == 5


def test_the_sentences_follow_their_headings(rendered):
    paragraphs, _ = rendered
    heading = paragraphs.index("1. Nông nghiệp, lâm nghiệp, thủy sản")
    assert paragraphs[heading + 1] == (
        "- Giá trị sản phẩm ngành nông, lâm nghiệp và thủy sản tháng 4 ước thực hiện 12.250 "
        "triệu đồng, vượt kịch bản 2,5%; lũy kế 4 tháng ước thực hiện 50.520 triệu/135.800 "
        "triệu đồng, bằng 37,2% kế hoạch năm 2026, vượt 0,8% so với kịch bản."
    )
    spending = next(text for text in paragraphs if text.startswith("- Tổng chi ngân sách"))
    assert "bằng 29,53% dự toán Hội đồng nhân dân thành phố và phường giao." in spending
    assert paragraphs[-1] == (
        "Trên đây là báo cáo tình hình kinh tế tháng 4/2026 của Ủy ban nhân dân phường Phù Liễn."
    )


def test_no_tag_is_left_and_no_paragraph_is_empty(rendered):
    paragraphs, [table] = rendered
    written = [*paragraphs, *(cell for row in table for cell in row)]
    assert not [text for text in written if "{" in text or "}" in text]
    assert all(text.strip() for text in paragraphs)


def test_a_draft_leaves_the_day_blank(tmp_path):
    output = tmp_path / "draft.docx"
    assert run(output).returncode == 0
    paragraphs, _ = texts(docx.Document(str(output)))
    assert "Phù Liễn, ngày    tháng 4 năm 2026" in paragraphs


def test_the_template_is_never_written_to():
    before = TEMPLATE.read_bytes()
    result = run(TEMPLATE)
    assert result.returncode == 2
    assert "is the template" in result.stderr
    assert TEMPLATE.read_bytes() == before


def test_a_date_that_does_not_read_is_refused_with_the_reason(tmp_path):
    result = run(tmp_path / "x.docx", "--date", "27.4.26")
    assert result.returncode == 2
    assert "argument --date" in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_the_committed_template_is_what_make_template_builds():
    spec = importlib.util.spec_from_file_location("make_template", EXAMPLES / "make_template.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = docx.Document(io.BytesIO(module.build()))
    assert texts(built) == texts(docx.Document(str(TEMPLATE)))
