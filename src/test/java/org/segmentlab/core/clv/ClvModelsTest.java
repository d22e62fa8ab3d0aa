package org.segmentlab.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The model formulas against independent references: the published example (FHL 2005: 1.226 expected
 * purchases in 39 weeks for x = 2, t_x = 30.43, T = 38.86) and values computed at 40 digits with mpmath
 * straight from the published formulas, without our transformations
 * ({@code src/test/resources/org/segmentlab/core/clv/reference_values.py}, whose output is copied here).
 */
class ClvModelsTest {

    private static final FittedPurchaseModel BG = FittedPurchaseModel.at(PurchaseModelKind.BG_NBD, TimeUnit.WEEK,
            0.243, 4.414, 0.793, 2.426);
    private static final FittedPurchaseModel PARETO = FittedPurchaseModel.at(PurchaseModelKind.PARETO_NBD,
            TimeUnit.WEEK, 0.553, 10.578, 0.606, 11.669);

    @Test
    void bgNbdExpectsThePublishedPurchasesOfTheExampleCustomer() {
        assertThat(BG.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.226, within(0.0005));
        assertThat(BG.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.2260281747671445, within(1e-12));
    }

    @Test
    void bgNbdLikelihoodIsFiniteAndExactForTwoHundredPurchases() {
        assertThat(BG.logLikelihoodOf(200, 100, 104)).isCloseTo(-81.488413316216223, within(1e-9));
        assertThat(BG.logLikelihoodOf(0, 0, 38.86)).isCloseTo(-0.55471327643815845, within(1e-12));
        assertThat(BG.expectedPurchases(39, 200, 100, 104)).isCloseTo(7.645185493381596, within(1e-9));
    }

    /**
     * A fit at its edge (retail-rfm's purchases push a and b into the billions, where the dropout rate no
     * longer varies between customers): the series of the expectation overflows after a few thousand
     * terms. It says so at once (no value) rather than summing the rest of its million terms, which took
     * two minutes for 4,000 customers; a well-fitted model is untouched.
     */
    @Test
    void bgNbdAtTheEdgeOfItsFitGivesNoValueAtOnce() {
        FittedPurchaseModel edge = FittedPurchaseModel.at(PurchaseModelKind.BG_NBD, TimeUnit.WEEK,
                0.5, 8.0, 1.49e11, 3.23e12);
        for (int customer = 0; customer < 4_000; customer++) {
            assertThat(edge.expectedPurchases(52, 13, 101.7, 102.7)).isNaN();
        }
        assertThat(edge.pAlive(13, 101.7, 102.7)).isBetween(0.0, 1.0);
        assertThat(BG.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.2260281747671445, within(1e-12));
    }

    @Test
    void paretoNbdLikelihoodIsFiniteAndExactForTwoHundredPurchasesOnBothSidesOfAlphaEqualsBeta() {
        assertThat(PARETO.logLikelihoodOf(200, 100, 104)).isCloseTo(-89.003968864438549, within(1e-9));
        FittedPurchaseModel swapped = FittedPurchaseModel.at(PurchaseModelKind.PARETO_NBD, TimeUnit.WEEK,
                0.553, 11.669, 0.606, 10.578);
        assertThat(swapped.logLikelihoodOf(200, 100, 104)).isCloseTo(-90.942440284608875, within(1e-9));
    }

    @Test
    void paretoNbdAliveAndExpectedMatchTheDirectFormula() {
        assertThat(PARETO.logLikelihoodOf(2, 30.43, 38.86)).isCloseTo(-9.5542832451504057, within(1e-11));
        assertThat(PARETO.pAlive(2, 30.43, 38.86)).isCloseTo(0.8691675591530112, within(1e-12));
        assertThat(PARETO.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.4551231932576025, within(1e-11));
    }

