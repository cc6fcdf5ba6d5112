"""Views of the registry: public pages (``registry``) and editing (``editing``)."""

from .editing import VerbandCreateView, VerbandDeleteView, VerbandHistoryView, VerbandUpdateView
from .register import GemeenteRegisterEmbedView, GemeenteRegisterView
from .registry import GemeenteDetailView, GemeenteListView, VerbandDetailView, VerbandListView

__all__ = [
    "GemeenteDetailView",
    "GemeenteListView",
    "GemeenteRegisterEmbedView",
    "GemeenteRegisterView",
    "VerbandCreateView",
    "VerbandDeleteView",
    "VerbandDetailView",
    "VerbandHistoryView",
    "VerbandListView",
    "VerbandUpdateView",
]
