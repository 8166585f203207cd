"""Reading an uploaded resolution is bounded: a read past its time is stopped with a message,
and a file over a reader's limit (a zip bomb, a text too long, UTF-16 without its mark) is
refused naming the file; nothing is saved and the server goes on (issue 10)."""

from __future__ import annotations

import io

from django.test import override_settings

from chitieu.web.plans.models import ReadDraft
from tests.filekit import rezip
from tests.planhelpers import upload
from tests.textread_cases import to_docx
from tests.webhelpers import client_for

TEXT = "Các chỉ tiêu chủ yếu:\n(1) Tỷ lệ lao động qua đào tạo đạt 65%.\n"


def refused(content: bytes | str, name: str, lang: str = "vi") -> str:
    r = client_for("kehoach", lang).post("/plans/read/", {"file": upload(content, name)})
    assert r.status_code == 400
    assert not ReadDraft.objects.exists()
    return r.content.decode().split('id="read-problems"')[1].split("</div>")[0]


@override_settings(CHITIEU_PARSE_LIMITS={"seconds": 0.01, "memory": 1024 * 1024 * 1024})
def test_a_read_past_its_time_is_stopped(db):
    problems = refused(TEXT, "nq.txt")
    assert "nq.txt: việc đọc tệp mất hơn 0,01 giây nên đã bị dừng" in problems


def test_the_same_file_is_read_within_the_usual_limits(db):
    r = client_for("kehoach").post("/plans/read/", {"file": upload(TEXT, "nq.txt")})
    assert r.status_code == 302 and ReadDraft.objects.count() == 1


def test_a_word_zip_bomb_is_refused_before_it_is_unpacked(db, tmp_path):
    seed = to_docx(TEXT, tmp_path / "nq.docx").read_bytes()
    bomb = rezip(seed, {"word/document.xml": lambda xml: xml + b" " * (30 * 1024 * 1024)})
    problems = refused(bomb, "nq.docx")
    assert (
        "nq.docx: không đọc được tệp Word .docx: phần “word/document.xml” của tệp bị nén hơn "
        "200 lần (bom nén zip?)"
    ) in problems


def test_a_text_too_long_to_be_a_resolution_is_refused(db):
    problems = refused("a" * 2_000_001, "nq.txt", lang="en")
    assert (
        "nq.txt: the text is longer than 2.000.000 characters: give only the resolution" in problems
    )


def test_utf16_without_its_byte_order_mark_is_named(db):
    problems = refused(TEXT.encode("utf-16-le"), "nq.txt")
    assert (
        "nq.txt: không đọc được văn bản: có ký tự NUL ở vị trí 1 (UTF-16 không có dấu BOM?)"
        in problems
    )


def test_utf16_that_does_not_decode_is_named(db):
    problems = refused(b"\xff\xfe" + "Các chỉ".encode("utf-16-le") + b"\x00\xd8", "nq.txt")
    assert "nq.txt: không đọc được văn bản: các byte ở vị trí 16 không phải UTF-16" in problems


def test_a_damaged_pdf_is_refused_whatever_pypdf_raises(db):
    # /F韆teDecode: pypdf raised NotImplementedError, a 500 before
    pdf = io.BytesIO()
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    doc.set_font("Helvetica", size=11)
    doc.multi_cell(0, 6, "Cac chi tieu chu yeu: (1) Ty le lao dong qua dao tao dat 65%.")
    pdf.write(bytes(doc.output()))
    data = pdf.getvalue().replace(b"/FlateDecode", "/F韆teDecod".encode())
    assert "nq.pdf: không đọc được tệp PDF" in refused(data, "nq.pdf")
