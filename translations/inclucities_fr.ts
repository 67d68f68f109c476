<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About IncluCities</source>
        <translation>À propos d&apos;IncluCities</translation>
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
        <translation>&lt;p&gt;Co-concevoir des plans d&apos;action locaux pour l&apos;intégration et l&apos;inclusion des personnes migrantes, même hors connexion.&lt;/p&gt;&lt;p&gt;IncluCities est piloté par le CCRE (CEMR) et financé par le Fonds « Asile, migration et intégration » de l&apos;Union européenne.&lt;/p&gt;&lt;p&gt;IncluCities Desktop est un logiciel libre distribué sous la Licence publique de l&apos;Union européenne (EUPL-1.2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Composants inclus et leurs licences</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Code source</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3. You may replace the Qt and PySide6 libraries in the installed folder with your own builds of the same version; the source code of both is available at the addresses in the table.</source>
        <translation>Qt et PySide6 sont utilisés selon les termes de la GNU Lesser General Public License, version 3. Vous pouvez remplacer les bibliothèques Qt et PySide6 du dossier d&apos;installation par vos propres compilations de la même version ; le code source des deux est disponible aux adresses indiquées dans le tableau.</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <source>Edit “{0}”</source>
        <translation>Modification de « {0} »</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajout d&apos;une action</translation>
    </message>
    <message>
        <source>Duplicate action</source>
        <translation>Duplication d&apos;une action</translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>Déplacement de l&apos;action vers le haut</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>Déplacement de l&apos;action vers le bas</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Suppression d&apos;une action</translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Select an action to see and edit all its fields.</source>
        <translation>Sélectionnez une action pour voir et modifier tous ses champs.</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>Détails de l&apos;action</translation>
    </message>
</context>
<context>
    <name>ActionValues</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Actions of the plan</source>
        <translation>Actions du plan</translation>
    </message>
    <message>
        <source>One row per action; Alt+Up and Alt+Down move the selected action, Ctrl+Tab goes on to its details</source>
        <translation>Une ligne par action ; Alt+Haut et Alt+Bas déplacent l&apos;action sélectionnée, Ctrl+Tab passe à ses détails</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action tools</source>
        <translation>Outils des actions</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an action after the selected one</source>
        <translation>Ajouter une action après celle sélectionnée</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected action</source>
        <translation>Dupliquer l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected action up</source>
        <translation>Monter l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected action down</source>
        <translation>Descendre l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected action (can be undone)</source>
        <translation>Supprimer l&apos;action sélectionnée (annulable)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation>Choisissez un dossier pour l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export several plans</source>
        <translation>Exporter plusieurs plans</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Plans to export</source>
        <translation>Plans à exporter</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Plans:</source>
        <translation>&amp;Plans :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>No plans have this status.</source>
        <translation>Aucun plan n&apos;a ce statut.</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <source>Tick at least one plan.</source>
        <translation>Cochez au moins un plan.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>{0} sur {1} : {2}</translation>
    </message>
    <message>
        <source>Stopping after the plans being written now…</source>
        <translation>Arrêt après les plans en cours d&apos;écriture…</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) exported.</source>
        <translation>
            <numerusform>%n plan exporté.</numerusform>
            <numerusform>%n plans exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest were cancelled.</source>
        <translation>Les autres ont été annulés.</translation>
    </message>
    <message>
        <source>Not exported: {0} ({1})</source>
        <translation>Non exporté : {0} ({1})</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Échec de l&apos;exportation : {0}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Budget summary</source>
        <translation>Synthèse du budget</translation>
    </message>
    <message>
        <source>Derived from the funding lines of the actions; cancelled actions do not count. An action serving several EU areas counts in full under each.</source>
        <translation>Calculé à partir des lignes de financement des actions ; les actions annulées ne sont pas comptées. Une action relevant de plusieurs domaines de l&apos;UE est comptée en totalité dans chacun.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Budget par source de financement</translation>
    </message>
    <message>
        <source>Budget by EU Action Plan area</source>
        <translation>Budget par domaine du plan d&apos;action de l&apos;UE</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation>Par source de financement</translation>
    </message>
    <message>
        <source>By EU Action Plan area</source>
        <translation>Par domaine du plan d&apos;action de l&apos;UE</translation>
    </message>
    <message>
        <source>Computing the budget…</source>
        <translation>Calcul du budget en cours…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes sources</translation>
    </message>
    <message>
        <source>EU Action Plan area</source>
        <translation>Domaine du plan d&apos;action de l&apos;UE</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>No funding lines yet: add them in the actions&apos; detail form.</source>
        <translation>Aucune ligne de financement pour l&apos;instant : ajoutez-les dans le formulaire de détail des actions.</translation>
    </message>
    <message>
        <source>Secured {0} of {1} ({2} %)</source>
        <translation>{0} obtenus sur {1} ({2} %)</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment text</source>
        <translation>Texte du commentaire</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Enregistrer le commentaire</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <source>Passage no longer in the text:</source>
        <translation>Passage qui ne figure plus dans le texte :</translation>
    </message>
    <message>
        <source>Passage in {0}:</source>
        <translation>Passage dans {0} :</translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation>Section {0}</translation>
    </message>
    <message>
        <source>An action no longer in the plan</source>
        <translation>Une action qui ne figure plus dans le plan</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>Action {0}</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Tout le plan</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Auteur inconnu</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente de synchronisation</translation>
    </message>
    <message>
        <source>{0} (edited)</source>
        <translation>{0} (modifié)</translation>
    </message>
    <message>
        <source>This comment was deleted.</source>
        <translation>Ce commentaire a été supprimé.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Unread.</source>
        <translation>Non lu.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Résolu.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Fils ouverts</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Tous les fils</translation>
    </message>
    <message>
        <source>Which threads</source>
        <translation>Quels fils de discussion</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Cette section</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Tout le plan</translation>
    </message>
    <message>
        <source>Threads of</source>
        <translation>Fils de discussion de</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>Fils de commentaires</translation>
    </message>
    <message>
        <source>Each thread with its replies below it; choosing one shows its place in the plan. F2 edits your comment, Delete deletes it.</source>
        <translation>Chaque fil avec ses réponses en dessous ; en choisir un affiche l&apos;endroit du plan auquel il se rapporte. F2 modifie votre commentaire, Suppr le supprime.</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Aucun commentaire</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Commenter…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section (Ctrl+Alt+M)</source>
        <translation>Commenter le passage sélectionné, l&apos;action sélectionnée ou cette section (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>No comments on this section yet.</source>
        <translation>Aucun commentaire sur cette section pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No comments on this plan yet.</source>
        <translation>Aucun commentaire sur ce plan pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>CommentsUi</name>
    <message>
        <source>&amp;Add comment…</source>
        <translation>&amp;Ajouter un commentaire…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section</source>
        <translation>Commenter le passage sélectionné, l&apos;action sélectionnée ou cette section</translation>
    </message>
    <message>
        <source>Comment on this &amp;passage…</source>
        <translation>Commenter ce &amp;passage…</translation>
    </message>
    <message>
        <source>Comment on this &amp;section…</source>
        <translation>Commenter cette &amp;section…</translation>
    </message>
    <message>
        <source>Comment on the whole p&amp;lan…</source>
        <translation>Commenter tout le p&amp;lan…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>&amp;Edit my comment…</source>
        <translation>&amp;Modifier mon commentaire…</translation>
    </message>
    <message>
        <source>&amp;Delete my comment…</source>
        <translation>Su&amp;pprimer mon commentaire…</translation>
    </message>
    <message>
        <source>Resol&amp;ve or reopen the thread</source>
        <translation>Résou&amp;dre ou rouvrir le fil de discussion</translation>
    </message>
    <message>
        <source>&amp;Go to the comments</source>
        <translation>Aller aux &amp;commentaires</translation>
    </message>
    <message>
        <source>S&amp;how the comments panel</source>
        <translation>Afficher le pa&amp;nneau des commentaires</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Commentaires</translation>
    </message>
    <message>
        <source>Your comment on the whole plan:</source>
        <translation>Votre commentaire sur l&apos;ensemble du plan :</translation>
    </message>
    <message>
        <source>Your comment on action {0}:</source>
        <translation>Votre commentaire sur l&apos;action {0} :</translation>
    </message>
    <message>
        <source>Your comment on section {0}:</source>
        <translation>Votre commentaire sur la section {0} :</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Your comment on the passage “{0}”:</source>
        <translation>Votre commentaire sur le passage « {0} » :</translation>
    </message>
    <message>
        <source>Comment on this passage</source>
        <translation>Commenter ce passage</translation>
    </message>
    <message>
        <source>Your reply to {0}: “{1}”</source>
        <translation>Votre réponse à {0} : « {1} »</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Votre commentaire :</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <source>Delete your comment “{0}”? Replies to it stay.</source>
        <translation>Voulez-vous supprimer votre commentaire « {0} » ? Les réponses sont conservées.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Place in the list</source>
        <translation>Position dans la liste</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Statut du plan</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Langue du plan</translation>
    </message>
    <message>
        <source>Plan deletion</source>
        <translation>Suppression du plan</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation>Il n&apos;y a aucun conflit à résoudre.</translation>
    </message>
    <message>
        <source>Base: the text both sides started from</source>
        <translation>Base : le texte de départ commun aux deux versions</translation>
    </message>
    <message>
        <source>Mine: your version</source>
        <translation>Ma version : le texte tel que vous l&apos;avez modifié</translation>
    </message>
    <message>
        <source>Theirs: the version on the server</source>
        <translation>Version du serveur : le texte tel que d&apos;autres l&apos;ont modifié, sur le serveur</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
    <message>
        <source>Merg&amp;ed text (edit it, then use it):</source>
        <translation>Texte &amp;fusionné (modifiez-le, puis utilisez-le) :</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder &amp;ma version</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la version du &amp;serveur</translation>
    </message>
    <message>
        <source>&amp;Use the merged text</source>
        <translation>&amp;Utiliser le texte fusionné</translation>
    </message>
    <message>
        <source>&amp;Restore it with my edit</source>
        <translation>&amp;Restaurer avec ma modification</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>&amp;Abandonner ma modification</translation>
    </message>
    <message>
        <source>{0}
This was deleted on the server while you edited it. Your edit is kept here: restore it with your edit, or discard the edit.</source>
        <translation>{0}
Cet élément a été supprimé sur le serveur pendant que vous le modifiiez. Votre modification est conservée ici : restaurez-le avec votre modification, ou abandonnez la modification.</translation>
    </message>
    <message>
        <source>{0}
The server did not accept your edit: {1}
Your text is kept here so that you can copy it.</source>
        <translation>{0}
Le serveur n&apos;a pas accepté votre modification : {1}
Votre texte est conservé ici pour que vous puissiez le copier.</translation>
    </message>
    <message>
        <source>{0}
You and someone else changed the same passage. Keep one version, or edit a merge of both.</source>
        <translation>{0}
Vous et une autre personne avez modifié le même passage. Gardez l&apos;une des deux versions, ou modifiez une fusion des deux.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… %n paragraphe inchangé …</numerusform>
            <numerusform>… %n paragraphes inchangés …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>This workspace was written by a newer version of IncluCities. Please install that version; the workspace has not been changed.</source>
        <translation>Cet espace de travail a été créé par une version plus récente d&apos;IncluCities. Veuillez installer cette version ; l&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not an IncluCities workspace. It has not been changed: restore it from a backup or choose another folder.</source>
        <translation>Le fichier de l&apos;espace de travail est endommagé ou n&apos;est pas un espace de travail IncluCities. Il n&apos;a pas été modifié : restaurez-le à partir d&apos;une sauvegarde ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>This folder cannot be used as a workspace (the details say why). Nothing has been changed: choose another folder.</source>
        <translation>Ce dossier ne peut pas servir d&apos;espace de travail (les détails en donnent la raison). Rien n&apos;a été modifié : choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>IncluCities</source>
        <translation>IncluCities</translation>
    </message>
    <message>
        <source>The workspace could not be written: {0}

Your last change is kept in memory; free some disk space and try again.</source>
        <translation>Impossible d&apos;écrire dans l&apos;espace de travail : {0}

Votre dernière modification est conservée en mémoire ; libérez de l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong that IncluCities did not expect. Your saved work is safe. If it happens again, please send the log file to your coordinator.</source>
        <translation>Un problème imprévu est survenu dans IncluCities. Votre travail enregistré est en sécurité. Si le problème se reproduit, veuillez envoyer le fichier journal à votre coordinateur.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Include mentors&apos; &amp;comments as Word comments</source>
        <translation>Inclure les &amp;commentaires des mentors comme commentaires Word</translation>
    </message>
    <message>
        <source>Each comment thread of the plan, replies included, beside the passage or heading it is about</source>
        <translation>Chaque fil de commentaires du plan, réponses comprises, en regard du passage ou du titre concerné</translation>
    </message>
    <message>
        <source>Add the review &amp;log as an appendix</source>
        <translation>Ajouter le &amp;journal de relecture en annexe</translation>
    </message>
    <message>
        <source>Every review step of the plan: who, when, and the note they wrote</source>
        <translation>Toutes les étapes de relecture du plan : qui, quand, et la note rédigée</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Please give a file name ending in .docx.</source>
        <translation>Veuillez indiquer un nom de fichier se terminant par .docx.</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} existe déjà. Voulez-vous le remplacer ?</translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Exporter vers Word…</translation>
    </message>
    <message>
        <source>Export se&amp;veral plans…</source>
        <translation>Exporter &amp;plusieurs plans…</translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Style de paragraphe</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Titre 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Titre 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Titre 3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Decrease list level</source>
        <translation>Diminuer le niveau de liste</translation>
    </message>
    <message>
        <source>Increase list level</source>
        <translation>Augmenter le niveau de liste</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Lien…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Insert table…</source>
        <translation>Insérer un tableau…</translation>
    </message>
    <message>
        <source>Add table row</source>
        <translation>Ajouter une ligne au tableau</translation>
    </message>
    <message>
        <source>Remove table row</source>
        <translation>Supprimer la ligne du tableau</translation>
    </message>
    <message>
        <source>Add table column</source>
        <translation>Ajouter une colonne au tableau</translation>
    </message>
    <message>
        <source>Remove table column</source>
        <translation>Supprimer la colonne du tableau</translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>Versions of the plan, and what changed since each</source>
        <translation>Versions du plan, et ce qui a changé depuis chacune</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>&amp;Nommer cette version…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Open a plan first.</source>
        <translation>Ouvrez d&apos;abord un plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) restored; the next sync sends them.</source>
        <translation>
            <numerusform>%n modification restaurée ; elle sera envoyée lors de la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications restaurées ; elles seront envoyées lors de la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version “{0}” named; the next sync sends it.</source>
        <translation>Version « {0} » nommée ; elle sera envoyée lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Name this version</source>
        <translation>Nommer cette version</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted for mentor review</source>
        <translation>Soumis à la relecture du mentor</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Endorsed by mentor</source>
        <translation>Validé par le mentor</translation>
    </message>
    <message>
        <source>Submitted to coordinator</source>
        <translation>Soumis au coordinateur</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Rédigée</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Text of the link</source>
        <translation>Texte du lien</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
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
        <translation>Plans</translation>
    </message>
    <message>
        <source>Filter plans</source>
        <translation>Filtrer les plans</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Nouveau plan…</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>Add the &amp;sample plans</source>
        <translation>Ajouter les plans d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Move plan to &amp;trash</source>
        <translation>Mettre le plan à la &amp;corbeille</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>Co&amp;rbeille…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Section &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Section &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the plan &amp;list</source>
        <translation>Aller à la &amp;liste des plans</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About IncluCities</source>
        <translation>À &amp;propos d&apos;IncluCities</translation>
    </message>
    <message>
        <source>{0} — IncluCities</source>
        <translation>{0} — IncluCities</translation>
    </message>
    <message>
        <source>Adding the sample plans…</source>
        <translation>Ajout des plans d&apos;exemple en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample plan(s) added</source>
        <translation>
            <numerusform>%n plan d&apos;exemple ajouté</numerusform>
            <numerusform>%n plans d&apos;exemple ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is in the trash; File → Trash… puts it back.</source>
        <translation>Le plan est dans la corbeille ; Fichier → Corbeille… permet de le restaurer.</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Préférences enregistrées</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
