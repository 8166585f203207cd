"""Elections: the list, the election form, ballot entry, the result and the minutes."""

from django.urls import path

from chitieu.web.elections.views import count, manage, versions

app_name = "elections"

urlpatterns = [
    path("", manage.election_list, name="list"),
    path("new/", manage.election_new, name="new"),
    path("<int:pk>/", count.detail, name="detail"),
    path("<int:pk>/edit/", manage.election_edit, name="edit"),
    path("<int:pk>/ballots/", count.entry, name="entry"),
    path("<int:pk>/ballots/import/", count.import_view, name="import"),
    path("<int:pk>/lock/", count.lock, name="lock"),
    path("<int:pk>/correct/", count.correct, name="correct"),
    path("<int:pk>/next-round/", count.next_round, name="next_round"),
    path("<int:pk>/<str:which>.<str:fmt>", count.minutes, name="minutes"),
    path("<int:pk>/versions/<int:number>/", versions.version, name="version"),
    path(
        "<int:pk>/versions/<int:number>/<str:which>.<str:fmt>",
        versions.version_minutes,
        name="version_minutes",
    ),
]
