#!/usr/bin/env bash
# Build dist/mediation-desk/ with PyInstaller in the project's virtual environment.
set -euo pipefail
cd "$(dirname "$0")/.."
make .venv/.installed-$(cksum < pyproject.toml | cut -d' ' -f1) >/dev/null 2>&1 || true
.venv/bin/python -m pip install --quiet "pyinstaller>=6"
.venv/bin/pyinstaller --noconfirm --distpath dist --workpath build installer/mediation-desk.spec
echo "built dist/mediation-desk/"
