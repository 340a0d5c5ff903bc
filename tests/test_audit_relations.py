"""The audit's relations beyond a percentage: totals and parts, growth, yield × area."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from baocao_kt import audit_text, format_number, growth, growth_phrase, parse_percent


def _only(text, kind):
    (finding,) = [f for f in audit_text(text).findings if f.kind == kind]
    return finding


@pytest.mark.parametrize(
    ("text", "severity", "expected"),
    [
        # complete breakdowns (gồm, bao gồm, chia ra): they must add up
        ("Tổng vốn 100 tỷ đồng, gồm: vốn ngân sách 60 tỷ đồng; vốn khác 40 tỷ đồng.", "ok", None),
        (
            "Tổng vốn 100 tỷ đồng, gồm: vốn ngân sách 60 tỷ đồng; vốn khác 45 tỷ đồng.",
            "error",
            "105 tỷ đồng",
        ),
        ("có 120 hộ, chia ra: 70 hộ nông nghiệp; 40 hộ phi nông nghiệp.", "error", "110 hộ"),
        ("có 110 hộ, bao gồm: 70 hộ nông nghiệp; 40 hộ phi nông nghiệp.", "ok", None),
        # within the rounding of the figures: a warning, never an error
        (
            "Tổng 10,0 tỷ đồng, gồm: 3,3 tỷ đồng; 3,3 tỷ đồng; 3,3 tỷ đồng.",
            "warning",
            "9,9 tỷ đồng",
        ),
        # the excess is exactly one part: nested, perhaps
        (
            (
                "Tổng thu 100 tỷ đồng, gồm: thu nội địa 80 tỷ đồng; thu tiền sử dụng đất 30 tỷ "
                "đồng; thu khác 20 tỷ đồng."
            ),
            "warning",
            "130 tỷ đồng",
        ),
        # trong đó names the main parts: within is right, more is a warning
        (
            (
                "Tổng thu 100 tỷ đồng, trong đó: thu nội địa 70 tỷ đồng; "
                "thu tiền sử dụng đất 20 tỷ đồng."
            ),
            "ok",
            None,
        ),
        (
            (
                "Tổng thu 100 tỷ đồng, trong đó: thu nội địa 80 tỷ đồng; "
                "thu tiền sử dụng đất 30 tỷ đồng."
            ),
            "warning",
            "110 tỷ đồng",
        ),
        # the seed's shapes: labelled counts, a noun in parentheses, parts joined by và
        (
            (
                "hoàn thành 109 hồ sơ, trong đó: Thành lập mới hộ kinh doanh/địa điểm kinh "
                "doanh: 81; thay đổi nội dung ĐKDN: 16; giải thể: 09; tạm ngừng hoạt động: 01; "
                "cấp lại: 02."
            ),
            "ok",
            None,
        ),
        (
            (
                "cho 44 giáo viên (*trong đó: bậc Tiểu học: 26 giáo viên; bậc Trung học cơ sở: 18 "
                "giáo viên*)."
            ),
            "ok",
            None,
        ),
        (
            (
                "cho 10 giáo viên có thành tích xuất sắc, tiêu biểu (*trong đó: 06 giáo viên "
                "bậc Tiểu học và 05 giáo viên bậc Trung học cơ sở*)."
            ),
            "warning",
            "11 giáo viên",
        ),
        ("Tổng 1.000 con, chia ra: 600 con\nlợn; 500 con gà.", "error", "1.100 con"),
        # a part in another scale, or a list inside the list: not certainly complete
        (
            (
                "Tổng vốn 1,5 tỷ đồng, gồm: vốn ngân sách 1 tỷ đồng; vốn tỉnh 0,3 tỷ đồng; "
                "vốn khác 200 triệu đồng."
            ),
            "ok",
            None,
        ),
        (
            "Tổng số 50 hộ, gồm: 30 hộ nghèo, 12 hộ mới thoát nghèo; 20 hộ cận nghèo.",
            "warning",
            "62 hộ",
        ),
    ],
)
def test_totals_and_their_parts(text, severity, expected):
    finding = _only(text, "total")
    assert (finding.severity, finding.expected) == (severity, expected)
    assert finding.line == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 13/02/2026, trong đó: 5 hộ; 3 hộ.",  # no total in its clause
        "thông báo thu hồi đất; trong đó: 597 hộ tương ứng với 20,36 ha; 213 hộ với 2,06 ha.",
        "Tổng 100 hộ, trong đó: nhiều hộ khó khăn.",  # no parts to read
        "Tổng 100 hộ, trong đó: 20 hộ nghèo.",  # one part: nothing to add up
        "đạt 12 tỷ đồng, trong đó có 5 tỷ đồng vốn vay",  # no colon: one part, not a list
    ],
)
def test_what_is_not_a_breakdown_is_not_judged(text):
    audit = audit_text(text)
    assert [f for f in audit.findings if f.kind == "total"] == []
    assert audit.totals_checked == 0


FOOTNOTE = (
    "- Tổng thu ngân sách tháng 4 ước thực hiện 22.000 triệu đồng, lũy kế 4 tháng ước thực hiện "
    "119.456 triệu/357.450 triệu đồng, đạt 33,4% dự toán, vượt 32,35% so với kịch bản¹.\n"
    "\n"
    "Trang 3\n"  # page-break debris between the total and its footnote
    "\n"
    "¹ Thu từ khu vực kinh tế ngoài quốc doanh tháng 4 ước thực hiện 14.187 triệu đồng, lũy kế 4 "
    "tháng ước thực hiện 76.348 triệu/137.395 triệu đồng, đạt 55,6% dự toán giao; Thu tiền thuê "
    "đất 4 tháng ước thực hiện 24 triệu/16.885 triệu đồng; Thu tiền sử dụng đất tháng 4 ước thực "
    "hiện {month} triệu đồng, lũy kế 4 tháng ước thực hiện {cumulative} triệu/{plan} triệu đồng.\n"
)


def test_a_footnotes_parts_against_the_total_by_role():
    text = FOOTNOTE.format(month="7.813", cumulative="43.084", plan="203.170")
    totals = [f for f in audit_text(text).findings if f.kind == "total"]
    # The rent states no month figure: the month's parts can only be seen to exceed.
    assert [(f.stated, f.severity) for f in totals] == [
        ("119.456 triệu đồng", "ok"),
        ("357.450 triệu đồng", "ok"),
    ]
    text = FOOTNOTE.format(month="7.913", cumulative="43.184", plan="203.170")
    totals = [f for f in audit_text(text).findings if f.kind == "total"]
    # more than the total; a footnote is not said to be complete: warnings, not errors
    assert [(f.severity, f.expected) for f in totals] == [
        ("warning", "22.100 triệu đồng"),
        ("warning", "119.556 triệu đồng"),
        ("ok", None),
    ]
    assert "1 of the 3 parts state no figure for the month" in totals[0].message
    assert (totals[0].line, totals[0].column) == (1, 44)


def test_a_units_power_is_not_a_footnote_mark():
    text = "Tổng diện tích 100 m² gồm: 60 m² đất ở; 50 m² đất vườn.\n² Ghi chú: 30 m²; 20 m²."
    (finding,) = audit_text(text).findings
    assert (finding.kind, finding.severity) == ("total", "error")  # the inline breakdown only


@pytest.mark.parametrize(
    ("text", "severity", "expected"),
    [
        (
            "đạt 2.150 tỷ đồng, tăng 7,5% so với cùng kỳ (cùng kỳ năm trước: 2.000 tỷ đồng).",
            "ok",
            None,
        ),
        (
            "đạt 2.150 tỷ đồng, tăng 7,4% so với cùng kỳ (cùng kỳ năm trước: 2.000 tỷ đồng).",
            "error",
            "tăng 7,5%",
        ),
        (
            "đạt 1.850 tỷ đồng, tăng 7,5% so với cùng kỳ năm 2025 (2.000 tỷ đồng).",
            "error",
            "giảm 7,5%",
        ),
        ("đạt 1.850 tỷ đồng, giảm 7,5% so với cùng kỳ (2.000 tỷ đồng).", "ok", None),
        ("đạt 1.850 tỷ đồng, bằng 92,5% so với cùng kỳ (2.000 tỷ đồng).", "ok", None),
        ("Tổng đàn lợn 1.250 con, tăng 4,2% so cùng kỳ (1.200 con).", "ok", None),
        ("Tổng đàn lợn 1.250 con, tăng 4,1% so cùng kỳ (1.200 con).", "warning", "tăng 4,2%"),
        ("đạt 2,15 nghìn tỷ đồng, tăng 7,5% so với cùng kỳ (2.000 tỷ đồng).", "ok", None),
    ],
)
def test_growth_against_a_stated_last_year(text, severity, expected):
    finding = _only(text, "growth")
    assert (finding.severity, finding.expected) == (severity, expected)
    assert audit_text(text).percentages_checked == 1


@pytest.mark.parametrize(
    ("text", "severity", "expected"),
    [
        ("Diện tích lúa xuân 115 ha, năng suất 62,58 tạ/ha, sản lượng 719,67 tấn.", "ok", None),
        (
            "Diện tích lúa xuân 115 ha, năng suất 62,58 tạ/ha, sản lượng 729,67 tấn.",
            "error",
            "719,67 tấn",
        ),
        ("lúa 115 ha, năng suất 62,6 tạ/ha, sản lượng 720 tấn.", "ok", None),  # 719,9
        ("lúa 115 ha, năng suất 62,6 tạ/ha, sản lượng 7.199 tạ.", "ok", None),
        # 62,6 × 115 stands for [62,55 × 114,5; 62,65 × 115,5) tạ: [716,2; 723,6) tấn
        ("lúa 115 ha, năng suất 62,6 tạ/ha, sản lượng 716,2 tấn.", "ok", None),
        ("lúa 115 ha, năng suất 62,6 tạ/ha, sản lượng 700 tấn.", "error", "720 tấn"),
        ("lúa 115,0 ha, năng suất 62,60 tạ/ha, sản lượng 719,2 tấn.", "error", "719,9 tấn"),
        ("sản lượng 18 tấn trên diện tích 40 sào, năng suất 125 tạ/ha", "ok", None),
        ("sản lượng 180 tấn trên diện tích 40 sào, năng suất 125 tạ/ha", "error", "18 tấn"),
    ],
)
def test_output_against_yield_and_area(text, severity, expected):
    finding = _only(text, "product")
    assert (finding.severity, finding.expected) == (severity, expected)


def test_several_crops_in_one_clause_are_not_guessed():
    text = "lúa 115 ha, năng suất 62,6 tạ/ha, ngô 20 ha, năng suất 45 tạ/ha, sản lượng 810 tấn."
    assert audit_text(text).products_checked == 0


counts = st.integers(min_value=0, max_value=10**6)


@settings(max_examples=60)
@given(st.lists(counts, min_size=2, max_size=6), st.integers(0, 5), st.integers(1, 9))
def test_a_complete_breakdown_is_clean_and_a_changed_part_is_an_error(parts, which, delta):
    def text(values):
        listed = "; ".join(f"nhóm {i}: {format_number(v)}" for i, v in enumerate(values))
        return f"Tổng số {format_number(sum(parts))} hồ sơ, gồm: {listed}."

    (finding,) = audit_text(text(parts)).findings
    assert finding.severity == "ok"
    changed = list(parts)
    changed[which % len(parts)] += delta
    (finding,) = audit_text(text(changed)).findings
    # counts are exact; the excess is a part only when delta happens to equal one
    assert finding.severity == ("warning" if delta in changed else "error")


@settings(max_examples=60)
@given(st.integers(1, 10**7), st.integers(1, 10**7), st.integers(0, 2))
def test_generated_growth_audits_clean_and_a_changed_figure_is_found(current, previous, places):
    assume(growth(current, previous).rounded(places) != 0)  # bằng cùng kỳ states no percent
    phrase = growth_phrase(growth(current, previous), places=places)
    text = (
        f"đạt {format_number(current)} triệu đồng, {phrase} ({format_number(previous)} triệu đồng)."
    )
    finding = _only(text, "growth")
    assert finding.severity == "ok", text
    stated = finding.stated.split()[-1]
    number = parse_percent(stated).rounded(places) + Decimal(1).scaleb(-places)
    shown = format_number(number, places) + "%"
    finding = _only(text.replace(stated, shown, 1), "growth")
    assert finding.severity == "error", text


def test_a_markdown_or_latex_escaped_percent_sign_is_read():
    # The seed's footnote 12, as its Markdown writes it.
    text = r"thanh toán trực tuyến thành công: $5.296/5.296 = 100\%$; số hóa: $6.182/6.182 = 99\%$"
    audit = audit_text(text)
    assert audit.lines() == ["1:81: error: 99% should be 100% (6.182/6.182)"]
    assert (audit.percentages_found, audit.percentages_checked) == (2, 2)
