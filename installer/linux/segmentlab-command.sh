#!/bin/sh
# The `segmentlab` command on PATH (/usr/bin/segmentlab, linked here by the .deb's postinst): starts
# the bundled runtime directly, with the Java options of the launcher's settings (lib/app/segmentlab.cfg,
# so also the class-data-sharing archive once postinst has made it), on SegmentLab's jar. Without
# arguments, or with a project file, it opens the workbench, as bin/segmentlab does.
#
# It skips what the native launcher of JDK 17's jpackage does at every start: ask `rpm -qf` and twice
# `dpkg -S` which package it belongs to, ~0.13 s of each command.
set -eu

# A command (not the workbench) on small input files runs with the client compiler only
# (-XX:TieredStopAtLevel=1) and the serial collector: most commands are done in a second or two,
# before the optimising compiler's work pays back, and on two cores that compiler and G1's threads take
# a core from the command (train + score on Telco 1.4 -> 0.85 s, rfm on Online Retail 0.98 -> 0.53 s).
# Long work keeps the JVM's defaults: the full compiler from 100 MB of input (an in-memory rfm of
# 4 million lines is 10% slower with the client compiler only), G1 from 64 MB (the serial collector
# is 6% slower on 95 MB), and for `cluster` and `track`, whose k-means sweeps and bootstraps repeat
# their passes over the customers, both from 1 MB (about 30,000 customers). SEGMENTLAB_JAVA_OPTIONS
# come last and win, e.g. SEGMENTLAB_JAVA_OPTIONS=-XX:TieredStopAtLevel=4 for the full compiler, or
# SEGMENTLAB_JAVA_OPTIONS=-XX:+UseG1GC for G1.
jit=
gc=
case ${1:-} in
    inspect|features|rfm|cluster|train|score|clv|report|export|sample|track|abtest|uplift|help|-h|--help|-V|--version)
        jit_limit=100000000
        gc_limit=64000000
        case $1 in cluster|track) jit_limit=1000000 gc_limit=1000000 ;; esac
        total=0
        previous=
        for argument in "$@"; do
            file=
            case $previous in --input|--transactions|--events|--attributes) file=$argument ;; esac
            case $argument in --input=*|--transactions=*|--events=*|--attributes=*) file=${argument#*=} ;; esac
            if [ -n "$file" ] && [ -f "$file" ]; then
                total=$((total + $(stat -L -c %s -- "$file")))
            fi
            previous=$argument
        done
        if [ "$total" -lt "$jit_limit" ]; then jit=-XX:TieredStopAtLevel=1; fi
        if [ "$total" -lt "$gc_limit" ]; then gc=-XX:+UseSerialGC; fi
        ;;
esac
# A collector named in SEGMENTLAB_JAVA_OPTIONS replaces ours (the JVM refuses two).
case " ${SEGMENTLAB_JAVA_OPTIONS:-} " in
    *" -XX:+Use"*GC" "*) gc= ;;
esac

here=$(readlink -f "$0")
here=${here%/*}
root=${here%/lib/app}
cfg=$here/segmentlab.cfg
n=$#
# The options go after the arguments, then the arguments are moved behind them: a POSIX shell's only
# list is "$@", and this keeps every argument whole.
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        java-options=*)
            option=${line#java-options=}
            case $option in
                *'$APPDIR'*) option="${option%%\$APPDIR*}$here${option#*\$APPDIR}" ;;
            esac
            set -- "$@" "$option"
            ;;
    esac
done <"$cfg"
if [ -n "$jit" ]; then set -- "$@" "$jit"; fi
if [ -n "$gc" ]; then set -- "$@" "$gc"; fi
# Word-split on purpose: several options, as in JAVA_TOOL_OPTIONS.
# shellcheck disable=SC2086
set -f
set -- "$@" ${SEGMENTLAB_JAVA_OPTIONS:-}
set +f
set -- "$@" -Djpackage.app-path="$root/bin/segmentlab" -cp "$here/segmentlab.jar" org.segmentlab.Launcher
while [ "$n" -gt 0 ]; do
    argument=$1
    shift
    set -- "$@" "$argument"
    n=$((n - 1))
done
exec "$root/lib/runtime/bin/java" "$@"
