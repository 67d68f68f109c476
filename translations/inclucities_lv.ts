<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About IncluCities</source>
        <translation>Par IncluCities</translation>
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
        <translation>&lt;p&gt;Vietējo rīcības plānu kopīga izstrāde migrantu integrācijai un iekļaušanai, arī bez interneta savienojuma.&lt;/p&gt;&lt;p&gt;IncluCities vada CEMR, un to finansē Eiropas Savienības Patvēruma, migrācijas un integrācijas fonds.&lt;/p&gt;&lt;p&gt;IncluCities Desktop ir brīvā programmatūra, ko izplata saskaņā ar Eiropas Savienības publisko licenci (EUPL-1.2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Iekļautie komponenti un to licences</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenti</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponents</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Pirmkods</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3. You may replace the Qt and PySide6 libraries in the installed folder with your own builds of the same version; the source code of both is available at the addresses in the table.</source>
        <translation>Qt un PySide6 tiek izmantoti saskaņā ar GNU Lesser General Public License 3. versiju. Jūs varat aizstāt Qt un PySide6 bibliotēkas instalācijas mapē ar pašu būvētām tās pašas versijas bibliotēkām; abu pirmkods ir pieejams tabulā norādītajās adresēs.</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <source>Edit “{0}”</source>
        <translation>Lauka “{0}” labošana</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Darbības pievienošana</translation>
    </message>
    <message>
        <source>Duplicate action</source>
        <translation>Darbības dublēšana</translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>Darbības pārvietošana augšup</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>Darbības pārvietošana lejup</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Darbības dzēšana</translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Select an action to see and edit all its fields.</source>
        <translation>Atlasiet darbību, lai skatītu un labotu visus tās laukus.</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>Darbības informācija</translation>
    </message>
</context>
<context>
    <name>ActionValues</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ieraksts</numerusform>
            <numerusform>%n ieraksti</numerusform>
            <numerusform>%n ierakstu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Actions of the plan</source>
        <translation>Plāna darbības</translation>
    </message>
    <message>
        <source>One row per action; Alt+Up and Alt+Down move the selected action, Ctrl+Tab goes on to its details</source>
        <translation>Viena rinda katrai darbībai; Alt+Augšup un Alt+Lejup pārvieto atlasīto darbību, Ctrl+Tab pāriet uz tās informāciju</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Darbības</translation>
    </message>
    <message>
        <source>Action tools</source>
        <translation>Darbību rīki</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pievienot</translation>
    </message>
    <message>
        <source>Add an action after the selected one</source>
        <translation>Pievienot darbību aiz atlasītās</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dublēt</translation>
    </message>
    <message>
        <source>Duplicate the selected action</source>
        <translation>Dublēt atlasīto darbību</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pārvietot augšup</translation>
    </message>
    <message>
        <source>Move the selected action up</source>
        <translation>Pārvietot atlasīto darbību augšup</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pārvietot lejup</translation>
    </message>
    <message>
        <source>Move the selected action down</source>
        <translation>Pārvietot atlasīto darbību lejup</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Delete the selected action (can be undone)</source>
        <translation>Dzēst atlasīto darbību (var atsaukt)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Nevar atvērt darbvietu</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Izvēlēties citu mapi…</translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation>Izvēlieties darbvietas mapi</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export several plans</source>
        <translation>Eksportēt vairākus plānus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <source>Plans to export</source>
        <translation>Eksportējamie plāni</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mape</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportēt</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statuss:</translation>
    </message>
    <message>
        <source>&amp;Plans:</source>
        <translation>&amp;Plāni:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mape:</translation>
    </message>
    <message>
        <source>No plans have this status.</source>
        <translation>Nav neviena plāna ar šo statusu.</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Eksportēt mapē</translation>
    </message>
    <message>
        <source>Tick at least one plan.</source>
        <translation>Atzīmējiet vismaz vienu plānu.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Sagatavo…</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>{0} no {1}: {2}</translation>
    </message>
    <message>
        <source>Stopping after the plans being written now…</source>
        <translation>Aptur pēc pašlaik rakstāmo plānu pabeigšanas…</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) exported.</source>
        <translation>
            <numerusform>Eksportēts %n plāns.</numerusform>
            <numerusform>Eksportēti %n plāni.</numerusform>
            <numerusform>Netika eksportēts neviens plāns.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest were cancelled.</source>
        <translation>Pārējie tika atcelti.</translation>
    </message>
    <message>
        <source>Not exported: {0} ({1})</source>
        <translation>Nav eksportēts: {0} ({1})</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Rādīt mapi</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Eksportēšana neizdevās: {0}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Budget summary</source>
        <translation>Budžeta kopsavilkums</translation>
    </message>
    <message>
        <source>Derived from the funding lines of the actions; cancelled actions do not count. An action serving several EU areas counts in full under each.</source>
        <translation>Aprēķināts no darbību finansējuma rindām; atceltās darbības netiek ieskaitītas. Darbība, kas attiecas uz vairākām ES jomām, tiek pilnībā ieskaitīta katrā no tām.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Budžets pa finansējuma avotiem</translation>
    </message>
    <message>
        <source>Budget by EU Action Plan area</source>
        <translation>Budžets pa ES rīcības plāna jomām</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation>Pa finansējuma avotiem</translation>
    </message>
    <message>
        <source>By EU Action Plan area</source>
        <translation>Pa ES rīcības plāna jomām</translation>
    </message>
    <message>
        <source>Computing the budget…</source>
        <translation>Aprēķina budžetu…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Visi avoti</translation>
    </message>
    <message>
        <source>EU Action Plan area</source>
        <translation>ES rīcības plāna joma</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>No funding lines yet: add them in the actions&apos; detail form.</source>
        <translation>Vēl nav finansējuma rindu: pievienojiet tās darbību detalizētajā veidlapā.</translation>
    </message>
    <message>
        <source>Secured {0} of {1} ({2} %)</source>
        <translation>Nodrošināti {0} no {1} ({2} %)</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment text</source>
        <translation>Komentāra teksts</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Saglabāt komentāru</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <source>Passage no longer in the text:</source>
        <translation>Fragments, kura tekstā vairs nav:</translation>
    </message>
    <message>
        <source>Passage in {0}:</source>
        <translation>Fragments sadaļā {0}:</translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation>Sadaļa {0}</translation>
    </message>
    <message>
        <source>An action no longer in the plan</source>
        <translation>Darbība, kuras plānā vairs nav</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>Darbība {0}</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Viss plāns</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Jūs</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Nezināms autors</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>gaida sinhronizāciju</translation>
    </message>
    <message>
        <source>{0} (edited)</source>
        <translation>{0} (labots)</translation>
    </message>
    <message>
        <source>This comment was deleted.</source>
        <translation>Šis komentārs ir dzēsts.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Atrisināts</translation>
    </message>
    <message>
        <source>Unread.</source>
        <translation>Nelasīts.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Atrisināts.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Komentāri</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Atvērtie pavedieni</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Visi pavedieni</translation>
    </message>
    <message>
        <source>Which threads</source>
        <translation>Kurus pavedienus rādīt</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Šī sadaļa</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Viss plāns</translation>
    </message>
    <message>
        <source>Threads of</source>
        <translation>Pavedienu tvērums</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>Komentāru pavedieni</translation>
    </message>
    <message>
        <source>Each thread with its replies below it; choosing one shows its place in the plan. F2 edits your comment, Delete deletes it.</source>
        <translation>Katrs pavediens ar atbildēm zem tā; izvēloties pavedienu, tiek parādīta tā vieta plānā. F2 labo Jūsu komentāru, Delete to dzēš.</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Nav komentāru</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Komentēt…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section (Ctrl+Alt+M)</source>
        <translation>Komentēt atlasīto fragmentu, atlasīto darbību vai šo sadaļu (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Atbildēt…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Atrisināt</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Labot…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Dzēst…</translation>
    </message>
    <message>
        <source>No comments on this section yet.</source>
        <translation>Šai sadaļai vēl nav komentāru.</translation>
    </message>
    <message>
        <source>No comments on this plan yet.</source>
        <translation>Šim plānam vēl nav komentāru.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Atvērt no jauna</translation>
    </message>
</context>
<context>
    <name>CommentsUi</name>
    <message>
        <source>&amp;Add comment…</source>
        <translation>&amp;Pievienot komentāru…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section</source>
        <translation>Komentēt atlasīto fragmentu, atlasīto darbību vai šo sadaļu</translation>
    </message>
    <message>
        <source>Comment on this &amp;passage…</source>
        <translation>Komentēt šo &amp;fragmentu…</translation>
    </message>
    <message>
        <source>Comment on this &amp;section…</source>
        <translation>Komentēt šo &amp;sadaļu…</translation>
    </message>
    <message>
        <source>Comment on the whole p&amp;lan…</source>
        <translation>Komentēt visu p&amp;lānu…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Atbildēt…</translation>
    </message>
    <message>
        <source>&amp;Edit my comment…</source>
        <translation>La&amp;bot manu komentāru…</translation>
    </message>
    <message>
        <source>&amp;Delete my comment…</source>
        <translation>&amp;Dzēst manu komentāru…</translation>
    </message>
    <message>
        <source>Resol&amp;ve or reopen the thread</source>
        <translation>A&amp;trisināt pavedienu vai atvērt to no jauna</translation>
    </message>
    <message>
        <source>&amp;Go to the comments</source>
        <translation>Pāriet uz &amp;komentāriem</translation>
    </message>
    <message>
        <source>S&amp;how the comments panel</source>
        <translation>&amp;Rādīt komentāru paneli</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Komentāri</translation>
    </message>
    <message>
        <source>Your comment on the whole plan:</source>
        <translation>Jūsu komentārs par visu plānu:</translation>
    </message>
    <message>
        <source>Your comment on action {0}:</source>
        <translation>Jūsu komentārs par darbību {0}:</translation>
    </message>
    <message>
        <source>Your comment on section {0}:</source>
        <translation>Jūsu komentārs par sadaļu {0}:</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Jauns komentārs</translation>
    </message>
    <message>
        <source>Your comment on the passage “{0}”:</source>
        <translation>Jūsu komentārs par fragmentu “{0}”:</translation>
    </message>
    <message>
        <source>Comment on this passage</source>
        <translation>Komentēt šo fragmentu</translation>
    </message>
    <message>
        <source>Your reply to {0}: “{1}”</source>
        <translation>Jūsu atbilde uz komentāru (autors: {0}): “{1}”</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Atbilde</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Labot komentāru</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Jūsu komentārs:</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Dzēst komentāru</translation>
    </message>
    <message>
        <source>Delete your comment “{0}”? Replies to it stay.</source>
        <translation>Vai vēlaties dzēst savu komentāru “{0}”? Atbildes uz to tiks saglabātas.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Place in the list</source>
        <translation>Vieta sarakstā</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Dzēšana</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Plāna nosaukums</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Plāna statuss</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Plāna valoda</translation>
    </message>
    <message>
        <source>Plan deletion</source>
        <translation>Plāna dzēšana</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Atrisināmie konflikti</translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation>Nav atrisināmu konfliktu.</translation>
    </message>
    <message>
        <source>Base: the text both sides started from</source>
        <translation>Pamatversija: teksts, no kura sāka abas puses</translation>
    </message>
    <message>
        <source>Mine: your version</source>
        <translation>Mana versija: teksts, kā Jūs to labojāt</translation>
    </message>
    <message>
        <source>Theirs: the version on the server</source>
        <translation>Servera versija: teksts, kā to serverī labojuši citi</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Apvienotais teksts</translation>
    </message>
    <message>
        <source>Merg&amp;ed text (edit it, then use it):</source>
        <translation>&amp;Apvienotais teksts (labojiet to un pēc tam izmantojiet):</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Paturēt &amp;manu versiju</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Paturēt &amp;servera versiju</translation>
    </message>
    <message>
        <source>&amp;Use the merged text</source>
        <translation>&amp;Izmantot apvienoto tekstu</translation>
    </message>
    <message>
        <source>&amp;Restore it with my edit</source>
        <translation>A&amp;tjaunot ar manu labojumu</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Pamatversija</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mana versija</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Servera versija</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>Atmest manu &amp;labojumu</translation>
    </message>
    <message>
        <source>{0}
This was deleted on the server while you edited it. Your edit is kept here: restore it with your edit, or discard the edit.</source>
        <translation>{0}
Tas tika dzēsts serverī, kamēr Jūs to labojāt. Jūsu labojums ir saglabāts šeit: atjaunojiet to ar savu labojumu vai atmetiet labojumu.</translation>
    </message>
    <message>
        <source>{0}
The server did not accept your edit: {1}
Your text is kept here so that you can copy it.</source>
        <translation>{0}
Serveris nepieņēma Jūsu labojumu: {1}
Jūsu teksts ir saglabāts šeit, lai Jūs to varētu nokopēt.</translation>
    </message>
    <message>
        <source>{0}
You and someone else changed the same passage. Keep one version, or edit a merge of both.</source>
        <translation>{0}
Jūs un kāds cits mainījāt vienu un to pašu fragmentu. Paturiet vienu no versijām vai labojiet abu versiju apvienojumu.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… %n nemainīta rindkopa …</numerusform>
            <numerusform>… %n nemainītas rindkopas …</numerusform>
            <numerusform>… %n nemainītu rindkopu …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>This workspace was written by a newer version of IncluCities. Please install that version; the workspace has not been changed.</source>
        <translation>Šo darbvietu ir izveidojusi jaunāka IncluCities versija. Lūdzam instalēt šo versiju; darbvieta nav mainīta.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not an IncluCities workspace. It has not been changed: restore it from a backup or choose another folder.</source>
        <translation>Darbvietas fails ir bojāts vai nav IncluCities darbvieta. Tas nav mainīts: atjaunojiet to no rezerves kopijas vai izvēlieties citu mapi.</translation>
    </message>
    <message>
        <source>This folder cannot be used as a workspace (the details say why). Nothing has been changed: choose another folder.</source>
        <translation>Šo mapi nevar izmantot kā darbvietu (iemesls norādīts detalizētajā informācijā). Nekas nav mainīts: izvēlieties citu mapi.</translation>
    </message>
    <message>
        <source>IncluCities</source>
        <translation>IncluCities</translation>
    </message>
    <message>
        <source>The workspace could not be written: {0}

Your last change is kept in memory; free some disk space and try again.</source>
        <translation>Neizdevās ierakstīt darbvietā: {0}

Jūsu pēdējās izmaiņas ir saglabātas atmiņā; atbrīvojiet vietu diskā un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Neparedzēta kļūda</translation>
    </message>
    <message>
        <source>Something went wrong that IncluCities did not expect. Your saved work is safe. If it happens again, please send the log file to your coordinator.</source>
        <translation>Radās problēma, ko IncluCities negaidīja. Jūsu saglabātais darbs ir drošībā. Ja tā atkārtojas, lūdzam nosūtīt žurnālfailu savam koordinatoram.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>Eksportēt uz Word</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Pārlūkot…</translation>
    </message>
    <message>
        <source>Include mentors&apos; &amp;comments as Word comments</source>
        <translation>Iekļaut mentoru &amp;komentārus kā Word komentārus</translation>
    </message>
    <message>
        <source>Each comment thread of the plan, replies included, beside the passage or heading it is about</source>
        <translation>Katrs plāna komentāru pavediens kopā ar atbildēm blakus fragmentam vai virsrakstam, uz kuru tas attiecas</translation>
    </message>
    <message>
        <source>Add the review &amp;log as an appendix</source>
        <translation>Pievienot &amp;pārskatīšanas žurnālu kā pielikumu</translation>
    </message>
    <message>
        <source>Every review step of the plan: who, when, and the note they wrote</source>
        <translation>Katrs plāna pārskatīšanas solis: kas, kad un kādu piezīmi uzrakstīja</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportēt</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word dokumenti (*.docx)</translation>
    </message>
    <message>
        <source>Please give a file name ending in .docx.</source>
        <translation>Lūdzu, norādiet faila nosaukumu, kas beidzas ar .docx.</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} jau pastāv. Vai vēlaties to aizstāt?</translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Eksportēt uz Word…</translation>
    </message>
    <message>
        <source>Export se&amp;veral plans…</source>
        <translation>Eksportēt &amp;vairākus plānus…</translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Formatting</source>
        <translation>Formatēšana</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Rindkopas stils</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Rindkopa</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Virsraksts 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Virsraksts 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Virsraksts 3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Treknraksts</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Slīpraksts</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Aizzīmju saraksts</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numurēts saraksts</translation>
    </message>
    <message>
        <source>Decrease list level</source>
        <translation>Samazināt saraksta līmeni</translation>
    </message>
    <message>
        <source>Increase list level</source>
        <translation>Palielināt saraksta līmeni</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Saite…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Saite</translation>
    </message>
    <message>
        <source>Insert table…</source>
        <translation>Ievietot tabulu…</translation>
    </message>
    <message>
        <source>Add table row</source>
        <translation>Pievienot tabulas rindu</translation>
    </message>
    <message>
        <source>Remove table row</source>
        <translation>Noņemt tabulas rindu</translation>
    </message>
    <message>
        <source>Add table column</source>
        <translation>Pievienot tabulas kolonnu</translation>
    </message>
    <message>
        <source>Remove table column</source>
        <translation>Noņemt tabulas kolonnu</translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versijas…</translation>
    </message>
    <message>
        <source>Versions of the plan, and what changed since each</source>
        <translation>Plāna versijas un tas, kas mainījies kopš katras no tām</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>&amp;Nosaukt šo versiju…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Vēsture</translation>
    </message>
    <message>
        <source>Open a plan first.</source>
        <translation>Vispirms atveriet plānu.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) restored; the next sync sends them.</source>
        <translation>
            <numerusform>Atjaunots %n labojums; tas tiks nosūtīts nākamajā sinhronizācijā.</numerusform>
            <numerusform>Atjaunoti %n labojumi; tie tiks nosūtīti nākamajā sinhronizācijā.</numerusform>
            <numerusform>Netika atjaunots neviens labojums.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version “{0}” named; the next sync sends it.</source>
        <translation>Versija “{0}” nosaukta; tā tiks nosūtīta nākamajā sinhronizācijā.</translation>
    </message>
    <message>
        <source>Name this version</source>
        <translation>Nosaukt šo versiju</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Melnraksts</translation>
    </message>
    <message>
        <source>Submitted for mentor review</source>
        <translation>Iesniegts mentora pārskatīšanai</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Pieprasītas izmaiņas</translation>
    </message>
    <message>
        <source>Endorsed by mentor</source>
        <translation>Mentora atbalstīts</translation>
    </message>
    <message>
        <source>Submitted to coordinator</source>
        <translation>Iesniegts koordinatoram</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Apstiprināts</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nav sākta</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Sākta</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Uzrakstīta</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Saite</translation>
    </message>
    <message>
        <source>Text of the link</source>
        <translation>Saites teksts</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Tīmekļa adrese</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teksts:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adrese:</translation>
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
        <translation>Plāni</translation>
    </message>
    <message>
        <source>Filter plans</source>
        <translation>Filtrēt plānus</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Jauns plāns…</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>P&amp;lāni</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Saglabāšanas statuss</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Jauns plāns…</translation>
    </message>
    <message>
        <source>Add the &amp;sample plans</source>
        <translation>Pievienot &amp;parauga plānus</translation>
    </message>
    <message>
        <source>Move plan to &amp;trash</source>
        <translation>Pārvietot plānu uz &amp;atkritni</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>Atkri&amp;tne…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Atkār&amp;tot</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Iestatījumi…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Nākamā sadaļa</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Iepriekšējā sadaļa</translation>
    </message>
    <message>
        <source>Go to the plan &amp;list</source>
        <translation>Pāriet uz plānu &amp;sarakstu</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigācija</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastatūras īsceļi</translation>
    </message>
    <message>
        <source>&amp;About IncluCities</source>
        <translation>&amp;Par IncluCities</translation>
    </message>
    <message>
        <source>{0} — IncluCities</source>
        <translation>{0} — IncluCities</translation>
    </message>
    <message>
        <source>Adding the sample plans…</source>
        <translation>Pievieno parauga plānus…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample plan(s) added</source>
        <translation>
            <numerusform>Pievienots %n parauga plāns</numerusform>
            <numerusform>Pievienoti %n parauga plāni</numerusform>
            <numerusform>Netika pievienots neviens parauga plāns</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is in the trash; File → Trash… puts it back.</source>
        <translation>Plāns ir atkritnē; to var atjaunot, izvēloties Fails → Atkritne….</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Iestatījumi saglabāti</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saglabā…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Visas izmaiņas saglabātas</translation>
    </message>
