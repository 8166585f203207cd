from django.urls import path

from chitieu.web.dashboard import cascade, reports
from chitieu.web.dashboard.views import dashboards

app_name = "dashboard"
urlpatterns = [
    path("<slug:slug>/", dashboards.plan_view, name="plan"),
    path("<slug:slug>/targets/<int:no>/", dashboards.target_view, name="target"),
    path("<slug:slug>/targets/<int:no>/units/", cascade.units_view, name="units"),
    path("<slug:slug>/reports/", reports.reports_view, name="reports"),
]
