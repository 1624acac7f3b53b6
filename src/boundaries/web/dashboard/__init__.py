"""The consultant's dashboard (SPEC §12): pages, charts and their wording."""
