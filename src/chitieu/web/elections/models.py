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

    # the committee a locked version kept (web/elections/versions.py), or the election
    # form's before it is saved; None: the members stored
    kept_committee: list[dict[str, str]] | None = None

    def committee_rows(self) -> list[dict[str, str]]:
        """The counting committee in the order they sign, as ``{"name", "role"}`` (the
        role's code: its words are the minutes' language's, :meth:`to_core`)."""
        return [{"name": m.name, "role": m.role} for m in self.members.all()]

    def to_core(self) -> core.Election:
        """The election for the core; the committee's roles in the active language."""
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
            committee=tuple(core.CommitteeMember(m["name"], _role(m["role"])) for m in rows),
            organisation=self.organisation,
            place=self.place,
            held_on=self.held_on,
        )


def _role(code: str) -> str:
    """A committee role as the minutes write it (a role kept as text before roles had
    codes is written as it was)."""
    return str(CommitteeRole(code).label) if code in CommitteeRole.values else code


class Counter(models.IntegerChoices):
    FIRST = 1, _("counter 1")
    SECOND = 2, _("counter 2")


class CommitteeRole(models.TextChoices):
    """A member's place on the counting committee. Art. 8.1 of 190-QĐ/TW names the head
    (trưởng ban), whom the congress votes with the members; a deputy is not in the text:
    the role is recorded when the congress voted one, and carries no rule."""

    HEAD = "head", _("head of the committee")
    DEPUTY = "deputy", _("deputy head of the committee")
    MEMBER = "member", _("committee member")


class Member(models.Model):
    """A person on the counting committee of one election, in the order they sign the
    minutes. Those with an account see the ballots until the result is published; the
    two the head assigns to the double entry (Art. 8.1: the head assigns the members'
    tasks) enter the ballots, each as one of the two counters."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="members")
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(
        _("role on the committee"),
        max_length=10,
        choices=CommitteeRole.choices,
        default=CommitteeRole.MEMBER,
    )
    position = models.PositiveSmallIntegerField(default=0)  # the order they sign
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    counter = models.PositiveSmallIntegerField(
        _("counter"), choices=Counter.choices, null=True, blank=True
    )

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["election", "user"],
                condition=models.Q(user__isnull=False),
                name="one_role_per_member",
            ),
            models.UniqueConstraint(
                fields=["election", "counter"],
                condition=models.Q(counter__isnull=False),
                name="one_member_per_counter",
            ),
            models.UniqueConstraint(
                fields=["election"],
                condition=models.Q(role="head"),
                name="one_head_per_committee",
            ),
        ]
        verbose_name = _("counting committee member")
        verbose_name_plural = _("counting committee members")

    def __str__(self) -> str:
        return f"{self.name} ({self.role})"


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
