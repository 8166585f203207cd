"""The approver sees the plausibility warnings beside each figure of a submitted report
(those the reporter confirmed), worked out as they stand when the report is opened; a
figure with none shows none."""

from __future__ import annotations

from django.urls import reverse

from chitieu.web.figures.models import Submission
from tests.entryhelpers import LABOUR, approved_series, entry_url, form
from tests.webhelpers import client_for


def _line(page: str, key: str) -> str:
    return page.split(f'data-measure="{key}"')[1].split("</tr>")[0]


def test_the_approver_sees_the_warning_beside_the_figure(demo):
    approved_series(
        "trained-labour", {"2021": "57", "2022": "58.5", "2023": "60.2", "2024": "62.5"}
    )
    approved_series("poverty-rate", {"2023": "5.2", "2024": "3.8"})
    reporter = client_for("laodong")
    data = form("submit", trained_labour="70", poverty_rate="2,6", confirm=True)
    assert reporter.post(entry_url(), data).status_code == 302
    sub = Submission.objects.get(agency__code=LABOUR, period="2025")

    page = client_for("pheduyet").get(reverse("figures:report", args=[sub.pk])).content.decode()
    labour = _line(page, "trained-labour")
    assert 'class="warninglist field-warnings figure-flags"' in labour
    assert (
        "hãy kiểm tra: từ 62,5 (năm 2024) thành 70 là thay đổi 7,5, lớn hơn 3 lần mức thay "
        "đổi lớn nhất trong một năm từ trước đến nay (2,3)"
    ) in labour
    assert "figure-flags" not in _line(page, "poverty-rate")  # 3,8 → 2,6 is nothing unusual
    assert 'id="approve-button"' in page

    # the reporter's read-only page shows the same
    mine = reporter.get(entry_url()).content.decode()
    assert "thành 70 là thay đổi 7,5" in _line(mine, "trained-labour")


def test_the_flags_follow_what_is_known_when_the_report_is_opened(demo):
    approved_series("trained-labour", {"2024": "62.5"})  # one year: no jump to judge yet
    client_for("laodong").post(entry_url(), form("submit", trained_labour="70"))
    sub = Submission.objects.get(agency__code=LABOUR, period="2025")
    url = reverse("figures:report", args=[sub.pk])
    assert "figure-flags" not in client_for("pheduyet").get(url).content.decode()
    # the planning office imports the earlier years meanwhile: the jump now shows
    approved_series("trained-labour", {"2022": "58.5", "2023": "60.2", "2024": "62.5"})
    assert "thành 70 là thay đổi 7,5" in client_for("pheduyet").get(url).content.decode()
