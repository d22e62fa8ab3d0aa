package org.segmentlab.core.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTableParams;
import org.segmentlab.core.features.transactions.TransactionFeatures;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.project.CancellationMode;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.FeatureSettings;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.NamedSegment;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ReportSettings;
import org.segmentlab.core.project.RfmSettings;
import org.segmentlab.core.project.SourceKind;

/**
 * Two years of invoice lines of an online gift shop, in the layout of the well-known online
 * retail data, with six behaviour groups planted through how often customers buy, how long ago
 * they last bought and how big their baskets are. A few lines are cancellations and a few have
 * no customer id, as in real till exports.
 */
public final class RetailRfmSample implements SampleGenerator {

    public static final String NAME = "retail-rfm";

    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    static final LocalDate AS_OF = LAST_DAY.plusDays(1);
    static final int CUSTOMERS = 4000;

    private static final int LAST = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
    private static final int FIRST_CUSTOMER_ID = 12346;
    private static final int FIRST_INVOICE_NO = 536365;
    private static final double CANCELLED_LINE_CHANCE = 0.015;
    private static final double GUEST_LINE_SHARE = 0.025;

    private static final String[] COLOURS = {"RED", "BLUE", "PINK", "GOLD", "MINI", "GREY", "TEAL", "SAGE",
        "ROSE", "LACE"};
    private static final String[] ITEMS = {"MUG", "BAG", "CANDLE", "CARD", "TIN", "LAMP", "CLOCK", "BOWL", "JAR",
        "SIGN", "BOX", "TRAY", "FRAME", "BELL", "BUNTING", "TEA SET", "DOORMAT", "CUSHION", "PURSE", "HOOK",
        "NAPKINS", "RIBBON", "WRAP", "STAR", "HEART"};
    private static final double[] ITEM_PRICES = {1.65, 1.95, 1.25, 0.42, 2.10, 8.50, 6.95, 2.95, 1.45, 2.55,
        1.85, 3.75, 2.95, 1.25, 4.95, 12.75, 7.95, 3.75, 2.10, 0.85, 0.85, 0.65, 0.42, 0.95, 1.25};
    private static final int PRODUCTS = 240;

    private static final int[] SHOP_QUANTITIES = {1, 2, 3, 4, 6, 8, 12, 24};
    private static final double[] SHOP_QUANTITY_WEIGHTS = {28, 18, 10, 12, 12, 4, 12, 4};
    private static final int[] BULK_QUANTITIES = {12, 24, 36, 48, 72, 96, 144};
    private static final double[] BULK_QUANTITY_WEIGHTS = {20, 25, 15, 15, 10, 8, 7};

    private static final String[] COUNTRIES = {"UK", "Germany", "France", "EIRE", "Spain", "Netherlands",
        "Belgium", "Portugal", "Norway"};
    private static final double[] COUNTRY_WEIGHTS = {88, 3, 3, 2, 1, 1, 1, 0.5, 0.5};
    private static final int[] HOURS = {7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
    private static final double[] HOUR_WEIGHTS = {1, 3, 6, 8, 9, 9, 8, 7, 6, 5, 3, 2, 1};
    /** Relative busyness of each month, January first: the run-up to Christmas sells most. */
    private static final double[] MONTH_WEIGHTS = {0.8, 0.8, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 1.1, 1.2, 1.5, 1.2};

    /** The behaviour groups planted in the data; {@code label} is what answers.csv says. */
    enum Group {
        CHAMPIONS("champions", 0.10, "buy about monthly or more, last bought within the last two weeks"),
        LOYAL("loyal", 0.25, "buy every month or two, last bought 15 to 100 days ago"),
        NEW("new", 0.10, "first bought in the last month, once or twice"),
        AT_RISK("at_risk", 0.20, "used to buy every month or two, nothing for 120 to 360 days"),
        HIBERNATING("hibernating", 0.28, "one or two purchases, long ago"),
        ONE_OFF_BIG_SPENDER("one_off_big_spender", 0.07, "a single very large order (bulk quantities)");

        final String label;
        final double share;
        final String planted;

        Group(String label, double share, String planted) {
            this.label = label;
            this.share = share;
            this.planted = planted;
        }
    }

    private record Product(String code, String description, long priceCents) {
    }

    private record Line(Product product, int quantity) {
    }

    private static final class Invoice {
        final int order;
        final LocalDateTime time;
        final String customerId;
        final String country;
        final boolean cancellation;
        final List<Line> lines = new ArrayList<>();
        String number;

        Invoice(int order, LocalDateTime time, String customerId, String country, boolean cancellation) {
            this.order = order;
            this.time = time;
            this.customerId = customerId;
            this.country = country;
            this.cancellation = cancellation;
        }
    }

    /** What each customer ended up with, for the guide's table of planted behaviour. */
    private record CustomerFacts(String id, Group group, int invoices, long recencyDays, long spendCents) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "online gift shop: ~4,000 customers, two years of invoice lines, six planted RFM groups";
    }

