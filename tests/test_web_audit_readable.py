"""The audit trail reads as people speak: what was done, to which report or figure named
as the office names it ("báo cáo năm 2025 của Sở …"), the field, the old and the new value
written the Vietnamese way (never "150.0000000000 → 66.5"), the system's notes in the
page's language and a person's comment as they wrote it; the menus of the filters name
actions and objects in words too."""

from __future__ import annotations

import re

from chitieu.figures.periods import parse_period
from chitieu.web.figures import services
from chitieu.web.people.models import Agency
from tests.webhelpers import client_for

LABOUR = "Sở Lao động - Thương binh và Xã hội"
FIGURE = "số liệu “Tỷ lệ lao động qua đào tạo”, năm 2025, Tỉnh Lạng Sơn"
REPORT = f"báo cáo năm 2025 của {LABOUR}"


def _entry(key: str, value: str, **more) -> services.RawEntry:  # type: ignore[no-untyped-def]
    return services.RawEntry(services.Place(), key, "20", value, "official", **more)


def _report_worked_on(demo, people):  # type: ignore[no-untyped-def]
    """A value typed as 150 (its warning confirmed), corrected to 66,5, a second value
    entered and emptied; the report submitted and returned with a comment."""
    agency, period, reporter = (
        Agency.objects.get(code="so-ldtbxh"),
        parse_period("2025"),
        people["laodong"],
    )
    services.save_entries(
        reporter, demo, agency, period, [_entry("trained-labour", "150", confirmed=True)]
    )
    services.save_entries(
        reporter, demo, agency, period, [_entry("trained-labour", "66,5", version=1)]
    )
    services.save_entries(
        reporter, demo, agency, period, [_entry("poverty-rate", "2,6", version=0)]
    )
    services.save_entries(reporter, demo, agency, period, [_entry("poverty-rate", "", version=1)])
    sub = services.submit(reporter, services.current_submission(demo, agency, period))
    services.return_submission(people["pheduyet"], sub, "Thiếu nguồn số liệu.")
    return sub


def _cell(row: str, name: str) -> str:
    found = re.search(rf'<td class="audit-{name}">(.*?)</td>', row, re.DOTALL)
    assert found, row
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", found.group(1))).strip()


def _rows(lang: str = "vi", query: str = "") -> list[tuple[str, ...]]:
    """The trail's rows, newest first: (action, object, field, old → new, note)."""
    page = client_for("kehoach", lang).get(f"/people/audit/?plan=langson-xvii{query}")
    body = page.content.decode().split("<tbody>")[1].split("</tbody>")[0]
    rows = re.findall(r"<tr data-action.*?</tr>", body, re.DOTALL)
    names = ("action", "object", "field", "values", "note")
    return [tuple(_cell(r, n).replace(" · langson-xvii", "") for n in names) for r in rows]


def test_it_names_the_report_and_the_figure_and_writes_values_the_vietnamese_way(demo, people):
    _report_worked_on(demo, people)
    rows = _rows()
    assert rows[:6] == [
        ("trả lại", REPORT, "trạng thái", "đã gửi → bị trả lại", "Thiếu nguồn số liệu."),
        ("gửi duyệt", REPORT, "trạng thái", "dự thảo → đã gửi", ""),
        ("xóa số liệu dự thảo", rows[2][1], "số liệu", "2,6 → ∅", ""),
        ("nhập số liệu", rows[3][1], "số liệu", "∅ → 2,6", ""),
        ("sửa số liệu", FIGURE, "số liệu", "150 → 66,5", ""),
        ("nhập số liệu", FIGURE, "số liệu", "∅ → 150", "đã xác nhận dù có cảnh báo"),
    ]
    assert rows[2][1] == rows[3][1]
    assert re.fullmatch(r"số liệu #\d+ \(không còn nữa\)", rows[2][1])  # the emptied value
    assert rows[6] == ("mở báo cáo", REPORT, "", "", "")


def test_it_says_the_same_in_english_with_numbers_still_the_vietnamese_way(demo, people):
    _report_worked_on(demo, people)
    rows = _rows("en")
    report = f"report of {LABOUR} for 2025"
    figure = "figure “Tỷ lệ lao động qua đào tạo”, 2025, Tỉnh Lạng Sơn"
    assert [rows[0], rows[1], rows[4]] == [
        ("returned", report, "status", "submitted → returned", "Thiếu nguồn số liệu."),
        ("submitted", report, "status", "draft → submitted", ""),
        ("value changed", figure, "value", "150 → 66,5", ""),
    ]


def test_it_translates_the_systems_notes_and_keeps_a_persons_words(demo, people):
    agency, period, reporter = (
        Agency.objects.get(code="so-ldtbxh"),
        parse_period("2025"),
        people["laodong"],
    )
    services.save_entries(reporter, demo, agency, period, [_entry("trained-labour", "66,5")])
    # a program that did not read the draft first writes over its value
    services.save_entries(reporter, demo, agency, period, [_entry("trained-labour", "67")])
    services.return_submission(
        people["pheduyet"],
        services.submit(reporter, services.current_submission(demo, agency, period)),
        "written without a version check",  # a person's words, even when they look like ours
    )
    notes = [row[4] for row in _rows()]
    assert notes[:3] == [
        "written without a version check",
        "",
        "ghi đè không kiểm tra phiên bản",
    ]
    assert "written without a version check" in [row[4] for row in _rows("en")][2]


def test_its_filters_name_actions_and_objects_in_words(demo, people):
    _report_worked_on(demo, people)
    page = client_for("kehoach").get("/people/audit/").content.decode()
    assert '<option value="return">trả lại</option>' in page
    assert '<option value="submission">báo cáo</option>' in page
    assert [r[0] for r in _rows(query="&action=return&object_type=submission")] == ["trả lại"]
