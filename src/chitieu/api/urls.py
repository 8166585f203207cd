"""/api/: every operation, /api/openapi.json and /api/docs (URL names in the "api" namespace)."""

from django.urls import path

from chitieu.api.api import api

urlpatterns = [path("", api.urls)]