</context>
<context>
    <name>MainWindowDescriptions</name>
    <message>
        <source>Every plan of this workspace; the chosen one opens beside the list. Ctrl+L comes back here.</source>
        <translation>Visi šīs darbvietas plāni; izvēlētais tiek atvērts blakus sarakstam. Ctrl+L atgriež šeit.</translation>
    </message>
    <message>
        <source>Shows only the plans whose title, city or status contains these words</source>
        <translation>Rāda tikai tos plānus, kuru nosaukumā, pašvaldībā vai statusā ir šie vārdi</translation>
    </message>
    <message>
        <source>Create an action plan for a city</source>
        <translation>Izveidot rīcības plānu pašvaldībai</translation>
    </message>
    <message>
        <source>Whether every change has been written to the workspace</source>
        <translation>Norāda, vai visas izmaiņas ir ierakstītas darbvietā</translation>
    </message>
</context>
<context>
    <name>MonthEdit</name>
    <message>
        <source>Month and year; Delete empties the field</source>
        <translation>Mēnesis un gads; taustiņš Delete notīra lauku</translation>
    </message>
</context>
<context>
    <name>NameVersionDialog</name>
    <message>
        <source>Name this version</source>
        <translation>Nosaukt šo versiju</translation>
    </message>
    <message>
        <source>Keep “{0}” as it is now under a name, e.g. “Before the second study visit”. The server keeps it from the next sync on.</source>
        <translation>Saglabājiet plāna “{0}” pašreizējo stāvokli ar nosaukumu, piem., “Pirms otrās mācību vizītes”. Serveris to glabās, sākot ar nākamo sinhronizāciju.</translation>
    </message>
    <message>
        <source>Version name</source>
        <translation>Versijas nosaukums</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>Nosaukt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
