package org.segmentlab.core.segment.cluster;

/**
 * The help for choosing DBSCAN's eps: for each customer, the distance (in scaled units) to its
 * k-th nearest other customer, sorted ascending. With {@code k = minPoints − 1}, a customer is a
 * core customer exactly when its value is at most eps, so the curve reads as "share of customers
 * that would be core" against eps. The knee, where the curve turns steep, is the suggested eps.
 *
 * @param k              the neighbour rank used
 * @param distances      sorted ascending
 * @param suggestedEps   the distance at the knee (NaN when the curve has no knee)
 * @param sampled        true when the curve was computed for a seeded sample of customers
 *                       (their neighbours are still searched among all customers)
 * @param customersUsed  how many customers the curve describes
 */
public record KDistanceCurve(int k, double[] distances, double suggestedEps, boolean sampled, int customersUsed) {

    @Override
    public double[] distances() {
        return distances.clone();
    }
}
