package org.segmentlab.core.features.rfm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recency, frequency and monetary value per customer, and their scores, as the README defines them:
 * <ul>
 * <li>R = whole days from the customer's last purchase day to the as-of day. The as-of day
 * defaults to the day after the last purchase day; lines dated after it are left out, lines on
 * it count (R = 0).</li>
 * <li>F = distinct purchase invoices (distinct purchase days without an invoice column).</li>
 * <li>M = sum of the purchase lines' amounts (minus returns when cancellations are netted).</li>
 * <li>Score = {@code 1 + floor(bins × (customers with a strictly worse value) / customers)};
 * worse is larger R, smaller F, smaller M (compared in cents).</li>
 * </ul>
 * A line is a cancellation when its invoice starts with {@code C}, its quantity is ≤ 0 or its
 * amount is &lt; 0; a line with amount 0 is not a purchase either. One pass over the log fills
 * per-customer accumulators; the scores take one sort per measure.
 */
public final class RfmCalculator {

    private static final Logger LOG = LoggerFactory.getLogger(RfmCalculator.class);
    private static final int CHUNK = 1 << 16;
    private static final int NO_DAY = Integer.MIN_VALUE;
    /** Amounts this large (a trillion) are warned about: more likely an error in the file than a sale. */
    static final double ABSURD_AMOUNT = 1e12;
    /** A latest purchase this many days after all others is warned about when it sets the as-of day. */
    static final int FAR_AHEAD_DAYS = 366;

