<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About IncluCities</source>
        <translation>Σχετικά με το IncluCities</translation>
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
        <translation>&lt;p&gt;Συν-σχεδιασμός τοπικών σχεδίων δράσης για την ένταξη και την κοινωνική ενσωμάτωση των μεταναστών, και χωρίς σύνδεση στο διαδίκτυο.&lt;/p&gt;&lt;p&gt;Το IncluCities συντονίζεται από το ΣΔΤΑΕ (CEMR) και χρηματοδοτείται από το Ταμείο Ασύλου, Μετανάστευσης και Ένταξης της Ευρωπαϊκής Ένωσης.&lt;/p&gt;&lt;p&gt;Το IncluCities Desktop είναι ελεύθερο λογισμικό με την Άδεια Δημόσιας Χρήσης της Ευρωπαϊκής Ένωσης (EUPL-1.2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Ενσωματωμένα στοιχεία και οι άδειές τους</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Στοιχεία λογισμικού</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Στοιχείο</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Άδεια</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Πηγαίος κώδικας</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3. You may replace the Qt and PySide6 libraries in the installed folder with your own builds of the same version; the source code of both is available at the addresses in the table.</source>
        <translation>Τα Qt και PySide6 χρησιμοποιούνται σύμφωνα με την GNU Lesser General Public License, έκδοση 3. Μπορείτε να αντικαταστήσετε τις βιβλιοθήκες Qt και PySide6 στον φάκελο εγκατάστασης με δικές σας μεταγλωττίσεις της ίδιας έκδοσης· ο πηγαίος κώδικας και των δύο διατίθεται στις διευθύνσεις του πίνακα.</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <source>Edit “{0}”</source>
        <translation>Επεξεργασία «{0}»</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Προσθήκη δράσης</translation>
    </message>
    <message>
        <source>Duplicate action</source>
        <translation>Αντιγραφή δράσης</translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>Μετακίνηση δράσης προς τα πάνω</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>Μετακίνηση δράσης προς τα κάτω</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Διαγραφή δράσης</translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Select an action to see and edit all its fields.</source>
        <translation>Επιλέξτε μια δράση για να δείτε και να επεξεργαστείτε όλα τα πεδία της.</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>Στοιχεία δράσης</translation>
    </message>
</context>
<context>
    <name>ActionValues</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n στοιχείο</numerusform>
            <numerusform>%n στοιχεία</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Actions of the plan</source>
        <translation>Δράσεις του σχεδίου</translation>
    </message>
    <message>
        <source>One row per action; Alt+Up and Alt+Down move the selected action, Ctrl+Tab goes on to its details</source>
        <translation>Μία γραμμή ανά δράση· τα Alt+Πάνω και Alt+Κάτω μετακινούν την επιλεγμένη δράση, το Ctrl+Tab μεταφέρει στα στοιχεία της</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Δράσεις</translation>
    </message>
    <message>
        <source>Action tools</source>
        <translation>Εργαλεία δράσεων</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Προσθήκη</translation>
    </message>
    <message>
        <source>Add an action after the selected one</source>
        <translation>Προσθήκη δράσης μετά την επιλεγμένη</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Duplicate the selected action</source>
        <translation>Αντιγραφή της επιλεγμένης δράσης</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Μετακίνηση πάνω</translation>
    </message>
    <message>
        <source>Move the selected action up</source>
        <translation>Μετακίνηση της επιλεγμένης δράσης προς τα πάνω</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Μετακίνηση κάτω</translation>
    </message>
    <message>
        <source>Move the selected action down</source>
        <translation>Μετακίνηση της επιλεγμένης δράσης προς τα κάτω</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Delete the selected action (can be undone)</source>
        <translation>Διαγραφή της επιλεγμένης δράσης (μπορεί να αναιρεθεί)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του χώρου εργασίας</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Επιλογή άλλου φακέλου…</translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation>Επιλέξτε φάκελο χώρου εργασίας</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export several plans</source>
        <translation>Εξαγωγή πολλών σχεδίων</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Όλες οι καταστάσεις</translation>
    </message>
    <message>
        <source>Plans to export</source>
        <translation>Σχέδια προς εξαγωγή</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Φάκελος</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>&amp;Plans:</source>
        <translation>&amp;Σχέδια:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Φάκελος:</translation>
    </message>
    <message>
        <source>No plans have this status.</source>
        <translation>Κανένα σχέδιο δεν έχει αυτή την κατάσταση.</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Εξαγωγή στον φάκελο</translation>
    </message>
    <message>
        <source>Tick at least one plan.</source>
        <translation>Επιλέξτε τουλάχιστον ένα σχέδιο.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Προετοιμασία…</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>{0} από {1}: {2}</translation>
    </message>
    <message>
        <source>Stopping after the plans being written now…</source>
        <translation>Διακοπή μόλις ολοκληρωθούν τα σχέδια που γράφονται τώρα…</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) exported.</source>
        <translation>
            <numerusform>Εξήχθη %n σχέδιο.</numerusform>
            <numerusform>Εξήχθησαν %n σχέδια.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest were cancelled.</source>
        <translation>Τα υπόλοιπα ακυρώθηκαν.</translation>
    </message>
    <message>
        <source>Not exported: {0} ({1})</source>
        <translation>Δεν εξήχθη: {0} ({1})</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Εμφάνιση φακέλου</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Η εξαγωγή απέτυχε: {0}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Budget summary</source>
        <translation>Σύνοψη προϋπολογισμού</translation>
    </message>
    <message>
        <source>Derived from the funding lines of the actions; cancelled actions do not count. An action serving several EU areas counts in full under each.</source>
        <translation>Υπολογίζεται από τις γραμμές χρηματοδότησης των δράσεων· οι ακυρωμένες δράσεις δεν προσμετρώνται. Μια δράση που αφορά περισσότερους τομείς της ΕΕ προσμετράται ολόκληρη σε καθέναν.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Προϋπολογισμός ανά πηγή χρηματοδότησης</translation>
    </message>
    <message>
        <source>Budget by EU Action Plan area</source>
        <translation>Προϋπολογισμός ανά τομέα του Σχεδίου Δράσης της ΕΕ</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation>Ανά πηγή χρηματοδότησης</translation>
    </message>
    <message>
        <source>By EU Action Plan area</source>
        <translation>Ανά τομέα του Σχεδίου Δράσης της ΕΕ</translation>
    </message>
    <message>
        <source>Computing the budget…</source>
        <translation>Υπολογισμός προϋπολογισμού…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Σύνολο</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Όλες οι πηγές</translation>
    </message>
    <message>
        <source>EU Action Plan area</source>
        <translation>Τομέας του Σχεδίου Δράσης της ΕΕ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>No funding lines yet: add them in the actions&apos; detail form.</source>
        <translation>Δεν υπάρχουν ακόμη γραμμές χρηματοδότησης: προσθέστε τις στη φόρμα στοιχείων των δράσεων.</translation>
    </message>
    <message>
        <source>Secured {0} of {1} ({2} %)</source>
        <translation>Εξασφαλισμένα {0} από {1} ({2} %)</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment text</source>
        <translation>Κείμενο σχολίου</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Αποθήκευση σχολίου</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <source>Passage no longer in the text:</source>
        <translation>Απόσπασμα που δεν υπάρχει πλέον στο κείμενο:</translation>
    </message>
    <message>
        <source>Passage in {0}:</source>
        <translation>Απόσπασμα στην ενότητα {0}:</translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation>Ενότητα {0}</translation>
    </message>
    <message>
        <source>An action no longer in the plan</source>
        <translation>Δράση που δεν υπάρχει πλέον στο σχέδιο</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>Δράση {0}</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Ολόκληρο το σχέδιο</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Εσείς</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Άγνωστος συντάκτης</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>αναμένει συγχρονισμό</translation>
    </message>
    <message>
        <source>{0} (edited)</source>
        <translation>{0} (τροποποιήθηκε)</translation>
    </message>
    <message>
        <source>This comment was deleted.</source>
        <translation>Το σχόλιο αυτό διαγράφηκε.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλύθηκε</translation>
    </message>
    <message>
        <source>Unread.</source>
        <translation>Μη αναγνωσμένο.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Επιλύθηκε.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Σχόλια</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Ανοιχτά νήματα</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Όλα τα νήματα</translation>
    </message>
    <message>
        <source>Which threads</source>
        <translation>Ποια νήματα</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Αυτή η ενότητα</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Ολόκληρο το σχέδιο</translation>
    </message>
    <message>
        <source>Threads of</source>
        <translation>Εύρος νημάτων</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>Νήματα σχολίων</translation>
    </message>
    <message>
        <source>Each thread with its replies below it; choosing one shows its place in the plan. F2 edits your comment, Delete deletes it.</source>
        <translation>Κάθε νήμα με τις απαντήσεις του από κάτω· η επιλογή ενός νήματος εμφανίζει τη θέση του στο σχέδιο. Το F2 επεξεργάζεται το σχόλιό σας, το Delete το διαγράφει.</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Κανένα σχόλιο</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Σχόλιο…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section (Ctrl+Alt+M)</source>
        <translation>Σχολιασμός του επιλεγμένου αποσπάσματος, της επιλεγμένης δράσης ή αυτής της ενότητας (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Απάντηση…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Επίλυση</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Διαγραφή…</translation>
    </message>
    <message>
        <source>No comments on this section yet.</source>
        <translation>Δεν υπάρχουν ακόμη σχόλια σε αυτή την ενότητα.</translation>
    </message>
    <message>
        <source>No comments on this plan yet.</source>
        <translation>Δεν υπάρχουν ακόμη σχόλια σε αυτό το σχέδιο.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Επανάνοιγμα</translation>
    </message>
</context>
<context>
    <name>CommentsUi</name>
    <message>
        <source>&amp;Add comment…</source>
        <translation>&amp;Προσθήκη σχολίου…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section</source>
        <translation>Σχολιασμός του επιλεγμένου αποσπάσματος, της επιλεγμένης δράσης ή αυτής της ενότητας</translation>
    </message>
    <message>
        <source>Comment on this &amp;passage…</source>
        <translation>Σχολιασμός αυτού του &amp;αποσπάσματος…</translation>
    </message>
    <message>
        <source>Comment on this &amp;section…</source>
        <translation>Σχολιασμός αυτής της &amp;ενότητας…</translation>
    </message>
    <message>
        <source>Comment on the whole p&amp;lan…</source>
        <translation>Σχολιασμός ολόκληρου του &amp;σχεδίου…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Απάντηση…</translation>
    </message>
    <message>
        <source>&amp;Edit my comment…</source>
        <translation>Επε&amp;ξεργασία του σχολίου μου…</translation>
    </message>
    <message>
        <source>&amp;Delete my comment…</source>
        <translation>&amp;Διαγραφή του σχολίου μου…</translation>
    </message>
    <message>
        <source>Resol&amp;ve or reopen the thread</source>
        <translation>Επίλυση ή επανάνοιγμα του &amp;νήματος</translation>
    </message>
    <message>
        <source>&amp;Go to the comments</source>
        <translation>&amp;Μετάβαση στα σχόλια</translation>
    </message>
    <message>
        <source>S&amp;how the comments panel</source>
        <translation>Εμ&amp;φάνιση του πλαισίου σχολίων</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>Σχό&amp;λια</translation>
    </message>
    <message>
        <source>Your comment on the whole plan:</source>
        <translation>Το σχόλιό σας για ολόκληρο το σχέδιο:</translation>
    </message>
    <message>
        <source>Your comment on action {0}:</source>
        <translation>Το σχόλιό σας για τη δράση {0}:</translation>
    </message>
    <message>
        <source>Your comment on section {0}:</source>
        <translation>Το σχόλιό σας για την ενότητα {0}:</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Νέο σχόλιο</translation>
    </message>
    <message>
        <source>Your comment on the passage “{0}”:</source>
        <translation>Το σχόλιό σας για το απόσπασμα «{0}»:</translation>
    </message>
    <message>
        <source>Comment on this passage</source>
        <translation>Σχολιασμός αυτού του αποσπάσματος</translation>
    </message>
    <message>
        <source>Your reply to {0}: “{1}”</source>
        <translation>Η απάντησή σας προς {0}: «{1}»</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Απάντηση</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Επεξεργασία σχολίου</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Το σχόλιό σας:</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Διαγραφή σχολίου</translation>
    </message>
    <message>
        <source>Delete your comment “{0}”? Replies to it stay.</source>
        <translation>Θέλετε να διαγράψετε το σχόλιό σας «{0}»; Οι απαντήσεις σε αυτό θα παραμείνουν.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Place in the list</source>
        <translation>Θέση στη λίστα</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Δράση</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Τίτλος σχεδίου</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Κατάσταση σχεδίου</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Γλώσσα του σχεδίου</translation>
    </message>
    <message>
        <source>Plan deletion</source>
        <translation>Διαγραφή του σχεδίου</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Διενέξεις προς επίλυση</translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation>Δεν υπάρχουν διενέξεις προς επίλυση.</translation>
    </message>
    <message>
        <source>Base: the text both sides started from</source>
        <translation>Βάση: το κείμενο από το οποίο ξεκίνησαν και οι δύο πλευρές</translation>
    </message>
    <message>
        <source>Mine: your version</source>
        <translation>Η εκδοχή σας: το κείμενο όπως το αλλάξατε εσείς</translation>
    </message>
    <message>
        <source>Theirs: the version on the server</source>
        <translation>Εκδοχή του διακομιστή: το κείμενο όπως το άλλαξαν άλλοι, στον διακομιστή</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Συγχωνευμένο κείμενο</translation>
    </message>
    <message>
        <source>Merg&amp;ed text (edit it, then use it):</source>
        <translation>&amp;Συγχωνευμένο κείμενο (επεξεργαστείτε το και έπειτα χρησιμοποιήστε το):</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Διατήρηση της &amp;δικής σας εκδοχής</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Διατήρηση της εκδοχής του δια&amp;κομιστή</translation>
    </message>
    <message>
        <source>&amp;Use the merged text</source>
        <translation>&amp;Χρήση του συγχωνευμένου κειμένου</translation>
    </message>
    <message>
        <source>&amp;Restore it with my edit</source>
        <translation>&amp;Επαναφορά με την αλλαγή σας</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Βάση</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Η εκδοχή σας</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Εκδοχή του διακομιστή</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>&amp;Απόρριψη της αλλαγής σας</translation>
    </message>
    <message>
        <source>{0}
This was deleted on the server while you edited it. Your edit is kept here: restore it with your edit, or discard the edit.</source>
        <translation>{0}
Αυτό διαγράφηκε στον διακομιστή ενώ το επεξεργαζόσασταν. Η αλλαγή σας διατηρείται εδώ: επαναφέρετέ το μαζί με την αλλαγή σας ή απορρίψτε την αλλαγή.</translation>
    </message>
    <message>
        <source>{0}
The server did not accept your edit: {1}
Your text is kept here so that you can copy it.</source>
        <translation>{0}
Ο διακομιστής δεν αποδέχθηκε την αλλαγή σας: {1}
Το κείμενό σας διατηρείται εδώ, ώστε να μπορείτε να το αντιγράψετε.</translation>
    </message>
    <message>
        <source>{0}
You and someone else changed the same passage. Keep one version, or edit a merge of both.</source>
        <translation>{0}
Εσείς και κάποιος άλλος αλλάξατε το ίδιο απόσπασμα. Κρατήστε μία από τις δύο εκδοχές ή επεξεργαστείτε μια συγχώνευσή τους.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… %n αμετάβλητη παράγραφος …</numerusform>
            <numerusform>… %n αμετάβλητες παράγραφοι …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>This workspace was written by a newer version of IncluCities. Please install that version; the workspace has not been changed.</source>
        <translation>Αυτός ο χώρος εργασίας δημιουργήθηκε με νεότερη έκδοση του IncluCities. Παρακαλούμε εγκαταστήστε εκείνη την έκδοση· ο χώρος εργασίας δεν έχει αλλάξει.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not an IncluCities workspace. It has not been changed: restore it from a backup or choose another folder.</source>
        <translation>Το αρχείο του χώρου εργασίας είναι κατεστραμμένο ή δεν είναι χώρος εργασίας του IncluCities. Δεν έχει αλλάξει: επαναφέρετέ το από αντίγραφο ασφαλείας ή επιλέξτε άλλον φάκελο.</translation>
    </message>
    <message>
        <source>This folder cannot be used as a workspace (the details say why). Nothing has been changed: choose another folder.</source>
        <translation>Αυτός ο φάκελος δεν μπορεί να χρησιμοποιηθεί ως χώρος εργασίας (οι λεπτομέρειες εξηγούν τον λόγο). Δεν άλλαξε τίποτα: επιλέξτε άλλον φάκελο.</translation>
    </message>
    <message>
        <source>IncluCities</source>
        <translation>IncluCities</translation>
    </message>
    <message>
        <source>The workspace could not be written: {0}

Your last change is kept in memory; free some disk space and try again.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή στον χώρο εργασίας: {0}

Η τελευταία σας αλλαγή διατηρείται στη μνήμη· ελευθερώστε χώρο στον δίσκο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Απρόσμενο σφάλμα</translation>
    </message>
    <message>
        <source>Something went wrong that IncluCities did not expect. Your saved work is safe. If it happens again, please send the log file to your coordinator.</source>
        <translation>Παρουσιάστηκε ένα πρόβλημα που δεν αναμενόταν από το IncluCities. Η αποθηκευμένη εργασία σας είναι ασφαλής. Αν συμβεί ξανά, παρακαλούμε στείλτε το αρχείο καταγραφής στον συντονιστή σας.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>Εξαγωγή σε Word</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>Include mentors&apos; &amp;comments as Word comments</source>
        <translation>Συμπερίληψη των &amp;σχολίων των μεντόρων ως σχολίων του Word</translation>
    </message>
    <message>
        <source>Each comment thread of the plan, replies included, beside the passage or heading it is about</source>
        <translation>Κάθε νήμα σχολίων του σχεδίου, μαζί με τις απαντήσεις, δίπλα στο απόσπασμα ή στην επικεφαλίδα που αφορά</translation>
    </message>
    <message>
        <source>Add the review &amp;log as an appendix</source>
        <translation>Προσθήκη του &amp;ιστορικού αξιολόγησης ως παραρτήματος</translation>
    </message>
    <message>
        <source>Every review step of the plan: who, when, and the note they wrote</source>
        <translation>Κάθε βήμα αξιολόγησης του σχεδίου: ποιος, πότε και η σημείωση που έγραψε</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Αρχείο:</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Έγγραφα Word (*.docx)</translation>
    </message>
    <message>
        <source>Please give a file name ending in .docx.</source>
        <translation>Παρακαλούμε δώστε ένα όνομα αρχείου που τελειώνει σε .docx.</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it?</source>
        <translation>Το {0} υπάρχει ήδη. Θέλετε να αντικατασταθεί;</translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Εξαγωγή σε Word…</translation>
    </message>
    <message>
        <source>Export se&amp;veral plans…</source>
        <translation>Εξαγωγή πολλών &amp;σχεδίων…</translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Formatting</source>
        <translation>Μορφοποίηση</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Στυλ παραγράφου</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Παράγραφος</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Επικεφαλίδα 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Επικεφαλίδα 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Επικεφαλίδα 3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Έντονα</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Πλάγια</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Λίστα με κουκκίδες</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Αριθμημένη λίστα</translation>
    </message>
    <message>
        <source>Decrease list level</source>
        <translation>Μείωση επιπέδου λίστας</translation>
    </message>
    <message>
        <source>Increase list level</source>
        <translation>Αύξηση επιπέδου λίστας</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Σύνδεσμος…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Σύνδ.</translation>
    </message>
    <message>
        <source>Insert table…</source>
        <translation>Εισαγωγή πίνακα…</translation>
    </message>
    <message>
        <source>Add table row</source>
        <translation>Προσθήκη γραμμής πίνακα</translation>
    </message>
    <message>
        <source>Remove table row</source>
        <translation>Αφαίρεση γραμμής πίνακα</translation>
    </message>
    <message>
        <source>Add table column</source>
        <translation>Προσθήκη στήλης πίνακα</translation>
    </message>
    <message>
        <source>Remove table column</source>
        <translation>Αφαίρεση στήλης πίνακα</translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Εκδόσεις…</translation>
    </message>
    <message>
        <source>Versions of the plan, and what changed since each</source>
        <translation>Οι εκδόσεις του σχεδίου και τι άλλαξε από την καθεμία</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>&amp;Ονομασία αυτής της έκδοσης…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Ιστορικό</translation>
    </message>
    <message>
        <source>Open a plan first.</source>
        <translation>Ανοίξτε πρώτα ένα σχέδιο.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) restored; the next sync sends them.</source>
        <translation>
            <numerusform>Επαναφέρθηκε %n αλλαγή· θα αποσταλεί με τον επόμενο συγχρονισμό.</numerusform>
            <numerusform>Επαναφέρθηκαν %n αλλαγές· θα αποσταλούν με τον επόμενο συγχρονισμό.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version “{0}” named; the next sync sends it.</source>
        <translation>Η έκδοση «{0}» ονομάστηκε· θα αποσταλεί με τον επόμενο συγχρονισμό.</translation>
    </message>
    <message>
        <source>Name this version</source>
        <translation>Ονομασία αυτής της έκδοσης</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Προσχέδιο</translation>
    </message>
    <message>
        <source>Submitted for mentor review</source>
        <translation>Υποβλήθηκε για αξιολόγηση από τον μέντορα</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Ζητήθηκαν αλλαγές</translation>
    </message>
    <message>
        <source>Endorsed by mentor</source>
        <translation>Εγκρίθηκε από τον μέντορα</translation>
    </message>
    <message>
        <source>Submitted to coordinator</source>
        <translation>Υποβλήθηκε στον συντονιστή</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Εγκρίθηκε οριστικά</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Δεν έχει ξεκινήσει</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Συντάχθηκε</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Σύνδεσμος</translation>
    </message>
    <message>
        <source>Text of the link</source>
        <translation>Κείμενο του συνδέσμου</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Διεύθυνση ιστού</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Κείμενο:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Διεύθυνση:</translation>
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
        <translation>Σχέδια</translation>
    </message>
    <message>
        <source>Filter plans</source>
        <translation>Φιλτράρισμα σχεδίων</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Νέο σχέδιο…</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Σχέδια</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Κατάσταση αποθήκευσης</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Νέο σχέδιο…</translation>
    </message>
    <message>
        <source>Add the &amp;sample plans</source>
        <translation>&amp;Προσθήκη των σχεδίων-παραδειγμάτων</translation>
    </message>
    <message>
        <source>Move plan to &amp;trash</source>
        <translation>&amp;Μετακίνηση σχεδίου στον κάδο</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>&amp;Κάδος απορριμμάτων…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Επανάληψη</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Προτιμήσεις…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>&amp;Επόμενη ενότητα</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>&amp;Προηγούμενη ενότητα</translation>
    </message>
    <message>
        <source>Go to the plan &amp;list</source>
        <translation>Μετάβαση στη &amp;λίστα σχεδίων</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Μετάβαση</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Σ&amp;υντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>&amp;About IncluCities</source>
        <translation>&amp;Σχετικά με το IncluCities</translation>
    </message>
    <message>
        <source>{0} — IncluCities</source>
        <translation>{0} — IncluCities</translation>
    </message>
    <message>
        <source>Adding the sample plans…</source>
        <translation>Προσθήκη των σχεδίων-παραδειγμάτων…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample plan(s) added</source>
        <translation>
            <numerusform>Προστέθηκε %n σχέδιο-παράδειγμα</numerusform>
            <numerusform>Προστέθηκαν %n σχέδια-παραδείγματα</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is in the trash; File → Trash… puts it back.</source>
        <translation>Το σχέδιο βρίσκεται στον κάδο· μπορείτε να το επαναφέρετε από Αρχείο → Κάδος απορριμμάτων….</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Οι προτιμήσεις αποθηκεύτηκαν</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Όλες οι αλλαγές αποθηκεύτηκαν</translation>
    </message>
