<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>BatchExportDialog</name>
    <message numerus="yes">
        <source>%n plan(s) exported.</source>
        <translation>
            <numerusform>%n plan exported.</numerusform>
            <numerusform>%n plans exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… %n unchanged paragraph …</numerusform>
            <numerusform>… %n unchanged paragraphs …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryUi</name>
    <message numerus="yes">
        <source>%n edit(s) restored; the next sync sends them.</source>
        <translation>
            <numerusform>%n edit restored; the next sync sends it.</numerusform>
            <numerusform>%n edits restored; the next sync sends them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n sample plan(s) added</source>
        <translation>
            <numerusform>%n sample plan added</numerusform>
            <numerusform>%n sample plans added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message numerus="yes">
        <source>%n plan(s) shown</source>
        <translation>
            <numerusform>%n plan shown</numerusform>
            <numerusform>%n plans shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n new comment</numerusform>
            <numerusform>%n new comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreWords</name>
    <message numerus="yes">
        <source>This makes %n edit(s); the next sync sends them like any other. To keep the plan as it is now among the versions, name this version first.</source>
        <translation>
            <numerusform>This makes %n edit; the next sync sends it like any other. To keep the plan as it is now among the versions, name this version first.</numerusform>
            <numerusform>This makes %n edits; the next sync sends them like any other. To keep the plan as it is now among the versions, name this version first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
</TS>
