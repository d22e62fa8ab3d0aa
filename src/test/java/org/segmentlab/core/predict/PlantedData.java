package org.segmentlab.core.predict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.segmentlab.core.features.FeatureMatrix;

/**
 * Customers whose churn follows a known logistic law, for tests:
 * {@code log-odds = −1 + 0.08·tenure_gap − 0.5·spend + 0·noise + 1.2·[plan = basic] − 0.8·[plan = premium]},
 * with tenure_gap ~ N(10, 10²), spend ~ N(0, 2²), noise ~ N(0, 1), plan ∈ {basic, standard, premium}.
 * Each customer has a signup date spread over 2023; 3% of spend values are missing.
 */
final class PlantedData {

    static final double INTERCEPT = -1;
    static final double TENURE_GAP = 0.08;
    static final double SPEND = -0.5;
    static final double BASIC = 1.2;
    static final double PREMIUM = -0.8;

    private PlantedData() {
    }

    static ModelInput customers(int n, long seed) {
        Random r = new Random(seed);
        List<String> ids = new ArrayList<>();
        double[][] num = new double[n][3];
        String[][] cat = new String[n][1];
        int[] y = new int[n];
        LocalDate[] dates = new LocalDate[n];
        String[] plans = {"basic", "standard", "premium"};
        for (int i = 0; i < n; i++) {
            ids.add("C" + i);
            double gap = 10 + 10 * r.nextGaussian();
            double spend = 2 * r.nextGaussian();
            double noise = r.nextGaussian();
            String plan = plans[r.nextInt(3)];
            double z = INTERCEPT + TENURE_GAP * gap + SPEND * spend
                    + (plan.equals("basic") ? BASIC : 0) + (plan.equals("premium") ? PREMIUM : 0);
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
            num[i][0] = gap;
            num[i][1] = r.nextDouble() < 0.03 ? Double.NaN : spend;
            num[i][2] = noise;
            cat[i][0] = plan;
            dates[i] = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(365));
        }
        return new ModelInput(new FeatureMatrix(ids, List.of("tenure_gap", "spend", "noise"), num), List.of("plan"),
                cat, y, dates);
    }

    static InputSchema schema() {
        return new InputSchema("customer_id", new LabelCoding("churn", "1"), List.of("tenure_gap", "spend", "noise"),
                List.of("plan"));
    }
}
