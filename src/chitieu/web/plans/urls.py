from django.urls import path, re_path

from chitieu.web.plans import views, views_edit, views_program, views_read

app_name = "plans"
urlpatterns = [
    path("", views.plan_list, name="list"),
    path("import/", views.plan_import, name="import"),
    path("read/", views_read.read_upload, name="read"),
    path("read/<uuid:token>/", views_read.read_review, name="review"),
    re_path(r"^(?P<slug>[^/]+)/export\.(?P<fmt>yaml|json)$", views.plan_export, name="export"),
    path("<str:slug>/figures.csv", views.figures_export, name="figures_csv"),
    path("<str:slug>/edit/", views_edit.plan_edit, name="edit"),
    path("<str:slug>/program/", views_program.program_list, name="program"),
    path("<str:slug>/program/<int:pk>/", views_program.task_view, name="task"),
]
