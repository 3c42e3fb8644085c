#!/usr/bin/env bash
# Install Stills' menu entry, AppStream metainfo and icons for the current user.
#
#   bash packaging/install-desktop.sh                          # Exec=gallery (pip-installed)
#   bash packaging/install-desktop.sh --exec dist/stills/stills  # Exec=<absolute path of a built app>
#   bash packaging/install-desktop.sh --uninstall
#
# Files go under ${XDG_DATA_HOME:-~/.local/share}: applications/, metainfo/ and
# icons/hicolor/<size>/apps/, named by the app id (io.github.stills.Stills). This runs
# gallery/desktop.py from this checkout (the standard library only, nothing to install);
# an installed Stills does the same with `gallery install-desktop`.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
case ${1:-} in
    -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
has_exec=0
for arg in "$@"; do
    case $arg in --exec | --exec=* | --uninstall) has_exec=1 ;; esac
done
# Without --exec the entry runs `gallery` from PATH, as a pip install provides it.
[ "$has_exec" = 1 ] || set -- --exec gallery "$@"
PYTHONPATH="$HERE/..${PYTHONPATH:+:$PYTHONPATH}" exec "${PYTHON:-python3}" -m gallery.desktop "$@"
