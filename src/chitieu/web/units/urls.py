from django.urls import path

from chitieu.web.units.views import units

app_name = "units"
urlpatterns = [
    path("", units.unit_list, name="list"),
    path("<int:pk>/", units.unit_detail, name="detail"),
]
