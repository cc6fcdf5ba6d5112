"""Root URLconf: Dutch paths for people, namespaced names for code."""

from django.contrib import admin
from django.urls import include, path
from django.views.generic import TemplateView

from . import views

admin.site.site_header = "Samenwerkingsportaal: beheer"
admin.site.site_title = "Samenwerkingsportaal beheer"
admin.site.index_title = "Beheer van register en kennisbank"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(
        "toegankelijkheid/",
        TemplateView.as_view(template_name="samenwerking/toegankelijkheid.html"),
        name="toegankelijkheid",
    ),
    path("beheer/", admin.site.urls),
    path("", include("verbanden.urls")),
]
