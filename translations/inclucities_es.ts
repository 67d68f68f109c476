<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About IncluCities</source>
        <translation>Acerca de IncluCities</translation>
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
        <translation>&lt;p&gt;Diseño conjunto de planes de acción locales para la integración y la inclusión de las personas migrantes, también sin conexión.&lt;/p&gt;&lt;p&gt;IncluCities está coordinado por el CMRE (CEMR) y financiado por el Fondo de Asilo, Migración e Integración de la Unión Europea.&lt;/p&gt;&lt;p&gt;IncluCities Desktop es software libre distribuido con la Licencia Pública de la Unión Europea (EUPL-1.2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>Componentes incluidos y sus licencias</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Componentes</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Código fuente</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3. You may replace the Qt and PySide6 libraries in the installed folder with your own builds of the same version; the source code of both is available at the addresses in the table.</source>
        <translation>Qt y PySide6 se utilizan según la GNU Lesser General Public License, versión 3. Puede sustituir las bibliotecas Qt y PySide6 de la carpeta de instalación por sus propias compilaciones de la misma versión; el código fuente de ambas está disponible en las direcciones que figuran en la tabla.</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <source>Edit “{0}”</source>
        <translation>Edición de «{0}»</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Adición de una acción</translation>
    </message>
    <message>
        <source>Duplicate action</source>
        <translation>Duplicación de una acción</translation>
    </message>
    <message>
        <source>Move action up</source>
        <translation>Desplazamiento de la acción hacia arriba</translation>
    </message>
    <message>
        <source>Move action down</source>
        <translation>Desplazamiento de la acción hacia abajo</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminación de una acción</translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <source>Select an action to see and edit all its fields.</source>
        <translation>Seleccione una acción para ver y editar todos sus campos.</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>Detalles de la acción</translation>
    </message>
</context>
<context>
    <name>ActionValues</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Actions of the plan</source>
        <translation>Acciones del plan</translation>
    </message>
    <message>
        <source>One row per action; Alt+Up and Alt+Down move the selected action, Ctrl+Tab goes on to its details</source>
        <translation>Una fila por acción; Alt+Arriba y Alt+Abajo mueven la acción seleccionada, Ctrl+Tab pasa a sus detalles</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Action tools</source>
        <translation>Herramientas de acciones</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add an action after the selected one</source>
        <translation>Añadir una acción después de la seleccionada</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected action</source>
        <translation>Duplicar la acción seleccionada</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected action up</source>
        <translation>Subir la acción seleccionada</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected action down</source>
        <translation>Bajar la acción seleccionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected action (can be undone)</source>
        <translation>Eliminar la acción seleccionada (se puede deshacer)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Choose a workspace folder</source>
        <translation>Elija una carpeta para el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export several plans</source>
        <translation>Exportar varios planes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Plans to export</source>
        <translation>Planes que exportar</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Plans:</source>
        <translation>&amp;Planes:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>No plans have this status.</source>
        <translation>Ningún plan tiene este estado.</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <source>Tick at least one plan.</source>
        <translation>Marque al menos un plan.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>{0} of {1}: {2}</source>
        <translation>{0} de {1}: {2}</translation>
    </message>
    <message>
        <source>Stopping after the plans being written now…</source>
        <translation>Deteniendo al terminar los planes que se están escribiendo…</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) exported.</source>
        <translation>
            <numerusform>%n plan exportado.</numerusform>
            <numerusform>%n planes exportados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest were cancelled.</source>
        <translation>Los demás se han cancelado.</translation>
    </message>
    <message>
        <source>Not exported: {0} ({1})</source>
        <translation>No exportado: {0} ({1})</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>No se ha podido exportar: {0}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Budget summary</source>
        <translation>Resumen del presupuesto</translation>
    </message>
    <message>
        <source>Derived from the funding lines of the actions; cancelled actions do not count. An action serving several EU areas counts in full under each.</source>
        <translation>Calculado a partir de las líneas de financiación de las acciones; las acciones canceladas no se cuentan. Una acción que abarca varias áreas de la UE se cuenta íntegramente en cada una.</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Presupuesto por fuente de financiación</translation>
    </message>
    <message>
        <source>Budget by EU Action Plan area</source>
        <translation>Presupuesto por área del Plan de Acción de la UE</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation>Por fuente de financiación</translation>
    </message>
    <message>
        <source>By EU Action Plan area</source>
        <translation>Por área del Plan de Acción de la UE</translation>
    </message>
    <message>
        <source>Computing the budget…</source>
        <translation>Calculando el presupuesto…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todas las fuentes</translation>
    </message>
    <message>
        <source>EU Action Plan area</source>
        <translation>Área del Plan de Acción de la UE</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>No funding lines yet: add them in the actions&apos; detail form.</source>
        <translation>Todavía no hay líneas de financiación: añádalas en el formulario de detalle de las acciones.</translation>
    </message>
    <message>
        <source>Secured {0} of {1} ({2} %)</source>
        <translation>Asegurados {0} de {1} ({2} %)</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment text</source>
        <translation>Texto del comentario</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Guardar comentario</translation>
    </message>
