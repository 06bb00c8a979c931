<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AgencyForm</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/agency_form.py" line="+37"/>
        <source>street and number, e.g. Piazza del Comune 8</source>
        <translation>via e numero civico, es. Piazza del Comune 8</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the agency by e-mail</source>
        <translation>Avvisa l&apos;ente per e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The referente who asked and the contact on site receive a mail when a booking is made, moved or cancelled (the texts are in Settings).</source>
        <translation>Il referente che ha fatto la richiesta e il referente sul posto ricevono un&apos;e-mail quando un intervento è prenotato, spostato o annullato (i testi sono nelle Impostazioni).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact people</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking mails</source>
        <translation>E-mail degli interventi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Give the agency a code.</source>
        <translation>Dai un codice all&apos;ente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the agency&apos;s name.</source>
        <translation>Indica il nome dell&apos;ente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the area.</source>
        <translation>Scegli l&apos;ambito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each contact person needs a name.</source>
        <translation>Ogni referente deve avere un nome.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No contact person has an e-mail address: the agency will receive no booking mails. The referente named in a request is found here by name.</source>
        <translation>Nessun referente ha un indirizzo e-mail: l&apos;ente non riceverà le e-mail degli interventi. Il referente indicato nella richiesta viene cercato qui per nome.</translation>
    </message>
