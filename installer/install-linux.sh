#!/bin/sh
# Install the Mediation Desk bundle for the current user, with its menu entry and icon (no root needed):
#   sh install-linux.sh              from inside the bundle folder (dist/mediation-desk/), or
#   sh installer/install-linux.sh    from the source tree after a build (installer/smoke.sh)
#   sh install-linux.sh --uninstall  removes the program, the menu entry and the icon; keeps the data
# Program: ~/.local/opt/mediation-desk; command: ~/.local/bin/mediation-desk; menu entry and icons
# under ${XDG_DATA_HOME:-~/.local/share}. The database stays in ~/.local/share/mediation-desk either way.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
TARGET=${MEDIATION_DESK_PREFIX:-$HOME/.local/opt}/mediation-desk
BINDIR=${MEDIATION_DESK_BINDIR:-$HOME/.local/bin}
ICONS=$DATA/icons/hicolor
ENTRY=$DATA/applications/mediation-desk.desktop

refresh_menus() {
    command -v update-desktop-database > /dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
    command -v gtk-update-icon-cache > /dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" 2> /dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$TARGET"
    rm -f "$BINDIR/mediation-desk" "$ENTRY" "$ICONS/48x48/apps/mediation-desk.png" \
        "$ICONS/256x256/apps/mediation-desk.png" "$ICONS/scalable/apps/mediation-desk.svg"
    refresh_menus
    echo "Mediation Desk removed; the data in $DATA/mediation-desk is kept."
    exit 0
fi

if [ -x "$HERE/mediation-desk" ]; then
    BUNDLE=$HERE
    TEMPLATE=$HERE/mediation-desk.desktop.in
else
    BUNDLE=$(cd "$HERE/.." && pwd)/dist/mediation-desk
    TEMPLATE=$HERE/mediation-desk.desktop.in
fi
[ -x "$BUNDLE/mediation-desk" ] || { echo "no bundle in $BUNDLE: build it first (sh installer/smoke.sh)" >&2; exit 1; }
PICTURES=$(find "$BUNDLE" -type d -path '*mediation_desk/resources/icons' | head -n 1)
[ -n "$PICTURES" ] || { echo "the bundle carries no icons" >&2; exit 1; }

if [ "$BUNDLE" != "$TARGET" ]; then
    rm -rf "$TARGET.new"
    mkdir -p "$(dirname "$TARGET")"
    cp -R "$BUNDLE" "$TARGET.new"
    rm -rf "$TARGET"
    mv "$TARGET.new" "$TARGET"
    PICTURES=$TARGET/${PICTURES#"$BUNDLE"/}
fi
mkdir -p "$BINDIR" "$DATA/applications" "$ICONS/48x48/apps" "$ICONS/256x256/apps" "$ICONS/scalable/apps"
ln -sf "$TARGET/mediation-desk" "$BINDIR/mediation-desk"
cp "$PICTURES/mediation-desk-48.png" "$ICONS/48x48/apps/mediation-desk.png"
cp "$PICTURES/mediation-desk-256.png" "$ICONS/256x256/apps/mediation-desk.png"
cp "$PICTURES/mediation-desk.svg" "$ICONS/scalable/apps/mediation-desk.svg"
# Exec keeps the path quoted, as the Desktop Entry spec asks when it could hold a space
sed "s|@EXEC@|\"$TARGET/mediation-desk\"|" "$TEMPLATE" > "$ENTRY.new"
mv "$ENTRY.new" "$ENTRY"
if command -v desktop-file-validate > /dev/null 2>&1; then
    desktop-file-validate "$ENTRY"
fi
refresh_menus
echo "Mediation Desk installed in $TARGET; menu entry $ENTRY; command $BINDIR/mediation-desk"