</context>
<context>
    <name>CommentText</name>
    <message>
        <source>Passage no longer in the text:</source>
        <translation>Fragmento que ya no figura en el texto:</translation>
    </message>
    <message>
        <source>Passage in {0}:</source>
        <translation>Fragmento en {0}:</translation>
    </message>
    <message>
        <source>Section {0}</source>
        <translation>Sección {0}</translation>
    </message>
    <message>
        <source>An action no longer in the plan</source>
        <translation>Una acción que ya no figura en el plan</translation>
    </message>
    <message>
        <source>Action {0}</source>
        <translation>Acción {0}</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Todo el plan</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Autor desconocido</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente de sincronización</translation>
    </message>
    <message>
        <source>{0} (edited)</source>
        <translation>{0} (editado)</translation>
    </message>
    <message>
        <source>This comment was deleted.</source>
        <translation>Este comentario se ha eliminado.</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Unread.</source>
        <translation>No leído.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Resuelto.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Hilos abiertos</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Todos los hilos</translation>
    </message>
    <message>
        <source>Which threads</source>
        <translation>Qué hilos</translation>
    </message>
    <message>
        <source>This section</source>
        <translation>Esta sección</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Todo el plan</translation>
    </message>
    <message>
        <source>Threads of</source>
        <translation>Hilos de</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>Hilos de comentarios</translation>
    </message>
    <message>
        <source>Each thread with its replies below it; choosing one shows its place in the plan. F2 edits your comment, Delete deletes it.</source>
        <translation>Cada hilo con sus respuestas debajo; al elegir uno se muestra su lugar en el plan. F2 edita su comentario, Supr lo elimina.</translation>
    </message>
    <message>
        <source>No comments</source>
        <translation>Sin comentarios</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Comentar…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section (Ctrl+Alt+M)</source>
        <translation>Comentar el fragmento seleccionado, la acción seleccionada o esta sección (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>No comments on this section yet.</source>
        <translation>Todavía no hay comentarios sobre esta sección.</translation>
    </message>
    <message>
        <source>No comments on this plan yet.</source>
        <translation>Todavía no hay comentarios sobre este plan.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
</context>
<context>
    <name>CommentsUi</name>
    <message>
        <source>&amp;Add comment…</source>
        <translation>&amp;Añadir comentario…</translation>
    </message>
    <message>
        <source>Comment on the selected passage, the selected action or this section</source>
        <translation>Comentar el fragmento seleccionado, la acción seleccionada o esta sección</translation>
    </message>
    <message>
        <source>Comment on this &amp;passage…</source>
        <translation>Comentar este &amp;fragmento…</translation>
    </message>
    <message>
        <source>Comment on this &amp;section…</source>
        <translation>Comentar esta &amp;sección…</translation>
    </message>
    <message>
        <source>Comment on the whole p&amp;lan…</source>
        <translation>Comentar todo el p&amp;lan…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>&amp;Edit my comment…</source>
        <translation>&amp;Editar mi comentario…</translation>
    </message>
    <message>
        <source>&amp;Delete my comment…</source>
        <translation>Eli&amp;minar mi comentario…</translation>
    </message>
    <message>
        <source>Resol&amp;ve or reopen the thread</source>
        <translation>Resol&amp;ver o reabrir el hilo</translation>
    </message>
    <message>
        <source>&amp;Go to the comments</source>
        <translation>Ir a los &amp;comentarios</translation>
    </message>
    <message>
        <source>S&amp;how the comments panel</source>
        <translation>Mostrar el &amp;panel de comentarios</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Comentarios</translation>
    </message>
    <message>
        <source>Your comment on the whole plan:</source>
        <translation>Su comentario sobre todo el plan:</translation>
    </message>
    <message>
        <source>Your comment on action {0}:</source>
        <translation>Su comentario sobre la acción {0}:</translation>
    </message>
    <message>
        <source>Your comment on section {0}:</source>
        <translation>Su comentario sobre la sección {0}:</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Your comment on the passage “{0}”:</source>
        <translation>Su comentario sobre el fragmento «{0}»:</translation>
    </message>
    <message>
        <source>Comment on this passage</source>
        <translation>Comentar este fragmento</translation>
    </message>
    <message>
        <source>Your reply to {0}: “{1}”</source>
        <translation>Su respuesta a {0}: «{1}»</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Editar comentario</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Su comentario:</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Eliminar comentario</translation>
    </message>
    <message>
        <source>Delete your comment “{0}”? Replies to it stay.</source>
        <translation>¿Desea eliminar su comentario «{0}»? Las respuestas se conservan.</translation>
    </message>
</context>
<context>
    <name>ConflictText</name>
    <message>
        <source>Place in the list</source>
        <translation>Posición en la lista</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Eliminación</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>Estado del plan</translation>
    </message>
    <message>
        <source>Plan language</source>
        <translation>Idioma del plan</translation>
    </message>
    <message>
        <source>Plan deletion</source>
        <translation>Eliminación del plan</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation>No hay conflictos por resolver.</translation>
    </message>
    <message>
        <source>Base: the text both sides started from</source>
        <translation>Base: el texto del que partieron ambas versiones</translation>
    </message>
    <message>
        <source>Mine: your version</source>
        <translation>Mi versión: el texto tal como usted lo modificó</translation>
    </message>
    <message>
        <source>Theirs: the version on the server</source>
        <translation>Versión del servidor: el texto tal como lo modificaron otras personas, en el servidor</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>Texto combinado</translation>
    </message>
    <message>
        <source>Merg&amp;ed text (edit it, then use it):</source>
        <translation>Texto &amp;combinado (edítelo y después úselo):</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar &amp;mi versión</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la versión del &amp;servidor</translation>
    </message>
    <message>
        <source>&amp;Use the merged text</source>
        <translation>&amp;Usar el texto combinado</translation>
    </message>
    <message>
        <source>&amp;Restore it with my edit</source>
        <translation>&amp;Restaurar con mi cambio</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Versión del servidor</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>&amp;Descartar mi cambio</translation>
    </message>
    <message>
        <source>{0}
This was deleted on the server while you edited it. Your edit is kept here: restore it with your edit, or discard the edit.</source>
        <translation>{0}
Esto se eliminó en el servidor mientras usted lo editaba. Su cambio se conserva aquí: restáurelo con su cambio o descarte el cambio.</translation>
    </message>
    <message>
        <source>{0}
The server did not accept your edit: {1}
Your text is kept here so that you can copy it.</source>
        <translation>{0}
El servidor no ha aceptado su cambio: {1}
Su texto se conserva aquí para que pueda copiarlo.</translation>
    </message>
    <message>
        <source>{0}
You and someone else changed the same passage. Keep one version, or edit a merge of both.</source>
        <translation>{0}
Usted y otra persona han modificado el mismo fragmento. Conserve una de las dos versiones o edite una combinación de ambas.</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… %n párrafo sin cambios …</numerusform>
            <numerusform>… %n párrafos sin cambios …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>This workspace was written by a newer version of IncluCities. Please install that version; the workspace has not been changed.</source>
        <translation>Este espacio de trabajo fue creado con una versión más reciente de IncluCities. Le rogamos que instale esa versión; el espacio de trabajo no se ha modificado.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not an IncluCities workspace. It has not been changed: restore it from a backup or choose another folder.</source>
        <translation>El archivo del espacio de trabajo está dañado o no es un espacio de trabajo de IncluCities. No se ha modificado: restáurelo desde una copia de seguridad o elija otra carpeta.</translation>
    </message>
    <message>
        <source>This folder cannot be used as a workspace (the details say why). Nothing has been changed: choose another folder.</source>
        <translation>Esta carpeta no puede usarse como espacio de trabajo (los detalles indican el motivo). No se ha modificado nada: elija otra carpeta.</translation>
    </message>
    <message>
        <source>IncluCities</source>
        <translation>IncluCities</translation>
    </message>
    <message>
        <source>The workspace could not be written: {0}

Your last change is kept in memory; free some disk space and try again.</source>
        <translation>No se ha podido escribir en el espacio de trabajo: {0}

Su último cambio se conserva en memoria; libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong that IncluCities did not expect. Your saved work is safe. If it happens again, please send the log file to your coordinator.</source>
        <translation>Se ha producido un problema que IncluCities no esperaba. Su trabajo guardado está a salvo. Si vuelve a ocurrir, le rogamos que envíe el archivo de registro a su coordinador.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Word</source>
        <translation>Exportar a Word</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Include mentors&apos; &amp;comments as Word comments</source>
        <translation>Incluir los &amp;comentarios de los mentores como comentarios de Word</translation>
    </message>
    <message>
        <source>Each comment thread of the plan, replies included, beside the passage or heading it is about</source>
        <translation>Cada hilo de comentarios del plan, con sus respuestas, junto al fragmento o título al que se refiere</translation>
    </message>
    <message>
        <source>Add the review &amp;log as an appendix</source>
        <translation>Añadir el &amp;registro de revisión como anexo</translation>
    </message>
    <message>
        <source>Every review step of the plan: who, when, and the note they wrote</source>
        <translation>Todos los pasos de revisión del plan: quién, cuándo y la nota que escribió</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <source>Please give a file name ending in .docx.</source>
        <translation>Indique un nombre de archivo que termine en .docx.</translation>
    </message>
    <message>
        <source>{0} exists already. Replace it?</source>
        <translation>{0} ya existe. ¿Desea reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>&amp;Export to Word…</source>
        <translation>Exportar a &amp;Word…</translation>
    </message>
    <message>
        <source>Export se&amp;veral plans…</source>
        <translation>Exportar &amp;varios planes…</translation>
    </message>
</context>
<context>
    <name>FormatToolBar</name>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Estilo de párrafo</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Título 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Título 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Título 3</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Decrease list level</source>
        <translation>Reducir el nivel de la lista</translation>
    </message>
    <message>
        <source>Increase list level</source>
        <translation>Aumentar el nivel de la lista</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Insert table…</source>
        <translation>Insertar tabla…</translation>
    </message>
    <message>
        <source>Add table row</source>
        <translation>Añadir fila a la tabla</translation>
    </message>
    <message>
        <source>Remove table row</source>
        <translation>Quitar fila de la tabla</translation>
    </message>
    <message>
        <source>Add table column</source>
        <translation>Añadir columna a la tabla</translation>
    </message>
    <message>
        <source>Remove table column</source>
        <translation>Quitar columna de la tabla</translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiones…</translation>
    </message>
    <message>
        <source>Versions of the plan, and what changed since each</source>
        <translation>Versiones del plan y qué ha cambiado desde cada una</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>Asignar un &amp;nombre a esta versión…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Open a plan first.</source>
        <translation>Abra primero un plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) restored; the next sync sends them.</source>
        <translation>
            <numerusform>%n cambio restaurado; se enviará con la próxima sincronización.</numerusform>
            <numerusform>%n cambios restaurados; se enviarán con la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version “{0}” named; the next sync sends it.</source>
        <translation>Nombre «{0}» asignado a la versión; se enviará con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Name this version</source>
        <translation>Asignar un nombre a esta versión</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted for mentor review</source>
        <translation>Enviado al mentor para revisión</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Endorsed by mentor</source>
        <translation>Respaldado por el mentor</translation>
    </message>
    <message>
        <source>Submitted to coordinator</source>
        <translation>Enviado al coordinador</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezada</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Redactada</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Text of the link</source>
        <translation>Texto del enlace</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
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
        <translation>Planes</translation>
    </message>
    <message>
        <source>Filter plans</source>
        <translation>Filtrar los planes</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Nuevo plan…</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>&amp;Planes</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>Add the &amp;sample plans</source>
        <translation>Añadir los planes de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Move plan to &amp;trash</source>
        <translation>Mover el plan a la &amp;papelera</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>Pape&amp;lera…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Next section</source>
        <translation>Sección &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous section</source>
        <translation>Sección &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the plan &amp;list</source>
        <translation>Ir a la &amp;lista de planes</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About IncluCities</source>
        <translation>&amp;Acerca de IncluCities</translation>
    </message>
    <message>
        <source>{0} — IncluCities</source>
        <translation>{0} — IncluCities</translation>
    </message>
    <message>
        <source>Adding the sample plans…</source>
        <translation>Añadiendo los planes de ejemplo…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample plan(s) added</source>
        <translation>
            <numerusform>%n plan de ejemplo añadido</numerusform>
            <numerusform>%n planes de ejemplo añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is in the trash; File → Trash… puts it back.</source>
        <translation>El plan está en la papelera; puede recuperarlo desde Archivo → Papelera….</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Preferencias guardadas</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios están guardados</translation>
    </message>
