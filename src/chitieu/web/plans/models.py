"""Plans, targets and measures as stored: the web twin of :mod:`chitieu.targets.model`.

Every field of the core model has a column here, so a plan file loaded, edited in the UI
and exported again is the same plan (see :mod:`chitieu.web.plans.convert`).
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chitieu.figures.periods import Period
from chitieu.targets.model import Comparator, Direction, Group, GrowthInput, Kind, TaskKind, Trend


def quantity(verbose_name: Any = None, *, null: bool = False) -> models.DecimalField[Any, Any]:
    """An exact decimal column: 4.400.000 visitors and 0,05 percentage points alike."""
    return models.DecimalField(
        verbose_name, max_digits=30, decimal_places=10, null=null, blank=null
    )


def _choices(enum: type) -> list[tuple[str, str]]:
    return [(m.value, m.value) for m in enum]  # type: ignore[attr-defined]


class Plan(models.Model):
    """A resolution's targets for a term (Nghị quyết … nhiệm kỳ 2020–2025)."""

    slug = models.SlugField(_("identifier"), max_length=100, unique=True)
    title = models.CharField(_("title"), max_length=500)
    area_code = models.CharField(_("area code"), max_length=20)
    area_name = models.CharField(_("area name"), max_length=200)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"))
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    tolerance_absolute = quantity(null=True)
    tolerance_relative = quantity(null=True)
    source = models.TextField(_("source"), blank=True)
    metadata = models.JSONField(default=dict, blank=True)
    is_public = models.BooleanField(
        _("public read-only view"),
        default=False,
        help_text=_("Anyone, without logging in, may see the dashboard."),
    )
    # Bumped by every change to the plan or its figures; cached evaluations are keyed by it.
    data_version = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-start_year", "slug"]
        verbose_name = _("plan")
        verbose_name_plural = _("plans")

    def __str__(self) -> str:
        return self.title

    def touch(self) -> None:
        """Mark the plan's data as changed (figures approved, targets edited)."""
        Plan.objects.filter(pk=self.pk).update(
            data_version=F("data_version") + 1, updated_at=timezone.now()
        )
        self.refresh_from_db(fields=["data_version", "updated_at"])

    @property
    def cache_key(self) -> tuple[object, ...]:
        """Changes whenever the plan's data does (the timestamp guards against reused ids)."""
        return (self.pk, self.data_version, self.updated_at)

    def contains(self, period: Period) -> bool:
        """Whether a period lies inside the term (the baseline year counts)."""
        return self.baseline_year <= period.year and period.last_year <= self.end_year


class Target(models.Model):
    """A numbered target (chỉ tiêu) with the resolution's verbatim text."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="targets")
    no = models.PositiveSmallIntegerField(_("number"))
    text = models.TextField(_("text"))
    group = models.CharField(_("group"), max_length=30, choices=_choices(Group), blank=True)
    lead_agency = models.CharField(_("lead agency"), max_length=200, blank=True)
    confidence = models.FloatField(null=True, blank=True)
    unparsed = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["plan", "no"]
        constraints = [models.UniqueConstraint(fields=["plan", "no"], name="target_no_unique")]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self) -> str:
        return f"({self.no}) {self.text[:80]}"


class Measure(models.Model):
    """One measure of a target, judged on its own (the core's ``Metric``)."""

    target = models.ForeignKey(Target, on_delete=models.CASCADE, related_name="measures")
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="measures")
    key = models.SlugField(_("identifier"), max_length=100)
    position = models.PositiveSmallIntegerField(default=0)
    name = models.CharField(_("name"), max_length=500)
    unit = models.CharField(_("unit"), max_length=100)
    kind = models.CharField(_("kind"), max_length=40, choices=_choices(Kind))
    comparator = models.CharField(_("comparator"), max_length=10, choices=_choices(Comparator))
    low = quantity(_("low"), null=True)
    high = quantity(_("high"), null=True)
    end_year = models.PositiveSmallIntegerField(_("end year"))
    direction = models.CharField(_("direction"), max_length=30, choices=_choices(Direction))
    input = models.CharField(max_length=10, choices=_choices(GrowthInput), blank=True)
    trend = models.CharField(max_length=10, choices=_choices(Trend), default=Trend.LINEAR.value)
    decimals = models.PositiveSmallIntegerField(default=2)
    note = models.TextField(_("note"), blank=True)
    baseline_year = models.PositiveSmallIntegerField(null=True, blank=True)
    baseline_value = quantity(null=True)
    baseline_stage = models.CharField(max_length=20, blank=True)
    baseline_source = models.TextField(blank=True)
    tolerance_absolute = quantity(null=True)
    tolerance_relative = quantity(null=True)
    manual_status = models.CharField(max_length=20, blank=True)
    manual_reason = models.TextField(blank=True)
    manual_by = models.CharField(max_length=200, blank=True)
    manual_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["plan", "target__no", "position"]
        constraints = [models.UniqueConstraint(fields=["plan", "key"], name="measure_key_unique")]
        verbose_name = _("measure")
        verbose_name_plural = _("measures")

    def __str__(self) -> str:
        return f"{self.name} ({self.unit})"


class Task(models.Model):
    """A key task, breakthrough or group of tasks the resolution names."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    kind = models.CharField(_("kind"), max_length=20, choices=_choices(TaskKind))
    no = models.PositiveSmallIntegerField(_("number"))
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["plan", "kind", "no"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")

    def __str__(self) -> str:
        return f"{self.kind} {self.no}: {self.text[:60]}"


class ReadDraft(models.Model):
    """A resolution read by the text reader, waiting for a person to review and save it.

    Kept in the database rather than the session: the session is a signed cookie, too
    small for a resolution's text, and a draft must survive a reload.
    """

    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    filename = models.CharField(_("file"), max_length=255)
    text = models.TextField(_("text"))
    proposal = models.JSONField(default=dict)  # plan data as the reader proposed it
    review = models.JSONField(default=list)  # what the reader asks a person to check
    leftovers = models.JSONField(default=list)  # lines of the list placed in no target
    posted = models.JSONField(null=True, blank=True)  # the last corrections, kept on errors
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("resolution being read")
        verbose_name_plural = _("resolutions being read")

    def __str__(self) -> str:
        return self.filename
