package org.segmentlab.core.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.segmentlab.core.Progress;
import org.segmentlab.core.clv.ClvCalculator;
import org.segmentlab.core.clv.ClvOptions;
import org.segmentlab.core.clv.ClvResult;
import org.segmentlab.core.clv.ClvSimulation;
import org.segmentlab.core.clv.FittedPurchaseModel;
import org.segmentlab.core.clv.FittedSpendModel;
import org.segmentlab.core.clv.HoldoutCheck;
import org.segmentlab.core.clv.TimeUnit;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.features.rfm.TransactionLog;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.SourceKind;

/**
 * Two years of orders of a web shop whose customers buy exactly as the BG/NBD model says (in weeks:
 * r = 0.5, α = 8, a = 0.6, b = 3) and spend as Gamma-Gamma says (p = 5, q = 4, γ = 60, a mean order
 * of 100). Customers arrive over the first year. A few orders are cancelled (a second line, "C" order
 * id, negative amount), which the summary leaves out. The guide shows the fit recovering the planted
 * parameters and the holdout check of the second half of 2024.
 */
public final class ShopClvSample implements SampleGenerator {

    public static final String NAME = "shop-clv";

    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    static final LocalDate CALIBRATION_END = LocalDate.of(2024, 6, 30);
    static final int CUSTOMERS = 8000;
    /** Planted BG/NBD parameters {r, α, a, b} in weeks. */
    static final double[] PURCHASE = {0.5, 8.0, 0.6, 3.0};
    /** Planted Gamma-Gamma parameters {p, q, γ}. */
    static final double[] SPEND = {5.0, 4.0, 60.0};
    private static final double CANCELLED_ORDER_CHANCE = 0.01;
    private static final int FIRST_CUSTOMER_ID = 100001;

