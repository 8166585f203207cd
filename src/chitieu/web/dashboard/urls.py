from django.urls import path

from chitieu.web.dashboard import cascade, reports, views

app_name = "dashboard"
urlpatterns = [
    path("<slug:slug>/", views.plan_view, name="plan"),
    path("<slug:slug>/targets/<int:no>/", views.target_view, name="target"),
    path("<slug:slug>/targets/<int:no>/units/", cascade.units_view, name="units"),
    path("<slug:slug>/reports/", reports.reports_view, name="reports"),
]
