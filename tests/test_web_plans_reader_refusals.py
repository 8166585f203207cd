"""A file the reader cannot use is refused with the reader's message; nothing is saved."""

from __future__ import annotations

from chitieu.web.plans.models import Plan, ReadDraft
from tests.planhelpers import upload
from tests.webhelpers import client_for


def post(content: bytes | str, name: str, lang: str = "vi"):  # type: ignore[no-untyped-def]
    return client_for("kehoach", lang).post("/plans/read/", {"file": upload(content, name)})


def refused(r) -> str:  # type: ignore[no-untyped-def]
    assert r.status_code == 400
    page = r.content.decode()
    assert 'id="read-problems"' in page
    assert not ReadDraft.objects.exists()
    return page


def test_an_unsupported_file_type_is_refused(db):
    plans = Plan.objects.count()
    page = refused(post(b"MZ\x90\x00", "nghi-quyet.exe"))
    assert (
        "nghi-quyet.exe: loại tệp “.exe” không được hỗ trợ (dùng .txt, .docx, .pdf hoặc .html)"
        in page
    )
    assert Plan.objects.count() == plans


def test_a_text_without_a_target_list_is_refused(db):
    page = refused(
        post("NGHỊ QUYẾT\nVề công tác cán bộ.\nGiao Ban Thường vụ tổ chức thực hiện.\n", "nq.txt")
    )
    assert "nq.txt: không tìm thấy chỉ tiêu nào: đã tìm danh mục" in page


def test_a_text_not_in_utf8_is_refused(db):
    page = refused(post(b"C\xe1c ch\xec ti\xeau ch\xf0 y\xeau", "nq.txt"))
    assert "không phải UTF-8" in page


def test_a_pdf_without_text_is_refused(db):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 100, 100)  # a drawing, as a scan is: no letters
    page = refused(post(bytes(pdf.output()), "scan.pdf"))
    assert "không có lớp chữ" in page


def test_a_broken_word_file_is_refused(db):
    page = refused(post(b"not a zip", "nq.docx"))
    assert "không đọc được tệp Word .docx" in page


def test_the_refusal_reads_in_english_in_the_english_page(db):
    page = refused(post(b"x", "nq.xls", lang="en"))
    assert "unsupported file type “.xls” (use .txt, .docx, .pdf or .html)" in page