</context>
<context>
    <name>NestedTableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Pievienot rindu</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Noņemt rindu</translation>
    </message>
    <message>
        <source>Add a row to “{0}”</source>
        <translation>Pievienot rindu sadaļai “{0}”</translation>
    </message>
    <message>
        <source>Remove the selected rows of “{0}”</source>
        <translation>Noņemt atlasītās rindas no “{0}”</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New action plan</source>
        <translation>Jauns rīcības plāns</translation>
    </message>
    <message>
        <source>Choose or type your city</source>
        <translation>Izvēlieties vai ierakstiet savu pašvaldību</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pašvaldība</translation>
    </message>
    <message>
        <source>e.g. Local action plan for inclusion 2026-2028</source>
        <translation>piem., Vietējais iekļaušanas rīcības plāns 2026.–2028. gadam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Plāna valoda</translation>
    </message>
    <message>
        <source>IncluCities action plan, version {0}</source>
        <translation>IncluCities rīcības plāns, versija {0}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Veidne</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Pašvaldība:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>V&amp;eidne:</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Izveidot plānu</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Coordinator overview</source>
        <translation>Koordinatora kopskats</translation>
    </message>
    <message>
        <source>Plan or city</source>
        <translation>Plāns vai pašvaldība</translation>
    </message>
    <message>
        <source>Filter plans by text</source>
        <translation>Filtrēt plānus pēc teksta</translation>
    </message>
    <message>
        <source>Filter plans by status</source>
        <translation>Filtrēt plānus pēc statusa</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Visi statusi</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrs:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statuss:</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plāni</translation>
    </message>
    <message>
        <source>One plan a row; a column header sorts, Enter opens the plan in the main window</source>
        <translation>Katrā rindā viens plāns; kolonnas virsraksts kārto, Enter atver plānu galvenajā logā</translation>
    </message>
    <message>
        <source>Every plan of the programme, where it stands in the review.</source>
        <translation>Visi programmas plāni un to pārskatīšanas stadija.</translation>
    </message>
    <message>
        <source>Every plan in this workspace, where it stands in the review.</source>
        <translation>Visi šīs darbvietas plāni un to pārskatīšanas stadija.</translation>
    </message>
    <message>
        <source>The plans you can read: your city&apos;s, and those your city mentors.</source>
        <translation>Plāni, kurus Jūs varat lasīt: Jūsu pašvaldības plāni un to pašvaldību plāni, kurām Jūsu pašvaldība ir mentors.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) shown</source>
        <translation>
            <numerusform>Parādīts %n plāns</numerusform>
            <numerusform>Parādīti %n plāni</numerusform>
            <numerusform>Nav parādīts neviens plāns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Plan</source>
        <translation>Plāns</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pašvaldība</translation>
    </message>
    <message>
        <source>Mentor city</source>
        <translation>Mentorpašvaldība</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Drafted sections</source>
        <translation>Uzrakstītās sadaļas</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Atvērtie komentāri</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Nelasīti</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Pēdējās izmaiņas</translation>
    </message>
    <message>
        <source>Sections drafted out of the template&apos;s sections</source>
        <translation>Uzrakstītās sadaļas no visām veidnes sadaļām</translation>
    </message>
    <message>
        <source>{0} of {1} sections drafted, {2} started</source>
        <translation>Uzrakstītas {0} no {1} sadaļām, sāktas {2}</translation>
    </message>
    <message>
        <source>A review step of this plan waits for the next sync</source>
        <translation>Šī plāna pārskatīšanas solis gaida nākamo sinhronizāciju</translation>
    </message>
    <message>
        <source>{0} (step waits for sync)</source>
        <translation>{0} (solis gaida sinhronizāciju)</translation>
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
        <translation>Plāna pārdēvēšana</translation>
    </message>
