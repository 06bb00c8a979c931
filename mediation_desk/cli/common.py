"""What every subcommand shares: who is acting, the current instant."""

from __future__ import annotations

import datetime as dt
import getpass


def actor() -> str:
    """The coordinator running the command, for the audit trail."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "command line"


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
