#!/bin/sh
# Starts the app image's launcher without arguments on the current display and checks that the
# workbench window opens: a window whose name holds SegmentLab appears (xwininfo, from x11-utils) or, without
# xwininfo, the process is still running after 15 s with no exception in its output. Leaves a
# screenshot in target/installer/workbench-window.png when ImageMagick's import is there.
#   installer/check-workbench-window.sh APP_IMAGE_DIR     (check-app-image.sh --gui calls it)
set -eu
cd "$(dirname "$0")/.."
image=$1
log=$(mktemp)

"$image/bin/segmentlab" >"$log" 2>&1 &
app=$!
stop_app() {
    # The app must end before the display does: a JVM that loses its X server mid-frame can crash.
    if kill -0 "$app" 2>/dev/null; then
        kill "$app" 2>/dev/null || true
        wait "$app" 2>/dev/null || true
    fi
    rm -f "$log"
}
trap stop_app EXIT

found=no
waited=0
while [ $waited -lt 60 ]; do
    sleep 1
    waited=$((waited + 1))
    kill -0 "$app" 2>/dev/null || break
    if command -v xwininfo >/dev/null; then
        if xwininfo -root -tree 2>/dev/null | grep -q '"[^"]*SegmentLab[^"]*": ('; then
            found=yes
            break
        fi
    elif [ $waited -ge 15 ]; then
        found=alive
        break
    fi
done

if ! kill -0 "$app" 2>/dev/null; then
    echo "check-app-image: FAIL: the workbench exited within ${waited} s:" >&2
    cat "$log" >&2
    exit 1
fi
if grep -q 'Exception' "$log"; then
    echo "check-app-image: FAIL: the workbench logged an exception:" >&2
    cat "$log" >&2
    exit 1
fi
case $found in
    yes) echo "check-app-image: ok: a workbench window named *SegmentLab* opened after ${waited} s" ;;
    alive) echo "check-app-image: ok: the workbench is running after ${waited} s (no xwininfo to see its window)" ;;
    *) echo "check-app-image: FAIL: no window whose name holds SegmentLab within ${waited} s" >&2; exit 1 ;;
esac
if command -v import >/dev/null; then
    sleep 2
    import -window root target/installer/workbench-window.png && echo "check-app-image: screenshot target/installer/workbench-window.png"
fi
