"""The translatable layer: sentences and labels from codes, formatted dates and numbers, for UI and CLI."""