</context>
<context>
    <name>MainWindowDescriptions</name>
    <message>
        <source>Every plan of this workspace; the chosen one opens beside the list. Ctrl+L comes back here.</source>
        <translation>Tous les plans de cet espace de travail ; celui choisi s&apos;ouvre à côté de la liste. Ctrl+L ramène ici.</translation>
    </message>
    <message>
        <source>Shows only the plans whose title, city or status contains these words</source>
        <translation>N&apos;affiche que les plans dont le titre, la ville ou le statut contient ces mots</translation>
    </message>
    <message>
        <source>Create an action plan for a city</source>
        <translation>Créer un plan d&apos;action pour une ville</translation>
    </message>
    <message>
        <source>Whether every change has been written to the workspace</source>
        <translation>Indique si toutes les modifications ont été écrites dans l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>MonthEdit</name>
    <message>
        <source>Month and year; Delete empties the field</source>
        <translation>Mois et année ; la touche Suppr vide le champ</translation>
    </message>
</context>
<context>
    <name>NameVersionDialog</name>
    <message>
        <source>Name this version</source>
        <translation>Nommer cette version</translation>
    </message>
    <message>
        <source>Keep “{0}” as it is now under a name, e.g. “Before the second study visit”. The server keeps it from the next sync on.</source>
        <translation>Conservez « {0} » dans son état actuel sous un nom, p. ex. « Avant la deuxième visite d&apos;étude ». Le serveur le conservera à partir de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Version name</source>
        <translation>Nom de la version</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>Nommer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>NestedTableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Add a row to “{0}”</source>
        <translation>Ajouter une ligne à « {0} »</translation>
    </message>
    <message>
        <source>Remove the selected rows of “{0}”</source>
        <translation>Supprimer les lignes sélectionnées de « {0} »</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New action plan</source>
        <translation>Nouveau plan d&apos;action</translation>
    </message>
    <message>
        <source>Choose or type your city</source>
        <translation>Choisissez ou saisissez votre ville</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>e.g. Local action plan for inclusion 2026-2028</source>
        <translation>p. ex. Plan d&apos;action local pour l&apos;inclusion 2026-2028</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Langue du plan</translation>
    </message>
    <message>
        <source>IncluCities action plan, version {0}</source>
        <translation>Plan d&apos;action IncluCities, version {0}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Créer le plan</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Coordinator overview</source>
        <translation>Vue d&apos;ensemble du coordinateur</translation>
    </message>
    <message>
        <source>Plan or city</source>
        <translation>Plan ou ville</translation>
    </message>
    <message>
        <source>Filter plans by text</source>
        <translation>Filtrer les plans par texte</translation>
    </message>
    <message>
        <source>Filter plans by status</source>
        <translation>Filtrer les plans par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>One plan a row; a column header sorts, Enter opens the plan in the main window</source>
        <translation>Un plan par ligne ; un en-tête de colonne trie, Entrée ouvre le plan dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Every plan of the programme, where it stands in the review.</source>
        <translation>Tous les plans du programme, et où ils en sont dans la relecture.</translation>
    </message>
    <message>
        <source>Every plan in this workspace, where it stands in the review.</source>
        <translation>Tous les plans de cet espace de travail, et où ils en sont dans la relecture.</translation>
    </message>
    <message>
        <source>The plans you can read: your city&apos;s, and those your city mentors.</source>
        <translation>Les plans que vous pouvez consulter : ceux de votre ville, et ceux des villes dont votre ville est mentor.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) shown</source>
        <translation>
            <numerusform>%n plan affiché</numerusform>
            <numerusform>%n plans affichés</numerusform>
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
        <translation>Ville</translation>
    </message>
    <message>
        <source>Mentor city</source>
        <translation>Ville mentor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Drafted sections</source>
        <translation>Sections rédigées</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Commentaires ouverts</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Sections drafted out of the template&apos;s sections</source>
        <translation>Sections rédigées sur l&apos;ensemble des sections du modèle</translation>
    </message>
    <message>
        <source>{0} of {1} sections drafted, {2} started</source>
        <translation>{0} sections rédigées sur {1}, {2} commencées</translation>
    </message>
    <message>
        <source>A review step of this plan waits for the next sync</source>
        <translation>Une étape de relecture de ce plan attend la prochaine synchronisation</translation>
    </message>
    <message>
        <source>{0} (step waits for sync)</source>
        <translation>{0} (étape en attente de synchronisation)</translation>
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
        <translation>Changement du titre du plan</translation>
    </message>
