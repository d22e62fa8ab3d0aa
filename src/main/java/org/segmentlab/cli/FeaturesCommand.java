package org.segmentlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.engine.EngineException;
import org.segmentlab.core.engine.PushdownTransactionFeatures;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableBuilder;
import org.segmentlab.core.features.CustomerTableCsv;
import org.segmentlab.core.features.CustomerTableParams;
import org.segmentlab.core.features.CustomerTableParamsFile;
import org.segmentlab.core.features.CustomerTableResult;
import org.segmentlab.core.features.CustomerTableSources;
import org.segmentlab.core.features.CustomerTableWarning;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.attributes.AttributeTable;
import org.segmentlab.core.features.events.EventColumns;
import org.segmentlab.core.features.events.EventLog;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.features.transactions.TransactionProducts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "features", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds the customer table (one row per customer) from transactions, events and attributes.",
            "Features are computed as of a day over a look-back window: the window-days days that end with the "
                + "as-of day; later records are ignored.",
            "Rows are the customers with a purchase or an event in the window (with attributes alone: the "
                + "attribute rows). Writes customer_id, then one snake_case column per feature."})
final class FeaturesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--transactions", paramLabel = "FILE",
            description = "Transaction lines (customer, date, amount or quantity × price, invoice, product).")
    Path transactions;

    @picocli.CommandLine.Mixin
    SqlSourceOptions source = new SqlSourceOptions();

    @Option(names = "--events", paramLabel = "FILE",
            description = "Event log (customer, timestamp, event type, optional page or category).")
    Path events;

    @Option(names = "--attributes", paramLabel = "FILE", description = "One row per customer, any columns.")
    Path attributes;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", converter = RfmCommand.DayConverter.class,
            description = "The day the features describe (required unless the spec gives it).")
    LocalDate asOf;

    @Option(names = "--window-days", paramLabel = "N",
            description = "Look-back window in days, the as-of day included (default: the spec's, else "
                    + CustomerTableParams.DEFAULT_WINDOW_DAYS + ").")
    Integer windowDays;

    @Option(names = "--spec", paramLabel = "spec.json",
            description = "Feature spec: window, session gap, features to keep, preparation steps.")
    Path specFile;

    @Option(names = "--include-inactive", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "List every known customer, also those with no purchase or event in the window"
                    + " (default; --no-include-inactive keeps only customers active in the window).")
    boolean includeInactive;

    @Option(names = "--out", required = true, paramLabel = "customers.csv", description = "Output CSV.")
    Path out;

    @Override
    public Integer call() throws DataFileException {
        if (transactions == null && source.jdbc == null && events == null && attributes == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give at least one of --transactions, --events, --attributes (or --jdbc for the transactions)");
        }
        if (transactions != null || source.jdbc != null) {
            source.check(spec, transactions, "--transactions");
        }
        CustomerTableParams params = params();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = ConsoleProgress.forTerminal(err);
        TableImporter importer = new TableImporter();
        if ((transactions != null || source.jdbc != null) && source.usesSql(transactions)) {
            if (events != null || attributes != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "the SQL engine (--jdbc, or --engine "
                        + "duckdb/auto for a large file or Parquet) computes the transaction features alone; "
                        + "build events and attributes with --engine memory");
            }
            return callInEngine(err, params, progress);
        }

        TransactionLog transactionLog = null;
        TransactionProducts products = null;
        if (transactions != null) {
            ImportedTable imported = source.sheet != null
                    ? importer.readSheet(ImportOptions.of(transactions), source.sheet, progress.slice(0, 0.3))
                    : importer.read(ImportOptions.of(transactions), progress.slice(0, 0.3));
            transactionLog = TransactionLog.from(imported, TransactionColumns.detect(), progress.slice(0.3, 0.35));
            products = TransactionProducts.read(imported, transactionLog, null).orElse(null);
        }
        EventLog eventLog = null;
        if (events != null) {
            ImportedTable imported = importer.read(ImportOptions.of(events), progress.slice(0.35, 0.7));
            eventLog = EventLog.from(imported, EventColumns.detect(imported));
        }
        AttributeTable attributeTable = null;
        if (attributes != null) {
            attributeTable = AttributeTable.from(importer.read(ImportOptions.of(attributes), progress.slice(0.7, 0.75)));
        }

        CustomerTableResult result = new CustomerTableBuilder().build(
                new CustomerTableSources(transactionLog, products, eventLog, attributeTable), params,
                progress.slice(0.75, 0.97));
        CustomerTable table = result.table();
        if (table.rowCount() == 0) {
            CustomerTableWindow window = result.window();
            throw new BadInputException("no customer has a purchase or an event from " + window.firstDay()
                    + " to " + window.asOf() + "; choose another --as-of or a longer --window-days");
        }
        try {
            new CustomerTableCsv().write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot be written: " + e.getMessage(), e);
        }
        progress.update(1, "Done");
        printSummary(err, result, transactionLog, eventLog);
        return SegmentLabCli.OK;
    }

    /** The transaction features computed by SQL (in the database, or in DuckDB over the file). */
    private Integer callInEngine(PrintWriter err, CustomerTableParams params, Progress progress) throws DataFileException {
        CustomerTableResult result;
        String name;
        List<String> notes;
        try (SqlSourceOptions.Opened opened = source.open(transactions, TransactionColumns.detect(), null,
                progress.slice(0, 0.1))) {
            CustomerTable family = new PushdownTransactionFeatures().build(opened.engine(), opened.lines(),
                    params.window(), params.includeInactive(), progress.slice(0.1, 0.9));
            result = new CustomerTableBuilder().fromTransactionFeatures(family, params, progress.slice(0.9, 0.97));
            name = opened.source();
            notes = opened.notes();
        } catch (EngineException e) {
            throw new BadInputException(e.getMessage());
        }
        CustomerTable table = result.table();
        if (table.rowCount() == 0) {
            CustomerTableWindow window = result.window();
            throw new BadInputException("no customer has a purchase from " + window.firstDay()
                    + " to " + window.asOf() + "; choose another --as-of or a longer --window-days");
        }
        try {
            new CustomerTableCsv().write(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot be written: " + e.getMessage(), e);
        }
        progress.update(1, "Done");
        CustomerTableWindow window = result.window();
        err.printf(Locale.ROOT, "features: %,d customers × %d features as of %s (window %d days, from %s)%n",
                table.rowCount(), table.featureNames().size(), window.asOf(), window.windowDays(), window.firstDay());
        err.println("  transactions: " + name);
        notes.forEach(n -> err.println("  " + n));
        for (CustomerTableWarning warning : result.warnings()) {
            err.println("warning: " + warning.message());
        }
        err.println("  wrote " + out);
        err.flush();
        return SegmentLabCli.OK;
    }

    /** The spec file's parameters (or the defaults) with the command-line day and window on top. */
    private CustomerTableParams params() {
        CustomerTableParams fromSpec = null;
        if (specFile != null) {
            try {
                fromSpec = new CustomerTableParamsFile().read(specFile);
            } catch (IOException e) {
                throw new UncheckedIOException(specFile + ": cannot be read: " + e.getMessage(), e);
            }
        }
        if (fromSpec == null && asOf == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '--as-of=yyyy-MM-dd'");
        }
        CustomerTableParams params = fromSpec == null ? CustomerTableParams.of(asOf) : fromSpec;
        if (asOf != null) {
            params = params.withAsOf(asOf);
        }
        if (windowDays != null) {
            if (windowDays < 1 || windowDays > CustomerTableWindow.MAX_WINDOW_DAYS) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--window-days must be 1 to "
                        + CustomerTableWindow.MAX_WINDOW_DAYS + ", not " + windowDays);
            }
            params = params.withWindowDays(windowDays);
        }
        return params.withIncludeInactive(includeInactive);
    }

    private void printSummary(PrintWriter err, CustomerTableResult result, TransactionLog transactionLog,
                              EventLog eventLog) {
        CustomerTable table = result.table();
        CustomerTableWindow window = result.window();
        err.printf(Locale.ROOT, "features: %,d customers × %d features as of %s (window %d days, from %s)%n",
                table.rowCount(), table.featureNames().size(), window.asOf(), window.windowDays(), window.firstDay());
        CustomerTableResult.CustomerCounts counts = result.counts();
        if (counts != null && counts.inactive() > 0) {
            err.printf(Locale.ROOT, "  %,d active in the window, %,d not (%,d whose lines are all zero-value or "
                    + "cancelled, %,d last active more than %,d days before the as-of day)%n", counts.active(),
                    counts.inactive(), counts.withoutPurchase(), counts.longInactive(),
                    org.segmentlab.core.features.CustomerTableWindow.MAX_WINDOW_DAYS);
        }
        if (transactionLog != null) {
            TransactionColumns used = transactionLog.columns();
            err.printf(Locale.ROOT, "  transactions: %,d lines of %s (customer %s, date %s)%n", transactionLog.size(),
                    transactions.getFileName(), used.customer(), used.timestamp());
        }
        if (eventLog != null) {
            List<String> dropped = new ArrayList<>();
            addCount(dropped, eventLog.rowsWithoutCustomer(), "without customer id");
            addCount(dropped, eventLog.rowsWithoutEventType(), "without event type");
            addCount(dropped, eventLog.rowsWithoutTime(), "without time");
            err.printf(Locale.ROOT, "  %s: %,d %s of %s, types %s%s%n", eventLog.hasCounts() ? "usage" : "events",
                    eventLog.size(), eventLog.hasCounts() ? "counts" : "events", events.getFileName(),
                    String.join(", ", eventLog.eventTypes()),
                    dropped.isEmpty() ? "" : "; left out " + String.join(", ", dropped));
        }
        if (result.attributes() != null && result.attributes().allMatched()) {
            // unmatched ids come as a warning below
            err.println("  attributes: " + result.attributes().summary());
        }
        for (CustomerTableWarning warning : result.warnings()) {
            err.println("warning: " + warning.message());
        }
        err.println("  wrote " + out);
        err.flush();
    }

    private static void addCount(List<String> parts, long count, String what) {
        if (count > 0) {
            parts.add(String.format(Locale.ROOT, "%,d %s", count, what));
        }
    }
}
