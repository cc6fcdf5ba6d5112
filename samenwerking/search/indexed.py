"""A model whose rows can be found by the site's search, on PostgreSQL and on SQLite.

Each searchable model says which texts describe a row and how much they weigh
(``search_sections``: A for names and titles down to D for the extracted text of a PDF) and
which short fields may match approximately (``search_fuzzy_fields``). The texts are stored:

- on PostgreSQL as a ``tsvector`` (``zoekvector``, GIN-indexed) in the ``dutch_unaccent``
  configuration;
- on SQLite as the same stems as plain text (``zoektermen``), one line per weight, which the
  ``sp_search_rank`` function reads.

The index is written by ``save()`` (in the same UPDATE as the row, so a save is one statement)
and by ``reindex()``. Code that changes what a row's sections contain without saving the row
itself (many-to-many fields, child rows, a renamed domein) calls ``schedule_reindex()``.

Inside ``batched_reindex()`` (every request: ``samenwerking.middleware``) scheduled rows are
collected and each is written once when the block ends, however many m2m fields and child rows
the request changed; outside it (shell, factories, commands) they are written at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from functools import reduce
from operator import add
from typing import ClassVar

from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import connections, models, router
from django.db.models import Value

from .config import TS_CONFIG
from .snippets import strip_markers
from .text import terms

WEIGHTS = ("A", "B", "C", "D")
# Bookkeeping columns no index reads: saving only these leaves the index as it is.
NOT_INDEXED_FIELDS = {"versie", "gewijzigd_op", "aangemaakt_op"}
# PostgreSQL refuses tsvectors over 1 MB; a PDF's text beyond this adds little to finding it.
MAX_SECTION_CHARS = 200_000


class SearchIndexedManager(models.Manager):
    """Leaves the stored index (and other big texts in ``search_deferred_fields``) out of every
    query: pages never show it, and a tsvector or a PDF's text can be large. Combine with a
    model's own queryset: ``SearchIndexedManager.from_queryset(VerbandQuerySet)()``."""

    def get_queryset(self):
        return super().get_queryset().defer(*self.model.search_deferred_fields)


class SearchIndexed(models.Model):
    zoekvector = SearchVectorField("zoekvector", null=True, editable=False)
    zoektermen = models.TextField("zoektermen", blank=True, default="", editable=False)

    # Short fields compared by trigram similarity: names and abbreviations.
    search_fuzzy_fields: ClassVar[tuple[str, ...]] = ()
    # Fields a snippet is taken from, in order.
    search_snippet_fields: ClassVar[tuple[str, ...]] = ()
    # Not loaded unless asked for (see SearchIndexedManager).
    search_deferred_fields: ClassVar[tuple[str, ...]] = ("zoekvector", "zoektermen")

    class Meta:
        abstract = True

    def search_sections(self) -> dict[str, Iterable[str]]:
        """Texts per weight ("A" most important)."""
        raise NotImplementedError

    @classmethod
    def search_index_queryset(cls) -> models.QuerySet:
        """The rows with what ``search_sections`` reads already fetched."""
        return cls._default_manager.defer(None)

    def save(self, *args, **kwargs) -> None:
        if self._state.adding or self.pk is None:
            # Sections may name many-to-many values and child rows, which need the primary key.
            super().save(*args, **kwargs)
            schedule_reindex(type(self), [self.pk])
            return
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            # The caller names the columns that change: the index only when one it reads does.
            super().save(*args, **kwargs)
            if set(update_fields) - NOT_INDEXED_FIELDS:
                schedule_reindex(type(self), [self.pk])
            return
        # An existing row: the index goes into the row's own UPDATE.
        field = index_field(type(self))
        setattr(self, field, index_value(self, field))
        super().save(*args, **kwargs)
        if field == "zoekvector":
            # The attribute holds an expression: deferred again, so it is never written back.
            self.__dict__.pop("zoekvector", None)

    def update_search_index(self) -> None:
        schedule_reindex(type(self), [self.pk])


def _texts(obj: SearchIndexed) -> dict[str, list[str]]:
    sections = obj.search_sections()
    return {
        weight: [strip_markers(t)[:MAX_SECTION_CHARS].replace("\x00", " ") for t in texts if t]
        for weight, texts in sections.items()
        if weight in WEIGHTS
    }


def stored_terms(sections: dict[str, list[str]]) -> str:
    return "\n".join(
        f"{weight} {' '.join(terms(' '.join(texts)))}"
        for weight, texts in sections.items()
        if texts
    )


def vector_expression(sections: dict[str, list[str]]):
    vectors = [
        SearchVector(Value(" ".join(texts)), weight=weight, config=TS_CONFIG)
        for weight, texts in sections.items()
        if texts
    ]
    return reduce(add, vectors) if vectors else Value("", output_field=SearchVectorField())


