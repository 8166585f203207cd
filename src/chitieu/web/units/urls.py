from django.urls import URLPattern

app_name = "units"
urlpatterns: list[URLPattern] = []
