"""Account names: short ids like a client's, checked wherever a name reaches the store (SPEC
§2: every row belongs to an account; §9: bad input refused with its fix)."""

from __future__ import annotations

import re

from boundaries.errors import BoundariesError

ACCOUNT_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
"""1 to 64 characters: lowercase letters, digits, "-" and "_", not starting with "-" or "_"."""


class AccountNameError(BoundariesError):
    """An account name that is not a short id; the message says why and gives the fix."""


class AccountTakenError(BoundariesError):
    """An account kept for another consultant than the configuration's; the message names
    both and gives the fix (`--account` of one's own)."""


def account_name_problem(name: str) -> str | None:
    """Why `name` cannot be an account's name, with the fix; None when it can."""
    if ACCOUNT_NAME.fullmatch(name):
        return None
    shown = repr(name if len(name) <= 40 else name[:40] + "…")
    if not name:
        why = "is empty"
    elif len(name) > 64:
        why = f"is {len(name)} characters long (at most 64)"
    else:
        why = (
            'may hold only lowercase letters, digits, "-" and "_", and start with a letter or digit'
        )
    return f'account name {shown} {why}. Fix: use a short id like "default" or "cabinet-martin".'


def checked_account_name(name: str) -> str:
    """`name` when it is a valid account name; else `AccountNameError` naming the problem."""
    problem = account_name_problem(name)
    if problem is not None:
        raise AccountNameError(problem)
    return name


class UnknownAccount(BoundariesError):
    """An account name this database does not hold; the message names those it holds and
    how to make one."""


def unknown_account_message(name: str, known: list[str]) -> str:
    """Why `name` is refused when the database holds the accounts `known` (sorted), with the
    fix: a mistyped `--account`, or an account not made yet."""
    held = "it holds " + ", ".join(repr(k) for k in known) if known else "it holds none yet"
    if name == "default":  # the service's own account: made by `serve` on start
        made = "`boundaries serve` with this database makes it on start"
    else:
        made = f"`boundaries user add EMAIL --account {name}` makes it, with its first login"
    return (
        f"no account {name!r} in this database ({held}). Fix: check --account and --database "
        f"(the service runs for 'default'); if {name!r} is meant to be new, {made}."
    )


def consultant_clash(
    account: str, kept: tuple[str | None, str | None], consultant: tuple[str, str]
) -> str | None:
    """Why a service for `consultant` (name, email) may not write `account`, kept for `kept`
    (name, email; (None, None) when no service has claimed it yet), with the fix; None when
    it may. The same consultant keeps the account when either the name or the address is
    unchanged (one of them may have been corrected); both different is another consultant,
    whose calls would count in this one's allowances and figures (SPEC §2)."""
    kept_name, kept_email = kept
    if kept_name is None and kept_email is None:
        return None
    name, email = consultant
    if _same(kept_name, name) or _same(kept_email, email):
        return None
    return (
        f"account {account!r} is kept for {kept_name} <{kept_email}>, but this configuration "
        f"describes {name} <{email}>: their calls, allowances and figures would mix. Fix: give "
        f"this consultant an account of their own (--account {_suggested(email, account)}, the "
        f"same with every command), or start with {kept_name}'s configuration."
    )


def _same(kept: str | None, given: str) -> bool:
    return (
        kept is not None and " ".join(kept.split()).casefold() == " ".join(given.split()).casefold()
    )


def _suggested(email: str, taken: str) -> str:
    """An account name made from the local part of `email` ("bob@…" → "bob"), else NAME."""
    local = re.sub(r"[^a-z0-9_-]+", "-", email.partition("@")[0].lower()).strip("-_")[:64]
    return local if local and local != taken and ACCOUNT_NAME.fullmatch(local) else "NAME"