</context>
<context>
    <name>PlanExportFlow</name>
    <message>
        <source>Writing {0}…</source>
        <translation>Raksta failu {0}…</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Eksportēt uz Word</translation>
    </message>
    <message>
        <source>The plan was exported to {0}.</source>
        <translation>Plāns ir eksportēts failā {0}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Rādīt mapi</translation>
    </message>
    <message>
        <source>The plan could not be exported: {0}</source>
        <translation>Plānu neizdevās eksportēt: {0}</translation>
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
Pašvaldība: {1}
Valoda: {2}
Statuss: {3}
Pēdējās izmaiņas: {4}</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n jauns komentārs</numerusform>
            <numerusform>%n jauni komentāri</numerusform>
            <numerusform>%n jaunu komentāru</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan title</source>
        <translation>Plāna nosaukums</translation>
    </message>
    <message>
        <source>A change of title can be undone</source>
        <translation>Nosaukuma maiņu var atsaukt</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Plāna dati</translation>
    </message>
    <message>
        <source>Sections of the plan</source>
        <translation>Plāna sadaļas</translation>
    </message>
    <message>
        <source>Each section with how far it is drafted; Ctrl+Page Down and Ctrl+Page Up move between sections from anywhere in the plan</source>
        <translation>Katra sadaļa un tās izstrādes pakāpe; Ctrl+Page Down un Ctrl+Page Up pārvieto starp sadaļām no jebkuras plāna vietas</translation>
    </message>
    <message>
        <source>mentor city: {0}</source>
        <translation>mentorpašvaldība: {0}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation>Paziņojums par tikai lasīšanas režīmu</translation>
    </message>
    <message>
        <source>This plan is approved and read-only until a coordinator reopens it.</source>
        <translation>Šis plāns ir apstiprināts, un to var tikai lasīt, līdz koordinators to atver no jauna.</translation>
    </message>
    <message>
        <source>You are reading {0}&apos;s plan as its mentor: you can comment but not change it.</source>
        <translation>Jūs lasāt pašvaldības {0} plānu kā tās mentors: Jūs varat to komentēt, bet ne mainīt.</translation>
    </message>
    <message>
        <source>You are reading this plan as a coordinator: you can comment but not change it.</source>
        <translation>Jūs lasāt šo plānu kā koordinators: Jūs varat to komentēt, bet ne mainīt.</translation>
    </message>
    <message>
        <source>You can read this plan but not change it.</source>
        <translation>Jūs varat lasīt šo plānu, bet ne mainīt.</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <source>New language</source>
        <translation>Jauna valoda</translation>
    </message>
    <message>
        <source>IncluCities uses the new language from its next start. Restart now? Your work is saved first.</source>
        <translation>IncluCities izmantos jauno valodu no nākamās palaišanas reizes. Vai vēlaties restartēt tūlīt? Jūsu darbs vispirms tiks saglabāts.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Restartēt tūlīt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Vēlāk</translation>
    </message>
