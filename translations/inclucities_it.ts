<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About IncluCities</source>
        <translation>Informazioni su IncluCities</translation>
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
        <translation>&lt;p&gt;Progettazione condivisa di piani d&apos;azione locali per l&apos;integrazione e l&apos;inclusione dei migranti, anche senza connessione.&lt;/p&gt;&lt;p&gt;IncluCities è coordinato dal CCRE (CEMR) e finanziato dal Fondo Asilo, migrazione e integrazione dell&apos;Unione europea.&lt;/p&gt;&lt;p&gt;IncluCities Desktop è software libero distribuito con la Licenza pubblica dell&apos;Unione europea (EUPL-1.2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Componenti inclusi e relative licenze</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componenti</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Codice sorgente</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3. You may replace the Qt and PySide6 libraries in the installed folder with your own builds of the same version; the source code of both is available at the addresses in the table.</source>
        <translation>Qt e PySide6 sono utilizzati secondo la GNU Lesser General Public License versione 3. Può sostituire le librerie Qt e PySide6 nella cartella di installazione con versioni compilate da Lei della stessa release; il codice sorgente di entrambe è disponibile agli indirizzi indicati nella tabella.</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <source>Edit “{0}”</source>
        <translation>Modifica di «{0}»</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aggiunta di un&apos;azione</translation>
    </message>
    <message>
        <source>Duplicate action</source>
        <translation>Duplicazione di un&apos;azione</translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>Spostamento dell&apos;azione in alto</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>Spostamento dell&apos;azione in basso</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminazione di un&apos;azione</translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Select an action to see and edit all its fields.</source>
        <translation>Selezioni un&apos;azione per vederne e modificarne tutti i campi.</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>Dettagli dell&apos;azione</translation>
    </message>
</context>
<context>
    <name>ActionValues</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Actions of the plan</source>
        <translation>Azioni del piano</translation>
    </message>
    <message>
        <source>One row per action; Alt+Up and Alt+Down move the selected action, Ctrl+Tab goes on to its details</source>
        <translation>Una riga per azione; Alt+Su e Alt+Giù spostano l&apos;azione selezionata, Ctrl+Tab passa ai suoi dettagli</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
    <message>
        <source>Action tools</source>
        <translation>Strumenti per le azioni</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>Add an action after the selected one</source>
        <translation>Aggiunge un&apos;azione dopo quella selezionata</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Duplicate the selected action</source>
        <translation>Duplica l&apos;azione selezionata</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta in alto</translation>
    </message>
    <message>
        <source>Move the selected action up</source>
        <translation>Sposta in alto l&apos;azione selezionata</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta in basso</translation>
    </message>
    <message>
        <source>Move the selected action down</source>
        <translation>Sposta in basso l&apos;azione selezionata</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Delete the selected action (can be undone)</source>
        <translation>Elimina l&apos;azione selezionata (si può annullare)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossibile aprire lo spazio di lavoro</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Scegli un&apos;altra cartella…</translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation>Scelga una cartella per lo spazio di lavoro</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export several plans</source>
        <translation>Esporta più piani</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>Plans to export</source>
        <translation>Piani da esportare</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>&amp;Plans:</source>
        <translation>&amp;Piani:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <source>No plans have this status.</source>
        <translation>Nessun piano ha questo stato.</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Esporta nella cartella</translation>
    </message>
    <message>
        <source>Tick at least one plan.</source>
        <translation>Selezioni almeno un piano.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparazione in corso…</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>{0} di {1}: {2}</translation>
    </message>
    <message>
        <source>Stopping after the plans being written now…</source>
        <translation>Interruzione al termine dei piani in corso di scrittura…</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) exported.</source>
        <translation>
            <numerusform>%n piano esportato.</numerusform>
            <numerusform>%n piani esportati.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest were cancelled.</source>
        <translation>Gli altri sono stati annullati.</translation>
    </message>
    <message>
        <source>Not exported: {0} ({1})</source>
        <translation>Non esportato: {0} ({1})</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostra cartella</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Esportazione non riuscita: {0}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Budget summary</source>
        <translation>Riepilogo del bilancio</translation>
    </message>
    <message>
        <source>Derived from the funding lines of the actions; cancelled actions do not count. An action serving several EU areas counts in full under each.</source>
        <translation>Calcolato dalle voci di finanziamento delle azioni; le azioni annullate non sono conteggiate. Un&apos;azione che riguarda più aree UE è conteggiata per intero in ciascuna.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Bilancio per fonte di finanziamento</translation>
    </message>
    <message>
        <source>Budget by EU Action Plan area</source>
        <translation>Bilancio per area del Piano d&apos;azione UE</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation>Per fonte di finanziamento</translation>
    </message>
    <message>
        <source>By EU Action Plan area</source>
        <translation>Per area del Piano d&apos;azione UE</translation>
    </message>
    <message>
        <source>Computing the budget…</source>
        <translation>Calcolo del bilancio in corso…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tutte le fonti</translation>
    </message>
    <message>
        <source>EU Action Plan area</source>
        <translation>Area del Piano d&apos;azione UE</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <source>No funding lines yet: add them in the actions&apos; detail form.</source>
        <translation>Nessuna voce di finanziamento: le aggiunga nel modulo di dettaglio delle azioni.</translation>
    </message>
    <message>
        <source>Secured {0} of {1} ({2} %)</source>
        <translation>Assicurati {0} su {1} ({2} %)</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment text</source>
        <translation>Testo del commento</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Salva commento</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <source>Passage no longer in the text:</source>
        <translation>Passaggio non più presente nel testo:</translation>
    </message>
    <message>
        <source>Passage in {0}:</source>
        <translation>Passaggio in {0}:</translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation>Sezione {0}</translation>
    </message>
    <message>
        <source>An action no longer in the plan</source>
        <translation>Un&apos;azione non più presente nel piano</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>Azione {0}</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>L&apos;intero piano</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Lei</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Autore sconosciuto</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>in attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>{0} (edited)</source>
        <translation>{0} (modificato)</translation>
    </message>
    <message>
        <source>This comment was deleted.</source>
        <translation>Questo commento è stato eliminato.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Unread.</source>
        <translation>Non letto.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Risolto.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Discussioni aperte</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Tutte le discussioni</translation>
    </message>
    <message>
        <source>Which threads</source>
        <translation>Quali discussioni</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Questa sezione</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Intero piano</translation>
    </message>
    <message>
        <source>Threads of</source>
        <translation>Discussioni di</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>Discussioni dei commenti</translation>
    </message>
    <message>
        <source>Each thread with its replies below it; choosing one shows its place in the plan. F2 edits your comment, Delete deletes it.</source>
        <translation>Ogni discussione con le relative risposte sotto; se ne sceglie una, viene mostrato il punto del piano a cui si riferisce. F2 modifica il Suo commento, Canc lo elimina.</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Nessun commento</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Commenta…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section (Ctrl+Alt+M)</source>
        <translation>Commenta il passaggio selezionato, l&apos;azione selezionata o questa sezione (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Rispondi…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Risolvi</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>No comments on this section yet.</source>
        <translation>Ancora nessun commento su questa sezione.</translation>
    </message>
    <message>
        <source>No comments on this plan yet.</source>
        <translation>Ancora nessun commento su questo piano.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
</context>
<context>
    <name>CommentsUi</name>
    <message>
        <source>&amp;Add comment…</source>
        <translation>&amp;Aggiungi commento…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section</source>
        <translation>Commenta il passaggio selezionato, l&apos;azione selezionata o questa sezione</translation>
    </message>
    <message>
        <source>Comment on this &amp;passage…</source>
        <translation>Commenta questo &amp;passaggio…</translation>
    </message>
    <message>
        <source>Comment on this &amp;section…</source>
        <translation>Commenta questa &amp;sezione…</translation>
    </message>
    <message>
        <source>Comment on the whole p&amp;lan…</source>
        <translation>Commenta l&apos;intero &amp;piano…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Rispondi…</translation>
    </message>
    <message>
        <source>&amp;Edit my comment…</source>
        <translation>&amp;Modifica il mio commento…</translation>
    </message>
    <message>
        <source>&amp;Delete my comment…</source>
        <translation>&amp;Elimina il mio commento…</translation>
    </message>
    <message>
        <source>Resol&amp;ve or reopen the thread</source>
        <translation>Risol&amp;vi o riapri la discussione</translation>
    </message>
    <message>
        <source>&amp;Go to the comments</source>
        <translation>Vai ai &amp;commenti</translation>
    </message>
    <message>
        <source>S&amp;how the comments panel</source>
        <translation>Mos&amp;tra il pannello dei commenti</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Commenti</translation>
    </message>
    <message>
        <source>Your comment on the whole plan:</source>
        <translation>Il Suo commento sull&apos;intero piano:</translation>
    </message>
    <message>
        <source>Your comment on action {0}:</source>
        <translation>Il Suo commento sull&apos;azione {0}:</translation>
    </message>
    <message>
        <source>Your comment on section {0}:</source>
        <translation>Il Suo commento sulla sezione {0}:</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuovo commento</translation>
    </message>
    <message>
        <source>Your comment on the passage “{0}”:</source>
        <translation>Il Suo commento sul passaggio «{0}»:</translation>
    </message>
    <message>
        <source>Comment on this passage</source>
        <translation>Commenta questo passaggio</translation>
    </message>
    <message>
        <source>Your reply to {0}: “{1}”</source>
        <translation>La Sua risposta a {0}: «{1}»</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Modifica commento</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Il Suo commento:</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Elimina commento</translation>
    </message>
    <message>
        <source>Delete your comment “{0}”? Replies to it stay.</source>
        <translation>Desidera eliminare il Suo commento «{0}»? Le risposte restano.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Place in the list</source>
        <translation>Posizione nell&apos;elenco</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titolo del piano</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Stato del piano</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Lingua del piano</translation>
    </message>
    <message>
        <source>Plan deletion</source>
        <translation>Eliminazione del piano</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflitti da risolvere</translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation>Non ci sono conflitti da risolvere.</translation>
    </message>
    <message>
        <source>Base: the text both sides started from</source>
        <translation>Base: il testo da cui sono partite entrambe le versioni</translation>
    </message>
    <message>
        <source>Mine: your version</source>
        <translation>Mia versione: il testo modificato da Lei</translation>
    </message>
    <message>
        <source>Theirs: the version on the server</source>
        <translation>Versione del server: il testo modificato da altri, presente sul server</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Testo unito</translation>
    </message>
    <message>
        <source>Merg&amp;ed text (edit it, then use it):</source>
        <translation>&amp;Testo unito (lo modifichi, poi lo usi):</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Mantieni la &amp;mia versione</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Mantieni la versione del &amp;server</translation>
    </message>
    <message>
        <source>&amp;Use the merged text</source>
        <translation>&amp;Usa il testo unito</translation>
    </message>
    <message>
        <source>&amp;Restore it with my edit</source>
        <translation>&amp;Ripristina con la mia modifica</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mia versione</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Versione del server</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>&amp;Scarta la mia modifica</translation>
    </message>
    <message>
        <source>{0}
This was deleted on the server while you edited it. Your edit is kept here: restore it with your edit, or discard the edit.</source>
        <translation>{0}
Questo elemento è stato eliminato sul server mentre Lei lo modificava. La Sua modifica è conservata qui: lo ripristini con la Sua modifica oppure scarti la modifica.</translation>
    </message>
    <message>
        <source>{0}
The server did not accept your edit: {1}
Your text is kept here so that you can copy it.</source>
        <translation>{0}
Il server non ha accettato la Sua modifica: {1}
Il Suo testo è conservato qui, così può copiarlo.</translation>
    </message>
    <message>
        <source>{0}
You and someone else changed the same passage. Keep one version, or edit a merge of both.</source>
        <translation>{0}
Lo stesso passaggio è stato modificato sia da Lei sia da un&apos;altra persona. Mantenga una delle due versioni oppure modifichi un testo che le unisca.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… %n paragrafo invariato …</numerusform>
            <numerusform>… %n paragrafi invariati …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>This workspace was written by a newer version of IncluCities. Please install that version; the workspace has not been changed.</source>
        <translation>Questo spazio di lavoro è stato creato con una versione più recente di IncluCities. La preghiamo di installare quella versione; lo spazio di lavoro non è stato modificato.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not an IncluCities workspace. It has not been changed: restore it from a backup or choose another folder.</source>
        <translation>Il file dello spazio di lavoro è danneggiato o non è uno spazio di lavoro di IncluCities. Non è stato modificato: lo ripristini da una copia di sicurezza o scelga un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>This folder cannot be used as a workspace (the details say why). Nothing has been changed: choose another folder.</source>
        <translation>Questa cartella non può essere usata come spazio di lavoro (i dettagli ne indicano il motivo). Non è stato modificato nulla: scelga un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>IncluCities</source>
        <translation>IncluCities</translation>
    </message>
    <message>
        <source>The workspace could not be written: {0}

Your last change is kept in memory; free some disk space and try again.</source>
        <translation>Non è stato possibile scrivere nello spazio di lavoro: {0}

L&apos;ultima modifica è conservata in memoria; liberi spazio sul disco e riprovi.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Something went wrong that IncluCities did not expect. Your saved work is safe. If it happens again, please send the log file to your coordinator.</source>
        <translation>Si è verificato un problema che IncluCities non prevedeva. Il lavoro salvato è al sicuro. Se dovesse ripetersi, La preghiamo di inviare il file di registro al Suo coordinatore.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>Esporta in Word</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Include mentors&apos; &amp;comments as Word comments</source>
        <translation>Includi i &amp;commenti dei mentori come commenti di Word</translation>
    </message>
    <message>
        <source>Each comment thread of the plan, replies included, beside the passage or heading it is about</source>
        <translation>Ogni discussione del piano, risposte comprese, accanto al passaggio o al titolo a cui si riferisce</translation>
    </message>
    <message>
        <source>Add the review &amp;log as an appendix</source>
        <translation>Aggiungi il &amp;registro della revisione come appendice</translation>
    </message>
    <message>
        <source>Every review step of the plan: who, when, and the note they wrote</source>
        <translation>Tutte le fasi di revisione del piano: chi, quando e la nota scritta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documenti Word (*.docx)</translation>
    </message>
    <message>
        <source>Please give a file name ending in .docx.</source>
        <translation>Indichi un nome di file che termini con .docx.</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} esiste già. Desidera sostituirlo?</translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>Esporta in &amp;Word…</translation>
    </message>
    <message>
        <source>Export se&amp;veral plans…</source>
        <translation>Esporta &amp;più piani…</translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Formatting</source>
        <translation>Formattazione</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Stile di paragrafo</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragrafo</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Titolo 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titolo 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titolo 3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Corsivo</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Elenco puntato</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Elenco numerato</translation>
    </message>
    <message>
        <source>Decrease list level</source>
        <translation>Riduci livello dell&apos;elenco</translation>
    </message>
    <message>
        <source>Increase list level</source>
        <translation>Aumenta livello dell&apos;elenco</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Collegamento…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Insert table…</source>
        <translation>Inserisci tabella…</translation>
    </message>
    <message>
        <source>Add table row</source>
        <translation>Aggiungi riga alla tabella</translation>
    </message>
    <message>
        <source>Remove table row</source>
        <translation>Rimuovi riga dalla tabella</translation>
    </message>
    <message>
        <source>Add table column</source>
        <translation>Aggiungi colonna alla tabella</translation>
    </message>
    <message>
        <source>Remove table column</source>
        <translation>Rimuovi colonna dalla tabella</translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versioni…</translation>
    </message>
    <message>
        <source>Versions of the plan, and what changed since each</source>
        <translation>Versioni del piano e che cosa è cambiato da ciascuna</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>Assegna un &amp;nome a questa versione…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Cr&amp;onologia</translation>
    </message>
    <message>
        <source>Open a plan first.</source>
        <translation>Apra prima un piano.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) restored; the next sync sends them.</source>
        <translation>
            <numerusform>%n modifica ripristinata; verrà inviata con la prossima sincronizzazione.</numerusform>
            <numerusform>%n modifiche ripristinate; verranno inviate con la prossima sincronizzazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version “{0}” named; the next sync sends it.</source>
        <translation>Nome «{0}» assegnato alla versione; verrà inviata con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Name this version</source>
        <translation>Assegna un nome a questa versione</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Submitted for mentor review</source>
        <translation>Inviato al mentore per revisione</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifiche richieste</translation>
    </message>
    <message>
        <source>Endorsed by mentor</source>
        <translation>Approvato dal mentore</translation>
    </message>
    <message>
        <source>Submitted to coordinator</source>
        <translation>Inviato al coordinatore</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato definitivamente</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non iniziata</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniziata</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Redatta</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Collegamento</translation>
    </message>
    <message>
        <source>Text of the link</source>
        <translation>Testo del collegamento</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Indirizzo web</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
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
        <translation>Piani</translation>
    </message>
    <message>
        <source>Filter plans</source>
        <translation>Filtra i piani</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Nuovo piano…</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Piani</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Stato del salvataggio</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuovo piano…</translation>
    </message>
    <message>
        <source>Add the &amp;sample plans</source>
        <translation>&amp;Aggiungi i piani di esempio</translation>
    </message>
    <message>
        <source>Move plan to &amp;trash</source>
        <translation>&amp;Sposta il piano nel cestino</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>&amp;Cestino…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Sezione &amp;successiva</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Sezione &amp;precedente</translation>
    </message>
    <message>
        <source>Go to the plan &amp;list</source>
        <translation>Vai all&apos;&amp;elenco dei piani</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About IncluCities</source>
        <translation>&amp;Informazioni su IncluCities</translation>
    </message>
    <message>
        <source>{0} — IncluCities</source>
        <translation>{0} — IncluCities</translation>
    </message>
    <message>
        <source>Adding the sample plans…</source>
        <translation>Aggiunta dei piani di esempio in corso…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample plan(s) added</source>
        <translation>
            <numerusform>%n piano di esempio aggiunto</numerusform>
            <numerusform>%n piani di esempio aggiunti</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is in the trash; File → Trash… puts it back.</source>
        <translation>Il piano è nel cestino; può ripristinarlo da File → Cestino….</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Preferenze salvate</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio in corso…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tutte le modifiche sono salvate</translation>
    </message>