</context>
<context>
    <name>PlanExportFlow</name>
    <message>
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Exporter vers Word</translation>
    </message>
    <message>
        <source>The plan was exported to {0}.</source>
        <translation>Le plan a été exporté dans {0}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>The plan could not be exported: {0}</source>
        <translation>Le plan n&apos;a pas pu être exporté : {0}</translation>
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
Ville : {1}
Langue : {2}
Statut : {3}
Dernière modification : {4}</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n nouveau commentaire</numerusform>
            <numerusform>%n nouveaux commentaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan title</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <source>A change of title can be undone</source>
        <translation>Un changement de titre peut être annulé</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Informations sur le plan</translation>
    </message>
    <message>
        <source>Sections of the plan</source>
        <translation>Sections du plan</translation>
    </message>
    <message>
        <source>Each section with how far it is drafted; Ctrl+Page Down and Ctrl+Page Up move between sections from anywhere in the plan</source>
        <translation>Chaque section avec son état de rédaction ; Ctrl+Pg suiv et Ctrl+Pg préc passent d&apos;une section à l&apos;autre depuis n&apos;importe quel endroit du plan</translation>
    </message>
    <message>
        <source>mentor city: {0}</source>
        <translation>ville mentor : {0}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation>Avis de lecture seule</translation>
    </message>
    <message>
        <source>This plan is approved and read-only until a coordinator reopens it.</source>
        <translation>Ce plan est approuvé et en lecture seule jusqu&apos;à ce qu&apos;un coordinateur le rouvre.</translation>
    </message>
    <message>
        <source>You are reading {0}&apos;s plan as its mentor: you can comment but not change it.</source>
        <translation>Vous consultez le plan de {0} en tant que mentor : vous pouvez le commenter, mais pas le modifier.</translation>
    </message>
    <message>
        <source>You are reading this plan as a coordinator: you can comment but not change it.</source>
        <translation>Vous consultez ce plan en tant que coordinateur : vous pouvez le commenter, mais pas le modifier.</translation>
    </message>
    <message>
        <source>You can read this plan but not change it.</source>
        <translation>Vous pouvez consulter ce plan, mais pas le modifier.</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <source>New language</source>
        <translation>Nouvelle langue</translation>
    </message>
    <message>
        <source>IncluCities uses the new language from its next start. Restart now? Your work is saved first.</source>
        <translation>IncluCities utilisera la nouvelle langue à son prochain démarrage. Voulez-vous le redémarrer maintenant ? Votre travail est d&apos;abord enregistré.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>RestoreWords</name>
    <message numerus="yes">
        <source>This makes %n edit(s); the next sync sends them like any other. To keep the plan as it is now among the versions, name this version first.</source>
        <translation>
            <numerusform>Cela représente %n modification ; elle sera envoyée lors de la prochaine synchronisation, comme toute autre. Pour conserver le plan dans son état actuel parmi les versions, nommez d&apos;abord cette version.</numerusform>
            <numerusform>Cela représente %n modifications ; elles seront envoyées lors de la prochaine synchronisation, comme toutes les autres. Pour conserver le plan dans son état actuel parmi les versions, nommez d&apos;abord cette version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>&amp;Submit to mentor…</source>
        <translation>&amp;Soumettre au mentor…</translation>
    </message>
    <message>
        <source>&amp;Endorse…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Demander des &amp;modifications…</translation>
    </message>
    <message>
        <source>Submit to coor&amp;dinator…</source>
        <translation>Soumettre au &amp;coordinateur…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>The plan goes to the mentor city for review. The mentor endorses it or asks for changes.</source>
        <translation>Le plan est transmis à la ville mentor pour relecture. Le mentor le valide ou demande des modifications.</translation>
    </message>
    <message>
        <source>You endorse the plan as its mentor; its city may then submit it to the coordinator.</source>
        <translation>Vous validez le plan en tant que mentor ; sa ville pourra ensuite le soumettre au coordinateur.</translation>
    </message>
    <message>
        <source>The plan goes back to its city with your note saying what should change.</source>
        <translation>Le plan retourne à sa ville avec votre note indiquant ce qui doit être modifié.</translation>
    </message>
    <message>
        <source>The endorsed plan goes to the programme&apos;s coordinator for approval.</source>
        <translation>Le plan validé est transmis au coordinateur du programme pour approbation.</translation>
    </message>
    <message>
        <source>The plan is approved and becomes read-only until a coordinator reopens it.</source>
        <translation>Le plan est approuvé et passe en lecture seule jusqu&apos;à ce qu&apos;un coordinateur le rouvre.</translation>
    </message>
    <message>
        <source>The approved plan becomes a draft again, so its city can change it.</source>
        <translation>Le plan approuvé redevient un brouillon, afin que sa ville puisse le modifier.</translation>
    </message>
    <message>
        <source>Submitted to the mentor</source>
        <translation>Soumis au mentor</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Validé par le mentor</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Submitted to the coordinator</source>
        <translation>Soumis au coordinateur</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Changed after endorsement: back to the mentor</source>
        <translation>Modifié après validation : retour au mentor</translation>
    </message>
