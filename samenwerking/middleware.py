"""Request-wide behaviour: write transactions on SQLite, the search index written once per
request, and server errors logged with context."""

from __future__ import annotations

import logging

from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.db import connections
from django.http import Http404
from django.http.multipartparser import MultiPartParserError

from .permissions import ROLLEN
from .search.indexed import batched_reindex
from .sqlite.base import write_transactions

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# Exceptions Django answers with a 4xx page: the client's doing, not a server error.
CLIENT_ERRORS = (Http404, PermissionDenied, SuspiciousOperation, BadRequest, MultiPartParserError)

logger = logging.getLogger("samenwerking.errors")


def write_transaction_middleware(get_response):
    """A request that may write begins its transaction with the write lock (SQLite only).

    Readers keep deferred transactions and so never wait; see ``samenwerking.sqlite.base``.
    """

    def middleware(request):
        if request.method in SAFE_METHODS:
            return get_response(request)
        with write_transactions():
            return get_response(request)

    return middleware


def search_index_middleware(get_response):
    """Every row whose search index a request changed is reindexed once, when it is done.

    A save with several many-to-many fields and child rows would otherwise write the same
    index once per change (see ``samenwerking.search.indexed``). ``ATOMIC_REQUESTS`` commits
    when the view returns, so the index is written right after the request's transaction,
    from what was committed.
    """

    def middleware(request):
        with batched_reindex():
            return get_response(request)

    return middleware


def role_of(user) -> str:
    """The role names of ``user`` for a log line; never raises (the database may be down)."""
    if not getattr(user, "is_authenticated", False):
        return "bezoeker"
    try:
        groups = sorted(set(user.groups.values_list("name", flat=True)) & set(ROLLEN))
    except Exception:  # logging must not hide the original error
        groups = ["onbekend"]
    if user.is_superuser:
        groups.append("superuser")
    return ",".join(groups) or "zonder rol"


class ServerErrorContextMiddleware:
    """Logs what is needed to reproduce a server error, without the values people typed.

    Django logs the traceback ("Internal Server Error: /path"); this adds the method, the
    role of the user and the names (never the values, so never a password) of the submitted
    fields, query parameters and files, and the database vendor.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, CLIENT_ERRORS):
            return None
        logger.error(
            "Serverfout bij %s %s (rol: %s, database: %s); queryparameters: %s; "
            "formuliervelden: %s; bestanden: %s",
            request.method,
            request.path,
            role_of(getattr(request, "user", None)),
            connections["default"].vendor,
            field_names(request.GET),
            field_names(request.POST) if request.method not in SAFE_METHODS else "-",
            field_names(request.FILES) if request.method not in SAFE_METHODS else "-",
            exc_info=exception,
        )
        return None  # Django's own handling (500 page, its own log line) follows


def field_names(querydict) -> str:
    """``naam, deelnames-0-gemeente (2x)``: names and how often each was sent."""
    try:
        items = querydict.lists()
    except Exception:  # an unparsable body is itself worth logging
        return "(niet te lezen)"
    names = [f"{name} ({len(values)}x)" if len(values) > 1 else name for name, values in items]
    return ", ".join(names) or "-"
