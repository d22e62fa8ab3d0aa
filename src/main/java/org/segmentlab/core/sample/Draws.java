package org.segmentlab.core.sample;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded random draws for the sample data. Everything is built on {@link Random#nextDouble()} and
 * {@link StrictMath}, whose results the Java specification fixes, so one seed gives the same
 * numbers, and the same files, on every machine and JDK.
 */
final class Draws {

    private final Random random;

    Draws(long seed) {
        this.random = new Random(seed);
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [from, to). */
    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** Uniform whole number in [from, to], both ends included. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Normal (Box–Muller, one value per call so the sequence never depends on a cached spare). */
    double normal(double mean, double sd) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return mean + sd * StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** Normal, clamped to [min, max] and rounded to a whole number. */
    int normalInt(double mean, double sd, int min, int max) {
        long value = StrictMath.round(normal(mean, sd));
        return (int) Math.max(min, Math.min(max, value));
    }

    /** Log-normal with the given median and log-scale spread: right-skewed, like prices and spend. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(normal(0, sigma));
    }

    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - random.nextDouble());
    }

    /** Poisson count with mean {@code lambda} (normal approximation above 30, where it is close). */
    int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return (int) Math.max(0, StrictMath.round(normal(lambda, StrictMath.sqrt(lambda))));
        }
        double limit = StrictMath.exp(-lambda);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** An index drawn with probability proportional to its weight. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /**
     * An index drawn from running totals of weights ({@code cumulative[i]} = sum of weights 0..i),
     * which is faster than {@link #weighted} when drawing many times from one long list.
     */
    int fromCumulative(double[] cumulative) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int at = Arrays.binarySearch(cumulative, target);
        // an exact hit on a boundary belongs to the next item, as with weighted()
        int index = at >= 0 ? at + 1 : -at - 1;
        return Math.min(index, cumulative.length - 1);
    }

    static double[] cumulative(double[] weights) {
        double[] totals = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            totals[i] = sum;
        }
        return totals;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** Fisher–Yates shuffle in place. */
    <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }
}
