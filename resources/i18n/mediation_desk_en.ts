<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgencyForm</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/agency_form.py" line="+37"/>
        <source>street and number, e.g. Piazza del Comune 8</source>
        <translation>street and number, e.g. Piazza del Comune 8</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell the agency by e-mail</source>
        <translation>Tell the agency by e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The referente who asked and the contact on site receive a mail when a booking is made, moved or cancelled (the texts are in Settings).</source>
        <translation>The referente who asked and the contact on site receive a mail when a booking is made, moved or cancelled (the texts are in Settings).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact people</source>
        <translation>Contact people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking mails</source>
        <translation>Booking mails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mediators</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Give the agency a code.</source>
        <translation>Give the agency a code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the agency&apos;s name.</source>
        <translation>Give the agency&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the area.</source>
        <translation>Choose the area.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each contact person needs a name.</source>
        <translation>Each contact person needs a name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No contact person has an e-mail address: the agency will receive no booking mails. The referente named in a request is found here by name.</source>
        <translation>No contact person has an e-mail address: the agency will receive no booking mails. The referente named in a request is found here by name.</translation>
    </message>
</context>
<context>
    <name>AgencyMail</name>
    <message>
        <location filename="../../mediation_desk/texts/agency_mail.py" line="+12"/>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the agency&apos;s name</source>
        <translation>the agency&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name of the person the mail is for</source>
        <translation>the name of the person the mail is for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the mediator&apos;s name (several, for a series with changes)</source>
        <translation>the mediator&apos;s name (several, for a series with changes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language</source>
        <translation>the language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date of the (first) appointment, dd/mm/yyyy</source>
        <translation>the date of the (first) appointment, dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its start time</source>
        <translation>its start time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its end time</source>
        <translation>its end time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every appointment in force, one per line</source>
        <translation>every appointment in force, one per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person, by phone or by video call</source>
        <translation>in person, by phone or by video call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address, or phone / video call</source>
        <translation>the address, or phone / video call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the agency should have ready, by mode</source>
        <translation>what the agency should have ready, by mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the appointments as they were (moved, cancelled)</source>
        <translation>the appointments as they were (moved, cancelled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the appointments as they are now (moved)</source>
        <translation>the appointments as they are now (moved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who called it off, in plain words (cancelled)</source>
        <translation>who called it off, in plain words (cancelled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agency&apos;s own case code</source>
        <translation>the agency&apos;s own case code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the request or series number</source>
        <translation>the request or series number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service&apos;s name</source>
        <translation>the service&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service&apos;s contacts set here</source>
        <translation>the service&apos;s contacts set here</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the subject</source>
        <translation>the subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text</source>
        <translation>the text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service&apos;s contacts</source>
        <translation>the service&apos;s contacts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template &quot;{which}&quot;: {where} uses {{{name}}}, which is not a known placeholder.</source>
        <translation>Template &quot;{which}&quot;: {where} uses {{{name}}}, which is not a known placeholder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template &quot;{which}&quot;: a brace in {where} is not closed or not opened; write {{{{ or }}}} for a brace of its own.</source>
        <translation>Template &quot;{which}&quot;: a brace in {where} is not closed or not opened; write {{{{ or }}}} for a brace of its own.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template &quot;{which}&quot;: {where} has empty braces {{}}: write a placeholder&apos;s name inside.</source>
        <translation>Template &quot;{which}&quot;: {where} has empty braces {{}}: write a placeholder&apos;s name inside.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template &quot;{which}&quot;: write {{{name}}} in {where} without a format or conversion.</source>
        <translation>Template &quot;{which}&quot;: write {{{name}}} in {where} without a format or conversion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template &quot;{which}&quot;: give the mail a subject.</source>
        <translation>Template &quot;{which}&quot;: give the mail a subject.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template &quot;{which}&quot;: the subject must be one line.</source>
        <translation>Template &quot;{which}&quot;: the subject must be one line.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is too long: at most {limit} characters.</source>
        <translation>{where} is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/settings/agency_mail_panel.py" line="+56"/>
        <source>e.g. tel. 0371 123456, coordinamento@…</source>
        <translation>e.g. tel. 0371 123456, coordinamento@…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the default text</source>
        <translation>Restore the default text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the agencies&apos; mails</source>
        <translation>Save the agencies&apos; mails</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mails to the agencies</source>
        <translation>Mails to the agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a booking is made, moved or cancelled, the agency&apos;s referente and the contact on site (when they have an e-mail address) receive this mail with the appointment for their calendar. Each agency can be left out in its form.</source>
        <translation>When a booking is made, moved or cancelled, the agency&apos;s referente and the contact on site (when they have an e-mail address) receive this mail with the appointment for their calendar. Each agency can be left out in its form.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service&apos;s contacts</source>
        <translation>Service&apos;s contacts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placeholders</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No upcoming booking: the preview uses sample data.</source>
        <translation>No upcoming booking: the preview uses sample data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawn from booking {id}, the next one.</source>
        <translation>Drawn from booking {id}, the next one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject: {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Mails to the agencies saved.</source>
        <translation>Mails to the agencies saved.</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/agency_table_model.py" line="+16"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../mediation_desk/ui/mail/replies_panel.py" line="+36"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined: the request is back among the unfilled ones</source>
        <translation>declined: the request is back among the unfilled ones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tentatively accepted</source>
        <translation>tentatively accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no booking of ours</source>
        <translation>no booking of ours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent by someone who is not the booked mediator</source>
        <translation>sent by someone who is not the booked mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answers an older version of the invitation</source>
        <translation>answers an older version of the invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already recorded</source>
        <translation>already recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a calendar answer</source>
        <translation>not a calendar answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: the e-mail does not come from the booked mediator</source>
        <translation>refused: the e-mail does not come from the booked mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: answers a version of the invitation never sent</source>
        <translation>refused: answers a version of the invitation never sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: too large to be a calendar answer</source>
        <translation>refused: too large to be a calendar answer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mediator {mediator} declined booking {booking} of {day}.</source>
        <translation>Mediator {mediator} declined booking {booking} of {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request {request} is unfilled again.</source>
        <translation>Request {request} is unfilled again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer {source} not applied: {why}</source>
        <translation>Answer {source} not applied: {why}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mediator {mediator} has no e-mail address: tell them about booking {booking} yourself.</source>
        <translation>Mediator {mediator} has no e-mail address: tell them about booking {booking} yourself.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no replies mailbox is set in Settings</source>
        <translation>no replies mailbox is set in Settings</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read replies from files…</source>
        <translation>Read replies from files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the replies mailbox</source>
        <translation>Read the replies mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as seen</source>
        <translation>Mark as seen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replies read</source>
        <translation>Replies read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Read replies</source>
        <translation>Read replies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar answers (*.ics *.eml)</source>
        <translation>Calendar answers (*.ics *.eml)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading {n} files…</source>
        <translation>Reading {n} files…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the replies mailbox…</source>
        <translation>Reading the replies mailbox…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replies not read: {why}</source>
        <translation>Replies not read: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading replies</source>
        <translation>Reading replies</translation>
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
        <translation>Cannot open the database:
{error}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/audit/audit_table_model.py" line="+20"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../mediation_desk/ui/audit/audit_view.py" line="+41"/>
        <source>Record: R00012, B00040, M003…</source>
        <translation>Record: R00012, B00040, M003…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} lines</source>
        <translation>{n} lines</translation>
    </message>
</context>
<context>
    <name>BookingActions</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/booking_actions.py" line="+61"/>
        <source>Move booking</source>
        <translation>Move booking</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Booking cancelled</source>
        <translation>Booking cancelled</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+33"/>
        <location line="+49"/>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Who did not come to booking {id}?</source>
        <translation>Who did not come to booking {id}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The person assisted (billed)</source>
        <translation>The person assisted (billed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mediator (not billed)</source>
        <comment>woman</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mediator (not billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+52"/>
        <source>Move…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+49"/>
        <source>Cancel…</source>
        <translation>Cancel…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Close with actual times…</source>
        <translation>Close with actual times…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>People assisted…</source>
        <translation>People assisted…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <source>Signed sheet…</source>
        <translation>Signed sheet…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Print intervention sheet…</source>
        <translation>Print intervention sheet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Intervention sheet as PDF…</source>
        <translation>Intervention sheet as PDF…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print sheet…</source>
        <translation>Print sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intervention sheet to sign, printed</source>
        <translation>The intervention sheet to sign, printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet as PDF…</source>
        <translation>Sheet as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intervention sheet to sign, as A4 PDF</source>
        <translation>The intervention sheet to sign, as A4 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the signed sheet that came back, and its scan</source>
        <translation>Record the signed sheet that came back, and its scan</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/booking_table_model.py" line="+47"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invitation not sent</source>
        <translation>Invitation not sent</translation>
    </message>
</context>
<context>
    <name>BudgetInfo</name>
    <message>
        <location filename="../../mediation_desk/ui/common/budget_figures.py" line="+42"/>
        <source>{project}: hour budget used up ({percent}%)</source>
        <translation>{project}: hour budget used up ({percent}%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{project}: {percent}% of the hours used</source>
        <translation>{project}: {percent}% of the hours used</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{project}: hours forecast to run out on {date}, before the end</source>
        <translation>{project}: hours forecast to run out on {date}, before the end</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Budget {budget} h · delivered {delivered} h · booked {committed} h · left {left} h</source>
        <translation>Budget {budget} h · delivered {delivered} h · booked {committed} h · left {left} h</translation>
    </message>
</context>
<context>
    <name>BurnDownChart</name>
    <message>
        <location filename="../../mediation_desk/ui/common/charts.py" line="+69"/>
        <source>No budget to show</source>
        <translation>No budget to show</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hours forecast to run out on %1</source>
        <translation>Hours forecast to run out on %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Hours left</source>
        <translation>Hours left</translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/business_settings_panel.py" line="+47"/>
        <source>Save service settings</source>
        <translation>Save service settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service name (reports)</source>
        <translation>Service name (reports)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late cancellation if notice under</source>
        <translation>Late cancellation if notice under</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice asked for a request (urgent ones exempt)</source>
        <translation>Notice asked for a request (urgent ones exempt)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A late cancellation is billed</source>
        <translation>A late cancellation is billed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A no-show is billed</source>
        <translation>A no-show is billed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project rate</source>
        <translation>Project rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked: each mediator&apos;s own rate</source>
        <translation>Unticked: each mediator&apos;s own rate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save billing rule</source>
        <translation>Save billing rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing rule per project</source>
        <translation>Billing rule per project</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round up to a step of</source>
        <translation>Round up to a step of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum charge</source>
        <translation>Minimum charge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hourly rate</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give the service a name.</source>
        <translation>Give the service a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The notice is out of range.</source>
        <translation>The notice is out of range.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service settings saved.</source>
        <translation>Service settings saved.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Project {code} no longer exists.</source>
        <translation>Project {code} no longer exists.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Billing rule of {code} saved.</source>
        <translation>Billing rule of {code} saved.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/settings/settings_view.py" line="+41"/>
        <source>Mail and invitations</source>
        <translation>Mail and invitations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies mailbox</source>
        <translation>Replies mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service and billing</source>
        <translation>Service and billing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays and closures</source>
        <translation>Holidays and closures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mails to the agencies</source>
        <translation>Mails to the agencies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../mediation_desk/ui/calendar/calendar_view.py" line="+49"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By mediator</source>
        <translation>By mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By area</source>
        <translation>By area</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All mediators</source>
        <translation>All mediators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also the mediators with nothing booked, to move bookings to them</source>
        <translation>Also the mediators with nothing booked, to move bookings to them</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>awaiting reply</source>
        <translation>awaiting reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Week of {date}</source>
        <translation>Week of {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/booking_actions.py" line="-232"/>
        <source>Cancel booking {id}</source>
        <translation>Cancel booking {id}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Late cancellation: it will be billed to the project.</source>
        <translation>Late cancellation: it will be billed to the project.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late, but not called off by the agency or the family: nothing is billed.</source>
        <translation>Late, but not called off by the agency or the family: nothing is billed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled in time: nothing is billed.</source>
        <translation>Cancelled in time: nothing is billed.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>e.g. the family moved to another town</source>
        <translation>e.g. the family moved to another town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is no longer needed: close it</source>
        <translation>The request is no longer needed: close it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Called off by</source>
        <translation>Called off by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the booking</source>
        <translation>Cancel the booking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The request goes back among those to fill.</source>
        <translation>The request goes back among those to fill.</translation>
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
        <translation>Mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First free time</source>
        <translation>First free time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free starts</source>
        <translation>Free starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/candidates_panel.py" line="+41"/>
        <location line="+67"/>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why not</source>
        <translation>Why not</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+24"/>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mediators</source>
        <translation type="unfinished">Mediators</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates for {id}: {n}</source>
        <translation>Candidates for {id}: {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookable only with a budget override</source>
        <translation>Bookable only with a budget override</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to book past the budget, giving a reason.</source>
        <translation>Double-click to book past the budget, giving a reason.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excluded: {n}</source>
        <translation>Excluded: {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mediators ({available} available, {excluded} excluded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePreferences</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/case_preferences_dialog.py" line="+22"/>
        <source>Preferences for case {case}</source>
        <translation>Preferences for case {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the requests of this case they replace what the agency states for all its requests.</source>
        <translation>For the requests of this case they replace what the agency states for all its requests.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Case preferences not saved</source>
        <translation>Case preferences not saved</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/booking_actions.py" line="+34"/>
        <source>Close booking {id}</source>
        <translation>Close booking {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The end must follow the start.</source>
        <translation>The end must follow the start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say who signed the sheet for the agency.</source>
        <translation>Say who signed the sheet for the agency.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The signed sheet cannot come back before the intervention.</source>
        <translation>The signed sheet cannot come back before the intervention.</translation>
    </message>
</context>
<context>
    <name>Closures</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/closures_panel.py" line="+54"/>
        <source>The comune has a patron saint&apos;s day</source>
        <translation>The comune has a patron saint&apos;s day</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. San Bassiano</source>
        <translation>e.g. San Bassiano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save holidays and closures</source>
        <translation>Save holidays and closures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays and closures</source>
        <translation>Holidays and closures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Patron saint</source>
        <translation>Patron saint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School closures</source>
        <translation>School closures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National holidays</source>
        <translation>National holidays</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Holidays and closures saved.</source>
        <translation>Holidays and closures saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no day {day}/{month}.</source>
        <translation>There is no day {day}/{month}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The closure {name} must end on or after its start, within {days} days.</source>
        <translation>The closure {name} must end on or after its start, within {days} days.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {n} closure periods.</source>
        <translation>At most {n} closure periods.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../mediation_desk/ui/dashboard/dashboard_view.py" line="+57"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests still to fill</source>
        <translation>Requests still to fill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitations not yet accepted</source>
        <translation>Invitations not yet accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget alerts</source>
        <translation>Budget alerts</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No interventions today.</source>
        <translation>No interventions today.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No interventions tomorrow.</source>
        <translation>No interventions tomorrow.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every invitation of the next two weeks is accepted.</source>
        <translation>Every invitation of the next two weeks is accepted.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Computing the budgets…</source>
        <translation>Computing the budgets…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Budgets not available: {error}</source>
        <translation>Budgets not available: {error}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>… and {n} more in Requests</source>
        <translation>… and {n} more in Requests</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every request is filled.</source>
        <translation>Every request is filled.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No project near its budget.</source>
        <translation>No project near its budget.</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../mediation_desk/ui/data/menu_actions.py" line="+48"/>
        <source>Replace the service</source>
        <translation>Replace the service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already holds a service. Replace all of it?</source>
        <translation>The database already holds a service. Replace all of it?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import scenario</source>
        <translation>Import scenario</translation>
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
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {name}</source>
        <translation>Imported {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing the scenario</source>
        <translation>Importing the scenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import refused</source>
        <translation>Import refused</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export scenario</source>
        <translation>Export scenario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to {name}</source>
        <translation>Exported to {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the scenario</source>
        <translation>Exporting the scenario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Booked {booked} of {requests} requests; {skipped} skipped.</source>
        <translation>Booked {booked} of {requests} requests; {skipped} skipped.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Creating the demo service…</source>
        <translation>Creating the demo service…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Finding who can take each request</source>
        <translation>Finding who can take each request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching for the best plan</source>
        <translation>Searching for the best plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the plan against the rules</source>
        <translation>Checking the plan against the rules</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Planning {first} – {last}…</source>
        <translation>Planning {first} – {last}…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Left unbooked:</source>
        <translation>Left unbooked:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planning done</source>
        <translation>Planning done</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Planning failed</source>
        <translation>Planning failed</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
</context>
<context>
    <name>EntityListView</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/entity_list_view.py" line="+70"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/data/first_start.py" line="+17"/>
        <source>Welcome to Mediation Desk</source>
        <translation>Welcome to Mediation Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is empty. You can explore the program with demo data (a mediation service in Lombardy with a few weeks of requests), import a scenario file, or start from scratch.</source>
        <translation>The database is empty. You can explore the program with demo data (a mediation service in Lombardy with a few weeks of requests), import a scenario file, or start from scratch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Load the demo data</source>
        <translation>Load the demo data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a scenario file…</source>
        <translation>Import a scenario file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with an empty database</source>
        <translation>Start with an empty database</translation>
    </message>
</context>
<context>
    <name>FundChooser</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/fund_chooser.py" line="+150"/>
        <source>Also possible: {projects}.</source>
        <translation>Also possible: {projects}.</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../../mediation_desk/texts/funding.py" line="+21"/>
        <source>it does not fund the area {area}</source>
        <translation>it does not fund the area {area}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it does not fund agencies of kind {kind}</source>
        <translation>it does not fund agencies of kind {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not fund the language {language}</source>
        <translation>it does not fund the language {language}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the dates asked for are outside the project ({start} – {end})</source>
        <translation>the dates asked for are outside the project ({start} – {end})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed: {project} — {free} h free, ends on {end}.</source>
        <translation>Proposed: {project} — {free} h free, ends on {end}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for funds</source>
        <translation>Waiting for funds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for funds: no eligible project has hours free for this request. It cannot be booked until a project is assigned.</source>
        <translation>Waiting for funds: no eligible project has hours free for this request. It cannot be booked until a project is assigned.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project {project} may not fund this request: {reasons}.</source>
        <translation>Project {project} may not fund this request: {reasons}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Project {project} has {free} h free, this request needs {need} h.</source>
        <translation>Project {project} has {free} h free, this request needs {need} h.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{free} h free on project {project}: 1 waiting request can be funded</source>
        <translation>{free} h free on project {project}: 1 waiting request can be funded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{free} h free on project {project}: {count} waiting requests can be funded</source>
        <translation>{free} h free on project {project}: {count} waiting requests can be funded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project {project} assigned to the waiting request.</source>
        <translation>Project {project} assigned to the waiting request.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project {project} assigned to {count} waiting requests.</source>
        <translation>Project {project} assigned to {count} waiting requests.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project {project} no longer exists.</source>
        <translation>The project {project} no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request {request} is no longer waiting for funds: reload.</source>
        <translation>Request {request} is no longer waiting for funds: reload.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project {project} may not fund request {request}.</source>
        <translation>Project {project} may not fund request {request}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project {project} no longer has the hours for request {request} ({free} h free): reload.</source>
        <translation>Project {project} no longer has the hours for request {request} ({free} h free): reload.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requests could not be funded ({code}).</source>
        <translation>The requests could not be funded ({code}).</translation>
    </message>
</context>
<context>
    <name>FundingBox</name>
    <message>
        <location filename="../../mediation_desk/ui/dashboard/funding_box.py" line="+35"/>
        <source>Waiting for funds</source>
        <translation>Waiting for funds</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>… and {n} more in Requests</source>
        <translation>… and {n} more in Requests</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No request is waiting for funds.</source>
        <translation>No request is waiting for funds.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Waiting list not available: {error}</source>
        <translation>Waiting list not available: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Assign {project} to this request</source>
        <translation>Assign {project} to this request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign {project} to these {count} requests</source>
        <translation>Assign {project} to these {count} requests</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign the project</source>
        <translation>Assign the project</translation>
    </message>
</context>
<context>
    <name>ImapSettings</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/imap_settings_panel.py" line="+42"/>
        <source>Encrypted connection (SSL/TLS)</source>
        <translation>Encrypted connection (SSL/TLS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leave empty to keep the stored one</source>
        <translation>leave empty to keep the stored one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save mailbox settings</source>
        <translation>Save mailbox settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMAP server</source>
        <translation>IMAP server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the invitations&apos; answers arrive (the organizer&apos;s mailbox).</source>
        <translation>Where the invitations&apos; answers arrive (the organizer&apos;s mailbox).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the server and the user.</source>
        <translation>Give the server and the user.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing saved: the password cannot be kept without a system keyring.</source>
        <translation>Nothing saved: the password cannot be kept without a system keyring.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mailbox settings saved.</source>
        <translation>Mailbox settings saved.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../mediation_desk/texts/labels.py" line="+25"/>
        <source>To plan</source>
        <translation>To plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked</source>
        <comment>request</comment>
        <translation>Booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>request</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmed</source>
        <comment>booking</comment>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>booking</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>booking</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Health service</source>
        <translation>Health service</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Social services</source>
        <translation>Social services</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+85"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Native</source>
        <translation>Native</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fluent</source>
        <translation>Fluent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late cancellation (billable)</source>
        <translation>Late cancellation (billable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled, not billed</source>
        <translation>Cancelled, not billed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator did not come (not billed)</source>
        <translation>Mediator did not come (not billed)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mediator</source>
        <comment>woman</comment>
        <translation type="unfinished">The mediator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agency</source>
        <translation>The agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person assisted or the family</source>
        <translation>The person assisted or the family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mediator</source>
        <translation>The mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No mediator available</source>
        <translation>No mediator available</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Awaiting reply</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tentative</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Woman</source>
        <translation>Woman</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>preferred for this case</source>
        <translation>preferred for this case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred by the agency</source>
        <translation>preferred by the agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below the level asked for ({level})</source>
        <translation>below the level asked for ({level})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already followed case {case}</source>
        <translation>already followed case {case}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min from home</source>
        <translation>{minutes} min from home</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skill: {skill}</source>
        <translation>skill: {skill}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{hours} h this month</source>
        <translation>{hours} h this month</translation>
    </message>
</context>
<context>
    <name>MailFailure</name>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="+240"/>
        <source>the mail server</source>
        <translation>the mail server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {host} cannot be found: check its name in Settings, or the internet connection.</source>
        <translation>The mail server {host} cannot be found: check its name in Settings, or the internet connection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server {host} refuses connections on port {port}.</source>
        <translation>The mail server {host} refuses connections on port {port}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server {host} does not answer.</source>
        <translation>The mail server {host} does not answer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server {host} cannot be reached.</source>
        <translation>The mail server {host} cannot be reached.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the mail server {host} is not trusted.</source>
        <translation>The certificate of the mail server {host} is not trusted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to the mail server {host} failed.</source>
        <translation>The secure connection to the mail server {host} failed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server {host} refused the user name or the password.</source>
        <translation>The mail server {host} refused the user name or the password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server refused the address {to}.</source>
        <translation>The mail server refused the address {to}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail server {host} answered: {detail}</source>
        <translation>The mail server {host} answered: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mail password cannot be read: there is no usable system keyring.</source>
        <translation>The mail password cannot be read: there is no usable system keyring.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The invitation did not go out: {detail}</source>
        <translation>The invitation did not go out: {detail}</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <location filename="../../mediation_desk/ui/mail/mail_sender.py" line="+44"/>
        <source>Not sent: there is no usable system keyring ({problem}), so the mail password cannot be read. The invitations stay queued; you can save each booking&apos;s .ics file from the outbox. Install and unlock the system keyring and start Mediation Desk again, or use a mail server that needs no password.</source>
        <translation>Not sent: there is no usable system keyring ({problem}), so the mail password cannot be read. The invitations stay queued; you can save each booking&apos;s .ics file from the outbox. Install and unlock the system keyring and start Mediation Desk again, or use a mail server that needs no password.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not sent: check the mail settings.</source>
        <translation>Not sent: check the mail settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>Not sent: {why}</source>
        <translation>Not sent: {why}</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Sent: {sent}. To retry: {retry}. Failed: {failed}.</source>
        <translation>Sent: {sent}. To retry: {retry}. Failed: {failed}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sending the queued invitations…</source>
        <translation>Sending the queued invitations…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sending invitations</source>
        <translation>Sending invitations</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Invitations sent: {sent}, to retry: {retry}, failed: {failed}.</source>
        <translation>Invitations sent: {sent}, to retry: {retry}, failed: {failed}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invitations not sent: {why}</source>
        <translation>Invitations not sent: {why}</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <location filename="../../mediation_desk/ui/mail/mail_texts.py" line="+17"/>
        <source>No usable system keyring ({problem}): passwords can be neither saved nor read, so mail that needs a login cannot be sent. To fix it, install and unlock the system keyring (GNOME Keyring or KWallet on Linux; Windows and macOS have their own) and start Mediation Desk again, or use a mail server that needs no password. You can still save each booking&apos;s .ics file from the outbox and send it yourself.</source>
        <translation>No usable system keyring ({problem}): passwords can be neither saved nor read, so mail that needs a login cannot be sent. To fix it, install and unlock the system keyring (GNOME Keyring or KWallet on Linux; Windows and macOS have their own) and start Mediation Desk again, or use a mail server that needs no password. You can still save each booking&apos;s .ics file from the outbox and send it yourself.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{backend} would keep the passwords unencrypted in a file</source>
        <translation>{backend} would keep the passwords unencrypted in a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keyring did not answer: {backend}</source>
        <translation>the keyring did not answer: {backend}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keyring found: {backend}</source>
        <translation>no keyring found: {backend}</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-36"/>
        <source>The SMTP server is missing.</source>
        <translation>The SMTP server is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port {port} is not between 1 and 65535.</source>
        <translation>The port {port} is not between 1 and 65535.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The security {security} is not one of: {choices}.</source>
        <translation>The security {security} is not one of: {choices}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender is not an e-mail address.</source>
        <translation>The sender is not an e-mail address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organizer&apos;s e-mail is not an e-mail address.</source>
        <translation>The organizer&apos;s e-mail is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/settings/mail_settings_panel.py" line="+43"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>leave empty to keep the stored one</source>
        <translation>leave empty to keep the stored one</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save mail settings</source>
        <translation>Save mail settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox…</source>
        <translation>Outbox…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer&apos;s name</source>
        <translation>Organizer&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer&apos;s e-mail (replies)</source>
        <translation>Organizer&apos;s e-mail (replies)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing saved: the password cannot be kept without a system keyring. Leave the password empty for a server without login, or save the .ics files from the outbox.</source>
        <translation>Nothing saved: the password cannot be kept without a system keyring. Leave the password empty for a server without login, or save the .ics files from the outbox.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mail settings saved.</source>
        <translation>Mail settings saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting to {host}…</source>
        <translation>Connecting to {host}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection and login work.</source>
        <translation>Connection and login work.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection failed: {why}</source>
        <translation>The connection failed: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Testing the connection</source>
        <translation>Testing the connection</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mediation_desk/ui/main_window.py" line="+54"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediators</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
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
        <translation>Someone else changed the data: this view updates when you save or leave the form.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import scenario…</source>
        <translation>&amp;Import scenario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export scenario…</source>
        <translation>&amp;Export scenario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load &amp;demo data</source>
        <translation>Load &amp;demo data</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Requests</source>
        <translation>&amp;Requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New request</source>
        <translation>&amp;New request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search requests</source>
        <translation>&amp;Search requests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Book the chosen mediator</source>
        <translation>&amp;Book the chosen mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the request</source>
        <translation>&amp;Save the request</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today in the calendar</source>
        <translation>&amp;Today in the calendar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reload from the database</source>
        <translation>&amp;Reload from the database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan pending requests…</source>
        <translation>&amp;Plan pending requests…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send queued invitations</source>
        <translation>&amp;Send queued invitations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Outbox and replies…</source>
        <translation>&amp;Outbox and replies…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Mediation Desk</source>
        <translation>&amp;About Mediation Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User: {login}</source>
        <translation>User: {login}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>finance</source>
        <translation>finance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User: {login} ({role})</source>
        <translation>User: {login} ({role})</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>About Mediation Desk</source>
        <translation>About Mediation Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mediation Desk: requests, bookings, calendar invitations and hour budgets of an on-call intercultural mediation service.</source>
        <translation>Mediation Desk: requests, bookings, calendar invitations and hour budgets of an on-call intercultural mediation service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: European Union Public Licence 1.2 (EUPL-1.2)</source>
        <translation>Licence: European Union Public Licence 1.2 (EUPL-1.2)</translation>
    </message>
</context>
<context>
    <name>MediatorForm</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/mediator_form.py" line="+47"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h/week</source>
        <translation> h/week</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>project rate</source>
        <translation>project rate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <comment>time</comment>
        <translation>From</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To</source>
        <comment>time</comment>
        <translation>To</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home comune</source>
        <translation>Home comune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly limit</source>
        <translation>Weekly limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly availability</source>
        <translation>Weekly availability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Give the mediator a code.</source>
        <translation>Give the mediator a code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the mediator&apos;s name.</source>
        <translation>Give the mediator&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a valid e-mail address: invitations go there.</source>
        <translation>Give a valid e-mail address: invitations go there.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one language.</source>
        <translation>Add at least one language.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each availability window must end after it starts.</source>
        <translation>Each availability window must end after it starts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each absence must end after it starts.</source>
        <translation>Each absence must end after it starts.</translation>
    </message>
</context>
<context>
    <name>MediatorPreferences</name>
    <message>
        <location filename="../../mediation_desk/ui/common/mediator_preferences.py" line="+35"/>
        <source>Preferred</source>
        <translation>Preferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>Do not send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ranked first among the candidates and by the planner</source>
        <translation>Ranked first among the candidates and by the planner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never proposed nor booked for this agency or case</source>
        <translation>Never proposed nor booked for this agency or case</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Preferred mediators</source>
        <translation>Preferred mediators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediators not to send</source>
        <translation>Mediators not to send</translation>
    </message>
</context>
<context>
    <name>MediatorTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/mediator_table_model.py" line="+18"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours per week</source>
        <translation>Hours per week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes</source>
        <translation>Yes</translation>
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
        <translation>Record signed sheet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{n} closed interventions of {first} – {last} without a signed sheet</source>
        <translation>{n} closed interventions of {first} – {last} without a signed sheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every closed intervention of {first} – {last} has its signed sheet.</source>
        <translation>Every closed intervention of {first} – {last} has its signed sheet.</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <location filename="../../mediation_desk/texts/monitoring.py" line="+11"/>
        <source>People assisted</source>
        <translation>People assisted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minors</source>
        <translation>Minors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adults</source>
        <translation>Adults</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{field}: write a whole number.</source>
        <translation>{field}: write a whole number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field}: a count cannot be negative.</source>
        <translation>{field}: a count cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least one person must have been assisted: if the number is not known, choose &quot;not recorded&quot;.</source>
        <translation>At least one person must have been assisted: if the number is not known, choose &quot;not recorded&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} people at one intervention? At most {most}.</source>
        <translation>{value} people at one intervention? At most {most}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Women ({women}) and men ({men}) are more than the people assisted ({people}).</source>
        <translation>Women ({women}) and men ({men}) are more than the people assisted ({people}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minors ({minors}) and adults ({adults}) are more than the people assisted ({people}).</source>
        <translation>Minors ({minors}) and adults ({adults}) are more than the people assisted ({people}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The nationality must be text.</source>
        <translation>The nationality must be text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The nationality is too long (at most {most} characters).</source>
        <translation>The nationality is too long (at most {most} characters).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking {booking} no longer exists.</source>
        <translation>Booking {booking} no longer exists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking {booking} did not take place: the people assisted are recorded only for an intervention closed with its actual times.</source>
        <translation>Booking {booking} did not take place: the people assisted are recorded only for an intervention closed with its actual times.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../mediation_desk/texts/notices.py" line="+14"/>
        <source>Project {project}: the hour budget is used up.</source>
        <translation>Project {project}: the hour budget is used up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project {project}: over 95% of the hour budget is used.</source>
        <translation>Project {project}: over 95% of the hour budget is used.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project {project}: over 80% of the hour budget is used.</source>
        <translation>Project {project}: over 80% of the hour budget is used.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mail is not set up (Settings): tell the mediator yourself, no invitation was queued.</source>
        <translation>Mail is not set up (Settings): tell the mediator yourself, no invitation was queued.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-133"/>
        <source>Give the reason of the cancellation.</source>
        <translation>Give the reason of the cancellation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The intervention has not started yet.</source>
        <translation>The intervention has not started yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actual end must follow the actual start.</source>
        <translation>The actual end must follow the actual start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actual end is in the future.</source>
        <translation>The actual end is in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An intervention cannot last more than a day.</source>
        <translation>An intervention cannot last more than a day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The booking is no longer in a state that allows this.</source>
        <translation>The booking is no longer in a state that allows this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The booking no longer exists.</source>
        <translation>The booking no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>The request no longer exists.</source>
        <translation>The request no longer exists.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The mediator no longer exists.</source>
        <translation>The mediator no longer exists.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/common/operations.py" line="+70"/>
        <source>Book past the budget?</source>
        <translation>Book past the budget?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for booking anyway (recorded):</source>
        <translation>Reason for booking anyway (recorded):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Booking refused</source>
        <translation>Booking refused</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Move refused</source>
        <translation>Move refused</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancellation refused</source>
        <translation>Cancellation refused</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No-show refused</source>
        <translation>No-show refused</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Request not reopened</source>
        <translation>Request not reopened</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Closing refused</source>
        <translation>Closing refused</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Undo refused</source>
        <translation>Undo refused</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-43"/>
        <source>A login is lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>A login is lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That login exists already.</source>
        <translation>That login exists already.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give an initial password.</source>
        <translation>Give an initial password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file on this PC has one user: nothing to manage.</source>
        <translation>A file on this PC has one user: nothing to manage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request changed by {who} on {day} at {time}.</source>
        <translation>Request changed by {who} on {day} at {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking changed by {who} on {day} at {time}.</source>
        <translation>Booking changed by {who} on {day} at {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator changed by {who} on {day} at {time}.</source>
        <translation>Mediator changed by {who} on {day} at {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency changed by {who} on {day} at {time}.</source>
        <translation>Agency changed by {who} on {day} at {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project changed by {who} on {day} at {time}.</source>
        <translation>Project changed by {who} on {day} at {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed by {who} on {day} at {time}.</source>
        <translation>Setting changed by {who} on {day} at {time}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was done: look at it again before deciding.</source>
        <translation>Nothing was done: look at it again before deciding.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your values are still in the form: check them and save again to apply them.</source>
        <translation>Your values are still in the form: check them and save again to apply them.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The start has a time without its time zone.</source>
        <translation>The start has a time without its time zone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A no-show is of the person assisted or of the mediator, not of someone else.</source>
        <translation>A no-show is of the person assisted or of the mediator, not of someone else.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say who at the agency agreed to the new time.</source>
        <translation>Say who at the agency agreed to the new time.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The agency does not exist.</source>
        <translation>The agency does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language is not in the catalogue.</source>
        <translation>The language is not in the catalogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project does not exist.</source>
        <translation>The project does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duration must be a positive multiple of 15 minutes.</source>
        <translation>The duration must be a positive multiple of 15 minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose at least one time window.</source>
        <translation>Propose at least one time window.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A window is shorter than the duration.</source>
        <translation>A window is shorter than the duration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the address of the meeting.</source>
        <translation>Give the address of the meeting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A window has a time without its time zone.</source>
        <translation>A window has a time without its time zone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The required gender of the mediator is not valid.</source>
        <translation>The required gender of the mediator is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the minimum language level before making it required.</source>
        <translation>Choose the minimum language level before making it required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the skill before making it required.</source>
        <translation>Give the skill before making it required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>A code may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>A code may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>A name, code, address or e-mail must be on one line.</source>
        <translation>A name, code, address or e-mail must be on one line.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>A text holds a control character: type it again.</source>
        <translation>A text holds a control character: type it again.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Only a request still to plan can be cancelled.</source>
        <translation>Only a request still to plan can be cancelled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is booked: move or cancel booking {booking} before changing times, language, place or duration.</source>
        <translation>The request is booked: move or cancel booking {booking} before changing times, language, place or duration.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown language among the project&apos;s: {languages}.</source>
        <translation>Unknown language among the project&apos;s: {languages}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown mediator: {mediators}.</source>
        <translation>Unknown mediator: {mediators}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mediator cannot be both preferred and not to send: {mediators}.</source>
        <translation>A mediator cannot be both preferred and not to send: {mediators}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the case reference first.</source>
        <translation>Give the case reference first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no booking {booking}.</source>
        <translation>There is no booking {booking}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking {booking} was cancelled: there is no intervention to sign for.</source>
        <translation>Booking {booking} was cancelled: there is no intervention to sign for.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no agency {agency}.</source>
        <translation>There is no agency {agency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no mediator {mediator}.</source>
        <translation>There is no mediator {mediator}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signature sheet is of one agency or of one mediator, not of both.</source>
        <translation>A signature sheet is of one agency or of one mediator, not of both.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Your role does not allow this change: the database refused it. Ask an administrator if you need it.</source>
        <translation>Your role does not allow this change: the database refused it. Ask an administrator if you need it.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/common/operations.py" line="+19"/>
        <source>Request not saved</source>
        <translation>Request not saved</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request not cancelled</source>
        <translation>Request not cancelled</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-114"/>
        <source>Give a code.</source>
        <translation>Give a code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {id} is already in use.</source>
        <translation>The code {id} is already in use.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It no longer exists: reload the list.</source>
        <translation>It no longer exists: reload the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required field is empty.</source>
        <translation>A required field is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one known language.</source>
        <translation>Add at least one known language.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown area: {areas}.</source>
        <translation>Unknown area: {areas}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each availability window must end after it starts.</source>
        <translation>Each availability window must end after it starts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each absence must end after it starts.</source>
        <translation>Each absence must end after it starts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project needs a positive budget and an end on or after its start.</source>
        <translation>The project needs a positive budget and an end on or after its start.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/common/operations.py" line="+10"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../mediation_desk/ui/mail/outbox_dialog.py" line="+46"/>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected failed messages back in the queue</source>
        <translation>Put the selected failed messages back in the queue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>booking, e.g. B00042</source>
        <translation>booking, e.g. B00042</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save .ics…</source>
        <translation>Save .ics…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Queued: {queued} · Sent: {sent} · Failed: {failed}</source>
        <translation>Queued: {queued} · Sent: {sent} · Failed: {failed}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mail is not configured (Settings): no invitation is queued.</source>
        <translation>Mail is not configured (Settings): no invitation is queued.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{n} messages queued again.</source>
        <translation>{n} messages queued again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the booking&apos;s calendar file</source>
        <translation>Save the booking&apos;s calendar file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no booking {id}.</source>
        <translation>There is no booking {id}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was not written: {why}</source>
        <translation>The file was not written: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/mail/outbox_table_model.py" line="+28"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/mail/outbox_dialog.py" line="-101"/>
        <location filename="../../mediation_desk/ui/mail/outbox_table_model.py" line="+1"/>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/mail/outbox_table_model.py" line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued at</source>
        <translation>Queued at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent at</source>
        <translation>Sent at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>PeopleAssistedBox</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/monitoring_fields.py" line="+43"/>
        <source>People assisted (FAMI monitoring, no names)</source>
        <translation>People assisted (FAMI monitoring, no names)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>main nationality, e.g. Morocco</source>
        <translation>main nationality, e.g. Morocco</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minors</source>
        <translation>minors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adults</source>
        <translation>adults</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many people</source>
        <translation>How many people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By gender</source>
        <translation>By gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By age</source>
        <translation>By age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+2"/>
        <source>not stated: {n}</source>
        <translation>not stated: {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People assisted: not recorded</source>
        <translation>People assisted: not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People assisted: {people} ({women} women, {men} men; {minors} minors, {adults} adults)</source>
        <translation>People assisted: {people} ({women} women, {men} men; {minors} minors, {adults} adults)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People assisted, booking {id}</source>
        <translation>People assisted, booking {id}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>People assisted not saved</source>
        <translation>People assisted not saved</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/place_fields.py" line="+51"/>
        <source>type the comune, e.g. Cremona</source>
        <translation>type the comune, e.g. Cremona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coordinates</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latitude and longitude, for the exact spot</source>
        <translation>Latitude and longitude, for the exact spot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled from the comune (the middle of its territory); change them for the exact address.</source>
        <translation>Filled from the comune (the middle of its territory); change them for the exact address.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Type the comune (the coordinates are filled from it).</source>
        <translation>Type the comune (the coordinates are filled from it).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There are comuni called {name} in several provinces: choose one of {options}.</source>
        <translation>There are comuni called {name} in several provinces: choose one of {options}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Italian comune is called &quot;{name}&quot;: choose one from the list.</source>
        <translation>No Italian comune is called &quot;{name}&quot;: choose one from the list.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../mediation_desk/texts/plan.py" line="+15"/>
        <source>Nobody speaks {language}.</source>
        <translation>Nobody speaks {language}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the {count} {language} speakers is of the required gender.</source>
        <translation>None of the {count} {language} speakers is of the required gender.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the {count} {language} speakers meets what the agency asks (level, skill, mediators not to send).</source>
        <translation>None of the {count} {language} speakers meets what the agency asks (level, skill, mediators not to send).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the {count} {language} speakers works in that area.</source>
        <translation>None of the {count} {language} speakers works in that area.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hours of project {project} are used up (bookable only with a budget override).</source>
        <translation>The hours of project {project} are used up (bookable only with a budget override).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its time has already gone by.</source>
        <translation>Its time has already gone by.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All {count} {language} speakers are busy, away or unavailable then.</source>
        <translation>All {count} {language} speakers are busy, away or unavailable then.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The only {language} speaker is busy, away or unavailable then.</source>
        <translation>The only {language} speaker is busy, away or unavailable then.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No time in its window fits the duration and the project dates.</source>
        <translation>No time in its window fits the duration and the project dates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} mediators are still free: the planner did not include it, book it by hand.</source>
        <translation>{count} mediators are still free: the planner did not include it, book it by hand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken out of the plan.</source>
        <translation>Taken out of the plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for funds: no eligible project has hours left.</source>
        <translation>Waiting for funds: no eligible project has hours left.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request cannot be booked as it is ({code}).</source>
        <translation>The request cannot be booked as it is ({code}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to plan: the windows of every pending request of the period have already passed.</source>
        <translation>Nothing to plan: the windows of every pending request of the period have already passed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proven optimum.</source>
        <translation>Proven optimum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 1 coverage point from the best possible.</source>
        <translation>At most 1 coverage point from the best possible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {gap} coverage points from the best possible.</source>
        <translation>At most {gap} coverage points from the best possible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Best coverage proven; travel at most {minutes} min above the least.</source>
        <translation>Best coverage proven; travel at most {minutes} min above the least.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best coverage proven.</source>
        <translation>Best coverage proven.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/data/menu_actions.py" line="-121"/>
        <source>Plan pending requests</source>
        <translation>Plan pending requests</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
</context>
<context>
    <name>PlanLineTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/planning/plan_line_model.py" line="+28"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours (project)</source>
        <translation>Hours (project)</translation>
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
        <translation>Proposed plan {first} – {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{planned} of {requests} requests can be booked; nothing is booked yet.</source>
        <translation>{planned} of {requests} requests can be booked; nothing is booked yet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{project}: {before} of {budget} h used, {after} h with this plan</source>
        <translation>{project}: {before} of {budget} h used, {after} h with this plan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Book the ticked lines</source>
        <translation>Book the ticked lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without booking</source>
        <translation>Close without booking</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Left unbooked, and why ({n}):</source>
        <translation>Left unbooked, and why ({n}):</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/privacy_panel.py" line="+30"/>
        <source>The retention is 1 to 120 months.</source>
        <translation>The retention is 1 to 120 months.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the case reference.</source>
        <translation>Give the case reference.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No request has that case reference.</source>
        <translation>No request has that case reference.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The personal data of the people assisted (reason, notes, nationality, contact on site, address, case reference, cancellation notes, invitations mailed) are kept this long after a request&apos;s last activity: enough to report the project year to the funder and answer its checks. Then they are anonymised; hours, money and counts stay for the reports.</source>
        <translation>The personal data of the people assisted (reason, notes, nationality, contact on site, address, case reference, cancellation notes, invitations mailed) are kept this long after a request&apos;s last activity: enough to report the project year to the funder and answer its checks. Then they are anonymised; hours, money and counts stay for the reports.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save retention</source>
        <translation>Save retention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the case (JSON)…</source>
        <translation>Export the case (JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the case (Excel)…</source>
        <translation>Export the case (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the case&apos;s personal data…</source>
        <translation>Erase the case&apos;s personal data…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep personal data</source>
        <translation>Keep personal data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A person asks what is held about them, or its erasure:</source>
        <translation>A person asks what is held about them, or its erasure:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Personal data are kept {n} months.</source>
        <translation>Personal data are kept {n} months.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the case</source>
        <translation>Export the case</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case saved in {path}; the export is in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase the case&apos;s personal data</source>
        <translation>Erase the case&apos;s personal data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove now the personal data of every request of this case? Hours and money stay for the reports. This cannot be undone.</source>
        <translation>Remove now the personal data of every request of this case? Hours and money stay for the reports. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Personal data of {n} requests erased.</source>
        <translation>Personal data of {n} requests erased.</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/project_form.py" line="+41"/>
        <source>mediator&apos;s rate</source>
        <translation>mediator&apos;s rate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End (inclusive)</source>
        <translation>End (inclusive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour budget</source>
        <translation>Hour budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hourly rate</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas (none: every area)</source>
        <translation>Areas (none: every area)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency kinds funded (none: every kind)</source>
        <translation>Agency kinds funded (none: every kind)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages funded (none: every language)</source>
        <translation>Languages funded (none: every language)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Give the project a code.</source>
        <translation>Give the project a code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the project&apos;s name.</source>
        <translation>Give the project&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project must end on or after its start.</source>
        <translation>The project must end on or after its start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hour budget must be positive.</source>
        <translation>The hour budget must be positive.</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/project_table_model.py" line="+28"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour budget</source>
        <translation>Hour budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours used</source>
        <translation>Hours used</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <location filename="../../mediation_desk/ui/catalogue/projects_view.py" line="+37"/>
        <source>Hours by language</source>
        <translation>Hours by language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours by agency kind</source>
        <translation>Hours by agency kind</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Computing the hours…</source>
        <translation>Computing the hours…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hours not available: {error}</source>
        <translation>Hours not available: {error}</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../mediation_desk/ui/reports/reports_view.py" line="+50"/>
        <source>Export the month&apos;s timesheets…</source>
        <translation>Export the month&apos;s timesheets…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the hour report…</source>
        <translation>Export the hour report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly signature sheet…</source>
        <translation>Monthly signature sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month&apos;s interventions with a signature column, as A4 PDF</source>
        <translation>The month&apos;s interventions with a signature column, as A4 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print signature sheet…</source>
        <translation>Print signature sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same sheet through the system&apos;s print dialog</source>
        <translation>The same sheet through the system&apos;s print dialog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Billed hours</source>
        <translation>Billed hours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signature sheet of</source>
        <translation>Signature sheet of</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Every agency</source>
        <translation>Every agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency: {name}</source>
        <translation>Agency: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mediator: {name}</source>
        <translation>Mediator: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Written {path} ({n} interventions).</source>
        <translation>Written {path} ({n} interventions).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{hours} billed hours in {month}</source>
        <translation>{hours} billed hours in {month}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export timesheets</source>
        <translation>Export timesheets</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting the timesheets</source>
        <translation>Exporting the timesheets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the hour report</source>
        <translation>Export the hour report</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting the hour report</source>
        <translation>Exporting the hour report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written {path} ({n} bookings).</source>
        <translation>Written {path} ({n} bookings).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_form.py" line="+171"/>
        <source>Add window</source>
        <translation>Add window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove window</source>
        <translation>Remove window</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency contact</source>
        <translation>Agency contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact on site</source>
        <translation>Contact on site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proposed times</source>
        <translation>Proposed times</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator&apos;s gender</source>
        <translation>Mediator&apos;s gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum level</source>
        <translation>Minimum level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case reference</source>
        <translation>Case reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No project</source>
        <translation>No project</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/fund_chooser.py" line="-73"/>
        <location filename="../../mediation_desk/ui/requests/request_form.py" line="+28"/>
        <source>Request {id} — {status}</source>
        <translation>Request {id} — {status}</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_form.py" line="+45"/>
        <source>The date asked for has already gone by.</source>
        <translation>The date asked for has already gone by.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less notice than the {lead} hours the service asks: mark it as urgent or agree another date.</source>
        <translation>Less notice than the {lead} hours the service asks: mark it as urgent or agree another date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No project: the hours are charged to no funding.</source>
        <translation>No project: the hours are charged to no funding.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose the agency that asks.</source>
        <translation>Choose the agency that asks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language.</source>
        <translation>Choose the language.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The duration must be a positive multiple of 15 minutes.</source>
        <translation>The duration must be a positive multiple of 15 minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Propose at least one time window.</source>
        <translation>Propose at least one time window.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each window must end after its start and hold the whole duration.</source>
        <translation>Each window must end after its start and hold the whole duration.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the address of the meeting.</source>
        <translation>Give the address of the meeting.</translation>
    </message>
</context>
<context>
    <name>RequestRequirements</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_requirements.py" line="+37"/>
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required: mediators without it are excluded. Otherwise it only ranks them.</source>
        <translation>Required: mediators without it are excluded. Otherwise it only ranks them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case preferences…</source>
        <translation>Case preferences…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mediators the agency prefers or asks not to send for this case</source>
        <translation>Mediators the agency prefers or asks not to send for this case</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_table_model.py" line="+35"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/requests_view.py" line="+109"/>
        <source>Search: number, case, agency, reason…</source>
        <translation>Search: number, case, agency, reason…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Request</source>
        <translation type="unfinished">Request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediators</source>
        <translation type="unfinished">Mediators</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Save and find mediators</source>
        <translation>Save and find mediators</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Open the settings</source>
        <translation>Open the settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail is not configured: the mediators get no invitation for their bookings.</source>
        <translation>Mail is not configured: the mediators get no invitation for their bookings.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{why} Invitations not sent: {n}.</source>
        <translation>{why} Invitations not sent: {n}.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_actions.py" line="+111"/>
        <location filename="../../mediation_desk/ui/requests/requests_view.py" line="+149"/>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../mediation_desk/ui/requests/requests_view.py" line="+1"/>
        <source>Reopen request</source>
        <translation>Reopen request</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/requests_view.py" line="+21"/>
        <source>Repeat every week…</source>
        <translation>Repeat every week…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book the same mediator on these weekdays for several weeks</source>
        <translation>Book the same mediator on these weekdays for several weeks</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bookings of this request</source>
        <translation>Bookings of this request</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_list_filters.py" line="+59"/>
        <location line="+36"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{shown} of {total} requests</source>
        <translation>{shown} of {total} requests</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/unsaved_edit_guard.py" line="+46"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request on screen has changes not saved yet.</source>
        <translation>The request on screen has changes not saved yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t save</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request not saved</source>
        <translation>Request not saved</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/requests_view.py" line="+81"/>
        <source>The request is {status}.</source>
        <translation>The request is {status}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for mediators…</source>
        <translation>Looking for mediators…</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_actions.py" line="-61"/>
        <source>Save the request to see who can go.</source>
        <translation>Save the request to see who can go.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cancel request {id}?</source>
        <translation>Cancel request {id}?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reopen request {id}: it goes back among those to fill?</source>
        <translation>Reopen request {id}: it goes back among those to fill?</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/reschedule_dialog.py" line="+36"/>
        <source>Move booking {id}</source>
        <translation>Move booking {id}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New time agreed with the agency</source>
        <translation>New time agreed with the agency</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>who agreed, e.g. Ms Rossi, social worker</source>
        <translation>who agreed, e.g. Ms Rossi, social worker</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times the agency proposed</source>
        <translation>Times the agency proposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New start</source>
        <translation>New start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed with</source>
        <translation>Agreed with</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Everyone who speaks {language} is listed.</source>
        <translation>Everyone who speaks {language} is listed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the mediators who speak {language} are listed: one other does not speak it.</source>
        <translation>Only the mediators who speak {language} are listed: one other does not speak it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the mediators who speak {language} are listed: {count} others do not speak it.</source>
        <translation>Only the mediators who speak {language} are listed: {count} others do not speak it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say who at the agency agreed.</source>
        <translation>Say who at the agency agreed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside the times the agency proposed: tick &quot;New time agreed with the agency&quot; and say who agreed, or choose a proposed time.</source>
        <translation>Outside the times the agency proposed: tick &quot;New time agreed with the agency&quot; and say who agreed, or choose a proposed time.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../mediation_desk/ui/common/rows_editor.py" line="+35"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SeriesActions</name>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-66"/>
        <source>Only a request still to plan can be repeated.</source>
        <translation>Only a request still to plan can be repeated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several occurrences move to a new time of the same days: keep the date.</source>
        <translation>Several occurrences move to a new time of the same days: keep the date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The booking is not part of a series.</source>
        <translation>The booking is not part of a series.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every date of the series falls on a holiday or a closure of the agency.</source>
        <translation>Every date of the series falls on a holiday or a closure of the agency.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/bookings/series_actions.py" line="+75"/>
        <source>Series not booked</source>
        <translation>Series not booked</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>No occurrence can be booked:</source>
        <translation>No occurrence can be booked:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These occurrences cannot be booked:</source>
        <translation>These occurrences cannot be booked:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booked {booked} of {total} occurrences.</source>
        <translation>Booked {booked} of {total} occurrences.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not booked (the requests stay to plan):</source>
        <translation>Not booked (the requests stay to plan):</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Series booked</source>
        <translation>Series booked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped because the agency is closed:</source>
        <translation>Skipped because the agency is closed:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Booking {id} is part of a recurring series. Apply to:</source>
        <translation>Booking {id} is part of a recurring series. Apply to:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only this one</source>
        <translation>Only this one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This and the following ones</source>
        <translation>This and the following ones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move refused</source>
        <translation>Move refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the mediator of one occurrence at a time (choose &quot;Only this one&quot;).</source>
        <translation>Change the mediator of one occurrence at a time (choose &quot;Only this one&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These occurrences cannot move:</source>
        <translation>These occurrences cannot move:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancellation refused</source>
        <translation>Cancellation refused</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} occurrences cancelled.</source>
        <translation>{n} occurrences cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{late} of them late: billed to the project.</source>
        <translation>{late} of them late: billed to the project.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Series cancelled</source>
        <translation>Series cancelled</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/series_dialog.py" line="+39"/>
        <source>The series needs an end: a number of times or a last day.</source>
        <translation>The series needs an end: a number of times or a last day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {n} occurrences in one series.</source>
        <translation>At most {n} occurrences in one series.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No date falls between the first start and the end.</source>
        <translation>No date falls between the first start and the end.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repetition is not valid.</source>
        <translation>The repetition is not valid.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Repeat request {id} every week</source>
        <translation>Repeat request {id} every week</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> week(s)</source>
        <translation> week(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of times</source>
        <translation>Number of times</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>First start</source>
        <translation>First start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose at least one day of the week.</source>
        <translation>Choose at least one day of the week.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} times at {time}: {dates}</source>
        <translation>{n} times at {time}: {dates}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/settings_view.py" line="+42"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User (audit trail)</source>
        <translation>User (audit trail)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/sheet_actions.py" line="+38"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../mediation_desk/ui/bookings/signed_sheet_dialog.py" line="+181"/>
        <source>The file could not be written: {reason}</source>
        <translation>The file could not be written: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheet not written</source>
        <translation>Sheet not written</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print intervention sheet</source>
        <translation>Print intervention sheet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly signature sheet</source>
        <translation>Monthly signature sheet</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The printer could not be used: check that it is connected and switched on, then try again.</source>
        <translation>The printer could not be used: check that it is connected and switched on, then try again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Printing {title}…</source>
        <translation>Printing {title}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Intervention sheet {id}</source>
        <translation>Intervention sheet {id}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signature sheet {month}</source>
        <translation>Signature sheet {month}</translation>
    </message>
</context>
<context>
    <name>SignedSheetBox</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/signed_sheet_box.py" line="+35"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scan of the signed sheet</source>
        <translation>Scan of the signed sheet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan refused</source>
        <translation>Scan refused</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The signed sheet came back</source>
        <translation>The signed sheet came back</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>who signed for the agency, e.g. Dott.ssa Rossi</source>
        <translation>who signed for the agency, e.g. Dott.ssa Rossi</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+6"/>
        <location filename="../../mediation_desk/ui/bookings/signed_sheet_dialog.py" line="-64"/>
        <source>no scan</source>
        <translation>no scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../mediation_desk/ui/bookings/signed_sheet_dialog.py" line="+3"/>
        <source>Attach scan…</source>
        <translation>Attach scan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, PNG or JPEG, at most 15 MB</source>
        <translation>PDF, PNG or JPEG, at most 15 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back on</source>
        <translation>Came back on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
</context>
<context>
    <name>SignedSheetDialog</name>
    <message>
        <location filename="../../mediation_desk/ui/bookings/signed_sheet_dialog.py" line="-69"/>
        <source>Signed sheet of booking {id}</source>
        <translation>Signed sheet of booking {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open scan</source>
        <translation>Open scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save scan as…</source>
        <translation>Save scan as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove scan</source>
        <translation>Remove scan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the record…</source>
        <translation>Withdraw the record…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intervention of {when}</source>
        <translation>Intervention of {when}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No signed sheet recorded yet.</source>
        <translation>No signed sheet recorded yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by {who} on {day}.</source>
        <translation>Recorded by {who} on {day}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stored scan: none.</source>
        <translation>Stored scan: none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored scan: {name} ({size}), SHA-256 {digest}…</source>
        <translation>Stored scan: {name} ({size}), SHA-256 {digest}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the stored one is kept</source>
        <translation>the stored one is kept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace scan…</source>
        <translation>Replace scan…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Scan not attached</source>
        <translation>Scan not attached</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed sheet not recorded</source>
        <translation>Signed sheet not recorded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan not removed</source>
        <translation>Scan not removed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Withdraw the record</source>
        <translation>Withdraw the record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the signed sheet of booking {id} and its scan? The audit trail keeps a line of it.</source>
        <translation>Withdraw the signed sheet of booking {id} and its scan? The audit trail keeps a line of it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record not withdrawn</source>
        <translation>Record not withdrawn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scan not read</source>
        <translation>Scan not read</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save scan as</source>
        <translation>Save scan as</translation>
    </message>
</context>
<context>
    <name>SignedSheets</name>
    <message>
        <location filename="../../mediation_desk/texts/signed_sheet_errors.py" line="+27"/>
        <source>There is no booking {booking}.</source>
        <translation>There is no booking {booking}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking {booking} is not closed: close it with its actual times first.</source>
        <translation>Booking {booking} is not closed: close it with its actual times first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say who signed the sheet for the agency.</source>
        <translation>Say who signed the sheet for the agency.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who signed must be a name on one line, at most 200 characters.</source>
        <translation>Who signed must be a name on one line, at most 200 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sheet cannot have come back on {day}: that day is still to come.</source>
        <translation>The sheet cannot have come back on {day}: that day is still to come.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sheet cannot have come back on {day}, before the intervention of {held}.</source>
        <translation>The sheet cannot have come back on {day}, before the intervention of {held}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No signed sheet is recorded for booking {booking}: record who signed first.</source>
        <translation>No signed sheet is recorded for booking {booking}: record who signed first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking {booking} has no scan attached.</source>
        <translation>Booking {booking} has no scan attached.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The scan {name} of booking {booking} no longer matches the checksum recorded when it was attached: it was altered or damaged in the database. Attach the original again.</source>
        <translation>The scan {name} of booking {booking} no longer matches the checksum recorded when it was attached: it was altered or damaged in the database. Attach the original again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} could not be read: {reason}</source>
        <translation>The file {name} could not be read: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {name} is empty.</source>
        <translation>The file {name} is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} is {size} MB: a scan may be at most {limit} MB. Scan it again at a lower resolution or in black and white.</source>
        <translation>The file {name} is {size} MB: a scan may be at most {limit} MB. Scan it again at a lower resolution or in black and white.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is not a PDF, PNG or JPEG (its content says otherwise, whatever its name).</source>
        <translation>The file {name} is not a PDF, PNG or JPEG (its content says otherwise, whatever its name).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF {name} is damaged or incomplete: it cannot be kept.</source>
        <translation>The PDF {name} is damaged or incomplete: it cannot be kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF {name} is protected by a password: save it without one.</source>
        <translation>The PDF {name} is protected by a password: save it without one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG image {name} is damaged or incomplete: it cannot be kept.</source>
        <translation>The PNG image {name} is damaged or incomplete: it cannot be kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The JPEG image {name} is damaged or incomplete: it cannot be kept.</source>
        <translation>The JPEG image {name} is damaged or incomplete: it cannot be kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image {name} is {width} × {height} pixels: too large for a scanned sheet.</source>
        <translation>The image {name} is {width} × {height} pixels: too large for a scanned sheet.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="+160"/>
        <source>The disk holding the database is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk holding the database is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be written (the file, its folder or the server is read-only): nothing was saved.</source>
        <translation>The database cannot be written (the file, its folder or the server is read-only): nothing was saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy with another user&apos;s change: nothing was saved. Try again in a moment.</source>
        <translation>The database is busy with another user&apos;s change: nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mediator already has a booking at that time: nothing was saved.</source>
        <translation>The mediator already has a booking at that time: nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database refused the change (a duplicate or a value it cannot store): nothing was saved.</source>
        <translation>The database refused the change (a duplicate or a value it cannot store): nothing was saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached or read (server down, file moved or damaged): nothing was saved. Details: {detail}</source>
        <translation>The database cannot be reached or read (server down, file moved or damaged): nothing was saved. Details: {detail}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not do the change: nothing was saved.</source>
        <translation>The database could not do the change: nothing was saved.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../mediation_desk/ui/settings/users_panel.py" line="+28"/>
        <source>coordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finance</source>
        <translation>finance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. anna.rossi</source>
        <translation>e.g. anna.rossi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the chosen user</source>
        <translation>Disable the chosen user</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Coordinators: requests, bookings, catalogue. Finance: reads everything, budgets, rates, billing rules, exports; cannot book. Admin: settings and users.</source>
        <translation>Coordinators: requests, bookings, catalogue. Finance: reads everything, budgets, rates, billing rules, exports; cannot book. Admin: settings and users.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(disabled)</source>
        <translation>(disabled)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User {login} added.</source>
        <translation>User {login} added.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a user in the list.</source>
        <translation>Choose a user in the list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{login} can no longer log in.</source>
        <translation>{login} can no longer log in.</translation>
    </message>
</context>
<context>
    <name>Violations</name>
    <message>
        <location filename="../../mediation_desk/texts/violations.py" line="+47"/>
        <source>No longer active in the service</source>
        <translation>No longer active in the service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is cancelled</source>
        <translation>The request is cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for funds: no eligible project has hours left; assign a project first</source>
        <translation>Waiting for funds: no eligible project has hours left; assign a project first</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every possible start has gone by</source>
        <translation>Every possible start has gone by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency is closed on {day}: {closure}</source>
        <translation>The agency is closed on {day}: {closure}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency asks not to send {mediator_name}</source>
        <translation>The agency asks not to send {mediator_name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lacks the required skill: {skill}</source>
        <translation>Lacks the required skill: {skill}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not speak {language}</source>
        <translation>Does not speak {language}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaks {language} at level {level}, the request requires {required_level}</source>
        <translation>Speaks {language} at level {level}, the request requires {required_level}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A mediator of gender {gender} was asked for</source>
        <translation>A mediator of gender {gender} was asked for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area not covered: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lasts {minutes} min instead of {required}</source>
        <translation>Lasts {minutes} min instead of {required}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not start on a quarter hour ({start})</source>
        <translation>Does not start on a quarter hour ({start})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the times the agency asked for ({start}–{end})</source>
        <translation>Outside the times the agency asked for ({start}–{end})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not available at that time ({start}–{end})</source>
        <translation>Not available at that time ({start}–{end})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent from {absence_start} to {absence_end}</source>
        <translation>Absent from {absence_start} to {absence_end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy in their own calendar ({start}–{end})</source>
        <translation>Busy in their own calendar ({start}–{end})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already booked {start}–{end} at {agency} ({booking})</source>
        <translation>Already booked {start}–{end} at {agency} ({booking})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs {travel_min} min to travel from {agency}, only {gap_min} min free</source>
        <translation>Needs {travel_min} min to travel from {agency}, only {gap_min} min free</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly limit of {cap} h exceeded in week {week} ({booked} h already booked)</source>
        <translation>Weekly limit of {cap} h exceeded in week {week} ({booked} h already booked)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project {project} budget exceeded: {booked} of {budget} h used</source>
        <translation>Project {project} budget exceeded: {booked} of {budget} h used</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outside the dates of project {project}</source>
        <translation>Outside the dates of project {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown project {project}</source>
        <translation>Unknown project {project}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request already has booking {booking}</source>
        <translation>The request already has booking {booking}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>national holiday ({name})</source>
        <translation>national holiday ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the patron saint&apos;s day ({name})</source>
        <translation>the patron saint&apos;s day ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schools closed ({name})</source>
        <translation>schools closed ({name})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No longer active in the service</source>
        <comment>woman</comment>
        <translation type="unfinished">No longer active in the service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy in their own calendar ({start}–{end})</source>
        <comment>woman</comment>
        <translation type="unfinished">Busy in their own calendar ({start}–{end})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already booked {start}–{end} at {agency} ({booking})</source>
        <comment>woman</comment>
        <translation type="unfinished">Already booked {start}–{end} at {agency} ({booking})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The agency asks not to send {mediator_name} for case {case}</source>
        <translation>The agency asks not to send {mediator_name} for case {case}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A woman mediator was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A man mediator was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaks rule {rule}</source>
        <translation>Breaks rule {rule}</translation>
    </message>
</context>
<context>
    <name>WallTime</name>
    <message>
        <location filename="../../mediation_desk/texts/errors.py" line="-32"/>
        <source>{time} on {day} does not exist: the clocks go forward from 02:00 to 03:00 that night. Choose another time.</source>
        <translation>{time} on {day} does not exist: the clocks go forward from 02:00 to 03:00 that night. Choose another time.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} on {day} happens twice: the clocks go back from 03:00 to 02:00 that night. Choose a time before 02:00 or from 03:00.</source>
        <translation>{time} on {day} happens twice: the clocks go back from 03:00 to 02:00 that night. Choose a time before 02:00 or from 03:00.</translation>
    </message>
    <message>
        <location filename="../../mediation_desk/ui/common/form_widgets.py" line="+124"/>
        <source>Time changes that night</source>
        <translation>Time changes that night</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{time} on {day} happens twice: the clocks go back from 03:00 to 02:00 that night. Which one?</source>
        <translation>{time} on {day} happens twice: the clocks go back from 03:00 to 02:00 that night. Which one?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first (summer time)</source>
        <translation>The first (summer time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second (standard time)</source>
        <translation>The second (standard time)</translation>
    </message>
</context>
<context>
    <name>WindowsEditor</name>
    <message>
        <location filename="../../mediation_desk/ui/requests/request_form.py" line="-375"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../mediation_desk/ui/common/background_jobs.py" line="+139"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>XlsxImport</name>
    <message>
        <location filename="../../mediation_desk/ui/data/xlsx_import_dialog.py" line="+38"/>
        <source>Mediators</source>
        <translation>Mediators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+73"/>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Save an empty template…</source>
        <translation>Save an empty template…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a filled template…</source>
        <translation>Import a filled template…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill in a template written here, then import it: each row is checked.</source>
        <translation>Fill in a template written here, then import it: each row is checked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the template</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the template</source>
        <translation>Writing the template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Template written: {path}</source>
        <translation>Template written: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not written: {why}</source>
        <translation>Not written: {why}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} refused, nothing imported: {n} problems.</source>
        <translation>{name} refused, nothing imported: {n} problems.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported {n} rows from {name}.</source>
        <translation>Imported {n} rows from {name}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing {name}</source>
        <translation>Importing {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: {why}</source>
        <translation>Not imported: {why}</translation>
    </message>
</context>
</TS>
