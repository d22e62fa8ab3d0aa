package org.segmentlab.core.clv;

import java.time.LocalDate;

/**
 * How to compute customer lifetime value.
 *
 * @param asOf            last day of the calibration period, included; null: the last purchase day in the data
 * @param holdoutEnd      last day of the holdout period, included; null: no holdout check
 * @param timeUnit        unit of frequency, recency and T (default week)
 * @param model           purchase model (default BG/NBD)
 * @param penalizer       L2 penalty on the parameters, ≥ 0 (default 0: plain maximum likelihood)
 * @param horizonDays     days ahead for expected purchases and CLV (default 365)
 * @param discountMonthly discount rate per month for CLV, ≥ 0 (default 0.01)
 * @param margin          share of spend that is profit, multiplied into CLV (default 1.0)
 */
public record ClvOptions(LocalDate asOf, LocalDate holdoutEnd, TimeUnit timeUnit, PurchaseModelKind model,
                         double penalizer, double horizonDays, double discountMonthly, double margin) {

    public static final double DEFAULT_HORIZON_DAYS = 365;
    public static final double DEFAULT_DISCOUNT_MONTHLY = 0.01;

    public ClvOptions {
        timeUnit = timeUnit == null ? TimeUnit.WEEK : timeUnit;
        model = model == null ? PurchaseModelKind.BG_NBD : model;
        if (!(penalizer >= 0) || Double.isInfinite(penalizer)) {
            throw new IllegalArgumentException("the penalizer must be 0 or more, not " + penalizer);
        }
        if (!(horizonDays > 0) || Double.isInfinite(horizonDays)) {
            throw new IllegalArgumentException("the horizon must be a positive number of days, not " + horizonDays);
        }
        if (!(discountMonthly >= 0) || discountMonthly >= 1) {
            throw new IllegalArgumentException("the monthly discount rate must be from 0 to below 1, not "
                    + discountMonthly);
        }
        if (!(margin >= 0) || Double.isInfinite(margin)) {
            throw new IllegalArgumentException("the margin must be 0 or more, not " + margin);
        }
        if (asOf != null && holdoutEnd != null && !holdoutEnd.isAfter(asOf)) {
            throw new IllegalArgumentException("the holdout end " + holdoutEnd + " must be after the as-of day "
                    + asOf);
        }
    }

    public static ClvOptions defaults() {
        return new ClvOptions(null, null, TimeUnit.WEEK, PurchaseModelKind.BG_NBD, 0, DEFAULT_HORIZON_DAYS,
                DEFAULT_DISCOUNT_MONTHLY, 1.0);
    }

    public ClvOptions withAsOf(LocalDate day) {
        return new ClvOptions(day, holdoutEnd, timeUnit, model, penalizer, horizonDays, discountMonthly, margin);
    }

    public ClvOptions withHoldoutEnd(LocalDate day) {
        return new ClvOptions(asOf, day, timeUnit, model, penalizer, horizonDays, discountMonthly, margin);
    }

    public ClvOptions withTimeUnit(TimeUnit unit) {
        return new ClvOptions(asOf, holdoutEnd, unit, model, penalizer, horizonDays, discountMonthly, margin);
    }

    public ClvOptions withModel(PurchaseModelKind kind) {
        return new ClvOptions(asOf, holdoutEnd, timeUnit, kind, penalizer, horizonDays, discountMonthly, margin);
    }

    public ClvOptions withPenalizer(double value) {
        return new ClvOptions(asOf, holdoutEnd, timeUnit, model, value, horizonDays, discountMonthly, margin);
    }

    public ClvOptions withHorizonDays(double days) {
        return new ClvOptions(asOf, holdoutEnd, timeUnit, model, penalizer, days, discountMonthly, margin);
    }

    public ClvOptions withDiscountMonthly(double rate) {
        return new ClvOptions(asOf, holdoutEnd, timeUnit, model, penalizer, horizonDays, rate, margin);
    }

    public ClvOptions withMargin(double value) {
        return new ClvOptions(asOf, holdoutEnd, timeUnit, model, penalizer, horizonDays, discountMonthly, value);
    }
}
