<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About IncluCities</source>
        <translation>Over IncluCities</translation>
    </message>
    <message>
        <source>&lt;h2&gt;IncluCities Desktop {0}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;IncluCities Desktop {0}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>IncluCities Desktop {0}</source>
        <translation>IncluCities Desktop {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Co-design local action plans for the integration and inclusion of migrants, offline first.&lt;/p&gt;&lt;p&gt;IncluCities is led by CEMR and funded by the European Union&apos;s Asylum, Migration and Integration Fund.&lt;/p&gt;&lt;p&gt;IncluCities Desktop is free software under the European Union Public Licence (EUPL-1.2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Samen lokale actieplannen opstellen voor de integratie en inclusie van migranten, ook zonder netwerkverbinding.&lt;/p&gt;&lt;p&gt;IncluCities wordt geleid door de RGRE (CEMR) en gefinancierd door het Fonds voor asiel, migratie en integratie van de Europese Unie.&lt;/p&gt;&lt;p&gt;IncluCities Desktop is vrije software onder de Openbare Licentie van de Europese Unie (EUPL-1.2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Meegeleverde onderdelen en hun licenties</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Broncode</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3. You may replace the Qt and PySide6 libraries in the installed folder with your own builds of the same version; the source code of both is available at the addresses in the table.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU Lesser General Public License, versie 3. U kunt de Qt- en PySide6-bibliotheken in de installatiemap vervangen door uw eigen builds van dezelfde versie; de broncode van beide is beschikbaar op de adressen in de tabel.</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <source>Edit “{0}”</source>
        <translation>„{0}” bewerken</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Duplicate action</source>
        <translation>Actie dupliceren</translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>Actie omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>Actie omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Actie verwijderen</translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Select an action to see and edit all its fields.</source>
        <translation>Selecteer een actie om al haar velden te zien en te bewerken.</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>Details van de actie</translation>
    </message>
</context>
<context>
    <name>ActionValues</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Actions of the plan</source>
        <translation>Acties van het plan</translation>
    </message>
    <message>
        <source>One row per action; Alt+Up and Alt+Down move the selected action, Ctrl+Tab goes on to its details</source>
        <translation>Eén rij per actie; Alt+Omhoog en Alt+Omlaag verplaatsen de geselecteerde actie, Ctrl+Tab gaat naar de details</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Action tools</source>
        <translation>Actiehulpmiddelen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add an action after the selected one</source>
        <translation>Een actie na de geselecteerde toevoegen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Duplicate the selected action</source>
        <translation>De geselecteerde actie dupliceren</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move the selected action up</source>
        <translation>De geselecteerde actie omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move the selected action down</source>
        <translation>De geselecteerde actie omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected action (can be undone)</source>
        <translation>De geselecteerde actie verwijderen (kan ongedaan worden gemaakt)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>De werkruimte kan niet worden geopend</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Een andere map kiezen…</translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation>Kies een map voor de werkruimte</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export several plans</source>
        <translation>Meerdere plannen exporteren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Plans to export</source>
        <translation>Te exporteren plannen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Plans:</source>
        <translation>&amp;Plannen:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>No plans have this status.</source>
        <translation>Er zijn geen plannen met deze status.</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exporteren naar map</translation>
    </message>
    <message>
        <source>Tick at least one plan.</source>
        <translation>Vink ten minste één plan aan.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Voorbereiden…</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>{0} van {1}: {2}</translation>
    </message>
    <message>
        <source>Stopping after the plans being written now…</source>
        <translation>Stoppen na de plannen die nu worden geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) exported.</source>
        <translation>
            <numerusform>%n plan geëxporteerd.</numerusform>
            <numerusform>%n plannen geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest were cancelled.</source>
        <translation>De overige zijn geannuleerd.</translation>
    </message>
    <message>
        <source>Not exported: {0} ({1})</source>
        <translation>Niet geëxporteerd: {0} ({1})</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Exporteren mislukt: {0}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Budget summary</source>
        <translation>Samenvatting van de begroting</translation>
    </message>
    <message>
        <source>Derived from the funding lines of the actions; cancelled actions do not count. An action serving several EU areas counts in full under each.</source>
        <translation>Afgeleid uit de financieringsregels van de acties; geannuleerde acties tellen niet mee. Een actie voor meerdere EU-gebieden telt volledig mee onder elk gebied.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Begroting per financieringsbron</translation>
    </message>
    <message>
        <source>Budget by EU Action Plan area</source>
        <translation>Begroting per gebied van het EU-actieplan</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation>Per financieringsbron</translation>
    </message>
    <message>
        <source>By EU Action Plan area</source>
        <translation>Per gebied van het EU-actieplan</translation>
    </message>
    <message>
        <source>Computing the budget…</source>
        <translation>De begroting wordt berekend…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <source>EU Action Plan area</source>
        <translation>Gebied van het EU-actieplan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>No funding lines yet: add them in the actions&apos; detail form.</source>
        <translation>Nog geen financieringsregels: voeg ze toe in het detailformulier van de acties.</translation>
    </message>
    <message>
        <source>Secured {0} of {1} ({2} %)</source>
        <translation>{0} van {1} toegezegd ({2} %)</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment text</source>
        <translation>Tekst van de opmerking</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Opmerking opslaan</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <source>Passage no longer in the text:</source>
        <translation>Passage die niet meer in de tekst staat:</translation>
    </message>
    <message>
        <source>Passage in {0}:</source>
        <translation>Passage in {0}:</translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation>Sectie {0}</translation>
    </message>
    <message>
        <source>An action no longer in the plan</source>
        <translation>Een actie die niet meer in het plan staat</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>Actie {0}</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Het hele plan</translation>
    </message>
    <message>
        <source>You</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Onbekende auteur</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>wacht op synchronisatie</translation>
    </message>
    <message>
        <source>{0} (edited)</source>
        <translation>{0} (bewerkt)</translation>
    </message>
    <message>
        <source>This comment was deleted.</source>
        <translation>Deze opmerking is verwijderd.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <source>Unread.</source>
        <translation>Ongelezen.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Opgelost.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Open discussies</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Alle discussies</translation>
    </message>
    <message>
        <source>Which threads</source>
        <translation>Welke discussies</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Deze sectie</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Hele plan</translation>
    </message>
    <message>
        <source>Threads of</source>
        <translation>Discussies uit</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>Discussies</translation>
    </message>
    <message>
        <source>Each thread with its replies below it; choosing one shows its place in the plan. F2 edits your comment, Delete deletes it.</source>
        <translation>Elke discussie met de antwoorden eronder; als u er een kiest, ziet u waar ze in het plan staat. F2 bewerkt uw opmerking, Delete verwijdert deze.</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Geen opmerkingen</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Opmerking…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section (Ctrl+Alt+M)</source>
        <translation>Een opmerking maken bij de geselecteerde passage, de geselecteerde actie of deze sectie (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Beantwoorden…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>No comments on this section yet.</source>
        <translation>Nog geen opmerkingen bij deze sectie.</translation>
    </message>
    <message>
        <source>No comments on this plan yet.</source>
        <translation>Nog geen opmerkingen bij dit plan.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
</context>
<context>
    <name>CommentsUi</name>
    <message>
        <source>&amp;Add comment…</source>
        <translation>Opmerking &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section</source>
        <translation>Een opmerking maken bij de geselecteerde passage, de geselecteerde actie of deze sectie</translation>
    </message>
    <message>
        <source>Comment on this &amp;passage…</source>
        <translation>Opmerking bij &amp;deze passage…</translation>
    </message>
    <message>
        <source>Comment on this &amp;section…</source>
        <translation>Opmerking bij deze &amp;sectie…</translation>
    </message>
    <message>
        <source>Comment on the whole p&amp;lan…</source>
        <translation>Opmerking bij het hele p&amp;lan…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Beantwoorden…</translation>
    </message>
    <message>
        <source>&amp;Edit my comment…</source>
        <translation>Mijn opmerking be&amp;werken…</translation>
    </message>
    <message>
        <source>&amp;Delete my comment…</source>
        <translation>Mijn opmerking &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Resol&amp;ve or reopen the thread</source>
        <translation>Discussie &amp;oplossen of heropenen</translation>
    </message>
    <message>
        <source>&amp;Go to the comments</source>
        <translation>Naar de opmerkingen &amp;gaan</translation>
    </message>
    <message>
        <source>S&amp;how the comments panel</source>
        <translation>Opmerkingen&amp;paneel tonen</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Opmerkingen</translation>
    </message>
    <message>
        <source>Your comment on the whole plan:</source>
        <translation>Uw opmerking bij het hele plan:</translation>
    </message>
    <message>
        <source>Your comment on action {0}:</source>
        <translation>Uw opmerking bij actie {0}:</translation>
    </message>
    <message>
        <source>Your comment on section {0}:</source>
        <translation>Uw opmerking bij sectie {0}:</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nieuwe opmerking</translation>
    </message>
    <message>
        <source>Your comment on the passage “{0}”:</source>
        <translation>Uw opmerking bij de passage „{0}”:</translation>
    </message>
    <message>
        <source>Comment on this passage</source>
        <translation>Opmerking bij deze passage</translation>
    </message>
    <message>
        <source>Your reply to {0}: “{1}”</source>
        <translation>Uw antwoord aan {0}: „{1}”</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Opmerking bewerken</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Uw opmerking:</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Opmerking verwijderen</translation>
    </message>
    <message>
        <source>Delete your comment “{0}”? Replies to it stay.</source>
        <translation>Wilt u uw opmerking „{0}” verwijderen? De antwoorden erop blijven staan.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Place in the list</source>
        <translation>Plaats in de lijst</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Verwijdering</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titel van het plan</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Status van het plan</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Taal van het plan</translation>
    </message>
    <message>
        <source>Plan deletion</source>
        <translation>Verwijdering van het plan</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Op te lossen conflicten</translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation>Er zijn geen conflicten om op te lossen.</translation>
    </message>
    <message>
        <source>Base: the text both sides started from</source>
        <translation>Basis: de tekst waarvan beide kanten zijn uitgegaan</translation>
    </message>
    <message>
        <source>Mine: your version</source>
        <translation>Mijn versie: de tekst zoals u die hebt gewijzigd</translation>
    </message>
    <message>
        <source>Theirs: the version on the server</source>
        <translation>Serverversie: de tekst zoals anderen die hebben gewijzigd, op de server</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Samengevoegde tekst</translation>
    </message>
    <message>
        <source>Merg&amp;ed text (edit it, then use it):</source>
        <translation>&amp;Samengevoegde tekst (bewerk deze en gebruik hem daarna):</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mijn versie behouden</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Server&amp;versie behouden</translation>
    </message>
    <message>
        <source>&amp;Use the merged text</source>
        <translation>Samengevoegde tekst &amp;gebruiken</translation>
    </message>
    <message>
        <source>&amp;Restore it with my edit</source>
        <translation>&amp;Terugzetten met mijn wijziging</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mijn versie</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Serverversie</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>Mijn wijziging &amp;verwerpen</translation>
    </message>
    <message>
        <source>{0}
This was deleted on the server while you edited it. Your edit is kept here: restore it with your edit, or discard the edit.</source>
        <translation>{0}
Dit is op de server verwijderd terwijl u het bewerkte. Uw wijziging is hier bewaard: zet het terug met uw wijziging, of verwerp de wijziging.</translation>
    </message>
    <message>
        <source>{0}
The server did not accept your edit: {1}
Your text is kept here so that you can copy it.</source>
        <translation>{0}
De server heeft uw wijziging niet geaccepteerd: {1}
Uw tekst is hier bewaard, zodat u deze kunt kopiëren.</translation>
    </message>
    <message>
        <source>{0}
You and someone else changed the same passage. Keep one version, or edit a merge of both.</source>
        <translation>{0}
U en iemand anders hebben dezelfde passage gewijzigd. Behoud een van beide versies, of bewerk een samenvoeging van beide.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… %n ongewijzigde alinea …</numerusform>
            <numerusform>… %n ongewijzigde alinea&apos;s …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>This workspace was written by a newer version of IncluCities. Please install that version; the workspace has not been changed.</source>
        <translation>Deze werkruimte is gemaakt met een nieuwere versie van IncluCities. Installeer die versie; de werkruimte is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not an IncluCities workspace. It has not been changed: restore it from a backup or choose another folder.</source>
        <translation>Het werkruimtebestand is beschadigd of is geen IncluCities-werkruimte. Het is niet gewijzigd: zet het terug vanuit een back-up of kies een andere map.</translation>
    </message>
    <message>
        <source>This folder cannot be used as a workspace (the details say why). Nothing has been changed: choose another folder.</source>
        <translation>Deze map kan niet als werkruimte worden gebruikt (de details vermelden waarom). Er is niets gewijzigd: kies een andere map.</translation>
    </message>
    <message>
        <source>IncluCities</source>
        <translation>IncluCities</translation>
    </message>
    <message>
        <source>The workspace could not be written: {0}

Your last change is kept in memory; free some disk space and try again.</source>
        <translation>Er kon niet naar de werkruimte worden geschreven: {0}

Uw laatste wijziging is in het geheugen bewaard; maak schijfruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong that IncluCities did not expect. Your saved work is safe. If it happens again, please send the log file to your coordinator.</source>
        <translation>Er ging iets mis dat IncluCities niet verwachtte. Uw opgeslagen werk is veilig. Als het opnieuw gebeurt, stuur dan het logbestand naar uw coördinator.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>Exporteren naar Word</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Include mentors&apos; &amp;comments as Word comments</source>
        <translation>&amp;Opmerkingen van mentoren opnemen als Word-opmerkingen</translation>
    </message>
    <message>
        <source>Each comment thread of the plan, replies included, beside the passage or heading it is about</source>
        <translation>Elke discussie van het plan, met de antwoorden, naast de passage of kop waarover ze gaat</translation>
    </message>
    <message>
        <source>Add the review &amp;log as an appendix</source>
        <translation>Het beoordelings&amp;logboek als bijlage toevoegen</translation>
    </message>
    <message>
        <source>Every review step of the plan: who, when, and the note they wrote</source>
        <translation>Elke beoordelingsstap van het plan: wie, wanneer en de notitie die daarbij is geschreven</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <source>Please give a file name ending in .docx.</source>
        <translation>Geef een bestandsnaam op die eindigt op .docx.</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} bestaat al. Wilt u het vervangen?</translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Exporteren naar Word…</translation>
    </message>
    <message>
        <source>Export se&amp;veral plans…</source>
        <translation>&amp;Meerdere plannen exporteren…</translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Formatting</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Alineastijl</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Alinea</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Kop 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Kop 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Kop 3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Lijst met opsommingstekens</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Genummerde lijst</translation>
    </message>
    <message>
        <source>Decrease list level</source>
        <translation>Lijstniveau verlagen</translation>
    </message>
    <message>
        <source>Increase list level</source>
        <translation>Lijstniveau verhogen</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Koppeling…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Insert table…</source>
        <translation>Tabel invoegen…</translation>
    </message>
    <message>
        <source>Add table row</source>
        <translation>Tabelrij toevoegen</translation>
    </message>
    <message>
        <source>Remove table row</source>
        <translation>Tabelrij verwijderen</translation>
    </message>
    <message>
        <source>Add table column</source>
        <translation>Tabelkolom toevoegen</translation>
    </message>
    <message>
        <source>Remove table column</source>
        <translation>Tabelkolom verwijderen</translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versies…</translation>
    </message>
    <message>
        <source>Versions of the plan, and what changed since each</source>
        <translation>Versies van het plan, en wat er sinds elke versie is gewijzigd</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>Deze versie een &amp;naam geven…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Ges&amp;chiedenis</translation>
    </message>
    <message>
        <source>Open a plan first.</source>
        <translation>Open eerst een plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) restored; the next sync sends them.</source>
        <translation>
            <numerusform>%n wijziging teruggezet; de volgende synchronisatie verzendt deze.</numerusform>
            <numerusform>%n wijzigingen teruggezet; de volgende synchronisatie verzendt ze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version “{0}” named; the next sync sends it.</source>
        <translation>Versie „{0}” heeft een naam gekregen; de volgende synchronisatie verzendt deze.</translation>
    </message>
    <message>
        <source>Name this version</source>
        <translation>Deze versie een naam geven</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Submitted for mentor review</source>
        <translation>Ingediend ter beoordeling door de mentor</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>Endorsed by mentor</source>
        <translation>Goedgekeurd door de mentor</translation>
    </message>
    <message>
        <source>Submitted to coordinator</source>
        <translation>Ingediend bij de coördinator</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Opgesteld</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Text of the link</source>
        <translation>Tekst van de koppeling</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IncluCities</source>
        <translation>IncluCities</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Filter plans</source>
        <translation>Plannen filteren</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Nieuw plan…</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Plannen</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nieuw plan…</translation>
    </message>
    <message>
        <source>Add the &amp;sample plans</source>
        <translation>&amp;Voorbeeldplannen toevoegen</translation>
    </message>
    <message>
        <source>Move plan to &amp;trash</source>
        <translation>Plan naar &amp;prullenbak verplaatsen</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>P&amp;rullenbak…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Volgende sectie</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>V&amp;orige sectie</translation>
    </message>
    <message>
        <source>Go to the plan &amp;list</source>
        <translation>Naar de plannen&amp;lijst</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About IncluCities</source>
        <translation>&amp;Over IncluCities</translation>
    </message>
    <message>
        <source>{0} — IncluCities</source>
        <translation>{0} — IncluCities</translation>
    </message>
    <message>
        <source>Adding the sample plans…</source>
        <translation>De voorbeeldplannen worden toegevoegd…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample plan(s) added</source>
        <translation>
            <numerusform>%n voorbeeldplan toegevoegd</numerusform>
            <numerusform>%n voorbeeldplannen toegevoegd</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is in the trash; File → Trash… puts it back.</source>
        <translation>Het plan staat in de prullenbak; via Bestand → Prullenbak… zet u het terug.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Voorkeuren opgeslagen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen zijn opgeslagen</translation>
    </message>
</context>
<context>
    <name>MainWindowDescriptions</name>
    <message>
        <source>Every plan of this workspace; the chosen one opens beside the list. Ctrl+L comes back here.</source>
        <translation>Alle plannen van deze werkruimte; het gekozen plan opent naast de lijst. Ctrl+L brengt u hier terug.</translation>
    </message>
    <message>
        <source>Shows only the plans whose title, city or status contains these words</source>
        <translation>Toont alleen de plannen waarvan de titel, de gemeente of de status deze woorden bevat</translation>
    </message>
    <message>
        <source>Create an action plan for a city</source>
        <translation>Een actieplan voor een gemeente maken</translation>
    </message>
    <message>
        <source>Whether every change has been written to the workspace</source>
        <translation>Geeft aan of alle wijzigingen naar de werkruimte zijn geschreven</translation>
    </message>
</context>
<context>
    <name>MonthEdit</name>
    <message>
        <source>Month and year; Delete empties the field</source>
        <translation>Maand en jaar; Delete maakt het veld leeg</translation>
    </message>
</context>
<context>
    <name>NameVersionDialog</name>
    <message>
        <source>Name this version</source>
        <translation>Deze versie een naam geven</translation>
    </message>
    <message>
        <source>Keep “{0}” as it is now under a name, e.g. “Before the second study visit”. The server keeps it from the next sync on.</source>
        <translation>Bewaar „{0}” zoals het nu is onder een naam, bijv. „Vóór het tweede studiebezoek”. De server bewaart het vanaf de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Version name</source>
        <translation>Naam van de versie</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>Naam geven</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
</context>
<context>
    <name>NestedTableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Rij toevoegen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Rij verwijderen</translation>
    </message>
    <message>
        <source>Add a row to “{0}”</source>
        <translation>Een rij toevoegen aan „{0}”</translation>
    </message>
    <message>
        <source>Remove the selected rows of “{0}”</source>
        <translation>De geselecteerde rijen van „{0}” verwijderen</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New action plan</source>
        <translation>Nieuw actieplan</translation>
    </message>
    <message>
        <source>Choose or type your city</source>
        <translation>Kies of typ uw gemeente</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>e.g. Local action plan for inclusion 2026-2028</source>
        <translation>bijv. Lokaal actieplan voor inclusie 2026-2028</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Taal van het plan</translation>
    </message>
    <message>
        <source>IncluCities action plan, version {0}</source>
        <translation>IncluCities-actieplan, versie {0}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Sjabloon:</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Plan aanmaken</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Coordinator overview</source>
        <translation>Overzicht voor de coördinator</translation>
    </message>
    <message>
        <source>Plan or city</source>
        <translation>Plan of gemeente</translation>
    </message>
    <message>
        <source>Filter plans by text</source>
        <translation>Plannen filteren op tekst</translation>
    </message>
    <message>
        <source>Filter plans by status</source>
        <translation>Plannen filteren op status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>One plan a row; a column header sorts, Enter opens the plan in the main window</source>
        <translation>Eén plan per rij; een kolomkop sorteert, Enter opent het plan in het hoofdvenster</translation>
    </message>
    <message>
        <source>Every plan of the programme, where it stands in the review.</source>
        <translation>Alle plannen van het programma en hoe ver ze in de beoordeling zijn.</translation>
    </message>
    <message>
        <source>Every plan in this workspace, where it stands in the review.</source>
        <translation>Alle plannen in deze werkruimte en hoe ver ze in de beoordeling zijn.</translation>
    </message>
    <message>
        <source>The plans you can read: your city&apos;s, and those your city mentors.</source>
        <translation>De plannen die u kunt lezen: die van uw gemeente en die van de gemeenten waarvan uw gemeente mentor is.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) shown</source>
        <translation>
            <numerusform>%n plan getoond</numerusform>
            <numerusform>%n plannen getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Mentor city</source>
        <translation>Mentorgemeente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Drafted sections</source>
        <translation>Opgestelde secties</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Open opmerkingen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Sections drafted out of the template&apos;s sections</source>
        <translation>Opgestelde secties van het totale aantal secties in het sjabloon</translation>
    </message>
    <message>
        <source>{0} of {1} sections drafted, {2} started</source>
        <translation>{0} van {1} secties opgesteld, {2} begonnen</translation>
    </message>
    <message>
        <source>A review step of this plan waits for the next sync</source>
        <translation>Een beoordelingsstap van dit plan wacht op de volgende synchronisatie</translation>
    </message>
    <message>
        <source>{0} (step waits for sync)</source>
        <translation>{0} (stap wacht op synchronisatie)</translation>
    </message>
    <message>
        <source>{0}/{1}</source>
        <translation>{0}/{1}</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Rename plan</source>
        <translation>Plan hernoemen</translation>
    </message>
