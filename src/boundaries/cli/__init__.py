"""The `boundaries` command: parses arguments, calls the core, prints what it returns."""
