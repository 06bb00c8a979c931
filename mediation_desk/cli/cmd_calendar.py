"""Calendar subcommands: .ics files, the mail outbox, replies, busy-time import, CalDAV publishing."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from mediation_desk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    PROGRAM,
    CommandError,
    actor,
    database_command,
    fail,
    now,
)
from mediation_desk.services import (
    busy,
    caldav,
    credentials,
    feeds,
    imap_replies,
    mail_outbox,
    mail_sending,
    mail_settings,
    replies,
)
from mediation_desk.storage.db import Database
from mediation_desk.texts import errors, i18n


def _refuse(exc: Exception) -> CommandError | None:
    """The calendar and mail services' refusals, one line each."""
    if isinstance(exc, credentials.KeyringUnavailableError):
        return CommandError(
            f"{PROGRAM}: {exc}: passwords can be neither saved nor read. Install and unlock the system "
            "keyring (GNOME Keyring or KWallet on Linux) and run the command again, or use a server that "
            "needs no password; .ics files can still be saved with `ics`")
    if isinstance(exc, mail_settings.MailSettingsError):
        with i18n.speaking_english():
            return CommandError([f"{PROGRAM}: {errors.mail_problem_text(p)}" for p in exc.problems])
    known = (feeds.NotFoundError, caldav.CalDAVError, busy.BusyImportError)
    if isinstance(exc, (*known, OSError, ValueError)):
        return CommandError(f"{PROGRAM}: {exc}")
    return None


_run = database_command(PROGRAM, _refuse)


def cmd_ics(args: argparse.Namespace, db: Database) -> int:
    out = Path(args.out)
    if args.booking:
        feeds.save_booking_ics(db, args.booking, out, now=now())
        print(f"{out}: booking {args.booking}")
    else:
        count = feeds.save_mediator_calendar(db, args.mediator, out, now=now())
        print(f"{out}: {count} events for mediator {args.mediator}")
    return EXIT_OK


def cmd_mail_send(args: argparse.Namespace, db: Database) -> int:
    report = mail_sending.send_outbox(db, now=now(), force=args.all)
    print(f"sent {report.sent}, to retry {report.retry}, failed {report.failed}")
    if report.failure is not None:
        return fail(f"{PROGRAM}: {mail_failure_sentence(report.failure)}")
    return EXIT_OK if report.failed == 0 else EXIT_SOME_FAILED


def cmd_mail_status(args: argparse.Namespace, db: Database) -> int:
    overview = mail_outbox.outbox_overview(db, args.status, limit=args.limit)
    print(", ".join(f"{k} {v}" for k, v in sorted(overview.counts.items())) or "outbox empty")
    for e in overview.entries:
        when = (e.sent_at or e.next_attempt_at or e.created_at).isoformat(timespec="minutes")
        failure = mail_sending.MailFailure.decode(e.last_error)
        error = f"  [{mail_failure_sentence(failure)}]" if failure is not None else ""
        print(f"{e.id:>6} {e.status:<7} {when} {e.booking_id or '-':<8} {e.to_addr}  {e.subject}{error}")
    return EXIT_OK


def cmd_mail_setup(args: argparse.Namespace, db: Database) -> int:
    settings = mail_settings.MailSettings(
        host=args.host,
        port=args.port,
        security=args.security,
        user=args.user or "",
        sender=args.sender,
        organizer_name=args.organizer_name or "",
        organizer_email=args.organizer_email or args.sender,
        domain=args.domain or "",
        ca_file=args.ca_file or "",
    )
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    mail_settings.save_settings(db, settings, password=password, now=now(), actor=actor())
    print(f"mail settings saved ({settings.host}:{settings.port}, {settings.security})")
    return EXIT_OK


def cmd_replies(args: argparse.Namespace, db: Database) -> int:
    who = actor()
    outcomes = replies.read_reply_files(db, [Path(p) for p in args.files], now=now(), actor=who)
    if args.imap:
        outcomes += imap_replies.fetch_imap_replies(db, now=now(), actor=who)
    for o in outcomes:
        detail = f" ({o.detail})" if o.detail else ""
        print(f"{o.source}: {o.code} {' '.join(o.booking_ids)}{detail}".rstrip())
    return EXIT_FAILED if any(o.code in replies.REFUSED for o in outcomes) else EXIT_OK


