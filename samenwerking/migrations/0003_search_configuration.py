"""PostgreSQL search setup: unaccent and pg_trgm, and a Dutch configuration that folds accents.

Both extensions are "trusted" since PostgreSQL 13, so the database owner may create them; no
superuser is needed. Nothing happens on SQLite.
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

from samenwerking.search.operations import RunSQLOnPostgres


class Migration(migrations.Migration):
    dependencies = [("samenwerking", "0002_user_gemeente")]

    operations = [
        UnaccentExtension(),
        TrigramExtension(),
        RunSQLOnPostgres(
            sql="""
                CREATE TEXT SEARCH CONFIGURATION public.dutch_unaccent (COPY = pg_catalog.dutch);
                ALTER TEXT SEARCH CONFIGURATION public.dutch_unaccent
                    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
            """,
            reverse_sql="DROP TEXT SEARCH CONFIGURATION IF EXISTS public.dutch_unaccent;",
        ),
    ]
