"""Account names: short ids like a client's, checked wherever a name reaches the store (SPEC
§2: every row belongs to an account; §9: bad input refused with its fix)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from boundaries.errors import SaidError
from boundaries.i18n import said

ACCOUNT_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
"""1 to 64 characters: lowercase letters, digits, "-" and "_", not starting with "-" or "_"."""


def _say(lang: str, key: str, **values: object) -> str:
    return said("accounts", lang, key, **values)


def quoted_list(lang: str, names: Sequence[str]) -> str:
    """`names` each quoted as `lang` quotes a name ('bob', « bob »), joined."""
    return _say(lang, "cli.and").join(_say(lang, "cli.quoted", name=n) for n in names)


class AccountNameError(SaidError):
    """An account name that is not a short id; the message says why and gives the fix."""


class AccountTakenError(SaidError):
    """An account kept for another consultant than the configuration's; the message names
    both and gives the fix (`--account` of one's own)."""


def account_name_problem(name: str, lang: str = "en") -> str | None:
    """Why `name` cannot be an account's name, with the fix, in `lang`; None when it can."""
    if ACCOUNT_NAME.fullmatch(name):
        return None
    shown = repr(name if len(name) <= 40 else name[:40] + "…")
    if not name:
        why = _say(lang, "account.name_empty")
    elif len(name) > 64:
        why = _say(lang, "account.name_too_long", length=len(name))
    else:
        why = _say(lang, "account.name_characters")
    return _say(lang, "account.name_bad", shown=shown, why=why)


def checked_account_name(name: str) -> str:
    """`name` when it is a valid account name; else `AccountNameError` naming the problem."""
    if account_name_problem(name) is not None:
        raise AccountNameError(lambda lang: account_name_problem(name, lang) or "")
    return name


class UnknownAccount(SaidError):
    """An account name this database does not hold; the message names those it holds and
    how to make one."""


def unknown_account_message(
    name: str, known: list[str], email: str | None = None, lang: str = "en"
) -> str:
    """Why `name` is refused when the database holds the accounts `known` (sorted), with the
    fix, in `lang`: a mistyped `--account`, or an account not made yet (by `user add`, with
    its first login: `email`, the configuration's consultant, when the command has a
    configuration)."""
    if known:
        held = _say(lang, "account.held", names=quoted_list(lang, known))
    else:
        held = _say(lang, "account.held_none")
    if name == "default":  # the account of a service started without --account
        made = _say(lang, "account.made_by_serve")
    else:
        login = email or _say(lang, "cli.email")
        # no account yet: perhaps no database either (a new one is not kept without one), so
        # the command made to make it also makes the database (trial45 B3)
        key = "account.made_by_user_add" if known else "account.made_by_user_add_new"
        made = _say(lang, key, email=login, name=name)
    check = _say(lang, "account.check_default" if name == "default" and known else "account.check")
    return _say(lang, "account.unknown", name=name, held=held, check=check, made=made)


def consultant_clash(
    account: str,
    kept: tuple[str | None, str | None],
    consultant: tuple[str, str],
    logins: Sequence[str] = (),
    lang: str = "en",
) -> str | None:
    """Why a command with a configuration for `consultant` (name, email) may not read or write
    `account`, with the fix, in `lang`; None when it may. `kept` (name, email) is the
    consultant the account is kept for, (None, None) when no service has claimed it yet;
    `logins` are the addresses of its dashboard logins.

    The same consultant keeps the account when either the name or the address is unchanged
    (one of them may have been corrected); both different is another consultant, whose calls
    would count in this one's allowances and figures (SPEC §2). An account not claimed yet
    but made by `user add` belongs to its logins: a configuration whose consultant's email is
    none of them is another consultant's (SPEC §12)."""
    kept_name, kept_email = kept
    name, email = consultant
    own = _suggested(email, account)
    made = (
        _say(lang, "account.own", email=email, own=own)
        if own != "NAME"
        else _say(lang, "account.own_any")
    )
    if kept_name is None and kept_email is None:
        if not logins or any(_same(login, email) for login in logins):
            return None
        return _say(
            lang,
            "account.made_for_logins",
            name=account,
            logins=", ".join(sorted(logins)),
            n=len(logins),
            consultant=f"{name} <{email}>",
            own=made,
            email=email,
        )
    if _same(kept_name, name) or _same(kept_email, email):
        return None
    return _say(
        lang,
        "account.kept_for",
        name=account,
        kept=f"{kept_name} <{kept_email}>",
        consultant=f"{name} <{email}>",
        own=made,
        kept_name=kept_name,
    )


def holders(lang: str, kept: tuple[str | None, str | None], logins: Sequence[str]) -> str | None:
    """Whose an account is, in `lang`: the consultant it is kept for (name, email) and its
    logins' addresses; None when neither."""
    kept_name, kept_email = kept
    shown = f"{kept_name} <{kept_email}>" if kept_email else None
    listed = ", ".join(sorted(logins))
    if shown and logins:
        return _say(lang, "account.whose_both", kept=shown, logins=listed, n=len(logins))
    if shown:
        return _say(lang, "account.whose_kept", kept=shown)
    if not logins:
        return None
    return _say(lang, "account.whose_logins", logins=listed, n=len(logins))


def second_login_problem(
    account: str,
    email: str,
    kept: tuple[str | None, str | None],
    logins: Sequence[str],
    lang: str = "en",
) -> str | None:
    """Why `email` may not become a login of the existing `account` unless the operator says
    so (`user add --join`), with the fix, in `lang`; None when it may (SPEC §2, §12: one
    account never sees another's data). `kept` is the consultant the account is kept for
    ((None, None) before its first service), `logins` its logins' addresses.

    A login sees everything of its account, so one more is an explicit act: refused when the
    account already has logins, or is kept for a consultant whose address `email` is not
    (an account whose logins were all removed is still that consultant's). Free are the
    first login of an account no service has claimed, the first login of `default` (the
    single-consultant installation: `serve` made it, whoever signs in), and the address of
    the consultant the account is kept for."""
    kept_email = kept[1]
    if _same(kept_email, email) or any(_same(login, email) for login in logins):
        return None
    if not logins and (kept_email is None or account == "default"):
        return None
    own = _suggested(email, account)
    return _say(
        lang,
        "account.join_needed",
        name=account,
        whose=holders(lang, kept, logins) or "",
        email=email,
        own=own,
    )


def _same(kept: str | None, given: str) -> bool:
    return (
        kept is not None and " ".join(kept.split()).casefold() == " ".join(given.split()).casefold()
    )


def _suggested(email: str, taken: str) -> str:
    """An account name made from the local part of `email` ("bob@…" → "bob"), else NAME."""
    local = re.sub(r"[^a-z0-9_-]+", "-", email.partition("@")[0].lower()).strip("-_")[:64]
    return local if local and local != taken and ACCOUNT_NAME.fullmatch(local) else "NAME"
