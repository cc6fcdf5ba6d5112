"""Site search: Dutch full-text search on PostgreSQL with an equivalent SQLite fallback.

Public API: ``parse`` a query string, ``search`` a queryset of a ``SearchIndexed`` model, and
get ``snippets`` for one page of results.
"""

from .backends import search, snippets
from .query import Query, parse

__all__ = ["Query", "parse", "search", "snippets"]
