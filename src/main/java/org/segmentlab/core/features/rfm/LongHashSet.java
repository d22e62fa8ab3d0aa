package org.segmentlab.core.features.rfm;

/**
 * A set of long keys in one open-addressing array: counting distinct (customer, invoice) pairs
 * over millions of lines without boxing a {@code Long} per line.
 */
final class LongHashSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots;
    private int size;
    private boolean hasEmptyKey;

    LongHashSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = newSlots(capacity);
    }

    /** Adds the key; true when it was not there before. */
    boolean add(long key) {
        if (key == EMPTY) {
            boolean added = !hasEmptyKey;
            hasEmptyKey = true;
            if (added) {
                size++;
            }
            return added;
        }
        int mask = slots.length - 1;
        int i = mix(key) & mask;
        while (true) {
            long slot = slots[i];
            if (slot == key) {
                return false;
            }
            if (slot == EMPTY) {
                slots[i] = key;
                size++;
                if (size * 2L > slots.length) {
                    grow();
                }
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = newSlots(old.length * 2);
        int mask = slots.length - 1;
        for (long key : old) {
            if (key != EMPTY) {
                int i = mix(key) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = key;
            }
        }
    }

    private static long[] newSlots(int capacity) {
        long[] s = new long[capacity];
        java.util.Arrays.fill(s, EMPTY);
        return s;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