</context>
<context>
    <name>MainWindowDescriptions</name>
    <message>
        <source>Every plan of this workspace; the chosen one opens beside the list. Ctrl+L comes back here.</source>
        <translation>Όλα τα σχέδια αυτού του χώρου εργασίας· το επιλεγμένο ανοίγει δίπλα στη λίστα. Το Ctrl+L επιστρέφει εδώ.</translation>
    </message>
    <message>
        <source>Shows only the plans whose title, city or status contains these words</source>
        <translation>Εμφανίζει μόνο τα σχέδια των οποίων ο τίτλος, ο δήμος ή η κατάσταση περιέχει αυτές τις λέξεις</translation>
    </message>
    <message>
        <source>Create an action plan for a city</source>
        <translation>Δημιουργία σχεδίου δράσης για έναν δήμο</translation>
    </message>
    <message>
        <source>Whether every change has been written to the workspace</source>
        <translation>Δείχνει αν όλες οι αλλαγές έχουν εγγραφεί στον χώρο εργασίας</translation>
    </message>
</context>
<context>
    <name>MonthEdit</name>
    <message>
        <source>Month and year; Delete empties the field</source>
        <translation>Μήνας και έτος· το πλήκτρο Delete αδειάζει το πεδίο</translation>
    </message>
</context>
<context>
    <name>NameVersionDialog</name>
    <message>
        <source>Name this version</source>
        <translation>Ονομασία αυτής της έκδοσης</translation>
    </message>
    <message>
        <source>Keep “{0}” as it is now under a name, e.g. “Before the second study visit”. The server keeps it from the next sync on.</source>
        <translation>Το «{0}» θα διατηρηθεί όπως είναι τώρα με ένα όνομα, π.χ. «Πριν από τη δεύτερη επίσκεψη μελέτης». Ο διακομιστής θα το φυλάσσει από τον επόμενο συγχρονισμό και μετά.</translation>
    </message>
    <message>
        <source>Version name</source>
        <translation>Όνομα έκδοσης</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>Ονομασία</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
