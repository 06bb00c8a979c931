"""The request form's fund chooser: proposes the project for the request being typed, or the waiting list.

When a new request gets its agency and language, or the agency, language,
times or duration of a pending one change, the chooser asks the funding
service and selects the proposed project (eligible, hours free for this
request, ending soonest); when none has the hours the request is marked
"In attesa di fondi". The coordinator may choose another project: a project
that may not fund the request, or lacks the hours, is named in the form's
warnings with the reason. The service is asked a moment after the last change,
not on every keystroke, and off the UI thread: the hours left read every
booking of every project (seconds on 100,000 bookings, benchmarks/bench_funding.py).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFormLayout, QLabel

from mediation_desk.scheduling.funding import is_waiting
from mediation_desk.scheduling.model import Request, RequestStatus
from mediation_desk.services.funding import FundingAdvice
from mediation_desk.storage.errors import StorageError
from mediation_desk.texts import funding as funding_texts
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.background_jobs import JobRunner, start_job
from mediation_desk.ui.requests.request_form import RequestForm

DELAY_MS = 250  # after the last change of agency, language, times or duration
Advise = Callable[[Request], FundingAdvice]


class FundChooser(QObject):
    """Keeps the form's project proposed as the request changes; says why a chosen project does not fit."""

    def __init__(self, form: RequestForm, advise: Advise) -> None:
        super().__init__(form)
        self.form = form
        self.advise = advise
        self.advice: FundingAdvice | None = None
        self.basis: tuple[object, ...] | None = None  # inputs of the last proposal, or of the loaded request
        self.applying = False
        self.generation = 0  # of the last question asked: older answers are dropped
        self.job: JobRunner | None = None
        self.note = QLabel()
        self.note.setObjectName("fund_note")
        self.note.setWordWrap(True)
        layout = form.form_layout
        field = QFormLayout.ItemRole.FieldRole
        row = next(r for r in range(layout.rowCount())
                   if (item := layout.itemAt(r, field)) is not None and item.widget() is form.project)
        layout.insertRow(row + 1, "", self.note)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        form.loaded.connect(self._loaded)
        for combo in (form.agency, form.language):
            combo.currentIndexChanged.connect(self.timer.start)
        form.windows.edited.connect(self.timer.start)
        form.duration.valueChanged.connect(self.timer.start)
        form.project.currentIndexChanged.connect(self._project_chosen)
        form.warning_sources.append(self.warnings)

    def _inputs(self) -> tuple[object, ...]:
        request = self.form.request()
        return (request.agency, request.language.lower(), request.duration_min,
                tuple((w.start, w.end) for w in request.windows))

    def _loaded(self) -> None:
        """A stored request keeps its project; a new one gets a proposal once it has what it needs."""
        current = self.form.current
        self.basis = self._inputs() if current is not None else None
        if current is not None and is_waiting(current):  # the list says it; the heading says it too
            self.form.heading.setText(translate("RequestForm", "Request {id} — {status}").format(
                id=current.id, status=funding_texts.waiting_label()))
        self.advice = None
        self.generation += 1  # an answer about the request shown before is not about this one
        self.note.clear()
        self.timer.start()

    def _editable(self) -> bool:
        current = self.form.current
        return current is None or current.status is RequestStatus.PENDING

    def refresh(self) -> None:
        """Ask the service about the request as typed, in the background; the answer goes to ``_advised``."""
        request = self.form.request()
        self.generation += 1
        if not (request.agency and request.language and request.windows and request.duration_min > 0):
            self.advice = None
            self.note.clear()
            return
        generation, inputs = self.generation, self._inputs()

        def done(advice: FundingAdvice | None) -> None:
            if shiboken6.isValid(self.note) and generation == self.generation:
                self._advised(advice, inputs)

        def failed(_message: str) -> None:
            done(None)

        self.job = start_job(lambda _progress: self._ask(request), done, failed)

    def _ask(self, request: Request) -> FundingAdvice | None:
        try:
            return self.advise(request)
        except StorageError:  # the form stays usable; the database's trouble is shown where it is used
            return None

    def _advised(self, advice: FundingAdvice | None, inputs: tuple[object, ...]) -> None:
        """Propose again if what funding depends on changed since the last proposal, then say so."""
        self.advice = advice
        if advice is None:
            self.note.clear()
            return
        if inputs != self.basis and self._editable():
            self.basis = inputs
            self._apply(advice)
        self._show_note()
        self.form._changed()  # the warnings depend on the advice

    def _apply(self, advice: FundingAdvice) -> None:
        self.applying = True
        try:
            code = advice.proposal.project.code if advice.proposal else ""
            self.form.project.setCurrentIndex(max(0, self.form.project.findData(code)))
            self.form.waiting_funds = advice.waiting
        finally:
            self.applying = False

    def _project_chosen(self) -> None:
        if self.applying:
            return
        self.form.waiting_funds = False  # the coordinator's choice takes the request off the waiting list
        self.form._changed()
        self._show_note()

    def _show_note(self) -> None:
        advice = self.advice
        if advice is None or advice.proposal is None:
            self.note.clear()
            return
        others = [o for o in advice.options if o.fits and o is not advice.proposal]
        text = funding_texts.proposal_text(advice.proposal)
        if others:
            also = ", ".join(f"{o.project.code} ({funding_texts.hours(o.free_min)} h)" for o in others)
            text += " " + translate("FundChooser", "Also possible: {projects}.").format(projects=also)
        self.note.setText(text)

    def warnings(self) -> list[str]:
        """The form's warnings about funding: on the waiting list, or a chosen project that does not fit."""
        if self.form.waiting_funds:
            return [funding_texts.waiting_text()]
        chosen = str(self.form.project.currentData() or "")
        option = self.advice.option(chosen) if self.advice is not None and chosen else None
        if option is None:
            return []
        if not option.eligible:
            return [funding_texts.not_eligible_text(option, self._names())]
        if not option.fits:
            return [funding_texts.short_of_hours_text(option)]
        return []

    def _names(self) -> dict[str, str]:
        catalog = self.form.catalog
        names = {str(code): area.name for code, area in catalog.areas.items()}
        names.update({str(code).lower(): lang.name for code, lang in catalog.languages.items()})
        return names
