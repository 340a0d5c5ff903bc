"""The command's outputs: --version, stdin, Markdown, JSON, Word, and the example file."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import docx
import pytest

import baocao_kt
from baocao_kt._edges._cli import main

ROOT = Path(__file__).parents[1]
EXAMPLE = ROOT / "examples" / "phu_lien_2026_04.toml"
GOLDEN = ROOT / "tests" / "golden" / "phu_lien_2026_04.txt"


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys):
    assert run(capsys, "--version") == (0, f"baocao-kt {baocao_kt.__version__}\n", "")


def _piped(*argv, text):
    return subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "baocao_kt", *argv],
        input=text.encode("utf-8"),
        capture_output=True,
        cwd=ROOT,
        check=False,
    )


def test_a_dash_reads_the_data_file_from_stdin():
    result = _piped("render", "-", text=EXAMPLE.read_text(encoding="utf-8"))
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode("utf-8") == GOLDEN.read_text(encoding="utf-8")
    broken = _piped("render", "-", text="[report]\nmonth = 4\n")
    assert broken.returncode == 1
    assert broken.stderr.decode("utf-8").startswith("baocao-kt: error: <stdin>: ")


def test_check_reads_stdin_and_a_render_checks_clean():
    rendered = GOLDEN.read_text(encoding="utf-8")
    result = _piped("check", "-", text=rendered)
    assert result.returncode == 0
    assert result.stdout.decode("utf-8").startswith("<stdin>: 0 error(s), 0 warning(s)")
    wrong = _piped("check", "-", text=rendered.replace("29,53%", "29,04%"))
    assert wrong.returncode == 1
    assert "<stdin>:" in wrong.stdout.decode("utf-8")


def test_markdown(capsys):
    status, out, _ = run(capsys, "render", str(EXAMPLE), "--format", "markdown")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "# I. VỀ TÌNH HÌNH PHÁT TRIỂN LĨNH VỰC KINH TẾ"
    assert "## 1. Nông nghiệp, lâm nghiệp, thủy sản" in lines
    sentences = [
        line for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line[:2] == "- "
    ]
    assert [line for line in lines if line.startswith("- ")] == sentences


def test_json_holds_every_figure_and_percentage_exact_and_as_its_sentence_writes_it(capsys):
    status, out, _ = run(capsys, "render", str(EXAMPLE), "--format", "json")
    assert status == 0
    document = json.loads(out)
    assert (document["period"], document["source"]) == ("tháng 4/2026", str(EXAMPLE))
    items = [item for section in document["sections"] for item in section["items"]]
    assert [item["code"] for item in items] == ["NLTS", "CNXD", "DV", "THU", "CHI"]
    spending = items[-1]
    (share,) = spending["percentages"]
    assert share == {
        "kind": "attainment",
        "reference": "dự toán Hội đồng nhân dân thành phố và phường giao",
        "period": "4 tháng đầu năm 2026",
        "exact": str(Fraction(103700 * 100, 351147)),
        "value": "29.53",
        "text": "29,53%",
    }
    for item in items:
        for percentage in item["percentages"]:
            assert percentage["text"] in item["sentence"]
        for figure in item["figures"]:
            assert figure["text"] in item["sentence"]
    assert sum(len(item["percentages"]) for item in items) == 12  # the 12 the sentences state


@pytest.mark.parametrize("example", ["phu_lien_2026_04.toml", "xa_quy_2026.toml"])
def test_json_has_each_percentage_a_sentence_states(capsys, example):
    # The quarter's report states growths and the half year's attainment: all are there.
    status, out, _ = run(capsys, "render", str(ROOT / "examples" / example), "--format", "json")
    assert status == 0
    for section in json.loads(out)["sections"]:
        for item in section["items"]:
            stated = re.findall(r"\d[\d.,]*%", item["sentence"])
            assert sorted(stated) == sorted(p["text"] for p in item["percentages"])


def test_a_word_document_with_word_heading_styles(capsys, tmp_path):
    path = tmp_path / "bao_cao.docx"
    assert run(capsys, "render", str(EXAMPLE), "--output", str(path)) == (0, "", "")
    paragraphs = docx.Document(str(path)).paragraphs
    styles = [(p.style.name, p.text[:30]) for p in paragraphs if p.style.name.startswith("Heading")]
    assert styles[0] == ("Heading 1", "I. VỀ TÌNH HÌNH PHÁT TRIỂN LĨNH VỰC KINH TẾ"[:30])
    assert [name for name, _ in styles[1:]] == ["Heading 2"] * 4
    text = "\n".join(p.text for p in paragraphs)
    assert "bằng 29,53% dự toán" in text
    status, _, err = run(capsys, "render", str(EXAMPLE), "--output", str(tmp_path / "x.pdf"))
    assert status == 2
    assert "is not a .docx file" in err


def test_the_example_command_writes_the_shipped_example(capsys, tmp_path):
    status, out, _ = run(capsys, "example")
    assert status == 0
    assert out == EXAMPLE.read_text(encoding="utf-8")  # the package's copy is the example's
    path = tmp_path / "phu_lien.toml"
    assert run(capsys, "example", "--output", str(path)) == (0, "", "")
    assert run(capsys, "render", str(path))[1] == GOLDEN.read_text(encoding="utf-8")
    status, _, err = run(capsys, "example", "--output", str(path))  # never over a file
    assert status == 2
    assert "File exists" in err


def test_exit_statuses(capsys, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[report]\nmonth = 4\n", encoding="utf-8")
    assert run(capsys, "render", str(bad))[0] == 1  # data
    assert run(capsys, "render", str(tmp_path / "none.toml"))[0] == 2  # no such file
    assert run(capsys, "render", str(EXAMPLE), "--period", "tháng 13")[0] == 2  # option
    assert run(capsys, "words", "1.2.3")[0] == 2  # argument
    assert run(capsys, "render")[0] == 2  # argparse
    assert run(capsys, "check", str(ROOT / "examples" / "phu_lien_2026_04_b1.txt"))[0] == 1


def test_the_help_of_python_dash_m_is_the_commands():
    result = subprocess.run(
        [sys.executable, "-m", "baocao_kt", "example", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "baocao-kt example > phu_lien.toml" in result.stdout
