"""The local workspace: a SQLite database reached through SQLAlchemy Core."""
