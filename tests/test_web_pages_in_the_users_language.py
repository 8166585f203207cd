"""Every page in the user's language. In Vietnamese, a person who reads no English meets no
English word and no number or date as the program stores it; in English, no word of the
Vietnamese interface is left untranslated (data — the names of measures, agencies, units —
stays as typed) and numbers and dates are still written the Vietnamese way. The walk: every
page of the site as every role, the error pages and bad addresses and dates, reports in
every state, and the audit trail of every kind of change."""

from __future__ import annotations

import pytest

from chitieu.web.people.models import AuditEvent
from tests.accessmatrix import PAGES
from tests.auditkit import ACTIONS, make_every_change, reports_in_every_state
from tests.matrixkit import objects
from tests.pagetext import (
    ALLOWED_ON_ENGLISH_PAGES,
    ALLOWED_ON_VIETNAMESE_PAGES,
    english_in,
    raw_reprs_in,
    vietnamese_in,
    without_allowed,
)
from tests.pagewalk import audit_pages, error_pages, findings_of, report_pages, walk_page

__all__ = ["objects"]  # the fixture, used by name

LANGS = ["vi", "en"]


def _wrong_in_vietnamese(where: str, text: str) -> list[str]:
    text = without_allowed(text, ALLOWED_ON_VIETNAMESE_PAGES)
    return english_in(text) + raw_reprs_in(text)


def _wrong_in_english(where: str, text: str) -> list[str]:
    text = without_allowed(text, ALLOWED_ON_ENGLISH_PAGES)
    return vietnamese_in(text) + raw_reprs_in(text)


WRONG = {"vi": _wrong_in_vietnamese, "en": _wrong_in_english}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_it_shows_every_page_in_the_users_language(objects, people, name, lang):
    findings = findings_of(walk_page(name, objects, people, lang), WRONG[lang])
    assert findings.found == {}


@pytest.mark.parametrize("lang", LANGS)
def test_it_says_what_went_wrong_in_the_users_language(objects, people, lang):
    findings = findings_of(error_pages(objects, people, lang), WRONG[lang])
    assert findings.pages >= 30
    assert findings.found == {}


@pytest.mark.parametrize("lang", LANGS)
def test_it_shows_reports_in_every_state_in_the_users_language(demo, people, lang):
    steps = report_pages(reports_in_every_state(demo, people), people, lang)
    findings = findings_of(steps, WRONG[lang])
    assert findings.pages >= 20
    assert findings.found == {}


@pytest.mark.parametrize("lang", LANGS)
def test_it_tells_every_kind_of_change_in_the_users_language(demo, people, lang):
    make_every_change(demo, people)
    assert set(AuditEvent.objects.values_list("action", flat=True)) == ACTIONS
    findings = findings_of(audit_pages(people, lang), WRONG[lang])
    assert findings.pages >= 4
    assert findings.found == {}
