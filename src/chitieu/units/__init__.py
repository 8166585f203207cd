"""Administrative units and agencies over time: validity intervals, lineage, and
aggregation in any date's scope."""