    @Override
    public SampleResult write(Path folder, long seed, Progress progress) throws IOException {
        Draws draws = new Draws(seed);
        List<Product> products = catalogue(draws);
        double[] popularity = popularity(products.size());

        List<Group> groups = groupsInRandomOrder(draws);
        List<Invoice> invoices = new ArrayList<>();
        List<CustomerFacts> facts = new ArrayList<>();
        int customerLines = 0;
        for (int i = 0; i < groups.size(); i++) {
            if (i % 200 == 0) {
                progress.checkCancelled();
                progress.update(0.7 * i / groups.size(), "Drawing customers");
            }
            String id = Integer.toString(FIRST_CUSTOMER_ID + i);
            Group group = groups.get(i);
            String country = COUNTRIES[draws.weighted(COUNTRY_WEIGHTS)];
            List<Invoice> own = new ArrayList<>();
            for (int day : purchaseDays(group, draws)) {
                Invoice invoice = new Invoice(invoices.size() + own.size(), timeOn(day, draws), id, country, false);
                fillBasket(invoice, group, products, popularity, draws);
                own.add(invoice);
            }
            List<Invoice> returns = cancellations(own, invoices.size() + own.size(), draws);
            invoices.addAll(own);
            invoices.addAll(returns);
            for (Invoice invoice : own) {
                customerLines += invoice.lines.size();
            }
            for (Invoice invoice : returns) {
                customerLines += invoice.lines.size();
            }
            facts.add(factsOf(id, group, own));
        }
        progress.update(0.7, "Drawing guest orders");
        int guestLines = addGuestOrders(invoices, customerLines, products, popularity, draws);
        numberInTimeOrder(invoices);

        SampleFolder out = new SampleFolder(NAME, folder);
        int totalLines = customerLines + guestLines;
        out.csv("transactions.csv", csv -> writeTransactions(csv, invoices, totalLines, progress.slice(0.75, 0.95)));
        out.csv("answers.csv", csv -> {
            csv.row("customer_id", "planted_group");
            for (CustomerFacts f : facts) {
                csv.row(f.id(), f.group().label);
            }
        });
        progress.update(0.97, "Writing the guide");
        out.text("README.md", guide(facts, invoices, totalLines, guestLines, seed));
        SampleResult result = out.finish(project(seed));
        progress.update(1.0, "Done");
        return result;
    }

