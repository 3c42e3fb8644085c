#!/usr/bin/env bash
# Build Stills as a one-folder app: dist/stills/stills (run it as `dist/stills/stills [PATH]`).
#
#   bash packaging/build.sh             # fresh venv in .venv-build, then PyInstaller
#   bash packaging/build.sh --reuse     # keep an existing .venv-build (faster when iterating)
#
# Environment: PYTHON (default python3), STILLS_BUILD_VENV (default .venv-build).
# Prints the build time and the size of the folder at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=${STILLS_BUILD_VENV:-.venv-build}
REUSE=0
for arg in "$@"; do
    case $arg in
        --reuse) REUSE=1 ;;
        -h | --help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option: $arg" >&2; exit 2 ;;
    esac
done

for needed in assets/space-sweepers assets/icons; do
    if [ -z "$(ls -A "$needed" 2>/dev/null)" ]; then
        echo "build.sh: $needed is missing or empty; the app bundles it" >&2
        exit 1
    fi
done

start=$(date +%s)
if [ "$REUSE" = 0 ] || [ ! -x "$VENV/bin/python" ]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
fi
# A regular (not editable) install, so the package carries gallery/sample_kit and gallery/icons.
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q "pyinstaller>=6.0,<7" .
installed=$(date +%s)

"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/stills.spec
done_at=$(date +%s)

app=dist/stills/stills
test -x "$app" || { echo "build.sh: $app was not built" >&2; exit 1; }
"$app" --version
echo "build.sh: built $app"
echo "build.sh: venv + install $((installed - start)) s, PyInstaller $((done_at - installed)) s, total $((done_at - start)) s"
echo "build.sh: size $(du -sh dist/stills | cut -f1), $(find dist/stills -type f | wc -l) files"
