"""PostgreSQL: an immutable accent-folding function, so trigram indexes can hold folded names.

``unaccent()`` itself is only STABLE (its dictionary could change), which PostgreSQL refuses in
an index expression; the wrapper names its dictionary explicitly, the usual way to index it.
Nothing happens on SQLite.
"""

from django.db import migrations

from samenwerking.search.operations import RunSQLOnPostgres


class Migration(migrations.Migration):
    dependencies = [("samenwerking", "0003_search_configuration")]

    operations = [
        RunSQLOnPostgres(
            sql="""
                CREATE OR REPLACE FUNCTION public.sp_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
            """,
            reverse_sql="DROP FUNCTION IF EXISTS public.sp_unaccent(text);",
        ),
    ]