</context>
<context>
    <name>RestoreWords</name>
    <message numerus="yes">
        <source>This makes %n edit(s); the next sync sends them like any other. To keep the plan as it is now among the versions, name this version first.</source>
        <translation>
            <numerusform>Tiks izveidots %n labojums; nākamā sinhronizācija to nosūtīs tāpat kā jebkuru citu. Lai plāna pašreizējais stāvoklis tiktu saglabāts starp versijām, vispirms nosauciet šo versiju.</numerusform>
            <numerusform>Tiks izveidoti %n labojumi; nākamā sinhronizācija tos nosūtīs tāpat kā jebkurus citus. Lai plāna pašreizējais stāvoklis tiktu saglabāts starp versijām, vispirms nosauciet šo versiju.</numerusform>
            <numerusform>Netiks izveidots neviens labojums. Lai plāna pašreizējais stāvoklis tiktu saglabāts starp versijām, vispirms nosauciet šo versiju.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>&amp;Submit to mentor…</source>
        <translation>&amp;Iesniegt mentoram…</translation>
    </message>
    <message>
        <source>&amp;Endorse…</source>
        <translation>&amp;Atbalstīt…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Pieprasīt i&amp;zmaiņas…</translation>
    </message>
    <message>
        <source>Submit to coor&amp;dinator…</source>
        <translation>Iesniegt &amp;koordinatoram…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>A&amp;pstiprināt…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Atvērt no &amp;jauna…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Iesniegt</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Atbalstīt</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Pieprasīt izmaiņas</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Apstiprināt</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Atvērt no jauna</translation>
    </message>
    <message>
        <source>The plan goes to the mentor city for review. The mentor endorses it or asks for changes.</source>
        <translation>Plāns tiek nosūtīts mentorpašvaldībai pārskatīšanai. Mentors to atbalsta vai pieprasa izmaiņas.</translation>
    </message>
    <message>
        <source>You endorse the plan as its mentor; its city may then submit it to the coordinator.</source>
        <translation>Jūs kā mentors atbalstāt plānu; pēc tam tā pašvaldība var to iesniegt koordinatoram.</translation>
    </message>
    <message>
        <source>The plan goes back to its city with your note saying what should change.</source>
        <translation>Plāns tiek atgriezts tā pašvaldībai ar Jūsu piezīmi par to, kas jāmaina.</translation>
    </message>
    <message>
        <source>The endorsed plan goes to the programme&apos;s coordinator for approval.</source>
        <translation>Mentora atbalstītais plāns tiek nosūtīts programmas koordinatoram apstiprināšanai.</translation>
    </message>
    <message>
        <source>The plan is approved and becomes read-only until a coordinator reopens it.</source>
        <translation>Plāns tiek apstiprināts, un to var tikai lasīt, līdz koordinators to atver no jauna.</translation>
    </message>
    <message>
        <source>The approved plan becomes a draft again, so its city can change it.</source>
        <translation>Apstiprinātais plāns atkal kļūst par melnrakstu, lai tā pašvaldība varētu to mainīt.</translation>
    </message>
    <message>
        <source>Submitted to the mentor</source>
        <translation>Iesniegts mentoram</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Mentora atbalstīts</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Pieprasītas izmaiņas</translation>
    </message>
    <message>
        <source>Submitted to the coordinator</source>
        <translation>Iesniegts koordinatoram</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Apstiprināts</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Atvērts no jauna</translation>
    </message>
    <message>
        <source>Changed after endorsement: back to the mentor</source>
        <translation>Mainīts pēc atbalstīšanas: atpakaļ pie mentora</translation>
    </message>
