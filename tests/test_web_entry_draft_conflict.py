"""Two people editing one draft on the entry form: the second save, made from a page that
showed an older version of a value, is refused (409) saying which measure, what the other
person saved, who and when. What the second person typed stays in the form, and a
second save, having seen the change, goes through. Nothing is lost either way."""

from __future__ import annotations

from django.utils import timezone

from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.models import AuditEvent
from tests.entryhelpers import entry_url
from tests.planhelpers import form_fields
from tests.webhelpers import client_for

VALUE, VERSION = "value-trained-labour-20", "version-trained-labour-20"
# 2025 has an approved official figure: a value for it is official too
STAGES = {"stage-trained-labour-20": "official", "stage-poverty-rate-20": "official"}


def _opened(username: str, lang: str = "vi"):  # type: ignore[no-untyped-def]
    """A client and the entry form as its page showed it, the stages chosen."""
    client = client_for(username, lang)
    page = client.get(entry_url()).content.decode()
    return client, form_fields(page, "entry-form") | {"action": "save"} | STAGES


def _stored() -> FigureRecord:
    return FigureRecord.objects.get(measure__key="trained-labour", submission__isnull=False)


def test_the_second_writer_is_told_and_overwrites_nothing(demo):
    first, first_form = _opened("laodong")
    second, second_form = _opened("kehoach")
    assert first_form[VERSION] == second_form[VERSION] == "0"  # no value yet
    assert first.post(entry_url(), first_form | {VALUE: "65,5"}).status_code == 302
    r = second.post(entry_url(), second_form | {VALUE: "66"})
    assert r.status_code == 409
    fig = _stored()
    assert (str(fig.to_core().value), fig.version) == ("65.5", 1)  # the first value stands
    at = timezone.localtime(fig.changed_at)
    page = r.content.decode()
    errors = page.split('id="entry-errors"')[1].split("</ul>")[0]
    assert (
        "Trường “Tỷ lệ lao động qua đào tạo”: báo cáo viên Sở LĐ-TB&amp;XH đã sửa giá trị này "
        f"thành 65,5 (chính thức) lúc {at:%H:%M} {at.day}/{at.month}/{at.year}, sau khi bạn "
        "đọc nó; giá trị 66 của bạn chưa được lưu: hãy kiểm tra rồi lưu lại"
    ) in errors
    again = form_fields(page, "entry-form") | {"action": "save"}
    assert (again[VALUE], again[VERSION]) == ("66", "1")  # what they typed, the new version
    assert second.post(entry_url(), again).status_code == 302
    fig = _stored()
    assert (str(fig.to_core().value), fig.version) == ("66", 2)
    changes = AuditEvent.objects.filter(object_id=str(fig.pk), field="value").order_by("pk")
    assert [(e.action, e.old, e.new) for e in changes] == [
        ("enter", "", "65.5"),
        ("change", "65.5000000000", "66"),
    ]


def test_it_says_so_in_english(demo):
    first, first_form = _opened("laodong")
    second, second_form = _opened("kehoach", lang="en")
    first.post(entry_url(), first_form | {VALUE: "65,5"})
    page = second.post(entry_url(), second_form | {VALUE: "66"}).content.decode()
    assert "changed this value to 65,5 (official) at" in page
    assert "your value 66 was not saved: check it and save again" in page


def test_an_untouched_value_does_not_stop_a_save_of_another(demo):
    first, first_form = _opened("laodong")
    second, second_form = _opened("kehoach")
    first.post(entry_url(), first_form | {VALUE: "65,5"})
    # the second page showed no trained-labour value, and its writer typed none there
    r = second.post(entry_url(), second_form | {"value-poverty-rate-20": "2,4"})
    assert r.status_code == 302
    assert str(_stored().to_core().value) == "65.5"


def test_the_same_value_typed_by_both_is_no_conflict(demo):
    first, first_form = _opened("laodong")
    second, second_form = _opened("kehoach")
    first.post(entry_url(), first_form | {VALUE: "65,5"})
    assert second.post(entry_url(), second_form | {VALUE: "65,5"}).status_code == 302
    assert _stored().version == 1  # nothing changed, so no new version either
