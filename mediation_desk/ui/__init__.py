"""The desktop application (PySide6): windows, views, dialogs and table models."""
