"""Where every target stands, and why: statuses, averages, forecasts and explanations."""
