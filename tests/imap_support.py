"""A real IMAP server for the tests: Dovecot (Debian's dovecot-imapd) as an unprivileged instance.

Everything lives in a temporary folder: its own configuration, a passwd-file
with one user, Maildir storage, and a listener on 127.0.0.1. As root (CI), the
server runs as ``nobody`` through ``setpriv``; otherwise as the current user.
Without Dovecot the tests skip with the reason, except under CI=true (then they fail).
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

DOVECOT_PATHS = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")


@dataclass(frozen=True)
class ImapServer:
    host: str
    port: int
    user: str
    password: str


def _dovecot() -> str | None:
    found = shutil.which("dovecot")
    return found or next((p for p in DOVECOT_PATHS if Path(p).exists()), None)


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"Dovecot is required in CI: {reason}")
    pytest.skip(f"Dovecot (IMAP server) not available: {reason}")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _config(folder: Path, port: int, user: str, group: str, uid: int, gid: int) -> str:
    return f"""
base_dir = {folder}/run
state_dir = {folder}/state
log_path = {folder}/dovecot.log
instance_name = md-test-{port}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
mail_location = maildir:{folder}/mail/%u
first_valid_uid = {uid}
first_valid_gid = {gid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={folder}/home/%u
}}
service imap-login {{
  chroot =
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
"""


def _account() -> tuple[list[str], str, str, int, int]:
    """The command prefix, user and group the server runs as (never root)."""
    if os.geteuid() != 0:
        entry = pwd.getpwuid(os.geteuid())
        return [], entry.pw_name, grp.getgrgid(os.getegid()).gr_name, os.geteuid(), os.getegid()
    nobody = pwd.getpwnam("nobody")
    group = grp.getgrgid(nobody.pw_gid).gr_name
    prefix = ["setpriv", f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}", "--clear-groups"]
    return prefix, nobody.pw_name, group, nobody.pw_uid, nobody.pw_gid


@pytest.fixture(scope="module")
def imap_server() -> Iterator[ImapServer]:
    dovecot = _dovecot()
    if dovecot is None:
        _unavailable("the dovecot program is not installed (apt-get install dovecot-imapd)")
        return
    prefix, user, group, uid, gid = _account()
    folder = Path(tempfile.mkdtemp(prefix="md-imap-"))
    for sub in ("run", "state", "mail", "home"):
        (folder / sub).mkdir()
    port, password = _free_port(), "imap-secret"
    (folder / "users").write_text(f"coordinamento:{{PLAIN}}{password}\n")
    (folder / "dovecot.conf").write_text(_config(folder, port, user, group, uid, gid))
    if os.geteuid() == 0:
        for path in [folder, *folder.rglob("*")]:
            os.chown(path, uid, gid)
    process = subprocess.Popen(
        [*prefix, dovecot, "-F", "-c", str(folder / "dovecot.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError as exc:
                if process.poll() is not None or time.monotonic() > deadline:
                    log_file = folder / "dovecot.log"
                    log = log_file.read_text() if log_file.exists() else ""
                    finished = process.stderr is not None and process.poll() is not None
                    stderr = process.stderr.read().decode() if finished and process.stderr else ""
                    raise RuntimeError(f"dovecot did not start: {stderr} {log}") from exc
                time.sleep(0.1)
        yield ImapServer("127.0.0.1", port, "coordinamento", password)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(folder, ignore_errors=True)