</context>
<context>
    <name>PlanExportFlow</name>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} wordt geschreven…</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Exporteren naar Word</translation>
    </message>
    <message>
        <source>The plan was exported to {0}.</source>
        <translation>Het plan is geëxporteerd naar {0}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <source>The plan could not be exported: {0}</source>
        <translation>Het plan kon niet worden geëxporteerd: {0}</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>{0}
City: {1}
Language: {2}
Status: {3}
Last changed: {4}</source>
        <translation>{0}
Gemeente: {1}
Taal: {2}
Status: {3}
Laatst gewijzigd: {4}</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n nieuwe opmerking</numerusform>
            <numerusform>%n nieuwe opmerkingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan title</source>
        <translation>Titel van het plan</translation>
    </message>
    <message>
        <source>A change of title can be undone</source>
        <translation>Een gewijzigde titel kan ongedaan worden gemaakt</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Gegevens van het plan</translation>
    </message>
    <message>
        <source>Sections of the plan</source>
        <translation>Secties van het plan</translation>
    </message>
    <message>
        <source>Each section with how far it is drafted; Ctrl+Page Down and Ctrl+Page Up move between sections from anywhere in the plan</source>
        <translation>Elke sectie met hoe ver ze is opgesteld; Ctrl+Page Down en Ctrl+Page Up gaan vanaf elke plek in het plan naar een andere sectie</translation>
    </message>
    <message>
        <source>mentor city: {0}</source>
        <translation>mentorgemeente: {0}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation>Melding: alleen-lezen</translation>
    </message>
    <message>
        <source>This plan is approved and read-only until a coordinator reopens it.</source>
        <translation>Dit plan is vastgesteld en alleen-lezen totdat een coördinator het heropent.</translation>
    </message>
    <message>
        <source>You are reading {0}&apos;s plan as its mentor: you can comment but not change it.</source>
        <translation>U leest het plan van {0} als mentor: u kunt opmerkingen maken, maar het niet wijzigen.</translation>
    </message>
    <message>
        <source>You are reading this plan as a coordinator: you can comment but not change it.</source>
        <translation>U leest dit plan als coördinator: u kunt opmerkingen maken, maar het niet wijzigen.</translation>
    </message>
    <message>
        <source>You can read this plan but not change it.</source>
        <translation>U kunt dit plan lezen, maar niet wijzigen.</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <source>New language</source>
        <translation>Nieuwe taal</translation>
    </message>
    <message>
        <source>IncluCities uses the new language from its next start. Restart now? Your work is saved first.</source>
        <translation>IncluCities gebruikt de nieuwe taal vanaf de volgende start. Wilt u nu opnieuw starten? Uw werk wordt eerst opgeslagen.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Nu opnieuw starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>RestoreWords</name>
    <message numerus="yes">
        <source>This makes %n edit(s); the next sync sends them like any other. To keep the plan as it is now among the versions, name this version first.</source>
        <translation>
            <numerusform>Dit levert %n wijziging op; de volgende synchronisatie verzendt deze zoals elke andere. Wilt u het plan zoals het nu is bij de versies bewaren, geef deze versie dan eerst een naam.</numerusform>
            <numerusform>Dit levert %n wijzigingen op; de volgende synchronisatie verzendt ze zoals elke andere. Wilt u het plan zoals het nu is bij de versies bewaren, geef deze versie dan eerst een naam.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>&amp;Submit to mentor…</source>
        <translation>&amp;Indienen bij de mentor…</translation>
    </message>
    <message>
        <source>&amp;Endorse…</source>
        <translation>&amp;Goedkeuren…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>&amp;Wijzigingen vragen…</translation>
    </message>
    <message>
        <source>Submit to coor&amp;dinator…</source>
        <translation>Indienen bij de &amp;coördinator…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Vaststellen…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>He&amp;ropenen…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Wijzigingen vragen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Vaststellen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>The plan goes to the mentor city for review. The mentor endorses it or asks for changes.</source>
        <translation>Het plan gaat ter beoordeling naar de mentorgemeente. De mentor keurt het goed of vraagt om wijzigingen.</translation>
    </message>
    <message>
        <source>You endorse the plan as its mentor; its city may then submit it to the coordinator.</source>
        <translation>U keurt het plan als mentor goed; de gemeente kan het daarna indienen bij de coördinator.</translation>
    </message>
    <message>
        <source>The plan goes back to its city with your note saying what should change.</source>
        <translation>Het plan gaat terug naar de gemeente, met uw notitie over wat er moet veranderen.</translation>
    </message>
    <message>
        <source>The endorsed plan goes to the programme&apos;s coordinator for approval.</source>
        <translation>Het goedgekeurde plan gaat ter vaststelling naar de coördinator van het programma.</translation>
    </message>
    <message>
        <source>The plan is approved and becomes read-only until a coordinator reopens it.</source>
        <translation>Het plan wordt vastgesteld en is alleen-lezen totdat een coördinator het heropent.</translation>
    </message>
    <message>
        <source>The approved plan becomes a draft again, so its city can change it.</source>
        <translation>Het vastgestelde plan wordt weer een concept, zodat de gemeente het kan wijzigen.</translation>
    </message>
    <message>
        <source>Submitted to the mentor</source>
        <translation>Ingediend bij de mentor</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Goedgekeurd door de mentor</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Wijzigingen gevraagd</translation>
    </message>
    <message>
        <source>Submitted to the coordinator</source>
        <translation>Ingediend bij de coördinator</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Heropend</translation>
    </message>
    <message>
        <source>Changed after endorsement: back to the mentor</source>
        <translation>Gewijzigd na goedkeuring: terug naar de mentor</translation>
    </message>
