"""Reports (submissions) and figures with their vintages, as stored.

A figure is never overwritten once submitted: a revision or a correction is a new
:class:`FigureRecord` with a later ``as_of`` or a later stage, exactly as in the core.
Only approved figures (and imported ones, approved by whoever imported them) count in
evaluations.
"""

from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from chitieu.figures.model import Figure, Stage
from chitieu.figures.periods import parse_period
from chitieu.figures.vintages import vintage_rank
from chitieu.vnnumbers import with_places
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import Measure, Plan, quantity


class ReportingRegime(models.Model):
    """A province's reporting rules (Decree 09/2019 by default: data cut on the 14th)."""

    area_code = models.CharField(_("province code"), max_length=20, unique=True)
    cutoff_day = models.PositiveSmallIntegerField(_("cut-off day"), default=14)
    deadline_days = models.PositiveSmallIntegerField(_("days to report after cut-off"), default=5)
    nine_months = models.BooleanField(_("nine-month report"), default=True)
    act = models.CharField(_("deciding act"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("reporting regime")
        verbose_name_plural = _("reporting regimes")

    def __str__(self) -> str:
        return f"{self.area_code}: {self.act or 'NĐ 09/2019/NĐ-CP'}"


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    APPROVED = "approved", _("approved")
    RETURNED = "returned", _("returned")


class Submission(models.Model):
    """An agency's report for a period: draft → submitted → approved or returned.

    Revision 1 is the report; each correction after approval is a further revision
    carrying only the corrected figures and the reason.
    """

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="submissions")
    agency = models.ForeignKey(Agency, on_delete=models.PROTECT, related_name="submissions")
    period = models.CharField(_("period"), max_length=20)
    revision = models.PositiveSmallIntegerField(default=1)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.DRAFT,
    )
    reason = models.TextField(_("reason for correction"), blank=True)
    comment = models.TextField(_("approver's comment"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["plan", "period", "agency", "revision"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "agency", "period", "revision"], name="submission_unique"
            )
        ]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self) -> str:
        return f"{self.agency} {self.period} r{self.revision} ({self.status})"

    @property
    def is_editable(self) -> bool:
        """Drafts and returned reports can be edited; submitted and approved ones cannot."""
        return self.status in (SubmissionStatus.DRAFT, SubmissionStatus.RETURNED)


class FigureRecord(models.Model):
    """One vintage of a figure (the core's :class:`~chitieu.figures.model.Figure`)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="figures")
    measure = models.ForeignKey(Measure, on_delete=models.PROTECT, related_name="figures")
    unit_code = models.CharField(_("unit code"), max_length=20)
    period = models.CharField(_("period"), max_length=20)
    value = quantity(_("value"))
    # The decimals as written ("92,0" is not "92" in a report); the column pads to 10.
    places = models.PositiveSmallIntegerField(default=0)
    stage = models.CharField(_("stage"), max_length=20, choices=[(s.value, s.value) for s in Stage])
    as_of = models.DateField(_("as of"))
    source = models.TextField(_("source"), blank=True)
    note = models.TextField(_("note"), blank=True)
    origin = models.CharField(max_length=300, blank=True)  # file:line of an import
    submission = models.ForeignKey(
        Submission, on_delete=models.PROTECT, null=True, blank=True, related_name="figures"
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    entered_at = models.DateTimeField(auto_now_add=True)
    # A draft value may be changed in place: each change bumps the version, so a writer
    # who read an older one is refused instead of overwriting what they have not seen.
    version = models.PositiveIntegerField(default=1, editable=False)
    changed_at = models.DateTimeField(auto_now=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["plan", "measure", "unit_code", "period", "as_of"]
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "unit_code", "period", "stage", "as_of"],
                name="figure_vintage_unique",
            )
        ]
        indexes = [models.Index(fields=["plan", "approved_at"])]
        verbose_name = _("figure")
        verbose_name_plural = _("figures")

    def __str__(self) -> str:
        return f"{self.measure.key} {self.period} {self.unit_code} = {self.value} ({self.stage})"

    @property
    def is_approved(self) -> bool:
        return self.approved_at is not None

    def vintage_rank(self) -> tuple[int, date]:
        """Its rank among the vintages of its series point, by the core's rule (the most
        final stage, then the latest report)."""
        return vintage_rank(Stage(self.stage), self.as_of)

    def to_core(self, measure_key: str | None = None) -> Figure:
        return Figure(
            metric=measure_key or self.measure.key,
            period=parse_period(self.period),
            value=with_places(self.value, self.places),
            stage=Stage(self.stage),
            as_of=self.as_of,
            unit_code=self.unit_code,
            source=self.source,
            origin=self.origin,
            note=self.note,
        )


class ExchangeMapping(models.Model):
    """A mapping to another system's codes (``chitieu.exchange.mapping.Mapping.to_data()``),
    kept so that the next export or the next period's sheet uses it again: a plan's own
    for its DHIS2 and Open SDG downloads (no agency), an agency's for its spreadsheet."""

    class Kind(models.TextChoices):
        DHIS2 = "dhis2", "DHIS2"
        OPENSDG = "opensdg", "Open SDG"
        SHEET = "sheet", _("spreadsheet")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="mappings")
    agency = models.ForeignKey(
        Agency, on_delete=models.CASCADE, null=True, blank=True, related_name="mappings"
    )
    kind = models.CharField(_("format"), max_length=10, choices=Kind.choices)
    data = models.JSONField(_("mapping"), default=dict)
    changed_at = models.DateTimeField(auto_now=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("exchange mapping")
        verbose_name_plural = _("exchange mappings")
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "agency", "kind"],
                condition=models.Q(agency__isnull=False),
                name="mapping_agency_unique",
            ),
            models.UniqueConstraint(
                fields=["plan", "kind"],
                condition=models.Q(agency__isnull=True),
                name="mapping_plan_unique",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan.slug} · {self.agency.code if self.agency else '–'} · {self.kind}"
