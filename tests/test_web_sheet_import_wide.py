"""A department's wide sheet with Vietnamese period headings ("Năm 2022", "6 tháng đầu năm
2023", "Ước TH 2024") goes through the mapping step: the page proposes where the figures
are, the preview lists them by cell, and saving puts them into the agency's drafts (one
report per period, each value on the record), then keeps the mapping."""

from __future__ import annotations

from decimal import Decimal

from chitieu.web.figures.models import ExchangeMapping, FigureRecord
from chitieu.web.people.models import AuditEvent
from tests.exchangeweb import exchange_plan
from tests.sheetweb import WIDE_FORM, upload, wide_workbook
from tests.webhelpers import client_for


def test_it_saves_a_wide_sheet_through_the_mapping_step(demo, people, tmp_path):
    plan = exchange_plan(people["kehoach"])
    client = client_for("laodong")
    book = wide_workbook(tmp_path / "bieu01.xlsx", [62, 63.5, "64,2"])
    url = upload(client, plan.slug, book)
    page = client.get(url).content.decode()
    # the core's proposal: the header on row 3, wide, the measure column "Chỉ tiêu"
    assert 'id="sheet-header" value="3"' in page
    assert 'value="wide" id="sheet-wide" checked' in page
    assert 'id="col-metric" list="sheet-headings" value="Chỉ tiêu"' in page
    assert 'id="m-nuoc-sach" value="Tỷ lệ hộ dùng nước sạch"' in page
    preview = client.post(url, {**WIDE_FORM, "action": "preview"})
    assert preview.status_code == 200
    shown = preview.content.decode()
    assert "3 số liệu đã đọc" in shown and 'id="sheet-save"' in shown
    assert not FigureRecord.objects.filter(plan=plan, value=Decimal("62")).exists()
    saved = client.post(url, {**WIDE_FORM, "action": "save"})
    assert saved.status_code == 302
    assert saved["Location"] == f"/figures/entry/{plan.slug}/so-ldtbxh/2022/"
    drafts = FigureRecord.objects.filter(plan=plan, approved_at__isnull=True, unit_code="20")
    got = {(f.period, f.stage, f.as_of.isoformat(), f.value) for f in drafts}
    assert got == {
        ("2022", "official", "2025-01-15", Decimal("62")),
        ("2023-H1", "official", "2025-01-15", Decimal("63.5")),
        ("2024", "estimate", "2025-01-15", Decimal("64.2")),  # "Ước TH": an estimate
    }
    assert {f.submission.period for f in drafts} == {"2022", "2023-H1", "2024"}
    assert {f.submission.status for f in drafts} == {"draft"}
    # each value on the record: two new figures, and the 2024 draft changed from 99
    assert AuditEvent.objects.filter(plan=plan, action="enter", field="value").count() == 2
    change = AuditEvent.objects.get(plan=plan, action="change", field="value")
    assert (Decimal(change.old), change.new) == (Decimal("99"), "64.2")
    kept = ExchangeMapping.objects.get(plan=plan, agency__code="so-ldtbxh", kind="sheet")
    assert kept.data["columns"] == {"metric": "Chỉ tiêu"} and kept.data["layout"] == "wide"
    assert AuditEvent.objects.filter(object_id=str(kept.pk), action="create").exists()
