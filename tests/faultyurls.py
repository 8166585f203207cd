"""The site's URLs plus one page that fails, to see how a server error is logged."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from chitieu.web.urls import handler404, handler500, urlpatterns

__all__ = ["handler404", "handler500", "urlpatterns"]


def fails(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug, on purpose")


urlpatterns = [*urlpatterns, path("fails/", fails)]
