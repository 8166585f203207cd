"""Two writers of one draft figure through the API: a write carrying the version it read
is refused (409, with the current value, who changed it and when) when the figure has
changed since, and nothing is saved. A write without a version overwrites, and the audit
trail marks it unchecked, keeping the value it replaced."""

from __future__ import annotations

from datetime import datetime

from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.models import AuditEvent
from tests.apihelpers import PLAN, figures_body, post_json
from tests.webhelpers import client_for


def _write(username: str, value: str, version: int | None = None, lang: str = "vi"):  # type: ignore[no-untyped-def]
    item = {"measure": "trained-labour", "value": value, "stage": "official"}
    if version is not None:
        item["version"] = version
    body = figures_body(item, agency="so-ldtbxh")  # the planning office writes for them too
    return post_json(client_for(username, lang), f"{PLAN}/figures", body)


def _stored() -> FigureRecord:
    return FigureRecord.objects.get(measure__key="trained-labour", submission__isnull=False)


def test_a_write_with_the_version_read_goes_through_and_bumps_it(demo):
    first = _write("laodong", "65", version=0)
    assert first.status_code == 200, first.content
    assert first.json()["figures"][0]["version"] == 1
    second = _write("kehoach", "66", version=1)
    assert second.status_code == 200, second.content
    assert (second.json()["figures"][0]["value"], second.json()["figures"][0]["version"]) == (
        "66",
        2,
    )


def test_a_write_over_a_changed_figure_answers_409_with_the_current_value(demo):
    _write("laodong", "65", version=0)
    _write("laodong", "65,5", version=1)  # version 2 now
    events = AuditEvent.objects.count()
    response = _write("kehoach", "66", version=1)
    assert response.status_code == 409, response.content
    body = response.json()
    assert body["detail"] == "Bản nháp đã thay đổi sau khi bạn đọc nó; chưa có gì được lưu."
    [problem] = body["problems"]
    fig = _stored()
    assert (problem["item"], problem["field"]) == (0, "measure")
    assert problem["current"] == {
        "value": "65.5",
        "stage": "official",
        "note": "",
        "version": 2,
        "changed_by": "báo cáo viên Sở LĐ-TB&XH",
        "changed_at": problem["current"]["changed_at"],
    }
    assert datetime.fromisoformat(problem["current"]["changed_at"]) == fig.changed_at
    assert "đã sửa giá trị này thành 65,5 (chính thức)" in problem["message"]
    assert (str(fig.to_core().value), fig.version) == ("65.5", 2)
    assert AuditEvent.objects.count() == events  # nothing saved


def test_version_0_means_the_writer_saw_no_value(demo):
    _write("laodong", "65", version=0)
    response = _write("kehoach", "66", version=0)
    assert response.status_code == 409
    assert response.json()["problems"][0]["current"]["value"] == "65"


def test_a_write_without_a_version_overwrites_and_is_marked_unchecked(demo, people):
    _write("laodong", "65", version=0)
    response = _write("kehoach", "66")
    assert response.status_code == 200, response.content
    change = AuditEvent.objects.get(action="change", field="value", object_id=str(_stored().pk))
    assert (change.user, change.old, change.new, change.comment) == (
        people["kehoach"],
        "65.0000000000",
        "66",
        "written without a version check",
    )


def test_the_openapi_document_describes_the_version(demo):
    schemas = client_for(None).get("/api/openapi.json").json()["components"]["schemas"]
    assert "version" in schemas["FigureIn"]["properties"]
    assert "409" in schemas["FigureIn"]["properties"]["version"]["description"]
    assert schemas["FigureOut"]["properties"]["version"]["type"] == "integer"
    assert "current" in schemas["ProblemOut"]["properties"]
