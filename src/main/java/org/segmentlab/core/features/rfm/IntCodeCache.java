package org.segmentlab.core.features.rfm;

/**
 * Remembers the log code found for each dictionary key of a text column, so each distinct id is
 * looked up once rather than on every line. Open addressing over int keys; no boxing.
 */
final class IntCodeCache {

    /** Returned by {@link #get} for a key not seen yet. */
    static final int ABSENT = Integer.MIN_VALUE;

    private int[] keys;
    private int[] codes;
    private boolean[] used;
    private int size;

    IntCodeCache() {
        keys = new int[1024];
        codes = new int[1024];
        used = new boolean[1024];
    }

    int get(int key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return codes[i];
            }
            i = (i + 1) & mask;
        }
        return ABSENT;
    }

    void put(int key, int code) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                codes[i] = code;
                return;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        codes[i] = code;
        size++;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldCodes = codes;
        boolean[] oldUsed = used;
        keys = new int[oldKeys.length * 2];
        codes = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                put(oldKeys[i], oldCodes[i]);
            }
        }
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
