"""chitieu read on every file type, and its refusals, each with exit code 2."""

import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from chitieu.cli import main
from chitieu.textread.sources import extract_text
from tests.textread_cases import CASES, FONT, to_docx, to_pdf

LIST = (
    "NGHỊ QUYẾT\nĐại hội Đảng bộ huyện Văn Lãng lần thứ XXI, nhiệm kỳ 2020 - 2025\n"
    "Các chỉ tiêu chủ yếu:\n(1) Tỷ lệ lao động qua đào tạo đạt 65%.\n"
    "(2) Trồng rừng mới hằng năm đạt 500 ha.\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [*args, "--lang", "en"])
    return result.exit_code, result.stdout, result.stderr


def test_it_writes_a_plan_that_checks(tmp_path: Path):
    src = tmp_path / "nq.txt"
    src.write_text(LIST, encoding="utf-8")
    out = tmp_path / "plan.yaml"
    code, stdout, stderr = run("read", str(src), "-o", str(out))
    assert code == 0 and stdout == ""
    assert f"{src}: 2 targets, 2 measures → {out}" in stderr
    assert "administrative unit code unknown" in stderr  # a district: no code in the text
    # the proposal is a valid plan; the review list says what to fill in
    code, stdout, _ = run("plan", "check", str(out))
    assert code == 0 and "2 targets, 2 metrics" in stdout


def test_it_prints_json(tmp_path: Path):
    import json

    src = tmp_path / "nq.txt"
    src.write_text(LIST, encoding="utf-8")
    code, stdout, _ = run("read", str(src), "--format", "json")
    data = json.loads(stdout)
    assert code == 0 and [t["no"] for t in data["targets"]] == [1, 2]
    assert data["targets"][1]["metrics"][0]["kind"] == "every_year"


def test_it_reads_word_files_in_document_order(tmp_path: Path):
    text = (CASES / "dang-uy-table.txt").read_text(encoding="utf-8")
    path = to_docx(text, tmp_path / "nq.docx")
    lines = extract_text(path).splitlines()
    assert "(1) Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm đạt 10 - 11%." in lines
    assert lines.index("Khâu đột phá:") > lines.index("Các chỉ tiêu chủ yếu:")


@pytest.mark.skipif(not FONT.exists(), reason="needs Debian's fonts-dejavu-core")
def test_it_reads_pdfs_with_a_text_layer(tmp_path: Path):
    path = to_pdf(LIST, tmp_path / "nq.pdf")
    assert "Trồng rừng mới hằng năm đạt 500 ha." in extract_text(path)


def test_it_keeps_what_a_web_page_shows_and_drops_the_rest():
    text = extract_text(CASES / "tinh-2025-2030.html")
    assert "Về kinh tế: (1) Tốc độ tăng trưởng" in text
    assert (
        "dataLayer" not in text and "Trang chủ" not in text and "Báo Cao Bằng</title>" not in text
    )


def test_a_file_without_a_target_list_says_so(tmp_path: Path):
    src = tmp_path / "nq.txt"
    src.write_text(
        "NGHỊ QUYẾT\nVề công tác cán bộ.\nGiao Ban Thường vụ tổ chức thực hiện.\n", encoding="utf-8"
    )
    code, stdout, stderr = run("read", str(src))
    assert code == 2 and stdout == ""
    assert stderr.startswith(f"{src}: no targets found: looked for a list under a heading")
    assert "Về kinh tế" in stderr and "phấn đấu" in stderr


def test_an_unsupported_file_type_is_refused(tmp_path: Path):
    src = tmp_path / "nq.xlsx"
    src.write_bytes(b"PK\x03\x04")
    code, _, stderr = run("read", str(src))
    assert code == 2 and "unsupported file type “.xlsx”" in stderr


def test_a_pdf_without_a_text_layer_is_refused(tmp_path: Path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a scan is pictures, not text
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    code, _, stderr = run("read", str(path))
    assert code == 2 and "no text layer" in stderr


def test_a_broken_word_file_is_refused(tmp_path: Path):
    path = tmp_path / "nq.docx"
    path.write_bytes(b"not a zip")
    code, _, stderr = run("read", str(path))
    assert code == 2 and "not a readable Word .docx file" in stderr


def test_an_undecodable_encoding_is_refused_not_guessed(tmp_path: Path):
    path = tmp_path / "nq.txt"
    # Windows-1258 writes Vietnamese as base letters plus combining tone marks
    path.write_bytes(unicodedata.normalize("NFD", LIST).encode("cp1258", errors="replace"))
    code, _, stderr = run("read", str(path))
    assert code == 2
    assert (
        "cannot read the text: byte 0xf2 at offset 4 is not UTF-8" in stderr
        and "save the file as UTF-8" in stderr
    )


def test_utf16_with_a_bom_is_read(tmp_path: Path):
    path = tmp_path / "nq.txt"
    path.write_bytes(LIST.encode("utf-16"))
    assert "Trồng rừng mới" in extract_text(path)