</context>
<context>
    <name>NestedTableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Προσθήκη γραμμής</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Αφαίρεση γραμμής</translation>
    </message>
    <message>
        <source>Add a row to “{0}”</source>
        <translation>Προσθήκη γραμμής στο «{0}»</translation>
    </message>
    <message>
        <source>Remove the selected rows of “{0}”</source>
        <translation>Αφαίρεση των επιλεγμένων γραμμών από το «{0}»</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New action plan</source>
        <translation>Νέο σχέδιο δράσης</translation>
    </message>
    <message>
        <source>Choose or type your city</source>
        <translation>Επιλέξτε ή πληκτρολογήστε τον δήμο σας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Δήμος</translation>
    </message>
    <message>
        <source>e.g. Local action plan for inclusion 2026-2028</source>
        <translation>π.χ. Τοπικό σχέδιο δράσης για την ένταξη 2026-2028</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Τίτλος</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Γλώσσα του σχεδίου</translation>
    </message>
    <message>
        <source>IncluCities action plan, version {0}</source>
        <translation>Σχέδιο δράσης IncluCities, έκδοση {0}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Πρότυπο</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Δήμος:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Τίτλος:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Πρότυπο:</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Δημιουργία σχεδίου</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Coordinator overview</source>
        <translation>Επισκόπηση συντονιστή</translation>
    </message>
    <message>
        <source>Plan or city</source>
        <translation>Σχέδιο ή δήμος</translation>
    </message>
    <message>
        <source>Filter plans by text</source>
        <translation>Φιλτράρισμα σχεδίων κατά κείμενο</translation>
    </message>
    <message>
        <source>Filter plans by status</source>
        <translation>Φιλτράρισμα σχεδίων κατά κατάσταση</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Όλες οι καταστάσεις</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Φίλτρο:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Σχέδια</translation>
    </message>
    <message>
        <source>One plan a row; a column header sorts, Enter opens the plan in the main window</source>
        <translation>Ένα σχέδιο ανά γραμμή· η κεφαλίδα μιας στήλης ταξινομεί, το Enter ανοίγει το σχέδιο στο κύριο παράθυρο</translation>
    </message>
    <message>
        <source>Every plan of the programme, where it stands in the review.</source>
        <translation>Όλα τα σχέδια του προγράμματος και σε ποιο στάδιο της αξιολόγησης βρίσκονται.</translation>
    </message>
    <message>
        <source>Every plan in this workspace, where it stands in the review.</source>
        <translation>Όλα τα σχέδια αυτού του χώρου εργασίας και σε ποιο στάδιο της αξιολόγησης βρίσκονται.</translation>
    </message>
    <message>
        <source>The plans you can read: your city&apos;s, and those your city mentors.</source>
        <translation>Τα σχέδια που μπορείτε να διαβάσετε: του δήμου σας και των δήμων στους οποίους ο δήμος σας είναι μέντορας.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) shown</source>
        <translation>
            <numerusform>Εμφανίζεται %n σχέδιο</numerusform>
            <numerusform>Εμφανίζονται %n σχέδια</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Plan</source>
        <translation>Σχέδιο</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Δήμος</translation>
    </message>
    <message>
        <source>Mentor city</source>
        <translation>Δήμος-μέντορας</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Drafted sections</source>
        <translation>Συνταγμένες ενότητες</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Ανοιχτά σχόλια</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Μη αναγνωσμένα</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Τελευταία αλλαγή</translation>
    </message>
    <message>
        <source>Sections drafted out of the template&apos;s sections</source>
        <translation>Ενότητες που έχουν συνταχθεί, από το σύνολο των ενοτήτων του προτύπου</translation>
    </message>
    <message>
        <source>{0} of {1} sections drafted, {2} started</source>
        <translation>Έχουν συνταχθεί {0} από {1} ενότητες, {2} σε εξέλιξη</translation>
    </message>
    <message>
        <source>A review step of this plan waits for the next sync</source>
        <translation>Ένα βήμα αξιολόγησης αυτού του σχεδίου αναμένει τον επόμενο συγχρονισμό</translation>
    </message>
    <message>
        <source>{0} (step waits for sync)</source>
        <translation>{0} (βήμα σε αναμονή συγχρονισμού)</translation>
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
        <translation>Μετονομασία σχεδίου</translation>
    </message>
