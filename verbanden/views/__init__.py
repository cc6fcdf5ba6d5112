"""Views of the registry: public pages (``registry``) and editing (``editing``)."""

from .editing import VerbandCreateView, VerbandDeleteView, VerbandHistoryView, VerbandUpdateView
from .registry import GemeenteDetailView, GemeenteListView, VerbandDetailView, VerbandListView

__all__ = [
    "GemeenteDetailView",
    "GemeenteListView",
    "VerbandCreateView",
    "VerbandDeleteView",
    "VerbandDetailView",
    "VerbandHistoryView",
    "VerbandListView",
    "VerbandUpdateView",
]
