"""The dialog of one case's preferences: mediators the agency prefers and those it asks not to send
for this case (they win over the agency's own lists), saved through the preferences service."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mediation_desk.scheduling.model import CasePreferences
from mediation_desk.services import preferences
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.mediator_preferences import MediatorPreferencesEditor
from mediation_desk.ui.common.name_lookup import Catalog


class CasePreferencesDialog(QDialog):
    def __init__(self, context: AppContext, catalog: Catalog, stated: CasePreferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.stated = context, stated
        title = translate("CasePreferences", "Preferences for case {case}")
        self.setWindowTitle(title.format(case=stated.case))
        explanation = QLabel(translate(
            "CasePreferences", "For the requests of this case they replace what the agency states for "
                               "all its requests."))
        explanation.setWordWrap(True)
        self.editor = MediatorPreferencesEditor()
        self.editor.set_mediators(list(catalog.mediators.values()))
        self.editor.set_values(stated.preferred_mediators, stated.avoided_mediators)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def save(self) -> None:
        preferred, avoided = self.editor.values()
        context, stated = self.context, self.stated

        def call() -> object:
            return preferences.save_case_preferences(
                context.db, stated.case, preferred, avoided, actor=context.actor, now=context.now(),
                read_version=stated.version)

        def adopt(version: int) -> None:
            self.stated = CasePreferences(stated.case, stated.preferred_mediators, stated.avoided_mediators,
                                          stated.extra, version)

        title = translate("CasePreferences", "Case preferences not saved")
        if runner.run(self, context, title, call, on_stale=adopt) is not None:
            self.accept()


def edit_case_preferences(parent: QWidget, context: AppContext, catalog: Catalog, case: str) -> bool:
    """Open the dialog of ``case``; True when something was saved."""
    if not case.strip():
        return False
    dialog = CasePreferencesDialog(context, catalog, preferences.case_preferences(context.db, case), parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
