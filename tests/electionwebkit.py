"""The issue's cell election set up on the web, and ballots entered through the keyboard
form, for the election page tests.

The cell: 11 official members convened, 1 absent throughout with a reason the committee
accepted (base 10), 3 seats, 4 names. The ballots below (docs/examples/phieu.csv) give, by
hand: An 9, Bình 7, Cường 6, Dung 5 — 5 votes of a base of 10 do not elect, 6 do.
"""

from __future__ import annotations

import io
from typing import Any

import docx
from django.test import Client

from chitieu.web.elections.models import Election

CELL = {
    "title": "Đại hội Chi bộ Phòng Tổng hợp, nhiệm kỳ 2025-2030",
    "congress": "dai_hoi_dang_vien",
    "elects": "Ban Chi ủy",
    "seats": "3",
    "list_kind": "surplus",
    "candidates_list": "Nguyễn Văn An\nTrần Thị Bình\nLê Văn Cường\nPhạm Thị Dung",
    "convened": "11",
    "excluded_list": "1 vắng mặt suốt thời gian đại hội có lý do được cấp ủy đồng ý",
    "present": "10",
    "issued": "10",
    "organisation": "Đảng bộ xã Thử",
    "place": "Thử",
    "held_on": "20/6/2025",
    # the counting committee as the congress voted it; the head assigned the two members
    # with accounts (daibieu, laodong) to the double entry
    "committee_list": (
        "Hoàng Văn Em | Trưởng ban\nVũ Thị Gấm | phó trưởng ban\n"
        "Đào Văn Biểu | ủy viên | daibieu\nLã Thị Động | ủy viên | laodong"
    ),
}

# (ballot, the numbers crossed out): docs/examples/phieu.csv
BALLOTS = [
    ("1", "4"),
    ("2", "4"),
    ("3", "4"),
    ("4", "4"),
    ("5", "4 3"),
    ("6", "3"),
    ("7", "3"),
    ("8", "3 2"),
    ("9", "2"),
    ("10", "2 1"),
]


def set_up(admin: Client, people: dict[str, Any], **changes: str) -> Election:
    """The cell election, its counters daibieu (counter 1) and laodong (counter 2)."""
    data = {
        **CELL,
        "counter_1": str(people["daibieu"].pk),
        "counter_2": str(people["laodong"].pk),
        **changes,
    }
    response = admin.post("/elections/new/", data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    return Election.objects.get(title=CELL["title"], round=1)


def enter(client: Client, election: Election, ballots: list[tuple[str, str]]) -> None:
    for number, crossed in ballots:
        response = client.post(
            f"/elections/{election.pk}/ballots/", {"ballot": number, "crossed": crossed}
        )
        assert response.status_code == 302, response.content.decode()[-2000:]


def docx_text(data: bytes) -> str:
    """A .docx file's paragraphs and table cells, one a line."""
    document = docx.Document(io.BytesIO(data))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)
