"""Calendars: the feed of standing calls, the consultant's busy times, CalDAV (SPEC §11)."""
