"""SQLite backend for several people writing at once (see ``base``)."""
