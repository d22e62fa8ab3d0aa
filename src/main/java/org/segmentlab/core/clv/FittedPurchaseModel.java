package org.segmentlab.core.clv;

import java.util.List;

/**
 * A fitted BG/NBD or Pareto/NBD model: its parameters (r, α, a, b or r, α, s, β, in the summary's time
 * unit), their standard errors (NaN when the likelihood is too flat to give them), the log-likelihood
 * and the plain-language notes on anything doubtful about the fit.
 */
public record FittedPurchaseModel(PurchaseModelKind kind, TimeUnit unit, double[] parameters,
                                  double[] standardErrors, double logLikelihood, int customers, boolean converged,
                                  int iterations, String method, double penalizer, List<String> notes) {

    public FittedPurchaseModel {
        parameters = parameters.clone();
        standardErrors = standardErrors.clone();
        notes = List.copyOf(notes);
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** A parameter by name: r, alpha, a, b (BG/NBD) or r, alpha, s, beta (Pareto/NBD). */
    public double parameter(String name) {
        String[] names = kind.parameterNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return parameters[i];
            }
        }
        throw new IllegalArgumentException(kind.label() + " has no parameter '" + name + "'");
    }

    /** The model with given parameters, for predictions at published or simulated values. */
    public static FittedPurchaseModel at(PurchaseModelKind kind, TimeUnit unit, double... parameters) {
        double[] se = new double[parameters.length];
        java.util.Arrays.fill(se, Double.NaN);
        return new FittedPurchaseModel(kind, unit, parameters, se, Double.NaN, 0, true, 0, "given", 0, List.of());
    }

    /** Probability that a customer with x repeat purchases, recency t_x and age T (in the unit) is alive. */
    public double pAlive(int x, double tx, double t) {
        return kind == PurchaseModelKind.BG_NBD ? BgNbd.pAlive(parameters, x, tx, t)
                : ParetoNbd.pAlive(parameters, x, tx, t);
    }

    /** Repeat purchases expected in the next {@code horizon} units from such a customer. */
    public double expectedPurchases(double horizon, int x, double tx, double t) {
        return kind == PurchaseModelKind.BG_NBD ? BgNbd.expected(parameters, horizon, x, tx, t)
                : ParetoNbd.expected(parameters, horizon, x, tx, t);
    }

    /** Repeat purchases expected within {@code time} units of a customer's first purchase, E[X(t)]. */
    public double expectedSinceFirst(double time) {
        return expectedPurchases(time, 0, 0, 0);
    }

    /** The log-likelihood of one customer at these parameters (for checks against published values). */
    public double logLikelihoodOf(int x, double tx, double t) {
        RepeatTriples one = RepeatTriples.of(new int[] {x}, new double[] {tx}, new double[] {t});
        LikelihoodModel model = kind == PurchaseModelKind.BG_NBD ? BgNbd.INSTANCE : ParetoNbd.INSTANCE;
        return model.logLikelihood(parameters, one, null);
    }
}
