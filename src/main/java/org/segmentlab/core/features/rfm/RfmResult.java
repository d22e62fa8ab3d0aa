package org.segmentlab.core.features.rfm;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Recency, frequency, monetary value and scores of every customer with a purchase, in customer-id
 * order (whole-number ids numerically). The values sit in primitive arrays, so a segment map can be
 * applied again without going back to the transactions; {@link #customers()} shows them as
 * {@link CustomerRfm} records. Immutable.
 */
public final class RfmResult {

    private final RfmOptions options;
    private final LocalDate asOf;
    private final String[] customerIds;
    private final int[] recencyDays;
    private final int[] frequency;
    private final double[] monetary;
    private final byte[] rScores;
    private final byte[] fScores;
    private final byte[] mScores;
    private final CleaningSummary cleaning;
    private final LocalDate firstPurchaseDay;
    private final LocalDate lastPurchaseDay;
    private final List<String> warnings;

    RfmResult(RfmOptions options, LocalDate asOf, String[] customerIds, int[] recencyDays, int[] frequency,
              double[] monetary, byte[] rScores, byte[] fScores, byte[] mScores, CleaningSummary cleaning,
              LocalDate firstPurchaseDay, LocalDate lastPurchaseDay, List<String> warnings) {
        this.options = options;
        this.asOf = asOf;
        this.customerIds = customerIds;
        this.recencyDays = recencyDays;
        this.frequency = frequency;
        this.monetary = monetary;
        this.rScores = rScores;
        this.fScores = fScores;
        this.mScores = mScores;
        this.cleaning = cleaning;
        this.firstPurchaseDay = firstPurchaseDay;
        this.lastPurchaseDay = lastPurchaseDay;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * A result computed elsewhere by the same rules (the SQL pushdown of {@code core.engine}): the
     * arrays are taken as they are, one entry per customer in customer-id order.
     */
    public static RfmResult of(RfmOptions options, LocalDate asOf, String[] customerIds, int[] recencyDays,
                               int[] frequency, double[] monetary, byte[] rScores, byte[] fScores, byte[] mScores,
                               CleaningSummary cleaning, LocalDate firstPurchaseDay, LocalDate lastPurchaseDay,
                               List<String> warnings) {
        int n = customerIds.length;
        if (recencyDays.length != n || frequency.length != n || monetary.length != n || rScores.length != n
                || fScores.length != n || mScores.length != n) {
            throw new IllegalArgumentException("every RFM array needs one entry per customer (" + n + ")");
        }
        return new RfmResult(options, asOf, customerIds, recencyDays, frequency, monetary, rScores, fScores,
                mScores, cleaning, firstPurchaseDay, lastPurchaseDay, warnings);
    }

    /** The options used, with the as-of day filled in when it defaulted. */
    public RfmOptions options() {
        return options;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public int bins() {
        return options.bins();
    }

    public CleaningSummary cleaning() {
        return cleaning;
    }

    /** The first purchase day counted, or null when there is none. */
    public LocalDate firstPurchaseDay() {
        return firstPurchaseDay;
    }

    /** The last purchase day counted, or null when there is none. */
    public LocalDate lastPurchaseDay() {
        return lastPurchaseDay;
    }

    /** Things the user should know, e.g. that no customer had a purchase before the as-of day. */
    public List<String> warnings() {
        return warnings;
    }

    /** Number of customers. */
    public int size() {
        return customerIds.length;
    }

    public String customerId(int i) {
        return customerIds[i];
    }

    public int recencyDays(int i) {
        return recencyDays[i];
    }

    public int frequency(int i) {
        return frequency[i];
    }

    public double monetary(int i) {
        return monetary[i];
    }

    public int rScore(int i) {
        return rScores[i];
    }

    public int fScore(int i) {
        return fScores[i];
    }

    public int mScore(int i) {
        return mScores[i];
    }

    public String cell(int i) {
        return cell(rScores[i], fScores[i], mScores[i], options.bins());
    }

    /** Sum of every customer's monetary value. */
    public double totalMonetary() {
        double sum = 0;
        for (double m : monetary) {
            sum += m;
        }
        return sum;
    }

    /** One customer as a record, without a segment. */
    public CustomerRfm customer(int i) {
        return new CustomerRfm(customerIds[i], recencyDays[i], frequency[i], monetary[i],
                rScores[i], fScores[i], mScores[i], cell(i), null);
    }

    /** Every customer as records made on demand (the list holds no copies). */
    public List<CustomerRfm> customers() {
        return new CustomerList();
    }

    /**
     * The scores as one text: three digits like {@code 545}; with 10 bins a score can have two
     * digits, so the scores are joined by '-' ({@code 10-4-7}) to stay readable.
     */
    public static String cell(int r, int f, int m, int bins) {
        if (bins < 10) {
            return new String(new char[] {(char) ('0' + r), (char) ('0' + f), (char) ('0' + m)});
        }
        return r + "-" + f + "-" + m;
    }

    private final class CustomerList extends AbstractList<CustomerRfm> implements RandomAccess {
        @Override
        public CustomerRfm get(int index) {
            return customer(index);
        }

        @Override
        public int size() {
            return customerIds.length;
        }
    }
}