</context>
<context>
    <name>ReviewStepDialog</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — statut actuel : {1}</translation>
    </message>
    <message>
        <source>The step is sent with the next sync; the server records who took it and when.</source>
        <translation>L&apos;étape est envoyée lors de la prochaine synchronisation ; le serveur enregistre qui l&apos;a effectuée et quand.</translation>
    </message>
    <message>
        <source>Not signed in: the step waits until you sign in and sync.</source>
        <translation>Non connecté : l&apos;étape attend que vous vous connectiez et synchronisiez.</translation>
    </message>
    <message>
        <source>&amp;Note for the others (required):</source>
        <translation>&amp;Note pour les autres (obligatoire) :</translation>
    </message>
    <message>
        <source>&amp;Note for the others (optional):</source>
        <translation>&amp;Note pour les autres (facultative) :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What should change, and why</source>
        <translation>Ce qui doit changer, et pourquoi</translation>
    </message>
    <message>
        <source>A word for the mentor, the city or the coordinator</source>
        <translation>Un mot pour le mentor, la ville ou le coordinateur</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineDialog</name>
    <message>
        <source>Review history</source>
        <translation>Historique de la relecture</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>Étapes de relecture</translation>
    </message>
    <message>
        <source>The plan&apos;s review steps, oldest first: the step, the change of status, who, when and their note</source>
        <translation>Les étapes de relecture du plan, de la plus ancienne à la plus récente : l&apos;étape, le changement de statut, qui, quand et sa note</translation>
    </message>
    <message>
        <source>No review step yet: the plan is a draft that was never submitted.</source>
        <translation>Aucune étape de relecture pour l&apos;instant : le plan est un brouillon qui n&apos;a jamais été soumis.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — statut actuel : {1}</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineModel</name>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Refused by the server: {0}</source>
        <translation>Refusée par le serveur : {0}</translation>
    </message>
    <message>
        <source>Waits for sync</source>
        <translation>En attente de synchronisation</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>non effectuée</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
