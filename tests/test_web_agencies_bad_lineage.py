"""A lineage of agencies that cannot be: overlapping dates, a second merger of an agency
already merged, a cycle, an edit of an agency's dates that breaks a recorded merger. Each
is refused with a message naming the agencies and the dates (on the field at fault), in
Vietnamese or English, and nothing is saved: no record, no date, no person moved."""

from __future__ import annotations

from django.urls import reverse

from chitieu.web.people.models import Agency, AgencyChange, AuditEvent, Profile
from tests.agencykit import KHDT, TAI_CHINH, page_text, record_change
from tests.webhelpers import client_for


def _state() -> tuple[object, ...]:
    return (
        AgencyChange.objects.count(),
        AuditEvent.objects.count(),
        tuple(Agency.objects.order_by("pk").values_list("valid_from", "valid_to")),
        tuple(Profile.objects.order_by("pk").values_list("agency_id", flat=True)),
    )


def test_it_refuses_a_merger_of_an_agency_still_in_force_after_it(demo):
    Agency.objects.filter(code="so-gtvt").update(valid_to="2025-06-30")
    before = _state()
    response = record_change("so-gtvt", "so-tnmt", "merge", "1/3/2025")
    assert response.status_code == 422
    assert (
        "ngày chồng lấn: Sở Giao thông vận tải (so-gtvt) vẫn còn hoạt động vào ngày 1/3/2025, "
        "khi đã trở thành Sở Tài nguyên và Môi trường (so-tnmt); ngày cuối của cơ quan này "
        "phải là 28/2/2025"
    ) in page_text(response)
    assert _state() == before


def test_it_refuses_a_second_merger_of_an_agency_already_merged(demo):
    before = _state()
    response = record_change(KHDT, "so-gtvt", "merge", "1/6/2025")
    assert response.status_code == 422
    assert (
        "Sở Kế hoạch và Đầu tư (so-khdt) không hoạt động vào ngày 31/5/2025, ngày liền trước "
        "thay đổi"
    ) in page_text(response)
    assert _state() == before


def test_it_refuses_a_cycle_in_english_too(demo):
    before = _state()
    data = {
        "change-kind": "merge",
        "change-successor": str(Agency.objects.get(code=KHDT).pk),
        "change-effective": "1/1/2026",
        "change-act": "",
    }
    url = reverse("people:change_add", args=[TAI_CHINH])
    response = client_for("kehoach", "en").post(url, data)
    assert response.status_code == 422
    text = page_text(response)
    assert (
        "the lineage would make a cycle: Sở Tài chính (so-tai-chinh) → Sở Kế hoạch và Đầu tư "
        "(so-khdt) → Sở Tài chính (so-tai-chinh)"
    ) in text
    assert (
        "Sở Kế hoạch và Đầu tư (so-khdt) is not in force on 1/1/2026, the day of the change" in text
    )
    assert _state() == before
    assert Agency.objects.get(code=TAI_CHINH).valid_to is None


def test_it_refuses_dates_that_break_a_recorded_merger_on_the_field_at_fault(demo):
    before = _state()
    edit = {
        "agency-name": "Sở Kế hoạch và Đầu tư",
        "agency-kind": "department",
        "agency-area_code": "20",
        "agency-valid_from": "",
        "agency-valid_to": "30/6/2025",
        "agency-act": "",
    }
    response = client_for("kehoach").post(reverse("people:agency", args=[KHDT]), edit)
    assert response.status_code == 422
    form = response.context["form"]
    assert form.errors["valid_to"] == [
        "ngày chồng lấn: Sở Kế hoạch và Đầu tư (so-khdt) vẫn còn hoạt động vào ngày 1/3/2025, "
        "khi đã trở thành Sở Tài chính (so-tai-chinh); ngày cuối của cơ quan này phải là "
        "28/2/2025"
    ]
    edit["agency-valid_from"] = "1/1/2026"
    response = client_for("kehoach").post(reverse("people:agency", args=[KHDT]), edit)
    assert response.context["form"].errors["valid_to"] == [
        "cơ quan không thể kết thúc trước khi bắt đầu"
    ]
    assert _state() == before


def test_it_refuses_a_bad_record_in_the_admin_and_saves_nothing(demo):
    before = _state()
    page = client_for("quantri").post(
        "/admin/people/agencychange/add/",
        {
            "predecessor": Agency.objects.get(code="so-gtvt").pk,
            "successor": Agency.objects.get(code="so-tnmt").pk,
            "kind": "merge",
            "effective": "1/3/2025",
            "act": "",
        },
    )
    assert page.status_code == 200  # the form again, with its errors
    errors = page.context["adminform"].form.errors
    assert "Sở Giao thông vận tải (so-gtvt) vẫn còn hoạt động vào ngày 1/3/2025" in str(
        errors["predecessor"]
    )
    assert "Sở Tài nguyên và Môi trường (so-tnmt) đã hoạt động vào ngày 28/2/2025" in str(
        errors["successor"]
    )
    assert _state() == before
