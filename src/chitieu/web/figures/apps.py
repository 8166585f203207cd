from django.apps import AppConfig


class FiguresConfig(AppConfig):
    name = "chitieu.web.figures"
    label = "figures"
    verbose_name = "Số liệu và báo cáo"