</context>
<context>
    <name>MainWindowDescriptions</name>
    <message>
        <source>Every plan of this workspace; the chosen one opens beside the list. Ctrl+L comes back here.</source>
        <translation>Tutti i piani di questo spazio di lavoro; quello scelto si apre accanto all&apos;elenco. Ctrl+L riporta qui.</translation>
    </message>
    <message>
        <source>Shows only the plans whose title, city or status contains these words</source>
        <translation>Mostra solo i piani il cui titolo, comune o stato contiene queste parole</translation>
    </message>
    <message>
        <source>Create an action plan for a city</source>
        <translation>Crea un piano d&apos;azione per un comune</translation>
    </message>
    <message>
        <source>Whether every change has been written to the workspace</source>
        <translation>Indica se tutte le modifiche sono state scritte nello spazio di lavoro</translation>
    </message>
</context>
<context>
    <name>MonthEdit</name>
    <message>
        <source>Month and year; Delete empties the field</source>
        <translation>Mese e anno; il tasto Canc svuota il campo</translation>
    </message>
</context>
<context>
    <name>NameVersionDialog</name>
    <message>
        <source>Name this version</source>
        <translation>Assegna un nome a questa versione</translation>
    </message>
    <message>
        <source>Keep “{0}” as it is now under a name, e.g. “Before the second study visit”. The server keeps it from the next sync on.</source>
        <translation>Conservi «{0}» nel suo stato attuale con un nome, ad es. «Prima della seconda visita di studio». Il server lo conserverà a partire dalla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Version name</source>
        <translation>Nome della versione</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>Assegna il nome</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
