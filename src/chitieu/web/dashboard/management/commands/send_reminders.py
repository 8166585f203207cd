"""``chitieu manage send_reminders [--today YYYY-MM-DD] [--dry-run] [--plan SLUG]``.

Without ``--plan`` it also reminds the units asked in a round of comments on a draft that
have not replied, in the round's last days (web/consultation/reminders.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from chitieu.web.consultation import reminders as consultation
from chitieu.web.dashboard.reminders import Mail, send
from chitieu.web.plans.models import Plan


class Command(BaseCommand):
    help = (
        "E-mail each agency's users what they owe (the report due, tasks near or past their "
        "deadline) and the planning office a summary."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--today", help="the day to remind as of (YYYY-MM-DD)")
        parser.add_argument("--dry-run", action="store_true", help="show, do not send")
        parser.add_argument("--plan", help="one plan's identifier (default: every plan)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            today = date.fromisoformat(options["today"]) if options["today"] else None
        except ValueError:
            raise CommandError(f"--today must be YYYY-MM-DD, not {options['today']!r}") from None
        plans = Plan.objects.all()
        if options["plan"]:
            plans = plans.filter(slug=options["plan"])
            if not plans:
                raise CommandError(f"no plan {options['plan']!r}")
        day = today or timezone.localdate()
        sent = send(list(plans), day, dry_run=options["dry_run"])
        if not options["plan"]:
            asked = consultation.send(day, dry_run=options["dry_run"])
            sent += [Mail(list(m.to), str(m.subject), str(m.body)) for m in asked]
        verb = "would send" if options["dry_run"] else "sent"
        for m in sent:
            self.stdout.write(f"{verb}: {', '.join(m.to)} · {m.subject}")
            if options["dry_run"]:
                self.stdout.write(m.body)
        self.stdout.write(f"{len(sent)} e-mail(s) {verb}.")
