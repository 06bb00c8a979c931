<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- What Qt's own Italian catalogue (qtbase_it.qm) lacks and the file dialog shows: kept by hand,
     compiled by update.sh beside qtbase_it.qm and installed after it (texts/i18n.py). -->
<TS version="2.1" language="it_IT">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cerca in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>File di &amp;tipo:</translation>
    </message>
</context>
</TS>
