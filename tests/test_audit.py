"""The audit: the percentages a report states, checked against the amounts it states."""

from __future__ import annotations

import json
import re
import time
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao_kt import (
    Figure,
    Indicator,
    Month,
    Percent,
    Plan,
    Series,
    ValueKindError,
    Wording,
    audit_docx,
    audit_text,
    format_percent,
    parse_percent,
    render_indicator,
)
from baocao_kt._edges._cli import main

ROOT = Path(__file__).parents[1]
SEED_B1 = ROOT / "examples" / "phu_lien_2026_04_b1.txt"


def test_the_seeds_known_findings():
    audit = audit_text(SEED_B1.read_text(encoding="utf-8"), source="b1.txt")
    assert audit.lines() == [
        (
            "b1.txt:29:90: warning: the parts add up to 22.001 triệu đồng, not the stated 22.000 "
            "triệu đồng: right only if the figures were rounded separately (14.187 + 1.829 + 18 + "
            "12 + 5.895 + 20 + 40; 1 of the 8 parts state no figure for the month)"
        ),
        (
            "b1.txt:29:138: warning: the parts add up to 119.458 triệu đồng, not the stated "
            "119.456 triệu đồng: right only if the figures were rounded separately "
            "(76.348 + 10.766 + 94 + 131 + 24 + 31.829 + 102 + 164)"
        ),
        "b1.txt:31:125: error: 29,04% should be 29,53% (103.700/351.147 triệu đồng)",
        "b1.txt:33:574: warning: 02% has a leading zero; write 2%",
        "b1.txt:37:260: warning: '23,3 %' has a space before '%'; write 23,3%",
    ]
    error = audit.errors[0]
    assert (error.kind, error.stated, error.expected) == ("ratio", "29,04%", "29,53%")
    assert audit.percentages_checked == 12
    # 109 and 224 hồ sơ (trong đó), the footnote's month, cumulative and plan totals
    assert audit.totals_checked == 5
    assert audit.percentages_found > audit.percentages_checked  # and says so


@pytest.mark.parametrize(
    ("text", "severity", "expected"),
    [
        ("50.520 triệu/135.800 triệu đồng, bằng 37,2% kế hoạch", "ok", None),
        ("50.520 triệu/135.800 triệu đồng, bằng 37,3% kế hoạch", "error", "37,2%"),
        ("991.379/1.000.000 triệu đồng, đạt 99,13% dự toán", "warning", "99,14%"),
        ("1.125/1.000 ha, vượt 12,5% kế hoạch", "ok", None),
        ("1.125/1.000 ha, vượt 13% kế hoạch", "ok", None),  # 12,5 rounds half-up to 13
        ("1.125/1.000 ha, vượt 14% kế hoạch", "error", "13%"),
        ("1.125/1.000 ha, vượt 12% kế hoạch", "warning", "13%"),  # truncated
        ("102 triệu/50 triệu đồng, đạt 204% dự toán giao", "ok", None),
        ("5 tỷ/10.000 triệu đồng, đạt 50% dự toán", "ok", None),
        ("346/400 hộ, đạt 86,5%", "ok", None),
        ("có 346/400 hộ (86,5%) đã thoát nghèo", "ok", None),
        ("tỷ lệ 346/400 = 86,4%", "error", "86,5%"),
        ("đạt 131/6.350 (2,1%)", "ok", None),
    ],
)
def test_each_ratio_is_judged_by_its_rounding_interval(text, severity, expected):
    (finding,) = [f for f in audit_text(text).findings if f.kind == "ratio"]
    assert (finding.severity, finding.expected) == (severity, expected)


def test_a_ratio_across_a_line_break_and_with_a_footnote_mark():
    text = "lũy kế 4 tháng ước thực hiện 76.348 triệu/137.395\ntriệu đồng, đạt 55,6% dự toán¹"
    (finding,) = audit_text(text).findings
    assert (finding.severity, finding.line, finding.column) == ("ok", 2, 17)


@pytest.mark.parametrize(
    ("text", "stated", "expected"),
    [
        ("đạt 02% dự toán", "02%", "2%"),
        ("chiếm 23,3 % tổng số", "23,3 %", "23,3%"),
        ("tăng 7.2% so với cùng kỳ", "7.2%", "7,2%"),
        ("diện tích 7.2 ha lúa", "7.2 ha", "7,2 ha"),
    ],
)
def test_typography(text, stated, expected):
    (finding,) = audit_text(text).findings
    assert (finding.severity, finding.kind, finding.stated, finding.expected) == (
        "warning",
        "typography",
        stated,
        expected,
    )


def test_what_cannot_be_read_is_counted_not_judged():
    audit = audit_text("12 lán tôn/40 lán tôn, đạt 30%; tăng 4,06% so với cùng kỳ")
    assert audit.findings == ()
    assert (audit.percentages_found, audit.percentages_checked) == (2, 0)


def test_the_argument_is_text():
    with pytest.raises(ValueKindError):
        audit_text(b"29,04%")  # type: ignore[arg-type]


NN = Indicator("NN", "Giá trị sản phẩm ngành nông nghiệp", "triệu đồng")
amounts = st.integers(min_value=1, max_value=10**8)


