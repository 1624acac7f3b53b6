"""The base of every error a user can fix: the CLI prints it, the web answers it with a 4xx."""


class BoundariesError(Exception):
    """Something in the user's input or setup is wrong; the message names it and the fix."""
