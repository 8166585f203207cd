"""The web application: Django storage, auth, admin, i18n and pages over the pure core.

One app per concern, each with the same inner shape (see docs/architecture.md):
``plans`` (plans, targets, measures), ``units`` (administrative units), ``people``
(agencies, roles, assignments, audit), ``figures`` (reporting periods, submissions,
figure vintages) and ``dashboard`` (what leaders and delegates look at).
"""
