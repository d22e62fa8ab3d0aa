package org.segmentlab.core.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.segmentlab.core.Progress;
import org.segmentlab.core.features.rfm.CustomerIdOrder;
import org.segmentlab.core.features.rfm.PurchaseRules;
import org.segmentlab.core.features.rfm.TransactionLog;

/**
 * Builds the {@link CustomerSummary} from a transaction log in a few passes over primitive arrays:
 * the lines that count are grouped by customer (counting sort), each customer's lines are ordered by
 * day and same-day lines merged.
 */
public final class CustomerSummaryBuilder {

    private static final int CHUNK = 1 << 16;

    /**
     * @param asOf       last day of the calibration period, included; null means the last purchase day
     *                   in the data
     * @param holdoutEnd last day of the holdout period, included; null for none (it must be after asOf)
     */
    public CustomerSummary summarize(TransactionLog log, LocalDate asOf, LocalDate holdoutEnd, TimeUnit unit,
                                     Progress progress) {
        if (holdoutEnd != null && asOf != null && !holdoutEnd.isAfter(asOf)) {
            throw new IllegalArgumentException("the holdout end " + holdoutEnd + " must be after the as-of day "
                    + asOf);
        }
        int lines = log.size();
        PurchaseRules rules = new PurchaseRules(log);
        int customers = log.customerCount();
        int[] lineCustomer = new int[lines];
        int[] lineDay = new int[lines];
        double[] lineAmount = new double[lines];
        boolean[] purchased = new boolean[customers];
        int kept = 0;
        long unreadable = 0;
        long cancellations = 0;
        long zero = 0;
        int maxDay = Integer.MIN_VALUE;
        Progress scan = progress.slice(0, 0.4);
        for (int line = 0; line < lines; line++) {
            if (line % CHUNK == 0) {
                scan.checkCancelled();
                scan.update((double) line / Math.max(1, lines), "Reading purchases");
            }
            if (rules.isUnreadable(line)) {
                unreadable++;
                continue;
            }
            if (rules.isCancellation(line)) {
                cancellations++;
                continue;
            }
            double amount = log.amount(line);
            if (amount == 0) {
                zero++;
            }
            int day = (int) rules.day(line);
            lineCustomer[kept] = log.customerCode(line);
            purchased[lineCustomer[kept]] = true;
            lineDay[kept] = day;
            lineAmount[kept] = amount;
            maxDay = Math.max(maxDay, day);
            kept++;
        }
        if (kept == 0) {
            throw new IllegalArgumentException("no line counts as a purchase (every line is a cancellation or"
                    + " lacks a date or an amount)");
        }
        LocalDate calibrationEnd = asOf != null ? asOf : LocalDate.ofEpochDay(maxDay);
        if (holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
            throw new IllegalArgumentException("the holdout end " + holdoutEnd + " must be after the as-of day "
                    + calibrationEnd);
        }
        int asOfDay = (int) calibrationEnd.toEpochDay();
        int endDay = holdoutEnd != null ? (int) holdoutEnd.toEpochDay() : asOfDay;

        // Group the lines up to the end by customer.
        int[] start = new int[customers + 1];
        long afterEnd = 0;
        for (int i = 0; i < kept; i++) {
            if (lineDay[i] > endDay) {
                afterEnd++;
            } else {
                start[lineCustomer[i] + 1]++;
            }
        }
        for (int c = 0; c < customers; c++) {
            start[c + 1] += start[c];
        }
        int inRange = start[customers];
        int[] fill = Arrays.copyOf(start, customers);
        int[] day = new int[inRange];
        double[] amount = new double[inRange];
        for (int i = 0; i < kept; i++) {
            if (lineDay[i] <= endDay) {
                int at = fill[lineCustomer[i]]++;
                day[at] = lineDay[i];
                amount[at] = lineAmount[i];
            }
        }
        lineCustomer = null;
        lineDay = null;
        lineAmount = null;
        progress.update(0.6, "Merging purchase days");
        progress.checkCancelled();

        int firstAfterAsOf = 0;
        int withoutPurchases = 0;
        int[] cFrequency = new int[customers];
        int[] cRecency = new int[customers];
        int[] cFirst = new int[customers];
        double[] cMonetary = new double[customers];
        double[] cSpend = new double[customers];
        int[] cHoldout = new int[customers];
        double[] cHoldoutSpend = new double[customers];
        boolean[] row = new boolean[customers];
        int rows = 0;
        int earliest = Integer.MAX_VALUE;
        for (int c = 0; c < customers; c++) {
            if (c % CHUNK == 0) {
                progress.checkCancelled();
            }
            int s = start[c];
            int e = start[c + 1];
            if (s == e) {
                if (purchased[c]) {
                    firstAfterAsOf++;
                } else {
                    withoutPurchases++;
                }
                continue;
            }
            sortByDay(day, amount, s, e);
            if (day[s] > asOfDay) {
                firstAfterAsOf++;
                continue;
            }
            row[c] = true;
            rows++;
            earliest = Math.min(earliest, day[s]);
            int first = day[s];
            int last = first;
            int repeats = 0;
            double firstSpend = 0;
            double repeatSpend = 0;
            int holdout = 0;
            double holdoutSpent = 0;
            int current = Integer.MIN_VALUE;
            for (int k = s; k < e; k++) {
                int d = day[k];
                boolean newDay = d != current;
                current = d;
                if (d <= asOfDay) {
                    if (d == first) {
                        firstSpend += amount[k];
                    } else {
                        repeatSpend += amount[k];
                        if (newDay) {
                            repeats++;
                        }
                    }
                    last = d;
                } else {
                    holdoutSpent += amount[k];
                    if (newDay) {
                        holdout++;
                    }
                }
            }
            cFrequency[c] = repeats;
            cRecency[c] = last - first;
            cFirst[c] = first;
            cMonetary[c] = repeats == 0 ? 0 : repeatSpend / repeats;
            cSpend[c] = firstSpend + repeatSpend;
            cHoldout[c] = holdout;
            cHoldoutSpend[c] = holdoutSpent;
        }

        Integer[] order = new Integer[rows];
        int k = 0;
        for (int c = 0; c < customers; c++) {
            if (row[c]) {
                order[k++] = c;
            }
        }
        Arrays.sort(order, Comparator.comparing(log::customerId, CustomerIdOrder.INSTANCE));
        progress.update(0.85, "Counting purchases per day");
        String[] ids = new String[rows];
        int[] frequency = new int[rows];
        int[] recency = new int[rows];
        int[] age = new int[rows];
        int[] firstDay = new int[rows];
        double[] monetary = new double[rows];
        double[] spend = new double[rows];
        int[] holdout = new int[rows];
        double[] holdoutSpend = new double[rows];
        int trackingStart = rows == 0 ? asOfDay : earliest;
        int[] firstByDay = new int[Math.max(0, endDay - trackingStart + 1)];
        int[] repeatByDay = new int[firstByDay.length];
        for (int i = 0; i < rows; i++) {
            int c = order[i];
            ids[i] = log.customerId(c);
            frequency[i] = cFrequency[c];
            recency[i] = cRecency[c];
            age[i] = asOfDay - cFirst[c];
            firstDay[i] = cFirst[c];
            monetary[i] = cMonetary[c];
            spend[i] = cSpend[c];
            holdout[i] = cHoldout[c];
            holdoutSpend[i] = cHoldoutSpend[c];
            firstByDay[cFirst[c] - trackingStart]++;
            int current = cFirst[c];
            for (int j = start[c]; j < start[c + 1]; j++) {
                if (day[j] != current) {
                    current = day[j];
                    repeatByDay[current - trackingStart]++;
                }
            }
        }
        SummaryCleaning cleaning = new SummaryCleaning(log.linesRead(), log.linesWithoutCustomerId(), unreadable,
                cancellations, zero, afterEnd, kept - afterEnd, rows, firstAfterAsOf, withoutPurchases);
        List<String> notes = notes(cleaning, asOf == null, calibrationEnd, holdoutEnd, maxDay);
        progress.update(1, "Summary done");
        return new CustomerSummary(unit, calibrationEnd, holdoutEnd, ids, frequency, recency, age, firstDay,
                monetary, spend, holdout, holdoutSpend, trackingStart, firstByDay, repeatByDay, cleaning, notes);
    }

