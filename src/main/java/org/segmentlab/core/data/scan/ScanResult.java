package org.segmentlab.core.data.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The answer of {@link ClassGraph#scan()}: Tablesaw core's readers and writers, by interface. */
public final class ScanResult implements AutoCloseable {

    /** Interface name to the classes of {@code tech.tablesaw.io} implementing it (Tablesaw 0.43.1). */
    static final Map<String, List<String>> IMPLEMENTATIONS = Map.of(
            "tech.tablesaw.io.DataReader",
            List.of("tech.tablesaw.io.csv.CsvReader", "tech.tablesaw.io.fixed.FixedWidthReader"),
            "tech.tablesaw.io.DataWriter",
            List.of("tech.tablesaw.io.csv.CsvWriter", "tech.tablesaw.io.fixed.FixedWidthWriter"));

    private final String[] packages;

    ScanResult(String[] packages) {
        this.packages = packages;
    }

    /** The known classes implementing {@code interfaceName} in the packages scanned. */
    public ClassInfoList getClassesImplementing(String interfaceName) {
        List<String> names = new ArrayList<>();
        for (String name : IMPLEMENTATIONS.getOrDefault(interfaceName, List.of())) {
            if (inPackages(name)) {
                names.add(name);
            }
        }
        return new ClassInfoList(names);
    }

    private boolean inPackages(String className) {
        for (String p : packages) {
            if (className.startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        // Nothing was opened.
    }
}