</context>
<context>
    <name>AgencyMail</name>
    <message>
        <location filename="../../mediation_desk/texts/agency_mail.py" line="+12"/>
        <source>Booked</source>
        <translation>Prenotato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Spostato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the agency&apos;s name</source>
        <translation>il nome dell&apos;ente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name of the person the mail is for</source>
        <translation>il nome della persona a cui è indirizzata l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mediator&apos;s name (several, for a series with changes)</source>
        <translation>il nome del mediatore (più nomi, per una serie con cambi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language</source>
        <translation>la lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date of the (first) appointment, dd/mm/yyyy</source>
        <translation>la data del (primo) appuntamento, gg/mm/aaaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its start time</source>
        <translation>l&apos;ora di inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its end time</source>
        <translation>l&apos;ora di fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every appointment in force, one per line</source>
        <translation>tutti gli appuntamenti in vigore, uno per riga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person, by phone or by video call</source>
        <translation>in presenza, al telefono o in videochiamata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address, or phone / video call</source>
        <translation>l&apos;indirizzo, oppure colloquio telefonico / videochiamata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the agency should have ready, by mode</source>
        <translation>cosa deve preparare l&apos;ente, secondo la modalità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the appointments as they were (moved, cancelled)</source>
        <translation>gli appuntamenti com&apos;erano (spostato, annullato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the appointments as they are now (moved)</source>
        <translation>gli appuntamenti come sono ora (spostato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who called it off, in plain words (cancelled)</source>
        <translation>chi ha annullato, in parole semplici (annullato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agency&apos;s own case code</source>
        <translation>il codice caso dell&apos;ente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the request or series number</source>
        <translation>il numero della richiesta o della serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service&apos;s name</source>
        <translation>il nome del servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service&apos;s contacts set here</source>
        <translation>i recapiti del servizio indicati qui</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the subject</source>
        <translation>l&apos;oggetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>il testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service&apos;s contacts</source>
        <translation>i recapiti del servizio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template &quot;{which}&quot;: {where} uses {{{name}}}, which is not a known placeholder.</source>
        <translation>Modello &quot;{which}&quot;: {where} usa {{{name}}}, che non è un segnaposto noto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template &quot;{which}&quot;: a brace in {where} is not closed or not opened; write {{{{ or }}}} for a brace of its own.</source>
        <translation>Modello &quot;{which}&quot;: una parentesi graffa in {where} non è chiusa o non è aperta; scrivi {{{{ o }}}} per una graffa vera e propria.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template &quot;{which}&quot;: {where} has empty braces {{}}: write a placeholder&apos;s name inside.</source>
        <translation>Modello &quot;{which}&quot;: {where} ha le graffe vuote {{}}: scrivi dentro il nome di un segnaposto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template &quot;{which}&quot;: write {{{name}}} in {where} without a format or conversion.</source>
        <translation>Modello &quot;{which}&quot;: scrivi {{{name}}} in {where} senza formato né conversione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template &quot;{which}&quot;: give the mail a subject.</source>
        <translation>Modello &quot;{which}&quot;: scrivi l&apos;oggetto dell&apos;e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template &quot;{which}&quot;: the subject must be one line.</source>
        <translation>Modello &quot;{which}&quot;: l&apos;oggetto deve stare su una riga.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is too long: at most {limit} characters.</source>
        <translation>{where}: troppo lungo, al massimo {limit} caratteri.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/settings/agency_mail_panel.py" line="+56"/>
        <source>e.g. tel. 0371 123456, coordinamento@…</source>
        <translation>es. tel. 0371 123456, coordinamento@…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the default text</source>
        <translation>Ripristina il testo predefinito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the agencies&apos; mails</source>
        <translation>Salva le e-mail agli enti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mails to the agencies</source>
        <translation>E-mail agli enti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a booking is made, moved or cancelled, the agency&apos;s referente and the contact on site (when they have an e-mail address) receive this mail with the appointment for their calendar. Each agency can be left out in its form.</source>
        <translation>Quando un intervento è prenotato, spostato o annullato, il referente dell&apos;ente e il referente sul posto (se hanno un indirizzo e-mail) ricevono questa e-mail con l&apos;appuntamento per il loro calendario. Ogni ente può essere escluso nella sua scheda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service&apos;s contacts</source>
        <translation>Recapiti del servizio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placeholders</source>
        <translation>Segnaposto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No upcoming booking: the preview uses sample data.</source>
        <translation>Nessun intervento in arrivo: l&apos;anteprima usa dati di esempio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawn from booking {id}, the next one.</source>
        <translation>Dall&apos;intervento {id}, il prossimo in calendario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject: {subject}</source>
        <translation>Oggetto: {subject}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Mails to the agencies saved.</source>
        <translation>E-mail agli enti salvate.</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/agency_table_model.py" line="+16"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Referenti</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../mediation_desk/ui/mail/replies_panel.py" line="+36"/>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined: the request is back among the unfilled ones</source>
        <translation>rifiutato: la richiesta torna tra quelle da coprire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tentatively accepted</source>
        <translation>accettato con riserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no booking of ours</source>
        <translation>nessun nostro intervento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent by someone who is not the booked mediator</source>
        <translation>inviata da chi non è il mediatore prenotato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answers an older version of the invitation</source>
        <translation>risponde a una versione precedente dell&apos;invito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already recorded</source>
        <translation>già registrata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a calendar answer</source>
        <translation>non è una risposta di calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: the e-mail does not come from the booked mediator</source>
        <translation>rifiutata: la mail non viene dal mediatore prenotato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: answers a version of the invitation never sent</source>
        <translation>rifiutata: risponde a una versione dell&apos;invito mai inviata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: too large to be a calendar answer</source>
        <translation>rifiutata: troppo grande per essere una risposta di calendario</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mediator {mediator} declined booking {booking} of {day}.</source>
        <translation>{mediator} ha rifiutato l&apos;intervento {booking} del {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request {request} is unfilled again.</source>
        <translation>La richiesta {request} è di nuovo da coprire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer {source} not applied: {why}</source>
        <translation>Risposta {source} non applicata: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mediator {mediator} has no e-mail address: tell them about booking {booking} yourself.</source>
        <translation>{mediator} non ha un indirizzo e-mail: l&apos;intervento {booking} va comunicato da te.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no replies mailbox is set in Settings</source>
        <translation>nessuna casella delle risposte impostata nelle Impostazioni</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read replies from files…</source>
        <translation>Leggi le risposte dai file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the replies mailbox</source>
        <translation>Leggi la casella delle risposte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as seen</source>
        <translation>Segna come visto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replies read</source>
        <translation>Risposte lette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Read replies</source>
        <translation>Leggi le risposte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar answers (*.ics *.eml)</source>
        <translation>Risposte di calendario (*.ics *.eml)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading {n} files…</source>
        <translation>Lettura di {n} file…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the replies mailbox…</source>
        <translation>Lettura della casella delle risposte…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replies not read: {why}</source>
        <translation>Risposte non lette: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading replies</source>
        <translation>Lettura delle risposte</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../mediation_desk/ui/app.py" line="+62"/>
        <location line="+34"/>
        <source>Mediation Desk</source>
        <translation>Mediation Desk</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Cannot open the database:
{error}</source>
        <translation>Impossibile aprire il database:
{error}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/audit/audit_table_model.py" line="+20"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../mediation_desk/ui/audit/audit_view.py" line="+41"/>
        <source>Record: R00012, B00040, M003…</source>
        <translation>Scheda: R00012, B00040, M003…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} lines</source>
        <translation>{n} righe</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/booking_actions.py" line="+61"/>
        <source>Move booking</source>
        <translation>Sposta l&apos;intervento</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Cancel booking</source>
        <translation>Annulla l&apos;intervento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booking cancelled</source>
        <translation>Intervento annullato</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+33"/>
        <location line="+49"/>
        <source>No-show</source>
        <translation>Utente assente</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Who did not come to booking {id}?</source>
        <translation>Chi non si è presentato all&apos;intervento {id}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person assisted (billed)</source>
        <translation>L&apos;utente assistito (si addebita)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mediator (not billed)</source>
        <comment>woman</comment>
        <translation>La mediatrice (non si addebita)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mediator (not billed)</source>
        <translation>Il mediatore (non si addebita)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+52"/>
        <source>Move…</source>
        <translation>Sposta…</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Cancel…</source>
        <translation>Annulla…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Close with actual times…</source>
        <translation>Chiudi con gli orari effettivi…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>People assisted…</source>
        <translation>Persone assistite…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Undo the last change</source>
        <translation>Annulla l&apos;ultima modifica</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>Signed sheet…</source>
        <translation>Foglio firmato…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Print intervention sheet…</source>
        <translation>Stampa scheda intervento…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intervention sheet as PDF…</source>
        <translation>Scheda intervento in PDF…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close…</source>
        <translation>Chiudi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annulla modifica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print sheet…</source>
        <translation>Stampa scheda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intervention sheet to sign, printed</source>
        <translation>La scheda intervento da firmare, stampata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet as PDF…</source>
        <translation>Scheda in PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intervention sheet to sign, as A4 PDF</source>
        <translation>La scheda intervento da firmare, in PDF A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the signed sheet that came back, and its scan</source>
        <translation>Registra il foglio firmato rientrato e la sua scansione</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/booking_table_model.py" line="+47"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invitation not sent</source>
        <translation>Invito non inviato</translation>
    </message>
</context>
<context>
    <name>BudgetInfo</name>
    <message>
        <location filename="../../mediation_desk/ui/common/budget_figures.py" line="+42"/>
        <source>{project}: hour budget used up ({percent}%)</source>
        <translation>{project}: monte ore esaurito ({percent}%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{project}: {percent}% of the hours used</source>
        <translation>{project}: usato il {percent}% delle ore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{project}: hours forecast to run out on {date}, before the end</source>
        <translation>{project}: ore esaurite previste il {date}, prima della fine</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Budget {budget} h · delivered {delivered} h · booked {committed} h · left {left} h</source>
        <translation>Monte ore {budget} h · svolte {delivered} h · prenotate {committed} h · residue {left} h</translation>
    </message>
</context>
<context>
    <name>BurnDownChart</name>
    <message>
        <location filename="../../mediation_desk/ui/common/charts.py" line="+69"/>
        <source>No budget to show</source>
        <translation>Nessun monte ore da mostrare</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hours forecast to run out on %1</source>
        <translation>Ore esaurite previste il %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Hours left</source>
        <translation>Ore residue</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/business_settings_panel.py" line="+47"/>
        <source>Save service settings</source>
        <translation>Salva le impostazioni del servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service name (reports)</source>
        <translation>Nome del servizio (nei report)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late cancellation if notice under</source>
        <translation>Annullamento tardivo se il preavviso è inferiore a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice asked for a request (urgent ones exempt)</source>
        <translation>Preavviso richiesto per una richiesta (urgenti escluse)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A late cancellation is billed</source>
        <translation>L&apos;annullamento tardivo si addebita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A no-show is billed</source>
        <translation>L&apos;assenza dell&apos;utente si addebita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project rate</source>
        <translation>Tariffa del progetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: each mediator&apos;s own rate</source>
        <translation>Se non spuntato: la tariffa di ciascun mediatore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save billing rule</source>
        <translation>Salva la regola di fatturazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing rule per project</source>
        <translation>Regola di fatturazione per progetto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round up to a step of</source>
        <translation>Arrotonda per eccesso a multipli di</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum charge</source>
        <translation>Addebito minimo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hourly rate</source>
        <translation>Tariffa oraria</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give the service a name.</source>
        <translation>Dai un nome al servizio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The notice is out of range.</source>
        <translation>Il preavviso è fuori intervallo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service settings saved.</source>
        <translation>Impostazioni del servizio salvate.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Project {code} no longer exists.</source>
        <translation>Il progetto {code} non esiste più.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Billing rule of {code} saved.</source>
        <translation>Regola di fatturazione di {code} salvata.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/settings/settings_view.py" line="+41"/>
        <source>Mail and invitations</source>
        <translation>Posta e inviti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies mailbox</source>
        <translation>Casella delle risposte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service and billing</source>
        <translation>Servizio e fatturazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays and closures</source>
        <translation>Festività e chiusure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mails to the agencies</source>
        <translation>E-mail agli enti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../mediation_desk/ui/calendar/calendar_view.py" line="+49"/>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By mediator</source>
        <translation>Per mediatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By area</source>
        <translation>Per ambito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All mediators</source>
        <translation>Tutti i mediatori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also the mediators with nothing booked, to move bookings to them</source>
        <translation>Anche i mediatori senza interventi, per spostarvi gli interventi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>accepted</source>
        <translation>accettato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting reply</source>
        <translation>in attesa di risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>svolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>utente assente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Week of {date}</source>
        <translation>Settimana di {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/booking_actions.py" line="-232"/>
        <source>Cancel booking {id}</source>
        <translation>Annulla l&apos;intervento {id}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Late cancellation: it will be billed to the project.</source>
        <translation>Annullamento tardivo: sarà addebitato al progetto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late, but not called off by the agency or the family: nothing is billed.</source>
        <translation>Tardivo, ma non annullato dall&apos;ente o dalla famiglia: non si addebita nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled in time: nothing is billed.</source>
        <translation>Annullato in tempo: nulla viene addebitato.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Booking</source>
        <translation>Intervento</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>e.g. the family moved to another town</source>
        <translation>es. la famiglia si è trasferita in un altro comune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is no longer needed: close it</source>
        <translation>La richiesta non serve più: chiuderla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Called off by</source>
        <translation>Annullato da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the booking</source>
        <translation>Annulla l&apos;intervento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The request goes back among those to fill.</source>
        <translation>La richiesta torna tra quelle da coprire.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/candidate_table_model.py" line="+19"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First free time</source>
        <translation>Primo orario libero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free starts</source>
        <translation>Orari liberi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/candidates_panel.py" line="+41"/>
        <location line="+67"/>
        <source>Candidates</source>
        <translation>Candidati</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Book</source>
        <translation>Prenota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why not</source>
        <translation>Perché no</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <source>Excluded</source>
        <translation>Esclusi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates for {id}: {n}</source>
        <translation>Candidati per {id}: {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookable only with a budget override</source>
        <translation>Prenotabile solo con deroga al monte ore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to book past the budget, giving a reason.</source>
        <translation>Doppio clic per prenotare oltre il monte ore, indicando un motivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excluded: {n}</source>
        <translation>Esclusi: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mediators ({available} available, {excluded} excluded)</source>
        <translation>Mediatori ({available} disponibili, {excluded} esclusi)</translation>
    </message>
</context>
<context>
    <name>CasePreferences</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/case_preferences_dialog.py" line="+22"/>
        <source>Preferences for case {case}</source>
        <translation>Preferenze per il caso {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the requests of this case they replace what the agency states for all its requests.</source>
        <translation>Per le richieste di questo caso sostituiscono quanto l&apos;ente indica per tutte le sue richieste.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Case preferences not saved</source>
        <translation>Preferenze del caso non salvate</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/booking_actions.py" line="+34"/>
        <source>Close booking {id}</source>
        <translation>Chiudi l&apos;intervento {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start</source>
        <translation>Inizio effettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end</source>
        <translation>Fine effettiva</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The end must follow the start.</source>
        <translation>La fine deve seguire l&apos;inizio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who signed the sheet for the agency.</source>
        <translation>Indicare chi ha firmato il foglio per l&apos;ente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed sheet cannot come back before the intervention.</source>
        <translation>Il foglio firmato non può rientrare prima dell&apos;intervento.</translation>
    </message>
</context>
<context>
    <name>Closures</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/closures_panel.py" line="+54"/>
        <source>The comune has a patron saint&apos;s day</source>
        <translation>Il comune ha la festa del santo patrono</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. San Bassiano</source>
        <translation>es. San Bassiano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save holidays and closures</source>
        <translation>Salva festività e chiusure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays and closures</source>
        <translation>Festività e chiusure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patron saint</source>
        <translation>Santo patrono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closures</source>
        <translation>Chiusure delle scuole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National holidays</source>
        <translation>Festività nazionali</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Holidays and closures saved.</source>
        <translation>Festività e chiusure salvate.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no day {day}/{month}.</source>
        <translation>Il giorno {day}/{month} non esiste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The closure {name} must end on or after its start, within {days} days.</source>
        <translation>La chiusura {name} deve finire lo stesso giorno dell&apos;inizio o dopo, entro {days} giorni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {n} closure periods.</source>
        <translation>Al massimo {n} periodi di chiusura.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../mediation_desk/ui/dashboard/dashboard_view.py" line="+57"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow</source>
        <translation>Domani</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests still to fill</source>
        <translation>Richieste ancora da coprire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations not yet accepted</source>
        <translation>Inviti non ancora accettati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget alerts</source>
        <translation>Avvisi sul monte ore</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No interventions today.</source>
        <translation>Nessun intervento oggi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No interventions tomorrow.</source>
        <translation>Nessun intervento domani.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every invitation of the next two weeks is accepted.</source>
        <translation>Tutti gli inviti delle prossime due settimane sono accettati.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing the budgets…</source>
        <translation>Calcolo dei monte ore…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Budgets not available: {error}</source>
        <translation>Monte ore non disponibili: {error}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>… and {n} more in Requests</source>
        <translation>… e altre {n} in Richieste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every request is filled.</source>
        <translation>Tutte le richieste sono coperte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No project near its budget.</source>
        <translation>Nessun progetto vicino al monte ore.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../mediation_desk/ui/data/menu_actions.py" line="+48"/>
        <source>Replace the service</source>
        <translation>Sostituire il servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already holds a service. Replace all of it?</source>
        <translation>Il database contiene già un servizio. Sostituirlo del tutto?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import scenario</source>
        <translation>Importa scenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Scenario (*.json)</source>
        <translation>Scenario (*.json)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Reading {name}…</source>
        <translation>Lettura di {name}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {name}</source>
        <translation>Importato {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing the scenario</source>
        <translation>Importazione dello scenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import refused</source>
        <translation>Importazione rifiutata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export scenario</source>
        <translation>Esporta scenario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing {name}…</source>
        <translation>Scrittura di {name}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to {name}</source>
        <translation>Salvato in {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the scenario</source>
        <translation>Esportazione dello scenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>Demo data</source>
        <translation>Dati dimostrativi</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Booked {booked} of {requests} requests; {skipped} skipped.</source>
        <translation>Prenotate {booked} richieste su {requests}; saltate {skipped}.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Creating the demo service…</source>
        <translation>Creazione del servizio dimostrativo…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Finding who can take each request</source>
        <translation>Ricerca di chi può coprire ogni richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching for the best plan</source>
        <translation>Ricerca del piano migliore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the plan against the rules</source>
        <translation>Verifica del piano rispetto alle regole</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Planning {first} – {last}…</source>
        <translation>Pianificazione {first} – {last}…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Left unbooked:</source>
        <translation>Non prenotate:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning done</source>
        <translation>Pianificazione completata</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Planning</source>
        <translation>Pianificazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Planning failed</source>
        <translation>Pianificazione non riuscita</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invitations</source>
        <translation>Inviti</translation>
    </message>
</context>
<context>
    <name>EntityListView</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/entity_list_view.py" line="+70"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/data/first_start.py" line="+17"/>
        <source>Welcome to Mediation Desk</source>
        <translation>Benvenuti in Mediation Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is empty. You can explore the program with demo data (a mediation service in Lombardy with a few weeks of requests), import a scenario file, or start from scratch.</source>
        <translation>Il database è vuoto. Puoi provare il programma con i dati dimostrativi (un servizio di mediazione in Lombardia con alcune settimane di richieste), importare un file di scenario o partire da zero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load the demo data</source>
        <translation>Carica i dati dimostrativi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a scenario file…</source>
        <translation>Importa un file di scenario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with an empty database</source>
        <translation>Inizia con un database vuoto</translation>
    </message>
</context>
<context>
    <name>FundChooser</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/fund_chooser.py" line="+150"/>
        <source>Also possible: {projects}.</source>
        <translation>Possibili anche: {projects}.</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../../mediation_desk/texts/funding.py" line="+21"/>
        <source>it does not fund the area {area}</source>
        <translation>non finanzia l&apos;ambito {area}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it does not fund agencies of kind {kind}</source>
        <translation>non finanzia enti di tipo {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not fund the language {language}</source>
        <translation>non finanzia la lingua {language}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dates asked for are outside the project ({start} – {end})</source>
        <translation>le date richieste sono fuori dal progetto ({start} – {end})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed: {project} — {free} h free, ends on {end}.</source>
        <translation>Proposto: {project} — {free} h libere, termina il {end}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for funds</source>
        <translation>In attesa di fondi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for funds: no eligible project has hours free for this request. It cannot be booked until a project is assigned.</source>
        <translation>In attesa di fondi: nessun progetto idoneo ha ore libere per questa richiesta. Non si può prenotare finché non le viene assegnato un progetto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project {project} may not fund this request: {reasons}.</source>
        <translation>Il progetto {project} non può finanziare questa richiesta: {reasons}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project {project} has {free} h free, this request needs {need} h.</source>
        <translation>Il progetto {project} ha {free} h libere, questa richiesta ne richiede {need}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{free} h free on project {project}: 1 waiting request can be funded</source>
        <translation>Si sono liberate {free} h sul progetto {project}: 1 richiesta in attesa può essere finanziata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{free} h free on project {project}: {count} waiting requests can be funded</source>
        <translation>Si sono liberate {free} h sul progetto {project}: {count} richieste in attesa possono essere finanziate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project {project} assigned to the waiting request.</source>
        <translation>Progetto {project} assegnato alla richiesta in attesa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project {project} assigned to {count} waiting requests.</source>
        <translation>Progetto {project} assegnato a {count} richieste in attesa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project {project} no longer exists.</source>
        <translation>Il progetto {project} non esiste più.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request {request} is no longer waiting for funds: reload.</source>
        <translation>La richiesta {request} non è più in attesa di fondi: aggiorna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project {project} may not fund request {request}.</source>
        <translation>Il progetto {project} non può finanziare la richiesta {request}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project {project} no longer has the hours for request {request} ({free} h free): reload.</source>
        <translation>Il progetto {project} non ha più le ore per la richiesta {request} ({free} h libere): aggiorna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requests could not be funded ({code}).</source>
        <translation>Non è stato possibile finanziare le richieste ({code}).</translation>
    </message>
</context>
<context>
    <name>FundingBox</name>
    <message>
        <location filename="../../mediation_desk/ui/dashboard/funding_box.py" line="+35"/>
        <source>Waiting for funds</source>
        <translation>In attesa di fondi</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>… and {n} more in Requests</source>
        <translation>… e altre {n} in Richieste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No request is waiting for funds.</source>
        <translation>Nessuna richiesta è in attesa di fondi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting list not available: {error}</source>
        <translation>Lista d&apos;attesa non disponibile: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assign {project} to this request</source>
        <translation>Assegna {project} a questa richiesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign {project} to these {count} requests</source>
        <translation>Assegna {project} a queste {count} richieste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign the project</source>
        <translation>Assegna il progetto</translation>
    </message>
</context>
<context>
    <name>ImapSettings</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/imap_settings_panel.py" line="+42"/>
        <source>Encrypted connection (SSL/TLS)</source>
        <translation>Connessione cifrata (SSL/TLS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leave empty to keep the stored one</source>
        <translation>lascia vuoto per mantenere quella salvata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save mailbox settings</source>
        <translation>Salva le impostazioni della casella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMAP server</source>
        <translation>Server IMAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the invitations&apos; answers arrive (the organizer&apos;s mailbox).</source>
        <translation>Dove arrivano le risposte agli inviti (la casella dell&apos;organizzatore).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the server and the user.</source>
        <translation>Indica il server e l&apos;utente.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing saved: the password cannot be kept without a system keyring.</source>
        <translation>Nulla salvato: la password non può essere conservata senza un portachiavi di sistema.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mailbox settings saved.</source>
        <translation>Impostazioni della casella salvate.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../mediation_desk/texts/labels.py" line="+25"/>
        <source>To plan</source>
        <translation>Da pianificare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <comment>request</comment>
        <translation>Prenotata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>request</comment>
        <translation>Annullata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmed</source>
        <comment>booking</comment>
        <translation>Confermato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>booking</comment>
        <translation>Svolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>booking</comment>
        <translation>Annullato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In person</source>
        <translation>In presenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefonica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>School</source>
        <translation>Scuola</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Health service</source>
        <translation>Servizio sanitario</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Social services</source>
        <translation>Servizi sociali</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Court</source>
        <translation>Tribunale</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Native</source>
        <translation>Madrelingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluent</source>
        <translation>Fluente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Operativo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivered</source>
        <translation>Svolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Utente assente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late cancellation (billable)</source>
        <translation>Annullamento tardivo (addebitabile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled, not billed</source>
        <translation>Annullato, non addebitato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator did not come (not billed)</source>
        <translation>Mediatore non presentato (non addebitato)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mediator</source>
        <comment>woman</comment>
        <translation>La mediatrice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agency</source>
        <translation>L&apos;ente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person assisted or the family</source>
        <translation>L&apos;utente assistito o la famiglia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mediator</source>
        <translation>Il mediatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mediator available</source>
        <translation>Nessun mediatore disponibile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Awaiting reply</source>
        <translation>In attesa di risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accettato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tentative</source>
        <translation>Provvisorio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woman</source>
        <translation>Donna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Man</source>
        <translation>Uomo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>Indifferente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monday</source>
        <translation>Lunedì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Martedì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mercoledì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Giovedì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Venerdì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sabato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domenica</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Health</source>
        <translation>Sanità</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal</source>
        <translation>Ambito legale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work</source>
        <translation>Lavoro</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>preferred for this case</source>
        <translation>preferito per questo caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred by the agency</source>
        <translation>preferito dall&apos;ente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below the level asked for ({level})</source>
        <translation>livello inferiore a quello chiesto ({level})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already followed case {case}</source>
        <translation>ha già seguito il caso {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min from home</source>
        <translation>{minutes} min da casa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skill: {skill}</source>
        <translation>competenza: {skill}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h this month</source>
        <translation>{hours} h questo mese</translation>
    </message>
</context>
<context>
    <name>MailFailure</name>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="+240"/>
        <source>the mail server</source>
        <translation>il server di posta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {host} cannot be found: check its name in Settings, or the internet connection.</source>
        <translation>Il server di posta {host} non si trova: controllare il nome nelle Impostazioni o la connessione a internet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {host} refuses connections on port {port}.</source>
        <translation>Il server di posta {host} rifiuta le connessioni sulla porta {port}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server {host} does not answer.</source>
        <translation>Il server di posta {host} non risponde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server {host} cannot be reached.</source>
        <translation>Il server di posta {host} non è raggiungibile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the mail server {host} is not trusted.</source>
        <translation>Il certificato del server di posta {host} non è attendibile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to the mail server {host} failed.</source>
        <translation>La connessione protetta al server di posta {host} non è riuscita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server {host} refused the user name or the password.</source>
        <translation>Il server di posta {host} ha rifiutato nome utente o password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server refused the address {to}.</source>
        <translation>Il server di posta ha rifiutato l&apos;indirizzo {to}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server {host} answered: {detail}</source>
        <translation>Il server di posta {host} ha risposto: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail password cannot be read: there is no usable system keyring.</source>
        <translation>Impossibile leggere la password della posta: manca un portachiavi di sistema utilizzabile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The invitation did not go out: {detail}</source>
        <translation>L&apos;invito non è partito: {detail}</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <location filename="../../mediation_desk/ui/mail/mail_sender.py" line="+44"/>
        <source>Not sent: there is no usable system keyring ({problem}), so the mail password cannot be read. The invitations stay queued; you can save each booking&apos;s .ics file from the outbox. Install and unlock the system keyring and start Mediation Desk again, or use a mail server that needs no password.</source>
        <translation>Non inviati: non c&apos;è un portachiavi di sistema utilizzabile ({problem}), quindi la password della posta non si può leggere. Gli inviti restano in coda; puoi salvare il file .ics di ogni intervento dalla posta in uscita. Installa e sblocca il portachiavi di sistema e riavvia Mediation Desk, oppure usa un server di posta che non chiede password.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not sent: check the mail settings.</source>
        <translation>Non inviati: controlla le impostazioni di posta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Not sent: {why}</source>
        <translation>Non inviati: {why}</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Sent: {sent}. To retry: {retry}. Failed: {failed}.</source>
        <translation>Inviati: {sent}. Da riprovare: {retry}. Non riusciti: {failed}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sending the queued invitations…</source>
        <translation>Invio degli inviti in coda…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending invitations</source>
        <translation>Invio degli inviti</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Invitations sent: {sent}, to retry: {retry}, failed: {failed}.</source>
        <translation>Inviti inviati: {sent}, da riprovare: {retry}, non riusciti: {failed}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invitations not sent: {why}</source>
        <translation>Inviti non inviati: {why}</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <location filename="../../mediation_desk/ui/mail/mail_texts.py" line="+17"/>
        <source>No usable system keyring ({problem}): passwords can be neither saved nor read, so mail that needs a login cannot be sent. To fix it, install and unlock the system keyring (GNOME Keyring or KWallet on Linux; Windows and macOS have their own) and start Mediation Desk again, or use a mail server that needs no password. You can still save each booking&apos;s .ics file from the outbox and send it yourself.</source>
        <translation>Nessun portachiavi di sistema utilizzabile ({problem}): le password non si possono né salvare né leggere, quindi la posta che richiede l&apos;accesso non può essere inviata. Per rimediare, installa e sblocca il portachiavi di sistema (GNOME Keyring o KWallet su Linux; Windows e macOS hanno il proprio) e riavvia Mediation Desk, oppure usa un server di posta che non chiede password. Puoi comunque salvare il file .ics di ogni intervento dalla posta in uscita e inviarlo tu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{backend} would keep the passwords unencrypted in a file</source>
        <translation>{backend} terrebbe le password in chiaro in un file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring did not answer: {backend}</source>
        <translation>il portachiavi non ha risposto: {backend}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keyring found: {backend}</source>
        <translation>nessun portachiavi trovato: {backend}</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-36"/>
        <source>The SMTP server is missing.</source>
        <translation>Manca il server SMTP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port {port} is not between 1 and 65535.</source>
        <translation>La porta {port} non è compresa tra 1 e 65535.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The security {security} is not one of: {choices}.</source>
        <translation>La sicurezza {security} non è tra quelle ammesse: {choices}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender is not an e-mail address.</source>
        <translation>Il mittente non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organizer&apos;s e-mail is not an e-mail address.</source>
        <translation>L&apos;e-mail dell&apos;organizzatore non è un indirizzo valido.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/settings/mail_settings_panel.py" line="+43"/>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>leave empty to keep the stored one</source>
        <translation>lascia vuoto per mantenere quella salvata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save mail settings</source>
        <translation>Salva le impostazioni di posta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox…</source>
        <translation>Posta in uscita…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP server</source>
        <translation>Server SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>Indirizzo del mittente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer&apos;s name</source>
        <translation>Nome dell&apos;organizzatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer&apos;s e-mail (replies)</source>
        <translation>E-mail dell&apos;organizzatore (risposte)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing saved: the password cannot be kept without a system keyring. Leave the password empty for a server without login, or save the .ics files from the outbox.</source>
        <translation>Nulla salvato: la password non può essere conservata senza un portachiavi di sistema. Lascia vuota la password per un server senza accesso, oppure salva i file .ics dalla posta in uscita.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mail settings saved.</source>
        <translation>Impostazioni di posta salvate.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to {host}…</source>
        <translation>Connessione a {host}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection and login work.</source>
        <translation>Connessione e accesso funzionano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection failed: {why}</source>
        <translation>Connessione non riuscita: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the connection</source>
        <translation>Prova della connessione</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mediation_desk/ui/main_window.py" line="+54"/>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>Enti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Progetti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Registro attività</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mediation Desk</source>
        <translation>Mediation Desk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Someone else changed the data: this view updates when you save or leave the form.</source>
        <translation>Qualcun altro ha modificato i dati: questa vista si aggiorna quando salvi o lasci il modulo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import scenario…</source>
        <translation>&amp;Importa scenario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export scenario…</source>
        <translation>&amp;Esporta scenario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;demo data</source>
        <translation>Carica dati &amp;dimostrativi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Requests</source>
        <translation>&amp;Richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New request</source>
        <translation>&amp;Nuova richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search requests</source>
        <translation>&amp;Cerca richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Book the chosen mediator</source>
        <translation>&amp;Prenota il mediatore scelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the request</source>
        <translation>&amp;Salva la richiesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today in the calendar</source>
        <translation>&amp;Oggi nel calendario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reload from the database</source>
        <translation>&amp;Ricarica dal database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tools</source>
        <translation>&amp;Strumenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan pending requests…</source>
        <translation>&amp;Pianifica le richieste in attesa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send queued invitations</source>
        <translation>&amp;Invia gli inviti in coda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outbox and replies…</source>
        <translation>&amp;Posta in uscita e risposte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Mediation Desk</source>
        <translation>&amp;Informazioni su Mediation Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User: {login}</source>
        <translation>Utente: {login}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>coordinatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>finance</source>
        <translation>amministrazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>amministratore di sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: {login} ({role})</source>
        <translation>Utente: {login} ({role})</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>About Mediation Desk</source>
        <translation>Informazioni su Mediation Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mediation Desk: requests, bookings, calendar invitations and hour budgets of an on-call intercultural mediation service.</source>
        <translation>Mediation Desk: richieste, interventi, inviti di calendario e monte ore di un servizio di mediazione interculturale a chiamata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {version}</source>
        <translation>Versione {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: European Union Public Licence 1.2 (EUPL-1.2)</source>
        <translation>Licenza: Licenza Pubblica dell&apos;Unione Europea 1.2 (EUPL-1.2)</translation>
    </message>
</context>
<context>
    <name>MediatorForm</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/mediator_form.py" line="+47"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h/week</source>
        <translation> h/settimana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>project rate</source>
        <translation>tariffa del progetto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <comment>time</comment>
        <translation>Dalle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To</source>
        <comment>time</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Ambiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home comune</source>
        <translation>Comune di residenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly limit</source>
        <translation>Limite settimanale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate</source>
        <translation>Tariffa oraria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Competenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly availability</source>
        <translation>Disponibilità settimanale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absences</source>
        <translation>Assenze</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Give the mediator a code.</source>
        <translation>Dai un codice al mediatore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the mediator&apos;s name.</source>
        <translation>Indica il nome del mediatore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a valid e-mail address: invitations go there.</source>
        <translation>Indica un indirizzo e-mail valido: gli inviti arrivano lì.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one language.</source>
        <translation>Aggiungi almeno una lingua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each availability window must end after it starts.</source>
        <translation>Ogni fascia di disponibilità deve finire dopo il suo inizio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each absence must end after it starts.</source>
        <translation>Ogni assenza deve finire dopo il suo inizio.</translation>
    </message>
</context>
<context>
    <name>MediatorPreferences</name>
    <message>
        <location filename="../../mediation_desk/ui/common/mediator_preferences.py" line="+35"/>
        <source>Preferred</source>
        <translation>Preferito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>Non inviare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranked first among the candidates and by the planner</source>
        <translation>Messo per primo tra i candidati e dalla pianificazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never proposed nor booked for this agency or case</source>
        <translation>Mai proposto né prenotato per questo ente o caso</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preferred mediators</source>
        <translation>Mediatori preferiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediators not to send</source>
        <translation>Mediatori da non inviare</translation>
    </message>
</context>
<context>
    <name>MediatorTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/mediator_table_model.py" line="+18"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Lingue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Ambiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Genere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours per week</source>
        <translation>Ore a settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MissingSheetsPanel</name>
    <message>
        <location filename="../../mediation_desk/ui/reports/missing_sheets_panel.py" line="+39"/>
        <source>Record signed sheet…</source>
        <translation>Registra foglio firmato…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking</source>
        <translation>Prenotazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Orario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agency</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{n} closed interventions of {first} – {last} without a signed sheet</source>
        <translation>{n} interventi chiusi dal {first} al {last} senza foglio firmato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every closed intervention of {first} – {last} has its signed sheet.</source>
        <translation>Ogni intervento chiuso dal {first} al {last} ha il suo foglio firmato.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../mediation_desk/texts/monitoring.py" line="+11"/>
        <source>People assisted</source>
        <translation>Persone assistite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Donne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Uomini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minors</source>
        <translation>Minori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults</source>
        <translation>Adulti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field}: write a whole number.</source>
        <translation>{field}: scrivere un numero intero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: a count cannot be negative.</source>
        <translation>{field}: un conteggio non può essere negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one person must have been assisted: if the number is not known, choose &quot;not recorded&quot;.</source>
        <translation>Almeno una persona deve essere stata assistita: se il numero non è noto, scegliere «non registrato».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} people at one intervention? At most {most}.</source>
        <translation>{value} persone in un solo intervento? Al massimo {most}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women ({women}) and men ({men}) are more than the people assisted ({people}).</source>
        <translation>Donne ({women}) e uomini ({men}) sono più delle persone assistite ({people}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minors ({minors}) and adults ({adults}) are more than the people assisted ({people}).</source>
        <translation>Minori ({minors}) e adulti ({adults}) sono più delle persone assistite ({people}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The nationality must be text.</source>
        <translation>La nazionalità deve essere un testo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The nationality is too long (at most {most} characters).</source>
        <translation>La nazionalità è troppo lunga (al massimo {most} caratteri).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking {booking} no longer exists.</source>
        <translation>La prenotazione {booking} non esiste più.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking {booking} did not take place: the people assisted are recorded only for an intervention closed with its actual times.</source>
        <translation>La prenotazione {booking} non si è svolta: le persone assistite si registrano solo per un intervento chiuso con gli orari effettivi.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../mediation_desk/texts/notices.py" line="+14"/>
        <source>Project {project}: the hour budget is used up.</source>
        <translation>Progetto {project}: il monte ore è esaurito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project {project}: over 95% of the hour budget is used.</source>
        <translation>Progetto {project}: usato oltre il 95% del monte ore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project {project}: over 80% of the hour budget is used.</source>
        <translation>Progetto {project}: usato oltre l&apos;80% del monte ore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail is not set up (Settings): tell the mediator yourself, no invitation was queued.</source>
        <translation>La posta non è configurata (Impostazioni): avvisa tu il mediatore, nessun invito è stato messo in coda.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-133"/>
        <source>Give the reason of the cancellation.</source>
        <translation>Indica il motivo dell&apos;annullamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intervention has not started yet.</source>
        <translation>L&apos;intervento non è ancora iniziato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actual end must follow the actual start.</source>
        <translation>La fine effettiva deve seguire l&apos;inizio effettivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actual end is in the future.</source>
        <translation>La fine effettiva è nel futuro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An intervention cannot last more than a day.</source>
        <translation>Un intervento non può durare più di un giorno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The booking is no longer in a state that allows this.</source>
        <translation>Lo stato dell&apos;intervento non lo permette più.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The booking no longer exists.</source>
        <translation>L&apos;intervento non esiste più.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>The request no longer exists.</source>
        <translation>La richiesta non esiste più.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The mediator no longer exists.</source>
        <translation>Il mediatore non esiste più.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/common/operations.py" line="+70"/>
        <source>Book past the budget?</source>
        <translation>Prenotare oltre il monte ore?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for booking anyway (recorded):</source>
        <translation>Motivo per prenotare comunque (viene registrato):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Booking refused</source>
        <translation>Prenotazione rifiutata</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Move refused</source>
        <translation>Spostamento rifiutato</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancellation refused</source>
        <translation>Annullamento rifiutato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No-show refused</source>
        <translation>Assenza non registrata</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request not reopened</source>
        <translation>Richiesta non riaperta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Closing refused</source>
        <translation>Chiusura rifiutata</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Undo refused</source>
        <translation>Ripristino rifiutato</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-43"/>
        <source>A login is lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Un nome utente è fatto di lettere minuscole, cifre, &apos;_&apos;, &apos;.&apos; o &apos;-&apos; e comincia con una lettera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That login exists already.</source>
        <translation>Questo nome utente esiste già.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such user.</source>
        <translation>Utente inesistente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give an initial password.</source>
        <translation>Indica una password iniziale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file on this PC has one user: nothing to manage.</source>
        <translation>Un archivio su questo PC ha un solo utente: non c&apos;è nulla da gestire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another user</source>
        <translation>un altro utente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request changed by {who} on {day} at {time}.</source>
        <translation>Richiesta modificata da {who} il {day} alle {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking changed by {who} on {day} at {time}.</source>
        <translation>Prenotazione modificata da {who} il {day} alle {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator changed by {who} on {day} at {time}.</source>
        <translation>Mediatore modificato da {who} il {day} alle {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency changed by {who} on {day} at {time}.</source>
        <translation>Ente modificato da {who} il {day} alle {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project changed by {who} on {day} at {time}.</source>
        <translation>Progetto modificato da {who} il {day} alle {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed by {who} on {day} at {time}.</source>
        <translation>Impostazione modificata da {who} il {day} alle {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was done: look at it again before deciding.</source>
        <translation>Non è stato fatto nulla: riguardala prima di decidere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your values are still in the form: check them and save again to apply them.</source>
        <translation>I tuoi valori sono ancora nel modulo: controllali e salva di nuovo per applicarli.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The start has a time without its time zone.</source>
        <translation>L&apos;inizio ha un orario senza fuso orario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A no-show is of the person assisted or of the mediator, not of someone else.</source>
        <translation>Un&apos;assenza è dell&apos;utente o del mediatore, non di altri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say who at the agency agreed to the new time.</source>
        <translation>Indicare chi dell&apos;ente ha concordato il nuovo orario.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The agency does not exist.</source>
        <translation>L&apos;ente non esiste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language is not in the catalogue.</source>
        <translation>La lingua non è in elenco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project does not exist.</source>
        <translation>Il progetto non esiste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duration must be a positive multiple of 15 minutes.</source>
        <translation>La durata deve essere un multiplo positivo di 15 minuti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose at least one time window.</source>
        <translation>Proponi almeno una fascia oraria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A window is shorter than the duration.</source>
        <translation>Una fascia è più breve della durata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the address of the meeting.</source>
        <translation>Indica l&apos;indirizzo dell&apos;incontro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A window has a time without its time zone.</source>
        <translation>Una fascia oraria ha un orario senza fuso orario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The required gender of the mediator is not valid.</source>
        <translation>Il genere richiesto del mediatore non è valido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the minimum language level before making it required.</source>
        <translation>Scegli il livello minimo di lingua prima di renderlo obbligatorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the skill before making it required.</source>
        <translation>Indica la competenza prima di renderla obbligatoria.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>A code may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Un codice può contenere solo lettere, cifre, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>A name, code, address or e-mail must be on one line.</source>
        <translation>Nomi, codici, indirizzi ed e-mail devono stare su una riga.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>A text holds a control character: type it again.</source>
        <translation>Un testo contiene un carattere di controllo: riscrivilo.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Only a request still to plan can be cancelled.</source>
        <translation>Si può annullare solo una richiesta ancora da pianificare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is booked: move or cancel booking {booking} before changing times, language, place or duration.</source>
        <translation>La richiesta è prenotata: sposta o annulla l&apos;intervento {booking} prima di cambiare orari, lingua, luogo o durata.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown language among the project&apos;s: {languages}.</source>
        <translation>Lingua sconosciuta tra quelle del progetto: {languages}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown mediator: {mediators}.</source>
        <translation>Mediatore sconosciuto: {mediators}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mediator cannot be both preferred and not to send: {mediators}.</source>
        <translation>Un mediatore non può essere insieme preferito e da non inviare: {mediators}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the case reference first.</source>
        <translation>Indica prima il riferimento del caso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no booking {booking}.</source>
        <translation>Non esiste l&apos;intervento {booking}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking {booking} was cancelled: there is no intervention to sign for.</source>
        <translation>L&apos;intervento {booking} è stato annullato: non c&apos;è nulla da firmare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no agency {agency}.</source>
        <translation>Non esiste l&apos;ente {agency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no mediator {mediator}.</source>
        <translation>Non esiste il mediatore {mediator}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signature sheet is of one agency or of one mediator, not of both.</source>
        <translation>Un foglio firme è di un ente o di un mediatore, non di entrambi.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Your role does not allow this change: the database refused it. Ask an administrator if you need it.</source>
        <translation>Il tuo ruolo non permette questa modifica: il database l&apos;ha rifiutata. Se ti serve, chiedi a un amministratore.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/common/operations.py" line="+19"/>
        <source>Request not saved</source>
        <translation>Richiesta non salvata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request not cancelled</source>
        <translation>Richiesta non annullata</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-114"/>
        <source>Give a code.</source>
        <translation>Indica un codice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {id} is already in use.</source>
        <translation>Il codice {id} è già usato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It no longer exists: reload the list.</source>
        <translation>Non esiste più: ricarica l&apos;elenco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required field is empty.</source>
        <translation>Un campo obbligatorio è vuoto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one known language.</source>
        <translation>Aggiungi almeno una lingua in elenco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown area: {areas}.</source>
        <translation>Ambito sconosciuto: {areas}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each availability window must end after it starts.</source>
        <translation>Ogni fascia di disponibilità deve finire dopo il suo inizio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each absence must end after it starts.</source>
        <translation>Ogni assenza deve finire dopo il suo inizio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project needs a positive budget and an end on or after its start.</source>
        <translation>Il progetto richiede un monte ore positivo e una fine non precedente all&apos;inizio.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/common/operations.py" line="+10"/>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../mediation_desk/ui/mail/outbox_dialog.py" line="+46"/>
        <source>Outbox</source>
        <translation>Posta in uscita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Inviati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Non riusciti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send now</source>
        <translation>Invia ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected failed messages back in the queue</source>
        <translation>Rimetti in coda i messaggi non riusciti selezionati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>booking, e.g. B00042</source>
        <translation>intervento, es. B00042</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save .ics…</source>
        <translation>Salva .ics…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Queued: {queued} · Sent: {sent} · Failed: {failed}</source>
        <translation>In coda: {queued} · Inviati: {sent} · Non riusciti: {failed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mail is not configured (Settings): no invitation is queued.</source>
        <translation>La posta non è configurata (Impostazioni): nessun invito viene messo in coda.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{n} messages queued again.</source>
        <translation>Messaggi rimessi in coda: {n}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the booking&apos;s calendar file</source>
        <translation>Salva il file di calendario dell&apos;intervento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no booking {id}.</source>
        <translation>Non esiste l&apos;intervento {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was not written: {why}</source>
        <translation>Il file non è stato scritto: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}.</source>
        <translation>Salvato in {path}.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/mail/outbox_table_model.py" line="+28"/>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/mail/outbox_dialog.py" line="-101"/>
        <location filename="../../mediation_desk/ui/mail/outbox_table_model.py" line="+1"/>
        <source>Booking</source>
        <translation>Intervento</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/mail/outbox_table_model.py" line="+1"/>
        <source>To</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued at</source>
        <translation>In coda dal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent at</source>
        <translation>Inviata il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Ultimo errore</translation>
    </message>
</context>
<context>
    <name>PeopleAssistedBox</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/monitoring_fields.py" line="+43"/>
        <source>People assisted (FAMI monitoring, no names)</source>
        <translation>Persone assistite (monitoraggio FAMI, senza nomi)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>main nationality, e.g. Morocco</source>
        <translation>nazionalità principale, es. Marocco</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>women</source>
        <translation>donne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>men</source>
        <translation>uomini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minors</source>
        <translation>minori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adults</source>
        <translation>adulti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many people</source>
        <translation>Quante persone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By gender</source>
        <translation>Per genere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By age</source>
        <translation>Per età</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nazionalità</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <source>not stated: {n}</source>
        <translation>non indicato: {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People assisted: not recorded</source>
        <translation>Persone assistite: non registrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People assisted: {people} ({women} women, {men} men; {minors} minors, {adults} adults)</source>
        <translation>Persone assistite: {people} ({women} donne, {men} uomini; {minors} minori, {adults} adulti)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People assisted, booking {id}</source>
        <translation>Persone assistite, prenotazione {id}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>People assisted not saved</source>
        <translation>Persone assistite non salvate</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/place_fields.py" line="+51"/>
        <source>type the comune, e.g. Cremona</source>
        <translation>scrivi il comune, es. Cremona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coordinates</source>
        <translation>Coordinate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude and longitude, for the exact spot</source>
        <translation>Latitudine e longitudine, per il punto esatto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latitude</source>
        <translation>Latitudine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitudine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled from the comune (the middle of its territory); change them for the exact address.</source>
        <translation>Riprese dal comune (il centro del suo territorio); modificale per l&apos;indirizzo esatto.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Type the comune (the coordinates are filled from it).</source>
        <translation>Indica il comune (le coordinate si compilano da lì).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There are comuni called {name} in several provinces: choose one of {options}.</source>
        <translation>Ci sono comuni di nome {name} in più province: scegli tra {options}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Italian comune is called &quot;{name}&quot;: choose one from the list.</source>
        <translation>Nessun comune italiano si chiama «{name}»: scegline uno dall&apos;elenco.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../mediation_desk/texts/plan.py" line="+15"/>
        <source>Nobody speaks {language}.</source>
        <translation>Nessun mediatore parla {language}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the {count} {language} speakers is of the required gender.</source>
        <translation>Nessuno dei {count} mediatori di {language} è del genere richiesto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the {count} {language} speakers meets what the agency asks (level, skill, mediators not to send).</source>
        <translation>Nessuno dei {count} mediatori di {language} risponde a quanto chiede l&apos;ente (livello, competenza, mediatori da non inviare).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the {count} {language} speakers works in that area.</source>
        <translation>Nessuno dei {count} mediatori di {language} lavora in quell&apos;ambito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hours of project {project} are used up (bookable only with a budget override).</source>
        <translation>Il monte ore del progetto {project} è esaurito (prenotabile solo con deroga al monte ore).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its time has already gone by.</source>
        <translation>L&apos;orario richiesto è già passato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All {count} {language} speakers are busy, away or unavailable then.</source>
        <translation>Tutti i {count} mediatori di {language} sono impegnati, assenti o non disponibili in quell&apos;orario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The only {language} speaker is busy, away or unavailable then.</source>
        <translation>L&apos;unico mediatore di {language} è impegnato, assente o non disponibile in quell&apos;orario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No time in its window fits the duration and the project dates.</source>
        <translation>Nessun orario della finestra è compatibile con la durata e le date del progetto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} mediators are still free: the planner did not include it, book it by hand.</source>
        <translation>{count} mediatori sono ancora liberi: il pianificatore non l&apos;ha inclusa, prenotarla a mano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken out of the plan.</source>
        <translation>Tolta dal piano dalla coordinatrice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for funds: no eligible project has hours left.</source>
        <translation>In attesa di fondi: nessun progetto idoneo ha ore residue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request cannot be booked as it is ({code}).</source>
        <translation>La richiesta così com&apos;è non si può prenotare ({code}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to plan: the windows of every pending request of the period have already passed.</source>
        <translation>Niente da pianificare: le finestre di tutte le richieste in attesa del periodo sono già passate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proven optimum.</source>
        <translation>Ottimo dimostrato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 1 coverage point from the best possible.</source>
        <translation>Al massimo 1 punto di copertura dal meglio possibile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {gap} coverage points from the best possible.</source>
        <translation>Al massimo {gap} punti di copertura dal meglio possibile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best coverage proven; travel at most {minutes} min above the least.</source>
        <translation>Copertura ottima dimostrata; viaggi al massimo {minutes} min sopra il minimo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best coverage proven.</source>
        <translation>Copertura ottima dimostrata.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/data/menu_actions.py" line="-121"/>
        <source>Plan pending requests</source>
        <translation>Pianifica le richieste in attesa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Tempo massimo</translation>
    </message>
</context>
<context>
    <name>PlanLineTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/planning/plan_line_model.py" line="+28"/>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Viaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours (project)</source>
        <translation>Ore (progetto)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <location filename="../../mediation_desk/ui/planning/plan_preview_dialog.py" line="+31"/>
        <source>Proposed plan {first} – {last}</source>
        <translation>Piano proposto {first} – {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{planned} of {requests} requests can be booked; nothing is booked yet.</source>
        <translation>Si possono prenotare {planned} richieste su {requests}; non è ancora stato prenotato nulla.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{project}: {before} of {budget} h used, {after} h with this plan</source>
        <translation>{project}: usate {before} ore su {budget}, {after} ore con questo piano</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Book the ticked lines</source>
        <translation>Prenota le righe spuntate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without booking</source>
        <translation>Chiudi senza prenotare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Left unbooked, and why ({n}):</source>
        <translation>Non prenotate, e perché ({n}):</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/privacy_panel.py" line="+30"/>
        <source>The retention is 1 to 120 months.</source>
        <translation>La conservazione va da 1 a 120 mesi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the case reference.</source>
        <translation>Indica il riferimento del caso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No request has that case reference.</source>
        <translation>Nessuna richiesta ha questo riferimento del caso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personal data of the people assisted (reason, notes, nationality, contact on site, address, case reference, cancellation notes, invitations mailed) are kept this long after a request&apos;s last activity: enough to report the project year to the funder and answer its checks. Then they are anonymised; hours, money and counts stay for the reports.</source>
        <translation>I dati personali delle persone assistite (motivo, note, nazionalità, contatto sul posto, indirizzo, riferimento del caso, note di annullamento, inviti spediti) si conservano per questo tempo dopo l&apos;ultima attività della richiesta: quanto basta a rendicontare l&apos;annualità di progetto al finanziatore e a rispondere alle sue verifiche. Poi vengono anonimizzati; ore, importi e conteggi restano per i report.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save retention</source>
        <translation>Salva la conservazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case reference</source>
        <translation>Riferimento del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the case (JSON)…</source>
        <translation>Esporta il caso (JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the case (Excel)…</source>
        <translation>Esporta il caso (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the case&apos;s personal data…</source>
        <translation>Cancella i dati personali del caso…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep personal data</source>
        <translation>Conserva i dati personali</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A person asks what is held about them, or its erasure:</source>
        <translation>Una persona chiede quali dati abbiamo su di lei, o la loro cancellazione:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Personal data are kept {n} months.</source>
        <translation>I dati personali si conservano {n} mesi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the case</source>
        <translation>Esporta il caso</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case saved in {path}; the export is in the audit trail.</source>
        <translation>Caso salvato in {path}; l&apos;esportazione è nel registro attività.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase the case&apos;s personal data</source>
        <translation>Cancella i dati personali del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove now the personal data of every request of this case? Hours and money stay for the reports. This cannot be undone.</source>
        <translation>Cancellare ora i dati personali di tutte le richieste di questo caso? Ore e importi restano per i report. Non si può annullare.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Personal data of {n} requests erased.</source>
        <translation>Dati personali di {n} richieste cancellati.</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/project_form.py" line="+41"/>
        <source>mediator&apos;s rate</source>
        <translation>tariffa del mediatore</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End (inclusive)</source>
        <translation>Fine (inclusa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour budget</source>
        <translation>Monte ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate</source>
        <translation>Tariffa oraria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas (none: every area)</source>
        <translation>Ambiti (nessuno: tutti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency kinds funded (none: every kind)</source>
        <translation>Tipi di ente finanziati (nessuno: tutti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages funded (none: every language)</source>
        <translation>Lingue finanziate (nessuna: tutte)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Give the project a code.</source>
        <translation>Dai un codice al progetto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the project&apos;s name.</source>
        <translation>Indica il nome del progetto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project must end on or after its start.</source>
        <translation>Il progetto deve finire il giorno del suo inizio o dopo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hour budget must be positive.</source>
        <translation>Il monte ore deve essere positivo.</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/project_table_model.py" line="+28"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Finanziatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour budget</source>
        <translation>Monte ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours used</source>
        <translation>Ore usate</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/projects_view.py" line="+37"/>
        <source>Hours by language</source>
        <translation>Ore per lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours by agency kind</source>
        <translation>Ore per tipo di ente</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Computing the hours…</source>
        <translation>Calcolo delle ore…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hours not available: {error}</source>
        <translation>Ore non disponibili: {error}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../mediation_desk/ui/reports/reports_view.py" line="+50"/>
        <source>Export the month&apos;s timesheets…</source>
        <translation>Esporta i fogli ore del mese…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the hour report…</source>
        <translation>Esporta il report delle ore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Excel…</source>
        <translation>Importa da Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly signature sheet…</source>
        <translation>Foglio firme del mese…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month&apos;s interventions with a signature column, as A4 PDF</source>
        <translation>Gli interventi del mese con una colonna per le firme, in PDF A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print signature sheet…</source>
        <translation>Stampa foglio firme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same sheet through the system&apos;s print dialog</source>
        <translation>Lo stesso foglio, con la finestra di stampa del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Billed hours</source>
        <translation>Ore fatturabili</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signature sheet of</source>
        <translation>Foglio firme di</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every agency</source>
        <translation>Tutti gli enti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency: {name}</source>
        <translation>Ente: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mediator: {name}</source>
        <translation>Mediatore: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Written {path} ({n} interventions).</source>
        <translation>Salvato in {path} ({n} interventi).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{hours} billed hours in {month}</source>
        <translation>{hours} ore fatturabili in {month}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export timesheets</source>
        <translation>Esporta i fogli ore</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting the timesheets</source>
        <translation>Esportazione dei fogli ore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the hour report</source>
        <translation>Esporta il report delle ore</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting the hour report</source>
        <translation>Esportazione del report delle ore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written {path} ({n} bookings).</source>
        <translation>Salvato in {path} ({n} interventi).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_form.py" line="+171"/>
        <source>Add window</source>
        <translation>Aggiungi fascia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove window</source>
        <translation>Togli fascia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None in particular</source>
        <translation>Nessuna in particolare</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Agency</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency contact</source>
        <translation>Referente dell&apos;ente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact on site</source>
        <translation>Referente sul posto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nazionalità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proposed times</source>
        <translation>Orari proposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator&apos;s gender</source>
        <translation>Genere del mediatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum level</source>
        <translation>Livello minimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill</source>
        <translation>Competenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case reference</source>
        <translation>Riferimento del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No project</source>
        <translation>Nessun progetto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New request</source>
        <translation>Nuova richiesta</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/fund_chooser.py" line="-73"/>
        <location filename="../../mediation_desk/ui/requests/request_form.py" line="+28"/>
        <source>Request {id} — {status}</source>
        <translation>Richiesta {id} — {status}</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_form.py" line="+45"/>
        <source>The date asked for has already gone by.</source>
        <translation>La data richiesta è già passata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less notice than the {lead} hours the service asks: mark it as urgent or agree another date.</source>
        <translation>Preavviso inferiore alle {lead} ore chieste dal servizio: segnarla come urgente o concordare un&apos;altra data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No project: the hours are charged to no funding.</source>
        <translation>Nessun progetto: le ore non vengono addebitate a nessun finanziamento.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose the agency that asks.</source>
        <translation>Scegli l&apos;ente richiedente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language.</source>
        <translation>Scegli la lingua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be a positive multiple of 15 minutes.</source>
        <translation>La durata deve essere un multiplo positivo di 15 minuti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Propose at least one time window.</source>
        <translation>Proponi almeno una fascia oraria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each window must end after its start and hold the whole duration.</source>
        <translation>Ogni fascia deve finire dopo l&apos;inizio e contenere tutta la durata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the address of the meeting.</source>
        <translation>Indica l&apos;indirizzo dell&apos;incontro.</translation>
    </message>
</context>
<context>
    <name>RequestRequirements</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_requirements.py" line="+37"/>
        <source>Any level</source>
        <translation>Qualsiasi livello</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>required</source>
        <translation>obbligatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: mediators without it are excluded. Otherwise it only ranks them.</source>
        <translation>Obbligatorio: i mediatori che non lo hanno sono esclusi. Altrimenti conta solo per l&apos;ordine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case preferences…</source>
        <translation>Preferenze del caso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mediators the agency prefers or asks not to send for this case</source>
        <translation>Mediatori che l&apos;ente preferisce o chiede di non inviare per questo caso</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_table_model.py" line="+35"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/requests_view.py" line="+109"/>
        <source>Search: number, case, agency, reason…</source>
        <translation>Cerca: numero, caso, ente, motivo…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Ente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New request</source>
        <translation>Nuova richiesta</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save and find mediators</source>
        <translation>Salva e trova i mediatori</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Open the settings</source>
        <translation>Apri le impostazioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail is not configured: the mediators get no invitation for their bookings.</source>
        <translation>La posta non è configurata: i mediatori non ricevono l&apos;invito per i loro interventi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why} Invitations not sent: {n}.</source>
        <translation>{why} Inviti non inviati: {n}.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_actions.py" line="+111"/>
        <location filename="../../mediation_desk/ui/requests/requests_view.py" line="+149"/>
        <source>Cancel request</source>
        <translation>Annulla la richiesta</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../mediation_desk/ui/requests/requests_view.py" line="+1"/>
        <source>Reopen request</source>
        <translation>Riapri la richiesta</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/requests_view.py" line="+21"/>
        <source>Repeat every week…</source>
        <translation>Ripeti ogni settimana…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book the same mediator on these weekdays for several weeks</source>
        <translation>Prenota lo stesso mediatore in questi giorni della settimana per più settimane</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bookings of this request</source>
        <translation>Interventi di questa richiesta</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_list_filters.py" line="+59"/>
        <location line="+36"/>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{shown} of {total} requests</source>
        <translation>{shown} di {total} richieste</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/unsaved_edit_guard.py" line="+46"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request on screen has changes not saved yet.</source>
        <translation>La richiesta sullo schermo ha modifiche non ancora salvate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t save</source>
        <translation>Non salvare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request not saved</source>
        <translation>Richiesta non salvata</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/requests_view.py" line="+81"/>
        <source>The request is {status}.</source>
        <translation>La richiesta è {status}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for mediators…</source>
        <translation>Ricerca dei mediatori…</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_actions.py" line="-61"/>
        <source>Save the request to see who can go.</source>
        <translation>Salva la richiesta per vedere chi può andare.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cancel request {id}?</source>
        <translation>Annullare la richiesta {id}?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reopen request {id}: it goes back among those to fill?</source>
        <translation>Riaprire la richiesta {id}? Torna tra quelle da coprire.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/reschedule_dialog.py" line="+36"/>
        <source>Move booking {id}</source>
        <translation>Sposta l&apos;intervento {id}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New time agreed with the agency</source>
        <translation>Nuovo orario concordato con l&apos;ente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>who agreed, e.g. Ms Rossi, social worker</source>
        <translation>chi ha concordato, es. dott.ssa Rossi, assistente sociale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times the agency proposed</source>
        <translation>Fasce proposte dall&apos;ente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New start</source>
        <translation>Nuovo inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed with</source>
        <translation>Concordato con</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>Sposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Everyone who speaks {language} is listed.</source>
        <translation>Sono elencati tutti i mediatori che parlano {language}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the mediators who speak {language} are listed: one other does not speak it.</source>
        <translation>Sono elencati solo i mediatori che parlano {language}: un altro non la parla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the mediators who speak {language} are listed: {count} others do not speak it.</source>
        <translation>Sono elencati solo i mediatori che parlano {language}: altri {count} non la parlano.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say who at the agency agreed.</source>
        <translation>Indicare chi dell&apos;ente ha concordato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside the times the agency proposed: tick &quot;New time agreed with the agency&quot; and say who agreed, or choose a proposed time.</source>
        <translation>Fuori dalle fasce proposte dall&apos;ente: spuntare &quot;Nuovo orario concordato con l&apos;ente&quot; e indicare chi ha concordato, oppure scegliere un orario proposto.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../mediation_desk/ui/common/rows_editor.py" line="+35"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
</context>
<context>
    <name>SeriesActions</name>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-66"/>
        <source>Only a request still to plan can be repeated.</source>
        <translation>Si può ripetere solo una richiesta ancora da pianificare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several occurrences move to a new time of the same days: keep the date.</source>
        <translation>Più occorrenze si spostano a un nuovo orario negli stessi giorni: lascia invariata la data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The booking is not part of a series.</source>
        <translation>L&apos;intervento non fa parte di una serie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every date of the series falls on a holiday or a closure of the agency.</source>
        <translation>Tutte le date della serie cadono in un giorno festivo o di chiusura dell&apos;ente.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/bookings/series_actions.py" line="+75"/>
        <source>Series not booked</source>
        <translation>Serie non prenotata</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>No occurrence can be booked:</source>
        <translation>Nessuna occorrenza si può prenotare:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These occurrences cannot be booked:</source>
        <translation>Queste occorrenze non si possono prenotare:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booked {booked} of {total} occurrences.</source>
        <translation>Prenotate {booked} occorrenze su {total}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not booked (the requests stay to plan):</source>
        <translation>Non prenotate (le richieste restano da pianificare):</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Series booked</source>
        <translation>Serie prenotata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped because the agency is closed:</source>
        <translation>Saltate perché l&apos;ente è chiuso:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Booking {id} is part of a recurring series. Apply to:</source>
        <translation>L&apos;intervento {id} fa parte di una serie ricorrente. Applica a:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this one</source>
        <translation>Solo questo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This and the following ones</source>
        <translation>Questo e i successivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move refused</source>
        <translation>Spostamento rifiutato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the mediator of one occurrence at a time (choose &quot;Only this one&quot;).</source>
        <translation>Il mediatore si cambia un&apos;occorrenza alla volta (scegli &quot;Solo questo&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These occurrences cannot move:</source>
        <translation>Queste occorrenze non si possono spostare:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancellation refused</source>
        <translation>Annullamento rifiutato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} occurrences cancelled.</source>
        <translation>{n} occorrenze annullate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{late} of them late: billed to the project.</source>
        <translation>{late} annullate in ritardo: addebitate al progetto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series cancelled</source>
        <translation>Serie annullata</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/series_dialog.py" line="+39"/>
        <source>The series needs an end: a number of times or a last day.</source>
        <translation>La serie deve finire: indica quante volte o l&apos;ultimo giorno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {n} occurrences in one series.</source>
        <translation>Al massimo {n} occorrenze in una serie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No date falls between the first start and the end.</source>
        <translation>Nessuna data cade tra il primo inizio e la fine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repetition is not valid.</source>
        <translation>La ripetizione non è valida.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Repeat request {id} every week</source>
        <translation>Ripeti ogni settimana la richiesta {id}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> week(s)</source>
        <translation> settimana/e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of times</source>
        <translation>Numero di volte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Fino al</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>First start</source>
        <translation>Primo inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Mediatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>Nei giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every</source>
        <translation>Ogni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose at least one day of the week.</source>
        <translation>Scegli almeno un giorno della settimana.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} times at {time}: {dates}</source>
        <translation>{n} volte alle {time}: {dates}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/settings_view.py" line="+42"/>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User (audit trail)</source>
        <translation>Utente (registro attività)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/sheet_actions.py" line="+38"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../mediation_desk/ui/bookings/signed_sheet_dialog.py" line="+181"/>
        <source>The file could not be written: {reason}</source>
        <translation>Impossibile scrivere il file: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet not written</source>
        <translation>Scheda non scritta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print intervention sheet</source>
        <translation>Stampa scheda intervento</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly signature sheet</source>
        <translation>Foglio firme del mese</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not printed</source>
        <translation>Non stampato</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The printer could not be used: check that it is connected and switched on, then try again.</source>
        <translation>Impossibile usare la stampante: controllare che sia collegata e accesa, poi riprovare.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing {title}…</source>
        <translation>Stampa di {title}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Intervention sheet {id}</source>
        <translation>Scheda intervento {id}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signature sheet {month}</source>
        <translation>Foglio firme {month}</translation>
    </message>
</context>
<context>
    <name>SignedSheetBox</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/signed_sheet_box.py" line="+35"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Scansioni (*.pdf *.png *.jpg *.jpeg);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan of the signed sheet</source>
        <translation>Scansione del foglio firmato</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan refused</source>
        <translation>Scansione rifiutata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signed sheet came back</source>
        <translation>Il foglio firmato è rientrato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>who signed for the agency, e.g. Dott.ssa Rossi</source>
        <translation>chi ha firmato per l&apos;ente, es. Dott.ssa Rossi</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+6"/>
        <location filename="../../mediation_desk/ui/bookings/signed_sheet_dialog.py" line="-64"/>
        <source>no scan</source>
        <translation>nessuna scansione</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../mediation_desk/ui/bookings/signed_sheet_dialog.py" line="+3"/>
        <source>Attach scan…</source>
        <translation>Allega scansione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, PNG or JPEG, at most 15 MB</source>
        <translation>PDF, PNG o JPEG, al massimo 15 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation>Togli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed by</source>
        <translation>Firmato da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back on</source>
        <translation>Rientrato il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Scansione</translation>
    </message>
</context>
<context>
    <name>SignedSheetDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/signed_sheet_dialog.py" line="-69"/>
        <source>Signed sheet of booking {id}</source>
        <translation>Foglio firmato della prenotazione {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open scan</source>
        <translation>Apri scansione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save scan as…</source>
        <translation>Salva scansione come…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove scan</source>
        <translation>Rimuovi scansione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the record…</source>
        <translation>Ritira la registrazione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervention of {when}</source>
        <translation>Intervento del {when}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No signed sheet recorded yet.</source>
        <translation>Nessun foglio firmato ancora registrato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by {who} on {day}.</source>
        <translation>Registrato da {who} il {day}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored scan: none.</source>
        <translation>Scansione conservata: nessuna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored scan: {name} ({size}), SHA-256 {digest}…</source>
        <translation>Scansione conservata: {name} ({size}), SHA-256 {digest}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the stored one is kept</source>
        <translation>si mantiene quella conservata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace scan…</source>
        <translation>Sostituisci scansione…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scan not attached</source>
        <translation>Scansione non allegata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed sheet not recorded</source>
        <translation>Foglio firmato non registrato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan not removed</source>
        <translation>Scansione non rimossa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdraw the record</source>
        <translation>Ritira la registrazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the signed sheet of booking {id} and its scan? The audit trail keeps a line of it.</source>
        <translation>Ritirare il foglio firmato della prenotazione {id} e la sua scansione? Il registro delle modifiche ne conserva traccia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record not withdrawn</source>
        <translation>Registrazione non ritirata</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan not read</source>
        <translation>Scansione non letta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save scan as</source>
        <translation>Salva scansione come</translation>
    </message>
</context>
<context>
    <name>SignedSheets</name>
    <message>
        <location filename="../../mediation_desk/texts/signed_sheet_errors.py" line="+27"/>
        <source>There is no booking {booking}.</source>
        <translation>La prenotazione {booking} non esiste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking {booking} is not closed: close it with its actual times first.</source>
        <translation>La prenotazione {booking} non è chiusa: chiuderla prima con gli orari effettivi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say who signed the sheet for the agency.</source>
        <translation>Indicare chi ha firmato il foglio per l&apos;ente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who signed must be a name on one line, at most 200 characters.</source>
        <translation>Chi ha firmato va indicato con un nome su una riga, al massimo 200 caratteri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet cannot have come back on {day}: that day is still to come.</source>
        <translation>Il foglio non può essere rientrato il {day}: quel giorno deve ancora venire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet cannot have come back on {day}, before the intervention of {held}.</source>
        <translation>Il foglio non può essere rientrato il {day}, prima dell&apos;intervento del {held}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No signed sheet is recorded for booking {booking}: record who signed first.</source>
        <translation>Per la prenotazione {booking} non è registrato alcun foglio firmato: registrare prima chi ha firmato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking {booking} has no scan attached.</source>
        <translation>La prenotazione {booking} non ha una scansione allegata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scan {name} of booking {booking} no longer matches the checksum recorded when it was attached: it was altered or damaged in the database. Attach the original again.</source>
        <translation>La scansione {name} della prenotazione {booking} non corrisponde più al codice di controllo registrato quando è stata allegata: è stata alterata o danneggiata nel database. Allegare di nuovo l&apos;originale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} could not be read: {reason}</source>
        <translation>Impossibile leggere il file {name}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {name} is empty.</source>
        <translation>Il file {name} è vuoto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} is {size} MB: a scan may be at most {limit} MB. Scan it again at a lower resolution or in black and white.</source>
        <translation>Il file {name} è di {size} MB: una scansione può essere al massimo di {limit} MB. Ripetere la scansione a una risoluzione più bassa o in bianco e nero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is not a PDF, PNG or JPEG (its content says otherwise, whatever its name).</source>
        <translation>Il file {name} non è un PDF, un PNG o un JPEG (lo dice il suo contenuto, qualunque sia il nome).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF {name} is damaged or incomplete: it cannot be kept.</source>
        <translation>Il PDF {name} è danneggiato o incompleto: non può essere conservato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF {name} is protected by a password: save it without one.</source>
        <translation>Il PDF {name} è protetto da password: salvarlo senza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG image {name} is damaged or incomplete: it cannot be kept.</source>
        <translation>L&apos;immagine PNG {name} è danneggiata o incompleta: non può essere conservata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The JPEG image {name} is damaged or incomplete: it cannot be kept.</source>
        <translation>L&apos;immagine JPEG {name} è danneggiata o incompleta: non può essere conservata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image {name} is {width} × {height} pixels: too large for a scanned sheet.</source>
        <translation>L&apos;immagine {name} è di {width} × {height} pixel: troppo grande per la scansione di un foglio.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="+160"/>
        <source>The disk holding the database is full: nothing was saved. Free some space and try again.</source>
        <translation>Il disco che contiene il database è pieno: non è stato salvato nulla. Libera un po&apos; di spazio e riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be written (the file, its folder or the server is read-only): nothing was saved.</source>
        <translation>Il database non si può scrivere (il file, la sua cartella o il server sono in sola lettura): non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy with another user&apos;s change: nothing was saved. Try again in a moment.</source>
        <translation>Il database è occupato da una modifica di un altro utente: non è stato salvato nulla. Riprova tra un momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mediator already has a booking at that time: nothing was saved.</source>
        <translation>Il mediatore ha già un intervento a quell&apos;ora: non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database refused the change (a duplicate or a value it cannot store): nothing was saved.</source>
        <translation>Il database ha rifiutato la modifica (un doppione o un valore che non può registrare): non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached or read (server down, file moved or damaged): nothing was saved. Details: {detail}</source>
        <translation>Il database non è raggiungibile o leggibile (server spento, file spostato o danneggiato): non è stato salvato nulla. Dettagli: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not do the change: nothing was saved.</source>
        <translation>Il database non ha potuto eseguire la modifica: non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/users_panel.py" line="+28"/>
        <source>coordinator</source>
        <translation>coordinatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finance</source>
        <translation>amministrazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>amministratore di sistema</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. anna.rossi</source>
        <translation>es. anna.rossi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add user</source>
        <translation>Aggiungi utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the chosen user</source>
        <translation>Disattiva l&apos;utente scelto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial password</source>
        <translation>Password iniziale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coordinators: requests, bookings, catalogue. Finance: reads everything, budgets, rates, billing rules, exports; cannot book. Admin: settings and users.</source>
        <translation>Coordinatori: richieste, interventi, anagrafiche. Amministrazione: legge tutto, monte ore, tariffe, regole di fatturazione, esportazioni; non prenota. Amministratore di sistema: impostazioni e utenti.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(disabled)</source>
        <translation>(disattivato)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User {login} added.</source>
        <translation>Utente {login} aggiunto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a user in the list.</source>
        <translation>Scegli un utente nell&apos;elenco.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{login} can no longer log in.</source>
        <translation>{login} non può più accedere.</translation>
    </message>
</context>
<context>
    <name>Violations</name>
    <message>
        <location filename="../../mediation_desk/texts/violations.py" line="+47"/>
        <source>No longer active in the service</source>
        <translation>Non è più attivo nel servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is cancelled</source>
        <translation>La richiesta è annullata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for funds: no eligible project has hours left; assign a project first</source>
        <translation>In attesa di fondi: nessun progetto idoneo ha ore residue; assegnare prima un progetto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every possible start has gone by</source>
        <translation>Tutti gli orari possibili sono già passati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency is closed on {day}: {closure}</source>
        <translation>L&apos;ente è chiuso il {day}: {closure}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency asks not to send {mediator_name}</source>
        <translation>L&apos;ente chiede di non inviare {mediator_name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lacks the required skill: {skill}</source>
        <translation>Manca la competenza richiesta: {skill}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not speak {language}</source>
        <translation>Non parla {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaks {language} at level {level}, the request requires {required_level}</source>
        <translation>Parla {language} a livello {level}, la richiesta esige {required_level}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mediator of gender {gender} was asked for</source>
        <translation>È stato chiesto un mediatore di genere {gender}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area not covered: {area}</source>
        <translation>Zona non coperta: {area}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lasts {minutes} min instead of {required}</source>
        <translation>Dura {minutes} min invece di {required}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not start on a quarter hour ({start})</source>
        <translation>Non inizia a un quarto d&apos;ora ({start})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the times the agency asked for ({start}–{end})</source>
        <translation>Fuori dagli orari chiesti dall&apos;ente ({start}–{end})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available at that time ({start}–{end})</source>
        <translation>Non disponibile in quell&apos;orario ({start}–{end})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent from {absence_start} to {absence_end}</source>
        <translation>Assente dal {absence_start} al {absence_end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy in their own calendar ({start}–{end})</source>
        <translation>Impegnato nel proprio calendario ({start}–{end})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already booked {start}–{end} at {agency} ({booking})</source>
        <translation>Già impegnato {start}–{end} presso {agency} ({booking})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs {travel_min} min to travel from {agency}, only {gap_min} min free</source>
        <translation>Servono {travel_min} min di viaggio da {agency}, liberi solo {gap_min} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly limit of {cap} h exceeded in week {week} ({booked} h already booked)</source>
        <translation>Superato il limite settimanale di {cap} h nella settimana {week} ({booked} h già prenotate)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project {project} budget exceeded: {booked} of {budget} h used</source>
        <translation>Monte ore del progetto {project} superato: usate {booked} di {budget} h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside the dates of project {project}</source>
        <translation>Fuori dalle date del progetto {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown project {project}</source>
        <translation>Progetto sconosciuto {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request already has booking {booking}</source>
        <translation>La richiesta ha già l&apos;intervento {booking}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>national holiday ({name})</source>
        <translation>festa nazionale ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the patron saint&apos;s day ({name})</source>
        <translation>festa del santo patrono ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schools closed ({name})</source>
        <translation>scuole chiuse ({name})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No longer active in the service</source>
        <comment>woman</comment>
        <translation>Non è più attiva nel servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy in their own calendar ({start}–{end})</source>
        <comment>woman</comment>
        <translation>Impegnata nel proprio calendario ({start}–{end})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already booked {start}–{end} at {agency} ({booking})</source>
        <comment>woman</comment>
        <translation>Già impegnata {start}–{end} presso {agency} ({booking})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The agency asks not to send {mediator_name} for case {case}</source>
        <translation>L&apos;ente chiede di non inviare {mediator_name} per il caso {case}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A woman mediator was asked for</source>
        <translation>È stata chiesta una mediatrice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A man mediator was asked for</source>
        <translation>È stato chiesto un mediatore (uomo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaks rule {rule}</source>
        <translation>Viola la regola {rule}</translation>
    </message>
</context>
<context>
    <name>WallTime</name>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-32"/>
        <source>{time} on {day} does not exist: the clocks go forward from 02:00 to 03:00 that night. Choose another time.</source>
        <translation>Le {time} del {day} non esistono: quella notte gli orologi passano dalle 02:00 alle 03:00. Scegli un&apos;altra ora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} on {day} happens twice: the clocks go back from 03:00 to 02:00 that night. Choose a time before 02:00 or from 03:00.</source>
        <translation>Le {time} del {day} capitano due volte: quella notte gli orologi tornano dalle 03:00 alle 02:00. Scegli un&apos;ora prima delle 02:00 o dalle 03:00.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/common/form_widgets.py" line="+124"/>
        <source>Time changes that night</source>
        <translation>Cambio dell&apos;ora quella notte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{time} on {day} happens twice: the clocks go back from 03:00 to 02:00 that night. Which one?</source>
        <translation>Le {time} del {day} capitano due volte: quella notte gli orologi tornano dalle 03:00 alle 02:00. Quale delle due?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first (summer time)</source>
        <translation>Le prime (ora legale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second (standard time)</source>
        <translation>Le seconde (ora solare)</translation>
    </message>
</context>
<context>
    <name>WindowsEditor</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_form.py" line="-375"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Dalle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../mediation_desk/ui/common/background_jobs.py" line="+139"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>XlsxImport</name>
    <message>
        <location filename="../../mediation_desk/ui/data/xlsx_import_dialog.py" line="+38"/>
        <source>Mediators</source>
        <translation>Mediatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>Enti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+73"/>
        <source>Import from Excel</source>
        <translation>Importa da Excel</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Save an empty template…</source>
        <translation>Salva un modello vuoto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a filled template…</source>
        <translation>Importa un modello compilato…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in a template written here, then import it: each row is checked.</source>
        <translation>Compila un modello salvato da qui, poi importalo: ogni riga viene controllata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the template</source>
        <translation>Salva il modello</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing {name}…</source>
        <translation>Scrittura di {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the template</source>
        <translation>Scrittura del modello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template written: {path}</source>
        <translation>Modello salvato in {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not written: {why}</source>
        <translation>Non scritto: {why}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking {name}…</source>
        <translation>Controllo di {name}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} refused, nothing imported: {n} problems.</source>
        <translation>{name} rifiutato, nulla importato: {n} problemi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported {n} rows from {name}.</source>
        <translation>Importate {n} righe da {name}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing {name}</source>
        <translation>Importazione di {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: {why}</source>
        <translation>Non importato: {why}</translation>
    </message>
</context>
</TS>
