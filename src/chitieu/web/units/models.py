"""Administrative units (tỉnh, huyện, xã) as they were over time, with their lineage."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from chitieu.units import model as core
from chitieu.units.registry import Registry
from chitieu.web.units.rules import broken_lineage_errors, interval_errors, new_lineage_errors


class Dated:
    """What a model with ``valid_from`` and ``valid_to`` (its last day; None: open)
    answers about a day: units and agencies alike."""

    valid_from: date | None
    valid_to: date | None

    def is_valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    @staticmethod
    def valid_on(day: date) -> Q:
        """The filter for rows in force on a day."""
        return (Q(valid_from__isnull=True) | Q(valid_from__lte=day)) & (
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )


class UnitLevel(models.TextChoices):
    PROVINCE = "province", _("province")
    DISTRICT = "district", _("district")
    COMMUNE = "commune", _("commune")


class AdminUnit(Dated, models.Model):
    """An administrative unit during one interval of its existence.

    The same GSO code can come back after a reform (a new ward keeps an old commune's
    code), so a unit is identified by its code *and* its validity interval.
    """

    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("name"), max_length=200)
    level = models.CharField(_("level"), max_length=20, choices=UnitLevel.choices)
    division_type = models.CharField(_("type"), max_length=40, blank=True)  # xã, phường …
    parent = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)  # last day in force
    act = models.CharField(_("deciding act"), max_length=200, blank=True)

    class Meta:
        ordering = ["level", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "valid_from"], name="unit_code_from_unique"),
        ]
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def to_core(self) -> core.Unit:
        parent = self.parent.code if self.parent is not None else None
        return core.Unit(
            self.code,
            self.name,
            core.Level(self.level),
            self.division_type,
            parent,
            self.valid_from,
            self.valid_to,
            self.act,
        )

    def clean(self) -> None:
        """Refuse an interval that ends before it starts, overlaps another of the same
        code, or breaks a saved lineage record (checked in the admin and any form)."""
        super().clean()
        errors = self._errors()
        if errors:
            raise ValidationError(errors)

    def _errors(self) -> list[str]:
        same_code = AdminUnit.objects.filter(code=self.code).exclude(pk=self.pk)
        errors = interval_errors(self.to_core(), [u.to_core() for u in same_code])
        if errors or self.pk is None:
            return errors
        rows = list(AdminUnit.objects.select_related("parent"))
        changes = [
            c.to_core() for c in UnitChange.objects.select_related("predecessor", "successor")
        ]
        saved = Registry([u.to_core() for u in rows], check=False)
        edited = Registry([(self if u.pk == self.pk else u).to_core() for u in rows], check=False)
        return broken_lineage_errors(saved, edited, changes)


class ChangeKind(models.TextChoices):
    MERGE = "merge", _("merge")
    SPLIT = "split", _("split")
    RENAME = "rename", _("rename")
    RETYPE = "retype", _("change of type")


class UnitChange(models.Model):
    """One lineage link: ``predecessor`` became (part of) ``successor`` on ``effective``."""

    predecessor = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="successions")
    successor = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="origins")
    kind = models.CharField(_("kind"), max_length=20, choices=ChangeKind.choices)
    effective = models.DateField(_("effective"))
    act = models.CharField(_("deciding act"), max_length=200, blank=True)

    class Meta:
        ordering = ["effective", "successor__code"]
        constraints = [
            models.UniqueConstraint(fields=["predecessor", "successor"], name="unit_change_unique"),
        ]
        verbose_name = _("unit change")
        verbose_name_plural = _("unit changes")

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor} ({self.kind}, {self.effective})"

    def clean(self) -> None:
        """Refuse a record that makes a cycle, whose dates overlap, or that names units
        not in force then (the core's rules, :mod:`chitieu.units.registry`)."""
        super().clean()
        if self.predecessor_id is None or self.successor_id is None or self.effective is None:
            return  # the missing field is reported on its own
        others = UnitChange.objects.select_related("predecessor", "successor")
        if self.pk is not None:
            others = others.exclude(pk=self.pk)
        units = Registry(
            [u.to_core() for u in AdminUnit.objects.select_related("parent")], check=False
        )
        self_link = self.predecessor_id == self.successor_id
        errors = new_lineage_errors(units, [c.to_core() for c in others], self.to_core(), self_link)
        if errors:
            raise ValidationError(errors)

    def to_core(self) -> core.Change:
        return core.Change(
            self.predecessor.code,
            self.successor.code,
            core.ChangeKind(self.kind),
            self.effective,
            self.act,
        )

    def save(self, *args: Any, **kwargs: Any) -> None:
        # checked on every save, not only in forms, so no path stores a bad lineage
        self.clean()
        super().save(*args, **kwargs)