</context>
<context>
    <name>MainWindowDescriptions</name>
    <message>
        <source>Every plan of this workspace; the chosen one opens beside the list. Ctrl+L comes back here.</source>
        <translation>Todos los planes de este espacio de trabajo; el elegido se abre junto a la lista. Ctrl+L vuelve aquí.</translation>
    </message>
    <message>
        <source>Shows only the plans whose title, city or status contains these words</source>
        <translation>Muestra solo los planes cuyo título, municipio o estado contiene estas palabras</translation>
    </message>
    <message>
        <source>Create an action plan for a city</source>
        <translation>Crear un plan de acción para un municipio</translation>
    </message>
    <message>
        <source>Whether every change has been written to the workspace</source>
        <translation>Indica si todos los cambios se han escrito en el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>MonthEdit</name>
    <message>
        <source>Month and year; Delete empties the field</source>
        <translation>Mes y año; la tecla Supr vacía el campo</translation>
    </message>
</context>
<context>
    <name>NameVersionDialog</name>
    <message>
        <source>Name this version</source>
        <translation>Asignar un nombre a esta versión</translation>
    </message>
    <message>
        <source>Keep “{0}” as it is now under a name, e.g. “Before the second study visit”. The server keeps it from the next sync on.</source>
        <translation>Conserve «{0}» tal como está ahora con un nombre, p. ej. «Antes de la segunda visita de estudio». El servidor lo conservará a partir de la próxima sincronización.</translation>
    </message>
    <message>
        <source>Version name</source>
        <translation>Nombre de la versión</translation>
    </message>
    <message>
        <source>Name it</source>
        <translation>Asignar nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>NestedTableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Add a row to “{0}”</source>
        <translation>Añadir una fila a «{0}»</translation>
    </message>
    <message>
        <source>Remove the selected rows of “{0}”</source>
        <translation>Quitar las filas seleccionadas de «{0}»</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New action plan</source>
        <translation>Nuevo plan de acción</translation>
    </message>
    <message>
        <source>Choose or type your city</source>
        <translation>Elija o escriba su municipio</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Municipio</translation>
    </message>
    <message>
        <source>e.g. Local action plan for inclusion 2026-2028</source>
        <translation>p. ej. Plan de acción local para la inclusión 2026-2028</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation>Idioma del plan</translation>
    </message>
    <message>
        <source>IncluCities action plan, version {0}</source>
        <translation>Plan de acción IncluCities, versión {0}</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Create plan</source>
        <translation>Crear el plan</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Coordinator overview</source>
        <translation>Vista general del coordinador</translation>
    </message>
    <message>
        <source>Plan or city</source>
        <translation>Plan o municipio</translation>
    </message>
    <message>
        <source>Filter plans by text</source>
        <translation>Filtrar los planes por texto</translation>
    </message>
    <message>
        <source>Filter plans by status</source>
        <translation>Filtrar los planes por estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>One plan a row; a column header sorts, Enter opens the plan in the main window</source>
        <translation>Un plan por fila; un encabezado de columna ordena, Intro abre el plan en la ventana principal</translation>
    </message>
    <message>
        <source>Every plan of the programme, where it stands in the review.</source>
        <translation>Todos los planes del programa y en qué punto de la revisión se encuentran.</translation>
    </message>
    <message>
        <source>Every plan in this workspace, where it stands in the review.</source>
        <translation>Todos los planes de este espacio de trabajo y en qué punto de la revisión se encuentran.</translation>
    </message>
    <message>
        <source>The plans you can read: your city&apos;s, and those your city mentors.</source>
        <translation>Los planes que puede consultar: los de su municipio y los de los municipios de los que su municipio es mentor.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) shown</source>
        <translation>
            <numerusform>%n plan mostrado</numerusform>
            <numerusform>%n planes mostrados</numerusform>
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
        <translation>Municipio</translation>
    </message>
    <message>
        <source>Mentor city</source>
        <translation>Municipio mentor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Drafted sections</source>
        <translation>Secciones redactadas</translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation>Comentarios abiertos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Sections drafted out of the template&apos;s sections</source>
        <translation>Secciones redactadas del total de secciones de la plantilla</translation>
    </message>
    <message>
        <source>{0} of {1} sections drafted, {2} started</source>
        <translation>{0} de {1} secciones redactadas, {2} empezadas</translation>
    </message>
    <message>
        <source>A review step of this plan waits for the next sync</source>
        <translation>Un paso de revisión de este plan espera la próxima sincronización</translation>
    </message>
    <message>
        <source>{0} (step waits for sync)</source>
        <translation>{0} (paso pendiente de sincronización)</translation>
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
        <translation>Cambio de título del plan</translation>
    </message>
