"""Whether emergencies can reach the consultant: the warning `check` prints and `serve` logs."""

from __future__ import annotations

from boundaries.domain.model import Config


def missing_channel(
    config: Config, has_channel: bool, named: bool = True, lang: str = "en"
) -> str | None:
    """The warning to show when a client may press 1 for an emergency but no notification can
    be sent (SPEC §7), else None. `named` (the log, `check`) lists those clients by id, in
    `lang` (`warn.no_channel` of the check catalogue: `check` speaks the consultant's
    language); without it (`/healthz`, which anyone may read) only how many there are, in
    English: no client data."""
    urgent = [c.id for c in config.clients if c.urgent_line]
    if has_channel or not urgent:
        return None
    if named:
        from boundaries.i18n import said

        return said("check", lang, "warn.no_channel", clients=", ".join(urgent), n=len(urgent))
    from boundaries.i18n import number

    many = number(len(urgent))
    have = f"{many} {many:client has|clients have}"
    return (
        f"{have} urgent_line = true but no notification channel is "
        "configured: emergencies are stored, not sent, and no greeting, reply or script tells "
        "clients the consultant is alerted (their urgent messages are heard first). Fix: add "
        '[service] notify = ["ntfy://ntfy.sh/your-topic"] (any Apprise URL).'
    )
