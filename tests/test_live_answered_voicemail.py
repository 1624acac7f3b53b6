"""A voicemail status check that an earlier update answers is counted as already answered in
the live service (SPEC §8: the check-ins on items already updated), as the replayed month
counts it: newcomer48 §1 found the live store's transcripts never carried the update, so the
report, the dashboard and the coach said 0 where the reply itself pointed to the update."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from click.testing import CliRunner

from boundaries.cli.main import cli
from boundaries.integrations.mail.cycle import MailCycle
from boundaries.store import Store, StoredEvent
from boundaries.triage.classify import classify
from boundaries.triage.model import Message
from tests.mail_servers import SmtpServer
from tests.mail_support import example_with_mail

PARIS = ZoneInfo("Europe/Paris")
TUESDAY = datetime(2026, 12, 1, tzinfo=PARIS)


def voicemail_call(store: Store, account: int, sid: str, at: datetime, said: str) -> None:
    """A call from Horizon sent to voicemail and its transcript, as the gateway stores them."""
    call = f"CA{sid}"
    verdict = classify(Message(sid, "voicemail", said, at=at))
    store.record(
        account,
        [
            StoredEvent(kind="call", at=at, action="voicemail", client="horizon", sid=call),
            StoredEvent(
                kind="transcription",
                at=at + timedelta(minutes=1),
                action=str(verdict.intent),
                client="horizon",
                sid=sid,
                detail={
                    "status": "completed",
                    "text": said,
                    "call_sid": call,
                    "triage": verdict.as_json(sid),
                },
            ),
        ],
    )


def test_a_live_voicemail_check_answered_by_an_update_is_stored_with_it(
    db_url: str, smtp: SmtpServer, tmp_path: Path
):
    text, config = example_with_mail(f'smtp_url = "{smtp.url}"')
    path = tmp_path / "boundaries.toml"
    path.write_text(text, encoding="utf-8")
    horizon = config.client("horizon")
    assert horizon is not None
    store = Store.open(db_url)
    try:
        account = store.account_id()
        update = StoredEvent(
            kind="update",
            at=TUESDAY - timedelta(days=6),
            action="sent",
            client="horizon",
            sid="upd-site",
            detail={
                "to": horizon.emails[0],
                "subject": "Mise à jour du site : en ligne",
                "text": "Bonjour Marc,\n\nLa mise à jour du site est en ligne depuis ce matin : "
                "les nouvelles pages et le formulaire d'adhésion sont publiés.\n\nClaire",
            },
        )
        store.record(account, [update])
        left = [
            ("TR1", 11, "c'est marc où en est la mise à jour du site"),
            ("TR2", 12, "c'est marc le devis pour la nouvelle brochure tu peux me l'envoyer"),
        ]
        for sid, hour, said in left:
            voicemail_call(store, account, sid, TUESDAY + timedelta(hours=hour), said)
        MailCycle(config, store).run(TUESDAY + timedelta(hours=17))
        answered = store.find(account, "transcription", "TR1")
        other = store.find(account, "transcription", "TR2")
    finally:
        store.close()
    assert answered is not None and answered.detail.get("answered_by") == "upd-site"
    assert other is not None and not other.detail.get("answered_by")
    report = CliRunner().invoke(
        cli,
        ["report", "--config", str(path), "--database", db_url, "--client", "horizon",
         "--now", "2026-12-01T18:00:00+01:00", "--json"],
    )  # fmt: skip
    assert report.exit_code == 0, report.output
    figures = json.loads(report.stdout)["clients"][0]
    assert figures["status_checks"] == 1 and figures["already_answered"] == 1, figures
