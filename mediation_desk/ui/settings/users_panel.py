"""Users tab of the Settings (admins of a shared PostgreSQL database): logins, roles, add, disable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.services import users
from mediation_desk.services.users import Role
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts.errors import error_text
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.app_context import AppContext


def role_name(role: Role | None) -> str:
    return {
        Role.COORDINATOR: translate("UsersPanel", "coordinator"),
        Role.FINANCE: translate("UsersPanel", "finance"),
        Role.ADMIN: translate("UsersPanel", "admin"),
    }.get(role, "-") if role is not None else "-"


class UsersPanel(QWidget):
    """Each person has a login of their own; the database enforces what their role may do."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.list = QListWidget()
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("e.g. anna.rossi"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_name(role), role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("Add user"))
        self.disable_button = QPushButton(self.tr("Disable the chosen user"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Initial password"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.disable_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Coordinators: requests, bookings, catalogue. Finance: reads everything, budgets, rates, "
            "billing rules, exports; cannot book. Admin: settings and users.")))
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self.add_button.clicked.connect(self.add_user)
        self.disable_button.clicked.connect(self.disable_user)

    def refresh(self) -> None:
        self.list.clear()
        try:
            found = users.list_users(self.context.db)
        except StorageError as exc:
            self.note.setText(error_text(exc))
            return
        for user in found:
            text = f"{user.login} — {role_name(user.role)}"
            if not user.can_login:
                text += " " + self.tr("(disabled)")
            item = QListWidgetItem(text)
            item.setData(256, user.login)
            self.list.addItem(item)

    def add_user(self) -> None:
        login, password = self.login.text().strip(), self.password.text()
        try:
            users.add_user(self.context.db, login, Role(self.role.currentData()), password,
                           actor=self.context.actor, now=self.context.now())
        except StorageError as exc:
            self.note.setText(error_text(exc))
            return
        self.password.clear()
        self.login.clear()
        self.note.setText(self.tr("User {login} added.").format(login=login))
        self.refresh()

    def disable_user(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.note.setText(self.tr("Choose a user in the list."))
            return
        login = str(item.data(256))
        try:
            users.disable_user(self.context.db, login, actor=self.context.actor, now=self.context.now())
        except StorageError as exc:
            self.note.setText(error_text(exc))
            return
        self.note.setText(self.tr("{login} can no longer log in.").format(login=login))
        self.refresh()