    private static List<Product> catalogue(Draws draws) {
        List<int[]> combinations = new ArrayList<>();
        for (int c = 0; c < COLOURS.length; c++) {
            for (int i = 0; i < ITEMS.length; i++) {
                combinations.add(new int[] {c, i});
            }
        }
        draws.shuffle(combinations);
        Set<String> codes = new HashSet<>();
        List<Product> products = new ArrayList<>();
        for (int[] combination : combinations.subList(0, PRODUCTS)) {
            String code;
            do {
                code = Integer.toString(draws.between(20000, 90000));
                if (draws.chance(0.12)) {
                    code += (char) ('A' + draws.between(0, 3));
                }
            } while (!codes.add(code));
            double price = ITEM_PRICES[combination[1]] * draws.logNormal(1.0, 0.2);
            long cents = Math.max(19, StrictMath.round(price * 20) * 5);
            products.add(new Product(code, COLOURS[combination[0]] + " " + ITEMS[combination[1]], cents));
        }
        return products;
    }

    /** A few best sellers and a long tail, as in any shop. */
    private static double[] popularity(int count) {
        double[] weights = new double[count];
        for (int rank = 0; rank < count; rank++) {
            weights[rank] = 1.0 / (rank + 8);
        }
        return Draws.cumulative(weights);
    }

    private static List<Group> groupsInRandomOrder(Draws draws) {
        List<Group> groups = new ArrayList<>();
        Group[] all = Group.values();
        int assigned = 0;
        for (int g = 0; g < all.length; g++) {
            int count = g == all.length - 1 ? CUSTOMERS - assigned : (int) StrictMath.round(all[g].share * CUSTOMERS);
            for (int i = 0; i < count; i++) {
                groups.add(all[g]);
            }
            assigned += count;
        }
        draws.shuffle(groups);
        return groups;
    }

    /** The days (0 = first day of the data) a customer of this group buys on, in order. */
    private static int[] purchaseDays(Group group, Draws draws) {
        int first;
        int last;
        int count;
        switch (group) {
            case CHAMPIONS:
                first = draws.between(0, 330);
                last = LAST - draws.between(0, 14);
                count = 9 + draws.poisson(5);
                break;
            case LOYAL:
                first = draws.between(0, 400);
                last = LAST - draws.between(15, 100);
                count = 5 + draws.poisson(4);
                break;
            case NEW:
                first = LAST - draws.between(0, 30);
                last = LAST;
                count = draws.chance(0.3) ? 2 : 1;
                break;
            case AT_RISK:
                last = LAST - draws.between(120, 360);
                first = draws.between(0, Math.min(250, last - 60));
                count = 4 + draws.poisson(3);
                break;
            case HIBERNATING:
                first = draws.between(0, LAST - 200);
                last = Math.min(first + draws.between(0, 90), LAST - 200);
                count = 1 + draws.poisson(0.7);
                break;
            case ONE_OFF_BIG_SPENDER:
                first = draws.between(0, LAST - 30);
                last = first;
                count = 1;
                break;
            default:
                throw new IllegalStateException("no plan for " + group);
        }
        if (count == 1) {
            return new int[] {first};
        }
        int[] days = new int[count];
        days[0] = first;
        days[count - 1] = group == Group.NEW ? draws.between(first, LAST) : last;
        for (int i = 1; i < count - 1; i++) {
            days[i] = seasonalDay(first, last, draws);
        }
        Arrays.sort(days);
        return days;
    }

    private static int seasonalDay(int from, int to, Draws draws) {
        double busiest = Arrays.stream(MONTH_WEIGHTS).max().orElse(1);
        while (true) {
            int day = draws.between(from, to);
            int month = FIRST_DAY.plusDays(day).getMonthValue();
            if (draws.uniform() * busiest < MONTH_WEIGHTS[month - 1]) {
                return day;
            }
        }
    }

    private static LocalDateTime timeOn(int day, Draws draws) {
        int hour = HOURS[draws.weighted(HOUR_WEIGHTS)];
        return FIRST_DAY.plusDays(day).atTime(LocalTime.of(hour, draws.between(0, 59)));
    }

