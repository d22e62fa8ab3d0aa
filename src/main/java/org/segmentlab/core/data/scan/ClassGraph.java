package org.segmentlab.core.data.scan;

/**
 * What Tablesaw's {@code Table} asks of ClassGraph, answered without scanning: the fat jar's copy
 * of Tablesaw calls this class instead of {@code io.github.classgraph.ClassGraph} (the shade
 * plugin relocates {@code io.github.classgraph} to this package, and leaves ClassGraph out).
 *
 * <p>{@code Table}'s static initialiser looks for every class of {@code tech.tablesaw.io} that
 * implements {@code DataReader} or {@code DataWriter} and loads it, so that each registers itself
 * for {@code table.write().csv(…)} and the like. ClassGraph found them by reading the directory of
 * the whole class path and parsing the class files of that package: ~130 classes of its own,
 * four threads, about 0.3 s of CPU that every command and the workbench paid at their start.
 * Tablesaw's core has four such classes, listed in {@link ScanResult}; {@code TablesawScanTest}
 * runs the real ClassGraph over the Tablesaw jar and fails when the list differs from what it
 * finds. Tests and {@code mvn exec} run against the real ClassGraph; only the fat jar (and the app
 * image and packages made from it) uses this one.
 */
public final class ClassGraph {

    private String[] packages = new String[0];

    /** What the real one calls {@code enableAllInfo}: nothing to enable here. */
    public ClassGraph enableAllInfo() {
        return this;
    }

    /** The packages asked for; only {@code tech.tablesaw.io} has answers. */
    public ClassGraph whitelistPackages(String... names) {
        this.packages = names.clone();
        return this;
    }

    /** The known classes of the packages asked for. */
    public ScanResult scan() {
        return new ScanResult(packages);
    }
}
