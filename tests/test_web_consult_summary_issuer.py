"""The summary report's issuing body is the round's: by default the documents
subcommittee ("TIỂU BAN VĂN KIỆN"), or the body the drafting team writes when it opens
the round, a line each, printed in the .docx header in capitals, the last line in bold."""

from __future__ import annotations

import io

import docx
import pytest

from tests.consultwebkit import open_round, upload_draft
from tests.webhelpers import client_for

pytestmark = pytest.mark.django_db


def _header(round_, lang="vi"):
    team = client_for("kehoach", lang)
    document = docx.Document(
        io.BytesIO(team.get(f"/consultation/rounds/{round_.pk}/summary.docx").content)
    )
    return document.tables[0].rows[0].cells[0]


def test_it_keeps_the_documents_subcommittee_by_default(people):
    team = client_for("kehoach")
    made = open_round(team, upload_draft(team))
    assert made.issuer == ""
    assert _header(made).text.startswith("TIỂU BAN VĂN KIỆN\n*\nSố")
    assert _header(made, "en").text.startswith("DOCUMENTS SUBCOMMITTEE\n*\nNo.")


def test_it_prints_the_body_written_for_the_round(people):
    team = client_for("kehoach")
    issuer = "Đảng bộ tỉnh Lạng Sơn\r\nTiểu ban Văn kiện Đại hội XVIII"
    made = open_round(team, upload_draft(team), issuer=issuer)
    cell = _header(made)
    assert cell.text.startswith("ĐẢNG BỘ TỈNH LẠNG SƠN\nTIỂU BAN VĂN KIỆN ĐẠI HỘI XVIII\n*\nSố")
    bold = [p.text for p in cell.paragraphs if p.runs and all(r.bold for r in p.runs)]
    assert "TIỂU BAN VĂN KIỆN ĐẠI HỘI XVIII" in bold
    assert "ĐẢNG BỘ TỈNH LẠNG SƠN" not in bold
