"""Shared ground of the views: app context, translations, labels, background jobs, widgets, table base."""