    @Test
    void bgNbdWithABelowOneMinusBGivesTheRightExpectationsAndNoNaN() {
        FittedPurchaseModel low = FittedPurchaseModel.at(PurchaseModelKind.BG_NBD, TimeUnit.WEEK, 0.5, 5.0, 0.3, 0.4);
        assertThat(low.expectedPurchases(39, 0, 0, 20)).isCloseTo(0.57360378538533455, within(1e-11));
        assertThat(low.expectedPurchases(39, 0, 0, 0)).isCloseTo(1.9039429033611481, within(1e-11));
        assertThat(low.expectedPurchases(39, 3, 15, 20)).isCloseTo(3.5642227615327416, within(1e-11));
        assertThat(low.pAlive(0, 0, 20)).isEqualTo(1.0);
        assertThat(low.logLikelihoodOf(0, 0, 20)).isFinite();
    }

    @Test
    void bgNbdExpectationIsContinuousThroughAEqualsOne() {
        FittedPurchaseModel below = FittedPurchaseModel.at(PurchaseModelKind.BG_NBD, TimeUnit.WEEK,
                0.243, 4.414, 1 - 1e-9, 2.426);
        FittedPurchaseModel at = FittedPurchaseModel.at(PurchaseModelKind.BG_NBD, TimeUnit.WEEK,
                0.243, 4.414, 1, 2.426);
        FittedPurchaseModel above = FittedPurchaseModel.at(PurchaseModelKind.BG_NBD, TimeUnit.WEEK,
                0.243, 4.414, 1 + 1e-9, 2.426);
        double mid = at.expectedPurchases(39, 2, 30.43, 38.86);
        assertThat(mid).isFinite().isPositive();
        assertThat(below.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(mid, within(1e-7));
        assertThat(above.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(mid, within(1e-7));
    }

    @Test
    void specialFunctionsMatchKnownValues() {
        // ln Γ(0.5) = ln √π, ln Γ(10) = ln 362880, ψ(1) = −γ (Euler–Mascheroni), ψ(0.5) = −γ − 2 ln 2.
        assertThat(ClvMath.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(ClvMath.logGamma(10)).isCloseTo(Math.log(362880), within(1e-13));
        assertThat(ClvMath.logGamma(1e6)).isCloseTo(12815504.569147612, within(1e-6));
        assertThat(ClvMath.digamma(1)).isCloseTo(-0.5772156649015329, within(1e-14));
        assertThat(ClvMath.digamma(0.5)).isCloseTo(-0.5772156649015329 - 2 * Math.log(2), within(1e-14));
    }

    @Test
    void analyticGradientsAgreeWithDifferencesOfTheLikelihood() {
        RepeatTriples data = RepeatTriples.of(new int[] {0, 1, 2, 7, 40, 0, 3}, new double[] {0, 3, 30.43, 20, 50, 0, 10},
                new double[] {38.86, 10, 38.86, 21, 52, 1, 10});
        double[][] points = {{0.243, 4.414, 0.793, 2.426}, {0.553, 10.578, 0.606, 11.669},
            {0.553, 11.669, 0.606, 10.578}, {2.0, 3.0, 0.3, 0.4}};
        for (LikelihoodModel model : new LikelihoodModel[] {BgNbd.INSTANCE, ParetoNbd.INSTANCE}) {
            for (double[] theta : points) {
                double[] gradient = new double[4];
                model.logLikelihood(theta, data, gradient);
                for (int j = 0; j < 4; j++) {
                    double h = 1e-6 * theta[j];
                    double[] up = theta.clone();
                    double[] down = theta.clone();
                    up[j] += h;
                    down[j] -= h;
                    double numeric = (model.logLikelihood(up, data, null) - model.logLikelihood(down, data, null))
                            / (2 * h);
                    assertThat(gradient[j]).as("%s parameter %d at %s", model.getClass().getSimpleName(), j,
                            java.util.Arrays.toString(theta)).isCloseTo(numeric, within(1e-6 * (1 + Math.abs(numeric))));
                }
            }
        }
    }

    @Test
    void paretoParametersWhoseSeriesCannotSettleAreOutOfTheFitsReachNotSummedForMinutes() {
        RepeatTriples data = RepeatTriples.of(new int[] {0, 3}, new double[] {0, 10}, new double[] {1, 12});
        // alpha a million times beta: z = (alpha - beta) / (alpha + 0) is within 1e-8 of 1 for the one-time buyer,
        // nearer 1 than the fit allows (1 - z at least ParetoNbd.FIT_NEAREST_ONE), so the likelihood there is not a
        // number and the line search steps back
        double far = ParetoNbd.INSTANCE.logLikelihood(new double[] {1.0, 1e6, 0.5, 0.01}, data, null);
        double[] gradient = new double[4];
        double farWithGradient = ParetoNbd.INSTANCE.logLikelihood(new double[] {1.0, 1e6, 0.5, 0.01}, data, gradient);

        assertThat(far).isNaN();
        assertThat(farWithGradient).isNaN();
        // where it settles (z = 0.998 here) the value is a number
        assertThat(ParetoNbd.INSTANCE.logLikelihood(new double[] {46.6, 459.2, 0.093, 0.81}, data, null)).isFinite();
    }

    @Test
    void gammaGammaGradientAgreesWithDifferences() {
        GammaGamma model = new GammaGamma(new int[] {1, 2, 5, 30}, new double[] {10, 25.5, 7, 40});
        double[] theta = {6.25, 3.74, 15.44};
        double[] gradient = new double[3];
        model.value(theta, gradient);
        for (int j = 0; j < 3; j++) {
            double h = 1e-6 * theta[j];
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[j] += h;
            down[j] -= h;
            double numeric = (model.value(up, null) - model.value(down, null)) / (2 * h);
            assertThat(gradient[j]).isCloseTo(numeric, within(1e-6 * (1 + Math.abs(numeric))));
        }
    }

    /**
     * Purchase and dropout scales a trillion times apart: 1 − z of the A₀ terms is down to 1e-14, where
     * 1 minus the rounded z has lost most of its digits. P(alive) against mpmath straight from FHL's formula
     * ({@code hyp2f1_edges.py}, rows {@code alive}).
     */
    @Test
    void paretoNbdAliveKeepsItsDigitsWhenAlphaAndBetaAreATrillionTimesApart() throws Exception {
        java.util.List<double[]> rows = ClvMathTest.edgeRows("alive");
        assertThat(rows).hasSize(9);
        for (double[] row : rows) {
            FittedPurchaseModel model = FittedPurchaseModel.at(PurchaseModelKind.PARETO_NBD, TimeUnit.WEEK,
                    row[0], row[1], row[2], row[3]);
            double expected = row[7];
            assertThat(model.pAlive((int) row[4], row[5], row[6])).as("%s", java.util.Arrays.toString(row))
                    .isCloseTo(expected, within(1e-10 * expected));
        }
    }

    @Test
    void paretoNbdFitReachIsOneRuleAboutOneMinusZ() {
        assertThat(ParetoNbd.withinFitReach(ParetoNbd.FIT_NEAREST_ONE)).isTrue();
        assertThat(ParetoNbd.withinFitReach(Math.nextDown(ParetoNbd.FIT_NEAREST_ONE))).isFalse();
        assertThat(ParetoNbd.withinFitReach(1.0)).isTrue();
        assertThat(ParetoNbd.withinFitReach(Double.NaN)).isFalse();
        // the same rule with and without the gradient, on both sides of alpha = beta: a customer whose 1 - z is
        // 0.5e-3 makes the likelihood NaN, one at 2e-3 leaves it a number
        RepeatTriples one = RepeatTriples.of(new int[] {0}, new double[] {0}, new double[] {1});
        for (double[] theta : new double[][] {{1, 1999, 0.5, 1}, {1, 1, 0.5, 1999}}) {
            assertThat(ParetoNbd.INSTANCE.logLikelihood(theta, one, null)).isNaN();
            assertThat(ParetoNbd.INSTANCE.logLikelihood(theta, one, new double[4])).isNaN();
        }
        for (double[] theta : new double[][] {{1, 499, 0.5, 1}, {1, 1, 0.5, 499}}) {
            assertThat(ParetoNbd.INSTANCE.logLikelihood(theta, one, null)).isFinite();
            assertThat(ParetoNbd.INSTANCE.logLikelihood(theta, one, new double[4])).isFinite();
        }
    }
}
