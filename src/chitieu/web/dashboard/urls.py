from django.urls import path

from chitieu.web.dashboard import views

app_name = "dashboard"
urlpatterns = [
    path("<slug:slug>/", views.plan_view, name="plan"),
    path("<slug:slug>/targets/<int:no>/", views.target_view, name="target"),
]
