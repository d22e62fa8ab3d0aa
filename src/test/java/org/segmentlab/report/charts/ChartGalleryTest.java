package org.segmentlab.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * Renders every chart with plausible data to target/chart-gallery/NAME.png, the pictures we look at
 * when a chart changes. Each must be a real, non-blank image of the asked size.
 */
class ChartGalleryTest {

    static final Map<Integer, String> NAMES = Map.of(1, "Champions", 2, "Loyal regulars", 3, "Bargain hunters",
            4, "At risk", 5, "Lapsed one-timers", -1, "Noise");

    private static Path gallery() throws Exception {
        Path dir = Path.of(System.getProperty("basedir", "."), "target", "chart-gallery");
        Files.createDirectories(dir);
        return dir;
    }

    private static void render(String name, JFreeChart chart, int width, int height) throws Exception {
        Path file = gallery().resolve(name + ".png");
        ChartExport.write(chart, width, height, file);
        BufferedImage img = ImageIO.read(file.toFile());
        assertThat(img.getWidth()).isEqualTo(width);
        assertThat(img.getHeight()).isEqualTo(height);
        long distinct = java.util.stream.IntStream.range(0, 400)
                .map(i -> img.getRGB((i * 37) % width, (i * 53) % height)).distinct().count();
        assertThat(distinct).as(name + " draws more than a blank page").isGreaterThan(2);
    }

    static List<SweepChart.Point> sweep() {
        List<SweepChart.Point> sweep = new ArrayList<>();
        double[] wcss = {4210, 2890, 1960, 1610, 1430, 1310, 1225, 1160, 1110, 1068, 1032};
        double[] sil = {0.31, 0.36, 0.42, 0.38, 0.33, 0.31, 0.29, 0.27, 0.27, 0.26, 0.25};
        double[] ch = {5200, 6100, 6900, 6400, 5900, 5600, 5300, 5100, 4900, 4700, 4500};
        double[] db = {1.21, 1.05, 0.88, 0.97, 1.04, 1.10, 1.12, 1.15, 1.19, 1.22, 1.25};
        for (int i = 0; i < wcss.length; i++) {
            sweep.add(new SweepChart.Point(i + 2, wcss[i], sil[i], ch[i], db[i]));
        }
        return sweep;
    }

    @Test
    void sweepCharts() throws Exception {
        render("sweep", SweepChart.chart("How many segments?", sweep(), 4), 900, 900);
        render("sweep-silhouette", SweepChart.metric("Silhouette by k", SweepChart.Metric.SILHOUETTE, sweep(), 4), 800, 450);
        render("bic", BicChart.chart("Gaussian mixture: BIC by number of components", new int[] {1, 2, 3, 4, 5, 6, 7, 8},
                new double[] {-5200, -4400, -3900, -3750, -3770, -3810, -3860, -3920}, 4, false), 800, 450);
        Random r = new Random(42);
        double[] kd = new double[5000];
        for (int i = 0; i < kd.length; i++) {
            kd[i] = Math.abs(r.nextGaussian()) * 0.2 + (r.nextDouble() < 0.04 ? r.nextDouble() * 3 : 0);
        }
        render("k-distance", KDistanceChart.chart("DBSCAN: choosing eps", kd, 4, 0.52), 800, 450);
    }

    @Test
    void silhouette() throws Exception {
        Random r = new Random(7);
        int n = 14_000;
        int[] seg = new int[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            seg[i] = u < 0.1 ? 1 : u < 0.35 ? 2 : u < 0.7 ? 3 : u < 0.9 ? 4 : 5;
            s[i] = Math.max(-0.6, Math.min(0.95, 0.15 + 0.08 * seg[i] + r.nextGaussian() * 0.2));
        }
        render("silhouette", SilhouetteChart.chart("Silhouette by segment (k = 5)", seg, s, NAMES), 900, 650);
    }

    @Test
    void profileHeatmap() throws Exception {
        List<String> segs = List.of("Champions", "Loyal regulars", "Bargain hunters", "At risk", "Lapsed one-timers");
        List<String> feats = List.of("recency_days", "frequency", "monetary", "avg_basket_value", "distinct_products",
                "return_rate", "weekend_share_of_orders", "tenure_days");
        double[][] z = {
                {-1.1, 2.9, 2.4, 1.2, 1.8, -0.2, 0.1, 1.0},
                {-0.6, 0.9, 0.6, 0.1, 0.7, 0.0, -0.3, 0.8},
                {-0.2, 0.3, -0.5, -0.9, 0.2, 0.6, 0.9, 0.1},
                {1.2, -0.3, -0.1, 0.4, -0.4, 0.3, -0.2, 0.5},
                {1.9, -0.9, -0.8, -0.3, -0.9, Double.NaN, 0.0, -1.3}};
        render("profile-heatmap", ProfileHeatmapChart.chart("Segment profiles (z-scores)", segs, feats, z), 900, 520);
    }