</context>
<context>
    <name>PlanExportFlow</name>
    <message>
        <source>Writing {0}…</source>
        <translation>Εγγραφή του {0}…</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Εξαγωγή σε Word</translation>
    </message>
    <message>
        <source>The plan was exported to {0}.</source>
        <translation>Το σχέδιο εξήχθη στο {0}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Εμφάνιση φακέλου</translation>
    </message>
    <message>
        <source>The plan could not be exported: {0}</source>
        <translation>Δεν ήταν δυνατή η εξαγωγή του σχεδίου: {0}</translation>
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
Δήμος: {1}
Γλώσσα: {2}
Κατάσταση: {3}
Τελευταία αλλαγή: {4}</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n νέο σχόλιο</numerusform>
            <numerusform>%n νέα σχόλια</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan title</source>
        <translation>Τίτλος σχεδίου</translation>
    </message>
    <message>
        <source>A change of title can be undone</source>
        <translation>Μια αλλαγή του τίτλου μπορεί να αναιρεθεί</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Στοιχεία σχεδίου</translation>
    </message>
    <message>
        <source>Sections of the plan</source>
        <translation>Ενότητες του σχεδίου</translation>
    </message>
    <message>
        <source>Each section with how far it is drafted; Ctrl+Page Down and Ctrl+Page Up move between sections from anywhere in the plan</source>
        <translation>Κάθε ενότητα με το πόσο έχει συνταχθεί· τα Ctrl+Page Down και Ctrl+Page Up μετακινούν μεταξύ ενοτήτων από οποιοδήποτε σημείο του σχεδίου</translation>
    </message>
    <message>
        <source>mentor city: {0}</source>
        <translation>δήμος-μέντορας: {0}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation>Ειδοποίηση: μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>This plan is approved and read-only until a coordinator reopens it.</source>
        <translation>Αυτό το σχέδιο έχει εγκριθεί οριστικά και είναι μόνο για ανάγνωση, μέχρι να το ανοίξει εκ νέου ένας συντονιστής.</translation>
    </message>
    <message>
        <source>You are reading {0}&apos;s plan as its mentor: you can comment but not change it.</source>
        <translation>Διαβάζετε το σχέδιο του δήμου {0} ως μέντορας: μπορείτε να το σχολιάσετε, αλλά όχι να το αλλάξετε.</translation>
    </message>
    <message>
        <source>You are reading this plan as a coordinator: you can comment but not change it.</source>
        <translation>Διαβάζετε αυτό το σχέδιο ως συντονιστής: μπορείτε να το σχολιάσετε, αλλά όχι να το αλλάξετε.</translation>
    </message>
    <message>
        <source>You can read this plan but not change it.</source>
        <translation>Μπορείτε να διαβάσετε αυτό το σχέδιο, αλλά όχι να το αλλάξετε.</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <source>New language</source>
        <translation>Νέα γλώσσα</translation>
    </message>
    <message>
        <source>IncluCities uses the new language from its next start. Restart now? Your work is saved first.</source>
        <translation>Το IncluCities θα χρησιμοποιεί τη νέα γλώσσα από την επόμενη εκκίνηση. Θέλετε να γίνει επανεκκίνηση τώρα; Η εργασία σας αποθηκεύεται πρώτα.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Επανεκκίνηση τώρα</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Αργότερα</translation>
    </message>
