"""The audit trail in the window: who changed which record, when."""
