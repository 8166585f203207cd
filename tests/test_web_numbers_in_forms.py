"""Pages write numbers the Vietnamese way (1.234), but a number a form sends back or a
link carries is an identifier, not a figure to read: a notification past the 999th, a
ballot numbered 1234 in a large congress. A user relies on "mark read", "remove" and
"correct" working on those as on the first ones."""

from __future__ import annotations

import re
from pathlib import Path

from chitieu.web.dashboard.reminders import send
from chitieu.web.elections.models import BallotEntry
from chitieu.web.people.models import Notification
from tests import electionwebkit as kit
from tests.test_web_notify_reminders import DAY
from tests.webhelpers import client_for


def test_a_notification_past_the_999th_is_marked_read(demo, people):
    send([demo], DAY)
    first = Notification.objects.filter(user__username="laodong").get()
    Notification.objects.filter(pk=first.pk).update(id=1234)
    client = client_for("laodong")
    page = client.get("/people/notifications/").content.decode()
    assert 'id="notification-1234"' in page
    (value,) = re.findall(r'<input type="hidden" name="id" value="([^"]*)">', page)
    assert value == "1234"
    response = client.post("/people/notifications/read/", {"id": value})
    assert response.status_code == 302
    assert Notification.objects.get(pk=1234).is_read


def test_a_ballot_numbered_past_999_is_removed_and_corrected(people):
    admin = client_for("quantri")
    big = {"convened": "1600", "excluded_list": "", "present": "1500", "issued": "1500"}
    election = kit.set_up(admin, people, **big)
    counter = client_for("daibieu")
    kit.enter(counter, election, [("1234", "4"), ("7", "3")])
    url = f"/elections/{election.pk}/ballots/"
    page = counter.get(url).content.decode()
    assert '?correct=1234"' in page
    assert 'name="remove" value="1234"' in page
    assert counter.get(f"{url}?correct=1234").status_code == 200
    assert counter.post(url, {"remove": "1234"}).status_code == 302
    left = BallotEntry.objects.filter(election=election).values_list("number", flat=True)
    assert list(left) == [7]


def test_no_template_writes_a_record_id_the_vietnamese_way():
    root = Path(__file__).resolve().parent.parent / "src" / "chitieu" / "web"
    localized = re.compile(r"\{\{\s*[\w.]+\.pk\s*\}\}")
    found = [
        f"{path.relative_to(root)}: {m.group(0)}"
        for path in root.rglob("*.html")
        for m in localized.finditer(path.read_text("utf-8"))
    ]
    assert found == []
