"""Mediation Desk: scheduling for on-call intercultural mediation services."""

__version__ = "0.1.0"
