"""Imports and exports: functions from domain data to bytes or files and back."""
