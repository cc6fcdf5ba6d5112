"""Django's SQLite backend, made safe for concurrent writers.

The embedded default must survive two people saving at the same moment. Three settings do
that together (see ``samenwerking.settings.base``):

- WAL journal mode, so readers never wait for a writer and a writer never waits for readers;
- a busy timeout, so a writer waits for the other writer's lock instead of failing at once;
- write transactions that take the write lock at their start (``BEGIN IMMEDIATE``). A deferred
  transaction that reads first and writes later cannot wait for the lock: SQLite answers
  "database is locked" at once, because its snapshot may be stale.

Only requests that may write (POST and the other unsafe methods, marked by
``samenwerking.middleware.write_transactions``) begin immediately. With ``ATOMIC_REQUESTS``
every GET is a transaction too, and an immediate one would make every reader queue behind
every writer; Django's own ``transaction_mode`` option cannot tell the two apart.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.backends.sqlite3 import base

_writing: ContextVar[bool] = ContextVar("sqlite_write_transactions", default=False)


@contextmanager
def write_transactions():
    """Transactions begun inside this block take SQLite's write lock at once."""
    token = _writing.set(True)
    try:
        yield
    finally:
        _writing.reset(token)


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        connection = super().get_new_connection(conn_params)
        if not self.is_in_memory_db():
            # Persistent in the file, but cheap to repeat; NORMAL is safe with WAL (a power
            # cut may lose the last commits, never corrupt the database).
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
        return connection

    def _start_transaction_under_autocommit(self):
        if _writing.get():
            self.cursor().execute("BEGIN IMMEDIATE")
        else:
            super()._start_transaction_under_autocommit()