    private static void fillBasket(Invoice invoice, Group group, List<Product> products, double[] popularity,
                                   Draws draws) {
        int lines;
        switch (group) {
            case CHAMPIONS:
                lines = 1 + draws.poisson(2.5);
                break;
            case ONE_OFF_BIG_SPENDER:
                lines = 10 + draws.poisson(8);
                break;
            case HIBERNATING:
                lines = 1 + draws.poisson(1.6);
                break;
            default:
                lines = 1 + draws.poisson(2.0);
                break;
        }
        boolean bulk = group == Group.ONE_OFF_BIG_SPENDER;
        Set<Product> inBasket = new HashSet<>();
        for (int i = 0; i < lines; i++) {
            Product product = products.get(draws.fromCumulative(popularity));
            if (!inBasket.add(product)) {
                continue;
            }
            int quantity = bulk
                    ? BULK_QUANTITIES[draws.weighted(BULK_QUANTITY_WEIGHTS)]
                    : SHOP_QUANTITIES[draws.weighted(SHOP_QUANTITY_WEIGHTS)];
            invoice.lines.add(new Line(product, quantity));
        }
    }

    /** Some lines come back: a C-invoice a few days later with the quantity negated (all or part of it). */
    private static List<Invoice> cancellations(List<Invoice> invoices, int nextOrder, Draws draws) {
        List<Invoice> returns = new ArrayList<>();
        LocalDateTime close = LAST_DAY.atTime(23, 59);
        for (Invoice invoice : invoices) {
            Invoice cancellation = null;
            for (Line line : invoice.lines) {
                if (!draws.chance(CANCELLED_LINE_CHANCE)) {
                    continue;
                }
                if (cancellation == null) {
                    long minutes = 30 + StrictMath.round(draws.exponential(2 * 24 * 60));
                    LocalDateTime when = invoice.time.plusMinutes(minutes);
                    if (when.isAfter(close)) {
                        break;
                    }
                    cancellation = new Invoice(nextOrder + returns.size(), when, invoice.customerId, invoice.country, true);
                    returns.add(cancellation);
                }
                int back = line.quantity() > 1 && draws.chance(0.3) ? draws.between(1, line.quantity() - 1) : line.quantity();
                cancellation.lines.add(new Line(line.product(), -back));
            }
        }
        return returns;
    }

    /** Orders placed without an account: the lines with no customer id. */
    private static int addGuestOrders(List<Invoice> invoices, int customerLines, List<Product> products,
                                      double[] popularity, Draws draws) {
        int target = (int) StrictMath.round(customerLines * GUEST_LINE_SHARE / (1 - GUEST_LINE_SHARE));
        int lines = 0;
        while (lines < target) {
            String country = COUNTRIES[draws.weighted(COUNTRY_WEIGHTS)];
            Invoice guest = new Invoice(invoices.size(), timeOn(seasonalDay(0, LAST, draws), draws), "", country, false);
            fillBasket(guest, Group.LOYAL, products, popularity, draws);
            invoices.add(guest);
            lines += guest.lines.size();
        }
        return lines;
    }

    private static void numberInTimeOrder(List<Invoice> invoices) {
        invoices.sort(Comparator.comparing((Invoice i) -> i.time).thenComparingInt(i -> i.order));
        for (int i = 0; i < invoices.size(); i++) {
            Invoice invoice = invoices.get(i);
            invoice.number = (invoice.cancellation ? "C" : "") + (FIRST_INVOICE_NO + i);
        }
    }

    private static CustomerFacts factsOf(String id, Group group, List<Invoice> purchases) {
        long spend = 0;
        LocalDate lastDay = FIRST_DAY;
        for (Invoice invoice : purchases) {
            for (Line line : invoice.lines) {
                spend += line.quantity() * line.product().priceCents();
            }
            if (invoice.time.toLocalDate().isAfter(lastDay)) {
                lastDay = invoice.time.toLocalDate();
            }
        }
        return new CustomerFacts(id, group, purchases.size(), ChronoUnit.DAYS.between(lastDay, AS_OF), spend);
    }