</context>
<context>
    <name>RestoreWords</name>
    <message numerus="yes">
        <source>This makes %n edit(s); the next sync sends them like any other. To keep the plan as it is now among the versions, name this version first.</source>
        <translation>
            <numerusform>Αυτό θα δημιουργήσει %n αλλαγή· ο επόμενος συγχρονισμός θα την αποστείλει όπως κάθε άλλη. Για να διατηρηθεί το σχέδιο όπως είναι τώρα στις εκδόσεις, δώστε πρώτα όνομα σε αυτή την έκδοση.</numerusform>
            <numerusform>Αυτό θα δημιουργήσει %n αλλαγές· ο επόμενος συγχρονισμός θα τις αποστείλει όπως κάθε άλλη. Για να διατηρηθεί το σχέδιο όπως είναι τώρα στις εκδόσεις, δώστε πρώτα όνομα σε αυτή την έκδοση.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>&amp;Submit to mentor…</source>
        <translation>&amp;Υποβολή στον μέντορα…</translation>
    </message>
    <message>
        <source>&amp;Endorse…</source>
        <translation>Έ&amp;γκριση…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>&amp;Αίτημα αλλαγών…</translation>
    </message>
    <message>
        <source>Submit to coor&amp;dinator…</source>
        <translation>Υποβολή στον &amp;συντονιστή…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Οριστική έγκριση…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Επανάνοιγμα…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Υποβολή</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Έγκριση</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Αίτημα αλλαγών</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Οριστική έγκριση</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Επανάνοιγμα</translation>
    </message>
    <message>
        <source>The plan goes to the mentor city for review. The mentor endorses it or asks for changes.</source>
        <translation>Το σχέδιο αποστέλλεται στον δήμο-μέντορα για αξιολόγηση. Ο μέντορας το εγκρίνει ή ζητά αλλαγές.</translation>
    </message>
    <message>
        <source>You endorse the plan as its mentor; its city may then submit it to the coordinator.</source>
        <translation>Εγκρίνετε το σχέδιο ως μέντορας· στη συνέχεια ο δήμος του μπορεί να το υποβάλει στον συντονιστή.</translation>
    </message>
    <message>
        <source>The plan goes back to its city with your note saying what should change.</source>
        <translation>Το σχέδιο επιστρέφει στον δήμο του μαζί με τη σημείωσή σας για το τι πρέπει να αλλάξει.</translation>
    </message>
    <message>
        <source>The endorsed plan goes to the programme&apos;s coordinator for approval.</source>
        <translation>Το σχέδιο, εγκεκριμένο από τον μέντορα, αποστέλλεται στον συντονιστή του προγράμματος για οριστική έγκριση.</translation>
    </message>
    <message>
        <source>The plan is approved and becomes read-only until a coordinator reopens it.</source>
        <translation>Το σχέδιο εγκρίνεται οριστικά και γίνεται μόνο για ανάγνωση, μέχρι να το ανοίξει εκ νέου ένας συντονιστής.</translation>
    </message>
    <message>
        <source>The approved plan becomes a draft again, so its city can change it.</source>
        <translation>Το οριστικά εγκεκριμένο σχέδιο γίνεται ξανά προσχέδιο, ώστε ο δήμος του να μπορεί να το αλλάξει.</translation>
    </message>
    <message>
        <source>Submitted to the mentor</source>
        <translation>Υποβλήθηκε στον μέντορα</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Εγκρίθηκε από τον μέντορα</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Ζητήθηκαν αλλαγές</translation>
    </message>
    <message>
        <source>Submitted to the coordinator</source>
        <translation>Υποβλήθηκε στον συντονιστή</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Εγκρίθηκε οριστικά</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Άνοιξε εκ νέου</translation>
    </message>
    <message>
        <source>Changed after endorsement: back to the mentor</source>
        <translation>Άλλαξε μετά την έγκριση: επιστρέφει στον μέντορα</translation>
    </message>