</context>
<context>
    <name>ReviewStepDialog</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — nu: {1}</translation>
    </message>
    <message>
        <source>The step is sent with the next sync; the server records who took it and when.</source>
        <translation>De stap wordt bij de volgende synchronisatie verzonden; de server legt vast wie hem heeft gezet en wanneer.</translation>
    </message>
    <message>
        <source>Not signed in: the step waits until you sign in and sync.</source>
        <translation>Niet aangemeld: de stap wacht totdat u zich aanmeldt en synchroniseert.</translation>
    </message>
    <message>
        <source>&amp;Note for the others (required):</source>
        <translation>&amp;Notitie voor de anderen (verplicht):</translation>
    </message>
    <message>
        <source>&amp;Note for the others (optional):</source>
        <translation>&amp;Notitie voor de anderen (optioneel):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>What should change, and why</source>
        <translation>Wat er moet veranderen, en waarom</translation>
    </message>
    <message>
        <source>A word for the mentor, the city or the coordinator</source>
        <translation>Een woord voor de mentor, de gemeente of de coördinator</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineDialog</name>
    <message>
        <source>Review history</source>
        <translation>Beoordelingsgeschiedenis</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>Beoordelingsstappen</translation>
    </message>
    <message>
        <source>The plan&apos;s review steps, oldest first: the step, the change of status, who, when and their note</source>
        <translation>De beoordelingsstappen van het plan, oudste eerst: de stap, de statuswijziging, wie, wanneer en de notitie</translation>
    </message>
    <message>
        <source>No review step yet: the plan is a draft that was never submitted.</source>
        <translation>Nog geen beoordelingsstap: het plan is een concept dat nooit is ingediend.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — nu: {1}</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineModel</name>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Refused by the server: {0}</source>
        <translation>Geweigerd door de server: {0}</translation>
    </message>
    <message>
        <source>Waits for sync</source>
        <translation>Wacht op synchronisatie</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>niet gezet</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>wacht op synchronisatie</translation>
    </message>
