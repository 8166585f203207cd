from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "chitieu.api"
    label = "api"
    verbose_name = "API"