    public RfmResult compute(TransactionLog log, RfmOptions options, Progress progress) {
        long started = System.nanoTime();
        int codes = log.customerCount();
        int lines = log.size();
        boolean netted = options.cancellations() == CancellationHandling.NETTED;
        long asOfDay = options.asOf() == null ? Long.MAX_VALUE : options.asOf().toEpochDay();
        PurchaseRules rules = new PurchaseRules(log);

        int[] lastDay = new int[codes];
        Arrays.fill(lastDay, NO_DAY);
        int[] frequency = new int[codes];
        double[] monetary = new double[codes];
        long[] lastCounted = new long[codes];
        Arrays.fill(lastCounted, Long.MIN_VALUE);
        LongHashSet counted = new LongHashSet(Math.max(16, log.invoiceCount()));

        long withoutDateOrAmount = 0;
        long afterAsOf = 0;
        long cancellations = 0;
        long zeroAmount = 0;
        long purchases = 0;
        int firstDay = Integer.MAX_VALUE;
        int maxDay = NO_DAY;
        int dayBeforeMax = NO_DAY;
        long absurd = 0;
        double largest = 0;
        Progress scan = progress.slice(0, 0.8);
        for (int line = 0; line < lines; line++) {
            if (line % CHUNK == 0) {
                scan.checkCancelled();
                scan.update((double) line / lines, "Computing RFM");
            }
            if (rules.isUnreadable(line)) {
                withoutDateOrAmount++;
                continue;
            }
            double amount = log.amount(line);
            long day = rules.day(line);
            if (day > asOfDay) {
                afterAsOf++;
                continue;
            }
            int c = log.customerCode(line);
            int invoice = log.invoiceCode(line);
            if (!(Math.abs(amount) < ABSURD_AMOUNT)) {
                absurd++;
                largest = Math.max(largest, Math.abs(amount));
            }
            if (rules.isCancellation(line)) {
                cancellations++;
                if (netted) {
                    // A cancellation takes value away whatever sign its amount was written with.
                    monetary[c] -= Math.abs(amount);
                }
                continue;
            }
            if (amount == 0) {
                zeroAmount++;
                continue;
            }
            purchases++;
            monetary[c] += amount;
            int d = (int) day;
            if (d > lastDay[c]) {
                lastDay[c] = d;
            }
            if (d < firstDay) {
                firstDay = d;
            }
            if (d > maxDay) {
                dayBeforeMax = maxDay;
                maxDay = d;
            } else if (d < maxDay && d > dayBeforeMax) {
                dayBeforeMax = d;
            }
            // An invoice (or, without one, a day) counts once per customer. Lines of one invoice
            // usually follow each other, so most repeats are caught without the set.
            long key = invoice >= 0 ? invoice : (1L << 32) | (d & 0xFFFF_FFFFL);
            if (key != lastCounted[c]) {
                lastCounted[c] = key;
                if (counted.add(((long) c << 33) ^ key)) {
                    frequency[c]++;
                }
            }
        }

        List<String> warnings = new ArrayList<>();
        for (int c = 0; c < codes; c++) {
            if (Double.isInfinite(monetary[c]) || Double.isNaN(monetary[c])) {
                throw new IllegalArgumentException("the amounts of customer '" + log.customerId(c)
                        + "' add up to a sum too large to hold (beyond 1.8e308): check the amount column");
            }
        }
        if (absurd > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d lines with an amount of %,d or more (largest %s):"
                    + " check the amount column.", absurd, (long) ABSURD_AMOUNT, Money.format(largest)));
        }
        if (options.asOf() == null && dayBeforeMax != NO_DAY && maxDay - dayBeforeMax > FAR_AHEAD_DAYS) {
            warnings.add("The latest purchase, on " + LocalDate.ofEpochDay(maxDay) + ", is more than a year after"
                    + " the one before it (" + LocalDate.ofEpochDay(dayBeforeMax) + "), and the default as-of day "
                    + LocalDate.ofEpochDay(maxDay + 1L) + " follows it: every recency counts from there."
                    + " Give --as-of to choose the day.");
        }
        LocalDate asOf = options.asOf() != null ? options.asOf()
                : maxDay == NO_DAY ? null : LocalDate.ofEpochDay(maxDay + 1L);
        Integer[] order = customersInIdOrder(log, lastDay);
        int n = order.length;
        if (n == 0) {
            warnings.add(options.asOf() == null ? "No customer has a purchase in the data."
                    : "No customer has a purchase on or before " + options.asOf() + ".");
        }
        progress.update(0.85, "Scoring customers");
        progress.checkCancelled();

        String[] ids = new String[n];
        int[] recency = new int[n];
        int[] freq = new int[n];
        double[] money = new double[n];
        long[] rKey = new long[n];
        long[] fKey = new long[n];
        long[] mKey = new long[n];
        for (int i = 0; i < n; i++) {
            int c = order[i];
            ids[i] = log.customerId(c);
            recency[i] = (int) (asOf.toEpochDay() - lastDay[c]);
            freq[i] = frequency[c];
            money[i] = monetary[c] + 0.0;
            rKey[i] = recency[i];
            fKey[i] = freq[i];
            mKey[i] = Money.rankKey(money[i]);
        }
        int bins = options.bins();
        byte[] r = RankScores.largerIsWorse(rKey, bins);
        byte[] f = RankScores.smallerIsWorse(fKey, bins);
        byte[] m = RankScores.smallerIsWorse(mKey, bins);

        CleaningSummary cleaning = new CleaningSummary(log.linesRead(), log.linesWithoutCustomerId(),
                withoutDateOrAmount, afterAsOf, cancellations, zeroAmount, purchases, n, codes - n,
                options.cancellations());
        progress.update(1, "RFM done");
        LOG.debug("RFM of {} lines, {} customers in {} ms", lines, n, (System.nanoTime() - started) / 1_000_000);
        return new RfmResult(options.withAsOf(asOf), asOf, ids, recency, freq, money, r, f, m, cleaning,
                n == 0 ? null : LocalDate.ofEpochDay(firstDay), n == 0 ? null : LocalDate.ofEpochDay(maxDay),
                warnings);
    }

    private static Integer[] customersInIdOrder(TransactionLog log, int[] lastDay) {
        int kept = 0;
        for (int day : lastDay) {
            if (day != NO_DAY) {
                kept++;
            }
        }
        Integer[] order = new Integer[kept];
        int k = 0;
        for (int c = 0; c < lastDay.length; c++) {
            if (lastDay[c] != NO_DAY) {
                order[k++] = c;
            }
        }
        Arrays.sort(order, Comparator.comparing(log::customerId, CustomerIdOrder.INSTANCE));
        return order;
    }
}
