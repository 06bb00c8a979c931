"""Excel import dialog: write a template, import a filled one in the background, list every problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.io.xlsx_columns import Kind
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common import runner
from mediation_desk.ui.common.app_context import AppContext
from mediation_desk.ui.common.background_jobs import Progress, run_with_progress
from mediation_desk.ui.common.status_line import StatusLine

TEMPLATE_NAMES = {
    Kind.MEDIATORS: "mediatori.xlsx",
    Kind.AGENCIES: "enti.xlsx",
    Kind.REQUESTS: "richieste.xlsx",
}


def kind_text(kind: Kind) -> str:
    return {
        Kind.MEDIATORS: translate("XlsxImport", "Mediators"),
        Kind.AGENCIES: translate("XlsxImport", "Agencies"),
        Kind.REQUESTS: translate("XlsxImport", "Requests"),
    }[kind]


class XlsxImportDialog(QDialog):
    """Everything in a file is imported, or nothing: the problems stay listed beside the file's name."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(translate("XlsxImport", "Import from Excel"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(720, 480)
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.template_button = QPushButton(translate("XlsxImport", "Save an empty template…"))
        self.import_button = QPushButton(translate("XlsxImport", "Import a filled template…"))
        self.message = StatusLine()
        self.message.setText(
            translate("XlsxImport", "Fill in a template written here, then import it: each row is checked.")
        )
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        buttons = QDialogButtonBox()
        buttons.addButton(translate("XlsxImport", "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("XlsxImport", "What"), self.kind)
        actions = QHBoxLayout()
        actions.addWidget(self.template_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.template_button.clicked.connect(lambda: self.save_template())
        self.import_button.clicked.connect(lambda: self.import_file())

    def chosen_kind(self) -> Kind:
        return Kind(str(self.kind.currentData()))

    def _ask_path(self, save: bool, title: str, name: str) -> str:
        folder = Path(self.context.settings.last_folder or ".")
        ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, _filter = ask(
            self, title, str(folder / name), translate("XlsxImport", "Excel workbook (*.xlsx)")
        )
        if path:
            self.context.settings.last_folder = str(Path(path).parent)
        return path

    def save_template(self, path: str | None = None) -> None:
        kind = self.chosen_kind()
        path = path or self._ask_path(
            True, translate("XlsxImport", "Save the template"), TEMPLATE_NAMES[kind]
        )
        if not path:
            return

        def job(progress: Progress) -> Any:
            from mediation_desk.services import finance

            progress.report(0, 0, translate("XlsxImport", "Writing {name}…").format(name=Path(path).name))
            return finance.export_template(self.context.db, kind, path)

        run_with_progress(
            self,
            translate("XlsxImport", "Writing the template"),
            job,
            lambda written: self.message.say(
                translate("XlsxImport", "Template written: {path}").format(path=written), True
            ),
            lambda message: self.message.say(
                translate("XlsxImport", "Not written: {why}").format(why=message), False
            ),
        )

    def import_file(self, path: str | None = None) -> None:
        kind = self.chosen_kind()
        path = path or self._ask_path(False, translate("XlsxImport", "Import from Excel"), "")
        if not path:
            return
        self.problems.clear()
        name = Path(path).name

        def job(progress: Progress) -> Any:
            from mediation_desk.io.xlsx_import import ImportRefused
            from mediation_desk.services import finance

            progress.report(0, 0, translate("XlsxImport", "Checking {name}…").format(name=name))
            try:
                return finance.import_xlsx(
                    self.context.db,
                    kind,
                    path,
                    actor=self.context.actor,
                    now=self.context.now(),
                    progress=lambda done, total: progress.report(done, total),
                    should_stop=lambda: progress.cancelled,
                )
            except ImportRefused as refused:
                return [str(problem) for problem in refused.problems]

        def done(result: Any) -> None:
            if isinstance(result, list):
                self.problems.addItems(result)
                self.message.say(
                    translate("XlsxImport", "{name} refused, nothing imported: {n} problems.").format(
                        name=name, n=len(result)
                    ),
                    ok=False,
                )
                return
            self.message.say(
                translate("XlsxImport", "Imported {n} rows from {name}.").format(
                    n=len(result.ids), name=name
                ),
                ok=True,
            )

        runner.run_long(
            self,
            self.context,
            translate("XlsxImport", "Importing {name}").format(name=name),
            job,
            done,
            lambda message: self.message.say(
                translate("XlsxImport", "Not imported: {why}").format(why=message), False
            ),
        )
