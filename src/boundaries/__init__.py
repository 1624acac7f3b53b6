"""Boundaries: keeps an independent consultant's client communication on the consultant's terms."""

__version__ = "0.1.0"