</context>
<context>
    <name>NestedTableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Aggiungi riga</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Rimuovi riga</translation>
    </message>
    <message>
        <source>Add a row to “{0}”</source>
        <translation>Aggiunge una riga a «{0}»</translation>
    </message>
    <message>
        <source>Remove the selected rows of “{0}”</source>
        <translation>Rimuove le righe selezionate di «{0}»</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New action plan</source>
        <translation>Nuovo piano d&apos;azione</translation>
    </message>
    <message>
        <source>Choose or type your city</source>
        <translation>Scelga o digiti il Suo comune</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>e.g. Local action plan for inclusion 2026-2028</source>
        <translation>ad es. Piano d&apos;azione locale per l&apos;inclusione 2026-2028</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Lingua del piano</translation>
    </message>
    <message>
        <source>IncluCities action plan, version {0}</source>
        <translation>Piano d&apos;azione IncluCities, versione {0}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Crea il piano</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Coordinator overview</source>
        <translation>Panoramica del coordinatore</translation>
    </message>
    <message>
        <source>Plan or city</source>
        <translation>Piano o comune</translation>
    </message>
    <message>
        <source>Filter plans by text</source>
        <translation>Filtra i piani per testo</translation>
    </message>
    <message>
        <source>Filter plans by status</source>
        <translation>Filtra i piani per stato</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Piani</translation>
    </message>
    <message>
        <source>One plan a row; a column header sorts, Enter opens the plan in the main window</source>
        <translation>Un piano per riga; un&apos;intestazione di colonna ordina, Invio apre il piano nella finestra principale</translation>
    </message>
    <message>
        <source>Every plan of the programme, where it stands in the review.</source>
        <translation>Tutti i piani del programma e il punto in cui si trovano nella revisione.</translation>
    </message>
    <message>
        <source>Every plan in this workspace, where it stands in the review.</source>
        <translation>Tutti i piani di questo spazio di lavoro e il punto in cui si trovano nella revisione.</translation>
    </message>
    <message>
        <source>The plans you can read: your city&apos;s, and those your city mentors.</source>
        <translation>I piani che può consultare: quelli del Suo comune e quelli dei comuni di cui il Suo comune è mentore.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) shown</source>
        <translation>
            <numerusform>%n piano visualizzato</numerusform>
            <numerusform>%n piani visualizzati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Plan</source>
        <translation>Piano</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Mentor city</source>
        <translation>Comune mentore</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Drafted sections</source>
        <translation>Sezioni redatte</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Commenti aperti</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non letti</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Sections drafted out of the template&apos;s sections</source>
        <translation>Sezioni redatte sul totale delle sezioni del modello</translation>
    </message>
    <message>
        <source>{0} of {1} sections drafted, {2} started</source>
        <translation>{0} sezioni redatte su {1}, {2} iniziate</translation>
    </message>
    <message>
        <source>A review step of this plan waits for the next sync</source>
        <translation>Una fase di revisione di questo piano attende la prossima sincronizzazione</translation>
    </message>
    <message>
        <source>{0} (step waits for sync)</source>
        <translation>{0} (fase in attesa di sincronizzazione)</translation>
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
        <translation>Ridenominazione del piano</translation>
    </message>
