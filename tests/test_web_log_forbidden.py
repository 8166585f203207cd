"""A refused request is one line in the server's log, without a traceback; a server error
keeps its traceback.

An administrator reading the log relies on this: a reporter clicking on a page they may
not open is not a bug, and must not bury the real errors under stacks.
"""

from __future__ import annotations

import logging

from django.test import Client

from tests.webhelpers import client_for


def _request_records(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "django.request"]


def test_a_403_is_one_line(demo, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client_for("laodong").get("/plans/")
    assert response.status_code == 403
    [record] = _request_records(caplog)
    assert record.getMessage() == "Forbidden (Permission denied): /plans/"
    assert record.exc_info is None and record.exc_text is None
    assert "Traceback" not in caplog.text
    assert caplog.text.strip().count("\n") == 0


def test_a_server_error_keeps_its_traceback(demo, caplog, settings):
    settings.ROOT_URLCONF = "tests.faultyurls"
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = Client(raise_request_exception=False).get("/fails/")
    assert response.status_code == 500
    [record] = _request_records(caplog)
    assert record.getMessage() == "Internal Server Error: /fails/"
    assert record.exc_info is not None
    assert "Traceback" in caplog.text and "RuntimeError: a bug, on purpose" in caplog.text
