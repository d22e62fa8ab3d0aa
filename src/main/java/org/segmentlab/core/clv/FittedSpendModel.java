package org.segmentlab.core.clv;

import java.util.List;

/**
 * A fitted Gamma-Gamma spend model: p, q, γ with standard errors, the log-likelihood over the repeat
 * customers it was fitted on, and the correlation between their frequency and mean spend (the model
 * assumes none; above 0.3 a note says so).
 */
public record FittedSpendModel(double p, double q, double gamma, double[] standardErrors, double logLikelihood,
                               int customers, double frequencySpendCorrelation, boolean converged,
                               List<String> notes) {

    public FittedSpendModel {
        standardErrors = standardErrors.clone();
        notes = List.copyOf(notes);
    }

    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    public static FittedSpendModel at(double p, double q, double gamma) {
        return new FittedSpendModel(p, q, gamma, new double[] {Double.NaN, Double.NaN, Double.NaN}, Double.NaN, 0,
                Double.NaN, true, List.of());
    }

    /**
     * Expected mean spend of a customer's future purchases given x repeat purchases of mean spend m;
     * NaN when the fit has q ≤ 1 for a one-time buyer (the population mean is then not finite).
     */
    public double expectedSpend(int x, double m) {
        double denominator = p * x + q - 1;
        return denominator > 0 ? GammaGamma.expectedSpend(new double[] {p, q, gamma}, x, x == 0 ? 0 : m)
                : Double.NaN;
    }
}