</context>
<context>
    <name>PlanExportFlow</name>
    <message>
        <source>Writing {0}…</source>
        <translation>Escribiendo {0}…</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Exportar a Word</translation>
    </message>
    <message>
        <source>The plan was exported to {0}.</source>
        <translation>El plan se ha exportado a {0}.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <source>The plan could not be exported: {0}</source>
        <translation>No se ha podido exportar el plan: {0}</translation>
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
Municipio: {1}
Idioma: {2}
Estado: {3}
Último cambio: {4}</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n comentario nuevo</numerusform>
            <numerusform>%n comentarios nuevos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>A change of title can be undone</source>
        <translation>Un cambio de título se puede deshacer</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Datos del plan</translation>
    </message>
    <message>
        <source>Sections of the plan</source>
        <translation>Secciones del plan</translation>
    </message>
    <message>
        <source>Each section with how far it is drafted; Ctrl+Page Down and Ctrl+Page Up move between sections from anywhere in the plan</source>
        <translation>Cada sección con su grado de redacción; Ctrl+Av Pág y Ctrl+Re Pág pasan de una sección a otra desde cualquier punto del plan</translation>
    </message>
    <message>
        <source>mentor city: {0}</source>
        <translation>municipio mentor: {0}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>This plan is approved and read-only until a coordinator reopens it.</source>
        <translation>Este plan está aprobado y es de solo lectura hasta que un coordinador lo reabra.</translation>
    </message>
    <message>
        <source>You are reading {0}&apos;s plan as its mentor: you can comment but not change it.</source>
        <translation>Está consultando el plan de {0} como mentor: puede comentarlo, pero no modificarlo.</translation>
    </message>
    <message>
        <source>You are reading this plan as a coordinator: you can comment but not change it.</source>
        <translation>Está consultando este plan como coordinador: puede comentarlo, pero no modificarlo.</translation>
    </message>
    <message>
        <source>You can read this plan but not change it.</source>
        <translation>Puede consultar este plan, pero no modificarlo.</translation>
    </message>
