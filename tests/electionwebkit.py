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
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from chitieu.web.elections.models import Election
from tests.webhelpers import client_for

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


# By hand, base 10 (threshold 6), 3 seats: An crossed out twice (8), Bình 3 times (7),
# Cường and Dung 4 times each (6 and 6): An and Bình elected, Cường and Dung tied for
# the last seat.
TIED = [
    ("1", "4"),
    ("2", "4"),
    ("3", "4"),
    ("4", "4 3"),
    ("5", "3"),
    ("6", "3"),
    ("7", "3 2"),
    ("8", "2"),
    ("9", "2 1"),
    ("10", "1"),
]


def every_change(people: dict[str, Any]) -> Election:
    """Each change a count makes in the audit trail, through its pages: the election set up
    (its counters assigned) and edited (its committee changed), the first counter's tally
    imported, the second's typed with a ballot corrected and one removed and typed again,
    the minutes locked, a correction opened and locked again, the next round set up for the
    seat the tie left."""
    admin, first, second = client_for("quantri"), client_for("daibieu"), client_for("laodong")
    election = set_up(admin, people)
    edited = {**CELL, "place": "Xã Thử", "counter_1": str(people["daibieu"].pk)}
    edited |= {"counter_2": str(people["laodong"].pk)}
    edited["committee_list"] = CELL["committee_list"].replace("Vũ Thị Gấm", "Vũ Thị Gấm Hoa")
    assert admin.post(f"/elections/{election.pk}/edit/", edited).status_code == 302
    rows = "ballot,crossed,invalid_reason\n" + "".join(f"{n},{x},\n" for n, x in TIED)
    tally = SimpleUploadedFile("phieu.csv", rows.encode(), content_type="text/csv")
    assert (
        first.post(f"/elections/{election.pk}/ballots/import/", {"file": tally}).status_code == 302
    )
    enter(second, election, [("1", "3"), *TIED[1:]])
    fix = {"ballot": "1", "crossed": "4", "replace": "1"}
    assert second.post(f"/elections/{election.pk}/ballots/", fix).status_code == 302
    assert second.post(f"/elections/{election.pk}/ballots/", {"remove": "10"}).status_code == 302
    enter(second, election, TIED[-1:])
    url = f"/elections/{election.pk}/"
    assert first.post(f"{url}lock/").status_code == 302
    assert first.post(f"{url}correct/", {"reason": "Kiểm tra lại phiếu số 7"}).status_code == 302
    assert second.post(f"{url}lock/").status_code == 302
    assert first.post(f"{url}next-round/", {"keep": ["3", "4"]}).status_code == 302
    return election
