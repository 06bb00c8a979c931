#!/bin/sh
# Refresh the .ts catalogues from the UI sources (keeping existing translations) and compile the .qm files.
# Run from the repository root: sh resources/i18n/update.sh
set -e
BIN=${BIN:-.venv/bin}
SOURCES=$(find mediation_desk/ui mediation_desk/texts -name '*.py' | sort)
for lang in it en; do
    "$BIN/pyside6-lupdate" -no-obsolete -locations relative -target-language "$([ "$lang" = it ] && echo it_IT || echo en_US)" $SOURCES \
        -ts "resources/i18n/mediation_desk_$lang.ts"
done
for lang in it en; do
    "$BIN/pyside6-lrelease" "resources/i18n/mediation_desk_$lang.ts" -qm "resources/i18n/mediation_desk_$lang.qm"
done