</context>
<context>
    <name>ReviewStepDialog</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — pašlaik: {1}</translation>
    </message>
    <message>
        <source>The step is sent with the next sync; the server records who took it and when.</source>
        <translation>Solis tiek nosūtīts nākamajā sinhronizācijā; serveris reģistrē, kas to veica un kad.</translation>
    </message>
    <message>
        <source>Not signed in: the step waits until you sign in and sync.</source>
        <translation>Pierakstīšanās nav veikta: solis gaidīs, līdz Jūs pierakstīsieties un sinhronizēsiet.</translation>
    </message>
    <message>
        <source>&amp;Note for the others (required):</source>
        <translation>&amp;Piezīme citiem (obligāta):</translation>
    </message>
    <message>
        <source>&amp;Note for the others (optional):</source>
        <translation>&amp;Piezīme citiem (nav obligāta):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>What should change, and why</source>
        <translation>Kas jāmaina un kāpēc</translation>
    </message>
    <message>
        <source>A word for the mentor, the city or the coordinator</source>
        <translation>Dažas rindas mentoram, pašvaldībai vai koordinatoram</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineDialog</name>
    <message>
        <source>Review history</source>
        <translation>Pārskatīšanas vēsture</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>Pārskatīšanas soļi</translation>
    </message>
    <message>
        <source>The plan&apos;s review steps, oldest first: the step, the change of status, who, when and their note</source>
        <translation>Plāna pārskatīšanas soļi, sākot ar vecāko: solis, statusa maiņa, kas, kad un piezīme</translation>
    </message>
    <message>
        <source>No review step yet: the plan is a draft that was never submitted.</source>
        <translation>Vēl nav neviena pārskatīšanas soļa: plāns ir melnraksts, kas nekad nav iesniegts.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — pašlaik: {1}</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineModel</name>
    <message>
        <source>Step</source>
        <translation>Solis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>Refused by the server: {0}</source>
        <translation>Serveris noraidīja: {0}</translation>
    </message>
    <message>
        <source>Waits for sync</source>
        <translation>Gaida sinhronizāciju</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>nav veikts</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>gaida sinhronizāciju</translation>
    </message>
