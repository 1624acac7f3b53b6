"""Real mail servers for the tests, each in its own process on a free loopback port.

- `SmtpServer`: aiosmtpd in a child process that writes every message it accepts to a folder
  and answers as its mode file says (accept, or refuse with 421/451/550); it can be stopped
  and started again on the same port.
- `Dovecot`: Debian's dovecot-imapd with a throwaway configuration, a passwd-file and a
  Maildir, on loopback with plain login allowed; tests APPEND real messages to it.
"""

from __future__ import annotations

import contextlib
import grp
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


@contextlib.contextmanager
def answering(lines: list[bytes]) -> Iterator[int]:
    """A loopback server that is not the one a client expects: to each connection it sends
    `lines` one by one, each after the client's previous line; yields its port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn, contextlib.suppress(OSError):
                conn.settimeout(2)
                for line in lines:
                    conn.sendall(line)
                    conn.recv(1024)  # the client's next command, or the end

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        listener.close()


class SmtpServer:
    """An SMTP server in a child process (tests/smtp_recorder.py)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        folder.mkdir(parents=True, exist_ok=True)
        self.mode("accept")

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> None:
        if self.proc is not None:
            return
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "smtp_recorder.py"), str(self.port), str(self.folder)],
            stdout=subprocess.DEVNULL,
            stderr=open(self.folder / "server.log", "ab"),  # noqa: SIM115
        )
        wait_for_port(self.port)

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None

    def mode(self, mode: str) -> None:
        """ "accept", or a reply code to refuse every message with: "421", "451", "550"."""
        (self.folder / "mode").write_text(mode, encoding="utf-8")

    def received(self) -> list[dict[str, object]]:
        """Every accepted message: {"from", "to", "data"} in the order received."""
        path = self.folder / "received.jsonl"
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


DOVECOT_CONF = """\
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
info_log_path = {dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = {uid}
last_valid_uid = {uid}
default_internal_user = {user}
default_login_user = {user}
default_internal_group = {group}
mail_location = maildir:{dir}/home/%u/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={dir}/home/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


class Dovecot:
    """Dovecot's IMAP server with one user, `claire`, on a free loopback port."""

    user = "claire"
    password = "test-imap-password"

    def __init__(self) -> None:
        # A folder of its own (not pytest's 0700 tmp_path): the server's unprivileged
        # processes must be able to reach it.
        self.folder = Path(tempfile.mkdtemp(prefix="boundaries-test-imap-"))
        self.folder.chmod(0o755)
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"imap://{self.user}@127.0.0.1:{self.port}"

    def remove(self) -> None:
        """Stop the server and delete its folder."""
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def start(self) -> None:
        binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        if not Path(binary).exists():
            raise RuntimeError("dovecot is not installed. Fix: scripts/test-tools.sh")
        root = os.geteuid() == 0
        account = pwd.getpwnam("dovecot") if root else pwd.getpwuid(os.getuid())
        d = self.folder
        for sub in ("run", "state", "home"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        (d / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        conf = d / "dovecot.conf"
        conf.write_text(
            DOVECOT_CONF.format(
                dir=d,
                port=self.port,
                uid=account.pw_uid,
                gid=account.pw_gid,
                user=account.pw_name,
                group=grp.getgrgid(account.pw_gid).gr_name,
            )
        )
        if os.geteuid() == 0:
            for path in [d, *d.rglob("*")]:
                os.chown(path, account.pw_uid, account.pw_gid)
        self.proc = subprocess.Popen(
            [binary, "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=open(d / "stderr.log", "ab"),  # noqa: SIM115
        )
        try:
            wait_for_port(self.port)
        except RuntimeError:
            self.stop()
            log = (d / "dovecot.log").read_text() if (d / "dovecot.log").exists() else ""
            raise RuntimeError(f"dovecot did not start: {log[-2000:]}") from None

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None

    def append(self, folder: str, raw: bytes) -> None:
        """Put a message into a folder (as a mail program would)."""
        from imapclient import IMAPClient

        with IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10) as client:
            client.login(self.user, self.password)
            if not client.folder_exists(folder):
                client.create_folder(folder)
            client.append(folder, raw)

    def recreate(self, folder: str) -> None:
        """Delete and re-create a folder with the same messages: a new UIDVALIDITY."""
        from imapclient import IMAPClient

        with IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10) as client:
            client.login(self.user, self.password)
            client.select_folder(folder)
            messages = client.fetch(client.search(["ALL"]), ["RFC822"])
            client.close_folder()
            client.delete_folder(folder)
            client.create_folder(folder)
            for data in messages.values():
                client.append(folder, data[b"RFC822"])
