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
import org.segmentlab.core.clv.ClvCalculator;
import org.segmentlab.core.clv.ClvOptions;
import org.segmentlab.core.clv.SupervisedComparison;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.FittedPurchaseModel;
import org.segmentlab.core.clv.FittedSpendModel;
import org.segmentlab.core.clv.HoldoutCheck;
import org.segmentlab.core.clv.PurchaseModelKind;
import org.segmentlab.core.clv.SummaryCleaning;
import org.segmentlab.core.clv.TimeUnit;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.data.ImportOptions;
import org.segmentlab.core.data.ImportedTable;
import org.segmentlab.core.data.TableImporter;
import org.segmentlab.core.features.rfm.MissingColumnException;
import org.segmentlab.core.features.rfm.TransactionColumns;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.report.ClvCsv;
import org.segmentlab.report.ClvParamsJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "clv", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Customer lifetime value: BG/NBD or Pareto/NBD purchases with Gamma-Gamma spend.",
            "Columns not named are found as for rfm. Purchases on one day are one purchase; cancellations are "
                + "left out as in rfm; a line of amount 0 is a purchase with no spend.",
            "Writes " + ClvCsv.HEADER + " (expected purchases and CLV over the horizon, full precision)."})
final class ClvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Transactions file (CSV/TSV).")
    Path input;

    @picocli.CommandLine.Mixin
    TransactionColumnOptions columns = new TransactionColumnOptions();

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", converter = RfmCommand.DayConverter.class,
            description = "Last day of the calibration period, included (default: the last purchase day).")
    LocalDate asOf;

    @Option(names = "--holdout-end", paramLabel = "yyyy-MM-dd", converter = RfmCommand.DayConverter.class,
            description = "Last day of the holdout period, included: checks the model on the purchases after --as-of.")
    LocalDate holdoutEnd;

    @Option(names = "--time-unit", paramLabel = "day|week|month", defaultValue = "week",
            converter = TimeUnitConverter.class, description = "Unit of frequency, recency and T (default: ${DEFAULT-VALUE}).")
    TimeUnit timeUnit;

    @Option(names = "--model", paramLabel = "bgnbd|pareto", defaultValue = "bgnbd", converter = ModelConverter.class,
            description = "Purchase model (default: ${DEFAULT-VALUE}).")
    PurchaseModelKind model;

    @Option(names = "--penalizer", paramLabel = "X", defaultValue = "0",
            description = "L2 penalty on the purchase model's parameters (default: ${DEFAULT-VALUE}).")
    double penalizer;

    @Option(names = "--horizon-days", paramLabel = "DAYS", defaultValue = "365",
            description = "Days ahead for expected purchases and CLV (default: ${DEFAULT-VALUE}).")
    double horizonDays;

    @Option(names = "--discount-monthly", paramLabel = "RATE", defaultValue = "0.01",
            description = "Discount rate per month for CLV (default: ${DEFAULT-VALUE}).")
    double discountMonthly;

    @Option(names = "--margin", paramLabel = "SHARE", defaultValue = "1.0",
            description = "Share of spend that is profit (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--out", required = true, paramLabel = "clv.csv", description = "Output CSV.")
    Path out;

    @Option(names = "--params", paramLabel = "params.json", description = "Fitted parameters and the holdout check (JSON).")
    Path params;

    @Option(names = "--compare", description = "Also set a gradient-boosted regression of next-period spend against "
            + "the value model on the holdout (needs --holdout-end): MAE, Spearman rank correlation and top-decile "
            + "capture, printed and written to the params file as 'comparison'.")
    boolean compare;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "Seed of the regression's row sampling with --compare (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws DataFileException {
        ClvOptions options = checkUsage();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = ConsoleProgress.forTerminal(err);
        ImportedTable imported = new TableImporter().read(ImportOptions.of(input), progress.slice(0, 0.3));
        TransactionColumns wanted = columns.wanted();
        TransactionLog log;
        try {
            log = TransactionLog.from(imported, wanted, progress.slice(0.3, 0.4));
        } catch (MissingColumnException e) {
            throw new BadInputException(e.getMessage() + RfmCommand.hint(e));
        }
        ClvResult result;
        try {
            result = new ClvCalculator().compute(log, options, progress.slice(0.4, 0.97));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(input.getFileName() + ": " + e.getMessage());
        }
        SupervisedComparison.Result comparison = null;
        if (compare) {
            try {
                comparison = new SupervisedComparison().compare(log, result, seed, progress.slice(0.97, 0.99));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(input.getFileName() + ": " + e.getMessage());
            }
        }
        try {
            ClvCsv.write(out, result);
            if (params != null) {
                ClvParamsJson.write(params, result, comparison);
            }
        } catch (IOException e) {
            throw new UncheckedIOException((params != null ? out + " or " + params : out.toString())
                    + ": cannot be written: " + e.getMessage(), e);
        }
        progress.update(1, "Done");
        printSummary(err, imported, log, result);
        if (comparison != null) {
            printComparison(err, comparison);
        }
        return SegmentLabCli.OK;
    }

    private ClvOptions checkUsage() {
        columns.check(spec);
        if (compare && holdoutEnd == null) {
            throw usage("--compare needs --holdout-end (the methods are compared on the spend after the as-of day)");
        }
        if (holdoutEnd != null && asOf == null) {
            throw usage("--holdout-end needs --as-of (the calibration period ends on the as-of day)");
        }
        try {
            return new ClvOptions(asOf, holdoutEnd, timeUnit, model, penalizer, horizonDays, discountMonthly, margin);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void printSummary(PrintWriter err, ImportedTable imported, TransactionLog log, ClvResult result) {
        SummaryCleaning c = result.summary().cleaning();
        TransactionColumns used = log.columns();
        err.printf(Locale.ROOT, "clv: %,d customers (%,d repeat) from %,d lines of %s (calibration to %s%s, in %ss)%n",
                c.customers(), result.summary().repeatCustomers(), c.linesRead(), input.getFileName(),
                result.summary().asOf(), result.summary().hasHoldout() ? ", holdout to " + result.summary().holdoutEnd()
                        : "", result.summary().unit().label());
        if (used != null) {
            err.printf(Locale.ROOT, "  columns: customer %s, date %s, amount %s, invoice %s%n", used.customer(),
                    used.timestamp(), used.amount() != null ? used.amount() : used.quantity() + " × " + used.price(),
                    used.invoice() != null ? used.invoice() : "none");
        }
        long rejected = imported.report().rowsRejected();
        if (rejected > 0) {
            err.printf(Locale.ROOT, "  rows rejected on import: %,d%n", rejected);
        }
        FittedPurchaseModel m = result.purchaseModel();
        String[] names = m.kind().parameterNames();
        double[] values = m.parameters();
        double[] se = m.standardErrors();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            parts.add(String.format(Locale.ROOT, "%s %.4g (± %.2g)", names[i], values[i], se[i]));
        }
        err.printf(Locale.ROOT, "  %s: %s; log-likelihood %.2f%n", m.kind() == PurchaseModelKind.BG_NBD ? "BG/NBD"
                : "Pareto/NBD", String.join(", ", parts), m.logLikelihood());
        FittedSpendModel spend = result.spendModel();
        if (spend != null) {
            err.printf(Locale.ROOT, "  Gamma-Gamma on %,d repeat customers: p %.4g, q %.4g, gamma %.4g;"
                    + " frequency-spend correlation %.2f%n", spend.customers(), spend.p(), spend.q(), spend.gamma(),
                    spend.frequencySpendCorrelation());
        }
        HoldoutCheck h = result.holdout();
        if (h != null) {
            err.printf(Locale.ROOT, "  holdout (%d days): %,d repeat purchases made, %,.1f expected; MAE per customer"
                    + " %.3f%n", h.days(), h.actual(), h.expected(), h.mae());
        }
        err.printf(Locale.ROOT, "  total CLV over %.0f days: %,.2f%n", result.options().horizonDays(),
                result.values().totalClv());
        for (String warning : result.warnings()) {
            err.println("note: " + warning);
        }
        err.println("  wrote " + out + (params != null ? " and " + params : ""));
        err.flush();
    }

    private static void printComparison(PrintWriter err, SupervisedComparison.Result c) {
        err.printf(Locale.ROOT, "comparison on the %d-day holdout: %,d customers spent %,.2f (the regression learnt "
                + "from %,d customers as of %s, seed %d)%n", c.holdoutDays(), c.customers(), c.actualSpend(),
                c.trainingCustomers(), c.trainingAsOf(), c.seed());
        err.printf(Locale.ROOT, "  %-32s %14s %10s %9s %12s%n", "method", "predicted", "MAE", "Spearman",
                "top decile");
        for (SupervisedComparison.Method m : c.methods()) {
            err.printf(Locale.ROOT, "  %-32s %,14.2f %,10.2f %9.3f %11.1f%%%n", m.label(), m.predictedSpend(), m.mae(),
                    m.spearman(), 100 * m.topDecileCapture());
        }
        err.flush();
    }

    static final class TimeUnitConverter implements CommandLine.ITypeConverter<TimeUnit> {
        @Override
        public TimeUnit convert(String value) {
            try {
                return TimeUnit.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class ModelConverter implements CommandLine.ITypeConverter<PurchaseModelKind> {
        @Override
        public PurchaseModelKind convert(String value) {
            try {
                return PurchaseModelKind.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