    private static void writeTransactions(CsvLines csv, List<Invoice> invoices, int totalLines, Progress progress)
            throws IOException {
        csv.row("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID",
                "Country");
        int written = 0;
        for (Invoice invoice : invoices) {
            String date = SampleText.DATE_TIME.format(invoice.time);
            for (Line line : invoice.lines) {
                csv.row(invoice.number, line.product().code(), line.product().description(),
                        Integer.toString(line.quantity()), date, SampleText.money(line.product().priceCents()),
                        invoice.customerId, invoice.country);
                if (++written % 10_000 == 0) {
                    progress.checkCancelled();
                    progress.update((double) written / totalLines, "Writing transactions.csv");
                }
            }
        }
    }

    /**
     * How easy the shop finds each RFM segment to reach (1 hard, 5 easy), for the report's priorities:
     * recent buyers open the shop's mail, long-gone ones rarely do.
     */
    static final List<NamedSegment> RFM_EASE = List.of(
            new NamedSegment(NamedSegment.RFM_RUN, 1, null, null, null, 5),
            new NamedSegment(NamedSegment.RFM_RUN, 2, null, null, null, 4),
            new NamedSegment(NamedSegment.RFM_RUN, 3, null, null, null, 4),
            new NamedSegment(NamedSegment.RFM_RUN, 4, null, null, null, 4),
            new NamedSegment(NamedSegment.RFM_RUN, 5, null, null, null, 3),
            new NamedSegment(NamedSegment.RFM_RUN, 6, null, null, null, 3),
            new NamedSegment(NamedSegment.RFM_RUN, 7, null, null, null, 2),
            new NamedSegment(NamedSegment.RFM_RUN, 8, null, null, null, 2),
            new NamedSegment(NamedSegment.RFM_RUN, 9, null, null, null, 2),
            new NamedSegment(NamedSegment.RFM_RUN, 10, null, null, null, 1));

