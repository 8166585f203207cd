"""The role × endpoint × method table the access tests check, written by hand from the
roles in docs/web.md and docs/security.md (not derived from the code under test).

Columns are the demo's personas, in this order:

    anon  daibieu(viewer)  laodong(reporter, Sở LĐ-TB&XH)  dulich(reporter, Sở VHTT&DL)
    pheduyet(approver)  kehoach(planning office)  quantri(administrator)

Cells:
    ok      200 (a page or a file)
    do      allowed: whatever the (possibly empty) input gives, but never 401/403/login/5xx
    go      a redirect that is not to the login page (302)
    login   302 to the login page, nothing changed
    401     the API asks for credentials, nothing changed
    403     refused, nothing changed
    404     not found (the object is not the caller's, or does not exist)
    405     the method is not allowed
"""

from __future__ import annotations

ROLES = ("anon", "daibieu", "laodong", "dulich", "pheduyet", "kehoach", "quantri")

# Placeholders in paths, filled by the test with objects of the demo.
PLAN = "{plan}"

# ---------------------------------------------------------------- pages

# name → (path, {method: "cell per role"}); the demo plan is public.
PAGES: dict[str, tuple[str, dict[str, str]]] = {
    "home": ("/", {"GET": "ok ok ok ok ok ok ok"}),
    "healthz": ("/healthz", {"GET": "ok ok ok ok ok ok ok"}),
    "language": ("/language/?language=en&next=/", {"GET": "go go go go go go go"}),
    "login": ("/login/", {"GET": "ok ok ok ok ok ok ok"}),
    "logout": ("/logout/", {"GET": "405 405 405 405 405 405 405", "POST": "go go go go go go go"}),
    # one's own password: anyone logged in (an empty form is refused with its errors)
    "password_change": (
        "/password/",
        {"GET": "login ok ok ok ok ok ok", "POST": "login do do do do do do"},
    ),
    "password_change_done": ("/password/done/", {"GET": "login ok ok ok ok ok ok"}),
    # a forgotten password: anyone asks for a link (an unknown address is answered alike);
    # a link that is not valid says so
    "password_reset": (
        "/password/reset/",
        {"GET": "ok ok ok ok ok ok ok", "POST": "do do do do do do do"},
    ),
    "password_reset_done": ("/password/reset/sent/", {"GET": "ok ok ok ok ok ok ok"}),
    "password_reset_confirm": ("/reset/MQ/bad-token/", {"GET": "ok ok ok ok ok ok ok"}),
    "password_reset_complete": ("/reset/done/", {"GET": "ok ok ok ok ok ok ok"}),
    # plans: the planning office and administrators manage them
    "plans:list": ("/plans/", {"GET": "login 403 403 403 403 ok ok"}),
    "plans:import": (
        "/plans/import/",
        {"GET": "login 403 403 403 403 405 405", "POST": "login 403 403 403 403 do do"},
    ),
    "plans:read": (
        "/plans/read/",
        {"GET": "login 403 403 403 403 ok ok", "POST": "login 403 403 403 403 do do"},
    ),
    "plans:review": (
        "/plans/read/{uuid}/",
        {"GET": "login 403 403 403 403 404 404", "POST": "login 403 403 403 403 404 404"},
    ),
    "plans:export": ("/plans/{plan}/export.yaml", {"GET": "ok ok ok ok ok ok ok"}),
    "plans:figures_csv": ("/plans/{plan}/figures.csv", {"GET": "ok ok ok ok ok ok ok"}),
    # the plan's figures for DHIS2, SDMX and Open SDG: whoever sees the plan; the
    # planning office keeps the mapping (a post without a format is refused on the page)
    "plans:exchange": ("/plans/{plan}/exchange/", {"GET": "ok ok ok ok ok ok ok"}),
    "plans:exchange_file": ("/plans/{plan}/exchange/sdmx.csv", {"GET": "ok ok ok ok ok ok ok"}),
    "plans:exchange_mapping": (
        "/plans/{plan}/exchange/mapping",
        {"GET": "login 403 403 403 403 405 405", "POST": "login 403 403 403 403 do do"},
    ),
    "plans:edit": (
        "/plans/{plan}/edit/",
        {"GET": "login 403 403 403 403 ok ok", "POST": "login 403 403 403 403 do do"},
    ),
    # the planning office starts a re-evaluation of every unit and is taken to its job
    "plans:evaluate_units": (
        "/plans/{plan}/evaluate-units/",
        {"GET": "login 403 403 403 403 405 405", "POST": "login 403 403 403 403 go go"},
    ),
    # the planning office starts the review documents of every unit, taken to its job
    "plans:unit_reviews": (
        "/plans/{plan}/unit-reviews/",
        {"GET": "login 403 403 403 403 405 405", "POST": "login 403 403 403 403 go go"},
    ),
    "plans:program": (
        "/plans/{plan}/program/",
        {"GET": "ok ok ok ok ok ok ok", "POST": "403 403 403 403 403 do do"},
    ),
    # the task led by Sở LĐ-TB&XH: its reporters add notes, the planning office edits it
    "plans:task": (
        "/plans/{plan}/program/{task}/",
        {"GET": "ok ok ok ok ok ok ok", "POST": "403 403 do 403 403 do do"},
    ),
    # background jobs: each person sees their own (this one is the planning office's),
    # an administrator everyone's; another's job is not found
    "jobs:list": ("/jobs/", {"GET": "login ok ok ok ok ok ok"}),
    "jobs:job": ("/jobs/{job}/", {"GET": "login 404 404 404 404 ok ok"}),
    "jobs:progress": ("/jobs/{job}/progress/", {"GET": "login 404 404 404 404 ok ok"}),
    # the file a job wrote: this import wrote none, so it is not found even by its owner
    # (tests/test_web_jobs_evaluate_access.py downloads a re-evaluation's)
    "jobs:result": ("/jobs/{job}/result.csv", {"GET": "login 404 404 404 404 404 404"}),
    # the same for a zip of reviews (tests/test_web_jobs_unit_reviews.py downloads one)
    "jobs:reviews": ("/jobs/{job}/reviews.zip", {"GET": "login 404 404 404 404 404 404"}),
    "jobs:cancel": (
        "/jobs/{job}/cancel/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 404 404 404 404 go go"},
    ),
    # units, people
    "units:list": ("/units/", {"GET": "login ok ok ok ok ok ok"}),
    "units:detail": ("/units/{unit}/", {"GET": "login ok ok ok ok ok ok"}),
    "people:tokens": ("/people/tokens/", {"GET": "login ok ok ok ok ok ok"}),
    # laodong's own token: only laodong may revoke it; for anyone else it does not exist
    "people:token_revoke": (
        "/people/tokens/{token}/revoke/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 404 go 404 404 404 404"},
    ),
    "people:agencies": (
        "/people/agencies/",
        {"GET": "login ok ok ok ok ok ok", "POST": "login 403 403 403 403 do do"},
    ),
    "people:agency": (
        "/people/agencies/{agency}/",
        {"GET": "login ok ok ok ok ok ok", "POST": "login 403 403 403 403 do do"},
    ),
    "people:assignment_add": (
        "/people/agencies/{agency}/assignments/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 403 403 403 403 do do"},
    ),
    "people:assignment_remove": (
        "/people/agencies/{agency}/assignments/{assignment}/remove/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 403 403 403 403 go go"},
    ),
    # the lineage of agencies: the planning office records and removes changes (the
    # demo's merger of Sở KH&ĐT into Sở Tài chính)
    "people:change_add": (
        "/people/agencies/{agency}/changes/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 403 403 403 403 do do"},
    ),
    "people:change_remove": (
        "/people/agencies/{merged}/changes/{change}/remove/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 403 403 403 403 go go"},
    ),
    "people:audit": ("/people/audit/", {"GET": "login 403 403 403 ok ok ok"}),
    # one's own account and notifications: anyone logged in
    "people:account": (
        "/people/account/",
        {"GET": "login ok ok ok ok ok ok", "POST": "login do do do do do do"},
    ),
    "people:notifications": ("/people/notifications/", {"GET": "login ok ok ok ok ok ok"}),
    "people:notifications_read": (
        "/people/notifications/read/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login go go go go go go"},
    ),
    # accounts: the planning office and administrators; dulich's account is changed by them
    "people:users": (
        "/people/users/",
        {"GET": "login 403 403 403 403 ok ok", "POST": "login 403 403 403 403 do do"},
    ),
    "people:user": (
        "/people/users/{user}/",
        {"GET": "login 403 403 403 403 ok ok", "POST": "login 403 403 403 403 do do"},
    ),
    # failed logins and lifting a lockout: the planning office and administrators
    "people:lockouts": (
        "/people/lockouts/",
        {"GET": "login 403 403 403 403 ok ok", "POST": "login 403 403 403 403 do do"},
    ),
    # figures: Sở LĐ-TB&XH's report of 2025 (a draft)
    "figures:entry_home": ("/figures/entry/", {"GET": "login ok ok ok ok ok ok"}),
    "figures:entry": (
        "/figures/entry/{plan}/{agency}/2025/",
        {"GET": "login 403 ok 403 403 ok ok", "POST": "login 403 do 403 403 do do"},
    ),
    "figures:correct": (
        "/figures/entry/{plan}/{agency}/2025/correct",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 403 do 403 403 do do"},
    ),
    "figures:template": (
        "/figures/entry/{plan}/{agency}/2025/template.xlsx",
        {"GET": "login 403 ok 403 403 ok ok"},
    ),
    "figures:upload": (
        "/figures/entry/{plan}/{agency}/2025/upload",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 403 do 403 403 do do"},
    ),
    # a department's own sheet, mapped before it is saved: Sở LĐ-TB&XH's reporters (and
    # the planning office); an upload not kept (or another's) is not found
    "figures:sheet": (
        "/figures/sheet/{plan}/{agency}/",
        {"GET": "login 403 ok 403 403 ok ok", "POST": "login 403 do 403 403 do do"},
    ),
    "figures:sheet_map": (
        "/figures/sheet/{plan}/{agency}/no-such-upload/",
        {"GET": "login 403 404 403 403 404 404", "POST": "login 403 404 403 403 404 404"},
    ),
    # another system's file (DHIS2, SDMX-CSV) into an agency's reports: who may import a
    # sheet may import it; a file not kept (or another's) is not found
    "figures:exchange_upload": (
        "/figures/exchange/{plan}/{agency}/",
        {"GET": "login 403 ok 403 403 ok ok", "POST": "login 403 do 403 403 do do"},
    ),
    "figures:exchange_preview": (
        "/figures/exchange/{plan}/{agency}/dhis2/no-such-upload/",
        {"GET": "login 403 404 403 403 404 404", "POST": "login 403 404 403 403 404 404"},
    ),
    # a file import's warnings confirmed: its owner's alone (this job is no file import)
    "figures:file_job_confirm": (
        "/figures/file-job/{job}/confirm",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 404 404 404 404 404 404"},
    ),
    "figures:approvals": ("/figures/approvals/", {"GET": "login 403 403 403 ok 403 ok"}),
    "figures:report": (
        "/figures/reports/{report}/",
        {"GET": "login 403 ok 403 ok ok ok", "POST": "login 403 403 403 do 403 do"},
    ),
    "figures:history": ("/figures/history/{plan}/trained-labour/", {"GET": "ok ok ok ok ok ok ok"}),
    # dashboards of a public plan
    "dashboard:plan": ("/dashboard/{plan}/", {"GET": "ok ok ok ok ok ok ok"}),
    "dashboard:target": ("/dashboard/{plan}/targets/13/", {"GET": "ok ok ok ok ok ok ok"}),
    "dashboard:units": (
        "/dashboard/{plan}/targets/13/units/",
        {"GET": "ok ok ok ok ok ok ok", "POST": "403 403 403 403 403 do do"},
    ),
    "dashboard:reports": ("/dashboard/{plan}/reports/", {"GET": "ok ok ok ok ok ok ok"}),
    # elections: administrators set one up and assign its counting committee; until the
    # minutes are locked only the committee (daibieu counter 1, laodong counter 2) and
    # administrators see it, for anyone else it does not exist; only a counter enters
    # ballots (an administrator assigns, never counts)
    "elections:list": ("/elections/", {"GET": "login ok ok ok ok ok ok"}),
    "elections:new": (
        "/elections/new/",
        {"GET": "login 403 403 403 403 403 ok", "POST": "login 403 403 403 403 403 do"},
    ),
    "elections:detail": ("/elections/{election}/", {"GET": "login ok ok 404 404 404 ok"}),
    "elections:edit": (
        "/elections/{election}/edit/",
        {"GET": "login 403 403 403 403 403 ok", "POST": "login 403 403 403 403 403 do"},
    ),
    "elections:entry": (
        "/elections/{election}/ballots/",
        {"GET": "login ok ok 404 404 404 403", "POST": "login do do 404 404 404 403"},
    ),
    "elections:import": (
        "/elections/{election}/ballots/import/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login go go 404 404 404 403"},
    ),
    # nothing to lock before both entries agree: the committee is told so
    "elections:lock": (
        "/elections/{election}/lock/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login go go 404 404 404 go"},
    ),
    # a correction and a next round need locked minutes
    "elections:correct": (
        "/elections/{election}/correct/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 403 403 404 404 404 403"},
    ),
    "elections:next_round": (
        "/elections/{election}/next-round/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 403 403 404 404 404 403"},
    ),
    # no result yet: no minutes
    "elections:minutes": (
        "/elections/{election}/minutes.docx",
        {"GET": "login 404 404 404 404 404 404"},
    ),
    # a locked version's page and its minutes: none locked yet, so none found; who sees a
    # locked one (whoever sees the current result) is test_web_elections_version_pages
    "elections:version": (
        "/elections/{election}/versions/1/",
        {"GET": "login 404 404 404 404 404 404"},
    ),
    "elections:version_minutes": (
        "/elections/{election}/versions/1/minutes.pdf",
        {"GET": "login 404 404 404 404 404 404"},
    ),
    # comments on drafts: the drafting team (planning office, administrators) uploads drafts
    # and opens rounds; a round is seen by the team and by the people of the units asked
    # (laodong's Sở LĐ-TB&XH), for anyone else it does not exist; only an asked unit's
    # people comment (the team answers, it does not comment)
    "consultation:list": ("/consultation/", {"GET": "login ok ok ok ok ok ok"}),
    "consultation:draft_new": (
        "/consultation/drafts/new/",
        {"GET": "login 403 403 403 403 ok ok", "POST": "login 403 403 403 403 do do"},
    ),
    "consultation:draft": ("/consultation/drafts/{draft}/", {"GET": "login 403 403 403 403 ok ok"}),
    "consultation:version_new": (
        "/consultation/drafts/{draft}/versions/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 403 403 403 403 go go"},
    ),
    "consultation:round_new": (
        "/consultation/drafts/{draft}/rounds/new/",
        {"GET": "login 403 403 403 403 ok ok", "POST": "login 403 403 403 403 do do"},
    ),
    "consultation:round": ("/consultation/rounds/{round}/", {"GET": "login 404 ok 404 404 ok ok"}),
    "consultation:comment": (
        "/consultation/rounds/{round}/comment/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 404 do 404 404 403 403"},
    ),
    "consultation:reply": (
        "/consultation/rounds/{round}/reply/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 404 go 404 404 403 403"},
    ),
    "consultation:template": (
        "/consultation/rounds/{round}/template.xlsx",
        {"GET": "login 404 ok 404 404 ok ok"},
    ),
    "consultation:consolidation": (
        "/consultation/rounds/{round}/consolidation/",
        {"GET": "login 404 403 404 404 ok ok"},
    ),
    # no such comment: nothing to answer
    "consultation:respond": (
        "/consultation/rounds/{round}/respond/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 404 403 404 404 404 404"},
    ),
    # no part named: nothing to reword
    "consultation:wording": (
        "/consultation/rounds/{round}/wording/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 404 403 404 404 404 404"},
    ),
    "consultation:unplaced": (
        "/consultation/rounds/{round}/unplaced/",
        {"GET": "login 404 403 404 404 ok ok", "POST": "login 404 403 404 404 do do"},
    ),
    "consultation:close": (
        "/consultation/rounds/{round}/close/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 404 403 404 404 go go"},
    ),
    "consultation:remind": (
        "/consultation/rounds/{round}/remind/",
        {"GET": "login 405 405 405 405 405 405", "POST": "login 404 403 404 404 go go"},
    ),
    "consultation:summary": (
        "/consultation/rounds/{round}/summary.docx",
        {"GET": "login 404 403 404 404 ok ok"},
    ),
}

