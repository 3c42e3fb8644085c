#!/usr/bin/env bash
# Install Stills' menu entry, AppStream metainfo and icons for the current user.
#
#   bash packaging/install-desktop.sh                          # Exec=gallery (pip-installed)
#   bash packaging/install-desktop.sh --exec dist/stills/stills  # Exec=<absolute path of a built app>
#   bash packaging/install-desktop.sh --uninstall
#
# Files go under ${XDG_DATA_HOME:-~/.local/share}: applications/, metainfo/ and
# icons/hicolor/<size>/apps/. The icon is installed under the app id
# (io.github.stills.Stills), which the .desktop and metainfo files name; the
# sources are assets/icons/stills.svg and assets/icons/hicolor/<N>x<N>/apps/stills.png.
set -euo pipefail

APP_ID=io.github.stills.Stills
HERE=$(cd "$(dirname "$0")" && pwd)
ICONS=${STILLS_ICONS:-$HERE/../assets/icons}
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
EXEC=""
UNINSTALL=0

while [ $# -gt 0 ]; do
    case $1 in
        --exec) EXEC=${2:?--exec needs a path}; shift ;;
        --exec=*) EXEC=${1#--exec=} ;;
        --uninstall) UNINSTALL=1 ;;
        -h | --help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install-desktop.sh: unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true
    fi
}

if [ "$UNINSTALL" = 1 ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    rm -f "$DATA"/icons/hicolor/*/apps/"$APP_ID".png "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
    refresh
    echo "Removed Stills from $DATA"
    exit 0
fi

if [ ! -f "$ICONS/stills.svg" ]; then
    echo "install-desktop.sh: no icon at $ICONS/stills.svg" >&2
    exit 1
fi

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons/hicolor/scalable/apps"

desktop="$DATA/applications/$APP_ID.desktop"
if [ -n "$EXEC" ]; then
    EXEC=$(cd "$(dirname "$EXEC")" && pwd)/$(basename "$EXEC")
    if [ ! -x "$EXEC" ]; then
        echo "install-desktop.sh: $EXEC is not an executable" >&2
        exit 1
    fi
    case $EXEC in
        *[!A-Za-z0-9/._+\ -]*)
            echo "install-desktop.sh: keep the path to plain letters, digits, spaces and ._+-: $EXEC" >&2
            exit 1 ;;
    esac
    # The Desktop Entry spec: an argument with spaces is double-quoted.
    case $EXEC in *' '*) quoted="\"$EXEC\"" ;; *) quoted=$EXEC ;; esac
    sed -e "s|^Exec=gallery |Exec=$quoted |" -e "s|^TryExec=gallery\$|TryExec=$EXEC|" \
        "$HERE/$APP_ID.desktop" >"$desktop.tmp"
    mv "$desktop.tmp" "$desktop"
else
    install -m 644 "$HERE/$APP_ID.desktop" "$desktop"
fi
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"

install -m 644 "$ICONS/stills.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$ICONS"/hicolor/*/apps/stills.png; do
    [ -f "$png" ] || continue
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$DATA/icons/hicolor/$size/apps"
    install -m 644 "$png" "$DATA/icons/hicolor/$size/apps/$APP_ID.png"
done
# Let icon themes notice the new files (the cache is rebuilt only where one exists).
touch "$DATA/icons/hicolor" 2>/dev/null || true

refresh
echo "Installed Stills into $DATA ($(grep '^Exec=' "$desktop"))"
