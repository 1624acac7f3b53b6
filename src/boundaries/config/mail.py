"""The `[mail]` section: server URL shapes, password files, folders and the reply time
(SPEC §10)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from boundaries.config.calendars import clock_time
from boundaries.config.checks import email_problem
from boundaries.config.schema import MailSpec
from boundaries.domain.model import Mail


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
        out.add(
            ("mail", "reply_at"),
            f"{spec.reply_at!r} is not a time. Fix: write it as 'HH:MM', e.g. '17:00'.",
        )
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


def _mail_url_problem(url: str, schemes: tuple[str, ...]) -> str | None:
    shape = f"{schemes[0]}://user@host:port"
    fix = f"Fix: write it like '{shape}' (schemes: {', '.join(schemes)})."
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError as exc:
        return f"cannot read {url!r} ({exc}). {fix}"
    if parts.scheme not in schemes:
        return f"{url!r}: unknown scheme {parts.scheme!r}. {fix}"
    if not parts.hostname:
        return f"{url!r} names no host. {fix}"
    if parts.password is not None:
        return (
            "the URL holds a password; it would sit in the file in clear. Fix: remove it and set "
            + ("BOUNDARIES_SMTP_PASSWORD" if schemes[0] == "smtp" else "BOUNDARIES_IMAP_PASSWORD")
            + " or the matching *_password_file key."
        )
    return None


def _beside(raw: str, folder: Path) -> str:
    """A path of the configuration file, relative to its folder."""
    path = Path(raw).expanduser()
    return str(path if path.is_absolute() else folder / path)


def _password_file_problem(path: str, env: str) -> str | None:
    """Why the password file at `path` cannot be read when a connection needs it; None when it
    can. Checked without reading it: the password is read only to log in."""
    fix = (
        "Fix: check the path (relative to this configuration file), or remove the key and "
        f"set {env}."
    )
    found = Path(path)
    if not found.exists():
        return f"{path}: no such file. {fix}"
    if not found.is_file():
        return f"{path} is not a file. {fix}"
    if not os.access(found, os.R_OK):
        return f"{path} cannot be read by this user (permissions). {fix}"
    return None
