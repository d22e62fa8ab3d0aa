package org.segmentlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * A small customer file whose churn follows a known law: more likely with a high {@code tickets}
 * count, a low {@code spend} and the {@code basic} plan. Columns: customer_id, tenure, spend,
 * tickets, plan, signup (yyyy-MM-dd), churned (yes/no); a few spend values are empty.
 */
final class ChurnCsv {

    private ChurnCsv() {
    }

    static Path write(Path file, int rows, long seed, boolean withSpend) throws IOException {
        Random r = new Random(seed);
        StringBuilder csv = new StringBuilder(withSpend ? "customer_id,tenure,spend,tickets,plan,signup,churned\n"
                : "customer_id,tenure,tickets,plan,signup,churned\n");
        String[] plans = {"basic", "plus", "premium"};
        for (int i = 0; i < rows; i++) {
            int tenure = 1 + r.nextInt(60);
            double spend = Math.round((20 + 80 * r.nextDouble()) * 100) / 100.0;
            int tickets = r.nextInt(6);
            String plan = plans[r.nextInt(3)];
            double z = -1.5 + 0.6 * tickets - 0.03 * (spend - 60) - 0.02 * tenure + (plan.equals("basic") ? 1 : 0);
            boolean churned = r.nextDouble() < 1 / (1 + Math.exp(-z));
            LocalDate signup = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(700));
            csv.append(String.format(Locale.ROOT, "K%05d,%d,", i, tenure));
            if (withSpend) {
                csv.append(r.nextDouble() < 0.02 ? "" : String.format(Locale.ROOT, "%.2f", spend)).append(',');
            }
            csv.append(tickets).append(',').append(plan).append(',').append(signup).append(',')
                    .append(churned ? "yes" : "no").append('\n');
        }
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
