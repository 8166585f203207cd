"""Every command speaks the user's language: ``--lang vi|en``, else the locale's
(Vietnamese unless it is English). The core's messages are translated through the same
table and catalogue as the web pages, and the command line loads no Django to do it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from django.utils import translation

from chitieu.cli import main
from chitieu.messages import render as messages
from chitieu.problems import Problem
from chitieu.units.model import Change, ChangeKind
from chitieu.units.registry import Finding

COMMANDS = [
    ["evaluate"],
    ["read"],
    ["report"],
    ["plan", "check"],
    ["plan", "show"],
    ["units", "list"],
    ["units", "lineage"],
]
BAD_PLAN = "id: Bad Id\ntitle: T\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_takes_lang(command: list[str]):
    help_text = run(*command, "--help")[1]
    assert "--lang [vi|en]" in help_text


@pytest.mark.parametrize(
    "environ, expected",
    [
        ({}, "vi"),
        ({"LANG": "C.UTF-8"}, "vi"),
        ({"LANG": "POSIX"}, "vi"),
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LANG": "fr_FR.UTF-8"}, "vi"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "vi_VN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "vi_VN.UTF-8"}, "vi"),
    ],
)
def test_the_default_language_is_the_locale_s(environ, expected):
    assert messages.default_lang(environ) == expected


def test_an_english_locale_gives_english_messages(monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, out, _ = run("plan", "check", "langson-xvii")
    assert (code, out) == (
        0,
        "langson-xvii: OK — langson-xvii: 20 targets, 35 metrics, 2021–2025\n",
    )


def test_plan_check_speaks_vietnamese_by_default(tmp_path: Path):
    code, out, _ = run("plan", "check", "langson-xvii")
    assert (code, out) == (
        0,
        "langson-xvii: hợp lệ — langson-xvii: 20 chỉ tiêu, 35 thước đo, 2021–2025\n",
    )
    path = tmp_path / "bad.yaml"
    path.write_text(BAD_PLAN, encoding="utf-8")
    code, _, err = run("plan", "check", str(path))
    assert code == 2
    lines = err.splitlines()
    assert lines[0] == f"{path}:1: $: thiếu trường bắt buộc: area"
    assert lines[-1] == (
        f"{path}:1: $.id: trường 'id': 'Bad Id' không phải là mã hợp lệ "
        "(chữ thường không dấu, chữ số, “.”, “_”, “-”)"
    )
    _, _, english = run("plan", "check", str(path), "--lang", "en")
    assert english.splitlines()[0] == f"{path}:1: $: missing required field: area"


def test_read_speaks_vietnamese(tmp_path: Path):
    path = tmp_path / "nq.txt"
    path.write_text("Nghị quyết\nKhông có danh mục.\n", encoding="utf-8")
    code, _, err = run("read", str(path))
    assert code == 2
    assert err == (
        f"{path}: không tìm thấy chỉ tiêu nào: đã tìm danh mục dưới dòng tiêu đề có “chỉ tiêu” "
        "(các mục đánh số, đánh chữ, gạch đầu dòng hoặc liền trong một đoạn, các dòng của "
        "bảng, các dòng dưới tiêu đề nhóm như “Về kinh tế”) và các câu đặt ra con số phải "
        "đạt (“phấn đấu …”, “đến năm 2025 đạt …”, “tăng bình quân … %/năm”)\n"
    )


def test_a_figures_file_problem_names_its_line_and_field_in_vietnamese(tmp_path: Path):
    path = tmp_path / "f.csv"
    path.write_text(
        "metric,period,value,stage,as_of\ngrdp-growth,2021,abc,official,2022-03-31\n",
        encoding="utf-8",
    )
    code, _, err = run("evaluate", "langson-xvii", str(path))
    assert (code, err) == (2, f"{path}:2: trường 'value': “abc” không phải là số\n")


def test_report_refuses_a_period_in_vietnamese(tmp_path: Path):
    out = tmp_path / "r.docx"
    code, _, err = run("report", "langson-xvii", "langson-xvii", "--period", "2019", "-o", str(out))
    assert (code, err) == (
        2,
        "--period: 2019 nằm ngoài nhiệm kỳ 2021–2025 của kế hoạch langson-xvii\n",
    )
    assert not out.exists()


def test_a_bad_date_flag_is_refused_in_either_language():
    args = ["units", "list", "--on", "hôm qua"]
    assert run(*args)[2] == "--on: “hôm qua” không phải là ngày (viết 15/10/2023 hoặc 2023-10-15)\n"
    english = run(*args, "--lang", "en")[2]
    assert english == "--on: “hôm qua” is not a date (write 15/10/2023 or 2023-10-15)\n"


def test_units_list_shows_vietnamese_columns_and_dates():
    code, out, _ = run("units", "list", "--area", "178", "--on", "01/01/2024")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "mã",
        "tên",
        "loại",
        "trực",
        "thuộc",
        "hiệu",
        "lực",
        "từ",
        "hiệu",
        "lực",
        "đến",
    ]
    assert "30/6/2025" in out and "2025-06-30" not in out
    assert lines[-1] == "8 đơn vị có hiệu lực ngày 1/1/2024, thuộc 178"
    code, _, err = run("units", "list", "--area", "999", "--on", "01/01/2024")
    assert (code, err) == (2, "--area: trường 'area': không có đơn vị hành chính “999”\n")


def test_units_lineage_names_the_change_in_vietnamese():
    code, out, _ = run("units", "lineage", "05971")
    assert code == 0
    assert "chuyển thành:\n  1/7/2025  05971 → 06187 (sáp nhập)" in out


@pytest.mark.django_db
def test_the_web_and_the_command_line_translate_through_one_table():
    core = Problem("plan.yaml", "plan.baseline_order", {"base": 2021, "start": 2021})
    with translation.override("vi"):
        from chitieu.web.problems import said

        web = said(core)
    cli = messages.said(core.said, messages.catalogue("vi"))
    assert web == cli == "năm gốc 2021 phải trước năm 2021"


CYCLE = """\
units:
  - {code: T01, name: Xã Thử Một, level: commune, type: xã, parent: "178", valid_to: 2019-12-31}
  - {code: T03, name: Xã Thử Ba, level: commune, type: xã, parent: "178",
     valid_from: 2020-01-01, valid_to: 2025-06-30}
