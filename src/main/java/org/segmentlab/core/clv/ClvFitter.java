package org.segmentlab.core.clv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fits the purchase models (BG/NBD, Pareto/NBD) and the Gamma-Gamma spend model by maximum likelihood. */
public final class ClvFitter {

    private static final Logger LOG = LoggerFactory.getLogger(ClvFitter.class);
    /** Above this frequency–spend correlation the Gamma-Gamma assumption of independence is doubtful. */
    public static final double CORRELATION_WARNING = 0.3;
    /** Fewer repeat customers than this leave the spend model unfitted. */
    public static final int MIN_SPEND_CUSTOMERS = 10;

    public FittedPurchaseModel fitPurchases(CustomerSummary summary, PurchaseModelKind kind, double penalizer,
                                            Progress progress) {
        return fit(RepeatTriples.of(summary), kind, summary.unit(), penalizer, progress);
    }

    /** Fits on one (x, t_x, T) per customer, in the given unit (simulations, tests). */
    public FittedPurchaseModel fitPurchases(int[] x, double[] tx, double[] t, TimeUnit unit, PurchaseModelKind kind,
                                            double penalizer, Progress progress) {
        return fit(RepeatTriples.of(x, tx, t), kind, unit, penalizer, progress);
    }

    FittedPurchaseModel fit(RepeatTriples data, PurchaseModelKind kind, TimeUnit unit, double penalizer,
                            Progress progress) {
        if (data.customers < 2) {
            throw new IllegalArgumentException("a purchase model needs at least 2 customers, not "
                    + (int) data.customers);
        }
        long started = System.nanoTime();
        LikelihoodModel model = kind == PurchaseModelKind.BG_NBD ? BgNbd.INSTANCE : ParetoNbd.INSTANCE;
        double meanX = 0;
        double meanT = 0;
        for (int i = 0; i < data.size; i++) {
            meanX += data.weight[i] * data.x[i];
            meanT += data.weight[i] * data.t(i);
        }
        meanX /= data.customers;
        meanT /= data.customers;
        // Start where the mean purchase rate is right: r/α ≈ mean x / mean T.
        double alpha0 = Math.max(1e-3, Math.max(meanT, 1e-3) / Math.max(meanX, 0.05));
        double[] start = kind == PurchaseModelKind.BG_NBD ? new double[] {1, alpha0, 1, 1}
                : new double[] {1, alpha0, 1, Math.max(1e-3, meanT)};
        MaximumLikelihood.Outcome out = MaximumLikelihood.maximize(LogLikelihood.of(model, data), start, penalizer,
                data.customers, progress);
        List<String> notes = notes(kind.parameterNames(), out, penalizer, data, unit);
        LOG.debug("{} fit on {} triples ({} customers): {} in {} ms, {} iterations", kind, data.size,
                data.customers, java.util.Arrays.toString(out.theta()), (System.nanoTime() - started) / 1_000_000,
                out.iterations());
        return new FittedPurchaseModel(kind, unit, out.theta(), out.standardErrors(), out.logLikelihood(),
                (int) data.customers, out.converged(), out.iterations(), out.method(), penalizer, notes);
    }

    /**
     * Fits Gamma-Gamma on the summary's repeat customers with a positive mean spend. Returns null, with
     * the reason in {@code notes}, when fewer than {@link #MIN_SPEND_CUSTOMERS} such customers exist.
     */
    public FittedSpendModel fitSpend(CustomerSummary summary, double penalizer, List<String> notes,
                                     Progress progress) {
        int n = 0;
        int zeroSpend = 0;
        for (int i = 0; i < summary.size(); i++) {
            if (summary.frequency(i) > 0) {
                if (summary.monetaryMean(i) > 0) {
                    n++;
                } else {
                    zeroSpend++;
                }
            }
        }
        int[] x = new int[n];
        double[] m = new double[n];
        int k = 0;
        for (int i = 0; i < summary.size(); i++) {
            if (summary.frequency(i) > 0 && summary.monetaryMean(i) > 0) {
                x[k] = summary.frequency(i);
                m[k] = summary.monetaryMean(i);
                k++;
            }
        }
        if (zeroSpend > 0) {
            notes.add(String.format(Locale.ROOT, "%,d repeat customers whose repeat purchases cost nothing are left"
                    + " out of the spend model.", zeroSpend));
        }
        if (n < MIN_SPEND_CUSTOMERS) {
            notes.add(String.format(Locale.ROOT, "Only %,d repeat customers with spend: too few to fit the spend"
                    + " model, so expected spend and CLV are not given.", n));
            return null;
        }
        return fitSpend(x, m, penalizer, progress);
    }

