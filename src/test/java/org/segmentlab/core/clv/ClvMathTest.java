package org.segmentlab.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
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
 * {@code hyp2f1_near_one.csv} beside it).
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
    void seriesAndIntegralMeetWhereTheSeriesStopsBeingUsed() {
        // z = 0.8 settles in the series; 0.95 and beyond do not: both sides of the switch agree with the
        // closed form 2F1(1, 1; 2; z) = −ln(1 − z) / z
        for (double z : new double[] {0.5, 0.8, 0.95, 0.9995, 1 - 1e-9}) {
            assertThat(ClvMath.logHyp1(1, 2, z)).as("z = %s", z)
                    .isCloseTo(Math.log(-Math.log1p(-z) / z), within(1e-13));
        }
    }
}