changes:
  - {predecessor: T01, successor: T03, kind: merge, effective: 2020-01-01}
  - {predecessor: T03, successor: T01, kind: merge, effective: 2021-01-01}
"""


def test_a_lineage_problem_reads_as_on_the_web_page(tmp_path: Path):
    path = tmp_path / "units.yaml"
    path.write_text(CYCLE, encoding="utf-8")
    code, _, err = run("units", "lineage", "T01", "--units", str(path))
    assert code == 2
    said = err.splitlines()[0].split("'successor': ", 1)[1]
    assert said == "quan hệ kế thừa tạo thành vòng lặp: T01 → T03 → T01"
    change = Change("T01", "T03", ChangeKind.MERGE, date(2020, 1, 1))
    finding = Finding("cycle", change, "successor", {"loop": "T01 → T03 → T01"})
    with translation.override("vi"):
        from chitieu.web.units.rules import message

        assert message(finding) == said


def test_the_catalogue_is_read_from_its_po_file_when_it_was_not_compiled(tmp_path, monkeypatch):
    po = messages.LOCALE_DIR / "vi" / "LC_MESSAGES" / "django.po"
    copy = tmp_path / "vi" / "LC_MESSAGES"
    copy.mkdir(parents=True)
    shutil.copy(po, copy / "django.po")
    monkeypatch.setattr(messages, "LOCALE_DIR", tmp_path)
    messages.translations.cache_clear()
    try:
        assert messages.catalogue("vi")("came from") == "hình thành từ"
    finally:
        messages.translations.cache_clear()


def test_the_command_line_loads_no_django_to_translate(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text(BAD_PLAN, encoding="utf-8")
    script = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from chitieu.cli import main\n"
        f"r = CliRunner().invoke(main, ['plan', 'check', {str(path)!r}, '--lang', 'vi'])\n"
        "assert 'thiếu trường bắt buộc' in r.stderr, r.stderr\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
