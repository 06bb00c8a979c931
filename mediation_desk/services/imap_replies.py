"""The mailbox the mediators' answers arrive in: its settings and reading its unseen messages by IMAP.

Each message read goes through ``replies.read_reply_data`` like a file dropped
on the window; what was refused stays flagged in the mailbox.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import imaplib
import re
from typing import Any

from mediation_desk.io.itip_reply import MAX_REPLY_BYTES
from mediation_desk.services import credentials, replies, settings_store
from mediation_desk.services.changes import ChangeSet
from mediation_desk.storage import repository
from mediation_desk.storage.db import Database

IMAP_KEY = "imap"


def save_imap_settings(
    db: Database,
    *,
    host: str,
    port: int,
    user: str,
    folder: str,
    ssl: bool,
    password: str | None,
    now: dt.datetime,
    actor: str,
    read_version: int | None = None,
) -> ChangeSet:
    """The mailbox the organizer's replies arrive in; the password goes to the keyring first.
    ``read_version`` (from imap_settings_and_version; None: not checked) refuses with StaleEditError
    settings saved by someone else since they were read."""
    if not host or not user:
        raise ValueError("IMAP host and user are required")
    return settings_store.save_settings(
        db, {IMAP_KEY: {"host": host, "port": port, "user": user, "folder": folder, "ssl": ssl}},
        action="imap_settings_saved", audit_details={"host": host, "user": user, "folder": folder},
        now=now, actor=actor, password=password,
        keyring=settings_store.KeyringEntry(credentials.IMAP_SERVICE, f"{user}@{host}:{port}"),
        read_versions=None if read_version is None else {IMAP_KEY: read_version},
    )


def imap_settings(db: Database) -> dict[str, Any]:
    """The stored mailbox settings (host, port, user, folder, ssl); {} when none are set."""
    with db.read() as s:
        value = repository.get_setting(s, IMAP_KEY, {})
    return value if isinstance(value, dict) else {}


def imap_settings_and_version(db: Database) -> tuple[dict[str, Any], int]:
    """The stored mailbox settings and their version (0: never saved), read together for an editor."""
    with db.read() as s:
        value = repository.get_setting(s, IMAP_KEY, {})
        version = repository.setting_version(s, IMAP_KEY)
    return (value if isinstance(value, dict) else {}), version


def _imap_size(imap: imaplib.IMAP4, uid: str) -> int | None:
    _status, meta = imap.uid("FETCH", uid, "(RFC822.SIZE)")
    for part in meta:
        text = part[0] if isinstance(part, tuple) else part
        if isinstance(text, bytes):
            found = re.search(rb"RFC822\.SIZE (\d+)", text)
            if found:
                return int(found.group(1))
    return None


def _imap_message(imap: imaplib.IMAP4, uid: str) -> bytes | None:
    _status, parts = imap.uid("FETCH", uid, "(BODY.PEEK[])")
    return next((p[1] for p in parts if isinstance(p, tuple) and isinstance(p[1], bytes)), None)


def read_imap_folder(
    db: Database, imap: imaplib.IMAP4, folder: str, *, now: dt.datetime, actor: str
) -> replies.ReplyOutcomes:
    """Read the unseen messages of ``folder`` by UID, each on its own.

    Every message read is marked \\Seen, so it is not read again; one that was refused
    or could not be read is also \\Flagged, for the coordinator to look at in the mailbox.
    """
    status, _ = imap.select(_quoted(folder))
    if status != "OK":
        raise imaplib.IMAP4.error(f"cannot open folder {folder}")
    _status, found = imap.uid("SEARCH", "UNSEEN")
    outcomes = replies.ReplyOutcomes()
    for uid in (found[0] or b"").decode().split():
        source = f"imap:{folder}/{uid}"
        size = _imap_size(imap, uid)
        if size is None or size > MAX_REPLY_BYTES:
            outcome = replies.ReplyOutcome(source, "too_large", detail=f"{size} bytes")
            these = replies.record_unreadable(db, outcome, now=now, actor=actor)
        else:
            raw = _imap_message(imap, uid)
            if raw is None:
                empty = replies.ReplyOutcome(source, "unreadable", detail="empty message")
                these = replies.record_unreadable(db, empty, now=now, actor=actor)
            else:
                these = replies.read_reply_data(db, raw, source=source, now=now, actor=actor, is_mail=True)
        bad = any(o.code in replies.REFUSED for o in these)
        imap.uid("STORE", uid, "+FLAGS", "(\\Seen \\Flagged)" if bad else "(\\Seen)")
        outcomes.extend(these)
    return outcomes


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fetch_imap_replies(db: Database, *, now: dt.datetime, actor: str) -> replies.ReplyOutcomes:
    """Read the unseen messages of the configured IMAP folder (``read_imap_folder``)."""
    conf = imap_settings(db)
    host, user = str(conf.get("host", "")), str(conf.get("user", ""))
    if not host or not user:
        raise ValueError("no IMAP account configured")
    port = int(conf.get("port", 993))
    password = credentials.get_password(credentials.IMAP_SERVICE, f"{user}@{host}:{port}") or ""
    imap = imaplib.IMAP4_SSL(host, port) if conf.get("ssl", True) else imaplib.IMAP4(host, port)
    try:
        imap.login(user, password)
        return read_imap_folder(db, imap, str(conf.get("folder", "INBOX")), now=now, actor=actor)
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            imap.logout()
