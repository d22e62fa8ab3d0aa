package org.segmentlab.core.data.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.io.DataReader;
import tech.tablesaw.io.DataWriter;

/**
 * The fat jar's stand-in for ClassGraph must name exactly the classes the real ClassGraph finds
 * when Tablesaw's {@code Table} asks (its static initialiser: all info, package
 * {@code tech.tablesaw.io}, classes implementing {@code DataReader} and {@code DataWriter}).
 * The test class path has the real ClassGraph, Tablesaw's own dependency.
 */
class TablesawScanTest {

    private static final String TABLESAW_IO = "tech.tablesaw.io";

    @Test
    void namesTheReadersAndWritersTheRealScanFindsInTablesaw() {
        List<String> readers;
        List<String> writers;
        try (io.github.classgraph.ScanResult real = new io.github.classgraph.ClassGraph().enableAllInfo()
                .whitelistPackages(TABLESAW_IO).scan()) {
            readers = real.getClassesImplementing(DataReader.class.getName()).getNames();
            writers = real.getClassesImplementing(DataWriter.class.getName()).getNames();
        }
        assertThat(readers).isNotEmpty();
        assertThat(writers).isNotEmpty();

        try (ScanResult ours = new ClassGraph().enableAllInfo().whitelistPackages(TABLESAW_IO).scan()) {
            assertThat(ours.getClassesImplementing(DataReader.class.getName()).getNames())
                    .containsExactlyInAnyOrderElementsOf(readers);
            assertThat(ours.getClassesImplementing(DataWriter.class.getName()).getNames())
                    .containsExactlyInAnyOrderElementsOf(writers);
        }
    }

    @Test
    void answersOnlyForThePackagesAskedAndTheInterfacesItKnows() {
        try (ScanResult other = new ClassGraph().whitelistPackages("tech.tablesaw.io.csv").scan()) {
            assertThat(other.getClassesImplementing(DataReader.class.getName()).getNames())
                    .containsExactly("tech.tablesaw.io.csv.CsvReader");
        }
        try (ScanResult elsewhere = new ClassGraph().whitelistPackages("org.example").scan()) {
            assertThat(elsewhere.getClassesImplementing(DataReader.class.getName()).getNames()).isEmpty();
        }
        try (ScanResult io = new ClassGraph().whitelistPackages(TABLESAW_IO).scan()) {
            assertThat(io.getClassesImplementing(Runnable.class.getName()).getNames()).isEmpty();
        }
    }

    @Test
    void everyClassNamedLoadsAndImplementsItsInterface() throws ClassNotFoundException {
        for (var e : ScanResult.IMPLEMENTATIONS.entrySet()) {
            Class<?> api = Class.forName(e.getKey());
            for (String name : e.getValue()) {
                assertThat(api).isAssignableFrom(Class.forName(name));
            }
        }
    }
}
