#!/bin/sh
# Adds an unpacked SegmentLab app image to the current user's application menu and makes it
# the handler of *.slproj.json project files. The .deb does this by itself; this is for the
# app image. Usage: install-desktop-entry.sh [--remove] /path/to/SegmentLab
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$data/applications/segmentlab.desktop" "$data/mime/packages/segmentlab-project.xml"
    update-mime-database "$data/mime" 2>/dev/null || true
    update-desktop-database "$data/applications" 2>/dev/null || true
    echo "Removed the SegmentLab menu entry and file type."
    exit 0
fi

if [ $# -ne 1 ] || [ ! -x "$1/bin/segmentlab" ]; then
    echo "usage: $0 [--remove] APP_IMAGE_DIR   (the folder holding bin/segmentlab)" >&2
    exit 2
fi
image=$(cd "$1" && pwd)

mkdir -p "$data/applications" "$data/mime/packages"
sed -e "s|^Exec=.*|Exec=\"$image/bin/segmentlab\" %f|" \
    -e "s|^Icon=.*|Icon=$image/lib/segmentlab.png|" \
    "$here/segmentlab.desktop" > "$data/applications/segmentlab.desktop"
cp "$here/segmentlab-project.xml" "$data/mime/packages/segmentlab-project.xml"
update-mime-database "$data/mime" 2>/dev/null || true
update-desktop-database "$data/applications" 2>/dev/null || true
echo "SegmentLab is in the application menu and opens *.slproj.json files ($image)."
