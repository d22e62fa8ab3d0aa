#!/bin/sh
# The `segmentlab` command on PATH (/usr/bin/segmentlab, linked here by the .deb's postinst): starts
# the bundled runtime directly, with the Java options of the launcher's settings (lib/app/segmentlab.cfg,
# so also the class-data-sharing archive once postinst has made it), on SegmentLab's jar. Without
# arguments, or with a project file, it opens the workbench, as bin/segmentlab does.
#
# It skips what the native launcher of JDK 17's jpackage does at every start: ask `rpm -qf` and twice
# `dpkg -S` which package it belongs to, ~0.13 s of each command.
set -eu
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
set -- "$@" -Djpackage.app-path="$root/bin/segmentlab" -cp "$here/segmentlab.jar" org.segmentlab.Launcher
while [ "$n" -gt 0 ]; do
    argument=$1
    shift
    set -- "$@" "$argument"
    n=$((n - 1))
done
exec "$root/lib/runtime/bin/java" "$@"
