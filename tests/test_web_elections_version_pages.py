"""Each locked version of an election's minutes has its own read-only page — its result
and its minutes as they were locked — linked from the election's history and marked
"superseded by version N" once a correction followed; it is seen by whoever sees the
election's current result, and by nobody else (issue 15, item 5)."""

from __future__ import annotations

import io

import docx

from chitieu.web.elections.models import MinutesVersion
from tests.electionwebkit import BALLOTS, enter, set_up
from tests.webhelpers import client_for

REASON = "Phiếu số 7 đọc nhầm khi nhập"


def _lock(election) -> None:
    assert client_for("laodong").post(f"/elections/{election.pk}/lock/").status_code == 302


def _corrected(people, relock: bool = True):
    """Version 1 as the cell counted it; version 2 with ballot 7 crossing out Bình
    instead of Cường (by hand: v1 Bình 7, Cường 6; v2 Bình 6, Cường 7)."""
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, BALLOTS)
    enter(client_for("laodong"), election, BALLOTS)
    _lock(election)
    url = f"/elections/{election.pk}/"
    assert client_for("daibieu").post(f"{url}correct/", {"reason": REASON}).status_code == 302
    for who in ("daibieu", "laodong"):
        fix = {"ballot": "7", "crossed": "2", "replace": "1"}
        assert client_for(who).post(f"{url}ballots/", fix).status_code == 302
    if relock:
        _lock(election)
    return election


def _docx_rows(data: bytes) -> list[str]:
    """Each row of the document's tables, its cells joined by "|"."""
    document = docx.Document(io.BytesIO(data))
    return ["|".join(c.text for c in row.cells) for t in document.tables for row in t.rows]


def test_it_shows_a_superseded_version_as_it_was_locked(people):
    election = _corrected(people)
    page = client_for("pheduyet").get(f"/elections/{election.pk}/versions/1/").content.decode()
    assert "Đã được thay bằng phiên bản 2" in page
    assert "<td>Trần Thị Bình</td><td>7</td><td>70,00%</td>" in page
    assert "<td>Lê Văn Cường</td><td>6</td><td>60,00%</td>" in page
    assert "/ballots/" not in page and "/lock/" not in page  # read-only
    latest = client_for("pheduyet").get(f"/elections/{election.pk}/versions/2/")
    text = latest.content.decode()
    assert "<td>Trần Thị Bình</td><td>6</td><td>60,00%</td>" in text
    assert REASON in text and "Đã được thay" not in text


def test_it_links_each_version_from_the_history(people):
    election = _corrected(people)
    page = client_for("daibieu").get(f"/elections/{election.pk}/").content.decode()
    history = page.split('id="versions"')[1].split("</ul>")[0]
    assert f'href="/elections/{election.pk}/versions/1/"' in history
    assert f'href="/elections/{election.pk}/versions/2/"' in history
    assert history.count("đã được thay bằng phiên bản 2") == 1


def test_it_gives_each_version_its_own_minutes(people):
    election = _corrected(people)
    client = client_for("pheduyet")
    first = client.get(f"/elections/{election.pk}/versions/1/minutes.docx")
    assert first.status_code == 200
    assert "-v1.docx" in first["Content-Disposition"]
    # the votes table: no., name, votes, % of the base
    assert "2|Trần Thị Bình|7|70,00|Trúng cử" in _docx_rows(first.content)
    second = client.get(f"/elections/{election.pk}/versions/2/minutes.docx")
    assert "2|Trần Thị Bình|6|60,00|Trúng cử" in _docx_rows(second.content)
    assert "3|Lê Văn Cường|7|70,00|Trúng cử" in _docx_rows(second.content)
    assert client.get(f"/elections/{election.pk}/versions/1/announcement.pdf").status_code == 200
    assert client.get(f"/elections/{election.pk}/versions/1/minutes.odt").status_code == 404
    assert client.get(f"/elections/{election.pk}/versions/3/").status_code == 404


def test_it_shows_versions_only_to_whom_sees_the_current_result(people):
    election = _corrected(people, relock=False)  # a correction open: nothing published
    url = f"/elections/{election.pk}/versions/1/"
    assert client_for("pheduyet").get(url).status_code == 404
    assert client_for("pheduyet").get(f"{url}minutes.pdf").status_code == 404
    assert client_for("daibieu").get(url).status_code == 200  # the committee
    assert client_for(None).get(url).status_code == 302  # to the login page
    _lock(election)
    assert client_for("pheduyet").get(url).status_code == 200


def test_it_shows_a_version_locked_before_versions_kept_their_ballots(people):
    election = _corrected(people)
    MinutesVersion.objects.filter(election=election, version=1).update(kept={})
    url = f"/elections/{election.pk}/versions/1/"
    page = client_for("daibieu").get(url).content.decode()
    assert "<td>Trần Thị Bình</td><td>7</td><td>70,00%</td>" in page
    assert "không có biên bản" in page
    assert client_for("daibieu").get(f"{url}minutes.docx").status_code == 404