</context>
<context>
    <name>PlanExportFlow</name>
    <message>
        <source>Writing {0}…</source>
        <translation>Scrittura di {0} in corso…</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Esporta in Word</translation>
    </message>
    <message>
        <source>The plan was exported to {0}.</source>
        <translation>Il piano è stato esportato in {0}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostra cartella</translation>
    </message>
    <message>
        <source>The plan could not be exported: {0}</source>
        <translation>Non è stato possibile esportare il piano: {0}</translation>
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
Comune: {1}
Lingua: {2}
Stato: {3}
Ultima modifica: {4}</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n nuovo commento</numerusform>
            <numerusform>%n nuovi commenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan title</source>
        <translation>Titolo del piano</translation>
    </message>
    <message>
        <source>A change of title can be undone</source>
        <translation>Una modifica del titolo si può annullare</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Dati del piano</translation>
    </message>
    <message>
        <source>Sections of the plan</source>
        <translation>Sezioni del piano</translation>
    </message>
    <message>
        <source>Each section with how far it is drafted; Ctrl+Page Down and Ctrl+Page Up move between sections from anywhere in the plan</source>
        <translation>Ogni sezione con il relativo stato di redazione; Ctrl+Pag giù e Ctrl+Pag su passano da una sezione all&apos;altra da qualsiasi punto del piano</translation>
    </message>
    <message>
        <source>mentor city: {0}</source>
        <translation>comune mentore: {0}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation>Avviso di sola lettura</translation>
    </message>
    <message>
        <source>This plan is approved and read-only until a coordinator reopens it.</source>
        <translation>Questo piano è approvato definitivamente ed è di sola lettura finché un coordinatore non lo riapre.</translation>
    </message>
    <message>
        <source>You are reading {0}&apos;s plan as its mentor: you can comment but not change it.</source>
        <translation>Sta consultando il piano di {0} in qualità di mentore: può commentarlo ma non modificarlo.</translation>
    </message>
    <message>
        <source>You are reading this plan as a coordinator: you can comment but not change it.</source>
        <translation>Sta consultando questo piano in qualità di coordinatore: può commentarlo ma non modificarlo.</translation>
    </message>
    <message>
        <source>You can read this plan but not change it.</source>
        <translation>Può consultare questo piano ma non modificarlo.</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <source>New language</source>
        <translation>Nuova lingua</translation>
    </message>
    <message>
        <source>IncluCities uses the new language from its next start. Restart now? Your work is saved first.</source>
        <translation>IncluCities userà la nuova lingua dal prossimo avvio. Desidera riavviarlo ora? Il Suo lavoro viene salvato prima.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Riavvia ora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
