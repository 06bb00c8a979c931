"""Where an agency or a mediator is: the comune by name, its point filled in, the exact spot editable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mediation_desk.services import places
from mediation_desk.texts.i18n import translate
from mediation_desk.ui.common.search_combo import FoldingCompleter, select_on_focus

_LABELS: QStringListModel | None = None  # one model of the ~7,900 names for every form


def comune_labels() -> QStringListModel:
    global _LABELS
    if _LABELS is None:
        _LABELS = QStringListModel(sorted((c.label for c in places.comuni()), key=places.fold))
    return _LABELS


def _coordinate(low: float, high: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(5)
    box.setSingleStep(0.001)
    return box


class PlaceFields(QWidget):
    """The comune typed and picked ("Crem" → "Cremona (CR)") fills latitude and longitude, which stay
    editable (under "Coordinates") for the exact address; ``edited`` on any change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comune = QLineEdit()
        self.comune.setObjectName("comune")
        self.comune.setPlaceholderText(translate("PlaceFields", "type the comune, e.g. Cremona"))
        self.completer = FoldingCompleter(comune_labels(), self.comune)
        self.comune.setCompleter(self.completer)
        self.completer.activated.connect(self._picked)  # the text overload: "Cremona (CR)"
        self.comune.editingFinished.connect(self._typed)
        self.comune.textEdited.connect(self._edited_by_hand)
        self.lat, self.lon = _coordinate(35.0, 48.0), _coordinate(6.0, 19.0)
        self.toggle = QToolButton()
        self.toggle.setText(translate("PlaceFields", "Coordinates"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(translate("PlaceFields", "Latitude and longitude, for the exact spot"))
        self.advanced = QWidget()
        coordinates = QFormLayout(self.advanced)
        coordinates.setContentsMargins(0, 0, 0, 0)
        coordinates.addRow(translate("PlaceFields", "Latitude"), self.lat)
        coordinates.addRow(translate("PlaceFields", "Longitude"), self.lon)
        hint = QLabel(translate("PlaceFields", "Filled from the comune (the middle of its territory); "
                                               "change them for the exact address."))
        hint.setWordWrap(True)
        coordinates.addRow(hint)
        self.advanced.setVisible(False)
        self.toggle.toggled.connect(self.advanced.setVisible)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.comune, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.advanced)
        self.chosen: places.Comune | None = None
        self.unplaced: tuple[float, float] | None = None  # a new one's placeholder coordinates
        self.problem = ""
        select_on_focus(self.comune, self.comune)
        for box in (self.lat, self.lon):
            box.valueChanged.connect(self.edited)

    # --- data in and out
    def set_place(self, extra: dict[str, Any], lat: float, lon: float, new: bool = False) -> None:
        """Show where it is: the comune it was placed in, or the one its coordinates fall in.

        ``new``: nothing is known yet; the comune is asked for (the coordinates are a placeholder).
        """
        self.chosen = None if new else places.placed_in(extra, lat, lon)
        self.unplaced = (lat, lon) if new else None
        self.problem = ""
        self.comune.setText(self.chosen.label if self.chosen is not None else "")
        self.lat.setValue(lat)
        self.lon.setValue(lon)

    def place(self) -> tuple[str | None, float, float]:
        """The comune's ISTAT code (None when none is chosen) and the coordinates."""
        return (self.chosen.istat if self.chosen is not None else None), self.lat.value(), self.lon.value()

    def into_extra(self, extra: dict[str, Any]) -> dict[str, Any]:
        """``extra`` with the comune's code recorded (or dropped when none is chosen)."""
        out = dict(extra)
        out.pop(places.COMUNE_KEY, None)
        if self.chosen is not None:
            out[places.COMUNE_KEY] = self.chosen.istat
        return out

    def problems_found(self) -> list[str]:
        if self.problem:
            return [self.problem]
        untouched = self.unplaced == (self.lat.value(), self.lon.value())
        if self.chosen is None and untouched:
            return [translate("PlaceFields", "Type the comune (the coordinates are filled from it).")]
        return []

    # --- typing
    def _picked(self, label: str) -> None:
        self._choose_from(label)

    def _typed(self) -> None:
        if self.chosen is None or self.comune.text() != self.chosen.label:
            self._choose_from(self.comune.text())

    def _edited_by_hand(self) -> None:
        self.problem = ""
        self.edited.emit()

    def _choose_from(self, text: str) -> None:
        """The comune ``text`` names, its point copied into the coordinates; or say what is wrong."""
        if not text.strip():
            self.chosen, self.problem = None, ""
            self.edited.emit()
            return
        try:
            comune = places.resolve(text)
        except places.AmbiguousComune as several:
            options = ", ".join(f"{several.name} ({p})" for p in several.provinces)
            self.problem = translate("PlaceFields", "There are comuni called {name} in several provinces: "
                                                    "choose one of {options}.").format(
                name=several.name, options=options)
        except places.UnknownComune:
            self.problem = translate("PlaceFields", "No Italian comune is called \"{name}\": choose one "
                                                    "from the list.").format(name=text.strip())
        else:
            self.chosen, self.problem = comune, ""
            self.comune.setText(comune.label)
            self.lat.setValue(comune.lat)
            self.lon.setValue(comune.lon)
        self.edited.emit()
