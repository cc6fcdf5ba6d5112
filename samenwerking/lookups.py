"""``__in`` lookups on integer columns ignore numbers the column cannot hold, and texts that
are no number.

Django answers ``pk=9223372036854775808`` with "no rows" on every database (an exact lookup
checks the column's range), but not ``pk__in=[...]``: SQLite then raises ``OverflowError`` while
binding the parameter. Every multiple-choice field (``ModelMultipleChoiceField`` checks its ids
with ``pk__in``), every filter of ids and every id list in the URL goes through these lookups,
so a number beyond the column's range is simply an id that does not exist: an invalid choice
in a form, nothing found in a list, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from django.db.models import ForeignKey, IntegerField
from django.db.models.fields.related_lookups import RelatedIn
from django.db.models.lookups import In


def integer_range(field, connection) -> tuple[int | None, int | None]:
    """The smallest and largest value the column of ``field`` holds (``None``: unbounded)."""
    target = getattr(field, "target_field", None) or field
    return connection.ops.integer_field_ranges.get(target.get_internal_type(), (None, None))


def is_integer_text(value) -> bool:
    try:
        int(value)
    except ValueError:
        return False
    return True


class InRangeMixin:
    def get_prep_lookup(self):
        # A typed id that is no number at all ("abc") is likewise an id that does not exist;
        # Django raises ValueError instead (the admin's autocomplete widget then fails to show
        # a form with such a value).
        if self.rhs_is_direct_value() and not isinstance(self.rhs, str):
            self.rhs = [v for v in self.rhs if not isinstance(v, str) or is_integer_text(v)]
        return super().get_prep_lookup()

    def process_rhs(self, compiler, connection):
        if self.rhs_is_direct_value():
            low, high = integer_range(self.lhs.output_field, connection)
            self.rhs = [
                value
                for value in self.rhs
                if not isinstance(value, int)
                or ((low is None or value >= low) and (high is None or value <= high))
            ]
        return super().process_rhs(compiler, connection)


@IntegerField.register_lookup
class IntegerFieldIn(InRangeMixin, In):
    pass


@ForeignKey.register_lookup
class ForeignKeyIn(InRangeMixin, RelatedIn):
    pass
