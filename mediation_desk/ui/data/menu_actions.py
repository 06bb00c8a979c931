"""Long actions of the File and Tools menus, run in the background: import, export, demo, planning, mail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from mediation_desk.services import demo, import_export, lookups
from mediation_desk.texts import i18n
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import form_widgets as fw
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import Progress, run_with_progress


def _context(window: QWidget) -> AppContext:
    return window.context  # type: ignore[attr-defined, no-any-return]


def _fail(window: QWidget, title: str) -> Any:
    return lambda message: QMessageBox.warning(window, title, message)


def _status(window: QWidget, text: str) -> None:
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 8000)


def _confirm_replace(window: QWidget, context: AppContext) -> bool | None:
    """False for an empty database; True when the coordinator agrees to replace the service; None: stop."""
    if lookups.is_empty(context.db):
        return False
    replace = fw.confirm(
        window,
        translate("DataActions", "Replace the service"),
        translate("DataActions", "The database already holds a service. Replace all of it?"),
    )
    return True if replace else None


def import_scenario(window: QWidget, path: str | None = None) -> None:
    context = _context(window)
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            window,
            translate("DataActions", "Import scenario"),
            context.settings.last_folder,
            translate("DataActions", "Scenario (*.json)"),
        )
    if not path:
        return
    context.settings.last_folder = str(Path(path).parent)
    replace = _confirm_replace(window, context)
    if replace is None:
        return

    def job(progress: Progress) -> Any:
        progress.report(0, 0, translate("DataActions", "Reading {name}…").format(name=Path(path).name))
        return import_export.import_scenario(
            context.db, Path(path), actor=context.actor, now=context.now(), replace=replace
        )

    def done(_result: object) -> None:
        _status(window, translate("DataActions", "Imported {name}").format(name=Path(path).name))

    runner.run_long(
        window,
        context,
        translate("DataActions", "Importing the scenario"),
        job,
        done,
        _fail(window, translate("DataActions", "Import refused")),
    )


def export_scenario(window: QWidget, path: str | None = None) -> None:
    context = _context(window)
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            window,
            translate("DataActions", "Export scenario"),
            context.settings.last_folder,
            translate("DataActions", "Scenario (*.json)"),
        )
    if not path:
        return
    context.settings.last_folder = str(Path(path).parent)

    def job(progress: Progress) -> Any:
        progress.report(0, 0, translate("DataActions", "Writing {name}…").format(name=Path(path).name))
        return import_export.export_scenario(context.db, Path(path))

    def done(_result: object) -> None:
        _status(window, translate("DataActions", "Exported to {name}").format(name=Path(path).name))

    run_with_progress(
        window,
        translate("DataActions", "Exporting the scenario"),
        job,
        done,
        _fail(window, translate("DataActions", "Export failed")),
    )


def load_demo(window: QWidget) -> None:
    context = _context(window)
    replace = _confirm_replace(window, context)
    if replace is None:
        return

    def job(progress: Progress) -> Any:
        progress.report(0, 0, translate("DataActions", "Creating the demo service…"))
        return demo.load_demo(context.db, now=context.now(), actor=context.actor, replace=replace)

    runner.run_long(
        window,
        context,
        translate("DataActions", "Demo data"),
        job,
        lambda _r: None,
        _fail(window, translate("DataActions", "Demo data")),
    )


class PlanDialog(QDialog):
    """The period to plan and the time the planner may take."""

    def __init__(self, parent: QWidget, today: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PlanDialog", "Plan pending requests"))
        monday = today + dt.timedelta(days=7 - today.weekday())
        self.first = fw.date_edit(today)
        self.last = fw.date_edit(monday + dt.timedelta(days=6))
        self.seconds = QSpinBox()
        self.seconds.setRange(1, 600)
        self.seconds.setValue(30)
        self.seconds.setSuffix(" s")
        form = QFormLayout(self)
        form.addRow(translate("PlanDialog", "From"), self.first)
        form.addRow(translate("PlanDialog", "To"), self.last)
        form.addRow(translate("PlanDialog", "Time limit"), self.seconds)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, dt.date) and isinstance(last, dt.date)
        return first, last


def _stage_text(stage: Any) -> str:
    from mediation_desk.scheduling.planner import PlanStage  # the planner loads OR-Tools: only when planning

    return {
        PlanStage.CANDIDATES: translate("DataActions", "Finding who can take each request"),
        PlanStage.SOLVING: translate("DataActions", "Searching for the best plan"),
        PlanStage.CHECKING: translate("DataActions", "Checking the plan against the rules"),
    }[stage]


def plan_pending(window: QWidget) -> None:
    context = _context(window)
    dialog = PlanDialog(window, i18n.to_local(context.now()).date())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    first, last = dialog.period()
    seconds = dialog.seconds.value()

    from mediation_desk.scheduling.planner import PlanStage
    from mediation_desk.services import plan_preview

    def job(progress: Progress) -> Any:
        title = translate("DataActions", "Planning {first} – {last}…").format(
            first=i18n.fmt_date(first), last=i18n.fmt_date(last)
        )

        def report(stage: PlanStage, fraction: float) -> None:
            progress.report(int(fraction * 100), 100, f"{title}\n{_stage_text(stage)}")

        progress.report(0, 0, title)
        return plan_preview.propose_plan(
            context.db,
            first,
            last,
            time_limit=float(seconds),
            now=context.now(),
            progress=report,
            cancel_event=progress.event,
        )

    def done(proposal: Any) -> None:
        if proposal.cancelled:
            return
        book_proposal(window, context, proposal)

    runner.run_long(
        window,
        context,
        translate("DataActions", "Planning"),
        job,
        done,
        _fail(window, translate("DataActions", "Planning failed")),
    )


def book_proposal(window: QWidget, context: Any, proposal: Any) -> Any:
    """Show the proposed plan; book the lines the coordinator keeps; say what was booked and what was not."""
    from mediation_desk.services import plan_preview
    from mediation_desk.texts.plan import plan_quality_text, unbooked_text
    from mediation_desk.ui.planning.plan_preview_dialog import PlanPreviewDialog

    preview = PlanPreviewDialog(window, proposal, context.catalog())
    if preview.exec() != QDialog.DialogCode.Accepted:
        return None
    kept = preview.kept()
    result = runner.run(
        window, context, translate("DataActions", "Planning failed"),
        lambda: plan_preview.book_proposal(context.db, proposal, keep=kept, actor=context.actor,
                                       now=context.now()),
    )
    if result is None:
        return None
    lines = [translate("DataActions", "Booked {booked} of {requests} requests; {skipped} skipped.").format(
        booked=len(result.bookings), requests=result.requests, skipped=result.skipped),
        plan_quality_text(proven=result.proven, coverage_gap=result.coverage_gap,
                          travel_gap=result.travel_gap, all_past=result.all_past)]
    if result.unbooked:
        lines.append(translate("DataActions", "Left unbooked:"))
        lines += [f"• {u.request.id}: {unbooked_text(u)}" for u in result.unbooked]
    title = translate("DataActions", "Planning done")
    box = QMessageBox(QMessageBox.Icon.Information, title, "\n".join(lines), parent=window)
    box.setObjectName("plan_done")
    box.exec()
    return result


def send_mail(window: QWidget) -> None:
    """Tools menu: send the queued invitations now, as the outbox's "Send now" does."""
    from mediation_desk.ui.mail.mail_sender import send_queued
    from mediation_desk.ui.mail.outbox_dialog import OutboxDialog

    def show(text: str, ok: bool) -> None:
        outbox = window.findChild(OutboxDialog)
        if outbox is not None:
            outbox.refresh_if_shown()
        box = QMessageBox.information if ok else QMessageBox.warning
        box(window, translate("DataActions", "Invitations"), text)

    send_queued(window, _context(window), show)
