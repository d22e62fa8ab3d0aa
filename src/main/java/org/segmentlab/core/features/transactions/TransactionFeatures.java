package org.segmentlab.core.features.transactions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.CustomerTable;
import org.segmentlab.core.features.CustomerTableFeature;
import org.segmentlab.core.features.CustomerTableWindow;
import org.segmentlab.core.features.FeatureFamily;
import org.segmentlab.core.features.rfm.RfmCalculator;
import org.segmentlab.core.features.rfm.RfmOptions;
import org.segmentlab.core.features.rfm.RfmResult;
import org.segmentlab.core.features.rfm.TransactionLog;

/**
 * Purchase features per customer from a transaction log, over the lines inside the window
 * ({@link CustomerTableWindow}; later lines and earlier ones are left out). Recency, frequency and
 * monetary value are the RFM figures ({@link RfmCalculator}) over those lines: purchases exclude
 * cancellations (invoice starting with C, quantity ≤ 0, amount &lt; 0) and zero amounts; an
 * order is an invoice, or a purchase day where there is no invoice column. The rows are the
 * customers with at least one purchase in the window.
 *
 * <p>Frequency and monetary value of a window that starts after the log's first purchase count that
 * window only, and their names say so ({@code frequency_90d}, {@code monetary_90d}); a window that
 * reaches back past every purchase holds the whole history, whose figures are RFM's, and keeps RFM's
 * names {@code frequency} and {@code monetary}.
 */
public final class TransactionFeatures {

    public static final CustomerTableFeature RECENCY_DAYS = transaction("recency_days",
            "Whole days from the last purchase day to the as-of day (RFM recency)");
    public static final CustomerTableFeature FREQUENCY = transaction("frequency",
            "Orders: distinct purchase invoices, or purchase days without an invoice column (RFM frequency)");
    public static final CustomerTableFeature MONETARY = transaction("monetary",
            "Sum of the purchase amounts, cancellations left out (RFM monetary)");
    public static final CustomerTableFeature AVERAGE_ORDER_VALUE = transaction("average_order_value",
            "Monetary divided by frequency");
    public static final CustomerTableFeature TENURE_DAYS = transaction("tenure_days",
            "Whole days from the first purchase day in the window to the as-of day");
    public static final CustomerTableFeature MEAN_DAYS_BETWEEN_PURCHASES = transaction("mean_days_between_purchases",
            "Mean days between consecutive purchase days (empty with one purchase day)");
    public static final CustomerTableFeature DISTINCT_PRODUCTS = transaction("distinct_products",
            "Distinct products bought");
    public static final CustomerTableFeature RETURN_RATE = transaction("return_rate",
            "Cancelled or returned orders out of all orders, purchases and returns together");

    private static final int SECONDS_PER_DAY = CustomerTableWindow.SECONDS_PER_DAY;

    /** The features over the whole history (a window that holds every line of the log), RFM's names. */
    public static List<CustomerTableFeature> definitions() {
        return List.of(RECENCY_DAYS, FREQUENCY, MONETARY, AVERAGE_ORDER_VALUE, TENURE_DAYS,
                MEAN_DAYS_BETWEEN_PURCHASES, DISTINCT_PRODUCTS, RETURN_RATE);
    }

    /**
     * The features of a customer table with a window of {@code windowDays}: frequency and monetary
     * value count only the window, so their names say so ({@code frequency_90d}, {@code monetary_90d})
     * and cannot be taken for RFM's whole-history {@code frequency} and {@code monetary}.
     */
    public static List<CustomerTableFeature> definitions(int windowDays) {
        return List.of(RECENCY_DAYS, frequencyIn(windowDays), monetaryIn(windowDays), AVERAGE_ORDER_VALUE,
                TENURE_DAYS, MEAN_DAYS_BETWEEN_PURCHASES, DISTINCT_PRODUCTS, RETURN_RATE);
    }

    /** {@code frequency_<days>d}: orders in the window. */
    public static CustomerTableFeature frequencyIn(int windowDays) {
        return transaction(FREQUENCY.name() + "_" + windowDays + "d", "Orders in the " + windowDays
                + "-day window: distinct purchase invoices, or purchase days without an invoice column "
                + "(RFM's frequency counts the whole history)");
    }

