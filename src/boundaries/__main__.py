"""`python -m boundaries` runs the command line."""

from boundaries.cli.main import main

main()
