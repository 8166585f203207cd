"""The consultation set up on the web for the page tests: the planning office uploads the
draft of tests/consultkit.py (as .txt) and opens a round asking Sở LĐ-TB&XH (laodong's)
and Sở Y tế, one by one, with a deadline a week away."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from chitieu.web.consultation.models import Draft, Round
from chitieu.web.people.models import Agency
from tests.consultkit import DRAFT, GROWTH, OWN_PARAGRAPH, write_reply

LAODONG = "so-ldtbxh"
YTE = "so-yte"


def draft_file(lines: list[str] = DRAFT, name: str = "du-thao.txt") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, "\n".join(lines).encode("utf-8"), "text/plain")


def upload_draft(team: Client, title: str = "Dự thảo Báo cáo chính trị") -> Draft:
    response = team.post("/consultation/drafts/new/", {"title": title, "file": draft_file()})
    assert response.status_code == 302, response.content.decode()[-3000:]
    return Draft.objects.get(title=title)


def deadline(days: int = 7) -> str:
    day = timezone.localdate() + timedelta(days)
    return f"{day.day}/{day.month}/{day.year}"


def open_round(
    team: Client, draft: Draft, codes: tuple[str, ...] = (LAODONG, YTE), **more: Any
) -> Round:
    version = draft.versions.order_by("-number").first()
    assert version is not None
    data = {
        "title": "Xin ý kiến dự thảo Báo cáo chính trị",
        "version": str(version.pk),
        "deadline": deadline(),
        "agencies": [str(a.pk) for a in Agency.objects.filter(code__in=codes)],
        **more,
    }
    response = team.post(f"/consultation/drafts/{draft.pk}/rounds/new/", data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    return Round.objects.get(version__draft=draft)


def every_change(team: Client, unit: Client) -> Round:
    """Each change a round makes in the audit trail, through its pages: a draft and its
    next version uploaded, a round opened (an agency and a ward of the registry asked), a
    comment typed and a reply file read, for the agency by its people and for the ward by
    the team from its letter; a comment placed by hand, answered, a new wording decided,
    the silent units reminded, the round closed."""
    draft = upload_draft(team)
    title = "Xin ý kiến Báo cáo chính trị"  # no word of the interface in the data
    made = open_round(team, draft, codes=(LAODONG,), unit_codes="05977", title=title)
    ward = f"u{made.units.get().pk}"
    url = f"/consultation/rounds/{made.pk}/"
    typed = {"part": "I/p1", "kind": "agree", "text": "Đồng ý."}
    assert unit.post(f"{url}comment/", typed).status_code == 302
    assert team.post(f"{url}comment/", typed | {"for": ward}).status_code == 302
    with tempfile.TemporaryDirectory() as folder:
        own = write_reply(Path(folder) / "so-ld.docx", "", [(OWN_PARAGRAPH, "Bổ sung.")])
        reply = {"file": SimpleUploadedFile("so-ld.docx", own.read_bytes())}
        assert unit.post(f"{url}reply/", reply).status_code == 302
        letter = write_reply(Path(folder) / "dong-kinh.docx", "", [(GROWTH, "Nhất trí.")])
        sent = {"file": SimpleUploadedFile("dong-kinh.docx", letter.read_bytes()), "for": ward}
        assert team.post(f"{url}reply/", sent).status_code == 302
    loose = made.comments.get(part="", general=False)
    assert team.post(f"{url}unplaced/", {"comment": loose.pk, "part": "III/1"}).status_code == 302
    answer = {"comment": loose.pk, "decision": "explained", "reason": "Đã có ở Phần III."}
    assert team.post(f"{url}respond/", answer).status_code == 302
    assert (
        team.post(
            f"{url}wording/", {"part": "I/p1", "text": "Kinh tế tăng trưởng khá."}
        ).status_code
        == 302
    )
    team.post(f"/consultation/drafts/{draft.pk}/versions/", {"file": draft_file(name="v2.txt")})
    assert team.post(f"{url}remind/").status_code == 302
    assert team.post(f"{url}close/").status_code == 302
    return made
