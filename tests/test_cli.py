"""The `baocao-kt` command: render, words, mistakes on stderr, and the examples of its page."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from baocao_kt import Report, ZeroBaseError
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
        ("tháng 4/2025", "is tháng 4/2025; give a period of 2026"),
        ("quý II/2026", "has figures for months 1 to 4 of 2026; give a period within them"),
        ("tháng 5/2026", "has figures for months 1 to 4 of 2026; give a period within them"),
        ("tháng mười", "'tháng mười' is not a period"),
    ],
)
def test_a_period_the_data_cannot_write(capsys, period, message):
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
    assert status == 1  # the data is wrong
    assert err == (
        f'baocao-kt: error: {path}: report.month = "quý I/2026": is quý I/2026, not a month; '
        "a report's month is one, such as 'tháng 4/2026', and a report for any other period "
        'gives it as period = "quý I/2026"\n'
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


def test_words_refuses_a_thousands_group_after_a_leading_zero(capsys):
    # "0.005" once read as 5 ("năm"): a '.' groups thousands, and 0 has none to group.
    status, out, err = run(capsys, "words", "0.005")
    assert (status, out) == (2, "")
    assert err.startswith("baocao-kt: error: '0.005' is not a Vietnamese number")
    assert err.endswith("did you mean '0,005'?\n")
    assert run(capsys, "words", "0,005") == (0, "không phẩy không không năm\n", "")


def test_help_shows_the_exit_statuses_in_both_languages(capsys):
    status, out, _ = run(capsys, "--help")
    assert status == 0
    assert "mã thoát / exit status:" in out
    assert "2  dòng lệnh sai / a usage error" in out
    assert "examples/" not in out  # nothing outside the installed package
    assert "docs/" not in out


@pytest.mark.parametrize("command", ["render", "check", "words", "example"])
def test_each_command_has_its_own_help_and_examples(capsys, command):
    status, out, _ = run(capsys, command, "--help")
    assert status == 0
    assert "ví dụ / examples:" in out
    assert f"baocao-kt {command} " in out
    assert "mã thoát / exit status:" not in out  # the global epilog is not repeated
    assert "examples/" not in out
    assert "docs/" not in out


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
    assert status == (2 if failed else 0)  # the page's mistakes are the command line's
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


def _data_file(tmp_path, old, new):
    path = tmp_path / "bad.toml"
    text = (ROOT / EXAMPLE).read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("plan.target = 135800", "plan.target = 0", "indicators.NLTS.plan.target = 0"),
        ("{ 3 = 38170, 4 = 50120, 12 = 135800 }", "{ 3 = 50120, 4 = 50120, 12 = 135800 }",
         "indicators.NLTS.scenario.cumulative.4 = 50120"),
        ("{ 3 = 38170, 4 = 50120, 12 = 135800 }", "{ 3 = 60000, 4 = 50120, 12 = 135800 }",
         "indicators.NLTS.scenario.cumulative.4 = 50120"),
        ("{ 4 = 90256, 12 = 357450 }", "{ 4 = 90256, 12 = 350000 }",
         "indicators.THU.scenario.cumulative.12 = 350000"),
        ("figures.estimate = { 4 = 12250 }", "figures.estimate = { 4 = 1E+999999999 }",
         "indicators.NLTS.figures.estimate.4 = 1E+999999999"),
        ("figures.estimate = { 4 = 12250 }", "figures.estimate = { 4 = inf }",
         "indicators.NLTS.figures.estimate.4 = Infinity"),
        ("figures.estimate = { 4 = 12250 }", 'figures.estimate = { 4 = "0.005" }',
         'indicators.NLTS.figures.estimate.4 = "0.005"'),
        ("figures.estimate = { 4 = 12250 }", f"figures.estimate = {{ 4 = {'9' * 5000} }}",
         "indicators.NLTS.figures.estimate.4 = 999"),
    ],
    ids=["zero-plan", "flat-scenario", "falling-scenario", "scenario-not-plan", "exponent",
         "inf", "thousands-dot", "long-integer"],
)  # fmt: skip
def test_inconsistent_data_is_one_line_naming_file_and_key(capsys, tmp_path, old, new, key):
    path = _data_file(tmp_path, old, new)
    status, out, err = run(capsys, "render", str(path))
    assert (status, out) == (1, "")
    assert err.startswith(f"baocao-kt: error: {path}: {key}")
    assert err.count("\n") == 1
    assert "na=True" not in err


def test_an_error_the_data_still_makes_when_written_names_the_file(capsys, monkeypatch):
    # load_report refuses all it knows of; were a sentence still to fail, the file is named.
    def fails(*_args, **_kwargs):
        raise ZeroBaseError("cannot compare 1 with a zero reference", numerator=1)

    monkeypatch.setattr(Report, "render", fails)
    status, out, err = run(capsys, "render", EXAMPLE)
    assert (status, out) == (1, "")
    assert err == (
        f"baocao-kt: error: {EXAMPLE}: the report for tháng 4/2026 cannot be written: "
        "cannot compare 1 with a zero reference\n"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_render_of_an_endless_input_stops_at_the_limit():
    result = subprocess.run(
        [sys.executable, "-m", "baocao_kt", "render", "/dev/zero"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=120,  # a guard against the hang this test is about, not a timing check
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "baocao-kt: error: /dev/zero: larger than 10 MiB (10485760 bytes), the most a report "
        "data file may be; is it the right file?\n"
    )


def test_render_reads_a_file_with_a_byte_order_mark(capsys, tmp_path):
    path = tmp_path / "notepad.toml"
    path.write_bytes((ROOT / EXAMPLE).read_text(encoding="utf-8").encode("utf-8-sig"))
    status, out, err = run(capsys, "render", str(path))
    assert (status, err) == (0, "")
    assert out == GOLDEN.read_text(encoding="utf-8")


def test_render_of_a_file_that_is_not_utf8_names_the_byte(capsys, tmp_path):
    path = tmp_path / "cp1258.toml"
    path.write_bytes((ROOT / EXAMPLE).read_text(encoding="utf-8").encode("cp1258", "replace"))
    status, _, err = run(capsys, "render", str(path))
    assert status == 1
    assert err.startswith(f"baocao-kt: error: {path}: not a UTF-8 text file: at byte position ")
    assert err.count("\n") == 1


# The quarter example: a report for a quarter, with figures for whole quarters

QUARTER = "examples/xa_quy_2026.toml"


def test_render_writes_the_quarter_examples_golden_report(capsys):
    status, out, err = run(capsys, "render", QUARTER)
    assert (status, err) == (0, "")
    assert out == (ROOT / "tests" / "golden" / "xa_quy_2026.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("period", "line"),
    [
        ("quý I/2026", ("- Giá trị sản xuất ngành nông nghiệp quý I/2026 thực hiện 19.240 "
         "triệu/78.500 triệu đồng, bằng 24,5% kế hoạch năm 2026, tăng 4,9% so cùng kỳ năm trước.")),
        ("6 tháng đầu năm 2026", ("- Diện tích gieo trồng rau màu các loại 6 tháng đầu năm 2026 "
         "ước thực hiện 210,7/340 ha, bằng 62,0% kế hoạch năm 2026, giảm 0,4% so cùng kỳ.")),
    ],
)  # fmt: skip
def test_render_the_quarter_example_for_another_period(capsys, period, line):
    status, out, err = run(capsys, "render", QUARTER, "--period", period)
    assert (status, err) == (0, "")
    assert line in out.split("\n")


def test_a_period_that_would_split_a_quarters_figure_is_one_line(capsys):
    status, out, err = run(capsys, "render", QUARTER, "--period", "tháng 5/2026")
    assert (status, out) == (2, "")
    assert err.startswith(
        f"baocao-kt: error: {QUARTER}: the report for tháng 5/2026 cannot be written: "
    )
    assert "has only the figure of quý II/2026, which reaches beyond tháng 5/2026" in err
    assert err.count("\n") == 1
