"""The README's main job: the demo on the seed report's figures runs and finds its errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).parents[1] / "examples" / "demo.py"


def test_demo_recomputes_the_seed_and_flags_its_wrong_percentages():
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, str(DEMO)], capture_output=True, text=True, check=True
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "Phù Liễn, ngày    tháng 4 năm 2026"
    spending = next(line for line in lines if line.startswith("- Tổng chi ngân sách"))
    assert "bằng 29,53% (báo cáo ghi 29,04%: SAI)" in spending
    land_tax = next(line for line in lines if "phi nông nghiệp" in line)
    assert "bằng 2,06% (báo cáo ghi 02%: SAI)" in land_tax
    assert sum("đúng)" in line for line in lines) == 4
    assert lines[-1] == (
        "  (Bằng chữ: Một tỷ tám trăm tám mươi ba triệu tám trăm mười chín nghìn "
        "một trăm sáu mươi bốn đồng.)"
    )
