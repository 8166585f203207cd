"""A round asks more than the agencies with people in chitieu: the units of the registry
(every commune or ward in force on the round's day, or units named by their codes) and
Party committees, an agency kind of their own. A code that names no unit in force that day
is refused and named, and no round is opened. Whoever is asked is in the counts, the list
of those that have not replied and the summary report."""

from __future__ import annotations

import io

import docx
import pytest
from openpyxl import load_workbook

from chitieu.web.consultation.models import Round
from chitieu.web.people.models import Agency, AuditEvent
from tests.consultwebkit import LAODONG, deadline, open_round, upload_draft
from tests.webhelpers import client_for

pytestmark = pytest.mark.django_db

DONG_KINH, LUONG_VAN_TRI = "05977", "05983"  # wards of Lạng Sơn since 1/7/2025
TRANG_DINH = "180"  # Huyện Tràng Định: a district until 30/6/2025


def _post_round(team, draft, **data):
    version = draft.versions.get()
    fields = {"title": "Xin ý kiến", "version": str(version.pk), "deadline": deadline()}
    return team.post(f"/consultation/drafts/{draft.pk}/rounds/new/", fields | data)


def test_it_asks_every_commune_and_ward_in_force_today(people):
    team = client_for("kehoach")
    made = open_round(team, upload_draft(team), codes=(), levels=["commune"])
    assert made.units.count() == 65  # Lạng Sơn's communes and wards after the 2025 reform
    assert set(made.units.values_list("level", flat=True)) == {"commune"}
    assert made.agencies.count() == 0
    opened = AuditEvent.objects.get(action="round_opened")
    assert opened.new.startswith("0") and len(opened.new.split()) == 65  # GSO codes


def test_it_asks_units_named_by_code_beside_agencies(people):
    team = client_for("kehoach")
    made = open_round(team, upload_draft(team), codes=(LAODONG,), unit_codes="05977, 05983")
    assert sorted(made.units.values_list("code", flat=True)) == [DONG_KINH, LUONG_VAN_TRI]
    event = AuditEvent.objects.get(action="round_opened")
    assert event.new == "05977 05983 so-ldtbxh"
    day = made.deadline
    assert event.comment == f"{day.day}/{day.month}/{day.year}"  # as the trail shows it


def test_it_refuses_a_code_of_a_unit_not_in_force_and_opens_nothing(people):
    team = client_for("kehoach")
    draft = upload_draft(team)
    response = _post_round(team, draft, unit_codes=f"{DONG_KINH} {TRANG_DINH} 99999")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Không có đơn vị nào trong danh mục có mã 180, 99999 vào ngày" in page
    only_districts = _post_round(team, draft, levels=["district"]).content.decode()
    assert "Không có đơn vị nào thuộc các loại đã chọn đang hoạt động." in only_districts
    assert not Round.objects.exists()


def test_it_asks_party_committees_by_kind(people):
    office = client_for("kehoach")
    committee = {"code": "dang-uy-xa-hoi-hoan", "name": "Đảng ủy xã Hội Hoan"}
    new = committee | {"kind": "party", "area_code": "20"}
    assert office.post("/people/agencies/", new).status_code == 302
    made = open_round(office, upload_draft(office), codes=(), kinds=["party"])
    assert list(made.agencies.values_list("code", flat=True)) == ["dang-uy-xa-hoi-hoan"]
    assert Agency.objects.get(code="dang-uy-xa-hoi-hoan").get_kind_display() == "cấp ủy đảng"


@pytest.fixture
def answered(people):
    """Sở LĐ-TB&XH and two wards asked; only Sở LĐ-TB&XH has commented."""
    team = client_for("kehoach")
    made = open_round(team, upload_draft(team), codes=(LAODONG,), unit_codes="05977 05983")
    client_for("laodong").post(
        f"/consultation/rounds/{made.pk}/comment/",
        {"part": "I/p1", "kind": "agree", "text": "Đồng ý."},
    )
    return made


def test_it_counts_the_units_asked_and_lists_the_silent_ones(answered):
    page = client_for("kehoach").get(f"/consultation/rounds/{answered.pk}/consolidation/")
    text = page.content.decode()
    assert "1 trên 3 đơn vị được xin ý kiến đã gửi ý kiến." in text
    assert "Phường Đông Kinh, Phường Lương Văn Tri</p>" in text


def test_the_summary_report_names_the_units_asked(answered):
    team = client_for("kehoach")
    word = team.get(f"/consultation/rounds/{answered.pk}/summary.docx")
    text = [p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs]
    assert "Dự thảo đã được gửi xin ý kiến 3 đơn vị; 1 đơn vị đã gửi ý kiến." in text
    assert "Các đơn vị chưa gửi ý kiến: Phường Đông Kinh, Phường Lương Văn Tri." in text
    book = load_workbook(
        io.BytesIO(team.get(f"/consultation/rounds/{answered.pk}/summary.xlsx").content)
    )
    sheet = book["Đơn vị"]
    assert [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)] == [
        [1, "Phường Đông Kinh", "Chưa"],
        [2, "Phường Lương Văn Tri", "Chưa"],
        [3, "Sở Lao động - Thương binh và Xã hội", "Có"],
    ]
