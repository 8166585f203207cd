"""Plans, targets and measures as stored: the web twin of :mod:`chitieu.targets.model`.

Every field of the core model has a column here, so a plan file loaded, edited in the UI
and exported again is the same plan (see :mod:`chitieu.web.plans.convert`).
"""

from __future__ import annotations

import decimal
import uuid
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from chitieu.figures.periods import Period
from chitieu.targets.model import Comparator, Direction, Group, GrowthInput, Kind, TaskKind, Trend
from chitieu.vnnumbers import MAX_DECIMALS, MAX_INTEGER_DIGITS
from chitieu.web import warming

# Digits enough to read back, to ten places, any number SQLite's 8-byte float holds (~1e308).
_READ_PRECISION = 330


class QuantityField(models.DecimalField):  # type: ignore[type-arg]
    """A decimal column whose reading never fails on a number already stored.

    Django reads SQLite's decimals with the column's own precision, so one value stored
    before the core's limits were checked (9999999999999999999999999) raised on every page
    that read it. Here it is read back as it is; new values are checked before saving.
    """

    @cached_property
    def context(self) -> decimal.Context:
        return decimal.Context(prec=_READ_PRECISION)

    def deconstruct(self) -> Any:
        # The column is a plain decimal column; only reading differs, so migrations
        # keep seeing a DecimalField and no table is rebuilt for it.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.DecimalField", args, kwargs


