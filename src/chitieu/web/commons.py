"""What every page shares: today's date, the user's language, and dates as people type them.

One place each. The pages, the API and the documents read the clock through
:func:`today` (called as ``commons.today()``, so that a test moves it for all of them at
once), and a date typed anywhere is read by the core's rule, the one the command line and
the figures files follow (:func:`chitieu.figures.reading.parse_date`: ``15/10/2023`` or
``2023-10-15``, nothing else). The settings' ``DATE_INPUT_FORMATS`` say the same two
formats, and the forms read their dates through :class:`DayField`, so Django's own date
reading never takes a third.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils import timezone, translation

from chitieu.figures.reading import parse_date


def today() -> date:
    """Today in the app's time zone."""
    return timezone.localdate()


def ui_lang() -> str:
    """The page's language as the core names it: "en" for English, else "vi" (the default)."""
    return "en" if (translation.get_language() or "vi").startswith("en") else "vi"


class DateError(ValueError):
    """The text typed is not a date."""


def parse_day(text: str) -> date | None:
    """A typed date (None for an empty field); :class:`DateError` for anything else."""
    text = text.strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise DateError(text) from None


class DayField(forms.DateField):
    """A form's date field that reads what the core reads (Django's message for a bad one)."""

    def to_python(self, value: Any) -> date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, date):
            return value
        try:
            return parse_day(str(value))
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
