#!/bin/sh
# Refresh the .ts catalogues from the UI sources (keeping existing translations), compile the .qm files
# into the package (mediation_desk/resources/i18n, which the wheel and the bundle carry) and copy Qt's own
# qtbase catalogues beside them. Run from the repository root: sh resources/i18n/update.sh
set -e
BIN=${BIN:-.venv/bin}
OUT=mediation_desk/resources/i18n
SOURCES=$(find mediation_desk/ui mediation_desk/texts -name '*.py' | sort)
for lang in it en; do
    "$BIN/pyside6-lupdate" -no-obsolete -locations relative -target-language "$([ "$lang" = it ] && echo it_IT || echo en_US)" $SOURCES \
        -ts "resources/i18n/mediation_desk_$lang.ts"
done
mkdir -p "$OUT"
for lang in it en; do
    "$BIN/pyside6-lrelease" "resources/i18n/mediation_desk_$lang.ts" -qm "$OUT/mediation_desk_$lang.qm"
done
QT_TRANSLATIONS=$("$BIN/python" -c 'from PySide6.QtCore import QLibraryInfo as L; print(L.path(L.LibraryPath.TranslationsPath))')
for lang in it en; do
    cp "$QT_TRANSLATIONS/qtbase_$lang.qm" "$OUT/"
done
# the few texts of Qt's file dialog that qtbase_it lacks
"$BIN/pyside6-lrelease" -silent resources/i18n/qtbase_extra_it.ts -qm "$OUT/qtbase_extra_it.qm"
