"""Names shared by the migrations and the queries on PostgreSQL."""

# A copy of PostgreSQL's ``dutch`` configuration that folds accents first (``unaccent``), so
# that "Fryslan" finds "Fryslân"; created by samenwerking's migration 0003.
TS_CONFIG = "public.dutch_unaccent"
