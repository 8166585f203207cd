"""An upload larger than its kind allows is refused with a message naming the file, its size
and the limit, never a 400 or 500 page; past the largest limit the server keeps none of
its bytes (issue 10: upload sizes are capped in the settings)."""

from __future__ import annotations

import io

from django.core.files.uploadedfile import UploadedFile
from django.http.multipartparser import MultiPartParser
from django.test import RequestFactory, override_settings
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from chitieu.targets.planfile import bundled_plan_path
from chitieu.web.plans.models import Plan, ReadDraft
from tests.entryhelpers import entry_url
from tests.planhelpers import upload
from tests.webhelpers import client_for

MB = 1024 * 1024


def test_the_settings_cap_each_kind_of_file():
    from django.conf import settings

    assert settings.CHITIEU_UPLOAD_LIMITS == {
        "resolution": 20 * MB,
        "plan": 2 * MB,
        "figures": 20 * MB,
        "workbook": 10 * MB,
        "ballots": 16 * MB,
    }
    assert settings.FILE_UPLOAD_HANDLERS[0] == "chitieu.web.uploads.CappedUploadHandler"


def test_a_resolution_over_its_limit_is_refused_and_nothing_is_read(db):
    r = client_for("kehoach").post(
        "/plans/read/", {"file": upload(b"x" * (21 * MB), "nghi-quyet.txt")}
    )
    assert r.status_code == 400
    assert (
        "nghi-quyet.txt: tệp “nghi-quyet.txt” nặng 21 MB; giới hạn là 20 MB" in r.content.decode()
    )
    assert not ReadDraft.objects.exists()


def test_a_plan_file_over_its_limit_is_listed_with_the_import_problems(db):
    plans = Plan.objects.count()
    big = "# " + "x" * (2 * MB + MB // 2) + "\nid: x\n"
    r = client_for("kehoach", lang="en").post(
        "/plans/import/", {"plan_file": upload(big, "ke-hoach.yaml")}
    )
    page = r.content.decode()
    assert 'id="import-problems"' in page
    assert "the file “ke-hoach.yaml” is 2,5 MB; the limit is 2 MB" in page
    assert Plan.objects.count() == plans


def test_a_figures_file_over_its_limit_is_refused_and_the_plan_not_imported(db):
    plans = Plan.objects.count()
    r = client_for("kehoach").post(
        "/plans/import/",
        {
            "plan_file": upload(bundled_plan_path("langson-xvii").read_bytes(), "ke-hoach.yaml"),
            "figures_file": upload(b"metric,period\n" + b"x" * (21 * MB), "so-lieu.csv"),
        },
    )
    assert "tệp “so-lieu.csv” nặng 21 MB; giới hạn là 20 MB" in r.content.decode()
    assert Plan.objects.count() == plans


def test_a_workbook_over_its_limit_is_refused_on_the_entry_page(demo):
    big = io.BytesIO(b"PK" + b"\0" * (10 * MB + MB // 2))
    big.name = "bao-cao.xlsx"
    r = client_for("laodong").post(entry_url(name="upload"), {"file": big})
    assert r.status_code == 400
    assert "tệp “bao-cao.xlsx” nặng 10,5 MB; giới hạn là 10 MB" in r.content.decode()


# Limits small enough to pass in a test; the largest (the workbook's) is 3.000 bytes.
SMALL_LIMITS = {
    "resolution": 1000,
    "plan": 1000,
    "figures": 2000,
    "workbook": 3000,
    "ballots": 1000,
}


@override_settings(CHITIEU_UPLOAD_LIMITS=SMALL_LIMITS)
def test_past_the_largest_limit_the_bytes_are_dropped_and_the_size_kept():
    kept = parsed(upload(b"y" * 50_000, "lon.txt"))
    assert (kept.name, kept.size) == ("lon.txt", 50_000)
    assert kept.read() == b""  # none of it was stored


@override_settings(CHITIEU_UPLOAD_LIMITS=SMALL_LIMITS)
def test_an_upload_within_the_largest_limit_is_kept_whole():
    assert parsed(upload(b"y" * 2500, "nho.txt")).read() == b"y" * 2500


def parsed(file: io.BytesIO) -> UploadedFile:
    """The file as Django's upload handlers hand it to a view."""
    body = encode_multipart(BOUNDARY, {"file": file})
    request = RequestFactory().get("/")
    meta = {"CONTENT_TYPE": MULTIPART_CONTENT, "CONTENT_LENGTH": str(len(body))}
    parser = MultiPartParser(meta, io.BytesIO(body), request.upload_handlers, "utf-8")
    _, files = parser.parse()
    kept: UploadedFile = files["file"]
    return kept
