"""The REST API (django-ninja): plans, targets, statuses and figures, with OpenAPI."""
