package org.segmentlab.core.campaign;

import java.util.List;

/**
 * A fitted uplift model and its measure on the held-out customers. Per-customer arrays follow
 * {@code customerIds}; they are not copied, so treat them as read-only.
 *
 * @param method     the method kept (never {@link UpliftMethod#BEST})
 * @param inTest     true for the customers held out to measure the model
 * @param uplift     predicted uplift of every customer: the rise in conversion probability the campaign brings
 * @param pTreated   predicted conversion probability if treated (two models only; NaN otherwise)
 * @param pControl   predicted conversion probability if not treated (two models only; NaN otherwise)
 * @param test       Qini and uplift curves, uplift at 10/20/30% and by decile, on the test part
 * @param validation Qini area above random of each method on the validation slice, when both were tried
 * @param notes      what was done to the data (rows balanced, the method chosen), for the user
 */
public record UpliftResult(UpliftParams params, UpliftMethod method, List<String> customerIds, boolean[] inTest,
                           double[] uplift, double[] pTreated, double[] pControl, UpliftEvaluation test,
                           List<MethodScore> validation, int trainRows, int testRows, List<String> notes) {

    public UpliftResult {
        customerIds = List.copyOf(customerIds);
        validation = List.copyOf(validation);
        notes = List.copyOf(notes);
    }

    /** The Qini area above random targeting a method reached on the validation slice. */
    public record MethodScore(UpliftMethod method, double qiniAreaAboveRandom) {
    }
}
