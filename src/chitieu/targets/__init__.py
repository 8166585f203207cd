"""Resolutions' targets: the plan model, its file format and the bundled plans."""
