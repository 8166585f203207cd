"""Once the drafting team uploads the next version of a draft, the consolidation of a
round on the earlier version says, for each part commented on, where that part is in the
new version (the core's matching: a paragraph that moved is found where it went), in the
page's language; before that, it says nothing of the kind."""

from __future__ import annotations

import pytest

from tests.consultkit import DRAFT_V2
from tests.consultwebkit import LAODONG, draft_file, open_round, upload_draft
from tests.webhelpers import client_for

pytestmark = pytest.mark.django_db

TOURISM = "III/1.1/a/p1"  # in the next version: Phần III, mục 2, đoạn 2


def _page(round_, lang: str = "vi") -> str:
    team = client_for("kehoach", lang=lang)
    return team.get(f"/consultation/rounds/{round_.pk}/consolidation/").content.decode()


def test_it_shows_where_a_commented_part_went_in_the_next_version(people):
    team = client_for("kehoach")
    draft = upload_draft(team)
    made = open_round(team, draft, codes=(LAODONG,))
    comment = {"part": TOURISM, "kind": "wording", "proposed_text": "Du lịch xanh."}
    assert (
        client_for("laodong").post(f"/consultation/rounds/{made.pk}/comment/", comment).status_code
        == 302
    )
    assert "Trong dự thảo mới" not in _page(made)

    upload = {"file": draft_file(DRAFT_V2, name="du-thao-2.txt")}
    assert team.post(f"/consultation/drafts/{draft.pk}/versions/", upload).status_code == 302

    assert "Trong dự thảo mới: Phần III, mục 2, đoạn 2" in _page(made)
    assert "In the next version: Part III, section 2, paragraph 2" in _page(made, "en")