</context>
<context>
    <name>ReviewUi</name>
    <message>
        <source>&amp;Review</source>
        <translation>Beoo&amp;rdeling</translation>
    </message>
    <message>
        <source>Review &amp;history…</source>
        <translation>&amp;Beoordelingsgeschiedenis…</translation>
    </message>
    <message>
        <source>Coordinator &amp;overview…</source>
        <translation>&amp;Overzicht voor de coördinator…</translation>
    </message>
    <message>
        <source>Every plan you can read, where it stands in the review (Ctrl+Shift+O)</source>
        <translation>Alle plannen die u kunt lezen en hoe ver ze in de beoordeling zijn (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;No plan is open</source>
        <translation>Geen &amp;plan geopend</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: sign &amp;in…</source>
        <translation>„{0}” wacht op synchronisatie: &amp;aanmelden…</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: &amp;sync now</source>
        <translation>„{0}” wacht op synchronisatie: nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Review steps go through the server: sign &amp;in…</source>
        <translation>Beoordelingsstappen lopen via de server: &amp;aanmelden…</translation>
    </message>
    <message>
        <source>&amp;No review step is yours to take now</source>
        <translation>Er is nu geen beoordelingsstap die u kunt &amp;zetten</translation>
    </message>
    <message>
        <source>“{0}” is recorded and goes to the server with the next sync.</source>
        <translation>„{0}” is vastgelegd en gaat bij de volgende synchronisatie naar de server.</translation>
    </message>
    <message>
        <source>This review step cannot be taken.</source>
        <translation>Deze beoordelingsstap kan niet worden gezet.</translation>
    </message>
    <message>
        <source>Review step not taken</source>
        <translation>Beoordelingsstap niet gezet</translation>
    </message>
    <message>
        <source>The server refused the step “{0}”.</source>
        <translation>De server heeft de stap „{0}” geweigerd.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all plans</source>
        <translation>Zoeken in alle plannen</translation>
    </message>
    <message>
        <source>Words to find in every plan…</source>
        <translation>Woorden om in elk plan te zoeken…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchUi</name>
    <message>
        <source>&amp;Search all plans…</source>
        <translation>&amp;Zoeken in alle plannen…</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>een actie</translation>
    </message>
    <message>
        <source>the plan&apos;s title</source>
        <translation>de titel van het plan</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Typing</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Tekst van de sectie</translation>
    </message>
    <message>
        <source>Saved as you type; Tab indents a list, Ctrl+Tab leaves the text</source>
        <translation>Wordt opgeslagen terwijl u typt; Tab laat een lijst inspringen, Ctrl+Tab verlaat de tekst</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Zoals het systeem ({0})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages, and how dates and amounts are written</source>
        <translation>De taal van menu&apos;s, dialoogvensters en meldingen, en hoe datums en bedragen worden geschreven</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>Light or dark window colours</source>
        <translation>Lichte of donkere vensterkleuren</translation>
    </message>
    <message>
        <source>A new language is used from the next start of IncluCities. Colours change at once.</source>
        <translation>Een nieuwe taal wordt gebruikt vanaf de volgende start van IncluCities. Kleuren veranderen meteen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Kleuren:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, with its keys. Tab moves between areas of the window, Ctrl+Tab out of a text or a table; Alt with the underlined letter opens a menu.</source>
        <translation>Elke opdracht met een sneltoets, met de bijbehorende toetsen. Tab gaat naar het volgende deel van het venster, Ctrl+Tab verlaat een tekst of een tabel; Alt met de onderstreepte letter opent een menu.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the IncluCities server</source>
        <translation>Aanmelden bij de IncluCities-server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Sign in with the account your coordinator gave you. Your plans stay on this computer and are synced with the server whenever it can be reached.</source>
        <translation>Meld u aan met het account dat u van uw coördinator hebt gekregen. Uw plannen blijven op deze computer en worden met de server gesynchroniseerd zodra die bereikbaar is.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Probleem bij het aanmelden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>Certificaten van de certificeringsinstantie</translation>
    </message>
    <message>
        <source>Only if your IT department gave you one</source>
        <translation>Alleen als uw IT-afdeling u er een heeft gegeven</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Keep the sign-in in a plain &amp;file</source>
        <translation>Aanmelding in een &amp;onversleuteld bestand bewaren</translation>
    </message>
    <message>
        <source>This computer has no secure password store: anyone with access to your files could use a sign-in kept in a plain file.</source>
        <translation>Deze computer heeft geen beveiligde wachtwoordopslag: iedereen met toegang tot uw bestanden kan een aanmelding gebruiken die in een onversleuteld bestand is bewaard.</translation>
    </message>
    <message>
        <source>&amp;Certificates (PEM):</source>
        <translation>&amp;Certificaten (PEM):</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Gea&amp;vanceerd</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Review status</source>
        <translation>Beoordelingsstatus</translation>
    </message>
    <message>
        <source>Where the plan stands in the review; the Review menu holds the next steps</source>
        <translation>Hoe ver het plan in de beoordeling is; het menu Beoordeling bevat de volgende stappen</translation>
    </message>
    <message>
        <source>{0} · a step waits for sync</source>
        <translation>{0} · een stap wacht op synchronisatie</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Synchronisatiestatus</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the conflicts to resolve</source>
        <translation>De op te lossen conflicten tonen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisatie mislukt</translation>
    </message>
    <message>
        <source>Syncing… {0} of {1}</source>
        <translation>Synchroniseren… {0} van {1}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Gesynchroniseerd om {0}</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Send your changes and fetch the others&apos; (F5)</source>
        <translation>Uw wijzigingen verzenden en die van anderen ophalen (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Aanmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;fmelden</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Synchronisatie</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>The sample plans were removed from this workspace: they are for a first look and are never uploaded.</source>
        <translation>De voorbeeldplannen zijn uit deze werkruimte verwijderd: ze zijn alleen bedoeld om een eerste indruk te krijgen en worden nooit naar de server verzonden.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so you will be asked to sign in again next time.</source>
        <translation>Deze computer heeft geen beveiligde wachtwoordopslag; daarom wordt u de volgende keer gevraagd u opnieuw aan te melden.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Sign out of the server? Your plans stay on this computer, and changes you make are sent when you sign in again.</source>
        <translation>Wilt u zich afmelden bij de server? Uw plannen blijven op deze computer, en wijzigingen die u aanbrengt worden verzonden wanneer u zich opnieuw aanmeldt.</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Tabel invoegen</translation>
    </message>
    <message>
        <source>Rows, with the header row</source>
        <translation>Rijen, inclusief de kopregel</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>&amp;Rows (with the header):</source>
        <translation>&amp;Rijen (met de kopregel):</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolommen:</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>Use a custom style template (.docx)</source>
        <translation>Een eigen stijlsjabloon gebruiken (.docx)</translation>
    </message>
    <message>
        <source>Style template</source>
        <translation>Stijlsjabloon</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>Plans in the trash</source>
        <translation>Plannen in de prullenbak</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Plans moved to the trash stay here until you restore them.</source>
        <translation>Plannen in de prullenbak blijven hier totdat u ze terugzet.</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>Action without a title</source>
        <translation>Actie zonder titel</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titel van het plan</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Geen verschillen.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Changed sections and actions</source>
        <translation>Gewijzigde secties en acties</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>&amp;Wijzigingen:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <source>Removed words are struck through, added words underlined</source>
        <translation>Verwijderde woorden zijn doorgehaald, toegevoegde woorden onderstreept</translation>
    </message>
    <message>
        <source>Show &amp;unchanged sections and actions</source>
        <translation>&amp;Ongewijzigde secties en acties tonen</translation>
    </message>
    <message>
        <source>Restore this &amp;section</source>
        <translation>Deze &amp;sectie terugzetten</translation>
    </message>
    <message>
        <source>Restore this &amp;action</source>
        <translation>Deze &amp;actie terugzetten</translation>
    </message>
    <message>
        <source>Restore the &amp;whole plan…</source>
        <translation>Het &amp;hele plan terugzetten…</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titel van het plan</translation>
    </message>
</context>
<context>
    <name>VersionsWindow</name>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Versies van het plan</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation>&amp;Versies, nieuwste eerst:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>Deze versie een &amp;naam geven…</translation>
    </message>
    <message>
        <source>Fetching the version</source>
        <translation>De versie wordt opgehaald</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Compare wi&amp;th:</source>
        <translation>Vergelijken &amp;met:</translation>
    </message>
    <message>
        <source>Versions of {0}</source>
        <translation>Versies van {0}</translation>
    </message>
    <message>
        <source>A version taken when the plan&apos;s status changed</source>
        <translation>Een versie die is gemaakt toen de status van het plan veranderde</translation>
    </message>
    <message>
        <source>A version named by a person</source>
        <translation>Een versie die iemand een naam heeft gegeven</translation>
    </message>
    <message>
        <source>Now: the plan as it is here</source>
        <translation>Nu: het plan zoals het hier is</translation>
    </message>
    <message>
        <source>This plan has no versions yet. A version is kept at every review step, and History → Name this version… keeps one now.</source>
        <translation>Dit plan heeft nog geen versies. Bij elke beoordelingsstap wordt een versie bewaard, en met Geschiedenis → Deze versie een naam geven… bewaart u er nu een.</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>wacht op synchronisatie</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>This version waits for sync: the server keeps its content, so it can be compared once the next sync has sent it.</source>
        <translation>Deze versie wacht op synchronisatie: de server bewaart de inhoud, zodat u haar kunt vergelijken zodra de volgende synchronisatie haar heeft verzonden.</translation>
    </message>
    <message>
        <source>Fetching the version…</source>
        <translation>De versie wordt opgehaald…</translation>
    </message>
    <message>
        <source>Compare with Now to restore from this version</source>
        <translation>Vergelijk met Nu om uit deze versie terug te zetten</translation>
    </message>
    <message>
        <source>This version is not on this computer yet, and the server cannot be reached. Connect to the network and choose it again.</source>
        <translation>Deze versie staat nog niet op deze computer en de server is niet bereikbaar. Maak verbinding met het netwerk en kies haar opnieuw.</translation>
    </message>
    <message>
        <source>This version is not on this computer yet. Sign in to the sync server (Sync → Sign in…) to fetch it.</source>
        <translation>Deze versie staat nog niet op deze computer. Meld u aan bij de synchronisatieserver (Synchronisatie → Aanmelden…) om haar op te halen.</translation>
    </message>
    <message>
        <source>The version could not be opened: {0}</source>
        <translation>De versie kon niet worden geopend: {0}</translation>
    </message>
    <message>
        <source>The version could not be compared: {0}</source>
        <translation>De versie kon niet worden vergeleken: {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Put back the section “{0}” as it was in “{1}”?</source>
        <translation>Wilt u de sectie „{0}” terugzetten zoals deze was in „{1}”?</translation>
    </message>
    <message>
        <source>Put back the action “{0}” as it was in “{1}”?</source>
        <translation>Wilt u de actie „{0}” terugzetten zoals deze was in „{1}”?</translation>
    </message>
    <message>
        <source>Put back the whole plan as it was in “{0}”?</source>
        <translation>Wilt u het hele plan terugzetten zoals het was in „{0}”?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to IncluCities</source>
        <translation>Welkom bij IncluCities</translation>
    </message>
    <message>
        <source>Draft your city&apos;s action plan for the integration and inclusion of migrants, section by section and action by action. Everything is kept on this computer, so you can work without a network.</source>
        <translation>Stel het actieplan van uw gemeente op voor de integratie en inclusie van migranten, sectie voor sectie en actie voor actie. Alles wordt op deze computer bewaard, zodat u zonder netwerk kunt werken.</translation>
    </message>
    <message>
        <source>Create a new plan…</source>
        <translation>Een nieuw plan maken…</translation>
    </message>
    <message>
        <source>Start an empty action plan for your city</source>
        <translation>Een leeg actieplan voor uw gemeente beginnen</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>De voorbeeldwerkruimte openen</translation>
    </message>
    <message>
        <source>Add the eight IncluCities cities, their pairs and four partly drafted plans</source>
        <translation>De acht IncluCities-gemeenten, hun koppels en vier deels opgestelde plannen toevoegen</translation>
    </message>
    <message>
        <source>The sample holds the eight IncluCities cities, their four mentor and mentee pairs, and a partly drafted plan for Partinico, Saint-Jean-de-la-Ruelle, Livadia and Jelgava, each in its own language.</source>
        <translation>Het voorbeeld bevat de acht IncluCities-gemeenten, hun vier koppels van mentor- en menteegemeenten en een deels opgesteld plan voor Partinico, Saint-Jean-de-la-Ruelle, Livadia en Jelgava, elk in de eigen taal.</translation>
    </message>
</context>
</TS>
