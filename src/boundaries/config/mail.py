"""The `[mail]` section: server URL shapes and the reply time (SPEC §10)."""

from __future__ import annotations

from typing import Protocol
from urllib.parse import urlsplit

from boundaries.config.calendars import clock_time
from boundaries.config.checks import email_problem
from boundaries.config.schema import MailSpec
from boundaries.domain.model import Mail


class Problems(Protocol):
    def add(self, loc: tuple[str | int, ...], message: str) -> None: ...


MAIL_SCHEMES = {
    "smtp_url": ("smtp", "smtps", "smtp+starttls"),
    "imap_url": ("imap", "imaps"),
}


def mail_settings(spec: MailSpec, out: Problems) -> Mail | None:
    """The `[mail]` section: URL shapes checked here, passwords never read at load time."""
    ok = True
    for key, schemes in MAIL_SCHEMES.items():
        url = getattr(spec, key)
        if url is None:
            continue
        problem = _mail_url_problem(url, schemes)
        if problem:
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
        smtp_password_file=spec.smtp_password_file,
        imap_password_file=spec.imap_password_file,
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
