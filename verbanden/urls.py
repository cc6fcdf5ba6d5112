from django.urls import path

from . import views

app_name = "verbanden"

urlpatterns = [
    path("verbanden/", views.VerbandListView.as_view(), name="verband_list"),
    path("verbanden/<slug:slug>/", views.VerbandDetailView.as_view(), name="verband_detail"),
    path("gemeenten/", views.GemeenteListView.as_view(), name="gemeente_list"),
    path("gemeenten/<slug:slug>/", views.GemeenteDetailView.as_view(), name="gemeente_detail"),
]
