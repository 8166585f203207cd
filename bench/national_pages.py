"""The national benchmark's pages, on the real server, in the order a day goes: the first
view after a start, an approval, a crowd of logged-in users, the pages one opens, an upload,
then approval after approval while the dashboard is viewed."""

from __future__ import annotations

import asyncio
import html
import os
import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from bench_dashboard import Tally, crowd
from national_build import PLAN, UPLOAD_AGENCY, UPLOAD_REPORTER, UPLOAD_UNITS, communes
from national_web import (
    APPROVAL_AGENCY,
    APPROVAL_REPORTER,
    Answer,
    Server,
    approve_one,
    multipart,
    request,
    session_cookie,
    upload_workbook,
)

PERIOD = "2025"
TARGET = 4  # tourist arrivals: a level summed over units, split among them (cascade)
DASHBOARD = f"/dashboard/{PLAN}/"
PATHS = {
    "trivial": "/healthz",
    "dashboard": DASHBOARD,
    "statuses": f"/api/plans/{PLAN}/statuses",
    "target": f"{DASHBOARD}targets/{TARGET}/",
    "cascade": f"{DASHBOARD}targets/{TARGET}/units/",
    "figures_csv": f"/plans/{PLAN}/figures.csv",
    "docx": f"{DASHBOARD}reports/?format=docx",
    "entry": f"/figures/entry/{PLAN}/{APPROVAL_AGENCY}/{PERIOD}/",
    "template": f"/figures/entry/{PLAN}/{APPROVAL_AGENCY}/{PERIOD}/template.xlsx",
    "upload": f"/figures/entry/{PLAN}/{UPLOAD_AGENCY}/{PERIOD}/upload",
}


COUNT = "count_of_units"


def _count_job() -> str:
    """The approving agency also reports a commune's figure of a count of units, so that
    the dashboard is also measured after an approval of one (its units' figures change):
    a commune the upload leaves alone (a figure of the same day would clash with it)."""
    from chitieu.web.people.models import Agency, Assignment
    from chitieu.web.plans.models import Plan

    measure = Plan.objects.get(slug=PLAN).measures.filter(kind=COUNT).order_by("pk")[0]
    agency = Agency.objects.get(code=APPROVAL_AGENCY)
    unit = communes(UPLOAD_UNITS + 1)[-1]
    Assignment.objects.get_or_create(measure=measure, agency=agency, unit_code=unit)
    return unit


def _page(answer: Answer) -> dict[str, Any]:
    return {
        "status": answer.status,
        "wall": answer.wall,
        "cpu": answer.cpu,
        "bytes": len(answer.body),
    }


def _together(server: Server, path: str, cookies: list[str], users: int, requests: int) -> Tally:
    headers = [f"Cookie: {c}\r\n" for c in cookies]
    return asyncio.run(crowd("127.0.0.1", server.port, path, users, requests, headers))


