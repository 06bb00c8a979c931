"""Storage: SQLAlchemy models, Alembic migrations, mapping rows to domain objects."""
