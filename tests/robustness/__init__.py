"""Property-based robustness tests: hostile and careless input for every form and list.

- ``test_site_forms``: every form of the site, as the role that submits it;
- ``test_admin_forms``: the add and change form of every model in the beheer;
- ``test_raw_bodies``: the site's forms with invalid UTF-8 and mismatched content types;
- ``test_query_strings``: the query strings of every list, search page, feed and change list;
- ``test_url_ids``: every address with an id or slug in it;
- ``test_extreme_values``: valid but extreme data, then every page that shows it;
- ``test_harness``: the checks themselves.

``harness`` holds what every test asserts, ``strategies`` the Hypothesis strategies,
``site_forms`` the forms and their roles, ``conftest`` the Hypothesis profiles (the default
``ci``; ``HYPOTHESIS_PROFILE=thorough`` for twenty times the examples) and the test data.
"""