def cmd_busy_import(args: argparse.Namespace, db: Database) -> int:
    report = busy.import_busy(
        db,
        args.mediator,
        args.source,
        now=now(),
        actor=actor(),
        use_caldav=args.caldav,
        horizon=dt.timedelta(days=args.days),
    )
    print(
        f"mediator {report.mediator_id}: {report.blocks} busy blocks from {report.source} "
        f"(replacing {report.replaced})"
    )
    return EXIT_OK


def cmd_busy_refresh(args: argparse.Namespace, db: Database) -> int:
    failures = 0
    for item, result in busy.refresh_all(db, now=now(), actor=actor()):
        if isinstance(result, busy.BusyImportError):
            failures += 1
            print(f"{PROGRAM}: mediator {item.mediator_id}: {result}", file=sys.stderr)
        else:
            print(f"mediator {item.mediator_id}: {result.blocks} busy blocks from {item.source}")
    return EXIT_FAILED if failures else EXIT_OK


def cmd_caldav_publish(args: argparse.Namespace, db: Database) -> int:
    if args.url:
        password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
        caldav.save_settings(
            db,
            caldav.CalDAVSettings(url=args.url, user=args.user or ""),
            password=password,
            now=now(),
            actor=actor(),
        )
    report = caldav.publish_calendars(db, now=now(), mediator_ids=args.mediator or None)
    print(f"{report.calendars} calendars: {report.put} events written, {report.deleted} removed")
    return EXIT_OK


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("ics", help="save one booking's invitation or a mediator's calendar as .ics")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--mediator", metavar="ID", help="upcoming bookings of this mediator (PUBLISH)")
    which.add_argument("--booking", metavar="ID", help="the invitation of this booking (REQUEST or CANCEL)")
    p.add_argument("--out", metavar="FILE.ics", required=True)
    p.set_defaults(func=_run(cmd_ics))

    p = subparsers.add_parser("mail-send", help="send the queued invitations (the outbox)")
    p.add_argument("--all", action="store_true", help="also the messages waiting for their next retry")
    p.set_defaults(func=_run(cmd_mail_send))

    p = subparsers.add_parser("mail-status", help="list the outbox: queued, sent and failed messages")
    p.add_argument("--status", choices=("queued", "sent", "failed"))
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=_run(cmd_mail_status))

    p = subparsers.add_parser("mail-setup", help="save the SMTP settings (password in the system keyring)")
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, default=587)
    p.add_argument("--security", choices=mail_settings.SECURITY, default="starttls")
    p.add_argument("--user")
    p.add_argument("--sender", required=True, help="From and envelope address")
    p.add_argument("--organizer-name")
    p.add_argument("--organizer-email", help="ORGANIZER of the invitations (default: the sender)")
    p.add_argument("--domain", help="domain of UIDs and Message-IDs (default: the organizer's)")
    p.add_argument("--ca-file", help="PEM file of an extra certificate authority (internal mail server)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(func=_run(cmd_mail_setup))

    p = subparsers.add_parser("replies", help="record the mediators' answers (iTIP REPLY in .ics or .eml)")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--imap", action="store_true", help="also read the configured IMAP folder")
    p.set_defaults(func=_run(cmd_replies))

    p = subparsers.add_parser("busy-import", help="import a mediator's own calendar as busy times")
    p.add_argument("--mediator", metavar="ID", required=True)
    p.add_argument("source", metavar="FILE_OR_URL")
    p.add_argument("--caldav", action="store_true", help="the URL is a CalDAV calendar collection")
    p.add_argument("--days", type=int, default=busy.HORIZON.days, help="how far ahead to expand recurrences")
    p.set_defaults(func=_run(cmd_busy_import))

    p = subparsers.add_parser("busy-refresh", help="import every mediator calendar imported before again")
    p.set_defaults(func=_run(cmd_busy_refresh))

    p = subparsers.add_parser("caldav-publish", help="publish each mediator's calendar to the CalDAV server")
    p.add_argument("--mediator", metavar="ID", action="append", help="only these mediators (repeatable)")
    p.add_argument("--url", help="save this CalDAV home collection first")
    p.add_argument("--user")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=_run(cmd_caldav_publish))


def mail_failure_sentence(failure: mail_sending.MailFailure) -> str:
    """Why a message did not go, in the interface's words (English, the command line's language)."""
    from mediation_desk.texts import i18n
    from mediation_desk.texts.errors import mail_failure_text

    with i18n.speaking_english():
        return mail_failure_text(failure)
