"""Data entry, the report workflow, Excel templates and uploads, and figure histories."""

from django.urls import URLPattern, path

from chitieu.web.figures.views import entry, exchangeupload, review, sheet, upload

app_name = "figures"

REPORT = "entry/<slug:plan_slug>/<slug:agency_code>/<str:period>/"

urlpatterns: list[URLPattern] = [
    path("entry/", entry.entry_home, name="entry_home"),
    path(REPORT, entry.entry, name="entry"),
    path(REPORT + "correct", entry.correct, name="correct"),
    path(REPORT + "template.xlsx", entry.template, name="template"),
    path(REPORT + "upload", upload.upload, name="upload"),
    path("sheet/<slug:plan_slug>/<slug:agency_code>/", sheet.sheet_start, name="sheet"),
    path(
        "sheet/<slug:plan_slug>/<slug:agency_code>/<str:token>/",
        sheet.sheet_map,
        name="sheet_map",
    ),
    path(
        "exchange/<slug:plan_slug>/<slug:agency_code>/",
        exchangeupload.exchange_upload,
        name="exchange_upload",
    ),
    path(
        "exchange/<slug:plan_slug>/<slug:agency_code>/<str:kind>/<str:token>/",
        exchangeupload.exchange_preview,
        name="exchange_preview",
    ),
    path("file-job/<uuid:pk>/confirm", exchangeupload.file_job_confirm, name="file_job_confirm"),
    path("approvals/", review.approvals, name="approvals"),
    path("reports/<int:pk>/", review.report, name="report"),
    path("history/<slug:plan_slug>/<slug:measure_key>/", review.history, name="history"),
]