@settings(max_examples=60)
@given(st.lists(amounts, min_size=4, max_size=4), amounts, st.integers(0, 2))
def test_generated_sentences_audit_clean_and_a_changed_figure_is_found(values, target, places):
    series = Series(NN, [Figure(Month(2026, m), v) for m, v in enumerate(values, 1)])
    wording = Wording(attainment_places=places, over_plan="bare")
    sentence = render_indicator(
        NN, Month(2026, 4), series, plan=Plan(NN, 2026, target), wording=wording
    )
    audit = audit_text(sentence)
    assert audit.errors == ()
    assert audit.warnings == ()
    assert audit.percentages_checked == audit.percentages_found == 1
    # One more in the last place shown: never the exact value rounded, nor truncated.
    (stated,) = re.findall(r"[\d.,]+%", sentence)
    number = parse_percent(stated).rounded(places) + Decimal(1).scaleb(-places)
    wrong = audit_text(sentence.replace(stated, format_percent(Percent(number), places)))
    assert len(wrong.errors) == 1
    assert wrong.errors[0].expected == stated


def test_a_megabyte_is_audited_in_linear_time():
    line = SEED_B1.read_text(encoding="utf-8")

    def timed(copies):
        text = line * copies
        start = time.perf_counter()
        audit_text(text)
        return time.perf_counter() - start

    small = min(timed(4) for _ in range(3))
    large = min(timed(16) for _ in range(3))
    assert large / small < 10  # 4x the text: linear is about 4x, quadratic 16x


def test_the_check_command(tmp_path, capsys):
    status = main(["check", str(SEED_B1)])
    out = capsys.readouterr().out
    assert status == 1
    assert f"{SEED_B1}:31:125: error: 29,04% should be 29,53%" in out
    assert out.splitlines()[-1].endswith(
        "1 error(s), 4 warning(s); 12 of 20 percentages checked, 5 total(s) and 0 product(s)"
    )
    clean = tmp_path / "clean.txt"
    clean.write_text("50.520 triệu/135.800 triệu đồng, bằng 37,2% kế hoạch\n", encoding="utf-8")
    assert main(["check", str(clean)]) == 0
    assert main(["check", str(clean), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert document["percentages_checked"] == 1
    assert document["findings"][0]["severity"] == "ok"
    assert main(["check", str(tmp_path / "missing.txt")]) == 2


def test_decimal_amounts():
    (finding,) = audit_text("5.108,711/10.217,422 triệu đồng, đạt 50% kế hoạch").findings
    assert finding.severity == "ok"


def test_the_audit_pages_command_example_is_its_real_output(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    page = (ROOT / "docs" / "audit.md").read_text(encoding="utf-8")
    block = re.search(r"```text\n\$ baocao-kt (check [^\n]*)\n(.*?)```", page, re.DOTALL)
    assert block is not None
    assert main(block[1].split()) == 1
    assert capsys.readouterr().out == block[2]


@pytest.mark.parametrize("golden", sorted((ROOT / "tests" / "golden").glob("*.txt")), ids=str)
def test_the_librarys_own_reports_audit_clean(golden):
    audit = audit_text(golden.read_text(encoding="utf-8"))
    assert audit.errors == ()
    assert audit.warnings == ()


def _word_report(path):
    docx = pytest.importorskip("docx", reason="python-docx is the extra 'docx', installed in CI")
    document = docx.Document()
    document.add_paragraph("4. Thu - chi ngân sách nhà nước")
    document.add_paragraph(
        "Tổng chi ngân sách lũy kế 4 tháng ước thực hiện 103.700/351.147 triệu đồng, "
        "bằng 29,04% dự toán giao."
    )
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Chỉ tiêu"
    table.cell(0, 1).text = "Tỷ lệ"
    table.cell(1, 0).text = "Thu phí, lệ phí"
    table.cell(1, 1).text = "94 triệu/2.000 triệu đồng, đạt 4,7% dự toán"
    merged = document.add_table(rows=1, cols=2)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "131 triệu/6.350 triệu đồng, đạt 02%"
    document.add_paragraph("Sau bảng: 12 triệu/100 triệu đồng, bằng 12%.")
    document.save(path)
    return path


def test_a_word_report_is_audited_with_its_tables(tmp_path):
    path = _word_report(tmp_path / "bao_cao.docx")
    audit = audit_docx(path, source="bao_cao.docx")
    assert audit.lines() == [
        "bao_cao.docx:2:82: error: 29,04% should be 29,53% (103.700/351.147 triệu đồng)",
        "bao_cao.docx:7:33: warning: 02% has a leading zero; write 2%",
    ]
    # Paragraphs in reading order: the body's, then each cell's where its table stands; a
    # merged cell once.
    assert [(f.line, f.stated, f.severity) for f in audit.findings if f.severity == "ok"] == [
        (6, "4,7%", "ok"),
        (7, "02%", "ok"),
        (8, "12%", "ok"),
    ]
    assert (audit.percentages_found, audit.percentages_checked) == (4, 4)


def test_the_check_command_reads_word(tmp_path, capsys):
    path = _word_report(tmp_path / "bao_cao.docx")
    assert main(["check", str(path)]) == 1
    assert ":2:82: error: 29,04% should be 29,53%" in capsys.readouterr().out
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    assert main(["check", str(broken)]) == 1  # the file is not a Word document: data
    assert "is not a Word document" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["ngày 26/3/2026 = 5%", "Số: 05/BC-UBND (12%)", "5/7 xã (71%)"])
def test_what_only_looks_like_a_count_is_not_judged(text):
    audit = audit_text(text)
    assert audit.findings == ()
    assert (audit.percentages_found, audit.percentages_checked) == (1, 0)
