"""Background work of the live service: stored jobs, run and retried by one runner."""

from boundaries.jobs.runner import JobRunner, Kind

__all__ = ["JobRunner", "Kind"]