# The same plan made private: anonymous visitors are sent to log in, people with a role see it.
PRIVATE_PLAN_PAGES: dict[str, str] = {
    "plans:export": "login ok ok ok ok ok ok",
    "plans:figures_csv": "login ok ok ok ok ok ok",
    "plans:exchange": "login ok ok ok ok ok ok",
    "plans:exchange_file": "login ok ok ok ok ok ok",
    "plans:program": "login ok ok ok ok ok ok",
    "plans:task": "login ok ok ok ok ok ok",
    "figures:history": "login ok ok ok ok ok ok",
    "dashboard:plan": "login ok ok ok ok ok ok",
    "dashboard:target": "login ok ok ok ok ok ok",
    "dashboard:units": "login ok ok ok ok ok ok",
    "dashboard:reports": "login ok ok ok ok ok ok",
}

# ---------------------------------------------------------------- the API

# (method, OpenAPI path) → cell per role. Reads of a public plan are open to anyone.
API: dict[tuple[str, str], str] = {
    ("GET", "/api/plans"): "ok ok ok ok ok ok ok",
    ("GET", "/api/plans/{slug}"): "ok ok ok ok ok ok ok",
    ("GET", "/api/plans/{slug}/targets"): "ok ok ok ok ok ok ok",
    ("GET", "/api/plans/{slug}/statuses"): "ok ok ok ok ok ok ok",
    ("GET", "/api/plans/{slug}/figures"): "ok ok ok ok ok ok ok",
    ("GET", "/api/plans/{slug}/figures.csv"): "ok ok ok ok ok ok ok",
    ("GET", "/api/plans/{slug}/figures.json"): "ok ok ok ok ok ok ok",
    ("GET", "/api/plans/{slug}/statuses.csv"): "ok ok ok ok ok ok ok",
    ("GET", "/api/plans/{slug}/statuses.json"): "ok ok ok ok ok ok ok",
    # Sở LĐ-TB&XH's figure: its reporter and the planning office enter it
    ("POST", "/api/plans/{slug}/figures"): "401 403 ok 403 403 ok ok",
    # Sở LĐ-TB&XH's draft report of 2025
    ("GET", "/api/reports/{report_id}"): "401 403 ok 403 ok ok ok",
    ("POST", "/api/reports/{report_id}/submit"): "401 403 ok 403 403 ok ok",
    # the same report once submitted
    ("POST", "/api/reports/{report_id}/approve"): "401 403 403 403 ok 403 ok",
    ("POST", "/api/reports/{report_id}/return"): "401 403 403 403 ok 403 ok",
}

# Reads of the private plan: anonymous callers are asked for credentials.
PRIVATE_PLAN_API: dict[tuple[str, str], str] = {
    key: "401 ok ok ok ok ok ok"
    for key in API
    if key[0] == "GET" and key[1].startswith("/api/plans/{slug}")
}

# Pages of the API itself, not operations: its document and its interactive docs.
API_PAGES: dict[str, str] = {
    "api:api-root": "404 404 404 404 404 404 404",
    "api:openapi-json": "ok ok ok ok ok ok ok",
    "api:openapi-view": "ok ok ok ok ok ok ok",
}

# ---------------------------------------------------------------- the admin

# Every registered model's list and add pages: administrators only; everyone else is sent
# to the admin's login (the planning office is not staff).
ADMIN = "login login login login login login ok"