</context>
<context>
    <name>RestoreWords</name>
    <message numerus="yes">
        <source>This makes %n edit(s); the next sync sends them like any other. To keep the plan as it is now among the versions, name this version first.</source>
        <translation>
            <numerusform>Ne risulta %n modifica; verrà inviata con la prossima sincronizzazione come qualsiasi altra. Per conservare tra le versioni il piano così com&apos;è ora, assegni prima un nome a questa versione.</numerusform>
            <numerusform>Ne risultano %n modifiche; verranno inviate con la prossima sincronizzazione come qualsiasi altra. Per conservare tra le versioni il piano così com&apos;è ora, assegni prima un nome a questa versione.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>&amp;Submit to mentor…</source>
        <translation>Invia al &amp;mentore…</translation>
    </message>
    <message>
        <source>&amp;Endorse…</source>
        <translation>&amp;Approva come mentore…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>&amp;Richiedi modifiche…</translation>
    </message>
    <message>
        <source>Submit to coor&amp;dinator…</source>
        <translation>Invia al &amp;coordinatore…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Approva &amp;definitivamente…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Ria&amp;pri…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Approva come mentore</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Richiedi modifiche</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approva definitivamente</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Riapri</translation>
    </message>
    <message>
        <source>The plan goes to the mentor city for review. The mentor endorses it or asks for changes.</source>
        <translation>Il piano viene inviato al comune mentore per la revisione. Il mentore lo approva o richiede modifiche.</translation>
    </message>
    <message>
        <source>You endorse the plan as its mentor; its city may then submit it to the coordinator.</source>
        <translation>Lei approva il piano in qualità di mentore; il comune che lo ha redatto potrà quindi inviarlo al coordinatore.</translation>
    </message>
    <message>
        <source>The plan goes back to its city with your note saying what should change.</source>
        <translation>Il piano torna al comune che lo ha redatto, con la Sua nota che indica che cosa va modificato.</translation>
    </message>
    <message>
        <source>The endorsed plan goes to the programme&apos;s coordinator for approval.</source>
        <translation>Il piano approvato dal mentore viene inviato al coordinatore del programma per l&apos;approvazione definitiva.</translation>
    </message>
    <message>
        <source>The plan is approved and becomes read-only until a coordinator reopens it.</source>
        <translation>Il piano viene approvato definitivamente e diventa di sola lettura finché un coordinatore non lo riapre.</translation>
    </message>
    <message>
        <source>The approved plan becomes a draft again, so its city can change it.</source>
        <translation>Il piano approvato torna a essere una bozza, così il comune che lo ha redatto può modificarlo.</translation>
    </message>
    <message>
        <source>Submitted to the mentor</source>
        <translation>Inviato al mentore</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Approvato dal mentore</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifiche richieste</translation>
    </message>
    <message>
        <source>Submitted to the coordinator</source>
        <translation>Inviato al coordinatore</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approvato definitivamente</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Riaperto</translation>
    </message>
    <message>
        <source>Changed after endorsement: back to the mentor</source>
        <translation>Modificato dopo l&apos;approvazione del mentore: torna al mentore</translation>
    </message>
