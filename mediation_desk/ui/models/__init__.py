"""Table models: one per table, given domain rows, never holding a database session."""
