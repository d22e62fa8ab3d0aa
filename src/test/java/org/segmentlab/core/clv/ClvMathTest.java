package org.segmentlab.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Gauss hypergeometric function of the Pareto/NBD likelihood near z = 1, where its series is slow
 * and the integral form takes over, against SciPy's {@code scipy.special.hyp2f1} (each value checked
 * against mpmath at 40 digits when it was made: {@code hyp2f1_near_one.py}, whose output is
 * {@code hyp2f1_near_one.csv} beside it), and at its edges (1 − z down to 1e-300, huge b) against mpmath at
 * 60 digits ({@code hyp2f1_edges.py}, whose output is {@code hyp2f1_edges.csv}).
 */
class ClvMathTest {

    private record Case(double b, double c, double z, double lnValue) {
    }

    private static List<Case> scipyValues() throws Exception {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = ClvMathTest.class.getResourceAsStream("hyp2f1_near_one.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("b,")) {
                    continue;
                }
                String[] f = line.split(",");
                cases.add(new Case(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        Double.parseDouble(f[3])));
            }
        }
        return cases;
    }

    @Test
    void hypergeometricFunctionAgreesWithScipyUpToAMillionthFromOne() throws Exception {
        List<Case> cases = scipyValues();
        assertThat(cases).hasSize(288);
        int integral = 0;
        for (Case k : cases) {
            double got = ClvMath.logHyp1(k.b(), k.c(), k.z());
            assertThat(got).as("ln 2F1(1, %s; %s; %s)", k.b(), k.c(), k.z())
                    .isCloseTo(k.lnValue(), within(1e-9 * Math.max(1, Math.abs(k.lnValue()))));
            if (k.z() > 0.999) {
                integral++;
            }
        }
        // a good part of them lies where the series alone would need thousands to millions of terms
        assertThat(integral).isGreaterThan(100);
    }

    @Test
    void derivativesOfTheIntegralFormAgreeWithDifferences() {
        double[][] points = {{0.553, 2.159, 0.9999}, {4.1, 11.653, 0.99999}, {1.606, 2.159, 0.99999},
            {60.553, 64.653, 0.9995}, {1.093, 1.646, 0.999999}};
        double[] out = new double[4];
        for (double[] p : points) {
            double b = p[0];
            double c = p[1];
            double z = p[2];
            ClvMath.logHyp1WithDerivatives(b, c, z, out, true);
            double hb = 1e-6 * b;
            double hc = 1e-6 * c;
            double hz = 1e-4 * (1 - z);
            double db = (ClvMath.logHyp1(b + hb, c, z) - ClvMath.logHyp1(b - hb, c, z)) / (2 * hb);
            double dc = (ClvMath.logHyp1(b, c + hc, z) - ClvMath.logHyp1(b, c - hc, z)) / (2 * hc);
            double dz = (ClvMath.logHyp1(b, c, z + hz) - ClvMath.logHyp1(b, c, z - hz)) / (2 * hz);
            assertThat(out[1]).as("d/db at %s", java.util.Arrays.toString(p)).isCloseTo(db,
                    within(1e-5 * (1 + Math.abs(db))));
            assertThat(out[2]).as("d/dc at %s", java.util.Arrays.toString(p)).isCloseTo(dc,
                    within(1e-5 * (1 + Math.abs(dc))));
            assertThat(out[3]).as("d/dz at %s", java.util.Arrays.toString(p)).isCloseTo(dz,
                    within(1e-5 * (1 + Math.abs(dz))));
        }
    }

    @Test
    void derivativesInBAndCAgreeWithDifferencesDownTo1eMinus12FromOneAndForHugeB() {
        // {b, c, 1 - z}: the z of the first two rounds away most of 1 - z; the last two have c in the millions
        // and billions, where the integrand is a narrow peak at the lower end
        double[][] points = {{60.3, 64.4, 1e-12}, {1.606, 2.159, 2.5e-12}, {1e6, 1e6 + 1.606, 1e-3},
            {3.3e9, 3.3e9 + 0.7, 0.05}};
        double[] out = new double[4];
        for (double[] p : points) {
            double b = p[0];
            double c = p[1];
            double g = p[2];
            ClvMath.logHyp1WithDerivatives(b, c, 1 - g, g, out, true);
            double hb = 1e-6 * Math.min(b, c - b);
            double hc = hb;
            double db = (ClvMath.logHyp1(b + hb, c, 1 - g, g) - ClvMath.logHyp1(b - hb, c, 1 - g, g)) / (2 * hb);
            double dc = (ClvMath.logHyp1(b, c + hc, 1 - g, g) - ClvMath.logHyp1(b, c - hc, 1 - g, g)) / (2 * hc);
            String at = java.util.Arrays.toString(p);
            assertThat(out[1]).as("d/db at %s", at).isCloseTo(db, within(1e-5 * (1 + Math.abs(db))));
            assertThat(out[2]).as("d/dc at %s", at).isCloseTo(dc, within(1e-5 * (1 + Math.abs(dc))));
        }
    }

    /**
     * d ln S / dz against mpmath. Near z = 1 it is a difference of terms of about c and (c − b − 1) / (1 − z),
     * so it keeps about 16 − log10((c + (c − b − 1) / (1 − z)) / |d ln S / dz|) digits: 13 for c of a million
     * at 1 − z = 1e-3, 5 at 1 − z = 1e-12 (where only predictions go, and they take no derivatives).
     */
    @Test
    void slopeInZAgreesWithMpmathToTheDigitsItsFormKeeps() throws Exception {
        List<double[]> rows = edgeRows("dlogdz");
        assertThat(rows).hasSize(4);
        double[] out = new double[4];
        for (double[] row : rows) {
            double b = row[0];
            double c = row[1];
            double g = row[2];
            ClvMath.logHyp1WithDerivatives(b, c, 1 - g, g, out, true);
            double cancelled = Math.max(1, (c + Math.abs(c - b - 1) / g) / Math.abs(row[3]));
            assertThat(out[3]).as("d/dz at %s", java.util.Arrays.toString(row))
                    .isCloseTo(row[3], within(1e-13 * cancelled * Math.abs(row[3])));
        }
    }

    @Test
    void seriesAndIntegralMeetWhereTheSeriesStopsBeingUsed() {
        // z = 0.8 settles in the series; 0.95 and beyond do not: both sides of the switch agree with the
        // closed form 2F1(1, 1; 2; z) = −ln(1 − z) / z
        for (double z : new double[] {0.5, 0.8, 0.95, 0.9995, 1 - 1e-9}) {
            assertThat(ClvMath.logHyp1(1, 2, z)).as("z = %s", z)
                    .isCloseTo(Math.log(-Math.log1p(-z) / z), within(1e-13));
        }
    }

    /** The rows of {@code hyp2f1_edges.csv} of one kind, each split at its commas (the kind dropped). */
    static List<double[]> edgeRows(String kind) throws Exception {
        List<double[]> rows = new ArrayList<>();
        try (InputStream in = ClvMathTest.class.getResourceAsStream("hyp2f1_edges.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",");
                if (f[0].equals(kind)) {
                    double[] row = new double[f.length - 1];
                    for (int i = 1; i < f.length; i++) {
                        row[i - 1] = Double.parseDouble(f[i]);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    @Test
    void givenItsExactDistanceFromOneTheFunctionKeepsItsDigitsDownToOneMinusZOf1eMinus300() throws Exception {
        List<double[]> rows = edgeRows("hyp");
        assertThat(rows).hasSize(80);
        int roundedToOne = 0;
        for (double[] row : rows) {
            double b = row[0];
            double c = row[1];
            double g = row[2];
            double z = 1 - g;
            roundedToOne += z == 1 ? 1 : 0;
            assertThat(ClvMath.logHyp1(b, c, z, g)).as("ln 2F1(1, %s; %s; 1 - %s)", b, c, g)
                    .isCloseTo(row[3], within(1e-10 * Math.max(1, Math.abs(row[3]))));
        }
        // 1 - z of 1e-17 and below: z is 1 itself, and only the given 1 - z tells the function where it is
        assertThat(roundedToOne).isEqualTo(32);
    }

    @Test
    void oneMinusZTakenFromARoundedZLosesDigitsThatTheExactOneKeeps() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z: at 1 - z = 3.7e-10 the rounded z is off by 1e-17, a 3e-8 share of
        // 1 - z, and ln(1 - z) taken from it by as much; the exact 1 - z keeps the value to rounding
        double g = 3.7e-10;
        double exact = Math.log(-Math.log(g) / (1 - g));
        assertThat(ClvMath.logHyp1(1, 2, 1 - g, g)).isCloseTo(exact, within(1e-14));
        assertThat(Math.abs((1 - (1 - g)) - g) / g).isGreaterThan(1e-8);
    }

    @Test
    void nanInAnyArgumentGivesNaNNeverAPlausibleNumber() {
        double[][] inputs = {{Double.NaN, 2, 0.5}, {1, Double.NaN, 0.5}, {1, 2, Double.NaN},
            {0.553, 2.159, Double.NaN}, {Double.NaN, Double.NaN, 0.99999}};
        double[] out = new double[4];
        for (double[] in : inputs) {
            assertThat(ClvMath.logHyp1(in[0], in[1], in[2])).as("%s", java.util.Arrays.toString(in)).isNaN();
            ClvMath.logHyp1WithDerivatives(in[0], in[1], in[2], out, true);
            assertThat(out).as("%s with derivatives", java.util.Arrays.toString(in)).containsOnly(Double.NaN);
        }
        assertThat(ClvMath.logHyp1(1, 2, 0.99999, Double.NaN)).isNaN();
    }

    @Test
    void argumentsOutsideTheFunctionsDomainAreRefusedWithTheirValues() {
        assertThatThrownBy(() -> ClvMath.logHyp1(1, 2, -0.25)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 <= z < 1, not z = -0.25");
        assertThatThrownBy(() -> ClvMath.logHyp1(1, 2, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not z = 1.0");
        assertThatThrownBy(() -> ClvMath.logHyp1(1, 2, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClvMath.logHyp1(1, 2, Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClvMath.logHyp1(0, 2, 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not b = 0.0, c = 2.0");
        assertThatThrownBy(() -> ClvMath.logHyp1(0.5, 1, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClvMath.logHyp1(3, 2, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClvMath.logHyp1(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        // a 1 - z that is not 1 - z (say z passed twice) is a mistake, not a nearby point
        assertThatThrownBy(() -> ClvMath.logHyp1(1, 2, 0.999, 0.999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("do not add up to 1");
        assertThatThrownBy(() -> ClvMath.logHyp1(1, 2, 1.0, 0.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atZeroTheFunctionIsOneAndItsSlopeIsBOverC() {
        double[] out = new double[4];
        ClvMath.logHyp1WithDerivatives(0.553, 2.159, 0, out, true);
        assertThat(out).containsExactly(0, 0, 0, 0.553 / 2.159);
        // b = c: the geometric series 1 / (1 - z), on both sides of the switch to the integral
        for (double z : new double[] {0.3, 0.99, 1 - 1e-7}) {
            assertThat(ClvMath.logHyp1(2.5, 2.5, z, 1 - z)).as("z = %s", z)
                    .isCloseTo(-Math.log1p(-z), within(1e-13 * Math.max(1, -Math.log1p(-z))));
        }
    }
}
