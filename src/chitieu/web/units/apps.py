from django.apps import AppConfig


class UnitsConfig(AppConfig):
    name = "chitieu.web.units"
    label = "units"
    verbose_name = "Đơn vị hành chính"
