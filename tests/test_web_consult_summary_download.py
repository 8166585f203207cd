"""The drafting team downloads the summary report of a round ("Báo cáo tổng hợp ý
kiến") as .docx and .xlsx, written by the core from what the round holds on the web:
the units asked and those that replied, each comment with its unit and the team's
answer, the proposed target values and the decisions. Read back as a user opens them."""

from __future__ import annotations

import io

import docx
import pytest
from openpyxl import load_workbook

from chitieu.web.consultation.models import Comment
from tests.consultwebkit import LAODONG, YTE, open_round, upload_draft
from tests.webhelpers import client_for

pytestmark = pytest.mark.django_db

LD = "Sở Lao động - Thương binh và Xã hội"


@pytest.fixture
def round_(people):
    team = client_for("kehoach")
    made = open_round(team, upload_draft(team), codes=(LAODONG, YTE))
    client_for("laodong").post(
        f"/consultation/rounds/{made.pk}/comment/",
        {"part": "II/2/p6", "kind": "target_value", "proposed_value": "80", "text": "Nên 80%."},
    )
    comment = Comment.objects.get()
    team.post(
        f"/consultation/rounds/{made.pk}/respond/",
        {"comment": comment.pk, "decision": "explained", "reason": "75% đã sát khả năng."},
    )
    return made


def test_it_downloads_the_word_report(round_):
    response = client_for("kehoach").get(f"/consultation/rounds/{round_.pk}/summary.docx")
    assert response.status_code == 200
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="tong-hop-y-kien-{round_.pk}.docx"'
    )
    document = docx.Document(io.BytesIO(response.content))
    text = [p.text for p in document.paragraphs]
    assert "Dự thảo đã được gửi xin ý kiến 2 đơn vị; 1 đơn vị đã gửi ý kiến." in text
    assert "Các đơn vị chưa gửi ý kiến: Sở Y tế." in text
    assert f"+ {LD}: Nên 80%." in text or f"- {LD}: Nên 80%." in text
    assert "Ý kiến của Ban soạn thảo: Giải trình: 75% đã sát khả năng." in text
    rows = [[c.text for c in row.cells] for row in document.tables[1].rows]
    assert rows[1] == [
        "1",
        "Phần II, mục 2, đoạn 6: Tỷ lệ lao động qua đào tạo đạt 75%.",
        LD,
        "80",
        "Giải trình: 75% đã sát khả năng.",
    ]


def test_it_downloads_the_workbook(round_):
    response = client_for("kehoach").get(f"/consultation/rounds/{round_.pk}/summary.xlsx")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    units = [list(r) for r in book["Đơn vị"].iter_rows(values_only=True)]
    assert units == [["STT", "Đơn vị", "Đã gửi ý kiến"], [1, LD, "Có"], [2, "Sở Y tế", "Chưa"]]
    targets = [list(r) for r in book["Chỉ tiêu"].iter_rows(values_only=True)]
    assert targets[1][3:] == [LD, 80, "Giải trình", "75% đã sát khả năng."]


def test_it_writes_the_report_in_english_on_request(round_):
    client = client_for("kehoach", lang="en")
    book = load_workbook(
        io.BytesIO(client.get(f"/consultation/rounds/{round_.pk}/summary.xlsx").content)
    )
    assert book.sheetnames == ["Units", "Comments", "Targets"]
