"""The `baocao-kt` command: render, words, mistakes on stderr, and the examples of its page."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from baocao_kt._edges._cli import main

ROOT = Path(__file__).parents[1]
EXAMPLE = "examples/phu_lien_2026_04.toml"
GOLDEN = ROOT / "tests" / "golden" / "phu_lien_2026_04.txt"
PAGE = ROOT / "docs" / "command.md"
MONEY = "Một tỷ tám trăm tám mươi ba triệu tám trăm mười chín nghìn một trăm sáu mươi bốn đồng"


@pytest.fixture(autouse=True)
def _at_the_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_render_writes_the_golden_report(capsys):
    status, out, err = run(capsys, "render", EXAMPLE)
    assert (status, err) == (0, "")
    assert out == GOLDEN.read_text(encoding="utf-8")


def test_render_another_month_of_the_year(capsys):
    status, out, _ = run(capsys, "render", EXAMPLE, "--period", "tháng 3 năm 2026")
    assert status == 0
    assert "thủy sản tháng 3 thực hiện 13.250 triệu đồng, lũy kế 3 tháng thực hiện 38.270" in out


@pytest.mark.parametrize(
    ("period", "message"),
    [
        ("quý I/2026", "--period 'quý I/2026' is quý I/2026; give a month of 2026"),
        ("tháng 4/2025", "is tháng 4/2025; give a month of 2026"),
        ("tháng 5/2026", "has figures for months 1 to 4 of 2026; give one of those months"),
        ("tháng mười", "'tháng mười' is not a period"),
    ],
)
def test_a_period_that_is_not_a_month_of_the_data(capsys, period, message):
    status, out, err = run(capsys, "render", EXAMPLE, "--period", period)
    assert (status, out) == (2, "")
    assert err.startswith("baocao-kt: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_a_missing_file_is_one_line_on_stderr(capsys):
    status, out, err = run(capsys, "render", "no/such/file.toml")
    assert (status, out) == (2, "")
    assert err.startswith("baocao-kt: error: no/such/file.toml: ")
    assert "Traceback" not in err


def test_bad_data_is_one_line_on_stderr(capsys, tmp_path):
    path = tmp_path / "bad.toml"
    text = (ROOT / EXAMPLE).read_text(encoding="utf-8")
    path.write_text(text.replace('"tháng 4/2026"', '"quý I/2026"', 1), encoding="utf-8")
    status, _, err = run(capsys, "render", str(path))
    assert status == 2
    assert err == (
        f'baocao-kt: error: {path}: report.month = "quý I/2026": is quý I/2026, not a month; '
        "a report is for one month, such as 'tháng 4/2026'\n"
    )


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["words", "105"], "một trăm linh năm"),
        (["words", "-7"], "âm bảy"),
        (["words", "--", "-7,5"], "âm bảy phẩy năm"),
        (["words", "1.883.819.164", "--money"], MONEY),
    ],
)
def test_words(capsys, argv, expected):
    assert run(capsys, *argv) == (0, expected + "\n", "")


def test_words_refuses_a_number_that_does_not_read(capsys):
    status, out, err = run(capsys, "words", "1.5")
    assert (status, out) == (2, "")
    assert err.startswith("baocao-kt: error: '1.5' is not a Vietnamese number")


def test_help_shows_examples_in_both_languages(capsys):
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "ví dụ / examples:" in out
    assert "baocao-kt render examples/phu_lien_2026_04.toml" in out
    assert "an amount in words" in out


@pytest.mark.parametrize("argv", [[], ["render"], ["words", "1", "--cash"], ["print", "x"]])
def test_usage_errors_exit_2_as_argparse_does(capsys, argv):
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert re.search(r"^baocao-kt( render| words)?: error: ", err, re.MULTILINE)


def test_python_dash_m_writes_utf8_whatever_the_locale():
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"}
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "baocao_kt", "render", EXAMPLE],
        capture_output=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    assert result.stdout.decode("utf-8") == GOLDEN.read_text(encoding="utf-8")
    assert result.stderr == b""


def test_importing_the_package_does_not_load_argparse():
    code = "import sys, baocao_kt; print('argparse' in sys.modules)"
    result = subprocess.run(  # noqa: S603 - our own interpreter, fixed code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def _page_examples():
    text = PAGE.read_text(encoding="utf-8")
    for block in re.findall(r"```text\n(.*?)```", text, re.DOTALL):
        command, _, output = block.partition("\n")
        if command.startswith("$ baocao-kt "):
            yield pytest.param(command, output, id=command.removeprefix("$ baocao-kt "))


@pytest.mark.parametrize(("command", "output"), list(_page_examples()))
def test_the_examples_of_the_command_page_are_its_real_output(capsys, command, output):
    status, out, err = run(capsys, *shlex.split(command.removeprefix("$ baocao-kt ")))
    failed = output.startswith("baocao-kt: error: ")
    assert status == (2 if failed else 0)
    assert (err if failed else out) == output


def test_the_command_page_has_examples():
    assert len(list(_page_examples())) >= 8


def test_the_tutorials_abridged_example_is_the_real_output(capsys):
    # The tutorial shows the render of the example file with its middle left out ("…").
    page = (ROOT / "docs" / "tutorial.md").read_text(encoding="utf-8")
    block = re.search(r"```text\n(\$ baocao-kt render [^\n]*)\n(.*?)```", page, re.DOTALL)
    assert block is not None
    status, out, _ = run(capsys, *shlex.split(block[1].removeprefix("$ baocao-kt ")))
    assert status == 0
    head, _, tail = block[2].partition("…\n")
    assert tail
    assert out.startswith(head)
    assert out.endswith(tail)
