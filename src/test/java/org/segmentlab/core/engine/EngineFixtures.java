package org.segmentlab.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Optional;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.rfm.Money;
import org.segmentlab.core.features.rfm.RfmCalculator;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.features.transactions.TransactionFeatures;
import org.segmentlab.core.features.transactions.TransactionProducts;

/** The in-memory results the pushed-down ones are compared with, and the comparisons. */
final class EngineFixtures {

    private EngineFixtures() {
    }

    record InMemory(ImportedTable imported, TransactionLog log, Optional<TransactionProducts> products) {
    }

    private static final java.util.Map<Path, InMemory> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** The file read in memory; each file once per test JVM (the tests only read it). */
    static synchronized InMemory inMemory(Path file) throws DataFileException {
        InMemory known = READ.get(file);
        if (known != null) {
            return known;
        }
        InMemory read = readInMemory(file);
        READ.put(file, read);
        return read;
    }

    private static InMemory readInMemory(Path file) throws DataFileException {
        ImportedTable imported = new TableImporter().read(ImportOptions.of(file), Progress.none());
        TransactionLog log = TransactionLog.from(imported, TransactionColumns.detect(), Progress.none());
        return new InMemory(imported, log, TransactionProducts.read(imported, log, null));
    }

    static RfmResult rfm(InMemory data, RfmOptions options) {
        return new RfmCalculator().compute(data.log(), options, Progress.none());
    }

    static CustomerTable features(InMemory data, CustomerTableWindow window) {
        return new TransactionFeatures().build(data.log(), data.products().orElse(null), window, Progress.none());
    }

    /** Every customer, value and score equal; money compared in cents as the rules do. */
    static void assertSameRfm(RfmResult pushed, RfmResult memory) {
        assertThat(pushed.asOf()).isEqualTo(memory.asOf());
        assertThat(pushed.cleaning()).isEqualTo(memory.cleaning());
        assertThat(pushed.firstPurchaseDay()).isEqualTo(memory.firstPurchaseDay());
        assertThat(pushed.lastPurchaseDay()).isEqualTo(memory.lastPurchaseDay());
        assertThat(pushed.size()).isEqualTo(memory.size());
        for (int i = 0; i < memory.size(); i++) {
            String id = memory.customerId(i);
            assertThat(pushed.customerId(i)).as("customer %d", i).isEqualTo(id);
            assertThat(pushed.recencyDays(i)).as("R of %s", id).isEqualTo(memory.recencyDays(i));
            assertThat(pushed.frequency(i)).as("F of %s", id).isEqualTo(memory.frequency(i));
            assertThat(Money.cents(pushed.monetary(i))).as("M of %s", id).isEqualTo(Money.cents(memory.monetary(i)));
            assertThat(pushed.cell(i)).as("cell of %s", id).isEqualTo(memory.cell(i));
        }
    }

    /** Same customers, same columns, same numbers (floating sums to 1e-9 relative, NaN where NaN). */
    static void assertSameTable(CustomerTable pushed, CustomerTable memory) {
        assertThat(pushed.customerIds()).isEqualTo(memory.customerIds());
        assertThat(pushed.featureNames()).isEqualTo(memory.featureNames());
        for (String name : memory.featureNames()) {
            double[] p = pushed.numeric(name);
            double[] m = memory.numeric(name);
            for (int r = 0; r < m.length; r++) {
                String what = name + " of " + memory.customerIds().get(r);
                if (Double.isNaN(m[r])) {
                    assertThat(p[r]).as(what).isNaN();
                } else {
                    assertThat(p[r]).as(what).isCloseTo(m[r], within(1e-9 * Math.max(1, Math.abs(m[r]))));
                }
            }
        }
    }
}
