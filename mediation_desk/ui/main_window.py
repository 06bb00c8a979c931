"""The main window: navigation between the views, menus, shortcuts and the status bar."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from mediation_desk import __version__
from mediation_desk.services import watching
from mediation_desk.services.changes import EVERYTHING, Aspect, ChangeSet
from mediation_desk.services.users import Permission, Role
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.change_poller import ChangePoller
from mediation_desk.ui.common.dialog_titles import fit_dialog_titles
from mediation_desk.ui.mail.mail_sender import MailSender

# (name, module, class) in navigation order; a view is built the first time it is shown.
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("dashboard", "mediation_desk.ui.dashboard.dashboard_view", "DashboardView"),
    ("requests", "mediation_desk.ui.requests.requests_view", "RequestsView"),
    ("calendar", "mediation_desk.ui.calendar.calendar_view", "CalendarView"),
    ("mediators", "mediation_desk.ui.catalogue.mediators_view", "MediatorsView"),
    ("agencies", "mediation_desk.ui.catalogue.agencies_view", "AgenciesView"),
    ("projects", "mediation_desk.ui.catalogue.projects_view", "ProjectsView"),
    ("reports", "mediation_desk.ui.reports.reports_view", "ReportsView"),
    ("settings", "mediation_desk.ui.settings.settings_view", "SettingsView"),
    ("audit", "mediation_desk.ui.audit.audit_view", "AuditView"),
)


class View(Protocol):
    def refresh(self) -> None: ...

    def show_item(self, item_id: str) -> None: ...


def view_title(name: str) -> str:
    return {
        "dashboard": translate("MainWindow", "Dashboard"),
        "requests": translate("MainWindow", "Requests"),
        "calendar": translate("MainWindow", "Calendar"),
        "mediators": translate("MainWindow", "Mediators"),
        "agencies": translate("MainWindow", "Agencies"),
        "projects": translate("MainWindow", "Projects"),
        "reports": translate("MainWindow", "Reports"),
        "audit": translate("MainWindow", "Audit trail"),
        "settings": translate("MainWindow", "Settings"),
    }[name]


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.tr("Mediation Desk"))
        fit_dialog_titles()
        self.views: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self.navigation = QListWidget()
        widest = max(self.navigation.fontMetrics().horizontalAdvance(view_title(n)) for n, _m, _c in VIEWS)
        self.navigation.setFixedWidth(widest + 28)  # as wide as its longest entry: the views need the room
        self.stack = QStackedWidget()
        for name, _module, _cls in VIEWS:
            item = QListWidgetItem(view_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)
            placeholder = QWidget()
            placeholder.setObjectName(f"pending-{name}")
            self.stack.addWidget(placeholder)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._on_navigate)
        self._build_menus()
        self.mail_sender = MailSender(context, self)  # queued invitations go out in the background
        self.database_label = QLabel(self.tr("Database: {name}").format(name=context.db.describe()))
        self.user_label = QLabel(self._who())
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._offer_what_the_role_allows()
        self.poller = ChangePoller(watching.watch(context.db), self)
        self.poller.changed.connect(self.others_changed)
        context.changed.connect(self._on_changed)
        context.navigate.connect(self.go_to)
        geometry = context.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.navigation.setCurrentRow(0)

    # --- views
    def view(self, name: str) -> QWidget:
        """The view called ``name``, built on first use."""
        if name not in self.views:
            index = [v[0] for v in VIEWS].index(name)
            _name, module, cls = VIEWS[index]
            widget: QWidget = getattr(importlib.import_module(module), cls)(self.context)
            old = self.stack.widget(index)
            self.stack.insertWidget(index, widget)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.views[name] = widget
        return self.views[name]

    def current_view_name(self) -> str:
        return VIEWS[max(0, self.navigation.currentRow())][0]

    def go_to(self, name: str, item_id: str = "") -> None:
        self.navigation.setCurrentRow([v[0] for v in VIEWS].index(name))
        if item_id:
            view = self.view(name)
            view.show_item(item_id)  # type: ignore[attr-defined]

    def _on_navigate(self, row: int) -> None:
        if row < 0:
            return
        name = VIEWS[row][0]
        fresh = name not in self.views
        widget = self.view(name)
        self.stack.setCurrentIndex(row)
        if fresh or name in self._stale:
            self._stale.discard(name)
            widget.refresh()  # type: ignore[attr-defined]

    def _on_changed(self, changes: ChangeSet) -> None:
        """Refresh the views that show something of ``changes``: the one on screen now, the others when
        they are next shown."""
        current = self.current_view_name()
        for name, view in self.views.items():
            if not (changes.everything or changes.touches(getattr(view, "SHOWS", frozenset(Aspect)))):
                continue
            if name == current:
                view.refresh()  # type: ignore[attr-defined]
            else:
                self._stale.add(name)

    def others_changed(self, changes: ChangeSet) -> None:
        """Another session committed: reload what is shown, unless the user is typing into it."""
        if changes.touches({Aspect.CATALOGUE}):
            self.context.forget_cached()
        current = self.current_view_name()
        for name, view in self.views.items():
            if not (changes.everything or changes.touches(getattr(view, "SHOWS", frozenset(Aspect)))):
                continue
            if name != current:
                self._stale.add(name)
            elif getattr(view, "is_editing", lambda: False)():
                self._stale.add(name)
                said = self.tr(
                    "Someone else changed the data: this view updates when you save or leave the form."
                )
                self.statusBar().showMessage(said, 10_000)
            else:
                view.refresh()  # type: ignore[attr-defined]

    # --- menus
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        from mediation_desk.ui.data import menu_actions as da

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = self._action(self.tr("&Import scenario…"), lambda: da.import_scenario(self))
        file_menu.addAction(self.import_action)
        file_menu.addAction(self._action(self.tr("&Export scenario…"), lambda: da.export_scenario(self)))
        self.demo_action = self._action(self.tr("Load &demo data"), lambda: da.load_demo(self))
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        # Ctrl+Q itself: the platform's standard Quit key is empty on Windows and on some Linux desktops
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        file_menu.addAction(self.quit_action)
        requests = bar.addMenu(self.tr("&Requests"))
        self.new_request_action = self._action(self.tr("&New request"), self.new_request, "Ctrl+N")
        self.search_action = self._action(self.tr("&Search requests"), self.search_requests, "Ctrl+F")
        self.book_action = self._action(self.tr("&Book the chosen mediator"), self.book_selected, "Ctrl+B")
        self.save_action = self._action(self.tr("&Save the request"), self.save_request,
                                        QKeySequence.StandardKey.Save)
        for action in (self.new_request_action, self.save_action, self.search_action, self.book_action):
            requests.addAction(action)
        go = bar.addMenu(self.tr("&Go"))
        self.today_action = self._action(self.tr("&Today in the calendar"), self.show_today, "Ctrl+T")
        go.addAction(self.today_action)
        go.addAction(
            self._action(
                self.tr("&Reload from the database"),
                lambda: self.context.apply(EVERYTHING),
                QKeySequence.StandardKey.Refresh,
            )
        )
        go.addSeparator()
        for number, (name, _m, _c) in enumerate(VIEWS, start=1):
            go.addAction(self._action(view_title(name), self._go_to_view(name), f"Alt+{number}"))
        tools = bar.addMenu(self.tr("&Tools"))
        self.plan_action = self._action(self.tr("&Plan pending requests…"), lambda: da.plan_pending(self))
        self.send_action = self._action(self.tr("&Send queued invitations"), lambda: da.send_mail(self))
        tools.addAction(self.plan_action)
        tools.addAction(self.send_action)
        tools.addAction(self._action(self.tr("&Outbox and replies…"), self.show_outbox))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Mediation Desk"), self.about))

    def _who(self) -> str:
        role = self.context.role
        if role is None:
            return self.tr("User: {login}").format(login=self.context.actor)
        names = {Role.COORDINATOR: self.tr("coordinator"), Role.FINANCE: self.tr("finance"),
                 Role.ADMIN: self.tr("admin")}
        return self.tr("User: {login} ({role})").format(login=self.context.actor, role=names[role])

    def _offer_what_the_role_allows(self) -> None:
        """Actions this login's role may not do are disabled (the database would refuse them anyway)."""
        can = self.context.can
        self.new_request_action.setEnabled(can(Permission.EDIT_REQUESTS))
        self.book_action.setEnabled(can(Permission.BOOK))
        self.plan_action.setEnabled(can(Permission.BOOK))
        self.send_action.setEnabled(can(Permission.BOOK))
        self.import_action.setEnabled(can(Permission.REPLACE_SERVICE))
        self.demo_action.setEnabled(can(Permission.REPLACE_SERVICE))

    def _go_to_view(self, name: str) -> Callable[[], None]:
        return lambda: self.go_to(name)

    # --- frequent actions
    def new_request(self) -> None:
        self.go_to("requests")
        self.view("requests").new_request()  # type: ignore[attr-defined]

    def save_request(self) -> None:
        """Ctrl+S: save the request on screen."""
        if "requests" in self.views and self.current_view_name() == "requests":
            self.view("requests").save_request()  # type: ignore[attr-defined]

    def search_requests(self) -> None:
        self.go_to("requests")
        self.view("requests").focus_search()  # type: ignore[attr-defined]

    def book_selected(self) -> None:
        self.go_to("requests")
        self.view("requests").book_chosen()  # type: ignore[attr-defined]

    def show_today(self) -> None:
        self.go_to("calendar")
        self.view("calendar").show_today()  # type: ignore[attr-defined]

    def show_outbox(self) -> None:
        from mediation_desk.ui.mail.outbox_dialog import show_outbox

        show_outbox(self)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Mediation Desk"), self.about_text())

    def about_text(self) -> str:
        """What the About box says: the app, its version, the database it has open and the licence."""
        return "\n\n".join((
            self.tr(
                "Mediation Desk: requests, bookings, calendar invitations and hour budgets "
                "of an on-call intercultural mediation service."
            ),
            self.tr("Version {version}").format(version=__version__),
            self.tr("Database: {location}").format(location=self.context.db.describe()),
            self.tr("Licence: European Union Public Licence 1.2 (EUPL-1.2)"),
        ))

    def offer_first_start(self) -> None:
        from mediation_desk.ui.data.first_start import offer_first_start

        offer_first_start(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        requests = self.views.get("requests")
        if requests is not None and not requests.confirm_leave():  # type: ignore[attr-defined]
            event.ignore()  # "Annulla": the window stays open with the edits
            return
        self.poller.stop()
        self.context.settings.window_geometry = self.saveGeometry()
        self.context.settings.sync()
        super().closeEvent(event)
