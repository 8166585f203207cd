"""An upload may have up to CHITIEU_UPLOAD_MAX_ROWS rows of figures (20.000 unless set):
one more is refused with a message naming the limit, in the reporter's language, and
nothing is saved."""

from __future__ import annotations

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.bigentry import filled, workbook
from tests.entryhelpers import entry_url
from tests.webhelpers import client_for


def _state():
    return (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())


def _refused(rows: int, lang: str = "vi") -> str:
    client = client_for("laodong", lang=lang)
    upload = filled(workbook(client, "2024"), (("trained-labour", "20", 66) for _ in range(rows)))
    before = _state()
    r = client.post(entry_url(period="2024", name="upload"), {"file": upload})
    assert r.status_code == 400
    assert _state() == before
    return r.content.decode().split('id="upload-errors"')[1].split("</ul>")[0]


def test_it_refuses_20001_rows_naming_the_limit(demo):
    assert (
        "Trang “Số liệu”: trang tính có 20.001 dòng số liệu: mỗi lần tải lên nhận tối đa "
        "20.000 dòng; hãy chia thành nhiều tệp"
    ) in _refused(20_001)


def test_the_limit_is_a_setting_and_said_in_english(demo, settings):
    settings.CHITIEU_UPLOAD_MAX_ROWS = 3
    assert (
        "Sheet “Figures”: the sheet has 4 rows of figures: one upload takes at most 3; "
        "split it into several files"
    ) in _refused(4, lang="en")
