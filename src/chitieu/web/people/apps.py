from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "chitieu.web.people"
    label = "people"
    verbose_name = "Cơ quan, người dùng và nhật ký"
