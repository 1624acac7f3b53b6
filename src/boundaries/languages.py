"""The languages Boundaries speaks to clients and to the consultant (SPEC §2), in a module of
its own so that what only needs their names (the CLI at start-up) does not load Babel."""

LANGUAGES = ("fr", "en")
