#!/bin/sh
# Renders the application icon from segmentlab.svg into every size the installers and the
# window need. Debian: apt-get install -y librsvg2-bin icoutils icnsutils
set -eu
cd "$(dirname "$0")"
sizes="16 32 48 64 128 256 512"
for s in $sizes; do
    rsvg-convert --width "$s" --height "$s" --format png segmentlab.svg --output "segmentlab-$s.png"
done
# Windows: one .ico holding 16..256; the 256 px image stays PNG-compressed (-r), as Vista+ reads it.
icotool --create --output segmentlab.ico \
    segmentlab-16.png segmentlab-32.png segmentlab-48.png segmentlab-64.png segmentlab-128.png \
    --raw=segmentlab-256.png
# macOS: png2icns takes the sizes its format knows (16, 32, 48, 128, 256, 512).
png2icns segmentlab.icns \
    segmentlab-16.png segmentlab-32.png segmentlab-48.png segmentlab-128.png segmentlab-256.png segmentlab-512.png
# The window icon the workbench loads at runtime.
res=../src/main/resources/org/segmentlab/icons
mkdir -p "$res"
for s in $sizes; do
    cp "segmentlab-$s.png" "$res/segmentlab-$s.png"
done
