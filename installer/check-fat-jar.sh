#!/bin/sh
# Checks the fat jar built by `mvn package` against the runtime dependencies: the jar is minimised
# for fastutil and ICU4J only (pom.xml, maven-shade-plugin), and every other library must be in it
# whole, since some load classes by name (JDBC drivers, logging, Jackson modules, JavaFX). The keep
# filters in pom.xml name libraries by groupId patterns; a new dependency outside them would lose
# its unreached classes without a word, and fail only when one of them is loaded by name.
#
#   installer/check-fat-jar.sh [JAR]      (default target/segmentlab.jar)
#
# Exit 0 when every class of every kept library is in the jar; otherwise 1, naming the library
# and a few of its missing classes.
set -eu
cd "$(dirname "$0")/.."

jar=${1:-target/segmentlab.jar}
[ -f "$jar" ] || { echo "check-fat-jar: FAIL: no jar at $jar (run: mvn package)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mvn -B -ntp -q ${MAVEN_OFFLINE:+-o} dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$work/classpath.txt" >"$work/mvn.log" 2>&1 \
    || { cat "$work/mvn.log" >&2; echo "check-fat-jar: FAIL: cannot list the runtime dependencies" >&2; exit 1; }

unzip -Z1 "$jar" | sort -u >"$work/jar.txt"
failed=0
checked=0
for dep in $(tr ':' ' ' <"$work/classpath.txt"); do
    name=$(basename "$dep")
    case "$name" in
        # minimised on purpose: only the classes reached from ours are kept
        fastutil-*.jar | icu4j-*.jar) continue ;;
        # replaced on purpose: Tablesaw's Table calls org.segmentlab.core.data.scan instead (pom.xml)
        classgraph-*.jar) continue ;;
        # left out on purpose: the other platforms' natives (artifactSet excludes in pom.xml)
        *-windows-x86_64.jar | *-macosx-x86_64.jar | *-macosx-arm64.jar) continue ;;
    esac
    # classes only (multi-release copies and module descriptors are handled by the shade filters)
    unzip -Z1 "$dep" 2>/dev/null | grep '\.class$' | grep -v '^META-INF/' | grep -v 'module-info\.class$' \
        | sort -u >"$work/dep.txt" || true
    missing=$(comm -23 "$work/dep.txt" "$work/jar.txt" | wc -l)
    checked=$((checked + 1))
    if [ "$missing" -gt 0 ]; then
        echo "check-fat-jar: FAIL: $name: $missing of its classes are not in $jar, e.g." >&2
        comm -23 "$work/dep.txt" "$work/jar.txt" | head -n 3 | sed 's/^/    /' >&2
        failed=1
    fi
done
if [ "$failed" -ne 0 ]; then
    echo "check-fat-jar: keep the library whole with a filter in pom.xml (maven-shade-plugin)" >&2
    exit 1
fi

# ClassGraph is left out and Tablesaw's Table relocated to our stand-in: Table must start, and its
# CSV reader and writer (registered by that start) must work, from the jar alone.
if grep -q '^io/github/classgraph/' "$work/jar.txt"; then
    echo "check-fat-jar: FAIL: ClassGraph is in $jar; Tablesaw should call org.segmentlab.core.data.scan" >&2
    exit 1
fi
cat >"$work/TablesawStart.java" <<'EOF'
import java.io.StringReader;
import java.io.StringWriter;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

public class TablesawStart {
    public static void main(String[] args) throws Exception {
        Table t = Table.read().usingOptions(CsvReadOptions.builder(new StringReader("id,amount\na,1.5\nb,2\n")));
        StringWriter out = new StringWriter();
        t.write().csv(out);
        String csv = out.toString().replace("\r", "");
        if (!csv.equals("id,amount\na,1.5\nb,2.0\n")) {
            throw new AssertionError("Tablesaw's CSV round trip gave " + csv);
        }
    }
}
EOF
java -cp "$jar" "$work/TablesawStart.java" >"$work/start.log" 2>&1 \
    || { cat "$work/start.log" >&2; echo "check-fat-jar: FAIL: Tablesaw does not start from $jar" >&2; exit 1; }
echo "check-fat-jar: ok: every class of $checked runtime libraries is in $jar (fastutil and ICU4J minimised;" \
    "ClassGraph replaced, Tablesaw starts and reads and writes CSV)"
