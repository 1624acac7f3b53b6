"""Durable storage of what happened: SQLAlchemy 2 on SQLite (default) or PostgreSQL."""

from boundaries.store.database import DEFAULT_URL, Store, StoreError, database_url
from boundaries.store.records import StoredEvent

__all__ = ["DEFAULT_URL", "Store", "StoreError", "StoredEvent", "database_url"]
