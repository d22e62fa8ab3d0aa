package org.segmentlab.core.clv;

import java.util.SplittableRandom;

/**
 * Customers drawn from the models themselves, for parameter-recovery checks, benchmarks and the
 * {@code shop-clv} sample: purchase histories from BG/NBD or Pareto/NBD and spends from Gamma-Gamma.
 * Every draw comes from the given seed.
 */
public final class ClvSimulation {

    private ClvSimulation() {
    }

    /**
     * Simulated customers: repeat purchases x, time of the last one t_x (0 without one) and the
     * observation length T, in the unit the parameters are in; mean spend of the repeat purchases (0 for
     * one-time buyers) when a spend model was given, else empty.
     */
    public record Customers(int[] x, double[] tx, double[] t, double[] meanSpend) {
    }

    /** BG/NBD histories {r, α, a, b} over the given observation lengths, with Gamma-Gamma spend {p, q, γ} (or null). */
    public static Customers bgNbd(double[] purchase, double[] spend, double[] observed, long seed) {
        return simulate(true, purchase, spend, observed, seed);
    }

    /** Pareto/NBD histories {r, α, s, β} over the given observation lengths, with optional Gamma-Gamma spend. */
    public static Customers paretoNbd(double[] purchase, double[] spend, double[] observed, long seed) {
        return simulate(false, purchase, spend, observed, seed);
    }

    private static Customers simulate(boolean bg, double[] purchase, double[] spend, double[] observed, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = observed.length;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] meanSpend = spend == null ? new double[0] : new double[n];
        for (int i = 0; i < n; i++) {
            double t = observed[i];
            double lambda = gamma(random, purchase[0]) / purchase[1];
            double end = t;
            double dropout = 0;
            if (bg) {
                double u = gamma(random, purchase[2]);
                dropout = u / (u + gamma(random, purchase[3]));
            } else {
                double mu = gamma(random, purchase[2]) / purchase[3];
                end = Math.min(t, -Math.log(1 - random.nextDouble()) / mu);
            }
            double time = 0;
            int count = 0;
            double last = 0;
            while (true) {
                time += -Math.log(1 - random.nextDouble()) / lambda;
                if (time > end) {
                    break;
                }
                count++;
                last = time;
                if (bg && random.nextDouble() < dropout) {
                    break;
                }
            }
            x[i] = count;
            tx[i] = last;
            if (spend != null && count > 0) {
                double nu = gamma(random, spend[1]) / spend[2];
                // The sum of x Gamma(p, ν) amounts is Gamma(px, ν).
                meanSpend[i] = gamma(random, spend[0] * count) / nu / count;
            }
        }
        return new Customers(x, tx, observed.clone(), meanSpend);
    }

    /**
     * One customer's purchase times after her first (at 0), up to {@code observed}, from BG/NBD
     * {r, α, a, b}; the customer's own λ and p are drawn first.
     */
    public static double[] bgNbdPurchaseTimes(double[] purchase, double observed, SplittableRandom random) {
        double lambda = gamma(random, purchase[0]) / purchase[1];
        double u = gamma(random, purchase[2]);
        double dropout = u / (u + gamma(random, purchase[3]));
        double[] times = new double[8];
        int count = 0;
        double time = 0;
        while (true) {
            time += -Math.log(1 - random.nextDouble()) / lambda;
            if (time > observed) {
                break;
            }
            if (count == times.length) {
                times = java.util.Arrays.copyOf(times, count * 2);
            }
            times[count++] = time;
            if (random.nextDouble() < dropout) {
                break;
            }
        }
        return java.util.Arrays.copyOf(times, count);
    }

    /** A draw from Gamma(shape, 1) (Marsaglia and Tsang; shapes below 1 through Gamma(shape + 1) U^(1/shape)). */
    public static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(random, shape + 1) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = normal(random);
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    private static double normal(SplittableRandom random) {
        // Marsaglia's polar method; the second value is dropped to keep the stream simple.
        while (true) {
            double u = 2 * random.nextDouble() - 1;
            double v = 2 * random.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }
}