    static double[][] blobs(int n, long seed, int[] seg) {
        Random r = new Random(seed);
        double[][] xy = new double[2][n];
        double[][] centre = {{2.5, 1.0}, {1.0, -1.2}, {-1.0, 1.4}, {-0.8, -0.6}, {-2.6, -0.2}};
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            int s = u < 0.1 ? 1 : u < 0.35 ? 2 : u < 0.7 ? 3 : u < 0.9 ? 4 : 5;
            if (r.nextDouble() < 0.02) {
                s = -1;
            }
            seg[i] = s;
            double[] c = s < 0 ? new double[] {r.nextGaussian() * 3, r.nextGaussian() * 2} : centre[s - 1];
            xy[0][i] = c[0] + r.nextGaussian() * 0.6;
            xy[1][i] = c[1] + r.nextGaussian() * 0.5;
        }
        return xy;
    }

    @Test
    void scatter() throws Exception {
        int n = 20_000;
        int[] seg = new int[n];
        double[][] xy = blobs(n, 3, seg);
        List<ScatterChart.Centroid> centres = List.of(new ScatterChart.Centroid(1, 2.5, 1.0),
                new ScatterChart.Centroid(2, 1.0, -1.2), new ScatterChart.Centroid(3, -1.0, 1.4),
                new ScatterChart.Centroid(4, -0.8, -0.6), new ScatterChart.Centroid(5, -2.6, -0.2));
        render("scatter", ScatterChart.chart("Customers on the first two principal components",
                ScatterChart.componentLabel(1, 0.43), ScatterChart.componentLabel(2, 0.21), xy[0], xy[1], seg, NAMES,
                104_223, centres), 900, 620);
    }

    @Test
    void quadrant() throws Exception {
        List<QuadrantChart.Bubble> bubbles = List.of(
                new QuadrantChart.Bubble(1, "Champions", 42, 2600, 1200),
                new QuadrantChart.Bubble(2, "Loyal regulars", 25, 1100, 3100),
                new QuadrantChart.Bubble(3, "Bargain hunters", 30, 240, 5200),
                new QuadrantChart.Bubble(4, "At risk", 6, 1500, 1800),
                new QuadrantChart.Bubble(5, "Lapsed one-timers", 3, 90, 4100));
        List<QuadrantChart.Quadrant> quads = List.of(
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.TOP_RIGHT, 4300, 0.61),
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.TOP_LEFT, 1800, 0.17),
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.BOTTOM_RIGHT, 5200, 0.15),
                QuadrantChart.Quadrant.of(QuadrantChart.Corner.BOTTOM_LEFT, 4100, 0.07));
        Random r = new Random(5);
        double[] ex = new double[3000];
        double[] vy = new double[3000];
        for (int i = 0; i < ex.length; i++) {
            ex[i] = Math.exp(2.3 + r.nextGaussian() * 0.9);
            vy[i] = Math.exp(6.2 + r.nextGaussian() * 1.2);
        }
        QuadrantChart.Axes linear = new QuadrantChart.Axes("Sessions in the last 90 days", "Revenue, last 12 months (£)",
                12, 600, false);
        render("quadrant", QuadrantChart.chart("Value vs engagement", linear, bubbles, quads), 900, 650);
        QuadrantChart.Axes log = new QuadrantChart.Axes("Sessions in the last 90 days", "Revenue, last 12 months (£)",
                12, 600, true);
        render("quadrant-log-cloud", QuadrantChart.chart("Value vs engagement", log, bubbles, quads,
                new QuadrantChart.Cloud(ex, vy)), 900, 650);
    }

    @Test
    void dendrogram() throws Exception {
        render("dendrogram-small", DendrogramChart.chart("Hierarchical clustering (Ward)", "Ward distance",
                smallTree(), 3.0, List.of("C-101", "C-102", "C-103", "C-104", "C-105", "C-106", "C-107", "C-108"),
                new int[] {1, 1, 2, 2, 2, 3, 3, 3}), 800, 500);
        int n = 2000;
        List<DendrogramChart.Merge> merges = randomTree(n, 11);
        int[] seg = new int[n];
        for (int i = 0; i < n; i++) {
            seg[i] = 1 + i % 4;
        }
        render("dendrogram-truncated", DendrogramChart.chart("Hierarchical clustering (Ward), 2,000 customers",
                "Ward distance", merges, merges.get(merges.size() - 4).height() * 0.99), 900, 520);
    }

    static List<DendrogramChart.Merge> smallTree() {
        // leaves 0..7; groups {0,1}, {2,3,4}, {5,6,7}
        return List.of(new DendrogramChart.Merge(0, 1, 0.8), new DendrogramChart.Merge(2, 3, 1.0),
                new DendrogramChart.Merge(5, 6, 1.1), new DendrogramChart.Merge(9, 4, 1.6),
                new DendrogramChart.Merge(10, 7, 1.9), new DendrogramChart.Merge(8, 11, 4.2),
                new DendrogramChart.Merge(13, 12, 6.5));
    }

    /** Agglomerates n points on a line, always merging the closest neighbours: a realistic, monotone tree. */
    static List<DendrogramChart.Merge> randomTree(int n, long seed) {
        Random r = new Random(seed);
        List<double[]> clusters = new ArrayList<>(); // {position, node, size}
        double pos = 0;
        for (int i = 0; i < n; i++) {
            pos += r.nextDouble() < 0.02 ? 5 + r.nextDouble() * 20 : r.nextDouble();
            clusters.add(new double[] {pos, i, 1});
        }
        List<DendrogramChart.Merge> merges = new ArrayList<>();
        double last = 0;
        while (clusters.size() > 1) {
            int best = 0;
            double gap = Double.POSITIVE_INFINITY;
            for (int i = 0; i + 1 < clusters.size(); i++) {
                double g = clusters.get(i + 1)[0] - clusters.get(i)[0];
                if (g < gap) {
                    gap = g;
                    best = i;
                }
            }
            double[] a = clusters.get(best);
            double[] b = clusters.get(best + 1);
            last = Math.max(last, gap);
            merges.add(new DendrogramChart.Merge((int) a[1], (int) b[1], last));
            double size = a[2] + b[2];
            clusters.set(best, new double[] {(a[0] * a[2] + b[0] * b[2]) / size, n + merges.size() - 1, size});
            clusters.remove(best + 1);
        }
        return merges;
    }

    static CurveChart.Curve rocCurve(String model, double strength, long seed) {
        // a binormal ROC: TPR = Phi(strength + Phi^-1(FPR)), AUC = Phi(strength / sqrt 2)
        int m = 101;
        double[] fpr = new double[m];
        double[] tpr = new double[m];
        for (int i = 0; i < m; i++) {
            fpr[i] = i / 100.0;
            tpr[i] = i == 0 ? 0 : i == 100 ? 1 : phi(strength + inversePhi(fpr[i]));
        }
        return new CurveChart.Curve(model, fpr, tpr, phi(strength / Math.sqrt(2)));
    }

    static double phi(double z) {
        return 0.5 * (1 + erf(z / Math.sqrt(2)));
    }

    static double erf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
                * Math.exp(-x * x);
        return x >= 0 ? y : -y;
    }

    static double inversePhi(double p) {
        double lo = -8;
        double hi = 8;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (phi(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    @Test
    void modelCharts() throws Exception {
        List<CurveChart.Curve> rocs = List.of(rocCurve("Logistic", 1.4, 1), rocCurve("Random forest", 1.7, 2),
                rocCurve("Gradient boosting", 1.9, 3));
        render("roc", CurveChart.roc("Churn model: ROC", rocs), 700, 620);
        double rate = 0.18;
        List<CurveChart.Curve> prs = new ArrayList<>();
        for (CurveChart.Curve c : rocs) {
            double[] recall = c.y();
            double[] precision = new double[recall.length];
            for (int i = 0; i < recall.length; i++) {
                double tp = recall[i] * rate;
                double fp = c.x()[i] * (1 - rate);
                precision[i] = tp + fp == 0 ? 1 : tp / (tp + fp);
            }
            prs.add(new CurveChart.Curve(c.model(), recall, precision, 0.35 + 0.1 * prs.size()));
        }
        render("precision-recall", CurveChart.precisionRecall("Churn model: precision and recall", prs, rate), 700, 620);
        render("lift", LiftChart.chart("Churn model: gains and lift by decile",
                new long[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000},
                new long[] {520, 330, 240, 180, 150, 120, 90, 70, 60, 40}), 800, 700);
        render("calibration", CalibrationChart.chart("Churn model: calibration", "Gradient boosting",
                new double[] {0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95},
                new double[] {0.04, 0.12, 0.22, 0.37, 0.49, 0.61, 0.70, 0.79, 0.86, 0.97},
                new long[] {4100, 2300, 1300, 800, 500, 380, 290, 180, 110, 40}), 700, 650);
        render("confusion", ConfusionMatrixChart.chart("Churn model at threshold 0.35",
                new long[][] {{6840, 1360}, {410, 1390}}, "Stays", "Churns"), 700, 560);
    }

    static final List<String> FEATURES = List.of("recency_days", "frequency", "monetary", "avg_basket_value",
            "days_since_first_purchase", "return_rate", "distinct_products", "weekend_share", "support_tickets",
            "email_open_rate", "discount_share", "country_is_uk");

    @Test
    void explanationCharts() throws Exception {
        double[] importance = {0.142, 0.091, 0.064, 0.031, 0.027, 0.022, 0.018, 0.011, 0.009, 0.004, 0.003, 0.001};
        double[] errors = {0.012, 0.010, 0.008, 0.006, 0.005, 0.006, 0.004, 0.004, 0.003, 0.002, 0.002, 0.001};
        render("importance", BarsChart.chart("Permutation importance (drop in AUC)", "Drop in AUC when shuffled",
                FEATURES, importance, errors, 10), 800, 520);
        render("importance-plain", BarsChart.chart("Mean |SHAP| by feature", "Mean |SHAP value|", FEATURES, importance),
                800, 560);
        int n = 1000;
        Random r = new Random(9);
        double[][] values = new double[n][FEATURES.size()];
        double[][] shap = new double[n][FEATURES.size()];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < FEATURES.size(); f++) {
                double v = r.nextGaussian();
                values[i][f] = f == 11 ? (v > 0 ? 1 : 0) : v;
                double w = importance[f] * 4 * (f % 3 == 1 ? -1 : 1);
                shap[i][f] = w * (f == 2 ? Math.exp(v) - 1.2 : values[i][f]) + r.nextGaussian() * importance[f] * 0.5;
            }
        }
        render("shap-summary", ShapSummaryChart.chart("What drives the churn score", FEATURES, shap, values, 10, 42),
                900, 640);
        List<String> labels = List.of("recency_days = 210", "frequency = 2", "monetary = £184", "avg_basket_value = £92",
                "days_since_first_purchase = 640", "return_rate = 0.0", "distinct_products = 5", "weekend_share = 0.5",
                "support_tickets = 3", "email_open_rate = 0.02", "discount_share = 0.1", "country_is_uk = 1");
        double[] contrib = {0.21, 0.09, 0.05, -0.04, -0.03, 0.02, 0.015, -0.01, 0.04, 0.03, -0.005, 0.002};
        render("waterfall", WaterfallChart.chart("Why customer 17850 is likely to churn", "Churn probability", 0.18,
                labels, contrib, 9), 850, 560);
    }

    @Test
    void foundationCharts() throws Exception {
        Random r = new Random(4);
        double[] spend = new double[5000];
        for (int i = 0; i < spend.length; i++) {
            spend[i] = Math.exp(5.5 + r.nextGaussian() * 1.1);
        }
        render("histogram-log", Histograms.chart("Spend per customer", "Revenue, last 12 months (£)", spend, 30, true),
                800, 450);
        render("share-bars", ShareBarsChart.chart("Share of customers and revenue", List.of("Champions",
                "Loyal regulars", "Bargain hunters", "At risk", "Lapsed one-timers"), "Customers",
                new double[] {0.08, 0.2, 0.33, 0.12, 0.27}, "Revenue", new double[] {0.41, 0.27, 0.15, 0.12, 0.05}),
                800, 450);
        List<CellGridChart.Cell> cells = new ArrayList<>();
        for (int rs = 1; rs <= 5; rs++) {
            for (int fs = 1; fs <= 5; fs++) {
                int group = rs >= 4 && fs >= 4 ? 0 : rs >= 3 && fs >= 3 ? 1 : rs <= 2 ? 3 : 2;
                cells.add(new CellGridChart.Cell(rs, fs, group, ChartParts.count(40L * rs * fs), "£" + (50 * fs)));
            }
        }
        render("rfm-grid", CellGridChart.chart("RFM grid", "Recency score", "Frequency score", 5, 5,
                List.of("Champions", "Loyal", "Promising", "At risk"), cells), 800, 600);
    }
}
