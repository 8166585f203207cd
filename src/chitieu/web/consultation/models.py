"""A draft as the web keeps it (each version with its parts as the core cut them), the
rounds of comments on a version, each unit's comments and the drafting team's answers.
The rules are the core's (:mod:`chitieu.consultation`): :meth:`DraftVersion.to_core` hands
it the draft, and :mod:`.services` hands it the comments to consolidate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from chitieu.consultation import draft as core
from chitieu.consultation.consolidate import Decision
from chitieu.consultation.kinds import Kind
from chitieu.vnformat import format_vi
from chitieu.web.people.models import Agency
from chitieu.web.plans.models import quantity
from chitieu.web.units.models import AdminUnit


class Draft(models.Model):
    """A draft document sent out for comments (the political report, the action
    program): a title and its versions."""

    title = models.CharField(_("title"), max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("consultation:draft", args=[self.pk])


class DraftVersion(models.Model):
    """One version of a draft as uploaded: its parts and targets as the core read them
    (kept, so the draft is read once, in the bounded child)."""

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version number"))
    name = models.CharField(_("file"), max_length=255)  # as the user named it
    label = models.CharField(max_length=40)  # the core's fingerprint of the text
    heading = models.CharField(max_length=1000)  # its first line
    parts = models.JSONField(default=list)  # [{"key", "place", "text", "targets"}]
    targets = models.JSONField(default=list)  # [{"no", "text", "part"}]
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )

    class Meta:
        ordering = ["draft", "number"]
        constraints = [
            models.UniqueConstraint(fields=["draft", "number"], name="one_draft_version_number")
        ]
        verbose_name = _("draft version")
        verbose_name_plural = _("draft versions")

    def __str__(self) -> str:
        return f"{self.draft} v{self.number}"

    @classmethod
    def kept(cls, read: core.Draft) -> dict[str, Any]:
        """The fields that keep a draft the core read."""
        return {
            "label": read.version,
            "heading": read.title[:1000],
            "parts": [
                {"key": p.key, "place": [list(x) for x in p.place], "text": p.text}
                | {"targets": list(p.targets)}
                for p in read.parts
            ],
            "targets": [{"no": t.no, "text": t.text, "part": t.part} for t in read.targets],
        }

    def to_core(self) -> core.Draft:
        parts = tuple(
            core.Part(
                p["key"],
                tuple((str(a), str(b)) for a, b in p["place"]),
                p["text"],
                i,
                tuple(int(n) for n in p["targets"]),
            )
            for i, p in enumerate(self.parts)
        )
        targets = tuple(core.Target(int(t["no"]), t["text"], t["part"]) for t in self.targets)
        return core.Draft(self.name, self.label, self.heading, parts, targets)


class Round(models.Model):
    """A round of comments on one version of a draft: who is asked, by when. Closed at
    its deadline's end, or earlier by the drafting team."""

    version = models.ForeignKey(DraftVersion, on_delete=models.PROTECT, related_name="rounds")
    title = models.CharField(_("title"), max_length=300)
    deadline = models.DateField(_("deadline"))
    agencies = models.ManyToManyField(Agency, related_name="+", verbose_name=_("units asked"))
    # units of the registry asked as such (a commune with no agency in chitieu): their
    # replies are brought in by the drafting team
    units = models.ManyToManyField(
        AdminUnit, related_name="+", blank=True, verbose_name=_("units of the registry asked")
    )
    # the summary report's issuing body, a line each (the last in bold); empty: the
    # documents subcommittee ("TIỂU BAN VĂN KIỆN")
    issuer = models.CharField(_("issuing body"), max_length=300, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("consultation round")
        verbose_name_plural = _("consultation rounds")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("consultation:round", args=[self.pk])

    def is_open(self, today: date) -> bool:
        """Comments are taken until the deadline's end, unless the team closed it."""
        return self.closed_at is None and today <= self.deadline


class KindChoice(models.TextChoices):
    AGREE = Kind.AGREE.value, _("agree")
    WORDING = Kind.WORDING.value, _("proposes a wording")
    TARGET_VALUE = Kind.TARGET_VALUE.value, _("proposes a target value")
    OTHER = Kind.OTHER.value, _("other comment")


class DecisionChoice(models.TextChoices):
    ACCEPTED = Decision.ACCEPTED.value, _("accepted (tiếp thu)")
    EXPLAINED = Decision.EXPLAINED.value, _("explained (giải trình)")
    NOT_ACCEPTED = Decision.NOT_ACCEPTED.value, _("not accepted (không tiếp thu)")


class Comment(models.Model):
    """One comment of one unit in a round: on a part (``part``, its key in the round's
    version), general (``general``), or not placed yet (neither: ``anchor`` holds the
    text it was attached to in the unit's file). The team's response sits beside it."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="comments")
    # whose comment: an agency asked, or a unit of the registry asked (exactly one)
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    unit = models.ForeignKey(
        AdminUnit, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # entered by the drafting team from the unit's letter (typed or its file uploaded)
    on_behalf = models.BooleanField(default=False)
    source = models.CharField(max_length=255, blank=True)  # "": typed; else the file
    kind = models.CharField(_("kind"), max_length=20, choices=KindChoice.choices)
    part = models.CharField(max_length=200, blank=True)
    general = models.BooleanField(default=False)
    anchor = models.TextField(blank=True)
    text = models.TextField(_("comment"))
    proposed_text = models.TextField(blank=True)
    proposed_value = quantity(null=True)
    target = models.PositiveIntegerField(null=True, blank=True)
    decision = models.CharField(max_length=20, choices=DecisionChoice.choices, blank=True)
    reason = models.TextField(blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(agency__isnull=False, unit__isnull=True)
                | models.Q(agency__isnull=True, unit__isnull=False),
                name="comment_of_one_respondent",
            )
        ]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self) -> str:
        return f"{self.agency or self.unit} · {self.part or '–'} · {self.text[:40]}"

    @property
    def value(self) -> Decimal | None:
        """The proposed value as written (the column reads it back with ten places)."""
        if self.proposed_value is None:
            return None
        value = Decimal(self.proposed_value).normalize()
        return value.quantize(Decimal(1)) if int(value.as_tuple().exponent) > 0 else value

    @property
    def shown_value(self) -> str:
        return format_vi(self.value) if self.value is not None else ""

    @property
    def cid(self) -> str:
        """The comment's id for the core ("c12")."""
        return f"c{self.pk}"


class Wording(models.Model):
    """A part's wording in the next version, as the drafting team decided it."""

    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="wordings")
    part = models.CharField(max_length=200)
    text = models.TextField(_("new wording"))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["round", "part"], name="one_wording_per_part")
        ]
        verbose_name = _("new wording")
        verbose_name_plural = _("new wordings")

    def __str__(self) -> str:
        return f"{self.round_id} {self.part}"