    private record Order(long day, int minute, int customer, long cents) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "web-shop orders: 8,000 customers over two years, drawn from BG/NBD + Gamma-Gamma with known"
                + " parameters";
    }

    @Override
    public SampleResult write(Path folder, long seed, Progress progress) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        long first = FIRST_DAY.toEpochDay();
        long last = LAST_DAY.toEpochDay();
        List<Order> orders = new ArrayList<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            if (c % 500 == 0) {
                progress.checkCancelled();
                progress.update(0.3 * c / CUSTOMERS, "Drawing customers");
            }
            long start = first + random.nextInt(365);
            // The last day is bought on through its end: purchase times run to (last - start + 1) days.
            double observedWeeks = (last - start + 1) / 7.0;
            double[] times = ClvSimulation.bgNbdPurchaseTimes(PURCHASE, observedWeeks, random);
            double nu = ClvSimulation.gamma(random, SPEND[1]) / SPEND[2];
            orders.add(new Order(start, random.nextInt(24 * 60), c, cents(random, nu)));
            for (double t : times) {
                long day = start + (long) Math.floor(t * 7);
                orders.add(new Order(Math.min(day, last), random.nextInt(24 * 60), c, cents(random, nu)));
            }
        }
        orders.sort((x, y) -> x.day != y.day ? Long.compare(x.day, y.day) : x.minute != y.minute
                ? Integer.compare(x.minute, y.minute) : Integer.compare(x.customer, y.customer));
        progress.update(0.35, "Writing orders");

        TransactionLog.Builder log = TransactionLog.builder(false, true, orders.size() + orders.size() / 50);
        List<String[]> rows = new ArrayList<>();
        int number = 500001;
        int cancelled = 0;
        for (Order o : orders) {
            String id = Integer.toString(FIRST_CUSTOMER_ID + o.customer);
            String orderId = Integer.toString(number++);
            String time = LocalDate.ofEpochDay(o.day) + String.format(Locale.ROOT, " %02d:%02d", o.minute / 60,
                    o.minute % 60);
            rows.add(new String[] {orderId, id, time, SampleText.money(o.cents)});
            log.add(id, LocalDate.ofEpochDay(o.day).atTime(o.minute / 60, o.minute % 60), o.cents / 100.0, Double.NaN,
                    orderId);
            if (random.nextDouble() < CANCELLED_ORDER_CHANCE && o.day < last) {
                String cancelTime = LocalDate.ofEpochDay(o.day + 1) + String.format(Locale.ROOT, " %02d:%02d",
                        o.minute / 60, o.minute % 60);
                rows.add(new String[] {"C" + orderId, id, cancelTime, SampleText.money(-o.cents)});
                log.add(id, LocalDate.ofEpochDay(o.day + 1).atTime(o.minute / 60, o.minute % 60), -o.cents / 100.0,
                        Double.NaN, "C" + orderId);
                cancelled++;
            }
        }
        SampleFolder out = new SampleFolder(NAME, folder);
        out.csv("transactions.csv", csv -> {
            csv.row("order_id", "customer_id", "order_date", "amount");
            for (String[] row : rows) {
                csv.row(row);
            }
        });
        progress.update(0.5, "Fitting the models for the guide");
        TransactionLog built = log.build();
        ClvOptions holdout = ClvOptions.defaults().withAsOf(CALIBRATION_END).withHoldoutEnd(LAST_DAY)
                .withTimeUnit(TimeUnit.WEEK);
        ClvResult check = new ClvCalculator().compute(built, holdout, progress.slice(0.5, 0.75));
        ClvResult whole = new ClvCalculator().compute(built, ClvOptions.defaults().withAsOf(LAST_DAY)
                .withTimeUnit(TimeUnit.WEEK), progress.slice(0.75, 0.95));
        out.text("README.md", guide(rows.size(), cancelled, check, whole, seed));
        SampleResult result = out.finish(project(seed));
        progress.update(1, "Done");
        return result;
    }

    /** One order's amount: Gamma(p, ν), at least one cent. */
    private static long cents(SplittableRandom random, double nu) {
        return Math.max(1, Math.round(ClvSimulation.gamma(random, SPEND[0]) / nu * 100));
    }

    private static Project project(long seed) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        roles.put("order_id", ColumnRole.INVOICE);
        roles.put("customer_id", ColumnRole.CUSTOMER_ID);
        roles.put("order_date", ColumnRole.TIMESTAMP);
        roles.put("amount", ColumnRole.AMOUNT);
        ImportSettings options = ImportSettings.DETECT.withDelimiter(',').withHeader(true).withRoleOverrides(roles);
        Project project = Project.named("Shop CLV sample").withSeed(seed)
                .withSource(new DataSourceRef("transactions", SourceKind.TRANSACTIONS, "transactions.csv", options));
        // the Value step opens on the holdout check the guide walks through
        return project.withSettings(project.settings().withClv(new org.segmentlab.core.project.ClvSettings(
                "transactions", CALIBRATION_END, LAST_DAY, org.segmentlab.core.clv.TimeUnit.WEEK,
                org.segmentlab.core.clv.PurchaseModelKind.BG_NBD, null, null, null, null, null, null)));
    }

    private static String guide(int lines, int cancelled, ClvResult check, ClvResult whole, long seed) {
        StringBuilder md = new StringBuilder();
        md.append("# Sample project: shop-clv\n\n")
          .append("Two years (").append(FIRST_DAY).append(" to ").append(LAST_DAY).append(") of orders from a web shop: ")
          .append(SampleText.count(CUSTOMERS)).append(" customers who first bought on a day of 2023, ")
          .append(SampleText.count(lines)).append(" order lines. The customers buy and stop buying exactly as the ")
          .append("BG/NBD model says, and spend as the Gamma-Gamma model says, with parameters chosen here; so a ")
          .append("CLV fit on these orders should find them again. The data are made up by SegmentLab's generator ")
          .append("(seed ").append(seed).append(").\n\n")
          .append("## Files\n\n| file | what it holds |\n|---|---|\n")
          .append("| `transactions.csv` | `order_id, customer_id, order_date, amount`: one line per order; ")
          .append(SampleText.count(cancelled)).append(" cancellations (order id `C…`, negative amount, the day after ")
          .append("the order) |\n")
          .append("| `shop-clv.slproj.json` | the SegmentLab project: the orders, their column roles and the Value ")
          .append("step's holdout check |\n\n")
          .append("## What was planted\n\n")
          .append("- Each customer buys at her own rate λ, drawn from Gamma(r = 0.5, α = 8): on average one order ")
          .append("every 16 weeks, with much variety between customers.\n")
          .append("- After each repeat order she stops for good with her own probability p, drawn from ")
          .append("Beta(a = 0.6, b = 3): on average one in six orders is her last.\n")
          .append("- Her orders cost Gamma(p = 5, ν) with her own ν drawn from Gamma(q = 4, γ = 60): the mean order ")
          .append("is 5 × 60 / 3 = 100, and some customers always spend more than others.\n")
          .append("- Cancellations are extra lines; they do not change the process and the summary leaves them out.\n\n")
          .append("## What you should find\n\n")
          .append("Fit on the first 18 months (calibration to ").append(CALIBRATION_END).append(", weeks) and on the ")
          .append("whole two years (to ").append(LAST_DAY).append("):\n\n")
          .append("| parameter | planted | fit to ").append(CALIBRATION_END).append(" | fit to ").append(LAST_DAY)
          .append(" |\n|---|---:|---:|---:|\n");
        String[] names = {"r", "alpha", "a", "b"};
        FittedPurchaseModel p1 = check.purchaseModel();
        FittedPurchaseModel p2 = whole.purchaseModel();
        for (int i = 0; i < names.length; i++) {
            md.append("| ").append(names[i]).append(" | ").append(trim(PURCHASE[i])).append(" | ")
              .append(withError(p1.parameters()[i], p1.standardErrors()[i])).append(" | ")
              .append(withError(p2.parameters()[i], p2.standardErrors()[i])).append(" |\n");
        }
        String[] spendNames = {"p", "q", "gamma"};
        FittedSpendModel s1 = check.spendModel();
        FittedSpendModel s2 = whole.spendModel();
        double[] v1 = {s1.p(), s1.q(), s1.gamma()};
        double[] v2 = {s2.p(), s2.q(), s2.gamma()};
        for (int i = 0; i < spendNames.length; i++) {
            md.append("| ").append(spendNames[i]).append(" | ").append(trim(SPEND[i])).append(" | ")
              .append(withError(v1[i], s1.standardErrors()[i])).append(" | ")
              .append(withError(v2[i], s2.standardErrors()[i])).append(" |\n");
        }
        md.append("\nThe ± are standard errors from the fit. Most estimates fall within about two of them of the ")
          .append("planted value, as they should: ").append(SampleText.count(CUSTOMERS)).append(" customers pin r ")
          .append("and α down well, a and b (who stops, and when) less so. The spend model is fitted on the ")
          .append(SampleText.count(s1.customers())).append(" customers with repeat orders in the calibration period; ")
          .append("their frequency and mean spend correlate at ")
          .append(SampleText.decimal(s1.frequencySpendCorrelation(), 2)).append(" (the model assumes none).\n\n");
        HoldoutCheck h = check.holdout();
        md.append("### The holdout check\n\n")
          .append("From the calibration history alone, the model expected ")
          .append(String.format(Locale.ROOT, "%,.0f", h.expected())).append(" repeat orders in the ").append(h.days())
          .append(" days after ").append(CALIBRATION_END).append("; the customers made ")
          .append(SampleText.count(h.actual())).append(". The mean absolute error per customer is ")
          .append(SampleText.decimal(h.mae(), 3)).append(". By calibration frequency (mean orders per customer in ")
          .append("the holdout):\n\n| repeat orders to ").append(CALIBRATION_END)
          .append(" | customers | actual | expected |\n|---|---:|---:|---:|\n");
        for (HoldoutCheck.FrequencyRow row : h.byFrequency()) {
            md.append("| ").append(row.label()).append(" | ").append(SampleText.count(row.customers())).append(" | ")
              .append(SampleText.decimal(row.actual(), 3)).append(" | ").append(SampleText.decimal(row.expected(), 3))
              .append(" |\n");
        }
        md.append("\n## In the workbench\n\n")
          .append("Open the project (first-start screen or File ▸ Open Sample ▸ shop-clv) and go to the Value step: ")
          .append("the project keeps the holdout check above (as of ").append(CALIBRATION_END).append(", holdout to ")
          .append(LAST_DAY).append(", weeks, BG/NBD), so the fit is there: the parameters with their standard ")
          .append("errors, the P(alive) and expected-purchases matrices, the tracking plot of actual against model ")
          .append("orders with the as-of line, the holdout table by frequency and each customer's value. Set *As of* ")
          .append("to ").append(LAST_DAY).append(" and clear *Holdout until* to value everyone for 2025; run RFM or a ")
          .append("clustering in Segments and *By segment* shows the CLV of each segment.\n")
          .append("\n## Steps on the command line\n\n```\n")
          .append("segmentlab clv --input transactions.csv --as-of ").append(CALIBRATION_END).append(" --holdout-end ")
          .append(LAST_DAY).append(" --out clv-check.csv --params params-check.json\n")
          .append("segmentlab clv --input transactions.csv --as-of ").append(LAST_DAY)
          .append(" --horizon-days 365 --discount-monthly 0.01 --out clv.csv --params params.json\n```\n\n")
          .append("The columns are found by their names. The first command prints the fit and the holdout check and ")
          .append("writes them, with the weekly cumulative tracking series, to `params-check.json`; the second fits on ")
          .append("everything and writes each customer's P(alive), expected orders and CLV for 2025 to `clv.csv`. ")
          .append("Over all customers the CLV of the next 365 days (1% discount a month) adds up to ")
          .append(String.format(Locale.ROOT, "%,.0f", whole.values().totalClv())).append(".\n\n")
          .append("## Try\n\n")
          .append("- `--model pareto`: the Pareto/NBD model fits these data about as well; compare the holdout check.\n")
          .append("- `--time-unit day` or `month`: the same data in another unit; α scales with the unit, r, a and b ")
          .append("do not.\n")
          .append("- Sort `clv.csv` by `p_alive`: customers with many orders long ago are the likely lost ones.\n");
        return md.toString();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String withError(double value, double error) {
        return String.format(Locale.ROOT, "%.3f ± %.3f", value, error);
    }
}
