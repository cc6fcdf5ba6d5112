from django.urls import path

from . import feeds, views

app_name = "kennisbank"

urlpatterns = [
    path("", views.PublicatieListView.as_view(), name="publicatie_list"),
    path("nieuw/", views.PublicatieCreateView.as_view(), name="publicatie_create"),
    path("feed/", feeds.PublicatieFeed(), name="feed"),
    path("thema/<slug:slug>/", views.ThemaView.as_view(), name="thema"),
    path("thema/<slug:slug>/feed/", feeds.ThemaFeed(), name="thema_feed"),
    path("domein/<slug:slug>/feed/", feeds.DomeinFeed(), name="domein_feed"),
    path("gemeente/<slug:slug>/feed/", feeds.GemeenteFeed(), name="gemeente_feed"),
    path("<slug:slug>/", views.PublicatieDetailView.as_view(), name="publicatie_detail"),
    path("<slug:slug>/bestand/", views.PublicatieBestandView.as_view(), name="publicatie_bestand"),
    path("<slug:slug>/bewerken/", views.PublicatieUpdateView.as_view(), name="publicatie_update"),
    path(
        "<slug:slug>/geschiedenis/",
        views.PublicatieHistoryView.as_view(),
        name="publicatie_history",
    ),
    path(
        "<slug:slug>/verwijderen/", views.PublicatieDeleteView.as_view(), name="publicatie_delete"
    ),
]
