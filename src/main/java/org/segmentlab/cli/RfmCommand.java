package org.segmentlab.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.segmentlab.core.AtomicWrite;
import org.segmentlab.core.CsvCell;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.MissingWords;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.engine.EngineException;
import org.segmentlab.core.engine.PushdownRfm;
import org.segmentlab.core.features.rfm.CancellationHandling;
import org.segmentlab.core.features.rfm.CleaningSummary;
import org.segmentlab.core.features.rfm.Money;
import org.segmentlab.core.features.rfm.MissingColumnException;
import org.segmentlab.core.features.rfm.RfmCalculator;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.segment.rfm.RfmSegmentation;
import org.segmentlab.core.segment.rfm.RfmSegmenter;
import org.segmentlab.core.segment.rfm.SegmentMap;
import org.segmentlab.core.segment.rfm.SegmentMapFile;
import org.segmentlab.core.segment.rfm.SegmentSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rfm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Recency, frequency and monetary scores and segments per customer.",
            "Columns not named are found by role and by the usual names (CustomerID/customer_id, "
                + "InvoiceDate/date, Amount, Quantity, UnitPrice/Price, InvoiceNo/Invoice).",
            "Writes customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_cell,segment."})
final class RfmCommand implements Callable<Integer> {

    static final String HEADER = "customer_id,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_cell,segment";

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE",
            description = "Transactions file (CSV/TSV, Excel .xlsx, Parquet); or give --jdbc.")
    Path input;

    @picocli.CommandLine.Mixin
    TransactionColumnOptions columns = new TransactionColumnOptions();

    @picocli.CommandLine.Mixin
    SqlSourceOptions source = new SqlSourceOptions();

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", converter = DayConverter.class,
            description = "Day recency is measured to; later lines are left out (default: the day after the last purchase).")
    LocalDate asOf;

    @Option(names = "--bins", paramLabel = "N", defaultValue = "5", description = "Score bins, 3 to 10 (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--segments", paramLabel = "map.json",
            description = "Segment map (JSON); default: the 10-segment R×F grid for 5 bins.")
    Path segments;

    @Option(names = "--cancellations", paramLabel = "exclude|net", defaultValue = "exclude",
            converter = CancellationsConverter.class,
            description = "exclude: leave cancellations and returns out (default); net: subtract them from monetary.")
    CancellationHandling cancellations;

    @Option(names = "--missing-words", paramLabel = "WORD,WORD", converter = MissingWordsConverter.class,
            description = "Words read as missing values in every column (default: NA,N/A,NULL,null,NaN,None,-,"
                    + "na,n/a,nan,#NA,#N/A; 'none' for only empty fields). An empty field is always missing.")
    MissingWords missingWords = MissingWords.DEFAULT;

    @Option(names = "--out", required = true, paramLabel = "rfm.csv", description = "Output CSV.")
    Path out;

    @Override
    public Integer call() throws DataFileException {
        checkUsage();
        PrintWriter err = spec.commandLine().getErr();
        SegmentMap map = segments == null ? SegmentMap.standard() : new SegmentMapFile().read(segments);
        Progress progress = ConsoleProgress.forTerminal(err);
        TransactionColumns wanted = columns.wanted();
        if (source.usesSql(input)) {
            return callInEngine(err, map, wanted, progress);
        }

        ImportedTable imported = source.sheet != null
                ? new TableImporter().readSheet(ImportOptions.of(input).withMissingWords(missingWords), source.sheet,
                        progress.slice(0, 0.75))
                : new TableImporter().read(ImportOptions.of(input).withMissingWords(missingWords),
                        wanted.asColumnChoice(), progress.slice(0, 0.75));
        TransactionLog log;
        try {
            log = TransactionLog.from(imported, wanted, progress.slice(0.75, 0.9));
        } catch (MissingColumnException e) {
            throw new BadInputException(e.getMessage() + hint(e));
        }
        RfmResult rfm;
        try {
            rfm = new RfmCalculator().compute(log,
                    new RfmOptions(asOf, bins, cancellations, wanted), progress.slice(0.9, 0.97));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(input.getFileName() + ": " + e.getMessage());
        }
        if (rfm.size() == 0) {
            throw new BadInputException(input.getFileName() + ": " + String.join(" ", rfm.warnings()));
        }
        RfmSegmentation segmentation = new RfmSegmenter().segment(rfm, map);
        write(segmentation, out);
        progress.update(1, "Done");
        printSummary(err, String.valueOf(input.getFileName()), imported.report().rowsRejected(), log.columns(),
                segmentation, imported.report().notes().stream().map(note -> "import: " + note).toList());
        return SegmentLabCli.OK;
    }

    /** RFM computed by SQL: in the database given by --jdbc, or in the embedded DuckDB over the file. */
    private Integer callInEngine(PrintWriter err, SegmentMap map, TransactionColumns wanted, Progress progress)
            throws DataFileException {
        RfmResult rfm;
        List<String> notes;
        String name;
        TransactionColumns used;
        try (SqlSourceOptions.Opened opened = source.open(input, wanted, null, progress.slice(0, 0.1))) {
            rfm = new PushdownRfm().compute(opened.engine(), opened.lines(),
                    new RfmOptions(asOf, bins, cancellations, wanted), progress.slice(0.1, 0.97));
            notes = opened.notes();
            name = opened.source();
            used = opened.lines().columns();
        } catch (EngineException e) {
            throw new BadInputException(e.getMessage());
        } catch (MissingColumnException e) {
            throw new BadInputException(e.getMessage() + hint(e));
        }
        if (rfm.size() == 0) {
            throw new BadInputException(name + ": " + String.join(" ", rfm.warnings()));
        }
        RfmSegmentation segmentation = new RfmSegmenter().segment(rfm, map);
        write(segmentation, out);
        progress.update(1, "Done");
        printSummary(err, name, 0, used, segmentation, notes);
        return SegmentLabCli.OK;
    }

    private void checkUsage() {
        source.check(spec, input, "--input");
        columns.check(spec);
        if (bins < RfmOptions.MIN_BINS || bins > RfmOptions.MAX_BINS) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bins must be between " + RfmOptions.MIN_BINS + " and " + RfmOptions.MAX_BINS + ", not " + bins);
        }
    }

    static String hint(MissingColumnException e) {
        String option = optionFor(e.role());
        return option == null ? "" : " (choose one with " + option + ")";
    }

    private static String optionFor(ColumnRole role) {
        switch (role) {
            case CUSTOMER_ID:
                return "--customer";
            case TIMESTAMP:
                return "--date";
            case AMOUNT:
                return "--amount, or --quantity and --price";
            case QUANTITY:
                return "--quantity";
            case UNIT_PRICE:
                return "--price";
            case INVOICE:
                return "--invoice";
            default:
                return null;
        }
    }

    /** Writes the CSV atomically (a reader sees the old file or the whole new one). */
    static void write(RfmSegmentation segmentation, Path target) {
        RfmResult rfm = segmentation.rfm();
        try {
            AtomicWrite.write(target, raw -> {
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
                w.write(HEADER);
                w.write('\n');
                StringBuilder line = new StringBuilder(96);
                for (int i = 0; i < rfm.size(); i++) {
                    line.setLength(0);
                    CsvCell.append(line, rfm.customerId(i)).append(',')
                            .append(rfm.recencyDays(i)).append(',')
                            .append(rfm.frequency(i)).append(',')
                            .append(Money.format(rfm.monetary(i))).append(',')
                            .append(rfm.rScore(i)).append(',')
                            .append(rfm.fScore(i)).append(',')
                            .append(rfm.mScore(i)).append(',');
                    CsvCell.append(line, rfm.cell(i)).append(',');
                    CsvCell.append(line, segmentation.segmentName(i)).append('\n');
                    w.append(line);
                }
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(target + ": cannot be written: " + e.getMessage(), e);
        }
    }

    private void printSummary(PrintWriter err, String sourceName, long rejected, TransactionColumns used,
                              RfmSegmentation segmentation, List<String> notes) {
        RfmResult rfm = segmentation.rfm();
        CleaningSummary c = rfm.cleaning();
        err.printf(Locale.ROOT, "rfm: %,d customers from %,d lines of %s (as of %s, %d bins, cancellations %s)%n",
                c.customers(), c.linesRead(), sourceName, rfm.asOf(), rfm.bins(),
                c.cancellations() == CancellationHandling.NETTED ? "netted" : "excluded");
        if (used != null) {
            err.printf(Locale.ROOT, "  columns: customer %s, date %s, amount %s, invoice %s%n",
                    used.customer(), used.timestamp(),
                    used.amount() != null ? used.amount() : used.quantity() + " × " + used.price(),
                    used.invoice() != null ? used.invoice() : "none (frequency = purchase days)");
        }
        for (String note : notes) {
            err.println("  " + note);
        }
        List<String> dropped = new ArrayList<>();
        addCount(dropped, rejected, "rejected on import");
        addCount(dropped, c.linesWithoutCustomerId(), "without customer id");
        addCount(dropped, c.linesWithoutDateOrAmount(), "without date or amount");
        addCount(dropped, c.linesAfterAsOf(), "after the as-of day");
        addCount(dropped, c.cancellationLines(), c.cancellations() == CancellationHandling.NETTED
                ? "cancellations/returns (netted in monetary)" : "cancellations/returns");
        addCount(dropped, c.zeroAmountLines(), "with amount 0");
        err.println("  lines left out: " + (dropped.isEmpty() ? "none" : String.join(", ", dropped)));
        if (c.customersWithoutPurchases() > 0) {
            err.printf(Locale.ROOT, "  customers without a purchase left out: %,d%n", c.customersWithoutPurchases());
        }
        List<String> counts = new ArrayList<>();
        for (SegmentSummary s : segmentation.summaries()) {
            counts.add(String.format(Locale.ROOT, "%s %,d", s.name(), s.customers()));
        }
        err.println("  segments: " + String.join(", ", counts));
        for (String warning : rfm.warnings()) {
            err.println("warning: " + warning);
        }
        for (String warning : segmentation.warnings()) {
            err.println("warning: " + warning);
        }
        err.println("  wrote " + out);
        err.flush();
    }

    private static void addCount(List<String> parts, long count, String what) {
        if (count > 0) {
            parts.add(String.format(Locale.ROOT, "%,d %s", count, what));
        }
    }

    static final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a day of the form yyyy-MM-dd");
            }
        }
    }

    static final class CancellationsConverter implements CommandLine.ITypeConverter<CancellationHandling> {
        @Override
        public CancellationHandling convert(String value) {
            switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "exclude":
                case "excluded":
                    return CancellationHandling.EXCLUDED;
                case "net":
                case "netted":
                    return CancellationHandling.NETTED;
                default:
                    throw new CommandLine.TypeConversionException("'" + value + "' is not one of: exclude, net");
            }
        }
    }
}
