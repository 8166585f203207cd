"""The URL map: one include per app, so each app owns its pages."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from chitieu.web import pages
from chitieu.web.people import passwords

urlpatterns = [
    path("", pages.home, name="home"),
    path("healthz", pages.healthz, name="healthz"),
    path("language/", pages.language, name="language"),
    path(
        "login/",
        auth_views.LoginView.as_view(template_name="registration/login.html"),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Changing one's password keeps this session and ends every other one.
    path("password/", passwords.PasswordChange.as_view(), name="password_change"),
    path(
        "password/done/",
        auth_views.PasswordChangeDoneView.as_view(
            template_name="registration/password_change_done.html"
        ),
        name="password_change_done",
    ),
    *passwords.reset_urls(),
    path("admin/", admin.site.urls),
    path("plans/", include("chitieu.web.plans.urls")),
    path("units/", include("chitieu.web.units.urls")),
    path("people/", include("chitieu.web.people.urls")),
    path("figures/", include("chitieu.web.figures.urls")),
    path("dashboard/", include("chitieu.web.dashboard.urls")),
    path("jobs/", include("chitieu.web.jobs.urls")),
    path("elections/", include("chitieu.web.elections.urls")),
    path("consultation/", include("chitieu.web.consultation.urls")),
    path("api/", include("chitieu.api.urls")),
]

# Faults answer in the user's language; under /api/ they answer JSON (chitieu.web.faults).
handler404 = "chitieu.web.faults.not_found"
handler500 = "chitieu.web.faults.server_error"
