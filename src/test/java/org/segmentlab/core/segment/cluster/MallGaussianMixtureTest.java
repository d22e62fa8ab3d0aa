package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.FeatureMatrix;
import org.segmentlab.testing.SharedDatasets;

/**
 * The Gaussian mixture sweep on Mall Customers (income and spending score, z-scored), k = 2..8,
 * against scikit-learn's best of 10 starts. The reference is {@code mall_gmm_sklearn.csv}, made once
 * by {@code mall_gmm_sklearn.py} beside it (the command is in the script).
 */
class MallGaussianMixtureTest {

    private static FeatureMatrix incomeAndScore() throws IOException {
        Path file = SharedDatasets.require("mall-customers/Mall_Customers.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> ids = new ArrayList<>();
        double[][] rows = new double[lines.size() - 1][];
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            ids.add(cells[0]);
            rows[i - 1] = new double[] {Double.parseDouble(cells[3]), Double.parseDouble(cells[4])};
        }
        return new FeatureMatrix(ids, List.of("Annual Income (k$)", "Spending Score (1-100)"), rows);
    }

    private static Map<Integer, Double> sklearn() throws IOException {
        Map<Integer, Double> out = new LinkedHashMap<>();
        try (InputStream in = MallGaussianMixtureTest.class.getResourceAsStream("mall_gmm_sklearn.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("k,") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.trim().split(",");
                out.put(Integer.parseInt(cells[0]), Double.parseDouble(cells[1]));
            }
        }
        return out;
    }

    /** Mean log-likelihood per customer from a sweep row's BIC (full covariances, 2 features). */
    static double meanLogLikelihood(KSweepRow row, int n) {
        int d = 2;
        double parameters = (row.k() - 1) + row.k() * d + row.k() * d * (d + 1) / 2.0;
        return (parameters * Math.log(n) - row.bic()) / 2 / n;
    }

    @Test
    void everySweepRowReachesScikitLearnsBestOfTenWithinHalfAPercent() throws IOException {
        FeatureMatrix mall = incomeAndScore();
        Map<Integer, Double> reference = sklearn();
        assertThat(reference).hasSize(7);
        KSweep sweep = new ClusteringService(2).sweep(mall, GaussianMixtureParams.of(2), 2, 8, Progress.none());
        for (KSweepRow row : sweep.rows()) {
            double ours = meanLogLikelihood(row, 200);
            double theirs = reference.get(row.k());
            System.out.printf("k=%d ours %.4f sklearn %.4f%n", row.k(), ours, theirs);
            assertThat(ours).as("k = %d", row.k()).isGreaterThanOrEqualTo(theirs - 0.005 * Math.abs(theirs));
        }
    }
}