def _crowds(server: Server, cookies: list[str], users: int, requests: int) -> dict[str, Any]:
    """``users`` logged-in users at once on /healthz, the dashboard and the API statuses,
    alternating the phases in two rounds so that a swing of load hits all alike."""
    for path in (PATHS["trivial"], PATHS["dashboard"], PATHS["statuses"]):
        _together(server, path, cookies, 4, 1)  # warm both workers
    tallies = {name: Tally() for name in ("trivial", "dashboard", "statuses")}
    for _ in range(2):
        for name, tally in tallies.items():
            t = _together(server, PATHS[name], cookies, users, max(1, requests // 2))
            tally.latencies += t.latencies
            tally.errors += t.errors
    return {
        name: {
            "p95": t.percentile(95),
            "p50": t.percentile(50),
            "n": len(t.latencies),
            "errors": len(t.errors),
        }
        for name, t in tallies.items()
    }


def _upload(server: Server) -> dict[str, Any]:
    """7.000 rows (200 communes × 35 measures) posted as the agency's reporter; a file with
    plausibility warnings is posted again confirmed, as the page asks."""
    from django.conf import settings

    from chitieu.figures.periods import parse_period
    from chitieu.web.figures.services import current_submission
    from chitieu.web.people.models import Agency, Assignment
    from chitieu.web.plans.models import Plan

    plan = Plan.objects.get(slug=PLAN)
    agency = Agency.objects.get(code=UPLOAD_AGENCY)
    codes = set(communes(UPLOAD_UNITS))
    pairs = sorted(
        (key, unit)
        for key, unit in Assignment.objects.filter(agency=agency).values_list(
            "measure__key", "unit_code"
        )
        if unit in codes
    )
    _empty_draft(plan, agency)
    data = upload_workbook(PLAN, UPLOAD_AGENCY, PERIOD, pairs, date.today())
    # The CSRF cookie a page with a form sets; its secret is also a valid form token.
    csrf = _csrf_cookie(server, settings.CSRF_COOKIE_NAME)
    cookie = f"{session_cookie(UPLOAD_REPORTER)}; {settings.CSRF_COOKIE_NAME}={csrf}"
    fields = {"csrfmiddlewaretoken": csrf}
    body, kind = multipart(fields, "file", "upload.xlsx", data)
    first = request(server, PATHS["upload"], cookie, "POST", body, kind)
    total, cpu, posts = first.wall, first.cpu, 1
    digest = re.search(rb'name="digest" value="([^"]+)"', first.body)
    answer = first
    if first.status == 400 and digest:
        fields |= {"confirm": "1", "digest": digest.group(1).decode()}
        body, kind = multipart(fields, "file", "upload.xlsx", data)
        answer = request(server, PATHS["upload"], cookie, "POST", body, kind)
        total, cpu, posts = total + answer.wall, cpu + answer.cpu, 2
    sub = current_submission(plan, agency, parse_period(PERIOD))
    saved = sub.figures.count() if sub is not None else 0
    why = re.search(rb'id="upload-errors" class="errorlist"><li>(.*?)</li>', answer.body, re.S)
    return {
        "rows": len(pairs),
        "status": answer.status,
        "wall": total,
        "cpu": cpu,  # the server's (gunicorn's), without the reader's child or the database's
        "posts": posts,
        "saved": saved,
        "refused": html.unescape(why.group(1).decode()) if why else "",
    }


def _empty_draft(plan: Any, agency: Any) -> None:
    """Remove what an earlier run on a kept database uploaded into the agency's draft,
    through the entry service (an empty value removes a draft figure), so that every run
    uploads into the same state as the first: a value already in the draft is kept as it
    is, unchecked and unwritten, and the upload would measure nothing."""
    from django.contrib.auth.models import User

    from chitieu.figures.periods import parse_period
    from chitieu.web.figures.checks import RawEntry
    from chitieu.web.figures.errors import Place
    from chitieu.web.figures.services import current_submission, save_entries

    period = parse_period(PERIOD)
    sub = current_submission(plan, agency, period)
    if sub is None or not sub.is_editable:
        return
    left = sub.figures.values_list("measure__key", "unit_code", "stage")
    rows = [RawEntry(Place(), key, unit, "", stage) for key, unit, stage in left]
    if rows:
        reporter = User.objects.get(username=UPLOAD_REPORTER)
        save_entries(reporter, plan, agency, period, rows, date.today())


def _csrf_cookie(server: Server, name: str) -> str:
    """The CSRF cookie the login page sets (from its Set-Cookie header)."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        conn.request("GET", "/login/")
        resp = conn.getresponse()
        resp.read()
        for header, value in resp.getheaders():
            if header.lower() == "set-cookie" and value.startswith(f"{name}="):
                return value.split(";", 1)[0].split("=", 1)[1]
    finally:
        conn.close()
    return ""


def _memory(server: Server, cookie: str, approvals: int, budget: float) -> dict[str, Any]:
    """Approve, then let viewers open the dashboard (so every worker computes the new
    version); sample each worker's memory from /proc after each approval."""
    samples, start = [], time.monotonic()
    for step in range(1, approvals + 1):
        approve_one(PLAN, PERIOD, 100 + step)
        _together(server, DASHBOARD, [cookie], 4, 1)
        mem = server.memory()
        samples.append(
            {
                "step": step,
                "rss": max((r for r, _ in mem.values()), default=0),
                "hwm": max((h for _, h in mem.values()), default=0),
                "workers": len(mem),
            }
        )
        if time.monotonic() - start > budget:
            break
    return {"samples": samples, "asked": approvals}


def measure(args: Any) -> dict[str, Any]:
    data_dir = Path(os.environ["CHITIEU_DATA_DIR"])
    out: dict[str, Any] = {}
    with Server(dict(os.environ), data_dir, workers=2, threads=8) as server:
        viewers = [session_cookie("daibieu") for _ in range(args.users)]
        reporter = session_cookie(APPROVAL_REPORTER)
        for _ in range(3):
            request(server, PATHS["trivial"])
        out["cold"] = _page(request(server, DASHBOARD, viewers[0]))
        _together(server, DASHBOARD, viewers, 4, 1)
        same = [request(server, DASHBOARD, viewers[0]) for _ in range(5)]
        out["unchanged"] = {
            "wall": statistics.median(a.wall for a in same),
            "cpu": statistics.median(a.cpu for a in same),
            "status": max(a.status for a in same),
        }
        approve_one(PLAN, PERIOD, 1)
        out["after_approval"] = _page(request(server, DASHBOARD, viewers[0]))
        approve_one(PLAN, PERIOD, 1, kind=COUNT, unit=_count_job())
        out["after_count_approval"] = _page(request(server, DASHBOARD, viewers[0]))
        print("  dashboard measured", file=sys.stderr, flush=True)
        out["crowd"] = _crowds(server, viewers, args.users, args.requests)
        print("  crowd measured", file=sys.stderr, flush=True)
        for name in ("target", "cascade", "figures_csv", "docx"):
            out[name] = _page(request(server, PATHS[name], viewers[0]))
        for name in ("entry", "template"):
            out[name] = _page(request(server, PATHS[name], reporter))
        print("  pages measured", file=sys.stderr, flush=True)
        out["upload"] = _upload(server)
        print("  upload measured", file=sys.stderr, flush=True)
        out["memory"] = _memory(server, viewers[0], args.approvals, args.memory_budget)
        out["server_log_tail"] = server.log.read_text(errors="replace")[-1500:]
    return out
