package org.segmentlab.core.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Customer lifetime value from a transaction log: the customer summary, the purchase model (BG/NBD
 * or Pareto/NBD), the Gamma-Gamma spend model, per-customer P(alive), expected purchases and CLV, and,
 * with a holdout end, the check of the model against the purchases made after the as-of day.
 *
 * <p>CLV is discounted per month as {@code lifetimes}' {@code customer_lifetime_value} does: the horizon
 * is cut into months of 365.25/12 days (the last one may be shorter), the purchases expected in month k
 * are discounted by (1 + d)^k (k fractional for a short last month), and the sum is multiplied by the
 * expected mean spend and the margin. With d = 0 it is margin × expected spend × expected purchases.
 */
public final class ClvCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(ClvCalculator.class);
    private static final double MONTH_DAYS = 365.25 / 12;
    private static final int CHUNK = 4096;
    /** Frequency groups of the holdout table: 0 … 6 and 7+. */
    private static final int FREQUENCY_GROUPS = 8;

    private final ClvFitter fitter = new ClvFitter();

    public ClvResult compute(TransactionLog log, ClvOptions options, Progress progress) {
        CustomerSummary summary = new CustomerSummaryBuilder().summarize(log, options.asOf(), options.holdoutEnd(),
                options.timeUnit(), progress.slice(0, 0.3));
        return compute(summary, options, progress.slice(0.3, 1));
    }

    public ClvResult compute(CustomerSummary summary, ClvOptions options, Progress progress) {
        if (summary.size() < 2) {
            throw new IllegalArgumentException("only " + summary.size() + " customer(s) bought on or before "
                    + summary.asOf() + ": a purchase model needs more");
        }
        long started = System.nanoTime();
        RepeatTriples triples = RepeatTriples.of(summary);
        FittedPurchaseModel purchases = fitter.fit(triples, options.model(), summary.unit(), options.penalizer(),
                progress.slice(0, 0.5));
        List<String> spendNotes = new ArrayList<>();
        FittedSpendModel spend = fitter.fitSpend(summary, 0, spendNotes, progress.slice(0.5, 0.6));
        progress.update(0.6, "Values per customer");
        CustomerValues values = values(summary, triples, purchases, spend, options, progress.slice(0.6, 0.9));
        HoldoutCheck holdout = summary.hasHoldout()
                ? holdout(summary, triples, purchases, progress.slice(0.9, 1)) : null;
        List<String> warnings = new ArrayList<>(summary.notes());
        warnings.addAll(purchases.notes());
        warnings.addAll(spendNotes);
        if (spend != null) {
            warnings.addAll(spend.notes());
        }
        int unvalued = 0;
        for (int i = 0; i < values.size(); i++) {
            unvalued += Double.isNaN(values.expectedPurchases(i)) ? 1 : 0;
        }
        if (unvalued > 0) {
            warnings.add(String.format(java.util.Locale.ROOT, "The %s fit cannot value %,d of the %,d customers: its "
                    + "parameters are at the edge of what these purchases can estimate, so their expected purchases "
                    + "and CLV are left empty.%s", options.model() == PurchaseModelKind.BG_NBD ? "BG/NBD" : "Pareto/NBD",
                    unvalued, values.size(), options.model() == PurchaseModelKind.BG_NBD
                            ? " Pareto/NBD (--model pareto, or the Value step's model) may fit them." : ""));
        }
        progress.update(1, "CLV done");
        LOG.debug("CLV of {} customers ({} triples) in {} ms", summary.size(), triples.size,
                (System.nanoTime() - started) / 1_000_000);
        return new ClvResult(options, summary, purchases, spend, values, holdout, warnings);
    }

    private static CustomerValues values(CustomerSummary summary, RepeatTriples triples, FittedPurchaseModel model,
                                         FittedSpendModel spend, ClvOptions options, Progress progress) {
        double unitDays = summary.unit().days();
        double horizon = options.horizonDays() / unitDays;
        double months = options.horizonDays() / MONTH_DAYS;
        int steps = (int) Math.ceil(months - 1e-9);
        double[] stepEnd = new double[steps];
        double[] discount = new double[steps];
        for (int k = 0; k < steps; k++) {
            double endMonths = Math.min(k + 1, months);
            stepEnd[k] = endMonths * MONTH_DAYS / unitDays;
            discount[k] = Math.pow(1 + options.discountMonthly(), -endMonths);
        }
        int n = triples.size;
        double[] alive = new double[n];
        double[] expected = new double[n];
        double[] discounted = new double[n];
        AtomicInteger done = new AtomicInteger();
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            progress.checkCancelled();
            int end = Math.min(n, (chunk + 1) * CHUNK);
            for (int i = chunk * CHUNK; i < end; i++) {
                int x = triples.x[i];
                double tx = triples.tx(i);
                double t = triples.t(i);
                alive[i] = model.pAlive(x, tx, t);
                double sum = 0;
                double previous = 0;
                for (int k = 0; k < steps; k++) {
                    double e = model.expectedPurchases(stepEnd[k], x, tx, t);
                    sum += (e - previous) * discount[k];
                    previous = e;
                }
                expected[i] = steps > 0 && stepEnd[steps - 1] == horizon ? previous
                        : model.expectedPurchases(horizon, x, tx, t);
                discounted[i] = sum;
            }
            progress.update((double) done.incrementAndGet() / chunks, "Values per customer");
        });
        int rows = summary.size();
        String[] ids = new String[rows];
        double[] pAlive = new double[rows];
        double[] purchases = new double[rows];
        double[] meanSpend = new double[rows];
        double[] clv = new double[rows];
        for (int i = 0; i < rows; i++) {
            int k = triples.rowTriple[i];
            ids[i] = summary.customerId(i);
            pAlive[i] = alive[k];
            purchases[i] = expected[k];
            meanSpend[i] = spend == null ? Double.NaN
                    : spend.expectedSpend(summary.frequency(i), summary.monetaryMean(i));
            clv[i] = options.margin() * meanSpend[i] * discounted[k];
        }
        return new CustomerValues(ids, pAlive, purchases, meanSpend, clv);
    }

    private static HoldoutCheck holdout(CustomerSummary summary, RepeatTriples triples, FittedPurchaseModel model,
                                        Progress progress) {
        double length = summary.holdoutLength();
        double[] expectedByTriple = new double[triples.size];
        for (int i = 0; i < triples.size; i++) {
            expectedByTriple[i] = model.expectedPurchases(length, triples.x[i], triples.tx(i), triples.t(i));
        }
        long actual = 0;
        double expected = 0;
        double absError = 0;
        int[] groupCustomers = new int[FREQUENCY_GROUPS];
        double[] groupActual = new double[FREQUENCY_GROUPS];
        double[] groupExpected = new double[FREQUENCY_GROUPS];
        for (int i = 0; i < summary.size(); i++) {
            double e = expectedByTriple[triples.rowTriple[i]];
            int a = summary.holdoutPurchases(i);
            actual += a;
            expected += e;
            absError += Math.abs(a - e);
            int g = Math.min(summary.frequency(i), FREQUENCY_GROUPS - 1);
            groupCustomers[g]++;
            groupActual[g] += a;
            groupExpected[g] += e;
        }
        List<HoldoutCheck.FrequencyRow> rows = new ArrayList<>();
        for (int g = 0; g < FREQUENCY_GROUPS; g++) {
            int c = groupCustomers[g];
            rows.add(new HoldoutCheck.FrequencyRow(g == FREQUENCY_GROUPS - 1 ? (g + "+") : Integer.toString(g), c,
                    c == 0 ? Double.NaN : groupActual[g] / c, c == 0 ? Double.NaN : groupExpected[g] / c));
        }
        progress.update(0.5, "Tracking");
        List<HoldoutCheck.TrackingPoint> tracking = tracking(summary, model);
        long days = summary.holdoutEnd().toEpochDay() - summary.asOf().toEpochDay();
        return new HoldoutCheck(days, actual, expected, absError / summary.size(), rows, tracking);
    }

    /**
     * Weekly cumulative repeat purchases from the earliest first purchase to the end of the data used:
     * actual counts, and the model's expectation Σ_cohorts n_d E[X(day − d)] over the first-purchase days.
     */
    static List<HoldoutCheck.TrackingPoint> tracking(CustomerSummary summary, FittedPurchaseModel model) {
        int days = summary.trackingDays();
        double unitDays = summary.unit().days();
        double[] sinceFirst = new double[days];
        for (int lag = 1; lag < days; lag++) {
            sinceFirst[lag] = model.expectedSinceFirst(lag / unitDays);
        }
        List<Integer> cohortDays = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            if (summary.firstPurchasesOn(d) > 0) {
                cohortDays.add(d);
            }
        }
        List<HoldoutCheck.TrackingPoint> points = new ArrayList<>();
        long cumulative = 0;
        LocalDate start = summary.trackingStart();
        for (int d = 0; d < days; d++) {
            cumulative += summary.repeatPurchasesOn(d);
            boolean weekEnd = (d + 1) % 7 == 0;
            if (weekEnd || d == days - 1) {
                double expected = 0;
                for (int cohort : cohortDays) {
                    if (cohort > d) {
                        break;
                    }
                    expected += summary.firstPurchasesOn(cohort) * sinceFirst[d - cohort];
                }
                points.add(new HoldoutCheck.TrackingPoint(start.plusDays(d), cumulative, expected));
            }
        }
        return points;
    }
}
