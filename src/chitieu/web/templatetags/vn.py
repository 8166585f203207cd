"""Vietnamese number and date formats in templates: {{ value|vn_number:1 }} → 1.234,5."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django import template
from django.utils import timezone

from chitieu.vnnumbers import format_date, format_vi

register = template.Library()


@register.filter
def vn_number(value: object, decimals: int | str | None = None) -> str:
    """A number the Vietnamese way; ``decimals`` fixes the places, else as many as it has."""
    if value is None or value == "":
        return ""
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    places = int(decimals) if decimals not in (None, "") else None
    return format_vi(number, places)


@register.filter
def vn_date(value: object) -> str:
    """25/9/2020 (a datetime is shown in local time, with hours and minutes)."""
    if isinstance(value, datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return f"{format_date(local.date())} {local:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    return "" if value is None else str(value)
