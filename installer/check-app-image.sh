#!/bin/sh
# Checks a Linux app image built by `mvn -Pinstaller package`: the bundled runtime starts, the
# launcher reaches the command line, and (with --gui, under Xvfb when there is no display) the
# workbench window opens.
#
#   installer/check-app-image.sh [--gui] [APP_IMAGE_DIR]      (default target/installer/SegmentLab)
#
# Exit 0 when every check passes; otherwise 1, with the failing check on stderr.
set -eu
cd "$(dirname "$0")/.."

gui=no
if [ "${1:-}" = "--gui" ]; then
    gui=yes
    shift
fi
image=${1:-target/installer/SegmentLab}
launcher=$image/bin/segmentlab
# The version the image must report: the project's own, from pom.xml.
expected=$(sed -n '/<artifactId>segmentlab<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q;}' pom.xml)

fail() {
    echo "check-app-image: FAIL: $*" >&2
    exit 1
}
pass() {
    echo "check-app-image: ok: $*"
}

[ -x "$launcher" ] || fail "no launcher at $launcher (run: mvn -Pinstaller package)"
[ -f "$image/lib/runtime/lib/server/libjvm.so" ] || fail "no bundled runtime under $image/lib/runtime"
[ -f "$image/lib/runtime/lib/server/classes.jsa" ] || fail "the runtime has no class-data-sharing archive (lib/server/classes.jsa)"

out=$("$launcher" --version 2>&1) || fail "'segmentlab --version' exited with $?: $out"
[ "$out" = "SegmentLab $expected" ] || fail "'segmentlab --version' printed '$out', expected 'SegmentLab $expected'"
pass "segmentlab --version -> $out"

out=$("$launcher" inspect --help 2>&1) || fail "'segmentlab inspect --help' exited with $?: $out"
case $out in
    *"Usage: segmentlab inspect"*) pass "segmentlab inspect --help prints its usage" ;;
    *) fail "'segmentlab inspect --help' printed no usage: $out" ;;
esac

# A real command through the bundled runtime: writes JSON and CSV, so the modules the core
# needs must be in the image.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$("$launcher" sample retail-rfm --out "$work/sample" 2>&1) || fail "'segmentlab sample retail-rfm' exited with $?: $out"
[ -s "$work/sample/retail-rfm.slproj.json" ] || fail "'segmentlab sample retail-rfm' wrote no project file: $out"
pass "segmentlab sample retail-rfm wrote $(ls "$work/sample" | wc -l) files"

# Linux: the command the .deb links as /usr/bin/segmentlab (the bundled runtime started directly, with
# the launcher's Java options), through a link as it is installed, with an argument holding spaces.
command=$image/lib/app/segmentlab-command.sh
if [ -f "$command" ]; then
    ln -s "$(readlink -f "$command")" "$work/segmentlab"
    out=$(sh "$work/segmentlab" --version 2>&1) || fail "segmentlab-command.sh --version exited with $?: $out"
    [ "$out" = "SegmentLab $expected" ] || fail "segmentlab-command.sh --version printed '$out'"
    mkdir "$work/a folder"
    printf 'customer,day,amount\nc1,2024-01-02,10.5\nc2,2024-01-03,7\n' >"$work/a folder/my sales.csv"
    out=$(sh "$work/segmentlab" inspect --input "$work/a folder/my sales.csv" 2>&1) \
        || fail "segmentlab-command.sh inspect of a file whose path has spaces exited with $?: $out"
    case $out in
        *"2 read, 2 kept"*) pass "segmentlab-command.sh (through a link): --version, and inspect of a path with spaces" ;;
        *) fail "segmentlab-command.sh inspect printed: $out" ;;
    esac
    # The compiler and collector it picks: the client compiler alone and the serial collector for a
    # command on small inputs; the JVM's defaults for the workbench, the full compiler from 100 MB of
    # input, G1 from 64 MB, both for cluster from 1 MB (sparse files: only their sizes are read, as
    # --help ends each command before it opens them).
    truncate -s 100M "$work/big.csv"
    truncate -s 70M "$work/medium.csv"
    truncate -s 2M "$work/customers.csv"
    choice() {
        JAVA_TOOL_OPTIONS=-XX:+PrintFlagsFinal sh "$work/segmentlab" "$@" 2>/dev/null \
            | awk '$2 == "TieredStopAtLevel" { level = $4 } $2 == "UseSerialGC" { serial = $4 }
                   END { print level, serial }'
    }
    # the script names the commands itself: every command picocli lists must be among them
    commands=$(sh "$work/segmentlab" --help | awk '/^Commands:/ { listed = 1; next } listed && /^  [a-z]/ { print $1 }')
    [ -n "$commands" ] || fail "segmentlab --help listed no commands"
    for name in $commands; do
        [ "$(choice "$name" --help)" = "1 true" ] \
            || fail "segmentlab-command.sh does not take '$name' for a command (add it to its list)"
    done
    [ "$(choice inspect --input "$work/a folder/my sales.csv" --help)" = "1 true" ] \
        || fail "segmentlab-command.sh inspect of a small file did not run with C1 alone and the serial collector"
    [ "$(choice inspect --input="$work/medium.csv" --help)" = "1 false" ] \
        || fail "segmentlab-command.sh inspect of a 70 MB file did not run with C1 alone and G1"
    [ "$(choice inspect --input="$work/big.csv" --help)" = "4 false" ] \
        || fail "segmentlab-command.sh inspect of a 100 MB file did not run with the JVM's defaults"
    [ "$(choice cluster --input "$work/customers.csv" --help)" = "4 false" ] \
        || fail "segmentlab-command.sh cluster of a 2 MB file did not run with the JVM's defaults"
    [ "$(SEGMENTLAB_JAVA_OPTIONS='-XX:TieredStopAtLevel=4 -Dx=y' choice score --help | cut -d' ' -f1)" = 4 ] \
        || fail "SEGMENTLAB_JAVA_OPTIONS did not come last"
    [ "$(SEGMENTLAB_JAVA_OPTIONS='-XX:+UseG1GC' choice score --help)" = "1 false" ] \
        || fail "a collector in SEGMENTLAB_JAVA_OPTIONS did not replace the serial one"
    pass "segmentlab-command.sh: C1 alone and the serial collector for a command on small files, the defaults for large"
