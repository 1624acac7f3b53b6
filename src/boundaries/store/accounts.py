"""Account names: short ids like a client's, checked wherever a name reaches the store (SPEC
§2: every row belongs to an account; §9: bad input refused with its fix)."""

from __future__ import annotations

import re
from collections.abc import Sequence

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


def unknown_account_message(name: str, known: list[str], email: str | None = None) -> str:
    """Why `name` is refused when the database holds the accounts `known` (sorted), with the
    fix: a mistyped `--account`, or an account not made yet (by `user add`, with its first
    login: `email`, the configuration's consultant, when the command has a configuration)."""
    held = "it holds " + ", ".join(repr(k) for k in known) if known else "it holds none yet"
    login = email or "EMAIL"
    if name == "default":  # the account of a service started without --account
        made = "`boundaries serve` with this database makes it on start"
    else:
        made = f"`boundaries user add {login} --account {name}` makes it, with its first login"
    check = "check --account and --database"
    if name == "default" and known:
        check = "pass the --account its service was started with, and check --database"
    return (
        f"no account {name!r} in this database ({held}). Fix: {check}; if {name!r} is meant "
        f"to be new, {made}."
    )


def consultant_clash(
    account: str,
    kept: tuple[str | None, str | None],
    consultant: tuple[str, str],
    logins: Sequence[str] = (),
) -> str | None:
    """Why a command with a configuration for `consultant` (name, email) may not read or write
    `account`, with the fix; None when it may. `kept` (name, email) is the consultant the
    account is kept for, (None, None) when no service has claimed it yet; `logins` are the
    addresses of its dashboard logins.

    The same consultant keeps the account when either the name or the address is unchanged
    (one of them may have been corrected); both different is another consultant, whose calls
    would count in this one's allowances and figures (SPEC §2). An account not claimed yet
    but made by `user add` belongs to its logins: a configuration whose consultant's email is
    none of them is another consultant's (SPEC §12)."""
    kept_name, kept_email = kept
    name, email = consultant
    own = _suggested(email, account)
    made = (
        f"`boundaries user add {email} --account {own}` makes it; then --account {own}, "
        "the same with every command"
        if own != "NAME"
        else "`boundaries user add EMAIL --account NAME` makes it; then the same --account "
        "with every command"
    )
    if kept_name is None and kept_email is None:
        if not logins or any(_same(login, email) for login in logins):
            return None
        whose = ", ".join(sorted(logins))
        return (
            f"account {account!r} was made for the login(s) {whose}, and this configuration "
            f"describes {name} <{email}>, who is none of them: their calls, allowances and "
            f"figures would mix. Fix: use the configuration of the consultant the account was "
            f"made for, or give this consultant an account of their own ({made}); if "
            f"{account!r} is this consultant's, first add the configuration's address as one "
            f"of its logins (`boundaries user add {email} --account {account}`)."
        )
    if _same(kept_name, name) or _same(kept_email, email):
        return None
    return (
        f"account {account!r} is kept for {kept_name} <{kept_email}>, but this configuration "
        f"describes {name} <{email}>: their calls, allowances and figures would mix. Fix: give "
        f"this consultant an account of their own ({made}), or use {kept_name}'s "
        "configuration."
    )


def _same(kept: str | None, given: str) -> bool:
    return (
        kept is not None and " ".join(kept.split()).casefold() == " ".join(given.split()).casefold()
    )


def _suggested(email: str, taken: str) -> str:
    """An account name made from the local part of `email` ("bob@…" → "bob"), else NAME."""
    local = re.sub(r"[^a-z0-9_-]+", "-", email.partition("@")[0].lower()).strip("-_")[:64]
    return local if local and local != taken and ACCOUNT_NAME.fullmatch(local) else "NAME"
