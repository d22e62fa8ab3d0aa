package org.segmentlab.core.campaign;

import java.util.List;

/**
 * How well an uplift score ranks customers, measured on customers it was not trained on. Customers
 * are ranked by predicted uplift, highest first; at each depth the treated and control customers
 * among those ranked so far are compared.
 *
 * @param qiniCurve        incremental conversions per customer of the whole part, by share targeted
 *                         ({@code (Yt − Yc · Nt / Nc) / N}), at every 1% from 0 to 100%
 * @param upliftCurve      {@code (Yt / Nt − Yc / Nc) · (Nt + Nc) / N}, at the same shares
 * @param qiniArea         area under the Qini curve (share targeted on the x axis)
 * @param randomArea       area under the straight line of random targeting to the same end point
 * @param upliftAt10       observed uplift (treated rate minus control rate) among the top 10%
 * @param deciles          ten groups of equal size by predicted uplift, highest first
 */
public record UpliftEvaluation(List<CurvePoint> qiniCurve, List<CurvePoint> upliftCurve, double qiniArea,
                               double randomArea, double upliftAt10, double upliftAt20, double upliftAt30,
                               List<UpliftDecile> deciles) {

    public UpliftEvaluation {
        qiniCurve = List.copyOf(qiniCurve);
        upliftCurve = List.copyOf(upliftCurve);
        deciles = List.copyOf(deciles);
    }

    /** The area between the Qini curve and random targeting: above zero when the ranking beats chance. */
    public double qiniAreaAboveRandom() {
        return qiniArea - randomArea;
    }

    /** One point of a curve: the share of customers targeted and the curve's value there. */
    public record CurvePoint(double share, double value) {
    }
}
