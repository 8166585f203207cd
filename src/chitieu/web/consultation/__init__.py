"""Comments on draft documents on the web: drafts and their versions, consultation rounds,
the units' comments (typed or uploaded), the drafting team's responses and the summary
report. The rules are the core's (:mod:`chitieu.consultation`); docs/consultation.md."""
