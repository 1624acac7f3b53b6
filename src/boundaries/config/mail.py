"""The `[mail]` section: server URL shapes, password files, folders and the reply time
(SPEC §10)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from boundaries.config.calendars import clock_time
from boundaries.config.checks import email_problem
from boundaries.config.errors import told
from boundaries.config.schema import MailSpec
from boundaries.domain.model import Mail
from boundaries.errors import Said


class Problems(Protocol):
    def add(self, loc: tuple[str | int, ...], message: str) -> None: ...


PASSWORD_FILES = {
    "smtp_password_file": "BOUNDARIES_SMTP_PASSWORD",
    "imap_password_file": "BOUNDARIES_IMAP_PASSWORD",
}
MAIL_SCHEMES = {
    "smtp_url": ("smtp", "smtps", "smtp+starttls"),
    "imap_url": ("imap", "imaps"),
}


def mail_settings(spec: MailSpec, out: Problems, folder: Path = Path()) -> Mail | None:
    """The `[mail]` section: URL shapes checked here; a password file (relative to `folder`,
    the configuration file's) must be a readable file, but is not read at load time."""
    ok = True
    for key, schemes in MAIL_SCHEMES.items():
        url = getattr(spec, key)
        if url is None:
            continue
        problem = _mail_url_problem(url, schemes)
        if problem:
            out.add(("mail", key), problem)
            ok = False
    files: dict[str, str | None] = {}
    for key, env in PASSWORD_FILES.items():
        raw = getattr(spec, key)
        files[key] = None if raw is None else _beside(raw, folder)
        if files[key] is not None and (problem := _password_file_problem(str(files[key]), env)):
            out.add(("mail", key), problem)
            ok = False
    reply_at = clock_time(spec.reply_at)
    if reply_at is None:
        out.add(("mail", "reply_at"), told("mail.reply_at", value=spec.reply_at))
        ok = False
    if spec.from_ is not None and (problem := email_problem(spec.from_)) is not None:
        out.add(("mail", "from"), problem)
        ok = False
    if not ok or reply_at is None:
        return None
    return Mail(
        smtp_url=spec.smtp_url,
        imap_url=spec.imap_url,
        smtp_password_file=files["smtp_password_file"],
        imap_password_file=files["imap_password_file"],
        inbox=spec.inbox,
        sent_folder=spec.sent_folder,
        sender=spec.from_,
        reply_at=reply_at,
        approve_replies=spec.approve_replies,
        agenda_hours_before=spec.agenda_hours_before,
    )


def _mail_url_problem(url: str, schemes: tuple[str, ...]) -> Said | None:
    """Why `url` is not a server URL of one of `schemes` (with a host, without a password),
    with the fix; None when it is."""
    given = url.split("://", 1)[0].lower() if "://" in url else ""
    # the scheme the user wrote, when it is one of them: "imaps://" keeps its encryption in
    # the fix (trial40 §7: an imaps:// URL was told to be written imap://)
    shape = f"{given if given in schemes else schemes[0]}://user@host:port"
    fix = told("mail.url_fix", shape=shape, schemes=", ".join(schemes))
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError as exc:
        return told("mail.url_unreadable", url=url, why=exc, fix=fix)
    if parts.scheme not in schemes:
        return told("mail.url_scheme", url=url, scheme=parts.scheme, fix=fix)
    if not parts.hostname:
        return told("mail.url_no_host", url=url, fix=fix)
    if schemes[0] == "imap" and not parts.username:
        # an SMTP relay may take mail without a login; an IMAP server never opens a mailbox
        # without one (RFC 9051 §6.2): `mail sync` would fail at every cycle (trial38 §7)
        return told("mail.url_no_user", url=url, fix=fix)
    if parts.password is not None:
        env = "BOUNDARIES_SMTP_PASSWORD" if schemes[0] == "smtp" else "BOUNDARIES_IMAP_PASSWORD"
        return told("mail.url_password", env=env)
    return None


def _beside(raw: str, folder: Path) -> str:
    """A path of the configuration file, relative to its folder."""
    path = Path(raw).expanduser()
    return str(path if path.is_absolute() else folder / path)


def _password_file_problem(path: str, env: str) -> Said | None:
    """Why the password file at `path` cannot be read when a connection needs it; None when it
    can. Checked without reading it: the password is read only to log in."""
    fix = told("mail.password_fix", env=env)
    found = Path(path)
    if not found.exists():
        return told("mail.password_missing", path=path, fix=fix)
    if not found.is_file():
        return told("mail.password_not_a_file", path=path, fix=fix)
    if not os.access(found, os.R_OK):
        return told("mail.password_unreadable", path=path, fix=fix)
    return None