</context>
<context>
    <name>ReviewStepDialog</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — stato attuale: {1}</translation>
    </message>
    <message>
        <source>The step is sent with the next sync; the server records who took it and when.</source>
        <translation>La fase viene inviata con la prossima sincronizzazione; il server registra chi l&apos;ha eseguita e quando.</translation>
    </message>
    <message>
        <source>Not signed in: the step waits until you sign in and sync.</source>
        <translation>Accesso non effettuato: la fase resta in attesa finché non accede e sincronizza.</translation>
    </message>
    <message>
        <source>&amp;Note for the others (required):</source>
        <translation>&amp;Nota per gli altri (obbligatoria):</translation>
    </message>
    <message>
        <source>&amp;Note for the others (optional):</source>
        <translation>&amp;Nota per gli altri (facoltativa):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What should change, and why</source>
        <translation>Che cosa va modificato e perché</translation>
    </message>
    <message>
        <source>A word for the mentor, the city or the coordinator</source>
        <translation>Un messaggio per il mentore, il comune o il coordinatore</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineDialog</name>
    <message>
        <source>Review history</source>
        <translation>Cronologia della revisione</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>Fasi della revisione</translation>
    </message>
    <message>
        <source>The plan&apos;s review steps, oldest first: the step, the change of status, who, when and their note</source>
        <translation>Le fasi di revisione del piano, dalla meno recente: la fase, il cambio di stato, chi, quando e la relativa nota</translation>
    </message>
    <message>
        <source>No review step yet: the plan is a draft that was never submitted.</source>
        <translation>Ancora nessuna fase di revisione: il piano è una bozza mai inviata.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — stato attuale: {1}</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineModel</name>
    <message>
        <source>Step</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Refused by the server: {0}</source>
        <translation>Rifiutata dal server: {0}</translation>
    </message>
    <message>
        <source>Waits for sync</source>
        <translation>In attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>non eseguita</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>in attesa di sincronizzazione</translation>
    </message>
