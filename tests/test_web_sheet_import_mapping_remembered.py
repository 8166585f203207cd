"""The mapping an agency used for its sheet is offered again for the next period's file:
the sheet, header row, layout, columns, stage, report date and labels come prefilled, so
the next file is previewed and saved without being mapped again; another agency's
reporter gets nothing of it."""

from __future__ import annotations

from decimal import Decimal

from chitieu.web.figures.models import FigureRecord
from tests.exchangeweb import exchange_plan
from tests.sheetweb import WIDE_FORM, upload, wide_workbook
from tests.webhelpers import client_for


def test_the_next_file_is_mapped_as_the_last_one(demo, people, tmp_path):
    plan = exchange_plan(people["kehoach"])
    client = client_for("laodong")
    first = upload(client, plan.slug, wide_workbook(tmp_path / "ky1.xlsx", [62, 63, 64]))
    form = {**WIDE_FORM, "m_nuoc-sach": "tỷ lệ hộ dùng NƯỚC SẠCH", "source": "Sở LĐ-TB&XH"}
    assert client.post(first, {**form, "action": "save"}).status_code == 302
    start = client.get(f"/figures/sheet/{plan.slug}/so-ldtbxh/").content.decode()
    assert 'id="sheet-kept"' in start
    second = upload(client, plan.slug, wide_workbook(tmp_path / "ky2.xlsx", [62, 63, "65,5"]))
    page = client.get(second).content.decode()
    assert '<option value="Biểu 01" selected>' in page
    assert 'id="sheet-header" value="3"' in page
    assert 'id="sheet-as-of" value="15/1/2025"' in page
    assert '<option value="official" selected>' in page
    assert 'id="m-nuoc-sach" value="tỷ lệ hộ dùng NƯỚC SẠCH"' in page  # as kept, not the name
    # what the page offers, posted back as it stands, saves the new file
    again = {**form, "action": "save"}
    assert client.post(second, again).status_code == 302
    latest = FigureRecord.objects.get(plan=plan, period="2024", approved_at__isnull=True)
    assert latest.value == Decimal("65.5")


def test_a_kept_sheet_belongs_to_its_uploader(demo, people, tmp_path):
    plan = exchange_plan(people["kehoach"])
    url = upload(client_for("laodong"), plan.slug, wide_workbook(tmp_path / "a.xlsx", [1, 2, 3]))
    # the planning office may report for every agency, but not through another's upload
    assert client_for("kehoach").get(url).status_code == 404
    assert client_for("dulich").get(url).status_code == 403
