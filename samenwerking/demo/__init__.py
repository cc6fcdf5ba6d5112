"""Demo data for ``manage.py load_demo``: real cooperations, generated ones and demo users.

``real`` and ``generated`` only describe verbanden (as ``spec.VerbandSpec``); ``loader`` writes
them to the database idempotently, keyed on slugs and names, so a second run changes nothing.
"""
