package org.segmentlab.core.predict;

import java.util.Arrays;

/** The nodes of a tree while a learner grows it; {@link #finish()} turns them into a {@link FlatTree}. */
final class GrowingTree {

    private int[] feature = new int[64];
    private double[] threshold = new double[64];
    private int[] yes = new int[64];
    private int[] no = new int[64];
    private double[] value = new double[64];
    private double[] cover = new double[64];
    private int count;

    /** A new leaf; it may later become a split. */
    int add(double leafValue, double rowsCovered) {
        if (count == feature.length) {
            int grown = count * 2;
            feature = Arrays.copyOf(feature, grown);
            threshold = Arrays.copyOf(threshold, grown);
            yes = Arrays.copyOf(yes, grown);
            no = Arrays.copyOf(no, grown);
            value = Arrays.copyOf(value, grown);
            cover = Arrays.copyOf(cover, grown);
        }
        int at = count++;
        feature[at] = -1;
        yes[at] = -1;
        no[at] = -1;
        value[at] = leafValue;
        cover[at] = rowsCovered;
        return at;
    }

    /** Turns leaf {@code node} into the split {@code x[column] <= cut}, with children added by the caller. */
    void split(int node, int column, double cut, int left, int right) {
        feature[node] = column;
        threshold[node] = cut;
        yes[node] = left;
        no[node] = right;
    }

    void setValue(int node, double v) {
        value[node] = v;
    }

    double cover(int node) {
        return cover[node];
    }

    void setCover(int node, double rows) {
        cover[node] = rows;
    }

    FlatTree finish() {
        return FlatTree.of(Arrays.copyOf(feature, count), Arrays.copyOf(threshold, count), Arrays.copyOf(yes, count),
                Arrays.copyOf(no, count), Arrays.copyOf(value, count), Arrays.copyOf(cover, count));
    }
}
