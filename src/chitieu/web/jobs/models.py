"""A job: long work a person started, run in the background, with how far it got."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Job(models.Model):
    """One piece of long work (a large import, a long reading, a re-evaluation, a large
    Excel upload) that a
    person started: its state, its progress as ``done`` of ``total`` in the current
    ``step``, what came of it (a link) or what went wrong (problems naming the place).

    The work itself runs in django-tasks' worker (:mod:`chitieu.web.jobs.tasks`); this
    row is what the page polls, and where a cancellation is asked for.
    """

    class Kind(models.TextChoices):
        IMPORT = "import", _("plan import")
        READ = "read", _("reading a resolution")
        EVALUATE = "evaluate", _("re-evaluation of every unit")
        UPLOAD = "upload", _("Excel upload")
        UNIT_REVIEWS = "unit_reviews", _("review documents of every unit")
        FILE_IMPORT = "file_import", _("import of a sheet or another system's file")

    class State(models.TextChoices):
        QUEUED = "queued", _("waiting")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")
        CANCELLED = "cancelled", _("cancelled")

    FINISHED = (State.DONE, State.FAILED, State.CANCELLED)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs"
    )
    plan = models.ForeignKey(
        "plans.Plan", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255)  # the file's name, the plan's id
    options = models.JSONField(default=dict)  # what the runner needs besides its files
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.QUEUED)
    step = models.CharField(max_length=40, blank=True)  # a code of chitieu.web.jobs.steps
    done = models.PositiveBigIntegerField(default=0)
    total = models.PositiveBigIntegerField(default=0)
    problems = models.JSONField(default=list)  # chitieu.web.jobs.stored: problems as data
    more_problems = models.PositiveIntegerField(default=0)  # found but not kept
    result_url = models.CharField(max_length=500, blank=True)
    cancel_requested = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("background job")
        verbose_name_plural = _("background jobs")
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("jobs:job", kwargs={"pk": self.pk})

    @property
    def finished(self) -> bool:
        return self.state in self.FINISHED

    @property
    def percent(self) -> int:
        return min(100, self.done * 100 // self.total) if self.total else 0

    def as_data(self) -> dict[str, Any]:
        return {"state": self.state, "done": self.done, "total": self.total}
