"""Each person has a list of their notifications, newest first; the header shows how many
are unread. Opening one marks it read and goes to its report; all can be marked read.
Nobody reads or marks another person's notifications.

An approver relies on the count to see at a glance that reports wait for them.
"""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.web.people.models import Notification
from tests.notifykit import submitted
from tests.webhelpers import client_for

LIST = "/people/notifications/"
READ = "/people/notifications/read/"


def _count(page: str) -> str | None:
    marker = 'id="unread-count">'
    if marker not in page:
        return None
    return page.split(marker, 1)[1].split("<", 1)[0]


def test_the_header_counts_the_unread_ones(demo, people):
    approver = client_for("pheduyet")
    assert _count(approver.get("/").content.decode()) is None
    submitted(demo, people["laodong"])
    assert _count(approver.get("/").content.decode()) == "1"
    Notification.objects.create(user=people["pheduyet"], kind="submitted", plan=demo)
    Notification.objects.create(user=people["laodong"], kind="approved", plan=demo)
    assert _count(approver.get("/").content.decode()) == "2"


def test_the_list_shows_the_newest_first_marked_unread(demo, people):
    submitted(demo, people["laodong"])
    older = Notification.objects.get()
    newer = Notification.objects.create(user=people["pheduyet"], kind="reminder", plan=demo)
    newer.details = {"period": "2025", "due": "2025-12-19", "report_due": False}
    newer.read_at = newer.created_at
    newer.save()
    page = client_for("pheduyet").get(LIST).content.decode()
    assert page.index(f'id="notification-{newer.pk}"') < page.index(f'id="notification-{older.pk}"')
    item = page.split(f'id="notification-{older.pk}"', 1)[1].split("</li>", 1)[0]
    assert "chưa đọc" in item
    assert "Báo cáo chờ duyệt: Sở Lao động - Thương binh và Xã hội, năm 2025" in item
    read = page.split(f'id="notification-{newer.pk}"', 1)[1].split("</li>", 1)[0]
    assert "chưa đọc" not in read and "Nhắc việc: langson-xvii" in read


def test_opening_one_marks_it_read_and_goes_to_its_report(demo, people):
    sub = submitted(demo, people["laodong"])
    note = Notification.objects.get(user=people["pheduyet"])
    approver = client_for("pheduyet")
    response = approver.post(READ, {"id": note.pk, "open": "1"})
    assert response.status_code == 302 and response["Location"] == f"/figures/reports/{sub.pk}/"
    note.refresh_from_db()
    assert note.read_at is not None
    assert _count(approver.get("/").content.decode()) is None


def test_all_can_be_marked_read(demo, people):
    submitted(demo, people["laodong"])
    Notification.objects.create(user=people["pheduyet"], kind="approved", plan=demo)
    Notification.objects.create(user=people["laodong"], kind="approved", plan=demo)
    response = client_for("pheduyet").post(READ)
    assert response.status_code == 302 and response["Location"] == LIST
    unread = Notification.objects.filter(read_at__isnull=True)
    assert list(unread.values_list("user__username", flat=True)) == ["laodong"]


def test_nobody_reads_or_marks_another_s_notifications(demo, people):
    submitted(demo, people["laodong"])
    note = Notification.objects.get(user=people["pheduyet"])
    other = client_for("daibieu")
    assert "Báo cáo chờ duyệt" not in other.get(LIST).content.decode()
    assert other.post(READ, {"id": note.pk}).status_code == 404
    note.refresh_from_db()
    assert note.read_at is None


def test_an_anonymous_page_asks_nothing_about_notifications(demo):
    with CaptureQueriesContext(connection) as queries:
        client_for(None).get("/")
    assert not [q for q in queries.captured_queries if "people_notification" in q["sql"]]