</context>
<context>
    <name>Restart</name>
    <message>
        <source>New language</source>
        <translation>Nuevo idioma</translation>
    </message>
    <message>
        <source>IncluCities uses the new language from its next start. Restart now? Your work is saved first.</source>
        <translation>IncluCities usará el nuevo idioma a partir del próximo inicio. ¿Desea reiniciarlo ahora? Su trabajo se guarda antes.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>RestoreWords</name>
    <message numerus="yes">
        <source>This makes %n edit(s); the next sync sends them like any other. To keep the plan as it is now among the versions, name this version first.</source>
        <translation>
            <numerusform>Esto supone %n cambio; se enviará con la próxima sincronización, como cualquier otro. Para conservar el plan tal como está ahora entre las versiones, asigne primero un nombre a esta versión.</numerusform>
            <numerusform>Esto supone %n cambios; se enviarán con la próxima sincronización, como cualquier otro. Para conservar el plan tal como está ahora entre las versiones, asigne primero un nombre a esta versión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>&amp;Submit to mentor…</source>
        <translation>&amp;Enviar al mentor…</translation>
    </message>
    <message>
        <source>&amp;Endorse…</source>
        <translation>&amp;Respaldar…</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Solicitar &amp;cambios…</translation>
    </message>
    <message>
        <source>Submit to coor&amp;dinator…</source>
        <translation>Enviar al c&amp;oordinador…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>Rea&amp;brir…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Endorse</source>
        <translation>Respaldar</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Solicitar cambios</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>The plan goes to the mentor city for review. The mentor endorses it or asks for changes.</source>
        <translation>El plan se envía al municipio mentor para su revisión. El mentor lo respalda o solicita cambios.</translation>
    </message>
    <message>
        <source>You endorse the plan as its mentor; its city may then submit it to the coordinator.</source>
        <translation>Usted respalda el plan como mentor; el municipio que lo redacta podrá entonces enviarlo al coordinador.</translation>
    </message>
    <message>
        <source>The plan goes back to its city with your note saying what should change.</source>
        <translation>El plan vuelve al municipio que lo redacta, con una nota suya que indica qué debe cambiar.</translation>
    </message>
    <message>
        <source>The endorsed plan goes to the programme&apos;s coordinator for approval.</source>
        <translation>El plan respaldado se envía al coordinador del programa para su aprobación.</translation>
    </message>
    <message>
        <source>The plan is approved and becomes read-only until a coordinator reopens it.</source>
        <translation>El plan queda aprobado y pasa a ser de solo lectura hasta que un coordinador lo reabra.</translation>
    </message>
    <message>
        <source>The approved plan becomes a draft again, so its city can change it.</source>
        <translation>El plan aprobado vuelve a ser un borrador, para que el municipio que lo redacta pueda modificarlo.</translation>
    </message>
    <message>
        <source>Submitted to the mentor</source>
        <translation>Enviado al mentor</translation>
    </message>
    <message>
        <source>Endorsed</source>
        <translation>Respaldado por el mentor</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Cambios solicitados</translation>
    </message>
    <message>
        <source>Submitted to the coordinator</source>
        <translation>Enviado al coordinador</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <source>Changed after endorsement: back to the mentor</source>
        <translation>Modificado tras el respaldo: vuelve al mentor</translation>
    </message>
