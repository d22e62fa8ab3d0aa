package org.segmentlab.core.clv;

import java.time.LocalDate;
import java.util.List;

/**
 * Per customer, what the purchase and spend models are fitted on, as the {@code lifetimes} package
 * defines it: purchases on one day are one purchase (their amounts added); {@code frequency} is the
 * number of purchase days after the first (repeat purchases), {@code recency} the time from the first
 * to the last purchase day, {@code T} the time from the first purchase day to the as-of day, all in the
 * chosen unit; {@code monetary_mean} is the mean spend of the repeat purchase days (0 for one-time
 * buyers). The calibration period ends with the as-of day, which is included. With a holdout end, the
 * purchase days after the as-of day up to the holdout end (included) are counted as well.
 *
 * <p>Rows are customers with a purchase on or before the as-of day, in customer id order. Arrays are
 * held, not copied: instances are immutable by convention, nothing hands the arrays out.
 */
public final class CustomerSummary {

    private final TimeUnit unit;
    private final LocalDate asOf;
    private final LocalDate holdoutEnd;
    private final String[] ids;
    private final int[] frequency;
    private final int[] recencyDays;
    private final int[] ageDays;
    private final int[] firstDay;
    private final double[] monetaryMean;
    private final double[] calibrationSpend;
    private final int[] holdoutPurchases;
    private final double[] holdoutSpend;
    private final int trackingStart;
    private final int[] firstPurchasesByDay;
    private final int[] repeatPurchasesByDay;
    private final SummaryCleaning cleaning;
    private final List<String> notes;

    CustomerSummary(TimeUnit unit, LocalDate asOf, LocalDate holdoutEnd, String[] ids, int[] frequency,
                    int[] recencyDays, int[] ageDays, int[] firstDay, double[] monetaryMean,
                    double[] calibrationSpend, int[] holdoutPurchases, double[] holdoutSpend, int trackingStart,
                    int[] firstPurchasesByDay, int[] repeatPurchasesByDay, SummaryCleaning cleaning,
                    List<String> notes) {
        this.unit = unit;
        this.asOf = asOf;
        this.holdoutEnd = holdoutEnd;
        this.ids = ids;
        this.frequency = frequency;
        this.recencyDays = recencyDays;
        this.ageDays = ageDays;
        this.firstDay = firstDay;
        this.monetaryMean = monetaryMean;
        this.calibrationSpend = calibrationSpend;
        this.holdoutPurchases = holdoutPurchases;
        this.holdoutSpend = holdoutSpend;
        this.trackingStart = trackingStart;
        this.firstPurchasesByDay = firstPurchasesByDay;
        this.repeatPurchasesByDay = repeatPurchasesByDay;
        this.cleaning = cleaning;
        this.notes = List.copyOf(notes);
    }

    public int size() {
        return ids.length;
    }

    public TimeUnit unit() {
        return unit;
    }

    /** The last day of the calibration period (included). */
    public LocalDate asOf() {
        return asOf;
    }

    /** The last day of the holdout period (included); null without a holdout. */
    public LocalDate holdoutEnd() {
        return holdoutEnd;
    }

    public boolean hasHoldout() {
        return holdoutEnd != null;
    }

    /** Length of the holdout period in the summary's unit (0 without a holdout). */
    public double holdoutLength() {
        return holdoutEnd == null ? 0 : unit.fromDays(holdoutEnd.toEpochDay() - asOf.toEpochDay());
    }

    public String customerId(int i) {
        return ids[i];
    }

    /** Repeat purchase days in the calibration period. */
    public int frequency(int i) {
        return frequency[i];
    }

    /** First to last calibration purchase day, in the unit. */
    public double recency(int i) {
        return unit.fromDays(recencyDays[i]);
    }

    /** First purchase day to the as-of day, in the unit. */
    public double age(int i) {
        return unit.fromDays(ageDays[i]);
    }

    public int recencyDays(int i) {
        return recencyDays[i];
    }

    public int ageDays(int i) {
        return ageDays[i];
    }

    public LocalDate firstPurchase(int i) {
        return LocalDate.ofEpochDay(firstDay[i]);
    }

    /** Mean spend of the repeat purchase days of the calibration period; 0 for one-time buyers. */
    public double monetaryMean(int i) {
        return monetaryMean[i];
    }

    /** All the customer spent in the calibration period, first day included. */
    public double calibrationSpend(int i) {
        return calibrationSpend[i];
    }

    /** Purchase days in the holdout period (0 without a holdout). */
    public int holdoutPurchases(int i) {
        return holdoutPurchases[i];
    }

    /** Spend in the holdout period (0 without a holdout). */
    public double holdoutSpend(int i) {
        return holdoutSpend[i];
    }

    /** Customers with at least one repeat purchase day in the calibration period. */
    public int repeatCustomers() {
        int n = 0;
        for (int f : frequency) {
            if (f > 0) {
                n++;
            }
        }
        return n;
    }

    /** The first day of the daily counts: the earliest first purchase among the rows. */
    public LocalDate trackingStart() {
        return LocalDate.ofEpochDay(trackingStart);
    }

    /** Days covered by the daily counts: from {@link #trackingStart()} to the holdout end (or as-of day). */
    public int trackingDays() {
        return repeatPurchasesByDay.length;
    }

    /** Customers whose first purchase was on day {@code trackingStart + offset}. */
    public int firstPurchasesOn(int offset) {
        return firstPurchasesByDay[offset];
    }

    /** Repeat purchase days of all rows that fell on day {@code trackingStart + offset}. */
    public int repeatPurchasesOn(int offset) {
        return repeatPurchasesByDay[offset];
    }

    public SummaryCleaning cleaning() {
        return cleaning;
    }

    /** What was left out or counted in a way worth knowing, in plain words. */
    public List<String> notes() {
        return notes;
    }
}
