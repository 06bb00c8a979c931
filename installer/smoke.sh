#!/bin/sh
# Build the wheel and the PyInstaller bundle as a release would, and start what was built:
#   1. the wheel, installed alone in a fresh venv, opens the window in Italian (installer/check_installed.py);
#   2. the bundle (dist/mediation-desk/) answers --help and --version, imports a scenario into a new
#      database, and keeps its window open for 10 seconds offscreen;
#   3. its per-user install (install-linux.sh) adds a valid menu entry whose icon exists, and its
#      removal keeps the user's database.
# Every exit code is checked; the first failure stops the script with a line saying which step.
# Run from anywhere: sh installer/smoke.sh   (make smoke; .ci/run runs it after make test)
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON=${PYTHON:-python3}
WORK=$ROOT/build/smoke
export QT_QPA_PLATFORM=offscreen
export PIP_DISABLE_PIP_VERSION_CHECK=1
rm -rf "$WORK" "$ROOT/dist/mediation-desk"
mkdir -p "$WORK/data" "$WORK/config"
# the bundle and the venv keep their settings and data here, never in the tester's home
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"

started=$(date +%s)
step() { echo "== smoke: $*"; }
fail() { echo "smoke FAILED: $*" >&2; exit 1; }
elapsed() { echo $(( $(date +%s) - started )); }

step "building the wheel"
"$PYTHON" -m pip wheel --quiet --no-deps -w "$WORK/wheel" "$ROOT" || fail "pip wheel"
WHEEL=$(ls "$WORK"/wheel/mediation_desk-*.whl)

step "installing $(basename "$WHEEL") alone in a fresh venv"
"$PYTHON" -m venv "$WORK/venv" || fail "venv"
VPY=$WORK/venv/bin/python
"$VPY" -m pip install --quiet "$WHEEL" || fail "pip install of the wheel"
( cd "$WORK" && "$WORK/venv/bin/mediation-desk" --version ) || fail "installed --version"
# -I: isolated, so neither the source tree nor PYTHONPATH can stand in for the installed package
( cd "$WORK" && "$VPY" -I "$ROOT/installer/check_installed.py" ) || fail "the installed wheel does not start in Italian"

step "building the bundle with PyInstaller (build extra)"
"$VPY" -m pip install --quiet "pyinstaller>=6.6" || fail "pip install pyinstaller"
bundle_started=$(date +%s)
( cd "$WORK" && "$WORK/venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$ROOT/dist" \
    --workpath "$WORK/pyinstaller" "$ROOT/installer/mediation-desk.spec" ) || fail "pyinstaller"
bundle_seconds=$(( $(date +%s) - bundle_started ))
APP=$ROOT/dist/mediation-desk/mediation-desk
[ -x "$APP" ] || fail "no $APP"

step "bundle: carries the catalogues (ours and Qt's), the icons and the migrations"
for wanted in mediation_desk_it.qm qtbase_it.qm mediation-desk-256.png env.py 0001_core_entities.py; do
    [ -n "$(find "$ROOT/dist/mediation-desk" -name "$wanted" -print -quit)" ] || fail "the bundle has no $wanted"
done

step "bundle: --help and --version"
"$APP" --help > "$WORK/help.txt" || fail "bundle --help"
grep -q "import" "$WORK/help.txt" || fail "bundle --help lists no import command"
[ "$("$APP" --version)" = "mediation-desk $("$VPY" -I -c 'import mediation_desk; print(mediation_desk.__version__)')" ] \
    || fail "bundle --version"

step "bundle: import of a scenario into a new database, exported again unchanged"
"$WORK/venv/bin/mediation-desk" --db "$WORK/source.db" demo > /dev/null || fail "demo in the venv"
"$WORK/venv/bin/mediation-desk" --db "$WORK/source.db" export "$WORK/scenario.json" > /dev/null || fail "export"
"$APP" --db "$WORK/new.db" import "$WORK/scenario.json" || fail "bundle import"
"$APP" --db "$WORK/new.db" export "$WORK/again.json" > /dev/null || fail "bundle export"
cmp -s "$WORK/scenario.json" "$WORK/again.json" || fail "the bundle's export differs from what it imported"

step "bundle: the window stays up for 10 seconds (offscreen)"
status=0
timeout 10 "$APP" --db "$WORK/new.db" 2> "$WORK/window.err" || status=$?
# 124: still running when timeout stopped it, as it should be; anything else is a crash or an early exit
[ "$status" -eq 124 ] || { cat "$WORK/window.err" >&2; fail "the window ended after less than 10 s (exit $status)"; }
if grep -q "Traceback" "$WORK/window.err"; then cat "$WORK/window.err" >&2; fail "traceback at start"; fi

step "bundle: per-user install with a menu entry (install-linux.sh), removal keeping the data"
INST=$WORK/home
export MEDIATION_DESK_PREFIX="$INST/opt" MEDIATION_DESK_BINDIR="$INST/bin"
sh "$ROOT/dist/mediation-desk/install-linux.sh" || fail "install-linux.sh"
ENTRY=$XDG_DATA_HOME/applications/mediation-desk.desktop
if command -v desktop-file-validate > /dev/null 2>&1; then
    desktop-file-validate "$ENTRY" || fail "the menu entry is not valid"
else
    echo "(desktop-file-validate is not installed here: the menu entry was not validated)"
fi
ICON=$(sed -n 's/^Icon=//p' "$ENTRY")
[ -f "$XDG_DATA_HOME/icons/hicolor/256x256/apps/$ICON.png" ] || fail "Icon=$ICON names no installed icon"
EXEC=$(sed -n 's/^Exec="\(.*\)"$/\1/p' "$ENTRY")
"$EXEC" --version > /dev/null || fail "the menu entry's Exec= does not start"
"$INST/bin/mediation-desk" demo --if-empty > /dev/null || fail "the installed command"
[ -f "$XDG_DATA_HOME/mediation-desk/mediation-desk.db" ] || fail "no database in the user's data folder"
sh "$ROOT/dist/mediation-desk/install-linux.sh" --uninstall > /dev/null || fail "install-linux.sh --uninstall"
[ ! -e "$ENTRY" ] && [ ! -e "$INST/opt/mediation-desk" ] || fail "uninstall left the program or its menu entry"
[ -f "$XDG_DATA_HOME/mediation-desk/mediation-desk.db" ] || fail "uninstall removed the user's database"

size=$(du -sm "$ROOT/dist/mediation-desk" | cut -f1)
echo "smoke passed: bundle ${size} MB, PyInstaller build ${bundle_seconds} s, whole smoke $(elapsed) s"