</context>
<context>
    <name>ReviewUi</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisione</translation>
    </message>
    <message>
        <source>Review &amp;history…</source>
        <translation>Cronologia della re&amp;visione…</translation>
    </message>
    <message>
        <source>Coordinator &amp;overview…</source>
        <translation>Panoramica del c&amp;oordinatore…</translation>
    </message>
    <message>
        <source>Every plan you can read, where it stands in the review (Ctrl+Shift+O)</source>
        <translation>Tutti i piani che può consultare e il punto in cui si trovano nella revisione (Ctrl+Maiusc+O)</translation>
    </message>
    <message>
        <source>&amp;No plan is open</source>
        <translation>&amp;Nessun piano aperto</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: sign &amp;in…</source>
        <translation>«{0}» attende la sincronizzazione: acc&amp;edi…</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: &amp;sync now</source>
        <translation>«{0}» attende la sincronizzazione: &amp;sincronizza ora</translation>
    </message>
    <message>
        <source>Review steps go through the server: sign &amp;in…</source>
        <translation>Le fasi di revisione passano dal server: acc&amp;edi…</translation>
    </message>
    <message>
        <source>&amp;No review step is yours to take now</source>
        <translation>&amp;Nessuna fase di revisione spetta ora a Lei</translation>
    </message>
    <message>
        <source>“{0}” is recorded and goes to the server with the next sync.</source>
        <translation>Fase «{0}» registrata: sarà inviata al server con la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>This review step cannot be taken.</source>
        <translation>Non è possibile eseguire questa fase di revisione.</translation>
    </message>
    <message>
        <source>Review step not taken</source>
        <translation>Fase di revisione non eseguita</translation>
    </message>
    <message>
        <source>The server refused the step “{0}”.</source>
        <translation>Il server ha rifiutato la fase «{0}».</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all plans</source>
        <translation>Cerca in tutti i piani</translation>
    </message>
    <message>
        <source>Words to find in every plan…</source>
        <translation>Parole da cercare in tutti i piani…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Testo da cercare</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchUi</name>
    <message>
        <source>&amp;Search all plans…</source>
        <translation>&amp;Cerca in tutti i piani…</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>un&apos;azione</translation>
    </message>
    <message>
        <source>the plan&apos;s title</source>
        <translation>il titolo del piano</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Typing</source>
        <translation>Digitazione</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Testo della sezione</translation>
    </message>
    <message>
        <source>Saved as you type; Tab indents a list, Ctrl+Tab leaves the text</source>
        <translation>Salvato durante la digitazione; Tab rientra un elenco, Ctrl+Tab esce dal testo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Come il sistema ({0})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages, and how dates and amounts are written</source>
        <translation>La lingua di menu, finestre di dialogo e messaggi, e il formato di date e importi</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiari</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuri</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <source>Light or dark window colours</source>
        <translation>Colori chiari o scuri delle finestre</translation>
    </message>
    <message>
        <source>A new language is used from the next start of IncluCities. Colours change at once.</source>
        <translation>Una nuova lingua viene applicata al prossimo avvio di IncluCities. I colori cambiano subito.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colori:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, with its keys. Tab moves between areas of the window, Ctrl+Tab out of a text or a table; Alt with the underlined letter opens a menu.</source>
        <translation>Tutti i comandi che hanno una scorciatoia, con i relativi tasti. Il tasto Tab sposta tra le aree della finestra, Ctrl+Tab fa uscire da un testo o da una tabella; Alt con la lettera sottolineata apre un menu.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the IncluCities server</source>
        <translation>Accesso al server IncluCities</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in with the account your coordinator gave you. Your plans stay on this computer and are synced with the server whenever it can be reached.</source>
        <translation>Acceda con l&apos;account fornito dal Suo coordinatore. I Suoi piani restano su questo computer e vengono sincronizzati con il server ogni volta che è raggiungibile.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema di accesso</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>Certificati dell&apos;autorità di certificazione</translation>
    </message>
    <message>
        <source>Only if your IT department gave you one</source>
        <translation>Solo se fornito dal Suo servizio informatico</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <source>Keep the sign-in in a plain &amp;file</source>
        <translation>Conserva i dati di accesso in un file in c&amp;hiaro</translation>
    </message>
    <message>
        <source>This computer has no secure password store: anyone with access to your files could use a sign-in kept in a plain file.</source>
        <translation>Questo computer non dispone di un archivio sicuro delle password: chiunque abbia accesso ai Suoi file potrebbe usare i dati di accesso conservati in un file in chiaro.</translation>
    </message>
    <message>
        <source>&amp;Certificates (PEM):</source>
        <translation>&amp;Certificati (PEM):</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Opzioni a&amp;vanzate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Review status</source>
        <translation>Stato della revisione</translation>
    </message>
    <message>
        <source>Where the plan stands in the review; the Review menu holds the next steps</source>
        <translation>Il punto in cui si trova il piano nella revisione; il menu Revisione contiene le fasi successive</translation>
    </message>
    <message>
        <source>{0} · a step waits for sync</source>
        <translation>{0} · una fase attende la sincronizzazione</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avanzamento della sincronizzazione</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Accedi…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the conflicts to resolve</source>
        <translation>Mostra i conflitti da risolvere</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Accesso non effettuato</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sincronizzazione non riuscita</translation>
    </message>
    <message>
        <source>Syncing… {0} of {1}</source>
        <translation>Sincronizzazione… {0} di {1}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizzato</translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Sincronizzato alle {0}</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Send your changes and fetch the others&apos; (F5)</source>
        <translation>Invia le Sue modifiche e riceve quelle degli altri (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Accedi…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflitti…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronizzazione</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>The sample plans were removed from this workspace: they are for a first look and are never uploaded.</source>
        <translation>I piani di esempio sono stati rimossi da questo spazio di lavoro: servono solo per una prima prova e non vengono mai caricati sul server.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so you will be asked to sign in again next time.</source>
        <translation>Questo computer non dispone di un archivio sicuro delle password: la prossima volta Le verrà chiesto di accedere di nuovo.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Accesso effettuato</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Disconnessione</translation>
    </message>
    <message>
        <source>Sign out of the server? Your plans stay on this computer, and changes you make are sent when you sign in again.</source>
        <translation>Desidera disconnettersi dal server? I Suoi piani restano su questo computer e le modifiche che apporterà verranno inviate al prossimo accesso.</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Inserisci tabella</translation>
    </message>
    <message>
        <source>Rows, with the header row</source>
        <translation>Righe, compresa l&apos;intestazione</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>&amp;Rows (with the header):</source>
        <translation>&amp;Righe (compresa l&apos;intestazione):</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonne:</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>Use a custom style template (.docx)</source>
        <translation>Usa un modello di stile personalizzato (.docx)</translation>
    </message>
    <message>
        <source>Style template</source>
        <translation>Modello di stile</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documenti Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <source>Plans in the trash</source>
        <translation>Piani nel cestino</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Il cestino è vuoto.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Plans moved to the trash stay here until you restore them.</source>
        <translation>I piani spostati nel cestino restano qui finché non li ripristina.</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>added</source>
        <translation>aggiunta</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimossa</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificata</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariata</translation>
    </message>
    <message>
        <source>Action without a title</source>
        <translation>Azione senza titolo</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titolo del piano</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Nessuna differenza.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariata</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Azioni</translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Changed sections and actions</source>
        <translation>Sezioni e azioni modificate</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>&amp;Modifiche:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differenze</translation>
    </message>
    <message>
        <source>Removed words are struck through, added words underlined</source>
        <translation>Le parole rimosse sono barrate, quelle aggiunte sottolineate</translation>
    </message>
    <message>
        <source>Show &amp;unchanged sections and actions</source>
        <translation>Mostra le sezioni e le azioni &amp;invariate</translation>
    </message>
    <message>
        <source>Restore this &amp;section</source>
        <translation>Ripristina questa &amp;sezione</translation>
    </message>
    <message>
        <source>Restore this &amp;action</source>
        <translation>Ripristina questa &amp;azione</translation>
    </message>
    <message>
        <source>Restore the &amp;whole plan…</source>
        <translation>Ripristina &amp;tutto il piano…</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titolo del piano</translation>
    </message>
</context>
<context>
    <name>VersionsWindow</name>
    <message>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Versioni del piano</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation>&amp;Versioni, dalla più recente:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Confronta con</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>Assegna un &amp;nome a questa versione…</translation>
    </message>
    <message>
        <source>Fetching the version</source>
        <translation>Recupero della versione</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Compare wi&amp;th:</source>
        <translation>Confronta &amp;con:</translation>
    </message>
    <message>
        <source>Versions of {0}</source>
        <translation>Versioni di {0}</translation>
    </message>
    <message>
        <source>A version taken when the plan&apos;s status changed</source>
        <translation>Una versione creata quando è cambiato lo stato del piano</translation>
    </message>
    <message>
        <source>A version named by a person</source>
        <translation>Una versione a cui una persona ha assegnato un nome</translation>
    </message>
    <message>
        <source>Now: the plan as it is here</source>
        <translation>Ora: il piano così com&apos;è qui</translation>
    </message>
    <message>
        <source>This plan has no versions yet. A version is kept at every review step, and History → Name this version… keeps one now.</source>
        <translation>Questo piano non ha ancora versioni. Una versione viene conservata a ogni fase di revisione, e Cronologia → Assegna un nome a questa versione… ne conserva una subito.</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>in attesa di sincronizzazione</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>This version waits for sync: the server keeps its content, so it can be compared once the next sync has sent it.</source>
        <translation>Questa versione è in attesa di sincronizzazione: il contenuto è conservato dal server, quindi potrà essere confrontata dopo che la prossima sincronizzazione l&apos;avrà inviata.</translation>
    </message>
    <message>
        <source>Fetching the version…</source>
        <translation>Recupero della versione in corso…</translation>
    </message>
    <message>
        <source>Compare with Now to restore from this version</source>
        <translation>Confronti con «Ora» per ripristinare da questa versione</translation>
    </message>
    <message>
        <source>This version is not on this computer yet, and the server cannot be reached. Connect to the network and choose it again.</source>
        <translation>Questa versione non è ancora su questo computer e il server non è raggiungibile. Si connetta alla rete e la scelga di nuovo.</translation>
    </message>
    <message>
        <source>This version is not on this computer yet. Sign in to the sync server (Sync → Sign in…) to fetch it.</source>
        <translation>Questa versione non è ancora su questo computer. Acceda al server di sincronizzazione (Sincronizzazione → Accedi…) per recuperarla.</translation>
    </message>
    <message>
        <source>The version could not be opened: {0}</source>
        <translation>Non è stato possibile aprire la versione: {0}</translation>
    </message>
    <message>
        <source>The version could not be compared: {0}</source>
        <translation>Non è stato possibile confrontare la versione: {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Put back the section “{0}” as it was in “{1}”?</source>
        <translation>Desidera ripristinare la sezione «{0}» com&apos;era in «{1}»?</translation>
    </message>
    <message>
        <source>Put back the action “{0}” as it was in “{1}”?</source>
        <translation>Desidera ripristinare l&apos;azione «{0}» com&apos;era in «{1}»?</translation>
    </message>
    <message>
        <source>Put back the whole plan as it was in “{0}”?</source>
        <translation>Desidera ripristinare l&apos;intero piano com&apos;era in «{0}»?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to IncluCities</source>
        <translation>Benvenuti in IncluCities</translation>
    </message>
    <message>
        <source>Draft your city&apos;s action plan for the integration and inclusion of migrants, section by section and action by action. Everything is kept on this computer, so you can work without a network.</source>
        <translation>Rediga il piano d&apos;azione del Suo comune per l&apos;integrazione e l&apos;inclusione dei migranti, sezione per sezione e azione per azione. Tutto è conservato su questo computer, quindi può lavorare anche senza rete.</translation>
    </message>
    <message>
        <source>Create a new plan…</source>
        <translation>Crea un nuovo piano…</translation>
    </message>
    <message>
        <source>Start an empty action plan for your city</source>
        <translation>Avvia un piano d&apos;azione vuoto per il Suo comune</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Apri lo spazio di lavoro di esempio</translation>
    </message>
    <message>
        <source>Add the eight IncluCities cities, their pairs and four partly drafted plans</source>
        <translation>Aggiunge gli otto comuni di IncluCities, le loro coppie e quattro piani in parte redatti</translation>
    </message>
    <message>
        <source>The sample holds the eight IncluCities cities, their four mentor and mentee pairs, and a partly drafted plan for Partinico, Saint-Jean-de-la-Ruelle, Livadia and Jelgava, each in its own language.</source>
        <translation>L&apos;esempio contiene gli otto comuni di IncluCities, le quattro coppie di comuni mentori e beneficiari e un piano in parte redatto per Partinico, Saint-Jean-de-la-Ruelle, Livadia e Jelgava, ciascuno nella propria lingua.</translation>
    </message>
</context>
</TS>
