"""The benchmark: realistic volume in a throwaway database, latency percentiles per page, and
a framework floor (a view that does nothing) measured in the same run."""