</context>
<context>
    <name>ReviewUi</name>
    <message>
        <source>&amp;Review</source>
        <translation>Pārsk&amp;atīšana</translation>
    </message>
    <message>
        <source>Review &amp;history…</source>
        <translation>Pārskatīšanas &amp;vēsture…</translation>
    </message>
    <message>
        <source>Coordinator &amp;overview…</source>
        <translation>Koordinatora kop&amp;skats…</translation>
    </message>
    <message>
        <source>Every plan you can read, where it stands in the review (Ctrl+Shift+O)</source>
        <translation>Visi plāni, kurus Jūs varat lasīt, un to pārskatīšanas stadija (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;No plan is open</source>
        <translation>&amp;Nav atvērts neviens plāns</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: sign &amp;in…</source>
        <translation>“{0}” gaida sinhronizāciju: pie&amp;rakstīties…</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: &amp;sync now</source>
        <translation>“{0}” gaida sinhronizāciju: sinhronizēt &amp;tūlīt</translation>
    </message>
    <message>
        <source>Review steps go through the server: sign &amp;in…</source>
        <translation>Pārskatīšanas soļi notiek caur serveri: pie&amp;rakstīties…</translation>
    </message>
    <message>
        <source>&amp;No review step is yours to take now</source>
        <translation>&amp;Nav neviena pārskatīšanas soļa, ko Jūs pašlaik varētu veikt</translation>
    </message>
    <message>
        <source>“{0}” is recorded and goes to the server with the next sync.</source>
        <translation>“{0}” ir reģistrēts un tiks nosūtīts uz serveri nākamajā sinhronizācijā.</translation>
    </message>
    <message>
        <source>This review step cannot be taken.</source>
        <translation>Šo pārskatīšanas soli nevar veikt.</translation>
    </message>
    <message>
        <source>Review step not taken</source>
        <translation>Pārskatīšanas solis nav veikts</translation>
    </message>
    <message>
        <source>The server refused the step “{0}”.</source>
        <translation>Serveris noraidīja soli “{0}”.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all plans</source>
        <translation>Meklēt visos plānos</translation>
    </message>
    <message>
        <source>Words to find in every plan…</source>
        <translation>Vārdi, ko meklēt visos plānos…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Meklējamais teksts</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Meklēšanas rezultāti</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultāts</numerusform>
            <numerusform>%n rezultāti</numerusform>
            <numerusform>Nav rezultātu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchUi</name>
    <message>
        <source>&amp;Search all plans…</source>
        <translation>&amp;Meklēt visos plānos…</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>darbība</translation>
    </message>
    <message>
        <source>the plan&apos;s title</source>
        <translation>plāna nosaukums</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Typing</source>
        <translation>Rakstīšana</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Sadaļas teksts</translation>
    </message>
    <message>
        <source>Saved as you type; Tab indents a list, Ctrl+Tab leaves the text</source>
        <translation>Tiek saglabāts rakstīšanas laikā; Tab veido atkāpi sarakstā, Ctrl+Tab iziet no teksta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Kā sistēmā ({0})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Saskarnes valoda</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages, and how dates and amounts are written</source>
        <translation>Izvēlņu, dialoglodziņu un ziņojumu valoda, kā arī datumu un summu pieraksts</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Kā sistēmā</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Gaišas</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumšas</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Krāsas</translation>
    </message>
    <message>
        <source>Light or dark window colours</source>
        <translation>Gaišas vai tumšas logu krāsas</translation>
    </message>
    <message>
        <source>A new language is used from the next start of IncluCities. Colours change at once.</source>
        <translation>Jaunā valoda tiks lietota no nākamās IncluCities palaišanas reizes. Krāsas mainās uzreiz.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Krāsas:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastatūras īsceļi</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taustiņi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, with its keys. Tab moves between areas of the window, Ctrl+Tab out of a text or a table; Alt with the underlined letter opens a menu.</source>
        <translation>Visas komandas, kurām ir īsceļš, un to taustiņi. Tab pārvieto starp loga daļām, Ctrl+Tab ļauj iziet no teksta vai tabulas; Alt kopā ar pasvītroto burtu atver izvēlni.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the IncluCities server</source>
        <translation>Pierakstīšanās IncluCities serverī</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Servera adrese</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Lietotājvārds</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Sign in with the account your coordinator gave you. Your plans stay on this computer and are synced with the server whenever it can be reached.</source>
        <translation>Pierakstieties ar kontu, ko Jums piešķīra koordinators. Jūsu plāni paliek šajā datorā un tiek sinhronizēti ar serveri ikreiz, kad tas ir sasniedzams.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Pierakstīšanās problēma</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveris:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Lietotājvārds:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>P&amp;ierakstīties</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>Sertifikācijas iestādes sertifikāti</translation>
    </message>
    <message>
        <source>Only if your IT department gave you one</source>
        <translation>Tikai tad, ja tos Jums ir izsniegusi IT nodaļa</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pārlū&amp;kot…</translation>
    </message>
    <message>
        <source>Keep the sign-in in a plain &amp;file</source>
        <translation>Saglabāt pierakstīšanās datus parastā &amp;failā</translation>
    </message>
    <message>
        <source>This computer has no secure password store: anyone with access to your files could use a sign-in kept in a plain file.</source>
        <translation>Šajā datorā nav drošas paroļu krātuves: ikviens, kam ir piekļuve Jūsu failiem, varētu izmantot parastā failā saglabātos pierakstīšanās datus.</translation>
    </message>
    <message>
        <source>&amp;Certificates (PEM):</source>
        <translation>Se&amp;rtifikāti (PEM):</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Papildu &amp;opcijas</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikāti (*.pem *.crt *.cer);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Pierakstās…</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Review status</source>
        <translation>Pārskatīšanas statuss</translation>
    </message>
    <message>
        <source>Where the plan stands in the review; the Review menu holds the next steps</source>
        <translation>Plāna pārskatīšanas stadija; nākamie soļi ir izvēlnē Pārskatīšana</translation>
    </message>
    <message>
        <source>{0} · a step waits for sync</source>
        <translation>{0} · solis gaida sinhronizāciju</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Sinhronizācijas statuss</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sinhronizācijas gaita</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Pierakstīties…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikts</numerusform>
            <numerusform>%n konflikti</numerusform>
            <numerusform>%n konfliktu</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the conflicts to resolve</source>
        <translation>Rādīt atrisināmos konfliktus</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Pierakstīšanās nav veikta</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Bezsaistē</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sinhronizācija neizdevās</translation>
    </message>
    <message>
        <source>Syncing… {0} of {1}</source>
        <translation>Sinhronizē… {0} no {1}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinhronizē…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sinhronizēts</translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Sinhronizēts plkst. {0}</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinhronizēt tūlīt</translation>
    </message>
    <message>
        <source>Send your changes and fetch the others&apos; (F5)</source>
        <translation>Nosūtīt savas izmaiņas un saņemt citu veiktās izmaiņas (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Pierakstīties…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Izrakstīties</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikti…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sinhronizācija</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinhronizācija</translation>
    </message>
    <message>
        <source>The sample plans were removed from this workspace: they are for a first look and are never uploaded.</source>
        <translation>Parauga plāni tika noņemti no šīs darbvietas: tie ir paredzēti tikai pirmajai iepazīšanai un nekad netiek augšupielādēti serverī.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so you will be asked to sign in again next time.</source>
        <translation>Šajā datorā nav drošas paroļu krātuves, tāpēc nākamreiz Jums būs jāpierakstās vēlreiz.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Pierakstīšanās veikta</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Izrakstīšanās</translation>
    </message>
    <message>
        <source>Sign out of the server? Your plans stay on this computer, and changes you make are sent when you sign in again.</source>
        <translation>Vai vēlaties izrakstīties no servera? Jūsu plāni paliek šajā datorā, un Jūsu veiktās izmaiņas tiks nosūtītas, kad atkal pierakstīsieties.</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Ievietot tabulu</translation>
    </message>
    <message>
        <source>Rows, with the header row</source>
        <translation>Rindas, ieskaitot galvenes rindu</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonnas</translation>
    </message>
    <message>
        <source>&amp;Rows (with the header):</source>
        <translation>&amp;Rindas (ar galveni):</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolonnas:</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>Use a custom style template (.docx)</source>
        <translation>Izmantot pielāgotu stila veidni (.docx)</translation>
    </message>
    <message>
        <source>Style template</source>
        <translation>Stila veidne</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word dokumenti (*.docx)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Atkritne</translation>
    </message>
    <message>
        <source>Plans in the trash</source>
        <translation>Plāni atkritnē</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Atkritne ir tukša.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Atjaunot</translation>
    </message>
    <message>
        <source>Plans moved to the trash stay here until you restore them.</source>
        <translation>Uz atkritni pārvietotie plāni paliek šeit, līdz Jūs tos atjaunojat.</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>added</source>
        <translation>pievienota</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>noņemta</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>mainīta</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>nemainīta</translation>
    </message>
    <message>
        <source>Action without a title</source>
        <translation>Darbība bez nosaukuma</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Plāna nosaukums</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Atšķirību nav.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Nemainīta</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Darbības</translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Changed sections and actions</source>
        <translation>Mainītās sadaļas un darbības</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>&amp;Izmaiņas:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Atšķirības</translation>
    </message>
    <message>
        <source>Removed words are struck through, added words underlined</source>
        <translation>Noņemtie vārdi ir pārsvītroti, pievienotie — pasvītroti</translation>
    </message>
    <message>
        <source>Show &amp;unchanged sections and actions</source>
        <translation>Rādīt arī ne&amp;mainītās sadaļas un darbības</translation>
    </message>
    <message>
        <source>Restore this &amp;section</source>
        <translation>Atjaunot šo &amp;sadaļu</translation>
    </message>
    <message>
        <source>Restore this &amp;action</source>
        <translation>Atjaunot šo &amp;darbību</translation>
    </message>
    <message>
        <source>Restore the &amp;whole plan…</source>
        <translation>Atjaunot visu &amp;plānu…</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Plāna nosaukums</translation>
    </message>
</context>
<context>
    <name>VersionsWindow</name>
    <message>
        <source>Versions</source>
        <translation>Versijas</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Plāna versijas</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation>&amp;Versijas, jaunākās vispirms:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Salīdzināt ar</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>&amp;Nosaukt šo versiju…</translation>
    </message>
    <message>
        <source>Fetching the version</source>
        <translation>Ielādē versiju</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ziņojums</translation>
    </message>
    <message>
        <source>Compare wi&amp;th:</source>
        <translation>Salīdzināt &amp;ar:</translation>
    </message>
    <message>
        <source>Versions of {0}</source>
        <translation>Versijas: {0}</translation>
    </message>
    <message>
        <source>A version taken when the plan&apos;s status changed</source>
        <translation>Versija, kas izveidota, kad mainījās plāna statuss</translation>
    </message>
    <message>
        <source>A version named by a person</source>
        <translation>Versija, kurai nosaukumu devis lietotājs</translation>
    </message>
    <message>
        <source>Now: the plan as it is here</source>
        <translation>Tagad: plāns, kāds tas ir šeit</translation>
    </message>
    <message>
        <source>This plan has no versions yet. A version is kept at every review step, and History → Name this version… keeps one now.</source>
        <translation>Šim plānam vēl nav versiju. Versija tiek saglabāta katrā pārskatīšanas solī, un, izvēloties Vēsture → Nosaukt šo versiju…, to var saglabāt tūlīt.</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>gaida sinhronizāciju</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>This version waits for sync: the server keeps its content, so it can be compared once the next sync has sent it.</source>
        <translation>Šī versija gaida sinhronizāciju: tās saturu glabā serveris, tāpēc to varēs salīdzināt, kad nākamā sinhronizācija to būs nosūtījusi.</translation>
    </message>
    <message>
        <source>Fetching the version…</source>
        <translation>Ielādē versiju…</translation>
    </message>
    <message>
        <source>Compare with Now to restore from this version</source>
        <translation>Salīdziniet ar “Tagad”, lai atjaunotu no šīs versijas</translation>
    </message>
    <message>
        <source>This version is not on this computer yet, and the server cannot be reached. Connect to the network and choose it again.</source>
        <translation>Šīs versijas vēl nav šajā datorā, un serveris nav sasniedzams. Izveidojiet savienojumu ar tīklu un izvēlieties to vēlreiz.</translation>
    </message>
    <message>
        <source>This version is not on this computer yet. Sign in to the sync server (Sync → Sign in…) to fetch it.</source>
        <translation>Šīs versijas vēl nav šajā datorā. Pierakstieties sinhronizācijas serverī (Sinhronizācija → Pierakstīties…), lai to ielādētu.</translation>
    </message>
    <message>
        <source>The version could not be opened: {0}</source>
        <translation>Versiju neizdevās atvērt: {0}</translation>
    </message>
    <message>
        <source>The version could not be compared: {0}</source>
        <translation>Versiju neizdevās salīdzināt: {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <source>Put back the section “{0}” as it was in “{1}”?</source>
        <translation>Vai vēlaties atjaunot sadaļu “{0}” tādu, kāda tā bija versijā “{1}”?</translation>
    </message>
    <message>
        <source>Put back the action “{0}” as it was in “{1}”?</source>
        <translation>Vai vēlaties atjaunot darbību “{0}” tādu, kāda tā bija versijā “{1}”?</translation>
    </message>
    <message>
        <source>Put back the whole plan as it was in “{0}”?</source>
        <translation>Vai vēlaties atjaunot visu plānu tādu, kāds tas bija versijā “{0}”?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to IncluCities</source>
        <translation>Laipni lūdzam IncluCities</translation>
    </message>
    <message>
        <source>Draft your city&apos;s action plan for the integration and inclusion of migrants, section by section and action by action. Everything is kept on this computer, so you can work without a network.</source>
        <translation>Izstrādājiet savas pašvaldības rīcības plānu migrantu integrācijai un iekļaušanai – sadaļu pēc sadaļas un darbību pēc darbības. Viss tiek glabāts šajā datorā, tāpēc Jūs varat strādāt arī bez tīkla.</translation>
    </message>
    <message>
        <source>Create a new plan…</source>
        <translation>Izveidot jaunu plānu…</translation>
    </message>
    <message>
        <source>Start an empty action plan for your city</source>
        <translation>Sākt tukšu rīcības plānu savai pašvaldībai</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Atvērt parauga darbvietu</translation>
    </message>
    <message>
        <source>Add the eight IncluCities cities, their pairs and four partly drafted plans</source>
        <translation>Pievienot astoņas IncluCities pašvaldības, to pārus un četrus daļēji izstrādātus plānus</translation>
    </message>
    <message>
        <source>The sample holds the eight IncluCities cities, their four mentor and mentee pairs, and a partly drafted plan for Partinico, Saint-Jean-de-la-Ruelle, Livadia and Jelgava, each in its own language.</source>
        <translation>Paraugā ir astoņas IncluCities pašvaldības, to četri mentoru un mentorējamo pāri un daļēji izstrādāts plāns Partinico, Saint-Jean-de-la-Ruelle, Livadijai un Jelgavai, katrs savā valodā.</translation>
    </message>
</context>
</TS>
