"""The base of every error a user can fix: the CLI prints it, the web answers it with a 4xx."""


class BoundariesError(Exception):
    """Something in the user's input or setup is wrong; the message names it and the fix."""


def reason(exc: BaseException) -> str:
    """What `exc` says, for "(…)" in a message: its text, else its type's name — a library
    error raised without words (EOFError(), an empty protocol error) would print "()"."""
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
