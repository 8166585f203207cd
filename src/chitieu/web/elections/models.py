"""An election as the web keeps it, its counting committee, each counter's ballots and
the locked versions of its minutes. The rules are the core's (:mod:`chitieu.elections`):
:meth:`Election.to_core` hands it the election, and it counts."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from chitieu import elections as core
from chitieu.web.people.models import Agency


class Congress(models.TextChoices):
    DELEGATES = core.CongressKind.DELEGATES.value, _("delegates' congress")
    MEMBERS = core.CongressKind.MEMBERS.value, _("members' congress")
    CONFERENCE = core.CongressKind.CONFERENCE.value, _("committee conference")


class ListType(models.TextChoices):
    SURPLUS = core.ListKind.SURPLUS.value, _("with surplus (cross out names)")
    NO_SURPLUS = core.ListKind.NO_SURPLUS.value, _("without surplus (agree / disagree)")


class Election(models.Model):
    """One round of voting for one body. A next round is a new row (``previous``): every
    round is kept as it was."""

    title = models.CharField(_("title"), max_length=300)
    congress = models.CharField(_("congress"), max_length=20, choices=Congress.choices)
    elects = models.CharField(_("what is elected"), max_length=300)
    seats = models.PositiveIntegerField(_("seats"))
    list_kind = models.CharField(_("list"), max_length=20, choices=ListType.choices)
    candidates = models.JSONField(_("candidates"), default=list)  # [{"no", "name"}] in order
    convened = models.PositiveIntegerField(_("convened"))
    excluded = models.JSONField(_("excluded"), default=list)  # [{"reason", "count"}]
    present = models.PositiveIntegerField(_("present"))
    issued = models.PositiveIntegerField(_("ballots issued"))
    round = models.PositiveIntegerField(_("round"), default=1)
    previous = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="next_rounds"
    )
    organisation = models.CharField(_("organisation"), max_length=300, blank=True)
    place = models.CharField(_("place"), max_length=100, blank=True)
    held_on = models.DateField(_("date of the count"), null=True, blank=True)
    signers = models.JSONField(_("who sign the minutes"), default=list)  # [{"name", "role"}]
    # who sees the published result: people of this agency (and its heirs); none: everyone
    # signed in
    agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, verbose_name=_("agency")
    )
    locked = models.BooleanField(_("minutes locked"), default=False)
    version = models.PositiveIntegerField(_("version"), default=1)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("election")
        verbose_name_plural = _("elections")

    def __str__(self) -> str:
        return f"{self.title} – {self.elects} ({self.round})"

    def get_absolute_url(self) -> str:
        return reverse("elections:detail", args=[self.pk])

    @property
    def published(self) -> bool:
        """The result is published when its minutes are locked (docs/elections.md)."""
        return self.locked

    # the committee a locked version kept (web/elections/versions.py); None: the current one
    kept_committee: list[dict[str, str]] | None = None

    def committee_rows(self) -> list[dict[str, str]]:
        """The counting committee in the order they sign, as ``{"name", "role"}``."""
        return list(self.signers)

    def to_core(self) -> core.Election:
        rows = self.committee_rows() if self.kept_committee is None else self.kept_committee
        return core.Election(
            title=self.title,
            congress=core.CongressKind(self.congress),
            elects=self.elects,
            seats=self.seats,
            list_kind=core.ListKind(self.list_kind),
            candidates=tuple(core.Candidate(int(c["no"]), c["name"]) for c in self.candidates),
            convened=self.convened,
            excluded=tuple(core.Exclusion(x["reason"], int(x["count"])) for x in self.excluded),
            present=self.present,
            issued=self.issued,
            round=self.round,
            committee=tuple(core.CommitteeMember(m["name"], m["role"]) for m in rows),
            organisation=self.organisation,
            place=self.place,
            held_on=self.held_on,
        )


class Counter(models.IntegerChoices):
    FIRST = 1, _("counter 1")
    SECOND = 2, _("counter 2")


class Member(models.Model):
    """A person on the counting committee of one election, entering ballots as one of the
    two counters."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    counter = models.PositiveSmallIntegerField(_("counter"), choices=Counter.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["election", "user"], name="one_role_per_member"),
            models.UniqueConstraint(fields=["election", "counter"], name="one_member_per_counter"),
        ]
        verbose_name = _("counting committee member")
        verbose_name_plural = _("counting committee members")

    def __str__(self) -> str:
        return f"{self.user} ({self.counter})"


class BallotEntry(models.Model):
    """One ballot as one counter entered it (the numbers as typed, space-separated)."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="ballots")
    counter = models.PositiveSmallIntegerField(choices=Counter.choices)
    number = models.PositiveIntegerField(_("ballot"))
    crossed = models.CharField(max_length=500, blank=True)
    agree = models.CharField(max_length=500, blank=True)
    disagree = models.CharField(max_length=500, blank=True)
    invalid_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["election", "counter", "number"], name="one_entry_per_ballot"
            )
        ]
        verbose_name = _("ballot entry")
        verbose_name_plural = _("ballot entries")

    def __str__(self) -> str:
        return f"{self.election_id}/{self.counter}/{self.number}"

    def row(self) -> dict[str, Any]:
        """The ballot as a row of the core's BALLOTS.csv."""
        return {
            "ballot": self.number,
            "crossed": self.crossed,
            "agree": self.agree,
            "disagree": self.disagree,
            "invalid_reason": self.invalid_reason,
        }


class MinutesVersion(models.Model):
    """The minutes as locked: the first lock is version 1; each correction opens the next
    version, with its reason, and the earlier ones stay as they were."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="versions")
    version = models.PositiveIntegerField()
    reason = models.TextField(blank=True)  # why this version corrects the one before
    result = models.JSONField()  # the core's result (Result.to_dict) when locked
    # the election and its agreed ballots as locked (web/elections/versions.py), from which
    # the version's page and minutes are made; empty for versions locked before it was kept
    kept = models.JSONField(default=dict, blank=True)
    locked_at = models.DateTimeField(auto_now_add=True)
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )

    class Meta:
        ordering = ["version"]
        constraints = [
            models.UniqueConstraint(fields=["election", "version"], name="one_minutes_per_version")
        ]
        verbose_name = _("minutes version")
        verbose_name_plural = _("minutes versions")

    def __str__(self) -> str:
        return f"{self.election_id} v{self.version}"

    def get_absolute_url(self) -> str:
        return reverse("elections:version", args=[self.election_id, self.version])
