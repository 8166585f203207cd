"""Re-evaluating every unit of a plan: each unit judged against every measure of the plan
by the vectorised rules, written as a CSV file, a slice of units at a time so that the
progress moves and a cancellation is noticed between slices (docs/web.md#background-work).

The same code runs as a job (:func:`run_evaluation`) and from the command line
(``chitieu manage evaluate_units``). The file is written to a temporary file renamed at
the end: a failure or a cancellation leaves no file, never half of one.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import polars as pl
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import pgettext

from chitieu.evaluation.shares import judge_units, judged_by_kind
from chitieu.evaluation.statuses import ForecastClass
from chitieu.figures.cells import csv_text
from chitieu.problems import InputError, Problem
from chitieu.targets.model import Plan as CorePlan
from chitieu.web.dashboard.unitscreen import shares_of, status_label, unit_names
from chitieu.web.figures.counted import counted_unit_figures
from chitieu.web.figures.reading import unit_codes, unit_frame
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.running import Progress, told_by
from chitieu.web.people.notify import language_of
from chitieu.web.plans.convert import core_plan
from chitieu.web.plans.models import Plan
from chitieu.web.private import private_dir

SLICES = 10  # the progress moves ten times, whatever the number of units
BOM = "\ufeff"  # as statuses.csv: Excel reads the file as UTF-8
VALUE = 3  # the column holding a number: plain ("64.5"), as statuses.csv writes it

# Told how many units are done, of how many (0 of n before the first slice).
Told = Callable[[int, int], None]


def results_dir() -> Path:
    return private_dir(Path(settings.DATA_DIR) / "results")


def result_path(job: Job) -> Path:
    """Where a job's file is kept (outside the job's folder, which its end removes)."""
    return results_dir() / f"{job.pk}.csv"


def _header(lang: str) -> list[str]:
    with translation.override(lang):
        return [
            pgettext("units.csv column", "unit code"),
            pgettext("units.csv column", "unit name"),
            pgettext("units.csv column", "measure"),
            pgettext("units.csv column", "value"),
            pgettext("units.csv column", "status"),
            pgettext("units.csv column", "status label"),
            pgettext("units.csv column", "forecast"),
            pgettext("units.csv column", "forecast label"),
        ]


def _slices(codes: list[str]) -> list[list[str]]:
    size = max(1, -(-len(codes) // SLICES))
    return [codes[i : i + size] for i in range(0, len(codes), size)]


def _number(value: float | None) -> str:
    return "" if value is None else format(Decimal(repr(value)).normalize(), "f")


class _Judge:
    """One slice of units judged as the target page judges them
    (:func:`~chitieu.evaluation.shares.judge_units`, with its forecasts)."""

    def __init__(self, plan: Plan, core: CorePlan, as_of: date, lang: str) -> None:
        self.plan, self.core, self.as_of, self.lang = plan, core, as_of, lang
        self.final = as_of > date(core.end_year, 12, 31)
        metrics = core.metrics()
        self.kinds = {m.id: m.kind for m in metrics}
        self.shares = shares_of(plan, [m.id for m in metrics])
        self.keys = sorted(m.id for m in judged_by_kind(core, self.shares).metrics())
        self.counted = counted_unit_figures(plan, as_of)

    def rows(self, codes: list[str]) -> list[list[str]]:
        frame = unit_frame(self.plan, self.keys, units=codes) if self.keys else pl.DataFrame()
        wanted = set(codes)
        counted = [f for f in self.counted if f.unit_code in wanted]
        judged = judge_units(self.core, frame, self.shares, counted, self.as_of, forecast=True)
        names = unit_names(codes)
        cols = ["unit_code", "metric", "value", "status", "forecast", "share"]
        return [self._line(names, *line) for line in judged.select(cols).iter_rows()]

    def _line(
        self,
        names: dict[str, str],
        unit: str,
        metric: str,
        value: float | None,
        status: str,
        forecast: str | None,
        share: bool,
    ) -> list[str]:
        label = status_label(status, self.kinds[metric], self.final, self.lang, share)
        fc = ForecastClass(forecast).label(self.lang) if forecast else ""
        return [
            unit,
            names.get(unit, ""),
            metric,
            _number(value),
            status,
            label,
            forecast or "",
            fc,
        ]


def write_unit_statuses(plan: Plan, path: Path, lang: str, as_of: date, told: Told) -> int:
    """Write one row per unit and measure to ``path`` (in ``lang``); how many units.

    ``told`` is called before the first slice and after each one; whatever it raises
    (a cancellation) stops the work with no file written.
    """
    judge = _Judge(plan, core_plan(plan), as_of, lang)
    codes = unit_codes(plan)
    told(0, len(codes))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(BOM)
            writer = csv.writer(out, lineterminator="\r\n")
            writer.writerow(_header(lang))
            done = 0
            for codes_of_slice in _slices(codes):
                with translation.override(lang):  # the labels of a count of units
                    rows = judge.rows(codes_of_slice)
                for row in rows:
                    # names and labels are text a spreadsheet must not run
                    writer.writerow([c if i == VALUE else csv_text(c) for i, c in enumerate(row)])
                done += len(codes_of_slice)
                told(done, len(codes))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(codes)


def run_evaluation(job: Job, progress: Progress) -> None:
    if job.plan is None:  # removed while the job waited
        raise InputError([Problem(job.title, "plan.gone")])
    plan = job.plan
    told = told_by(progress, "evaluating_units")  # a cancellation heeded between slices
    as_of = date.fromisoformat(job.options["as_of"])
    write_unit_statuses(plan, result_path(job), language_of(job.owner), as_of, told)
    job.result_url = reverse("jobs:result", kwargs={"pk": job.pk})
