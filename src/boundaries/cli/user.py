"""`boundaries user add EMAIL`: the consultant's login to the dashboard (SPEC §12)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import click

from boundaries.cli.language import read_config, speak, spoken
from boundaries.cli.options import (
    account_option,
    config_here,
    database_option,
    spoken_config_option,
)
from boundaries.i18n import said

if TYPE_CHECKING:
    from boundaries.store import Store

PASSWORD_ENV = "BOUNDARIES_PASSWORD"


@click.group("user")
def user_group() -> None:
    """Manage the logins of the dashboard.

    Example:

        \b
        boundaries user add claire@conseil.example
        boundaries user list
    """


def read_password(prompt: bool) -> str:
    """The password from BOUNDARIES_PASSWORD, else typed twice at the terminal."""
    given = os.environ.get(PASSWORD_ENV)
    if given:
        return given
    lang = spoken()
    if not prompt:
        raise click.UsageError(_say(lang, "user.password_missing", env=PASSWORD_ENV))
    value: str = click.prompt(
        _say(lang, "user.password_prompt"),
        hide_input=True,
        confirmation_prompt=_say(lang, "user.password_repeat"),
    )
    return value


def _say(lang: str, key: str, /, **values: object) -> str:
    return said("accounts", lang, key, **values)


def _speak_the_consultants(config_path: str | None) -> None:
    """From now on the command speaks the consultant's language (SPEC §2), read from the
    configuration given (--config, BOUNDARIES_CONFIG) or `boundaries.toml` here, as `outbox`
    does; with none, the terminal's (trial40 §7: `user add` answered in English beside a
    French service). Raises `ConfigError` for a configuration given that is refused."""
    path = config_here(config_path)
    if path is not None:
        read_config(path)


@user_group.command("add")
@click.argument("email")
@account_option("Whose data it sees.")
@click.option(
    "--language",
    type=click.Choice(["fr", "en"]),
    help="Language of the pages (default: the consultant's).",
)
@click.option(
    "--update", is_flag=True, help="Set a new password for an existing login (ends its sessions)."
)
@click.option(
    "--if-missing", is_flag=True, help="Do nothing when the login already exists (scripts)."
)
@click.option(
    "--join",
    is_flag=True,
    help="Add the login to an account that already exists, beside its logins: it will see "
    "all of that account's calls, voicemails and figures. Without it, `user add` only makes "
    "a new account (or the first login of one), so nobody is let into another "
    "consultant's account by a mistyped --account.",
)
@click.option(
    "--create",
    is_flag=True,
    help="Create the database when it does not exist yet (a new installation, before the "
    "first `serve`); without it a missing database is refused.",
)
@database_option
@spoken_config_option
def add_command(
    email: str,
    account: str,
    language: str | None,
    update: bool,
    if_missing: bool,
    join: bool,
    create: bool,
    database: str | None,
    config_path: str | None,
) -> None:
    """Create a login for the dashboard; the password is read from the terminal or from
    BOUNDARIES_PASSWORD, and stored as an Argon2id hash (at least 12 characters). A new
    --account is made with its first login; a login is added to an account that already has
    one (or is kept for another consultant) only with --join.

    Example:

        \b
        BOUNDARIES_PASSWORD='correct horse battery' boundaries user add claire@conseil.example
        boundaries user add assistant@conseil.example --account claire --join
    """
    from boundaries.cli.store_access import open_existing
    from boundaries.store import Store
    from boundaries.store.users import Logins, UserError, normal_email
    from boundaries.web.auth import hash_password

    _speak_the_consultants(config_path)
    speak(language)  # the login's language, when given, is the one its messages use
    lang = spoken()
    address = normal_email(email)
    if "@" not in address or len(address) > 254 or any(c.isspace() for c in address):
        raise click.BadParameter(
            _say(lang, "user.not_email", given=repr(email)), param_hint="EMAIL"
        )
    # A login in a database the service does not use would sign nobody in.
    store = Store.open(database) if create else open_existing(database)
    try:
        logins = Logins(store)
        existing = logins.user(address)
        if existing is not None and if_missing:
            click.echo(_say(lang, "user.left", email=address))
            return
        # Refused before the password is asked for: another's account, a --join typo, a
        # new password asked for a login of another account than the one named.
        elsewhere = existing.account if existing is not None else account
        if update and elsewhere != account and _named(click.get_current_context(), "account"):
            raise UserError(
                lambda lang: _say(
                    lang, "user.update_elsewhere", email=address, name=account, its=elsewhere
                )
            )
        if existing is not None and not update:
            # refused here, before any account is made for it: a typo in --account must not
            # leave a new, empty account behind (trial32 §3)
            raise UserError(lambda lang: said("accounts", lang, "user.exists", email=address))
        whose = _joined(store, account, address, join) if existing is None else None
        password_hash = hash_password(read_password(prompt=os.isatty(0)))
        if existing is not None and update:
            logins.set_password(address, password_hash)
            click.echo(_say(lang, "user.password_set", email=address))
            return
        logins.add_user(store.account_id(account), address, password_hash, language)
    finally:
        store.close()
    if whose:
        click.echo(_say(lang, "user.joined", email=address, name=account, whose=whose))
    else:
        click.echo(_say(lang, "user.created", email=address, name=account))


def _named(ctx: click.Context, option: str) -> bool:
    """Whether `option` was given on the command line or in the environment, not defaulted."""
    source = ctx.get_parameter_source(option)
    return source not in (None, click.core.ParameterSource.DEFAULT)


def _joined(store: Store, account: str, address: str, join: bool) -> str | None:
    """Whether `address` may become a login of `account` (SPEC §2, §12): raises `UserError`
    (with the fix) when the account exists and is someone's (`second_login_problem`) unless
    `join`, or when `join` names an account the database does not hold (a typo would make a
    new one). Returns whose the account already is, for the message, when it is joined."""
    from boundaries.store.accounts import holders, quoted_list, second_login_problem
    from boundaries.store.users import UserError

    found = store.account_holders(account)
    if found is None:
        if join:
            known = store.account_names()
            raise UserError(
                lambda lang: _say(
                    lang,
                    "account.join_missing",
                    name=account,
                    email=address,
                    held=_say(lang, "account.held", names=quoted_list(lang, known))
                    if known
                    else _say(lang, "account.held_none"),
                )
            )
        return None
    kept, logins = found
    if not join and second_login_problem(account, address, kept, logins) is not None:
        raise UserError(
            lambda lang: second_login_problem(account, address, kept, logins, lang) or ""
        )
    return holders(spoken(), kept, logins) if logins else None


@user_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@database_option
@spoken_config_option
def list_command(as_json: bool, database: str | None, config_path: str | None) -> None:
    """List the logins of the dashboard: address, account and language (no secret).

    Example:

        \b
        boundaries user list --database sqlite:///var/boundaries.sqlite3
    """
    import json

    from boundaries.cli.store_access import open_existing
    from boundaries.store.users import Logins

    _speak_the_consultants(config_path)
    store = open_existing(database)
    try:
        users = Logins(store).users()
    finally:
        store.close()
    lang = spoken()
    for user in users:
        fields = {"email": user.email, "account": user.account, "language": user.language}
        if as_json:
            click.echo(json.dumps(fields, ensure_ascii=False))
        else:
            language = user.language or _say(lang, "user.consultants_language")
            click.echo(
                _say(lang, "user.listed", email=user.email, name=user.account, language=language)
            )
    if not users and not as_json:
        click.echo(_say(lang, "user.none"))


@user_group.command("remove")
@click.argument("email")
@database_option
@spoken_config_option
def remove_command(email: str, database: str | None, config_path: str | None) -> None:
    """Remove a login and close its sessions; the account's data stays.

    Example:

        \b
        boundaries user remove bob@other.example
    """
    from boundaries.cli.store_access import open_existing
    from boundaries.store.users import Logins, UserError, normal_email

    _speak_the_consultants(config_path)
    store = open_existing(database)
    try:
        removed = Logins(store).remove(email)
    finally:
        store.close()
    address = normal_email(email)
    if not removed:
        raise UserError(lambda lang: _say(lang, "user.unknown", email=address))
    click.echo(_say(spoken(), "user.removed", email=address))
