"""An SMTP server for the tests (run as a child process): records what it accepts.

    python tests/smtp_recorder.py PORT FOLDER

Every accepted message is appended to FOLDER/received.jsonl. FOLDER/mode says how to answer
each message: "accept", or a reply code ("421", "451", "550") to refuse it with.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

REPLIES = {
    "421": "421 4.3.2 Service shutting down, try again later",
    "451": "451 4.3.0 Temporary local problem, try again later",
    "550": "550 5.1.1 Mailbox unavailable: no such user here",
}


class Recorder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.lock = threading.Lock()

    def _mode(self) -> str:
        try:
            return (self.folder / "mode").read_text(encoding="utf-8").strip()
        except OSError:
            return "accept"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        mode = self._mode()
        if mode in REPLIES:
            return REPLIES[mode]
        record = {
            "from": envelope.mail_from,
            "to": list(envelope.rcpt_tos),
            "data": envelope.content.decode("utf-8", "replace"),
        }
        with self.lock, (self.folder / "received.jsonl").open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
            fh.flush()
        return "250 2.0.0 Message accepted for delivery"


def main() -> None:
    port, folder = int(sys.argv[1]), Path(sys.argv[2])
    controller = Controller(Recorder(folder), hostname="127.0.0.1", port=port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
