"""The minutes and the announcement list download from the result page as .docx and PDF,
and read back with the votes the issue's cell gives by hand (issue 15, item 4)."""

from __future__ import annotations

import io

import pypdf

from tests.electionwebkit import BALLOTS, docx_text, enter, set_up
from tests.webhelpers import client_for


def _counted(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, BALLOTS)
    enter(client_for("laodong"), election, BALLOTS)
    return election


def test_it_downloads_the_minutes_as_docx_and_reads_them_back(people):
    election = _counted(people)
    response = client_for("daibieu").get(f"/elections/{election.pk}/minutes.docx")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    text = docx_text(response.content)
    assert "Nguyễn Văn An" in text and "90,00" in text
    assert "Phạm Thị Dung" in text and "50,00" in text
    assert "Hoàng Văn Em" in text  # the committee signs


def test_it_downloads_the_minutes_as_pdf_and_reads_them_back(people):
    election = _counted(people)
    response = client_for("laodong").get(f"/elections/{election.pk}/minutes.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Lê Văn Cường" in text and "60,00" in text


def test_it_downloads_the_announcement_list_of_the_elected(people):
    election = _counted(people)
    response = client_for("daibieu").get(f"/elections/{election.pk}/announcement.docx")
    text = docx_text(response.content)
    assert "Trần Thị Bình" in text
    assert "Phạm Thị Dung" not in text  # 5 of a base of 10 is not elected


def test_it_has_no_minutes_before_both_entries_agree(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, BALLOTS)
    assert client_for("daibieu").get(f"/elections/{election.pk}/minutes.docx").status_code == 404
