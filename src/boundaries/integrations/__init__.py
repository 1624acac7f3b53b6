"""Adapters to the outside world, one folder per integration."""
