#!/bin/sh
# Makes installer/cds/segmentlab.classlist.gz: the classes SegmentLab loads when the workbench opens a
# sample project and walks its steps, and when the commands run on the sample projects' data. An
# installed SegmentLab (the .deb's postinst, through segmentlab-cds.sh) archives these classes for its
# own runtime, so that they are mapped from the archive at each start instead of read, verified and
# linked from the jar.
#
#   installer/cds/make-classlist.sh [JAR]      (default target/segmentlab.jar; needs Xvfb and xdotool)
#
# Run it again when the start-up path changes much: a class that no longer exists is skipped when the
# archive is made, and a class missing from the list is only read from the jar as before.
set -eu
cd "$(dirname "$0")/../.."
jar=$(readlink -f "${1:-target/segmentlab.jar}")
[ -f "$jar" ] || { echo "make-classlist: no jar at $jar (run: mvn package)" >&2; exit 1; }
command -v Xvfb >/dev/null && command -v xdotool >/dev/null \
    || { echo "make-classlist: needs Xvfb and xdotool for the workbench's classes" >&2; exit 1; }

work=$(mktemp -d)
xvfb=
trap '[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
n=0
run() {
    n=$((n + 1))
    java -XX:DumpLoadedClassList="$work/$n.classlist" -Duser.home="$work/home" -jar "$jar" "$@" \
        >"$work/$n.log" 2>&1 || { echo "make-classlist: failed: segmentlab $*" >&2; cat "$work/$n.log" >&2; exit 1; }
}

for sample in retail-rfm saas-churn shop-clv; do
    run sample "$sample" --out "$work/$sample"
done
retail=$work/retail-rfm/transactions.csv
run inspect --input "$retail"
run rfm --input "$retail" --out "$work/rfm.csv"
run features --transactions "$retail" --as-of 2024-12-31 --out "$work/features.csv"
run cluster --input "$work/features.csv" --id customer_id --features recency_days,frequency_90d,monetary_90d \
    --algorithm kmeans --k 4 --out "$work/segments.csv"
run clv --input "$work/shop-clv/transactions.csv" --out "$work/clv.csv" --params "$work/params.json"
accounts=$work/saas-churn/accounts.csv
for model in logistic forest boosting; do
    run train --input "$accounts" --id account_id --label churned --positive Yes --model $model \
        --save "$work/churn.slm" --metrics "$work/metrics.json"
done
run score --input "$accounts" --model "$work/churn.slm" --out "$work/scores.csv"
run report --project "$work/retail-rfm/retail-rfm.slproj.json" --out "$work/report.pdf"

# The workbench: open a sample project, walk the eight steps, quit.
display=:$((90 + $$ % 9))
Xvfb "$display" -screen 0 1366x768x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
n=$((n + 1))
DISPLAY=$display java -XX:DumpLoadedClassList="$work/$n.classlist" -Duser.home="$work/home" -jar "$jar" \
    --sample retail-rfm >"$work/gui.log" 2>&1 &
gui=$!
DISPLAY=$display timeout 60 xdotool search --sync --name "SegmentLab" >/dev/null
sleep 4
for step in 1 2 3 4 5 6 7 8; do
    DISPLAY=$display xdotool mousemove 100 $((100 + 53 * step)) click 1
    sleep 3
done
DISPLAY=$display xdotool key --clearmodifiers ctrl+q || true
for _ in $(seq 30); do kill -0 "$gui" 2>/dev/null || break; sleep 1; done
kill "$gui" 2>/dev/null || true

out=installer/cds/segmentlab.classlist.gz
{
    echo "# Classes SegmentLab loads at its start, made by installer/cds/make-classlist.sh; see installer/README.md."
    cat "$work"/*.classlist | grep -v '^#' | sort -u
} | gzip -9n >"$out"
echo "make-classlist: $(gzip -dc "$out" | grep -vc '^#') classes and method-handle forms in $out"
