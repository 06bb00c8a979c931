"""Requests: the table and its filters, the request form, the ranked candidates beside it."""