    private static Project project(long seed) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        roles.put("InvoiceNo", ColumnRole.INVOICE);
        roles.put("StockCode", ColumnRole.ATTRIBUTE);
        roles.put("Description", ColumnRole.ATTRIBUTE);
        roles.put("Quantity", ColumnRole.QUANTITY);
        roles.put("InvoiceDate", ColumnRole.TIMESTAMP);
        roles.put("UnitPrice", ColumnRole.UNIT_PRICE);
        roles.put("CustomerID", ColumnRole.CUSTOMER_ID);
        roles.put("Country", ColumnRole.ATTRIBUTE);
        ImportSettings options = ImportSettings.DETECT.withDelimiter(',').withHeader(true).withRoleOverrides(roles);
        ProjectSettings settings = ProjectSettings.EMPTY
                .withRfm(new RfmSettings("transactions", AS_OF, 5, CancellationMode.EXCLUDE, null))
                .withFeatures(FeatureSettings.DEFAULTS.withAsOf(AS_OF).withFamilies(List.of("rfm"))
                        .withSelected(List.of("recency_days",
                                TransactionFeatures.frequencyIn(CustomerTableParams.DEFAULT_WINDOW_DAYS).name(),
                                TransactionFeatures.monetaryIn(CustomerTableParams.DEFAULT_WINDOW_DAYS).name())))
                .withSegments(RFM_EASE)
                .withReport(new ReportSettings("Retail customers", null, null));
        return Project.named("Retail RFM sample").withSeed(seed)
                .withSource(new DataSourceRef("transactions", SourceKind.TRANSACTIONS, "transactions.csv", options))
                .withSettings(settings);
    }

    private static String guide(List<CustomerFacts> facts, List<Invoice> invoices, int totalLines, int guestLines,
                                long seed) {
        int cancelledLines = 0;
        int cancellations = 0;
        for (Invoice invoice : invoices) {
            if (invoice.cancellation) {
                cancellations++;
                cancelledLines += invoice.lines.size();
            }
        }
        Map<Group, List<CustomerFacts>> byGroup = new EnumMap<>(Group.class);
        for (CustomerFacts f : facts) {
            byGroup.computeIfAbsent(f.group(), g -> new ArrayList<>()).add(f);
        }

        StringBuilder md = new StringBuilder();
        md.append("# Sample project: retail-rfm\n\n")
          .append("Two years (").append(FIRST_DAY).append(" to ").append(LAST_DAY)
          .append(") of invoice lines from an online gift shop: ").append(SampleText.count(facts.size()))
          .append(" customers, ").append(SampleText.count(invoices.size())).append(" invoices, ")
          .append(SampleText.count(totalLines)).append(" lines. The data are made up by SegmentLab's generator ")
          .append("(seed ").append(seed).append(") and look like the well-known online retail data set, ")
          .append("so you can practise RFM analysis and clustering on customers whose behaviour you know.\n\n");

        md.append("## Files\n\n")
          .append("| file | what it holds |\n|---|---|\n")
          .append("| `transactions.csv` | one line per product on an invoice: `InvoiceNo, StockCode, Description, ")
          .append("Quantity, InvoiceDate (yyyy-MM-dd HH:mm:ss), UnitPrice, CustomerID, Country` |\n")
          .append("| `answers.csv` | the behaviour group planted for each customer (`customer_id, planted_group`); ")
          .append("do not look before you have made your own segments |\n")
          .append("| `retail-rfm.slproj.json` | the SegmentLab project: the data source, its column roles, ")
          .append("RFM as of ").append(AS_OF).append(" with 5 bins |\n\n");

        md.append("Things real data have, on purpose:\n\n")
          .append("- ").append(SampleText.count(cancelledLines)).append(" lines (")
          .append(SampleText.percent((double) cancelledLines / totalLines)).append(") are cancellations: ")
          .append(SampleText.count(cancellations))
          .append(" invoices whose number starts with `C`, with negative quantities.\n")
          .append("- ").append(SampleText.count(guestLines)).append(" lines (")
          .append(SampleText.percent((double) guestLines / totalLines))
          .append(") have no CustomerID (guest orders). RFM has to leave them out.\n")
          .append("- Busier months before Christmas, and a few best-selling products with a long tail.\n\n");

        md.append("## What was planted\n\n")
          .append("Each customer belongs to one of six groups. The groups differ in how often customers buy, ")
          .append("how long ago they last bought, and how big their orders are. ")
          .append("Figures are medians over the group, as of ").append(AS_OF)
          .append(" (cancellations left out):\n\n")
          .append("| planted group | customers | how they behave | days since last purchase | invoices | spend |\n")
          .append("|---|---:|---|---:|---:|---:|\n");
        for (Group group : Group.values()) {
            List<CustomerFacts> members = byGroup.getOrDefault(group, List.of());
            List<Long> recency = new ArrayList<>();
            List<Integer> frequency = new ArrayList<>();
            List<Long> spend = new ArrayList<>();
            for (CustomerFacts f : members) {
                recency.add(f.recencyDays());
                frequency.add(f.invoices());
                spend.add(f.spendCents());
            }
            md.append("| `").append(group.label).append("` | ").append(SampleText.count(members.size()))
              .append(" | ").append(group.planted)
              .append(" | ").append(SampleText.decimal(SampleText.median(recency), 0))
              .append(" | ").append(SampleText.decimal(SampleText.median(frequency), 0))
              .append(" | ").append(SampleText.money(StrictMath.round(SampleText.median(spend))))
              .append(" |\n");
        }

        md.append("\n## Steps in the workbench\n\n")
          .append("1. Open `retail-rfm.slproj.json` (File > Open project). The Data view shows ")
          .append("`transactions.csv` with its roles: CustomerID is the customer id, InvoiceDate the timestamp, ")
          .append("Quantity and UnitPrice give the amount, InvoiceNo the invoice.\n")
          .append("2. Read the import report: how many lines have no customer id, how many are cancellations.\n")
          .append("3. Open the RFM view. As-of date ").append(AS_OF)
          .append(", 5 bins. Look at the R × F grid and the size of each segment.\n")
          .append("4. Open the Segments view and cluster on `recency_days`, `frequency` and `monetary` ")
          .append("(log-zscore scaling, k-means, sweep k from 2 to 10). Look at the silhouette per k.\n")
          .append("5. Name the clusters from their profiles, then compare them with `answers.csv`.\n\n");

        md.append("## The same from the command line\n\n")
          .append("Run these inside this folder (`segmentlab` is `java -jar segmentlab.jar`):\n\n```\n")
          .append("segmentlab inspect --input transactions.csv\n")
          .append("segmentlab rfm --input transactions.csv --as-of ").append(AS_OF).append(" --out rfm.csv\n")
          .append("segmentlab features --transactions transactions.csv --as-of ").append(AS_OF)
          .append(" --window-days ").append(ChronoUnit.DAYS.between(FIRST_DAY, AS_OF) + 1)
          .append(" --out customers.csv\n")
          .append("segmentlab cluster --input customers.csv --id customer_id --features recency_days,frequency,monetary")
          .append(" \\\n    --scale log-zscore --algorithm kmeans --k-range 2..10 --seed ").append(seed)
          .append(" --out assignments.csv --metrics metrics.json\n")
          .append("segmentlab clv --input transactions.csv --horizon-days 90 --out clv.csv\n")
          .append("segmentlab report --project retail-rfm.slproj.json --out report.pdf\n```\n\n")
          .append("The window of `features` covers the whole history here, so `frequency` and `monetary` are ")
          .append("RFM's. With a shorter window they count that window only and say so in their names: the ")
          .append("default 90 days give `frequency_90d` and `monetary_90d`, as in the Customers view.\n\n");

        md.append("## What you should find\n\n")
          .append("RFM scores are ranks among the customers (quintiles), not days or counts, so a planted ")
          .append("group does not map one to one onto a segment of the R × F grid:\n\n")
          .append("- All `champions` land in **Champions** (R 5, F 4-5).\n")
          .append("- Most `loyal` customers are **Loyal Customers** (R 3-4, F 4-5); the rest are Potential ")
          .append("Loyalists, Need Attention or Champions.\n")
          .append("- `new` customers are **New Customers** (R 5, F 1); those who came back once are Potential ")
          .append("Loyalists, and those who first came a few weeks ago are Promising (R 4).\n")
          .append("- About half of the `at_risk` customers are **At Risk** (R 1-2, F 3-4). The ones who left most ")
          .append("recently still get R 3, because the hibernating customers have been gone even longer, and ")
          .append("show as Need Attention or even Loyal Customers. Look at `recency_days` itself, not only at ")
          .append("the score.\n")
          .append("- Most `hibernating` customers are **Hibernating** (R 1-2, F 1-2).\n")
          .append("- `one_off_big_spender` customers bought once, so R × F calls them Hibernating or About To ")
          .append("Sleep; but every one of them has M = 5. The segment map ignores M; clustering on all three ")
          .append("features puts them in a cluster of their own, with very high `monetary` and a `frequency` ")
          .append("of 1.\n")
          .append("- Clustering (log-zscore, k-means): the silhouette is highest around k = 5. At k = 5, loyal ")
          .append("and at-risk customers share a cluster (they buy as often and spend as much); at k = 6 ")
          .append("recency splits them, and the six clusters match the planted groups for most customers.\n\n")
          .append("Regenerate this folder with `segmentlab sample retail-rfm --out DIR --seed ").append(seed)
          .append("`; another seed gives other customers with the same planted groups.\n");
        return md.toString();
    }
}
