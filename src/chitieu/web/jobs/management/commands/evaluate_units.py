"""``chitieu manage evaluate_units PLAN_SLUG OUT.csv``: every unit of a plan re-evaluated.

The same code as the background job (:mod:`chitieu.web.jobs.evaluating`), run here and
now with a progress bar (tqdm, on stderr); the file is written whole or not at all.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from chitieu.web import commons
from chitieu.web.jobs.evaluating import write_unit_statuses
from chitieu.web.plans.models import Plan


class Command(BaseCommand):
    help = "Evaluate every unit of a plan against its measures and write them as CSV."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("plan", help="the plan's identifier")
        parser.add_argument("out", help="the CSV file to write")
        parser.add_argument(
            "--lang",
            choices=[code for code, _name in settings.LANGUAGES],
            default=settings.LANGUAGE_CODE,
            help="the language of the headers and labels (default: %(default)s)",
        )
        parser.add_argument("--as-of", help="the date judged on, YYYY-MM-DD (default: today)")

    def handle(self, *args: Any, **options: Any) -> None:
        plan = Plan.objects.filter(slug=options["plan"]).first()
        if plan is None:
            raise CommandError(f"no plan {options['plan']!r}")
        try:
            as_of = date.fromisoformat(options["as_of"]) if options["as_of"] else commons.today()
        except ValueError:
            raise CommandError(f"--as-of {options['as_of']!r} is not a date (YYYY-MM-DD)") from None
        out = Path(options["out"])
        if not out.parent.is_dir():
            raise CommandError(f"no folder {str(out.parent)!r} to write {out.name} in")
        with tqdm(desc=plan.slug, unit=" units", file=sys.stderr) as bar:

            def told(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            units = write_unit_statuses(plan, out, options["lang"], as_of, told)
        self.stdout.write(f"{plan.slug}: {units} units → {out}")