    /** Orders one customer's lines by day: insertion sort for a few lines, a packed-key sort for many. */
    private static void sortByDay(int[] day, double[] amount, int s, int e) {
        int n = e - s;
        if (n <= 24) {
            for (int i = s + 1; i < e; i++) {
                int d = day[i];
                double a = amount[i];
                int j = i - 1;
                while (j >= s && day[j] > d) {
                    day[j + 1] = day[j];
                    amount[j + 1] = amount[j];
                    j--;
                }
                day[j + 1] = d;
                amount[j + 1] = a;
            }
            return;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) day[s + i] << 32) | i;
        }
        Arrays.sort(keys);
        double[] amounts = new double[n];
        for (int i = 0; i < n; i++) {
            int from = (int) (keys[i] & 0xFFFF_FFFFL);
            amounts[i] = amount[s + from];
            day[s + i] = (int) (keys[i] >> 32);
        }
        System.arraycopy(amounts, 0, amount, s, n);
    }

    private static List<String> notes(SummaryCleaning c, boolean asOfDefaulted, LocalDate asOf, LocalDate holdoutEnd,
                                      int maxDay) {
        List<String> notes = new ArrayList<>();
        if (asOfDefaulted) {
            notes.add("The calibration period ends with the last purchase day in the data, " + asOf + ".");
        }
        if (c.linesWithoutCustomerId() > 0) {
            notes.add(count(c.linesWithoutCustomerId()) + " lines without a customer id were left out.");
        }
        if (c.linesWithoutDateOrAmount() > 0) {
            notes.add(count(c.linesWithoutDateOrAmount()) + " lines without a date or amount were left out.");
        }
        if (c.cancellationLines() > 0) {
            notes.add(count(c.cancellationLines()) + " cancellation or return lines were left out.");
        }
        if (c.zeroAmountLines() > 0) {
            notes.add(count(c.zeroAmountLines()) + " lines with amount 0 count as purchases with no spend"
                    + " (RFM leaves them out; the purchase models count orders).");
        }
        if (c.linesAfterEnd() > 0) {
            notes.add(count(c.linesAfterEnd()) + " lines after " + (holdoutEnd != null ? holdoutEnd : asOf)
                    + " were left out.");
        }
        if (c.customersFirstAfterAsOf() > 0) {
            notes.add(count(c.customersFirstAfterAsOf()) + " customers first bought after the as-of day " + asOf
                    + " and are not in the summary.");
        }
        if (c.customersWithoutPurchases() > 0) {
            notes.add(count(c.customersWithoutPurchases()) + " customers have no line that counts as a purchase"
                    + " and are not in the summary.");
        }
        if (holdoutEnd != null && maxDay < holdoutEnd.toEpochDay()) {
            notes.add("The data end on " + LocalDate.ofEpochDay(maxDay) + ", before the holdout end " + holdoutEnd
                    + ": the holdout counts are short of what the model expects for the whole period.");
        }
        return notes;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
