"""The API refuses a figure value the database would not keep exactly, as text or as a
JSON number (422, naming the item and the field, in the caller's language): nothing is
saved, and every page and export that reads the figures goes on answering."""

from __future__ import annotations

import pytest

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from tests.apihelpers import PLAN
from tests.entryhelpers import pages_still_answer
from tests.webhelpers import client_for

GOOD = '{"measure": "poverty-rate", "value": "2,4", "stage": "official"}'


def _saved():
    return (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())


def _post_raw(value_json: str, lang: str = "vi"):
    """The body as JSON text, so a number such as 1e25 travels exactly as written."""
    item = f'{{"measure": "trained-labour", "value": {value_json}, "stage": "official"}}'
    # (confirmed: 12.345% is no plausible percentage, and this is about exactness)
    body = f'{{"period": "2025", "submit": true, "confirm": true, "figures": [{GOOD}, {item}]}}'
    return client_for("laodong", lang=lang).post(
        f"{PLAN}/figures", body, content_type="application/json"
    )


@pytest.mark.parametrize(
    ("value_json", "message"),
    [
        (
            '"9999999999999999999999999"',
            "“9999999999999999999999999” quá lớn: tối đa 20 chữ số trước dấu thập phân",
        ),
        (
            "1e25",
            "“10.000.000.000.000.000.000.000.000” quá lớn: tối đa 20 chữ số trước dấu thập phân",
        ),
        (
            "1234567890.123456789",
            "“1.234.567.890,123456789” có 19 chữ số có nghĩa: chỉ giữ chính xác được tối đa 15; "
            "hãy làm tròn",
        ),
        (
            '"0,00000000001"',
            "“0,00000000001” có 11 chữ số thập phân: chỉ giữ được tối đa 10; hãy làm tròn",
        ),
    ],
)
def test_it_refuses_a_value_it_would_not_keep_exactly(demo, value_json, message):
    before = _saved()
    response = _post_raw(value_json)
    assert response.status_code == 422, response.content
    [problem] = response.json()["problems"]
    assert (problem["item"], problem["field"], problem["message"]) == (1, "value", message)
    assert _saved() == before
    pages_still_answer()


def test_it_names_the_limit_in_english(demo):
    response = _post_raw('"12.345.678.901.234.567"', lang="en")
    [problem] = response.json()["problems"]
    assert problem["text"] == (
        "item 1, field “value”: “12.345.678.901.234.567” has 17 significant digits: at most 15 "
        "are kept exactly; round it"
    )


def test_it_keeps_a_json_number_at_the_limits_exactly(demo):
    response = _post_raw("12345.1234567891")  # fifteen significant digits, ten decimals
    assert response.status_code == 200, response.content
    values = {f["measure"]: f["value"] for f in response.json()["figures"]}
    assert values == {"trained-labour": "12345.1234567891", "poverty-rate": "2.4"}