    /** {@code monetary_<days>d}: spend in the window. */
    public static CustomerTableFeature monetaryIn(int windowDays) {
        return transaction(MONETARY.name() + "_" + windowDays + "d", "Sum of the purchase amounts in the "
                + windowDays + "-day window, cancellations left out (RFM's monetary sums the whole history)");
    }

    /** The window's day count of a {@code frequency_<days>d} or {@code monetary_<days>d} name, or -1. */
    public static int windowDaysOf(String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:frequency|monetary)_(\\d{1,5})d")
                .matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The customers with at least one purchase inside the window, in customer order. */
    public List<String> customersWithPurchases(TransactionLog log, CustomerTableWindow window) {
        boolean[] cancelledInvoice = cancelledInvoices(log);
        boolean[] buyer = new boolean[log.customerCount()];
        for (int line = 0; line < log.size(); line++) {
            long time = log.time(line);
            if (time != TransactionLog.MISSING_TIME && window.contains(time)
                    && isPurchase(log, line, cancelledInvoice)) {
                buyer[log.customerCode(line)] = true;
            }
        }
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < buyer.length; c++) {
            if (buyer[c]) {
                ids.add(log.customerId(c));
            }
        }
        return CustomerTable.inCustomerOrder(ids);
    }

    /**
     * The customers the log knows by the as-of day, whatever their lines (zero amounts and
     * cancellations too, however long ago), in customer order; a line without a time counts as known.
     */
    public List<String> customersKnownBy(TransactionLog log, CustomerTableWindow window) {
        return customersBy(log, window, false);
    }

    /** The customers with a purchase on or before the as-of day, however long ago, in customer order. */
    public List<String> customersWithPurchasesBy(TransactionLog log, CustomerTableWindow window) {
        return customersBy(log, window, true);
    }

    private static List<String> customersBy(TransactionLog log, CustomerTableWindow window, boolean purchases) {
        boolean[] cancelledInvoice = purchases ? cancelledInvoices(log) : null;
        boolean[] known = new boolean[log.customerCount()];
        long end = window.endEpochSecond();
        for (int line = 0; line < log.size(); line++) {
            long time = log.time(line);
            boolean dated = time != TransactionLog.MISSING_TIME;
            if ((dated ? time < end : !purchases) && (!purchases || isPurchase(log, line, cancelledInvoice))) {
                known[log.customerCode(line)] = true;
            }
        }
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < known.length; c++) {
            if (known[c]) {
                ids.add(log.customerId(c));
            }
        }
        return CustomerTable.inCustomerOrder(ids);
    }

    /** A line with a positive amount that is not a cancellation, as RFM counts purchases. */
    private static boolean isPurchase(TransactionLog log, int line, boolean[] cancelledInvoice) {
        double amount = log.amount(line);
        return amount > 0 && !isCancellation(log, line, cancelledInvoice);
    }

    private static boolean isCancellation(TransactionLog log, int line, boolean[] cancelledInvoice) {
        int invoice = log.invoiceCode(line);
        return (invoice >= 0 && cancelledInvoice[invoice]) || (log.hasQuantity() && log.quantity(line) <= 0)
                || log.amount(line) < 0;
    }

    private static boolean[] cancelledInvoices(TransactionLog log) {
        boolean[] cancelled = new boolean[log.invoiceCount()];
        for (int i = 0; i < cancelled.length; i++) {
            String id = log.invoiceId(i);
            cancelled[i] = !id.isEmpty() && (id.charAt(0) == 'C' || id.charAt(0) == 'c');
        }
        return cancelled;
    }

    /** The features of every customer with a purchase in the window, in customer order. */
    public CustomerTable build(TransactionLog log, TransactionProducts products, CustomerTableWindow window,
                               Progress progress) {
        return build(log, products, window, null, progress);
    }

    /**
     * The features of the customers {@code rows} in that order (null = the customers with a purchase
     * in the window). A customer without purchases in the window has frequency and monetary 0 and
     * empty recency, averages and tenure.
     *
     * @param products null when the transactions name no product (no distinct_products column)
     */
    public CustomerTable build(TransactionLog log, TransactionProducts products, CustomerTableWindow window,
                               List<String> rows, Progress progress) {
        RfmResult rfm = rfm(log, window, progress.slice(0, 0.5));
        if (rows == null) {
            List<String> buyers = new ArrayList<>(rfm.size());
            for (int i = 0; i < rfm.size(); i++) {
                buyers.add(rfm.customerId(i));
            }
            rows = CustomerTable.inCustomerOrder(buyers);
        }
        Map<String, Integer> rowOfId = new HashMap<>(rows.size() * 2);
        for (int r = 0; r < rows.size(); r++) {
            rowOfId.put(rows.get(r), r);
        }
        int n = rows.size();
        double[] recency = nans(n);
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        for (int i = 0; i < rfm.size(); i++) {
            Integer row = rowOfId.get(rfm.customerId(i));
            if (row != null) {
                recency[row] = rfm.recencyDays(i);
                frequency[row] = rfm.frequency(i);
                monetary[row] = rfm.monetary(i);
            }
        }
        int[] rowOf = new int[log.customerCount()];
        for (int c = 0; c < rowOf.length; c++) {
            Integer row = rowOfId.get(log.customerId(c));
            rowOf[c] = row == null ? -1 : row;
        }

        Lines lines = scan(log, products, window, rowOf, n, progress.slice(0.5, 0.9));
        double[] averageOrderValue = nans(n);
        double[] tenure = nans(n);
        double[] meanDaysBetween = nans(n);
        double[] distinctProducts = new double[n];
        double[] returnRate = nans(n);
        long asOfDay = window.asOf().toEpochDay();
        for (int r = 0; r < n; r++) {
            if (frequency[r] > 0) {
                averageOrderValue[r] = monetary[r] / frequency[r];
            }
            if (lines.purchaseDays[r] > 0) {
                tenure[r] = asOfDay - lines.firstDay[r];
            }
            if (lines.purchaseDays[r] > 1) {
                meanDaysBetween[r] = (double) (lines.lastDay[r] - lines.firstDay[r]) / (lines.purchaseDays[r] - 1);
            }
            distinctProducts[r] = lines.products[r];
            double orders = frequency[r] + lines.returnOrders[r];
            if (orders > 0) {
                returnRate[r] = lines.returnOrders[r] / orders;
            }
        }
        progress.update(1, "Purchase features ready");

        boolean wholeHistory = coversEveryLine(log, window);
        List<CustomerTable.Column> columns = new ArrayList<>();
        columns.add(CustomerTable.Column.numeric(RECENCY_DAYS, recency));
        columns.add(CustomerTable.Column.numeric(wholeHistory ? FREQUENCY : frequencyIn(window.windowDays()),
                frequency));
        columns.add(CustomerTable.Column.numeric(wholeHistory ? MONETARY : monetaryIn(window.windowDays()),
                monetary));
        columns.add(CustomerTable.Column.numeric(AVERAGE_ORDER_VALUE, averageOrderValue));
        columns.add(CustomerTable.Column.numeric(TENURE_DAYS, tenure));
        columns.add(CustomerTable.Column.numeric(MEAN_DAYS_BETWEEN_PURCHASES, meanDaysBetween));
        if (products != null) {
            columns.add(CustomerTable.Column.numeric(DISTINCT_PRODUCTS, distinctProducts));
        }
        columns.add(CustomerTable.Column.numeric(RETURN_RATE, returnRate));
        return new CustomerTable(rows, columns);
    }

    /**
     * Whether the window starts before every dated line of the log: then frequency and monetary value
     * are those of the whole history up to the as-of day, as RFM computes them, and keep RFM's names.
     */
    static boolean coversEveryLine(TransactionLog log, CustomerTableWindow window) {
        long start = window.startEpochSecond();
        for (int line = 0; line < log.size(); line++) {
            long time = log.time(line);
            if (time != TransactionLog.MISSING_TIME && time < start) {
                return false;
            }
        }
        return true;
    }

    /** RFM over the lines inside the window only. */
    private static RfmResult rfm(TransactionLog log, CustomerTableWindow window, Progress progress) {
        TransactionLog.Builder inWindow = TransactionLog.builder(log.hasQuantity(), log.hasInvoices(), log.size());
        int[] customerCode = new int[log.customerCount()];
        Arrays.fill(customerCode, -1);
        int[] invoiceCode = new int[log.invoiceCount()];
        Arrays.fill(invoiceCode, -2);
        for (int line = 0; line < log.size(); line++) {
            long time = log.time(line);
            if (time == TransactionLog.MISSING_TIME || !window.contains(time)) {
                continue;
            }
            int c = log.customerCode(line);
            if (customerCode[c] < 0) {
                customerCode[c] = inWindow.customerCode(log.customerId(c));
            }
            int invoice = log.invoiceCode(line);
            int code = -1;
            if (invoice >= 0) {
                if (invoiceCode[invoice] == -2) {
                    invoiceCode[invoice] = inWindow.invoiceCode(log.invoiceId(invoice));
                }
                code = invoiceCode[invoice];
            }
            inWindow.addCoded(customerCode[c], time, log.amount(line), log.quantity(line), code);
        }
        return new RfmCalculator().compute(inWindow.build(),
                RfmOptions.defaults().withAsOf(window.asOf()), progress);
    }

    /** Per row: purchase days (first, last, count), returned orders, distinct products. */
    private static final class Lines {
        final long[] firstDay;
        final long[] lastDay;
        final int[] purchaseDays;
        final int[] returnOrders;
        final int[] products;

        Lines(int rows) {
            firstDay = new long[rows];
            lastDay = new long[rows];
            purchaseDays = new int[rows];
            returnOrders = new int[rows];
            products = new int[rows];
        }
    }

    /**
     * One pass over the lines in the window; distinct (row, day), (row, returned order) and
     * (row, product) pairs are counted by sorting packed keys.
     */
    private static Lines scan(TransactionLog log, TransactionProducts products, CustomerTableWindow window,
                              int[] rowOf, int rows, Progress progress) {
        Lines out = new Lines(rows);
        boolean[] cancelledInvoice = cancelledInvoices(log);
        long[] dayKeys = new long[log.size()];
        long[] returnKeys = new long[log.size()];
        long[] productKeys = new long[products == null ? 0 : log.size()];
        int days = 0;
        int returns = 0;
        int productCount = 0;
        long windowStartDay = window.firstDay().toEpochDay();
        for (int line = 0; line < log.size(); line++) {
            if ((line & 0xFFFF) == 0) {
                progress.checkCancelled();
                progress.update((double) line / log.size(), "Purchase features");
            }
            long time = log.time(line);
            double amount = log.amount(line);
            if (time == TransactionLog.MISSING_TIME || Double.isNaN(amount) || !window.contains(time)) {
                continue;
            }
            int row = rowOf[log.customerCode(line)];
            if (row < 0) {
                continue;
            }
            int invoice = log.invoiceCode(line);
            // days since the window start fit in 31 bits, like the row index
            long day = Math.floorDiv(time, SECONDS_PER_DAY) - windowStartDay;
            if (isCancellation(log, line, cancelledInvoice)) {
                long order = invoice >= 0 ? invoice : (1L << 31) | day;
                returnKeys[returns++] = ((long) row << 32) | order;
            } else if (amount > 0) {
                dayKeys[days++] = ((long) row << 32) | day;
                if (products != null && products.product()[line] >= 0) {
                    productKeys[productCount++] = ((long) row << 32) | products.product()[line];
                }
            }
        }
        Arrays.sort(dayKeys, 0, days);
        for (int k = 0; k < days; k++) {
            if (k > 0 && dayKeys[k] == dayKeys[k - 1]) {
                continue;
            }
            int row = (int) (dayKeys[k] >>> 32);
            long day = (dayKeys[k] & 0xFFFF_FFFFL) + windowStartDay;
            if (out.purchaseDays[row] == 0) {
                out.firstDay[row] = day;
            }
            out.lastDay[row] = day;
            out.purchaseDays[row]++;
        }
        countDistinct(returnKeys, returns, out.returnOrders);
        countDistinct(productKeys, productCount, out.products);
        return out;
    }

    private static void countDistinct(long[] keys, int size, int[] perRow) {
        Arrays.sort(keys, 0, size);
        for (int k = 0; k < size; k++) {
            if (k == 0 || keys[k] != keys[k - 1]) {
                perRow[(int) (keys[k] >>> 32)]++;
            }
        }
    }

    private static double[] nans(int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    private static CustomerTableFeature transaction(String name, String description) {
        return new CustomerTableFeature(name, FeatureFamily.TRANSACTIONS, description);
    }
}
