from django.apps import AppConfig


class ElectionsConfig(AppConfig):
    name = "chitieu.web.elections"
    label = "elections"
    verbose_name = "Bầu cử"
