"""The national benchmark's web side: the real server (``chitieu serve``: gunicorn, the
production settings) on the benchmark's database, requests timed on the client (wall) and
on the server (CPU of the gunicorn processes, from /proc), worker memory from /proc, logged-in
users as sessions made in the database, and approvals through the project's services."""

from __future__ import annotations

import http.client
import os
import re
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from chitieu.web.liveserver import free_port

TICKS = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


class Server:
    """``chitieu serve`` on a free port, with the given environment (database, data dir)."""

    def __init__(self, env: dict[str, str], data_dir: Path, workers: int, threads: int) -> None:
        self.port = free_port()
        self.env = env
        self.log = data_dir / "server.log"
        self.args = [
            sys.executable, "-m", "chitieu.cli", "serve", "--port", str(self.port),
            "--workers", str(workers), "--threads", str(threads), "--data-dir", str(data_dir),
        ]  # fmt: skip
        self.proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(
                self.args, stdout=log, stderr=subprocess.STDOUT, env=self.env
            )
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chitieu serve exited:\n{self.log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2):
                    return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise RuntimeError("chitieu serve did not answer in time")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def workers(self) -> list[int]:
        """gunicorn's worker processes (the children of its master)."""
        assert self.proc is not None
        out = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == self.proc.pid:
                    out.append(int(entry))
        return sorted(out)

    def cpu(self) -> float:
        """CPU seconds used so far by the master and its live workers."""
        assert self.proc is not None
        total = 0
        for pid in [self.proc.pid, *self.workers()]:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime
        return total / TICKS

    def memory(self) -> dict[int, tuple[float, float]]:
        """Each worker's resident memory and its peak (VmRSS, VmHWM), in MiB."""
        out = {}
        for pid in self.workers():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            kb = {
                k: int(v.split()[0])
                for k, v in re.findall(r"^(VmRSS|VmHWM):\s+(.*)$", status, re.M)
            }
            out[pid] = (kb.get("VmRSS", 0) / 1024, kb.get("VmHWM", 0) / 1024)
        return out


@dataclass
class Answer:
    status: int
    body: bytes
    wall: float
    cpu: float  # the server's CPU seconds during the request
    location: str = ""


def request(
    server: Server,
    path: str,
    cookie: str = "",
    method: str = "GET",
    body: bytes | None = None,
    content_type: str = "",
) -> Answer:
    """One request on a fresh connection, timed on both sides."""
    headers = {"Accept-Language": "vi", "Host": f"127.0.0.1:{server.port}"}
    if cookie:
        headers["Cookie"] = cookie
    if content_type:
        headers["Content-Type"] = content_type
    cpu0 = server.cpu()
    t0 = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=1800)
    try:
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        wall = time.perf_counter() - t0
        return Answer(
            resp.status, data, wall, server.cpu() - cpu0, resp.getheader("Location") or ""
        )
    except (OSError, http.client.HTTPException) as exc:
        return Answer(0, str(exc).encode(), time.perf_counter() - t0, server.cpu() - cpu0)
    finally:
        conn.close()


def multipart(fields: dict[str, str], name: str, filename: str, data: bytes) -> tuple[bytes, str]:
    """A form post's body with one file, and its content type."""
    boundary = uuid.uuid4().hex
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ]
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
        f"Content-Type: {xlsx}\r\n\r\n"
    )
    parts.append(head.encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


# -- Django side (the driver process has Django set up on the same database) --------------


def session_cookie(username: str) -> str:
    """A logged-in user's cookie: a session made in the database, as a login makes it."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore

    user = User.objects.get(username=username)
    store = SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return f"{settings.SESSION_COOKIE_NAME}={store.session_key}"


APPROVAL_AGENCY, APPROVAL_REPORTER, APPROVER = "so-ldtbxh", "laodong", "pheduyet"


def approve_one(
    plan_slug: str, period_text: str, step: int, kind: str = "", unit: str = ""
) -> None:
    """A reporter corrects one figure of their agency's report and an approver approves it,
    through the project's services (a new vintage, dated on a free day of the period).
    With ``kind`` and ``unit``, a figure of a measure of that kind (``count_of_units``: a
    commune's figure) for that unit."""
    from django.contrib.auth.models import User

    from chitieu.figures.periods import parse_period
    from chitieu.web.figures.checks import RawEntry
    from chitieu.web.figures.errors import Place
    from chitieu.web.figures.models import FigureRecord, SubmissionStatus
    from chitieu.web.figures.services import (
        approve,
        current_submission,
        save_entries,
        start_correction,
        submit,
    )
    from chitieu.web.people.models import Agency, Assignment
    from chitieu.web.plans.models import Plan

    plan = Plan.objects.get(slug=plan_slug)
    agency = Agency.objects.get(code=APPROVAL_AGENCY)
    reporter = User.objects.get(username=APPROVAL_REPORTER)
    period = parse_period(period_text)
    jobs = Assignment.objects.filter(agency=agency, measure__plan=plan)
    if kind:
        jobs = jobs.filter(measure__kind=kind, unit_code=unit)
    else:  # the agency's own province-level measures, not the count job the bench adds
        jobs = jobs.exclude(measure__kind="count_of_units")
    job = jobs.select_related("measure")[0]
    taken = set(
        FigureRecord.objects.filter(
            measure=job.measure, unit_code=job.unit_code, period=period_text
        ).values_list("as_of", flat=True)
    )
    day = date.today()
    while day in taken:
        day -= timedelta(days=1)
    last = current_submission(plan, agency, period)
    if last is not None and last.status == SubmissionStatus.APPROVED:
        start_correction(reporter, plan, agency, period, f"bench_national approval {step}")
    elif last is not None and last.status == SubmissionStatus.SUBMITTED:
        approve(User.objects.get(username=APPROVER), last)
        start_correction(reporter, plan, agency, period, f"bench_national approval {step}")
    value = f"{40 + step % 7},{step % 10}"  # typed the Vietnamese way
    if kind == "count_of_units":
        value = str(step % 2)  # the commune meets the standard, or no longer does
    row = RawEntry(Place(), job.measure.key, job.unit_code, value, "official", confirmed=True)
    sub = save_entries(reporter, plan, agency, period, [row], day)
    submit(reporter, sub)
    approve(User.objects.get(username=APPROVER), sub)


def upload_workbook(
    plan_slug: str, agency: str, period: str, rows: list[tuple[str, str]], day: date
) -> bytes:
    """A filled figures template, written with openpyxl: the header block (plan, agency,
    period codes in column B, the report date in D), the English headings in row 6, then
    one line per (measure key, unit code) with a value and the stage. The stage is
    official, dated today: the built data already holds official figures for the period,
    and the app rightly refuses a less final figure that would hide them."""
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Figures"
    for r, (label, code) in enumerate(
        [("Resolution", plan_slug), ("Agency", agency), ("Reporting period", period)], start=1
    ):
        ws.cell(r, 1, label)
        ws.cell(r, 2, code)
    ws.cell(4, 1, "Report date (d/m/yyyy)")
    ws.cell(4, 4, day)
    headings = ["No.", "Measure identifier", "Unit code", "Value for this period",
                "Stage (estimate, preliminary, official)"]  # fmt: skip
    for c, text in enumerate(headings, start=1):
        ws.cell(6, c, text)
    for i, (key, unit) in enumerate(rows, start=1):
        ws.append([i, key, unit, round(50 + (i * 7919 % 1000) / 100, 2), "official"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
