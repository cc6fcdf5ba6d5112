"""Migration operations for what only PostgreSQL has: the text search configuration and indexes.

On SQLite these do nothing; the fallback needs no schema beyond the ``zoektermen`` column.
The GIN index is created here rather than in ``Meta.indexes`` because SQLite cannot create it.
"""

from __future__ import annotations

from django.db.migrations.operations import RunSQL


class RunSQLOnPostgres(RunSQL):
    def database_forwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state) -> None:
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)

    def describe(self) -> str:
        return "Raw SQL operation on PostgreSQL only"


def search_vector_index(table: str) -> RunSQLOnPostgres:
    name = f"{table}_zoekvector_gin"[:63]
    return RunSQLOnPostgres(
        sql=f'CREATE INDEX "{name}" ON "{table}" USING gin ("zoekvector")',
        reverse_sql=f'DROP INDEX IF EXISTS "{name}"',
    )


def trigram_index(table: str, column: str) -> RunSQLOnPostgres:
    """A trigram index on the accent-folded ``column``, for ``word <% public.sp_unaccent(col)``."""
    name = f"{table}_{column}_trgm"[:63]
    return RunSQLOnPostgres(
        sql=(
            f'CREATE INDEX "{name}" ON "{table}" '
            f'USING gin (public.sp_unaccent("{column}") gin_trgm_ops)'
        ),
        reverse_sql=f'DROP INDEX IF EXISTS "{name}"',
    )
