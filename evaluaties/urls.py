from django.urls import path

from . import views

app_name = "evaluaties"

urlpatterns = [
    path("evaluaties/", views.EvaluatieListView.as_view(), name="evaluatie_list"),
    path("evaluaties/verwacht/", views.EvaluatieVerwachtView.as_view(), name="evaluatie_verwacht"),
    path("evaluaties/vergelijken/", views.EvaluatieCompareView.as_view(), name="evaluatie_compare"),
    path("evaluaties/<int:pk>/", views.EvaluatieDetailView.as_view(), name="evaluatie_detail"),
    path(
        "evaluaties/<int:pk>/rapport/",
        views.EvaluatieRapportView.as_view(),
        name="evaluatie_rapport",
    ),
    path(
        "evaluaties/<int:pk>/stap/<slug:stap>/",
        views.EvaluatieStapView.as_view(),
        name="evaluatie_stap",
    ),
    path(
        "evaluaties/<int:pk>/geschiedenis/",
        views.EvaluatieHistoryView.as_view(),
        name="evaluatie_history",
    ),
    path(
        "evaluaties/<int:pk>/verwijderen/",
        views.EvaluatieDeleteView.as_view(),
        name="evaluatie_delete",
    ),
    path(
        "verbanden/<slug:slug>/evaluaties/nieuw/",
        views.EvaluatieCreateView.as_view(),
        name="evaluatie_create",
    ),
]
