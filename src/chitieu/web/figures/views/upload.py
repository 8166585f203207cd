"""An Excel template uploaded into a report's draft: read, checked and saved at once, or,
for a large file, checked and saved by a background job; warnings confirmed with the rows
kept from the post that showed them (docs/web.md#excel)."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from chitieu.vnnumbers import format_vi
from chitieu.web import commons
from chitieu.web.figures import excel, kept
from chitieu.web.figures.errors import EntryError, EntryProblem, NotAllowed, Place, Unconfirmed
from chitieu.web.figures.forms import problem_text
from chitieu.web.figures.services import save_upload
from chitieu.web.figures.views.entry import (
    PROBLEMS_SHOWN,
    BadPeriod,
    Opened,
    _bad_period,
    _open,
    entry_url,
)
from chitieu.web.jobs.models import Job
from chitieu.web.jobs.start import start_upload
from chitieu.web.people.access import can_report_for


@login_required
@require_POST
def upload(request: HttpRequest, plan_slug: str, agency_code: str, period: str) -> HttpResponse:
    """Save a filled template into the draft, all or nothing."""
    try:
        page = _open(request, plan_slug, agency_code, period)
    except BadPeriod as bad:
        return _bad_period(request, bad.error)
    file = request.FILES.get("file")
    digest = ""
    data = None
    try:
        digest, data = _upload_rows(request, page, file)
        # The warnings were confirmed for this very file, as the page showed them.
        confirmed = "confirm" in request.POST and request.POST.get("digest") == digest
        job = _upload_job(request, page, file, digest, data, confirmed)
        if job is not None:
            return redirect(job)
        saved = save_upload(
            request.user,
            page.plan,
            page.agency,
            page.period,
            data.rows,
            data.as_of,
            confirmed=confirmed,
        )
    except NotAllowed:
        raise PermissionDenied from None
    except Unconfirmed as e:
        assert data is not None  # only saving asks for a confirmation
        kept.keep(request.user, page.plan, page.agency, page.period, digest, data)
        return _upload_refused(request, page, e.problems, digest)
    except EntryError as e:
        return _upload_refused(request, page, e.problems)
    messages.success(
        request,
        _("The file was read and saved into the draft (%(n)d figures).") % {"n": saved.figures},
    )
    return redirect(entry_url(page))


def _upload_job(
    request: HttpRequest,
    page: Opened,
    file: UploadedFile | None,
    digest: str,
    data: excel.Upload,
    confirmed: bool,
) -> Job | None:
    """A job checking and saving the rows, for a file of more than
    ``CHITIEU_BACKGROUND_UPLOAD_ROWS`` rows; None for a smaller one (saved at once)."""
    if len(data.rows) <= int(settings.CHITIEU_BACKGROUND_UPLOAD_ROWS):
        return None
    if not can_report_for(request.user, page.agency):
        raise NotAllowed
    name = file.name if file is not None and file.name else str(page.period)
    return start_upload(
        request.user,
        f"{page.agency.code} · {page.period} · {name}",
        reverse("figures:upload", args=[page.plan.slug, page.agency.code, str(page.period)]),
        entry_url(page),
        data,
        plan=page.plan.pk,
        agency=page.agency.pk,
        period=str(page.period),
        digest=digest,
        confirmed=confirmed,
    )


def _upload_rows(
    request: HttpRequest, page: Opened, file: UploadedFile | None
) -> tuple[str, excel.Upload]:
    """The file's SHA-256 and its rows: those kept when its warnings were shown, for a
    confirmation of them (the file need not be sent again), else the file read afresh."""
    token = request.POST.get("digest", "")
    digest = excel.digest(file) if file is not None else token
    if "confirm" in request.POST and token and token == digest:
        rows = kept.take(request.user, page.plan, page.agency, page.period, digest)
        if rows is not None:
            return digest, rows
    if file is None:
        if token and "confirm" in request.POST:  # its rows are no longer kept
            message = _("the file checked earlier is no longer kept: choose it again")
        else:
            message = _("choose a file")
        raise EntryError([EntryProblem(Place(field="file"), message)])
    return digest, excel.read_upload(file, file.name or "", page.plan, page.agency, page.period)


def _upload_refused(
    request: HttpRequest, page: Opened, problems: list[EntryProblem], digest: str = ""
) -> HttpResponse:
    """What was wrong with an upload, on a page of its own: the first problems (or the
    warnings to confirm), with the number of the others, and the upload form; the
    report's lines are not shown again, so the page stays small however large the file."""
    texts = [problem_text(p) for p in problems[:PROBLEMS_SHOWN]]
    more = len(problems) - len(texts)
    if not more:
        rest = ""
    elif digest:
        rest = _("… and %(n)s more warnings, not listed here") % {"n": format_vi(Decimal(more))}
    else:
        rest = _(
            "… and %(n)s more problems, not listed here: correct those above, then upload "
            "the file again"
        ) % {"n": format_vi(Decimal(more))}
    context = {
        "plan": page.plan,
        "agency": page.agency,
        "period": page.period,
        "period_label": page.period.label(commons.ui_lang()),
        "editable": page.sub is None or page.sub.is_editable,
        "entry_url": entry_url(page),
        "upload_errors": [] if digest else texts,
        "upload_warnings": texts if digest else [],
        "upload_digest": digest,
        "upload_more": rest,
    }
    return render(request, "figures/upload.html", context, status=400)
