"""A draft value can be taken back: a field emptied on the entry form, an empty value cell
in an Excel upload or ``"value": null`` through the API removes the draft figure, with
the removal recorded (who, when, the old value). A removal made from an out-of-date page
is refused like a stale write (409); a field that was empty and stays empty removes
nothing."""

from __future__ import annotations

import io

import openpyxl
import pytest

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.apihelpers import PLAN as API_PLAN
from tests.apihelpers import figures_body, post_json
from tests.entryhelpers import LABOUR, approved_series, entry_url, form, xlsx
from tests.planhelpers import form_fields
from tests.webhelpers import client_for

VALUE = "value-trained-labour-20"


@pytest.fixture
def draft(demo):
    """laodong's draft for 2025: trained labour 65,5 and the poverty rate 2,6 (official)."""
    approved_series("trained-labour", {"2024": "62.5"})
    approved_series("poverty-rate", {"2024": "3.8"})
    r = client_for("laodong").post(entry_url(), form(trained_labour="65,5", poverty_rate="2,6"))
    assert r.status_code == 302
    return Submission.objects.get(agency__code=LABOUR, period="2025")


def _opened(username: str = "laodong"):  # type: ignore[no-untyped-def]
    client = client_for(username)
    page = client.get(entry_url()).content.decode()
    return client, page, form_fields(page, "entry-form") | {"action": "save"}


def _values(sub: Submission) -> dict[str, str]:
    return {f.measure.key: str(f.to_core().value) for f in sub.figures.all()}


def test_emptying_a_field_removes_the_draft_value_on_the_record(draft, people):
    client, page, data = _opened()
    assert "Xóa trống một ô sẽ xóa giá trị đó khỏi bản nháp" in page  # the page says so
    fig = draft.figures.get(measure__key="trained-labour")
    assert client.post(entry_url(), data | {VALUE: ""}).status_code == 302
    assert _values(draft) == {"poverty-rate": "2.6"}
    removal = AuditEvent.objects.get(action="clear", object_id=str(fig.pk))
    assert (removal.user, removal.field, removal.old, removal.new, removal.comment) == (
        people["laodong"],
        "value",
        "65.5",
        "",
        "",
    )
    page = client.get(entry_url()).content.decode()
    assert f'name="{VALUE}" id="{VALUE}" value=""' in page


def test_a_removal_from_an_out_of_date_page_is_refused(draft):
    first, _page, first_form = _opened("laodong")
    second, _page, second_form = _opened("kehoach")
    assert first.post(entry_url(), first_form | {VALUE: "66"}).status_code == 302
    r = second.post(entry_url(), second_form | {VALUE: ""})
    assert r.status_code == 409
    assert (
        "đã sửa giá trị này thành 66 (chính thức) lúc" in r.content.decode()
        and "giá trị chưa bị xóa: hãy kiểm tra, rồi xóa trống ô lần nữa nếu vẫn muốn xóa"
        in r.content.decode()
    )
    assert _values(draft) == {"trained-labour": "66", "poverty-rate": "2.6"}
    assert not AuditEvent.objects.filter(action="clear").exists()


def test_removing_every_value_leaves_nothing_to_submit(draft):
    client, _page, data = _opened()
    r = client.post(
        entry_url(), data | {VALUE: "", "value-poverty-rate-20": "", "action": "submit"}
    )
    assert r.status_code == 400
    assert "Báo cáo chưa có số liệu nào" in r.content.decode()
    assert _values(draft) == {"trained-labour": "65.5", "poverty-rate": "2.6"}  # all or nothing


def test_an_empty_value_cell_in_an_upload_removes_the_draft_value(draft):
    client = client_for("laodong")
    wb = openpyxl.load_workbook(io.BytesIO(client.get(entry_url(name="template")).content))
    ws = wb["Số liệu"]
    assert (ws["H7"].value, ws["H8"].value) == (65.5, 2.6)  # the draft, to work on
    ws["H7"] = None
    assert client.post(entry_url(name="upload"), {"file": xlsx(wb)}).status_code == 302
    assert _values(draft) == {"poverty-rate": "2.6"}
    removal = AuditEvent.objects.get(action="clear")
    assert (removal.old, removal.comment) == ("65.5", "written without a version check")


def test_the_api_removes_a_draft_value_given_as_null(draft):
    client = client_for("laodong")
    fig = draft.figures.get(measure__key="trained-labour")
    stale = {"measure": "trained-labour", "value": None, "version": fig.version - 1}
    r = post_json(client, f"{API_PLAN}/figures", figures_body(stale))
    assert r.status_code == 409
    assert r.json()["problems"][0]["current"]["value"] == "65.5"
    seen = {"measure": "trained-labour", "value": None, "version": fig.version}
    r = post_json(client, f"{API_PLAN}/figures", figures_body(seen))
    assert r.status_code == 200
    assert [f["measure"] for f in r.json()["figures"]] == ["poverty-rate"]
    unseen = {"measure": "poverty-rate", "value": None}  # no version: removed all the same
    r = post_json(client, f"{API_PLAN}/figures", figures_body(unseen))
    assert r.status_code == 200 and r.json()["figures"] == []
    assert not FigureRecord.objects.filter(submission=draft).exists()
    assert AuditEvent.objects.filter(action="clear").count() == 2