</context>
<context>
    <name>ReviewUi</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>Review &amp;history…</source>
        <translation>&amp;Historique de la relecture…</translation>
    </message>
    <message>
        <source>Coordinator &amp;overview…</source>
        <translation>Vue d&apos;ensemble du c&amp;oordinateur…</translation>
    </message>
    <message>
        <source>Every plan you can read, where it stands in the review (Ctrl+Shift+O)</source>
        <translation>Tous les plans que vous pouvez consulter, et où ils en sont dans la relecture (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>&amp;No plan is open</source>
        <translation>Aucu&amp;n plan n&apos;est ouvert</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: sign &amp;in…</source>
        <translation>« {0} » attend la synchronisation : se co&amp;nnecter…</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: &amp;sync now</source>
        <translation>« {0} » attend la synchronisation : s&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Review steps go through the server: sign &amp;in…</source>
        <translation>Les étapes de relecture passent par le serveur : se co&amp;nnecter…</translation>
    </message>
    <message>
        <source>&amp;No review step is yours to take now</source>
        <translation>Aucu&amp;ne étape de relecture ne vous revient pour l&apos;instant</translation>
    </message>
    <message>
        <source>“{0}” is recorded and goes to the server with the next sync.</source>
        <translation>Étape « {0} » enregistrée : elle sera envoyée au serveur lors de la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This review step cannot be taken.</source>
        <translation>Cette étape de relecture ne peut pas être effectuée.</translation>
    </message>
    <message>
        <source>Review step not taken</source>
        <translation>Étape de relecture non effectuée</translation>
    </message>
    <message>
        <source>The server refused the step “{0}”.</source>
        <translation>Le serveur a refusé l&apos;étape « {0} ».</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all plans</source>
        <translation>Rechercher dans tous les plans</translation>
    </message>
    <message>
        <source>Words to find in every plan…</source>
        <translation>Mots à rechercher dans tous les plans…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchUi</name>
    <message>
        <source>&amp;Search all plans…</source>
        <translation>Rec&amp;hercher dans tous les plans…</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>une action</translation>
    </message>
    <message>
        <source>the plan&apos;s title</source>
        <translation>le titre du plan</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texte de la section</translation>
    </message>
    <message>
        <source>Saved as you type; Tab indents a list, Ctrl+Tab leaves the text</source>
        <translation>Enregistré au fil de la saisie ; Tab met une liste en retrait, Ctrl+Tab quitte le texte</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Comme le système ({0})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages, and how dates and amounts are written</source>
        <translation>La langue des menus, des boîtes de dialogue et des messages, et l&apos;écriture des dates et des montants</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Light or dark window colours</source>
        <translation>Couleurs claires ou sombres des fenêtres</translation>
    </message>
    <message>
        <source>A new language is used from the next start of IncluCities. Colours change at once.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage d&apos;IncluCities. Les couleurs changent immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, with its keys. Tab moves between areas of the window, Ctrl+Tab out of a text or a table; Alt with the underlined letter opens a menu.</source>
        <translation>Toutes les commandes disposant d&apos;un raccourci, avec leurs touches. Tab passe d&apos;une zone de la fenêtre à l&apos;autre, Ctrl+Tab permet de sortir d&apos;un texte ou d&apos;un tableau ; Alt avec la lettre soulignée ouvre un menu.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the IncluCities server</source>
        <translation>Connexion au serveur IncluCities</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in with the account your coordinator gave you. Your plans stay on this computer and are synced with the server whenever it can be reached.</source>
        <translation>Connectez-vous avec le compte que votre coordinateur vous a fourni. Vos plans restent sur cet ordinateur et sont synchronisés avec le serveur chaque fois qu&apos;il est joignable.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>Certificats de l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Only if your IT department gave you one</source>
        <translation>Seulement si votre service informatique vous en a fourni</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Keep the sign-in in a plain &amp;file</source>
        <translation>Conserver la connexion dans un &amp;fichier non chiffré</translation>
    </message>
    <message>
        <source>This computer has no secure password store: anyone with access to your files could use a sign-in kept in a plain file.</source>
        <translation>Cet ordinateur ne dispose d&apos;aucun stockage sécurisé des mots de passe : toute personne ayant accès à vos fichiers pourrait utiliser une connexion conservée dans un fichier non chiffré.</translation>
    </message>
    <message>
        <source>&amp;Certificates (PEM):</source>
        <translation>Cer&amp;tificats (PEM) :</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Paramètres &amp;avancés</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Review status</source>
        <translation>Statut de relecture</translation>
    </message>
    <message>
        <source>Where the plan stands in the review; the Review menu holds the next steps</source>
        <translation>Où en est le plan dans la relecture ; le menu Relecture propose les étapes suivantes</translation>
    </message>
    <message>
        <source>{0} · a step waits for sync</source>
        <translation>{0} · une étape attend la synchronisation</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the conflicts to resolve</source>
        <translation>Afficher les conflits à résoudre</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Syncing… {0} of {1}</source>
        <translation>Synchronisation… {0} sur {1}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Synchronisé à {0}</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send your changes and fetch the others&apos; (F5)</source>
        <translation>Envoyer vos modifications et récupérer celles des autres (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>The sample plans were removed from this workspace: they are for a first look and are never uploaded.</source>
        <translation>Les plans d&apos;exemple ont été retirés de cet espace de travail : ils servent à une première découverte et ne sont jamais envoyés au serveur.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so you will be asked to sign in again next time.</source>
        <translation>Cet ordinateur ne dispose d&apos;aucun stockage sécurisé des mots de passe : il vous sera donc demandé de vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Sign out of the server? Your plans stay on this computer, and changes you make are sent when you sign in again.</source>
        <translation>Voulez-vous vous déconnecter du serveur ? Vos plans restent sur cet ordinateur, et les modifications que vous apporterez seront envoyées lors de votre prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Insérer un tableau</translation>
    </message>
    <message>
        <source>Rows, with the header row</source>
        <translation>Lignes, en-tête compris</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Rows (with the header):</source>
        <translation>&amp;Lignes (en-tête compris) :</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes :</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>Use a custom style template (.docx)</source>
        <translation>Utiliser un modèle de style personnalisé (.docx)</translation>
    </message>
    <message>
        <source>Style template</source>
        <translation>Modèle de style</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Plans in the trash</source>
        <translation>Plans dans la corbeille</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Plans moved to the trash stay here until you restore them.</source>
        <translation>Les plans mis à la corbeille restent ici jusqu&apos;à ce que vous les restauriez.</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>Action without a title</source>
        <translation>Action sans titre</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titre du plan</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Changed sections and actions</source>
        <translation>Sections et actions modifiées</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>&amp;Modifications :</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Removed words are struck through, added words underlined</source>
        <translation>Les mots supprimés sont barrés, les mots ajoutés soulignés</translation>
    </message>
    <message>
        <source>Show &amp;unchanged sections and actions</source>
        <translation>Afficher les sections et actions &amp;inchangées</translation>
    </message>
    <message>
        <source>Restore this &amp;section</source>
        <translation>Restaurer cette &amp;section</translation>
    </message>
    <message>
        <source>Restore this &amp;action</source>
        <translation>Restaurer cette &amp;action</translation>
    </message>
    <message>
        <source>Restore the &amp;whole plan…</source>
        <translation>Restaurer &amp;tout le plan…</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Titre du plan</translation>
    </message>
</context>
<context>
    <name>VersionsWindow</name>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Versions du plan</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation>&amp;Versions, la plus récente en premier :</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>&amp;Nommer cette version…</translation>
    </message>
    <message>
        <source>Fetching the version</source>
        <translation>Récupération de la version</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Compare wi&amp;th:</source>
        <translation>&amp;Comparer avec :</translation>
    </message>
    <message>
        <source>Versions of {0}</source>
        <translation>Versions de {0}</translation>
    </message>
    <message>
        <source>A version taken when the plan&apos;s status changed</source>
        <translation>Une version enregistrée lors d&apos;un changement de statut du plan</translation>
    </message>
    <message>
        <source>A version named by a person</source>
        <translation>Une version nommée par une personne</translation>
    </message>
    <message>
        <source>Now: the plan as it is here</source>
        <translation>Maintenant : le plan tel qu&apos;il est ici</translation>
    </message>
    <message>
        <source>This plan has no versions yet. A version is kept at every review step, and History → Name this version… keeps one now.</source>
        <translation>Ce plan n&apos;a encore aucune version. Une version est conservée à chaque étape de relecture, et Historique → Nommer cette version… en conserve une immédiatement.</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>en attente de synchronisation</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>This version waits for sync: the server keeps its content, so it can be compared once the next sync has sent it.</source>
        <translation>Cette version est en attente de synchronisation : son contenu est conservé par le serveur, elle pourra donc être comparée une fois que la prochaine synchronisation l&apos;aura envoyée.</translation>
    </message>
    <message>
        <source>Fetching the version…</source>
        <translation>Récupération de la version…</translation>
    </message>
    <message>
        <source>Compare with Now to restore from this version</source>
        <translation>Comparez avec « Maintenant » pour restaurer à partir de cette version</translation>
    </message>
    <message>
        <source>This version is not on this computer yet, and the server cannot be reached. Connect to the network and choose it again.</source>
        <translation>Cette version n&apos;est pas encore sur cet ordinateur, et le serveur est injoignable. Connectez-vous au réseau et choisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>This version is not on this computer yet. Sign in to the sync server (Sync → Sign in…) to fetch it.</source>
        <translation>Cette version n&apos;est pas encore sur cet ordinateur. Connectez-vous au serveur de synchronisation (Synchronisation → Se connecter…) pour la récupérer.</translation>
    </message>
    <message>
        <source>The version could not be opened: {0}</source>
        <translation>La version n&apos;a pas pu être ouverte : {0}</translation>
    </message>
    <message>
        <source>The version could not be compared: {0}</source>
        <translation>La version n&apos;a pas pu être comparée : {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Put back the section “{0}” as it was in “{1}”?</source>
        <translation>Voulez-vous restaurer la section « {0} » telle qu&apos;elle était dans « {1} » ?</translation>
    </message>
    <message>
        <source>Put back the action “{0}” as it was in “{1}”?</source>
        <translation>Voulez-vous restaurer l&apos;action « {0} » telle qu&apos;elle était dans « {1} » ?</translation>
    </message>
    <message>
        <source>Put back the whole plan as it was in “{0}”?</source>
        <translation>Voulez-vous restaurer l&apos;ensemble du plan tel qu&apos;il était dans « {0} » ?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to IncluCities</source>
        <translation>Bienvenue dans IncluCities</translation>
    </message>
    <message>
        <source>Draft your city&apos;s action plan for the integration and inclusion of migrants, section by section and action by action. Everything is kept on this computer, so you can work without a network.</source>
        <translation>Rédigez le plan d&apos;action de votre ville pour l&apos;intégration et l&apos;inclusion des personnes migrantes, section par section et action par action. Tout est conservé sur cet ordinateur : vous pouvez travailler sans réseau.</translation>
    </message>
    <message>
        <source>Create a new plan…</source>
        <translation>Créer un nouveau plan…</translation>
    </message>
    <message>
        <source>Start an empty action plan for your city</source>
        <translation>Commencer un plan d&apos;action vide pour votre ville</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Ouvrir l&apos;espace de travail d&apos;exemple</translation>
    </message>
    <message>
        <source>Add the eight IncluCities cities, their pairs and four partly drafted plans</source>
        <translation>Ajouter les huit villes d&apos;IncluCities, leurs binômes et quatre plans en partie rédigés</translation>
    </message>
    <message>
        <source>The sample holds the eight IncluCities cities, their four mentor and mentee pairs, and a partly drafted plan for Partinico, Saint-Jean-de-la-Ruelle, Livadia and Jelgava, each in its own language.</source>
        <translation>L&apos;exemple contient les huit villes d&apos;IncluCities, leurs quatre binômes mentor et mentorée, et un plan en partie rédigé pour Partinico, Saint-Jean-de-la-Ruelle, Livadia et Jelgava, chacun dans sa langue.</translation>
    </message>
</context>
</TS>
