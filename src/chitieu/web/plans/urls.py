from django.urls import path, re_path

from chitieu.web.plans.views import edit, exchange, plans, program, read

app_name = "plans"
urlpatterns = [
    path("", plans.plan_list, name="list"),
    path("import/", plans.plan_import, name="import"),
    path("read/", read.read_upload, name="read"),
    path("read/<uuid:token>/", read.read_review, name="review"),
    re_path(r"^(?P<slug>[^/]+)/export\.(?P<fmt>yaml|json)$", plans.plan_export, name="export"),
    path("<str:slug>/figures.csv", plans.figures_export, name="figures_csv"),
    path("<str:slug>/exchange/", exchange.exchange_page, name="exchange"),
    path("<str:slug>/exchange/mapping", exchange.exchange_mapping, name="exchange_mapping"),
    path("<str:slug>/exchange/<str:name>", exchange.exchange_download, name="exchange_file"),
    path("<str:slug>/edit/", edit.plan_edit, name="edit"),
    path("<str:slug>/evaluate-units/", plans.evaluate_units, name="evaluate_units"),
    path("<str:slug>/unit-reviews/", plans.unit_reviews, name="unit_reviews"),
    path("<str:slug>/program/", program.program_list, name="program"),
    path("<str:slug>/program/<int:pk>/", program.task_view, name="task"),
]
