from django.urls import include, path

from . import views

app_name = "verbanden"

# The art. 27 Wgr register of a gemeente: a stable address, and its table for an iframe.
register_pages = [
    path("", views.GemeenteRegisterView.as_view(), name="gemeente_register"),
    path("embed/", views.GemeenteRegisterEmbedView.as_view(), name="gemeente_register_embed"),
]

urlpatterns = [
    path("verbanden/", views.VerbandListView.as_view(), name="verband_list"),
    path("verbanden/nieuw/", views.VerbandCreateView.as_view(), name="verband_create"),
    path("verbanden/<slug:slug>/", views.VerbandDetailView.as_view(), name="verband_detail"),
    path(
        "verbanden/<slug:slug>/bewerken/", views.VerbandUpdateView.as_view(), name="verband_update"
    ),
    path(
        "verbanden/<slug:slug>/verwijderen/",
        views.VerbandDeleteView.as_view(),
        name="verband_delete",
    ),
    path(
        "verbanden/<slug:slug>/geschiedenis/",
        views.VerbandHistoryView.as_view(),
        name="verband_history",
    ),
    path("gemeenten/", views.GemeenteListView.as_view(), name="gemeente_list"),
    path("gemeenten/<slug:slug>/", views.GemeenteDetailView.as_view(), name="gemeente_detail"),
    path("gemeenten/<slug:slug>/register/", include(register_pages)),
]
