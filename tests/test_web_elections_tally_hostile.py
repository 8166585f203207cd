"""A tally file uploaded by a counter is read like every other upload: in a bounded child
process (web/bounded.py), within 16 MB and 100.000 ballots. A hostile file — too large,
too many ballots, broken CSV, not UTF-8, garbage — is refused with its line and field in
the counter's language, and the counter's entry stays exactly as it was."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from chitieu.web.elections.models import BallotEntry
from tests.electionwebkit import enter, set_up
from tests.webhelpers import client_for

HEADER = b"ballot,crossed,invalid_reason\n"


def _upload(who: str, election, data: bytes, lang: str = "vi") -> str:
    file = SimpleUploadedFile("phieu.csv", data, content_type="text/csv")
    url = f"/elections/{election.pk}/ballots/import/"
    response = client_for(who, lang).post(url, {"file": file}, follow=True)
    assert response.status_code == 200
    return response.content.decode()


def _kept(election) -> list[tuple[int, str]]:
    return [(b.number, b.crossed) for b in BallotEntry.objects.filter(election=election)]


def _election(people):
    election = set_up(client_for("quantri"), people)
    enter(client_for("daibieu"), election, [("1", "1")])
    return election


def test_it_refuses_a_file_over_16_mb_naming_its_size(people):
    election = _election(people)
    huge = HEADER + b"1,1,\n" * (17 * 1024 * 1024 // 5)
    page = _upload("daibieu", election, huge)
    assert "tệp “phieu.csv” nặng 17 MB; giới hạn là 16 MB" in page
    assert _kept(election) == [(1, "1")]


def test_it_refuses_more_than_100_000_ballots_at_the_line_past_them(people, settings):
    election = _election(people)
    # the row cap is asked here, not the time limit: room for a busy machine
    settings.CHITIEU_PARSE_LIMITS = {"seconds": 300, "memory": 1024 * 1024 * 1024}
    many = HEADER + b"".join(b"%d,4,\n" % n for n in range(1, 100_002))
    page = _upload("daibieu", election, many)
    # the header is line 1: ballot 100.001 is on line 100.002
    assert "phieu.csv, dòng 100002: nhiều hơn 100.000 phiếu: hãy chia nhỏ tệp" in page
    assert _kept(election) == [(1, "1")]


def test_it_refuses_a_file_not_in_utf8(people):
    election = _election(people)
    # "Trần" in Windows-1258, as an old spreadsheet may save it
    latin = HEADER + b"1,4,Tr\xe0n\n"
    page = _upload("daibieu", election, latin)
    assert "phieu.csv: không phải văn bản UTF-8" in page
    assert _kept(election) == [(1, "1")]


def test_it_refuses_broken_csv_naming_its_line(people):
    election = _election(people)
    page = _upload("daibieu", election, HEADER + b"1,4,\n2,3,,x\n")
    assert "phieu.csv, dòng 3: gạch tên: nhiều giá trị hơn số cột" in page
    page = _upload("daibieu", election, HEADER + b'1,4,\n2,"3,\n')  # a quote left open
    assert "CSV sai định dạng: unexpected end of data" in page
    assert _kept(election) == [(1, "1")]


def test_it_lists_every_bad_line_with_its_field_and_saves_none(people):
    election = _election(people)
    bad = HEADER + b"1,4,\n2,9,\n1,3,\n"
    page = _upload("daibieu", election, bad)
    assert "phieu.csv, dòng 3: gạch tên: “9” không phải số thứ tự" in page
    assert "phieu.csv, dòng 4: số phiếu: phiếu số 1 đã được nhập ở dòng 2" in page
    assert _kept(election) == [(1, "1")]


def test_it_says_so_in_english_for_an_english_speaking_counter(people):
    election = _election(people)
    bad = HEADER + b"1,4,\n1,3,\n"
    page = _upload("daibieu", election, bad, lang="en")
    assert "phieu.csv, line 3: ballot number: ballot 1 was already entered at line 2" in page


def test_it_refuses_binary_garbage(people):
    election = _election(people)
    page = _upload("daibieu", election, bytes(range(256)) * 64)
    assert "phieu.csv: không phải văn bản UTF-8" in page
    # UTF-8 text, but a NUL inside a field: no candidate number
    page = _upload("daibieu", election, HEADER + b"1,4\x00,\n")
    assert "phieu.csv, dòng 2: gạch tên: “4" in page
    assert _kept(election) == [(1, "1")]


def test_it_reads_the_file_in_the_bounded_child(people, settings):
    election = _election(people)
    # a limit no reading can keep: the child is stopped, the counter told, nothing saved
    settings.CHITIEU_PARSE_LIMITS = {"seconds": 0.01, "memory": 1024 * 1024 * 1024}
    page = _upload("daibieu", election, HEADER + b"1,4,\n2,3,\n")
    assert "việc đọc tệp mất hơn 0,01 giây nên đã bị dừng" in page
    assert _kept(election) == [(1, "1")]
