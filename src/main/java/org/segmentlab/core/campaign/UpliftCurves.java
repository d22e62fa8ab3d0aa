package org.segmentlab.core.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Qini and uplift curves, uplift at a depth and by decile. Customers with the same predicted uplift
 * are ranked as a block: the curves run straight across it, so the order of ties in the file does not
 * change the result.
 */
public final class UpliftCurves {

    private static final int CURVE_STEPS = 100;

    private UpliftCurves() {
    }

    public static UpliftEvaluation evaluate(boolean[] treated, int[] converted, double[] uplift) {
        int n = uplift.length;
        if (treated.length != n || converted.length != n) {
            throw new IllegalArgumentException("treated, converted and uplift need the same length");
        }
        if (n == 0) {
            throw new IllegalArgumentException("no customers to evaluate the uplift on");
        }
        Integer[] order = rankOrder(uplift);
        // cumulative counts after each block of tied scores
        List<int[]> steps = new ArrayList<>();
        steps.add(new int[] {0, 0, 0, 0, 0});
        int nt = 0;
        int nc = 0;
        int yt = 0;
        int yc = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (treated[i]) {
                nt++;
                yt += converted[i];
            } else {
                nc++;
                yc += converted[i];
            }
            boolean endOfBlock = k == n - 1 || Double.compare(uplift[order[k + 1]], uplift[i]) != 0;
            if (endOfBlock) {
                steps.add(new int[] {k + 1, nt, nc, yt, yc});
            }
        }
        double[] qx = new double[steps.size()];
        double[] qy = new double[steps.size()];
        double[] uy = new double[steps.size()];
        for (int s = 0; s < steps.size(); s++) {
            int[] c = steps.get(s);
            qx[s] = (double) c[0] / n;
            qy[s] = qini(c) / n;
            uy[s] = upliftCount(c) / n;
        }
        double area = 0;
        for (int s = 1; s < qx.length; s++) {
            area += (qx[s] - qx[s - 1]) * (qy[s] + qy[s - 1]) / 2;
        }
        double random = qy[qy.length - 1] / 2;
        List<UpliftEvaluation.CurvePoint> qini = new ArrayList<>();
        List<UpliftEvaluation.CurvePoint> upl = new ArrayList<>();
        for (int step = 0; step <= CURVE_STEPS; step++) {
            double share = (double) step / CURVE_STEPS;
            qini.add(new UpliftEvaluation.CurvePoint(share, interpolate(qx, qy, share)));
            upl.add(new UpliftEvaluation.CurvePoint(share, interpolate(qx, uy, share)));
        }
        return new UpliftEvaluation(qini, upl, area, random, upliftAtTop(order, treated, converted, 0.1),
                upliftAtTop(order, treated, converted, 0.2), upliftAtTop(order, treated, converted, 0.3),
                deciles(order, treated, converted, uplift));
    }

    /** Rows from highest to lowest uplift; ties keep file order (only block boundaries are used). */
    static Integer[] rankOrder(double[] uplift) {
        Integer[] order = new Integer[uplift.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> uplift[i]).reversed()
                .thenComparingInt(i -> i));
        return order;
    }

    private static double qini(int[] c) {
        int nt = c[1];
        int nc = c[2];
        int yt = c[3];
        int yc = c[4];
        if (nc == 0) {
            return yt;
        }
        return yt - (double) yc * nt / nc;
    }

    private static double upliftCount(int[] c) {
        int nt = c[1];
        int nc = c[2];
        if (nt == 0 || nc == 0) {
            return 0;
        }
        return ((double) c[3] / nt - (double) c[4] / nc) * (nt + nc);
    }

    private static double interpolate(double[] x, double[] y, double at) {
        int hi = 1;
        while (hi < x.length - 1 && x[hi] < at) {
            hi++;
        }
        int lo = hi - 1;
        if (x[hi] == x[lo]) {
            return y[hi];
        }
        double t = (at - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + Math.max(0, Math.min(1, t)) * (y[hi] - y[lo]);
    }

    /** Treated rate minus control rate among the first {@code round(share × n)} customers ranked. */
    static double upliftAtTop(Integer[] order, boolean[] treated, int[] converted, double share) {
        int top = (int) Math.round(share * order.length);
        return observed(order, 0, top, treated, converted)[4];
    }

    private static List<UpliftDecile> deciles(Integer[] order, boolean[] treated, int[] converted, double[] uplift) {
        List<UpliftDecile> out = new ArrayList<>();
        int n = order.length;
        for (int d = 0; d < 10; d++) {
            int from = (int) ((long) d * n / 10);
            int to = (int) ((long) (d + 1) * n / 10);
            double[] o = observed(order, from, to, treated, converted);
            double predicted = 0;
            for (int k = from; k < to; k++) {
                predicted += uplift[order[k]];
            }
            out.add(new UpliftDecile(d + 1, (int) o[0], (int) o[1], o[2], o[3], o[4],
                    to > from ? predicted / (to - from) : Double.NaN));
        }
        return out;
    }

    /** Treated, control, their rates and the difference over ranks [from, to). */
    private static double[] observed(Integer[] order, int from, int to, boolean[] treated, int[] converted) {
        int nt = 0;
        int nc = 0;
        int yt = 0;
        int yc = 0;
        for (int k = from; k < to; k++) {
            int i = order[k];
            if (treated[i]) {
                nt++;
                yt += converted[i];
            } else {
                nc++;
                yc += converted[i];
            }
        }
        double rt = nt == 0 ? Double.NaN : (double) yt / nt;
        double rc = nc == 0 ? Double.NaN : (double) yc / nc;
        return new double[] {nt, nc, rt, rc, rt - rc};
    }
}
