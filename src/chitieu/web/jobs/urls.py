from django.urls import path

from chitieu.web.jobs.views import jobs as views

app_name = "jobs"
urlpatterns = [
    path("", views.job_list, name="list"),
    path("<uuid:pk>/", views.job_view, name="job"),
    path("<uuid:pk>/progress/", views.progress_view, name="progress"),
    path("<uuid:pk>/cancel/", views.cancel_view, name="cancel"),
    path("<uuid:pk>/result.csv", views.result_view, name="result"),
    path("<uuid:pk>/reviews.zip", views.reviews_view, name="reviews"),
]
