"""The default Italian texts of the agencies' mails (prenotato, spostato, annullato) and their placeholders.

The coordinator edits them in Settings; these are what "Ripristina" brings back
and what a service that never edited them sends. The words are the service's
voice to the agency: plain, formal ("Gentile"), with no detail about the person
assisted beyond what the agency itself wrote in its request.
"""

from __future__ import annotations

BOOKED, MOVED, CANCELLED = "booked", "moved", "cancelled"
KINDS = (BOOKED, MOVED, CANCELLED)

# every name a template may use, in the order the Settings panel lists them
PLACEHOLDERS = (
    "ente", "referente", "mediatore", "lingua", "data", "ora_inizio", "ora_fine", "appuntamenti",
    "modalita", "luogo", "da_preparare", "prima", "dopo", "motivo", "codice_caso", "riferimento",
    "servizio", "contatti_servizio",
)

SUBJECTS = {
    BOOKED: "Mediazione prenotata: {data} ore {ora_inizio} - {ente}",
    MOVED: "Mediazione modificata: {data} ore {ora_inizio} - {ente}",
    CANCELLED: "Mediazione annullata: {data} ore {ora_inizio} - {ente}",
}

BODIES = {
    BOOKED: """Gentile {referente},

vi confermiamo l'intervento di mediazione linguistico-culturale richiesto da {ente}.

Mediatore/mediatrice: {mediatore}
Lingua: {lingua}
Quando:
{appuntamenti}
Modalità: {modalita}
Luogo: {luogo}

Da preparare: {da_preparare}

Riferimento: {riferimento}
In allegato l'appuntamento da aggiungere al vostro calendario.

Per qualsiasi variazione contattateci: {contatti_servizio}

Cordiali saluti,
{servizio}
""",
    MOVED: """Gentile {referente},

l'intervento di mediazione linguistico-culturale richiesto da {ente} è cambiato.

Prima:
{prima}
Ora:
{dopo}

Mediatore/mediatrice: {mediatore}
Lingua: {lingua}
Appuntamenti in vigore:
{appuntamenti}
Modalità: {modalita}
Luogo: {luogo}

Da preparare: {da_preparare}

Riferimento: {riferimento}
L'appuntamento allegato aggiorna quello già nel vostro calendario.

Per qualsiasi variazione contattateci: {contatti_servizio}

Cordiali saluti,
{servizio}
""",
    CANCELLED: """Gentile {referente},

l'intervento di mediazione linguistico-culturale richiesto da {ente} è annullato.

{motivo}

Appuntamenti annullati:
{prima}
Lingua: {lingua}

Riferimento: {riferimento}
L'appuntamento allegato lo toglie dal vostro calendario.

Per qualsiasi chiarimento contattateci: {contatti_servizio}

Cordiali saluti,
{servizio}
""",
}

# what the agency should have ready, by mode (words of the service, not of the person assisted)
TO_PREPARE = {
    "in_person": "una stanza riservata per il colloquio e la persona di riferimento presente all'arrivo "
                 "del mediatore",
    "phone": "un telefono con vivavoce in una stanza riservata; il mediatore chiama all'ora indicata "
             "il numero che ci avete dato",
    "video": "il collegamento della videochiamata, da inviare al servizio prima dell'appuntamento, e "
             "una stanza riservata",
}
TO_PREPARE_CASE = "; tenete a portata di mano il fascicolo del caso {case}"

MODE_WORDS = {"in_person": "in presenza", "phone": "al telefono", "video": "in videochiamata"}
PLACE_BY_MODE = {"phone": "colloquio telefonico", "video": "videochiamata"}

# why an intervention was called off, in plain words to the agency (``CancelParty`` values)
CANCELLED_BY = {
    "agency": "L'annullamento è avvenuto su vostra richiesta.",
    "family": "L'annullamento è avvenuto su richiesta della persona assistita.",
    "mediator": "Il mediatore non può più essere presente: il servizio cerca un sostituto e vi "
                "scriverà appena l'avrà trovato.",
    "service": "Il servizio non ha un mediatore disponibile per questo appuntamento.",
    "": "",
}
