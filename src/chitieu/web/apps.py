import sqlite3
from typing import Any

from django.apps import AppConfig


class WebConfig(AppConfig):
    """The shared parts of the web app: base templates, template filters, translations."""

    name = "chitieu.web"
    label = "web"
    verbose_name = "chitieu"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        connection_created.connect(_sqlite_limits, dispatch_uid="chitieu-sqlite-limits")


def _sqlite_limits(connection: Any, **kwargs: Any) -> None:
    """Let Django put as many values in one SQLite statement as this SQLite accepts.

    Django 5.2 assumes the 999 variables of SQLite before 3.32, so a ``bulk_create`` of
    thousands of figures became one INSERT per 55 rows; SQLite says its own limit
    (32.766 by default since 3.32, 250.000 in Debian's build), as Django 6 reads it.
    """
    if connection.vendor == "sqlite":
        limit = connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        connection.features.max_query_params = max(999, limit)
