"""The consultation set up on the web for the page tests: the planning office uploads the
draft of tests/consultkit.py (as .txt) and opens a round asking Sở LĐ-TB&XH (laodong's)
and Sở Y tế, one by one, with a deadline a week away."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from chitieu.web.consultation.models import Draft, Round
from chitieu.web.people.models import Agency
from tests.consultkit import DRAFT

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
