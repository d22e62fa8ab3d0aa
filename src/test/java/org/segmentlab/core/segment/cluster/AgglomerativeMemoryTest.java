package org.segmentlab.core.segment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;

/**
 * The distance table is judged by what can be had, not by the heap's "total − free" figure, which
 * counts garbage not yet collected as used.
 */
class AgglomerativeMemoryTest {

    /**
     * A heap as the runtime reports it: a limit, and a used figure that includes garbage. An
     * allocation collects the garbage first, as the JVM does, and fails only if live data and the
     * new table exceed the limit.
     */
    static final class SimulatedHeap implements Agglomerative.TableMemory {
        final long max;
        final long live;
        long garbage;
        int allocations;

        SimulatedHeap(long max, long live, long garbage) {
            this.max = max;
            this.live = live;
            this.garbage = garbage;
        }

        /** What the old check thought was free: max − (total − free), garbage counted as used. */
        long freeByHeapFigures() {
            return max - (live + garbage);
        }

        @Override
        public long maxBytes() {
            return max;
        }

        @Override
        public float[] allocate(int length) {
            allocations++;
            garbage = 0;
            if (live + (long) length * Float.BYTES > max) {
                throw new OutOfMemoryError("Java heap space");
            }
            return new float[length];
        }
    }

    @Test
    void aHeapFullOfGarbageStillGivesTheTableAndTheSameTree() {
        int n = 500;
        double[] x = points(n, 3);
        long table = (long) n * (n - 1) / 2 * Float.BYTES; // 499,000 bytes
        // 2 MB limit, 0.1 MB live, 1.8 MB of garbage: the heap's figures say 0.1 MB is free.
        SimulatedHeap heap = new SimulatedHeap(2L << 20, 100_000, (2L << 20) - 100_000 - 100_000);
        assertThat(heap.freeByHeapFigures()).isLessThan(table); // the old check refused here

        Dendrogram withGarbage = Agglomerative.build(x, n, 3, Linkage.WARD, Progress.none(), heap);
        Dendrogram plain = Agglomerative.build(x, n, 3, Linkage.WARD, Progress.none());

        assertThat(heap.allocations).isEqualTo(1);
        assertThat(withGarbage.merges()).hasSize(n - 1).isEqualTo(plain.merges());
    }

    @Test
    void aTableThatCannotBeAllocatedGivesAMessageNamingTheMegabytes() {
        // live data leaves too little even after collecting: 4000 customers need
        // 4000·3999/2·4 = 31,992,000 bytes = 30.5 MB, rounded up to 31 MB.
        SimulatedHeap heap = new SimulatedHeap(2048L << 20, 2030L << 20, 0);
        assertThatThrownBy(() -> Agglomerative.reserveTable(4000, heap))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hierarchical clustering of 4000 customers needs about 31 MB")
                .hasMessageContaining("at most 2048 MB")
                .hasMessageContaining("-Xmx")
                .hasMessageNotContaining("OutOfMemoryError");
        assertThat(heap.allocations).isEqualTo(1);
    }

    @Test
    void aTableBiggerThanAllThisProcessMayUseIsRefusedWithoutAllocating() {
        SimulatedHeap heap = new SimulatedHeap(16L << 20, 0, 0);
        assertThatThrownBy(() -> Agglomerative.build(points(4000, 1), 4000, 1, Linkage.AVERAGE,
                Progress.none(), heap))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4000 customers needs about 31 MB")
                .hasMessageContaining("at most 16 MB");
        assertThat(heap.allocations).isZero();
    }

    @Test
    void theTableHasOneFloatPerPairOfCustomers() {
        SimulatedHeap heap = new SimulatedHeap(1L << 30, 0, 0);
        assertThat(Agglomerative.reserveTable(4000, heap)).hasSize(7_998_000);
        assertThat(Agglomerative.reserveTable(2, heap)).hasSize(1);
    }

    private static double[] points(int n, int d) {
        Random rnd = new Random(7);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextGaussian() + (i / d % 3) * 4;
        }
        return x;
    }
}
