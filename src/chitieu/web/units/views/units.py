"""Administrative units as they were on a given day, and each unit's lineage."""

from __future__ import annotations

from collections import Counter
from datetime import date

from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from chitieu.figures.reading import parse_date
from chitieu.vnnumbers import format_date
from chitieu.web.units.models import AdminUnit, UnitChange, UnitLevel

LEVELS = [UnitLevel.PROVINCE, UnitLevel.DISTRICT, UnitLevel.COMMUNE]
# "xã" alone would hide that the commune level holds wards and towns too; named in full
# (gettext_lazy), the name the catalogue's extraction looks for
LEVEL_LABELS = {
    UnitLevel.PROVINCE: gettext_lazy("province level"),
    UnitLevel.DISTRICT: gettext_lazy("district level"),
    UnitLevel.COMMUNE: gettext_lazy("commune level"),
}


def in_force(area: AdminUnit, day: date) -> list[AdminUnit]:
    """The area and every unit under it in force on ``day``, each parent before its children."""
    rows = list(
        AdminUnit.objects.filter(AdminUnit.valid_on(day))
        .filter(Q(pk=area.pk) | Q(parent=area) | Q(parent__parent=area))
        .select_related("parent")
        .order_by("code")
    )
    children: dict[int | None, list[AdminUnit]] = {}
    for unit in rows:
        children.setdefault(unit.parent_id, []).append(unit)
    ordered: list[AdminUnit] = []

    def walk(unit: AdminUnit) -> None:
        ordered.append(unit)
        for child in children.get(unit.pk, []):
            walk(child)

    if area.is_valid_on(day):
        walk(area)
    else:  # the area itself was not yet (or no longer) in force: its units still are
        for child in children.get(area.pk, []):
            walk(child)
    return ordered


@login_required
@require_GET
def unit_list(request: HttpRequest) -> HttpResponse:
    """/units/?area=20&on=25/9/2020: the units in force on a day, counted per level."""
    provinces = list(AdminUnit.objects.filter(level=UnitLevel.PROVINCE).order_by("code"))
    code = request.GET.get("area", "").strip()
    area = next((p for p in provinces if p.code == code), provinces[0] if provinces else None)
    raw_day = request.GET.get("on", "").strip()
    error = ""
    day = timezone.localdate()
    if raw_day:
        try:
            day = parse_date(raw_day)
        except ValueError:
            error = _("“%(day)s” is not a date: write it as 25/9/2020") % {"day": raw_day}
    units = in_force(area, day) if area else []
    counts = Counter(u.level for u in units)
    types = Counter((u.level, u.division_type) for u in units)
    levels = [
        {
            "level": level,
            "label": LEVEL_LABELS[level],
            "count": counts.get(level.value, 0),
            "types": sorted((t, n) for (lv, t), n in types.items() if lv == level.value),
        }
        for level in LEVELS
    ]
    return render(
        request,
        "units/list.html",
        {
            "provinces": provinces,
            "area": area,
            "day": day,
            "day_text": raw_day if error else format_date(day),
            "error": error,
            "units": units,
            "levels": levels,
        },
    )


@login_required
@require_GET
def unit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One unit: what it is, where it sits, what it came from and what it became."""
    unit = get_object_or_404(AdminUnit.objects.select_related("parent"), pk=pk)
    origins = UnitChange.objects.filter(successor=unit).select_related("predecessor")
    successions = UnitChange.objects.filter(predecessor=unit).select_related("successor")
    children = unit.children.order_by("code")
    return render(
        request,
        "units/detail.html",
        {
            "unit": unit,
            "origins": origins,
            "successions": successions,
            "children": children,
        },
    )