</context>
<context>
    <name>ReviewStepDialog</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — τώρα: {1}</translation>
    </message>
    <message>
        <source>The step is sent with the next sync; the server records who took it and when.</source>
        <translation>Το βήμα αποστέλλεται με τον επόμενο συγχρονισμό· ο διακομιστής καταγράφει ποιος το πραγματοποίησε και πότε.</translation>
    </message>
    <message>
        <source>Not signed in: the step waits until you sign in and sync.</source>
        <translation>Δεν έχετε συνδεθεί: το βήμα θα περιμένει μέχρι να συνδεθείτε και να γίνει συγχρονισμός.</translation>
    </message>
    <message>
        <source>&amp;Note for the others (required):</source>
        <translation>&amp;Σημείωση για τους άλλους (υποχρεωτική):</translation>
    </message>
    <message>
        <source>&amp;Note for the others (optional):</source>
        <translation>&amp;Σημείωση για τους άλλους (προαιρετική):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>What should change, and why</source>
        <translation>Τι πρέπει να αλλάξει και γιατί</translation>
    </message>
    <message>
        <source>A word for the mentor, the city or the coordinator</source>
        <translation>Λίγα λόγια για τον μέντορα, τον δήμο ή τον συντονιστή</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineDialog</name>
    <message>
        <source>Review history</source>
        <translation>Ιστορικό αξιολόγησης</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>Βήματα αξιολόγησης</translation>
    </message>
    <message>
        <source>The plan&apos;s review steps, oldest first: the step, the change of status, who, when and their note</source>
        <translation>Τα βήματα αξιολόγησης του σχεδίου, από το παλαιότερο: το βήμα, η αλλαγή κατάστασης, ποιος, πότε και η σημείωσή του</translation>
    </message>
    <message>
        <source>No review step yet: the plan is a draft that was never submitted.</source>
        <translation>Δεν υπάρχει ακόμη βήμα αξιολόγησης: το σχέδιο είναι προσχέδιο που δεν έχει υποβληθεί ποτέ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — τώρα: {1}</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineModel</name>
    <message>
        <source>Step</source>
        <translation>Βήμα</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ποιος</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Refused by the server: {0}</source>
        <translation>Απορρίφθηκε από τον διακομιστή: {0}</translation>
    </message>
    <message>
        <source>Waits for sync</source>
        <translation>Αναμένει συγχρονισμό</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>δεν πραγματοποιήθηκε</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>αναμένει συγχρονισμό</translation>
    </message>