    /** Fits Gamma-Gamma on repeat purchase counts x (all &gt; 0) and mean spends m (all &gt; 0). */
    public FittedSpendModel fitSpend(int[] x, double[] m, double penalizer, Progress progress) {
        double meanM = 0;
        for (double v : m) {
            meanM += v;
        }
        meanM /= m.length;
        GammaGamma model = new GammaGamma(x, m);
        MaximumLikelihood.Outcome out = MaximumLikelihood.maximize(model, new double[] {1, 2, meanM}, penalizer,
                m.length, progress);
        double correlation = pearson(x, m);
        List<String> notes = notes(new String[] {"p", "q", "gamma"}, out, penalizer, null, null);
        if (Math.abs(correlation) > CORRELATION_WARNING) {
            notes.add(String.format(Locale.ROOT, "Frequency and mean spend are correlated (%.2f, above %.1f): the"
                    + " spend model assumes they are independent, so its expected spends are doubtful.",
                    correlation, CORRELATION_WARNING));
        }
        double[] t = out.theta();
        if (t[1] <= 1) {
            notes.add(String.format(Locale.ROOT, "q is %.3g, not above 1: the population's mean spend is not finite"
                    + " under this fit, so one-time buyers get no expected spend.", t[1]));
        }
        return new FittedSpendModel(t[0], t[1], t[2], out.standardErrors(), out.logLikelihood(), m.length,
                correlation, out.converged(), notes);
    }

    private static List<String> notes(String[] names, MaximumLikelihood.Outcome out, double penalizer,
                                      RepeatTriples data, TimeUnit unit) {
        List<String> notes = new ArrayList<>();
        if (!out.converged()) {
            notes.add("The fit did not settle on an optimum (" + out.method() + ", " + out.iterations()
                    + " iterations): treat the parameters as rough.");
        }
        double[] theta = out.theta();
        for (int i = 0; i < names.length; i++) {
            double log = Math.log(theta[i]);
            if (Math.abs(log) > MaximumLikelihood.LOG_BOUND - 2) {
                notes.add(String.format(Locale.ROOT, "%s went to %s (%.3g): the data push it to the edge of what can"
                        + " be estimated, and predictions that depend on it are doubtful.", names[i],
                        log < 0 ? "almost 0" : "a very large value", theta[i]));
            }
        }
        if (!out.hessianPositive()) {
            notes.add("The likelihood is flat around the optimum: the data do not pin the parameters down, and"
                    + " no standard errors can be given.");
        } else {
            for (String pair : MaximumLikelihood.entangled(names, out.correlation())) {
                notes.add("The estimates of " + pair + " move together almost perfectly: the data tell only their"
                        + " combination.");
            }
            double[] se = out.standardErrors();
            for (int i = 0; i < names.length; i++) {
                if (se[i] > theta[i]) {
                    notes.add(String.format(Locale.ROOT, "%s is poorly determined: its standard error (%.3g) is"
                            + " larger than the estimate (%.3g).", names[i], se[i], theta[i]));
                }
            }
        }
        if (penalizer > 0) {
            notes.add(String.format(Locale.ROOT, "A penalizer of %s pulls the parameters toward 0: they are not the"
                    + " maximum-likelihood ones, and a penalizer large for the data biases the predictions.",
                    penalizer));
        }
        if (data != null && unit != null && data.maxT > 1000) {
            notes.add(String.format(Locale.ROOT, "Histories are long in this unit (up to %.0f %ss): fits on long"
                    + " histories converge slowly and the model assumes buying chances in every %s; a coarser"
                    + " unit is usually enough.", data.maxT, unit.label(), unit.label()));
        }
        return notes;
    }

    static double pearson(int[] x, double[] m) {
        int n = x.length;
        double mx = 0;
        double mm = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            mm += m[i];
        }
        mx /= n;
        mm /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = m[i] - mm;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
