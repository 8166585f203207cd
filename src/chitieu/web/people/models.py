"""Who does what: agencies, people's roles, what each agency reports, and the audit trail."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from chitieu.web.plans.models import Measure, Plan
from chitieu.web.units.models import AdminUnit, Dated


class AgencyKind(models.TextChoices):
    DEPARTMENT = "department", _("department (sở)")
    BOARD = "board", _("board (ban)")
    SECTOR = "sector", _("sector (ngành)")
    DISTRICT = "district", _("district (huyện)")
    COMMUNE = "commune", _("commune (xã)")
    OFFICE = "office", _("office")
    # a Party committee (đảng ủy, ban thường vụ) asked for comments on a draft, with or
    # without people of its own in chitieu
    PARTY = "party", _("party committee (đảng ủy)")


class Agency(Dated, models.Model):
    """A body that reports figures or leads tasks: a sở, ban, ngành, huyện or xã, during
    its existence. Bodies are merged, split and renamed (the 2025 reform merged Sở Kế
    hoạch và Đầu tư into Sở Tài chính): each is a row of its own, linked by
    :class:`AgencyChange` records, so what an agency reported stays under its name."""

    code = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=AgencyKind.choices)
    area_code = models.CharField(_("province code"), max_length=20)
    unit = models.ForeignKey(
        AdminUnit, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("unit")
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)  # None: always
    valid_to = models.DateField(_("valid to"), null=True, blank=True)  # its last day
    act = models.CharField(_("deciding act"), max_length=200, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        """Refuse an interval that ends before it starts or that breaks a saved lineage
        record (checked in the admin and on the agency pages)."""
        super().clean()
        from chitieu.web.people.lineage import agency_errors

        errors = agency_errors(self)
        if errors:
            raise ValidationError(errors)


class AgencyChangeKind(models.TextChoices):
    # "sáp nhập" for agencies, where communes are "nhập"
    MERGE = "merge", pgettext_lazy("agency change", "merge")
    SPLIT = "split", pgettext_lazy("agency change", "split")
    RENAME = "rename", pgettext_lazy("agency change", "rename")


class AgencyChange(models.Model):
    """One lineage link: agency ``predecessor`` became (part of) ``successor`` on
    ``effective``. A link from an agency to itself says it continues through that day's
    change: it absorbs the agencies merged into it, or keeps a part when split."""

    predecessor = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="successions", verbose_name=_("predecessor")
    )
    successor = models.ForeignKey(
        Agency, on_delete=models.PROTECT, related_name="origins", verbose_name=_("successor")
    )
    kind = models.CharField(_("kind"), max_length=20, choices=AgencyChangeKind.choices)
    effective = models.DateField(_("effective"))
    act = models.CharField(_("deciding act"), max_length=200, blank=True)

    class Meta:
        ordering = ["effective", "successor__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["predecessor", "successor", "effective"], name="agency_change_unique"
            ),
        ]
        verbose_name = _("agency change")
        verbose_name_plural = _("agency changes")

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor} ({self.kind}, {self.effective})"

    def clean(self) -> None:
        """Refuse a record that makes a cycle or whose dates overlap (the core's rules,
        :mod:`chitieu.units.lineage`)."""
        super().clean()
        if self.predecessor_id is None or self.successor_id is None or self.effective is None:
            return  # the missing field is reported on its own
        from chitieu.web.people.lineage import change_errors

        errors = change_errors(self)
        if errors:
            raise ValidationError(errors)

    def save(self, *args: Any, **kwargs: Any) -> None:
        # checked on every save, not only in forms, so no path stores a bad lineage
        self.clean()
        super().save(*args, **kwargs)


class Role(models.TextChoices):
    ADMIN = "admin", _("administrator")
    PLANNING = "planning", _("planning office")
    REPORTER = "reporter", _("reporter")
    APPROVER = "approver", _("approver")
    VIEWER = "viewer", _("viewer")


class Profile(models.Model):
    """A person's role, the agency they report or approve for, and their preferences."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.VIEWER)
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="people"
    )
    # The language of the e-mails and notifications sent to this person.
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default="vi"
    )
    email_notifications = models.BooleanField(_("notifications by e-mail"), default=True)
    # Set when the planning office creates the account or gives it a temporary password:
    # until the person chooses their own, every page sends them to "change password".
    must_change_password = models.BooleanField(_("must change password"), default=False)

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()})"


class Assignment(models.Model):
    """An agency reports a measure for a unit (the province itself, a district, a commune)."""

    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="assignments")
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="assignments")
    unit_code = models.CharField(_("unit code"), max_length=20)

    class Meta:
        ordering = ["agency", "measure__target__no", "measure__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "agency", "unit_code"], name="assignment_unique"
            )
        ]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")

    def __str__(self) -> str:
        return f"{self.agency} → {self.measure.key} @ {self.unit_code}"


class AuditEvent(models.Model):
    """One recorded change: who, when, what, the old value and the new value."""

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    plan = models.ForeignKey(
        Plan, on_delete=models.CASCADE, null=True, blank=True, related_name="audit"
    )
    action = models.CharField(max_length=40)
    object_type = models.CharField(max_length=40)
    object_id = models.CharField(max_length=100, db_index=True)
    field = models.CharField(max_length=100, blank=True)
    old = models.TextField(blank=True)
    new = models.TextField(blank=True)
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.user} {self.action} {self.object_type}"


class TokenScope(models.TextChoices):
    READ = "read", _("read only")
    WRITE = "write", _("read and write")


# The lifetimes offered when a token is made; a key that leaks stops working by itself.
TOKEN_LIFETIMES = (30, 90, 180, 365)
DEFAULT_TOKEN_DAYS = 90


class ApiToken(models.Model):
    """A token for the REST API, for a while and for reading or writing. Only its hash is
    stored; the key is shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100)
    digest = models.CharField(max_length=64, unique=True)
    scope = models.CharField(
        _("scope"), max_length=10, choices=TokenScope.choices, default=TokenScope.READ
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    last_used = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.user})"

    @staticmethod
    def hash(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def issue(
        cls,
        user: models.Model,
        name: str,
        *,
        days: int = DEFAULT_TOKEN_DAYS,
        scope: str = TokenScope.READ,
    ) -> tuple[ApiToken, str]:
        """Create a token; returns it and the key to give the user (never stored)."""
        key = "ct_" + secrets.token_urlsafe(32)
        token = cls.objects.create(
            user=user,
            name=name,
            digest=cls.hash(key),
            scope=scope,
            expires_at=timezone.now() + timedelta(days=days),
        )
        return token, key

    def has_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    def may_write(self) -> bool:
        return self.scope == TokenScope.WRITE


class NotificationKind(models.TextChoices):
    SUBMITTED = "submitted", _("report submitted")
    RETURNED = "returned", _("report returned")
    APPROVED = "approved", _("report approved")
    REMINDER = "reminder", _("reminder")
    REMINDERS_SUMMARY = "reminders_summary", _("reminders summary")
    CONSULTATION = "consultation", _("comments asked on a draft")


class Notification(models.Model):
    """Something a person should know: a report to decide, a decision on their report, a
    reminder. Kept as a kind and its parameters, so it reads in whatever language the
    person reads it in (``people.notices`` writes the words)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=30, choices=NotificationKind.choices)
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, null=True, blank=True)
    # A string reference: the figures app builds on this one.
    submission = models.ForeignKey(
        "figures.Submission", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    comment = models.TextField(blank=True)  # the approver's, when a report is returned
    details = models.JSONField(default=dict, blank=True)  # a reminder's period, tasks …
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"])]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self) -> str:
        return f"{self.user} {self.kind} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None