</context>
<context>
    <name>ReviewUi</name>
    <message>
        <source>&amp;Review</source>
        <translation>Α&amp;ξιολόγηση</translation>
    </message>
    <message>
        <source>Review &amp;history…</source>
        <translation>&amp;Ιστορικό αξιολόγησης…</translation>
    </message>
    <message>
        <source>Coordinator &amp;overview…</source>
        <translation>Επισκό&amp;πηση συντονιστή…</translation>
    </message>
    <message>
        <source>Every plan you can read, where it stands in the review (Ctrl+Shift+O)</source>
        <translation>Όλα τα σχέδια που μπορείτε να διαβάσετε και σε ποιο στάδιο της αξιολόγησης βρίσκονται (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;No plan is open</source>
        <translation>&amp;Κανένα σχέδιο δεν είναι ανοιχτό</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: sign &amp;in…</source>
        <translation>Το βήμα «{0}» αναμένει συγχρονισμό: σύν&amp;δεση…</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: &amp;sync now</source>
        <translation>Το βήμα «{0}» αναμένει συγχρονισμό: συγχρονισμός &amp;τώρα</translation>
    </message>
    <message>
        <source>Review steps go through the server: sign &amp;in…</source>
        <translation>Τα βήματα αξιολόγησης γίνονται μέσω του διακομιστή: σύν&amp;δεση…</translation>
    </message>
    <message>
        <source>&amp;No review step is yours to take now</source>
        <translation>&amp;Κανένα βήμα αξιολόγησης δεν εκκρεμεί από εσάς τώρα</translation>
    </message>
    <message>
        <source>“{0}” is recorded and goes to the server with the next sync.</source>
        <translation>Το βήμα «{0}» καταγράφηκε και θα αποσταλεί στον διακομιστή με τον επόμενο συγχρονισμό.</translation>
    </message>
    <message>
        <source>This review step cannot be taken.</source>
        <translation>Αυτό το βήμα αξιολόγησης δεν μπορεί να πραγματοποιηθεί.</translation>
    </message>
    <message>
        <source>Review step not taken</source>
        <translation>Το βήμα αξιολόγησης δεν πραγματοποιήθηκε</translation>
    </message>
    <message>
        <source>The server refused the step “{0}”.</source>
        <translation>Ο διακομιστής απέρριψε το βήμα «{0}».</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all plans</source>
        <translation>Αναζήτηση σε όλα τα σχέδια</translation>
    </message>
    <message>
        <source>Words to find in every plan…</source>
        <translation>Λέξεις προς αναζήτηση σε κάθε σχέδιο…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Κείμενο αναζήτησης</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n αποτέλεσμα</numerusform>
            <numerusform>%n αποτελέσματα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchUi</name>
    <message>
        <source>&amp;Search all plans…</source>
        <translation>Ανα&amp;ζήτηση σε όλα τα σχέδια…</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>μια δράση</translation>
    </message>
    <message>
        <source>the plan&apos;s title</source>
        <translation>ο τίτλος του σχεδίου</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Typing</source>
        <translation>Πληκτρολόγηση</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Κείμενο της ενότητας</translation>
    </message>
    <message>
        <source>Saved as you type; Tab indents a list, Ctrl+Tab leaves the text</source>
        <translation>Αποθηκεύεται καθώς πληκτρολογείτε· το Tab δημιουργεί εσοχή σε λίστα, το Ctrl+Tab βγαίνει από το κείμενο</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Όπως το σύστημα ({0})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Γλώσσα περιβάλλοντος</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages, and how dates and amounts are written</source>
        <translation>Η γλώσσα των μενού, των παραθύρων διαλόγου και των μηνυμάτων, καθώς και η μορφή ημερομηνιών και ποσών</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Όπως το σύστημα</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ανοιχτά</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Σκούρα</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Χρώματα</translation>
    </message>
    <message>
        <source>Light or dark window colours</source>
        <translation>Ανοιχτά ή σκούρα χρώματα παραθύρων</translation>
    </message>
    <message>
        <source>A new language is used from the next start of IncluCities. Colours change at once.</source>
        <translation>Μια νέα γλώσσα εφαρμόζεται από την επόμενη εκκίνηση του IncluCities. Τα χρώματα αλλάζουν αμέσως.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Χρώματα:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Εντολή</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Πού</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, with its keys. Tab moves between areas of the window, Ctrl+Tab out of a text or a table; Alt with the underlined letter opens a menu.</source>
        <translation>Όλες οι εντολές που διαθέτουν συντόμευση, με τα πλήκτρα τους. Το Tab μετακινεί την εστίαση μεταξύ των περιοχών του παραθύρου, το Ctrl+Tab έξω από ένα κείμενο ή έναν πίνακα· το Alt με το υπογραμμισμένο γράμμα ανοίγει ένα μενού.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the IncluCities server</source>
        <translation>Σύνδεση στον διακομιστή του IncluCities</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Διεύθυνση διακομιστή</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>Sign in with the account your coordinator gave you. Your plans stay on this computer and are synced with the server whenever it can be reached.</source>
        <translation>Συνδεθείτε με τον λογαριασμό που σας έδωσε ο συντονιστής σας. Τα σχέδιά σας παραμένουν σε αυτόν τον υπολογιστή και συγχρονίζονται με τον διακομιστή όποτε αυτός είναι διαθέσιμος.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Πρόβλημα σύνδεσης</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Διακομιστής:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>Πιστοποιητικά αρχής πιστοποίησης</translation>
    </message>
    <message>
        <source>Only if your IT department gave you one</source>
        <translation>Μόνο αν σας το έδωσε η υπηρεσία πληροφορικής σας</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Αναζήτηση…</translation>
    </message>
    <message>
        <source>Keep the sign-in in a plain &amp;file</source>
        <translation>&amp;Φύλαξη των στοιχείων σύνδεσης σε απλό αρχείο</translation>
    </message>
    <message>
        <source>This computer has no secure password store: anyone with access to your files could use a sign-in kept in a plain file.</source>
        <translation>Αυτός ο υπολογιστής δεν διαθέτει ασφαλή χώρο αποθήκευσης κωδικών: όποιος έχει πρόσβαση στα αρχεία σας θα μπορούσε να χρησιμοποιήσει στοιχεία σύνδεσης που φυλάσσονται σε απλό αρχείο.</translation>
    </message>
    <message>
        <source>&amp;Certificates (PEM):</source>
        <translation>Π&amp;ιστοποιητικά (PEM):</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Για &amp;προχωρημένους</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Πιστοποιητικά (*.pem *.crt *.cer);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Γίνεται σύνδεση…</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Review status</source>
        <translation>Κατάσταση αξιολόγησης</translation>
    </message>
    <message>
        <source>Where the plan stands in the review; the Review menu holds the next steps</source>
        <translation>Το στάδιο του σχεδίου στην αξιολόγηση· τα επόμενα βήματα βρίσκονται στο μενού Αξιολόγηση</translation>
    </message>
    <message>
        <source>{0} · a step waits for sync</source>
        <translation>{0} · ένα βήμα αναμένει συγχρονισμό</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Κατάσταση συγχρονισμού</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Πρόοδος συγχρονισμού</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n διένεξη</numerusform>
            <numerusform>%n διενέξεις</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the conflicts to resolve</source>
        <translation>Εμφάνιση των διενέξεων προς επίλυση</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Δεν έχετε συνδεθεί</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Ο συγχρονισμός απέτυχε</translation>
    </message>
    <message>
        <source>Syncing… {0} of {1}</source>
        <translation>Συγχρονισμός… {0} από {1}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Συγχρονίστηκε</translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Συγχρονίστηκε στις {0}</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <source>Send your changes and fetch the others&apos; (F5)</source>
        <translation>Αποστολή των αλλαγών σας και λήψη των αλλαγών των άλλων (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Σύ&amp;νδεση…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Αποσύνδεση</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Διενέξεις…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Σ&amp;υγχρονισμός</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Συγχρονισμός</translation>
    </message>
    <message>
        <source>The sample plans were removed from this workspace: they are for a first look and are never uploaded.</source>
        <translation>Τα σχέδια-παραδείγματα αφαιρέθηκαν από αυτόν τον χώρο εργασίας: προορίζονται μόνο για μια πρώτη γνωριμία και δεν αποστέλλονται ποτέ στον διακομιστή.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so you will be asked to sign in again next time.</source>
        <translation>Αυτός ο υπολογιστής δεν διαθέτει ασφαλή χώρο αποθήκευσης κωδικών, οπότε την επόμενη φορά θα σας ζητηθεί να συνδεθείτε ξανά.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Συνδεθήκατε</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Αποσύνδεση</translation>
    </message>
    <message>
        <source>Sign out of the server? Your plans stay on this computer, and changes you make are sent when you sign in again.</source>
        <translation>Θέλετε να αποσυνδεθείτε από τον διακομιστή; Τα σχέδιά σας παραμένουν σε αυτόν τον υπολογιστή και οι αλλαγές που κάνετε θα αποσταλούν όταν συνδεθείτε ξανά.</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Εισαγωγή πίνακα</translation>
    </message>
    <message>
        <source>Rows, with the header row</source>
        <translation>Γραμμές, μαζί με τη γραμμή κεφαλίδας</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Στήλες</translation>
    </message>
    <message>
        <source>&amp;Rows (with the header):</source>
        <translation>&amp;Γραμμές (μαζί με την κεφαλίδα):</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Στήλες:</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>Use a custom style template (.docx)</source>
        <translation>Χρήση προσαρμοσμένου προτύπου μορφοποίησης (.docx)</translation>
    </message>
    <message>
        <source>Style template</source>
        <translation>Πρότυπο μορφοποίησης</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Επιλογή…</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Έγγραφα Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Κάδος απορριμμάτων</translation>
    </message>
    <message>
        <source>Plans in the trash</source>
        <translation>Σχέδια στον κάδο</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Ο κάδος είναι άδειος.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Επαναφορά</translation>
    </message>
    <message>
        <source>Plans moved to the trash stay here until you restore them.</source>
        <translation>Τα σχέδια που μετακινούνται στον κάδο παραμένουν εδώ μέχρι να τα επαναφέρετε.</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>added</source>
        <translation>προστέθηκε</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>αφαιρέθηκε</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>τροποποιήθηκε</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>αμετάβλητη</translation>
    </message>
    <message>
        <source>Action without a title</source>
        <translation>Δράση χωρίς τίτλο</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Τίτλος σχεδίου</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Δεν υπάρχουν διαφορές.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Αμετάβλητη</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Δράσεις</translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Changed sections and actions</source>
        <translation>Ενότητες και δράσεις που άλλαξαν</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>&amp;Αλλαγές:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Διαφορές</translation>
    </message>
    <message>
        <source>Removed words are struck through, added words underlined</source>
        <translation>Οι λέξεις που αφαιρέθηκαν είναι διαγραμμένες, όσες προστέθηκαν είναι υπογραμμισμένες</translation>
    </message>
    <message>
        <source>Show &amp;unchanged sections and actions</source>
        <translation>Εμ&amp;φάνιση αμετάβλητων ενοτήτων και δράσεων</translation>
    </message>
    <message>
        <source>Restore this &amp;section</source>
        <translation>Επαναφορά αυτής της &amp;ενότητας</translation>
    </message>
    <message>
        <source>Restore this &amp;action</source>
        <translation>Επαναφορά αυτής της &amp;δράσης</translation>
    </message>
    <message>
        <source>Restore the &amp;whole plan…</source>
        <translation>Επαναφορά ολόκληρου του &amp;σχεδίου…</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Τίτλος σχεδίου</translation>
    </message>
</context>
<context>
    <name>VersionsWindow</name>
    <message>
        <source>Versions</source>
        <translation>Εκδόσεις</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Εκδόσεις του σχεδίου</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation>Ε&amp;κδόσεις, από τη νεότερη:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Σύγκριση με</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>&amp;Ονομασία αυτής της έκδοσης…</translation>
    </message>
    <message>
        <source>Fetching the version</source>
        <translation>Λήψη της έκδοσης</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Compare wi&amp;th:</source>
        <translation>Σύγκριση &amp;με:</translation>
    </message>
    <message>
        <source>Versions of {0}</source>
        <translation>Εκδόσεις του «{0}»</translation>
    </message>
    <message>
        <source>A version taken when the plan&apos;s status changed</source>
        <translation>Έκδοση που δημιουργήθηκε όταν άλλαξε η κατάσταση του σχεδίου</translation>
    </message>
    <message>
        <source>A version named by a person</source>
        <translation>Έκδοση στην οποία έδωσε όνομα ένας χρήστης</translation>
    </message>
    <message>
        <source>Now: the plan as it is here</source>
        <translation>Τώρα: το σχέδιο όπως είναι εδώ</translation>
    </message>
    <message>
        <source>This plan has no versions yet. A version is kept at every review step, and History → Name this version… keeps one now.</source>
        <translation>Αυτό το σχέδιο δεν έχει ακόμη εκδόσεις. Σε κάθε βήμα αξιολόγησης διατηρείται μια έκδοση, ενώ με Ιστορικό → Ονομασία αυτής της έκδοσης… διατηρείτε μία αμέσως.</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>αναμένει συγχρονισμό</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>This version waits for sync: the server keeps its content, so it can be compared once the next sync has sent it.</source>
        <translation>Αυτή η έκδοση αναμένει συγχρονισμό: ο διακομιστής φυλάσσει το περιεχόμενό της, οπότε θα μπορεί να συγκριθεί μόλις την αποστείλει ο επόμενος συγχρονισμός.</translation>
    </message>
    <message>
        <source>Fetching the version…</source>
        <translation>Λήψη της έκδοσης…</translation>
    </message>
    <message>
        <source>Compare with Now to restore from this version</source>
        <translation>Κάντε σύγκριση με το «Τώρα» για να επαναφέρετε από αυτή την έκδοση</translation>
    </message>
    <message>
        <source>This version is not on this computer yet, and the server cannot be reached. Connect to the network and choose it again.</source>
        <translation>Αυτή η έκδοση δεν βρίσκεται ακόμη σε αυτόν τον υπολογιστή και ο διακομιστής δεν είναι προσβάσιμος. Συνδεθείτε στο δίκτυο και επιλέξτε την ξανά.</translation>
    </message>
    <message>
        <source>This version is not on this computer yet. Sign in to the sync server (Sync → Sign in…) to fetch it.</source>
        <translation>Αυτή η έκδοση δεν βρίσκεται ακόμη σε αυτόν τον υπολογιστή. Συνδεθείτε στον διακομιστή συγχρονισμού (Συγχρονισμός → Σύνδεση…) για να τη λάβετε.</translation>
    </message>
    <message>
        <source>The version could not be opened: {0}</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα της έκδοσης: {0}</translation>
    </message>
    <message>
        <source>The version could not be compared: {0}</source>
        <translation>Δεν ήταν δυνατή η σύγκριση της έκδοσης: {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Επαναφορά</translation>
    </message>
    <message>
        <source>Put back the section “{0}” as it was in “{1}”?</source>
        <translation>Να επαναφερθεί η ενότητα «{0}» όπως ήταν στην έκδοση «{1}»;</translation>
    </message>
    <message>
        <source>Put back the action “{0}” as it was in “{1}”?</source>
        <translation>Να επαναφερθεί η δράση «{0}» όπως ήταν στην έκδοση «{1}»;</translation>
    </message>
    <message>
        <source>Put back the whole plan as it was in “{0}”?</source>
        <translation>Να επαναφερθεί ολόκληρο το σχέδιο όπως ήταν στην έκδοση «{0}»;</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to IncluCities</source>
        <translation>Καλώς ήρθατε στο IncluCities</translation>
    </message>
    <message>
        <source>Draft your city&apos;s action plan for the integration and inclusion of migrants, section by section and action by action. Everything is kept on this computer, so you can work without a network.</source>
        <translation>Συντάξτε το σχέδιο δράσης του δήμου σας για την ένταξη και την κοινωνική ενσωμάτωση των μεταναστών, ενότητα προς ενότητα και δράση προς δράση. Όλα φυλάσσονται σε αυτόν τον υπολογιστή, ώστε να μπορείτε να εργάζεστε και χωρίς δίκτυο.</translation>
    </message>
    <message>
        <source>Create a new plan…</source>
        <translation>Δημιουργία νέου σχεδίου…</translation>
    </message>
    <message>
        <source>Start an empty action plan for your city</source>
        <translation>Ξεκινήστε ένα κενό σχέδιο δράσης για τον δήμο σας</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Άνοιγμα του χώρου εργασίας-παραδείγματος</translation>
    </message>
    <message>
        <source>Add the eight IncluCities cities, their pairs and four partly drafted plans</source>
        <translation>Προσθήκη των οκτώ δήμων του IncluCities, των ζευγών τους και τεσσάρων εν μέρει συνταγμένων σχεδίων</translation>
    </message>
    <message>
        <source>The sample holds the eight IncluCities cities, their four mentor and mentee pairs, and a partly drafted plan for Partinico, Saint-Jean-de-la-Ruelle, Livadia and Jelgava, each in its own language.</source>
        <translation>Το παράδειγμα περιλαμβάνει τους οκτώ δήμους του IncluCities, τα τέσσερα ζεύγη μεντόρων και καθοδηγούμενων δήμων και ένα εν μέρει συνταγμένο σχέδιο για τις πόλεις Partinico, Saint-Jean-de-la-Ruelle, Λιβαδειά και Jelgava, το καθένα στη γλώσσα του.</translation>
    </message>
</context>
</TS>