def index_field(model: type[SearchIndexed]) -> str:
    vendor = connections[router.db_for_write(model)].vendor
    return "zoekvector" if vendor == "postgresql" else "zoektermen"


def index_value(obj: SearchIndexed, field: str):
    """What ``field`` of ``obj`` holds: a tsvector expression or the stored stems."""
    sections = _texts(obj)
    return vector_expression(sections) if field == "zoekvector" else stored_terms(sections)


def reindex(objects: Iterable[SearchIndexed], batch_size: int = 50) -> int:
    """Write the search index of ``objects`` (all of one model); returns how many."""
    objects = list(objects)
    if not objects:
        return 0
    model = type(objects[0])
    field = index_field(model)
    for obj in objects:
        setattr(obj, field, index_value(obj, field))
    model._base_manager.bulk_update(objects, [field], batch_size=batch_size)
    if field == "zoekvector":
        # The attribute holds an expression now: make the field deferred again, so that a later
        # save() of this instance does not write it back.
        for obj in objects:
            obj.__dict__.pop("zoekvector", None)
    return len(objects)


def in_chunks(queryset: models.QuerySet, chunk: int = 500):
    """The rows of ``queryset`` in lists of ``chunk``, by primary key (not OFFSET: reindexing
    may take rows out of a filtered queryset while it is being walked)."""
    queryset = queryset.order_by("pk")
    last = None
    while batch := list(queryset.filter(pk__gt=last)[:chunk] if last else queryset[:chunk]):
        yield batch
        last = batch[-1].pk


def reindex_all(model: type[SearchIndexed]) -> int:
    return sum(reindex(batch) for batch in in_chunks(model.search_index_queryset()))


def reindex_pks(model: type[SearchIndexed], pks) -> int:
    return reindex(model.search_index_queryset().filter(pk__in=list(pks))) if pks else 0


# {model: {pk, ...}} of the innermost ``batched_reindex`` block, or None outside one.
_scheduled: ContextVar[dict | None] = ContextVar("search_index_scheduled", default=None)


@contextmanager
def batched_reindex():
    """Rows scheduled for reindexing inside this block are written once, when it ends.

    Nothing is written when the block ends with an exception (the request's transaction is
    rolled back). Nested blocks leave the writing to the outer one.
    """
    if _scheduled.get() is not None:
        yield
        return
    scheduled: dict = {}
    token = _scheduled.set(scheduled)
    try:
        yield
    finally:
        _scheduled.reset(token)
    for model, pks in scheduled.items():
        reindex_pks(model, pks)


def schedule_reindex(model: type[SearchIndexed], pks: Iterable) -> None:
    """Reindex these rows: at the end of the current batch, or now outside one."""
    scheduled = _scheduled.get()
    if scheduled is None:
        reindex_pks(model, list(pks))
    else:
        scheduled.setdefault(model, set()).update(pk for pk in pks if pk is not None)


def schedule_reindex_of(queryset: models.QuerySet) -> None:
    """Reindex the rows of ``queryset`` (of a SearchIndexed model), batched like the others."""
    model = queryset.model
    if _scheduled.get() is None:
        reindex(model.search_index_queryset().filter(pk__in=queryset.values("pk")))
    else:
        schedule_reindex(model, queryset.values_list("pk", flat=True))


def m2m_reindexer(model: type[SearchIndexed]):
    """An ``m2m_changed`` receiver for a relation whose names are part of ``model``'s index.

    Handles both sides: ``publicatie.themas.add(thema)`` and ``thema.publicaties.add(...)``,
    and ``clear()``, whose affected rows are only known before it runs.
    """

    def receiver(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
        if not reverse:
            if action in {"post_add", "post_remove", "post_clear"}:
                schedule_reindex(model, [instance.pk])
        elif action in {"post_add", "post_remove"}:
            schedule_reindex(model, pk_set)
        elif action == "pre_clear":
            instance._search_pks_before_clear = list(
                sender.objects.filter(**{_column(sender, instance): instance.pk}).values_list(
                    _column(sender, model), flat=True
                )
            )
        elif action == "post_clear":
            schedule_reindex(model, getattr(instance, "_search_pks_before_clear", []))

    return receiver


def _column(through, model_or_instance) -> str:
    """The through table's foreign key to ``model_or_instance``'s model."""
    target = model_or_instance if isinstance(model_or_instance, type) else type(model_or_instance)
    for field in through._meta.get_fields():
        if getattr(field, "related_model", None) is target and field.many_to_one:
            return field.attname
    raise LookupError(f"{through} has no foreign key to {target}")
