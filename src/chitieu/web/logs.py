"""Logging: how the server's log reads."""

from __future__ import annotations

import logging


class ClientErrorsOneLine(logging.Filter):
    """Drop the traceback of a request refused with a 4xx status.

    Django logs a PermissionDenied with its traceback ("Forbidden (Permission denied):
    /plans/"), so every refused click filled the log with a stack nobody needs; the one
    line says what happened. Server errors (5xx) keep their tracebacks.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if isinstance(status, int) and status < 500:
            record.exc_info = None
            record.exc_text = None
        return True
