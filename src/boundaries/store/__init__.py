"""Durable storage of what happened: SQLAlchemy 2 on SQLite (default) or PostgreSQL."""

from boundaries.store.database import DEFAULT_URL, Store, database_url
from boundaries.store.faults import StoreError
from boundaries.store.jobs import Job, JobQueue, NewJob
from boundaries.store.records import StoredEvent

__all__ = [
    "DEFAULT_URL",
    "Job",
    "JobQueue",
    "NewJob",
    "Store",
    "StoreError",
    "StoredEvent",
    "database_url",
]
