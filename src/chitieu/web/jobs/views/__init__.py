"""The job pages."""