fi

# Linux: the class-data-sharing archive the .deb's postinst makes, made here where the image is: the
# launcher must map our classes from it, and removing it must leave the launcher's settings as they were.
cds=$image/lib/app/segmentlab-cds.sh
if [ -f "$cds" ]; then
    cfg=$image/lib/app/segmentlab.cfg
    cp "$cfg" "$work/cfg.before"
    out=$(sh "$cds" 2>&1) || fail "segmentlab-cds.sh could not make the archive: $out"
    [ -s "$image/lib/app/segmentlab.jsa" ] || fail "segmentlab-cds.sh made no lib/app/segmentlab.jsa: $out"
    version=$(JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.txt" "$launcher" --version 2>/dev/null) \
        || fail "'segmentlab --version' with the archive exited with $?"
    [ "$version" = "SegmentLab $expected" ] || fail "'segmentlab --version' with the archive printed '$version'"
    grep -q 'org.segmentlab.Launcher source: shared objects file' "$work/classes.txt" \
        || fail "the launcher did not map org.segmentlab.Launcher from the archive: $(grep 'org.segmentlab.Launcher ' "$work/classes.txt")"
    shared=$(grep -c 'source: shared objects file' "$work/classes.txt")
    if [ -f "$command" ]; then
        JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/command-classes.txt" sh "$work/segmentlab" --version \
            >/dev/null 2>&1 || fail "segmentlab-command.sh --version with the archive exited with $?"
        grep -q 'org.segmentlab.Launcher source: shared objects file' "$work/command-classes.txt" \
            || fail "segmentlab-command.sh did not map org.segmentlab.Launcher from the archive"
    fi
    pass "segmentlab-cds.sh: $out; --version mapped $shared classes from it"
    sh "$cds" --remove || fail "segmentlab-cds.sh --remove failed"
    [ ! -e "$image/lib/app/segmentlab.jsa" ] || fail "segmentlab-cds.sh --remove left lib/app/segmentlab.jsa"
    cmp -s "$cfg" "$work/cfg.before" || fail "segmentlab-cds.sh --remove did not restore $cfg: $(diff "$work/cfg.before" "$cfg")"
    pass "segmentlab-cds.sh --remove restored the launcher's settings"
fi

if [ $gui = yes ]; then
    if [ -n "${DISPLAY:-}" ]; then
        sh installer/check-workbench-window.sh "$image"
    else
        command -v xvfb-run >/dev/null || fail "--gui needs a display or xvfb-run (apt-get install xvfb xauth)"
        xvfb-run -a -s "-screen 0 1400x900x24" sh installer/check-workbench-window.sh "$image"
    fi
fi
