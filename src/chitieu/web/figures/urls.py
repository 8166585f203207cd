"""Data entry, the report workflow, Excel templates and uploads, and figure histories."""

from django.urls import URLPattern, path

from chitieu.web.figures import views_entry, views_review

app_name = "figures"

REPORT = "entry/<slug:plan_slug>/<slug:agency_code>/<str:period>/"

urlpatterns: list[URLPattern] = [
    path("entry/", views_entry.entry_home, name="entry_home"),
    path(REPORT, views_entry.entry, name="entry"),
    path(REPORT + "correct", views_entry.correct, name="correct"),
    path(REPORT + "template.xlsx", views_entry.template, name="template"),
    path(REPORT + "upload", views_entry.upload, name="upload"),
    path("approvals/", views_review.approvals, name="approvals"),
    path("reports/<int:pk>/", views_review.report, name="report"),
    path("history/<slug:plan_slug>/<slug:measure_key>/", views_review.history, name="history"),
]
