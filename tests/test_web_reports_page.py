"""The Reports page gives the review document of a period in each format, from the
approved figures as they stood on a date, the same as `chitieu report` from files."""

from __future__ import annotations

import io
from datetime import date

import openpyxl
from docx import Document
from pypdf import PdfReader

from chitieu.reports import build_review
from chitieu.web.figures.evaluation import stored_core
from tests.webhelpers import client_for

URL = "/dashboard/langson-xvii/reports/"


def _download(fmt: str, **params: str):
    query = {"period": "2023-9M", "as_of": "15/10/2023", "kind": "review", "format": fmt}
    return client_for("daibieu").get(URL, query | params)


def test_it_offers_every_period_of_the_term_and_each_format(demo):
    page = client_for("daibieu").get(URL).content.decode()
    assert 'value="2021-H1"' in page and 'value="2025"' in page and 'value="2021/2025"' in page
    assert all(f'id="download-{fmt}"' in page for fmt in ("docx", "xlsx", "pdf"))


def test_it_downloads_the_docx_with_the_core_headline(demo):
    response = _download("docx")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    core, figures = stored_core(demo)
    expected = build_review(core, figures, "2023-9M", as_of=date(2023, 10, 15)).headline
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert expected in text


def test_it_downloads_the_xlsx_and_the_pdf(demo):
    book = openpyxl.load_workbook(io.BytesIO(_download("xlsx").content))
    assert len(book.worksheets) > 1  # the summary and a sheet per target
    pdf = PdfReader(io.BytesIO(_download("pdf").content))
    assert "Lạng Sơn" in pdf.pages[0].extract_text()


def test_it_says_why_there_is_no_document_and_sends_no_file(demo):
    response = _download("docx", period="2031")
    assert response.status_code == 400
    assert "Content-Disposition" not in response
    assert 'id="report-error"' in response.content.decode()
    # in the page's language, as the command line says it
    assert (
        "2031 nằm ngoài nhiệm kỳ 2021–2025 của kế hoạch langson-xvii" in response.content.decode()
    )
    bad_date = _download("pdf", as_of="32/13/2023")
    assert bad_date.status_code == 400 and "32/13/2023" in bad_date.content.decode()


def test_it_keeps_private_plans_from_anonymous_visitors(demo):
    demo.is_public = False
    demo.save()
    response = client_for(None).get(URL, {"period": "2023", "format": "pdf"})
    assert response.status_code == 302 and "/login/" in response["Location"]
