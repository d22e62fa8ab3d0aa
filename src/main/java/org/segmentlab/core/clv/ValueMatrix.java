package org.segmentlab.core.clv;

/**
 * A model's prediction over a grid of customer histories, as the {@code lifetimes} package plots it:
 * calibration frequency (repeat purchases) across, recency (first to last purchase, in the time unit)
 * up, and the customer's age T fixed at the longest calibration history, so every cell is a customer
 * who first bought at the start. The P(alive) matrix shows who is likely still buying; the expected
 * purchases matrix what they will buy over a horizon.
 *
 * <p>Long histories are sampled: at most {@value #MAX_STEPS} frequencies and recencies, whole numbers
 * from 0 a step apart, so the grid stays small enough to draw and read.
 *
 * @param frequencies the frequencies of the columns, from 0 up
 * @param recencies   the recencies of the rows, from 0 up to {@code age}, in the unit
 * @param age         T of every cell, in the unit
 * @param values      {@code values[row][column]}: the prediction at {@code recencies[row]}, {@code frequencies[column]}
 */
public record ValueMatrix(int[] frequencies, double[] recencies, double age, double[][] values) {

    /** Rows and columns at most. */
    public static final int MAX_STEPS = 60;

    public ValueMatrix {
        frequencies = frequencies.clone();
        recencies = recencies.clone();
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        values = copy;
    }

    @Override
    public int[] frequencies() {
        return frequencies.clone();
    }

    @Override
    public double[] recencies() {
        return recencies.clone();
    }

    public int rows() {
        return recencies.length;
    }

    public int columns() {
        return frequencies.length;
    }

    public int frequency(int column) {
        return frequencies[column];
    }

    public double recency(int row) {
        return recencies[row];
    }

    public double value(int row, int column) {
        return values[row][column];
    }

    /** P(alive) over the grid of the summary's histories. */
    public static ValueMatrix pAlive(FittedPurchaseModel model, CustomerSummary summary) {
        Grid grid = Grid.of(summary);
        return grid.fill((x, tx) -> model.pAlive(x, tx, grid.age));
    }

    /** Repeat purchases expected over the next {@code horizon} units over the grid of the summary's histories. */
    public static ValueMatrix expectedPurchases(FittedPurchaseModel model, CustomerSummary summary, double horizon) {
        Grid grid = Grid.of(summary);
        return grid.fill((x, tx) -> model.expectedPurchases(horizon, x, tx, grid.age));
    }

    private interface Cell {
        double at(int x, double tx);
    }

    /** The frequencies and recencies of the grid: the largest calibration frequency and age, in whole units. */
    static final class Grid {
        final int[] frequencies;
        final double[] recencies;
        final double age;

        private Grid(int[] frequencies, double[] recencies, double age) {
            this.frequencies = frequencies;
            this.recencies = recencies;
            this.age = age;
        }

        static Grid of(CustomerSummary summary) {
            int maxFrequency = 0;
            double maxAge = 0;
            for (int i = 0; i < summary.size(); i++) {
                maxFrequency = Math.max(maxFrequency, summary.frequency(i));
                maxAge = Math.max(maxAge, summary.age(i));
            }
            int maxRecency = (int) Math.floor(maxAge);
            int[] xs = steps(maxFrequency);
            int[] ts = steps(maxRecency);
            double[] recencies = new double[ts.length];
            for (int i = 0; i < ts.length; i++) {
                recencies[i] = ts[i];
            }
            return new Grid(xs, recencies, maxRecency);
        }

        /**
         * 0 … max in whole steps of one size: every value when there are few, else the smallest step that
         * gives at most {@value #MAX_STEPS} values (the last one then at most a step short of max).
         */
        static int[] steps(int max) {
            int step = Math.max(1, (int) Math.ceil((double) max / (MAX_STEPS - 1)));
            int count = max / step + 1;
            int[] out = new int[count];
            for (int i = 0; i < count; i++) {
                out[i] = i * step;
            }
            return out;
        }

        ValueMatrix fill(Cell cell) {
            double[][] values = new double[recencies.length][frequencies.length];
            for (int r = 0; r < recencies.length; r++) {
                for (int c = 0; c < frequencies.length; c++) {
                    values[r][c] = cell.at(frequencies[c], recencies[r]);
                }
            }
            return new ValueMatrix(frequencies, recencies, age, values);
        }
    }
}
