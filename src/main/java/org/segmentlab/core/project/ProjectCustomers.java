package org.segmentlab.core.project;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnInfo;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.ColumnType;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportReport;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableBuilder;
import org.segmentlab.core.features.CustomerTableFeature;
import org.segmentlab.core.features.CustomerTableParams;
import org.segmentlab.core.features.CustomerTableResult;
import org.segmentlab.core.features.CustomerTableSources;
import org.segmentlab.core.features.FeatureFamily;
import org.segmentlab.core.features.attributes.AttributeTable;
import org.segmentlab.core.features.events.EventColumns;
import org.segmentlab.core.features.events.EventFeatureSettings;
import org.segmentlab.core.features.events.EventLog;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.features.transactions.TransactionProducts;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The project's customer table, the spine every analysis reads: one row per customer, built from the
 * project's sources and its {@link FeatureSettings} exactly as the Customers step builds it (the first
 * transactions, events and attributes source each; a ready customer table serves as attributes; every
 * feature the sources give, before preparation), then enriched with what the steps produced:
 * {@value #SEGMENT} (the kept clustering), {@value #RFM_SEGMENT} (the RFM map) and {@value #CHURN_SCORE}
 * (the project's model); {@code clv} and {@code p_alive} will join them the same way.
 */
public final class ProjectCustomers {

    /** The id column of the customer table in files. */
    public static final String ID_COLUMN = "customer_id";
    /** The segment of the kept clustering run, by name. */
    public static final String SEGMENT = "segment";
    /** The RFM segment, by name. */
    public static final String RFM_SEGMENT = "rfm_segment";
    /** The project's model's probability of the positive outcome. */
    public static final String CHURN_SCORE = "churn_score";
    /** The value model's lifetime value over its horizon. */
    public static final String CLV = "clv";
    /** The value model's probability that the customer still buys. */
    public static final String P_ALIVE = "p_alive";
    /** The value model's expected purchases over its horizon. */
    public static final String EXPECTED_PURCHASES = "expected_purchases";

    private ProjectCustomers() {
    }

    /**
     * The tables a customer table is built from; any may be null, not all.
     */
    public record Inputs(ImportedTable transactions, ImportedTable events, ImportedTable attributes) {

        public boolean isEmpty() {
            return transactions == null && events == null && attributes == null;
        }
    }

    /**
     * A customer table built from the project's saved sources.
     *
     * @param result  the build: {@code result.raw()} holds every feature before preparation
     * @param sources the sources it was built from: transactions, events, attributes, as present
     */
    public record Built(CustomerTableResult result, List<DataSourceRef> sources) {
        public Built {
            sources = List.copyOf(sources);
        }

        /** Every feature the sources give, in the units of the data. */
        public CustomerTable table() {
            return result.raw();
        }
    }

    /** The part a source plays in the customer table: a ready customer table is joined as attributes. */
    public static SourceKind roleOf(SourceKind kind) {
        return kind == SourceKind.CUSTOMERS ? SourceKind.ATTRIBUTES : kind;
    }

    /** The first source of each part ({@link #roleOf}) in project order: those the customer table reads. */
    public static Map<SourceKind, DataSourceRef> usedSources(Project project) {
        Map<SourceKind, DataSourceRef> used = new EnumMap<>(SourceKind.class);
        for (DataSourceRef source : project.sources()) {
            used.putIfAbsent(roleOf(source.kind()), source);
        }
        return used;
    }

    /** The day after the last purchase or event of the logs, the usual "as of now" of a snapshot. */
    public static Optional<LocalDate> defaultAsOf(Inputs inputs) {
        LocalDate last = null;
        for (ImportedTable log : new ImportedTable[] {inputs.transactions(), inputs.events()}) {
            LocalDate day = log == null ? null : lastDay(log);
            if (day != null && (last == null || day.isAfter(last))) {
                last = day;
            }
        }
        return Optional.ofNullable(last).map(day -> day.plusDays(1));
    }

    /** The last day of a table's timestamp column, or null without one. */
    public static LocalDate lastDay(ImportedTable imported) {
        Optional<ColumnInfo> time = imported.column(ColumnRole.TIMESTAMP);
        if (time.isEmpty()) {
            return null;
        }
        Column<?> column = imported.table().column(time.get().name());
        if (column instanceof DateTimeColumn) {
            LocalDateTime max = ((DateTimeColumn) column).max();
            return max == null ? null : max.toLocalDate();
        }
        if (column instanceof DateColumn) {
            return ((DateColumn) column).max();
        }
        return null;
    }

    /**
     * How the Customers step builds the table from the saved settings: every feature, no preparation
     * (the preparation runs on the chosen features), the attribute file's customers without activity
     * in the window included.
     */
    public static CustomerTableParams params(FeatureSettings settings, LocalDate asOf) {
        FeatureSettings s = settings == null ? FeatureSettings.DEFAULTS : settings;
        return CustomerTableParams.of(asOf)
                .withWindowDays(s.windowDays() != null ? s.windowDays() : CustomerTableParams.DEFAULT_WINDOW_DAYS)
                .withSessionGapMinutes(s.sessionGapMinutes() != null ? s.sessionGapMinutes()
                        : EventFeatureSettings.DEFAULT_SESSION_GAP_MINUTES)
                .withIncludeInactive(true);
    }

    /**
     * Builds the customer table of these tables: the one build the Customers step and every headless
     * replay share.
     *
     * @throws IllegalArgumentException with a message for the user (no id column, duplicate ids…)
     */
    public static CustomerTableResult build(Inputs inputs, CustomerTableParams params, Progress progress) {
        TransactionLog transactionLog = null;
        TransactionProducts products = null;
        if (inputs.transactions() != null) {
            transactionLog = TransactionLog.from(inputs.transactions(), TransactionColumns.detect(),
                    progress.slice(0, 0.1));
            products = TransactionProducts.read(inputs.transactions(), transactionLog, null).orElse(null);
        }
        EventLog eventLog = inputs.events() == null ? null
                : EventLog.from(inputs.events(), EventColumns.detect(inputs.events()));
        progress.checkCancelled();
        AttributeTable attributeTable = inputs.attributes() == null ? null : AttributeTable.from(inputs.attributes());
        return new CustomerTableBuilder().build(
                new CustomerTableSources(transactionLog, products, eventLog, attributeTable), params,
                progress.slice(0.15, 1));
    }

    /**
     * Reads the project's sources and builds its customer table with its saved feature settings.
     *
     * @throws IllegalArgumentException with a message for the user when the project has no source a
     *                                  customer table is built from, or no as-of day (attributes alone
     *                                  and none saved)
     */
    public static Built build(SavedSources sources, Progress progress) throws DataFileException {
        Project project = sources.project();
        Map<SourceKind, DataSourceRef> used = usedSources(project);
        if (used.isEmpty()) {
            throw new IllegalArgumentException("the project has no data source to build its customer table from");
        }
        List<DataSourceRef> read = new ArrayList<>();
        ImportedTable[] tables = new ImportedTable[3];
        SourceKind[] parts = {SourceKind.TRANSACTIONS, SourceKind.EVENTS, SourceKind.ATTRIBUTES};
        for (int p = 0; p < parts.length; p++) {
            DataSourceRef source = used.get(parts[p]);
            if (source != null) {
                tables[p] = sources.read(source, progress.slice(0.1 * p, 0.1 * (p + 1)));
                read.add(source);
            }
        }
        Inputs inputs = new Inputs(tables[0], tables[1], tables[2]);
        FeatureSettings settings = project.settings().features();
        LocalDate asOf = settings != null && settings.asOf() != null ? settings.asOf()
                : defaultAsOf(inputs).orElseThrow(() -> new IllegalArgumentException(
                        "the customer table needs an as-of day: the project keeps none and has no dated purchases or events"));
        CustomerTableResult result = build(inputs, params(settings, asOf), progress.slice(0.3, 1));
        return new Built(result, read);
    }

    /**
     * The table with a text column {@code name} holding each customer's value (null where the map has
     * none); a column of that name already there is replaced in its place.
     */
    public static CustomerTable withText(CustomerTable table, String name, String description,
                                         Map<String, String> byCustomer) {
        String[] texts = new String[table.rowCount()];
        List<String> ids = table.customerIds();
        for (int i = 0; i < texts.length; i++) {
            texts[i] = byCustomer.get(ids.get(i));
        }
        return put(table, CustomerTable.Column.categorical(result(name, description), texts));
    }

    /** The table with a number column {@code name} (NaN where the map has none), replacing one of that name. */
    public static CustomerTable withNumbers(CustomerTable table, String name, String description,
                                            Map<String, Double> byCustomer) {
        double[] numbers = new double[table.rowCount()];
        List<String> ids = table.customerIds();
        for (int i = 0; i < numbers.length; i++) {
            Double value = byCustomer.get(ids.get(i));
            numbers[i] = value == null ? Double.NaN : value;
        }
        return put(table, CustomerTable.Column.numeric(result(name, description), numbers));
    }

    /** What {@link #SEGMENT} says of a customer. */
    public static final String SEGMENT_DESCRIPTION = "Segment of the kept clustering";
    /** What {@link #RFM_SEGMENT} says of a customer. */
    public static final String RFM_SEGMENT_DESCRIPTION = "RFM segment of the customer's whole purchase history";

    /**
     * The table with the segment columns among {@code wanted} ({@value #SEGMENT}, {@value #RFM_SEGMENT})
     * that the project's saved steps give, replayed headlessly as the steps computed them: the last
     * kept clustering run with its names, and the RFM map. A column the project cannot give (no kept
     * run, no transactions) is left out, with the reason in {@code notes}.
     */
    public static CustomerTable withSegments(CustomerTable table, SavedSources sources, java.util.Set<String> wanted,
                                             Progress progress, List<String> notes) throws DataFileException {
        Project project = sources.project();
        if (wanted.contains(SEGMENT)) {
            Optional<ClusteringRun> run = SavedClustering.chosenRun(project, null);
            if (run.isEmpty()) {
                notes.add("No '" + SEGMENT + "' column: the project keeps no clustering run");
            } else {
                SavedClustering.Replay replay = new SavedClustering().replay(sources, run.get(), progress.slice(0, 0.5));
                table = withText(table, SEGMENT, SEGMENT_DESCRIPTION, segmentByCustomer(replay));
            }
        }
        if (wanted.contains(RFM_SEGMENT)) {
            try {
                SavedRfm.Replay rfm = SavedRfm.replay(sources, progress.slice(0.5, 1));
                table = withText(table, RFM_SEGMENT, RFM_SEGMENT_DESCRIPTION,
                        SavedRfm.segmentByCustomer(project, rfm.segmentation()));
            } catch (IllegalArgumentException e) {
                notes.add("No '" + RFM_SEGMENT + "' column: " + e.getMessage());
            }
        }
        return table;
    }

    /** Each clustered customer's segment by name (the analyst's names where kept). */
    public static Map<String, String> segmentByCustomer(SavedClustering.Replay replay) {
        Map<String, String> out = new HashMap<>();
        List<String> ids = replay.result().customerIds();
        int[] assignments = replay.result().assignments();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), replay.labels().nameOf(assignments[i]));
        }
        return out;
    }

    private static CustomerTableFeature result(String name, String description) {
        return new CustomerTableFeature(name, FeatureFamily.RESULTS, description);
    }

    private static CustomerTable put(CustomerTable table, CustomerTable.Column column) {
        return table.has(column.name()) ? table.replace(column.name(), List.of(column)) : table.with(column);
    }

    /**
     * The customer table as a model reads it: {@value #ID_COLUMN}, every feature but the outcome's own
     * column and {@value #CHURN_SCORE} (an earlier model's answer), then the outcome {@code label} as the labelled source spells it, joined by customer id
     * (missing for customers that source does not know).
     *
     * @param labelled the source that holds the outcome, with a customer id column
     * @throws IllegalArgumentException when the labelled source lacks the label or a customer id column
     */
    public static ImportedTable modelInput(CustomerTable table, ImportedTable labelled, String label) {
        if (!labelled.table().columnNames().contains(label)) {
            throw new IllegalArgumentException("no outcome column '" + label + "'");
        }
        String idName = labelled.column(ColumnRole.CUSTOMER_ID).map(ColumnInfo::name).orElseThrow(() ->
                new IllegalArgumentException("the file with the outcome '" + label + "' has no customer id column"));
        Column<?> ids = labelled.table().column(idName);
        Column<?> outcome = labelled.table().column(label);
        Map<String, String> outcomeOf = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.isMissing(i) && !outcome.isMissing(i)) {
                outcomeOf.put(ids.getString(i).strip(), outcome.getString(i));
            }
        }
        String ownColumn = CustomerTableFeature.snakeCase(label);
        Table out = Table.create("customers");
        List<ColumnInfo> infos = new ArrayList<>();
        out.addColumns(StringColumn.create(ID_COLUMN, table.customerIds()));
        infos.add(new ColumnInfo(ID_COLUMN, 0, ColumnType.TEXT, ColumnRole.CUSTOMER_ID, null, 0));
        for (CustomerTable.Column column : table.columns()) {
            String name = column.name();
            if (name.equals(label) || name.equals(ownColumn) || name.equals(ID_COLUMN) || name.equals(CHURN_SCORE)) {
                // a model's own earlier score would teach the next model its answer
                continue;
            }
            long missing = 0;
            for (int i = 0; i < column.size(); i++) {
                missing += column.isMissing(i) ? 1 : 0;
            }
            if (column.isNumeric()) {
                out.addColumns(DoubleColumn.create(name, column.numbers()));
                infos.add(new ColumnInfo(name, infos.size(), ColumnType.DECIMAL, ColumnRole.ATTRIBUTE, null, missing));
            } else {
                out.addColumns(texts(name, column.texts()));
                infos.add(new ColumnInfo(name, infos.size(), ColumnType.TEXT, ColumnRole.ATTRIBUTE, null, missing));
            }
        }
        String[] labels = new String[table.rowCount()];
        long missing = 0;
        for (int i = 0; i < labels.length; i++) {
            labels[i] = outcomeOf.get(table.customerIds().get(i));
            missing += labels[i] == null ? 1 : 0;
        }
        out.addColumns(texts(label, labels));
        infos.add(new ColumnInfo(label, infos.size(), ColumnType.TEXT, ColumnRole.LABEL, null, missing));
        List<String> notes = new ArrayList<>();
        if (missing > 0) {
            notes.add(String.format(Locale.ROOT, "%d customers of the customer table have no '%s' in %s", missing,
                    label, labelled.report().file() == null ? "the outcome's file"
                            : labelled.report().file().getFileName()));
        }
        ImportReport report = new ImportReport(null, "UTF-8", ',', true, table.rowCount(), table.rowCount(),
                List.of(), 0, infos, notes);
        return new ImportedTable(out, report);
    }

    /** A text column, missing where null. */
    private static StringColumn texts(String name, String[] values) {
        StringColumn column = StringColumn.create(name);
        for (String value : values) {
            if (value == null) {
                column.appendMissing();
            } else {
                column.append(value);
            }
        }
        return column;
    }
}