def quantity(verbose_name: Any = None, *, null: bool = False) -> QuantityField:
    """An exact decimal column: 4.400.000 visitors and 0,05 percentage points alike.

    Sized by the core's limits on what a stored number keeps (chitieu.vnnumbers): the
    readers and forms refuse a value the column would change.
    """
    return QuantityField(
        verbose_name,
        max_digits=MAX_INTEGER_DIGITS + MAX_DECIMALS,
        decimal_places=MAX_DECIMALS,
        null=null,
        blank=null,
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
    # The body the plan belongs to (the core's IssuingBody): its documents carry its header.
    body_kind = models.CharField(
        _("documents in the format of"),
        max_length=10,
        choices=[("party", _("a Party committee")), ("state", _("a State body"))],
        blank=True,
    )
    body_name = models.CharField(_("issuing body"), max_length=200, blank=True)
    body_parent = models.CharField(_("body above it"), max_length=200, blank=True)
    body_code = models.CharField(_("its symbol in document numbers"), max_length=20, blank=True)
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
        warming.after_commit(self.pk)  # evaluated afresh in the background, once committed

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
    # Plausibility at entry (chitieu.figures.plausibility): warnings, never statuses.
    valid_min = quantity(_("lowest plausible value"), null=True)
    valid_max = quantity(_("highest plausible value"), null=True)
    max_change = quantity(_("largest plausible change in a year"), null=True)
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


class TaskStatus(models.TextChoices):
    """Stored statuses; "overdue" is derived (past the deadline and not done)."""

    NOT_STARTED = "not_started", pgettext_lazy("program", "not started")
    IN_PROGRESS = "in_progress", pgettext_lazy("program", "in progress")
    DONE = "done", pgettext_lazy("program", "done")


TASK_KINDS = {
    TaskKind.KEY_TASK.value: pgettext_lazy("program", "Key task"),
    TaskKind.BREAKTHROUGH.value: pgettext_lazy("program", "Breakthrough"),
    TaskKind.TASK_GROUP.value: pgettext_lazy("program", "Group of tasks"),
}


class Task(models.Model):
    """A key task, breakthrough or group of tasks the resolution names.

    ``kind``, ``no`` and ``text`` come from the plan file; the action program's fields
    (lead, co-agencies, deadline, status, targets served) are kept only here, so a plan
    re-saved with the same (kind, no) keeps them (see :func:`convert.save_plan`).
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="tasks")
    kind = models.CharField(_("kind"), max_length=20, choices=_choices(TaskKind))
    no = models.PositiveSmallIntegerField(_("number"))
    text = models.TextField(_("text"))
    # The people app depends on this one, so the agency is named by string.
    lead = models.ForeignKey(
        "people.Agency",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="led_tasks",
        verbose_name=pgettext_lazy("program", "lead agency"),
    )
    co_agencies = models.ManyToManyField(
        "people.Agency",
        blank=True,
        related_name="co_tasks",
        verbose_name=pgettext_lazy("program", "co-agencies"),
    )
    deadline = models.DateField(pgettext_lazy("program", "deadline"), null=True, blank=True)
    status = models.CharField(
        pgettext_lazy("program", "status"),
        max_length=20,
        choices=TaskStatus.choices,
        default=TaskStatus.NOT_STARTED,
    )
    targets = models.ManyToManyField(
        Target,
        blank=True,
        related_name="tasks",
        verbose_name=pgettext_lazy("program", "targets served"),
    )

    class Meta:
        ordering = ["plan", "kind", "no"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")

    def __str__(self) -> str:
        return f"{self.kind} {self.no}: {self.text[:60]}"

    @property
    def kind_name(self) -> str:
        """ "Nhiệm vụ trọng tâm", "Đột phá" … (the stored kind is the plan file's word)."""
        return str(TASK_KINDS.get(self.kind, self.kind))

    def is_overdue(self, today: date) -> bool:
        """Past the deadline and not done (today is passed in so tests can fix it)."""
        return (
            self.deadline is not None and self.deadline < today and self.status != TaskStatus.DONE
        )

    def is_near(self, today: date, days: int = 14) -> bool:
        """Due within ``days`` days (today included) and not done."""
        return (
            self.deadline is not None
            and today <= self.deadline <= today + timedelta(days=days)
            and self.status != TaskStatus.DONE
        )

    def shown_status(self, today: date) -> str:
        """The status as shown: the stored one, or "overdue"."""
        return "overdue" if self.is_overdue(today) else self.status


class TaskNote(models.Model):
    """A progress note on a task: who wrote it, when, and what."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    text = models.TextField(pgettext_lazy("program", "note"))

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = pgettext_lazy("program", "progress note")
        verbose_name_plural = pgettext_lazy("program", "progress notes")

    def __str__(self) -> str:
        return f"{self.task_id} {self.at:%Y-%m-%d}: {self.text[:40]}"


class MeasureShare(models.Model):
    """A provincial measure's share for a district, commune or agency (cascading).

    The share is a target value (``low``; ``high`` too for a range). Its figures are the
    measure's approved figures with ``unit_code``; see :mod:`chitieu.web.plans.cascade`.
    """

    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="shares")
    unit_code = models.CharField(pgettext_lazy("cascade", "unit code"), max_length=20)
    agency = models.ForeignKey(
        "people.Agency",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="shares",
        verbose_name=pgettext_lazy("cascade", "agency"),
    )
    low = quantity(pgettext_lazy("cascade", "target"))
    high = quantity(pgettext_lazy("cascade", "upper target"), null=True)

    class Meta:
        ordering = ["measure", "unit_code"]
        constraints = [
            models.UniqueConstraint(fields=["measure", "unit_code"], name="share_unit_unique")
        ]
        verbose_name = pgettext_lazy("cascade", "share of a target")
        verbose_name_plural = pgettext_lazy("cascade", "shares of targets")

    def __str__(self) -> str:
        return f"{self.measure.key} @ {self.unit_code}: {self.low}"


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
    # the reader's proposal for each measure: its sentence, the value's span, confidence, doubts
    proposals = models.JSONField(default=list)
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


class RejectedMeasure(models.Model):
    """A measure the reader proposed from a document and the planning office rejected.

    Remembered for the document (the digest of its text) within the office's scope (the
    deciding person's agency, or the whole office for planners of no agency), so that a
    later reading of the same text shows the measure rejected, with an undo. The
    ``fingerprint`` names the proposal: its sentence, name, unit and values.
    """

    digest = models.CharField(max_length=64)
    agency = models.ForeignKey(
        "people.Agency", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    fingerprint = models.CharField(max_length=64)
    measure_key = models.CharField(max_length=100)  # the identifier the reader proposed
    name = models.CharField(max_length=500)
    sentence = models.TextField(blank=True)
    filename = models.CharField(max_length=255)
    rejected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    rejected_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["digest", "pk"]
        indexes = [models.Index(fields=["digest", "agency"])]
        verbose_name = _("rejected measure")
        verbose_name_plural = _("rejected measures")

    def __str__(self) -> str:
        return self.name
