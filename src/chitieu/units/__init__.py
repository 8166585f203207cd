"""Administrative units over time, their lineage, and aggregation in any date's scope."""
