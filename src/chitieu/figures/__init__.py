"""Figures with their history: every reported value is a vintage, never an overwrite."""