</context>
<context>
    <name>ReviewStepDialog</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — estado actual: {1}</translation>
    </message>
    <message>
        <source>The step is sent with the next sync; the server records who took it and when.</source>
        <translation>El paso se envía con la próxima sincronización; el servidor registra quién lo realizó y cuándo.</translation>
    </message>
    <message>
        <source>Not signed in: the step waits until you sign in and sync.</source>
        <translation>Sin sesión iniciada: el paso queda en espera hasta que inicie sesión y sincronice.</translation>
    </message>
    <message>
        <source>&amp;Note for the others (required):</source>
        <translation>&amp;Nota para los demás (obligatoria):</translation>
    </message>
    <message>
        <source>&amp;Note for the others (optional):</source>
        <translation>&amp;Nota para los demás (opcional):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What should change, and why</source>
        <translation>Qué debe cambiar y por qué</translation>
    </message>
    <message>
        <source>A word for the mentor, the city or the coordinator</source>
        <translation>Unas palabras para el mentor, el municipio o el coordinador</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineDialog</name>
    <message>
        <source>Review history</source>
        <translation>Historial de revisión</translation>
    </message>
    <message>
        <source>Review steps</source>
        <translation>Pasos de revisión</translation>
    </message>
    <message>
        <source>The plan&apos;s review steps, oldest first: the step, the change of status, who, when and their note</source>
        <translation>Los pasos de revisión del plan, del más antiguo al más reciente: el paso, el cambio de estado, quién, cuándo y su nota</translation>
    </message>
    <message>
        <source>No review step yet: the plan is a draft that was never submitted.</source>
        <translation>Todavía no hay ningún paso de revisión: el plan es un borrador que nunca se ha enviado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — now: {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — estado actual: {1}</translation>
    </message>
</context>
<context>
    <name>ReviewTimelineModel</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Refused by the server: {0}</source>
        <translation>Rechazado por el servidor: {0}</translation>
    </message>
    <message>
        <source>Waits for sync</source>
        <translation>Pendiente de sincronización</translation>
    </message>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>no realizado</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>pendiente de sincronización</translation>
    </message>
</context>
<context>
    <name>ReviewUi</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>Review &amp;history…</source>
        <translation>&amp;Historial de revisión…</translation>
    </message>
    <message>
        <source>Coordinator &amp;overview…</source>
        <translation>&amp;Vista general del coordinador…</translation>
    </message>
    <message>
        <source>Every plan you can read, where it stands in the review (Ctrl+Shift+O)</source>
        <translation>Todos los planes que puede consultar y en qué punto de la revisión se encuentran (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <source>&amp;No plan is open</source>
        <translation>&amp;No hay ningún plan abierto</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: sign &amp;in…</source>
        <translation>«{0}» espera la sincronización: &amp;iniciar sesión…</translation>
    </message>
    <message>
        <source>“{0}” waits for sync: &amp;sync now</source>
        <translation>«{0}» espera la sincronización: &amp;sincronizar ahora</translation>
    </message>
    <message>
        <source>Review steps go through the server: sign &amp;in…</source>
        <translation>Los pasos de revisión pasan por el servidor: &amp;iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;No review step is yours to take now</source>
        <translation>&amp;Ningún paso de revisión le corresponde ahora</translation>
    </message>
    <message>
        <source>“{0}” is recorded and goes to the server with the next sync.</source>
        <translation>Paso «{0}» registrado: se enviará al servidor con la próxima sincronización.</translation>
    </message>
    <message>
        <source>This review step cannot be taken.</source>
        <translation>No se puede realizar este paso de revisión.</translation>
    </message>
    <message>
        <source>Review step not taken</source>
        <translation>Paso de revisión no realizado</translation>
    </message>
    <message>
        <source>The server refused the step “{0}”.</source>
        <translation>El servidor ha rechazado el paso «{0}».</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all plans</source>
        <translation>Buscar en todos los planes</translation>
    </message>
    <message>
        <source>Words to find in every plan…</source>
        <translation>Palabras que buscar en todos los planes…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchUi</name>
    <message>
        <source>&amp;Search all plans…</source>
        <translation>&amp;Buscar en todos los planes…</translation>
    </message>
    <message>
        <source>an action</source>
        <translation>una acción</translation>
    </message>
    <message>
        <source>the plan&apos;s title</source>
        <translation>el título del plan</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <source>Typing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Section text</source>
        <translation>Texto de la sección</translation>
    </message>
    <message>
        <source>Saved as you type; Tab indents a list, Ctrl+Tab leaves the text</source>
        <translation>Se guarda mientras escribe; Tab aplica sangría a una lista, Ctrl+Tab sale del texto</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Como el sistema ({0})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages, and how dates and amounts are written</source>
        <translation>El idioma de los menús, los cuadros de diálogo y los mensajes, y el formato de fechas e importes</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claros</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuros</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Light or dark window colours</source>
        <translation>Colores claros u oscuros de las ventanas</translation>
    </message>
    <message>
        <source>A new language is used from the next start of IncluCities. Colours change at once.</source>
        <translation>Un nuevo idioma se aplica a partir del próximo inicio de IncluCities. Los colores cambian de inmediato.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Every command that has a shortcut, with its keys. Tab moves between areas of the window, Ctrl+Tab out of a text or a table; Alt with the underlined letter opens a menu.</source>
        <translation>Todos los comandos que tienen un atajo, con sus teclas. Tab pasa de una zona de la ventana a otra y Ctrl+Tab sale de un texto o de una tabla; Alt con la letra subrayada abre un menú.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the IncluCities server</source>
        <translation>Iniciar sesión en el servidor de IncluCities</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in with the account your coordinator gave you. Your plans stay on this computer and are synced with the server whenever it can be reached.</source>
        <translation>Inicie sesión con la cuenta que le facilitó su coordinador. Sus planes permanecen en este ordenador y se sincronizan con el servidor siempre que se pueda acceder a él.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Certificate authority bundle</source>
        <translation>Certificados de la autoridad de certificación</translation>
    </message>
    <message>
        <source>Only if your IT department gave you one</source>
        <translation>Solo si se lo ha facilitado su departamento de informática</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Keep the sign-in in a plain &amp;file</source>
        <translation>Guardar el inicio de sesión en un archivo sin ci&amp;frar</translation>
    </message>
    <message>
        <source>This computer has no secure password store: anyone with access to your files could use a sign-in kept in a plain file.</source>
        <translation>Este ordenador no dispone de un almacén seguro de contraseñas: cualquier persona con acceso a sus archivos podría usar un inicio de sesión guardado en un archivo sin cifrar.</translation>
    </message>
    <message>
        <source>&amp;Certificates (PEM):</source>
        <translation>Cer&amp;tificados (PEM):</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>Opciones &amp;avanzadas</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>Where the plan stands in the review; the Review menu holds the next steps</source>
        <translation>En qué punto de la revisión se encuentra el plan; el menú Revisión contiene los pasos siguientes</translation>
    </message>
    <message>
        <source>{0} · a step waits for sync</source>
        <translation>{0} · un paso espera la sincronización</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the conflicts to resolve</source>
        <translation>Mostrar los conflictos por resolver</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Error de sincronización</translation>
    </message>
    <message>
        <source>Syncing… {0} of {1}</source>
        <translation>Sincronizando… {0} de {1}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Sincronizado a las {0}</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send your changes and fetch the others&apos; (F5)</source>
        <translation>Enviar sus cambios y recibir los de los demás (F5)</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>The sample plans were removed from this workspace: they are for a first look and are never uploaded.</source>
        <translation>Los planes de ejemplo se han quitado de este espacio de trabajo: sirven para una primera toma de contacto y nunca se envían al servidor.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so you will be asked to sign in again next time.</source>
        <translation>Este ordenador no dispone de un almacén seguro de contraseñas, por lo que la próxima vez se le pedirá que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of the server? Your plans stay on this computer, and changes you make are sent when you sign in again.</source>
        <translation>¿Desea cerrar la sesión en el servidor? Sus planes permanecen en este ordenador, y los cambios que haga se enviarán cuando vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>Insert table</source>
        <translation>Insertar tabla</translation>
    </message>
    <message>
        <source>Rows, with the header row</source>
        <translation>Filas, incluida la de encabezado</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>&amp;Rows (with the header):</source>
        <translation>&amp;Filas (con el encabezado):</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Columnas:</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>Use a custom style template (.docx)</source>
        <translation>Usar una plantilla de estilo personalizada (.docx)</translation>
    </message>
    <message>
        <source>Style template</source>
        <translation>Plantilla de estilo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Plans in the trash</source>
        <translation>Planes en la papelera</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Plans moved to the trash stay here until you restore them.</source>
        <translation>Los planes movidos a la papelera permanecen aquí hasta que usted los restaure.</translation>
    </message>
</context>
<context>
    <name>VersionDiff</name>
    <message>
        <source>added</source>
        <translation>añadida</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Action without a title</source>
        <translation>Acción sin título</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
</context>
<context>
    <name>VersionDiffView</name>
    <message>
        <source>Changed sections and actions</source>
        <translation>Secciones y acciones modificadas</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>Ca&amp;mbios:</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Removed words are struck through, added words underlined</source>
        <translation>Las palabras eliminadas aparecen tachadas y las añadidas, subrayadas</translation>
    </message>
    <message>
        <source>Show &amp;unchanged sections and actions</source>
        <translation>Mostrar las secciones y acciones s&amp;in cambios</translation>
    </message>
    <message>
        <source>Restore this &amp;section</source>
        <translation>Restaurar esta &amp;sección</translation>
    </message>
    <message>
        <source>Restore this &amp;action</source>
        <translation>Restaurar esta &amp;acción</translation>
    </message>
    <message>
        <source>Restore the &amp;whole plan…</source>
        <translation>Restaurar &amp;todo el plan…</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Título del plan</translation>
    </message>
</context>
<context>
    <name>VersionsWindow</name>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Versiones del plan</translation>
    </message>
    <message>
        <source>&amp;Versions, newest first:</source>
        <translation>&amp;Versiones, la más reciente primero:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>&amp;Name this version…</source>
        <translation>Asignar un &amp;nombre a esta versión…</translation>
    </message>
    <message>
        <source>Fetching the version</source>
        <translation>Recuperación de la versión</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Compare wi&amp;th:</source>
        <translation>Comparar &amp;con:</translation>
    </message>
    <message>
        <source>Versions of {0}</source>
        <translation>Versiones de {0}</translation>
    </message>
    <message>
        <source>A version taken when the plan&apos;s status changed</source>
        <translation>Una versión guardada al cambiar el estado del plan</translation>
    </message>
    <message>
        <source>A version named by a person</source>
        <translation>Una versión a la que una persona asignó un nombre</translation>
    </message>
    <message>
        <source>Now: the plan as it is here</source>
        <translation>Ahora: el plan tal como está aquí</translation>
    </message>
    <message>
        <source>This plan has no versions yet. A version is kept at every review step, and History → Name this version… keeps one now.</source>
        <translation>Este plan todavía no tiene versiones. Se conserva una versión en cada paso de revisión, y Historial → Asignar un nombre a esta versión… conserva una en este momento.</translation>
    </message>
    <message>
        <source>waits for sync</source>
        <translation>pendiente de sincronización</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>This version waits for sync: the server keeps its content, so it can be compared once the next sync has sent it.</source>
        <translation>Esta versión está pendiente de sincronización: su contenido lo conserva el servidor, así que podrá compararse cuando la próxima sincronización la haya enviado.</translation>
    </message>
    <message>
        <source>Fetching the version…</source>
        <translation>Recuperando la versión…</translation>
    </message>
    <message>
        <source>Compare with Now to restore from this version</source>
        <translation>Compare con «Ahora» para restaurar a partir de esta versión</translation>
    </message>
    <message>
        <source>This version is not on this computer yet, and the server cannot be reached. Connect to the network and choose it again.</source>
        <translation>Esta versión todavía no está en este ordenador y no se puede acceder al servidor. Conéctese a la red y vuelva a elegirla.</translation>
    </message>
    <message>
        <source>This version is not on this computer yet. Sign in to the sync server (Sync → Sign in…) to fetch it.</source>
        <translation>Esta versión todavía no está en este ordenador. Inicie sesión en el servidor de sincronización (Sincronización → Iniciar sesión…) para obtenerla.</translation>
    </message>
    <message>
        <source>The version could not be opened: {0}</source>
        <translation>No se ha podido abrir la versión: {0}</translation>
    </message>
    <message>
        <source>The version could not be compared: {0}</source>
        <translation>No se ha podido comparar la versión: {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put back the section “{0}” as it was in “{1}”?</source>
        <translation>¿Desea restaurar la sección «{0}» tal como estaba en «{1}»?</translation>
    </message>
    <message>
        <source>Put back the action “{0}” as it was in “{1}”?</source>
        <translation>¿Desea restaurar la acción «{0}» tal como estaba en «{1}»?</translation>
    </message>
    <message>
        <source>Put back the whole plan as it was in “{0}”?</source>
        <translation>¿Desea restaurar todo el plan tal como estaba en «{0}»?</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to IncluCities</source>
        <translation>Le damos la bienvenida a IncluCities</translation>
    </message>
    <message>
        <source>Draft your city&apos;s action plan for the integration and inclusion of migrants, section by section and action by action. Everything is kept on this computer, so you can work without a network.</source>
        <translation>Redacte el plan de acción de su municipio para la integración y la inclusión de las personas migrantes, sección a sección y acción a acción. Todo se guarda en este ordenador, por lo que puede trabajar sin conexión a la red.</translation>
    </message>
    <message>
        <source>Create a new plan…</source>
        <translation>Crear un plan nuevo…</translation>
    </message>
    <message>
        <source>Start an empty action plan for your city</source>
        <translation>Empezar un plan de acción vacío para su municipio</translation>
    </message>
    <message>
        <source>Open the sample workspace</source>
        <translation>Abrir el espacio de trabajo de ejemplo</translation>
    </message>
    <message>
        <source>Add the eight IncluCities cities, their pairs and four partly drafted plans</source>
        <translation>Añadir los ocho municipios de IncluCities, sus parejas y cuatro planes parcialmente redactados</translation>
    </message>
    <message>
        <source>The sample holds the eight IncluCities cities, their four mentor and mentee pairs, and a partly drafted plan for Partinico, Saint-Jean-de-la-Ruelle, Livadia and Jelgava, each in its own language.</source>
        <translation>El ejemplo contiene los ocho municipios de IncluCities, sus cuatro parejas de mentor y tutelado, y un plan parcialmente redactado para Partinico, Saint-Jean-de-la-Ruelle, Livadia y Jelgava, cada uno en su idioma.</translation>
    </message>
</context>
</TS>
