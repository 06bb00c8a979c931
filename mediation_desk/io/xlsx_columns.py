"""The columns of the Excel import templates (mediators, agencies, requests), shared by writer and reader."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from mediation_desk.io.xlsx_common import AGENCY_KIND_LABELS, MODE_LABELS, PRIORITY_LABELS
from mediation_desk.scheduling.model import LanguageLevel


class Kind(enum.StrEnum):
    MEDIATORS = "mediators"
    AGENCIES = "agencies"
    REQUESTS = "requests"


class Lookup(enum.StrEnum):
    """Lists of the service a column's values must come from (written to the Elenchi sheet)."""

    AREAS = "areas"
    LANGUAGES = "languages"
    AGENCIES = "agencies"
    PROJECTS = "projects"


SHEET_TITLES = {Kind.MEDIATORS: "Mediatori", Kind.AGENCIES: "Enti", Kind.REQUESTS: "Richieste"}
INSTRUCTIONS_TITLE = "Istruzioni"
LISTS_TITLE = "Elenchi"

LEVEL_LABELS = {LanguageLevel.NATIVE: "madrelingua", LanguageLevel.FLUENT: "fluente",
                LanguageLevel.WORKING: "operativo"}
DAY_LABELS = ("LU", "MA", "ME", "GI", "VE", "SA", "DO")
YES, NO = "sì", "no"
GENDERS = ("F", "M")


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    help: str
    required: bool = False
    choices: tuple[str, ...] = ()  # a drop-down list of these values
    lookup: Lookup | None = None  # a drop-down list from the Elenchi sheet
    width: float = 16


MEDIATOR_COLUMNS = (
    Column("id", "ID", "Codice univoco del mediatore (es. M042); non deve esistere già.", True, width=10),
    Column("name", "Nome e cognome", "Come compare nei fogli ore.", True, width=26),
    Column("email", "Email", "Riceve gli inviti del calendario.", True, width=26),
    Column("phone", "Telefono", "Facoltativo.", width=16),
    Column("gender", "Genere", "F, M o vuoto.", choices=GENDERS, width=8),
    Column("languages", "Lingue", "Codici separati da ';' con livello facoltativo dopo ':' "
           "(madrelingua, fluente, operativo), es. 'ar:madrelingua; fr:fluente'.", True, width=28),
    Column("areas", "Ambiti", "Codici degli ambiti serviti separati da ';', es. 'LODI; CREMA'.", True,
           width=18),
    Column("lat", "Latitudine", "Domicilio, in gradi decimali (es. 45.31).", True, width=11),
    Column("lon", "Longitudine", "Domicilio, in gradi decimali (es. 9.50).", True, width=11),
    Column("max_hours", "Ore max a settimana", "Numero di ore, es. 20.", True, width=12),
    Column("availability", "Disponibilità", "Fasce settimanali separate da ';', es. 'LU 09:00-13:00; "
           "ME 14:00-18:00' (giorni LU MA ME GI VE SA DO).", width=30),
    Column("skills", "Competenze", "Facoltative, separate da ';', es. 'sanità; scuola'.", width=18),
    Column("rate", "Tariffa oraria (€)", "Facoltativa: si usa quando il progetto non ha una tariffa propria.",
           width=12),
    Column("active", "Attivo", "sì o no (vuoto: sì).", choices=(YES, NO), width=8),
)

AGENCY_COLUMNS = (
    Column("id", "ID", "Codice univoco dell'ente (es. A042); non deve esistere già.", True, width=10),
    Column("name", "Nome", "Es. 'Comune di Lodi'.", True, width=28),
    Column("kind", "Tipo", "Scegliere dall'elenco.", True, choices=tuple(AGENCY_KIND_LABELS.values()),
           width=16),
    Column("area", "Ambito", "Codice dell'ambito territoriale.", True, lookup=Lookup.AREAS, width=12),
    Column("address", "Indirizzo", "Via, numero e comune.", True, width=30),
    Column("lat", "Latitudine", "In gradi decimali (es. 45.31).", True, width=11),
    Column("lon", "Longitudine", "In gradi decimali (es. 9.50).", True, width=11),
    Column("contact", "Referente", "Facoltativo.", width=20),
    Column("contact_role", "Ruolo referente", "Facoltativo.", width=16),
    Column("contact_phone", "Telefono referente", "Facoltativo.", width=16),
    Column("contact_email", "Email referente", "Facoltativo.", width=22),
)

REQUEST_COLUMNS = (
    Column("id", "ID", "Vuoto: il programma assegna il numero. Se indicato non deve esistere già.", width=10),
    Column("agency", "Ente", "ID dell'ente richiedente.", True, lookup=Lookup.AGENCIES, width=10),
    Column("project", "Progetto", "Codice del progetto che finanzia (facoltativo).", lookup=Lookup.PROJECTS,
           width=12),
    Column("language", "Lingua", "Codice della lingua (es. ar, ur, ti).", True, lookup=Lookup.LANGUAGES,
           width=8),
    Column("mode", "Modalità", "Scegliere dall'elenco.", True, choices=tuple(MODE_LABELS.values()), width=12),
    Column("duration", "Durata (min)", "Minuti, multiplo di 15.", True, width=10),
    Column("date", "Data", "Giorno dell'intervento, GG/MM/AAAA.", True, width=12),
    Column("from", "Dalle", "Inizio della fascia utile, HH:MM.", True, width=8),
    Column("to", "Alle", "Fine della fascia utile, HH:MM.", True, width=8),
    Column("gender", "Genere richiesto", "F, M o vuoto.", choices=GENDERS, width=10),
    Column("skill", "Competenza", "Facoltativa.", width=14),
    Column("case", "Caso", "Riferimento del caso (facoltativo).", width=10),
    Column("priority", "Priorità", "Vuoto: normale.", choices=tuple(PRIORITY_LABELS.values()), width=10),
    Column("agency_contact", "Referente ente", "Chi ha chiesto l'intervento.", width=18),
    Column("contact_on_site", "Referente sul posto", "Chi accoglie il mediatore.", width=18),
    Column("reason", "Motivo", "Motivo dell'intervento.", width=24),
    Column("nationality", "Nazionalità", "Della persona assistita.", width=14),
    Column("address", "Indirizzo", "Se diverso da quello dell'ente.", width=24),
    Column("notes", "Note", "Facoltative.", width=30),
)

COLUMNS: dict[Kind, tuple[Column, ...]] = {
    Kind.MEDIATORS: MEDIATOR_COLUMNS, Kind.AGENCIES: AGENCY_COLUMNS, Kind.REQUESTS: REQUEST_COLUMNS,
}
